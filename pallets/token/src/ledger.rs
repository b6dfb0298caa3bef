//! The ledger's internals: who may act, and the one place balances change. Every call and
//! every trait method moves units through [`Pallet::do_transfer`], [`Pallet::do_issue`] or
//! [`Pallet::do_redeem`], which keep partition balances, account totals, partition supply,
//! asset supply and the count of assets held in step, and report to compliance.

use crate::{
	pallet::*, traits::SettlementError, types::*, weights::WeightInfo as _, AssetLedger,
	AssetRecords, Moved, Movement, OnHoldingChanged,
};
use frame_support::{ensure, weights::Weight};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use pallet_compliance::{
	AccountHoldings, IdentityId, IdentityRegistry, Partition, SharedRecords, TransferCompliance,
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// The identity a signer acts for.
	pub(crate) fn identity(who: &T::AccountId) -> Result<IdentityId, Error<T>> {
		T::Identities::active_identity(who).ok_or(Error::<T>::NotIdentified)
	}

	pub(crate) fn asset(asset: T::AssetId) -> Result<AssetOf<T>, Error<T>> {
		Assets::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)
	}

	/// The asset's record as `memo` keeps it, read now if it was not yet.
	fn remembered_asset(
		assets: &mut alloc::vec::Vec<(T::AssetId, AssetOf<T>)>,
		asset: T::AssetId,
	) -> Result<&AssetOf<T>, Error<T>> {
		let at = match assets.iter().position(|(a, _)| *a == asset) {
			Some(at) => at,
			None => {
				assets.push((asset, Self::asset(asset)?));
				assets.len().saturating_sub(1)
			}
		};
		assets.get(at).map(|(_, details)| details).ok_or(Error::<T>::UnknownAsset)
	}

	/// The asset, if the origin is a key of its owner.
	pub(crate) fn owned(
		origin: OriginFor<T>,
		asset: T::AssetId,
	) -> Result<AssetOf<T>, DispatchError> {
		let who = ensure_signed(origin)?;
		let details = Self::asset(asset)?;
		ensure!(Self::identity(&who)? == details.roles.owner, Error::<T>::NotOwner);
		Ok(details)
	}

	/// The signer, if it is a key of the asset's controller.
	pub(crate) fn ensure_controller(
		origin: OriginFor<T>,
		asset: T::AssetId,
	) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		let details = Self::asset(asset)?;
		let controller = details.roles.controller.ok_or(Error::<T>::NotControllable)?;
		ensure!(Self::identity(&who)? == controller, Error::<T>::NotController);
		Ok(who)
	}

	pub(crate) fn is_authorized(
		asset: T::AssetId,
		holder: &T::AccountId,
		operator: &T::AccountId,
		partition: Option<Partition>,
	) -> bool {
		match partition {
			None => Operators::<T>::contains_key((asset, holder, operator)),
			Some(partition) => {
				PartitionOperators::<T>::contains_key((asset, holder, partition, operator))
			}
		}
	}

	pub(crate) fn ensure_operator(
		asset: T::AssetId,
		holder: &T::AccountId,
		operator: &T::AccountId,
		partition: Partition,
	) -> DispatchResult {
		Self::asset(asset)?;
		ensure!(Self::is_operator(asset, holder, operator, partition), Error::<T>::NotOperator);
		Ok(())
	}

	/// Checks `identifiers` and records them as the asset's; `current` are the asset's own,
	/// which it may keep.
	pub(crate) fn claim_identifiers(
		asset: T::AssetId,
		identifiers: &IdentifiersOf,
		current: &IdentifiersOf,
	) -> DispatchResult {
		for (i, identifier) in identifiers.iter().enumerate() {
			ensure!(identifier.is_valid(), Error::<T>::InvalidIdentifier);
			ensure!(
				!identifiers.iter().skip(i.saturating_add(1)).any(|o| o.same_kind(identifier)),
				Error::<T>::RepeatedIdentifierKind
			);
			ensure!(
				current.contains(identifier) || !AssetByIdentifier::<T>::contains_key(identifier),
				Error::<T>::DuplicateIdentifier
			);
		}
		for identifier in identifiers.iter() {
			AssetByIdentifier::<T>::insert(identifier, asset);
		}
		Ok(())
	}

	pub(crate) fn do_issue(
		asset: T::AssetId,
		details: AssetOf<T>,
		partition: Partition,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<Moved, DispatchError> {
		Self::issue_cleared(asset, details, partition, to, amount).map_err(Self::dispatch_error)
	}

	/// [`Self::do_issue`], telling a refusal by compliance apart from other failures.
	pub(crate) fn issue_cleared(
		asset: T::AssetId,
		mut details: AssetOf<T>,
		partition: Partition,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<Moved, SettlementError> {
		ensure!(details.issuance_open, Error::<T>::IssuanceClosed);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let supply = details.supply.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		ensure!(details.supply_cap.is_none_or(|cap| supply <= cap), Error::<T>::SupplyCapExceeded);
		T::Compliance::can_issue(asset, &partition, to, amount)
			.map_err(SettlementError::Refused)?;
		let joined = Self::credit(asset, &details, partition, to, amount)?;
		PartitionSupply::<T>::try_mutate(asset, partition, |s| {
			*s = s.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			Ok::<_, Error<T>>(())
		})?;
		details.supply = supply;
		Assets::<T>::insert(asset, details);
		T::Compliance::issued(asset, to, amount)?;
		Ok(Moved { holders_changed: joined })
	}

	/// Redeems free units of `from`; `checked` asks compliance first.
	pub(crate) fn do_redeem(
		asset: T::AssetId,
		partition: Partition,
		from: &T::AccountId,
		amount: T::Balance,
		checked: bool,
	) -> Result<Moved, DispatchError> {
		let mut details = Self::asset(asset)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let account = Self::ensure_spendable(asset, partition, from, amount, false)?;
		if checked {
			T::Compliance::can_redeem(asset, &partition, from, amount)
				.map_err(Error::<T>::ComplianceRefused)?;
		}
		let left = Self::debit(asset, &details, partition, from, account, amount, false)?;
		PartitionSupply::<T>::try_mutate_exists(asset, partition, |s| {
			let left = s.unwrap_or_default().checked_sub(&amount).ok_or(Error::<T>::Overflow)?;
			*s = (!left.is_zero()).then_some(left);
			Ok::<_, Error<T>>(())
		})?;
		details.supply = details.supply.checked_sub(&amount).ok_or(Error::<T>::Overflow)?;
		Assets::<T>::insert(asset, details);
		T::Compliance::redeemed(asset, from, amount)?;
		Ok(Moved { holders_changed: left })
	}

	/// Moves units of `from` in `partition` to the same partition of `to`.
	pub(crate) fn do_transfer(
		asset: T::AssetId,
		partition: Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
		movement: Movement,
	) -> Result<Moved, DispatchError> {
		let memo = &mut LedgerMemo::default();
		let moved = Self::transfer_cleared(memo, asset, partition, from, to, amount, movement)
			.map_err(Self::dispatch_error)?;
		// Every transfer of the asset reads its record, which is shared within a block: noted
		// once it moved, so that a refusal leaves storage as it was. Settlements are charged
		// by the matching pallet's fit, which may count the record at no fill; not noted.
		T::Compliance::note_read(&Assets::<T>::hashed_key_for(asset));
		Ok(moved)
	}

	/// [`Self::do_transfer`], telling a refusal by compliance apart from other failures.
	pub(crate) fn transfer_cleared(
		memo: &mut LedgerMemo<T>,
		asset: T::AssetId,
		partition: Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
		movement: Movement,
	) -> Result<Moved, SettlementError> {
		let LedgerMemo { assets, compliance } = memo;
		let details = Self::remembered_asset(assets, asset)?;
		let account =
			Self::ensure_transferable(compliance, asset, partition, from, to, amount, movement)?;
		let settling = movement == Movement::Settlement;
		let left = Self::debit(asset, details, partition, from, account, amount, settling)?;
		let joined = Self::credit(asset, details, partition, to, amount)?;
		T::Compliance::transferred_remembering(compliance, asset, from, to, amount)?;
		Ok(Moved { holders_changed: left || joined })
	}

	pub(crate) fn dispatch_error(error: SettlementError) -> DispatchError {
		match error {
			SettlementError::Refused(reason) => Error::<T>::ComplianceRefused(reason).into(),
			SettlementError::Failed(error) => error,
		}
	}

	/// Every check of a transfer, in the order ERC-1400's `canTransferByPartition` reports
	/// them: amount, balance, then compliance (through `memo`). Returns the sender's balance
	/// record as it read it, for the debit.
	pub(crate) fn ensure_transferable(
		memo: &mut ComplianceMemoOf<T>,
		asset: T::AssetId,
		partition: Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
		movement: Movement,
	) -> Result<Option<AccountBalanceOf<T>>, SettlementError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(from != to, Error::<T>::TransferToSelf);
		let settling = movement == Movement::Settlement;
		let account = Self::ensure_spendable(asset, partition, from, amount, settling)?;
		if movement != Movement::Forced {
			T::Compliance::can_transfer_remembering(memo, asset, &partition, from, to, amount)
				.map_err(SettlementError::Refused)?;
		}
		Ok(account)
	}

	/// `who` has `amount` of `partition` to spend: free, or reserved for a settlement
	/// (`from_reserved`, as [`Self::debit`] takes it). Returns its balance record as read.
	fn ensure_spendable(
		asset: T::AssetId,
		partition: Partition,
		who: &T::AccountId,
		amount: T::Balance,
		from_reserved: bool,
	) -> Result<Option<AccountBalanceOf<T>>, DispatchError> {
		let account = AccountBalances::<T>::get(asset, who);
		let held = Self::held_in(account.as_ref(), &partition);
		if from_reserved {
			ensure!(held.reserved >= amount, Error::<T>::InsufficientReserved);
		} else {
			ensure!(held.free() >= amount, Error::<T>::InsufficientBalance);
		}
		Ok(account)
	}

	/// What `who` holds of `asset` in `partition`, and what of it is reserved; zero if none.
	pub(crate) fn held(
		asset: T::AssetId,
		who: &T::AccountId,
		partition: &Partition,
	) -> PartitionHolding<T::Balance> {
		Self::held_in(AccountBalances::<T>::get(asset, who).as_ref(), partition)
	}

	/// [`Self::held`] in a balance record already read.
	fn held_in(
		account: Option<&AccountBalanceOf<T>>,
		partition: &Partition,
	) -> PartitionHolding<T::Balance> {
		account.and_then(|account| account.in_partition(partition).copied()).unwrap_or(
			PartitionHolding {
				partition: *partition,
				balance: Zero::zero(),
				reserved: Zero::zero(),
			},
		)
	}

	/// Before `account`'s balance changes: keeps its balance now for every live checkpoint
	/// created since it last changed, which is its balance at that checkpoint.
	fn record_checkpoints(
		asset: T::AssetId,
		details: &AssetOf<T>,
		who: &T::AccountId,
		account: &mut AccountBalanceOf<T>,
	) {
		if account.checkpoint_seen >= details.last_checkpoint {
			return;
		}
		for checkpoint in details.live_checkpoints.iter().filter(|c| **c > account.checkpoint_seen)
		{
			CheckpointBalances::<T>::insert((asset, checkpoint, who), account.balance);
		}
		account.checkpoint_seen = details.last_checkpoint;
	}

	/// How many checkpoints of `asset` are live: how many balances a party's movement may keep.
	pub(crate) fn live_checkpoints(asset: T::AssetId) -> u32 {
		Assets::<T>::get(asset)
			.map_or(0, |details| u32::try_from(details.live_checkpoints.len()).unwrap_or(u32::MAX))
	}

	/// What `live` checkpoints add to a transfer: both parties' balances kept for each.
	pub(crate) fn kept_balances_weight(live: u32) -> Weight {
		T::WeightInfo::transfer(live).saturating_sub(T::WeightInfo::transfer(0))
	}

	/// What reporting both parties' holdings adds to a movement of `asset`: nothing unless its
	/// holdings are followed. The benchmarks move assets that are not.
	pub(crate) fn reports_weight(asset: T::AssetId) -> Weight {
		if <Self as AssetRecords<_, _, _>>::holdings_followed(asset) {
			Self::max_reports_weight()
		} else {
			Weight::zero()
		}
	}

	/// What reporting both parties' holdings adds to a movement of an asset that is followed.
	pub(crate) fn max_reports_weight() -> Weight {
		T::OnHoldingChanged::holding_changed_weight().saturating_mul(2)
	}

	/// What `who` held of `asset`, across partitions, at a live checkpoint.
	pub fn balance_at(
		asset: T::AssetId,
		checkpoint: CheckpointId,
		who: &T::AccountId,
	) -> Result<T::Balance, DispatchError> {
		let details = Self::asset(asset)?;
		ensure!(details.live_checkpoints.contains(&checkpoint), Error::<T>::CheckpointNotLive);
		Ok(match AccountBalances::<T>::get(asset, who) {
			// Unchanged since before the checkpoint.
			Some(account) if account.checkpoint_seen < checkpoint => account.balance,
			// Changed since: its balance then was recorded at the first change, or it held
			// nothing then.
			_ => CheckpointBalances::<T>::get((asset, checkpoint, who)).unwrap_or_default(),
		})
	}

	/// Adds `amount` to `to`'s units in `partition`; returns whether `to` held none of the
	/// asset before.
	fn credit(
		asset: T::AssetId,
		details: &AssetOf<T>,
		partition: Partition,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<bool, DispatchError> {
		let mut account = AccountBalances::<T>::get(asset, to);
		let joined = account.is_none();
		match account.as_mut() {
			Some(account) => Self::record_checkpoints(asset, details, to, account),
			None => AssetsHeld::<T>::mutate(to, |held| *held = held.saturating_add(1)),
		}
		let account = account.get_or_insert_with(|| AccountBalance {
			balance: Zero::zero(),
			partitions: Default::default(),
			checkpoint_seen: details.last_checkpoint,
			written: Default::default(),
		});
		account.balance = account.balance.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		match account.in_partition_mut(&partition) {
			Some(held) => {
				held.balance = held.balance.checked_add(&amount).ok_or(Error::<T>::Overflow)?
			}
			None => account
				.partitions
				.try_push(PartitionHolding { partition, balance: amount, reserved: Zero::zero() })
				.map_err(|_| Error::<T>::TooManyPartitions)?,
		}
		account.written = T::Compliance::note_stamped_rewrite(account.written);
		AccountBalances::<T>::insert(asset, to, account);
		if details.holdings_followed {
			T::OnHoldingChanged::holding_changed(asset, &partition, to);
		}
		Ok(joined)
	}

	/// Takes `amount` from `from`'s free units, or from its reserved ones for a settlement;
	/// returns whether `from` holds none of the asset after. `account` is `from`'s balance
	/// record, read by the check before it (which compliance's question, asked between them,
	/// does not write).
	#[allow(clippy::too_many_arguments)]
	fn debit(
		asset: T::AssetId,
		details: &AssetOf<T>,
		partition: Partition,
		from: &T::AccountId,
		account: Option<AccountBalanceOf<T>>,
		amount: T::Balance,
		from_reserved: bool,
	) -> Result<bool, DispatchError> {
		let mut account = account.ok_or(Error::<T>::InsufficientBalance)?;
		let held = account.in_partition_mut(&partition).ok_or(Error::<T>::InsufficientBalance)?;
		held.balance = held.balance.checked_sub(&amount).ok_or(Error::<T>::InsufficientBalance)?;
		if from_reserved {
			held.reserved =
				held.reserved.checked_sub(&amount).ok_or(Error::<T>::InsufficientReserved)?;
		}
		ensure!(held.reserved <= held.balance, Error::<T>::InsufficientBalance);
		if held.balance.is_zero() {
			account.partitions.retain(|held| held.partition != partition);
		}
		Self::record_checkpoints(asset, details, from, &mut account);
		account.balance =
			account.balance.checked_sub(&amount).ok_or(Error::<T>::InsufficientBalance)?;
		account.written = T::Compliance::note_stamped_rewrite(account.written);
		let left = account.balance.is_zero();
		if left {
			AccountBalances::<T>::remove(asset, from);
			AssetsHeld::<T>::mutate_exists(from, |held| {
				*held = held.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
			});
		} else {
			AccountBalances::<T>::insert(asset, from, account);
		}
		if details.holdings_followed {
			T::OnHoldingChanged::holding_changed(asset, &partition, from);
		}
		Ok(left)
	}

	/// Checks the ledger's invariants: partition balances add up to each holder's total and
	/// to each partition's supply, partition supplies add up to the asset's supply, nothing
	/// reserved exceeds its balance, no empty balance is stored, and the count of assets
	/// each account holds is right.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut partition_supply: BTreeMap<(T::AssetId, Partition), T::Balance> = BTreeMap::new();
		let mut held_count: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (asset, holder, account) in AccountBalances::<T>::iter() {
			ensure!(!account.partitions.is_empty(), "an empty balance is stored");
			let mut total = T::Balance::zero();
			for (i, held) in account.partitions.iter().enumerate() {
				ensure!(!held.balance.is_zero(), "an empty partition balance is stored");
				ensure!(held.reserved <= held.balance, "more is reserved than held");
				ensure!(
					!account.partitions.iter().skip(i + 1).any(|o| o.partition == held.partition),
					"a partition is listed twice"
				);
				let supply = partition_supply.entry((asset, held.partition)).or_default();
				*supply = supply.checked_add(&held.balance).ok_or("partition supply overflows")?;
				total = total.checked_add(&held.balance).ok_or("holder total overflows")?;
			}
			ensure!(total == account.balance, "a holder's total is not the sum of its partitions");
			let count = held_count.entry(holder).or_default();
			*count = count.saturating_add(1);
		}
		for (holder, count) in AssetsHeld::<T>::iter() {
			ensure!(held_count.get(&holder) == Some(&count), "the count of assets held is wrong");
		}
		ensure!(
			held_count.len() == AssetsHeld::<T>::iter().count(),
			"an account holding assets is not counted"
		);
		let mut asset_supply: BTreeMap<T::AssetId, T::Balance> = BTreeMap::new();
		for (asset, partition, supply) in PartitionSupply::<T>::iter() {
			ensure!(
				partition_supply.get(&(asset, partition)) == Some(&supply),
				"per-partition balances do not add up to the partition's supply"
			);
			let total = asset_supply.entry(asset).or_default();
			*total = total.checked_add(&supply).ok_or("supply overflows")?;
		}
		ensure!(
			partition_supply.len() == PartitionSupply::<T>::iter().count(),
			"a partition with balances has no supply"
		);
		for (asset, details) in Assets::<T>::iter() {
			ensure!(
				asset_supply.get(&asset).copied().unwrap_or_default() == details.supply,
				"partition supplies do not add up to the asset's supply"
			);
			ensure!(
				details.supply_cap.is_none_or(|cap| details.supply <= cap),
				"the supply exceeds its cap"
			);
			ensure!(
				Documents::<T>::iter_prefix(asset).count() == details.documents as usize,
				"the document count is wrong"
			);
			ensure!(
				details.live_checkpoints.windows(2).all(|w| w[0] < w[1])
					&& details.live_checkpoints.iter().all(|c| *c <= details.last_checkpoint
						&& Checkpoints::<T>::contains_key(asset, c)),
				"a live checkpoint is out of order or unknown"
			);
		}
		for (asset, _, account) in AccountBalances::<T>::iter() {
			let last = Assets::<T>::get(asset).map(|a| a.last_checkpoint).unwrap_or_default();
			ensure!(account.checkpoint_seen <= last, "an account saw a checkpoint not yet made");
		}
		for (_, distribution) in Distributions::<T>::iter() {
			ensure!(distribution.remaining <= distribution.total, "a distribution paid too much");
			if !distribution.reclaimed {
				ensure!(
					Self::reserved_balance(
						distribution.cash,
						&DEFAULT_PARTITION,
						&distribution.payer
					) >= distribution.remaining,
					"a distribution's cash is not reserved"
				);
			}
		}
		Ok(())
	}
}

impl<T: Config> AssetRecords<T::AccountId, T::AssetId, T::Balance> for Pallet<T> {
	fn holding(asset: T::AssetId, partition: &Partition, who: &T::AccountId) -> T::Balance {
		Self::held(asset, who, partition).balance
	}

	fn partitions_held(asset: T::AssetId, who: &T::AccountId) -> alloc::vec::Vec<Partition> {
		AccountBalances::<T>::get(asset, who)
			.map(|account| account.partitions.iter().map(|held| held.partition).collect())
			.unwrap_or_default()
	}

	fn is_controllable(asset: T::AssetId) -> bool {
		Assets::<T>::get(asset).is_some_and(|details| details.roles.controller.is_some())
	}

	fn is_issuable(asset: T::AssetId) -> bool {
		Assets::<T>::get(asset).is_some_and(|details| details.issuance_open)
	}

	fn is_halted(asset: T::AssetId) -> bool {
		T::Compliance::is_paused(asset)
	}

	fn documents(asset: T::AssetId) -> alloc::vec::Vec<DocumentInfo> {
		let mut documents = Self::documents_of(asset);
		documents.sort_by_key(|document| document.name);
		documents
	}

	fn follow_holdings(asset: T::AssetId, follow: bool) {
		Assets::<T>::mutate_extant(asset, |details| details.holdings_followed = follow);
	}

	fn holdings_followed(asset: T::AssetId) -> bool {
		Assets::<T>::get(asset).is_some_and(|details| details.holdings_followed)
	}
}

impl<T: Config> AssetLedger<T::AccountId, T::AssetId, T::Balance> for Pallet<T> {
	fn kind(asset: T::AssetId) -> Option<AssetKind> {
		Assets::<T>::get(asset).map(|details| details.kind)
	}

	fn decimals(asset: T::AssetId) -> Option<u8> {
		Assets::<T>::get(asset).map(|details| details.decimals)
	}

	fn free_balance(asset: T::AssetId, partition: &Partition, who: &T::AccountId) -> T::Balance {
		Self::held(asset, who, partition).free()
	}

	fn reserved_balance(
		asset: T::AssetId,
		partition: &Partition,
		who: &T::AccountId,
	) -> T::Balance {
		Self::held(asset, who, partition).reserved
	}

	fn reserve(
		asset: T::AssetId,
		partition: &Partition,
		who: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		AccountBalances::<T>::try_mutate(asset, who, |account| {
			let Some(account) = account.as_mut() else {
				// The asset's record is read only here, to name an unknown asset as such.
				Self::asset(asset)?;
				return Err(Error::<T>::InsufficientBalance);
			};
			let held =
				account.in_partition_mut(partition).ok_or(Error::<T>::InsufficientBalance)?;
			ensure!(held.free() >= amount, Error::<T>::InsufficientBalance);
			held.reserved = held.reserved.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			account.written = T::Compliance::note_stamped_rewrite(account.written);
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::Reserved {
			asset,
			partition: *partition,
			who: who.clone(),
			amount,
		});
		Ok(())
	}

	fn unreserve(
		asset: T::AssetId,
		partition: &Partition,
		who: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		AccountBalances::<T>::try_mutate(asset, who, |account| {
			let account = account.as_mut().ok_or(Error::<T>::InsufficientReserved)?;
			let held =
				account.in_partition_mut(partition).ok_or(Error::<T>::InsufficientReserved)?;
			held.reserved =
				held.reserved.checked_sub(&amount).ok_or(Error::<T>::InsufficientReserved)?;
			account.written = T::Compliance::note_stamped_rewrite(account.written);
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::Unreserved {
			asset,
			partition: *partition,
			who: who.clone(),
			amount,
		});
		Ok(())
	}

	fn can_transfer_reserved(
		asset: T::AssetId,
		partition: &Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), DispatchError> {
		Self::asset(asset)?;
		let memo = &mut Default::default();
		Self::ensure_transferable(memo, asset, *partition, from, to, amount, Movement::Settlement)
			.map(|_| ())
			.map_err(Self::dispatch_error)
	}

	type Memo = LedgerMemo<T>;

	fn transfer_reserved(
		memo: &mut LedgerMemo<T>,
		asset: T::AssetId,
		partition: &Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<Moved, SettlementError> {
		let moved = Self::transfer_cleared(
			memo,
			asset,
			*partition,
			from,
			to,
			amount,
			Movement::Settlement,
		)?;
		Self::deposit_event(Event::ReservedTransferred {
			asset,
			partition: *partition,
			from: from.clone(),
			to: to.clone(),
			amount,
		});
		Ok(moved)
	}

	fn movement_weight(asset: T::AssetId) -> Weight {
		Self::kept_balances_weight(Self::live_checkpoints(asset))
			.saturating_add(Self::reports_weight(asset))
	}

	fn max_movement_weight() -> Weight {
		Self::kept_balances_weight(MAX_LIVE_CHECKPOINTS).saturating_add(Self::max_reports_weight())
	}

	fn holding_weight(asset: T::AssetId) -> Weight {
		Pallet::<T>::holding_weight(asset)
	}

	fn max_holding_weight() -> Weight {
		Pallet::<T>::max_holding_weight()
	}

	fn holders_changed_weight() -> Weight {
		T::WeightInfo::transfer_changing_holders()
			.saturating_sub(T::WeightInfo::transfer_keeping_holdings())
	}

	fn issuance_agent(asset: T::AssetId) -> Option<IdentityId> {
		Assets::<T>::get(asset).map(|details| details.roles.issuance_agent)
	}

	fn issue(
		asset: T::AssetId,
		partition: &Partition,
		to: &T::AccountId,
		amount: T::Balance,
		by: &T::AccountId,
	) -> Result<Moved, SettlementError> {
		let details = Self::asset(asset)?;
		// Authority to issue is the issuance agent's at the time of issuance, whatever it
		// was when the caller set out.
		ensure!(
			Self::identity(by).ok() == Some(details.roles.issuance_agent),
			Error::<T>::NotIssuanceAgent
		);
		let moved = Self::issue_cleared(asset, details, *partition, to, amount)?;
		Self::deposit_event(Event::Issued {
			asset,
			partition: *partition,
			to: to.clone(),
			amount,
			by: by.clone(),
			data: Default::default(),
		});
		Ok(moved)
	}
}

/// An account that holds any asset may not leave its identity (see the compliance pallet).
impl<T: Config> AccountHoldings<T::AccountId> for Pallet<T> {
	fn holds_anything(who: &T::AccountId) -> bool {
		AssetsHeld::<T>::contains_key(who)
	}
}

impl<T: Config> From<Error<T>> for SettlementError {
	fn from(error: Error<T>) -> Self {
		SettlementError::Failed(error.into())
	}
}

/// What compliance keeps between the checks of one call.
pub(crate) type ComplianceMemoOf<T> = <<T as Config>::Compliance as TransferCompliance<
	<T as frame_system::Config>::AccountId,
	<T as Config>::AssetId,
	<T as Config>::Balance,
>>::Memo;

/// What a call that settles many movements (the fills of a sweep) reads once: each asset's
/// record, which no movement changes (neither a check of compliance's nor an
/// `OnHoldingChanged` report may write it), and what compliance keeps between its checks
/// ([`TransferCompliance::Memo`]). Made for one call, never kept beyond it.
pub struct LedgerMemo<T: Config> {
	assets: alloc::vec::Vec<(T::AssetId, AssetOf<T>)>,
	compliance: ComplianceMemoOf<T>,
}

impl<T: Config> Default for LedgerMemo<T> {
	fn default() -> Self {
		Self { assets: Default::default(), compliance: Default::default() }
	}
}
