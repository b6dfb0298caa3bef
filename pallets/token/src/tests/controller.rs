//! Controller operations (ERC-1644) and recovery of a lost key (ERC-3643).

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_compliance::Rejection;

#[test]
fn the_controller_forces_a_transfer_past_the_rules_and_records_why() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		// Alice's account is frozen: she cannot send, but a court order still moves it.
		let agent = RuntimeOrigin::signed(issuer());
		assert_ok!(Compliance::freeze_account(agent, ASSET, alice(), true));
		assert_noop!(
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, bob(), 10, data(b"")),
			refused(Rejection::SenderAccountFrozen)
		);
		assert_ok!(Token::controller_transfer(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			DEFAULT,
			alice(),
			bob(),
			60,
			data(b"court order 2026/118")
		));
		assert_eq!(balance(ASSET, &alice(), DEFAULT), 40);
		assert_eq!(balance(ASSET, &bob(), DEFAULT), 60);
		assert_eq!(
			last_event(),
			Event::ControllerTransfer {
				asset: ASSET,
				partition: DEFAULT,
				from: alice(),
				to: bob(),
				amount: 60,
				controller: issuer(),
				reason: data(b"court order 2026/118"),
			}
		);
	});
}

#[test]
fn the_controller_forces_a_redemption() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Token::controller_redeem(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			DEFAULT,
			alice(),
			100,
			data(b"erroneous issuance")
		));
		assert_eq!(total(ASSET, &alice()), 0);
		assert_eq!(supply(ASSET), 0);
		assert_eq!(
			last_event(),
			Event::ControllerRedemption {
				asset: ASSET,
				partition: DEFAULT,
				from: alice(),
				amount: 100,
				controller: issuer(),
				reason: data(b"erroneous issuance"),
			}
		);
	});
}

#[test]
fn nobody_but_the_controller_forces_anything() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_noop!(
			Token::controller_transfer(
				RuntimeOrigin::signed(bob()),
				ASSET,
				DEFAULT,
				alice(),
				bob(),
				1,
				data(b"")
			),
			Error::<Test>::NotController
		);
		assert_noop!(
			Token::controller_redeem(
				RuntimeOrigin::signed(bob()),
				ASSET,
				DEFAULT,
				alice(),
				1,
				data(b"")
			),
			Error::<Test>::NotController
		);
	});
}

#[test]
fn an_asset_without_a_controller_cannot_be_forced() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Token::renounce_control(RuntimeOrigin::signed(issuer()), ASSET));
		assert_noop!(
			Token::controller_transfer(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				DEFAULT,
				alice(),
				bob(),
				1,
				data(b"")
			),
			Error::<Test>::NotControllable
		);
		assert_noop!(
			Token::recover_balances(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				alice(),
				bob(),
				data(b"")
			),
			Error::<Test>::NotControllable
		);
	});
}

#[test]
fn a_lost_keys_balances_move_in_every_partition_to_a_new_key_of_the_same_identity() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, LOCKED, &alice(), 25);
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		let new_key = account(21);
		// The registrar recovers the identity: the lost key holds assets, so it is revoked
		// rather than removed, and may no longer send.
		assert_ok!(Compliance::recover_key(
			RuntimeOrigin::signed(registrar()),
			alice_id,
			alice(),
			new_key.clone()
		));
		assert_noop!(
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, bob(), 1, data(b"")),
			refused(Rejection::SenderKeyRevoked)
		);
		assert_ok!(Token::recover_balances(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			alice(),
			new_key.clone(),
			data(b"ticket 7781: lost device")
		));
		assert_eq!(total(ASSET, &alice()), 0);
		assert_eq!(balance(ASSET, &new_key, DEFAULT), 100);
		assert_eq!(balance(ASSET, &new_key, LOCKED), 25);
		let recovered: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::BalanceRecovered { partition, amount, .. } => Some((partition, amount)),
				_ => None,
			})
			.collect();
		assert_eq!(recovered, vec![(DEFAULT, 100), (LOCKED, 25)]);
	});
}

#[test]
fn recovery_moves_balances_within_one_identity_only() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_noop!(
			Token::recover_balances(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				alice(),
				bob(),
				data(b"")
			),
			Error::<Test>::NotSameIdentity
		);
		assert_noop!(
			Token::recover_balances(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				alice(),
				stranger(),
				data(b"")
			),
			Error::<Test>::NotSameIdentity
		);
	});
}

#[test]
fn recovery_waits_for_the_lost_keys_orders_to_be_cancelled() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(<Token as AssetLedger<_, _, _>>::reserve(ASSET, &DEFAULT, &alice(), 10));
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		let new_key = account(21);
		add_key(&alice(), alice_id, &new_key);
		assert_noop!(
			Token::recover_balances(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				alice(),
				new_key.clone(),
				data(b"")
			),
			Error::<Test>::BalanceReserved
		);
		assert_noop!(
			Token::recover_balances(
				RuntimeOrigin::signed(issuer()),
				CASH,
				alice(),
				new_key,
				data(b"")
			),
			Error::<Test>::NothingToRecover
		);
	});
}

#[test]
fn a_forced_transfer_cannot_take_reserved_units() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(<Token as AssetLedger<_, _, _>>::reserve(ASSET, &DEFAULT, &alice(), 80));
		assert_noop!(
			Token::controller_transfer(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				DEFAULT,
				alice(),
				bob(),
				21,
				data(b"")
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn a_forced_transfer_to_the_same_account_is_refused_and_unfreezes_nothing() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		assert_ok!(Compliance::set_partial_freeze(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			alice_id,
			100
		));
		assert_noop!(
			Token::controller_transfer(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				DEFAULT,
				alice(),
				alice(),
				100,
				data(b"")
			),
			Error::<Test>::TransferToSelf
		);
		assert_noop!(
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, bob(), 1, data(b"")),
			refused(Rejection::HoldingPartlyFrozen)
		);
	});
}
