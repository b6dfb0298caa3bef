//! A regulator's observer sees only blocks and events. These tests rebuild a market's books
//! (every resting order, its owner, side, price and what is left of it, in time priority at
//! each price) and its tape from the pallet's events alone, after random order streams, and
//! hold them against the chain's state.

use super::property::{charge_fees, random_operation, traders};
use crate::{mock::*, *};
use alloc::collections::{BTreeMap, VecDeque};
use matching_engine::mix::Rng;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Resting {
	owner: AccountId,
	side: Side,
	price: Price,
	remaining: Quantity,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Print {
	maker_order: OrderId,
	taker_order: OrderId,
	buyer: AccountId,
	seller: AccountId,
	price: Price,
	quantity: Quantity,
}

/// What the observer knows, from events only.
#[derive(Default)]
struct Observer {
	/// The order being placed, from its `OrderPlaced` to the event that ends its placement.
	incoming: Option<(OrderId, Resting)>,
	book: BTreeMap<OrderId, Resting>,
	/// Each side's price levels, keyed by whether they are bids (`Side` has no order).
	queues: BTreeMap<(bool, Price), VecDeque<OrderId>>,
	tape: Vec<Print>,
	/// How many trades each placement that traded made, in order: the chain keeps the last
	/// `TapeLength` placements' trades.
	entries: Vec<usize>,
}

impl Observer {
	fn take_off(&mut self, order: OrderId) -> Option<Resting> {
		let resting = self.book.remove(&order)?;
		let key = (resting.side == Side::Buy, resting.price);
		let queue = self.queues.get_mut(&key).expect("a resting order is queued");
		queue.retain(|id| *id != order);
		if queue.is_empty() {
			self.queues.remove(&key);
		}
		Some(resting)
	}

	/// Ends the placement of `order`, which must be the one arriving, with `remaining` left.
	fn end_incoming(&mut self, order: OrderId, remaining: Quantity) -> Resting {
		let (id, resting) = self.incoming.take().expect("an order is being placed");
		assert_eq!(id, order, "the event ends the order being placed");
		// Placements come one at a time: the trades since the last one ended are this one's.
		let made = self.tape.len() - self.entries.iter().sum::<usize>();
		if made > 0 {
			self.entries.push(made);
		}
		assert_eq!(resting.remaining, remaining, "order {order}: what is left");
		resting
	}

	fn see(&mut self, event: &Event<Test>) {
		match event {
			Event::OrderPlaced { order, owner, side, price, quantity, .. } => {
				assert!(self.incoming.is_none(), "one placement at a time");
				assert!(!self.book.contains_key(order), "order {order} is placed while resting");
				let resting = Resting {
					owner: owner.clone(),
					side: *side,
					price: *price,
					remaining: *quantity,
				};
				self.incoming = Some((*order, resting));
			}
			Event::OrderAmended { order, remaining } => {
				let resting = self.take_off(*order).expect("an amendment is of a resting order");
				assert_eq!(resting.remaining, *remaining, "order {order}: what was left");
			}
			Event::Traded {
				maker_order,
				taker_order,
				buyer,
				seller,
				taker_side,
				price,
				quantity,
				..
			} => {
				let maker = self.book.get_mut(maker_order).expect("the maker rests");
				assert_eq!(maker.side, taker_side.opposite());
				assert_eq!(maker.price, *price, "a trade is at the maker's price");
				maker.remaining = maker.remaining.checked_sub(*quantity).expect("within the maker");
				let (id, taker) = self.incoming.as_mut().expect("the taker is being placed");
				assert_eq!(id, taker_order);
				taker.remaining = taker.remaining.checked_sub(*quantity).expect("within the taker");
				self.tape.push(Print {
					maker_order: *maker_order,
					taker_order: *taker_order,
					buyer: buyer.clone(),
					seller: seller.clone(),
					price: *price,
					quantity: *quantity,
				});
			}
			Event::OrderRested { order, remaining } => {
				let resting = self.end_incoming(*order, *remaining);
				let key = (resting.side == Side::Buy, resting.price);
				self.queues.entry(key).or_default().push_back(*order);
				self.book.insert(*order, resting);
			}
			Event::OrderFilled { order } => match self.take_off(*order) {
				Some(maker) => assert_eq!(maker.remaining, 0, "a filled maker has nothing left"),
				None => {
					self.end_incoming(*order, 0);
				}
			},
			Event::OrderCancelled { order, remaining, .. } => match self.take_off(*order) {
				Some(resting) => assert_eq!(resting.remaining, *remaining, "order {order}"),
				None => {
					self.end_incoming(*order, *remaining);
				}
			},
			Event::OrderReduced { order, remaining } => {
				let resting = self.book.get_mut(order).expect("a reduced order rests");
				assert!(*remaining < resting.remaining, "a reduction reduces");
				resting.remaining = *remaining;
			}
			_ => {}
		}
	}

	/// The book of one side as [`depth`] reads it from storage: best price first, each with
	/// what its orders have left and their ids in time priority.
	fn depth(&self, side: Side) -> Vec<(Price, Quantity, Vec<OrderId>)> {
		let mut levels: Vec<_> = self
			.queues
			.iter()
			.filter(|((bids, _), _)| *bids == (side == Side::Buy))
			.map(|((_, price), queue)| {
				let left = queue.iter().map(|id| self.book[id].remaining).sum();
				(*price, left, queue.iter().copied().collect::<Vec<_>>())
			})
			.collect();
		if side == Side::Buy {
			levels.reverse();
		}
		levels
	}

	/// Holds what the observer rebuilt against the chain's state.
	fn agrees_with_the_chain(&self, context: &str) {
		assert!(self.incoming.is_none(), "{context}: every placement ended");
		let on_chain: BTreeMap<OrderId, Resting> = Orders::<Test>::iter()
			.map(|((owner, market, id), order)| {
				assert_eq!(market, MARKET);
				let resting = Resting {
					owner,
					side: order.side,
					price: order.price,
					remaining: order.remaining,
				};
				(id, resting)
			})
			.collect();
		assert_eq!(self.book, on_chain, "{context}: the resting orders");
		for side in [Side::Buy, Side::Sell] {
			assert_eq!(self.depth(side), depth(side), "{context}: the {side:?} side in priority");
		}
		let record = Markets::<Test>::get(MARKET).expect("the market exists");
		assert_eq!(record.trades, self.tape.len() as u64, "{context}: the trade count");
		assert_eq!(record.last_price, self.tape.last().map(|p| p.price), "{context}: last price");
		let kept = Matching::recent_trades(MARKET, u32::MAX);
		let most = <Test as Config>::TapeLength::get() as usize;
		let expected: usize = self.entries.iter().rev().take(most).sum();
		assert_eq!(kept.len(), expected, "{context}: the trades kept");
		let seen = self.tape.iter().rev().take(kept.len());
		for (trade, print) in kept.iter().zip(seen) {
			let kept = Print {
				maker_order: trade.maker_order,
				taker_order: trade.taker_order,
				buyer: trade.buyer.clone(),
				seller: trade.seller.clone(),
				price: trade.price,
				quantity: trade.quantity,
			};
			assert_eq!(&kept, print, "{context}: the tape");
		}
	}
}

#[test]
fn a_regulator_rebuilds_the_books_and_the_tape_from_events_alone() {
	for seed in 11..=16u64 {
		run_test(|| {
			charge_fees();
			System::reset_events();
			let mut observer = Observer::default();
			let mut rng = Rng::new(seed);
			let mut amended = 0;
			for step in 0..300 {
				random_operation(&mut rng);
				for event in events() {
					amended += u32::from(matches!(event, Event::OrderAmended { .. }));
					observer.see(&event);
				}
				System::reset_events();
				observer.agrees_with_the_chain(&format!("seed {seed} step {step}"));
			}
			// The stream exercised what the observer must follow.
			assert!(observer.tape.len() > 20, "seed {seed}: {} trades", observer.tape.len());
			assert!(amended > 5, "seed {seed}: {amended} amendments re-placed");
			assert!(traders().iter().all(|t| observer.tape.iter().any(|p| &p.buyer == t)));
		});
	}
}
