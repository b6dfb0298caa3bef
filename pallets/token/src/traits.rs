//! How other pallets use the token ledger. The matching pallet locks what an order may sell
//! with a reservation and settles a trade by moving reserved balances, and issues what a
//! primary offering sold; every settlement movement is cleared by compliance like any other
//! transfer or issuance.

use crate::types::{AssetKind, DocumentInfo};
use alloc::vec::Vec;
use frame_support::weights::Weight;
use pallet_compliance::{IdentityId, Partition, Rejection};
use sp_runtime::{DispatchError, DispatchResult};

/// The ledger as a market sees it.
pub trait AssetLedger<AccountId, AssetId, Balance> {
	/// The kind of an asset, if it exists.
	fn kind(asset: AssetId) -> Option<AssetKind>;
	/// The decimals of an asset, if it exists.
	fn decimals(asset: AssetId) -> Option<u8>;
	/// What `who` holds of `asset` in `partition` and has not reserved.
	fn free_balance(asset: AssetId, partition: &Partition, who: &AccountId) -> Balance;
	/// What `who` has reserved of `asset` in `partition`.
	fn reserved_balance(asset: AssetId, partition: &Partition, who: &AccountId) -> Balance;
	/// Holds `amount` of `who`'s free balance for an open order.
	fn reserve(
		asset: AssetId,
		partition: &Partition,
		who: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Releases `amount` of `who`'s reserved balance.
	fn unreserve(
		asset: AssetId,
		partition: &Partition,
		who: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Whether `amount` of `from`'s reserved balance could settle to `to` now: the same
	/// checks, compliance's included, as [`Self::transfer_reserved`], without the movement.
	fn can_transfer_reserved(
		asset: AssetId,
		partition: &Partition,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> Result<(), DispatchError>;
	/// What a call that settles many movements keeps from one to the next (the records of
	/// the assets and parties, which no movement changes): made fresh for each call with
	/// `Default`, never kept beyond it.
	type Memo: Default;
	/// Settles `amount` of `from`'s reserved balance to `to`, cleared by compliance. A
	/// refusal by compliance is told apart, so a market can pass over a pair of parties
	/// that may not trade and go on. `memo` is the call's.
	fn transfer_reserved(
		memo: &mut Self::Memo,
		asset: AssetId,
		partition: &Partition,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> Result<Moved, SettlementError>;
	/// The most that `asset` adds to one movement of it: the balance each party had at each
	/// of its live checkpoints, kept at its first change after it, and while its holdings are
	/// followed, the report of both parties' holdings to `OnHoldingChanged`. What a call that
	/// moved the asset is charged after dispatch beyond its own weight, which must be
	/// benchmarked with its movements of assets without live checkpoints, not followed.
	fn movement_weight(asset: AssetId) -> Weight;
	/// The most that any asset adds to one movement ([`Self::movement_weight`]): what a call
	/// that will move an asset is charged before dispatch beyond its own weight.
	fn max_movement_weight() -> Weight;
	/// What `asset` adds for each party whose holding of it a call moves, if it keeps its
	/// identities' holdings in compliance: the party's holding read (the sender's when
	/// checked) and written when moved. A call that moves one party's holding of an asset more than once reads
	/// and writes it from the database only the first time; each further movement adds this
	/// less one read and one write. The call's own weight must be benchmarked with its
	/// movements of assets that keep no holdings.
	fn holding_weight(asset: AssetId) -> Weight;
	/// The most that any asset adds for each party's holding ([`Self::holding_weight`]).
	fn max_holding_weight() -> Weight;
	/// What a movement that made a new holder of its asset or let one go adds to its weight:
	/// the holder counts it keeps (the ledger's and compliance's). A call that moved assets
	/// is charged this after dispatch for each movement whose [`Moved`] says so (committed or
	/// rolled back), and before dispatch for every movement it may make; its own benchmark
	/// must move assets between parties that hold them before and after. The one exception is
	/// recovering a lost key's balances, whose benchmark holds its dearest case.
	fn holders_changed_weight() -> Weight;
	/// The identity that issues `asset` (its issuance agent), if the asset exists.
	fn issuance_agent(asset: AssetId) -> Option<IdentityId>;
	/// Issues `amount` of `asset` to `to` in `partition`, on behalf of `by`, a key of its
	/// issuance agent (a primary offering's settlement), cleared by compliance. A refusal by
	/// compliance is told apart, as by [`Self::transfer_reserved`].
	fn issue(
		asset: AssetId,
		partition: &Partition,
		to: &AccountId,
		amount: Balance,
		by: &AccountId,
	) -> Result<Moved, SettlementError>;
}

/// What a movement did that the benchmark of the call that made it leaves out.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
#[must_use]
pub struct Moved {
	/// A party became a holder of the asset, or stopped being one, so the holder counts
	/// changed ([`AssetLedger::holders_changed_weight`]).
	pub holders_changed: bool,
}

impl Moved {
	/// Adds this movement to `holders_changed`, a count of the movements that changed
	/// holders, if it did.
	pub fn count(self, holders_changed: &mut u32) {
		if self.holders_changed {
			*holders_changed = holders_changed.saturating_add(1);
		}
	}
}

/// Why a settlement movement did not happen; nothing moved either way.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SettlementError {
	/// Compliance refused this movement between these parties, for this reason.
	Refused(Rejection),
	/// Anything else (unknown asset, too little reserved, ...): the settlement must stop.
	Failed(DispatchError),
}

impl From<DispatchError> for SettlementError {
	fn from(error: DispatchError) -> Self {
		SettlementError::Failed(error)
	}
}

/// Told when a holder's balance of a partition changes (issued, redeemed or moved; not when it
/// is only reserved or released), so another pallet can follow balances without scanning them.
pub trait OnHoldingChanged<AccountId, AssetId> {
	fn holding_changed(asset: AssetId, partition: &Partition, who: &AccountId);
	/// The most that one `holding_changed` costs: the movement that reports it pays it.
	fn holding_changed_weight() -> Weight;
}

impl<AccountId, AssetId> OnHoldingChanged<AccountId, AssetId> for () {
	fn holding_changed(_: AssetId, _: &Partition, _: &AccountId) {}
	fn holding_changed_weight() -> Weight {
		Weight::zero()
	}
}

/// What the ledger records of an asset and its holders, as a mirror of it needs them.
pub trait AssetRecords<AccountId, AssetId, Balance> {
	/// All that `who` holds of `asset` in `partition`, reserved or not.
	fn holding(asset: AssetId, partition: &Partition, who: &AccountId) -> Balance;
	/// The partitions of `asset` that `who` holds (at most `MaxPartitionsPerHolder`).
	fn partitions_held(asset: AssetId, who: &AccountId) -> Vec<Partition>;
	/// Whether a controller can force transfers of `asset` (ERC-1644 `isControllable`).
	fn is_controllable(asset: AssetId) -> bool;
	/// Whether `asset` can still be issued (ERC-1594 `isIssuable`).
	fn is_issuable(asset: AssetId) -> bool;
	/// Whether every movement of `asset` is paused (by its compliance agent), so that its
	/// mirrors elsewhere halt their transfers too.
	fn is_halted(asset: AssetId) -> bool;
	/// The documents of `asset` in ascending order of name (at most `MaxDocuments`).
	fn documents(asset: AssetId) -> Vec<DocumentInfo>;
	/// Starts or stops reporting the changes of `asset`'s holdings to `OnHoldingChanged`;
	/// nothing if there is no such asset.
	fn follow_holdings(asset: AssetId, follow: bool);
	/// Whether changes of `asset`'s holdings are reported.
	fn holdings_followed(asset: AssetId) -> bool;
}
