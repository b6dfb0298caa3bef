use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_compliance::Rejection;

fn buy(
	who: &AccountId,
	price: Price,
	quantity: Quantity,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	place(who, Side::Buy, OrderKind::Limit { price }, quantity, TimeInForce::GoodTillCancelled)
}

fn freeze(asset: AssetId, who: &AccountId) {
	assert_ok!(Compliance::freeze_account(
		RuntimeOrigin::signed(issuer()),
		asset,
		who.clone(),
		true
	));
}

#[test]
fn a_trade_delivers_the_security_against_payment_in_one_step() {
	run_test(|| {
		limit(&alice(), Side::Sell, 100, 2 * LOT);
		assert_ok!(buy(&bob(), 100, 2 * LOT));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES - 2 * LOT, 0));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES + 2 * LOT, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH + 200, 0));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 200, 0));
	});
}

#[test]
fn fees_go_to_the_venue_the_buyer_paying_on_top_and_the_seller_from_its_proceeds() {
	run_test(|| {
		assert_ok!(Matching::update_market(
			RuntimeOrigin::root(),
			MARKET,
			MarketParams { maker_fee_bps: 100, taker_fee_bps: 200, ..params() }
		));
		// Alice rests an ask (maker, 1 %); Bob buys (taker, 2 %): 10 lots at 100 = 1,000.
		let ask = limit(&alice(), Side::Sell, 100, 10 * LOT);
		let taker = NextOrderId::<Test>::get();
		assert_ok!(buy(&bob(), 100, 10 * LOT));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH + 1_000 - 10, 0));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 1_000 - 20, 0));
		assert_eq!(holding(CASH, &venue()), (30, 0));
		assert!(events().contains(&Event::Traded {
			market: MARKET,
			maker_order: ask,
			taker_order: taker,
			buyer: bob(),
			seller: alice(),
			taker_side: Side::Buy,
			price: 100,
			quantity: 10 * LOT,
			maker_fee: 10,
			taker_fee: 20,
		}));
	});
}

#[test]
fn a_resting_bid_reserves_the_highest_fee_and_pays_the_makers() {
	run_test(|| {
		assert_ok!(Matching::update_market(
			RuntimeOrigin::root(),
			MARKET,
			MarketParams { maker_fee_bps: 100, taker_fee_bps: 200, ..params() }
		));
		let bid = limit(&bob(), Side::Buy, 100, 10 * LOT);
		assert_eq!(order(&bob(), bid).unwrap().reserved, 1_020);
		assert_ok!(place(
			&alice(),
			Side::Sell,
			OrderKind::Limit { price: 100 },
			10 * LOT,
			TimeInForce::ImmediateOrCancel
		));
		// Bob, the maker, pays 1 %; the rest of his reservation is released.
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 1_010, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH + 1_000 - 20, 0));
		assert_eq!(holding(CASH, &venue()), (30, 0));
	});
}

#[test]
fn a_maker_that_may_not_trade_with_the_taker_is_skipped_with_the_reason_and_keeps_its_place() {
	run_test(|| {
		let frozen = limit(&alice(), Side::Sell, 100, LOT);
		let next = limit(&bob(), Side::Sell, 100, LOT);
		// Alice is frozen after her order rested.
		freeze(SECURITY, &alice());
		let taker = NextOrderId::<Test>::get();
		assert_ok!(buy(&carol(), 100, LOT));
		assert!(events().contains(&Event::MakerSkipped {
			maker_order: frozen,
			taker_order: taker,
			reason: Rejection::SenderAccountFrozen
		}));
		assert_eq!(holding(SECURITY, &carol()), (SECURITIES + LOT, 0));
		assert!(order(&bob(), next).is_none(), "Bob's order filled");
		assert_eq!(depth(Side::Sell), vec![(100, LOT, vec![frozen])]);
	});
}

#[test]
fn what_a_taker_leaves_behind_a_maker_it_may_not_trade_with_is_cancelled_not_rested() {
	run_test(|| {
		let frozen = limit(&alice(), Side::Sell, 100, LOT);
		freeze(SECURITY, &alice());
		let taker = NextOrderId::<Test>::get();
		assert_ok!(buy(&carol(), 100, LOT));
		assert_eq!(
			events().last(),
			Some(&Event::OrderCancelled {
				order: taker,
				remaining: LOT,
				reason: CancelReason::NotRested(Cancellation::WouldCross)
			})
		);
		assert_eq!(holding(CASH, &carol()), (CASH_EACH, 0));
		assert_eq!(depth(Side::Sell), vec![(100, LOT, vec![frozen])]);
		assert!(depth(Side::Buy).is_empty());
	});
}

#[test]
fn a_refused_cash_leg_undoes_the_security_leg_of_the_same_fill() {
	run_test(|| {
		let ask = limit(&alice(), Side::Sell, 100, LOT);
		// Alice may still send the security but may no longer receive the cash.
		freeze(CASH, &alice());
		let taker = NextOrderId::<Test>::get();
		assert_ok!(buy(&carol(), 100, LOT));
		assert!(events().contains(&Event::MakerSkipped {
			maker_order: ask,
			taker_order: taker,
			reason: Rejection::ReceiverAccountFrozen
		}));
		// Neither leg moved.
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES - LOT, LOT));
		assert_eq!(holding(SECURITY, &carol()), (SECURITIES, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH, 0));
		assert_eq!(holding(CASH, &carol()), (CASH_EACH, 0));
		assert!(!events().iter().any(|e| matches!(e, Event::Traded { .. })));
	});
}

#[test]
fn placing_asks_compliance_whether_the_owner_may_buy_or_sell() {
	run_test(|| {
		freeze(SECURITY, &carol());
		assert_noop!(
			buy(&carol(), 100, LOT),
			Error::<Test>::ComplianceRefused(Rejection::ReceiverAccountFrozen)
		);
		assert_noop!(
			place(
				&carol(),
				Side::Sell,
				OrderKind::Limit { price: 100 },
				LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::ComplianceRefused(Rejection::SenderAccountFrozen)
		);
		// The cash side too: a buyer sends cash.
		freeze(CASH, &dave());
		assert_noop!(
			buy(&dave(), 100, LOT),
			Error::<Test>::ComplianceRefused(Rejection::SenderAccountFrozen)
		);
	});
}

#[test]
fn the_operator_clears_an_order_whose_owner_can_no_longer_trade() {
	run_test(|| {
		let stuck = limit(&alice(), Side::Sell, 100, LOT);
		freeze(SECURITY, &alice());
		assert_ok!(Matching::force_cancel_order(RuntimeOrigin::root(), alice(), MARKET, stuck));
		limit(&carol(), Side::Buy, 100, LOT);
		assert_eq!(depth(Side::Buy).len(), 1);
	});
}
