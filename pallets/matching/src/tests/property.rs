//! Random order streams: whatever arrives, tokens are neither created nor destroyed, no
//! book is left crossed, and what each account has reserved is exactly what its resting
//! orders may sell.

use crate::{mock::*, *};
use frame_support::assert_ok;
use matching_engine::mix::Rng;

pub(super) fn traders() -> [AccountId; 5] {
	[alice(), bob(), carol(), dave(), alice_2()]
}

fn total(asset: AssetId) -> Balance {
	traders()
		.iter()
		.chain([venue()].iter())
		.map(|who| {
			let (free, reserved) = holding(asset, who);
			free + reserved
		})
		.sum()
}

fn check_reservations() {
	for who in traders() {
		let (mut asks, mut bids) = (0u128, 0u128);
		for (_, order) in Orders::<Test>::iter().filter(|(_, o)| o.owner == who) {
			match order.side {
				Side::Sell => asks += order.reserved,
				Side::Buy => bids += order.reserved,
			}
		}
		assert_eq!(holding(SECURITY, &who).1, asks, "{who:?}'s reserved securities");
		assert_eq!(holding(CASH, &who).1, bids, "{who:?}'s reserved cash");
	}
}

pub(super) fn random_operation(rng: &mut Rng) {
	let who = traders()[rng.below(5) as usize].clone();
	let origin = RuntimeOrigin::signed(who.clone());
	let roll = rng.below(100);
	let price = 80 + 5 * rng.below(9) as Price;
	let quantity = LOT * (1 + rng.below(4) as Quantity);
	// Errors are allowed (a fill-or-kill that cannot fill, a post-only that would cross, a
	// full side); each must leave nothing changed, which the checks after it see.
	let _ = if roll < 60 {
		let (time_in_force, post_only) = match rng.below(10) {
			0..=3 => (TimeInForce::GoodTillCancelled, rng.below(5) == 0),
			4..=5 => (TimeInForce::ImmediateOrCancel, false),
			6 => (TimeInForce::FillOrKill, false),
			_ => (TimeInForce::GoodTillTime(Matching::now() + 1_000 * (1 + rng.below(3))), false),
		};
		let side = if rng.below(2) == 0 { Side::Buy } else { Side::Sell };
		let self_trade = if rng.below(2) == 0 {
			SelfTradePrevention::CancelNewest
		} else {
			SelfTradePrevention::CancelOldest
		};
		Matching::place_order(
			origin,
			MARKET,
			side,
			OrderKind::Limit { price },
			quantity,
			time_in_force,
			post_only,
			self_trade,
			None,
			None,
		)
		.map(|_| ())
		.map_err(|e| e.error)
	} else {
		let own: Vec<OrderId> = Orders::<Test>::iter_key_prefix((&who, MARKET)).collect();
		if own.is_empty() {
			return;
		}
		let order = own[rng.below(own.len() as u64) as usize];
		match roll {
			60..=79 => Matching::cancel_order(origin, MARKET, order),
			80..=94 => Matching::amend_order(origin, MARKET, order, price, quantity)
				.map(|_| ())
				.map_err(|e| e.error),
			_ => Matching::cancel_all(origin, MARKET, 2).map(|_| ()).map_err(|e| e.error),
		}
	};
	if rng.below(10) == 0 {
		set_now(Matching::now() + 500);
	}
}

/// Fees on both sides of the market, so that streams move fee legs too.
pub(super) fn charge_fees() {
	assert_ok!(Matching::update_market(
		RuntimeOrigin::root(),
		MARKET,
		MarketParams { maker_fee_bps: 10, taker_fee_bps: 25, ..params() }
	));
}

#[test]
fn random_order_streams_conserve_tokens_keep_books_uncrossed_and_reservations_exact() {
	for seed in 1..=6u64 {
		run_test(|| {
			charge_fees();
			let (securities, cash) = (total(SECURITY), total(CASH));
			let mut rng = Rng::new(seed);
			for step in 0..300 {
				random_operation(&mut rng);
				assert_eq!(total(SECURITY), securities, "seed {seed} step {step}: securities");
				assert_eq!(total(CASH), cash, "seed {seed} step {step}: cash");
				check_reservations();
				if step % 25 == 0 {
					Matching::do_try_state()
						.unwrap_or_else(|e| panic!("seed {seed} step {step}: {e:?}"));
				}
			}
			let trades = Markets::<Test>::get(MARKET).unwrap().trades;
			assert!(trades > 20, "seed {seed}: the stream traded ({trades} trades)");
		});
	}
}
