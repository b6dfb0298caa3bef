//! The data of the token pallet: assets, their roles and identifiers, balances by partition,
//! and documents.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, PartialEqNoBound};
use pallet_compliance::{CountryCode, IdentityId, Moment, Partition, WriteStamp};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Permill;

/// The partition a balance lives in unless an issuer names another (ERC-1410's default).
pub const DEFAULT_PARTITION: Partition = [0u8; 32];

/// The most decimals an asset may have: 18, as ERC-20 tokens usually do.
pub const MAX_DECIMALS: u8 = 18;

/// The most identifiers one asset may carry: one of each kind.
pub const MAX_IDENTIFIERS: u32 = 3;

/// The most checkpoints of one asset that may be live (answerable) at once. Every balance
/// change writes the balance for each live checkpoint created since the account last
/// changed, so the bound keeps a transfer's cost fixed.
pub const MAX_LIVE_CHECKPOINTS: u32 = 4;

/// A record date of an asset, numbered from 1 per asset.
pub type CheckpointId = u32;

/// A distribution of cash to an asset's holders, numbered across assets.
pub type DistributionId = u32;

/// A holders' vote, numbered across assets.
pub type BallotId = u32;

/// What kind of instrument an asset is.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum AssetKind {
	Equity,
	Debt,
	FundUnit,
	/// A cash or deposit token issued by a settlement bank: the payment leg of a trade.
	Cash,
	Other,
}

/// A public identifier of an asset or its issuer, checked by its check digits.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum AssetIdentifier {
	/// ISO 6166 International Securities Identification Number.
	Isin([u8; 12]),
	/// CUSIP, the North American securities identifier.
	Cusip([u8; 9]),
	/// ISO 17442 Legal Entity Identifier of the issuer.
	Lei([u8; 20]),
}

impl AssetIdentifier {
	/// Whether the identifier is well formed and its check digits are right.
	pub fn is_valid(&self) -> bool {
		match self {
			AssetIdentifier::Isin(code) => crate::identifiers::is_valid_isin(code),
			AssetIdentifier::Cusip(code) => crate::identifiers::is_valid_cusip(code),
			AssetIdentifier::Lei(code) => crate::identifiers::is_valid_lei(code),
		}
	}

	/// Identifiers of the same kind: an asset carries at most one of each.
	pub fn same_kind(&self, other: &Self) -> bool {
		core::mem::discriminant(self) == core::mem::discriminant(other)
	}
}

/// The roles on an asset, each held by an identity, so that any key of that identity acts
/// in it and a lost key does not lose the role.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct AssetRoles {
	/// Assigns the other roles, sets identifiers and documents, closes issuance.
	pub owner: IdentityId,
	/// Issues new units.
	pub issuance_agent: IdentityId,
	/// Forces transfers and redemptions (ERC-1644); none once the asset is not controllable.
	pub controller: Option<IdentityId>,
	/// Runs corporate actions: record dates, distributions, votes.
	pub corporate_actions_agent: IdentityId,
}

/// A role the owner assigns. The compliance agent is kept by the compliance pallet.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Role {
	IssuanceAgent,
	Controller,
	CorporateActionsAgent,
}

/// An asset.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxName, MaxSymbol))]
pub struct AssetDetails<Balance, MaxName: Get<u32>, MaxSymbol: Get<u32>>
where
	Balance: Clone + PartialEq + core::fmt::Debug,
{
	pub name: BoundedVec<u8, MaxName>,
	pub symbol: BoundedVec<u8, MaxSymbol>,
	pub kind: AssetKind,
	/// How many decimal places a unit is divided into.
	pub decimals: u8,
	pub identifiers: BoundedVec<AssetIdentifier, frame_support::traits::ConstU32<MAX_IDENTIFIERS>>,
	pub roles: AssetRoles,
	/// The identity offered the ownership, until it accepts.
	pub pending_owner: Option<IdentityId>,
	/// The supply across all partitions.
	pub supply: Balance,
	/// The most that may ever be outstanding.
	pub supply_cap: Option<Balance>,
	/// False for good once the owner closes issuance (ERC-1594 `isIssuable`).
	pub issuance_open: bool,
	/// How many documents the asset has.
	pub documents: u32,
	/// The last checkpoint created; 0 if none.
	pub last_checkpoint: CheckpointId,
	/// The checkpoints whose balances are kept, oldest first.
	pub live_checkpoints:
		BoundedVec<CheckpointId, frame_support::traits::ConstU32<MAX_LIVE_CHECKPOINTS>>,
	/// Whether changes of its holdings are reported to `OnHoldingChanged` (while the anchor
	/// bridges it), so that moving an asset no one follows asks no one.
	pub holdings_followed: bool,
}

/// One account's holding of one asset, across its partitions.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxPartitions))]
pub struct AccountBalance<Balance, MaxPartitions: Get<u32>>
where
	Balance: Clone + PartialEq + core::fmt::Debug,
{
	/// The balance across all partitions.
	pub balance: Balance,
	/// What the account holds in each partition it holds a balance in, in the order it first
	/// received them. They live in this one item so that a movement reads and writes one item
	/// a party.
	pub partitions: BoundedVec<PartitionHolding<Balance>, MaxPartitions>,
	/// The last checkpoint of the asset that existed when this balance last changed: for
	/// every later live checkpoint, the balance now is the balance then.
	pub checkpoint_seen: CheckpointId,
	/// When this balance was last written: a later extrinsic of the same block that rewrites
	/// it finds it in the block's overlay and is given back its read and write.
	pub written: WriteStamp,
}

impl<Balance, MaxPartitions> AccountBalance<Balance, MaxPartitions>
where
	Balance: Clone + PartialEq + core::fmt::Debug,
	MaxPartitions: Get<u32>,
{
	/// What the account holds in `partition`, if anything.
	pub fn in_partition(&self, partition: &Partition) -> Option<&PartitionHolding<Balance>> {
		self.partitions.iter().find(|held| held.partition == *partition)
	}

	pub fn in_partition_mut(
		&mut self,
		partition: &Partition,
	) -> Option<&mut PartitionHolding<Balance>> {
		self.partitions.iter_mut().find(|held| held.partition == *partition)
	}
}

/// A document of an asset (ERC-1643): where it is and what its content hashes to.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUri))]
pub struct Document<MaxUri: Get<u32>> {
	pub uri: BoundedVec<u8, MaxUri>,
	pub content_hash: H256,
	/// When it was last set, in milliseconds since the Unix epoch.
	pub updated_at: Moment,
}

/// The name of a document, as ERC-1643's bytes32.
pub type DocumentName = [u8; 32];

/// A record date: the supply then, and how many distributions and ballots still use it.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Checkpoint<Balance> {
	pub created_at: Moment,
	pub supply: Balance,
	pub uses: u32,
}

/// A tax rate withheld from the holders of one jurisdiction.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Withholding {
	pub country: CountryCode,
	pub rate: Permill,
}

/// A dividend or coupon: `total` of a cash token, reserved in the payer's account, shared
/// pro rata to the balances at a checkpoint.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxRates))]
pub struct Distribution<AccountId, AssetId, Balance, MaxRates: Get<u32>>
where
	AccountId: Clone + PartialEq + core::fmt::Debug,
	AssetId: Clone + PartialEq + core::fmt::Debug,
	Balance: Clone + PartialEq + core::fmt::Debug,
{
	pub asset: AssetId,
	pub checkpoint: CheckpointId,
	/// The account the cash is paid from; it holds `remaining` reserved.
	pub payer: AccountId,
	pub cash: AssetId,
	pub total: Balance,
	/// What is reserved and not yet paid or withheld.
	pub remaining: Balance,
	/// Holders are paid from this instant on.
	pub pay_from: Moment,
	/// After this instant nothing more is paid, and the payer reclaims the rest.
	pub expires_at: Moment,
	/// The tax withheld from holders of a jurisdiction without a rate of its own.
	pub default_withholding: Permill,
	pub withholding: BoundedVec<Withholding, MaxRates>,
	pub reclaimed: bool,
}

/// A holders' vote on a question with a few choices, weighted by balances at a checkpoint.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxChoices, MaxChoiceLength))]
pub struct Ballot<AssetId, Balance, MaxChoices: Get<u32>, MaxChoiceLength: Get<u32>>
where
	AssetId: Clone + PartialEq + core::fmt::Debug,
	Balance: Clone + PartialEq + core::fmt::Debug,
{
	pub asset: AssetId,
	pub checkpoint: CheckpointId,
	pub choices: BoundedVec<BoundedVec<u8, MaxChoiceLength>, MaxChoices>,
	/// The weight cast for each choice, in the order of `choices`.
	pub tallies: BoundedVec<Balance, MaxChoices>,
	pub starts_at: Moment,
	pub ends_at: Moment,
	pub closed: bool,
}

/// What an asset is worth, as its corporate actions agent states it (a fund's net asset
/// value, an appraisal): `price` units of the cash token `cash` per `per` units of the
/// asset, both in their smallest units.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ValuationPrice<AssetId> {
	pub cash: AssetId,
	pub price: u128,
	pub per: u128,
	/// When it was set, in milliseconds since the Unix epoch.
	pub set_at: Moment,
}

impl<AssetId> ValuationPrice<AssetId> {
	/// What `amount` units are worth in the cash token, rounded down; `None` on overflow or
	/// a zero `per`.
	pub fn value_of(&self, amount: u128) -> Option<u128> {
		amount.checked_mul(self.price)?.checked_div(self.per)
	}
}

/// A holder's balance in one partition.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct PartitionHolding<Balance> {
	pub partition: Partition,
	pub balance: Balance,
	/// The part of `balance` held for open orders: it moves only when an order settles.
	pub reserved: Balance,
}

impl<Balance: sp_runtime::traits::CheckedSub + Default> PartitionHolding<Balance> {
	/// What is not reserved.
	pub fn free(&self) -> Balance {
		self.balance.checked_sub(&self.reserved).unwrap_or_default()
	}
}

/// Where a position's price came from.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum PriceSource {
	/// The last trade of a market of the asset.
	LastTrade,
	/// The price its corporate actions agent set.
	Agent,
	/// A cash token, worth its balance in itself.
	Cash,
}

/// What a position is worth in a cash token.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Valuation<AssetId> {
	pub cash: AssetId,
	pub value: u128,
	pub source: PriceSource,
}

/// One account's holding of one asset in a portfolio.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct Position<AccountId, AssetId, Balance> {
	pub account: AccountId,
	pub asset: AssetId,
	pub kind: AssetKind,
	pub balance: Balance,
	/// `None` where the asset has no price: no trade and no agent's price. A cash token is
	/// worth its balance in itself.
	pub valuation: Option<Valuation<AssetId>>,
}

/// A document of an asset, as read by clients.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct DocumentInfo {
	pub name: DocumentName,
	pub uri: alloc::vec::Vec<u8>,
	pub content_hash: H256,
	pub updated_at: Moment,
}

/// Why a transfer would not pass, in the order ERC-1400's `canTransferByPartition` checks:
/// the asset, the amount, the balance, then compliance.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum TransferRefusal {
	UnknownAsset,
	ZeroAmount,
	TransferToSelf,
	/// Not enough free (unreserved) balance in the partition.
	InsufficientBalance,
	/// Compliance refused it, by this rule.
	Refused(pallet_compliance::Rejection),
}

impl TransferRefusal {
	/// The ERC-1066 status byte: 0x52 for too little balance, 0x50 for another failure of
	/// the transfer itself, compliance's own status for its refusals.
	pub fn status(&self) -> u8 {
		match self {
			TransferRefusal::InsufficientBalance => 0x52,
			TransferRefusal::Refused(rejection) => rejection.status(),
			_ => 0x50,
		}
	}
}
