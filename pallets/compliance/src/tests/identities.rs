use super::check;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn a_registrar_registers_an_identity_with_its_first_key() {
	run_test(|| {
		let id = register(&account(1));
		assert_eq!(Compliance::active_identity(&account(1)), Some(id));
		let record = Identities::<Test>::get(id).unwrap();
		assert_eq!(record.keys.into_inner(), vec![account(1)]);
		assert_eq!(record.registrar, registrar());
		assert_eq!(
			events().last().cloned(),
			Some(Event::IdentityRegistered {
				identity: id,
				kind: IdentityKind::Person,
				key: account(1),
				registrar: registrar()
			})
		);
	});
}

#[test]
fn only_a_registrar_registers_identities() {
	run_test(|| {
		assert_noop!(
			Compliance::register_identity(
				RuntimeOrigin::signed(account(1)),
				account(1),
				IdentityKind::Person
			),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn a_key_of_one_identity_cannot_start_another() {
	run_test(|| {
		register(&account(1));
		assert_noop!(
			Compliance::register_identity(
				RuntimeOrigin::signed(registrar()),
				account(1),
				IdentityKind::Entity
			),
			Error::<Test>::KeyInUse
		);
	});
}

#[test]
fn governance_appoints_and_removes_registrars_and_nobody_else_does() {
	run_test(|| {
		assert_noop!(
			Compliance::add_registrar(RuntimeOrigin::signed(registrar()), account(9)),
			DispatchError::BadOrigin
		);
		assert_ok!(Compliance::add_registrar(RuntimeOrigin::root(), account(9)));
		assert_noop!(
			Compliance::add_registrar(RuntimeOrigin::root(), account(9)),
			Error::<Test>::AlreadyRegistrar
		);
		assert_ok!(Compliance::remove_registrar(RuntimeOrigin::root(), account(9)));
		assert_noop!(
			Compliance::remove_registrar(RuntimeOrigin::root(), account(9)),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			Compliance::register_identity(
				RuntimeOrigin::signed(account(9)),
				account(1),
				IdentityKind::Person
			),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn an_invited_key_joins_the_identity_when_it_accepts() {
	run_test(|| {
		let id = register(&account(1));
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(2)));
		assert_eq!(Compliance::active_identity(&account(2)), None, "not before it accepts");
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(2)), id));
		assert_eq!(Compliance::active_identity(&account(2)), Some(id));
		assert!(Identities::<Test>::get(id).unwrap().invited.is_empty());
		assert_eq!(events().last(), Some(&Event::KeyAdded { identity: id, key: account(2) }));
	});
}

#[test]
fn a_key_cannot_join_an_identity_that_did_not_invite_it() {
	run_test(|| {
		let id = register(&account(1));
		let other = register(&account(3));
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(3)), account(2)));
		assert_noop!(
			Compliance::join_identity(RuntimeOrigin::signed(account(2)), id),
			Error::<Test>::NotInvited
		);
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(2)), other));
	});
}

#[test]
fn an_account_without_identity_cannot_invite() {
	run_test(|| {
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(2)),
			Error::<Test>::NotIdentified
		);
	});
}

/// An identity with primary key `account(1)` and the other keys `others`.
fn identity_with_keys(others: &[u8]) -> IdentityId {
	let id = register(&account(1));
	for key in others {
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(*key)));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(*key)), id));
	}
	id
}

#[test]
fn an_identity_cannot_grow_past_its_key_limit() {
	run_test(|| {
		identity_with_keys(&[2, 3, 4]);
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(5)),
			Error::<Test>::TooManyKeys
		);
	});
}

#[test]
fn a_key_leaves_its_identity_but_the_last_key_stays() {
	run_test(|| {
		identity_with_keys(&[2]);
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(account(2)), account(2)));
		assert_eq!(Compliance::active_identity(&account(2)), None);
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(account(1)), account(1)),
			Error::<Test>::LastKey
		);
	});
}

#[test]
fn only_the_primary_key_invites_and_removes_other_keys() {
	run_test(|| {
		let id = identity_with_keys(&[2, 3]);
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(2)), account(4)),
			Error::<Test>::NotPrimaryKey
		);
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(account(2)), account(3)),
			Error::<Test>::NotPrimaryKey
		);
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(account(2)), account(1)),
			Error::<Test>::PrimaryKey
		);
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(account(1)), account(3)));
		assert_eq!(
			Identities::<Test>::get(id).unwrap().keys.into_inner(),
			vec![account(1), account(2)]
		);
		assert_eq!(events().last(), Some(&Event::KeyRemoved { identity: id, key: account(3) }));
	});
}

#[test]
fn the_primary_key_hands_its_role_to_another_key_and_can_then_be_removed() {
	run_test(|| {
		let id = identity_with_keys(&[2]);
		assert_noop!(
			Compliance::set_primary_key(RuntimeOrigin::signed(account(2)), account(2)),
			Error::<Test>::NotPrimaryKey
		);
		assert_noop!(
			Compliance::set_primary_key(RuntimeOrigin::signed(account(1)), account(1)),
			Error::<Test>::AlreadyPrimaryKey
		);
		register(&account(5));
		assert_noop!(
			Compliance::set_primary_key(RuntimeOrigin::signed(account(1)), account(5)),
			Error::<Test>::NotAKeyOfIdentity
		);
		assert_ok!(Compliance::set_primary_key(RuntimeOrigin::signed(account(1)), account(2)));
		assert_eq!(events().last(), Some(&Event::PrimaryKeySet { identity: id, key: account(2) }));
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(3)),
			Error::<Test>::NotPrimaryKey
		);
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(account(2)), account(1)));
		assert_eq!(Identities::<Test>::get(id).unwrap().keys.into_inner(), vec![account(2)]);
	});
}

#[test]
fn invitations_count_against_the_key_limit_until_joined_or_withdrawn() {
	run_test(|| {
		let id = identity_with_keys(&[2]);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(3)));
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(3)),
			Error::<Test>::AlreadyInvited
		);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(4)));
		// Two keys and two invitations fill the limit of four.
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(5)),
			Error::<Test>::TooManyKeys
		);
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(account(2)), account(4)),
			Error::<Test>::NotPrimaryKey
		);
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(account(1)), account(4)));
		assert_eq!(
			events().last(),
			Some(&Event::KeyInvitationWithdrawn { identity: id, key: account(4) })
		);
		assert_noop!(
			Compliance::join_identity(RuntimeOrigin::signed(account(4)), id),
			Error::<Test>::NotInvited
		);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(5)));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(3)), id));
		assert_eq!(Identities::<Test>::get(id).unwrap().invited.into_inner(), vec![account(5)]);
	});
}

#[test]
fn recovering_a_lost_primary_key_makes_the_new_key_primary() {
	run_test(|| {
		let id = identity_with_keys(&[2]);
		assert_ok!(Compliance::recover_key(
			RuntimeOrigin::signed(registrar()),
			id,
			account(1),
			account(7)
		));
		assert_eq!(
			Identities::<Test>::get(id).unwrap().keys.into_inner(),
			vec![account(7), account(2)]
		);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(7)), account(3)));
	});
}

#[test]
fn a_key_cannot_remove_a_key_of_another_identity() {
	run_test(|| {
		register(&account(1));
		register(&account(2));
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(account(1)), account(2)),
			Error::<Test>::NotAKeyOfIdentity
		);
	});
}

#[test]
fn a_key_that_holds_assets_cannot_leave_its_identity() {
	run_test(|| {
		let id = investor(&account(1), b"US");
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(2)));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(2)), id));
		assert_ok!(issue(ASSET, &account(2), 10));
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(account(1)), account(2)),
			Error::<Test>::KeyHoldsAssets
		);
	});
}

#[test]
fn the_registrar_recovers_a_lost_key_and_the_identity_keeps_its_claims() {
	run_test(|| {
		let id = investor(&account(1), b"US");
		let receiver = account(9);
		investor(&receiver, b"US");
		assert_ok!(Compliance::recover_key(
			RuntimeOrigin::signed(registrar()),
			id,
			account(1),
			account(2)
		));
		assert_eq!(
			Compliance::active_identity(&account(1)),
			None,
			"an empty lost key leaves at once"
		);
		assert_eq!(Compliance::active_identity(&account(2)), Some(id));
		assert!(Claims::<Test>::contains_key(id, ClaimTopic::Kyc), "claims stay");
		assert_ok!(issue(ASSET, &account(2), 10));
		assert_ok!(transfer(ASSET, &account(2), &receiver, 10));
	});
}

#[test]
fn a_lost_key_that_holds_assets_stays_revoked_until_a_controller_empties_it() {
	run_test(|| {
		let id = investor(&account(1), b"US");
		investor(&account(9), b"US");
		assert_ok!(issue(ASSET, &account(1), 10));
		assert_ok!(Compliance::recover_key(RuntimeOrigin::root(), id, account(1), account(2)));
		assert_eq!(RevokedKeys::<Test>::get(account(1)), Some(id));
		assert_eq!(Compliance::active_identity(&account(1)), None, "only active keys are there");
		// Still its identity's key: no other identity may take it.
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(9)), account(1)),
			Error::<Test>::KeyInUse
		);
		assert_eq!(
			events().last(),
			Some(&Event::KeyRecovered {
				identity: id,
				lost: account(1),
				new: account(2),
				revoked: true
			})
		);
		// The thief holding the lost key can neither send nor act for the identity.
		assert_eq!(check(&account(1), &account(9), 10), Err(Rejection::SenderKeyRevoked));
		assert_eq!(check(&account(9), &account(1), 1), Err(Rejection::ReceiverKeyRevoked));
		assert_noop!(
			Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(3)),
			Error::<Test>::NotIdentified
		);
		// The controller moves the balance to the new key; then the lost key can go.
		force_transfer(ASSET, &account(1), &account(2), 10);
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(account(2)), account(1)));
		assert!(!RevokedKeys::<Test>::contains_key(account(1)));
		assert_ok!(transfer(ASSET, &account(2), &account(9), 10));
	});
}

#[test]
fn a_removed_registrar_can_no_longer_recover_the_keys_it_registered() {
	run_test(|| {
		let id = register(&account(1));
		assert_ok!(Compliance::remove_registrar(RuntimeOrigin::root(), registrar()));
		assert_noop!(
			Compliance::recover_key(RuntimeOrigin::signed(registrar()), id, account(1), account(2)),
			Error::<Test>::NotIdentityRegistrar
		);
		assert_ok!(Compliance::recover_key(RuntimeOrigin::root(), id, account(1), account(2)));
	});
}

#[test]
fn only_the_identitys_registrar_or_governance_recovers_its_keys() {
	run_test(|| {
		let id = register(&account(1));
		assert_ok!(Compliance::add_registrar(RuntimeOrigin::root(), account(8)));
		assert_noop!(
			Compliance::recover_key(RuntimeOrigin::signed(account(8)), id, account(1), account(2)),
			Error::<Test>::NotIdentityRegistrar
		);
		assert_noop!(
			Compliance::recover_key(RuntimeOrigin::signed(account(1)), id, account(1), account(2)),
			Error::<Test>::NotIdentityRegistrar
		);
		assert_noop!(
			Compliance::recover_key(RuntimeOrigin::root(), id + 1, account(1), account(2)),
			Error::<Test>::UnknownIdentity
		);
		register(&account(3));
		assert_noop!(
			Compliance::recover_key(RuntimeOrigin::root(), id, account(1), account(3)),
			Error::<Test>::KeyInUse
		);
		assert_noop!(
			Compliance::recover_key(RuntimeOrigin::root(), id, account(3), account(4)),
			Error::<Test>::NotAKeyOfIdentity
		);
	});
}

#[test]
fn every_active_key_carries_its_identitys_sanction_claims() {
	run_test(|| {
		let carried =
			|key: u8| KeyIdentity::<Test>::get(account(key)).map(|k| k.sanction_claims.len());
		let id = investor(&account(1), b"US");
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(2)));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(2)), id));
		assert_eq!((carried(1), carried(2)), (Some(0), Some(0)));

		// A sanction claim reaches every key, and a key that joins later.
		claim(&screener(), id, Claim::Sanctioned);
		assert_eq!((carried(1), carried(2)), (Some(1), Some(1)));
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(account(1)), account(3)));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(3)), id));
		assert_eq!(carried(3), Some(1));
		let other = account(9);
		investor(&other, b"US");
		assert_ok!(issue(ASSET, &other, 10));
		assert_eq!(
			Compliance::check_transfer(ASSET, &other, &account(3), 1),
			Err(Rejection::ReceiverSanctioned)
		);

		// A key recovered in place of a lost one carries them too.
		assert_ok!(Compliance::recover_key(
			RuntimeOrigin::signed(registrar()),
			id,
			account(2),
			account(4)
		));
		assert_eq!((carried(2), carried(4)), (None, Some(1)));

		// A claim renewed with an expiry reaches every key: once it expires, no key is
		// refused, though the claim is still on record.
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(screener()),
			id,
			Claim::Sanctioned,
			Scope::Global,
			Some(START + 1),
			Default::default(),
		));
		for key in [1, 3, 4] {
			let record = KeyIdentity::<Test>::get(account(key)).expect("active");
			assert_eq!(record.sanction_claims[0].expires_at, Some(START + 1), "key {key}");
		}
		set_now(START + 1);
		assert_ok!(Compliance::check_transfer(ASSET, &other, &account(3), 1));

		// Revoking the last sanction claim clears every key.
		assert_ok!(Compliance::revoke_claim(
			RuntimeOrigin::signed(screener()),
			id,
			ClaimTopic::Sanctioned,
			screener(),
			Scope::Global
		));
		assert_eq!((carried(1), carried(3), carried(4)), (Some(0), Some(0), Some(0)));
		// Another identity's claims leave these keys alone.
		claim(
			&screener(),
			Compliance::active_identity(&other).expect("identified"),
			Claim::Sanctioned,
		);
		assert_eq!(carried(1), Some(0));
		assert_eq!(carried(9), Some(1));
	});
}
