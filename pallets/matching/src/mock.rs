//! A runtime with the real compliance and token pallets under the matching pallet, as in
//! Consort's runtime: every reservation and settlement goes through the real ledger, and
//! every refusal is compliance's own.

use crate::{self as pallet_matching, *};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	weights::Weight,
};
use frame_system::EnsureRoot;
use pallet_compliance::{
	Claim, ClaimTopic, CountryCode, IdentityId, IdentityKind, Scope, TrustedTopics,
};
use pallet_token::{AssetKind, DEFAULT_PARTITION};
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
		Matching: pallet_matching,
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
	/// Few levels and makers, so the tests reach the bounds.
	pub const MaxPriceLevels: u32 = 8;
	pub const MaxMakersPerOrder: u32 = 6;
	pub const MaxOrdersPerCall: u32 = 8;
	pub const TapeLength: u32 = 4;
	pub const MaxTiers: u32 = 3;
	pub const MaxLegs: u32 = 4;
	pub const MaxScheduledPerBlock: u32 = 2;
}

parameter_types! {
	/// Unbounded unless a test sets it, so the count binds.
	pub static MaxScheduledWeight: Weight = Weight::MAX;
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
	type OnHoldingChanged = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = pallet_token::benchmarking::ComplianceIdentities<Test>;
}

impl pallet_matching::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AssetId = AssetId;
	type Balance = Balance;
	type Ledger = Token;
	type Compliance = Compliance;
	type Identities = Compliance;
	type Time = Timestamp;
	type OperatorOrigin = EnsureRoot<AccountId>;
	type MaxPriceLevels = MaxPriceLevels;
	type MaxMakersPerOrder = MaxMakersPerOrder;
	type MaxOrdersPerCall = MaxOrdersPerCall;
	type TapeLength = TapeLength;
	type MaxTiers = MaxTiers;
	type MaxLegs = MaxLegs;
	type MaxScheduledPerBlock = MaxScheduledPerBlock;
	type MaxScheduledWeight = MaxScheduledWeight;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarking::TokenLedgerHelper<Test>;
}

pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

pub fn registrar() -> AccountId {
	account(200)
}
pub fn kyc_provider() -> AccountId {
	account(201)
}
/// Issues `SECURITY` and `CASH`; holds every role of both.
pub fn issuer() -> AccountId {
	account(100)
}
/// Receives the venue's fees.
pub fn venue() -> AccountId {
	account(150)
}
/// Traders in Switzerland, Germany, the United States and France.
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
/// A second key of Alice's identity.
pub fn alice_2() -> AccountId {
	account(11)
}
/// A key of nobody.
pub fn stranger() -> AccountId {
	account(99)
}

pub const SECURITY: AssetId = 0;
pub const CASH: AssetId = 1;
pub const MARKET: MarketId = 0;
pub const DEFAULT: pallet_compliance::Partition = DEFAULT_PARTITION;

/// Lots of 10 units, prices in steps of 5 cash units per lot, orders of at least one lot.
pub const LOT: Quantity = 10;
pub const TICK: Price = 5;

/// What every trader starts with.
pub const SECURITIES: Balance = 10_000;
pub const CASH_EACH: Balance = 1_000_000;

/// 2026-01-05 00:00 UTC.
pub const START: pallet_compliance::Moment = 1_767_571_200_000;

pub fn set_now(now: pallet_compliance::Moment) {
	pallet_timestamp::Now::<Test>::put(now);
}

/// Starts block `n`, two seconds of block time after the last: every block has a later
/// timestamp than the one before, as on the chain.
pub fn next_block(n: u64) {
	System::set_block_number(n);
	set_now(pallet_timestamp::Now::<Test>::get() + 2_000);
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

pub fn investor(key: &AccountId, country: &[u8; 2]) -> IdentityId {
	let id = register(key);
	claim(id, Claim::Kyc);
	claim(id, Claim::Jurisdiction(CountryCode(*country)));
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

/// Makes every receiver of `asset`, and every sender if `senders_too`, need a KYC claim,
/// which every trader has: rules that each check of the asset reads, so that the check costs
/// more than one of an asset without rules, and more with both sides than with one.
pub fn require_kyc(asset: AssetId, senders_too: bool) {
	let kyc = || -> Vec<pallet_compliance::Clause> {
		vec![vec![pallet_compliance::Condition::HasClaim(ClaimTopic::Kyc)].try_into().unwrap()]
	};
	let rules = pallet_compliance::RuleSet {
		sender: if senders_too { kyc() } else { Vec::new() }.try_into().unwrap(),
		receiver: kyc().try_into().unwrap(),
	};
	let before = Compliance::check_weight(asset);
	assert_ok!(Compliance::set_rules(RuntimeOrigin::signed(issuer()), asset, rules));
	assert!(Compliance::check_weight(asset).ref_time() > before.ref_time());
}

/// What the ledger adds to one movement of `asset` beyond the benchmarks: its live
/// checkpoints' balances.
pub fn movement_weight(asset: AssetId) -> Weight {
	<Token as pallet_token::AssetLedger<_, _, _>>::movement_weight(asset)
}

/// What one party's holding of `asset` adds to a call that moves it: every asset here keeps
/// its identities' holdings, which the benchmarks' assets do not.
pub fn holding_weight(asset: AssetId) -> Weight {
	let each = <Token as pallet_token::AssetLedger<_, _, _>>::holding_weight(asset);
	assert!(each.ref_time() > 0);
	each
}

/// [`holding_weight`] of a holding the call moved before: the execution alone.
pub fn holding_again_weight(asset: AssetId) -> Weight {
	let db = <Test as frame_system::Config>::DbWeight::get();
	let again = holding_weight(asset) - db.reads_writes(1, 1);
	assert!(again.ref_time() > 0);
	again
}

/// Takes a record date of `asset`: the next movement of every holder keeps its balance at it.
pub fn take_checkpoint(asset: AssetId) {
	let before = movement_weight(asset);
	assert_ok!(Token::create_checkpoint(RuntimeOrigin::signed(issuer()), asset));
	assert!(movement_weight(asset).ref_time() > before.ref_time());
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

pub fn params() -> MarketParamsOf<Test> {
	MarketParams {
		tick_size: TICK,
		lot_size: LOT,
		min_quantity: LOT,
		price_band_bps: None,
		maker_fee_bps: 0,
		taker_fee_bps: 0,
		fee_collector: venue(),
	}
}

/// Free and reserved balance of `who` in `asset`.
pub fn holding(asset: AssetId, who: &AccountId) -> (Balance, Balance) {
	use pallet_token::AssetLedger;
	(Token::free_balance(asset, &DEFAULT, who), Token::reserved_balance(asset, &DEFAULT, who))
}

/// What a call was charged after dispatch, and what compliance reported unspent while it ran,
/// which that charge gave back.
pub fn charged_and_unspent(
	call: impl FnOnce() -> frame_support::dispatch::DispatchResultWithPostInfo,
) -> (Weight, pallet_compliance::Unspent) {
	use pallet_compliance::traits::SharedRecords;
	let start = <Compliance as SharedRecords>::unspent();
	let charged = call().expect("dispatched").actual_weight.expect("charged after dispatch");
	(charged, <Compliance as SharedRecords>::unspent().since(start))
}

/// What a call was charged after dispatch with what compliance reported unspent while it ran
/// added back: the book's own weight and what its assets added, as charged before give-backs.
pub fn charged_in_full(
	call: impl FnOnce() -> frame_support::dispatch::DispatchResultWithPostInfo,
) -> Weight {
	let (charged, unspent) = charged_and_unspent(call);
	charged + unspent.weight::<Test>()
}

/// Places a good-till-cancelled limit order and returns its id.
pub fn limit(who: &AccountId, side: Side, price: Price, quantity: Quantity) -> OrderId {
	let id = NextOrderId::<Test>::get();
	assert_ok!(place(
		who,
		side,
		OrderKind::Limit { price },
		quantity,
		TimeInForce::GoodTillCancelled
	));
	id
}

pub fn place(
	who: &AccountId,
	side: Side,
	kind: OrderKind,
	quantity: Quantity,
	time_in_force: TimeInForce,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Matching::place_order(
		RuntimeOrigin::signed(who.clone()),
		MARKET,
		side,
		kind,
		quantity,
		time_in_force,
		false,
		SelfTradePrevention::CancelNewest,
		None,
		None,
	)
}

/// `owner`'s resting order `id` in `MARKET`.
pub fn order(owner: &AccountId, id: OrderId) -> Option<OrderOf<Test>> {
	Orders::<Test>::get((owner, MARKET, id))
}

/// The levels of a side, best first: (price, quantity, orders in time priority).
pub fn depth(side: Side) -> Vec<(Price, Quantity, Vec<OrderId>)> {
	PriceLevels::<Test>::get(MARKET, side)
		.into_iter()
		.map(|price| {
			let level = Levels::<Test>::get((MARKET, side, price)).expect("a listed level exists");
			let mut queue = Vec::new();
			let mut next = Some(level.head);
			while let Some(at) = next {
				queue.push(at.id);
				next = Orders::<Test>::get((&at.owner, MARKET, at.id)).and_then(|o| o.next);
			}
			(price, level.quantity, queue)
		})
		.collect()
}

/// The chain every test starts from: identities for the issuer, the venue and four traders
/// (Alice with a second key), `SECURITY` (equity) and `CASH` created and issued to every
/// trader, and `MARKET` open between them.
pub fn new_test_ext() -> sp_io::TestExternalities {
	// The whole runtime's genesis, so that each pallet starts at its storage version.
	let storage = RuntimeGenesisConfig::default().build_storage().unwrap();
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
		investor(&venue(), b"CH");
		let alice_id = investor(&alice(), b"CH");
		investor(&bob(), b"DE");
		investor(&carol(), b"US");
		investor(&dave(), b"FR");
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(alice()), alice_2()));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(alice_2()), alice_id));
		assert_eq!(create_asset(b"CSRT", AssetKind::Equity), SECURITY);
		assert_eq!(create_asset(b"CHFD", AssetKind::Cash), CASH);
		for trader in [alice(), bob(), carol(), dave(), alice_2()] {
			issue(SECURITY, &trader, SECURITIES);
			issue(CASH, &trader, CASH_EACH);
		}
		assert_ok!(Matching::create_market(root(), SECURITY, DEFAULT, CASH, params()));
		System::reset_events();
	});
	ext
}

/// Runs `test` on the chain above, then checks the invariants of all three pallets.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		check_invariants();
	});
}

/// Checks the invariants of all three pallets.
pub fn check_invariants() {
	Matching::do_try_state().expect("the books' invariants hold after the test");
	pallet_token::Pallet::<Test>::do_try_state()
		.expect("the token ledger's invariants hold after the test");
	Compliance::do_try_state().expect("compliance's invariants hold after the test");
}

/// The matching pallet's events since the last reset.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Matching(event) => Some(event),
			_ => None,
		})
		.collect()
}
