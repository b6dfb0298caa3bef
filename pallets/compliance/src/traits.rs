//! How other pallets use compliance. Dependencies point down: the token pallet calls these;
//! compliance never calls the token pallet, except to ask, through [`AccountHoldings`],
//! whether an account still holds something before that account leaves its identity.

use crate::{
	block_cache::{Unspent, WriteStamp},
	types::{CountryCode, IdentityId, Partition, Rejection},
};
use alloc::vec::Vec;
use frame_support::weights::Weight;
use sp_runtime::DispatchResult;

/// The one question, and the facts compliance keeps to answer it. The token pallet asks
/// `can_*` before every movement and reports the movement with the matching past-tense
/// call after it, in the same transactional extrinsic; forced (controller) movements skip
/// the question but are reported all the same.
pub trait TransferCompliance<AccountId, AssetId, Balance> {
	/// Makes an asset known to compliance, with the account whose identity becomes its
	/// compliance agent.
	fn register_asset(asset: AssetId, agent: &AccountId) -> DispatchResult;
	/// What a call that moves assets many times between the same parties (the fills of a
	/// sweep) keeps from one check to the next, so that it reads each asset's and each
	/// party's unchanging records once. Made fresh for each call, never kept beyond it.
	type Memo: Default;
	/// May `amount` of `asset` move from `from` to `to`? If not, the rule that says no.
	fn can_transfer(
		asset: AssetId,
		partition: &Partition,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> Result<(), Rejection> {
		Self::can_transfer_remembering(
			&mut Self::Memo::default(),
			asset,
			partition,
			from,
			to,
			amount,
		)
	}
	/// [`Self::can_transfer`], reading what does not change within a call through `memo`.
	fn can_transfer_remembering(
		memo: &mut Self::Memo,
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
	/// Whether every movement of `asset` is paused by its compliance agent.
	fn is_paused(asset: AssetId) -> bool;
	/// Whether `asset` keeps its identities' holdings, which each of its movements then reads
	/// and writes (see the compliance pallet's `AssetProfile::keeps_holdings`).
	fn keeps_holdings(asset: AssetId) -> bool;
	/// May `who` buy `amount` of `asset` from another holder? The buyer's half of
	/// `can_transfer`, asked before the seller is known (when a buy order is placed).
	fn can_buy(
		asset: AssetId,
		partition: &Partition,
		who: &AccountId,
		amount: Balance,
	) -> Result<(), Rejection>;
	/// May `who` sell `amount` of `asset` to another holder? The seller's half of
	/// `can_transfer`, asked before the buyer is known (when a sell order is placed).
	fn can_sell(
		asset: AssetId,
		partition: &Partition,
		who: &AccountId,
		amount: Balance,
	) -> Result<(), Rejection>;
	/// The most that the rules, restrictions and freezes `asset` has now add to one `can_*`
	/// question: what a call that asked it is charged after dispatch beyond its own weight,
	/// which must be benchmarked with the question asked about an asset without rules,
	/// restrictions or freezes, of parties made by `benchmarking::identify`. Ask it after the
	/// question, which has read what this reads.
	fn check_weight(asset: AssetId) -> Weight;
	/// [`Self::check_weight`] of a question about the receiver alone ([`Self::can_buy`],
	/// [`Self::can_issue`]): only the rules' conditions on the receiver count.
	fn buyer_check_weight(asset: AssetId) -> Weight;
	/// [`Self::check_weight`] of a question about the sender alone ([`Self::can_sell`]): only
	/// the rules' conditions on the sender count.
	fn seller_check_weight(asset: AssetId) -> Weight;
	/// The most that any asset's rules, restrictions and freezes add to one `can_*` question:
	/// what a call that will ask it is charged before dispatch beyond its own weight.
	fn max_check_weight() -> Weight;
	/// `amount` moved from `from` to `to`.
	fn transferred(
		asset: AssetId,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> DispatchResult {
		Self::transferred_remembering(&Self::Memo::default(), asset, from, to, amount)
	}
	/// [`Self::transferred`] of a movement checked through `memo`, which knows its parties.
	fn transferred_remembering(
		memo: &Self::Memo,
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

/// Who is who: the identities behind accounts, for pallets that give rights to identities
/// rather than to keys (an asset's roles, a recovery within one identity, a portfolio).
pub trait IdentityRegistry<AccountId, AssetId> {
	/// The identity a key may act for: none if the key is unknown or was revoked.
	fn active_identity(key: &AccountId) -> Option<IdentityId>;
	/// The identity a key belongs to, revoked or not: a revoked key's holdings are still
	/// its identity's, and a recovery moves them to another of its keys.
	fn identity_of(key: &AccountId) -> Option<IdentityId>;
	/// Every key of an identity, revoked ones included (at most `MaxKeysPerIdentity`).
	fn keys_of(identity: IdentityId) -> Vec<AccountId>;
	/// The identity's jurisdiction, as a claim trusted for `asset` says.
	fn jurisdiction_of(asset: AssetId, identity: IdentityId) -> Option<CountryCode>;
}

/// The shared records (an asset's record, a market, its price lists) a block has already
/// read or written: a pallet notes its reads and writes of them, and a call gives back
/// after dispatch what its hits were charged (see [`crate::block_cache`]).
pub trait SharedRecords {
	/// Notes a read of the storage item at `key`.
	fn note_read(key: &[u8]);
	/// Notes a write of the storage item at `key`.
	fn note_write(key: &[u8]);
	/// Notes a read and then a write of the storage item at `key`, in one go.
	fn note_read_and_write(key: &[u8]);
	/// Counts a read and a rewrite of a record the caller knows an earlier extrinsic of this
	/// block wrote (an order placed in this block), without keeping its key.
	fn note_rewrite_of_earlier();
	/// Counts a read and a rewrite of a record of a party's own that carries the stamp of its
	/// last write (`last`) if an earlier extrinsic of this block wrote it; returns the stamp to
	/// write it with.
	fn note_stamped_rewrite(last: WriteStamp) -> WriteStamp;
	/// What the block has left unspent so far, its hits and the execution its checks gave
	/// back: a call's are the difference between two of these.
	fn unspent() -> Unspent;
}
