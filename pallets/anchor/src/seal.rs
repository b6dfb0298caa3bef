//! Closing and sealing epochs, and pruning the epochs relayers no longer need.

use crate::{pallet::*, WeightInfo};
use alloc::vec::Vec;
use anchor_primitives::{
	documents_hash, AssetEntry, BalanceLeaf, EpochCommitment, EpochNumber, FLAG_CONTROLLABLE,
	FLAG_HALTED, FLAG_ISSUABLE,
};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compliance::{IdentityId, IdentityRegistry, Partition};
use pallet_token::AssetRecords;
use sp_runtime::{SaturatedConversion, Saturating};

/// What one sealing step did.
pub(crate) enum Step {
	Change,
	Asset,
	Done,
}

impl<T: Config> Pallet<T> {
	/// Closes the open epoch when its time is up, seals the closed one by at most
	/// `MaxSealedPerBlock` steps, and prunes what relayers no longer need.
	pub(crate) fn advance(now: BlockNumberFor<T>) -> Weight {
		let mut weight = T::DbWeight::get().reads(3);
		let mut sealing = Sealing::<T>::get();
		if sealing.is_none() && now >= OpenedAt::<T>::get().saturating_add(Self::epoch_length()) {
			sealing = Some(Self::close_epoch(now));
			weight.saturating_accrue(T::WeightInfo::close_epoch());
		}
		if let Some(mut state) = sealing {
			let mut finished = false;
			for _ in 0..T::MaxSealedPerBlock::get() {
				match Self::seal_step(&mut state) {
					Step::Change => weight.saturating_accrue(T::WeightInfo::seal_change()),
					Step::Asset => weight.saturating_accrue(T::WeightInfo::seal_asset()),
					Step::Done => {
						Self::finish(&state, now);
						weight.saturating_accrue(T::WeightInfo::finish_epoch());
						finished = true;
						break;
					}
				}
			}
			if !finished {
				Sealing::<T>::put(state);
			}
		}
		weight.saturating_add(Self::prune())
	}

	/// The most [`Self::advance`] can weigh in one block: an epoch closed, every step the
	/// dearest, the epoch finished and the oldest one pruned as far as a block goes.
	pub fn max_hook_weight() -> Weight {
		let db = T::DbWeight::get();
		let step = T::WeightInfo::seal_change().max(T::WeightInfo::seal_asset());
		let limit = u64::from(T::MaxSealedPerBlock::get());
		let pruned = limit.saturating_mul(2).saturating_add(T::MaxBridgedAssets::get().into());
		db.reads(3)
			.saturating_add(T::WeightInfo::close_epoch())
			.saturating_add(step.saturating_mul(limit))
			.saturating_add(T::WeightInfo::finish_epoch())
			.saturating_add(db.reads(4))
			.saturating_add(db.writes(pruned.saturating_add(2)))
	}

	pub(crate) fn close_epoch(now: BlockNumberFor<T>) -> SealingOf<T> {
		let epoch = OpenEpoch::<T>::get();
		OpenEpoch::<T>::put(epoch.saturating_add(1));
		OpenedAt::<T>::put(now);
		let assets = BridgedAssets::<T>::get();
		let staying: Vec<T::AssetId> = assets
			.iter()
			.copied()
			.filter(|asset| {
				let leaving = Bridged::<T>::get(asset) == Some(true);
				if leaving {
					Bridged::<T>::remove(asset);
					T::Ledger::follow_holdings(*asset, false);
				}
				!leaving
			})
			.collect();
		if staying.len() != assets.len() {
			// A subset of a bounded list fits the same bound.
			BridgedAssets::<T>::put(BoundedVec::truncate_from(staying));
		}
		Self::deposit_event(Event::EpochClosed { epoch });
		SealingOf::<T> {
			epoch,
			assets,
			asset_index: 0,
			change_index: 0,
			leaves: Default::default(),
			entries: Default::default(),
		}
	}

	pub(crate) fn seal_step(state: &mut SealingOf<T>) -> Step {
		let epoch = state.epoch;
		let Some(&asset) = state.assets.get(state.asset_index as usize) else { return Step::Done };
		if state.change_index < ChangeCount::<T>::get(epoch, asset) {
			if let Some((partition, identity)) =
				Changes::<T>::take((epoch, asset, state.change_index))
			{
				Recorded::<T>::remove((epoch, asset, partition, identity));
				for leaf in Self::leaves_of(epoch, asset, partition, identity) {
					let index = state.leaves.count;
					if state.leaves.push(leaf.hash()) {
						Leaves::<T>::insert((epoch, asset, index), leaf);
						let key = (asset, leaf.partition, leaf.holder);
						if leaf.balance == 0 {
							Committed::<T>::remove(key);
						} else {
							Committed::<T>::insert(key, leaf.balance);
						}
					}
				}
			}
			state.change_index = state.change_index.saturating_add(1);
			return Step::Change;
		}
		Self::seal_asset(state, asset);
		ChangeCount::<T>::remove(epoch, asset);
		state.asset_index = state.asset_index.saturating_add(1);
		state.change_index = 0;
		state.leaves = Default::default();
		Step::Asset
	}

	/// The leaves of one changed holding: a zero for each address the identity gave up in the
	/// epoch, then its total over all its keys under its address now.
	fn leaves_of(
		epoch: EpochNumber,
		asset: T::AssetId,
		partition: Partition,
		identity: IdentityId,
	) -> Vec<BalanceLeaf> {
		let leaf = |holder, balance| BalanceLeaf {
			asset: asset.into(),
			partition,
			holder,
			balance,
			epoch,
		};
		let mut leaves: Vec<BalanceLeaf> = RetiredAddresses::<T>::get(epoch, identity)
			.into_iter()
			.map(|holder| leaf(holder, 0))
			.collect();
		let balance = T::Identities::keys_of(identity).iter().fold(0u128, |total, key| {
			total.saturating_add(T::Ledger::holding(asset, &partition, key).into())
		});
		leaves.push(leaf(Self::holder_address(identity), balance));
		leaves
	}

	/// Adds the asset's entry to the epoch if its balances, documents or flags changed.
	fn seal_asset(state: &mut SealingOf<T>, asset: T::AssetId) {
		let documents_hash = documents_hash(&Self::documents_now(asset));
		let mut flags = 0;
		if T::Ledger::is_controllable(asset) {
			flags |= FLAG_CONTROLLABLE;
		}
		if T::Ledger::is_issuable(asset) {
			flags |= FLAG_ISSUABLE;
		}
		if T::Ledger::is_halted(asset) {
			flags |= FLAG_HALTED;
		}
		let last = LastEntry::<T>::get(asset);
		let unchanged =
			last.is_some_and(|(_, hash, last_flags)| hash == documents_hash && last_flags == flags);
		if state.leaves.count == 0 && unchanged {
			return;
		}
		let entry = AssetEntry {
			asset: asset.into(),
			epoch: state.epoch,
			previous_epoch: last.map_or(0, |(epoch, ..)| epoch),
			change_count: state.leaves.count,
			changes_root: state.leaves.root(),
			documents_hash,
			flags,
		};
		let index = state.entries.count;
		if state.entries.push(entry.hash()) {
			Entries::<T>::insert(state.epoch, index, entry);
			LastEntry::<T>::insert(asset, (state.epoch, documents_hash, flags));
		}
	}

	pub(crate) fn finish(state: &SealingOf<T>, now: BlockNumberFor<T>) {
		Sealing::<T>::kill();
		if state.entries.count == 0 {
			return;
		}
		let commitment = EpochCommitment {
			number: state.epoch,
			closing_block: now.saturated_into(),
			asset_count: state.entries.count,
			assets_root: state.entries.root(),
		};
		Epochs::<T>::insert(state.epoch, commitment);
		LatestCommitment::<T>::put(commitment);
		Self::deposit_event(Event::EpochSealed {
			epoch: state.epoch,
			commitment,
			hash: commitment.hash(),
		});
	}

	/// Removes at most `MaxSealedPerBlock` leaves of the oldest epoch beyond those kept.
	fn prune() -> Weight {
		let oldest = OldestKept::<T>::get();
		let sealed =
			OpenEpoch::<T>::get().saturating_sub(if Sealing::<T>::exists() { 2 } else { 1 });
		// The oldest kept epoch, the open one, whether one is being sealed, how many are kept.
		let mut weight = T::DbWeight::get().reads(4);
		if oldest.saturating_add(Self::epochs_kept().into()) > sealed {
			return weight;
		}
		let limit = T::MaxSealedPerBlock::get();
		let leaves = Leaves::<T>::clear_prefix((oldest,), limit, None);
		let retired = RetiredAddresses::<T>::clear_prefix(oldest, limit, None);
		let entries = Entries::<T>::clear_prefix(oldest, T::MaxBridgedAssets::get(), None);
		weight.saturating_accrue(
			T::DbWeight::get().writes(
				u64::from(leaves.backend)
					.saturating_add(retired.backend.into())
					.saturating_add(entries.backend.into()),
			),
		);
		if leaves.maybe_cursor.is_none()
			&& retired.maybe_cursor.is_none()
			&& entries.maybe_cursor.is_none()
		{
			Epochs::<T>::remove(oldest);
			OldestKept::<T>::put(oldest.saturating_add(1));
			weight.saturating_accrue(T::DbWeight::get().writes(2));
		}
		weight
	}

	/// Checks the anchor's invariants: the bridged list and map agree, linked addresses and
	/// identities are one to one, every recorded change of an epoch not yet being sealed is
	/// counted once, sealing points inside its list, no committed balance is zero, and the
	/// newest commitment is the newest kept epoch's.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let list = BridgedAssets::<T>::get();
		ensure!(list.len() == Bridged::<T>::iter().count(), "the bridged list and map differ");
		ensure!(list.iter().all(Bridged::<T>::contains_key), "a listed asset is not bridged");
		ensure!(
			list.iter().all(|asset| T::Ledger::holdings_followed(*asset)),
			"the ledger does not report a bridged asset's holdings"
		);
		for (identity, address) in EthAddressOf::<T>::iter() {
			ensure!(
				IdentityOfEthAddress::<T>::get(address) == Some(identity),
				"a linked address points elsewhere"
			);
		}
		ensure!(
			EthAddressOf::<T>::iter().count() == IdentityOfEthAddress::<T>::iter().count(),
			"an address is linked without its identity"
		);
		let open = OpenEpoch::<T>::get();
		for (epoch, asset, count) in ChangeCount::<T>::iter() {
			if epoch != open {
				continue;
			}
			let changes = Changes::<T>::iter_prefix((epoch, asset)).count();
			ensure!(changes == count as usize, "a change count is wrong");
			let recorded = Recorded::<T>::iter_prefix((epoch, asset)).count();
			ensure!(recorded == changes, "a change is recorded twice or not at all");
		}
		if let Some(state) = Sealing::<T>::get() {
			ensure!(state.epoch < open, "the epoch being sealed is still open");
			ensure!(state.asset_index as usize <= state.assets.len(), "sealing is past its assets");
		}
		ensure!(
			Committed::<T>::iter_values().all(|balance| balance != 0),
			"a zero balance is kept as committed"
		);
		if let Some(latest) = LatestCommitment::<T>::get() {
			ensure!(
				Epochs::<T>::get(latest.number).is_none_or(|kept| kept == latest),
				"the newest commitment is not its epoch's"
			);
		}
		Ok(())
	}
}
