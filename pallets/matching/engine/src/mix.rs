//! A reproducible stream of order operations shaped like a busy market: most orders rest
//! near the middle, some cross, many are cancelled or reduced soon after. The Criterion
//! benchmark runs it through both books, and the tests check the two books agree on it.

use crate::{
	memory::{MemoryBook, OrderId, Owner},
	naive::NaiveBook,
	place, Order, Price, Quantity, SelfTradePrevention, Side, TimeInForce,
};

/// One operation on a book.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
	Place {
		id: OrderId,
		owner: Owner,
		side: Side,
		price: Price,
		quantity: Quantity,
		immediate_or_cancel: bool,
	},
	Cancel(OrderId),
	Reduce(OrderId, Quantity),
}

/// xorshift64*: small, fast and the same everywhere.
pub struct Rng(u64);

impl Rng {
	pub fn new(seed: u64) -> Self {
		Rng(seed.max(1))
	}

	pub fn next_u64(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}

	/// Uniform in `0..bound` (bound > 0).
	pub fn below(&mut self, bound: u64) -> u64 {
		self.next_u64() % bound.max(1)
	}
}

/// The middle price of the generated market.
pub const MID: Price = 10_000;

/// The shape of a generated market.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
	/// How many owners place orders.
	pub owners: u64,
	/// How many ticks either side of the middle orders are placed at.
	pub ticks: u64,
	/// Cancels and reductions pick one of this many last orders.
	pub window: u64,
}

impl Shape {
	/// A busy market: orders spread over 20 ticks, cancelled soon after they are placed.
	pub const BUSY: Shape = Shape { owners: 1_000, ticks: 20, window: 1_000 };
	/// A deep market: orders crowd 3 ticks and rest long, so each price holds a long queue
	/// and a cancel usually finds its order far from the front.
	pub const DEEP: Shape = Shape { owners: 1_000, ticks: 3, window: 20_000 };
}

/// `count` operations from `seed`: 50 % resting limit orders near the middle (a quarter of
/// them crossing), 10 % immediate-or-cancel orders, 30 % cancels and 10 % size reductions of
/// recent orders, shaped by `shape`.
pub fn generate(seed: u64, count: usize, shape: Shape) -> Vec<Op> {
	let mut rng = Rng::new(seed);
	let mut ops = Vec::with_capacity(count);
	let mut next_id: OrderId = 1;
	for _ in 0..count {
		let roll = rng.below(100);
		let op = if roll < 60 || next_id == 1 {
			let side = if rng.below(2) == 0 { Side::Buy } else { Side::Sell };
			let distance = rng.below(shape.ticks) as Price;
			// A quarter of the orders reach over the middle and may cross.
			let crossing = rng.below(4) == 0;
			let price = match (side, crossing) {
				(Side::Buy, false) | (Side::Sell, true) => MID - 1 - distance,
				(Side::Sell, false) | (Side::Buy, true) => MID + 1 + distance,
			};
			let id = next_id;
			next_id += 1;
			Op::Place {
				id,
				owner: 1 + rng.below(shape.owners),
				side,
				price,
				quantity: 1 + rng.below(100) as Quantity,
				immediate_or_cancel: (50..60).contains(&roll),
			}
		} else {
			let from = next_id.saturating_sub(shape.window).max(1);
			let id = from + rng.below(next_id - from);
			if roll < 90 {
				Op::Cancel(id)
			} else {
				Op::Reduce(id, 1 + rng.below(50) as Quantity)
			}
		};
		ops.push(op);
	}
	ops
}

/// Applies an operation to the engine over a [`MemoryBook`].
pub fn apply(book: &mut MemoryBook, op: &Op, max_makers: u32) {
	match *op {
		Op::Place { id, owner, side, price, quantity, immediate_or_cancel } => {
			let order = Order {
				id,
				owner,
				side,
				price,
				quantity,
				time_in_force: if immediate_or_cancel {
					TimeInForce::ImmediateOrCancel
				} else {
					TimeInForce::GoodTillCancelled
				},
				post_only: false,
				self_trade: SelfTradePrevention::CancelNewest,
			};
			// The memory book fails only on an order it does not hold, which placing
			// never asks for.
			let _ = place(book, &order, 0, max_makers);
		}
		Op::Cancel(id) => {
			book.cancel(id);
		}
		Op::Reduce(id, remaining) => {
			book.reduce(id, remaining);
		}
	}
}

/// Applies an operation to the [`NaiveBook`].
pub fn apply_naive(book: &mut NaiveBook, op: &Op) {
	match *op {
		Op::Place { id, owner, side, price, quantity, immediate_or_cancel } => {
			book.place(id, owner, side, price, quantity, immediate_or_cancel);
		}
		Op::Cancel(id) => {
			book.cancel(id);
		}
		Op::Reduce(id, remaining) => {
			book.reduce(id, remaining);
		}
	}
}
