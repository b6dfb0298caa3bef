//! A runtime with what compliance needs: system, timestamp and the pallet, governed by
//! root, with sr25519/ed25519/ecdsa accounts so issuers can sign claims off chain. A small
//! ledger stands in for the token pallet: it asks compliance before every movement and
//! reports every movement after it, as the token pallet must.

use crate::{self as pallet_compliance, *};
use frame_support::{assert_ok, derive_impl, parameter_types, traits::ConstU64};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage, MultiSignature};
use std::{cell::RefCell, collections::BTreeMap};

pub type AccountId = AccountId32;
pub type AssetId = u32;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Compliance: pallet_compliance,
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
}

/// Accounts that hold something in the mock ledger.
pub struct LedgerHoldings;
impl AccountHoldings<AccountId> for LedgerHoldings {
	fn holds_anything(who: &AccountId) -> bool {
		LEDGER.with(|ledger| {
			ledger.borrow().iter().any(|((_, holder), amount)| holder == who && *amount > 0)
		})
	}
}

impl pallet_compliance::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = Balance;
	type Time = Timestamp;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Signature = MultiSignature;
	type Signer = <MultiSignature as sp_runtime::traits::Verify>::Signer;
	type AccountHoldings = LedgerHoldings;
	type MaxKeysPerIdentity = MaxKeysPerIdentity;
	type MaxClaimsPerTopic = MaxClaimsPerTopic;
	type MaxTrustedIssuers = MaxTrustedIssuers;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarking::Sr25519Helper;
}

thread_local! {
	/// The mock ledger: balances by (asset, account).
	static LEDGER: RefCell<BTreeMap<(AssetId, AccountId), Balance>> = const { RefCell::new(BTreeMap::new()) };
}

fn ledger_add(asset: AssetId, who: &AccountId, amount: Balance) {
	LEDGER.with(|l| *l.borrow_mut().entry((asset, who.clone())).or_default() += amount);
}

fn ledger_sub(asset: AssetId, who: &AccountId, amount: Balance) {
	LEDGER.with(|l| {
		let mut ledger = l.borrow_mut();
		let balance = ledger.get_mut(&(asset, who.clone())).expect("the mock ledger holds it");
		*balance = balance.checked_sub(amount).expect("the mock ledger holds enough");
	});
}

/// What the mock ledger holds for `who`.
pub fn ledger_balance(asset: AssetId, who: &AccountId) -> Balance {
	LEDGER.with(|l| l.borrow().get(&(asset, who.clone())).copied().unwrap_or_default())
}

const PARTITION: Partition = [0u8; 32];

/// Issues through compliance, as the token pallet will.
pub fn issue(asset: AssetId, to: &AccountId, amount: Balance) -> Result<(), Rejection> {
	Compliance::can_issue(asset, &PARTITION, to, amount)?;
	ledger_add(asset, to, amount);
	Compliance::issued(asset, to, amount).expect("a checked issuance is recorded");
	Ok(())
}

/// Transfers through compliance, as the token pallet will.
pub fn transfer(
	asset: AssetId,
	from: &AccountId,
	to: &AccountId,
	amount: Balance,
) -> Result<(), Rejection> {
	Compliance::can_transfer(asset, &PARTITION, from, to, amount)?;
	ledger_sub(asset, from, amount);
	ledger_add(asset, to, amount);
	Compliance::transferred(asset, from, to, amount).expect("a checked transfer is recorded");
	Ok(())
}

/// A controller's forced transfer: no question asked, but reported.
pub fn force_transfer(asset: AssetId, from: &AccountId, to: &AccountId, amount: Balance) {
	ledger_sub(asset, from, amount);
	ledger_add(asset, to, amount);
	Compliance::transferred(asset, from, to, amount).expect("a forced transfer is recorded");
}

/// Redeems through compliance, as the token pallet will.
pub fn redeem(asset: AssetId, from: &AccountId, amount: Balance) -> Result<(), Rejection> {
	Compliance::can_redeem(asset, &PARTITION, from, amount)?;
	ledger_sub(asset, from, amount);
	Compliance::redeemed(asset, from, amount).expect("a checked redemption is recorded");
	Ok(())
}

/// An account that signs nothing off chain.
pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// Governance's registrar, who registers every identity in these tests.
pub fn registrar() -> AccountId {
	account(200)
}

/// The KYC provider, trusted globally for KYC, AML, jurisdiction and investor type.
pub fn kyc_provider() -> AccountId {
	Sr25519Keyring::Ferdie.to_account_id()
}

/// The accreditation checker, trusted globally for accreditation and qualified investors.
pub fn accreditor() -> AccountId {
	Sr25519Keyring::Eve.to_account_id()
}

/// The sanctions screener, trusted globally for sanctions.
pub fn screener() -> AccountId {
	Sr25519Keyring::Dave.to_account_id()
}

/// The issuer of the asset, and its compliance agent.
pub fn issuer() -> AccountId {
	account(100)
}

/// The asset most tests use.
pub const ASSET: AssetId = 7;

pub const DAY: Moment = crate::calendar::MILLIS_PER_DAY;
/// 2026-01-05 00:00 UTC, a Monday.
pub const START: Moment = 1_767_571_200_000;

pub fn set_now(now: Moment) {
	pallet_timestamp::Now::<Test>::put(now);
}

pub fn topics(list: &[ClaimTopic]) -> TrustedTopics {
	list.to_vec().try_into().expect("few topics")
}

/// Registers an identity for `key` by the registrar and returns it.
pub fn register(key: &AccountId) -> IdentityId {
	let id = NextIdentityId::<Test>::get();
	assert_ok!(Compliance::register_identity(
		RuntimeOrigin::signed(registrar()),
		key.clone(),
		IdentityKind::Person
	));
	id
}

/// A claim by `issuer`, global, without expiry.
pub fn claim(issuer: &AccountId, identity: IdentityId, claim: Claim) {
	assert_ok!(Compliance::add_claim(
		RuntimeOrigin::signed(issuer.clone()),
		identity,
		claim,
		Scope::Global,
		None,
		H256::repeat_byte(0xe5),
	));
}

/// An investor: a registered identity with KYC, AML and a jurisdiction.
pub fn investor(key: &AccountId, country: &[u8; 2]) -> IdentityId {
	let id = register(key);
	claim(&kyc_provider(), id, Claim::Kyc);
	claim(&kyc_provider(), id, Claim::Aml);
	claim(&kyc_provider(), id, Claim::Jurisdiction(CountryCode(*country)));
	id
}

pub fn countries(list: &[&[u8; 2]]) -> Countries {
	list.iter().map(|c| CountryCode(**c)).collect::<Vec<_>>().try_into().expect("few countries")
}

pub fn clause(conditions: Vec<Condition>) -> Clause {
	conditions.try_into().expect("few conditions")
}

pub fn rules(sender: Vec<Clause>, receiver: Vec<Clause>) -> RuleSet {
	RuleSet {
		sender: sender.try_into().expect("few clauses"),
		receiver: receiver.try_into().expect("few clauses"),
	}
}

/// The chain every test starts from: the registrar appointed, the three providers
/// trusted globally, the issuer registered as the compliance agent of `ASSET`, the clock
/// at `START`.
pub fn new_test_ext() -> sp_io::TestExternalities {
	LEDGER.with(|l| l.borrow_mut().clear());
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_now(START);
		let root = RuntimeOrigin::root;
		assert_ok!(Compliance::add_registrar(root(), registrar()));
		use ClaimTopic::*;
		assert_ok!(Compliance::set_trusted_issuer(
			root(),
			Scope::Global,
			kyc_provider(),
			topics(&[Kyc, Aml, Jurisdiction, InvestorType])
		));
		assert_ok!(Compliance::set_trusted_issuer(
			root(),
			Scope::Global,
			accreditor(),
			topics(&[Accredited, QualifiedInvestor])
		));
		assert_ok!(Compliance::set_trusted_issuer(
			root(),
			Scope::Global,
			screener(),
			topics(&[Sanctioned])
		));
		let agent = register(&issuer());
		assert_ok!(Compliance::register_asset(root(), ASSET, agent));
	});
	ext
}

/// Runs `test` on the chain above, then checks the pallet's invariants, and that the
/// identity holdings compliance keeps match the mock ledger for every asset that keeps them.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Compliance::do_try_state().expect("invariants hold after the test");
		let mut by_identity: BTreeMap<(AssetId, IdentityId), Balance> = BTreeMap::new();
		LEDGER.with(|l| {
			for ((asset, who), amount) in l.borrow().iter() {
				if *amount > 0 && Compliance::keeps_holdings(*asset) {
					let identity = Compliance::key_identity(who).expect("holders are identified");
					*by_identity.entry((*asset, identity)).or_default() += amount;
				}
			}
		});
		let tracked: BTreeMap<(AssetId, IdentityId), Balance> =
			Holdings::<Test>::iter().map(|(asset, id, h)| ((asset, id), h.balance)).collect();
		assert_eq!(tracked, by_identity, "compliance's holdings match the ledger");
	});
}

/// The pallet's events since the last reset.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Compliance(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// An empty chain with a keystore, for the benchmarks' own tests.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	ext
}
