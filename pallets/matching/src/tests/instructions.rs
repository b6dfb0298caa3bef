use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, dispatch::DispatchResult, traits::Hooks};
use pallet_compliance::Rejection;

fn leg(from: AccountId, to: AccountId, asset: AssetId, amount: Balance) -> LegOf<Test> {
	Leg { from, to, asset, partition: DEFAULT, amount }
}

/// An OTC trade a broker (Dave) enters: Alice delivers 100 units to Bob against 2,000 cash,
/// and Bob pays the broker 20.
fn otc_trade() -> LegsOf<Test> {
	vec![
		leg(alice(), bob(), SECURITY, 100),
		leg(bob(), alice(), CASH, 2_000),
		leg(bob(), dave(), CASH, 20),
	]
	.try_into()
	.unwrap()
}

/// Enters `legs`: by Dave, the broker, where he is a party, else by the first sender.
fn create(legs: LegsOf<Test>, settle_at: Option<u64>) -> InstructionId {
	let id = NextInstructionId::<Test>::get();
	let party = |who: &AccountId| legs.iter().any(|l| l.from == *who || l.to == *who);
	let creator = if party(&dave()) { dave() } else { legs[0].from.clone() };
	assert_ok!(Matching::create_instruction(RuntimeOrigin::signed(creator), legs, settle_at));
	id
}

fn affirm(who: &AccountId, id: InstructionId) -> DispatchResult {
	Matching::affirm_instruction(RuntimeOrigin::signed(who.clone()), id)
		.map(drop)
		.map_err(|e| e.error)
}

fn nothing_moved() {
	assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));
	assert_eq!(holding(SECURITY, &bob()), (SECURITIES, 0));
	for who in [alice(), bob(), dave()] {
		assert_eq!(holding(CASH, &who), (CASH_EACH, 0));
	}
}

fn run_to_block(n: u64) {
	System::set_block_number(n);
	Matching::on_initialize(n);
}

#[test]
fn an_instruction_settles_every_leg_at_once_when_the_last_sender_affirms() {
	run_test(|| {
		let id = create(otc_trade(), None);
		assert_ok!(affirm(&alice(), id));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES - 100, 100), "Alice's units are held");
		assert_ok!(affirm(&bob(), id));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES - 100, 0));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES + 100, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH + 2_000, 0));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 2_020, 0));
		assert_eq!(holding(CASH, &dave()), (CASH_EACH + 20, 0));
		assert!(!Instructions::<Test>::contains_key(id));
		assert_eq!(events().last(), Some(&Event::InstructionSettled { instruction: id }));
	});
}

#[test]
fn a_refused_leg_fails_the_last_affirmation_names_the_leg_and_moves_nothing() {
	run_test(|| {
		let id = create(otc_trade(), None);
		assert_ok!(affirm(&alice(), id));
		// Dave may not receive cash any more: the broker's fee leg is refused.
		assert_ok!(Compliance::freeze_account(RuntimeOrigin::signed(issuer()), CASH, dave(), true));
		assert_noop!(
			affirm(&bob(), id),
			Error::<Test>::LegRefused { leg: 2, reason: Rejection::ReceiverAccountFrozen }
		);
		// The instruction waits; once Dave is unfrozen, Bob's affirmation settles it.
		assert_ok!(Compliance::freeze_account(
			RuntimeOrigin::signed(issuer()),
			CASH,
			dave(),
			false
		));
		assert_ok!(affirm(&bob(), id));
		assert_eq!(holding(CASH, &dave()), (CASH_EACH + 20, 0));
	});
}

#[test]
fn a_rejected_instruction_releases_what_was_reserved_and_moves_nothing() {
	run_test(|| {
		let id = create(otc_trade(), None);
		assert_ok!(affirm(&alice(), id));
		assert_noop!(
			Matching::reject_instruction(RuntimeOrigin::signed(carol()), id),
			Error::<Test>::NotAParty
		);
		// A receiver only (Dave, the broker, is paid a fee) may reject too.
		assert_ok!(Matching::reject_instruction(RuntimeOrigin::signed(dave()), id));
		nothing_moved();
		assert!(!Instructions::<Test>::contains_key(id));
		assert_noop!(affirm(&bob(), id), Error::<Test>::UnknownInstruction);
		assert!(events().contains(&Event::InstructionRejected { instruction: id, by: dave() }));
	});
}

#[test]
fn a_sender_withdraws_its_affirmation_and_the_creator_withdraws_the_instruction() {
	run_test(|| {
		let id = create(otc_trade(), Some(10));
		assert_ok!(affirm(&bob(), id));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 2_020, 2_020));
		assert_ok!(Matching::withdraw_affirmation(RuntimeOrigin::signed(bob()), id));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH, 0));
		assert_noop!(
			Matching::withdraw_affirmation(RuntimeOrigin::signed(bob()), id),
			Error::<Test>::NotAffirmed
		);
		assert_ok!(affirm(&alice(), id));
		assert_noop!(
			Matching::withdraw_instruction(RuntimeOrigin::signed(alice()), id),
			Error::<Test>::NotCreator
		);
		assert_ok!(Matching::withdraw_instruction(RuntimeOrigin::signed(dave()), id));
		nothing_moved();
		assert!(events().contains(&Event::InstructionWithdrawn { instruction: id }));
		assert!(ScheduledInstructions::<Test>::get(10).is_empty(), "its settlement slot is free");
	});
}

#[test]
fn a_booked_instruction_settles_at_its_block_and_not_before() {
	run_test(|| {
		let id = create(otc_trade(), Some(5));
		assert_ok!(affirm(&alice(), id));
		assert_ok!(affirm(&bob(), id));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES, 0), "nothing moves before block 5");
		run_to_block(4);
		assert!(Instructions::<Test>::contains_key(id));
		run_to_block(5);
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES + 100, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH + 2_000, 0));
		assert!(!Instructions::<Test>::contains_key(id));
		assert!(ScheduledInstructions::<Test>::get(5).is_empty());
		assert!(events().contains(&Event::InstructionSettled { instruction: id }));
	});
}

#[test]
fn a_block_takes_bookings_only_while_settling_them_at_their_dearest_fits_its_weight_cap() {
	run_test(|| {
		let two_legs = || -> LegsOf<Test> {
			vec![leg(alice(), bob(), SECURITY, 10), leg(bob(), alice(), CASH, 200)]
				.try_into()
				.unwrap()
		};
		let one_leg =
			|| -> LegsOf<Test> { vec![leg(alice(), bob(), SECURITY, 10)].try_into().unwrap() };
		let booking = Matching::booking_weight;
		let cap = Matching::settle_hook_base() + booking(2) + booking(1);
		MaxScheduledWeight::set(cap);
		let first = create(two_legs(), Some(7));
		// A slot is left by count, but not the weight of a second instruction of two legs.
		assert_noop!(
			Matching::create_instruction(RuntimeOrigin::signed(alice()), two_legs(), Some(7)),
			Error::<Test>::TooManyScheduled
		);
		let elsewhere = create(two_legs(), Some(8));
		let second = create(one_leg(), Some(7));
		assert_eq!(ScheduledWeight::<Test>::get(7), booking(2) + booking(1));
		// A withdrawn instruction gives its block back what it booked.
		assert_ok!(Matching::withdraw_instruction(RuntimeOrigin::signed(alice()), first));
		assert_eq!(ScheduledWeight::<Test>::get(7), booking(1));
		assert_ok!(Matching::reject_instruction(RuntimeOrigin::signed(bob()), elsewhere));
		assert!(!ScheduledWeight::<Test>::contains_key(8), "an empty block books nothing");
		let third = create(two_legs(), Some(7));
		for id in [second, third] {
			assert_ok!(affirm(&alice(), id));
		}
		assert_ok!(affirm(&bob(), third));

		System::set_block_number(7);
		let used = Matching::on_initialize(7);
		assert!(used.all_lte(cap), "settling used {used}, over the cap {cap}");
		for id in [second, third] {
			assert!(events().contains(&Event::InstructionSettled { instruction: id }));
		}
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES + 20, 0));
		assert!(!ScheduledWeight::<Test>::contains_key(7));
	});
}

#[test]
fn a_booked_instruction_fails_at_its_block_if_a_sender_has_not_affirmed_or_a_leg_is_refused() {
	run_test(|| {
		let unaffirmed = create(otc_trade(), Some(5));
		let refused = create(otc_trade(), Some(5));
		assert_ok!(affirm(&alice(), unaffirmed));
		assert_ok!(affirm(&alice(), refused));
		assert_ok!(affirm(&bob(), refused));
		// The broker's fee, the last leg, is refused: the two legs before it move and are
		// rolled back.
		assert_ok!(Compliance::freeze_account(RuntimeOrigin::signed(issuer()), CASH, dave(), true));
		run_to_block(5);
		nothing_moved();
		assert!(events().contains(&Event::InstructionFailed {
			instruction: unaffirmed,
			reason: InstructionFailure::NotAffirmed
		}));
		assert!(events().contains(&Event::InstructionFailed {
			instruction: refused,
			reason: InstructionFailure::Refused {
				leg: 2,
				reason: Rejection::ReceiverAccountFrozen
			}
		}));
		assert_eq!(Instructions::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_sender_of_several_legs_reserves_them_all_with_one_affirmation() {
	run_test(|| {
		let legs = vec![leg(bob(), alice(), CASH, 300), leg(bob(), carol(), CASH, 400)];
		let id = create(legs.try_into().unwrap(), Some(3));
		assert_ok!(affirm(&bob(), id));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 700, 700));
		assert_noop!(affirm(&bob(), id), Error::<Test>::AlreadyAffirmed);
		run_to_block(3);
		assert_eq!(holding(CASH, &carol()), (CASH_EACH + 400, 0));
	});
}

#[test]
fn bad_instructions_are_refused_with_named_errors_and_change_nothing() {
	run_test(|| {
		let create = |who: AccountId, legs: Vec<LegOf<Test>>, at| {
			Matching::create_instruction(RuntimeOrigin::signed(who), legs.try_into().unwrap(), at)
		};
		let good = || vec![leg(alice(), bob(), SECURITY, 10)];
		assert_noop!(create(stranger(), good(), None), Error::<Test>::NotIdentified);
		assert_noop!(create(alice(), vec![], None), Error::<Test>::NoLegs);
		// Carol is no party: she may not book Alice's and Bob's settlement.
		assert_noop!(create(carol(), good(), None), Error::<Test>::CreatorNotAParty);
		assert_noop!(
			create(alice(), vec![leg(alice(), bob(), SECURITY, 0)], None),
			Error::<Test>::ZeroQuantity
		);
		assert_noop!(
			create(alice(), vec![leg(alice(), alice(), SECURITY, 10)], None),
			Error::<Test>::LegToSelf
		);
		assert_noop!(
			create(alice(), vec![leg(alice(), bob(), 77, 10)], None),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			create(alice(), vec![leg(alice(), stranger(), SECURITY, 10)], None),
			Error::<Test>::PartyNotIdentified
		);
		assert_noop!(create(alice(), good(), Some(1)), Error::<Test>::SettlementBlockPassed);
		assert_ok!(create(alice(), good(), Some(7)));
		assert_ok!(create(bob(), good(), Some(7)));
		assert_noop!(create(alice(), good(), Some(7)), Error::<Test>::TooManyScheduled);
		assert_noop!(
			Matching::create_instruction(RuntimeOrigin::none(), Default::default(), None),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn bad_affirmations_are_refused_with_named_errors_and_change_nothing() {
	run_test(|| {
		let id = create(otc_trade(), None);
		assert_noop!(affirm(&alice(), 9), Error::<Test>::UnknownInstruction);
		assert_noop!(affirm(&dave(), id), Error::<Test>::NotASender);
		let big = vec![leg(alice(), bob(), SECURITY, SECURITIES + 1)];
		let too_much = create(big.try_into().unwrap(), None);
		assert_noop!(affirm(&alice(), too_much), Error::<Test>::InsufficientBalance);
		assert_noop!(
			Matching::withdraw_affirmation(RuntimeOrigin::signed(alice()), 9),
			Error::<Test>::UnknownInstruction
		);
		assert_noop!(
			Matching::reject_instruction(RuntimeOrigin::signed(alice()), 9),
			Error::<Test>::UnknownInstruction
		);
		assert_noop!(
			Matching::withdraw_instruction(RuntimeOrigin::signed(dave()), 9),
			Error::<Test>::UnknownInstruction
		);
	});
}

#[test]
fn a_block_settling_booked_instructions_weighs_their_legs_and_their_assets_checks_and_checkpoints()
{
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::traits::Hooks;
		require_kyc(SECURITY, false);
		require_kyc(CASH, true);
		take_checkpoint(SECURITY);
		let id = create(otc_trade(), Some(5));
		let gone = create(otc_trade(), Some(5));
		assert_ok!(affirm(&alice(), id));
		assert_ok!(affirm(&bob(), id));
		assert_ok!(Matching::reject_instruction(RuntimeOrigin::signed(alice()), gone));
		System::set_block_number(5);
		let weight = Matching::on_initialize(5);

		let db: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		let checks = Compliance::check_weight(SECURITY) + Compliance::check_weight(CASH) * 2;
		assert!(movement_weight(SECURITY).ref_time() > movement_weight(CASH).ref_time());
		// Each leg also moves both its parties' holdings.
		let kept = movement_weight(SECURITY)
			+ movement_weight(CASH) * 2
			+ holding_weight(SECURITY) * 2
			+ holding_weight(CASH) * 4;
		let settled = <Test as Config>::WeightInfo::settle_scheduled(3) + checks + kept;
		// The hook's own reads and writes, the one booked id looked up and settled: the
		// rejected one left the block's list when it was rejected.
		assert_eq!(weight, Matching::settle_hook_base() + db.reads(1) + settled);
		assert!(events().contains(&Event::InstructionSettled { instruction: id }));
	});
}

#[test]
fn the_affirmation_that_settles_is_charged_for_its_legs_assets_checks_and_checkpoints() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		require_kyc(SECURITY, false);
		require_kyc(CASH, true);
		take_checkpoint(CASH);
		let id = create(otc_trade(), None);
		let affirmed = |who: AccountId| {
			Matching::affirm_instruction(RuntimeOrigin::signed(who), id)
				.expect("affirmed")
				.actual_weight
				.expect("charged after dispatch")
		};
		let own = <Test as Config>::WeightInfo::affirm_instruction(3);
		assert_eq!(affirmed(alice()), own, "the first affirmation settles nothing");
		let checks = Compliance::check_weight(SECURITY) + Compliance::check_weight(CASH) * 2;
		assert!(movement_weight(CASH).ref_time() > movement_weight(SECURITY).ref_time());
		let kept = movement_weight(SECURITY)
			+ movement_weight(CASH) * 2
			+ holding_weight(SECURITY) * 2
			+ holding_weight(CASH) * 4;
		let last = affirmed(bob());
		assert_eq!(last, own + checks + kept);
		assert!(last.all_lt(Matching::affirm_weight()));
		assert!(events().contains(&Event::InstructionSettled { instruction: id }));
	});
}

#[test]
fn a_leg_that_makes_or_lets_go_a_holder_is_charged_for_the_holder_counts_on_settling() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::traits::Hooks;
		let holders = <Token as pallet_token::AssetLedger<_, _, _>>::holders_changed_weight();
		assert!(holders.ref_time() > 0);
		// Alice hands over every security she has; Bob pays in cash, which both hold.
		let legs: LegsOf<Test> =
			vec![leg(alice(), bob(), SECURITY, SECURITIES), leg(bob(), alice(), CASH, 2_000)]
				.try_into()
				.unwrap();
		let id = create(legs, None);
		assert_ok!(affirm(&alice(), id));
		let last = Matching::affirm_instruction(RuntimeOrigin::signed(bob()), id)
			.expect("settled")
			.actual_weight
			.expect("charged after dispatch");
		let kept = (holding_weight(SECURITY) + holding_weight(CASH)) * 2;
		assert_eq!(last, <Test as Config>::WeightInfo::affirm_instruction(2) + kept + holders);
		assert_eq!(holding(SECURITY, &alice()), (0, 0));

		// Booked for a block: Bob hands everything back, and Alice holds again.
		let back: LegsOf<Test> =
			vec![leg(bob(), alice(), SECURITY, SECURITIES), leg(alice(), bob(), CASH, 2_000)]
				.try_into()
				.unwrap();
		let booked = create(back, Some(5));
		assert_ok!(affirm(&bob(), booked));
		assert_ok!(affirm(&alice(), booked));
		System::set_block_number(5);
		let weight = Matching::on_initialize(5);
		let db: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		let settled = <Test as Config>::WeightInfo::settle_scheduled(2) + kept + holders;
		assert_eq!(weight, Matching::settle_hook_base() + db.reads(1) + settled);
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));
		assert!(events().contains(&Event::InstructionSettled { instruction: booked }));
	});
}
