//! The block's record of shared records: what counts as a hit, and what never does.

use super::*;
use crate::block_cache::{Unspent, MAX_CACHED_KEYS};
use frame_support::{
	storage::{with_transaction, TransactionOutcome},
	traits::Hooks,
};
use sp_runtime::DispatchError;

fn in_extrinsic(index: u32) {
	System::set_extrinsic_index(index);
}

/// From here on storage is touched outside any extrinsic (the block's last hooks).
fn in_hook() {
	System::note_finished_extrinsics();
}

/// Hits: reads and writes given back.
fn hits(reads: u32, writes: u32) -> (u32, u32) {
	(reads, writes)
}

/// The hits of what went unspent.
fn db(unspent: Unspent) -> (u32, u32) {
	(unspent.reads, unspent.writes)
}

/// The token pallet's question before it moves `amount` of the asset.
fn ask(from: &AccountId, to: &AccountId, amount: Balance) -> Result<(), Rejection> {
	<Compliance as TransferCompliance<_, _, _>>::can_transfer(
		ASSET,
		&Partition::default(),
		from,
		to,
		amount,
	)
}

/// The token pallet's question before it redeems `amount` of the asset.
fn redeem(from: &AccountId, amount: Balance) -> Result<(), Rejection> {
	<Compliance as TransferCompliance<_, _, _>>::can_redeem(
		ASSET,
		&Partition::default(),
		from,
		amount,
	)
}

#[test]
fn a_read_of_a_key_an_earlier_extrinsic_read_is_a_hit() {
	run_test(|| {
		in_extrinsic(1);
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		in_extrinsic(2);
		Compliance::note_read(b"market");
		Compliance::note_read(b"another market");
		assert_eq!(db(Compliance::unspent()), hits(1, 0));
	});
}

#[test]
fn a_key_is_a_hit_at_most_once_per_extrinsic() {
	run_test(|| {
		in_extrinsic(1);
		Compliance::note_read(b"market");
		Compliance::note_write(b"market");
		in_extrinsic(2);
		Compliance::note_read(b"market");
		Compliance::note_read(b"market");
		Compliance::note_write(b"market");
		Compliance::note_write(b"market");
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
		in_extrinsic(3);
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(2, 1));
	});
}

#[test]
fn a_read_after_the_extrinsics_own_write_is_no_hit() {
	run_test(|| {
		in_extrinsic(1);
		Compliance::note_read(b"counter");
		in_extrinsic(2);
		Compliance::note_write(b"counter");
		Compliance::note_read(b"counter");
		// The first write of the block: the database commit is still to be paid.
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
	});
}

#[test]
fn a_write_is_a_hit_only_after_an_earlier_write() {
	run_test(|| {
		in_extrinsic(1);
		Compliance::note_read(b"level");
		in_extrinsic(2);
		Compliance::note_write(b"level");
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		in_extrinsic(3);
		Compliance::note_write(b"level");
		Compliance::note_read(b"level");
		assert_eq!(db(Compliance::unspent()), hits(0, 1));
	});
}

#[test]
fn a_hook_warms_a_key_but_is_never_refunded() {
	run_test(|| {
		in_hook();
		Compliance::note_read(b"market");
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		in_extrinsic(1);
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(1, 0));
	});
}

#[test]
fn the_record_is_cleared_at_the_end_of_every_block() {
	run_test(|| {
		in_extrinsic(1);
		Compliance::note_read(b"market");
		in_extrinsic(2);
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(1, 0));
		in_hook();
		Compliance::on_finalize(1);
		assert!(!BlockCache::<Test>::exists());

		System::set_block_number(2);
		in_extrinsic(1);
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
	});
}

#[test]
fn keys_noted_in_any_order_are_each_found_again_and_kept_apart() {
	run_test(|| {
		// A scramble of 0..40 (17 is prime to 40), so each insert lands somewhere new.
		let keys: Vec<[u8; 4]> = (0..40u32).map(|n| (n * 17 % 40).to_le_bytes()).collect();
		in_extrinsic(1);
		for key in &keys {
			Compliance::note_read(key);
		}
		assert_eq!(BlockCache::<Test>::get().map_or(0, |r| r.len()), 40);
		in_extrinsic(2);
		for key in keys.iter().rev() {
			Compliance::note_write(key);
		}
		// A write after another extrinsic's read is no hit; the read after it is.
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		in_extrinsic(3);
		for key in &keys {
			Compliance::note_read_and_write(key);
		}
		assert_eq!(db(Compliance::unspent()), hits(40, 40));
		assert_eq!(BlockCache::<Test>::get().map_or(0, |r| r.len()), 40);
	});
}

#[test]
fn a_full_record_takes_no_more_keys_and_gives_nothing_back_for_them() {
	run_test(|| {
		in_extrinsic(1);
		for n in 0..MAX_CACHED_KEYS {
			Compliance::note_read(&n.to_le_bytes());
		}
		Compliance::note_read(b"one too many");
		assert_eq!(BlockCache::<Test>::get().map_or(0, |r| r.len()) as u32, MAX_CACHED_KEYS);
		in_extrinsic(2);
		Compliance::note_read(b"one too many");
		Compliance::note_read(&0u32.to_le_bytes());
		assert_eq!(db(Compliance::unspent()), hits(1, 0));
	});
}

#[test]
fn notes_of_a_rolled_back_extrinsic_are_forgotten() {
	run_test(|| {
		in_extrinsic(1);
		let _ = with_transaction(|| {
			Compliance::note_read(b"market");
			TransactionOutcome::Rollback(Err::<(), DispatchError>(DispatchError::Other("refused")))
		});
		in_extrinsic(2);
		Compliance::note_read(b"market");
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
	});
}

#[test]
fn a_check_that_says_yes_notes_the_assets_profile_and_both_trusted_issuer_lists() {
	run_test(|| {
		let (alice, bob) = (account(1), account(2));
		investor(&alice, b"DE");
		investor(&bob, b"FR");
		assert_ok!(issue(ASSET, &alice, 100));
		Compliance::on_finalize(1);

		// A refusal leaves storage as it was, the cache included.
		in_extrinsic(1);
		assert_eq!(ask(&alice, &bob, 101), Err(Rejection::InsufficientHolding));
		assert!(!BlockCache::<Test>::exists());
		assert_ok!(ask(&alice, &bob, 10));
		// The block's first reads of the shared records are no hits.
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		in_extrinsic(2);
		assert_ok!(ask(&alice, &bob, 10));
		assert_eq!(db(Compliance::unspent()), hits(3, 0));
		let one = Unspent { reads: 1, ..Default::default() };
		assert_eq!(db(Compliance::unspent().since(one)), hits(2, 0));
		// The parties' keys, claims and holdings are their own, never noted.
		assert_eq!(BlockCache::<Test>::get().map_or(0, |r| r.len()), 3);
	});
}

#[test]
fn a_rewrite_of_an_earlier_extrinsics_record_counts_in_an_extrinsic_only_and_ends_with_the_block() {
	run_test(|| {
		in_extrinsic(2);
		Compliance::note_rewrite_of_earlier();
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
		// It keeps no key: the record stays empty for the keys it can hold.
		assert!(BlockCache::<Test>::get().is_none_or(|r| r.is_empty()));
		in_hook();
		Compliance::note_rewrite_of_earlier();
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
		Compliance::on_finalize(1);
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
	});
}

#[test]
fn a_stamped_record_is_a_hit_once_an_extrinsic_after_an_earlier_extrinsic_of_the_block_wrote_it() {
	run_test(|| {
		System::set_block_number(5);
		// Never written, then written by extrinsic 1: the first write of the block is paid.
		in_extrinsic(1);
		let written = Compliance::note_stamped_rewrite(WriteStamp::default());
		let again = Compliance::note_stamped_rewrite(written);
		assert_eq!(again, written);
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		// Extrinsic 2 rewrites it: a hit, once however often it rewrites it.
		in_extrinsic(2);
		let by_second = Compliance::note_stamped_rewrite(again);
		assert_ne!(by_second, written);
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
		let by_second = Compliance::note_stamped_rewrite(by_second);
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
		// It keeps no key.
		assert!(BlockCache::<Test>::get().is_none_or(|r| r.is_empty()));
		// A hook's rewrite is never refunded, but warms the record for the next extrinsic.
		in_hook();
		let by_hook = Compliance::note_stamped_rewrite(by_second);
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
		in_extrinsic(3);
		let by_third = Compliance::note_stamped_rewrite(by_hook);
		assert_eq!(db(Compliance::unspent()), hits(2, 2));
		// A record last written in an earlier block is read from the database.
		Compliance::on_finalize(5);
		System::set_block_number(6);
		in_extrinsic(3);
		Compliance::note_stamped_rewrite(by_third);
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
	});
}

#[test]
fn no_stamp_counts_a_hit_once_block_numbers_no_longer_fit_it() {
	run_test(|| {
		System::set_block_number(u64::from(u32::MAX) + 7);
		in_extrinsic(1);
		let written = Compliance::note_stamped_rewrite(WriteStamp::default());
		in_extrinsic(2);
		Compliance::note_stamped_rewrite(written);
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
	});
}

/// Three investors, alice (DE) holding 100 of the asset, bob and carol (FR) none.
fn alice_holding_beside_bob_and_carol() -> (AccountId, AccountId, AccountId) {
	let (alice, bob, carol) = (account(1), account(2), account(3));
	for (who, country) in [(&alice, b"DE"), (&bob, b"FR"), (&carol, b"FR")] {
		investor(who, country);
	}
	assert_ok!(issue(ASSET, &alice, 100));
	(alice, bob, carol)
}

/// How many trusted issuers the asset's checks meet: the global list and its own.
fn issuers_listed() -> u32 {
	(TrustedIssuers::<Test>::get(Scope::Global).len()
		+ TrustedIssuers::<Test>::get(Scope::Asset(ASSET)).len()) as u32
}

/// What the benchmarks price `issuers` trusted issuers and `claims` sanction claims at.
fn execution_of(issuers: u32, claims: u32) -> u64 {
	let issuers = <() as WeightInfo>::check_with_trusted_issuers(issuers)
		.saturating_sub(<() as WeightInfo>::check_with_trusted_issuers(0));
	let claims = <() as WeightInfo>::check_with_sanction_claims(claims)
		.saturating_sub(<() as WeightInfo>::check_with_sanction_claims(0));
	issuers.saturating_add(claims).ref_time()
}

#[test]
fn a_check_gives_back_the_execution_of_the_list_entries_it_did_not_meet() {
	run_test(|| {
		let (alice, bob, carol) = alice_holding_beside_bob_and_carol();
		let screener = account(77);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Asset(ASSET),
			screener.clone(),
			vec![ClaimTopic::Sanctioned].try_into().expect("one topic"),
		));
		// Bob has one sanction claim on record, expired.
		let bob_id = Compliance::active_identity(&bob).expect("identified");
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(screener),
			bob_id,
			Claim::Sanctioned,
			Scope::Asset(ASSET),
			Some(START + 1),
			Default::default(),
		));
		set_now(START + 1);
		let listed = issuers_listed();
		let full_lists = 2 * MaxTrustedIssuers::get();
		assert!(listed < full_lists);
		let full_claims = MaxClaimsPerTopic::get();
		Compliance::on_finalize(1);

		// Neither party has sanction claims: both lists of claims are given back whole, and
		// again for the second check of the extrinsic, which spends it again.
		in_extrinsic(1);
		assert_ok!(ask(&alice, &carol, 1));
		let once = execution_of(full_lists - listed, 2 * full_claims);
		assert!(once > 0);
		assert_eq!(Compliance::unspent().execution, once);
		assert_ok!(ask(&alice, &carol, 1));
		assert_eq!(Compliance::unspent().execution, 2 * once);
		// Bob's one claim is met; the rest of his list is not.
		in_extrinsic(2);
		let start = Compliance::unspent();
		assert_ok!(ask(&alice, &bob, 1));
		let with_bob = execution_of(full_lists - listed, 2 * full_claims - 1);
		assert_eq!(Compliance::unspent().since(start).execution, with_bob);
		assert!(with_bob < once);
		// A refusal gives nothing back.
		in_extrinsic(3);
		let start = Compliance::unspent();
		assert_eq!(ask(&carol, &alice, 1), Err(Rejection::InsufficientHolding));
		assert_eq!(Compliance::unspent().since(start), Default::default());
		// Outside an extrinsic, nothing counts.
		in_hook();
		let start = Compliance::unspent();
		assert_ok!(ask(&alice, &carol, 1));
		assert_eq!(Compliance::unspent().since(start), Default::default());
	});
}

#[test]
fn checks_through_one_memo_give_back_the_lists_only_for_the_check_that_read_them() {
	run_test(|| {
		let (alice, bob, carol) = alice_holding_beside_bob_and_carol();
		let listed = issuers_listed();
		let full =
			execution_of(2 * MaxTrustedIssuers::get() - listed, 2 * MaxClaimsPerTopic::get());
		assert!(full > 0);
		Compliance::on_finalize(1);
		// An earlier extrinsic read the asset's shared records.
		in_extrinsic(1);
		assert_ok!(ask(&alice, &carol, 1));

		in_extrinsic(2);
		let start = Compliance::unspent();
		let mut memo = CheckMemo::<Test>::default();
		let remembering = |memo: &mut CheckMemo<Test>, to: &AccountId| {
			Compliance::check_transfer_remembering(memo, ASSET, &alice, to, 1)
		};
		// A refusal notes nothing, though it read the lists into the memo: carol holds none.
		assert_eq!(
			Compliance::check_transfer_remembering(&mut memo, ASSET, &carol, &alice, 1),
			Err(Rejection::InsufficientHolding)
		);
		assert_eq!(Compliance::unspent().since(start), Default::default());
		// The first check that passes notes the profile and both lists, hits of extrinsic 1,
		// and gives back no execution: it found the lists already read.
		assert_ok!(remembering(&mut memo, &bob));
		let first = Compliance::unspent().since(start);
		assert_eq!((db(first), first.execution), (hits(3, 0), 0));
		// The next ones give back nothing more.
		assert_ok!(remembering(&mut memo, &carol));
		assert_ok!(remembering(&mut memo, &bob));
		assert_eq!(Compliance::unspent().since(start), first);
		// A check with a memo of its own reads the lists, and gives back their execution.
		assert_ok!(remembering(&mut CheckMemo::default(), &carol));
		assert_eq!(Compliance::unspent().since(start).execution, full);
	});
}

#[test]
fn what_went_unspent_weighs_its_hits_at_the_database_prices_and_its_execution_as_is() {
	let unspent = Unspent { reads: 2, writes: 1, execution: 7_000 };
	let db: frame_support::weights::RuntimeDbWeight =
		<Test as frame_system::Config>::DbWeight::get();
	assert_eq!(unspent.weight::<Test>(), db.reads_writes(2, 1) + Weight::from_parts(7_000, 0));
	let later = Unspent { reads: 5, writes: 1, execution: 10_000 };
	assert_eq!(later.since(unspent), Unspent { reads: 3, writes: 0, execution: 3_000 });
}

#[test]
fn a_check_that_reads_the_rule_set_notes_it_and_one_that_does_not_leaves_it_out() {
	run_test(|| {
		let (alice, bob) = (account(1), account(2));
		investor(&alice, b"DE");
		investor(&bob, b"FR");
		assert_ok!(issue(ASSET, &alice, 100));
		super::set_rules(rules(vec![], vec![clause(vec![Condition::HasClaim(ClaimTopic::Kyc)])]));
		Compliance::on_finalize(1);

		// A redemption reads no rules: the next check's read of them is the block's first.
		in_extrinsic(1);
		assert_ok!(redeem(&alice, 1));
		in_extrinsic(2);
		let start = Compliance::unspent();
		assert_ok!(ask(&alice, &bob, 1));
		// The profile and both trusted-issuer lists.
		assert_eq!(db(Compliance::unspent().since(start)), hits(3, 0));
		// The transfer read the rule set: the next finds it in the block.
		in_extrinsic(3);
		let start = Compliance::unspent();
		assert_ok!(ask(&alice, &bob, 1));
		assert_eq!(db(Compliance::unspent().since(start)), hits(4, 0));
	});
}

#[test]
fn a_read_and_write_noted_together_count_as_a_read_then_a_write() {
	run_test(|| {
		in_extrinsic(1);
		Compliance::note_read_and_write(b"counter");
		assert_eq!(db(Compliance::unspent()), hits(0, 0));
		in_extrinsic(2);
		Compliance::note_read_and_write(b"counter");
		Compliance::note_read(b"counter");
		assert_eq!(db(Compliance::unspent()), hits(1, 1));
	});
}
