//! Reservations through `AssetLedger`: what an open order may sell is locked, and settles
//! from the reserve, cleared by compliance.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_compliance::Rejection;

type Ledger = Token;

/// Settles `amount` of alice's reservation to bob, as a market's fill does.
fn settle(amount: Balance) -> Result<Moved, SettlementError> {
	Ledger::transfer_reserved(&mut Default::default(), ASSET, &DEFAULT, &alice(), &bob(), amount)
}

fn reserve(who: &AccountId, amount: Balance) -> sp_runtime::DispatchResult {
	<Ledger as AssetLedger<_, _, _>>::reserve(ASSET, &DEFAULT, who, amount)
}

#[test]
fn reserved_units_cannot_be_transferred_or_redeemed_by_the_holder() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(reserve(&alice(), 70));
		assert_eq!(Ledger::free_balance(ASSET, &DEFAULT, &alice()), 30);
		assert_eq!(Ledger::reserved_balance(ASSET, &DEFAULT, &alice()), 70);
		assert_noop!(
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, bob(), 31, data(b"")),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Token::redeem(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, 31, data(b"")),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(alice()),
			ASSET,
			DEFAULT,
			bob(),
			30,
			data(b"")
		));
	});
}

#[test]
fn nothing_beyond_the_free_balance_is_reserved() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(reserve(&alice(), 60));
		assert_noop!(reserve(&alice(), 41), Error::<Test>::InsufficientBalance);
		assert_noop!(reserve(&alice(), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			<Ledger as AssetLedger<_, _, _>>::reserve(99, &DEFAULT, &alice(), 1),
			Error::<Test>::UnknownAsset
		);
		assert_ok!(reserve(&alice(), 40));
	});
}

#[test]
fn unreserving_frees_the_units_again() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(reserve(&alice(), 60));
		assert_ok!(<Ledger as AssetLedger<_, _, _>>::unreserve(ASSET, &DEFAULT, &alice(), 60));
		assert_eq!(Ledger::free_balance(ASSET, &DEFAULT, &alice()), 100);
		assert_eq!(
			last_event(),
			Event::Unreserved { asset: ASSET, partition: DEFAULT, who: alice(), amount: 60 }
		);
		assert_noop!(
			<Ledger as AssetLedger<_, _, _>>::unreserve(ASSET, &DEFAULT, &alice(), 1),
			Error::<Test>::InsufficientReserved
		);
	});
}

#[test]
fn a_settlement_moves_reserved_units_to_the_buyer() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(reserve(&alice(), 50));
		assert_ok!(Ledger::can_transfer_reserved(ASSET, &DEFAULT, &alice(), &bob(), 50));
		assert_ok!(settle(50));
		assert_eq!(
			last_event(),
			Event::ReservedTransferred {
				asset: ASSET,
				partition: DEFAULT,
				from: alice(),
				to: bob(),
				amount: 50
			}
		);
		assert_eq!(Ledger::reserved_balance(ASSET, &DEFAULT, &alice()), 0);
		assert_eq!(Ledger::free_balance(ASSET, &DEFAULT, &alice()), 50);
		assert_eq!(balance(ASSET, &bob(), DEFAULT), 50);
		assert_noop!(settle(1), Error::<Test>::InsufficientReserved);
	});
}

#[test]
fn a_settlement_is_cleared_by_compliance() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(reserve(&alice(), 50));
		assert_ok!(Compliance::freeze_account(RuntimeOrigin::signed(issuer()), ASSET, bob(), true));
		assert_eq!(
			Ledger::can_transfer_reserved(ASSET, &DEFAULT, &alice(), &bob(), 50),
			Err(refused(Rejection::ReceiverAccountFrozen))
		);
		assert_noop!(settle(50), SettlementError::Refused(Rejection::ReceiverAccountFrozen));
	});
}
