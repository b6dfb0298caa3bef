use crate::{
	memory::{MemoryBook, Trade},
	mix::{apply, apply_naive, generate, Shape},
	naive::NaiveBook,
	place, Cancellation, Order, Outcome, Placed, Price, Quantity, Rejected, SelfTradePrevention,
	Side, TimeInForce,
};

const NO_LIMIT: u32 = u32::MAX;

fn order(id: u64, owner: u64, side: Side, price: Price, quantity: Quantity) -> Order<u64, u64> {
	Order {
		id,
		owner,
		side,
		price,
		quantity,
		time_in_force: TimeInForce::GoodTillCancelled,
		post_only: false,
		self_trade: SelfTradePrevention::CancelNewest,
	}
}

fn submit(book: &mut MemoryBook, order: Order<u64, u64>) -> Placed {
	place(book, &order, 0, NO_LIMIT).expect("the memory book holds every order it names")
}

fn trade(taker: u64, maker: u64, price: Price, quantity: Quantity) -> Trade {
	Trade { taker, maker, price, quantity }
}

/// Asks at 101 (orders 1, 2) and 102 (order 3), 10 each, from owners 1, 2, 3.
fn asks() -> MemoryBook {
	let mut book = MemoryBook::new();
	submit(&mut book, order(1, 1, Side::Sell, 101, 10));
	submit(&mut book, order(2, 2, Side::Sell, 101, 10));
	submit(&mut book, order(3, 3, Side::Sell, 102, 10));
	book
}

fn assert_not_crossed(book: &MemoryBook) {
	let best_bid = book.depth(Side::Buy).first().map(|l| l.0);
	let best_ask = book.depth(Side::Sell).first().map(|l| l.0);
	if let (Some(bid), Some(ask)) = (best_bid, best_ask) {
		assert!(bid < ask, "crossed book: bid {bid} >= ask {ask}");
	}
}

#[test]
fn a_taker_trades_the_best_price_first_and_the_oldest_order_first_at_a_price() {
	let mut book = asks();
	let placed = submit(&mut book, order(4, 4, Side::Buy, 102, 25));
	assert_eq!(placed.outcome, Outcome::Filled);
	assert_eq!(book.trades, vec![trade(4, 1, 101, 10), trade(4, 2, 101, 10), trade(4, 3, 102, 5)]);
	assert_eq!(book.depth(Side::Sell), vec![(102, 5, vec![3])]);
}

#[test]
fn trades_happen_at_the_makers_price() {
	let mut book = asks();
	submit(&mut book, order(4, 4, Side::Buy, 150, 5));
	assert_eq!(book.trades, vec![trade(4, 1, 101, 5)]);
}

#[test]
fn a_partly_filled_maker_keeps_its_place_with_what_is_left() {
	let mut book = asks();
	submit(&mut book, order(4, 4, Side::Buy, 101, 4));
	assert_eq!(book.depth(Side::Sell)[0], (101, 16, vec![1, 2]));
	assert_eq!(book.order(1).map(|o| o.remaining), Some(6));
}

#[test]
fn what_a_good_till_cancelled_order_leaves_rests_at_the_back_of_its_price() {
	let mut book = asks();
	submit(&mut book, order(4, 4, Side::Buy, 100, 5));
	let placed = submit(&mut book, order(5, 5, Side::Buy, 101, 30));
	assert_eq!(placed.filled, 20);
	assert_eq!(placed.outcome, Outcome::Rested { remaining: 10 });
	assert_eq!(book.depth(Side::Buy), vec![(101, 10, vec![5]), (100, 5, vec![4])]);
	assert_not_crossed(&book);
}

#[test]
fn what_an_immediate_or_cancel_order_leaves_is_cancelled() {
	let mut book = asks();
	let mut ioc = order(4, 4, Side::Buy, 101, 30);
	ioc.time_in_force = TimeInForce::ImmediateOrCancel;
	let placed = submit(&mut book, ioc);
	assert_eq!(placed.filled, 20);
	assert_eq!(
		placed.outcome,
		Outcome::Cancelled { remaining: 10, why: Cancellation::ImmediateOrCancel }
	);
	assert!(book.depth(Side::Buy).is_empty());
}

#[test]
fn a_fill_or_kill_order_that_cannot_fill_in_full_changes_nothing() {
	let mut book = asks();
	let mut fok = order(4, 4, Side::Buy, 101, 21);
	fok.time_in_force = TimeInForce::FillOrKill;
	assert_eq!(place(&mut book, &fok, 0, NO_LIMIT), Err(Rejected::FillOrKillUnfilled));
	assert!(book.trades.is_empty());
	assert_eq!(book.len(), 3);

	fok.quantity = 20;
	assert_eq!(submit(&mut book, fok).outcome, Outcome::Filled);
	assert_eq!(book.trades.len(), 2);
}

#[test]
fn a_post_only_order_that_would_trade_is_refused_and_one_that_would_not_rests() {
	let mut book = asks();
	let mut maker_only = order(4, 4, Side::Buy, 101, 5);
	maker_only.post_only = true;
	assert_eq!(place(&mut book, &maker_only, 0, NO_LIMIT), Err(Rejected::PostOnlyWouldCross));
	assert!(book.trades.is_empty());

	maker_only.price = 100;
	assert_eq!(submit(&mut book, maker_only).outcome, Outcome::Rested { remaining: 5 });
}

#[test]
fn a_self_trade_cancelling_the_newest_stops_the_taker_and_keeps_the_maker() {
	let mut book = asks();
	// Owner 2 buys: it trades with owner 1's order, then meets its own.
	let placed = submit(&mut book, order(4, 2, Side::Buy, 102, 25));
	assert_eq!(book.trades, vec![trade(4, 1, 101, 10)]);
	assert_eq!(placed.outcome, Outcome::Cancelled { remaining: 15, why: Cancellation::SelfTrade });
	assert_eq!(book.depth(Side::Sell)[0], (101, 10, vec![2]));
}

#[test]
fn a_self_trade_cancelling_the_oldest_removes_the_maker_and_goes_on() {
	let mut book = asks();
	let mut taker = order(4, 2, Side::Buy, 102, 25);
	taker.self_trade = SelfTradePrevention::CancelOldest;
	// Order 2 goes without a trade; the taker fills 20 of 25 and the rest rests.
	assert_eq!(submit(&mut book, taker).outcome, Outcome::Rested { remaining: 5 });
	assert_eq!(book.trades, vec![trade(4, 1, 101, 10), trade(4, 3, 102, 10)]);
	assert!(book.order(2).is_none());
}

#[test]
fn an_expired_maker_is_removed_on_the_way_and_never_trades() {
	let mut book = MemoryBook::new();
	let mut expiring = order(1, 1, Side::Sell, 101, 10);
	expiring.time_in_force = TimeInForce::GoodTillTime(1_000);
	submit(&mut book, expiring);
	submit(&mut book, order(2, 2, Side::Sell, 101, 10));
	let placed = place(&mut book, &order(3, 3, Side::Buy, 101, 5), 1_000, NO_LIMIT).unwrap();
	assert_eq!(placed.makers_visited, 2);
	assert_eq!(book.trades, vec![trade(3, 2, 101, 5)]);
	assert!(book.order(1).is_none());
}

#[test]
fn a_taker_looks_at_no_more_makers_than_the_limit_and_does_not_rest_across_the_book() {
	let mut book = asks();
	let placed = place(&mut book, &order(4, 4, Side::Buy, 102, 30), 0, 2).unwrap();
	assert_eq!(placed.makers_visited, 2);
	assert_eq!(placed.filled, 20);
	assert_eq!(placed.outcome, Outcome::Cancelled { remaining: 10, why: Cancellation::SweepLimit });
	assert_not_crossed(&book);
}

#[test]
fn a_refused_maker_is_skipped_for_this_taker_and_the_next_one_trades() {
	let mut book = asks();
	book.forbid(4, 1);
	let placed = submit(&mut book, order(4, 4, Side::Buy, 101, 5));
	assert_eq!(placed.outcome, Outcome::Filled);
	assert_eq!(book.trades, vec![trade(4, 2, 101, 5)]);
	// The refused maker keeps its place for others.
	assert_eq!(book.depth(Side::Sell)[0].2, vec![1, 2]);
}

#[test]
fn a_remainder_that_would_rest_across_a_refused_maker_is_cancelled() {
	let mut book = asks();
	book.forbid(4, 1);
	let placed = submit(&mut book, order(4, 4, Side::Buy, 101, 15));
	assert_eq!(placed.filled, 10);
	assert_eq!(placed.outcome, Outcome::Cancelled { remaining: 5, why: Cancellation::WouldCross });
	assert_not_crossed(&book);
}

#[test]
fn a_reduction_keeps_priority_and_a_cancel_leaves_no_trace() {
	let mut book = asks();
	assert!(book.reduce(1, 3));
	assert!(!book.reduce(1, 3), "not a reduction");
	assert!(!book.reduce(1, 0), "zero is a cancel, not a reduction");
	assert_eq!(book.depth(Side::Sell)[0], (101, 13, vec![1, 2]));
	assert!(book.cancel(2));
	assert!(!book.cancel(2));
	assert_eq!(book.depth(Side::Sell), vec![(101, 3, vec![1]), (102, 10, vec![3])]);
	assert!(book.cancel(1) && book.cancel(3));
	assert!(book.is_empty() && book.depth(Side::Sell).is_empty());
}

#[test]
fn the_engine_and_the_naive_book_agree_on_a_long_random_stream() {
	let shapes = [Shape::BUSY, Shape::DEEP, Shape { owners: 50, ticks: 20, window: 1_000 }];
	for (seed, shape) in (1..=6).zip(shapes.iter().cycle()) {
		let ops = generate(seed, 20_000, *shape);
		let mut book = MemoryBook::new();
		let mut naive = NaiveBook::new();
		for (step, op) in ops.iter().enumerate() {
			apply(&mut book, op, NO_LIMIT);
			apply_naive(&mut naive, op);
			assert_not_crossed(&book);
			if step % 1_000 == 0 {
				assert_eq!(
					book.depth(Side::Buy),
					naive.depth(Side::Buy),
					"seed {seed} step {step}"
				);
				assert_eq!(
					book.depth(Side::Sell),
					naive.depth(Side::Sell),
					"seed {seed} step {step}"
				);
			}
		}
		assert!(book.trades.len() > 1_000, "the stream trades: {}", book.trades.len());
		assert_eq!(book.trades, naive.trades, "seed {seed}");
		assert_eq!(book.len(), naive.len());
	}
}

#[test]
fn every_level_holds_the_sum_of_its_orders_through_a_random_stream() {
	let ops = generate(42, 20_000, Shape { owners: 20, ..Shape::BUSY });
	let mut book = MemoryBook::new();
	for op in &ops {
		apply(&mut book, op, 8);
		assert_not_crossed(&book);
	}
	for side in [Side::Buy, Side::Sell] {
		for (price, quantity, queue) in book.depth(side) {
			let sum: Quantity =
				queue.iter().filter_map(|id| book.order(*id)).map(|o| o.remaining).sum();
			assert_eq!(sum, quantity, "level {price}");
			assert!(queue.iter().all(|id| book.order(*id).is_some_and(|o| o.price == price)));
		}
	}
}
