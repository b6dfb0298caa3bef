use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};

fn gtt(until: pallet_compliance::Moment) -> TimeInForce {
	TimeInForce::GoodTillTime(until)
}

fn buy(
	who: &AccountId,
	price: Price,
	quantity: Quantity,
	tif: TimeInForce,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	place(who, Side::Buy, OrderKind::Limit { price }, quantity, tif)
}

fn traded(
	maker_order: OrderId,
	taker_order: OrderId,
	price: Price,
	quantity: Quantity,
) -> (OrderId, OrderId, Price, Quantity) {
	(maker_order, taker_order, price, quantity)
}

/// The trades among the events: (maker order, taker order, price, quantity).
fn trades() -> Vec<(OrderId, OrderId, Price, Quantity)> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::Traded { maker_order, taker_order, price, quantity, .. } => {
				Some((maker_order, taker_order, price, quantity))
			}
			_ => None,
		})
		.collect()
}

#[test]
fn a_resting_bid_reserves_its_cash_and_a_resting_ask_its_securities() {
	run_test(|| {
		let bid = limit(&alice(), Side::Buy, 100, 3 * LOT);
		let ask = limit(&bob(), Side::Sell, 120, 2 * LOT);
		assert_eq!(holding(CASH, &alice()), (CASH_EACH - 300, 300));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES - 2 * LOT, 2 * LOT));
		assert_eq!(depth(Side::Buy), vec![(100, 3 * LOT, vec![bid])]);
		assert_eq!(depth(Side::Sell), vec![(120, 2 * LOT, vec![ask])]);
		let record = order(&alice(), bid).unwrap();
		assert_eq!((record.remaining, record.reserved), (3 * LOT, 300));
		assert_eq!(Matching::open_orders(&alice(), None, None, 8), vec![(bid, record)]);
		assert!(events().contains(&Event::OrderRested { order: bid, remaining: 3 * LOT }));
	});
}

#[test]
fn orders_trade_by_price_then_time_at_the_makers_price_with_partial_fills() {
	run_test(|| {
		let first = limit(&alice(), Side::Sell, 100, 2 * LOT);
		let second = limit(&bob(), Side::Sell, 100, 2 * LOT);
		let worse = limit(&carol(), Side::Sell, 105, 2 * LOT);
		let better = limit(&alice_2(), Side::Sell, 95, LOT);
		let taker = NextOrderId::<Test>::get();
		assert_ok!(buy(&dave(), 105, 6 * LOT, TimeInForce::GoodTillCancelled));
		assert_eq!(
			trades(),
			vec![
				traded(better, taker, 95, LOT),
				traded(first, taker, 100, 2 * LOT),
				traded(second, taker, 100, 2 * LOT),
				traded(worse, taker, 105, LOT),
			]
		);
		// Carol's order is partly filled and keeps its place.
		assert_eq!(depth(Side::Sell), vec![(105, LOT, vec![worse])]);
		assert!(depth(Side::Buy).is_empty());
		// Dave paid 95 + 4 * 100 + 105 and released the rest of his reservation.
		assert_eq!(holding(CASH, &dave()), (CASH_EACH - 600, 0));
		assert_eq!(holding(SECURITY, &dave()), (SECURITIES + 6 * LOT, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH + 200, 0));
		assert_eq!(holding(SECURITY, &carol()), (SECURITIES - 2 * LOT, LOT));
		let market = Markets::<Test>::get(MARKET).unwrap();
		assert_eq!((market.last_price, market.trades), (Some(105), 4));
		assert!(events().contains(&Event::OrderFilled { order: taker }));
		assert!(events().contains(&Event::OrderFilled { order: first }));
	});
}

#[test]
fn what_a_bid_leaves_rests_with_only_the_cash_it_still_needs() {
	run_test(|| {
		limit(&alice(), Side::Sell, 90, LOT);
		let bid = limit(&dave(), Side::Buy, 100, 3 * LOT);
		assert_eq!(depth(Side::Buy), vec![(100, 2 * LOT, vec![bid])]);
		// 90 paid, 200 reserved for the two lots left.
		assert_eq!(holding(CASH, &dave()), (CASH_EACH - 290, 200));
		assert_eq!(order(&dave(), bid).unwrap().reserved, 200);
	});
}

#[test]
fn the_tape_keeps_the_fills_of_the_last_few_orders_that_traded_and_the_last_price() {
	run_test(|| {
		for price in [100, 105, 110, 115, 120, 125] {
			limit(&alice(), Side::Sell, price, LOT);
		}
		// Six fills by five orders: the second takes two makers in one sweep.
		let first = NextOrderId::<Test>::get();
		assert_ok!(buy(&bob(), 100, LOT, TimeInForce::ImmediateOrCancel));
		let sweep = NextOrderId::<Test>::get();
		assert_ok!(buy(&bob(), 110, 2 * LOT, TimeInForce::ImmediateOrCancel));
		for _ in 0..3 {
			assert_ok!(buy(&bob(), 125, LOT, TimeInForce::ImmediateOrCancel));
		}
		let market = Markets::<Test>::get(MARKET).unwrap();
		assert_eq!((market.trades, market.tape_entries), (6, 5));
		// TapeLength is 4: the fifth order's entry overwrote the first's.
		let kept: Vec<(OrderId, Vec<Price>)> = (0..4)
			.map(|slot| {
				let entry = Tape::<Test>::get(MARKET, slot).unwrap();
				(entry.taker_order, entry.fills.iter().map(|fill| fill.price).collect())
			})
			.collect();
		assert_eq!(kept[1], (sweep, vec![105, 110]));
		assert_eq!(kept[0].1, vec![125]);
		assert!(kept.iter().all(|(taker, _)| *taker != first));
		let prices: Vec<Price> =
			Matching::recent_trades(MARKET, u32::MAX).iter().map(|trade| trade.price).collect();
		assert_eq!(prices, vec![125, 120, 115, 110, 105]);
		assert_eq!(market.last_price, Some(125));
	});
}

#[test]
fn an_immediate_or_cancel_order_cancels_what_it_cannot_fill_and_releases_its_reservation() {
	run_test(|| {
		limit(&alice(), Side::Sell, 100, LOT);
		let taker = NextOrderId::<Test>::get();
		assert_ok!(buy(&bob(), 100, 3 * LOT, TimeInForce::ImmediateOrCancel));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 100, 0));
		assert!(depth(Side::Buy).is_empty());
		assert_eq!(
			events().last(),
			Some(&Event::OrderCancelled {
				order: taker,
				remaining: 2 * LOT,
				reason: CancelReason::NotRested(Cancellation::ImmediateOrCancel)
			})
		);
	});
}

#[test]
fn a_fill_or_kill_order_fills_in_full_or_changes_nothing() {
	run_test(|| {
		limit(&alice(), Side::Sell, 100, LOT);
		limit(&bob(), Side::Sell, 105, LOT);
		assert_noop!(
			buy(&carol(), 105, 3 * LOT, TimeInForce::FillOrKill),
			Error::<Test>::FillOrKillUnfilled
		);
		assert_noop!(
			buy(&carol(), 100, 2 * LOT, TimeInForce::FillOrKill),
			Error::<Test>::FillOrKillUnfilled
		);
		assert_ok!(buy(&carol(), 105, 2 * LOT, TimeInForce::FillOrKill));
		assert_eq!(holding(SECURITY, &carol()), (SECURITIES + 2 * LOT, 0));
		assert!(depth(Side::Sell).is_empty());
	});
}

#[test]
fn a_good_till_time_order_rests_until_its_time_then_no_longer_trades() {
	run_test(|| {
		let expiring = NextOrderId::<Test>::get();
		assert_ok!(place(
			&alice(),
			Side::Sell,
			OrderKind::Limit { price: 100 },
			LOT,
			gtt(START + 1_000)
		));
		let lasting = limit(&bob(), Side::Sell, 100, LOT);
		set_now(START + 1_000);
		assert_ok!(buy(&carol(), 100, LOT, TimeInForce::GoodTillCancelled));
		// Alice's order was removed on the way, its securities released; Bob's traded.
		assert_eq!(trades().len(), 1);
		assert_eq!(trades()[0].0, lasting);
		assert!(order(&alice(), expiring).is_none());
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));
		assert!(events().contains(&Event::OrderCancelled {
			order: expiring,
			remaining: LOT,
			reason: CancelReason::Expired
		}));
	});
}

#[test]
fn anyone_may_take_an_expired_order_off_the_book_but_not_before_it_expires() {
	run_test(|| {
		let order = NextOrderId::<Test>::get();
		assert_ok!(place(
			&alice(),
			Side::Buy,
			OrderKind::Limit { price: 100 },
			LOT,
			gtt(START + 1_000)
		));
		assert_noop!(
			Matching::cancel_expired(RuntimeOrigin::signed(stranger()), alice(), MARKET, order),
			Error::<Test>::NotExpired
		);
		set_now(START + 1_000);
		assert_noop!(
			Matching::cancel_expired(RuntimeOrigin::signed(stranger()), bob(), MARKET, order),
			Error::<Test>::UnknownOrder
		);
		assert_ok!(Matching::cancel_expired(
			RuntimeOrigin::signed(stranger()),
			alice(),
			MARKET,
			order
		));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH, 0));
		assert!(depth(Side::Buy).is_empty());
	});
}

#[test]
fn a_good_till_cancelled_order_cannot_be_expired() {
	run_test(|| {
		let order = limit(&alice(), Side::Buy, 100, LOT);
		set_now(START + 10_000_000);
		assert_noop!(
			Matching::cancel_expired(RuntimeOrigin::signed(bob()), alice(), MARKET, order),
			Error::<Test>::NotExpired
		);
	});
}

#[test]
fn a_market_order_trades_at_once_up_to_the_edge_of_the_band() {
	run_test(|| {
		limit(&alice(), Side::Sell, 100, LOT);
		limit(&bob(), Side::Sell, 110, LOT);
		limit(&carol(), Side::Sell, 115, LOT);
		assert_noop!(
			place(&dave(), Side::Buy, OrderKind::Market, 3 * LOT, TimeInForce::ImmediateOrCancel),
			Error::<Test>::NoPriceBand
		);
		assert_ok!(Matching::update_market(
			RuntimeOrigin::root(),
			MARKET,
			MarketParams { price_band_bps: Some(1_000), ..params() }
		));
		assert_ok!(Matching::set_reference_price(RuntimeOrigin::root(), MARKET, 100));
		assert_noop!(
			place(&dave(), Side::Buy, OrderKind::Market, 3 * LOT, TimeInForce::GoodTillCancelled),
			Error::<Test>::MarketOrderMustBeImmediate
		);
		assert_ok!(place(
			&dave(),
			Side::Buy,
			OrderKind::Market,
			3 * LOT,
			TimeInForce::ImmediateOrCancel
		));
		// Up to 110: 115 is outside the band.
		assert_eq!(holding(SECURITY, &dave()), (SECURITIES + 2 * LOT, 0));
		assert_eq!(holding(CASH, &dave()), (CASH_EACH - 210, 0));
		assert_eq!(depth(Side::Sell), vec![(115, LOT, vec![2])]);
	});
}

#[test]
fn a_post_only_order_rests_or_is_refused_whole() {
	run_test(|| {
		limit(&alice(), Side::Sell, 100, LOT);
		let post_only = |price, tif| {
			Matching::place_order(
				RuntimeOrigin::signed(bob()),
				MARKET,
				Side::Buy,
				OrderKind::Limit { price },
				LOT,
				tif,
				true,
				SelfTradePrevention::CancelNewest,
				None,
				None,
			)
		};
		assert_noop!(
			post_only(100, TimeInForce::GoodTillCancelled),
			Error::<Test>::PostOnlyWouldCross
		);
		assert_noop!(
			post_only(95, TimeInForce::ImmediateOrCancel),
			Error::<Test>::PostOnlyMustRest
		);
		assert_ok!(post_only(95, TimeInForce::GoodTillCancelled));
		assert_eq!(depth(Side::Buy), vec![(95, LOT, vec![1])]);
	});
}

#[test]
fn an_order_is_charged_up_front_for_the_makers_it_may_look_at_none_if_post_only() {
	use frame_support::dispatch::GetDispatchInfo;
	let place = |post_only, max_makers| {
		RuntimeCall::Matching(crate::Call::place_order {
			market: MARKET,
			side: Side::Buy,
			kind: OrderKind::Limit { price: 95 },
			quantity: LOT,
			time_in_force: TimeInForce::GoodTillCancelled,
			post_only,
			self_trade: SelfTradePrevention::CancelNewest,
			client_order_id: None,
			max_makers,
		})
		.get_dispatch_info()
		.call_weight
	};
	let most = <Test as Config>::MaxMakersPerOrder::get();
	assert_eq!(place(true, None), Matching::place_weight(0));
	assert_eq!(place(true, Some(3)), Matching::place_weight(0), "post-only looks at none");
	assert_eq!(place(false, None), Matching::place_weight(most));
	assert_eq!(place(false, Some(2)), Matching::place_weight(2));
	assert_eq!(place(false, Some(most + 10)), Matching::place_weight(most), "capped");
	assert!(place(true, None).all_lt(place(false, Some(1))));
	assert!(place(false, Some(1)).all_lt(place(false, None)));
}

#[test]
fn a_self_trade_cancelling_the_newest_stops_the_incoming_order_across_one_identitys_accounts() {
	run_test(|| {
		let own = limit(&alice(), Side::Sell, 100, LOT);
		let other = limit(&bob(), Side::Sell, 100, LOT);
		let taker = NextOrderId::<Test>::get();
		// Alice's second key meets Alice's own order first.
		assert_ok!(buy(&alice_2(), 100, 2 * LOT, TimeInForce::GoodTillCancelled));
		assert!(trades().is_empty());
		assert_eq!(depth(Side::Sell), vec![(100, 2 * LOT, vec![own, other])]);
		assert_eq!(
			events().last(),
			Some(&Event::OrderCancelled {
				order: taker,
				remaining: 2 * LOT,
				reason: CancelReason::NotRested(Cancellation::SelfTrade)
			})
		);
		assert_eq!(holding(CASH, &alice_2()), (CASH_EACH, 0));
	});
}

#[test]
fn a_self_trade_cancelling_the_oldest_removes_the_resting_order_and_goes_on() {
	run_test(|| {
		let own = limit(&alice(), Side::Sell, 100, LOT);
		let other = limit(&bob(), Side::Sell, 100, LOT);
		let taker = NextOrderId::<Test>::get();
		assert_ok!(Matching::place_order(
			RuntimeOrigin::signed(alice_2()),
			MARKET,
			Side::Buy,
			OrderKind::Limit { price: 100 },
			LOT,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelOldest,
			None,
			None,
		));
		assert_eq!(trades(), vec![traded(other, taker, 100, LOT)]);
		assert!(order(&alice(), own).is_none());
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));
		assert!(events().contains(&Event::OrderCancelled {
			order: own,
			remaining: LOT,
			reason: CancelReason::SelfTrade
		}));
	});
}

#[test]
fn an_order_looks_at_no_more_makers_than_it_names_or_the_limit_and_does_not_rest_across_the_book() {
	// MaxMakersPerOrder is 6; eight makers of one lot each.
	for (asked, fills) in [(None, 6u32), (Some(2), 2), (Some(9), 6)] {
		run_test(|| {
			for _ in 0..4 {
				limit(&alice(), Side::Sell, 100, LOT);
				limit(&bob(), Side::Sell, 100, LOT);
			}
			let taker = NextOrderId::<Test>::get();
			let (charged, unspent) = charged_and_unspent(|| {
				Matching::place_order(
					RuntimeOrigin::signed(carol()),
					MARKET,
					Side::Buy,
					OrderKind::Limit { price: 100 },
					8 * LOT,
					TimeInForce::GoodTillCancelled,
					false,
					SelfTradePrevention::CancelNewest,
					None,
					asked,
				)
			});
			assert_eq!(trades().len(), fills as usize, "asked {asked:?}");
			let left = Quantity::from(8 - fills) * LOT;
			assert_eq!(depth(Side::Sell)[0].1, left);
			assert!(depth(Side::Buy).is_empty());
			assert_eq!(
				events().last(),
				Some(&Event::OrderCancelled {
					order: taker,
					remaining: left,
					reason: CancelReason::NotRested(Cancellation::SweepLimit)
				})
			);
			// Charged after dispatch for those it looked at, within what it paid up front.
			let in_full = charged + unspent.weight::<Test>();
			assert!(in_full.all_gte(Matching::book_weight(fills)));
			assert!(charged.all_lte(Matching::place_weight(fills)));
		});
	}
}

#[test]
fn reducing_an_order_keeps_its_place_and_releases_what_it_no_longer_needs() {
	run_test(|| {
		let first = limit(&alice(), Side::Buy, 100, 3 * LOT);
		let second = limit(&bob(), Side::Buy, 100, LOT);
		assert_ok!(Matching::amend_order(RuntimeOrigin::signed(alice()), MARKET, first, 100, LOT));
		assert_eq!(depth(Side::Buy), vec![(100, 2 * LOT, vec![first, second])]);
		assert_eq!(holding(CASH, &alice()), (CASH_EACH - 100, 100));
		assert_eq!(events().last(), Some(&Event::OrderReduced { order: first, remaining: LOT }));
	});
}

#[test]
fn changing_an_orders_price_or_growing_it_sends_it_to_the_back() {
	run_test(|| {
		let first = limit(&alice(), Side::Buy, 100, LOT);
		let second = limit(&bob(), Side::Buy, 100, LOT);
		assert_ok!(Matching::amend_order(
			RuntimeOrigin::signed(alice()),
			MARKET,
			first,
			100,
			2 * LOT
		));
		assert_eq!(depth(Side::Buy), vec![(100, 3 * LOT, vec![second, first])]);
		assert_eq!(holding(CASH, &alice()), (CASH_EACH - 200, 200));
		let amended = events().into_iter().rev().take(3).rev().collect::<Vec<_>>();
		assert!(
			matches!(
				amended.as_slice(),
				[
					Event::OrderAmended { order: a, remaining: LOT },
					Event::OrderPlaced { order: p, quantity, .. },
					Event::OrderRested { order: r, remaining },
				] if *a == first && *p == first && *r == first
					&& *quantity == 2 * LOT && *remaining == 2 * LOT
			),
			"{amended:?}"
		);
		assert_ok!(Matching::amend_order(RuntimeOrigin::signed(bob()), MARKET, second, 95, LOT));
		assert_eq!(depth(Side::Buy), vec![(100, 2 * LOT, vec![first]), (95, LOT, vec![second])]);
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 95, 95));
	});
}

#[test]
fn an_amendment_that_crosses_the_book_trades() {
	run_test(|| {
		let ask = limit(&alice(), Side::Sell, 105, LOT);
		let bid = limit(&bob(), Side::Buy, 100, LOT);
		assert_ok!(Matching::amend_order(RuntimeOrigin::signed(bob()), MARKET, bid, 105, LOT));
		assert_eq!(trades(), vec![traded(ask, bid, 105, LOT)]);
		assert!(depth(Side::Buy).is_empty() && depth(Side::Sell).is_empty());
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 105, 0));
	});
}

#[test]
fn an_amendment_must_change_something_and_only_the_owner_may_make_it() {
	run_test(|| {
		let order = limit(&alice(), Side::Buy, 100, LOT);
		let amend = |who: AccountId, market, order| {
			Matching::amend_order(RuntimeOrigin::signed(who), market, order, 95, LOT)
		};
		assert_noop!(
			Matching::amend_order(RuntimeOrigin::signed(alice()), MARKET, order, 100, LOT),
			Error::<Test>::NothingToAmend
		);
		// Another account's order is not among the signer's.
		assert_noop!(amend(bob(), MARKET, order), Error::<Test>::UnknownOrder);
		assert_noop!(amend(alice(), MARKET, 42), Error::<Test>::UnknownOrder);
		assert_noop!(amend(alice(), MARKET + 1, order), Error::<Test>::UnknownOrder);
	});
}

#[test]
fn cancelling_releases_the_reservation_and_only_the_owner_may_cancel() {
	run_test(|| {
		let order = limit(&alice(), Side::Sell, 100, 2 * LOT);
		assert_noop!(
			Matching::cancel_order(RuntimeOrigin::signed(bob()), MARKET, order),
			Error::<Test>::UnknownOrder
		);
		assert_ok!(Matching::cancel_order(RuntimeOrigin::signed(alice()), MARKET, order));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));
		assert!(depth(Side::Sell).is_empty());
		assert!(Matching::open_orders(&alice(), None, None, 8).is_empty());
		assert_noop!(
			Matching::cancel_order(RuntimeOrigin::signed(alice()), MARKET, order),
			Error::<Test>::UnknownOrder
		);
	});
}

#[test]
fn cancel_all_cancels_the_signers_orders_in_one_market_up_to_the_limit() {
	run_test(|| {
		let mine: Vec<OrderId> =
			(0..3).map(|i| limit(&alice(), Side::Buy, 90 - 5 * i, LOT)).collect();
		let theirs = limit(&bob(), Side::Buy, 90, LOT);
		assert_ok!(Matching::cancel_all(RuntimeOrigin::signed(alice()), MARKET, 2));
		assert_eq!(Matching::open_orders(&alice(), Some(MARKET), None, 8).len(), 1);
		assert_ok!(Matching::cancel_all(RuntimeOrigin::signed(alice()), MARKET, 8));
		assert!(mine.iter().all(|o| order(&alice(), *o).is_none()));
		assert!(order(&bob(), theirs).is_some());
		assert_eq!(holding(CASH, &alice()), (CASH_EACH, 0));
		assert_noop!(
			Matching::cancel_all(RuntimeOrigin::signed(alice()), MARKET, 9),
			Error::<Test>::TooManyOrders
		);
	});
}

#[test]
fn a_market_maker_replaces_its_quotes_at_once_or_not_at_all() {
	run_test(|| {
		let old_bid = limit(&alice(), Side::Buy, 95, LOT);
		let old_ask = limit(&alice(), Side::Sell, 105, LOT);
		let quote = |side, price, post_only| Quote {
			side,
			price,
			quantity: 2 * LOT,
			post_only,
			client_order_id: Some(7),
		};
		let cancel: BoundedVec<_, _> = vec![old_bid, old_ask].try_into().unwrap();
		let quotes: BoundedVec<_, _> =
			vec![quote(Side::Buy, 100, true), quote(Side::Sell, 110, true)].try_into().unwrap();
		assert_ok!(Matching::replace_quotes(
			RuntimeOrigin::signed(alice()),
			MARKET,
			cancel,
			quotes
		));
		assert_eq!(depth(Side::Buy), vec![(100, 2 * LOT, vec![2])]);
		assert_eq!(depth(Side::Sell), vec![(110, 2 * LOT, vec![3])]);
		assert_eq!(holding(CASH, &alice()).1, 200);
		assert_eq!(holding(SECURITY, &alice()).1, 2 * LOT);

		// A post-only quote that would cross refuses the whole replacement.
		limit(&bob(), Side::Sell, 105, LOT);
		let cancel: BoundedVec<_, _> = vec![2, 3].try_into().unwrap();
		let quotes: BoundedVec<_, _> =
			vec![quote(Side::Buy, 105, true), quote(Side::Sell, 115, true)].try_into().unwrap();
		assert_noop!(
			Matching::replace_quotes(RuntimeOrigin::signed(alice()), MARKET, cancel, quotes),
			Error::<Test>::PostOnlyWouldCross
		);
		// Nobody else's orders.
		let cancel: BoundedVec<_, _> = vec![4].try_into().unwrap();
		assert_noop!(
			Matching::replace_quotes(
				RuntimeOrigin::signed(alice()),
				MARKET,
				cancel,
				Default::default()
			),
			Error::<Test>::UnknownOrder
		);
	});
}

#[test]
fn the_client_order_id_is_echoed_in_the_placement_event() {
	run_test(|| {
		assert_ok!(Matching::place_order(
			RuntimeOrigin::signed(alice()),
			MARKET,
			Side::Buy,
			OrderKind::Limit { price: 100 },
			LOT,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelNewest,
			Some(0xC0FFEE),
			None,
		));
		assert!(matches!(
			events().first(),
			Some(Event::OrderPlaced { order: 0, client_order_id: Some(0xC0FFEE), .. })
		));
		assert_eq!(order(&alice(), 0).unwrap().client_order_id, Some(0xC0FFEE));
	});
}

#[test]
fn a_side_holds_orders_at_no_more_prices_than_the_bound() {
	run_test(|| {
		// MaxPriceLevels is 8.
		for i in 0..8 {
			limit(&alice(), Side::Sell, 100 + 5 * i, LOT);
		}
		assert_noop!(
			place(
				&bob(),
				Side::Sell,
				OrderKind::Limit { price: 200 },
				LOT,
				TimeInForce::GoodTillCancelled
			),
			Error::<Test>::TooManyPriceLevels
		);
		// An existing price still takes orders.
		limit(&bob(), Side::Sell, 100, LOT);
	});
}

#[test]
fn an_order_is_charged_after_dispatch_for_its_assets_checks_and_checkpoints_and_the_makers_it_filled(
) {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use pallet_token::AssetLedger;
		// The two assets cost differently, so that a count of one's checks or movements
		// given to the other shows.
		require_kyc(SECURITY, false);
		require_kyc(CASH, true);
		let security = Compliance::check_weight(SECURITY);
		let cash = Compliance::check_weight(CASH);
		assert!(cash.ref_time() > security.ref_time());
		let resting = charged_in_full(|| {
			place(
				&bob(),
				Side::Sell,
				OrderKind::Limit { price: 100 },
				LOT,
				TimeInForce::GoodTillCancelled,
			)
		});
		// A resting order's own benchmark, not the sweep's intercept, with the price lists it
		// read (an empty book's); a sweep's, at its dearest with full lists: the first fill
		// is the crossing order's own, and each further fill adds the sweep's slope.
		type Weights = <Test as Config>::WeightInfo;
		let full = <Test as Config>::MaxPriceLevels::get();
		let dearest_resting =
			Weights::place_resting_order(full).max(Weights::place_queued_order(full));
		assert_eq!(Matching::book_weight(0), dearest_resting);
		let first_fill = Weights::place_crossing_order() - Weights::place_resting_order(full - 1);
		assert_eq!(Matching::book_weight(1), dearest_resting + first_fill);
		assert_eq!(
			Matching::book_weight(3),
			dearest_resting + first_fill + (Weights::place_order(2) - Weights::place_order(0))
		);
		// A placement asks about its owner alone, each asset by the rules on its side: an ask
		// sells the security, whose senders have no rule, and buys the cash.
		let (sells_security, buys_cash) =
			(Compliance::seller_check_weight(SECURITY), Compliance::buyer_check_weight(CASH));
		assert_eq!(sells_security, frame_support::weights::Weight::zero());
		assert!(buys_cash.all_gt(frame_support::weights::Weight::zero()) && buys_cash.all_lt(cash));
		assert_eq!(resting, Weights::place_resting_order(0) + sells_security + buys_cash);
		assert!(resting.all_lt(Matching::place_weight(0)));

		// One fill: the security moves once, the cash twice (the price and the fees), each
		// checked, and each asset's record dates keep the balances it moves.
		take_checkpoint(SECURITY);
		take_checkpoint(CASH);
		take_checkpoint(CASH);
		let kept_security = movement_weight(SECURITY);
		let kept_cash = movement_weight(CASH);
		assert!(kept_cash.ref_time() > kept_security.ref_time());
		let filling = charged_in_full(|| buy(&alice(), 100, LOT, TimeInForce::ImmediateOrCancel));
		// A bid buys the security and sells the cash; each movement checks both parties.
		let placement =
			Compliance::buyer_check_weight(SECURITY) + Compliance::seller_check_weight(CASH);
		assert_eq!(placement, security + Compliance::seller_check_weight(CASH));
		let checks = placement + security + cash * 2;
		let kept = kept_security + kept_cash * 2;
		// Both parties' holdings of the security, the buyer's, the seller's and the fee
		// collector's of the cash, the buyer's moved twice (the price and the fees).
		let holdings =
			holding_weight(SECURITY) * 2 + holding_weight(CASH) * 3 + holding_again_weight(CASH);
		assert_eq!(filling, Matching::book_weight(1) + checks + kept + holdings);

		// Before dispatch: the dearest rules for the two placement checks, and the dearest
		// rules and record dates for each movement of every fill it may make, which may also
		// make a new holder or let one go, and the holdings it moves: the makers', the
		// taker's and the collector's, the last two read and written once for every fill.
		let holding = <Token as AssetLedger<_, _, _>>::max_holding_weight();
		let again = holding - <Test as frame_system::Config>::DbWeight::get().reads_writes(1, 1);
		let holdings = |makers: u64| match makers {
			0 => frame_support::weights::Weight::zero(),
			m => holding * (2 * m + 3) + again * (4 * m - 3),
		};
		let dearest_check =
			<Compliance as pallet_compliance::TransferCompliance<_, _, _>>::max_check_weight();
		let dearest_movement = dearest_check
			+ <Token as AssetLedger<_, _, _>>::max_movement_weight()
			+ <Token as AssetLedger<_, _, _>>::holders_changed_weight();
		for makers in [0, 1, <Test as Config>::MaxMakersPerOrder::get()] {
			assert_eq!(
				Matching::place_weight(makers),
				Matching::book_weight(makers)
					+ dearest_check * 2
					+ dearest_movement * (3 * u64::from(makers))
					+ holdings(u64::from(makers))
			);
		}
		assert!(filling.all_lt(Matching::place_weight(1)));
		assert_eq!(trades().len(), 1);
	});
}

#[test]
fn a_resting_order_is_charged_for_the_longest_price_list_it_read_and_whether_it_queued() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		type Weights = <Test as Config>::WeightInfo;
		let checks = Compliance::check_weight(SECURITY) + Compliance::check_weight(CASH);
		let gtc = TimeInForce::GoodTillCancelled;
		let sell = |price| {
			charged_in_full(|| place(&bob(), Side::Sell, OrderKind::Limit { price }, LOT, gtc))
		};
		let bid = |price| {
			charged_in_full(|| place(&alice(), Side::Buy, OrderKind::Limit { price }, LOT, gtc))
		};
		// Three asks at three prices: each a new level, reading the bids (none) and the asks
		// before it joined them.
		for (price, before) in [(115, 0), (110, 1), (105, 2)] {
			assert_eq!(sell(price), Weights::place_resting_order(before) + checks);
		}
		// A bid at a new price reads the three asks and the bids (none).
		assert_eq!(bid(95), Weights::place_resting_order(3) + checks);
		// A second bid at 95 queues: it reads the asks only, three of them.
		assert_eq!(bid(95), Weights::place_queued_order(3) + checks);
		// A fourth ask queues at 115 behind Bob's: it reads the bids, one price.
		assert_eq!(sell(115), Weights::place_queued_order(1) + checks);
		assert!(Weights::place_queued_order(1).ref_time() < Matching::book_weight(0).ref_time());
		assert_eq!(depth(Side::Sell).len(), 3);
	});
}

#[test]
fn a_fill_is_charged_for_the_holder_counts_only_when_it_makes_or_lets_go_a_holder() {
	run_test(|| {
		use pallet_token::AssetLedger;
		let holders = <Token as AssetLedger<_, _, _>>::holders_changed_weight();
		assert!(holders.ref_time() > 0);
		// A fill moves both parties' holdings of the security and three of the cash, one twice.
		let one_fill = Matching::book_weight(1)
			+ holding_weight(SECURITY) * 2
			+ holding_weight(CASH) * 3
			+ holding_again_weight(CASH);

		// Both hold both assets before and after.
		limit(&bob(), Side::Sell, 100, LOT);
		let filling = charged_in_full(|| buy(&alice(), 100, LOT, TimeInForce::ImmediateOrCancel));
		assert_eq!(filling, one_fill);

		// Bob sells every security he has left: the security's leg lets a holder go.
		limit(&bob(), Side::Sell, 100, SECURITIES - LOT);
		let filling = charged_in_full(|| {
			buy(&alice(), 100, SECURITIES - LOT, TimeInForce::ImmediateOrCancel)
		});
		assert_eq!(filling, one_fill + holders);
		assert_eq!(holding(SECURITY, &bob()), (0, 0));
		assert!(filling.all_lt(Matching::place_weight(1)));
	});
}

#[test]
fn a_fill_between_assets_that_keep_no_holdings_is_charged_none() {
	run_test(|| {
		use frame_support::weights::Weight;
		use pallet_token::{AssetKind, AssetLedger};
		// A second market, between assets set up without identity holdings before issuance.
		let (security, cash) =
			(create_asset(b"NHSC", AssetKind::Equity), create_asset(b"NHCS", AssetKind::Cash));
		for asset in [security, cash] {
			assert_ok!(Compliance::set_keeps_holdings(
				RuntimeOrigin::signed(issuer()),
				asset,
				false
			));
			assert_eq!(<Token as AssetLedger<_, _, _>>::holding_weight(asset), Weight::zero());
			for trader in [bob(), carol()] {
				issue(asset, &trader, SECURITIES);
			}
		}
		let market = NextMarketId::<Test>::get();
		assert_ok!(Matching::create_market(
			RuntimeOrigin::root(),
			security,
			DEFAULT,
			cash,
			params()
		));
		let order = |who: &AccountId, side| {
			Matching::place_order(
				RuntimeOrigin::signed(who.clone()),
				market,
				side,
				OrderKind::Limit { price: 100 },
				LOT,
				TimeInForce::GoodTillCancelled,
				false,
				SelfTradePrevention::CancelNewest,
				None,
				None,
			)
		};
		assert_ok!(order(&bob(), Side::Sell));
		let filling = charged_in_full(|| order(&carol(), Side::Buy));
		// The benchmarks' own assets keep none: the book's weight is the whole charge.
		assert_eq!(filling, Matching::book_weight(1));
		let carol_id = Compliance::active_identity(&carol()).expect("identified");
		assert!(pallet_compliance::Holdings::<Test>::get(security, carol_id).is_none());

		// The same fill in the market whose assets keep them is charged their holdings.
		limit(&bob(), Side::Sell, 100, LOT);
		let kept = charged_in_full(|| buy(&carol(), 100, LOT, TimeInForce::GoodTillCancelled));
		assert!(kept.ref_time() > filling.ref_time());
	});
}

#[test]
fn a_quote_set_whose_quotes_fill_is_charged_the_signers_and_the_collectors_holdings_once() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		limit(&carol(), Side::Sell, 100, LOT);
		limit(&dave(), Side::Sell, 105, LOT);
		let bid = |price| Quote {
			side: Side::Buy,
			price,
			quantity: LOT,
			post_only: false,
			client_order_id: None,
		};
		let quotes: BoundedVec<_, _> = vec![bid(100), bid(105)].try_into().expect("two quotes");
		let charged = charged_in_full(|| {
			Matching::replace_quotes(
				RuntimeOrigin::signed(bob()),
				MARKET,
				Default::default(),
				quotes,
			)
		});
		assert_eq!(trades().len(), 2);
		// Two fills between them: Carol's and Dave's holdings of both assets, and Bob's and
		// the fee collector's, read and written by the first fill only.
		let holdings = holding_weight(SECURITY) * 3
			+ holding_again_weight(SECURITY)
			+ holding_weight(CASH) * 4
			+ holding_again_weight(CASH) * 4;
		let own = <Test as Config>::WeightInfo::replace_quotes(0, 2) + Matching::fills_weight(2);
		// Each quote that traded wrote its own tape entry: the second is a write more.
		let tape = <Test as frame_system::Config>::DbWeight::get().writes(1);
		assert_eq!(Matching::further_tape_entries(2), tape);
		assert_eq!(charged, own + tape + holdings);
	});
}

#[test]
fn a_later_order_of_the_market_and_block_is_given_back_the_shared_records_and_a_rewritten_balance()
{
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::{traits::Hooks, weights::constants::RocksDbWeight};
		let sell = |who: &AccountId| {
			charged_and_unspent(|| {
				place(
					who,
					Side::Sell,
					OrderKind::Limit { price: 100 },
					LOT,
					TimeInForce::GoodTillCancelled,
				)
			})
		};
		limit(&dave(), Side::Sell, 100, LOT);
		Compliance::on_finalize(1);
		next_block(2);

		// Two sellers join the queue at 100, one after the other in a block.
		System::set_extrinsic_index(1);
		let (first, unspent) = sell(&bob());
		System::set_extrinsic_index(2);
		let (second, _) = sell(&carol());
		let checks = Compliance::check_weight(SECURITY) + Compliance::check_weight(CASH);
		// Bob has no sanction claims on record: his checks are given back the execution of
		// the list entries they did not meet. He queues behind Dave, reading the bids.
		let execution = frame_support::weights::Weight::from_parts(unspent.execution, 0);
		assert!(execution.ref_time() > 0);
		let queued = <Test as Config>::WeightInfo::place_queued_order(0);
		assert_eq!(first, queued + checks - execution);
		// The second finds in the block's cache what the first read: the market, both
		// assets' compliance profiles, the three lists of trusted issuers (global, the
		// security's, the cash's), the order counter, the bids' prices and the level at
		// 100; and what it wrote: the counter and the level. It queues behind the first's
		// order, written in this block too, which it reads and rewrites. The seller's key,
		// claims, balance and order records are its own.
		let shared = RocksDbWeight::get().reads(10) + RocksDbWeight::get().writes(3);
		assert_eq!(second, first - shared);
		assert_eq!(depth(Side::Sell)[0].2.len(), 3);
		// Bob again: his balance of the security, which his first order reserved, is in the
		// block's overlay, so its read and its write are given back as well.
		System::set_extrinsic_index(3);
		let (third, _) = sell(&bob());
		assert_eq!(third, second - RocksDbWeight::get().reads_writes(1, 1));
		assert_eq!(depth(Side::Sell)[0].2.len(), 4);

		// The next block starts cold: the order it queues behind is the last block's.
		Compliance::on_finalize(2);
		next_block(3);
		System::set_extrinsic_index(1);
		assert_eq!(sell(&alice()).0, first);
	});
}

#[test]
fn a_quote_set_is_not_given_back_the_rewrite_of_the_orders_its_quotes_queue_behind() {
	run_test(|| {
		use frame_support::traits::Hooks;
		use pallet_compliance::traits::SharedRecords;
		limit(&dave(), Side::Sell, 100, LOT);
		Compliance::on_finalize(1);
		next_block(2);
		System::set_extrinsic_index(1);
		limit(&carol(), Side::Sell, 100, LOT);
		System::set_extrinsic_index(2);
		let start = <Compliance as SharedRecords>::unspent();
		let ask = Quote {
			side: Side::Sell,
			price: 100,
			quantity: LOT,
			post_only: true,
			client_order_id: None,
		};
		assert_ok!(Matching::replace_quotes(
			RuntimeOrigin::signed(bob()),
			MARKET,
			Default::default(),
			vec![ask, ask].try_into().expect("two quotes"),
		));
		assert_eq!(depth(Side::Sell)[0].2.len(), 4);
		// The first quote queues behind Carol's order of the extrinsic before, the second
		// behind the first: the quote set's benchmark charges one price list for all its
		// quotes, so neither rewrite is given back. What is: the shared records Carol's order
		// read (the market, both profiles, the three trusted-issuer lists, the counter, the
		// bids' prices, the level) and rewrote (the counter, the level).
		let hits = <Compliance as SharedRecords>::unspent().since(start);
		assert_eq!((hits.reads, hits.writes), (9, 2));
	});
}

#[test]
fn a_crossing_order_is_not_given_back_the_level_it_crosses() {
	run_test(|| {
		use frame_support::traits::Hooks;
		use pallet_compliance::traits::SharedRecords;
		limit(&dave(), Side::Sell, 100, LOT);
		Compliance::on_finalize(1);
		next_block(2);

		// A seller joins the level at 100; a buyer in the next extrinsic takes it.
		System::set_extrinsic_index(1);
		limit(&carol(), Side::Sell, 100, LOT);
		System::set_extrinsic_index(2);
		let start = <Compliance as SharedRecords>::unspent();
		limit(&bob(), Side::Buy, 100, 2 * LOT);
		let hits = <Compliance as SharedRecords>::unspent().since(start);
		assert!(depth(Side::Sell).is_empty());
		// The market, both assets' profiles, the three trusted-issuer lists and the order
		// counter, which the seller read too; not the level at 100 the seller wrote, which the
		// sweep's fit charges no fill for. The counter is rewritten. Carol's balance of the
		// security, which her order reserved, is read and rewritten (Dave's was last written
		// a block before).
		assert_eq!((hits.reads, hits.writes), (7 + 1, 1 + 1));
	});
}
