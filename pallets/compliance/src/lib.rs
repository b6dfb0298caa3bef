//! # Compliance pallet
//!
//! The single place on Consort that decides whether a movement of a security may happen,
//! and if not, which rule says no.
//!
//! - **Identities** own accounts (keys). Registrars, appointed by governance, register
//!   them; an identity's primary key (its first) invites further keys, which accept, and
//!   removes them; a registrar or governance recovers a lost key without the identity
//!   losing its claims.
//! - **Claims** about identities (KYC, AML, accreditation, investor type, jurisdiction,
//!   sanctions, custom topics) come from **trusted issuers**, registered by governance for
//!   every asset or by an asset's compliance agent for one asset, each for the topics it
//!   may attest. An issuer adds a claim itself, or signs it off chain (sr25519, ed25519 or
//!   ecdsa, bound to this chain's genesis) for anyone to submit. Expired or revoked claims,
//!   and claims of an issuer no longer trusted, stop counting at once.
//! - **Rules** per asset are data: clauses of conditions on the sender and the receiver.
//! - **Restrictions** per asset: holder caps (total and per jurisdiction), ownership share,
//!   minimum and maximum holding, lock-up, holding period (per lot), distribution windows,
//!   daily and monthly volume; freezes of accounts, identities or part of a holding; pause.
//!   Identities may be exempted from single restrictions.
//!
//! Other pallets ask through [`TransferCompliance`]; the answer is `Ok` or a stable
//! [`Rejection`]. The check reads a bounded number of storage items per party, however many
//! holders or claims the chain holds.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub mod block_cache;
pub mod calendar;
mod check;
pub mod traits;
pub mod types;
pub mod weights;
pub use block_cache::{Unspent, WriteStamp};
pub use check::CheckMemo;
pub use traits::{AccountHoldings, IdentityRegistry, SharedRecords, TransferCompliance};
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use codec::Encode;
use frame_support::{
	traits::{Get, UnixTime},
	weights::Weight,
};
use sp_core::H256;
use sp_runtime::{
	traits::{IdentifyAccount, Verify, Zero},
	SaturatedConversion,
};

/// What an active key of a runtime's identities records ([`KeyIdentity`]).
pub type KeyRecordOf<T> = KeyRecord<
	<T as frame_system::Config>::AccountId,
	<T as Config>::AssetId,
	<T as Config>::MaxClaimsPerTopic,
>;

/// The domain every off-chain claim signature is bound to, with the chain's genesis hash.
pub const CLAIM_SIGNATURE_DOMAIN: &[u8] = b"consort/compliance/claim/v1";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::AtLeast32BitUnsigned;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// The identifier of an asset.
		type AssetId: Parameter + MaxEncodedLen + Copy + Ord;
		/// An amount of an asset.
		type Balance: Parameter + MaxEncodedLen + AtLeast32BitUnsigned + Copy + Default;
		/// The clock that claims expire and lock-ups end by.
		type Time: UnixTime;
		/// The consortium's governance: appoints registrars and globally trusted issuers.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// A signature over an off-chain claim.
		type Signature: Verify<Signer = Self::Signer> + Parameter;
		/// The public key behind an issuer's account.
		type Signer: IdentifyAccount<AccountId = Self::AccountId>;
		/// Whether an account still holds assets (the token pallet).
		type AccountHoldings: AccountHoldings<Self::AccountId>;
		/// The most keys one identity may have.
		#[pallet::constant]
		type MaxKeysPerIdentity: Get<u32>;
		/// The most claims one identity may hold of one topic (across issuers and scopes).
		#[pallet::constant]
		type MaxClaimsPerTopic: Get<u32>;
		/// The most trusted issuers in one scope (globally, or for one asset).
		#[pallet::constant]
		type MaxTrustedIssuers: Get<u32>;
		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
		/// Builds signed claims for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<
			Self::AccountId,
			Self::Signature,
			Self::AssetId,
		>;
	}

	/// Accounts that may register identities, appointed by governance.
	#[pallet::storage]
	pub type Registrars<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// The identifier the next registered identity receives.
	#[pallet::storage]
	pub type NextIdentityId<T: Config> = StorageValue<_, IdentityId, ValueQuery>;

	/// Every identity.
	#[pallet::storage]
	pub type Identities<T: Config> = StorageMap<
		_,
		Twox64Concat,
		IdentityId,
		IdentityRecord<T::AccountId, T::MaxKeysPerIdentity>,
	>;

	/// The identity each active key belongs to: one read tells a check who a party is, that
	/// it may act, and the sanction claims to weigh. Revoked keys are in `RevokedKeys`
	/// instead.
	#[pallet::storage]
	pub type KeyIdentity<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, KeyRecordOf<T>>;

	/// Keys replaced in a recovery while they still held assets, with their identity: they
	/// count for it until emptied, but may neither sign for it nor send or receive.
	#[pallet::storage]
	pub type RevokedKeys<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, IdentityId>;

	/// The claims about an identity, by topic.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		IdentityId,
		Blake2_128Concat,
		ClaimTopic,
		BoundedVec<ClaimRecord<T::AccountId, T::AssetId>, T::MaxClaimsPerTopic>,
		ValueQuery,
	>;

	/// The issuers trusted in a scope, each for its topics.
	#[pallet::storage]
	pub type TrustedIssuers<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		Scope<T::AssetId>,
		BoundedVec<TrustedIssuer<T::AccountId>, T::MaxTrustedIssuers>,
		ValueQuery,
	>;

	/// Hashes of off-chain claim signatures already used, so none is replayed, by the UTC day
	/// of their deadline. A day's hashes are pruned once it is over: past its deadline an
	/// attestation is refused anyway.
	#[pallet::storage]
	pub type UsedClaimSignatures<T: Config> =
		StorageDoubleMap<_, Twox64Concat, u32, Identity, H256, ()>;

	/// The earliest deadline day that may still hold used signatures: where pruning goes on.
	#[pallet::storage]
	pub type SignaturePruningDay<T: Config> = StorageValue<_, u32>;

	/// The compliance agent of each asset known to compliance.
	#[pallet::storage]
	pub type ComplianceAgents<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, IdentityId>;

	/// Each asset known to compliance: whether it is paused, and what its checks must read.
	#[pallet::storage]
	pub type AssetProfiles<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, AssetProfile>;

	/// The shared records this block has already read or written (see [`block_cache`]).
	/// Cleared at the end of every block, so it never reaches the database.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type BlockCache<T: Config> = StorageValue<_, block_cache::CachedKeys>;

	/// The rule set of each asset.
	#[pallet::storage]
	pub type Rules<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, RuleSet, ValueQuery>;

	/// The transfer restrictions of each asset.
	#[pallet::storage]
	pub type AssetRestrictions<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, Restrictions<T::Balance>, ValueQuery>;

	/// Identities exempted from a restriction of an asset.
	#[pallet::storage]
	pub type Exemptions<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		(IdentityId, Restriction),
		(),
	>;

	/// Accounts frozen for an asset.
	#[pallet::storage]
	pub type FrozenAccounts<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AssetId, Blake2_128Concat, T::AccountId, ()>;

	/// Identities frozen for an asset.
	#[pallet::storage]
	pub type FrozenIdentities<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AssetId, Twox64Concat, IdentityId, ()>;

	/// The frozen part of an identity's holding of an asset.
	#[pallet::storage]
	pub type PartialFreezes<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AssetId, Twox64Concat, IdentityId, T::Balance>;

	/// Each identity's holding of each asset (summed over its accounts), kept from the
	/// movements the token pallet reports.
	#[pallet::storage]
	pub type Holdings<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Twox64Concat,
		IdentityId,
		Holding<T::Balance>,
	>;

	/// How many identities hold each asset.
	#[pallet::storage]
	pub type HolderCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, u32, ValueQuery>;

	/// How many identities of a jurisdiction hold each asset.
	#[pallet::storage]
	pub type JurisdictionHolderCount<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Blake2_128Concat,
		CountryCode,
		u32,
		ValueQuery,
	>;

	/// The supply of each asset, as reported by the token pallet.
	#[pallet::storage]
	pub type Supply<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, T::Balance, ValueQuery>;

	/// What each identity moved of each asset in the current day and month.
	#[pallet::storage]
	pub type Volumes<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AssetId,
		Twox64Concat,
		IdentityId,
		Volume<T::Balance>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance appointed a registrar.
		RegistrarAdded { registrar: T::AccountId },
		/// Governance removed a registrar.
		RegistrarRemoved { registrar: T::AccountId },
		/// A registrar registered an identity with its first key.
		IdentityRegistered {
			identity: IdentityId,
			kind: IdentityKind,
			key: T::AccountId,
			registrar: T::AccountId,
		},
		/// An identity invited a key to join it.
		KeyInvited { identity: IdentityId, key: T::AccountId },
		/// A key accepted an invitation and now belongs to the identity.
		KeyAdded { identity: IdentityId, key: T::AccountId },
		/// A key left its identity.
		KeyRemoved { identity: IdentityId, key: T::AccountId },
		/// The primary key withdrew a key's invitation before the key joined.
		KeyInvitationWithdrawn { identity: IdentityId, key: T::AccountId },
		/// Another key of the identity became its primary key.
		PrimaryKeySet { identity: IdentityId, key: T::AccountId },
		/// A lost key was replaced; `revoked` when it still held assets and stays, revoked,
		/// until emptied.
		KeyRecovered { identity: IdentityId, lost: T::AccountId, new: T::AccountId, revoked: bool },
		/// An issuer is trusted in a scope for these topics (replacing what it had there).
		TrustedIssuerSet { scope: Scope<T::AssetId>, issuer: T::AccountId, topics: TrustedTopics },
		/// An issuer is no longer trusted in a scope.
		TrustedIssuerRemoved { scope: Scope<T::AssetId>, issuer: T::AccountId },
		/// A claim was added (or replaced that of the same issuer, topic and scope).
		ClaimAdded {
			identity: IdentityId,
			claim: Claim,
			issuer: T::AccountId,
			scope: Scope<T::AssetId>,
			issued_at: Moment,
			expires_at: Option<Moment>,
			evidence: H256,
		},
		/// A claim was revoked.
		ClaimRevoked {
			identity: IdentityId,
			topic: ClaimTopic,
			issuer: T::AccountId,
			scope: Scope<T::AssetId>,
		},
		/// An asset became known to compliance, with its compliance agent.
		AssetRegistered { asset: T::AssetId, agent: IdentityId },
		/// An asset's compliance agent changed.
		ComplianceAgentChanged { asset: T::AssetId, agent: IdentityId },
		/// An asset's rule set was replaced.
		RulesSet { asset: T::AssetId, rules: RuleSet },
		/// An asset's restrictions were replaced.
		RestrictionsSet { asset: T::AssetId, restrictions: Restrictions<T::Balance> },
		/// An identity was exempted from a restriction, or the exemption was withdrawn.
		ExemptionSet {
			asset: T::AssetId,
			identity: IdentityId,
			restriction: Restriction,
			exempt: bool,
		},
		/// An account was frozen or unfrozen for an asset.
		AccountFreezeSet { asset: T::AssetId, account: T::AccountId, frozen: bool },
		/// An identity was frozen or unfrozen for an asset.
		IdentityFreezeSet { asset: T::AssetId, identity: IdentityId, frozen: bool },
		/// The frozen part of an identity's holding changed (zero: none).
		PartialFreezeSet { asset: T::AssetId, identity: IdentityId, amount: T::Balance },
		/// An asset was paused or resumed.
		PauseSet { asset: T::AssetId, paused: bool },
		/// An asset started or stopped keeping its identities' holdings.
		KeepsHoldingsSet { asset: T::AssetId, keeps: bool },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a registrar.
		AlreadyRegistrar,
		/// The account is not a registrar.
		NotRegistrar,
		/// The key already belongs to an identity.
		KeyInUse,
		/// The account belongs to no identity, or its key is revoked.
		NotIdentified,
		/// No identity has this identifier.
		UnknownIdentity,
		/// The identity has as many keys as it may.
		TooManyKeys,
		/// The key was not invited to this identity.
		NotInvited,
		/// The key does not belong to this identity.
		NotAKeyOfIdentity,
		/// An identity keeps at least one key.
		LastKey,
		/// The key still holds assets; move them to another key of the identity first.
		KeyHoldsAssets,
		/// Only the identity's registrar or governance may recover its keys.
		NotIdentityRegistrar,
		/// The issuer is not trusted for this topic in this scope.
		IssuerNotTrusted,
		/// A trusted issuer needs at least one topic.
		NoTopics,
		/// A topic is listed twice.
		DuplicateTopic,
		/// The scope already has as many trusted issuers as it may.
		TooManyTrustedIssuers,
		/// The issuer is not trusted in this scope.
		NotTrustedIssuer,
		/// The identity has as many claims of this topic as it may.
		TooManyClaims,
		/// The claim would already have expired.
		AlreadyExpired,
		/// No such claim.
		ClaimNotFound,
		/// Only a claim's issuer (or governance) may revoke it.
		NotClaimIssuer,
		/// The claim's signature does not verify against the issuer.
		BadSignature,
		/// The signed claim's deadline has passed.
		SignatureExpired,
		/// The signed claim was already submitted.
		SignatureAlreadyUsed,
		/// The asset is not known to compliance.
		UnknownAsset,
		/// The asset is already known to compliance.
		AssetAlreadyRegistered,
		/// Only the asset's compliance agent (or governance, where allowed) may do this.
		NotComplianceAgent,
		/// A clause without conditions can never hold.
		EmptyClause,
		/// A country code is not two upper-case letters.
		MalformedCountryCode,
		/// The minimum holding is above the maximum holding.
		MinimumAboveMaximum,
		/// A holding is not tracked where the token pallet says one moved.
		InsufficientHolding,
		/// An amount or a count overflowed.
		Overflow,
		/// Nothing would change.
		Unchanged,
		/// The identity's claims of this topic scoped to single assets fill the half of its
		/// list they may take; the other half is kept for globally trusted issuers.
		TooManyAssetScopedClaims,
		/// Only the identity's primary key may do this.
		NotPrimaryKey,
		/// The primary key is not removed; another key becomes primary first.
		PrimaryKey,
		/// The key is the primary key already.
		AlreadyPrimaryKey,
		/// The key is invited already.
		AlreadyInvited,
		/// A signed claim's deadline is further ahead than
		/// [`MAX_CLAIM_SIGNATURE_LIFETIME`] allows.
		DeadlineTooFar,
		/// The asset does not keep its identities' holdings, which this restriction or freeze
		/// weighs ([`AssetProfile::keeps_holdings`]).
		HoldingsNotKept,
		/// A restriction or freeze of the asset weighs its identities' holdings, so it keeps
		/// them.
		HoldingsNeeded,
		/// Some of the asset is issued: whether it keeps holdings is chosen before.
		SupplyOutstanding,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Charges the clearing of the block's cache record at its end.
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			T::DbWeight::get().writes(1)
		}

		fn on_finalize(_n: BlockNumberFor<T>) {
			BlockCache::<T>::kill();
		}

		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune_used_signatures(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Appoint a registrar, who may register identities.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_registrar())]
		pub fn add_registrar(origin: OriginFor<T>, registrar: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!Registrars::<T>::contains_key(&registrar), Error::<T>::AlreadyRegistrar);
			Registrars::<T>::insert(&registrar, ());
			Self::deposit_event(Event::RegistrarAdded { registrar });
			Ok(())
		}

		/// Remove a registrar. The identities it registered stay.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_registrar())]
		pub fn remove_registrar(origin: OriginFor<T>, registrar: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Registrars::<T>::take(&registrar).is_some(), Error::<T>::NotRegistrar);
			Self::deposit_event(Event::RegistrarRemoved { registrar });
			Ok(())
		}

		/// Register an identity with its first key. Signed by a registrar.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_identity())]
		pub fn register_identity(
			origin: OriginFor<T>,
			key: T::AccountId,
			kind: IdentityKind,
		) -> DispatchResult {
			let registrar = ensure_signed(origin)?;
			ensure!(Registrars::<T>::contains_key(&registrar), Error::<T>::NotRegistrar);
			ensure!(!Self::key_in_use(&key), Error::<T>::KeyInUse);
			let identity = NextIdentityId::<T>::get();
			let next = identity.checked_add(1).ok_or(Error::<T>::Overflow)?;
			let keys = BoundedVec::try_from(alloc::vec![key.clone()])
				.map_err(|_| Error::<T>::TooManyKeys)?;
			NextIdentityId::<T>::put(next);
			Identities::<T>::insert(
				identity,
				IdentityRecord {
					kind,
					keys,
					invited: BoundedVec::new(),
					registrar: registrar.clone(),
				},
			);
			KeyIdentity::<T>::insert(&key, Self::key_record(identity));
			Self::deposit_event(Event::IdentityRegistered { identity, kind, key, registrar });
			Ok(())
		}

		/// Invite a key to join the caller's identity; the key accepts with `join_identity`.
		/// By the identity's primary key.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::invite_key())]
		pub fn invite_key(origin: OriginFor<T>, key: T::AccountId) -> DispatchResult {
			let (_, identity, mut record) = Self::primary_signer(origin)?;
			ensure!(!Self::key_in_use(&key), Error::<T>::KeyInUse);
			ensure!(!record.invited.contains(&key), Error::<T>::AlreadyInvited);
			ensure!(record.has_room(), Error::<T>::TooManyKeys);
			record.invited.try_push(key.clone()).map_err(|_| Error::<T>::TooManyKeys)?;
			Identities::<T>::insert(identity, record);
			Self::deposit_event(Event::KeyInvited { identity, key });
			Ok(())
		}

		/// Accept an invitation: the caller's account joins `identity`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::join_identity())]
		pub fn join_identity(origin: OriginFor<T>, identity: IdentityId) -> DispatchResult {
			let key = ensure_signed(origin)?;
			ensure!(!Self::key_in_use(&key), Error::<T>::KeyInUse);
			Identities::<T>::try_mutate(identity, |record| -> DispatchResult {
				let record = record.as_mut().ok_or(Error::<T>::UnknownIdentity)?;
				let invitation = record.invited.iter().position(|k| k == &key);
				let invitation = invitation.ok_or(Error::<T>::NotInvited)?;
				record.invited.remove(invitation);
				record.keys.try_push(key.clone()).map_err(|_| Error::<T>::TooManyKeys)?;
				Ok(())
			})?;
			KeyIdentity::<T>::insert(&key, Self::key_record(identity));
			Self::deposit_event(Event::KeyAdded { identity, key });
			Ok(())
		}

		/// Remove a key from the caller's identity, or withdraw its invitation. The primary
		/// key removes any other key; any other key removes only itself. A key that holds
		/// assets stays; the primary key stays (`set_primary_key` hands its role on first).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_key())]
		pub fn remove_key(origin: OriginFor<T>, key: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let identity = Self::active_identity(&who).ok_or(Error::<T>::NotIdentified)?;
			let mut record = Identities::<T>::get(identity).ok_or(Error::<T>::UnknownIdentity)?;
			let by_primary = record.primary() == Some(&who);
			if let Some(invitation) = record.invited.iter().position(|k| k == &key) {
				ensure!(by_primary, Error::<T>::NotPrimaryKey);
				record.invited.remove(invitation);
				Identities::<T>::insert(identity, record);
				Self::deposit_event(Event::KeyInvitationWithdrawn { identity, key });
				return Ok(());
			}
			ensure!(Self::key_identity(&key) == Some(identity), Error::<T>::NotAKeyOfIdentity);
			if record.primary() == Some(&key) {
				let only = record.keys.len() == 1;
				return Err(if only { Error::<T>::LastKey } else { Error::<T>::PrimaryKey }.into());
			}
			ensure!(by_primary || who == key, Error::<T>::NotPrimaryKey);
			ensure!(!T::AccountHoldings::holds_anything(&key), Error::<T>::KeyHoldsAssets);
			record.keys.retain(|k| k != &key);
			Identities::<T>::insert(identity, record);
			KeyIdentity::<T>::remove(&key);
			RevokedKeys::<T>::remove(&key);
			Self::deposit_event(Event::KeyRemoved { identity, key });
			Ok(())
		}

		/// Make another active key of the caller's identity its primary key. By the primary
		/// key.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::set_primary_key())]
		pub fn set_primary_key(origin: OriginFor<T>, key: T::AccountId) -> DispatchResult {
			let (who, identity, mut record) = Self::primary_signer(origin)?;
			ensure!(who != key, Error::<T>::AlreadyPrimaryKey);
			ensure!(Self::active_identity(&key) == Some(identity), Error::<T>::NotAKeyOfIdentity);
			let position = record.keys.iter().position(|k| k == &key);
			let position = position.ok_or(Error::<T>::NotAKeyOfIdentity)?;
			record.keys.as_mut().swap(0, position);
			Identities::<T>::insert(identity, record);
			Self::deposit_event(Event::PrimaryKeySet { identity, key });
			Ok(())
		}

		/// Replace a lost key of `identity` by `new`. By the identity's registrar (while it is
		/// one) or governance. A lost key that still holds assets stays, revoked, until a
		/// controller moves its balances to another key; otherwise it leaves at once.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::recover_key())]
		pub fn recover_key(
			origin: OriginFor<T>,
			identity: IdentityId,
			lost: T::AccountId,
			new: T::AccountId,
		) -> DispatchResult {
			let mut record = Identities::<T>::get(identity).ok_or(Error::<T>::UnknownIdentity)?;
			if let Err(origin) = T::GovernanceOrigin::try_origin(origin) {
				let who = ensure_signed(origin)?;
				// A registrar that governance removed keeps no power over the identities it
				// registered: recovery is the power to take them over.
				ensure!(
					who == record.registrar && Registrars::<T>::contains_key(&who),
					Error::<T>::NotIdentityRegistrar
				);
			}
			ensure!(Self::key_identity(&lost) == Some(identity), Error::<T>::NotAKeyOfIdentity);
			ensure!(!Self::key_in_use(&new), Error::<T>::KeyInUse);
			let revoked = T::AccountHoldings::holds_anything(&lost);
			// The new key takes the lost key's place, so a lost primary key is replaced by a
			// new primary key; a revoked key goes to the back.
			record.invited.retain(|k| k != &new);
			let slot = record.keys.iter_mut().find(|k| **k == lost);
			*slot.ok_or(Error::<T>::NotAKeyOfIdentity)? = new.clone();
			KeyIdentity::<T>::remove(&lost);
			if revoked {
				ensure!(record.has_room(), Error::<T>::TooManyKeys);
				record.keys.try_push(lost.clone()).map_err(|_| Error::<T>::TooManyKeys)?;
				RevokedKeys::<T>::insert(&lost, identity);
			} else {
				RevokedKeys::<T>::remove(&lost);
			}
			Identities::<T>::insert(identity, record);
			KeyIdentity::<T>::insert(&new, Self::key_record(identity));
			Self::deposit_event(Event::KeyRecovered { identity, lost, new, revoked });
			Ok(())
		}

		/// Trust `issuer` in `scope` for `topics`, replacing what it was trusted for there.
		/// Globally by governance; for one asset by governance or the asset's agent.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_trusted_issuer())]
		pub fn set_trusted_issuer(
			origin: OriginFor<T>,
			scope: Scope<T::AssetId>,
			issuer: T::AccountId,
			topics: TrustedTopics,
		) -> DispatchResult {
			Self::ensure_scope_admin(origin, &scope)?;
			ensure!(!topics.is_empty(), Error::<T>::NoTopics);
			let mut sorted = topics.clone().into_inner();
			sorted.sort();
			sorted.dedup();
			ensure!(sorted.len() == topics.len(), Error::<T>::DuplicateTopic);
			TrustedIssuers::<T>::try_mutate(scope, |trusted| -> DispatchResult {
				match trusted.iter_mut().find(|t| t.issuer == issuer) {
					Some(entry) => entry.topics = TopicSet::from(&topics),
					None => trusted
						.try_push(TrustedIssuer {
							issuer: issuer.clone(),
							topics: TopicSet::from(&topics),
						})
						.map_err(|_| Error::<T>::TooManyTrustedIssuers)?,
				}
				Ok(())
			})?;
			Self::deposit_event(Event::TrustedIssuerSet { scope, issuer, topics });
			Ok(())
		}

		/// Stop trusting `issuer` in `scope`; its claims stop counting there at once.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::remove_trusted_issuer())]
		pub fn remove_trusted_issuer(
			origin: OriginFor<T>,
			scope: Scope<T::AssetId>,
			issuer: T::AccountId,
		) -> DispatchResult {
			Self::ensure_scope_admin(origin, &scope)?;
			TrustedIssuers::<T>::try_mutate(scope, |trusted| -> DispatchResult {
				let before = trusted.len();
				trusted.retain(|t| t.issuer != issuer);
				ensure!(trusted.len() < before, Error::<T>::NotTrustedIssuer);
				Ok(())
			})?;
			Self::deposit_event(Event::TrustedIssuerRemoved { scope, issuer });
			Ok(())
		}

		/// Add a claim about `identity`, signed by its issuer, who must be trusted for the
		/// claim's topic in its scope. Replaces the issuer's claim of that topic and scope.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::add_claim().saturating_add(Pallet::<T>::sanction_marking(claim.topic())))]
		pub fn add_claim(
			origin: OriginFor<T>,
			identity: IdentityId,
			claim: Claim,
			scope: Scope<T::AssetId>,
			expires_at: Option<Moment>,
			evidence: H256,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_add_claim(identity, claim, issuer, scope, expires_at, evidence)
		}

		/// Add a claim that its issuer signed off chain; anyone may submit it, once, before
		/// its deadline. The issuer signs [`Pallet::claim_signing_payload`], which binds the
		/// attestation to this chain.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::add_signed_claim()
			.saturating_add(Pallet::<T>::sanction_marking(attestation.claim.topic())))]
		pub fn add_signed_claim(
			origin: OriginFor<T>,
			attestation: ClaimAttestation<T::AccountId, T::AssetId>,
			signature: T::Signature,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let now = Self::now();
			ensure!(now < attestation.deadline, Error::<T>::SignatureExpired);
			ensure!(
				attestation.deadline <= now.saturating_add(MAX_CLAIM_SIGNATURE_LIFETIME),
				Error::<T>::DeadlineTooFar
			);
			let payload = Self::claim_signing_payload(&attestation);
			let payload_hash = H256(payload);
			let day = calendar::day_index(attestation.deadline);
			ensure!(
				!UsedClaimSignatures::<T>::contains_key(day, payload_hash),
				Error::<T>::SignatureAlreadyUsed
			);
			ensure!(signature.verify(&payload[..], &attestation.issuer), Error::<T>::BadSignature);
			let ClaimAttestation { issuer, identity, claim, scope, expires_at, evidence, .. } =
				attestation;
			Self::do_add_claim(identity, claim, issuer, scope, expires_at, evidence)?;
			UsedClaimSignatures::<T>::insert(day, payload_hash, ());
			SignaturePruningDay::<T>::mutate(|first| {
				*first = Some(first.map_or(day, |d| d.min(day)))
			});
			Ok(())
		}

		/// Revoke a claim. By its issuer, or by governance.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::revoke_claim().saturating_add(Pallet::<T>::sanction_marking(*topic)))]
		pub fn revoke_claim(
			origin: OriginFor<T>,
			identity: IdentityId,
			topic: ClaimTopic,
			issuer: T::AccountId,
			scope: Scope<T::AssetId>,
		) -> DispatchResult {
			if let Err(origin) = T::GovernanceOrigin::try_origin(origin) {
				let who = ensure_signed(origin)?;
				ensure!(who == issuer, Error::<T>::NotClaimIssuer);
			}
			Claims::<T>::try_mutate_exists(identity, topic, |claims| -> DispatchResult {
				let list = claims.as_mut().ok_or(Error::<T>::ClaimNotFound)?;
				let before = list.len();
				list.retain(|c| !(c.issuer == issuer && c.scope == scope));
				ensure!(list.len() < before, Error::<T>::ClaimNotFound);
				if list.is_empty() {
					*claims = None;
				}
				Ok(())
			})?;
			if topic == ClaimTopic::Sanctioned {
				Self::mark_sanction_claims(identity);
			}
			Self::deposit_event(Event::ClaimRevoked { identity, topic, issuer, scope });
			Ok(())
		}

		/// Make an asset known to compliance, with its compliance agent. By governance; the
		/// token pallet registers the assets it creates itself.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::register_asset())]
		pub fn register_asset(
			origin: OriginFor<T>,
			asset: T::AssetId,
			agent: IdentityId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_register_asset(asset, agent)
		}

		/// Hand an asset's compliance to another identity. By the agent or governance.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_compliance_agent())]
		pub fn set_compliance_agent(
			origin: OriginFor<T>,
			asset: T::AssetId,
			agent: IdentityId,
		) -> DispatchResult {
			Self::ensure_scope_admin(origin, &Scope::Asset(asset))?;
			ensure!(Identities::<T>::contains_key(agent), Error::<T>::UnknownIdentity);
			ComplianceAgents::<T>::insert(asset, agent);
			Self::deposit_event(Event::ComplianceAgentChanged { asset, agent });
			Ok(())
		}

		/// Replace an asset's rule set. By its compliance agent.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_rules())]
		pub fn set_rules(
			origin: OriginFor<T>,
			asset: T::AssetId,
			rules: RuleSet,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			Self::validate_rules(&rules)?;
			Self::put_rules(asset, rules.clone());
			Self::deposit_event(Event::RulesSet { asset, rules });
			Ok(())
		}

		/// Replace an asset's transfer restrictions. By its compliance agent.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::set_restrictions())]
		pub fn set_restrictions(
			origin: OriginFor<T>,
			asset: T::AssetId,
			restrictions: Restrictions<T::Balance>,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			Self::validate_restrictions(&restrictions)?;
			if restrictions.need_holdings() {
				Self::ensure_keeps_holdings(asset)?;
			}
			Self::put_restrictions(asset, restrictions.clone());
			Self::deposit_event(Event::RestrictionsSet { asset, restrictions });
			Ok(())
		}

		/// Exempt an identity from one restriction of an asset, or withdraw the exemption.
		/// By the asset's compliance agent.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::set_exemption())]
		pub fn set_exemption(
			origin: OriginFor<T>,
			asset: T::AssetId,
			identity: IdentityId,
			restriction: Restriction,
			exempt: bool,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			ensure!(Identities::<T>::contains_key(identity), Error::<T>::UnknownIdentity);
			let key = (identity, restriction);
			ensure!(Exemptions::<T>::contains_key(asset, key) != exempt, Error::<T>::Unchanged);
			if exempt {
				Exemptions::<T>::insert(asset, key, ());
			} else {
				Exemptions::<T>::remove(asset, key);
			}
			Self::deposit_event(Event::ExemptionSet { asset, identity, restriction, exempt });
			Ok(())
		}

		/// Freeze or unfreeze an account for an asset. By its compliance agent.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::freeze_account())]
		pub fn freeze_account(
			origin: OriginFor<T>,
			asset: T::AssetId,
			account: T::AccountId,
			frozen: bool,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			ensure!(
				FrozenAccounts::<T>::contains_key(asset, &account) != frozen,
				Error::<T>::Unchanged
			);
			if frozen {
				FrozenAccounts::<T>::insert(asset, &account, ());
			} else {
				FrozenAccounts::<T>::remove(asset, &account);
			}
			Self::count_in_profile(asset, frozen, |p| &mut p.frozen_accounts);
			Self::deposit_event(Event::AccountFreezeSet { asset, account, frozen });
			Ok(())
		}

		/// Freeze or unfreeze every account of an identity for an asset. By its compliance
		/// agent.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::freeze_identity())]
		pub fn freeze_identity(
			origin: OriginFor<T>,
			asset: T::AssetId,
			identity: IdentityId,
			frozen: bool,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			ensure!(Identities::<T>::contains_key(identity), Error::<T>::UnknownIdentity);
			ensure!(
				FrozenIdentities::<T>::contains_key(asset, identity) != frozen,
				Error::<T>::Unchanged
			);
			if frozen {
				FrozenIdentities::<T>::insert(asset, identity, ());
			} else {
				FrozenIdentities::<T>::remove(asset, identity);
			}
			Self::count_in_profile(asset, frozen, |p| &mut p.frozen_identities);
			Self::deposit_event(Event::IdentityFreezeSet { asset, identity, frozen });
			Ok(())
		}

		/// Freeze `amount` of an identity's holding of an asset (zero unfreezes). By its
		/// compliance agent.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::set_partial_freeze())]
		pub fn set_partial_freeze(
			origin: OriginFor<T>,
			asset: T::AssetId,
			identity: IdentityId,
			amount: T::Balance,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			ensure!(Identities::<T>::contains_key(identity), Error::<T>::UnknownIdentity);
			let before = PartialFreezes::<T>::get(asset, identity);
			ensure!(before.unwrap_or_default() != amount, Error::<T>::Unchanged);
			if amount.is_zero() {
				PartialFreezes::<T>::remove(asset, identity);
				Self::count_in_profile(asset, false, |p| &mut p.partial_freezes);
			} else {
				Self::ensure_keeps_holdings(asset)?;
				PartialFreezes::<T>::insert(asset, identity, amount);
				if before.is_none() {
					Self::count_in_profile(asset, true, |p| &mut p.partial_freezes);
				}
			}
			Self::deposit_event(Event::PartialFreezeSet { asset, identity, amount });
			Ok(())
		}

		/// Pause or resume every movement of an asset. By its compliance agent.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::set_paused())]
		pub fn set_paused(origin: OriginFor<T>, asset: T::AssetId, paused: bool) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			AssetProfiles::<T>::try_mutate(asset, |profile| {
				let profile = profile.as_mut().ok_or(Error::<T>::UnknownAsset)?;
				ensure!(profile.paused != paused, Error::<T>::Unchanged);
				profile.paused = paused;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::PauseSet { asset, paused });
			Ok(())
		}

		/// Choose whether an asset keeps its identities' holdings and holder counts
		/// ([`AssetProfile::keeps_holdings`]), which holder caps, holding caps and floors,
		/// ownership shares, holding periods and partial freezes need and every movement of
		/// the asset pays for. By its compliance agent, while nothing of the asset is issued;
		/// stopping also needs none of those restrictions and freezes on.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::set_keeps_holdings())]
		pub fn set_keeps_holdings(
			origin: OriginFor<T>,
			asset: T::AssetId,
			keeps: bool,
		) -> DispatchResult {
			Self::ensure_agent(origin, asset)?;
			ensure!(Supply::<T>::get(asset).is_zero(), Error::<T>::SupplyOutstanding);
			AssetProfiles::<T>::try_mutate(asset, |profile| {
				let profile = profile.as_mut().ok_or(Error::<T>::UnknownAsset)?;
				ensure!(profile.keeps_holdings != keeps, Error::<T>::Unchanged);
				if !keeps {
					ensure!(profile.partial_freezes == 0, Error::<T>::HoldingsNeeded);
					ensure!(
						!profile.restricted || !AssetRestrictions::<T>::get(asset).need_holdings(),
						Error::<T>::HoldingsNeeded
					);
				}
				profile.keeps_holdings = keeps;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::KeepsHoldingsSet { asset, keeps });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The time now, in milliseconds since the Unix epoch.
	pub fn now() -> Moment {
		T::Time::now().as_millis().saturated_into()
	}

	/// The identity of a key that may act for it (one not revoked).
	pub fn active_identity(key: &T::AccountId) -> Option<IdentityId> {
		KeyIdentity::<T>::get(key).map(|record| record.identity)
	}

	/// The identity a key belongs to, revoked or not.
	pub fn key_identity(key: &T::AccountId) -> Option<IdentityId> {
		Self::active_identity(key).or_else(|| RevokedKeys::<T>::get(key))
	}

	/// What an active key of `identity` records of it.
	pub(crate) fn key_record(identity: IdentityId) -> KeyRecordOf<T> {
		let sanction_claims = Claims::<T>::get(identity, ClaimTopic::Sanctioned);
		KeyRecord { identity, sanction_claims }
	}

	/// What a change of claims of `topic` adds for the keys' copies of the sanction claims.
	pub(crate) fn sanction_marking(topic: ClaimTopic) -> Weight {
		if topic == ClaimTopic::Sanctioned {
			T::WeightInfo::mark_sanction_claims()
		} else {
			Weight::zero()
		}
	}

	/// Copies the sanction claims of `identity` to every active key of it, after they
	/// changed. At most `MaxKeysPerIdentity` keys.
	pub(crate) fn mark_sanction_claims(identity: IdentityId) {
		let record = Self::key_record(identity);
		let keys = Identities::<T>::get(identity).map(|r| r.keys).unwrap_or_default();
		for key in &keys {
			if KeyIdentity::<T>::get(key).is_some_and(|active| active != record) {
				KeyIdentity::<T>::insert(key, &record);
			}
		}
	}

	/// Whether a key belongs to an identity, revoked or not.
	fn key_in_use(key: &T::AccountId) -> bool {
		KeyIdentity::<T>::contains_key(key) || RevokedKeys::<T>::contains_key(key)
	}

	/// The bytes an issuer signs to attest a claim off chain: the blake2-256 hash of the
	/// domain, this chain's genesis hash and the attestation.
	pub fn claim_signing_payload(
		attestation: &ClaimAttestation<T::AccountId, T::AssetId>,
	) -> [u8; 32] {
		let genesis = frame_system::Pallet::<T>::block_hash(
			frame_system::pallet_prelude::BlockNumberFor::<T>::zero(),
		);
		(CLAIM_SIGNATURE_DOMAIN, genesis, attestation).using_encoded(sp_io::hashing::blake2_256)
	}

	/// Removes used claim signatures whose deadline day is over, a batch per step, as far as
	/// `remaining` allows; returns the weight used. A batch that leaves some of its day is
	/// the block's last step, since a second removal under one prefix in a block would
	/// see the same keys again.
	pub fn prune_used_signatures(remaining: Weight) -> Weight {
		Self::prune_signatures_before(calendar::day_index(Self::now()), remaining)
	}

	/// [`Self::prune_used_signatures`] with days before `today` over.
	pub(crate) fn prune_signatures_before(today: u32, remaining: Weight) -> Weight {
		let db = T::DbWeight::get();
		let mut used = db.reads(1);
		if !used.all_lte(remaining) {
			return Weight::zero();
		}
		let Some(mut day) = SignaturePruningDay::<T>::get() else { return used };
		let step = T::WeightInfo::prune_used_signatures(SIGNATURE_PRUNING_BATCH);
		let start = day;
		while day < today && used.saturating_add(step).all_lte(remaining) {
			used.saturating_accrue(step);
			let removal =
				UsedClaimSignatures::<T>::clear_prefix(day, SIGNATURE_PRUNING_BATCH, None);
			if removal.maybe_cursor.is_some() {
				break;
			}
			day = day.saturating_add(1);
		}
		if day != start {
			used.saturating_accrue(db.writes(1));
			SignaturePruningDay::<T>::put(day);
		}
		used
	}

	/// The primary key that signed `origin`, its identity and the identity's record.
	#[allow(clippy::type_complexity)]
	fn primary_signer(
		origin: T::RuntimeOrigin,
	) -> Result<
		(T::AccountId, IdentityId, IdentityRecord<T::AccountId, T::MaxKeysPerIdentity>),
		sp_runtime::DispatchError,
	> {
		let who = frame_system::ensure_signed(origin)?;
		let identity = Self::active_identity(&who).ok_or(Error::<T>::NotIdentified)?;
		let record = Identities::<T>::get(identity).ok_or(Error::<T>::UnknownIdentity)?;
		frame_support::ensure!(record.primary() == Some(&who), Error::<T>::NotPrimaryKey);
		Ok((who, identity, record))
	}

	fn ensure_agent(origin: T::RuntimeOrigin, asset: T::AssetId) -> sp_runtime::DispatchResult {
		let agent = ComplianceAgents::<T>::get(asset).ok_or(Error::<T>::UnknownAsset)?;
		let who = frame_system::ensure_signed(origin)?;
		frame_support::ensure!(
			Self::active_identity(&who) == Some(agent),
			Error::<T>::NotComplianceAgent
		);
		Ok(())
	}

	/// Governance for everything; an asset's compliance agent for that asset.
	fn ensure_scope_admin(
		origin: T::RuntimeOrigin,
		scope: &Scope<T::AssetId>,
	) -> sp_runtime::DispatchResult {
		use frame_support::traits::EnsureOrigin;
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => match scope {
				Scope::Asset(asset) if !ComplianceAgents::<T>::contains_key(asset) => {
					Err(Error::<T>::UnknownAsset.into())
				}
				_ => Ok(()),
			},
			Err(origin) => match scope {
				Scope::Global => Err(sp_runtime::DispatchError::BadOrigin),
				Scope::Asset(asset) => Self::ensure_agent(origin, *asset),
			},
		}
	}

	fn do_add_claim(
		identity: IdentityId,
		claim: Claim,
		issuer: T::AccountId,
		scope: Scope<T::AssetId>,
		expires_at: Option<Moment>,
		evidence: H256,
	) -> sp_runtime::DispatchResult {
		use frame_support::ensure;
		ensure!(Identities::<T>::contains_key(identity), Error::<T>::UnknownIdentity);
		if let Scope::Asset(asset) = &scope {
			ensure!(ComplianceAgents::<T>::contains_key(asset), Error::<T>::UnknownAsset);
		}
		if let Claim::Jurisdiction(country) = &claim {
			ensure!(country.is_well_formed(), Error::<T>::MalformedCountryCode);
		}
		let topic = claim.topic();
		ensure!(Self::may_attest(&issuer, topic, &scope), Error::<T>::IssuerNotTrusted);
		let issued_at = Self::now();
		ensure!(expires_at.is_none_or(|expiry| issued_at < expiry), Error::<T>::AlreadyExpired);
		let record =
			ClaimRecord { claim, issuer: issuer.clone(), scope, issued_at, expires_at, evidence };
		Claims::<T>::try_mutate(identity, topic, |claims| -> sp_runtime::DispatchResult {
			if let Some(existing) =
				claims.iter_mut().find(|c| c.issuer == issuer && c.scope == scope)
			{
				*existing = record;
				return Ok(());
			}
			// Any identity may create an asset and trust issuers of its own for it, so claims
			// scoped to assets must not crowd out the KYC providers and sanctions screeners
			// that governance trusts: they take at most half of the list.
			if matches!(scope, Scope::Asset(_)) {
				let scoped = claims.iter().filter(|c| matches!(c.scope, Scope::Asset(_))).count();
				let share = (T::MaxClaimsPerTopic::get() / 2) as usize;
				ensure!(scoped < share, Error::<T>::TooManyAssetScopedClaims);
			}
			claims.try_push(record).map_err(|_| Error::<T>::TooManyClaims)?;
			Ok(())
		})?;
		if topic == ClaimTopic::Sanctioned {
			Self::mark_sanction_claims(identity);
		}
		Self::deposit_event(Event::ClaimAdded {
			identity,
			claim,
			issuer,
			scope,
			issued_at,
			expires_at,
			evidence,
		});
		Ok(())
	}

	/// An issuer may attest a topic in a scope when it is trusted for the topic globally,
	/// or, for a claim scoped to one asset, for that asset.
	fn may_attest(issuer: &T::AccountId, topic: ClaimTopic, scope: &Scope<T::AssetId>) -> bool {
		let trusted_in = |scope: Scope<T::AssetId>| {
			TrustedIssuers::<T>::get(scope)
				.iter()
				.any(|t| &t.issuer == issuer && t.topics.contains(&topic))
		};
		trusted_in(Scope::Global)
			|| matches!(scope, Scope::Asset(asset) if trusted_in(Scope::Asset(*asset)))
	}

	fn do_register_asset(asset: T::AssetId, agent: IdentityId) -> sp_runtime::DispatchResult {
		use frame_support::ensure;
		ensure!(!ComplianceAgents::<T>::contains_key(asset), Error::<T>::AssetAlreadyRegistered);
		ensure!(Identities::<T>::contains_key(agent), Error::<T>::UnknownIdentity);
		ComplianceAgents::<T>::insert(asset, agent);
		AssetProfiles::<T>::insert(asset, AssetProfile::at_registration());
		Self::deposit_event(Event::AssetRegistered { asset, agent });
		Ok(())
	}

	/// Replaces an asset's rule set, and the count of conditions its checks read.
	pub(crate) fn put_rules(asset: T::AssetId, rules: RuleSet) {
		AssetProfiles::<T>::mutate_extant(asset, |profile| {
			profile.sender_conditions = rules.sender_conditions();
			profile.receiver_conditions = rules.receiver_conditions();
		});
		Rules::<T>::insert(asset, rules);
	}

	/// Replaces an asset's restrictions, and whether its checks read them.
	pub(crate) fn put_restrictions(asset: T::AssetId, restrictions: Restrictions<T::Balance>) {
		AssetProfiles::<T>::mutate_extant(asset, |profile| {
			profile.restricted = !restrictions.are_off()
		});
		AssetRestrictions::<T>::insert(asset, restrictions);
	}

	/// Whether the asset keeps its identities' holdings ([`AssetProfile::keeps_holdings`]).
	pub fn keeps_holdings(asset: T::AssetId) -> bool {
		AssetProfiles::<T>::get(asset).is_some_and(|profile| profile.keeps_holdings)
	}

	/// Refuses what weighs identities' holdings on an asset that does not keep them.
	fn ensure_keeps_holdings(asset: T::AssetId) -> sp_runtime::DispatchResult {
		frame_support::ensure!(Self::keeps_holdings(asset), Error::<T>::HoldingsNotKept);
		Ok(())
	}

	/// Counts a freeze of an asset made (`made`) or lifted in its profile.
	pub(crate) fn count_in_profile(
		asset: T::AssetId,
		made: bool,
		count: fn(&mut AssetProfile) -> &mut u32,
	) {
		AssetProfiles::<T>::mutate_extant(asset, |profile| {
			let count = count(profile);
			*count = if made { count.saturating_add(1) } else { count.saturating_sub(1) };
		});
	}

	fn validate_countries<'a>(
		countries: impl IntoIterator<Item = &'a CountryCode>,
	) -> sp_runtime::DispatchResult {
		frame_support::ensure!(
			countries.into_iter().all(CountryCode::is_well_formed),
			Error::<T>::MalformedCountryCode
		);
		Ok(())
	}

	fn validate_rules(rules: &RuleSet) -> sp_runtime::DispatchResult {
		for clause in rules.sender.iter().chain(rules.receiver.iter()) {
			frame_support::ensure!(!clause.is_empty(), Error::<T>::EmptyClause);
			for condition in clause {
				match condition {
					Condition::JurisdictionIn(countries)
					| Condition::JurisdictionNotIn(countries) => Self::validate_countries(countries.iter())?,
					_ => {}
				}
			}
		}
		Ok(())
	}

	fn validate_restrictions(
		restrictions: &Restrictions<T::Balance>,
	) -> sp_runtime::DispatchResult {
		if let (Some(min), Some(max)) = (restrictions.min_holding, restrictions.max_holding) {
			frame_support::ensure!(min <= max, Error::<T>::MinimumAboveMaximum);
		}
		Self::validate_countries(
			restrictions.max_holders_per_jurisdiction.iter().map(|c| &c.country),
		)?;
		Self::validate_countries(restrictions.distribution_windows.iter().map(|w| &w.country))
	}

	/// The pallet's invariants: keys and identities agree, trusted issuers are well formed,
	/// claims sit under their topic, and holdings, holder counts and supply agree.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::ensure;
		use sp_runtime::traits::CheckedAdd;

		for (identity, record) in Identities::<T>::iter() {
			ensure!(!record.keys.is_empty(), "an identity has no key");
			ensure!(
				record.keys.len().saturating_add(record.invited.len())
					<= T::MaxKeysPerIdentity::get() as usize,
				"keys and invitations past the limit"
			);
			ensure!(
				record.primary().is_some_and(|key| Self::active_identity(key) == Some(identity)),
				"the primary key is not an active key of its identity"
			);
			ensure!(
				record.invited.iter().all(|key| !record.keys.contains(key)),
				"a key is invited to the identity it belongs to"
			);
			ensure!(identity < NextIdentityId::<T>::get(), "an identity id is not yet issued");
			for key in &record.keys {
				ensure!(Self::key_identity(key) == Some(identity), "a key points elsewhere");
			}
		}
		for (key, active) in KeyIdentity::<T>::iter() {
			let record = Identities::<T>::get(active.identity).ok_or("a key of no identity")?;
			ensure!(record.keys.contains(&key), "an identity does not list its key");
			// A check weighs the sanction claims its party's key carries, not the identity's.
			ensure!(
				active == Self::key_record(active.identity),
				"a key's sanction claims differ from its identity's"
			);
		}
		for (key, identity) in RevokedKeys::<T>::iter() {
			ensure!(!KeyIdentity::<T>::contains_key(&key), "a revoked key is active too");
			let record = Identities::<T>::get(identity).ok_or("a revoked key of no identity")?;
			ensure!(record.keys.contains(&key), "an identity does not list its revoked key");
		}
		let pruning_day = SignaturePruningDay::<T>::get();
		for (day, _) in UsedClaimSignatures::<T>::iter_keys() {
			ensure!(
				pruning_day.is_some_and(|first| first <= day),
				"a used signature pruning missed"
			);
		}
		for (asset, profile) in AssetProfiles::<T>::iter() {
			ensure!(ComplianceAgents::<T>::contains_key(asset), "a profile of no asset");
			let rules = Rules::<T>::get(asset);
			ensure!(
				profile.sender_conditions == rules.sender_conditions()
					&& profile.receiver_conditions == rules.receiver_conditions(),
				"rules miscounted"
			);
			ensure!(
				profile.restricted != AssetRestrictions::<T>::get(asset).are_off(),
				"restrictions misflagged"
			);
			let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
			ensure!(
				profile.frozen_accounts == count(FrozenAccounts::<T>::iter_prefix(asset).count()),
				"frozen accounts miscounted"
			);
			ensure!(
				profile.frozen_identities
					== count(FrozenIdentities::<T>::iter_prefix(asset).count()),
				"frozen identities miscounted"
			);
			ensure!(
				profile.partial_freezes == count(PartialFreezes::<T>::iter_prefix(asset).count()),
				"partial freezes miscounted"
			);
			ensure!(
				profile.keeps_holdings
					|| (profile.partial_freezes == 0
						&& !AssetRestrictions::<T>::get(asset).need_holdings()),
				"holdings weighed but not kept"
			);
		}
		for asset in ComplianceAgents::<T>::iter_keys() {
			ensure!(AssetProfiles::<T>::contains_key(asset), "an asset without a profile");
		}
		for (_, issuers) in TrustedIssuers::<T>::iter() {
			for (i, trusted) in issuers.iter().enumerate() {
				ensure!(!trusted.topics.is_empty(), "a trusted issuer without topics");
				ensure!(
					issuers.iter().skip(i.saturating_add(1)).all(|t| t.issuer != trusted.issuer),
					"an issuer listed twice in a scope"
				);
			}
		}
		for (identity, topic, claims) in Claims::<T>::iter() {
			ensure!(Identities::<T>::contains_key(identity), "a claim about no identity");
			ensure!(!claims.is_empty(), "an empty claim list is kept");
			for claim in &claims {
				ensure!(claim.claim.topic() == topic, "a claim under another topic");
			}
		}

		let mut supply: BTreeMap<T::AssetId, T::Balance> = BTreeMap::new();
		let mut holders: BTreeMap<T::AssetId, u32> = BTreeMap::new();
		let mut by_country: BTreeMap<(T::AssetId, CountryCode), u32> = BTreeMap::new();
		for (asset, _, holding) in Holdings::<T>::iter() {
			ensure!(Self::keeps_holdings(asset), "a holding of an asset that keeps none");
			ensure!(!holding.balance.is_zero(), "a zero holding is kept");
			let in_lots = holding
				.lots
				.iter()
				.try_fold(T::Balance::zero(), |sum, lot| sum.checked_add(&lot.amount))
				.ok_or("lots overflow")?;
			ensure!(in_lots == holding.balance, "lots do not sum to the holding");
			ensure!(holding.lots.iter().all(|lot| !lot.amount.is_zero()), "an empty lot is kept");
			ensure!(
				holding.lots.windows(2).all(|pair| pair[0].acquired_at <= pair[1].acquired_at),
				"lots out of order"
			);
			let total = supply.entry(asset).or_default();
			*total = total.checked_add(&holding.balance).ok_or("holdings overflow")?;
			let count = holders.entry(asset).or_default();
			*count = count.saturating_add(1);
			if let Some(country) = holding.counted_in {
				let count = by_country.entry((asset, country)).or_default();
				*count = count.saturating_add(1);
			}
		}
		for (asset, total) in Supply::<T>::iter().filter(|(asset, _)| Self::keeps_holdings(*asset))
		{
			ensure!(
				supply.get(&asset).copied().unwrap_or_default() == total,
				"holdings do not sum to the supply"
			);
		}
		for (asset, total) in &supply {
			ensure!(Supply::<T>::get(asset) == *total, "a holding of an asset without supply");
		}
		for (asset, count) in HolderCount::<T>::iter() {
			ensure!(holders.get(&asset).copied().unwrap_or_default() == count, "holder count");
		}
		for (asset, count) in &holders {
			ensure!(HolderCount::<T>::get(asset) == *count, "holders not counted");
		}
		for (asset, country, count) in JurisdictionHolderCount::<T>::iter() {
			ensure!(
				by_country.get(&(asset, country)).copied().unwrap_or_default() == count,
				"jurisdiction holder count"
			);
		}
		for ((asset, country), count) in &by_country {
			ensure!(
				JurisdictionHolderCount::<T>::get(asset, country) == *count,
				"jurisdiction holders not counted"
			);
		}
		Ok(())
	}
}
