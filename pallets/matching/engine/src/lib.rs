//! The matching engine: price-time priority over a book it does not own.
//!
//! The engine decides which resting orders an incoming order trades with, in which order and
//! for how much, and what happens to what is left of it. It keeps no state: the book (its
//! levels, queues and orders) is behind the [`Book`] trait, so the same rules run over the
//! chain's storage (the matching pallet), over an in-memory book ([`memory::MemoryBook`],
//! measured by the Criterion benchmark) and in tests.
//!
//! A resting order is a *maker*, the incoming order the *taker*. A trade is always at the
//! maker's price. The book may refuse a maker for this taker (the matching pallet does when
//! compliance forbids the pair): the maker stays where it is and the taker goes on to the
//! next one. Every maker the taker looks at counts towards a per-order limit, so the work of
//! one placement is bounded whatever the book holds.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "std")]
pub mod memory;
#[cfg(feature = "std")]
pub mod mix;
#[cfg(feature = "std")]
pub mod naive;

#[cfg(feature = "scale")]
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
#[cfg(feature = "scale")]
use scale_info::TypeInfo;

/// A price in the quote (cash) asset's smallest units per lot of the base asset.
pub type Price = u128;
/// A quantity in the base asset's smallest units.
pub type Quantity = u128;
/// Milliseconds since the Unix epoch.
pub type Moment = u64;

/// The side of an order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(
	feature = "scale",
	derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo)
)]
pub enum Side {
	/// A bid: buys the base asset, pays the quote asset.
	Buy,
	/// An ask: sells the base asset, receives the quote asset.
	Sell,
}

impl Side {
	/// The side an order on this side trades against.
	pub fn opposite(self) -> Side {
		match self {
			Side::Buy => Side::Sell,
			Side::Sell => Side::Buy,
		}
	}

	/// Whether an order on this side limited at `limit` trades with a maker at `resting`.
	pub fn crosses(self, limit: Price, resting: Price) -> bool {
		match self {
			Side::Buy => resting <= limit,
			Side::Sell => resting >= limit,
		}
	}

	/// Whether `a` comes before `b` in this side's queue of levels (bids: highest first).
	pub fn better(self, a: Price, b: Price) -> bool {
		match self {
			Side::Buy => a > b,
			Side::Sell => a < b,
		}
	}
}

/// How long an order may rest.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(
	feature = "scale",
	derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo)
)]
pub enum TimeInForce {
	/// Rests until filled or cancelled.
	GoodTillCancelled,
	/// Rests until filled, cancelled or this moment.
	GoodTillTime(Moment),
	/// Trades what it can at once; the rest is cancelled.
	ImmediateOrCancel,
	/// Trades all of it at once, or nothing.
	FillOrKill,
}

impl TimeInForce {
	/// Whether what is left after matching rests on the book.
	pub fn rests(self) -> bool {
		matches!(self, TimeInForce::GoodTillCancelled | TimeInForce::GoodTillTime(_))
	}

	/// When a resting order expires, if it does.
	pub fn expires_at(self) -> Option<Moment> {
		match self {
			TimeInForce::GoodTillTime(at) => Some(at),
			_ => None,
		}
	}
}

/// What happens when a taker meets a maker of the same owner.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
#[cfg_attr(
	feature = "scale",
	derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo)
)]
pub enum SelfTradePrevention {
	/// The taker's remainder is cancelled; the maker stays.
	#[default]
	CancelNewest,
	/// The maker is cancelled; the taker goes on.
	CancelOldest,
}

/// An incoming order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Order<Id, Owner> {
	pub id: Id,
	pub owner: Owner,
	pub side: Side,
	/// The limit: the worst price the order accepts.
	pub price: Price,
	pub quantity: Quantity,
	pub time_in_force: TimeInForce,
	/// Refused if it would trade on arrival, so it can only add liquidity.
	pub post_only: bool,
	pub self_trade: SelfTradePrevention,
}

/// A resting order, as the engine needs to see it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Maker<Id, Owner> {
	pub id: Id,
	pub owner: Owner,
	pub price: Price,
	pub remaining: Quantity,
	pub expires_at: Option<Moment>,
	/// The order behind it at the same price.
	pub next: Option<Id>,
}

/// What the book did with a trade the engine asked for.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Settlement<Refusal> {
	/// Traded; the book reduced the maker by the quantity and removed it if it is filled.
	Settled,
	/// This maker may not trade with this taker; nothing changed.
	Refused(Refusal),
}

/// Why the engine takes a maker off the book without a trade.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Removal {
	/// Its time in force ran out.
	Expired,
	/// It met a taker of the same owner that cancels the oldest.
	SelfTrade,
}

/// Why what was left of an order was cancelled instead of resting.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(
	feature = "scale",
	derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo)
)]
pub enum Cancellation {
	/// Immediate-or-cancel (and market orders): nothing rests.
	ImmediateOrCancel,
	/// It met a maker of the same owner and cancels the newest.
	SelfTrade,
	/// It looked at as many makers as one order may and still crossed the book.
	SweepLimit,
	/// Only makers it may not trade with are left at its price; resting would cross the book.
	WouldCross,
}

/// What became of an order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
	/// Nothing is left.
	Filled,
	/// What is left rests on the book.
	Rested { remaining: Quantity },
	/// What is left was cancelled.
	Cancelled { remaining: Quantity, why: Cancellation },
}

/// The result of one placement.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Placed {
	pub filled: Quantity,
	pub outcome: Outcome,
	/// Makers looked at: traded with, refused, expired or cancelled as self-trades.
	pub makers_visited: u32,
}

/// Why an order was refused as a whole. Nothing changed, except after a fill-or-kill that
/// the book's refusals left unfilled: then the caller must roll back the trades it settled.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Rejected<Error> {
	/// A post-only order would have traded on arrival.
	PostOnlyWouldCross,
	/// A fill-or-kill order could not be filled in full.
	FillOrKillUnfilled,
	/// The book failed; abort.
	Book(Error),
}

impl<Error> From<Error> for Rejected<Error> {
	fn from(error: Error) -> Self {
		Rejected::Book(error)
	}
}

/// A book of resting orders: levels of prices per side, a FIFO queue of orders per level.
pub trait Book {
	/// Cloned only as a queue link is followed: the pallet's carries the owner's account.
	type OrderId: Clone + PartialEq;
	type Owner: PartialEq;
	/// Why a maker may not trade with a taker.
	type Refusal;
	/// A failure that aborts the placement.
	type Error;

	/// The best price on `side`, if it has any order.
	fn best_price(&mut self, side: Side) -> Result<Option<Price>, Self::Error>;
	/// The next price on `side` after `price` (which may no longer be on the book).
	fn next_price(&mut self, side: Side, price: Price) -> Result<Option<Price>, Self::Error>;
	/// The oldest order at `price` on `side`.
	fn first_at(&mut self, side: Side, price: Price) -> Result<Option<Self::OrderId>, Self::Error>;
	/// A resting order.
	fn maker(
		&mut self,
		id: Self::OrderId,
	) -> Result<Maker<Self::OrderId, Self::Owner>, Self::Error>;
	/// Trades `quantity` between `taker` and `maker` at the maker's price.
	fn settle(
		&mut self,
		taker: &Order<Self::OrderId, Self::Owner>,
		maker: &Maker<Self::OrderId, Self::Owner>,
		quantity: Quantity,
	) -> Result<Settlement<Self::Refusal>, Self::Error>;
	/// Takes `maker` off the book without a trade.
	fn remove(
		&mut self,
		maker: &Maker<Self::OrderId, Self::Owner>,
		why: Removal,
	) -> Result<(), Self::Error>;
	/// Puts `remaining` of `order` at the back of its price's queue.
	fn rest(
		&mut self,
		order: &Order<Self::OrderId, Self::Owner>,
		remaining: Quantity,
	) -> Result<(), Self::Error>;
}

/// Matches `order` against `book` and rests or cancels what is left, looking at no more
/// than `max_makers` resting orders. Makers expired at `now` are removed on the way.
pub fn place<B: Book>(
	book: &mut B,
	order: &Order<B::OrderId, B::Owner>,
	now: Moment,
	max_makers: u32,
) -> Result<Placed, Rejected<B::Error>> {
	let opposite = order.side.opposite();
	if order.post_only {
		if let Some(best) = book.best_price(opposite)? {
			if order.side.crosses(order.price, best) {
				return Err(Rejected::PostOnlyWouldCross);
			}
		}
	}
	if order.time_in_force == TimeInForce::FillOrKill && !fillable(book, order, now, max_makers)? {
		return Err(Rejected::FillOrKillUnfilled);
	}

	let mut remaining = order.quantity;
	let mut visited = 0u32;
	let mut stop = None;
	let mut level = book.best_price(opposite)?;
	'levels: while let Some(price) = level {
		if !order.side.crosses(order.price, price) {
			break;
		}
		let mut next = book.first_at(opposite, price)?;
		while let Some(id) = next {
			if remaining == 0 {
				break 'levels;
			}
			if visited >= max_makers {
				stop = Some(Cancellation::SweepLimit);
				break 'levels;
			}
			visited = visited.saturating_add(1);
			let maker = book.maker(id)?;
			next = maker.next.clone();
			if maker.expires_at.is_some_and(|at| at <= now) {
				book.remove(&maker, Removal::Expired)?;
				continue;
			}
			if maker.owner == order.owner {
				match order.self_trade {
					SelfTradePrevention::CancelNewest => {
						stop = Some(Cancellation::SelfTrade);
						break 'levels;
					}
					SelfTradePrevention::CancelOldest => {
						book.remove(&maker, Removal::SelfTrade)?;
						continue;
					}
				}
			}
			let quantity = remaining.min(maker.remaining);
			if let Settlement::Settled = book.settle(order, &maker, quantity)? {
				remaining = remaining.saturating_sub(quantity);
			}
		}
		if remaining == 0 {
			break;
		}
		level = book.next_price(opposite, price)?;
	}

	let filled = order.quantity.saturating_sub(remaining);
	let placed = |outcome| Placed { filled, outcome, makers_visited: visited };
	if remaining == 0 {
		return Ok(placed(Outcome::Filled));
	}
	if order.time_in_force == TimeInForce::FillOrKill {
		return Err(Rejected::FillOrKillUnfilled);
	}
	let why = match stop {
		Some(why) => Some(why),
		None if !order.time_in_force.rests() => Some(Cancellation::ImmediateOrCancel),
		// Makers it was refused still sit at a price it crosses.
		None => match book.best_price(opposite)? {
			Some(best) if order.side.crosses(order.price, best) => Some(Cancellation::WouldCross),
			_ => None,
		},
	};
	match why {
		Some(why) => Ok(placed(Outcome::Cancelled { remaining, why })),
		None => {
			book.rest(order, remaining)?;
			Ok(placed(Outcome::Rested { remaining }))
		}
	}
}

/// Whether `order` would fill in full among the first `max_makers` makers, ignoring the
/// book's refusals (which only the trade reveals): expired makers do not count, makers of
/// the same owner are passed over or stop it as its self-trade prevention says.
pub fn fillable<B: Book>(
	book: &mut B,
	order: &Order<B::OrderId, B::Owner>,
	now: Moment,
	max_makers: u32,
) -> Result<bool, B::Error> {
	let opposite = order.side.opposite();
	let mut available: Quantity = 0;
	let mut visited = 0u32;
	let mut level = book.best_price(opposite)?;
	while let Some(price) = level {
		if !order.side.crosses(order.price, price) {
			return Ok(false);
		}
		let mut next = book.first_at(opposite, price)?;
		while let Some(id) = next {
			if visited >= max_makers {
				return Ok(false);
			}
			visited = visited.saturating_add(1);
			let maker = book.maker(id)?;
			next = maker.next.clone();
			if maker.expires_at.is_some_and(|at| at <= now) {
				continue;
			}
			if maker.owner == order.owner {
				match order.self_trade {
					SelfTradePrevention::CancelNewest => return Ok(false),
					SelfTradePrevention::CancelOldest => continue,
				}
			}
			available = available.saturating_add(maker.remaining);
			if available >= order.quantity {
				return Ok(true);
			}
		}
		level = book.next_price(opposite, price)?;
	}
	Ok(false)
}

#[cfg(test)]
mod tests;
