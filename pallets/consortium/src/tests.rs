use crate::{mock::*, Error, Event, Validators};
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::{traits::Hash, DispatchError};

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn governance_adds_a_validator_that_the_next_session_receives() {
	run_test(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(validators(), vec![1, 2, 3, 4]);
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		assert_eq!(Consortium::new_session(1), Some(vec![1, 2, 3, 4]));
	});
}

#[test]
fn governance_removes_a_validator_that_the_next_session_no_longer_receives() {
	run_test(|| {
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(validators(), vec![1, 3]);
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());
		assert_eq!(Consortium::new_session(1), Some(vec![1, 3]));
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
