//! Issuance, transfers and redemptions, by partition (ERC-1410, ERC-1594).

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn the_issuance_agent_issues_into_a_partition_with_data() {
	run_test(|| {
		assert_ok!(Token::issue(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			LOCKED,
			alice(),
			1_000,
			data(b"subscription #1")
		));
		assert_eq!(balance(ASSET, &alice(), LOCKED), 1_000);
		assert_eq!(balance(ASSET, &alice(), DEFAULT), 0);
		assert_eq!(PartitionSupply::<Test>::get(ASSET, LOCKED), 1_000);
		assert_eq!(supply(ASSET), 1_000);
		assert_eq!(
			last_event(),
			Event::Issued {
				asset: ASSET,
				partition: LOCKED,
				to: alice(),
				amount: 1_000,
				by: issuer(),
				data: data(b"subscription #1"),
			}
		);
	});
}

#[test]
fn issuance_stops_at_the_supply_cap() {
	run_test(|| {
		assert_ok!(Token::set_supply_cap(RuntimeOrigin::signed(issuer()), ASSET, Some(1_000)));
		issue(ASSET, DEFAULT, &alice(), 600);
		assert_noop!(
			Token::issue(RuntimeOrigin::signed(issuer()), ASSET, DEFAULT, bob(), 401, data(b"")),
			Error::<Test>::SupplyCapExceeded
		);
		issue(ASSET, DEFAULT, &bob(), 400);
		assert_eq!(supply(ASSET), 1_000);
	});
}

#[test]
fn closed_issuance_stays_closed() {
	run_test(|| {
		let owner = RuntimeOrigin::signed(issuer());
		assert_ok!(Token::close_issuance(owner.clone(), ASSET));
		assert_eq!(last_event(), Event::IssuanceClosed { asset: ASSET });
		assert!(!Assets::<Test>::get(ASSET).unwrap().issuance_open);
		assert_noop!(
			Token::issue(owner.clone(), ASSET, DEFAULT, alice(), 1, data(b"")),
			Error::<Test>::IssuanceClosed
		);
		assert_noop!(Token::close_issuance(owner, ASSET), Error::<Test>::IssuanceClosed);
	});
}

#[test]
fn only_the_issuance_agent_issues() {
	run_test(|| {
		assert_noop!(
			Token::issue(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, alice(), 1, data(b"")),
			Error::<Test>::NotIssuanceAgent
		);
	});
}

#[test]
fn a_holder_transfers_within_a_partition() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 500);
		issue(ASSET, LOCKED, &alice(), 200);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(alice()),
			ASSET,
			DEFAULT,
			bob(),
			120,
			data(b"invoice 42")
		));
		assert_eq!(balance(ASSET, &alice(), DEFAULT), 380);
		assert_eq!(balance(ASSET, &alice(), LOCKED), 200, "other partitions are untouched");
		assert_eq!(balance(ASSET, &bob(), DEFAULT), 120);
		assert_eq!(total(ASSET, &alice()), 580);
		assert_eq!(supply(ASSET), 700, "a transfer changes no supply");
		assert_eq!(
			last_event(),
			Event::Transferred {
				asset: ASSET,
				partition: DEFAULT,
				from: alice(),
				to: bob(),
				amount: 120,
				operator: None,
				data: data(b"invoice 42"),
			}
		);
	});
}

#[test]
fn a_transfer_beyond_the_partition_balance_is_refused_even_if_the_total_covers_it() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, LOCKED, &alice(), 900);
		assert_noop!(
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, bob(), 101, data(b"")),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Token::transfer(RuntimeOrigin::signed(alice()), ASSET, [b'X'; 32], bob(), 1, data(b"")),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn a_holder_lists_exactly_the_partitions_it_holds() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, LOCKED, &alice(), 50);
		let partitions = || Token::partitions_held(ASSET, &alice());
		assert_eq!(partitions(), vec![DEFAULT, LOCKED]);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(alice()),
			ASSET,
			DEFAULT,
			bob(),
			100,
			data(b"")
		));
		assert_eq!(partitions(), vec![LOCKED], "an emptied partition is dropped");
		assert_ok!(Token::redeem(RuntimeOrigin::signed(alice()), ASSET, LOCKED, 50, data(b"")));
		assert_eq!(AccountBalances::<Test>::get(ASSET, alice()), None);
		assert!(!AssetsHeld::<Test>::contains_key(alice()), "Alice holds nothing any more");
	});
}

#[test]
fn an_account_holds_an_asset_in_a_bounded_number_of_partitions() {
	run_test(|| {
		for n in 0..3u8 {
			issue(ASSET, [n + 1; 32], &alice(), 1);
		}
		assert_noop!(
			Token::issue(RuntimeOrigin::signed(issuer()), ASSET, [9; 32], alice(), 1, data(b"")),
			Error::<Test>::TooManyPartitions
		);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(alice()),
			ASSET,
			[1; 32],
			bob(),
			1,
			data(b"")
		));
		issue(ASSET, [9; 32], &alice(), 1);
	});
}

#[test]
fn a_holder_redeems_its_own_units_and_the_supply_falls() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 500);
		assert_ok!(Token::redeem(
			RuntimeOrigin::signed(alice()),
			ASSET,
			DEFAULT,
			200,
			data(b"buy-back")
		));
		assert_eq!(balance(ASSET, &alice(), DEFAULT), 300);
		assert_eq!(supply(ASSET), 300);
		assert_eq!(PartitionSupply::<Test>::get(ASSET, DEFAULT), 300);
		assert_eq!(
			last_event(),
			Event::Redeemed {
				asset: ASSET,
				partition: DEFAULT,
				from: alice(),
				amount: 200,
				operator: None,
				data: data(b"buy-back"),
			}
		);
		assert_noop!(
			Token::redeem(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, 301, data(b"")),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn assets_are_independent_ledgers() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 10);
		issue(CASH, DEFAULT, &alice(), 99);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(alice()),
			CASH,
			DEFAULT,
			bob(),
			99,
			data(b"")
		));
		assert_eq!(total(ASSET, &alice()), 10);
		assert_eq!(total(CASH, &bob()), 99);
		assert_eq!(AssetsHeld::<Test>::get(alice()), 1);
		assert_eq!(AssetsHeld::<Test>::get(bob()), 1);
	});
}

#[test]
fn a_key_holding_assets_cannot_leave_its_identity() {
	run_test(|| {
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		let second = account(11);
		add_key(&alice(), alice_id, &second);
		issue(ASSET, DEFAULT, &second, 5);
		assert_noop!(
			Compliance::remove_key(RuntimeOrigin::signed(alice()), second.clone()),
			pallet_compliance::Error::<Test>::KeyHoldsAssets
		);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(second.clone()),
			ASSET,
			DEFAULT,
			alice(),
			5,
			data(b"")
		));
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(alice()), second));
	});
}
