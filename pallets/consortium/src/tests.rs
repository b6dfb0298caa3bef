use crate::{mock::*, Error, Event, Validators};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use pallet_session::SessionManager;
use sp_runtime::{testing::UintAuthorityId, traits::Hash, DispatchError};

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

fn session_index() -> u32 {
	pallet_session::CurrentIndex::<Test>::get()
}

fn active() -> Vec<u64> {
	pallet_session::Validators::<Test>::get()
}

fn queued() -> Vec<(u64, UintAuthorityId)> {
	pallet_session::QueuedKeys::<Test>::get()
}

fn set_keys(validator: u64, key: u64) {
	assert_ok!(Session::set_keys(RuntimeOrigin::signed(validator), UintAuthorityId(key), vec![]));
}

#[test]
fn sessions_do_not_end_while_nothing_changes() {
	run_test(|| {
		run_to_block(10 * SESSION_PERIOD);
		assert_eq!(session_index(), 0);
		assert_eq!(active(), vec![1, 2, 3]);
		assert_eq!(Consortium::new_session(1), None);
	});
}

#[test]
fn governance_adds_a_validator_that_authors_from_the_session_after_next() {
	run_test(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(validators(), vec![1, 2, 3, 4]);
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		set_keys(4, 4);

		// Not before a period boundary.
		run_to_block(SESSION_PERIOD - 1);
		assert_eq!(session_index(), 0);
		// The first ending queues the four, the second makes them active.
		run_to_block(SESSION_PERIOD);
		assert_eq!(session_index(), 1);
		assert_eq!(active(), vec![1, 2, 3]);
		assert_eq!(queued().len(), 4);
		run_to_block(2 * SESSION_PERIOD);
		assert_eq!(session_index(), 2);
		assert_eq!(active(), vec![1, 2, 3, 4]);
		// Then sessions go on.
		run_to_block(6 * SESSION_PERIOD);
		assert_eq!(session_index(), 2);
	});
}

#[test]
fn an_added_validator_without_keys_ends_no_session_until_it_sets_them() {
	run_test(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		run_to_block(3 * SESSION_PERIOD);
		assert_eq!(session_index(), 0);

		set_keys(4, 4);
		run_to_block(5 * SESSION_PERIOD);
		assert_eq!(session_index(), 2);
		assert_eq!(active(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn governance_removes_a_validator_that_leaves_at_the_session_after_next() {
	run_test(|| {
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(validators(), vec![1, 3]);
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());

		run_to_block(SESSION_PERIOD);
		assert_eq!(queued(), vec![(1, UintAuthorityId(1)), (3, UintAuthorityId(3))]);
		run_to_block(6 * SESSION_PERIOD);
		assert_eq!(session_index(), 2);
		assert_eq!(active(), vec![1, 3]);
	});
}

#[test]
fn a_validator_that_purges_its_keys_leaves_the_set_at_the_session_after_next() {
	run_test(|| {
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(3)));
		run_to_block(6 * SESSION_PERIOD);
		assert_eq!(session_index(), 2);
		assert_eq!(active(), vec![1, 2]);
		// Still a validator of the consortium: new keys bring it back.
		set_keys(3, 33);
		run_to_block(10 * SESSION_PERIOD);
		assert_eq!(session_index(), 4);
		assert_eq!(active(), vec![1, 2, 3]);
	});
}

#[test]
fn new_keys_of_a_validator_end_two_sessions_and_then_none() {
	run_test(|| {
		set_keys(2, 22);
		run_to_block(SESSION_PERIOD);
		assert_eq!(session_index(), 1);
		assert!(queued().contains(&(2, UintAuthorityId(22))));
		assert!(pallet_session::QueuedChanged::<Test>::get());

		run_to_block(6 * SESSION_PERIOD);
		assert_eq!(session_index(), 2);
		assert!(!pallet_session::QueuedChanged::<Test>::get());
		assert_eq!(Session::load_keys(&2), Some(UintAuthorityId(22)));
		assert_eq!(active(), vec![1, 2, 3]);
	});
}

#[test]
fn the_session_check_is_charged_at_period_boundaries_only() {
	run_test(|| {
		let check = <() as crate::WeightInfo>::session_change_check();
		assert_eq!(Consortium::on_initialize(SESSION_PERIOD), check);
		assert_eq!(Consortium::on_initialize(2 * SESSION_PERIOD), check);
		assert_eq!(Consortium::on_initialize(SESSION_PERIOD + 1), Weight::zero());
	});
}

#[test]
fn a_signed_account_cannot_change_the_validator_set() {
	run_test(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_eq!(validators(), vec![1, 2, 3]);
	});
}

#[test]
fn adding_an_existing_validator_fails_and_changes_nothing() {
	run_test(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn the_set_cannot_grow_past_max_validators() {
	run_test(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 5));
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 6),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn removing_a_non_validator_fails_and_changes_nothing() {
	run_test(|| {
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn the_set_cannot_shrink_below_min_validators() {
	run_test(|| {
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 3));
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::TooFewValidators
		);
		assert_eq!(validators(), vec![1, 2]);
	});
}

#[test]
fn governance_authorizes_an_upgrade_by_code_hash() {
	run_test(|| {
		let code_hash = <Test as frame_system::Config>::Hashing::hash(b"new runtime");
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), code_hash));
		let authorized = frame_system::Pallet::<Test>::authorized_upgrade().expect("authorized");
		assert_eq!(authorized.code_hash(), &code_hash);
		System::assert_last_event(Event::UpgradeAuthorized { code_hash }.into());
	});
}

#[test]
fn a_signed_account_cannot_authorize_an_upgrade() {
	run_test(|| {
		let code_hash = <Test as frame_system::Config>::Hashing::hash(b"new runtime");
		assert_noop!(
			Consortium::authorize_upgrade(RuntimeOrigin::signed(1), code_hash),
			DispatchError::BadOrigin
		);
		assert!(frame_system::Pallet::<Test>::authorized_upgrade().is_none());
	});
}
