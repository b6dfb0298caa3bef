use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_token::AssetKind;
use sp_runtime::DispatchError;

#[test]
fn the_operator_opens_a_market_between_a_security_and_a_cash_token() {
	run_test(|| {
		let bond = create_asset(b"BOND", AssetKind::Debt);
		assert_ok!(Matching::create_market(RuntimeOrigin::root(), bond, DEFAULT, CASH, params()));
		let market = Markets::<Test>::get(1).expect("created");
		assert_eq!((market.security, market.cash, market.status), (bond, CASH, MarketStatus::Open));
		assert!(matches!(events().last(), Some(Event::MarketCreated { market: 1, .. })));
	});
}

#[test]
fn a_market_needs_a_security_on_one_side_and_a_cash_token_on_the_other() {
	run_test(|| {
		let root = RuntimeOrigin::root;
		assert_noop!(
			Matching::create_market(root(), CASH, DEFAULT, CASH, params()),
			Error::<Test>::NotASecurity
		);
		assert_noop!(
			Matching::create_market(root(), SECURITY, DEFAULT, SECURITY, params()),
			Error::<Test>::NotACashToken
		);
		assert_noop!(
			Matching::create_market(root(), 77, DEFAULT, CASH, params()),
			Error::<Test>::UnknownAsset
		);
	});
}

#[test]
fn only_the_operator_creates_configures_and_halts_markets() {
	run_test(|| {
		let trader = || RuntimeOrigin::signed(alice());
		assert_noop!(
			Matching::create_market(trader(), SECURITY, DEFAULT, CASH, params()),
			DispatchError::BadOrigin
		);
		assert_noop!(Matching::update_market(trader(), MARKET, params()), DispatchError::BadOrigin);
		assert_noop!(
			Matching::set_market_status(trader(), MARKET, MarketStatus::Halted),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Matching::set_reference_price(trader(), MARKET, 100),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Matching::force_cancel_order(trader(), alice(), MARKET, 0),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn market_parameters_are_checked() {
	run_test(|| {
		let root = RuntimeOrigin::root;
		let bad = [
			MarketParams { tick_size: 0, ..params() },
			MarketParams { lot_size: 0, ..params() },
			MarketParams { maker_fee_bps: MAX_FEE_BPS + 1, ..params() },
			MarketParams { taker_fee_bps: MAX_FEE_BPS + 1, ..params() },
			MarketParams { price_band_bps: Some(0), ..params() },
			MarketParams { price_band_bps: Some(MAX_BAND_BPS + 1), ..params() },
		];
		for params in bad {
			assert_noop!(
				Matching::create_market(root(), SECURITY, DEFAULT, CASH, params.clone()),
				Error::<Test>::InvalidParams
			);
			assert_noop!(
				Matching::update_market(root(), MARKET, params),
				Error::<Test>::InvalidParams
			);
		}
		assert_noop!(
			Matching::update_market(root(), MARKET, MarketParams { lot_size: LOT * 2, ..params() }),
			Error::<Test>::LotSizeIsFixed
		);
		assert_noop!(Matching::update_market(root(), 9, params()), Error::<Test>::UnknownMarket);
	});
}

#[test]
fn a_halted_market_refuses_orders_but_lets_owners_cancel_and_reopens() {
	run_test(|| {
		let resting = limit(&alice(), Side::Sell, 100, LOT);
		assert_ok!(Matching::set_market_status(
			RuntimeOrigin::root(),
			MARKET,
			MarketStatus::Halted
		));
		assert_noop!(
			place(
				&bob(),
				Side::Buy,
				OrderKind::Limit { price: 100 },
				LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::MarketNotOpen
		);
		assert_noop!(
			Matching::amend_order(RuntimeOrigin::signed(alice()), MARKET, resting, 105, LOT),
			Error::<Test>::MarketNotOpen
		);
		assert_ok!(Matching::cancel_order(RuntimeOrigin::signed(alice()), MARKET, resting));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));

		assert_ok!(Matching::set_market_status(RuntimeOrigin::root(), MARKET, MarketStatus::Open));
		limit(&alice(), Side::Sell, 100, LOT);
		assert_ok!(place(
			&bob(),
			Side::Buy,
			OrderKind::Limit { price: 100 },
			LOT,
			TimeInForce::ImmediateOrCancel
		));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES + LOT, 0));
	});
}

#[test]
fn a_closed_market_refuses_orders() {
	run_test(|| {
		assert_ok!(Matching::set_market_status(
			RuntimeOrigin::root(),
			MARKET,
			MarketStatus::Closed
		));
		assert_noop!(
			place(
				&bob(),
				Side::Buy,
				OrderKind::Limit { price: 100 },
				LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::MarketNotOpen
		);
	});
}

#[test]
fn limit_orders_must_be_priced_within_the_band_around_the_reference_price() {
	run_test(|| {
		let root = RuntimeOrigin::root;
		assert_ok!(Matching::update_market(
			root(),
			MARKET,
			MarketParams { price_band_bps: Some(1_000), ..params() }
		));
		// No reference price yet: no band.
		limit(&alice(), Side::Sell, 500, LOT);
		assert_ok!(Matching::set_reference_price(root(), MARKET, 100));
		// 10 % of 100: from 90 to 110.
		for price in [85, 115] {
			assert_noop!(
				place(
					&bob(),
					Side::Buy,
					OrderKind::Limit { price },
					LOT,
					TimeInForce::GoodTillCancelled
				),
				Error::<Test>::PriceOutsideBand
			);
		}
		limit(&bob(), Side::Buy, 90, LOT);
		limit(&carol(), Side::Sell, 110, LOT);
		// A trade moves the band with it.
		assert_ok!(place(
			&dave(),
			Side::Buy,
			OrderKind::Limit { price: 110 },
			LOT,
			TimeInForce::ImmediateOrCancel
		));
		assert_eq!(Markets::<Test>::get(MARKET).unwrap().reference_price, Some(110));
		limit(&bob(), Side::Buy, 100, LOT);
		assert_noop!(
			place(
				&bob(),
				Side::Buy,
				OrderKind::Limit { price: 95 },
				LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::PriceOutsideBand
		);
	});
}

#[test]
fn the_operator_cancels_any_order_and_its_reservation_is_released() {
	run_test(|| {
		let order = limit(&alice(), Side::Buy, 100, 3 * LOT);
		assert_eq!(holding(CASH, &alice()).1, 300);
		assert_ok!(Matching::force_cancel_order(RuntimeOrigin::root(), alice(), MARKET, order));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH, 0));
		assert_eq!(
			events().last(),
			Some(&Event::OrderCancelled {
				order,
				remaining: 3 * LOT,
				reason: CancelReason::Operator
			})
		);
	});
}
