//! How other pallets use compliance. Dependencies point down: the token pallet calls these;
//! compliance never calls the token pallet, except to ask, through [`AccountHoldings`],
//! whether an account still holds something before that account leaves its identity.

use crate::types::{Partition, Rejection};
use sp_runtime::DispatchResult;

/// The one question, and the facts compliance keeps to answer it. The token pallet asks
/// `can_*` before every movement and reports the movement with the matching past-tense
/// call after it, in the same transactional extrinsic; forced (controller) movements skip
/// the question but are reported all the same.
pub trait TransferCompliance<AccountId, AssetId, Balance> {
	/// Makes an asset known to compliance, with the account whose identity becomes its
	/// compliance agent.
	fn register_asset(asset: AssetId, agent: &AccountId) -> DispatchResult;
	/// May `amount` of `asset` move from `from` to `to`? If not, the rule that says no.
	fn can_transfer(
		asset: AssetId,
		partition: &Partition,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> Result<(), Rejection>;
	/// May `amount` of `asset` be issued to `to`? Checks the receiver.
	fn can_issue(
		asset: AssetId,
		partition: &Partition,
		to: &AccountId,
		amount: Balance,
	) -> Result<(), Rejection>;
	/// May `from` redeem `amount` of `asset`? Checks the holder.
	fn can_redeem(
		asset: AssetId,
		partition: &Partition,
		from: &AccountId,
		amount: Balance,
	) -> Result<(), Rejection>;
	/// `amount` moved from `from` to `to`.
	fn transferred(
		asset: AssetId,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// `amount` was issued to `to`.
	fn issued(asset: AssetId, to: &AccountId, amount: Balance) -> DispatchResult;
	/// `amount` held by `from` was redeemed.
	fn redeemed(asset: AssetId, from: &AccountId, amount: Balance) -> DispatchResult;
}

/// Whether an account holds any asset at all; implemented by the token pallet. A key that
/// holds something cannot leave its identity, or the identity's holdings that compliance
/// counts would no longer match its accounts' balances.
pub trait AccountHoldings<AccountId> {
	fn holds_anything(who: &AccountId) -> bool;
}

/// No assets anywhere: every key may leave its identity.
impl<AccountId> AccountHoldings<AccountId> for () {
	fn holds_anything(_: &AccountId) -> bool {
		false
	}
}
