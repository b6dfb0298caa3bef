//! The runtime API of compliance: the same question the token pallet asks before every
//! movement, for the node's JSON-RPC dry run, so a dApp can ask before it signs.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::Codec;
pub use pallet_compliance::{Partition, Rejection};

sp_api::decl_runtime_apis! {
	/// Whether a movement of an asset may happen now, and if not, which rule says no.
	pub trait ComplianceApi<AccountId, AssetId, Balance>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
	{
		/// May `amount` of `asset` move from `from` to `to`?
		fn can_transfer(
			asset: AssetId,
			partition: Partition,
			from: AccountId,
			to: AccountId,
			amount: Balance,
		) -> Result<(), Rejection>;
		/// May `amount` of `asset` be issued to `to`?
		fn can_issue(asset: AssetId, partition: Partition, to: AccountId, amount: Balance)
			-> Result<(), Rejection>;
		/// May `from` redeem `amount` of `asset`?
		fn can_redeem(asset: AssetId, partition: Partition, from: AccountId, amount: Balance)
			-> Result<(), Rejection>;
	}
}
