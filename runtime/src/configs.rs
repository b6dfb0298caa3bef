//! The configuration of every pallet in the runtime.

use crate::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Council, Hash, Nonce, OriginCaller,
	PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, SessionKeys, Signature, System, Timestamp, DAYS,
	EXISTENTIAL_DEPOSIT, MILLI_UNIT, SESSION_PERIOD, SLOT_DURATION, VERSION,
};
use frame_support::traits::EitherOfDiverse;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::{limits::BlockWeights as SystemBlockWeights, EnsureRoot};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
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
	/// import a full block well within the slot.
	pub RuntimeBlockWeights: SystemBlockWeights = SystemBlockWeights::with_sensible_defaults(
		Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	pub RuntimeBlockLength: frame_system::limits::BlockLength =
		frame_system::limits::BlockLength::builder()
			.max_length(MAX_BLOCK_LENGTH)
			.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
			.build();
	pub const SS58Prefix: u8 = 42;
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
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
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
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
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
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
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
	type ComplianceWeights = pallet_compliance::weights::SubstrateWeight<Runtime>;
	type OnHoldingChanged = crate::Anchor;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TokenBenchmarkIdentities;
}

/// Order books of securities against cash tokens. The venue's operator is the consortium's
/// governance. A side lists at most 128 prices; an incoming order looks at no more than 16
/// resting orders (its weight is charged for 16 and refunded to what it did). Offerings
/// price in up to 8 tiers; an instruction has up to 8 legs, and 16 may settle at one block.
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
	type MaxOrdersPerCall = ConstU32<32>;
	type MaxRecentTrades = ConstU32<64>;
	type MaxTiers = ConstU32<8>;
	type MaxLegs = ConstU32<8>;
	type MaxScheduledPerBlock = ConstU32<16>;
	type WeightInfo = pallet_matching::weights::SubstrateWeight<Runtime>;
	type ComplianceWeights = pallet_compliance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_matching::benchmarking::TokenLedgerHelper<Runtime>;
}

/// The bridge's anchor: an epoch every 300 blocks (10 minutes), sealed 64 holdings a block
/// (about 0.1 s of weight); up to 16 bridged securities; leaves kept for relayers for 64
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

/// Identities for the token pallet's benchmarks, made by compliance's own helper.
#[cfg(feature = "runtime-benchmarks")]
pub struct TokenBenchmarkIdentities;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_token::benchmarking::BenchmarkHelper<AccountId> for TokenBenchmarkIdentities {
	fn identify(who: &AccountId) -> pallet_compliance::IdentityId {
		pallet_compliance::benchmarking::identify::<Runtime>(who)
	}
	fn add_key(identity: pallet_compliance::IdentityId, key: &AccountId) {
		pallet_compliance::benchmarking::add_key::<Runtime>(identity, key)
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<ConstU32<SESSION_PERIOD>, ConstU32<0>>;
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
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
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
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
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
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
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
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
