//! What relayers and reconciliation read of the anchor, through its runtime API.

use crate::pallet::*;
use alloc::vec::Vec;
use anchor_primitives::{AssetEntry, BalanceLeaf, DocumentLeaf, EpochNumber, EthAddress, MAX_PAGE};
use pallet_compliance::Partition;
use pallet_token::AssetRecords;

impl<T: Config> Pallet<T> {
	/// The entries of a kept epoch, in the order of its tree; none if it was pruned or had none.
	pub fn entries_of(epoch: EpochNumber) -> Vec<AssetEntry> {
		let Some(commitment) = Epochs::<T>::get(epoch) else { return Vec::new() };
		(0..commitment.asset_count).filter_map(|index| Entries::<T>::get(epoch, index)).collect()
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) of the balance leaves of `asset` in a kept epoch,
	/// from the `start`th in the order of its tree.
	pub fn leaves_of_epoch(
		epoch: EpochNumber,
		asset: T::AssetId,
		start: u32,
		limit: u32,
	) -> Vec<BalanceLeaf> {
		let end = start.saturating_add(limit.min(MAX_PAGE));
		(start..end).map_while(|index| Leaves::<T>::get((epoch, asset, index))).collect()
	}

	/// The documents of `asset` now, as a sealed entry commits to them.
	pub fn documents_now(asset: T::AssetId) -> Vec<DocumentLeaf> {
		T::Ledger::documents(asset)
			.into_iter()
			.map(|document| DocumentLeaf {
				name: document.name,
				uri: document.uri,
				content_hash: document.content_hash,
				updated_at: document.updated_at,
			})
			.collect()
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) of the non-zero balances committed for `asset`,
	/// after the (partition, holder) `after`, in storage order.
	pub fn committed_balances(
		asset: T::AssetId,
		after: Option<(Partition, EthAddress)>,
		limit: u32,
	) -> Vec<(Partition, EthAddress, u128)> {
		let balances = match after {
			Some((partition, holder)) => Committed::<T>::iter_prefix_from(
				(asset,),
				Committed::<T>::hashed_key_for((asset, partition, holder)),
			),
			None => Committed::<T>::iter_prefix((asset,)),
		};
		balances
			.take(limit.min(MAX_PAGE) as usize)
			.map(|((partition, holder), balance)| (partition, holder, balance))
			.collect()
	}
}
