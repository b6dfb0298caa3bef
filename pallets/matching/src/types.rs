//! The data of the matching pallet: markets, resting orders, price levels and trades.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use pallet_compliance::{IdentityId, Moment, Partition};
use scale_info::TypeInfo;

pub use matching_engine::{Cancellation, Price, Quantity, SelfTradePrevention, Side, TimeInForce};

/// A market, numbered in sequence.
pub type MarketId = u32;
/// An order, numbered in sequence across markets.
pub type OrderId = u64;
/// A client's own reference for an order (a UUID fits), echoed in its events.
pub type ClientOrderId = u128;
/// A fee in basis points of a trade's cash amount.
pub type FeeBps = u16;

/// The highest fee a market may charge: 10 %.
pub const MAX_FEE_BPS: FeeBps = 1_000;
/// The widest price band: 100 % either side of the reference price.
pub const MAX_BAND_BPS: u32 = 10_000;

/// Whether a market trades.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum MarketStatus {
	/// Orders are placed and matched.
	Open,
	/// Trading is halted by the operator: resting orders stay and may be cancelled; nothing
	/// is placed or matched until it reopens.
	Halted,
	/// The market is closed: as halted, and meant to stay so.
	Closed,
}

/// What the venue's operator sets for a market.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct MarketParams<AccountId> {
	/// Prices are multiples of this (cash units per lot).
	pub tick_size: Price,
	/// Quantities are multiples of this (security units); prices are per lot.
	pub lot_size: Quantity,
	/// The smallest order, in security units.
	pub min_quantity: Quantity,
	/// How far from the reference price a limit order may be, in basis points; market
	/// orders trade up to this far. `None`: no band, and no market orders.
	pub price_band_bps: Option<u32>,
	/// The fee a resting order's owner pays on a trade.
	pub maker_fee_bps: FeeBps,
	/// The fee an incoming order's owner pays on a trade.
	pub taker_fee_bps: FeeBps,
	/// Who receives the fees, in the cash token.
	pub fee_collector: AccountId,
}

/// A market: a security (in one partition) against a cash token.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Market<AssetId, AccountId> {
	pub security: AssetId,
	pub partition: Partition,
	pub cash: AssetId,
	pub params: MarketParams<AccountId>,
	pub status: MarketStatus,
	/// The middle of the price band: the last trade's price, or one the operator set.
	pub reference_price: Option<Price>,
	/// The price of the last trade.
	pub last_price: Option<Price>,
	/// Trades so far; the last `MaxRecentTrades` are kept.
	pub trades: u64,
}

/// A resting order. Orders at one price form a FIFO queue linked through `prev` and `next`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Order<AccountId> {
	pub market: MarketId,
	pub owner: AccountId,
	/// The owner's identity, for self-trade prevention across its accounts.
	pub identity: IdentityId,
	pub side: Side,
	pub price: Price,
	/// The size it was placed (or last amended) with.
	pub quantity: Quantity,
	pub remaining: Quantity,
	/// What is reserved for it: security units for an ask, cash for a bid (its price times
	/// its lots and the highest fee).
	pub reserved: u128,
	pub time_in_force: TimeInForce,
	/// Placed only to rest: an amendment that would trade is refused.
	pub post_only: bool,
	pub self_trade: SelfTradePrevention,
	pub client_order_id: Option<ClientOrderId>,
	pub placed_at: Moment,
	pub prev: Option<OrderId>,
	pub next: Option<OrderId>,
}

/// The orders at one price on one side of a market.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Level {
	pub quantity: Quantity,
	pub orders: u32,
	pub head: OrderId,
	pub tail: OrderId,
}

/// A trade, as kept among a market's recent trades.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Trade<AccountId> {
	pub maker_order: OrderId,
	pub taker_order: OrderId,
	pub buyer: AccountId,
	pub seller: AccountId,
	pub price: Price,
	pub quantity: Quantity,
	pub at: Moment,
}

/// What an order is: limited to a price, or a market order that trades at once up to the
/// edge of the price band.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum OrderKind {
	Limit { price: Price },
	Market,
}

/// One quote of a market maker's set.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Quote {
	pub side: Side,
	pub price: Price,
	pub quantity: Quantity,
	pub post_only: bool,
	pub client_order_id: Option<ClientOrderId>,
}

/// Why an order left the book (or never rested) without being filled.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum CancelReason {
	/// Its owner cancelled it (one order, all of a market, or replaced quotes).
	Owner,
	/// Its time in force ran out.
	Expired,
	/// It met an order of the same identity that cancels the oldest.
	SelfTrade,
	/// The venue's operator cancelled it.
	Operator,
	/// What an incoming order left could not rest (see the engine's reasons).
	NotRested(Cancellation),
}
