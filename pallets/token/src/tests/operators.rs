//! Operators (ERC-1410): for all partitions or one, authorised and revoked by the holder.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn broker() -> AccountId {
	account(50)
}

#[test]
fn an_operator_for_all_partitions_transfers_and_redeems_for_the_holder() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, LOCKED, &alice(), 100);
		assert_ok!(Token::authorize_operator(
			RuntimeOrigin::signed(alice()),
			ASSET,
			broker(),
			None
		));
		assert_eq!(
			last_event(),
			Event::OperatorAuthorized {
				asset: ASSET,
				holder: alice(),
				operator: broker(),
				partition: None
			}
		);
		assert_ok!(Token::operator_transfer(
			RuntimeOrigin::signed(broker()),
			ASSET,
			LOCKED,
			alice(),
			bob(),
			40,
			data(b"block trade")
		));
		assert_eq!(
			last_event(),
			Event::Transferred {
				asset: ASSET,
				partition: LOCKED,
				from: alice(),
				to: bob(),
				amount: 40,
				operator: Some(broker()),
				data: data(b"block trade"),
			}
		);
		assert_ok!(Token::operator_redeem(
			RuntimeOrigin::signed(broker()),
			ASSET,
			DEFAULT,
			alice(),
			30,
			data(b"")
		));
		assert_eq!(balance(ASSET, &alice(), LOCKED), 60);
		assert_eq!(balance(ASSET, &alice(), DEFAULT), 70);
		assert_eq!(balance(ASSET, &bob(), LOCKED), 40);
		assert_eq!(supply(ASSET), 170);
	});
}

#[test]
fn a_partition_operator_acts_in_its_partition_only() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, LOCKED, &alice(), 100);
		assert_ok!(Token::authorize_operator(
			RuntimeOrigin::signed(alice()),
			ASSET,
			broker(),
			Some(LOCKED)
		));
		assert!(Token::is_operator(ASSET, &alice(), &broker(), LOCKED));
		assert!(!Token::is_operator(ASSET, &alice(), &broker(), DEFAULT));
		assert_ok!(Token::operator_transfer(
			RuntimeOrigin::signed(broker()),
			ASSET,
			LOCKED,
			alice(),
			bob(),
			10,
			data(b"")
		));
		assert_noop!(
			Token::operator_transfer(
				RuntimeOrigin::signed(broker()),
				ASSET,
				DEFAULT,
				alice(),
				bob(),
				10,
				data(b"")
			),
			Error::<Test>::NotOperator
		);
	});
}

#[test]
fn an_operator_of_one_asset_is_no_operator_of_another() {
	run_test(|| {
		issue(CASH, DEFAULT, &alice(), 100);
		assert_ok!(Token::authorize_operator(
			RuntimeOrigin::signed(alice()),
			ASSET,
			broker(),
			None
		));
		assert_noop!(
			Token::operator_transfer(
				RuntimeOrigin::signed(broker()),
				CASH,
				DEFAULT,
				alice(),
				broker(),
				100,
				data(b"")
			),
			Error::<Test>::NotOperator
		);
	});
}

#[test]
fn a_revoked_operator_can_no_longer_act() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		let holder = RuntimeOrigin::signed(alice());
		assert_ok!(Token::authorize_operator(holder.clone(), ASSET, broker(), None));
		assert_ok!(Token::revoke_operator(holder, ASSET, broker(), None));
		assert_eq!(
			last_event(),
			Event::OperatorRevoked {
				asset: ASSET,
				holder: alice(),
				operator: broker(),
				partition: None
			}
		);
		assert_noop!(
			Token::operator_redeem(
				RuntimeOrigin::signed(broker()),
				ASSET,
				DEFAULT,
				alice(),
				1,
				data(b"")
			),
			Error::<Test>::NotOperator
		);
	});
}

#[test]
fn authorisations_are_revoked_exactly_as_given() {
	run_test(|| {
		let holder = RuntimeOrigin::signed(alice());
		assert_ok!(Token::authorize_operator(holder.clone(), ASSET, broker(), Some(LOCKED)));
		assert_noop!(
			Token::revoke_operator(holder.clone(), ASSET, broker(), None),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Token::authorize_operator(holder.clone(), ASSET, broker(), Some(LOCKED)),
			Error::<Test>::AlreadyOperator
		);
		assert_noop!(
			Token::authorize_operator(holder.clone(), ASSET, alice(), None),
			Error::<Test>::OperatorIsHolder
		);
		assert_ok!(Token::revoke_operator(holder, ASSET, broker(), Some(LOCKED)));
	});
}

#[test]
fn an_operator_transfer_is_cleared_by_compliance_like_the_holders_own() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Token::authorize_operator(
			RuntimeOrigin::signed(alice()),
			ASSET,
			broker(),
			None
		));
		// The broker may act, but not send to someone compliance does not know.
		assert_noop!(
			Token::operator_transfer(
				RuntimeOrigin::signed(broker()),
				ASSET,
				DEFAULT,
				alice(),
				stranger(),
				10,
				data(b"")
			),
			refused(pallet_compliance::Rejection::ReceiverNotIdentified)
		);
	});
}
