//! Bad input on purpose: every refused call names its error and changes nothing
//! (`assert_noop!` compares the whole storage root before and after).

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

const UNKNOWN: AssetId = 999;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

#[test]
fn an_unsigned_call_is_refused() {
	run_test(|| {
		assert_noop!(
			Token::transfer(RuntimeOrigin::none(), ASSET, DEFAULT, bob(), 1, data(b"")),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Token::issue(RuntimeOrigin::root(), ASSET, DEFAULT, bob(), 1, data(b"")),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn every_call_on_an_unknown_asset_is_refused() {
	run_test(|| {
		let e: sp_runtime::DispatchError = Error::<Test>::UnknownAsset.into();
		assert_noop!(Token::set_identifiers(signed(issuer()), UNKNOWN, identifiers(&[])), e);
		assert_noop!(Token::set_supply_cap(signed(issuer()), UNKNOWN, None), e);
		assert_noop!(Token::set_role(signed(issuer()), UNKNOWN, Role::Controller, 0), e);
		assert_noop!(Token::renounce_control(signed(issuer()), UNKNOWN), e);
		assert_noop!(Token::offer_ownership(signed(issuer()), UNKNOWN, 0), e);
		assert_noop!(Token::accept_ownership(signed(issuer()), UNKNOWN), e);
		assert_noop!(Token::issue(signed(issuer()), UNKNOWN, DEFAULT, bob(), 1, data(b"")), e);
		assert_noop!(Token::close_issuance(signed(issuer()), UNKNOWN), e);
		assert_noop!(Token::redeem(signed(alice()), UNKNOWN, DEFAULT, 1, data(b"")), e);
		assert_noop!(Token::transfer(signed(alice()), UNKNOWN, DEFAULT, bob(), 1, data(b"")), e);
		assert_noop!(Token::authorize_operator(signed(alice()), UNKNOWN, bob(), None), e);
		assert_noop!(Token::revoke_operator(signed(alice()), UNKNOWN, bob(), None), e);
		assert_noop!(
			Token::operator_transfer(
				signed(bob()),
				UNKNOWN,
				DEFAULT,
				alice(),
				carol(),
				1,
				data(b"")
			),
			e
		);
		assert_noop!(
			Token::operator_redeem(signed(bob()), UNKNOWN, DEFAULT, alice(), 1, data(b"")),
			e
		);
		assert_noop!(
			Token::controller_transfer(
				signed(issuer()),
				UNKNOWN,
				DEFAULT,
				alice(),
				bob(),
				1,
				data(b"")
			),
			e
		);
		assert_noop!(
			Token::controller_redeem(signed(issuer()), UNKNOWN, DEFAULT, alice(), 1, data(b"")),
			e
		);
		assert_noop!(
			Token::recover_balances(signed(issuer()), UNKNOWN, alice(), bob(), data(b"")),
			e
		);
		assert_noop!(
			Token::set_document(
				signed(issuer()),
				UNKNOWN,
				[1; 32],
				bounded(b"x"),
				Default::default()
			),
			e
		);
		assert_noop!(Token::remove_document(signed(issuer()), UNKNOWN, [1; 32]), e);
	});
}

#[test]
fn zero_amounts_are_refused_everywhere() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 10);
		let e: sp_runtime::DispatchError = Error::<Test>::ZeroAmount.into();
		assert_noop!(Token::issue(signed(issuer()), ASSET, DEFAULT, bob(), 0, data(b"")), e);
		assert_noop!(Token::redeem(signed(alice()), ASSET, DEFAULT, 0, data(b"")), e);
		assert_noop!(Token::transfer(signed(alice()), ASSET, DEFAULT, bob(), 0, data(b"")), e);
		assert_noop!(
			Token::controller_transfer(
				signed(issuer()),
				ASSET,
				DEFAULT,
				alice(),
				bob(),
				0,
				data(b"")
			),
			e
		);
		assert_noop!(
			Token::controller_redeem(signed(issuer()), ASSET, DEFAULT, alice(), 0, data(b"")),
			e
		);
	});
}

#[test]
fn an_issuance_that_would_overflow_the_supply_is_refused() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), Balance::MAX - 5);
		assert_noop!(
			Token::issue(signed(issuer()), ASSET, LOCKED, bob(), 6, data(b"")),
			Error::<Test>::Overflow
		);
		issue(ASSET, LOCKED, &bob(), 5);
		assert_eq!(supply(ASSET), Balance::MAX);
	});
}

#[test]
fn a_transfer_to_oneself_is_refused() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 10);
		assert_noop!(
			Token::transfer(signed(alice()), ASSET, DEFAULT, alice(), 1, data(b"")),
			Error::<Test>::TransferToSelf
		);
	});
}

#[test]
fn a_missing_partition_is_refused_as_an_insufficient_balance() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 10);
		assert_noop!(
			Token::redeem(signed(alice()), ASSET, LOCKED, 1, data(b"")),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Token::controller_redeem(signed(issuer()), ASSET, LOCKED, alice(), 1, data(b"")),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn malformed_asset_details_are_refused() {
	run_test(|| {
		let create = |name: &[u8], symbol: &[u8], decimals: u8, cap: Option<Balance>| {
			Token::create_asset(
				signed(issuer()),
				bounded(name),
				bounded(symbol),
				AssetKind::Equity,
				decimals,
				identifiers(&[]),
				cap,
			)
		};
		assert_noop!(create(b"", b"OK", 2, None), Error::<Test>::EmptyName);
		assert_noop!(create(b"Name", b"", 2, None), Error::<Test>::InvalidSymbol);
		assert_noop!(create(b"Name", b"low", 2, None), Error::<Test>::InvalidSymbol);
		assert_noop!(create(b"Name", b"A B", 2, None), Error::<Test>::InvalidSymbol);
		assert_noop!(create(b"Name", b"OK", 19, None), Error::<Test>::TooManyDecimals);
		assert_noop!(create(b"Name", b"OK", 2, Some(0)), Error::<Test>::InvalidSupplyCap);
		assert_ok!(create(b"Name", b"OK1", 18, Some(1)));
	});
}

#[test]
fn a_duplicate_identifier_at_creation_is_refused() {
	run_test(|| {
		assert_ok!(Token::set_identifiers(
			signed(issuer()),
			ASSET,
			identifiers(&[isin(b"US0378331005")])
		));
		assert_noop!(
			Token::create_asset(
				signed(issuer()),
				bounded(b"Copy"),
				bounded(b"COPY"),
				AssetKind::Equity,
				0,
				identifiers(&[isin(b"US0378331005")]),
				None,
			),
			Error::<Test>::DuplicateIdentifier
		);
	});
}

#[test]
fn owner_only_calls_refuse_other_identities() {
	run_test(|| {
		let e: sp_runtime::DispatchError = Error::<Test>::NotOwner.into();
		assert_noop!(Token::set_identifiers(signed(alice()), ASSET, identifiers(&[])), e);
		assert_noop!(Token::set_supply_cap(signed(alice()), ASSET, None), e);
		assert_noop!(Token::renounce_control(signed(alice()), ASSET), e);
		assert_noop!(Token::offer_ownership(signed(alice()), ASSET, 0), e);
		assert_noop!(Token::close_issuance(signed(alice()), ASSET), e);
		assert_noop!(Token::remove_document(signed(alice()), ASSET, [1; 32]), e);
		assert_noop!(
			Token::set_supply_cap(signed(stranger()), ASSET, None),
			Error::<Test>::NotIdentified
		);
		assert_noop!(
			Token::offer_ownership(signed(issuer()), ASSET, 9_999),
			Error::<Test>::UnknownIdentity
		);
	});
}
