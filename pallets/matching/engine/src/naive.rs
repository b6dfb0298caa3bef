//! The obvious book, kept as the benchmark's yardstick: a map from price to a queue of
//! orders per side, its own matching loop, and a linear search of the queue to cancel.
//! Limit orders, good-till-cancelled or immediate-or-cancel, and self-trade prevention by
//! cancelling the newest, which is all the benchmark's mix uses.

use crate::{
	memory::{IdMap, OrderId, Owner, Trade},
	Price, Quantity, Side,
};
use std::collections::{BTreeMap, VecDeque};

#[derive(Clone, Copy, Debug)]
struct Entry {
	id: OrderId,
	owner: Owner,
	remaining: Quantity,
}

#[derive(Default)]
pub struct NaiveBook {
	bids: BTreeMap<Price, VecDeque<Entry>>,
	asks: BTreeMap<Price, VecDeque<Entry>>,
	index: IdMap<(Side, Price)>,
	pub trades: Vec<Trade>,
}

impl NaiveBook {
	pub fn new() -> Self {
		Self::default()
	}

	pub fn len(&self) -> usize {
		self.index.len()
	}

	pub fn is_empty(&self) -> bool {
		self.index.is_empty()
	}

	/// Matches a limit order and rests what is left unless it is immediate-or-cancel;
	/// returns what rests.
	#[allow(clippy::too_many_arguments)]
	pub fn place(
		&mut self,
		id: OrderId,
		owner: Owner,
		side: Side,
		price: Price,
		quantity: Quantity,
		immediate_or_cancel: bool,
	) -> Quantity {
		let mut remaining = quantity;
		let mut self_trade = false;
		while remaining > 0 && !self_trade {
			let opposite = match side {
				Side::Buy => &mut self.asks,
				Side::Sell => &mut self.bids,
			};
			let best = match side {
				Side::Buy => opposite.first_key_value().map(|(p, _)| *p),
				Side::Sell => opposite.last_key_value().map(|(p, _)| *p),
			};
			let Some(best) = best.filter(|best| side.crosses(price, *best)) else { break };
			let Some(queue) = opposite.get_mut(&best) else { break };
			while remaining > 0 {
				let Some(maker) = queue.front_mut() else { break };
				if maker.owner == owner {
					self_trade = true;
					break;
				}
				let traded = remaining.min(maker.remaining);
				maker.remaining -= traded;
				remaining -= traded;
				self.trades.push(Trade {
					taker: id,
					maker: maker.id,
					price: best,
					quantity: traded,
				});
				if maker.remaining == 0 {
					let done = maker.id;
					queue.pop_front();
					self.index.remove(&done);
				}
			}
			if queue.is_empty() {
				opposite.remove(&best);
			}
		}
		if remaining == 0 || immediate_or_cancel || self_trade {
			return 0;
		}
		let own = match side {
			Side::Buy => &mut self.bids,
			Side::Sell => &mut self.asks,
		};
		own.entry(price).or_default().push_back(Entry { id, owner, remaining });
		self.index.insert(id, (side, price));
		remaining
	}

	/// Cancels a resting order; false if there is none with this id.
	pub fn cancel(&mut self, id: OrderId) -> bool {
		let Some((side, price)) = self.index.remove(&id) else { return false };
		let levels = match side {
			Side::Buy => &mut self.bids,
			Side::Sell => &mut self.asks,
		};
		let Some(queue) = levels.get_mut(&price) else { return false };
		queue.retain(|entry| entry.id != id);
		if queue.is_empty() {
			levels.remove(&price);
		}
		true
	}

	/// Reduces a resting order to `remaining`, keeping its place; false if it is not a
	/// reduction of a resting order.
	pub fn reduce(&mut self, id: OrderId, remaining: Quantity) -> bool {
		let Some((side, price)) = self.index.get(&id).copied() else { return false };
		let levels = match side {
			Side::Buy => &mut self.bids,
			Side::Sell => &mut self.asks,
		};
		let Some(entry) =
			levels.get_mut(&price).and_then(|q| q.iter_mut().find(|entry| entry.id == id))
		else {
			return false;
		};
		if remaining == 0 || remaining >= entry.remaining {
			return false;
		}
		entry.remaining = remaining;
		true
	}

	/// The levels of a side, best first: (price, quantity, orders in FIFO order).
	pub fn depth(&self, side: Side) -> Vec<(Price, Quantity, Vec<OrderId>)> {
		let level = |(price, queue): (&Price, &VecDeque<Entry>)| {
			(*price, queue.iter().map(|e| e.remaining).sum(), queue.iter().map(|e| e.id).collect())
		};
		match side {
			Side::Buy => self.bids.iter().rev().map(level).collect(),
			Side::Sell => self.asks.iter().map(level).collect(),
		}
	}
}
