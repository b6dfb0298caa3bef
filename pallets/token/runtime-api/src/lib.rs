//! The runtime API of the token ledger, for the node's JSON-RPC: what a wallet, a registrar
//! of holders and a portfolio screen read.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_compliance::{IdentityId, Partition};
pub use pallet_token::{
	AssetKind, DocumentInfo, PartitionHolding, Position, PriceSource, TransferRefusal, Valuation,
};

sp_api::decl_runtime_apis! {
	/// Reads of the ledger at a block.
	pub trait TokenApi<AccountId, AssetId, Balance>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
	{
		/// An account's balance of an asset in each partition it holds.
		fn balances(asset: AssetId, who: AccountId) -> Vec<PartitionHolding<Balance>>;
		/// Up to `limit` holders of an asset with their balances, after `after`.
		fn holders(asset: AssetId, after: Option<AccountId>, limit: u32) -> Vec<(AccountId, Balance)>;
		/// Would `amount` of `from`'s free units in `partition` move to `to` now? The ledger's
		/// checks and compliance's together (ERC-1400 `canTransferByPartition`).
		fn can_transfer(
			asset: AssetId,
			partition: Partition,
			from: AccountId,
			to: AccountId,
			amount: Balance,
		) -> Result<(), TransferRefusal>;
		/// Every document of an asset.
		fn documents(asset: AssetId) -> Vec<DocumentInfo>;
		/// Every holding of every key of an identity, valued at its last trade price or at
		/// its agent's price.
		fn portfolio(identity: IdentityId) -> Vec<Position<AccountId, AssetId, Balance>>;
	}
}
