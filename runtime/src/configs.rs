//! The configuration of every pallet in the runtime.

use crate::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Council, Hash, Nonce, OriginCaller,
	PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, SessionKeys, Signature, System, Timestamp, DAYS,
	EXISTENTIAL_DEPOSIT, MILLI_UNIT, SESSION_PERIOD, SLOT_DURATION, VERSION,
};
use alloc::vec::Vec;
use frame_support::traits::EitherOfDiverse;
use frame_support::traits::OneSessionHandler;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, IdentityFee, Weight},
};
use frame_system::{limits::BlockWeights as SystemBlockWeights, EnsureRoot};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_beefy::{
	ecdsa_crypto::AuthorityId as BeefyId,
	mmr::{BeefyDataProvider, MmrLeafVersion},
};
use sp_runtime::traits::Keccak256;
use sp_runtime::{
	traits::{One, Verify},
	Perbill,
};
use sp_version::RuntimeVersion;

/// Share of a block that ordinary transactions may fill; the rest is kept for operational
/// ones (governance, session keys).
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// Largest encoded block, in bytes.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;

	/// One second of compute per two-second block: the author must build and every validator
	/// import a full block well within the slot. What a block and an extrinsic cost before any
	/// call runs is measured on the reference machine (`scripts/benchmarks.sh overhead`).
	pub RuntimeBlockWeights: SystemBlockWeights = runtime_block_weights();
	pub RuntimeBlockLength: frame_system::limits::BlockLength =
		frame_system::limits::BlockLength::builder()
			.max_length(MAX_BLOCK_LENGTH)
			.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
			.build();
	pub const SS58Prefix: u8 = 42;
}

/// The block's limits: a normal share for transactions, the rest reserved for operational
/// ones, priced with this machine's measured block and extrinsic base weights.
fn runtime_block_weights() -> SystemBlockWeights {
	let max_block = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, u64::MAX);
	let normal = NORMAL_DISPATCH_RATIO * max_block;
	let base_extrinsic = extrinsic_base_without_extensions();
	SystemBlockWeights::builder()
		.base_block(crate::weights::block_weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| class.base_extrinsic = base_extrinsic)
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(max_block);
			class.reserved = Some(max_block.saturating_sub(normal));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

/// What an extrinsic costs before its call, less what its extensions' own benchmarks charge
/// for their execution. `benchmark overhead` times blocks of signed remarks, so its extrinsic
/// base holds the signature check, the dispatch of a remark and the extensions at work; the
/// extensions are charged again by their own weights (polkadot-sdk#9981). Their storage stays
/// charged: the overhead's blocks come from one signer, whose account every remark but the
/// first finds in the cache.
fn extrinsic_base_without_extensions() -> Weight {
	crate::weights::extrinsic_weights::ExtrinsicBaseWeight::get()
		.saturating_sub(extensions_execution())
}

/// The execution part of a signed transaction's extensions: their weights less the one read
/// and one write of the signer's account that `CheckNonce` is charged for (the payment's
/// are given back by `PaymentWeight`).
fn extensions_execution() -> Weight {
	use sp_runtime::traits::TransactionExtension;
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() });
	Runtime::tx_extension(0, 0).weight(&remark).saturating_sub(signers_account())
}

/// One read and one write of the signer's `System::Account`: what a signed transaction's
/// extensions do to the database, once, however many of them touch that key.
fn signers_account() -> Weight {
	<Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1)
}

/// Transaction payment's measured weight without the read and write of the payer's account:
/// the payer is the signer, whose account `CheckNonce`, earlier in the same transaction's
/// extensions, has read and written and is charged for. The database sees that key once.
pub struct PaymentWeight;
impl pallet_transaction_payment::WeightInfo for PaymentWeight {
	fn charge_transaction_payment() -> Weight {
		crate::weights::pallet_transaction_payment::WeightInfo::<Runtime>::charge_transaction_payment()
			.saturating_sub(signers_account())
	}
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = crate::weights::db::MeasuredDbWeight;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = TimestampWeight;
}

/// The timestamp's measured weights, plus the read and write of `Now` that the benchmarks
/// whitelist for every other call (see `dispatch_benchmark`): the inherent is what writes it
/// to the database.
pub struct TimestampWeight;
impl pallet_timestamp::WeightInfo for TimestampWeight {
	fn set() -> Weight {
		crate::weights::pallet_timestamp::WeightInfo::<Runtime>::set()
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1))
	}

	fn on_finalize() -> Weight {
		crate::weights::pallet_timestamp::WeightInfo::<Runtime>::on_finalize()
	}
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = PaymentWeight;
}

/// The most validators (and so Aura and GRANDPA authorities) the consortium may have.
pub type MaxValidators = ConstU32<32>;

/// A two-thirds majority of the council: the origin of every consortium decision.
pub type CouncilSupermajority =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// The origin of every consortium decision: two thirds of the council, or root. Root is
/// reachable only through sudo, which has a key in the dev chain alone, so on a consortium
/// chain this is the council's two thirds and nothing else.
pub type Governance = EitherOfDiverse<EnsureRoot<AccountId>, CouncilSupermajority>;

impl pallet_consortium::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type GovernanceOrigin = Governance;
	type MaxValidators = MaxValidators;
	type MinValidators = ConstU32<1>;
	type SessionPeriod = ConstU32<SESSION_PERIOD>;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
}

/// The identifier of an asset (a security or a cash token).
pub type AssetId = u32;
/// An amount of an asset, in its smallest unit.
pub type AssetBalance = u128;

impl pallet_compliance::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = AssetBalance;
	type Time = Timestamp;
	type GovernanceOrigin = Governance;
	type Signature = Signature;
	type Signer = <Signature as Verify>::Signer;
	type AccountHoldings = crate::Token;
	type MaxKeysPerIdentity = ConstU32<16>;
	type MaxClaimsPerTopic = ConstU32<8>;
	type MaxTrustedIssuers = ConstU32<16>;
	type WeightInfo = pallet_compliance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_compliance::benchmarking::Sr25519Helper;
}

impl pallet_token::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = AssetBalance;
	type Compliance = crate::Compliance;
	type Identities = crate::Compliance;
	type Time = Timestamp;
	type MaxNameLength = ConstU32<64>;
	type MaxSymbolLength = ConstU32<12>;
	type MaxPartitionsPerHolder = ConstU32<8>;
	type MaxDataLength = ConstU32<256>;
	type MaxDocuments = ConstU32<32>;
	type MaxUriLength = ConstU32<256>;
	type MaxWithholdingRates = ConstU32<32>;
	type MaxPushBatch = ConstU32<50>;
	type MaxChoices = ConstU32<16>;
	type MaxChoiceLength = ConstU32<64>;
	type WeightInfo = pallet_token::weights::SubstrateWeight<Runtime>;
	type OnHoldingChanged = crate::Anchor;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_token::benchmarking::ComplianceIdentities<Runtime>;
}

parameter_types! {
	/// Settling booked instructions is mandatory work at the start of their block. With the
	/// anchor's sealing at its dearest it stays within the quarter of a block that ordinary
	/// transactions do not get, so a settlement block still takes a full block of them.
	pub MaxScheduledWeight: Weight = Perbill::from_percent(8) * RuntimeBlockWeights::get().max_block;
}

/// Order books of securities against cash tokens. The venue's operator is the consortium's
/// governance. A side lists at most 128 prices; an incoming order looks at no more than 16
/// resting orders (its weight is charged for 16 and refunded to what it did). Offerings
/// price in up to 8 tiers; an instruction has up to 8 legs, and up to 16 may settle at one
/// block, as many as fit `MaxScheduledWeight` at their dearest.
impl pallet_matching::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = AssetBalance;
	type Ledger = crate::Token;
	type Compliance = crate::Compliance;
	type Identities = crate::Compliance;
	type Time = Timestamp;
	type OperatorOrigin = Governance;
	type MaxPriceLevels = ConstU32<128>;
	type MaxMakersPerOrder = ConstU32<16>;
	// A quote set is charged before dispatch at two of compliance's dearest checks a quote
	// and room for every fill: 24 quotes fit one extrinsic's share of a block, 32 do not.
	type MaxOrdersPerCall = ConstU32<24>;
	type TapeLength = ConstU32<64>;
	type MaxTiers = ConstU32<8>;
	type MaxLegs = ConstU32<8>;
	type MaxScheduledPerBlock = ConstU32<16>;
	type MaxScheduledWeight = MaxScheduledWeight;
	type WeightInfo = pallet_matching::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_matching::benchmarking::TokenLedgerHelper<Runtime>;
}

/// pallet-assets with its own defaults, in the benchmarking runtime only: its
/// `transfer_keep_alive` is what the token's transfer and the matching pallet's orders and
/// fills are compared with, measured in the same run (scripts/benchmarks.sh).
#[cfg(feature = "runtime-benchmarks")]
#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin =
		frame_support::traits::AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
}

/// The bridge's anchor: an epoch every 300 blocks (10 minutes), sealed 64 holdings a block
/// (at most 0.17 s of weight, see `max_hook_weight`); up to 16 bridged securities; leaves kept for relayers for 64
/// epochs (about 10 hours).
impl pallet_anchor::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = AssetBalance;
	type Ledger = crate::Token;
	type Identities = crate::Compliance;
	type BridgeOrigin = Governance;
	type EpochLength = ConstU32<{ 10 * crate::MINUTES }>;
	type MaxBridgedAssets = ConstU32<16>;
	type MaxSealedPerBlock = ConstU32<64>;
	type MaxHoldersPerPublish = ConstU32<16>;
	type EpochsKept = ConstU32<64>;
	type WeightInfo = pallet_anchor::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_anchor::benchmarking::TokenLedgerHelper<Runtime>;
}

/// BEEFY: the validators sign, with secp256k1 keys that Ethereum can check, the MMR root of
/// each finalized block they pick; these signed commitments are what the bridge carries.
/// Equivocations are not reported on chain (as with GRANDPA): validators are known
/// institutions, and a proof of misbehaviour goes to the council, not to a slashing pallet.
impl pallet_beefy::Config for Runtime {
	type BeefyId = BeefyId;
	type MaxAuthorities = MaxValidators;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type OnNewValidatorSet = crate::BeefyMmrLeaf;
	type AncestryHelper = crate::BeefyMmrLeaf;
	type WeightInfo = ();
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// BEEFY's session handler: it passes a new session on to BEEFY only when the BEEFY keys of
/// the validators or of the queued validators change. pallet-beefy starts a new validator set
/// (a new set id) at every session it is told of, and a light client on Ethereum must be
/// handed over to each new set by a transaction; sessions here are short (so that the
/// council's changes take effect quickly), and a handover every session would cost the bridge
/// gas for nothing. With this, a set id names one membership, and the light client follows
/// only real changes.
pub struct BeefyOnKeyChange;

impl sp_runtime::BoundToRuntimeAppPublic for BeefyOnKeyChange {
	type Public = BeefyId;
}

impl OneSessionHandler<AccountId> for BeefyOnKeyChange {
	type Key = BeefyId;

	fn on_genesis_session<'a, I>(validators: I)
	where
		I: Iterator<Item = (&'a AccountId, BeefyId)> + 'a,
	{
		<crate::Beefy as OneSessionHandler<AccountId>>::on_genesis_session(validators)
	}

	fn on_new_session<'a, I>(changed: bool, validators: I, queued_validators: I)
	where
		I: Iterator<Item = (&'a AccountId, BeefyId)> + 'a,
	{
		let validators: Vec<(&AccountId, BeefyId)> = validators.collect();
		let queued: Vec<(&AccountId, BeefyId)> = queued_validators.collect();
		let unchanged = validators
			.iter()
			.map(|(_, key)| key)
			.eq(pallet_beefy::Authorities::<Runtime>::get().iter())
			&& queued
				.iter()
				.map(|(_, key)| key)
				.eq(pallet_beefy::NextAuthorities::<Runtime>::get().iter());
		if !unchanged {
			<crate::Beefy as OneSessionHandler<AccountId>>::on_new_session(
				changed,
				validators.into_iter(),
				queued.into_iter(),
			);
		}
	}

	fn on_before_session_ending() {
		<crate::Beefy as OneSessionHandler<AccountId>>::on_before_session_ending()
	}

	fn on_disabled(validator_index: u32) {
		<crate::Beefy as OneSessionHandler<AccountId>>::on_disabled(validator_index)
	}
}

/// The Merkle mountain range of every block, keccak-hashed so that a contract on Ethereum can
/// verify a leaf. Only the peaks live in state; the nodes go to the offchain index, from
/// which the node builds proofs (so every node runs with offchain indexing on).
impl pallet_mmr::Config for Runtime {
	const INDEXING_PREFIX: &'static [u8] = sp_mmr_primitives::INDEXING_PREFIX;
	type Hashing = Keccak256;
	type LeafData = crate::BeefyMmrLeaf;
	type OnNewRoot = pallet_beefy_mmr::DepositBeefyDigest<Runtime>;
	type BlockHashProvider = pallet_mmr::DefaultBlockHashProvider<Runtime>;
	type WeightInfo = crate::weights::pallet_mmr::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	/// The MMR leaf's layout version, which the light client contract decodes.
	pub LeafVersion: MmrLeafVersion = MmrLeafVersion::new(0, 0);
}

/// Puts the anchor's newest epoch commitment into every MMR leaf, so that a BEEFY signature
/// over the MMR root covers the balances of the bridged securities.
pub struct AnchorCommitment;

impl BeefyDataProvider<Hash> for AnchorCommitment {
	fn extra_data() -> Hash {
		crate::Anchor::leaf_extra()
	}
}

/// Each MMR leaf carries the parent block, the next BEEFY set (as the Merkle root of its
/// Ethereum addresses) and the anchor's commitment.
impl pallet_beefy_mmr::Config for Runtime {
	type LeafVersion = LeafVersion;
	type BeefyAuthorityToMerkleLeaf = pallet_beefy_mmr::BeefyEcdsaToEthereum;
	type LeafExtra = Hash;
	type BeefyDataProvider = AnchorCommitment;
	type WeightInfo = crate::weights::pallet_beefy_mmr::WeightInfo<Runtime>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	// A session ends at a SESSION_PERIOD boundary only when that changes the validators or
	// their keys; the estimate names the next boundary, the earliest a change can take effect.
	type ShouldEndSession = pallet_consortium::RotateOnChange<Runtime>;
	type NextSessionRotation =
		pallet_session::PeriodicSessions<ConstU32<SESSION_PERIOD>, ConstU32<0>>;
	type SessionManager = crate::Consortium;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	// Validators are admitted by the council, not by a deposit.
	type KeyDeposit = ConstU128<0>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxValidators;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxValidators;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

parameter_types! {
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

/// The council of consortium members.
pub type CouncilCollective = pallet_collective::Instance1;
impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = ConstU32<{ 7 * DAYS }>;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<64>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	// Members change only through CouncilMembership, by the council's own vote.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = Governance;
	type KillOrigin = Governance;
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	type PrimeOrigin = Governance;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = ConstU32<64>;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type MaxWellKnownNodes = ConstU32<64>;
	type MaxPeerIdLength = ConstU32<128>;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	type WeightInfo = ();
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

parameter_types! {
	pub const MultisigDepositBase: Balance = 100 * MILLI_UNIT;
	pub const MultisigDepositFactor: Balance = 10 * MILLI_UNIT;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = System;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{genesis_presets::tests::build, Session};
	use sp_core::Pair;
	use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
	use sp_keyring::Sr25519Keyring;

	fn test_externalities(storage: sp_runtime::Storage) -> sp_io::TestExternalities {
		sp_io::TestExternalities::new(storage)
	}

	fn beefy_set_id() -> u64 {
		pallet_beefy::ValidatorSetId::<Runtime>::get()
	}

	#[test]
	fn storage_is_priced_with_the_database_weights_measured_on_the_reference_machine() {
		use frame_support::weights::constants::{
			WEIGHT_REF_TIME_PER_MICROS, WEIGHT_REF_TIME_PER_MILLIS,
		};
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		assert_eq!(db, crate::weights::db::MeasuredDbWeight::get());
		let sane = WEIGHT_REF_TIME_PER_MICROS..=WEIGHT_REF_TIME_PER_MILLIS;
		assert!(sane.contains(&db.reads(1).ref_time()), "{db:?}");
		assert!(sane.contains(&db.writes(1).ref_time()), "{db:?}");
	}

	#[test]
	fn a_transaction_is_charged_the_overheads_measured_on_the_reference_machine() {
		use crate::weights::{
			block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight,
			frame_system_extensions::WeightInfo as Measured,
			pallet_transaction_payment::WeightInfo as MeasuredPayment,
		};
		use frame_system::ExtensionsWeightInfo;
		use pallet_transaction_payment::WeightInfo;
		use sp_runtime::traits::TransactionExtension;

		let weights = RuntimeBlockWeights::get();
		assert_eq!(weights.base_block, BlockExecutionWeight::get());
		assert_ne!(
			ExtrinsicBaseWeight::get(),
			frame_support::weights::constants::ExtrinsicBaseWeight::get()
		);
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let signers_account = db.reads_writes(1, 1);

		// Each extension at its own measured weight, but the payer's account only once.
		let call = RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() });
		let extensions = crate::Runtime::tx_extension(0, 0).weight(&call);
		let measured = [
			Measured::<Runtime>::check_non_zero_sender(),
			Measured::<Runtime>::check_spec_version(),
			Measured::<Runtime>::check_tx_version(),
			Measured::<Runtime>::check_genesis(),
			Measured::<Runtime>::check_mortality_immortal_transaction(),
			Measured::<Runtime>::check_nonce(),
			Measured::<Runtime>::check_weight(),
			MeasuredPayment::<Runtime>::charge_transaction_payment(),
			Measured::<Runtime>::weight_reclaim(),
		]
		.into_iter()
		.fold(Weight::zero(), Weight::saturating_add);
		assert_eq!(extensions, measured.saturating_sub(signers_account));
		assert_eq!(
			PaymentWeight::charge_transaction_payment(),
			MeasuredPayment::<Runtime>::charge_transaction_payment()
				.saturating_sub(signers_account)
		);

		// The extensions ran inside the measured remark, so the base keeps only the rest, and
		// the rest is real: a signature check at least.
		let execution = extensions.ref_time() - signers_account.ref_time();
		assert!(execution > 0 && execution < ExtrinsicBaseWeight::get().ref_time(), "{execution}");
		for class in DispatchClass::all() {
			let base = weights.get(*class).base_extrinsic;
			assert_eq!(base.ref_time(), ExtrinsicBaseWeight::get().ref_time() - execution);
			// All told: the measured signed remark and the signer's account, read and written.
			assert_eq!(
				base.saturating_add(extensions).ref_time(),
				ExtrinsicBaseWeight::get().saturating_add(signers_account).ref_time(),
				"{class:?}"
			);
		}
	}

	#[test]
	fn the_timestamp_inherent_pays_for_the_time_it_reads_and_writes() {
		use pallet_timestamp::WeightInfo;
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let set = <<Runtime as pallet_timestamp::Config>::WeightInfo as WeightInfo>::set();
		// Aura's current slot and the time read, the time written.
		assert!(set.ref_time() > db.reads_writes(2, 1).ref_time(), "{set}");
	}

	#[test]
	fn every_call_fits_an_extrinsics_share_of_a_block_at_its_largest() {
		use frame_support::{dispatch::GetDispatchInfo, traits::Get};
		use pallet_matching::{OrderKind, Quote, SelfTradePrevention, Side, TimeInForce};
		let most = <Runtime as pallet_matching::Config>::MaxOrdersPerCall::get();
		let quote = Quote {
			side: Side::Buy,
			price: 1,
			quantity: 1,
			post_only: false,
			client_order_id: None,
		};
		let holders = (0..<Runtime as pallet_token::Config>::MaxPushBatch::get())
			.map(|n| sp_runtime::AccountId32::new([n as u8; 32]))
			.collect::<Vec<_>>();
		let calls = [
			RuntimeCall::Matching(pallet_matching::Call::replace_quotes {
				market: 0,
				cancel: frame_support::BoundedVec::truncate_from(vec![0; most as usize]),
				quotes: frame_support::BoundedVec::truncate_from(vec![quote; most as usize]),
			}),
			RuntimeCall::Matching(pallet_matching::Call::place_order {
				market: 0,
				side: Side::Buy,
				kind: OrderKind::Market,
				quantity: 1,
				time_in_force: TimeInForce::ImmediateOrCancel,
				post_only: false,
				self_trade: SelfTradePrevention::CancelNewest,
				client_order_id: None,
				max_makers: None,
			}),
			RuntimeCall::Matching(pallet_matching::Call::amend_order {
				market: 0,
				order: 0,
				price: 1,
				quantity: 1,
			}),
			RuntimeCall::Matching(pallet_matching::Call::cancel_all { market: 0, limit: most }),
			RuntimeCall::Matching(pallet_matching::Call::settle_subscriptions {
				offering: 0,
				limit: most,
			}),
			RuntimeCall::Matching(pallet_matching::Call::subscribe { offering: 0, quantity: 1 }),
			RuntimeCall::Matching(pallet_matching::Call::affirm_instruction { instruction: 0 }),
			RuntimeCall::Token(pallet_token::Call::push_distribution {
				distribution: 0,
				holders: frame_support::BoundedVec::truncate_from(holders),
			}),
		];
		let normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).clone();
		let limit = normal.max_extrinsic.expect("normal extrinsics have a limit");
		for call in calls {
			let weight =
				call.get_dispatch_info().total_weight().saturating_add(normal.base_extrinsic);
			assert!(weight.all_lte(limit), "{call:?} weighs {weight}, over {limit}");
		}
	}

	#[test]
	#[cfg(not(feature = "runtime-benchmarks"))]
	fn the_benchmarks_yardstick_is_not_in_a_chains_runtime() {
		use frame_support::traits::PalletsInfoAccess;
		let names: Vec<_> = crate::AllPalletsWithSystem::infos().iter().map(|p| p.name).collect();
		assert!(names.contains(&"Matching"), "{names:?}");
		assert!(!names.contains(&"Assets"), "{names:?}");
	}

	#[test]
	fn the_hooks_at_their_dearest_leave_ordinary_transactions_their_share_of_a_block() {
		let weights = RuntimeBlockWeights::get();
		let normal = weights.get(DispatchClass::Normal).max_total.expect("normal is capped");
		let sealing = pallet_anchor::Pallet::<Runtime>::max_hook_weight();
		let settling = MaxScheduledWeight::get();
		let hooks = weights.base_block.saturating_add(sealing).saturating_add(settling);
		assert!(
			hooks.saturating_add(normal).all_lte(weights.max_block),
			"base {}, sealing {sealing} and settling {settling} leave less than {normal}",
			weights.base_block
		);
	}

	#[test]
	fn beefy_keeps_its_set_across_sessions_while_the_keys_stay_the_same() {
		test_externalities(build(LOCAL_TESTNET_RUNTIME_PRESET)).execute_with(|| {
			assert_eq!(beefy_set_id(), 0);
			assert_eq!(pallet_beefy::Authorities::<Runtime>::get().len(), 4);
			for _ in 0..5 {
				Session::rotate_session();
			}
			assert_eq!(beefy_set_id(), 0);
		});
	}

	#[test]
	fn beefy_starts_a_new_set_when_a_validators_key_is_queued_and_when_it_takes_over() {
		test_externalities(build(LOCAL_TESTNET_RUNTIME_PRESET)).execute_with(|| {
			let dave = Sr25519Keyring::Dave.to_account_id();
			let mut keys = pallet_session::NextKeys::<Runtime>::get(&dave).expect("Dave has keys");
			let new_key: BeefyId = sp_core::ecdsa::Pair::from_string("//Dave//rotated", None)
				.expect("a seed")
				.public()
				.into();
			keys.beefy = new_key.clone();
			pallet_session::NextKeys::<Runtime>::insert(&dave, keys);

			// The new key is queued for the next session: BEEFY announces the next set.
			Session::rotate_session();
			assert_eq!(beefy_set_id(), 1);
			assert!(pallet_beefy::NextAuthorities::<Runtime>::get().contains(&new_key));
			assert!(!pallet_beefy::Authorities::<Runtime>::get().contains(&new_key));
			// It takes over: a second set, then nothing more while the keys stay.
			Session::rotate_session();
			assert_eq!(beefy_set_id(), 2);
			assert!(pallet_beefy::Authorities::<Runtime>::get().contains(&new_key));
			Session::rotate_session();
			Session::rotate_session();
			assert_eq!(beefy_set_id(), 2);
		});
	}
}
