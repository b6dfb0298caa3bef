//! The storage migrations, run against a chain laid out as the version before.

use crate::{
	migrations::v1::{MarketV0, MigrateToV1},
	mock::*,
	*,
};
use codec::Encode;
use frame_support::assert_ok;
use frame_support::{
	storage::{storage_prefix, unhashed},
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	StorageHasher, Twox64Concat,
};
use pallet_compliance::Moment;

/// Lays out `market` and its tape as version 0 did: the market without its tape count and
/// time, and a trade at each of `times` on the old tape, trade `i` in slot `i`. Returns the
/// old tape's prefix.
fn as_version_0(market: MarketId, times: &[Moment]) -> Vec<u8> {
	let record = Markets::<Test>::get(market).expect("the market exists");
	let old = MarketV0 {
		security: record.security,
		partition: record.partition,
		cash: record.cash,
		params: record.params,
		status: record.status,
		reference_price: record.reference_price,
		last_price: record.last_price,
		trades: record.trades,
	};
	unhashed::put_raw(&Markets::<Test>::hashed_key_for(market), &old.encode());
	let _ = Tape::<Test>::clear_prefix(market, u32::MAX, None);
	let prefix = storage_prefix(b"Matching", b"RecentTrades").to_vec();
	for (slot, at) in (0u32..).zip(times) {
		let trade = Trade {
			maker_order: 1,
			taker_order: 2,
			buyer: bob(),
			seller: alice(),
			price: 100,
			quantity: LOT,
			at: *at,
		};
		let market = Twox64Concat::hash(&market.encode());
		let key = [prefix.clone(), market, Twox64Concat::hash(&slot.encode())].concat();
		unhashed::put_raw(&key, &trade.encode());
	}
	StorageVersion::new(0).put::<Matching>();
	prefix
}

const LAST_AT: Moment = START + 3_600_000;
const MINUTE: Moment = 60_000;
const OTHER_MARKET: MarketId = 1;

#[test]
fn a_new_chain_starts_at_the_current_storage_version() {
	run_test(|| {
		assert_eq!(Matching::on_chain_storage_version(), 1);
		assert_eq!(Matching::in_code_storage_version(), 1);
	});
}

#[test]
fn version_1_keeps_each_market_and_its_counts_and_drops_the_tape_of_version_0() {
	let mut chain = new_test_ext();
	let (before, other, old_tape) = chain.execute_with(|| {
		limit(&alice(), Side::Sell, 100, LOT);
		limit(&alice(), Side::Sell, 105, LOT);
		limit(&bob(), Side::Buy, 105, 2 * LOT);
		let before = Markets::<Test>::get(MARKET).unwrap();
		assert_eq!((before.trades, before.tape_entries, before.last_price), (2, 1, Some(105)));
		let root = RuntimeOrigin::root();
		assert_ok!(Matching::create_market(root, SECURITY, DEFAULT, CASH, params()));
		let other = Markets::<Test>::get(OTHER_MARKET).expect("a second market");
		// The newest trade in the third of four slots, the oldest in the last; the other
		// market's trades older than the first's.
		let times = [LAST_AT - MINUTE, LAST_AT - 2 * MINUTE, LAST_AT, START];
		let old_tape = as_version_0(MARKET, &times);
		as_version_0(OTHER_MARKET, &[LAST_AT - 6 * MINUTE, LAST_AT - 5 * MINUTE]);
		assert!(Markets::<Test>::try_get(MARKET).is_err(), "version 0's market is not read as 1's");
		(before, other, old_tape)
	});
	// In the database, as on a running chain, not only in the block's overlay.
	chain.commit_all().expect("the test chain commits");
	chain.execute_with(|| {
		let weight = MigrateToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Matching::on_chain_storage_version(), 1);
		let migrated = Market { tape_entries: 0, last_traded_at: Some(LAST_AT), ..before };
		assert_eq!(Markets::<Test>::get(MARKET), Some(migrated));
		let other = Market { last_traded_at: Some(LAST_AT - 5 * MINUTE), ..other };
		assert_eq!(Markets::<Test>::get(OTHER_MARKET), Some(other));
		let valued = Matching::market_price(SECURITY).expect("the security traded");
		assert_eq!((valued.price, valued.set_at), (105, LAST_AT), "dated by its last trade");
		assert!(!unhashed::contains_prefixed_key(&old_tape), "the old tape is gone");
		assert!(Matching::recent_trades(MARKET, u32::MAX).is_empty());
		// Two markets and six old trades read and written, three walks ended, and the version.
		let db = <Test as frame_system::Config>::DbWeight::get();
		let migration = db.reads_writes(2 + 6 + 3, 2 + 6);
		assert_eq!(weight, migration.saturating_add(db.reads_writes(1, 1)));
		// The market trades on, and its tape starts again at the first slot.
		limit(&alice(), Side::Sell, 110, LOT);
		limit(&bob(), Side::Buy, 110, LOT);
		let after = Markets::<Test>::get(MARKET).unwrap();
		assert_eq!((after.trades, after.tape_entries, after.last_price), (3, 1, Some(110)));
		assert_eq!(Tape::<Test>::get(MARKET, 0).map(|entry| entry.fills.len()), Some(1));
		check_invariants();
	});
}

#[test]
fn the_migration_does_nothing_on_a_chain_already_at_version_1() {
	run_test(|| {
		limit(&alice(), Side::Sell, 100, LOT);
		limit(&bob(), Side::Buy, 100, LOT);
		let before = Markets::<Test>::get(MARKET).unwrap();
		let tape = Tape::<Test>::get(MARKET, 0);
		assert!(tape.is_some());

		let weight = MigrateToV1::<Test>::on_runtime_upgrade();

		let db = <Test as frame_system::Config>::DbWeight::get();
		assert_eq!(weight, db.reads(1), "only the version read");
		assert_eq!(Markets::<Test>::get(MARKET), Some(before));
		assert_eq!(Tape::<Test>::get(MARKET, 0), tape);
	});
}
