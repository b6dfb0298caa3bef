//! The data of the matching pallet: markets, resting orders, price levels and trades;
//! primary offerings and their subscriptions; settlement instructions.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::{ConstU32, Get},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use pallet_compliance::{IdentityId, Moment, Partition, Rejection};
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
	/// Trades so far.
	pub trades: u64,
	// Fields from runtime 138 on come last, so that a node built before reads the rest.
	/// Orders that traded so far, each with the fills it made: the tape keeps the last
	/// `TapeLength` of them.
	pub tape_entries: u64,
	/// When the last trade was made.
	pub last_traded_at: Option<Moment>,
}

/// Where a resting order is kept, given its market: its owner's account and its id. Orders
/// are stored under their owner, so that an account's orders are found without an index of
/// their own (one write less per order); so a queue's links carry the owner too.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct OrderRef<AccountId> {
	pub owner: AccountId,
	pub id: OrderId,
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
	pub prev: Option<OrderRef<AccountId>>,
	pub next: Option<OrderRef<AccountId>>,
}

/// The orders at one price on one side of a market.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Level<AccountId> {
	pub quantity: Quantity,
	pub orders: u32,
	pub head: OrderRef<AccountId>,
	pub tail: OrderRef<AccountId>,
}

/// A trade, as read from a market's recent trades.
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

/// The most fills a tape entry holds: at least `MaxMakersPerOrder`, and fixed, so that a
/// runtime that lowers `MaxMakersPerOrder` still reads the entries already kept.
pub const MAX_TAPE_FILLS: u32 = 64;
/// [`MAX_TAPE_FILLS`] as a bound.
pub type MaxTapeFills = ConstU32<MAX_TAPE_FILLS>;

/// One fill of a taker order, as the tape keeps it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct TapeFill<AccountId> {
	/// The resting order it took.
	pub maker_order: OrderId,
	/// That order's owner.
	pub maker: AccountId,
	/// The maker's price.
	pub price: Price,
	/// The security units traded.
	pub quantity: Quantity,
}

/// The fills one incoming order made, in the order it made them. They are kept together so
/// that a sweep writes the tape once, not once a fill.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxFills))]
pub struct TapeEntry<AccountId, MaxFills: Get<u32>>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The incoming order.
	pub taker_order: OrderId,
	/// Its owner.
	pub taker: AccountId,
	/// Whether it bought or sold.
	pub taker_side: Side,
	/// When it traded.
	pub at: Moment,
	/// What it traded, maker by maker.
	pub fills: BoundedVec<TapeFill<AccountId>, MaxFills>,
}

impl<AccountId, MaxFills> TapeEntry<AccountId, MaxFills>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxFills: Get<u32>,
{
	/// Its fills as trades, in the order they were made.
	pub fn trades(&self) -> impl DoubleEndedIterator<Item = Trade<AccountId>> + '_ {
		self.fills.iter().map(|fill| {
			let (buyer, seller) = match self.taker_side {
				Side::Buy => (self.taker.clone(), fill.maker.clone()),
				Side::Sell => (fill.maker.clone(), self.taker.clone()),
			};
			Trade {
				maker_order: fill.maker_order,
				taker_order: self.taker_order,
				buyer,
				seller,
				price: fill.price,
				quantity: fill.quantity,
				at: self.at,
			}
		})
	}
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

/// A primary offering, numbered in sequence.
pub type OfferingId = u32;
/// A settlement instruction, numbered in sequence.
pub type InstructionId = u64;

/// One tier of an offering's price: up to `lots` lots sold at `price` cash units per lot.
/// A fixed-price offering has one tier.
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
pub struct Tier {
	pub price: Price,
	pub lots: Quantity,
}

/// What an issuer sets for a primary offering, besides its price tiers.
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
pub struct OfferingTerms {
	/// Subscriptions are multiples of this (security units); tiers are priced per lot.
	pub lot_size: Quantity,
	/// The offering is funded only if it raises at least this much cash.
	pub min_raise: u128,
	/// It raises no more than this much cash.
	pub max_raise: u128,
	/// Subscriptions are taken from this time (Unix milliseconds) ...
	pub opens_at: Moment,
	/// ... until just before this one, when anyone may close the offering.
	pub closes_at: Moment,
	/// The least one identity subscribes, in security units, across all its accounts.
	pub min_subscription: Quantity,
	/// The most one identity subscribes, in security units, across all its accounts.
	pub max_subscription: Quantity,
}

/// Where an offering is in its life.
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
pub enum OfferingStatus {
	/// Taking subscriptions (within its window).
	Open,
	/// Closed having raised its minimum: each subscription settles, securities issued to
	/// the subscriber and its cash paid to the issuer.
	Funded,
	/// Closed below its minimum: each subscription's cash is released.
	Refunding,
	/// Cancelled by the issuer before it closed: each subscription's cash is released.
	Cancelled,
}

/// A primary offering of a security (in one partition) for a cash token.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Offering<AssetId, AccountId, Tiers> {
	/// The key of the security's issuance agent that opened it; the cash is paid to it.
	pub issuer: AccountId,
	pub security: AssetId,
	pub partition: Partition,
	pub cash: AssetId,
	pub terms: OfferingTerms,
	/// The prices, cheapest lots first: tier `n` sells once the tiers before it are sold.
	pub tiers: Tiers,
	pub status: OfferingStatus,
	/// Security units subscribed so far.
	pub sold: Quantity,
	/// Cash subscribed so far.
	pub raised: u128,
	/// Subscriptions not yet settled or refunded.
	pub open_subscriptions: u32,
}

/// An account's subscription to an offering: what it will receive and what it reserved.
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
pub struct Subscription {
	/// The subscriber's identity, whose per-investor limits it counts against.
	pub identity: IdentityId,
	pub quantity: Quantity,
	pub cash: u128,
}

/// Why a subscription's cash went back to its subscriber.
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
pub enum RefundReason {
	/// The offering closed below its minimum raise.
	BelowMinimum,
	/// The issuer cancelled the offering.
	Cancelled,
	/// Compliance refused the issuance or the payment at settlement, for this reason.
	Refused(Rejection),
	/// The settlement could not be made (the issuer closed issuance or reached the supply
	/// cap since, or its key no longer acts for the issuance agent); nothing moved.
	SettlementFailed,
}

/// One movement of a settlement instruction: `amount` of `asset` in `partition` from
/// `from` to `to`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Leg<AssetId, AccountId, Balance> {
	pub from: AccountId,
	pub to: AccountId,
	pub asset: AssetId,
	pub partition: Partition,
	pub amount: Balance,
}

/// A trade agreed elsewhere (OTC, FIX, a broker), settled on chain: its legs move together
/// once every sending party has affirmed, at once or at `settle_at`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Instruction<AccountId, BlockNumber, Legs, Senders> {
	/// Who entered it (a party, a broker, the venue): it may withdraw it.
	pub creator: AccountId,
	pub legs: Legs,
	/// `None`: it settles as soon as the last sender affirms. Otherwise it settles at the
	/// start of this block, if every sender has affirmed by then, and fails if not.
	pub settle_at: Option<BlockNumber>,
	/// The senders who affirmed (and reserved what they send), in the order they did.
	pub affirmed: Senders,
}

/// Why an instruction ended without settling.
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
pub enum InstructionFailure {
	/// Its settlement block came before every sender affirmed.
	NotAffirmed,
	/// Compliance refused leg `leg` at settlement, for this reason.
	Refused { leg: u8, reason: Rejection },
	/// Leg `leg` could not move at settlement for another reason; nothing moved.
	LegFailed { leg: u8 },
}

/// One price of one side of a book, as read by clients.
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
pub struct PriceLevel {
	pub price: Price,
	/// The remaining quantity of every order at this price.
	pub quantity: Quantity,
	pub orders: u32,
}

/// The best bid and the best offer of a market.
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
pub struct BestBidOffer {
	pub bid: Option<PriceLevel>,
	pub ask: Option<PriceLevel>,
}

/// A market's book by price, best first on each side.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct Depth {
	pub bids: alloc::vec::Vec<PriceLevel>,
	pub asks: alloc::vec::Vec<PriceLevel>,
}
