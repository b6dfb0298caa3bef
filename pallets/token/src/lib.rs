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

extern crate alloc;

pub use pallet::*;
pub mod identifiers;
mod ledger;
pub mod traits;
pub mod types;
pub mod weights;
pub use traits::AssetLedger;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::traits::UnixTime;
use pallet_compliance::{IdentityId, IdentityRegistry, Moment, Partition, TransferCompliance};
use sp_runtime::SaturatedConversion;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::Incrementable};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::{AtLeast32BitUnsigned, Zero};

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
		type Compliance: TransferCompliance<Self::AccountId, Self::AssetId, Self::Balance>;
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
		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
		/// Weights of the compliance pallet: a checked movement adds the worst case of its
		/// transfer check to the ledger's own weight.
		type ComplianceWeights: pallet_compliance::WeightInfo;
		/// Identities for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId>;
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

	/// Balances by asset, holder and partition.
	#[pallet::storage]
	pub type Balances<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, Partition>,
		),
		PartitionBalance<T::Balance>,
		ValueQuery,
	>;

	/// Each holder's balance of an asset across partitions, and the partitions it is in. The
	/// holders of an asset are the keys under the asset's prefix.
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
		/// A document was set or updated.
		DocumentSet {
			asset: T::AssetId,
			name: DocumentName,
			uri: BoundedVec<u8, T::MaxUriLength>,
			content_hash: H256,
		},
		/// A document was removed.
		DocumentRemoved { asset: T::AssetId, name: DocumentName },
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
		/// Allocating another asset identifier would overflow.
		NoMoreAssetIds,
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
		#[pallet::weight(Pallet::<T>::checked(T::WeightInfo::issue()))]
		pub fn issue(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			to: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let details = Self::asset(asset)?;
			ensure!(
				Self::identity(&who)? == details.roles.issuance_agent,
				Error::<T>::NotIssuanceAgent
			);
			Self::do_issue(asset, details, partition, &to, amount)?;
			Self::deposit_event(Event::Issued { asset, partition, to, amount, by: who, data });
			Ok(())
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
		#[pallet::weight(Pallet::<T>::checked(T::WeightInfo::redeem()))]
		pub fn redeem(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_redeem(asset, partition, &who, amount, true)?;
			Self::deposit_event(Event::Redeemed {
				asset,
				partition,
				from: who,
				amount,
				operator: None,
				data,
			});
			Ok(())
		}

		/// Transfer `amount` of the signer's units in `partition` to `to`, into the same
		/// partition, cleared by compliance (ERC-1410 `transferByPartition`; the default
		/// partition makes it ERC-20's `transfer`).
		#[pallet::call_index(10)]
		#[pallet::weight(Pallet::<T>::checked(T::WeightInfo::transfer()))]
		pub fn transfer(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			to: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer(asset, partition, &who, &to, amount, Movement::Checked)?;
			Self::deposit_event(Event::Transferred {
				asset,
				partition,
				from: who,
				to,
				amount,
				operator: None,
				data,
			});
			Ok(())
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
		#[pallet::weight(Pallet::<T>::checked(T::WeightInfo::operator_transfer()))]
		pub fn operator_transfer(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::ensure_operator(asset, &from, &operator, partition)?;
			Self::do_transfer(asset, partition, &from, &to, amount, Movement::Checked)?;
			Self::deposit_event(Event::Transferred {
				asset,
				partition,
				from,
				to,
				amount,
				operator: Some(operator),
				data,
			});
			Ok(())
		}

		/// As an operator of `from`, redeem `amount` of its units in `partition`, cleared by
		/// compliance (ERC-1410 `operatorRedeemByPartition`).
		#[pallet::call_index(14)]
		#[pallet::weight(Pallet::<T>::checked(T::WeightInfo::operator_redeem()))]
		pub fn operator_redeem(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			amount: T::Balance,
			data: DataOf<T>,
		) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::ensure_operator(asset, &from, &operator, partition)?;
			Self::do_redeem(asset, partition, &from, amount, true)?;
			Self::deposit_event(Event::Redeemed {
				asset,
				partition,
				from,
				amount,
				operator: Some(operator),
				data,
			});
			Ok(())
		}

		/// Force a transfer of `from`'s free units, for a court order or to correct an error
		/// (ERC-1644 `controllerTransfer`). The asset's rules are not asked; the reason is
		/// recorded. Controller only.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::controller_transfer())]
		pub fn controller_transfer(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			to: T::AccountId,
			amount: T::Balance,
			reason: DataOf<T>,
		) -> DispatchResult {
			let controller = Self::ensure_controller(origin, asset)?;
			Self::do_transfer(asset, partition, &from, &to, amount, Movement::Forced)?;
			Self::deposit_event(Event::ControllerTransfer {
				asset,
				partition,
				from,
				to,
				amount,
				controller,
				reason,
			});
			Ok(())
		}

		/// Force a redemption of `from`'s free units (ERC-1644 `controllerRedeem`). The
		/// asset's rules are not asked; the reason is recorded. Controller only.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::controller_redeem())]
		pub fn controller_redeem(
			origin: OriginFor<T>,
			asset: T::AssetId,
			partition: Partition,
			from: T::AccountId,
			amount: T::Balance,
			reason: DataOf<T>,
		) -> DispatchResult {
			let controller = Self::ensure_controller(origin, asset)?;
			Self::do_redeem(asset, partition, &from, amount, false)?;
			Self::deposit_event(Event::ControllerRedemption {
				asset,
				partition,
				from,
				amount,
				controller,
				reason,
			});
			Ok(())
		}

		/// Move everything a lost key holds of the asset, in every partition, to another key
		/// of the same identity (ERC-3643 recovery). The lost key's orders must be cancelled
		/// first. Controller only.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::recover_balances(T::MaxPartitionsPerHolder::get()))]
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
			for partition in holding.partitions {
				let held = Balances::<T>::get((asset, &lost, partition));
				ensure!(held.reserved.is_zero(), Error::<T>::BalanceReserved);
				Self::do_transfer(asset, partition, &lost, &to, held.balance, Movement::Forced)?;
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
			Ok(Some(T::WeightInfo::recover_balances(partitions)).into())
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
	/// The weight of a movement compliance is asked about: the ledger's own, measured
	/// against an asset without rules, plus the worst case of compliance's check.
	fn checked(ledger: frame_support::weights::Weight) -> frame_support::weights::Weight {
		use pallet_compliance::WeightInfo as _;
		ledger.saturating_add(T::ComplianceWeights::can_transfer())
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
