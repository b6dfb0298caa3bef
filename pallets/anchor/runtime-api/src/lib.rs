//! The runtime API of the anchor, for bridge relayers: they call it through `state_call` at
//! the block they prove against, and build checkpoints from what it returns.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
pub use anchor_primitives::{
	AssetEntry, AssetId, BalanceLeaf, DocumentLeaf, EpochCommitment, EpochNumber, EthAddress,
	Partition, MAX_PAGE,
};
use sp_core::H256;

/// An asset's newest sealed entry, as its mirror holds it once applied.
#[derive(Clone, Copy, PartialEq, Eq, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo)]
pub struct NewestEntry {
	pub epoch: EpochNumber,
	pub documents_hash: H256,
	pub flags: u8,
}

/// Where the anchor stands at a block.
#[derive(Clone, Copy, PartialEq, Eq, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo)]
pub struct AnchorStatus {
	/// The epoch now open, which collects changes.
	pub open_epoch: EpochNumber,
	/// The block the open epoch began in.
	pub opened_at: u32,
	/// The epoch being sealed, if sealing is under way.
	pub sealing: Option<EpochNumber>,
	/// The newest sealed commitment, if any: the MMR leaves after its closing block carry its
	/// hash.
	pub latest: Option<EpochCommitment>,
	/// The oldest epoch whose entries and leaves are still kept.
	pub oldest_kept: EpochNumber,
}

sp_api::decl_runtime_apis! {
	/// Reads of the anchor at a block.
	pub trait AnchorApi {
		/// Where the anchor stands.
		fn status() -> AnchorStatus;
		/// The bridged assets, in the order their entries take in an epoch.
		fn bridged_assets() -> Vec<AssetId>;
		/// The newest sealed entry of `asset`: where its mirror is headed. (Written when the
		/// asset's step of sealing runs, which may be a block before its epoch's commitment.)
		fn newest_entry(asset: AssetId) -> Option<NewestEntry>;
		/// The commitment of a kept epoch.
		fn epoch(number: EpochNumber) -> Option<EpochCommitment>;
		/// Every entry of a kept epoch, in the order of its tree.
		fn entries(number: EpochNumber) -> Vec<AssetEntry>;
		/// Up to `limit` (at most [`MAX_PAGE`]) balance leaves of `asset` in a kept epoch, from the
		/// `start`th, in the order of its tree.
		fn leaves(number: EpochNumber, asset: AssetId, start: u32, limit: u32) -> Vec<BalanceLeaf>;
		/// The documents of `asset` at this block, as an entry sealed here commits to them.
		fn documents(asset: AssetId) -> Vec<DocumentLeaf>;
		/// Up to `limit` (at most [`MAX_PAGE`]) non-zero committed balances of `asset` after the
		/// (partition, holder) `after`: what its mirror must show.
		fn committed_balances(
			asset: AssetId,
			after: Option<(Partition, EthAddress)>,
			limit: u32,
		) -> Vec<(Partition, EthAddress, u128)>;
		/// The Ethereum address an identity's holdings are mirrored under.
		fn holder_address(identity: u64) -> EthAddress;
	}
}
