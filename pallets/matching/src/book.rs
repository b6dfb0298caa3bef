//! The engine's book over the pallet's storage, and the settlement of each fill.
//!
//! An incoming order reads only what it touches: the best prices of the other side (one
//! bounded list), the level and the orders it trades with, and writes the orders and levels
//! it changes. Each fill settles in its own storage transaction, so a leg that compliance
//! refuses undoes the other legs of that fill and nothing else.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	storage::{unhashed, with_transaction, TransactionOutcome},
	traits::Get,
	BoundedVec,
};
use matching_engine::{Book, Maker, Outcome, Removal, Settlement};
use pallet_compliance::{IdentityId, Moment, Rejection, SharedRecords};
use pallet_token::{AssetLedger, SettlementError, DEFAULT_PARTITION};
use sp_runtime::{traits::Zero, DispatchError, DispatchResult};

/// Where a price is in a side's list of prices (best first): `Ok` at its index, or `Err`
/// with the index it would be inserted at.
pub(crate) fn level_index(prices: &[Price], side: Side, price: Price) -> Result<usize, usize> {
	let at = prices.partition_point(|p| side.better(*p, price));
	match prices.get(at) {
		Some(p) if *p == price => Ok(at),
		_ => Err(at),
	}
}

/// A side's prices, best first: a record every order of the market reads, so noted as shared.
fn prices<T: Config>(market: MarketId, side: Side) -> BoundedVec<Price, T::MaxPriceLevels> {
	keyed_prices::<T>(market, side).1
}

/// [`prices`] with their storage key, for a caller that writes them back: one key for the
/// note, the read and the write, since deriving it costs the runtime host calls.
fn keyed_prices<T: Config>(
	market: MarketId,
	side: Side,
) -> (alloc::vec::Vec<u8>, BoundedVec<Price, T::MaxPriceLevels>) {
	let key = PriceLevels::<T>::hashed_key_for(market, side);
	T::Compliance::note_read(&key);
	let prices = unhashed::get_or_default(&key);
	(key, prices)
}

/// What the book knows of the incoming order beyond what the engine does.
pub(crate) struct Taker<AccountId> {
	pub market: MarketId,
	pub account: AccountId,
	/// What is still reserved for it.
	pub reserved: u128,
	pub client_order_id: Option<ClientOrderId>,
	pub placed_at: Moment,
	/// For a single placement, the first id its call may have given out: an order below it
	/// placed at `placed_at` was written earlier in this block, by another extrinsic (or
	/// call of a batch). Its benchmark charges the order a read and a write of its side's
	/// prices, which queueing behind such an order replaces by a rewrite of that order the
	/// block already holds, so that is given back. `None` where the benchmark charges one
	/// price list for many orders (a quote set).
	pub fresh_from: Option<OrderId>,
}

pub(crate) struct StorageBook<T: Config> {
	market: MarketOf<T>,
	taker: Taker<T::AccountId>,
	/// The fills it made so far, for the tape.
	fills: BoundedVec<TapeFillOf<T>, MaxTapeFills>,
	/// The settled movements that made a new holder of their asset or let one go.
	holders_changed: u32,
	/// The most prices of any side's list it read.
	longest_prices: u32,
	/// Whether the incoming order rested behind others at its price.
	queued: bool,
	/// The records of the assets and parties its fills have moved so far.
	memo: LedgerMemoOf<T>,
	/// The maker the engine last asked about, with its record, for the settlement or
	/// removal that follows.
	last_maker: Option<(OrderRefOf<T>, OrderOf<T>)>,
}

type EngineOrder<T> = matching_engine::Order<OrderRefOf<T>, IdentityId>;
type MakerOf<T> = Maker<OrderRefOf<T>, IdentityId>;

impl<T: Config> StorageBook<T> {
	pub fn new(market: MarketOf<T>, taker: Taker<T::AccountId>) -> Self {
		StorageBook {
			market,
			taker,
			fills: BoundedVec::new(),
			holders_changed: 0,
			longest_prices: 0,
			queued: false,
			memo: Default::default(),
			last_maker: None,
		}
	}

	/// The most prices of any side's list it read, and whether the incoming order rested
	/// behind others at its price: what a resting order's weight depends on.
	pub fn resting_shape(&self) -> (u32, bool) {
		(self.longest_prices, self.queued)
	}

	/// A side's prices, counted for the weight.
	fn prices(&mut self, side: Side) -> BoundedVec<Price, T::MaxPriceLevels> {
		let prices = prices::<T>(self.taker.market, side);
		self.count_prices(&prices);
		prices
	}

	/// Notes a price list it read, for the weight: the longest sets what it is charged.
	fn count_prices(&mut self, prices: &[Price]) {
		let length = u32::try_from(prices.len()).unwrap_or(u32::MAX);
		self.longest_prices = self.longest_prices.max(length);
	}

	/// Whether it made a fill.
	pub fn traded(&self) -> bool {
		!self.fills.is_empty()
	}

	/// How many settled movements made a new holder of their asset or let one go, each
	/// charged [`AssetLedger::holders_changed_weight`] after dispatch.
	pub fn holders_changed(&self) -> u32 {
		self.holders_changed
	}

	/// A resting order of this market that a queue links to.
	fn order(&self, at: &OrderRefOf<T>) -> Result<OrderOf<T>, DispatchError> {
		Pallet::<T>::resting(&at.owner, self.taker.market, at.id)
			.map_err(|_| Error::<T>::CorruptBook.into())
	}

	/// The maker at `at`: the record [`Book::maker`] read for it if it was the last asked
	/// about, which nothing has changed since, or read now.
	fn maker_record(&mut self, at: &OrderRefOf<T>) -> Result<OrderOf<T>, DispatchError> {
		match self.last_maker.take() {
			Some((id, record)) if id == *at => Ok(record),
			_ => self.order(at),
		}
	}

	/// After matching: if it traded, keeps its fills on the tape and the market's last
	/// price; then ends the incoming order as the engine decided, releasing what it no
	/// longer needs.
	pub fn finish(mut self, order: OrderId, side: Side, outcome: Outcome) -> DispatchResult {
		if self.traded() {
			let slot = Pallet::<T>::tape_slot(self.market.tape_entries);
			let at = Pallet::<T>::now();
			let entry = TapeEntry {
				taker_order: order,
				taker: self.taker.account.clone(),
				taker_side: side,
				at,
				fills: self.fills,
			};
			Tape::<T>::insert(self.taker.market, slot, entry);
			self.market.tape_entries = self.market.tape_entries.saturating_add(1);
			self.market.last_traded_at = Some(at);
			// Not noted as a shared write: a sweep's fit may count it at no fill.
			Markets::<T>::insert(self.taker.market, &self.market);
		}
		let event = match outcome {
			// What it rests with was moved to its record by `rest`.
			Outcome::Rested { remaining } => Event::OrderRested { order, remaining },
			Outcome::Filled => Event::OrderFilled { order },
			Outcome::Cancelled { remaining, why } => {
				Event::OrderCancelled { order, remaining, reason: CancelReason::NotRested(why) }
			}
		};
		Pallet::<T>::release(&self.market, side, &self.taker.account, self.taker.reserved)?;
		Pallet::<T>::deposit_event(event);
		Ok(())
	}

	/// Moves the legs of one fill: the security from seller to buyer, the cash less the
	/// seller's fee from buyer to seller, both fees from buyer to the fee collector. Returns
	/// the cash the buyer spent. Counts in `holders_changed` the legs that made a new holder
	/// or let one go, whether or not a later leg fails and the fill is rolled back: the work
	/// was done either way.
	fn deliver(
		&mut self,
		buyer: &T::AccountId,
		seller: &T::AccountId,
		quantity: Quantity,
		notional: u128,
		(buyer_fee, seller_fee): (u128, u128),
		holders_changed: &mut u32,
	) -> Result<u128, SettlementError> {
		let (market, memo) = (&self.market, &mut self.memo);
		let amount =
			|x: u128| Pallet::<T>::balance(x).map_err(|e| SettlementError::Failed(e.into()));
		let overflow = || SettlementError::Failed(Error::<T>::Overflow.into());
		T::Ledger::transfer_reserved(
			memo,
			market.security,
			&market.partition,
			seller,
			buyer,
			amount(quantity)?,
		)?
		.count(holders_changed);
		let to_seller = notional.checked_sub(seller_fee).ok_or_else(overflow)?;
		let mut spent = 0u128;
		if !to_seller.is_zero() {
			T::Ledger::transfer_reserved(
				memo,
				market.cash,
				&DEFAULT_PARTITION,
				buyer,
				seller,
				amount(to_seller)?,
			)?
			.count(holders_changed);
			spent = to_seller;
		}
		let fees = buyer_fee.checked_add(seller_fee).ok_or_else(overflow)?;
		let collector = &market.params.fee_collector;
		// A collector that buys keeps the fees it would pay itself.
		if !fees.is_zero() && collector != buyer {
			T::Ledger::transfer_reserved(
				memo,
				market.cash,
				&DEFAULT_PARTITION,
				buyer,
				collector,
				amount(fees)?,
			)?
			.count(holders_changed);
			spent = spent.checked_add(fees).ok_or_else(overflow)?;
		}
		Ok(spent)
	}
}

impl<T: Config> Book for StorageBook<T> {
	type OrderId = OrderRefOf<T>;
	type Owner = IdentityId;
	type Refusal = Rejection;
	type Error = DispatchError;

	fn best_price(&mut self, side: Side) -> Result<Option<Price>, DispatchError> {
		Ok(self.prices(side).first().copied())
	}

	fn next_price(&mut self, side: Side, price: Price) -> Result<Option<Price>, DispatchError> {
		let prices = self.prices(side);
		let next = match level_index(&prices, side, price) {
			Ok(at) => at.saturating_add(1),
			Err(at) => at,
		};
		Ok(prices.get(next).copied())
	}

	fn first_at(
		&mut self,
		side: Side,
		price: Price,
	) -> Result<Option<OrderRefOf<T>>, DispatchError> {
		// Not noted as a shared read: the sweep's fit counts one crossed level in its intercept,
		// which a crossing order is not charged, and none per fill.
		Ok(Levels::<T>::get((self.taker.market, side, price)).map(|level| level.head))
	}

	fn maker(&mut self, id: OrderRefOf<T>) -> Result<MakerOf<T>, DispatchError> {
		let record = self.order(&id)?;
		let maker = Maker {
			id: id.clone(),
			owner: record.identity,
			price: record.price,
			remaining: record.remaining,
			expires_at: record.time_in_force.expires_at(),
			next: record.next.clone(),
		};
		self.last_maker = Some((id, record));
		Ok(maker)
	}

	fn settle(
		&mut self,
		taker: &EngineOrder<T>,
		maker: &MakerOf<T>,
		quantity: Quantity,
	) -> Result<Settlement<Rejection>, DispatchError> {
		let mut record = self.maker_record(&maker.id)?;
		let price = maker.price;
		let params = &self.market.params;
		let notional = Pallet::<T>::notional(&self.market, price, quantity)?;
		let maker_fee = Pallet::<T>::fee(notional, params.maker_fee_bps)?;
		let taker_fee = Pallet::<T>::fee(notional, params.taker_fee_bps)?;
		let (buyer, seller, buyer_reserved) = match taker.side {
			Side::Buy => (self.taker.account.clone(), record.owner.clone(), self.taker.reserved),
			Side::Sell => (record.owner.clone(), self.taker.account.clone(), record.reserved),
		};
		let (buyer_fee, seller_fee) = match taker.side {
			Side::Buy => (taker_fee, maker_fee),
			Side::Sell => (maker_fee, taker_fee),
		};
		// A bid pays no more fee than it reserved, should the operator have raised fees
		// since it was placed.
		let buyer_fee = buyer_fee.min(buyer_reserved.saturating_sub(notional));

		let mut holders_changed = 0u32;
		let fees = (buyer_fee, seller_fee);
		let legs = with_transaction(|| {
			match self.deliver(&buyer, &seller, quantity, notional, fees, &mut holders_changed) {
				Ok(spent) => TransactionOutcome::Commit(Ok(Ok(spent))),
				Err(SettlementError::Refused(reason)) => {
					TransactionOutcome::Rollback(Ok(Err(reason)))
				}
				Err(SettlementError::Failed(error)) => TransactionOutcome::Rollback(Err(error)),
			}
		})?;
		self.holders_changed = self.holders_changed.saturating_add(holders_changed);
		let cash_spent = match legs {
			Ok(spent) => spent,
			Err(reason) => {
				// What the memo noted in the block's cache was rolled back with the legs.
				self.memo = Default::default();
				Pallet::<T>::deposit_event(Event::MakerSkipped {
					maker_order: maker.id.id,
					taker_order: taker.id.id,
					reason,
				});
				return Ok(Settlement::Refused(reason));
			}
		};

		let spent = |side: Side| match side {
			Side::Sell => quantity,
			Side::Buy => cash_spent,
		};
		let maker_side = taker.side.opposite();
		let corrupt = || DispatchError::from(Error::<T>::CorruptBook);
		record.reserved = record.reserved.checked_sub(spent(maker_side)).ok_or_else(corrupt)?;
		record.remaining = record.remaining.checked_sub(quantity).ok_or_else(corrupt)?;
		self.taker.reserved =
			self.taker.reserved.checked_sub(spent(taker.side)).ok_or_else(corrupt)?;
		Levels::<T>::try_mutate((self.taker.market, maker_side, price), |level| {
			let level = level.as_mut().ok_or_else(corrupt)?;
			level.quantity = level.quantity.checked_sub(quantity).ok_or_else(corrupt)?;
			Ok::<_, DispatchError>(())
		})?;

		let fill =
			TapeFill { maker_order: maker.id.id, maker: record.owner.clone(), price, quantity };
		// An order makes at most `MaxMakersPerOrder` fills, which `integrity_test` holds to
		// at most `MAX_TAPE_FILLS`.
		self.fills.try_push(fill).map_err(|_| corrupt())?;
		self.market.trades = self.market.trades.saturating_add(1);
		self.market.last_price = Some(price);
		self.market.reference_price = Some(price);
		let (maker_fee, taker_fee) = match taker.side {
			Side::Buy => (seller_fee, buyer_fee),
			Side::Sell => (buyer_fee, seller_fee),
		};
		Pallet::<T>::deposit_event(Event::Traded {
			market: self.taker.market,
			maker_order: maker.id.id,
			taker_order: taker.id.id,
			buyer,
			seller,
			taker_side: taker.side,
			price,
			quantity,
			maker_fee,
			taker_fee,
		});

		if record.remaining.is_zero() {
			Pallet::<T>::unlink(maker.id.id, &record)?;
			Pallet::<T>::release(&self.market, maker_side, &record.owner, record.reserved)?;
			Pallet::<T>::deposit_event(Event::OrderFilled { order: maker.id.id });
		} else {
			Orders::<T>::insert((&maker.id.owner, self.taker.market, maker.id.id), record);
		}
		Ok(Settlement::Settled)
	}

	fn remove(&mut self, maker: &MakerOf<T>, why: Removal) -> Result<(), DispatchError> {
		let record = self.maker_record(&maker.id)?;
		let reason = match why {
			Removal::Expired => CancelReason::Expired,
			Removal::SelfTrade => CancelReason::SelfTrade,
		};
		Pallet::<T>::cancel(maker.id.id, &record, reason)
	}

	fn rest(&mut self, order: &EngineOrder<T>, remaining: Quantity) -> Result<(), DispatchError> {
		let market_id = self.taker.market;
		let (id, side, price) = (order.id.id, order.side, order.price);
		// It keeps what its remainder needs and releases the rest (a bid that traded
		// below its limit).
		let needed = Pallet::<T>::to_reserve(&self.market, side, price, remaining)?;
		let excess = self.taker.reserved.checked_sub(needed).ok_or(Error::<T>::CorruptBook)?;
		Pallet::<T>::release(&self.market, side, &self.taker.account, excess)?;
		self.taker.reserved = 0;

		// Each key derived once for the note, the read and the write.
		let level_key = Levels::<T>::hashed_key_for((market_id, side, price));
		let prev = match unhashed::get::<LevelOf<T>>(&level_key) {
			Some(mut level) => {
				let tail = core::mem::replace(&mut level.tail, order.id.clone());
				level.orders = level.orders.checked_add(1).ok_or(Error::<T>::Overflow)?;
				level.quantity =
					level.quantity.checked_add(remaining).ok_or(Error::<T>::Overflow)?;
				unhashed::put(&level_key, &level);
				self.queued = true;
				Some(tail)
			}
			None => {
				let (prices_key, mut prices) = keyed_prices::<T>(market_id, side);
				self.count_prices(&prices);
				let at = level_index(&prices, side, price).err().ok_or(Error::<T>::CorruptBook)?;
				prices.try_insert(at, price).map_err(|_| Error::<T>::TooManyPriceLevels)?;
				unhashed::put(&prices_key, &prices);
				T::Compliance::note_write(&prices_key);
				unhashed::put(
					&level_key,
					&Level {
						quantity: remaining,
						orders: 1,
						head: order.id.clone(),
						tail: order.id.clone(),
					},
				);
				None
			}
		};
		T::Compliance::note_read_and_write(&level_key);
		if let Some(tail) = &prev {
			let placed_at = self.taker.placed_at;
			let earlier = Orders::<T>::try_mutate((&tail.owner, market_id, tail.id), |o| {
				let o = o.as_mut().ok_or(Error::<T>::CorruptBook)?;
				o.next = Some(order.id.clone());
				// Timestamps rise from block to block, so only this block places at `now`.
				let earlier = self.taker.fresh_from.is_some_and(|fresh| tail.id < fresh);
				Ok::<_, Error<T>>(earlier && o.placed_at == placed_at)
			})?;
			if earlier {
				T::Compliance::note_rewrite_of_earlier();
			}
		}
		Orders::<T>::insert(
			(&self.taker.account, market_id, id),
			Order {
				market: market_id,
				owner: self.taker.account.clone(),
				identity: order.owner,
				side,
				price,
				quantity: order.quantity,
				remaining,
				reserved: needed,
				time_in_force: order.time_in_force,
				post_only: order.post_only,
				self_trade: order.self_trade,
				client_order_id: self.taker.client_order_id,
				placed_at: self.taker.placed_at,
				prev,
				next: None,
			},
		);
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Takes an order out of its level's queue and the book's records; the level goes with
	/// its last order.
	pub(crate) fn unlink(order: OrderId, record: &OrderOf<T>) -> DispatchResult {
		let corrupt = || Error::<T>::CorruptBook;
		let key = (record.market, record.side, record.price);
		let mut level = Levels::<T>::get(key).ok_or_else(corrupt)?;
		let market = record.market;
		match &record.prev {
			Some(prev) => Orders::<T>::try_mutate((&prev.owner, market, prev.id), |o| {
				o.as_mut().ok_or_else(corrupt)?.next = record.next.clone();
				Ok::<_, Error<T>>(())
			})?,
			None => {
				if let Some(next) = &record.next {
					level.head = next.clone();
				}
			}
		}
		match &record.next {
			Some(next) => Orders::<T>::try_mutate((&next.owner, market, next.id), |o| {
				o.as_mut().ok_or_else(corrupt)?.prev = record.prev.clone();
				Ok::<_, Error<T>>(())
			})?,
			None => {
				if let Some(prev) = &record.prev {
					level.tail = prev.clone();
				}
			}
		}
		level.orders = level.orders.checked_sub(1).ok_or_else(corrupt)?;
		level.quantity = level.quantity.checked_sub(record.remaining).ok_or_else(corrupt)?;
		if level.orders == 0 {
			ensure!(level.quantity.is_zero(), corrupt());
			Levels::<T>::remove(key);
			PriceLevels::<T>::try_mutate(record.market, record.side, |prices| {
				let at = level_index(prices, record.side, record.price).map_err(|_| corrupt())?;
				prices.remove(at);
				Ok::<_, Error<T>>(())
			})?;
		} else {
			Levels::<T>::insert(key, level);
		}
		Orders::<T>::remove((&record.owner, market, order));
		Ok(())
	}
}

#[cfg(any(feature = "try-runtime", feature = "std"))]
impl<T: Config> Pallet<T> {
	/// The books' invariants: each side's prices are listed best first, one level each;
	/// each level's queue links every order at its price exactly once and sums to the
	/// level's quantity; every order is in a queue, kept under its own owner and market; no
	/// book is crossed; every order still reserves what it may sell.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_set::BTreeSet;
		let mut queued = BTreeSet::new();
		for (market_id, market) in Markets::<T>::iter() {
			for side in [Side::Buy, Side::Sell] {
				let prices = PriceLevels::<T>::get(market_id, side);
				ensure!(
					prices.windows(2).all(|w| side.better(w[0], w[1])),
					"a side's prices are listed best first, each once"
				);
				for price in prices.iter().copied() {
					let level = Levels::<T>::get((market_id, side, price))
						.ok_or("a listed price has a level")?;
					let (mut count, mut sum, mut prev, mut next) =
						(0u32, 0u128, None, Some(level.head));
					while let Some(at) = next {
						ensure!(count < level.orders, "a level's queue is as long as its count");
						let order = Orders::<T>::get((&at.owner, market_id, at.id))
							.ok_or("a queued order exists")?;
						ensure!(
							order.market == market_id && order.side == side && order.price == price,
							"an order is queued at its own market, side and price"
						);
						ensure!(order.prev == prev, "an order links back to the one before it");
						ensure!(!order.remaining.is_zero(), "a resting order has something left");
						let needed = match side {
							Side::Sell => order.remaining,
							Side::Buy => Self::notional(&market, price, order.remaining)?,
						};
						ensure!(order.reserved >= needed, "an order reserves what it may sell");
						ensure!(queued.insert(at.id), "an order is queued once");
						count += 1;
						sum = sum.checked_add(order.remaining).ok_or("no overflow")?;
						next = order.next;
						prev = Some(at);
					}
					ensure!(count == level.orders, "a level counts its orders");
					ensure!(sum == level.quantity, "a level's quantity is the sum of its orders");
					ensure!(prev == Some(level.tail), "a level's tail is its last order");
				}
			}
			let best = |side| PriceLevels::<T>::get(market_id, side).first().copied();
			if let (Some(bid), Some(ask)) = (best(Side::Buy), best(Side::Sell)) {
				ensure!(bid < ask, "no book is crossed");
			}
			Self::try_state_tape(market_id, &market)?;
		}
		ensure!(
			Tape::<T>::iter_keys().all(|(market, _)| Markets::<T>::contains_key(market)),
			"every tape entry is of a market"
		);
		let mut stored = 0usize;
		for ((owner, market, id), order) in Orders::<T>::iter() {
			ensure!(
				order.owner == owner && order.market == market,
				"an order is kept under its own owner and market"
			);
			ensure!(queued.contains(&id), "every order is queued");
			stored += 1;
		}
		ensure!(stored == queued.len(), "every queued order is kept once");
		ensure!(
			Levels::<T>::iter_keys().all(|(m, side, price)| {
				level_index(&PriceLevels::<T>::get(m, side), side, price).is_ok()
			}),
			"every level is listed"
		);
		Self::try_state_offerings()?;
		Self::try_state_reservations()?;
		Self::try_state_scheduled()
	}

	/// A market keeps its last `TapeLength` entries and no other; each holds a fill, and the
	/// newest ends at the market's last price and time.
	fn try_state_tape(
		market_id: MarketId,
		market: &MarketOf<T>,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(market.tape_entries <= market.trades, "each tape entry is of one trade or more");
		let kept = market.tape_entries.min(u64::from(T::TapeLength::get()));
		ensure!(
			Tape::<T>::iter_prefix(market_id).count() as u64 == kept,
			"a market keeps its last entries"
		);
		let entries: alloc::vec::Vec<_> = Self::tape(market_id).collect();
		ensure!(entries.len() as u64 == kept, "each kept entry is in its slot");
		ensure!(entries.iter().all(|entry| !entry.fills.is_empty()), "each entry has a fill");
		if let Some(newest) = entries.first() {
			let last = newest.fills.last().map(|fill| fill.price);
			ensure!(last == market.last_price, "the newest fill is at the last price");
			ensure!(Some(newest.at) == market.last_traded_at, "and at the last trade's time");
		}
		Ok(())
	}

	/// Each offering's counts and totals match its subscriptions, and each identity's
	/// total matches its accounts' subscriptions.
	fn try_state_offerings() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		for (id, offering) in Offerings::<T>::iter() {
			let (mut count, mut sold, mut raised) = (0u32, 0u128, 0u128);
			let mut by_identity = BTreeMap::new();
			for (_, subscription) in Subscriptions::<T>::iter_prefix(id) {
				ensure!(!subscription.quantity.is_zero(), "a subscription is for something");
				count += 1;
				sold = sold.checked_add(subscription.quantity).ok_or("no overflow")?;
				raised = raised.checked_add(subscription.cash).ok_or("no overflow")?;
				let total: &mut u128 = by_identity.entry(subscription.identity).or_default();
				*total = total.checked_add(subscription.quantity).ok_or("no overflow")?;
			}
			ensure!(count == offering.open_subscriptions, "an offering counts its subscriptions");
			if offering.status == OfferingStatus::Open {
				ensure!(sold == offering.sold, "an open offering sold what was subscribed");
				ensure!(raised == offering.raised, "an open offering raised what was subscribed");
				ensure!(
					offering.raised <= offering.terms.max_raise,
					"no offering passes its maximum"
				);
			}
			let recorded: BTreeMap<_, _> = Subscribed::<T>::iter_prefix(id).collect();
			ensure!(recorded == by_identity, "each identity's total is its subscriptions'");
		}
		ensure!(
			Subscriptions::<T>::iter_keys().all(|(id, _)| Offerings::<T>::contains_key(id)),
			"every subscription belongs to an offering"
		);
		Ok(())
	}

	/// The ledger holds, for every account, at least what its resting orders, its
	/// subscriptions and its affirmations of instructions reserved (the token pallet reserves
	/// for other purposes too), and every affirmation is by a sender, once.
	/// Every booked instruction exists, and its block's booked weight covers what settling
	/// them may cost at their dearest.
	fn try_state_scheduled() -> Result<(), sp_runtime::TryRuntimeError> {
		for (block, ids) in ScheduledInstructions::<T>::iter() {
			let mut dearest = frame_support::weights::Weight::zero();
			for id in ids {
				let instruction =
					Instructions::<T>::get(id).ok_or("a booked instruction exists")?;
				ensure!(
					instruction.settle_at == Some(block),
					"an instruction is booked for its block"
				);
				dearest
					.saturating_accrue(Self::booking_weight(Self::legs_count(&instruction.legs)));
			}
			ensure!(
				dearest.all_lte(ScheduledWeight::<T>::get(block)),
				"a block's booked weight covers its instructions"
			);
		}
		for (block, _) in ScheduledWeight::<T>::iter() {
			ensure!(
				ScheduledInstructions::<T>::contains_key(block),
				"weight is booked only for blocks with instructions"
			);
		}
		Ok(())
	}

	fn try_state_reservations() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use sp_runtime::traits::SaturatedConversion;
		let mut claimed: BTreeMap<(T::AssetId, pallet_compliance::Partition, T::AccountId), u128> =
			BTreeMap::new();
		let mut claim = |asset, partition, who: &T::AccountId, amount: u128| {
			let total = claimed.entry((asset, partition, who.clone())).or_default();
			*total = total.saturating_add(amount);
		};
		for (_, order) in Orders::<T>::iter() {
			let market = Markets::<T>::get(order.market).ok_or("an order's market exists")?;
			let (asset, partition) = Self::reserved_asset(&market, order.side);
			claim(asset, partition, &order.owner, order.reserved);
		}
		for (id, who, subscription) in Subscriptions::<T>::iter() {
			let offering = Offerings::<T>::get(id).ok_or("a subscription's offering exists")?;
			claim(offering.cash, DEFAULT_PARTITION, &who, subscription.cash);
		}
		for (id, instruction) in Instructions::<T>::iter() {
			if let Some(block) = instruction.settle_at {
				ensure!(
					ScheduledInstructions::<T>::get(block).contains(&id),
					"an instruction with a settlement block is booked for it"
				);
			}
			let senders = Self::senders(&instruction.legs);
			for (i, sender) in instruction.affirmed.iter().enumerate() {
				ensure!(senders.contains(sender), "only senders affirm");
				ensure!(!instruction.affirmed[..i].contains(sender), "a sender affirms once");
				for leg in instruction.legs.iter().filter(|leg| leg.from == *sender) {
					let amount: u128 = leg.amount.saturated_into();
					claim(leg.asset, leg.partition, sender, amount);
				}
			}
		}
		for ((asset, partition, who), amount) in claimed {
			let reserved: u128 =
				T::Ledger::reserved_balance(asset, &partition, &who).saturated_into();
			ensure!(reserved >= amount, "the ledger holds what the market reserved");
		}
		Ok(())
	}
}
