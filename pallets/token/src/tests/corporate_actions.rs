//! Corporate actions: record-date checkpoints, distributions with withholding tax, and
//! holders' votes.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, weights::Weight, BoundedVec};
use pallet_compliance::{CountryCode, Rejection};
use sp_runtime::Permill;

const HOUR: Moment = 3_600_000;

fn agent() -> RuntimeOrigin {
	RuntimeOrigin::signed(issuer())
}

fn checkpoint(asset: AssetId) -> CheckpointId {
	assert_ok!(Token::create_checkpoint(agent(), asset));
	Assets::<Test>::get(asset).unwrap().last_checkpoint
}

fn send(asset: AssetId, from: &AccountId, to: &AccountId, amount: Balance) {
	assert_ok!(Token::transfer(
		RuntimeOrigin::signed(from.clone()),
		asset,
		DEFAULT,
		to.clone(),
		amount,
		data(b"")
	));
}

fn at(checkpoint: CheckpointId, who: &AccountId) -> Balance {
	Token::balance_at(ASSET, checkpoint, who).expect("a live checkpoint")
}

/// Alice 60, Bob 30, Carol (US) 10 of `ASSET`; the issuer holds 10 000 of `CASH`.
fn holders() {
	issue(ASSET, DEFAULT, &alice(), 60);
	issue(ASSET, DEFAULT, &bob(), 30);
	issue(ASSET, DEFAULT, &carol(), 10);
	issue(CASH, DEFAULT, &issuer(), 10_000);
}

fn us_30_percent() -> BoundedVec<Withholding, MaxWithholdingRates> {
	vec![Withholding { country: CountryCode(*b"US"), rate: Permill::from_percent(30) }]
		.try_into()
		.unwrap()
}

/// A dividend of 1 000 cash at `checkpoint`, payable for a day from now, 30 % withheld in
/// the US, nothing elsewhere.
fn dividend(checkpoint: CheckpointId) -> DistributionId {
	let id = NextDistributionId::<Test>::get();
	assert_ok!(Token::distribute(
		agent(),
		ASSET,
		checkpoint,
		CASH,
		1_000,
		START,
		START + 24 * HOUR,
		Permill::zero(),
		us_30_percent(),
	));
	id
}

fn claim(who: &AccountId, distribution: DistributionId) -> sp_runtime::DispatchResult {
	Token::claim_distribution(RuntimeOrigin::signed(who.clone()), distribution)
		.map(drop)
		.map_err(|e| e.error)
}

#[test]
fn a_transfer_is_charged_after_dispatch_for_the_live_checkpoints_its_asset_has() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		holders();
		let charged = || {
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, bob(), 1, data(b""))
				.expect("transferred")
				.actual_weight
				.expect("charged after dispatch")
		};
		// The asset keeps its holders' holdings: every transfer is charged for them.
		let measured =
			|c: u32| <Test as Config>::WeightInfo::transfer(c) + Token::holdings_weight(ASSET);
		let kept = <Token as AssetLedger<_, _, _>>::movement_weight;
		// Outside an extrinsic nothing is given back after dispatch.
		System::note_finished_extrinsics();
		assert_eq!(kept(ASSET), Weight::zero());
		assert_eq!(charged(), measured(0));

		checkpoint(ASSET);
		checkpoint(ASSET);
		assert_eq!(kept(ASSET), measured(2).saturating_sub(measured(0)));
		assert!(kept(ASSET).ref_time() > 0);
		let with_two = charged();
		assert_eq!(with_two, measured(2));
		let most = <Token as AssetLedger<_, _, _>>::max_movement_weight();
		assert!(most.ref_time() > kept(ASSET).ref_time());
		let call = RuntimeCall::Token(crate::Call::transfer {
			asset: ASSET,
			partition: DEFAULT,
			to: bob(),
			amount: 1,
			data: data(b""),
		});
		let before = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call).call_weight;
		assert!(with_two.all_lt(before));
	});
}

#[test]
fn a_checkpoint_keeps_every_balance_as_it_was_at_the_record_date() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		assert_eq!(
			last_event(),
			Event::CheckpointCreated { asset: ASSET, checkpoint: record_date, supply: 100 }
		);
		send(ASSET, &alice(), &bob(), 25);
		investor(&account(30), b"FR");
		issue(ASSET, DEFAULT, &account(30), 5);
		assert_ok!(Token::redeem(RuntimeOrigin::signed(carol()), ASSET, DEFAULT, 10, data(b"")));
		assert_eq!((at(record_date, &alice()), total(ASSET, &alice())), (60, 35));
		assert_eq!((at(record_date, &bob()), total(ASSET, &bob())), (30, 55));
		assert_eq!((at(record_date, &carol()), total(ASSET, &carol())), (10, 0));
		assert_eq!((at(record_date, &account(30)), total(ASSET, &account(30))), (0, 5));
		assert_eq!(Checkpoints::<Test>::get(ASSET, record_date).unwrap().supply, 100);
	});
}

#[test]
fn several_live_checkpoints_each_answer_for_their_own_date() {
	run_test(|| {
		holders();
		let first = checkpoint(ASSET);
		send(ASSET, &alice(), &bob(), 10);
		let second = checkpoint(ASSET);
		let third = checkpoint(ASSET);
		// Alice empties her account and is refilled after the third.
		send(ASSET, &alice(), &bob(), 50);
		send(ASSET, &bob(), &alice(), 5);
		assert_eq!([at(first, &alice()), at(second, &alice()), at(third, &alice())], [60, 50, 50]);
		assert_eq!([at(first, &bob()), at(second, &bob()), at(third, &bob())], [30, 40, 40]);
		assert_eq!(total(ASSET, &alice()), 5);
		// Checkpoints of one asset say nothing of another's balances.
		assert_noop!(Token::balance_at(CASH, first, &alice()), Error::<Test>::CheckpointNotLive);
	});
}

#[test]
fn an_account_that_never_changes_costs_nothing_and_still_answers() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		send(ASSET, &alice(), &bob(), 1);
		// Carol did not move: nothing was written for her.
		assert!(!CheckpointBalances::<Test>::contains_key((ASSET, record_date, carol())));
		assert_eq!(at(record_date, &carol()), 10);
		assert!(CheckpointBalances::<Test>::contains_key((ASSET, record_date, alice())));
	});
}

#[test]
fn live_checkpoints_are_bounded_and_retired_ones_no_longer_answer() {
	run_test(|| {
		holders();
		for _ in 0..MAX_LIVE_CHECKPOINTS {
			checkpoint(ASSET);
		}
		assert_noop!(
			Token::create_checkpoint(agent(), ASSET),
			Error::<Test>::TooManyLiveCheckpoints
		);
		assert_ok!(Token::retire_checkpoint(agent(), ASSET, 1));
		assert_eq!(last_event(), Event::CheckpointRetired { asset: ASSET, checkpoint: 1 });
		assert_noop!(Token::balance_at(ASSET, 1, &alice()), Error::<Test>::CheckpointNotLive);
		assert_noop!(Token::retire_checkpoint(agent(), ASSET, 1), Error::<Test>::CheckpointNotLive);
		assert_eq!(checkpoint(ASSET), MAX_LIVE_CHECKPOINTS + 1);
	});
}

#[test]
fn only_the_corporate_actions_agent_takes_record_dates() {
	run_test(|| {
		assert_noop!(
			Token::create_checkpoint(RuntimeOrigin::signed(alice()), ASSET),
			Error::<Test>::NotCorporateActionsAgent
		);
		let bob_id = pallet_compliance::Pallet::<Test>::active_identity(&bob()).unwrap();
		assert_ok!(Token::set_role(agent(), ASSET, Role::CorporateActionsAgent, bob_id));
		assert_noop!(
			Token::create_checkpoint(agent(), ASSET),
			Error::<Test>::NotCorporateActionsAgent
		);
		assert_ok!(Token::create_checkpoint(RuntimeOrigin::signed(bob()), ASSET));
	});
}

#[test]
fn a_dividend_is_paid_pro_rata_to_the_record_date_balances_less_withholding() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		// After the record date Alice sells everything: the dividend is still hers.
		send(ASSET, &alice(), &bob(), 60);
		let dividend = dividend(record_date);
		assert_eq!(Token::reserved_balance(CASH, &DEFAULT, &issuer()), 1_000);
		assert_ok!(claim(&alice(), dividend));
		assert_eq!(
			last_event(),
			Event::DistributionPaid {
				distribution: dividend,
				holder: alice(),
				gross: 600,
				withheld: 0,
				net: 600
			}
		);
		assert_ok!(claim(&carol(), dividend));
		assert_eq!(
			last_event(),
			Event::DistributionPaid {
				distribution: dividend,
				holder: carol(),
				gross: 100,
				withheld: 30,
				net: 70
			}
		);
		assert_ok!(claim(&bob(), dividend));
		assert_eq!(total(CASH, &alice()), 600);
		assert_eq!(total(CASH, &bob()), 300);
		assert_eq!(total(CASH, &carol()), 70);
		// The tax withheld is back in the payer's free balance, for it to remit.
		assert_eq!(Token::reserved_balance(CASH, &DEFAULT, &issuer()), 0);
		assert_eq!(Token::free_balance(CASH, &DEFAULT, &issuer()), 10_000 - 1_000 + 30);
		assert_eq!(Distributions::<Test>::get(dividend).unwrap().remaining, 0);
		assert_noop!(claim(&alice(), dividend), Error::<Test>::AlreadyPaid);
		assert_noop!(claim(&account(30), dividend), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_distribution_pays_only_inside_its_window_and_the_rest_is_reclaimed() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		let id = NextDistributionId::<Test>::get();
		assert_ok!(Token::distribute(
			agent(),
			ASSET,
			record_date,
			CASH,
			1_000,
			START + HOUR,
			START + 2 * HOUR,
			Permill::zero(),
			Default::default(),
		));
		assert_noop!(claim(&alice(), id), Error::<Test>::DistributionNotStarted);
		assert_noop!(
			Token::reclaim_distribution(agent(), id),
			Error::<Test>::DistributionNotExpired
		);
		set_now(START + HOUR);
		assert_ok!(claim(&alice(), id));
		set_now(START + 2 * HOUR);
		assert_noop!(claim(&bob(), id), Error::<Test>::DistributionExpired);
		// The retire waits for the distribution to finish.
		assert_noop!(
			Token::retire_checkpoint(agent(), ASSET, record_date),
			Error::<Test>::CheckpointInUse
		);
		assert_ok!(Token::reclaim_distribution(agent(), id));
		assert_eq!(last_event(), Event::DistributionReclaimed { distribution: id, amount: 400 });
		assert_eq!(Token::free_balance(CASH, &DEFAULT, &issuer()), 10_000 - 600);
		assert_noop!(
			Token::reclaim_distribution(agent(), id),
			Error::<Test>::DistributionReclaimed
		);
		assert_ok!(Token::retire_checkpoint(agent(), ASSET, record_date));
	});
}

#[test]
fn a_push_pays_a_batch_and_skips_a_holder_the_cash_rules_refuse() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		let dividend = dividend(record_date);
		assert_ok!(Compliance::freeze_account(agent(), CASH, bob(), true));
		assert_ok!(claim(&alice(), dividend));
		assert_ok!(Token::push_distribution(
			agent(),
			dividend,
			vec![alice(), bob(), carol(), account(30)].try_into().unwrap()
		));
		let skipped: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::DistributionSkipped { holder, error, .. } => Some((holder, error)),
				_ => None,
			})
			.collect();
		assert_eq!(
			skipped,
			vec![
				(alice(), Error::<Test>::AlreadyPaid.into()),
				(bob(), refused(Rejection::ReceiverAccountFrozen)),
				(account(30), Error::<Test>::NothingToClaim.into()),
			]
		);
		assert_eq!(total(CASH, &carol()), 70);
		assert_eq!(total(CASH, &bob()), 0);
		assert_ok!(Compliance::freeze_account(agent(), CASH, bob(), false));
		assert_ok!(claim(&bob(), dividend));
		assert_eq!(total(CASH, &bob()), 300);
		assert_noop!(
			Token::push_distribution(
				RuntimeOrigin::signed(alice()),
				dividend,
				vec![bob()].try_into().unwrap()
			),
			Error::<Test>::NotCorporateActionsAgent
		);
	});
}

#[test]
fn a_distribution_needs_cash_a_live_checkpoint_and_the_funds() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		let distribute = |cash: AssetId, checkpoint: CheckpointId, total: Balance| {
			Token::distribute(
				agent(),
				ASSET,
				checkpoint,
				cash,
				total,
				START,
				START + HOUR,
				Permill::zero(),
				Default::default(),
			)
		};
		assert_noop!(distribute(ASSET, record_date, 10), Error::<Test>::NotCash);
		assert_noop!(distribute(CASH, record_date + 1, 10), Error::<Test>::CheckpointNotLive);
		assert_noop!(distribute(CASH, record_date, 10_001), Error::<Test>::InsufficientBalance);
		assert_noop!(distribute(CASH, record_date, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Token::distribute(
				agent(),
				ASSET,
				record_date,
				CASH,
				10,
				START,
				START,
				Permill::zero(),
				Default::default()
			),
			Error::<Test>::InvalidWindow
		);
		let twice = vec![
			Withholding { country: CountryCode(*b"US"), rate: Permill::from_percent(30) },
			Withholding { country: CountryCode(*b"US"), rate: Permill::from_percent(15) },
		];
		assert_noop!(
			Token::distribute(
				agent(),
				ASSET,
				record_date,
				CASH,
				10,
				START,
				START + HOUR,
				Permill::zero(),
				twice.try_into().unwrap()
			),
			Error::<Test>::InvalidWithholding
		);
	});
}

fn choices(list: &[&[u8]]) -> ChoicesOf<Test> {
	list.iter().map(|c| bounded::<MaxChoiceLength>(c)).collect::<Vec<_>>().try_into().unwrap()
}

#[test]
fn holders_vote_with_their_record_date_balances() {
	run_test(|| {
		holders();
		let record_date = checkpoint(ASSET);
		send(ASSET, &alice(), &bob(), 60);
		let ballot = NextBallotId::<Test>::get();
		assert_ok!(Token::create_ballot(
			agent(),
			ASSET,
			record_date,
			choices(&[b"for", b"against", b"abstain"]),
			START,
			START + HOUR
		));
		let vote = |who: &AccountId, choice| {
			Token::vote(RuntimeOrigin::signed(who.clone()), ballot, choice)
		};
		assert_ok!(vote(&alice(), 0));
		assert_eq!(last_event(), Event::Voted { ballot, voter: alice(), choice: 0, weight: 60 });
		assert_ok!(vote(&bob(), 1));
		assert_noop!(vote(&bob(), 0), Error::<Test>::AlreadyVoted);
		assert_noop!(vote(&carol(), 3), Error::<Test>::UnknownChoice);
		assert_noop!(vote(&account(30), 0), Error::<Test>::NoVotingWeight);
		assert_noop!(
			Token::close_ballot(RuntimeOrigin::signed(carol()), ballot),
			Error::<Test>::BallotNotEnded
		);
		set_now(START + HOUR);
		assert_noop!(vote(&carol(), 2), Error::<Test>::BallotNotOpen);
		assert_ok!(Token::close_ballot(RuntimeOrigin::signed(carol()), ballot));
		assert_eq!(
			last_event(),
			Event::BallotClosed { ballot, tallies: vec![60, 30, 0].try_into().unwrap() }
		);
		assert_noop!(
			Token::close_ballot(RuntimeOrigin::signed(carol()), ballot),
			Error::<Test>::BallotClosed
		);
		assert_ok!(Token::retire_checkpoint(agent(), ASSET, record_date));
	});
}

#[test]
fn a_ballot_needs_real_choices_a_window_and_the_agent() {
	run_test(|| {
		let record_date = checkpoint(ASSET);
		assert_noop!(
			Token::create_ballot(
				agent(),
				ASSET,
				record_date,
				choices(&[b"yes"]),
				START,
				START + HOUR
			),
			Error::<Test>::InvalidChoices
		);
		assert_noop!(
			Token::create_ballot(
				agent(),
				ASSET,
				record_date,
				choices(&[b"yes", b""]),
				START,
				START + HOUR
			),
			Error::<Test>::InvalidChoices
		);
		assert_noop!(
			Token::create_ballot(agent(), ASSET, record_date, choices(&[b"y", b"n"]), START, START),
			Error::<Test>::InvalidWindow
		);
		assert_noop!(
			Token::create_ballot(
				RuntimeOrigin::signed(alice()),
				ASSET,
				record_date,
				choices(&[b"y", b"n"]),
				START,
				START + HOUR
			),
			Error::<Test>::NotCorporateActionsAgent
		);
		assert_noop!(
			Token::vote(RuntimeOrigin::signed(alice()), 42, 0),
			Error::<Test>::UnknownBallot
		);
	});
}
