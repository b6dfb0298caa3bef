//! Every bad call fails with a named error and changes nothing.

use crate::{mock::*, *};
use frame_support::assert_noop;

fn gtc(
	who: &AccountId,
	market: MarketId,
	price: Price,
	quantity: Quantity,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Matching::place_order(
		RuntimeOrigin::signed(who.clone()),
		market,
		Side::Buy,
		OrderKind::Limit { price },
		quantity,
		TimeInForce::GoodTillCancelled,
		false,
		SelfTradePrevention::CancelNewest,
		None,
		None,
	)
}

#[test]
fn an_order_off_the_tick_or_the_lot_is_refused() {
	run_test(|| {
		assert_noop!(gtc(&alice(), MARKET, 101, LOT), Error::<Test>::NotMultipleOfTick);
		assert_noop!(gtc(&alice(), MARKET, 100, LOT + 1), Error::<Test>::NotMultipleOfLot);
	});
}

#[test]
fn a_zero_size_or_price_or_an_order_below_the_minimum_is_refused() {
	run_test(|| {
		assert_noop!(gtc(&alice(), MARKET, 100, 0), Error::<Test>::ZeroQuantity);
		assert_noop!(gtc(&alice(), MARKET, 0, LOT), Error::<Test>::ZeroPrice);
		frame_support::assert_ok!(Matching::update_market(
			RuntimeOrigin::root(),
			MARKET,
			MarketParams { min_quantity: 5 * LOT, ..params() }
		));
		assert_noop!(gtc(&alice(), MARKET, 100, 4 * LOT), Error::<Test>::BelowMinimumQuantity);
	});
}

#[test]
fn an_order_for_an_unknown_market_is_refused() {
	run_test(|| {
		assert_noop!(gtc(&alice(), 7, 100, LOT), Error::<Test>::UnknownMarket);
		assert_noop!(
			Matching::cancel_all(RuntimeOrigin::signed(alice()), 7, 1),
			Error::<Test>::UnknownMarket
		);
	});
}

#[test]
fn an_order_beyond_the_free_balance_is_refused() {
	run_test(|| {
		// CASH_EACH buys 10,000 lots at 100.
		assert_noop!(gtc(&alice(), MARKET, 100, 10_001 * LOT), Error::<Test>::InsufficientBalance);
		assert_noop!(
			place(
				&alice(),
				Side::Sell,
				OrderKind::Limit { price: 100 },
				SECURITIES + LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::InsufficientBalance
		);
		// What is reserved is not free.
		limit(&alice(), Side::Sell, 100, SECURITIES);
		assert_noop!(
			place(
				&alice(),
				Side::Sell,
				OrderKind::Limit { price: 105 },
				LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn a_signer_without_an_identity_may_not_trade() {
	run_test(|| {
		assert_noop!(gtc(&stranger(), MARKET, 100, LOT), Error::<Test>::NotIdentified);
	});
}

#[test]
fn a_good_till_time_order_that_has_already_expired_is_refused() {
	run_test(|| {
		assert_noop!(
			place(
				&alice(),
				Side::Buy,
				OrderKind::Limit { price: 100 },
				LOT,
				TimeInForce::GoodTillTime(START)
			),
			Error::<Test>::AlreadyExpired
		);
	});
}

#[test]
fn a_price_that_overflows_is_refused() {
	run_test(|| {
		assert_noop!(
			gtc(&alice(), MARKET, u128::MAX / TICK * TICK, 2 * LOT),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn cancelling_an_unknown_order_or_expiring_one_is_refused() {
	run_test(|| {
		assert_noop!(
			Matching::cancel_order(RuntimeOrigin::signed(alice()), MARKET, 9),
			Error::<Test>::UnknownOrder
		);
		assert_noop!(
			Matching::cancel_expired(RuntimeOrigin::signed(alice()), alice(), MARKET, 9),
			Error::<Test>::UnknownOrder
		);
		assert_noop!(
			Matching::force_cancel_order(RuntimeOrigin::root(), alice(), MARKET, 9),
			Error::<Test>::UnknownOrder
		);
	});
}

#[test]
fn quotes_for_another_market_are_refused() {
	run_test(|| {
		frame_support::assert_ok!(Matching::create_market(
			RuntimeOrigin::root(),
			SECURITY,
			DEFAULT,
			CASH,
			params()
		));
		let order = limit(&alice(), Side::Buy, 100, LOT);
		let cancel: frame_support::BoundedVec<_, _> = vec![order].try_into().unwrap();
		assert_noop!(
			Matching::replace_quotes(RuntimeOrigin::signed(alice()), 1, cancel, Default::default()),
			Error::<Test>::UnknownOrder
		);
	});
}
