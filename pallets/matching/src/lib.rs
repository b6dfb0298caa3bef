//! # Matching pallet
//!
//! Order books where securities trade against cash tokens and settle at once, delivery
//! versus payment, through the token pallet.
//!
//! - **Markets** pair a security (in one partition) with a cash token. The venue's operator
//!   creates them and sets tick size, lot size, minimum order, price band, fees and trading
//!   status (open, halted, closed).
//! - **Orders**: limit and market; good-till-cancelled, good-till-time, immediate-or-cancel,
//!   fill-or-kill; post-only; a client order id; cancel, amend (priority is kept only by a
//!   size reduction at the same price), cancel of all of an account's orders in a market,
//!   and a market maker's atomic replacement of its quotes. Matching is by price, then
//!   time, in the [`matching_engine`] crate; a trade is at the resting order's price.
//! - **Reservations**: what an order may sell is reserved in the token ledger when it is
//!   placed (securities for an ask; for a bid, cash for its price, its lots and the highest
//!   fee), so a trade cannot fail for lack of funds.
//! - **Compliance**: at placement the owner must be allowed to buy what it buys and to sell
//!   what it sells ([`TransferCompliance::can_buy`] and [`TransferCompliance::can_sell`]). At
//!   each match every leg is cleared by compliance inside the token pallet; a maker whose
//!   trade with this taker is refused is skipped for this taker ([`Event::MakerSkipped`] with
//!   the rule) and the match goes on.
//! - **Settlement**: each fill moves the security from seller to buyer and the cash from
//!   buyer to seller (less the seller's fee), and both fees to the fee collector, in one
//!   storage transaction: all legs, or none.
//! - **Self-trade prevention** is by identity, across all of its accounts.
//!
//! - **Primary offerings**: an issuer sells new securities for cash at a fixed price or in
//!   tiers, within a window, between a minimum and a maximum raise, with per-investor limits.
//!   Subscribers reserve their cash; once closed, subscriptions settle (issued and paid) or
//!   are refunded in bounded batches.
//! - **Settlement instructions**: trades agreed elsewhere, as legs between several parties,
//!   that settle atomically once every sender has affirmed (at once or at a chosen block),
//!   every leg cleared by compliance; rejected by a party or withdrawn by their creator
//!   before that.
//!
//! Every placement looks at no more than `MaxMakersPerOrder` resting orders (trades, skips,
//! expired orders removed on the way); its weight is charged for that many and refunded to
//! what it did. Nothing iterates over a whole book, nor over all of an offering's
//! subscribers.

#![cfg_attr(not(feature = "std"), no_std)]
// Calls take an order's fields flat, as trading APIs do.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;
mod book;
mod instruction;
pub mod migrations;
mod offering;
mod read;
pub mod types;
pub mod weights;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::book::Taker;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use matching_engine::Rejected;
	use pallet_compliance::{
		IdentityId, IdentityRegistry, Moment, Partition, Rejection, SharedRecords,
		TransferCompliance, Unspent,
	};
	use pallet_token::{AssetKind, AssetLedger, DEFAULT_PARTITION};
	use sp_runtime::traits::{AtLeast32BitUnsigned, SaturatedConversion, Zero};

	pub type MarketOf<T> = Market<<T as Config>::AssetId, <T as frame_system::Config>::AccountId>;
	pub type MarketParamsOf<T> = MarketParams<<T as frame_system::Config>::AccountId>;
	pub type OrderOf<T> = Order<<T as frame_system::Config>::AccountId>;
	/// What one call's settlements keep from one movement to the next
	/// ([`AssetLedger::Memo`]).
	pub type LedgerMemoOf<T> = <<T as Config>::Ledger as AssetLedger<
		<T as frame_system::Config>::AccountId,
		<T as Config>::AssetId,
		<T as Config>::Balance,
	>>::Memo;
	pub type OrderRefOf<T> = OrderRef<<T as frame_system::Config>::AccountId>;
	pub type LevelOf<T> = Level<<T as frame_system::Config>::AccountId>;
	pub type TradeOf<T> = Trade<<T as frame_system::Config>::AccountId>;
	pub type TapeFillOf<T> = TapeFill<<T as frame_system::Config>::AccountId>;
	pub type TapeEntryOf<T> = TapeEntry<<T as frame_system::Config>::AccountId, MaxTapeFills>;
	pub type TiersOf<T> = BoundedVec<Tier, <T as Config>::MaxTiers>;
	pub type OfferingOf<T> =
		Offering<<T as Config>::AssetId, <T as frame_system::Config>::AccountId, TiersOf<T>>;
	pub type LegOf<T> =
		Leg<<T as Config>::AssetId, <T as frame_system::Config>::AccountId, <T as Config>::Balance>;
	pub type LegsOf<T> = BoundedVec<LegOf<T>, <T as Config>::MaxLegs>;
	pub type InstructionOf<T> = Instruction<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		LegsOf<T>,
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxLegs>,
	>;

	/// The layout of this pallet's storage; see [`crate::migrations`].
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// The identifier of an asset in the token ledger.
		type AssetId: Parameter + MaxEncodedLen + Copy + Ord;
		/// An amount of an asset, in its smallest unit.
		type Balance: Parameter + MaxEncodedLen + AtLeast32BitUnsigned + Copy + Default;
		/// The token ledger: reservations and settlement.
		type Ledger: AssetLedger<Self::AccountId, Self::AssetId, Self::Balance>;
		/// Compliance, asked at placement whether the owner may buy or sell.
		type Compliance: TransferCompliance<Self::AccountId, Self::AssetId, Self::Balance>
			+ SharedRecords;
		/// The identities behind accounts, for self-trade prevention.
		type Identities: IdentityRegistry<Self::AccountId, Self::AssetId>;
		/// The clock that expires good-till-time orders and dates trades.
		type Time: UnixTime;
		/// The venue's operator: creates and configures markets, halts them.
		type OperatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The most prices with orders on one side of one market.
		#[pallet::constant]
		type MaxPriceLevels: Get<u32>;
		/// The most resting orders one incoming order looks at.
		#[pallet::constant]
		type MaxMakersPerOrder: Get<u32>;
		/// The most orders one call cancels, the most quotes one replacement places, and the
		/// most subscriptions one call settles.
		#[pallet::constant]
		type MaxOrdersPerCall: Get<u32>;
		/// The most price tiers of an offering.
		#[pallet::constant]
		type MaxTiers: Get<u32>;
		/// The most legs of a settlement instruction.
		#[pallet::constant]
		type MaxLegs: Get<u32>;
		/// The most instructions booked to settle at one block.
		#[pallet::constant]
		type MaxScheduledPerBlock: Get<u32>;
		/// The most weight settling one block's booked instructions may take at the start of
		/// that block, each charged at its dearest when booked (see
		/// [`Pallet::booking_weight`]): the hook's weight is mandatory, so this bounds what it
		/// takes from the block's transactions.
		#[pallet::constant]
		type MaxScheduledWeight: Get<Weight>;
		/// How many of a market's last orders that traded keep their fills for reading: at
		/// least this many of its last trades are kept.
		#[pallet::constant]
		type TapeLength: Get<u32>;
		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
		/// Assets and traders for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId, Self::AssetId>;
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Settles the instructions booked for this block.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::settle_scheduled(now)
		}

		fn integrity_test() {
			assert!(
				T::MaxMakersPerOrder::get() <= MAX_TAPE_FILLS,
				"a tape entry holds every fill of an order"
			);
			assert!(T::TapeLength::get() > 0, "the tape keeps an entry");
			// A leg is named by a byte in errors, which must fit in four bytes.
			assert!(T::MaxLegs::get() <= u32::from(u8::MAX), "MaxLegs fits a byte");
			let largest =
				Self::settle_hook_base().saturating_add(Self::booking_weight(T::MaxLegs::get()));
			assert!(
				largest.all_lte(T::MaxScheduledWeight::get()),
				"an instruction of MaxLegs legs can be booked for an empty block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::storage]
	pub type NextMarketId<T> = StorageValue<_, MarketId, ValueQuery>;

	#[pallet::storage]
	pub type Markets<T: Config> = StorageMap<_, Twox64Concat, MarketId, MarketOf<T>>;

	#[pallet::storage]
	pub type NextOrderId<T> = StorageValue<_, OrderId, ValueQuery>;

	/// Every resting order, by owner, market and id: an account's orders, in a market or in
	/// all, are a prefix of the map.
	#[pallet::storage]
	pub type Orders<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, MarketId>,
			NMapKey<Twox64Concat, OrderId>,
		),
		OrderOf<T>,
	>;

	/// The queue of orders at each price of each side of each market.
	#[pallet::storage]
	pub type Levels<T: Config> =
		StorageMap<_, Blake2_128Concat, (MarketId, Side, Price), LevelOf<T>>;

	/// The prices with orders on each side of each market, best first.
	#[pallet::storage]
	pub type PriceLevels<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		MarketId,
		Twox64Concat,
		Side,
		BoundedVec<Price, T::MaxPriceLevels>,
		ValueQuery,
	>;

	/// A market's last trades: the fills of the orders that traded, one entry an order. Entry
	/// number `n` is kept at `n % TapeLength`.
	#[pallet::storage]
	pub type Tape<T: Config> =
		StorageDoubleMap<_, Twox64Concat, MarketId, Twox64Concat, u32, TapeEntryOf<T>>;

	#[pallet::storage]
	pub type NextOfferingId<T> = StorageValue<_, OfferingId, ValueQuery>;

	/// Offerings taking subscriptions, and closed ones with subscriptions left to settle.
	#[pallet::storage]
	pub type Offerings<T: Config> = StorageMap<_, Twox64Concat, OfferingId, OfferingOf<T>>;

	/// Each account's subscription to an offering, until it is settled or refunded.
	#[pallet::storage]
	pub type Subscriptions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OfferingId, Blake2_128Concat, T::AccountId, Subscription>;

	/// What each identity subscribed to an offering, across its accounts, for the
	/// per-investor limits.
	#[pallet::storage]
	pub type Subscribed<T> = StorageDoubleMap<
		_,
		Twox64Concat,
		OfferingId,
		Twox64Concat,
		IdentityId,
		Quantity,
		ValueQuery,
	>;

	#[pallet::storage]
	pub type NextInstructionId<T> = StorageValue<_, InstructionId, ValueQuery>;

	/// Settlement instructions not yet settled, rejected, withdrawn or failed.
	#[pallet::storage]
	pub type Instructions<T: Config> = StorageMap<_, Twox64Concat, InstructionId, InstructionOf<T>>;

	/// The instructions that settle at the start of each block.
	#[pallet::storage]
	pub type ScheduledInstructions<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<InstructionId, T::MaxScheduledPerBlock>,
		ValueQuery,
	>;

	/// What the instructions booked for each block weigh at their dearest, kept within
	/// `MaxScheduledWeight` with the hook's own reads.
	#[pallet::storage]
	pub type ScheduledWeight<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, Weight, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		MarketCreated {
			market: MarketId,
			security: T::AssetId,
			partition: Partition,
			cash: T::AssetId,
			params: MarketParamsOf<T>,
		},
		MarketUpdated {
			market: MarketId,
			params: MarketParamsOf<T>,
		},
		MarketStatusChanged {
			market: MarketId,
			status: MarketStatus,
		},
		ReferencePriceSet {
			market: MarketId,
			price: Price,
		},
		/// An order arrived; its trades and its end (rested, filled, cancelled) follow.
		OrderPlaced {
			order: OrderId,
			market: MarketId,
			owner: T::AccountId,
			side: Side,
			price: Price,
			quantity: Quantity,
			time_in_force: TimeInForce,
			post_only: bool,
			client_order_id: Option<ClientOrderId>,
		},
		/// What an incoming order left rests on the book.
		OrderRested {
			order: OrderId,
			remaining: Quantity,
		},
		/// Nothing is left of an order.
		OrderFilled {
			order: OrderId,
		},
		/// An order, or what was left of it, was cancelled.
		OrderCancelled {
			order: OrderId,
			remaining: Quantity,
			reason: CancelReason,
		},
		/// A resting order's size was reduced at its price; it keeps its place.
		OrderReduced {
			order: OrderId,
			remaining: Quantity,
		},
		/// A resting order, `remaining` left, was taken off the book and what it reserved
		/// released, to be placed again at a new price or size: its `OrderPlaced`, under the
		/// same id, follows; it may trade, and what is left queues behind the orders already
		/// at its new price.
		OrderAmended {
			order: OrderId,
			remaining: Quantity,
		},
		/// A trade, settled: the security from seller to buyer, the cash back, fees to the
		/// venue. `taker_side` says which side arrived.
		Traded {
			market: MarketId,
			maker_order: OrderId,
			taker_order: OrderId,
			buyer: T::AccountId,
			seller: T::AccountId,
			taker_side: Side,
			price: Price,
			quantity: Quantity,
			maker_fee: u128,
			taker_fee: u128,
		},
		/// Compliance refused a trade between these two orders: the maker keeps its place
		/// and the taker went on.
		MakerSkipped {
			maker_order: OrderId,
			taker_order: OrderId,
			reason: Rejection,
		},
		OfferingOpened {
			offering: OfferingId,
			issuer: T::AccountId,
			security: T::AssetId,
			partition: Partition,
			cash: T::AssetId,
			terms: OfferingTerms,
			tiers: TiersOf<T>,
		},
		/// `subscriber` subscribed `quantity` more units for `cash` more, now reserved.
		Subscribed {
			offering: OfferingId,
			subscriber: T::AccountId,
			quantity: Quantity,
			cash: u128,
		},
		/// The issuer cancelled the offering; every subscription will be refunded.
		OfferingCancelled {
			offering: OfferingId,
		},
		/// Subscriptions ended: `funded` says whether they settle or are refunded.
		OfferingClosed {
			offering: OfferingId,
			funded: bool,
			sold: Quantity,
			raised: u128,
		},
		/// A subscription settled: `quantity` issued to the subscriber, `cash` paid to the
		/// issuer.
		SubscriptionSettled {
			offering: OfferingId,
			subscriber: T::AccountId,
			quantity: Quantity,
			cash: u128,
		},
		/// A subscription's cash was released to its subscriber.
		SubscriptionRefunded {
			offering: OfferingId,
			subscriber: T::AccountId,
			cash: u128,
			reason: RefundReason,
		},
		/// Every subscription of a closed offering is settled or refunded.
		OfferingFinished {
			offering: OfferingId,
		},
		InstructionCreated {
			instruction: InstructionId,
			creator: T::AccountId,
			legs: LegsOf<T>,
			settle_at: Option<BlockNumberFor<T>>,
		},
		/// A sender affirmed and reserved what it sends.
		InstructionAffirmed {
			instruction: InstructionId,
			by: T::AccountId,
		},
		/// A sender took its affirmation back, and what it reserved.
		AffirmationWithdrawn {
			instruction: InstructionId,
			by: T::AccountId,
		},
		/// Every leg moved.
		InstructionSettled {
			instruction: InstructionId,
		},
		/// A party rejected the instruction; nothing moved.
		InstructionRejected {
			instruction: InstructionId,
			by: T::AccountId,
		},
		/// Its creator withdrew the instruction; nothing moved.
		InstructionWithdrawn {
			instruction: InstructionId,
		},
		/// A booked instruction could not settle at its block; nothing moved.
		InstructionFailed {
			instruction: InstructionId,
			reason: InstructionFailure,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		UnknownMarket,
		/// The market is halted or closed.
		MarketNotOpen,
		/// A market's security must not be a cash token.
		NotASecurity,
		/// A market's cash asset must be a cash token.
		NotACashToken,
		UnknownAsset,
		/// Tick and lot sizes are more than zero; fees at most 10 %; a band at most 100 %.
		InvalidParams,
		/// No such resting order of that owner in that market: orders are found by all three,
		/// so one of another account is unknown to the signer.
		UnknownOrder,
		/// The signer has no identity, or its key was revoked.
		NotIdentified,
		ZeroQuantity,
		ZeroPrice,
		/// The quantity is not a multiple of the market's lot size.
		NotMultipleOfLot,
		/// The price is not a multiple of the market's tick size.
		NotMultipleOfTick,
		BelowMinimumQuantity,
		/// The price is further from the reference price than the market's band allows.
		PriceOutsideBand,
		/// Market orders need a price band and a reference price to trade within.
		NoPriceBand,
		/// Market orders trade at once: immediate-or-cancel or fill-or-kill.
		MarketOrderMustBeImmediate,
		/// A good-till-time order whose time has passed.
		AlreadyExpired,
		/// Post-only orders rest: good-till-cancelled or good-till-time.
		PostOnlyMustRest,
		/// A post-only order would have traded on arrival.
		PostOnlyWouldCross,
		/// A fill-or-kill order could not be filled in full.
		FillOrKillUnfilled,
		/// This side of the market has orders at as many prices as it may.
		TooManyPriceLevels,
		/// Not enough free balance to reserve what the order may sell.
		InsufficientBalance,
		/// Compliance does not let the signer buy or sell this.
		ComplianceRefused(Rejection),
		/// The order has not expired.
		NotExpired,
		/// An amendment must change the price or the size.
		NothingToAmend,
		/// More orders, quotes or subscriptions than one call may take.
		TooManyOrders,
		Overflow,
		/// A market's lot size cannot change: resting orders are priced per lot.
		LotSizeIsFixed,
		/// The book's records disagree; nothing was changed.
		CorruptBook,
		UnknownOffering,
		/// An offering needs a lot size, tiers of positive price and size, a window that
		/// ends in the future, limits in order, and enough lots to reach its minimum raise.
		InvalidTerms,
		/// Only a key of the security's issuance agent opens an offering of it.
		NotIssuanceAgent,
		/// Only the key that opened the offering (or the operator) may do that.
		NotIssuer,
		/// The issuer does not subscribe to its own offering.
		IssuerMayNotSubscribe,
		/// The offering does not take subscriptions: not yet open, past its window, closed.
		OfferingNotOpen,
		/// The offering is still taking subscriptions.
		OfferingNotClosed,
		/// The offering may not close yet: its window is open, it is not sold out, and it
		/// has not reached its minimum (the issuer may close early once it has).
		TooEarlyToClose,
		/// More than the offering's tiers have left.
		ExceedsOffering,
		/// The subscription would take the offering past its maximum raise.
		ExceedsMaximumRaise,
		/// The identity's subscriptions would stay below the offering's per-investor minimum.
		BelowMinimumSubscription,
		/// The identity's subscriptions would pass the offering's per-investor maximum.
		AboveMaximumSubscription,
		UnknownInstruction,
		/// An instruction needs at least one leg.
		NoLegs,
		/// A leg's sender and receiver are the same account.
		LegToSelf,
		/// A party of a leg has no identity, or its key was revoked.
		PartyNotIdentified,
		/// The settlement block is not in the future.
		SettlementBlockPassed,
		/// That block has as many instructions booked as it may, by count or by the weight of
		/// settling them at their dearest: choose another block.
		TooManyScheduled,
		/// The signer sends nothing in this instruction.
		NotASender,
		/// The signer is neither a sender nor a receiver of this instruction.
		NotAParty,
		/// Only the instruction's creator may withdraw it.
		NotCreator,
		/// The signer is no party to the instruction it enters.
		CreatorNotAParty,
		AlreadyAffirmed,
		/// The signer has not affirmed this instruction.
		NotAffirmed,
		/// Compliance refused leg `leg` (numbered from 0) of the instruction, for `reason`.
		LegRefused {
			leg: u8,
			reason: Rejection,
		},
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Opens a market for `security` (in `partition`) against the cash token `cash`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_market())]
		pub fn create_market(
			origin: OriginFor<T>,
			security: T::AssetId,
			partition: Partition,
			cash: T::AssetId,
			params: MarketParamsOf<T>,
		) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			Self::ensure_security_for_cash(security, cash)?;
			Self::ensure_valid(&params)?;
			let market = NextMarketId::<T>::get();
			let next = market.checked_add(1).ok_or(Error::<T>::Overflow)?;
			NextMarketId::<T>::put(next);
			Markets::<T>::insert(
				market,
				Market {
					security,
					partition,
					cash,
					params: params.clone(),
					status: MarketStatus::Open,
					reference_price: None,
					last_price: None,
					trades: 0,
					tape_entries: 0,
					last_traded_at: None,
				},
			);
			Self::deposit_event(Event::MarketCreated { market, security, partition, cash, params });
			Ok(())
		}

		/// Changes a market's parameters. Resting orders keep their prices and sizes.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_market())]
		pub fn update_market(
			origin: OriginFor<T>,
			market: MarketId,
			params: MarketParamsOf<T>,
		) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			Self::ensure_valid(&params)?;
			Markets::<T>::try_mutate(market, |m| {
				let m = m.as_mut().ok_or(Error::<T>::UnknownMarket)?;
				// Resting orders' cash amounts are per lot.
				ensure!(params.lot_size == m.params.lot_size, Error::<T>::LotSizeIsFixed);
				m.params = params.clone();
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::MarketUpdated { market, params });
			Ok(())
		}

		/// Opens, halts or closes a market.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_market_status())]
		pub fn set_market_status(
			origin: OriginFor<T>,
			market: MarketId,
			status: MarketStatus,
		) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			Markets::<T>::try_mutate(market, |m| {
				m.as_mut().ok_or(Error::<T>::UnknownMarket)?.status = status;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::MarketStatusChanged { market, status });
			Ok(())
		}

		/// Sets the middle of a market's price band, until the next trade moves it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_reference_price())]
		pub fn set_reference_price(
			origin: OriginFor<T>,
			market: MarketId,
			price: Price,
		) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			Markets::<T>::try_mutate(market, |m| {
				let m = m.as_mut().ok_or(Error::<T>::UnknownMarket)?;
				ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
				ensure!(price.is_multiple_of(m.params.tick_size), Error::<T>::NotMultipleOfTick);
				m.reference_price = Some(price);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::ReferencePriceSet { market, price });
			Ok(())
		}

		/// Places an order: it trades with what it crosses, by price then time, and what is
		/// left rests or is cancelled as its time in force says. It looks at no more than
		/// `max_makers` resting orders (at most, and by default, `MaxMakersPerOrder`), and is
		/// charged up front for those; if it still crosses after them, what is left is
		/// cancelled (`SweepLimit`). A post-only order never trades, so it is charged for
		/// none.
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::place_weight(Pallet::<T>::fill_budget(*post_only, *max_makers)))]
		pub fn place_order(
			origin: OriginFor<T>,
			market: MarketId,
			side: Side,
			kind: OrderKind,
			quantity: Quantity,
			time_in_force: TimeInForce,
			post_only: bool,
			self_trade: SelfTradePrevention,
			client_order_id: Option<ClientOrderId>,
			max_makers: Option<u32>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let request = Request {
				market,
				side,
				kind,
				quantity,
				time_in_force,
				post_only,
				self_trade,
				client_order_id,
			};
			let start = T::Compliance::unspent();
			let budget = Self::fill_budget(post_only, max_makers);
			let fresh_from = Some(NextOrderId::<T>::get());
			let placed = Self::do_place(&who, request, None, budget, fresh_from)?;
			Ok(Some(Self::cached(placed.weight::<T>(), start)).into())
		}

		/// Cancels a resting order and releases what it reserved. Allowed while the market
		/// is halted or closed.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::cancel_order())]
		pub fn cancel_order(
			origin: OriginFor<T>,
			market: MarketId,
			order: OrderId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::resting(&who, market, order)?;
			Self::cancel(order, &record, CancelReason::Owner)
		}

		/// Changes a resting order's price or size. A smaller size at the same price keeps
		/// the order's place; anything else takes it off the book and places it again (it
		/// may trade), behind the orders already at its new price.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cancel_order()
			.saturating_add(Pallet::<T>::place_weight(T::MaxMakersPerOrder::get())))]
		pub fn amend_order(
			origin: OriginFor<T>,
			market: MarketId,
			order: OrderId,
			price: Price,
			quantity: Quantity,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			let record = Self::resting(&who, market, order)?;
			let market = Self::open_market(record.market)?;
			ensure!(
				price != record.price || quantity != record.remaining,
				Error::<T>::NothingToAmend
			);
			if price == record.price && quantity < record.remaining {
				Self::reduce(order, record, &market, quantity)?;
				return Ok(Some(T::WeightInfo::reduce_order()).into());
			}
			Self::unlink(order, &record)?;
			Self::release(&market, record.side, &who, record.reserved)?;
			Self::deposit_event(Event::OrderAmended { order, remaining: record.remaining });
			let request = Request {
				market: record.market,
				side: record.side,
				kind: OrderKind::Limit { price },
				quantity,
				time_in_force: record.time_in_force,
				post_only: record.post_only,
				self_trade: record.self_trade,
				client_order_id: record.client_order_id,
			};
			let most = T::MaxMakersPerOrder::get();
			let fresh_from = Some(NextOrderId::<T>::get());
			let placed = Self::do_place(&who, request, Some(order), most, fresh_from)?;
			let weight = T::WeightInfo::cancel_order().saturating_add(placed.weight::<T>());
			Ok(Some(Self::cached(weight, start)).into())
		}

		/// Cancels up to `limit` of the signer's resting orders in `market`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel_all(*limit))]
		pub fn cancel_all(
			origin: OriginFor<T>,
			market: MarketId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(limit <= T::MaxOrdersPerCall::get(), Error::<T>::TooManyOrders);
			ensure!(Markets::<T>::contains_key(market), Error::<T>::UnknownMarket);
			let orders: alloc::vec::Vec<(OrderId, OrderOf<T>)> =
				Orders::<T>::iter_prefix((&who, market)).take(limit as usize).collect();
			for (order, record) in &orders {
				Self::cancel(*order, record, CancelReason::Owner)?;
			}
			Ok(Some(T::WeightInfo::cancel_all(orders.len() as u32)).into())
		}

		/// Replaces a market maker's quotes at once: cancels `cancel` (its own orders in
		/// `market`) and places `quotes` as good-till-cancelled limit orders. All of it, or
		/// nothing. The quotes together look at no more than `MaxMakersPerOrder` makers.
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::quotes_weight(
			cancel.len() as u32,
			quotes.len() as u32,
			T::MaxMakersPerOrder::get(),
		))]
		pub fn replace_quotes(
			origin: OriginFor<T>,
			market: MarketId,
			cancel: BoundedVec<OrderId, T::MaxOrdersPerCall>,
			quotes: BoundedVec<Quote, T::MaxOrdersPerCall>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			Self::open_market(market)?;
			for order in &cancel {
				let record = Self::resting(&who, market, *order)?;
				Self::cancel(*order, &record, CancelReason::Owner)?;
			}
			let mut budget = T::MaxMakersPerOrder::get();
			let mut assets = Weight::zero();
			let mut holding = (Weight::zero(), Weight::zero());
			let mut traded = 0u32;
			for quote in &quotes {
				let request = Request {
					market,
					side: quote.side,
					kind: OrderKind::Limit { price: quote.price },
					quantity: quote.quantity,
					time_in_force: TimeInForce::GoodTillCancelled,
					post_only: quote.post_only,
					self_trade: SelfTradePrevention::CancelNewest,
					client_order_id: quote.client_order_id,
				};
				let placed = Self::do_place(&who, request, None, budget, None)?;
				budget = budget.saturating_sub(placed.makers);
				assets = assets.saturating_add(placed.assets);
				holding = placed.holding;
				traded = traded.saturating_add(u32::from(placed.traded));
			}
			let used = T::MaxMakersPerOrder::get().saturating_sub(budget);
			// The quotes' fills share the signer's and the fee collector's holdings.
			let holdings = Self::fill_holdings(holding.0, holding.1, used);
			let book = T::WeightInfo::replace_quotes(cancel.len() as u32, quotes.len() as u32)
				.saturating_add(Self::fills_weight(used))
				.saturating_add(Self::further_tape_entries(traded))
				.saturating_add(holdings);
			Ok(Some(Self::cached(book.saturating_add(assets), start)).into())
		}

		/// Takes `owner`'s expired good-till-time order off the book and releases what it
		/// reserved. Anyone may call it.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::cancel_order())]
		pub fn cancel_expired(
			origin: OriginFor<T>,
			owner: T::AccountId,
			market: MarketId,
			order: OrderId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let record = Self::resting(&owner, market, order)?;
			let expired = record.time_in_force.expires_at().is_some_and(|at| at <= Self::now());
			ensure!(expired, Error::<T>::NotExpired);
			Self::cancel(order, &record, CancelReason::Expired)
		}

		/// The operator takes any resting order off the book: one whose owner can no longer
		/// trade (frozen, sanctioned) would otherwise sit at its price for good.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::cancel_order())]
		pub fn force_cancel_order(
			origin: OriginFor<T>,
			owner: T::AccountId,
			market: MarketId,
			order: OrderId,
		) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			let record = Self::resting(&owner, market, order)?;
			Self::cancel(order, &record, CancelReason::Operator)
		}

		/// Opens a primary offering of `security` (in `partition`) for the cash token `cash`.
		/// The signer must be a key of the security's issuance agent; it receives the cash,
		/// so compliance checks it may.
		#[pallet::call_index(11)]
		#[pallet::weight(
			T::WeightInfo::open_offering(tiers.len() as u32)
				.saturating_add(Pallet::<T>::compliance_checks(1))
		)]
		pub fn open_offering(
			origin: OriginFor<T>,
			security: T::AssetId,
			partition: Partition,
			cash: T::AssetId,
			terms: OfferingTerms,
			tiers: TiersOf<T>,
		) -> DispatchResultWithPostInfo {
			let issuer = ensure_signed(origin)?;
			let own = T::WeightInfo::open_offering(tiers.len() as u32);
			Self::do_open_offering(issuer, security, partition, cash, terms, tiers)?;
			Ok(Some(own.saturating_add(T::Compliance::buyer_check_weight(cash))).into())
		}

		/// Subscribes `quantity` units of an open offering, at the price of the tiers not yet
		/// sold; the cost is reserved. Compliance checks the signer may receive the security
		/// and pay the cash.
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::subscribe_weight())]
		pub fn subscribe(
			origin: OriginFor<T>,
			offering: OfferingId,
			quantity: Quantity,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_subscribe(&who, offering, quantity)?;
			let checks = Self::offering_checks(offering)?;
			Ok(Some(T::WeightInfo::subscribe(T::MaxTiers::get()).saturating_add(checks)).into())
		}

		/// Ends an offering's subscriptions: anyone may once its window has passed or it is
		/// sold out; its issuer also earlier, once it has raised its minimum.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::close_offering())]
		pub fn close_offering(origin: OriginFor<T>, offering: OfferingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Offerings::<T>::get(offering).ok_or(Error::<T>::UnknownOffering)?;
			ensure!(record.status == OfferingStatus::Open, Error::<T>::OfferingNotOpen);
			let may_close = Self::now() >= record.terms.closes_at
				|| Self::sold_out(&record)
				|| (who == record.issuer && record.raised >= record.terms.min_raise);
			ensure!(may_close, Error::<T>::TooEarlyToClose);
			Self::do_close_offering(offering, record, false)
		}

		/// The issuer, or the venue's operator, cancels an offering that is still open; every
		/// subscription will be refunded.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::close_offering())]
		pub fn cancel_offering(origin: OriginFor<T>, offering: OfferingId) -> DispatchResult {
			let record = Offerings::<T>::get(offering).ok_or(Error::<T>::UnknownOffering)?;
			if let Err(origin) = T::OperatorOrigin::try_origin(origin) {
				let who = ensure_signed(origin)?;
				ensure!(who == record.issuer, Error::<T>::NotIssuer);
			}
			ensure!(record.status == OfferingStatus::Open, Error::<T>::OfferingNotOpen);
			Self::do_close_offering(offering, record, true)
		}

		/// Settles up to `limit` subscriptions of a closed offering: issued and paid if it was
		/// funded (refunded, with the rule, should compliance now refuse), refunded if not.
		/// Anyone may call it.
		#[pallet::call_index(15)]
		#[pallet::weight(Pallet::<T>::settle_subscriptions_weight(*limit))]
		pub fn settle_subscriptions(
			origin: OriginFor<T>,
			offering: OfferingId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			ensure!(limit <= T::MaxOrdersPerCall::get(), Error::<T>::TooManyOrders);
			let record = Offerings::<T>::get(offering).ok_or(Error::<T>::UnknownOffering)?;
			// Kept: settling the last subscriptions forgets the offering.
			let (security, cash) = (record.security, record.cash);
			let (settled, holders_changed) =
				Self::do_settle_subscriptions(offering, record, limit)?;
			let movements = Self::offering_movements(security, cash, settled)
				.saturating_add(Self::holders_changed(holders_changed));
			Ok(Some(T::WeightInfo::settle_subscriptions(settled).saturating_add(movements)).into())
		}

		/// Enters a settlement instruction: `legs` that move together once every sender has
		/// affirmed, at once, or at the start of block `settle_at`. The signer must be a party
		/// (a sender or receiver of a leg).
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::create_instruction(legs.len() as u32))]
		pub fn create_instruction(
			origin: OriginFor<T>,
			legs: LegsOf<T>,
			settle_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			Self::do_create_instruction(creator, legs, settle_at)
		}

		/// A sender affirms an instruction and reserves what it sends. The last affirmation of
		/// an instruction without a settlement block settles it, every leg cleared by
		/// compliance; a refused leg fails the call with `LegRefused` and changes nothing.
		#[pallet::call_index(17)]
		#[pallet::weight(Pallet::<T>::affirm_weight())]
		pub fn affirm_instruction(
			origin: OriginFor<T>,
			instruction: InstructionId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Ok(Some(Self::do_affirm(who, instruction)?).into())
		}

		/// A sender takes back its affirmation, and what it reserved, before settlement.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::withdraw_affirmation(T::MaxLegs::get()))]
		pub fn withdraw_affirmation(
			origin: OriginFor<T>,
			instruction: InstructionId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_affirmation(who, instruction)
		}

		/// A sender or receiver rejects an instruction before it settles; what was reserved
		/// for it is released.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::reject_instruction(T::MaxLegs::get()))]
		pub fn reject_instruction(
			origin: OriginFor<T>,
			instruction: InstructionId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record =
				Instructions::<T>::get(instruction).ok_or(Error::<T>::UnknownInstruction)?;
			ensure!(
				record.legs.iter().any(|leg| leg.from == who || leg.to == who),
				Error::<T>::NotAParty
			);
			Self::drop_instruction(instruction, &record)?;
			Self::deposit_event(Event::InstructionRejected { instruction, by: who });
			Ok(())
		}

		/// Its creator withdraws an instruction before it settles; what was reserved for it is
		/// released.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::reject_instruction(T::MaxLegs::get()))]
		pub fn withdraw_instruction(
			origin: OriginFor<T>,
			instruction: InstructionId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record =
				Instructions::<T>::get(instruction).ok_or(Error::<T>::UnknownInstruction)?;
			ensure!(record.creator == who, Error::<T>::NotCreator);
			Self::drop_instruction(instruction, &record)?;
			Self::deposit_event(Event::InstructionWithdrawn { instruction });
			Ok(())
		}
	}

	/// What a placement did, for its weight after dispatch.
	pub(crate) struct Placed {
		/// The resting orders it looked at.
		pub makers: u32,
		/// The most prices of any side's list it read.
		pub prices: u32,
		/// Whether it rested behind others at its price.
		pub queued: bool,
		/// What its market's assets' rules and live checkpoints added to its checks and
		/// movements, and the holder counts its movements changed.
		pub assets: Weight,
		/// What one party's identity holding of the market's security, and of its cash,
		/// adds to a call that moves it ([`AssetLedger::holding_weight`]).
		pub holding: (Weight, Weight),
		/// Whether it traded, and so wrote an entry of the tape.
		pub traded: bool,
	}

	impl Placed {
		/// The placement's weight: the book's own and what its assets added, with the
		/// holdings its fills moved. One that looked at no maker is charged as resting with
		/// the price lists it read (a new level or behind others, as it rested; as a new
		/// level if it did not rest, which does less); a sweep as measured with every list
		/// full.
		pub fn weight<T: Config>(&self) -> Weight {
			let book = if self.makers == 0 {
				Pallet::<T>::resting_weight(self.prices, self.queued)
			} else {
				Pallet::<T>::book_weight(self.makers)
			};
			let (security, cash) = self.holding;
			book.saturating_add(self.assets).saturating_add(Pallet::<T>::fill_holdings(
				security,
				cash,
				self.makers,
			))
		}
	}

	/// An order as a caller asks for it.
	pub(crate) struct Request {
		pub market: MarketId,
		pub side: Side,
		pub kind: OrderKind,
		pub quantity: Quantity,
		pub time_in_force: TimeInForce,
		pub post_only: bool,
		pub self_trade: SelfTradePrevention,
		pub client_order_id: Option<ClientOrderId>,
	}

	impl<T: Config> Pallet<T> {
		/// The most makers a new order may look at: none for a post-only order, which rests
		/// or is refused whole; else what it asks for, within `MaxMakersPerOrder`.
		pub fn fill_budget(post_only: bool, max_makers: Option<u32>) -> u32 {
			let most = T::MaxMakersPerOrder::get();
			if post_only {
				0
			} else {
				max_makers.map_or(most, |asked| asked.min(most))
			}
		}

		/// The weight of a placement that looks at `makers` resting orders: the book's own
		/// (measured with compliance checks and movements of assets without rules, live
		/// checkpoints or identity holdings, between parties that hold before and after) and
		/// the most any asset
		/// adds to each: two checks at placement, up to three movements per fill (the
		/// security, the cash, the fees) and the holdings they move.
		pub fn place_weight(makers: u32) -> Weight {
			let holding = T::Ledger::max_holding_weight();
			Self::book_weight(makers)
				.saturating_add(Self::compliance_checks(2))
				.saturating_add(Self::movements(makers.saturating_mul(3)))
				.saturating_add(Self::fill_holdings(holding, holding, makers))
		}

		/// The book's own weight of a placement that fills `makers` makers: a resting order
		/// at its dearest ([`Self::resting_weight`] with full price lists: a new level needs a
		/// free place on its own side, but the other side's list it reads may be full), and
		/// what the fills add ([`Self::fills_weight`]). The sweep's fitted intercept is left
		/// out: its regression over noisy samples put it anywhere from 0.1 to 1.1 ms, and it
		/// lumps the resting order (14 reads) with what a sweep reads once (23 reads fitted);
		/// the single benchmarks need no fit.
		pub fn book_weight(makers: u32) -> Weight {
			let full = T::MaxPriceLevels::get();
			Self::resting_weight(full, false)
				.max(Self::resting_weight(full, true))
				.saturating_add(Self::fills_weight(makers))
		}

		/// The book's own weight of an order that crosses nothing, when the longest price
		/// list it read held `prices` prices: as a new level, or `queued` behind others at
		/// its price (which reads the other side's prices only, and rewrites the order it
		/// queues behind).
		pub fn resting_weight(prices: u32, queued: bool) -> Weight {
			if queued {
				T::WeightInfo::place_queued_order(prices)
			} else {
				T::WeightInfo::place_resting_order(prices)
			}
		}

		/// What `makers` fills add to a placement's book weight: the first as measured on its
		/// own (`place_crossing_order` over `place_resting_order`, both with every price list
		/// full: the taken maker's records and what a sweep reads and writes once, the fee
		/// collector's and the tape entry among them), each further one the sweep's measured
		/// slope.
		pub fn fills_weight(makers: u32) -> Weight {
			if makers == 0 {
				return Weight::zero();
			}
			let full = T::MaxPriceLevels::get().saturating_sub(1);
			let first = T::WeightInfo::place_crossing_order()
				.saturating_sub(T::WeightInfo::place_resting_order(full));
			let slope = T::WeightInfo::place_order(1).saturating_sub(T::WeightInfo::place_order(0));
			first.saturating_add(slope.saturating_mul(makers.saturating_sub(1).into()))
		}

		/// What the worst rule set of any asset adds to `checks` compliance checks: the
		/// benchmarks run their checks against assets without rules, so every call that asks
		/// compliance adds this to its own measured weight before dispatch.
		pub fn compliance_checks(checks: u32) -> Weight {
			T::Compliance::max_check_weight().saturating_mul(checks.into())
		}

		/// What the most demanding asset adds to `n` movements, each cleared by compliance:
		/// its rules to the check, its live checkpoints the balances they keep, the holdings
		/// reported while it is bridged, and the holder counts a movement changes when it
		/// makes a new holder or lets one go. Before dispatch, as [`Self::compliance_checks`].
		pub fn movements(n: u32) -> Weight {
			T::Compliance::max_check_weight()
				.saturating_add(T::Ledger::max_movement_weight())
				.saturating_add(T::Ledger::holders_changed_weight())
				.saturating_mul(n.into())
		}

		/// What `n` movements that made a new holder or let one go add after dispatch: the
		/// benchmarks move assets between parties that hold them before and after.
		pub(crate) fn holders_changed(n: u32) -> Weight {
			T::Ledger::holders_changed_weight().saturating_mul(n.into())
		}

		/// What `asset` adds to one movement of it: its rules to the compliance check, its
		/// live checkpoints the balances they keep, and while it is bridged the holdings
		/// reported.
		pub(crate) fn movement(asset: T::AssetId) -> Weight {
			T::Compliance::check_weight(asset).saturating_add(T::Ledger::movement_weight(asset))
		}

		/// What the identity holdings of an asset that keeps them add to a call that moves
		/// `parties` parties' holdings of it, each `each` ([`AssetLedger::holding_weight`]),
		/// some of them `again` times more: read and written by their first movement, each
		/// further one costs the execution alone.
		pub(crate) fn holdings(each: Weight, parties: u32, again: u32) -> Weight {
			let repeated = each.saturating_sub(T::DbWeight::get().reads_writes(1, 1));
			each.saturating_mul(parties.into())
				.saturating_add(repeated.saturating_mul(again.into()))
		}

		/// What kept holdings add to a placement that filled `makers`, `security` and `cash`
		/// being one party's holding of either asset. Each fill moves the maker's holdings of
		/// both assets, the taker's of both, and the buyer's cash twice (the price, and the
		/// fees to the collector's); the taker's and the collector's are the same holdings
		/// in every fill, read and written by the first.
		pub(crate) fn fill_holdings(security: Weight, cash: Weight, makers: u32) -> Weight {
			let Some(further) = makers.checked_sub(1) else { return Weight::zero() };
			// The security: the makers' and the taker's, the taker's again in further fills.
			let securities = Self::holdings(security, makers.saturating_add(1), further);
			// The cash: two movements a fill (the price, the fees), four holdings touched,
			// the makers', the taker's and the collector's.
			let moved = makers.saturating_mul(4);
			let parties = makers.saturating_add(2);
			let cash = Self::holdings(cash, parties, moved.saturating_sub(parties));
			securities.saturating_add(cash)
		}

		/// What kept holdings add to settling `n` subscriptions, `security` and `cash` being
		/// one party's holding of either asset: each subscriber's of the security (issued)
		/// and of the cash (paid), and the issuer's of the cash, read and written by the
		/// first.
		pub(crate) fn subscription_holdings(security: Weight, cash: Weight, n: u32) -> Weight {
			let Some(further) = n.checked_sub(1) else { return Weight::zero() };
			Self::holdings(security, n, 0).saturating_add(Self::holdings(
				cash,
				n.saturating_add(1),
				further,
			))
		}

		/// What the assets add to a placement that filled `makers`: the rules of the security
		/// and of the cash to their checks when placed, and per fill a movement of the
		/// security and two of the cash (the price and the fees). The holdings those
		/// movements touch are charged per call ([`Placed::weight`]), since a call's fills
		/// share the taker's and the fee collector's.
		pub(crate) fn placement_assets(
			security: T::AssetId,
			cash: T::AssetId,
			side: Side,
			makers: u32,
		) -> Weight {
			// The placement asks about the owner alone: as the buyer of one asset and the
			// seller of the other, each weighed by that side's rules.
			let (bought, sold) = match side {
				Side::Buy => (security, cash),
				Side::Sell => (cash, security),
			};
			let placed = T::Compliance::buyer_check_weight(bought)
				.saturating_add(T::Compliance::seller_check_weight(sold));
			if makers == 0 {
				// A resting order moves nothing: its assets' checkpoints are not asked.
				return placed;
			}
			let fill =
				Self::movement(security).saturating_add(Self::movement(cash).saturating_mul(2));
			placed.saturating_add(fill.saturating_mul(makers.into()))
		}

		/// The weight of replacing `cancels` quotes by `quotes` that look at `makers` resting
		/// orders between them: each quote is checked by compliance twice when placed.
		pub fn quotes_weight(cancels: u32, quotes: u32, makers: u32) -> Weight {
			let checks = quotes.saturating_mul(2);
			T::WeightInfo::replace_quotes(cancels, quotes)
				.saturating_add(Self::compliance_checks(checks))
				.saturating_add(Self::place_weight(makers))
				.saturating_add(Self::further_tape_entries(quotes.min(makers)))
		}

		/// The tape entries of `traded` placements of one call beyond the first, which
		/// [`Self::fills_weight`] holds: each a write of its own.
		pub fn further_tape_entries(traded: u32) -> Weight {
			T::DbWeight::get().writes(traded.saturating_sub(1).into())
		}

		/// A subscription: the pallet's own work and the most any assets' rules add to its two
		/// compliance checks (may the subscriber receive the security, may it pay the cash).
		pub fn subscribe_weight() -> Weight {
			T::WeightInfo::subscribe(T::MaxTiers::get()).saturating_add(Self::compliance_checks(2))
		}

		/// What the offering's assets' rules add to the two checks of one subscription (may the
		/// subscriber receive the security, may it pay the cash).
		pub(crate) fn offering_checks(offering: OfferingId) -> Result<Weight, DispatchError> {
			let record = Offerings::<T>::get(offering).ok_or(Error::<T>::UnknownOffering)?;
			Ok(T::Compliance::buyer_check_weight(record.security)
				.saturating_add(T::Compliance::seller_check_weight(record.cash)))
		}

		/// What the offering's assets add to the two movements that settle each of `n`
		/// subscriptions (the security issued, the cash paid), and the holdings they move.
		pub(crate) fn offering_movements(security: T::AssetId, cash: T::AssetId, n: u32) -> Weight {
			let each = Self::movement(security).saturating_add(Self::movement(cash));
			let holdings = Self::subscription_holdings(
				T::Ledger::holding_weight(security),
				T::Ledger::holding_weight(cash),
				n,
			);
			each.saturating_mul(n.into()).saturating_add(holdings)
		}

		/// Settling `n` subscriptions, each issued and paid: the most any assets' rules, live
		/// checkpoints, holdings and holder counts add to those two movements each.
		pub fn settle_subscriptions_weight(n: u32) -> Weight {
			let holding = T::Ledger::max_holding_weight();
			T::WeightInfo::settle_subscriptions(n)
				.saturating_add(Self::movements(n.saturating_mul(2)))
				.saturating_add(Self::subscription_holdings(holding, holding, n))
		}

		/// An affirmation at its worst: the last one, which settles every leg, with the most any
		/// asset's rules, live checkpoints, holdings and holder counts add to each leg's
		/// movement.
		pub fn affirm_weight() -> Weight {
			let legs = T::MaxLegs::get();
			T::WeightInfo::affirm_instruction(legs).saturating_add(Self::legs_worst(legs))
		}

		pub fn now() -> Moment {
			T::Time::now().as_millis().saturated_into()
		}

		/// `security` exists and is not a cash token; `cash` is one.
		pub(crate) fn ensure_security_for_cash(
			security: T::AssetId,
			cash: T::AssetId,
		) -> DispatchResult {
			match T::Ledger::kind(security) {
				None => return Err(Error::<T>::UnknownAsset.into()),
				Some(AssetKind::Cash) => return Err(Error::<T>::NotASecurity.into()),
				Some(_) => {}
			}
			ensure!(T::Ledger::kind(cash) == Some(AssetKind::Cash), Error::<T>::NotACashToken);
			Ok(())
		}

		fn ensure_valid(params: &MarketParamsOf<T>) -> DispatchResult {
			ensure!(
				!params.tick_size.is_zero()
					&& !params.lot_size.is_zero()
					&& params.maker_fee_bps <= MAX_FEE_BPS
					&& params.taker_fee_bps <= MAX_FEE_BPS
					&& params.price_band_bps.is_none_or(|b| b > 0 && b <= MAX_BAND_BPS),
				Error::<T>::InvalidParams
			);
			Ok(())
		}

		/// `weight`, less what it was charged since `start` and did not spend: the shared
		/// records that earlier extrinsics of the block had already read or written, and the
		/// list entries its compliance checks did not meet.
		fn cached(weight: Weight, start: Unspent) -> Weight {
			weight.saturating_sub(T::Compliance::unspent().since(start).weight::<T>())
		}

		/// `owner`'s resting order `order` in `market`.
		pub(crate) fn resting(
			owner: &T::AccountId,
			market: MarketId,
			order: OrderId,
		) -> Result<OrderOf<T>, Error<T>> {
			Orders::<T>::get((owner, market, order)).ok_or(Error::<T>::UnknownOrder)
		}

		pub(crate) fn open_market(market: MarketId) -> Result<MarketOf<T>, Error<T>> {
			// One key for the note and the read: deriving it costs the runtime host calls.
			let key = Markets::<T>::hashed_key_for(market);
			T::Compliance::note_read(&key);
			let record: MarketOf<T> =
				frame_support::storage::unhashed::get(&key).ok_or(Error::<T>::UnknownMarket)?;
			ensure!(record.status == MarketStatus::Open, Error::<T>::MarketNotOpen);
			Ok(record)
		}

		/// The limit price of an order, checked against the market's tick and band.
		fn limit_price(
			market: &MarketOf<T>,
			side: Side,
			kind: OrderKind,
		) -> Result<Price, Error<T>> {
			let band = market.params.price_band_bps;
			match kind {
				OrderKind::Limit { price } => {
					ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
					ensure!(
						price.is_multiple_of(market.params.tick_size),
						Error::<T>::NotMultipleOfTick
					);
					if let (Some(band), Some(reference)) = (band, market.reference_price) {
						let (low, high) = Self::band(reference, band, market.params.tick_size)?;
						ensure!(price >= low && price <= high, Error::<T>::PriceOutsideBand);
					}
					Ok(price)
				}
				OrderKind::Market => {
					let (Some(band), Some(reference)) = (band, market.reference_price) else {
						return Err(Error::<T>::NoPriceBand);
					};
					let (low, high) = Self::band(reference, band, market.params.tick_size)?;
					Ok(match side {
						Side::Buy => high,
						Side::Sell => low,
					})
				}
			}
		}

		/// The lowest and highest prices on the tick within `band_bps` of `reference`.
		fn band(reference: Price, band_bps: u32, tick: Price) -> Result<(Price, Price), Error<T>> {
			let width = reference.checked_mul(band_bps.into()).ok_or(Error::<T>::Overflow)?
				/ Price::from(MAX_BAND_BPS);
			let low = reference.saturating_sub(width).div_ceil(tick).saturating_mul(tick);
			let high = reference.checked_add(width).ok_or(Error::<T>::Overflow)? / tick * tick;
			Ok((low.max(tick), high))
		}

		/// The cash amount of `quantity` at `price`: price times lots.
		pub(crate) fn notional(
			market: &MarketOf<T>,
			price: Price,
			quantity: Quantity,
		) -> Result<u128, Error<T>> {
			price.checked_mul(quantity / market.params.lot_size).ok_or(Error::<T>::Overflow)
		}

		/// `bps` basis points of `amount`, rounded down.
		pub(crate) fn fee(amount: u128, bps: FeeBps) -> Result<u128, Error<T>> {
			Ok(amount.checked_mul(bps.into()).ok_or(Error::<T>::Overflow)? / 10_000)
		}

		/// What an order of `quantity` at `price` on `side` reserves: the securities of an
		/// ask; for a bid, its cash amount and the highest fee it could pay on it.
		pub(crate) fn to_reserve(
			market: &MarketOf<T>,
			side: Side,
			price: Price,
			quantity: Quantity,
		) -> Result<u128, Error<T>> {
			match side {
				Side::Sell => Ok(quantity),
				Side::Buy => {
					let notional = Self::notional(market, price, quantity)?;
					let rate = market.params.maker_fee_bps.max(market.params.taker_fee_bps);
					notional.checked_add(Self::fee(notional, rate)?).ok_or(Error::<T>::Overflow)
				}
			}
		}

		/// The asset and partition an order on `side` reserves.
		pub(crate) fn reserved_asset(market: &MarketOf<T>, side: Side) -> (T::AssetId, Partition) {
			match side {
				Side::Sell => (market.security, market.partition),
				Side::Buy => (market.cash, DEFAULT_PARTITION),
			}
		}

		pub(crate) fn balance(amount: u128) -> Result<T::Balance, Error<T>> {
			T::Balance::try_from(amount).map_err(|_| Error::<T>::Overflow)
		}

		/// Releases `amount` of what `owner` reserved for an order on `side`.
		pub(crate) fn release(
			market: &MarketOf<T>,
			side: Side,
			owner: &T::AccountId,
			amount: u128,
		) -> DispatchResult {
			if amount.is_zero() {
				return Ok(());
			}
			let (asset, partition) = Self::reserved_asset(market, side);
			T::Ledger::unreserve(asset, &partition, owner, Self::balance(amount)?)
		}

		/// Checks, reserves and matches an order; says how many makers it looked at and what
		/// its assets added to its checks and movements. `reuse` keeps the id of an order being
		/// amended; `fresh_from` is what the book's `Taker` says of it.
		pub(crate) fn do_place(
			who: &T::AccountId,
			request: Request,
			reuse: Option<OrderId>,
			max_makers: u32,
			fresh_from: Option<OrderId>,
		) -> Result<Placed, DispatchError> {
			let market = Self::open_market(request.market)?;
			let identity = T::Identities::active_identity(who).ok_or(Error::<T>::NotIdentified)?;
			let quantity = request.quantity;
			ensure!(!quantity.is_zero(), Error::<T>::ZeroQuantity);
			ensure!(quantity.is_multiple_of(market.params.lot_size), Error::<T>::NotMultipleOfLot);
			ensure!(quantity >= market.params.min_quantity, Error::<T>::BelowMinimumQuantity);
			let price = Self::limit_price(&market, request.side, request.kind)?;
			let time_in_force = request.time_in_force;
			if request.kind == OrderKind::Market {
				ensure!(!time_in_force.rests(), Error::<T>::MarketOrderMustBeImmediate);
			}
			ensure!(!request.post_only || time_in_force.rests(), Error::<T>::PostOnlyMustRest);
			let now = Self::now();
			ensure!(
				time_in_force.expires_at().is_none_or(|at| at > now),
				Error::<T>::AlreadyExpired
			);

			// The owner may buy what it buys and sell what it sells: the security on one
			// side, the cash on the other.
			let notional = Self::notional(&market, price, quantity)?;
			let (amount, cash) = (Self::balance(quantity)?, Self::balance(notional)?);
			let (security, partition) = (market.security, market.partition);
			let refused = Error::<T>::ComplianceRefused;
			match request.side {
				Side::Buy => {
					T::Compliance::can_buy(security, &partition, who, amount).map_err(refused)?;
					T::Compliance::can_sell(market.cash, &DEFAULT_PARTITION, who, cash)
						.map_err(refused)?;
				}
				Side::Sell => {
					T::Compliance::can_sell(security, &partition, who, amount).map_err(refused)?;
					T::Compliance::can_buy(market.cash, &DEFAULT_PARTITION, who, cash)
						.map_err(refused)?;
				}
			}

			let reserve = Self::to_reserve(&market, request.side, price, quantity)?;
			let (asset, reserve_partition) = Self::reserved_asset(&market, request.side);
			let reserve_balance = Self::balance(reserve)?;
			ensure!(
				T::Ledger::free_balance(asset, &reserve_partition, who) >= reserve_balance,
				Error::<T>::InsufficientBalance
			);
			T::Ledger::reserve(asset, &reserve_partition, who, reserve_balance)?;

			let id = match reuse {
				Some(id) => id,
				None => {
					let id = NextOrderId::<T>::get();
					NextOrderId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
					T::Compliance::note_read_and_write(&NextOrderId::<T>::hashed_key());
					id
				}
			};
			Self::deposit_event(Event::OrderPlaced {
				order: id,
				market: request.market,
				owner: who.clone(),
				side: request.side,
				price,
				quantity,
				time_in_force,
				post_only: request.post_only,
				client_order_id: request.client_order_id,
			});

			let order = matching_engine::Order {
				id: OrderRef { owner: who.clone(), id },
				owner: identity,
				side: request.side,
				price,
				quantity,
				time_in_force,
				post_only: request.post_only,
				self_trade: request.self_trade,
			};
			let taker = Taker {
				market: request.market,
				account: who.clone(),
				reserved: reserve,
				client_order_id: request.client_order_id,
				placed_at: now,
				fresh_from,
			};
			let paid_in = market.cash;
			let mut book = book::StorageBook::<T>::new(market, taker);
			let placed = match matching_engine::place(&mut book, &order, now, max_makers) {
				Ok(placed) => placed,
				Err(Rejected::PostOnlyWouldCross) => {
					return Err(Error::<T>::PostOnlyWouldCross.into())
				}
				Err(Rejected::FillOrKillUnfilled) => {
					return Err(Error::<T>::FillOrKillUnfilled.into())
				}
				Err(Rejected::Book(error)) => return Err(error),
			};
			let holders_changed = book.holders_changed();
			let (prices, queued) = book.resting_shape();
			let traded = book.traded();
			book.finish(id, request.side, placed.outcome)?;
			let makers = placed.makers_visited;
			let assets = Self::placement_assets(security, paid_in, request.side, makers)
				.saturating_add(Self::holders_changed(holders_changed));
			let holding = (T::Ledger::holding_weight(security), T::Ledger::holding_weight(paid_in));
			Ok(Placed { makers, prices, queued, assets, holding, traded })
		}

		/// Takes a resting order off the book, releases what it reserved, and says why.
		pub(crate) fn cancel(
			order: OrderId,
			record: &OrderOf<T>,
			reason: CancelReason,
		) -> DispatchResult {
			T::Compliance::note_read(&Markets::<T>::hashed_key_for(record.market));
			let market = Markets::<T>::get(record.market).ok_or(Error::<T>::UnknownMarket)?;
			Self::unlink(order, record)?;
			Self::release(&market, record.side, &record.owner, record.reserved)?;
			Self::deposit_event(Event::OrderCancelled {
				order,
				remaining: record.remaining,
				reason,
			});
			Ok(())
		}

		/// Reduces a resting order to `remaining` at its price, keeping its place.
		fn reduce(
			order: OrderId,
			mut record: OrderOf<T>,
			market: &MarketOf<T>,
			remaining: Quantity,
		) -> DispatchResult {
			ensure!(!remaining.is_zero(), Error::<T>::ZeroQuantity);
			ensure!(remaining.is_multiple_of(market.params.lot_size), Error::<T>::NotMultipleOfLot);
			ensure!(remaining >= market.params.min_quantity, Error::<T>::BelowMinimumQuantity);
			let by = record.remaining.saturating_sub(remaining);
			let reserve = Self::to_reserve(market, record.side, record.price, remaining)?;
			let excess = record.reserved.saturating_sub(reserve);
			Self::release(market, record.side, &record.owner, excess)?;
			Levels::<T>::try_mutate((record.market, record.side, record.price), |level| {
				let level = level.as_mut().ok_or(Error::<T>::CorruptBook)?;
				level.quantity = level.quantity.checked_sub(by).ok_or(Error::<T>::CorruptBook)?;
				Ok::<_, Error<T>>(())
			})?;
			record.quantity = record.quantity.saturating_sub(by);
			record.remaining = remaining;
			record.reserved = record.reserved.saturating_sub(excess);
			Orders::<T>::insert((&record.owner, record.market, order), &record);
			Self::deposit_event(Event::OrderReduced { order, remaining });
			Ok(())
		}
	}
}
