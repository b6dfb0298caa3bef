//! A runtime with the real compliance and token pallets under the anchor, as in Consort's
//! runtime: the token pallet tells the anchor of every changed holding.

use crate::{self as pallet_anchor, *};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use pallet_compliance::{
	Claim, ClaimTopic, CountryCode, IdentityId, IdentityKind, Scope, TrustedTopics,
};
use pallet_token::{AssetKind, DEFAULT_PARTITION};
use sp_core::{ecdsa, Pair, H256};
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage, MultiSignature};

pub type AccountId = AccountId32;
pub type AssetId = u32;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Compliance: pallet_compliance,
		Token: pallet_token,
		Anchor: pallet_anchor,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

parameter_types! {
	pub const MaxKeysPerIdentity: u32 = 4;
	pub const MaxClaimsPerTopic: u32 = 4;
	pub const MaxTrustedIssuers: u32 = 8;
	pub const EpochLength: u64 = 10;
	/// Small, so the tests see sealing spread over blocks and pruning.
	pub const MaxBridgedAssets: u32 = 2;
	pub const MaxSealedPerBlock: u32 = 4;
	pub const EpochsKept: u32 = 2;
}

impl pallet_compliance::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = Balance;
	type Time = Timestamp;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Signature = MultiSignature;
	type Signer = <MultiSignature as sp_runtime::traits::Verify>::Signer;
	type AccountHoldings = Token;
	type MaxKeysPerIdentity = MaxKeysPerIdentity;
	type MaxClaimsPerTopic = MaxClaimsPerTopic;
	type MaxTrustedIssuers = MaxTrustedIssuers;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_compliance::benchmarking::Sr25519Helper;
}

impl pallet_token::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = Balance;
	type Compliance = Compliance;
	type Identities = Compliance;
	type Time = Timestamp;
	type MaxNameLength = ConstU32<64>;
	type MaxSymbolLength = ConstU32<12>;
	type MaxPartitionsPerHolder = ConstU32<3>;
	type MaxDataLength = ConstU32<64>;
	type MaxDocuments = ConstU32<2>;
	type MaxUriLength = ConstU32<64>;
	type MaxWithholdingRates = ConstU32<2>;
	type MaxPushBatch = ConstU32<2>;
	type MaxChoices = ConstU32<2>;
	type MaxChoiceLength = ConstU32<8>;
	type WeightInfo = ();
	type OnHoldingChanged = Anchor;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_token::benchmarking::ComplianceIdentities<Test>;
}

impl pallet_anchor::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = Balance;
	type Ledger = Token;
	type Identities = Compliance;
	type BridgeOrigin = EnsureRoot<AccountId>;
	type EpochLength = EpochLength;
	type MaxBridgedAssets = MaxBridgedAssets;
	type MaxSealedPerBlock = MaxSealedPerBlock;
	type MaxHoldersPerPublish = ConstU32<4>;
	type EpochsKept = EpochsKept;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarking::TokenLedgerHelper<Test>;
}

pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}
pub fn registrar() -> AccountId {
	account(100)
}
pub fn kyc_provider() -> AccountId {
	account(101)
}
pub fn issuer() -> AccountId {
	account(102)
}
pub fn alice() -> AccountId {
	account(1)
}
pub fn bob() -> AccountId {
	account(2)
}
pub fn carol() -> AccountId {
	account(3)
}
pub fn dave() -> AccountId {
	account(4)
}
/// Alice's second key.
pub fn alice_2() -> AccountId {
	account(11)
}
pub fn stranger() -> AccountId {
	account(99)
}

pub const SECURITY: AssetId = 0;
pub const CASH: AssetId = 1;
pub const BOND: AssetId = 2;
pub const DEFAULT: pallet_compliance::Partition = DEFAULT_PARTITION;
pub const START: pallet_compliance::Moment = 1_767_571_200_000;

pub fn register(key: &AccountId) -> IdentityId {
	let id = pallet_compliance::NextIdentityId::<Test>::get();
	assert_ok!(Compliance::register_identity(
		RuntimeOrigin::signed(registrar()),
		key.clone(),
		IdentityKind::Person
	));
	id
}

pub fn investor(key: &AccountId, country: &[u8; 2]) -> IdentityId {
	let id = register(key);
	for claim in [Claim::Kyc, Claim::Jurisdiction(CountryCode(*country))] {
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(kyc_provider()),
			id,
			claim,
			Scope::Global,
			None,
			H256::repeat_byte(0xe5),
		));
	}
	id
}

pub fn create_asset(symbol: &[u8], kind: AssetKind) -> AssetId {
	let asset = pallet_token::NextAssetId::<Test>::get();
	assert_ok!(Token::create_asset(
		RuntimeOrigin::signed(issuer()),
		b"Consort Test Asset".to_vec().try_into().unwrap(),
		symbol.to_vec().try_into().unwrap(),
		kind,
		0,
		Default::default(),
		None,
	));
	asset
}

pub fn issue(asset: AssetId, to: &AccountId, amount: Balance) {
	assert_ok!(Token::issue(
		RuntimeOrigin::signed(issuer()),
		asset,
		DEFAULT,
		to.clone(),
		amount,
		Default::default()
	));
}

pub fn transfer(asset: AssetId, from: &AccountId, to: &AccountId, amount: Balance) {
	assert_ok!(Token::transfer(
		RuntimeOrigin::signed(from.clone()),
		asset,
		DEFAULT,
		to.clone(),
		amount,
		Default::default()
	));
}

pub fn identity(key: &AccountId) -> IdentityId {
	pallet_compliance::Pallet::<Test>::active_identity(key).expect("a registered key")
}

/// An Ethereum key, and its address as Ethereum derives it.
pub fn eth_key(seed: &str) -> (ecdsa::Pair, [u8; 20]) {
	use frame_support::crypto::ecdsa::ECDSAExt;
	let pair = ecdsa::Pair::from_string(seed, None).unwrap();
	let address = pair.public().to_eth_address().unwrap();
	(pair, address)
}

/// `key`'s EIP-191 signature of `message`, with Ethereum's recovery id (27 or 28).
pub fn personal_sign(key: &ecdsa::Pair, message: &[u8]) -> [u8; 65] {
	let mut prefixed = format!("\x19Ethereum Signed Message:\n{}", message.len()).into_bytes();
	prefixed.extend_from_slice(message);
	let mut signature = key.sign_prehashed(&sp_io::hashing::keccak_256(&prefixed)).0;
	signature[64] += 27;
	signature
}

/// Runs blocks up to `n`, with the anchor's `on_initialize` in each, as the runtime does.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Anchor::on_initialize(next);
	}
}

/// Runs blocks until the open epoch has closed and been sealed.
pub fn seal_open_epoch() {
	let epoch = OpenEpoch::<Test>::get();
	while OpenEpoch::<Test>::get() == epoch || Sealing::<Test>::exists() {
		run_to_block(System::block_number() + 1);
	}
}

/// The chain every test starts from: identities for the issuer and four investors (Alice with
/// a second key), `SECURITY` (equity), `CASH` and `BOND` created; nothing issued or bridged.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
		let root = RuntimeOrigin::root;
		assert_ok!(Compliance::add_registrar(root(), registrar()));
		use ClaimTopic::*;
		let topics: TrustedTopics = [Kyc, Aml, Jurisdiction].to_vec().try_into().unwrap();
		assert_ok!(Compliance::set_trusted_issuer(root(), Scope::Global, kyc_provider(), topics));
		investor(&issuer(), b"CH");
		let alice_id = investor(&alice(), b"CH");
		investor(&bob(), b"DE");
		investor(&carol(), b"US");
		investor(&dave(), b"FR");
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(alice()), alice_2()));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(alice_2()), alice_id));
		assert_eq!(create_asset(b"CSRT", AssetKind::Equity), SECURITY);
		assert_eq!(create_asset(b"CHFD", AssetKind::Cash), CASH);
		assert_eq!(create_asset(b"BOND", AssetKind::Debt), BOND);
		System::reset_events();
	});
	ext
}

/// An empty chain with a keystore, for the benchmarks' own tests.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(START);
	});
	ext
}

/// Runs `test` on the chain above, then checks the invariants of all three pallets.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Anchor::do_try_state().expect("the anchor's invariants hold after the test");
		pallet_token::Pallet::<Test>::do_try_state()
			.expect("the token ledger's invariants hold after the test");
		Compliance::do_try_state().expect("compliance's invariants hold after the test");
	});
}

/// The anchor's events since the last reset.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Anchor(event) => Some(event),
			_ => None,
		})
		.collect()
}
