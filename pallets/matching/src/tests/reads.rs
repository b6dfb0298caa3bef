//! What clients read of the books: best bid and offer, depth, open orders page by page, the
//! tape (a ring of the last orders that traded, with their fills) and the price a portfolio
//! is valued at.

use crate::{mock::*, *};
use frame_support::assert_ok;

#[test]
fn the_best_bid_and_offer_and_the_depth_read_best_first() {
	run_test(|| {
		assert_eq!(Matching::best_bid_offer(MARKET), Some(BestBidOffer { bid: None, ask: None }));
		assert_eq!(Matching::best_bid_offer(9), None, "an unknown market");
		limit(&alice(), Side::Buy, 95, LOT);
		limit(&bob(), Side::Buy, 95, 2 * LOT);
		limit(&carol(), Side::Buy, 90, LOT);
		limit(&dave(), Side::Sell, 105, 3 * LOT);
		limit(&dave(), Side::Sell, 110, LOT);
		let level = |price, quantity, orders| PriceLevel { price, quantity, orders };
		assert_eq!(
			Matching::best_bid_offer(MARKET),
			Some(BestBidOffer {
				bid: Some(level(95, 3 * LOT, 2)),
				ask: Some(level(105, 3 * LOT, 1))
			})
		);
		let depth = Matching::depth(MARKET, 1).unwrap();
		assert_eq!((depth.bids.len(), depth.asks.len()), (1, 1));
		let depth = Matching::depth(MARKET, 10).unwrap();
		assert_eq!(depth.bids, vec![level(95, 3 * LOT, 2), level(90, LOT, 1)]);
		assert_eq!(depth.asks, vec![level(105, 3 * LOT, 1), level(110, LOT, 1)]);
	});
}

#[test]
fn open_orders_read_by_id_a_page_at_a_time() {
	run_test(|| {
		let ids: Vec<OrderId> =
			(0..5).map(|i| limit(&alice(), Side::Buy, 50 + 5 * i, LOT)).collect();
		limit(&bob(), Side::Buy, 50, LOT);
		let page = |after, limit| -> Vec<OrderId> {
			Matching::open_orders(&alice(), Some(MARKET), after, limit)
				.into_iter()
				.map(|(id, _)| id)
				.collect()
		};
		assert_eq!(page(None, 2), ids[..2].to_vec());
		assert_eq!(page(Some(ids[1]), 2), ids[2..4].to_vec());
		assert_eq!(page(Some(ids[3]), 2), ids[4..].to_vec());
		assert_eq!(page(Some(ids[4]), 2), Vec::<OrderId>::new());
		assert_eq!(Matching::open_orders(&alice(), None, None, 10).len(), 5, "every market");
		assert_eq!(Matching::open_orders(&alice(), Some(9), None, 10).len(), 0);
	});
}

#[test]
fn the_tape_reads_newest_first_and_keeps_only_the_last_trades() {
	run_test(|| {
		// Six trades at rising prices; the mock keeps four.
		for i in 0..6u128 {
			let price = 100 + 5 * i;
			limit(&alice(), Side::Sell, price, LOT);
			limit(&bob(), Side::Buy, price, LOT);
		}
		let prices: Vec<Price> =
			Matching::recent_trades(MARKET, 10).into_iter().map(|t| t.price).collect();
		assert_eq!(prices, vec![125, 120, 115, 110]);
		assert_eq!(Matching::recent_trades(MARKET, 2).len(), 2);
		assert_eq!(Matching::last_price(MARKET), Some(125));
		assert!(Matching::recent_trades(9, 10).is_empty());
	});
}

#[test]
fn a_security_is_valued_at_its_last_trade_per_lot() {
	run_test(|| {
		assert_eq!(Matching::market_price(SECURITY), None, "no trade yet");
		limit(&alice(), Side::Sell, 100, LOT);
		assert_ok!(place(
			&bob(),
			Side::Buy,
			OrderKind::Limit { price: 100 },
			LOT,
			TimeInForce::ImmediateOrCancel
		));
		let price = Matching::market_price(SECURITY).expect("a price after a trade");
		assert_eq!((price.cash, price.price, price.per, price.set_at), (CASH, 100, LOT, START));
		// 25 units at 100 per lot of 10.
		assert_eq!(price.value_of(25), Some(250));
		assert_eq!(Matching::market_price(CASH), None);
	});
}
