//! The data of the token pallet: assets, their roles and identifiers, balances by partition,
//! and documents.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec, CloneNoBound, DebugNoBound, PartialEqNoBound};
use pallet_compliance::{IdentityId, Moment, Partition};
use scale_info::TypeInfo;
use sp_core::H256;

/// The partition a balance lives in unless an issuer names another (ERC-1410's default).
pub const DEFAULT_PARTITION: Partition = [0u8; 32];

/// The most decimals an asset may have: 18, as ERC-20 tokens usually do.
pub const MAX_DECIMALS: u8 = 18;

/// The most identifiers one asset may carry: one of each kind.
pub const MAX_IDENTIFIERS: u32 = 3;

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
}

/// One account's holding of one asset in one partition.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct PartitionBalance<Balance> {
	pub balance: Balance,
	/// The part of `balance` held for open orders: it moves only when an order settles.
	pub reserved: Balance,
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
	/// The partitions the account holds a balance in, in the order it first received them.
	pub partitions: BoundedVec<Partition, MaxPartitions>,
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
