//! # Token pallet
//!
//! Every balance of every security and cash token on Consort, with the semantics of ERC-1400:
//!
//! - **Assets** are created by an identity, carry checked identifiers (ISIN, CUSIP, LEI), a
//!   kind, decimals and an optional supply cap, and have roles held by identities: owner,
//!   issuance agent, controller and corporate actions agent (the compliance agent is kept by
//!   the compliance pallet). Cash tokens are assets of kind [`AssetKind::Cash`].
//! - **Balances by partition** (ERC-1410): every unit sits in a named partition of its
//!   holder; [`DEFAULT_PARTITION`] unless an issuer names another. Supply is kept per asset
//!   and per partition.
//! - **Operators** (ERC-1410): a holder authorises an operator for all partitions or one.
//! - **Issuance and redemption** with attached data (ERC-1594); issuance can be closed for
//!   good.
//! - **Controller operations** (ERC-1644): forced transfer, forced redemption and recovery of
//!   a lost key's balances to another key of the same identity, each with its reason.
//! - **Documents** (ERC-1643) per asset.
//! - **Reservations**, through [`AssetLedger`], so that a market can lock what an order may
//!   sell and settle it later.
//!
//! Every issuance, transfer, operator transfer and redemption asks compliance first
//! ([`TransferCompliance`]) and fails with [`Error::ComplianceRefused`] carrying compliance's
//! reason code; nothing moves on failure. Controller operations skip the question (a court
//! order is not subject to the asset's rules) but report the movement, so compliance's
//! holder counts stay true. Freezes and pauses are compliance's, and bind here through it.

#![cfg_attr(not(feature = "std"), no_std)]
// Calls take their arguments flat, as the ERC-1400 functions they mirror do.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;
mod corporate_actions;
pub mod identifiers;
mod ledger;
mod read;
pub mod traits;
pub mod types;
pub mod weights;
pub use ledger::LedgerMemo;
pub use traits::{AssetLedger, AssetRecords, Moved, OnHoldingChanged, SettlementError};
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::{dispatch::DispatchResultWithPostInfo, traits::UnixTime, weights::Weight};
use pallet_compliance::{
	IdentityId, IdentityRegistry, Moment, Partition, SharedRecords, TransferCompliance, Unspent,
};
use sp_runtime::SaturatedConversion;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::Incrementable};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{
		traits::{AtLeast32BitUnsigned, CheckedAdd, Zero},
		Permill,
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// The identifier of an asset, allocated in sequence.
		type AssetId: Parameter + MaxEncodedLen + Copy + Ord + Default + Incrementable;
		/// An amount of an asset, in its smallest unit.
		type Balance: Parameter + MaxEncodedLen + AtLeast32BitUnsigned + Copy + Default;
		/// Decides whether a movement may happen, and keeps the facts it decides by.
		type Compliance: TransferCompliance<Self::AccountId, Self::AssetId, Self::Balance>
			+ SharedRecords;
		/// The identities behind accounts: roles belong to identities.
		type Identities: IdentityRegistry<Self::AccountId, Self::AssetId>;
		/// The clock that dates documents.
		type Time: UnixTime;
		/// The longest asset name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;
		/// The longest ticker symbol, in bytes.
		#[pallet::constant]
		type MaxSymbolLength: Get<u32>;
		/// The most partitions one account may hold one asset in.
		#[pallet::constant]
		type MaxPartitionsPerHolder: Get<u32>;
		/// The longest data attached to an issuance, transfer or redemption, or reason given
		/// for a controller operation.
		#[pallet::constant]
		type MaxDataLength: Get<u32>;
		/// The most documents one asset may have.
		#[pallet::constant]
		type MaxDocuments: Get<u32>;
		/// The longest document URI, in bytes.
		#[pallet::constant]
		type MaxUriLength: Get<u32>;
		/// The most jurisdictions with a withholding rate of their own in one distribution.
		#[pallet::constant]
		type MaxWithholdingRates: Get<u32>;
		/// The most holders one push of a distribution pays.
		#[pallet::constant]
		type MaxPushBatch: Get<u32>;
		/// The most choices on a ballot.
		#[pallet::constant]
		type MaxChoices: Get<u32>;
		/// The longest text of a choice, in bytes.
		#[pallet::constant]
		type MaxChoiceLength: Get<u32>;
		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
		/// Told of every change of a holding: the bridge's anchor follows bridged assets so.
		type OnHoldingChanged: OnHoldingChanged<Self::AccountId, Self::AssetId>;
		/// Identities for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId, Self::AssetId>;
	}

	pub type AssetOf<T> = AssetDetails<
		<T as Config>::Balance,
		<T as Config>::MaxNameLength,
		<T as Config>::MaxSymbolLength,
	>;
	pub type AccountBalanceOf<T> =
		AccountBalance<<T as Config>::Balance, <T as Config>::MaxPartitionsPerHolder>;
	pub type DataOf<T> = BoundedVec<u8, <T as Config>::MaxDataLength>;
	pub type DocumentOf<T> = Document<<T as Config>::MaxUriLength>;
	pub type IdentifiersOf = BoundedVec<AssetIdentifier, ConstU32<MAX_IDENTIFIERS>>;
	pub type DistributionOf<T> = Distribution<
		<T as frame_system::Config>::AccountId,
		<T as Config>::AssetId,
		<T as Config>::Balance,
		<T as Config>::MaxWithholdingRates,
	>;
	pub type BallotOf<T> = Ballot<
		<T as Config>::AssetId,
		<T as Config>::Balance,
		<T as Config>::MaxChoices,
		<T as Config>::MaxChoiceLength,
	>;
	pub type ChoicesOf<T> =
		BoundedVec<BoundedVec<u8, <T as Config>::MaxChoiceLength>, <T as Config>::MaxChoices>;

	/// The identifier the next asset receives.
	#[pallet::storage]
	pub type NextAssetId<T: Config> = StorageValue<_, T::AssetId, ValueQuery>;

	/// Every asset.
	#[pallet::storage]
	pub type Assets<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, AssetOf<T>>;

	/// The asset each identifier belongs to: no two assets share an ISIN, CUSIP or LEI.
	#[pallet::storage]
	pub type AssetByIdentifier<T: Config> =
		StorageMap<_, Blake2_128Concat, AssetIdentifier, T::AssetId>;

	/// The supply of each partition of an asset.
	#[pallet::storage]
	pub type PartitionSupply<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		Partition,
		T::Balance,
		ValueQuery,
	>;

	/// Each holder's balance of an asset, in total and in each partition it holds. The holders
	/// of an asset are the keys under the asset's prefix.
	#[pallet::storage]
	pub type AccountBalances<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		T::AccountId,
		AccountBalanceOf<T>,
	>;

	/// How many assets each account holds a balance of.
	#[pallet::storage]
	pub type AssetsHeld<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Operators a holder authorised for all its partitions of an asset.
	#[pallet::storage]
	pub type Operators<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		(),
	>;

	/// Operators a holder authorised for one partition of an asset.
	#[pallet::storage]
	pub type PartitionOperators<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, Partition>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		(),
	>;

	/// The price each asset is valued at where its corporate actions agent set one.
	#[pallet::storage]
	pub type ValuationPrices<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, ValuationPrice<T::AssetId>>;

	/// The documents of each asset, by name.
	#[pallet::storage]
	pub type Documents<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		DocumentName,
		DocumentOf<T>,
	>;

	/// Record dates of each asset.
	#[pallet::storage]
	pub type Checkpoints<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Twox64Concat,
		CheckpointId,
		Checkpoint<T::Balance>,
	>;

	/// An account's balance at a checkpoint, written at its first change after the
	/// checkpoint (an account that has not changed since holds the same now).
	#[pallet::storage]
	pub type CheckpointBalances<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Twox64Concat, CheckpointId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		T::Balance,
	>;

	/// The identifier the next distribution receives.
	#[pallet::storage]
	pub type NextDistributionId<T: Config> = StorageValue<_, DistributionId, ValueQuery>;

	/// Every distribution.
	#[pallet::storage]
	pub type Distributions<T: Config> =
		StorageMap<_, Twox64Concat, DistributionId, DistributionOf<T>>;

	/// The holders a distribution has paid.
	#[pallet::storage]
	pub type DistributionPayments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DistributionId, Blake2_128Concat, T::AccountId, ()>;

	/// The identifier the next ballot receives.
	#[pallet::storage]
	pub type NextBallotId<T: Config> = StorageValue<_, BallotId, ValueQuery>;

	/// Every ballot, with its running tallies.
	#[pallet::storage]
	pub type Ballots<T: Config> = StorageMap<_, Twox64Concat, BallotId, BallotOf<T>>;

	/// The choice each account made on a ballot.
	#[pallet::storage]
	pub type Votes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BallotId, Blake2_128Concat, T::AccountId, u32>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An identity created an asset; it holds every role until it hands them out.
		AssetCreated { asset: T::AssetId, owner: IdentityId, kind: AssetKind, decimals: u8 },
		/// The asset's identifiers were replaced.
		IdentifiersSet { asset: T::AssetId, identifiers: IdentifiersOf },
		/// The most that may be outstanding changed.
		SupplyCapSet { asset: T::AssetId, cap: Option<T::Balance> },
		/// The owner gave a role to an identity.
		RoleSet { asset: T::AssetId, role: Role, identity: IdentityId },
		/// The asset has no controller any more, for good.
		ControlRenounced { asset: T::AssetId },
		/// The owner offered the ownership to an identity.
		OwnershipOffered { asset: T::AssetId, to: IdentityId },
		/// The offered identity accepted the ownership.
		OwnershipTransferred { asset: T::AssetId, from: IdentityId, to: IdentityId },
		/// New units were issued into a partition.
		Issued {
			asset: T::AssetId,
			partition: Partition,
			to: T::AccountId,
			amount: T::Balance,
			by: T::AccountId,
			data: DataOf<T>,
		},
		/// Issuance is closed for good.
		IssuanceClosed { asset: T::AssetId },
		/// Units moved between holders, by the sender or, if `operator` is set, its operator.
		Transferred {
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			operator: Option<T::AccountId>,
			data: DataOf<T>,
		},
		/// Units were redeemed, by the holder or, if `operator` is set, its operator.
		Redeemed {
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			amount: T::Balance,
			operator: Option<T::AccountId>,
			data: DataOf<T>,
		},
		/// A holder authorised an operator, for one partition or (none) all of them.
		OperatorAuthorized {
			asset: T::AssetId,
			holder: T::AccountId,
			operator: T::AccountId,
			partition: Option<Partition>,
		},
		/// A holder revoked an operator.
		OperatorRevoked {
			asset: T::AssetId,
			holder: T::AccountId,
			operator: T::AccountId,
			partition: Option<Partition>,
		},
		/// The controller moved units without the holder's consent (ERC-1644).
		ControllerTransfer {
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			controller: T::AccountId,
			reason: DataOf<T>,
		},
		/// The controller redeemed units without the holder's consent (ERC-1644).
		ControllerRedemption {
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			amount: T::Balance,
			controller: T::AccountId,
			reason: DataOf<T>,
		},
		/// The controller moved a lost key's balance of one partition to another key of the
		/// same identity.
		BalanceRecovered {
			asset: T::AssetId,
			partition: Partition,
			lost: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			controller: T::AccountId,
			reason: DataOf<T>,
		},
		/// Part of a balance was reserved for an open order.
		Reserved { asset: T::AssetId, partition: Partition, who: T::AccountId, amount: T::Balance },
		/// Part of a reserved balance was released.
		Unreserved {
			asset: T::AssetId,
			partition: Partition,
			who: T::AccountId,
			amount: T::Balance,
		},
		/// Reserved units moved as what they were held for settled (a trade, an instruction, a
		/// subscription, a distribution's payment): `from`'s balance and its reserved part
		/// both fell by `amount`, `to`'s balance rose by it.
		ReservedTransferred {
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
		},
		/// A document was set or updated.
		DocumentSet {
			asset: T::AssetId,
			name: DocumentName,
			uri: BoundedVec<u8, T::MaxUriLength>,
			content_hash: H256,
		},
		/// A document was removed.
		DocumentRemoved { asset: T::AssetId, name: DocumentName },
		/// The price the asset is valued at was set, or cleared (`None`).
		ValuationPriceSet { asset: T::AssetId, price: Option<ValuationPrice<T::AssetId>> },
		/// A record date: balances now are kept while the checkpoint is live.
		CheckpointCreated { asset: T::AssetId, checkpoint: CheckpointId, supply: T::Balance },
		/// The checkpoint's balances are no longer kept.
		CheckpointRetired { asset: T::AssetId, checkpoint: CheckpointId },
		/// A dividend or coupon was announced and its cash reserved.
		DistributionCreated {
			distribution: DistributionId,
			asset: T::AssetId,
			checkpoint: CheckpointId,
			cash: T::AssetId,
			total: T::Balance,
			payer: T::AccountId,
		},
		/// A holder was paid its share, less the tax withheld (left with the payer, who
		/// remits it).
		DistributionPaid {
			distribution: DistributionId,
			holder: T::AccountId,
			gross: T::Balance,
			withheld: T::Balance,
			net: T::Balance,
		},
		/// A push could not pay a holder (its share is zero, or the cash's compliance refused
		/// the payment); the holder may claim later.
		DistributionSkipped {
			distribution: DistributionId,
			holder: T::AccountId,
			error: DispatchError,
		},
		/// What was not paid by the expiry went back to the payer.
		DistributionReclaimed { distribution: DistributionId, amount: T::Balance },
		/// A holders' vote was opened.
		BallotCreated { ballot: BallotId, asset: T::AssetId, checkpoint: CheckpointId },
		/// A holder voted with its balance at the ballot's checkpoint.
		Voted { ballot: BallotId, voter: T::AccountId, choice: u32, weight: T::Balance },
		/// A ballot ended; its final tallies.
		BallotClosed { ballot: BallotId, tallies: BoundedVec<T::Balance, T::MaxChoices> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No asset has this identifier.
		UnknownAsset,
		/// The signer's key belongs to no identity, or was revoked.
		NotIdentified,
		/// No identity has this identifier.
		UnknownIdentity,
		/// Only the asset's owner may do this.
		NotOwner,
		/// Only the asset's issuance agent may issue.
		NotIssuanceAgent,
		/// Only the asset's controller may do this.
		NotController,
		/// The asset's controller was renounced: nobody may force its movements.
		NotControllable,
		/// Only the identity offered the ownership may accept it.
		NotPendingOwner,
		/// The asset's issuance is closed.
		IssuanceClosed,
		/// Issuing this much would take the supply over its cap.
		SupplyCapExceeded,
		/// A supply cap must be above zero and at least the supply outstanding.
		InvalidSupplyCap,
		/// The amount is zero.
		ZeroAmount,
		/// The amount would overflow a balance or the supply.
		Overflow,
		/// The holder's free balance in the partition is less than the amount.
		InsufficientBalance,
		/// The holder's reserved balance in the partition is less than the amount.
		InsufficientReserved,
		/// The account holds the asset in as many partitions as it may.
		TooManyPartitions,
		/// The signer is not an operator of the holder for this partition.
		NotOperator,
		/// The operator is already authorised.
		AlreadyOperator,
		/// A holder is its own operator already.
		OperatorIsHolder,
		/// An account cannot transfer to itself.
		TransferToSelf,
		/// Compliance refused the movement; the reason code says which rule.
		ComplianceRefused(pallet_compliance::Rejection),
		/// The name is empty.
		EmptyName,
		/// A symbol is one or more upper-case ASCII letters or digits.
		InvalidSymbol,
		/// An asset has at most 18 decimals.
		TooManyDecimals,
		/// An identifier's check digits are wrong, or it is malformed.
		InvalidIdentifier,
		/// An asset carries at most one identifier of each kind.
		RepeatedIdentifierKind,
		/// Another asset carries this identifier already.
		DuplicateIdentifier,
		/// A recovery moves balances between two keys of the same identity only.
		NotSameIdentity,
		/// The lost key has reserved balances: its orders must be cancelled first.
		BalanceReserved,
		/// The lost key holds nothing of the asset.
		NothingToRecover,
		/// The asset has as many documents as it may.
		TooManyDocuments,
		/// No document has this name.
		UnknownDocument,
		/// A document needs a non-zero name and a URI.
		InvalidDocument,
		/// A valuation price is in a cash token, per a non-zero amount.
		InvalidValuationPrice,
		/// Allocating another identifier would overflow.
		NoMoreAssetIds,
		/// Only the asset's corporate actions agent may do this.
		NotCorporateActionsAgent,
		/// The asset has as many live checkpoints as it may: retire one first.
		TooManyLiveCheckpoints,
		/// The checkpoint does not exist or is retired.
		CheckpointNotLive,
		/// A distribution or ballot still uses the checkpoint.
		CheckpointInUse,
		/// Distributions are paid in a cash token.
		NotCash,
		/// A window must end after it starts, and after now.
		InvalidWindow,
		/// No distribution has this identifier.
		UnknownDistribution,
		/// The distribution pays from a later instant.
		DistributionNotStarted,
		/// The distribution has expired.
		DistributionExpired,
		/// The distribution has not expired yet.
		DistributionNotExpired,
		/// The distribution's cash was reclaimed.
		DistributionReclaimed,
		/// The holder has been paid already.
		AlreadyPaid,
		/// The holder's share is zero.
		NothingToClaim,
		/// A jurisdiction is listed twice, or a country code is malformed.
		InvalidWithholding,
		/// No ballot has this identifier.
		UnknownBallot,
		/// The ballot is not open now.
		BallotNotOpen,
		/// The account has voted on this ballot.
		AlreadyVoted,
		/// The ballot has no such choice.
		UnknownChoice,
		/// The account held nothing at the ballot's checkpoint.
		NoVotingWeight,
		/// The ballot has not ended yet.
		BallotNotEnded,
		/// The ballot is closed.
		BallotClosed,
		/// A ballot needs at least two choices, none empty.
		InvalidChoices,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create an asset owned by the signer's identity, which holds every role on it and
		/// becomes its compliance agent until it hands them out. Controllable by default.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_asset())]
		pub fn create_asset(
			origin: OriginFor<T>,
			name: BoundedVec<u8, T::MaxNameLength>,
			symbol: BoundedVec<u8, T::MaxSymbolLength>,
			kind: AssetKind,
			decimals: u8,
			identifiers: IdentifiersOf,
			supply_cap: Option<T::Balance>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let owner = Self::identity(&who)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(
				!symbol.is_empty()
					&& symbol.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
				Error::<T>::InvalidSymbol
			);
			ensure!(decimals <= MAX_DECIMALS, Error::<T>::TooManyDecimals);
			ensure!(supply_cap.is_none_or(|cap| !cap.is_zero()), Error::<T>::InvalidSupplyCap);
			let asset = NextAssetId::<T>::get();
			let next = asset.increment().ok_or(Error::<T>::NoMoreAssetIds)?;
			Self::claim_identifiers(asset, &identifiers, &Default::default())?;
			T::Compliance::register_asset(asset, &who)?;
			NextAssetId::<T>::put(next);
			Assets::<T>::insert(
				asset,
				AssetDetails {
					name,
					symbol,
					kind,
					decimals,
					identifiers,
					roles: AssetRoles {
						owner,
						issuance_agent: owner,
						controller: Some(owner),
						corporate_actions_agent: owner,
					},
					pending_owner: None,
					supply: Zero::zero(),
					supply_cap,
					issuance_open: true,
					documents: 0,
					last_checkpoint: 0,
					live_checkpoints: Default::default(),
					holdings_followed: false,
				},
			);
			Self::deposit_event(Event::AssetCreated { asset, owner, kind, decimals });
			Ok(())
		}

		/// Replace the asset's identifiers (an ISIN assigned after creation, a corrected
		/// CUSIP). Owner only.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_identifiers())]
		pub fn set_identifiers(
			origin: OriginFor<T>,
			asset: T::AssetId,
			identifiers: IdentifiersOf,
		) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			Self::claim_identifiers(asset, &identifiers, &details.identifiers)?;
			for old in details.identifiers.iter().filter(|old| !identifiers.contains(old)) {
				AssetByIdentifier::<T>::remove(old);
			}
			details.identifiers = identifiers.clone();
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::IdentifiersSet { asset, identifiers });
			Ok(())
		}

		/// Set or lift the most that may be outstanding; never below the supply. Owner only.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_supply_cap())]
		pub fn set_supply_cap(
			origin: OriginFor<T>,
			asset: T::AssetId,
			cap: Option<T::Balance>,
		) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(
				cap.is_none_or(|cap| !cap.is_zero() && cap >= details.supply),
				Error::<T>::InvalidSupplyCap
			);
			details.supply_cap = cap;
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::SupplyCapSet { asset, cap });
			Ok(())
		}

		/// Give a role on the asset to an identity. Owner only.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_role())]
		pub fn set_role(
			origin: OriginFor<T>,
			asset: T::AssetId,
			role: Role,
			identity: IdentityId,
		) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(!T::Identities::keys_of(identity).is_empty(), Error::<T>::UnknownIdentity);
			match role {
				Role::IssuanceAgent => details.roles.issuance_agent = identity,
				Role::CorporateActionsAgent => details.roles.corporate_actions_agent = identity,
				Role::Controller => {
					ensure!(details.roles.controller.is_some(), Error::<T>::NotControllable);
					details.roles.controller = Some(identity);
				}
			}
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::RoleSet { asset, role, identity });
			Ok(())
		}

		/// Give up the controller for good: nobody may force the asset's movements again
		/// (ERC-1644 `isControllable` becomes false). Owner only.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::renounce_control())]
		pub fn renounce_control(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(details.roles.controller.is_some(), Error::<T>::NotControllable);
			details.roles.controller = None;
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::ControlRenounced { asset });
			Ok(())
		}

		/// Offer the ownership to an identity, which must accept it. Owner only; a new offer
		/// replaces the last.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::offer_ownership())]
		pub fn offer_ownership(
			origin: OriginFor<T>,
			asset: T::AssetId,
			to: IdentityId,
		) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(!T::Identities::keys_of(to).is_empty(), Error::<T>::UnknownIdentity);
			details.pending_owner = Some(to);
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::OwnershipOffered { asset, to });
			Ok(())
		}

		/// Accept the ownership offered to the signer's identity.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::accept_ownership())]
		pub fn accept_ownership(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let identity = Self::identity(&who)?;
			let mut details = Self::asset(asset)?;
			ensure!(details.pending_owner == Some(identity), Error::<T>::NotPendingOwner);
			let from = details.roles.owner;
			details.roles.owner = identity;
			details.pending_owner = None;
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::OwnershipTransferred { asset, from, to: identity });
			Ok(())
		}

		/// Issue `amount` new units to `to` in `partition`, cleared by compliance
		/// (ERC-1594 `issue`, ERC-1410 `issueByPartition`). Issuance agent only.
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::checked(
			T::WeightInfo::issue().saturating_add(Pallet::<T>::max_holding_weight())
		))]
		pub fn issue(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			to: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			let details = Self::asset(asset)?;
			ensure!(
				Self::identity(&who)? == details.roles.issuance_agent,
				Error::<T>::NotIssuanceAgent
			);
			let moved = Self::do_issue(asset, details, partition, &to, amount)?;
			Self::deposit_event(Event::Issued { asset, partition, to, amount, by: who, data });
			let ledger = T::WeightInfo::issue().saturating_add(Self::holding_weight(asset));
			Self::checked_for(ledger, asset, moved, start)
		}

		/// Close issuance for good (ERC-1594 `isIssuable` becomes false). Owner only.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::close_issuance())]
		pub fn close_issuance(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(details.issuance_open, Error::<T>::IssuanceClosed);
			details.issuance_open = false;
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::IssuanceClosed { asset });
			Ok(())
		}

		/// Redeem `amount` of the signer's own units in `partition`, cleared by compliance
		/// (ERC-1594 `redeem`, ERC-1410 `redeemByPartition`).
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::checked(
			T::WeightInfo::redeem().saturating_add(Pallet::<T>::max_holding_weight())
		))]
		pub fn redeem(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			let moved = Self::do_redeem(asset, partition, &who, amount, true)?;
			Self::deposit_event(Event::Redeemed {
				asset,
				partition,
				from: who,
				amount,
				operator: None,
				data,
			});
			let ledger = T::WeightInfo::redeem().saturating_add(Self::holding_weight(asset));
			Self::checked_for(ledger, asset, moved, start)
		}

		/// Transfer `amount` of the signer's units in `partition` to `to`, into the same
		/// partition, cleared by compliance (ERC-1410 `transferByPartition`; the default
		/// partition makes it ERC-20's `transfer`).
		#[pallet::call_index(10)]
		#[pallet::weight(Pallet::<T>::checked(
			T::WeightInfo::transfer(MAX_LIVE_CHECKPOINTS)
				.saturating_add(Pallet::<T>::max_holdings_weight())
		))]
		pub fn transfer(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			to: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			let moved = Self::do_transfer(asset, partition, &who, &to, amount, Movement::Checked)?;
			Self::deposit_event(Event::Transferred {
				asset,
				partition,
				from: who,
				to,
				amount,
				operator: None,
				data,
			});
			let ledger = T::WeightInfo::transfer(Self::live_checkpoints(asset))
				.saturating_add(Self::holdings_weight(asset));
			Self::checked_for(ledger, asset, moved, start)
		}

		/// Let `operator` transfer and redeem the signer's units of the asset: in one
		/// partition, or in all of them if `partition` is none.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::authorize_operator())]
		pub fn authorize_operator(
			origin: OriginFor<T>,
			asset: T::AssetId,
			operator: T::AccountId,
			partition: Option<Partition>,
		) -> DispatchResult {
			let holder = ensure_signed(origin)?;
			Self::asset(asset)?;
			ensure!(holder != operator, Error::<T>::OperatorIsHolder);
			ensure!(
				!Self::is_authorized(asset, &holder, &operator, partition),
				Error::<T>::AlreadyOperator
			);
			match partition {
				None => Operators::<T>::insert((asset, &holder, &operator), ()),
				Some(partition) => {
					PartitionOperators::<T>::insert((asset, &holder, partition, &operator), ())
				}
			}
			Self::deposit_event(Event::OperatorAuthorized { asset, holder, operator, partition });
			Ok(())
		}

		/// Withdraw an operator's authorisation, for the partition or (none) for all
		/// partitions, exactly as it was given.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::revoke_operator())]
		pub fn revoke_operator(
			origin: OriginFor<T>,
			asset: T::AssetId,
			operator: T::AccountId,
			partition: Option<Partition>,
		) -> DispatchResult {
			let holder = ensure_signed(origin)?;
			Self::asset(asset)?;
			ensure!(
				Self::is_authorized(asset, &holder, &operator, partition),
				Error::<T>::NotOperator
			);
			match partition {
				None => Operators::<T>::remove((asset, &holder, &operator)),
				Some(partition) => {
					PartitionOperators::<T>::remove((asset, &holder, partition, &operator))
				}
			}
			Self::deposit_event(Event::OperatorRevoked { asset, holder, operator, partition });
			Ok(())
		}

		/// As an operator of `from`, transfer `amount` of its units in `partition` to `to`,
		/// cleared by compliance (ERC-1410 `operatorTransferByPartition`).
		#[pallet::call_index(13)]
		#[pallet::weight(Pallet::<T>::checked(
			T::WeightInfo::operator_transfer().saturating_add(Pallet::<T>::max_holdings_weight())
		))]
		pub fn operator_transfer(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let operator = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			Self::ensure_operator(asset, &from, &operator, partition)?;
			let moved = Self::do_transfer(asset, partition, &from, &to, amount, Movement::Checked)?;
			Self::deposit_event(Event::Transferred {
				asset,
				partition,
				from,
				to,
				amount,
				operator: Some(operator),
				data,
			});
			let ledger =
				T::WeightInfo::operator_transfer().saturating_add(Self::holdings_weight(asset));
			Self::checked_for(ledger, asset, moved, start)
		}

		/// As an operator of `from`, redeem `amount` of its units in `partition`, cleared by
		/// compliance (ERC-1410 `operatorRedeemByPartition`).
		#[pallet::call_index(14)]
		#[pallet::weight(Pallet::<T>::checked(
			T::WeightInfo::operator_redeem().saturating_add(Pallet::<T>::max_holding_weight())
		))]
		pub fn operator_redeem(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let operator = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			Self::ensure_operator(asset, &from, &operator, partition)?;
			let moved = Self::do_redeem(asset, partition, &from, amount, true)?;
			Self::deposit_event(Event::Redeemed {
				asset,
				partition,
				from,
				amount,
				operator: Some(operator),
				data,
			});
			let ledger =
				T::WeightInfo::operator_redeem().saturating_add(Self::holding_weight(asset));
			Self::checked_for(ledger, asset, moved, start)
		}

		/// Force a transfer of `from`'s free units, for a court order or to correct an error
		/// (ERC-1644 `controllerTransfer`). The asset's rules are not asked; the reason is
		/// recorded. Controller only.
		#[pallet::call_index(15)]
		#[pallet::weight(Pallet::<T>::forced(
			T::WeightInfo::controller_transfer().saturating_add(Pallet::<T>::max_holdings_weight())
		))]
		pub fn controller_transfer(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			reason: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let controller = Self::ensure_controller(origin, asset)?;
			let moved = Self::do_transfer(asset, partition, &from, &to, amount, Movement::Forced)?;
			Self::deposit_event(Event::ControllerTransfer {
				asset,
				partition,
				from,
				to,
				amount,
				controller,
				reason,
			});
			let ledger =
				T::WeightInfo::controller_transfer().saturating_add(Self::holdings_weight(asset));
			Ok(Some(Self::forced_for(ledger, asset, moved)).into())
		}

		/// Force a redemption of `from`'s free units (ERC-1644 `controllerRedeem`). The
		/// asset's rules are not asked; the reason is recorded. Controller only.
		#[pallet::call_index(16)]
		#[pallet::weight(Pallet::<T>::forced(
			T::WeightInfo::controller_redeem().saturating_add(Pallet::<T>::max_holding_weight())
		))]
		pub fn controller_redeem(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			amount: T::Balance,
			reason: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let controller = Self::ensure_controller(origin, asset)?;
			let moved = Self::do_redeem(asset, partition, &from, amount, false)?;
			Self::deposit_event(Event::ControllerRedemption {
				asset,
				partition,
				from,
				amount,
				controller,
				reason,
			});
			let ledger =
				T::WeightInfo::controller_redeem().saturating_add(Self::holding_weight(asset));
			Ok(Some(Self::forced_for(ledger, asset, moved)).into())
		}

		/// Move everything a lost key holds of the asset, in every partition, to another key
		/// of the same identity (ERC-3643 recovery). The lost key's orders must be cancelled
		/// first. Controller only.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::recover_balances(T::MaxPartitionsPerHolder::get())
			.saturating_add(Pallet::<T>::max_reports_weight().saturating_mul(T::MaxPartitionsPerHolder::get().into())))]
		pub fn recover_balances(
			origin: OriginFor<T>,
			asset: T::AssetId,
			lost: T::AccountId,
			to: T::AccountId,
			reason: DataOf<T>,
		) -> DispatchResultWithPostInfo {
			let controller = Self::ensure_controller(origin, asset)?;
			ensure!(lost != to, Error::<T>::TransferToSelf);
			let identity = T::Identities::identity_of(&lost);
			ensure!(
				identity.is_some() && identity == T::Identities::active_identity(&to),
				Error::<T>::NotSameIdentity
			);
			let holding =
				AccountBalances::<T>::get(asset, &lost).ok_or(Error::<T>::NothingToRecover)?;
			let partitions = holding.partitions.len() as u32;
			for held in holding.partitions {
				let partition = held.partition;
				ensure!(held.reserved.is_zero(), Error::<T>::BalanceReserved);
				// Between keys of one identity, so compliance's holder counts stay as they are.
				// The benchmark empties the lost key into one that holds and keeps its balance
				// at every live checkpoint; a key that joins instead writes its count of assets
				// held and no such balances, which costs less.
				let _ = Self::do_transfer(
					asset,
					partition,
					&lost,
					&to,
					held.balance,
					Movement::Forced,
				)?;
				Self::deposit_event(Event::BalanceRecovered {
					asset,
					partition,
					lost: lost.clone(),
					to: to.clone(),
					amount: held.balance,
					controller: controller.clone(),
					reason: reason.clone(),
				});
			}
			let reports = Self::reports_weight(asset).saturating_mul(partitions.into());
			Ok(Some(T::WeightInfo::recover_balances(partitions).saturating_add(reports)).into())
		}

		/// Set or update a document of the asset (ERC-1643 `setDocument`). Owner only.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::set_document())]
		pub fn set_document(
			origin: OriginFor<T>,
			asset: T::AssetId,
			name: DocumentName,
			uri: BoundedVec<u8, T::MaxUriLength>,
			content_hash: H256,
		) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(
				name != DocumentName::default() && !uri.is_empty(),
				Error::<T>::InvalidDocument
			);
			if !Documents::<T>::contains_key(asset, name) {
				ensure!(details.documents < T::MaxDocuments::get(), Error::<T>::TooManyDocuments);
				details.documents = details.documents.saturating_add(1);
				Assets::<T>::insert(asset, details);
			}
			let updated_at = Self::now();
			Documents::<T>::insert(
				asset,
				name,
				Document { uri: uri.clone(), content_hash, updated_at },
			);
			Self::deposit_event(Event::DocumentSet { asset, name, uri, content_hash });
			Ok(())
		}

		/// Remove a document of the asset (ERC-1643 `removeDocument`). Owner only.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::remove_document())]
		pub fn remove_document(
			origin: OriginFor<T>,
			asset: T::AssetId,
			name: DocumentName,
		) -> DispatchResult {
			let mut details = Self::owned(origin, asset)?;
			ensure!(Documents::<T>::contains_key(asset, name), Error::<T>::UnknownDocument);
			Documents::<T>::remove(asset, name);
			details.documents = details.documents.saturating_sub(1);
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::DocumentRemoved { asset, name });
			Ok(())
		}

		/// Set the price the asset is valued at in portfolios where no market trades it:
		/// `price` units of the cash token `cash` per `per` units of the asset; `None` clears
		/// it. Corporate actions agent only.
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::set_valuation_price())]
		pub fn set_valuation_price(
			origin: OriginFor<T>,
			asset: T::AssetId,
			price: Option<(T::AssetId, u128, u128)>,
		) -> DispatchResult {
			Self::ensure_corporate_actions_agent(origin, asset)?;
			let price = match price {
				None => None,
				Some((cash, price, per)) => {
					let cash_kind = Self::asset(cash)?.kind;
					ensure!(
						cash_kind == AssetKind::Cash && cash != asset && per > 0,
						Error::<T>::InvalidValuationPrice
					);
					Some(ValuationPrice { cash, price, per, set_at: Self::now() })
				}
			};
			ValuationPrices::<T>::set(asset, price);
			Self::deposit_event(Event::ValuationPriceSet { asset, price });
			Ok(())
		}

		/// Take a record date now: while the checkpoint is live, every holder's balance at it
		/// can be read, at no cost until the holder's balance next changes. Corporate
		/// actions agent only.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::create_checkpoint())]
		pub fn create_checkpoint(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			let (_, mut details) = Self::ensure_corporate_actions_agent(origin, asset)?;
			let checkpoint =
				details.last_checkpoint.checked_add(1).ok_or(Error::<T>::NoMoreAssetIds)?;
			details
				.live_checkpoints
				.try_push(checkpoint)
				.map_err(|_| Error::<T>::TooManyLiveCheckpoints)?;
			details.last_checkpoint = checkpoint;
			let supply = details.supply;
			Checkpoints::<T>::insert(
				asset,
				checkpoint,
				Checkpoint { created_at: Self::now(), supply, uses: 0 },
			);
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::CheckpointCreated { asset, checkpoint, supply });
			Ok(())
		}

		/// Stop keeping a checkpoint's balances, once no distribution or ballot uses it.
		/// Corporate actions agent only.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::retire_checkpoint())]
		pub fn retire_checkpoint(
			origin: OriginFor<T>,
			asset: T::AssetId,
			checkpoint: CheckpointId,
		) -> DispatchResult {
			let (_, mut details) = Self::ensure_corporate_actions_agent(origin, asset)?;
			ensure!(details.live_checkpoints.contains(&checkpoint), Error::<T>::CheckpointNotLive);
			let record =
				Checkpoints::<T>::get(asset, checkpoint).ok_or(Error::<T>::CheckpointNotLive)?;
			ensure!(record.uses == 0, Error::<T>::CheckpointInUse);
			details.live_checkpoints.retain(|c| *c != checkpoint);
			Assets::<T>::insert(asset, details);
			Self::deposit_event(Event::CheckpointRetired { asset, checkpoint });
			Ok(())
		}

		/// Announce a dividend or coupon: `total` of the cash token `cash`, reserved now in
		/// the signer's account, shared pro rata to the balances at a live checkpoint, paid
		/// from `pay_from` until `expires_at`, less the tax withheld by jurisdiction.
		/// Corporate actions agent only.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::distribute())]
		pub fn distribute(
			origin: OriginFor<T>,
			asset: T::AssetId,
			checkpoint: CheckpointId,
			cash: T::AssetId,
			total: T::Balance,
			pay_from: Moment,
			expires_at: Moment,
			default_withholding: Permill,
			withholding: BoundedVec<Withholding, T::MaxWithholdingRates>,
		) -> DispatchResult {
			let (payer, details) = Self::ensure_corporate_actions_agent(origin, asset)?;
			ensure!(details.live_checkpoints.contains(&checkpoint), Error::<T>::CheckpointNotLive);
			ensure!(Self::asset(cash)?.kind == AssetKind::Cash, Error::<T>::NotCash);
			ensure!(!total.is_zero(), Error::<T>::ZeroAmount);
			ensure!(pay_from < expires_at && expires_at > Self::now(), Error::<T>::InvalidWindow);
			ensure!(
				withholding.iter().enumerate().all(|(i, w)| w.country.is_well_formed()
					&& !withholding
						.iter()
						.skip(i.saturating_add(1))
						.any(|o| o.country == w.country)),
				Error::<T>::InvalidWithholding
			);
			let distribution = NextDistributionId::<T>::get();
			let next = distribution.checked_add(1).ok_or(Error::<T>::NoMoreAssetIds)?;
			<Self as AssetLedger<_, _, _>>::reserve(cash, &DEFAULT_PARTITION, &payer, total)?;
			Self::use_checkpoint(asset, checkpoint)?;
			NextDistributionId::<T>::put(next);
			Distributions::<T>::insert(
				distribution,
				Distribution {
					asset,
					checkpoint,
					payer: payer.clone(),
					cash,
					total,
					remaining: total,
					pay_from,
					expires_at,
					default_withholding,
					withholding,
					reclaimed: false,
				},
			);
			Self::deposit_event(Event::DistributionCreated {
				distribution,
				asset,
				checkpoint,
				cash,
				total,
				payer,
			});
			Ok(())
		}

		/// Be paid one's share of a distribution.
		#[pallet::call_index(23)]
		#[pallet::weight(Pallet::<T>::payment_weight())]
		pub fn claim_distribution(
			origin: OriginFor<T>,
			distribution: DistributionId,
		) -> DispatchResultWithPostInfo {
			let holder = ensure_signed(origin)?;
			let start = T::Compliance::unspent();
			let mut record =
				Distributions::<T>::get(distribution).ok_or(Error::<T>::UnknownDistribution)?;
			let moved = Self::pay(distribution, &mut record, &holder)?;
			let cash = record.cash;
			Distributions::<T>::insert(distribution, record);
			let ledger = T::WeightInfo::claim_distribution()
				.saturating_add(Self::kept_balances_weight(Self::live_checkpoints(cash)));
			Self::checked_for(ledger, cash, moved, start)
		}

		/// Pay a batch of holders their shares; a holder that cannot be paid is skipped with
		/// the reason, and may claim later. Corporate actions agent only.
		#[pallet::call_index(24)]
		#[pallet::weight(
			Pallet::<T>::payment_weight().saturating_mul(u64::from(T::MaxPushBatch::get()))
		)]
		pub fn push_distribution(
			origin: OriginFor<T>,
			distribution: DistributionId,
			holders: BoundedVec<T::AccountId, T::MaxPushBatch>,
		) -> DispatchResult {
			let mut record =
				Distributions::<T>::get(distribution).ok_or(Error::<T>::UnknownDistribution)?;
			Self::ensure_corporate_actions_agent(origin, record.asset)?;
			Self::ensure_payable(&record)?;
			for holder in holders {
				let paid = frame_support::storage::with_storage_layer(|| {
					Self::pay(distribution, &mut record, &holder)
				});
				if let Err(error) = paid {
					Self::deposit_event(Event::DistributionSkipped { distribution, holder, error });
				}
			}
			Distributions::<T>::insert(distribution, record);
			Ok(())
		}

		/// After the expiry, release what was not paid back to the payer, and free the
		/// checkpoint. Corporate actions agent only.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::reclaim_distribution())]
		pub fn reclaim_distribution(
			origin: OriginFor<T>,
			distribution: DistributionId,
		) -> DispatchResult {
			let mut record =
				Distributions::<T>::get(distribution).ok_or(Error::<T>::UnknownDistribution)?;
			Self::ensure_corporate_actions_agent(origin, record.asset)?;
			ensure!(!record.reclaimed, Error::<T>::DistributionReclaimed);
			ensure!(Self::now() >= record.expires_at, Error::<T>::DistributionNotExpired);
			let amount = record.remaining;
			if !amount.is_zero() {
				<Self as AssetLedger<_, _, _>>::unreserve(
					record.cash,
					&DEFAULT_PARTITION,
					&record.payer,
					amount,
				)?;
			}
			record.remaining = Zero::zero();
			record.reclaimed = true;
			Self::release_checkpoint(record.asset, record.checkpoint);
			Distributions::<T>::insert(distribution, record);
			Self::deposit_event(Event::DistributionReclaimed { distribution, amount });
			Ok(())
		}

		/// Open a holders' vote on `choices`, weighted by balances at a live checkpoint,
		/// between two instants. Corporate actions agent only.
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::create_ballot())]
		pub fn create_ballot(
			origin: OriginFor<T>,
			asset: T::AssetId,
			checkpoint: CheckpointId,
			choices: ChoicesOf<T>,
			starts_at: Moment,
			ends_at: Moment,
		) -> DispatchResult {
			let (_, details) = Self::ensure_corporate_actions_agent(origin, asset)?;
			ensure!(details.live_checkpoints.contains(&checkpoint), Error::<T>::CheckpointNotLive);
			ensure!(
				choices.len() >= 2 && choices.iter().all(|c| !c.is_empty()),
				Error::<T>::InvalidChoices
			);
			ensure!(starts_at < ends_at && ends_at > Self::now(), Error::<T>::InvalidWindow);
			let ballot = NextBallotId::<T>::get();
			let next = ballot.checked_add(1).ok_or(Error::<T>::NoMoreAssetIds)?;
			Self::use_checkpoint(asset, checkpoint)?;
			let tallies = BoundedVec::truncate_from(alloc::vec![Zero::zero(); choices.len()]);
			NextBallotId::<T>::put(next);
			Ballots::<T>::insert(
				ballot,
				Ballot { asset, checkpoint, choices, tallies, starts_at, ends_at, closed: false },
			);
			Self::deposit_event(Event::BallotCreated { ballot, asset, checkpoint });
			Ok(())
		}

		/// Vote for one choice with one's whole balance at the ballot's checkpoint; once.
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::vote())]
		pub fn vote(origin: OriginFor<T>, ballot: BallotId, choice: u32) -> DispatchResult {
			let voter = ensure_signed(origin)?;
			let mut record = Ballots::<T>::get(ballot).ok_or(Error::<T>::UnknownBallot)?;
			let now = Self::now();
			ensure!(
				!record.closed && record.starts_at <= now && now < record.ends_at,
				Error::<T>::BallotNotOpen
			);
			ensure!(!Votes::<T>::contains_key(ballot, &voter), Error::<T>::AlreadyVoted);
			let weight = Self::balance_at(record.asset, record.checkpoint, &voter)?;
			ensure!(!weight.is_zero(), Error::<T>::NoVotingWeight);
			let tally = record.tallies.get_mut(choice as usize).ok_or(Error::<T>::UnknownChoice)?;
			*tally = tally.checked_add(&weight).ok_or(Error::<T>::Overflow)?;
			Votes::<T>::insert(ballot, &voter, choice);
			Ballots::<T>::insert(ballot, record);
			Self::deposit_event(Event::Voted { ballot, voter, choice, weight });
			Ok(())
		}

		/// Close a ballot after its end, publishing the final tallies and freeing its
		/// checkpoint. Anyone may.
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::close_ballot())]
		pub fn close_ballot(origin: OriginFor<T>, ballot: BallotId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut record = Ballots::<T>::get(ballot).ok_or(Error::<T>::UnknownBallot)?;
			ensure!(!record.closed, Error::<T>::BallotClosed);
			ensure!(Self::now() >= record.ends_at, Error::<T>::BallotNotEnded);
			record.closed = true;
			Self::release_checkpoint(record.asset, record.checkpoint);
			let tallies = record.tallies.clone();
			Ballots::<T>::insert(ballot, record);
			Self::deposit_event(Event::BallotClosed { ballot, tallies });
			Ok(())
		}
	}
}

/// Whether compliance is asked before a movement. Forced movements (the controller's) are
/// not asked, but every movement is reported to compliance.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Movement {
	Checked,
	Forced,
	/// Settles a reservation: asked, and moves reserved rather than free units.
	Settlement,
}

impl<T: Config> Pallet<T> {
	/// What keeping `asset`'s identity holdings in compliance adds to a transfer of it, beyond
	/// the benchmark of `transfer`, whose asset keeps none: both parties' holdings read and
	/// written.
	pub fn holdings_weight(asset: T::AssetId) -> Weight {
		if T::Compliance::keeps_holdings(asset) {
			Self::max_holdings_weight()
		} else {
			Weight::zero()
		}
	}

	/// [`Self::holdings_weight`] of an asset that keeps its holdings.
	pub fn max_holdings_weight() -> Weight {
		T::WeightInfo::transfer_keeping_holdings().saturating_sub(T::WeightInfo::transfer(0))
	}

	/// What keeping `asset`'s identity holdings adds to a movement for one party's holding
	/// (an issuance's receiver, a redemption's holder): half of a transfer's two, rounded up,
	/// so never under.
	pub fn holding_weight(asset: T::AssetId) -> Weight {
		one_of_two(Self::holdings_weight(asset))
	}

	/// [`Self::holding_weight`] of an asset that keeps its holdings.
	pub fn max_holding_weight() -> Weight {
		one_of_two(Self::max_holdings_weight())
	}

	/// What a movement compliance is asked about is charged before dispatch: the ledger's own
	/// weight, measured with the check of an asset without rules between parties that hold
	/// the asset before and after, the most any asset's rules add to the check, and the
	/// holder counts the movement may change.
	fn checked(ledger: Weight) -> Weight {
		Self::forced(ledger).saturating_add(T::Compliance::max_check_weight())
	}

	/// What a movement of `asset` is charged after dispatch: the ledger's own weight, what
	/// the asset's rules and restrictions add to its check, and the holder counts it changed.
	/// The shared records that earlier extrinsics of the block had already read or written
	/// since `start` are given back (see `pallet_compliance::block_cache`).
	fn checked_for(
		ledger: Weight,
		asset: T::AssetId,
		moved: Moved,
		start: Unspent,
	) -> DispatchResultWithPostInfo {
		let weight = Self::forced_for(ledger, asset, moved)
			.saturating_add(T::Compliance::check_weight(asset))
			.saturating_sub(T::Compliance::unspent().since(start).weight::<T>());
		Ok(Some(weight).into())
	}

	/// What a movement compliance is not asked about (the controller's) is charged before
	/// dispatch: the ledger's own weight, the holder counts it may change and the holdings
	/// it may report.
	fn forced(ledger: Weight) -> Weight {
		ledger
			.saturating_add(<Self as AssetLedger<_, _, _>>::holders_changed_weight())
			.saturating_add(Self::max_reports_weight())
	}

	/// What a movement of `asset` is charged after dispatch beyond its rules: the ledger's own
	/// weight, the holder counts it changed and the holdings it reported.
	fn forced_for(ledger: Weight, asset: T::AssetId, moved: Moved) -> Weight {
		let reported = ledger.saturating_add(Self::reports_weight(asset));
		if moved.holders_changed {
			reported.saturating_add(<Self as AssetLedger<_, _, _>>::holders_changed_weight())
		} else {
			reported
		}
	}

	/// Paying one holder its share of a distribution, before dispatch: a checked movement of
	/// the cash, whose live checkpoints the benchmark's cash has none of.
	pub fn payment_weight() -> Weight {
		Self::checked(T::WeightInfo::claim_distribution())
			.saturating_add(Self::kept_balances_weight(MAX_LIVE_CHECKPOINTS))
	}

	/// The time now, in milliseconds since the Unix epoch.
	pub fn now() -> Moment {
		T::Time::now().as_millis().saturated_into()
	}

	/// Whether `operator` may act for `holder` in `partition` (or, for none, in all).
	pub fn is_operator(
		asset: T::AssetId,
		holder: &T::AccountId,
		operator: &T::AccountId,
		partition: Partition,
	) -> bool {
		Self::is_authorized(asset, holder, operator, None)
			|| Self::is_authorized(asset, holder, operator, Some(partition))
	}
}

/// One party's share of what a transfer's two parties add, rounded up.
fn one_of_two(both: Weight) -> Weight {
	Weight::from_parts(both.ref_time().div_ceil(2), both.proof_size().div_ceil(2))
}
