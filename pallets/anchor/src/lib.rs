//! # Anchor
//!
//! The bridge's on-chain half. Each epoch (a fixed number of blocks) it commits to the final
//! balances of bridged securities that changed in the epoch: for every bridged asset that
//! changed, an entry over the keccak Merkle tree of its changed balance leaves (asset,
//! partition, holder's Ethereum address, balance, epoch), its documents and its flags; the
//! epoch's commitment is over those entries, and its hash is the extra data of the MMR leaves
//! that BEEFY's validators sign. The encodings are `anchor-primitives`', which Consort's
//! contracts check.
//!
//! - The token pallet tells the anchor of every changed holding; the anchor keeps each
//!   (asset, partition, identity) once per epoch, so an epoch costs what changed in it, not
//!   how often it was traded.
//! - An epoch is sealed over as many blocks as it needs, at most `MaxSealedPerBlock` steps a
//!   block. A balance is the holder's total over all its keys when its leaf is sealed;
//!   anything that moved after that is in the next epoch.
//! - Holders link an Ethereum address to their identity by signing (EIP-191) a message that
//!   names the chain's genesis, the identity and the address. An identity that linked none is
//!   mirrored under an address derived from it, which nobody holds a key to. A change of
//!   address moves every bridged holding: the old address gets a zero leaf.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use anchor_primitives as primitives;
pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod read;
mod seal;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// How many times an identity may change its Ethereum address in one epoch.
pub const MAX_ADDRESS_CHANGES_PER_EPOCH: u32 = 4;
/// The shortest epoch governance may set, in blocks: every epoch is a checkpoint that relayers
/// pay gas to carry, and shorter ones would only multiply that cost.
pub const MIN_EPOCH_LENGTH: u32 = 10;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use anchor_primitives::{
		AssetEntry, BalanceLeaf, EpochCommitment, EpochNumber, EthAddress, MerkleFrontier,
	};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use pallet_compliance::{IdentityId, IdentityRegistry, Partition};
	use pallet_token::{AssetKind, AssetLedger, AssetRecords};
	use sp_core::H256;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// The token pallet's asset identifier; the contracts know it as a u32.
		type AssetId: Parameter + MaxEncodedLen + Copy + Ord + Into<u32>;
		type Balance: Parameter + MaxEncodedLen + Copy + Into<u128>;
		/// The ledger of balances, documents and flags.
		type Ledger: AssetLedger<Self::AccountId, Self::AssetId, Self::Balance>
			+ AssetRecords<Self::AccountId, Self::AssetId, Self::Balance>;
		/// Who is who: holdings are mirrored per identity, over all its keys.
		type Identities: IdentityRegistry<Self::AccountId, Self::AssetId>;
		/// Who marks assets as bridged (the consortium's governance).
		type BridgeOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Blocks per epoch, until genesis or governance set another length.
		#[pallet::constant]
		type EpochLength: Get<BlockNumberFor<Self>>;
		#[pallet::constant]
		type MaxBridgedAssets: Get<u32>;
		/// Sealing steps per block: one per changed holding, one per asset.
		#[pallet::constant]
		type MaxSealedPerBlock: Get<u32>;
		/// Accounts one `publish_holders` call may name.
		#[pallet::constant]
		type MaxHoldersPerPublish: Get<u32>;
		/// How many sealed epochs keep their leaves and entries for relayers, until genesis sets
		/// another number.
		#[pallet::constant]
		type EpochsKept: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Securities and holders for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId, Self::AssetId>;
	}

	#[pallet::type_value]
	pub fn FirstEpoch() -> EpochNumber {
		1
	}

	/// The bridged assets, in the order their entries take in an epoch.
	#[pallet::storage]
	pub type BridgedAssets<T: Config> =
		StorageValue<_, BoundedVec<T::AssetId, T::MaxBridgedAssets>, ValueQuery>;

	/// Whether an asset is bridged: `Some(true)` if it leaves the bridge when the open epoch
	/// is sealed.
	#[pallet::storage]
	pub type Bridged<T: Config> = StorageMap<_, Blake2_128Concat, T::AssetId, bool>;

	/// The epoch in which each asset last had an entry, and that entry's documents hash and
	/// flags.
	#[pallet::storage]
	pub type LastEntry<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AssetId, (EpochNumber, H256, u8)>;

	/// Each identity's linked Ethereum address.
	#[pallet::storage]
	pub type EthAddressOf<T: Config> = StorageMap<_, Twox64Concat, IdentityId, EthAddress>;

	/// The identity each linked Ethereum address belongs to.
	#[pallet::storage]
	pub type IdentityOfEthAddress<T: Config> = StorageMap<_, Identity, EthAddress, IdentityId>;

	/// The epoch in which an address was last given up: no other identity may link it in the
	/// same epoch, so its zero leaf and the new holder's leaf are never in one epoch.
	#[pallet::storage]
	pub type RetiredIn<T: Config> = StorageMap<_, Identity, EthAddress, EpochNumber>;

	/// The addresses an identity gave up in an epoch: they get zero leaves when it is sealed.
	#[pallet::storage]
	pub type RetiredAddresses<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		EpochNumber,
		Twox64Concat,
		IdentityId,
		BoundedVec<EthAddress, ConstU32<MAX_ADDRESS_CHANGES_PER_EPOCH>>,
		ValueQuery,
	>;

	/// The epoch that changes are recorded in.
	#[pallet::storage]
	pub type OpenEpoch<T: Config> = StorageValue<_, EpochNumber, ValueQuery, FirstEpoch>;

	/// The block the open epoch began in.
	#[pallet::storage]
	pub type OpenedAt<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The holdings that changed, by epoch, asset and order of first change.
	#[pallet::storage]
	pub type Changes<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, EpochNumber>,
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Twox64Concat, u32>,
		),
		(Partition, IdentityId),
	>;

	/// How many holdings of an asset changed in an epoch.
	#[pallet::storage]
	pub type ChangeCount<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		EpochNumber,
		Blake2_128Concat,
		T::AssetId,
		u32,
		ValueQuery,
	>;

	/// The holdings already recorded in an epoch: each is recorded once.
	#[pallet::storage]
	pub type Recorded<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, EpochNumber>,
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Blake2_128Concat, Partition>,
			NMapKey<Twox64Concat, IdentityId>,
		),
		(),
	>;

	/// The epoch being sealed, and how far sealing got.
	#[pallet::storage]
	pub type Sealing<T: Config> = StorageValue<_, SealingOf<T>>;

	/// The balance leaves of each asset in each kept epoch, in their tree's order.
	#[pallet::storage]
	pub type Leaves<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, EpochNumber>,
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Twox64Concat, u32>,
		),
		BalanceLeaf,
	>;

	/// The asset entries of each kept epoch, in their tree's order.
	#[pallet::storage]
	pub type Entries<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EpochNumber, Twox64Concat, u32, AssetEntry>;

	/// The commitment of each kept epoch that had entries.
	#[pallet::storage]
	pub type Epochs<T: Config> = StorageMap<_, Twox64Concat, EpochNumber, EpochCommitment>;

	/// The newest commitment: its hash is the MMR leaves' extra data.
	#[pallet::storage]
	pub type LatestCommitment<T: Config> = StorageValue<_, EpochCommitment>;

	/// The oldest epoch whose leaves may still be stored.
	#[pallet::storage]
	pub type OldestKept<T: Config> = StorageValue<_, EpochNumber, ValueQuery, FirstEpoch>;

	/// Blocks per epoch, when genesis or governance set it; else `Config::EpochLength`.
	#[pallet::storage]
	pub type EpochLengthSet<T: Config> = StorageValue<_, BlockNumberFor<T>>;

	/// How many sealed epochs are kept, when genesis set it; else `Config::EpochsKept`.
	#[pallet::storage]
	pub type EpochsKeptSet<T: Config> = StorageValue<_, u32>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Blocks per epoch, if not `Config::EpochLength`; at least [`MIN_EPOCH_LENGTH`].
		pub epoch_length: Option<BlockNumberFor<T>>,
		/// Sealed epochs kept, if not `Config::EpochsKept`; at least 1.
		pub epochs_kept: Option<u32>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(blocks) = self.epoch_length {
				// A chain spec with too short an epoch is refused when it is built.
				assert!(blocks >= MIN_EPOCH_LENGTH.into(), "an epoch is at least 10 blocks");
				EpochLengthSet::<T>::put(blocks);
			}
			if let Some(epochs) = self.epochs_kept {
				assert!(epochs >= 1, "at least the newest sealed epoch is kept");
				EpochsKeptSet::<T>::put(epochs);
			}
		}
	}

	/// Every non-zero balance the anchor has committed, as its newest leaf set it: what an
	/// asset's mirror must hold once it applied the asset's newest entry. Reconciliation reads
	/// it; pruning never touches it.
	#[pallet::storage]
	pub type Committed<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AssetId>,
			NMapKey<Blake2_128Concat, Partition>,
			NMapKey<Identity, EthAddress>,
		),
		u128,
	>;

	/// How far sealing an epoch got.
	#[derive(
		CloneNoBound,
		PartialEqNoBound,
		EqNoBound,
		Encode,
		Decode,
		MaxEncodedLen,
		TypeInfo,
		DebugNoBound,
	)]
	#[scale_info(skip_type_params(T))]
	pub struct SealingOf<T: Config> {
		pub epoch: EpochNumber,
		/// The assets bridged when the epoch closed.
		pub assets: BoundedVec<T::AssetId, T::MaxBridgedAssets>,
		pub asset_index: u32,
		/// The next change of the current asset to seal.
		pub change_index: u32,
		/// The current asset's leaves so far.
		pub leaves: MerkleFrontier,
		/// The epoch's entries so far.
		pub entries: MerkleFrontier,
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The asset's final balances are committed from the open epoch on.
		AssetBridged { asset: T::AssetId },
		/// The asset leaves the bridge when the open epoch is sealed.
		AssetUnbridged { asset: T::AssetId },
		/// The identity's holdings are mirrored under `address` from the open epoch on.
		EthAddressLinked { identity: IdentityId, address: EthAddress, previous: EthAddress },
		/// An epoch closed; its sealing begins.
		EpochClosed { epoch: EpochNumber },
		/// An epoch is sealed: `commitment` goes into the MMR leaves from the next block on.
		EpochSealed { epoch: EpochNumber, commitment: EpochCommitment, hash: H256 },
		/// Epochs last `blocks` from the open one on.
		EpochLengthChanged { blocks: BlockNumberFor<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such asset.
		UnknownAsset,
		/// Cash tokens are not bridged.
		NotASecurity,
		AlreadyBridged,
		NotBridged,
		TooManyBridgedAssets,
		/// The caller's key acts for no identity.
		NoIdentity,
		/// The zero address cannot hold a mirrored balance.
		ZeroAddress,
		/// Another identity, or this one, holds the address.
		AddressTaken,
		/// The address was given up in the open epoch: it can be linked from the next one.
		AddressCoolingDown,
		/// The signature is not the address's over the link message.
		BadSignature,
		/// The identity changed its address too often in this epoch.
		TooManyAddressChanges,
		/// An epoch is at least [`MIN_EPOCH_LENGTH`] blocks.
		EpochTooShort,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Closes the open epoch when its time is up, and seals the closed one step by step.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::advance(now)
		}

		fn integrity_test() {
			assert!(T::MaxSealedPerBlock::get() > 0, "sealing must make progress");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Bridges a security: its changed balances are committed from the open epoch on. Its
		/// existing holders are mirrored once `publish_holders` names them.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bridge_asset())]
		pub fn bridge_asset(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			let kind = T::Ledger::kind(asset).ok_or(Error::<T>::UnknownAsset)?;
			ensure!(kind != AssetKind::Cash, Error::<T>::NotASecurity);
			ensure!(!Bridged::<T>::contains_key(asset), Error::<T>::AlreadyBridged);
			BridgedAssets::<T>::try_append(asset).map_err(|_| Error::<T>::TooManyBridgedAssets)?;
			Bridged::<T>::insert(asset, false);
			T::Ledger::follow_holdings(asset, true);
			Self::deposit_event(Event::AssetBridged { asset });
			Ok(())
		}

		/// Takes an asset off the bridge when the open epoch is sealed; what changed until then
		/// is still committed. Its mirrors keep their last balances.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unbridge_asset())]
		pub fn unbridge_asset(origin: OriginFor<T>, asset: T::AssetId) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			Bridged::<T>::try_mutate(asset, |leaving| match leaving {
				Some(false) => {
					*leaving = Some(true);
					Ok(())
				}
				_ => Err(Error::<T>::NotBridged),
			})?;
			Self::deposit_event(Event::AssetUnbridged { asset });
			Ok(())
		}

		/// Sets the length of epochs, the open one included: it closes `blocks` after it
		/// opened (or at once, if that is past).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_epoch_length())]
		pub fn set_epoch_length(origin: OriginFor<T>, blocks: BlockNumberFor<T>) -> DispatchResult {
			T::BridgeOrigin::ensure_origin(origin)?;
			ensure!(blocks >= MIN_EPOCH_LENGTH.into(), Error::<T>::EpochTooShort);
			EpochLengthSet::<T>::put(blocks);
			Self::deposit_event(Event::EpochLengthChanged { blocks });
			Ok(())
		}

		/// Links `address` to the caller's identity, proven by the address's EIP-191
		/// signature of [`Pallet::link_message`]. Every bridged holding of the identity moves
		/// to the new address in the open epoch.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::link_eth_address())]
		pub fn link_eth_address(
			origin: OriginFor<T>,
			address: EthAddress,
			signature: [u8; 65],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let identity = T::Identities::active_identity(&who).ok_or(Error::<T>::NoIdentity)?;
			ensure!(address != [0; 20], Error::<T>::ZeroAddress);
			ensure!(!IdentityOfEthAddress::<T>::contains_key(address), Error::<T>::AddressTaken);
			let epoch = OpenEpoch::<T>::get();
			ensure!(RetiredIn::<T>::get(address) != Some(epoch), Error::<T>::AddressCoolingDown);
			ensure!(
				Self::signer_of(&Self::link_message(identity, &address), &signature)
					== Some(address),
				Error::<T>::BadSignature
			);
			let previous = Self::holder_address(identity);
			RetiredAddresses::<T>::try_mutate(epoch, identity, |retired| {
				retired.try_push(previous)
			})
			.map_err(|_| Error::<T>::TooManyAddressChanges)?;
			if EthAddressOf::<T>::contains_key(identity) {
				IdentityOfEthAddress::<T>::remove(previous);
			}
			RetiredIn::<T>::insert(previous, epoch);
			EthAddressOf::<T>::insert(identity, address);
			IdentityOfEthAddress::<T>::insert(address, identity);
			for asset in BridgedAssets::<T>::get() {
				Self::record_identity(epoch, asset, identity);
			}
			Self::deposit_event(Event::EthAddressLinked { identity, address, previous });
			Ok(())
		}

		/// Records every holding of `accounts` in a bridged asset in the open epoch, so the
		/// mirror learns the holders the asset had before it was bridged. Anyone may call it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::publish_holders(accounts.len() as u32))]
		pub fn publish_holders(
			origin: OriginFor<T>,
			asset: T::AssetId,
			accounts: BoundedVec<T::AccountId, T::MaxHoldersPerPublish>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(Bridged::<T>::contains_key(asset), Error::<T>::NotBridged);
			let epoch = OpenEpoch::<T>::get();
			for account in &accounts {
				if let Some(identity) = T::Identities::identity_of(account) {
					for partition in T::Ledger::partitions_held(asset, account) {
						Self::record(epoch, asset, partition, identity);
					}
				}
			}
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The message an Ethereum address signs (EIP-191 `personal_sign`) to be linked to
		/// `identity` on this chain.
		pub fn link_message(identity: IdentityId, address: &EthAddress) -> Vec<u8> {
			let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::default());
			alloc::format!(
				"Consort: link identity {identity} on chain 0x{} to 0x{}",
				hex::encode(genesis.as_ref()),
				hex::encode(address)
			)
			.into_bytes()
		}

		/// What an EIP-191 (`personal_sign`) signature of `message` signs.
		pub fn eip191_digest(message: &[u8]) -> [u8; 32] {
			let mut prefixed =
				alloc::format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
			prefixed.extend_from_slice(message);
			sp_io::hashing::keccak_256(&prefixed)
		}

		/// The address that signed `message` with EIP-191, if the signature is valid.
		pub fn signer_of(message: &[u8], signature: &[u8; 65]) -> Option<EthAddress> {
			let mut signature = *signature;
			if signature[64] >= 27 {
				signature[64] -= 27;
			}
			let public =
				sp_io::crypto::secp256k1_ecdsa_recover(&signature, &Self::eip191_digest(message))
					.ok()?;
			Some(address_of(&public))
		}

		/// The address an identity's holdings are mirrored under: its linked one, or one
		/// derived from it that nobody holds a key to.
		pub fn holder_address(identity: IdentityId) -> EthAddress {
			EthAddressOf::<T>::get(identity).unwrap_or_else(|| {
				address_of(&[b"consort:identity:".as_slice(), &identity.to_be_bytes()].concat())
			})
		}

		/// Blocks per epoch.
		pub fn epoch_length() -> BlockNumberFor<T> {
			EpochLengthSet::<T>::get().unwrap_or_else(T::EpochLength::get)
		}

		/// How many sealed epochs keep their leaves and entries.
		pub fn epochs_kept() -> u32 {
			EpochsKeptSet::<T>::get().unwrap_or_else(T::EpochsKept::get)
		}

		/// The MMR leaf's extra data: the hash of the newest commitment, zero before the first.
		pub fn leaf_extra() -> H256 {
			LatestCommitment::<T>::get().map(|commitment| commitment.hash()).unwrap_or_default()
		}

		/// Records a changed holding in `epoch`, once.
		pub(crate) fn record(
			epoch: EpochNumber,
			asset: T::AssetId,
			partition: Partition,
			identity: IdentityId,
		) {
			let key = (epoch, asset, partition, identity);
			if Recorded::<T>::contains_key(key) {
				return;
			}
			let index = ChangeCount::<T>::get(epoch, asset);
			let Some(next) = index.checked_add(1) else { return };
			Recorded::<T>::insert(key, ());
			Changes::<T>::insert((epoch, asset, index), (partition, identity));
			ChangeCount::<T>::insert(epoch, asset, next);
		}

		/// Records every holding of every key of `identity` in `asset`.
		fn record_identity(epoch: EpochNumber, asset: T::AssetId, identity: IdentityId) {
			for key in T::Identities::keys_of(identity) {
				for partition in T::Ledger::partitions_held(asset, &key) {
					Self::record(epoch, asset, partition, identity);
				}
			}
		}
	}

	impl<T: Config> pallet_token::OnHoldingChanged<T::AccountId, T::AssetId> for Pallet<T> {
		/// The ledger reports the holdings of bridged assets only (`follow_holdings`).
		fn holding_changed(asset: T::AssetId, partition: &Partition, who: &T::AccountId) {
			// Every holder of a security has an identity: compliance clears none without one.
			if let Some(identity) = T::Identities::identity_of(who) {
				Self::record(OpenEpoch::<T>::get(), asset, *partition, identity);
			}
		}

		/// Its dearest: the holding's first change in the epoch, recorded.
		fn holding_changed_weight() -> Weight {
			T::WeightInfo::holding_changed()
		}
	}

	/// The last 20 bytes of keccak256 of `preimage`: how Ethereum derives an address from a
	/// public key.
	fn address_of(preimage: &[u8]) -> EthAddress {
		let hash = sp_io::hashing::keccak_256(preimage);
		let mut address = [0u8; 20];
		address.copy_from_slice(&hash[12..]);
		address
	}
}
