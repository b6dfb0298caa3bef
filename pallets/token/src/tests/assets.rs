//! Creating assets, their identifiers, roles and ownership.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

const APPLE_ISIN: [u8; 12] = *b"US0378331005";
const APPLE_CUSIP: [u8; 9] = *b"037833100";
const APPLE_LEI: [u8; 20] = *b"HWUPKR0MPOU8FGXBT394";

#[test]
fn an_identity_creates_an_asset_and_holds_every_role() {
	run_test(|| {
		let owner = pallet_compliance::Pallet::<Test>::active_identity(&issuer()).unwrap();
		let asset = NextAssetId::<Test>::get();
		assert_ok!(Token::create_asset(
			RuntimeOrigin::signed(issuer()),
			bounded(b"Apple Inc. common stock"),
			bounded(b"AAPL"),
			AssetKind::Equity,
			6,
			identifiers(&[
				AssetIdentifier::Isin(APPLE_ISIN),
				AssetIdentifier::Cusip(APPLE_CUSIP),
				AssetIdentifier::Lei(APPLE_LEI),
			]),
			Some(1_000_000),
		));
		let details = Assets::<Test>::get(asset).unwrap();
		assert_eq!(details.symbol.to_vec(), b"AAPL".to_vec());
		assert_eq!(details.decimals, 6);
		assert_eq!(details.supply_cap, Some(1_000_000));
		assert!(details.issuance_open);
		assert_eq!(
			details.roles,
			AssetRoles {
				owner,
				issuance_agent: owner,
				controller: Some(owner),
				corporate_actions_agent: owner,
			}
		);
		assert_eq!(AssetByIdentifier::<Test>::get(AssetIdentifier::Isin(APPLE_ISIN)), Some(asset));
		assert_eq!(
			last_event(),
			Event::AssetCreated { asset, owner, kind: AssetKind::Equity, decimals: 6 }
		);
		// Compliance knows the asset, with the creator as its compliance agent.
		assert_eq!(
			pallet_compliance::ComplianceAgents::<Test>::get(asset),
			Some(owner),
			"the creator is the compliance agent"
		);
	});
}

#[test]
fn assets_are_numbered_in_sequence() {
	run_test(|| {
		let next = create(&issuer(), b"NEXT", AssetKind::Debt);
		assert_eq!(next, CASH + 1);
		assert_eq!(NextAssetId::<Test>::get(), next + 1);
	});
}

#[test]
fn a_key_without_an_identity_cannot_create_an_asset() {
	run_test(|| {
		assert_noop!(
			Token::create_asset(
				RuntimeOrigin::signed(stranger()),
				bounded(b"Nobody's"),
				bounded(b"NOPE"),
				AssetKind::Other,
				0,
				identifiers(&[]),
				None,
			),
			Error::<Test>::NotIdentified
		);
	});
}

#[test]
fn an_identifier_with_a_wrong_check_digit_is_refused() {
	run_test(|| {
		for bad in [
			AssetIdentifier::Isin(*b"US0378331006"),
			AssetIdentifier::Cusip(*b"037833101"),
			AssetIdentifier::Lei(*b"HWUPKR0MPOU8FGXBT395"),
		] {
			assert_noop!(
				Token::set_identifiers(RuntimeOrigin::signed(issuer()), ASSET, identifiers(&[bad])),
				Error::<Test>::InvalidIdentifier
			);
		}
	});
}

#[test]
fn two_assets_cannot_share_an_identifier() {
	run_test(|| {
		assert_ok!(Token::set_identifiers(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			identifiers(&[isin(&APPLE_ISIN)])
		));
		assert_noop!(
			Token::set_identifiers(
				RuntimeOrigin::signed(issuer()),
				CASH,
				identifiers(&[isin(&APPLE_ISIN)])
			),
			Error::<Test>::DuplicateIdentifier
		);
	});
}

#[test]
fn an_asset_carries_one_identifier_of_each_kind() {
	run_test(|| {
		assert_noop!(
			Token::set_identifiers(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				identifiers(&[isin(&APPLE_ISIN), isin(b"CH0012032048")])
			),
			Error::<Test>::RepeatedIdentifierKind
		);
	});
}

#[test]
fn replacing_identifiers_frees_the_old_ones() {
	run_test(|| {
		let owner = RuntimeOrigin::signed(issuer());
		assert_ok!(Token::set_identifiers(owner.clone(), ASSET, identifiers(&[isin(&APPLE_ISIN)])));
		// Keeping an identifier while adding another is not a duplicate of itself.
		assert_ok!(Token::set_identifiers(
			owner.clone(),
			ASSET,
			identifiers(&[isin(&APPLE_ISIN), AssetIdentifier::Cusip(APPLE_CUSIP)])
		));
		assert_ok!(Token::set_identifiers(owner, ASSET, identifiers(&[isin(b"CH0012032048")])));
		assert_eq!(AssetByIdentifier::<Test>::get(isin(&APPLE_ISIN)), None);
		assert_eq!(AssetByIdentifier::<Test>::get(AssetIdentifier::Cusip(APPLE_CUSIP)), None);
		assert_ok!(Token::set_identifiers(
			RuntimeOrigin::signed(issuer()),
			CASH,
			identifiers(&[isin(&APPLE_ISIN)])
		));
	});
}

#[test]
fn the_owner_hands_out_roles_to_other_identities() {
	run_test(|| {
		let agent = pallet_compliance::Pallet::<Test>::active_identity(&bob()).unwrap();
		for role in [Role::IssuanceAgent, Role::Controller, Role::CorporateActionsAgent] {
			assert_ok!(Token::set_role(RuntimeOrigin::signed(issuer()), ASSET, role, agent));
			assert_eq!(last_event(), Event::RoleSet { asset: ASSET, role, identity: agent });
		}
		let roles = Assets::<Test>::get(ASSET).unwrap().roles;
		assert_eq!(roles.issuance_agent, agent);
		assert_eq!(roles.controller, Some(agent));
		assert_eq!(roles.corporate_actions_agent, agent);
		// The issuer is no longer the issuance agent; Bob is.
		assert_noop!(
			Token::issue(RuntimeOrigin::signed(issuer()), ASSET, DEFAULT, alice(), 1, data(b"")),
			Error::<Test>::NotIssuanceAgent
		);
		assert_ok!(Token::issue(
			RuntimeOrigin::signed(bob()),
			ASSET,
			DEFAULT,
			alice(),
			1,
			data(b"")
		));
	});
}

#[test]
fn only_the_owner_hands_out_roles_and_only_to_known_identities() {
	run_test(|| {
		let bob_id = pallet_compliance::Pallet::<Test>::active_identity(&bob()).unwrap();
		assert_noop!(
			Token::set_role(RuntimeOrigin::signed(bob()), ASSET, Role::Controller, bob_id),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Token::set_role(RuntimeOrigin::signed(issuer()), ASSET, Role::Controller, 9_999),
			Error::<Test>::UnknownIdentity
		);
	});
}

#[test]
fn a_renounced_controller_cannot_be_restored() {
	run_test(|| {
		let owner = RuntimeOrigin::signed(issuer());
		assert_ok!(Token::renounce_control(owner.clone(), ASSET));
		assert_eq!(Assets::<Test>::get(ASSET).unwrap().roles.controller, None);
		assert_eq!(last_event(), Event::ControlRenounced { asset: ASSET });
		let me = pallet_compliance::Pallet::<Test>::active_identity(&issuer()).unwrap();
		assert_noop!(
			Token::set_role(owner.clone(), ASSET, Role::Controller, me),
			Error::<Test>::NotControllable
		);
		assert_noop!(Token::renounce_control(owner, ASSET), Error::<Test>::NotControllable);
	});
}

#[test]
fn ownership_moves_only_when_the_offered_identity_accepts() {
	run_test(|| {
		let bob_id = pallet_compliance::Pallet::<Test>::active_identity(&bob()).unwrap();
		let issuer_id = pallet_compliance::Pallet::<Test>::active_identity(&issuer()).unwrap();
		assert_ok!(Token::offer_ownership(RuntimeOrigin::signed(issuer()), ASSET, bob_id));
		assert_eq!(Assets::<Test>::get(ASSET).unwrap().roles.owner, issuer_id);
		assert_noop!(
			Token::accept_ownership(RuntimeOrigin::signed(carol()), ASSET),
			Error::<Test>::NotPendingOwner
		);
		assert_ok!(Token::accept_ownership(RuntimeOrigin::signed(bob()), ASSET));
		let details = Assets::<Test>::get(ASSET).unwrap();
		assert_eq!(details.roles.owner, bob_id);
		assert_eq!(details.pending_owner, None);
		assert_eq!(
			last_event(),
			Event::OwnershipTransferred { asset: ASSET, from: issuer_id, to: bob_id }
		);
		// The former owner has lost the owner's powers; the new one has them.
		assert_noop!(
			Token::close_issuance(RuntimeOrigin::signed(issuer()), ASSET),
			Error::<Test>::NotOwner
		);
		assert_ok!(Token::close_issuance(RuntimeOrigin::signed(bob()), ASSET));
	});
}

#[test]
fn any_key_of_the_owning_identity_acts_for_it() {
	run_test(|| {
		let issuer_id = pallet_compliance::Pallet::<Test>::active_identity(&issuer()).unwrap();
		let second_key = account(101);
		add_key(&issuer(), issuer_id, &second_key);
		assert_ok!(Token::set_supply_cap(RuntimeOrigin::signed(second_key), ASSET, Some(500)));
		assert_eq!(Assets::<Test>::get(ASSET).unwrap().supply_cap, Some(500));
	});
}

#[test]
fn a_supply_cap_is_never_below_the_supply() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 300);
		let owner = RuntimeOrigin::signed(issuer());
		assert_noop!(
			Token::set_supply_cap(owner.clone(), ASSET, Some(299)),
			Error::<Test>::InvalidSupplyCap
		);
		assert_noop!(
			Token::set_supply_cap(owner.clone(), ASSET, Some(0)),
			Error::<Test>::InvalidSupplyCap
		);
		assert_ok!(Token::set_supply_cap(owner.clone(), ASSET, Some(300)));
		assert_eq!(last_event(), Event::SupplyCapSet { asset: ASSET, cap: Some(300) });
		assert_ok!(Token::set_supply_cap(owner, ASSET, None));
	});
}
