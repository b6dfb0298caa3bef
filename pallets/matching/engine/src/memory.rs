//! An in-memory book for the engine: price levels in ordered maps, each level a doubly
//! linked FIFO queue threaded through the orders, so that placing, cancelling and reducing
//! an order touch a constant number of entries. What the Criterion benchmark measures.

use crate::{Book, Maker, Moment, Order, Price, Quantity, Removal, Settlement, Side};
use std::{
	collections::{BTreeMap, HashMap, HashSet},
	hash::{BuildHasherDefault, Hasher},
	ops::Bound::{Excluded, Unbounded},
};

pub type OrderId = u64;
pub type Owner = u64;

/// Hashes an order id with one multiplication: ids are sequential numbers, not chosen by
/// an adversary, so SipHash's protection buys nothing here and costs a third of a lookup.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
	fn finish(&self) -> u64 {
		self.0
	}
	fn write(&mut self, bytes: &[u8]) {
		for byte in bytes {
			self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
		}
	}
	fn write_u64(&mut self, id: u64) {
		self.0 = id.wrapping_mul(0x9E37_79B9_7F4A_7C15);
	}
}

/// A map keyed by order id.
pub type IdMap<V> = HashMap<OrderId, V, BuildHasherDefault<IdHasher>>;

/// A trade, as the book settled it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Trade {
	pub taker: OrderId,
	pub maker: OrderId,
	pub price: Price,
	pub quantity: Quantity,
}

/// A resting order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Resting {
	pub owner: Owner,
	pub side: Side,
	pub price: Price,
	pub remaining: Quantity,
	pub expires_at: Option<Moment>,
	prev: Option<OrderId>,
	next: Option<OrderId>,
}

#[derive(Clone, Copy, Debug)]
struct Level {
	head: OrderId,
	tail: OrderId,
	quantity: Quantity,
}

/// The book's only failure: the engine asked for an order it does not hold.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct UnknownOrder(pub OrderId);

/// Pairs of owners (taker, maker) that may not trade, standing in for compliance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Forbidden;

#[derive(Default)]
pub struct MemoryBook {
	orders: IdMap<Resting>,
	bids: BTreeMap<Price, Level>,
	asks: BTreeMap<Price, Level>,
	forbidden: HashSet<(Owner, Owner)>,
	/// Every trade settled, oldest first.
	pub trades: Vec<Trade>,
}

impl MemoryBook {
	pub fn new() -> Self {
		Self::default()
	}

	/// From now on `taker`'s orders are refused by `maker`'s.
	pub fn forbid(&mut self, taker: Owner, maker: Owner) {
		self.forbidden.insert((taker, maker));
	}

	pub fn order(&self, id: OrderId) -> Option<&Resting> {
		self.orders.get(&id)
	}

	/// How many orders rest.
	pub fn len(&self) -> usize {
		self.orders.len()
	}

	pub fn is_empty(&self) -> bool {
		self.orders.is_empty()
	}

	/// The levels of a side, best first: (price, quantity, orders in FIFO order).
	pub fn depth(&self, side: Side) -> Vec<(Price, Quantity, Vec<OrderId>)> {
		let level = |(price, level): (&Price, &Level)| {
			let mut queue = Vec::new();
			let mut next = Some(level.head);
			while let Some(id) = next {
				queue.push(id);
				next = self.orders.get(&id).and_then(|o| o.next);
			}
			(*price, level.quantity, queue)
		};
		match side {
			Side::Buy => self.bids.iter().rev().map(level).collect(),
			Side::Sell => self.asks.iter().map(level).collect(),
		}
	}

	/// Cancels a resting order; false if there is none with this id.
	pub fn cancel(&mut self, id: OrderId) -> bool {
		self.unlink(id).is_some()
	}

	/// Reduces a resting order to `remaining` (more than zero, less than now), keeping its
	/// place in the queue; false if there is none or the size is not a reduction.
	pub fn reduce(&mut self, id: OrderId, remaining: Quantity) -> bool {
		let Some(order) = self.orders.get_mut(&id) else { return false };
		if remaining == 0 || remaining >= order.remaining {
			return false;
		}
		let by = order.remaining - remaining;
		order.remaining = remaining;
		let (side, price) = (order.side, order.price);
		if let Some(level) = self.levels(side).get_mut(&price) {
			level.quantity = level.quantity.saturating_sub(by);
		}
		true
	}

	fn levels(&mut self, side: Side) -> &mut BTreeMap<Price, Level> {
		match side {
			Side::Buy => &mut self.bids,
			Side::Sell => &mut self.asks,
		}
	}

	fn unlink(&mut self, id: OrderId) -> Option<Resting> {
		let order = self.orders.remove(&id)?;
		if let Some(prev) = order.prev.and_then(|p| self.orders.get_mut(&p)) {
			prev.next = order.next;
		}
		if let Some(next) = order.next.and_then(|n| self.orders.get_mut(&n)) {
			next.prev = order.prev;
		}
		let levels = self.levels(order.side);
		if let Some(level) = levels.get_mut(&order.price) {
			match (order.prev, order.next) {
				(None, None) => {
					levels.remove(&order.price);
				}
				(prev, next) => {
					if let Some(next) = next.filter(|_| prev.is_none()) {
						level.head = next;
					}
					if let Some(prev) = prev.filter(|_| order.next.is_none()) {
						level.tail = prev;
					}
					level.quantity = level.quantity.saturating_sub(order.remaining);
				}
			}
		}
		Some(order)
	}
}

impl Book for MemoryBook {
	type OrderId = OrderId;
	type Owner = Owner;
	type Refusal = Forbidden;
	type Error = UnknownOrder;

	fn best_price(&mut self, side: Side) -> Result<Option<Price>, UnknownOrder> {
		Ok(match side {
			Side::Buy => self.bids.last_key_value().map(|(p, _)| *p),
			Side::Sell => self.asks.first_key_value().map(|(p, _)| *p),
		})
	}

	fn next_price(&mut self, side: Side, price: Price) -> Result<Option<Price>, UnknownOrder> {
		Ok(match side {
			Side::Buy => self.bids.range(..price).next_back().map(|(p, _)| *p),
			Side::Sell => self.asks.range((Excluded(price), Unbounded)).next().map(|(p, _)| *p),
		})
	}

	fn first_at(&mut self, side: Side, price: Price) -> Result<Option<OrderId>, UnknownOrder> {
		Ok(self.levels(side).get(&price).map(|level| level.head))
	}

	fn maker(&mut self, id: OrderId) -> Result<Maker<OrderId, Owner>, UnknownOrder> {
		let order = self.orders.get(&id).ok_or(UnknownOrder(id))?;
		Ok(Maker {
			id,
			owner: order.owner,
			price: order.price,
			remaining: order.remaining,
			expires_at: order.expires_at,
			next: order.next,
		})
	}

	fn settle(
		&mut self,
		taker: &Order<OrderId, Owner>,
		maker: &Maker<OrderId, Owner>,
		quantity: Quantity,
	) -> Result<Settlement<Forbidden>, UnknownOrder> {
		if !self.forbidden.is_empty() && self.forbidden.contains(&(taker.owner, maker.owner)) {
			return Ok(Settlement::Refused(Forbidden));
		}
		let order = self.orders.get_mut(&maker.id).ok_or(UnknownOrder(maker.id))?;
		order.remaining = order.remaining.saturating_sub(quantity);
		let (side, price, filled) = (order.side, order.price, order.remaining == 0);
		if let Some(level) = self.levels(side).get_mut(&price) {
			level.quantity = level.quantity.saturating_sub(quantity);
		}
		if filled {
			self.unlink(maker.id);
		}
		self.trades.push(Trade { taker: taker.id, maker: maker.id, price: maker.price, quantity });
		Ok(Settlement::Settled)
	}

	fn remove(&mut self, maker: &Maker<OrderId, Owner>, _: Removal) -> Result<(), UnknownOrder> {
		self.unlink(maker.id).map(|_| ()).ok_or(UnknownOrder(maker.id))
	}

	fn rest(
		&mut self,
		order: &Order<OrderId, Owner>,
		remaining: Quantity,
	) -> Result<(), UnknownOrder> {
		let id = order.id;
		let levels = self.levels(order.side);
		let prev = match levels.get_mut(&order.price) {
			Some(level) => {
				let tail = level.tail;
				level.tail = id;
				level.quantity = level.quantity.saturating_add(remaining);
				Some(tail)
			}
			None => {
				levels.insert(order.price, Level { head: id, tail: id, quantity: remaining });
				None
			}
		};
		if let Some(tail) = prev.and_then(|p| self.orders.get_mut(&p)) {
			tail.next = Some(id);
		}
		self.orders.insert(
			id,
			Resting {
				owner: order.owner,
				side: order.side,
				price: order.price,
				remaining,
				expires_at: order.time_in_force.expires_at(),
				prev,
				next: None,
			},
		);
		Ok(())
	}
}
