//! A runtime with the real compliance pallet beside the token pallet, as in Consort's
//! runtime: every refusal in these tests is compliance's own.

use crate::{self as pallet_token, *};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU64, Get},
	BoundedVec,
};
use frame_system::EnsureRoot;
use pallet_compliance::{
	Claim, ClaimTopic, CountryCode, IdentityKind, Rejection, Scope, TrustedTopics,
};
use sp_core::H256;
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
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	// Priced, so that what a call gives back for the block's shared records shows.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
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
	pub const MaxNameLength: u32 = 64;
	pub const MaxSymbolLength: u32 = 12;
	pub const MaxPartitionsPerHolder: u32 = 3;
	pub const MaxDataLength: u32 = 128;
	pub const MaxDocuments: u32 = 2;
	pub const MaxUriLength: u32 = 128;
	pub const MaxWithholdingRates: u32 = 4;
	pub const MaxPushBatch: u32 = 4;
	pub const MaxChoices: u32 = 3;
	pub const MaxChoiceLength: u32 = 16;
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
	type MaxNameLength = MaxNameLength;
	type MaxSymbolLength = MaxSymbolLength;
	type MaxPartitionsPerHolder = MaxPartitionsPerHolder;
	type MaxDataLength = MaxDataLength;
	type MaxDocuments = MaxDocuments;
	type MaxUriLength = MaxUriLength;
	type MaxWithholdingRates = MaxWithholdingRates;
	type MaxPushBatch = MaxPushBatch;
	type MaxChoices = MaxChoices;
	type MaxChoiceLength = MaxChoiceLength;
	type WeightInfo = ();
	type OnHoldingChanged = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarking::ComplianceIdentities<Test>;
}

pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// Registers every identity in these tests.
pub fn registrar() -> AccountId {
	account(200)
}

/// Trusted globally for KYC, AML and jurisdiction.
pub fn kyc_provider() -> AccountId {
	account(201)
}

/// The issuer: owner and every role of `ASSET` and `CASH`.
pub fn issuer() -> AccountId {
	account(100)
}

/// Investors in Switzerland, Germany and the United States.
pub fn alice() -> AccountId {
	account(1)
}
pub fn bob() -> AccountId {
	account(2)
}
pub fn carol() -> AccountId {
	account(3)
}

/// A key of nobody.
pub fn stranger() -> AccountId {
	account(99)
}

/// The equity most tests use, and a cash token.
pub const ASSET: AssetId = 0;
pub const CASH: AssetId = 1;

pub const DEFAULT: Partition = DEFAULT_PARTITION;
pub const LOCKED: Partition = [b'L'; 32];

/// 2026-01-05 00:00 UTC.
pub const START: Moment = 1_767_571_200_000;

pub fn set_now(now: Moment) {
	pallet_timestamp::Now::<Test>::put(now);
}

pub fn register(key: &AccountId) -> IdentityId {
	let id = pallet_compliance::NextIdentityId::<Test>::get();
	assert_ok!(Compliance::register_identity(
		RuntimeOrigin::signed(registrar()),
		key.clone(),
		IdentityKind::Person
	));
	id
}

/// Adds `key` to `identity` (invited by `member`, a key of it).
pub fn add_key(member: &AccountId, identity: IdentityId, key: &AccountId) {
	assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(member.clone()), key.clone()));
	assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(key.clone()), identity));
}

pub fn claim(identity: IdentityId, claim: Claim) {
	assert_ok!(Compliance::add_claim(
		RuntimeOrigin::signed(kyc_provider()),
		identity,
		claim,
		Scope::Global,
		None,
		H256::repeat_byte(0xe5),
	));
}

/// A registered identity with KYC and a jurisdiction.
pub fn investor(key: &AccountId, country: &[u8; 2]) -> IdentityId {
	let id = register(key);
	claim(id, Claim::Kyc);
	claim(id, Claim::Jurisdiction(CountryCode(*country)));
	id
}

pub fn bounded<S: Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	bytes.to_vec().try_into().expect("short enough")
}

pub fn data(bytes: &[u8]) -> BoundedVec<u8, MaxDataLength> {
	bounded(bytes)
}

pub fn identifiers(list: &[AssetIdentifier]) -> IdentifiersOf {
	list.to_vec().try_into().expect("few identifiers")
}

pub fn isin(code: &[u8; 12]) -> AssetIdentifier {
	AssetIdentifier::Isin(*code)
}

/// Creates an asset owned by `owner`'s identity, with 2 decimals and no cap.
pub fn create(owner: &AccountId, symbol: &[u8], kind: AssetKind) -> AssetId {
	let asset = NextAssetId::<Test>::get();
	assert_ok!(Token::create_asset(
		RuntimeOrigin::signed(owner.clone()),
		bounded(b"Consort Test Asset"),
		bounded(symbol),
		kind,
		2,
		identifiers(&[]),
		None,
	));
	asset
}

pub fn issue(asset: AssetId, partition: Partition, to: &AccountId, amount: Balance) {
	assert_ok!(Token::issue(
		RuntimeOrigin::signed(issuer()),
		asset,
		partition,
		to.clone(),
		amount,
		data(b"")
	));
}

pub fn balance(asset: AssetId, who: &AccountId, partition: Partition) -> Balance {
	Token::held(asset, who, &partition).balance
}

pub fn total(asset: AssetId, who: &AccountId) -> Balance {
	AccountBalances::<Test>::get(asset, who).map(|a| a.balance).unwrap_or_default()
}

pub fn supply(asset: AssetId) -> Balance {
	Assets::<Test>::get(asset).map(|a| a.supply).unwrap_or_default()
}

pub fn refused(rejection: Rejection) -> sp_runtime::DispatchError {
	Error::<Test>::ComplianceRefused(rejection).into()
}

/// The chain every test starts from: the registrar and the KYC provider in place; the
/// issuer, Alice (CH), Bob (DE) and Carol (US) identified; `ASSET` (equity) and `CASH` created
/// by the issuer; the clock at `START`.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_now(START);
		let root = RuntimeOrigin::root;
		assert_ok!(Compliance::add_registrar(root(), registrar()));
		use ClaimTopic::*;
		let topics: TrustedTopics = [Kyc, Aml, Jurisdiction].to_vec().try_into().unwrap();
		assert_ok!(Compliance::set_trusted_issuer(root(), Scope::Global, kyc_provider(), topics));
		investor(&issuer(), b"CH");
		investor(&alice(), b"CH");
		investor(&bob(), b"DE");
		investor(&carol(), b"US");
		assert_eq!(create(&issuer(), b"CSRT", AssetKind::Equity), ASSET);
		assert_eq!(create(&issuer(), b"CHFD", AssetKind::Cash), CASH);
		System::reset_events();
	});
	ext
}

/// Runs `test` on the chain above, then checks both pallets' invariants, and that
/// compliance's holdings of every asset that keeps them match the token ledger.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Token::do_try_state().expect("the token ledger's invariants hold after the test");
		Compliance::do_try_state().expect("compliance's invariants hold after the test");
		let mut by_identity = alloc::collections::btree_map::BTreeMap::new();
		let kept = AccountBalances::<Test>::iter()
			.filter(|(asset, _, _)| pallet_compliance::Pallet::<Test>::keeps_holdings(*asset));
		for (asset, who, account) in kept {
			let identity = pallet_compliance::Pallet::<Test>::active_identity(&who)
				.expect("every holder is identified");
			*by_identity.entry((asset, identity)).or_insert(0u128) += account.balance;
		}
		let tracked: alloc::collections::btree_map::BTreeMap<_, _> =
			pallet_compliance::Holdings::<Test>::iter()
				.map(|(asset, id, h)| ((asset, id), h.balance))
				.collect();
		assert_eq!(tracked, by_identity, "compliance's holdings match the token ledger");
	});
}

/// The token pallet's events since the last reset.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Token(event) => Some(event),
			_ => None,
		})
		.collect()
}

pub fn last_event() -> Event<Test> {
	events().pop().expect("an event")
}
