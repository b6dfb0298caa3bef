use crate::{mock::*, *};
use anchor_primitives::{
	documents_hash, merkle_root, AssetEntry, BalanceLeaf, DocumentLeaf, FLAG_CONTROLLABLE,
	FLAG_HALTED, FLAG_ISSUABLE,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{BuildGenesisConfig, UnfilteredDispatchable},
};
use pallet_token::AssetRecords;
use sp_core::H256;
use sp_runtime::DispatchError;

fn bridge(asset: AssetId) {
	assert_ok!(Anchor::bridge_asset(RuntimeOrigin::root(), asset));
}

/// The leaves of `asset` in `epoch`, in their tree's order.
fn leaves(epoch: u64, asset: AssetId) -> Vec<BalanceLeaf> {
	(0..).map_while(|index| Leaves::<Test>::get((epoch, asset, index))).collect()
}

fn entries(epoch: u64) -> Vec<AssetEntry> {
	(0..).map_while(|index| Entries::<Test>::get(epoch, index)).collect()
}

/// Holder and balance of each leaf.
fn balances(epoch: u64, asset: AssetId) -> Vec<([u8; 20], u128)> {
	leaves(epoch, asset).iter().map(|leaf| (leaf.holder, leaf.balance)).collect()
}

fn address_of(key: &AccountId) -> [u8; 20] {
	Anchor::holder_address(identity(key))
}

fn link(key: &AccountId, seed: &str) -> [u8; 20] {
	let (pair, address) = eth_key(seed);
	let message = Anchor::link_message(identity(key), &address);
	assert_ok!(Anchor::link_eth_address(
		RuntimeOrigin::signed(key.clone()),
		address,
		personal_sign(&pair, &message)
	));
	address
}

#[test]
fn a_bridged_securitys_changed_balances_are_sealed_into_the_epochs_commitment() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		seal_open_epoch();

		assert_eq!(
			balances(1, SECURITY),
			vec![(address_of(&alice()), 600), (address_of(&bob()), 400)]
		);
		let entry = entries(1)[0];
		assert_eq!(entry.asset, SECURITY);
		assert_eq!((entry.epoch, entry.previous_epoch, entry.change_count), (1, 0, 2));
		assert_eq!(
			entry.changes_root,
			merkle_root(leaves(1, SECURITY).iter().map(BalanceLeaf::hash))
		);
		assert_eq!(entry.flags, FLAG_CONTROLLABLE | FLAG_ISSUABLE);
		assert_eq!(entry.documents_hash, documents_hash([]));
		let commitment = Epochs::<Test>::get(1).unwrap();
		assert_eq!(commitment.asset_count, 1);
		assert_eq!(commitment.assets_root, merkle_root([entry.hash()]));
		assert_eq!(Anchor::leaf_extra(), commitment.hash());
		assert!(events().contains(&Event::EpochSealed {
			epoch: 1,
			commitment,
			hash: commitment.hash()
		}));
	});
}

#[test]
fn nothing_is_committed_before_the_first_sealed_epoch() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		run_to_block(EpochLength::get() - 1);
		assert_eq!(Anchor::leaf_extra(), H256::zero());
		assert!(Epochs::<Test>::get(1).is_none());
	});
}

#[test]
fn a_holding_is_recorded_once_however_often_it_trades() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		for _ in 0..10 {
			transfer(SECURITY, &alice(), &bob(), 7);
			transfer(SECURITY, &bob(), &alice(), 3);
		}
		assert_eq!(ChangeCount::<Test>::get(1, SECURITY), 2);
		seal_open_epoch();
		assert_eq!(
			balances(1, SECURITY),
			vec![(address_of(&alice()), 560), (address_of(&bob()), 440)]
		);
	});
}

#[test]
fn a_holder_who_sold_everything_gets_a_zero_leaf() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		seal_open_epoch();
		transfer(SECURITY, &alice(), &bob(), 600);
		seal_open_epoch();
		assert_eq!(
			balances(2, SECURITY),
			vec![(address_of(&alice()), 0), (address_of(&bob()), 600)]
		);
	});
}

#[test]
fn a_holding_is_the_identitys_total_over_all_its_keys() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &alice_2(), 50);
		seal_open_epoch();
		assert_eq!(balances(1, SECURITY), vec![(address_of(&alice()), 650)]);
		assert_eq!(address_of(&alice()), address_of(&alice_2()));
	});
}

#[test]
fn a_movement_of_a_bridged_asset_is_charged_the_reports_of_both_holdings() {
	run_test(|| {
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		let transfer = pallet_token::Call::<Test>::transfer {
			asset: SECURITY,
			partition: DEFAULT,
			to: bob(),
			amount: 1,
			data: Default::default(),
		};
		let declared = RuntimeCall::Token(transfer.clone()).get_dispatch_info().call_weight;
		let charged = || {
			let info = transfer
				.clone()
				.dispatch_bypass_filter(RuntimeOrigin::signed(alice()))
				.expect("moves");
			info.actual_weight.expect("charged after dispatch")
		};
		let unbridged = charged();
		bridge(SECURITY);
		let bridged = charged();

		let report = <Anchor as pallet_token::OnHoldingChanged<_, _>>::holding_changed_weight();
		assert!(report.ref_time() > 0);
		assert_eq!(bridged, unbridged + report * 2);
		assert!(declared.all_gte(bridged), "charged before dispatch as if bridged");
	});
}

#[test]
fn cash_and_unbridged_assets_record_nothing() {
	run_test(|| {
		issue(SECURITY, &alice(), 600);
		issue(CASH, &alice(), 600);
		assert_eq!(ChangeCount::<Test>::iter().count(), 0);
		assert!(!Token::holdings_followed(SECURITY), "no one follows an unbridged asset");
		assert_noop!(
			Anchor::bridge_asset(RuntimeOrigin::root(), CASH),
			Error::<Test>::NotASecurity
		);
		seal_open_epoch();
		assert!(Epochs::<Test>::get(1).is_none());
		assert_eq!(Anchor::leaf_extra(), H256::zero());
	});
}

#[test]
fn bridging_refuses_bad_requests_and_changes_nothing() {
	run_test(|| {
		assert_noop!(
			Anchor::bridge_asset(RuntimeOrigin::signed(alice()), SECURITY),
			DispatchError::BadOrigin
		);
		assert_noop!(Anchor::bridge_asset(RuntimeOrigin::root(), 42), Error::<Test>::UnknownAsset);
		bridge(SECURITY);
		assert_noop!(
			Anchor::bridge_asset(RuntimeOrigin::root(), SECURITY),
			Error::<Test>::AlreadyBridged
		);
		bridge(BOND);
		let fourth = create_asset(b"FUND", pallet_token::AssetKind::FundUnit);
		assert_noop!(
			Anchor::bridge_asset(RuntimeOrigin::root(), fourth),
			Error::<Test>::TooManyBridgedAssets
		);
		assert_noop!(
			Anchor::unbridge_asset(RuntimeOrigin::root(), CASH),
			Error::<Test>::NotBridged
		);
		assert_noop!(
			Anchor::publish_holders(RuntimeOrigin::signed(alice()), CASH, Default::default()),
			Error::<Test>::NotBridged
		);
	});
}

#[test]
fn the_next_entry_of_an_asset_names_the_epoch_it_last_changed_in() {
	run_test(|| {
		bridge(SECURITY);
		bridge(BOND);
		issue(SECURITY, &alice(), 600);
		issue(BOND, &bob(), 10);
		seal_open_epoch();
		issue(BOND, &carol(), 5);
		seal_open_epoch();
		// Epochs 1 and 2 are still kept: EpochsKept is 2.
		assert_eq!(entries(1).iter().map(|e| e.asset).collect::<Vec<_>>(), vec![SECURITY, BOND]);
		assert_eq!(
			entries(2).iter().map(|e| (e.asset, e.previous_epoch)).collect::<Vec<_>>(),
			vec![(BOND, 1)]
		);
		issue(SECURITY, &bob(), 1);
		seal_open_epoch();
		assert_eq!(
			entries(3).iter().map(|e| (e.asset, e.previous_epoch)).collect::<Vec<_>>(),
			vec![(SECURITY, 1)]
		);
		assert_eq!(balances(2, BOND), vec![(address_of(&carol()), 5)]);
	});
}

#[test]
fn sealing_spreads_over_blocks_and_later_changes_go_to_the_next_epoch() {
	run_test(|| {
		bridge(SECURITY);
		for holder in [alice(), bob(), carol(), dave()] {
			issue(SECURITY, &holder, 100);
		}
		issue(SECURITY, &issuer(), 100);
		// Five changes and one asset: sealed in two blocks of four steps.
		run_to_block(EpochLength::get());
		assert!(Sealing::<Test>::exists(), "the epoch closed and is half sealed");
		assert_eq!(OpenEpoch::<Test>::get(), 2);
		// Bob's leaf is sealed already; his new change belongs to epoch 2.
		transfer(SECURITY, &bob(), &carol(), 10);
		assert_eq!(ChangeCount::<Test>::get(2, SECURITY), 2);
		run_to_block(EpochLength::get() + 1);
		assert!(!Sealing::<Test>::exists());
		assert_eq!(leaves(1, SECURITY).len(), 5);
		assert_eq!(balances(1, SECURITY)[1], (address_of(&bob()), 100));
		seal_open_epoch();
		assert_eq!(
			balances(2, SECURITY),
			vec![(address_of(&bob()), 90), (address_of(&carol()), 110)]
		);
	});
}

#[test]
fn new_documents_or_flags_alone_make_an_entry() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		seal_open_epoch();
		seal_open_epoch();
		assert!(entries(2).is_empty(), "nothing changed in epoch 2");
		assert_ok!(Token::set_document(
			RuntimeOrigin::signed(issuer()),
			SECURITY,
			[7; 32],
			b"https://issuer.example/terms.pdf".to_vec().try_into().unwrap(),
			H256::repeat_byte(7),
		));
		assert_ok!(Token::close_issuance(RuntimeOrigin::signed(issuer()), SECURITY));
		seal_open_epoch();
		let entry = entries(3)[0];
		assert_eq!(
			(entry.change_count, entry.previous_epoch, entry.flags),
			(0, 1, FLAG_CONTROLLABLE)
		);
		let document = DocumentLeaf {
			name: [7; 32],
			uri: b"https://issuer.example/terms.pdf".to_vec(),
			content_hash: H256::repeat_byte(7),
			updated_at: START,
		};
		assert_eq!(entry.documents_hash, documents_hash([&document]));
	});
}

#[test]
fn a_paused_security_is_sealed_halted_until_it_resumes() {
	run_test(|| {
		let agent = || RuntimeOrigin::signed(issuer());
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		seal_open_epoch();
		assert_eq!(entries(1)[0].flags, FLAG_CONTROLLABLE | FLAG_ISSUABLE);
		assert_ok!(Compliance::set_paused(agent(), SECURITY, true));
		seal_open_epoch();
		let entry = entries(2)[0];
		assert_eq!(
			(entry.change_count, entry.flags),
			(0, FLAG_CONTROLLABLE | FLAG_ISSUABLE | FLAG_HALTED),
			"the pause alone is news for the mirrors"
		);
		seal_open_epoch();
		assert!(entries(3).is_empty(), "still paused: nothing to say");
		assert_ok!(Compliance::set_paused(agent(), SECURITY, false));
		seal_open_epoch();
		assert_eq!(entries(4)[0].flags, FLAG_CONTROLLABLE | FLAG_ISSUABLE);
	});
}

#[test]
fn publish_holders_records_the_holders_from_before_the_bridge() {
	run_test(|| {
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		bridge(SECURITY);
		seal_open_epoch();
		assert!(entries(1)[0].change_count == 0, "only the asset's facts, no holders yet");
		let accounts = vec![alice(), bob(), stranger()].try_into().unwrap();
		assert_ok!(Anchor::publish_holders(RuntimeOrigin::signed(stranger()), SECURITY, accounts));
		seal_open_epoch();
		assert_eq!(
			balances(2, SECURITY),
			vec![(address_of(&alice()), 600), (address_of(&bob()), 400)]
		);
	});
}

#[test]
fn an_unbridged_asset_is_committed_until_the_open_epoch_is_sealed() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		assert_ok!(Anchor::unbridge_asset(RuntimeOrigin::root(), SECURITY));
		issue(SECURITY, &bob(), 1);
		seal_open_epoch();
		assert_eq!(leaves(1, SECURITY).len(), 2);
		assert!(Bridged::<Test>::get(SECURITY).is_none());
		assert!(!Token::holdings_followed(SECURITY), "the ledger stops reporting its holdings");
		issue(SECURITY, &carol(), 1);
		assert_eq!(ChangeCount::<Test>::get(2, SECURITY), 0);
		bridge(SECURITY);
		assert!(Token::holdings_followed(SECURITY));
	});
}

#[test]
fn a_linked_address_takes_over_the_identitys_holdings() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		seal_open_epoch();
		let derived = address_of(&alice());
		let address = link(&alice(), "//AliceEth");
		assert_eq!(address_of(&alice()), address);
		assert!(events().contains(&Event::EthAddressLinked {
			identity: identity(&alice()),
			address,
			previous: derived
		}));
		seal_open_epoch();
		assert_eq!(balances(2, SECURITY), vec![(derived, 0), (address, 600)]);

		// Another change of address retires the first one too.
		let second = link(&alice(), "//AliceEth2");
		seal_open_epoch();
		assert_eq!(balances(3, SECURITY), vec![(address, 0), (second, 600)]);
		assert_eq!(IdentityOfEthAddress::<Test>::get(address), None);
	});
}

#[test]
fn linking_refuses_a_bad_signature_or_a_taken_address_and_changes_nothing() {
	run_test(|| {
		let (pair, address) = eth_key("//AliceEth");
		let alice_id = identity(&alice());
		let signed = |id, to: &[u8; 20]| personal_sign(&pair, &Anchor::link_message(id, to));
		let call = |key: &AccountId, to, signature| {
			Anchor::link_eth_address(RuntimeOrigin::signed(key.clone()), to, signature)
		};
		// Signed for Bob's identity, or for another address, or not by the address.
		assert_noop!(
			call(&alice(), address, signed(identity(&bob()), &address)),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			call(&alice(), address, signed(alice_id, &[1; 20])),
			Error::<Test>::BadSignature
		);
		let (_, other) = eth_key("//Mallory");
		assert_noop!(call(&alice(), other, signed(alice_id, &other)), Error::<Test>::BadSignature);
		assert_noop!(
			call(&alice(), [0; 20], signed(alice_id, &[0; 20])),
			Error::<Test>::ZeroAddress
		);
		assert_noop!(
			call(&stranger(), address, signed(alice_id, &address)),
			Error::<Test>::NoIdentity
		);

		assert_ok!(call(&alice(), address, signed(alice_id, &address)));
		assert_noop!(
			call(&alice(), address, signed(alice_id, &address)),
			Error::<Test>::AddressTaken
		);
		let bob_signed = personal_sign(&pair, &Anchor::link_message(identity(&bob()), &address));
		assert_noop!(call(&bob(), address, bob_signed), Error::<Test>::AddressTaken);
	});
}

#[test]
fn a_given_up_address_can_be_linked_by_another_identity_only_from_the_next_epoch() {
	run_test(|| {
		let (pair, address) = eth_key("//Shared");
		assert_eq!(link(&alice(), "//Shared"), address);
		link(&alice(), "//AliceEth");
		let bob_signed = personal_sign(&pair, &Anchor::link_message(identity(&bob()), &address));
		assert_noop!(
			Anchor::link_eth_address(RuntimeOrigin::signed(bob()), address, bob_signed),
			Error::<Test>::AddressCoolingDown
		);
		seal_open_epoch();
		assert_ok!(Anchor::link_eth_address(RuntimeOrigin::signed(bob()), address, bob_signed));
	});
}

#[test]
fn an_identity_changes_its_address_at_most_four_times_an_epoch() {
	run_test(|| {
		for n in 0..MAX_ADDRESS_CHANGES_PER_EPOCH {
			link(&alice(), &format!("//Alice{n}"));
		}
		let (pair, address) = eth_key("//AliceOnceMore");
		let signature = personal_sign(&pair, &Anchor::link_message(identity(&alice()), &address));
		assert_noop!(
			Anchor::link_eth_address(RuntimeOrigin::signed(alice()), address, signature),
			Error::<Test>::TooManyAddressChanges
		);
	});
}

#[test]
fn epochs_older_than_the_kept_ones_are_pruned() {
	run_test(|| {
		bridge(SECURITY);
		for epoch in 1..=4u128 {
			issue(SECURITY, &alice(), epoch);
			seal_open_epoch();
		}
		run_to_block(System::block_number() + 1);
		// Epochs 3 and 4 are kept.
		assert!(Epochs::<Test>::get(1).is_none() && Epochs::<Test>::get(2).is_none());
		assert!(leaves(1, SECURITY).is_empty() && entries(2).is_empty());
		assert_eq!(balances(4, SECURITY), vec![(address_of(&alice()), 10)]);
		assert_eq!(OldestKept::<Test>::get(), 3);
	});
}

#[test]
fn a_chain_spec_may_keep_fewer_epochs_than_the_runtime_does() {
	run_test(|| {
		GenesisConfig::<Test> { epoch_length: None, epochs_kept: Some(1) }.build();
		assert_eq!(Anchor::epochs_kept(), 1);
		bridge(SECURITY);
		for epoch in 1..=3u128 {
			issue(SECURITY, &alice(), epoch);
			seal_open_epoch();
		}
		run_to_block(System::block_number() + 1);
		// Only epoch 3 is kept; the runtime's own number (2) would keep epoch 2 too.
		assert!(Epochs::<Test>::get(2).is_none() && entries(2).is_empty());
		assert_eq!(OldestKept::<Test>::get(), 3);
		assert_eq!(balances(3, SECURITY), vec![(address_of(&alice()), 6)]);
	});
}

#[test]
#[should_panic(expected = "at least the newest sealed epoch is kept")]
fn a_chain_spec_that_keeps_no_epoch_is_refused() {
	new_test_ext().execute_with(|| {
		GenesisConfig::<Test> { epoch_length: None, epochs_kept: Some(0) }.build();
	});
}

#[test]
fn the_committed_balances_follow_the_newest_leaves_and_drop_zeros() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		seal_open_epoch();
		let committed = |after| {
			let mut balances: Vec<([u8; 20], u128)> =
				Anchor::committed_balances(SECURITY, after, 10)
					.into_iter()
					.map(|(_, holder, balance)| (holder, balance))
					.collect();
			balances.sort();
			balances
		};
		let mut expected = vec![(address_of(&alice()), 600), (address_of(&bob()), 400)];
		expected.sort();
		assert_eq!(committed(None), expected);

		transfer(SECURITY, &bob(), &alice(), 400);
		// Until the epoch is sealed, the mirror still holds what was committed before.
		assert_eq!(committed(None), expected);
		seal_open_epoch();
		assert_eq!(committed(None), vec![(address_of(&alice()), 1000)]);
		assert!(Anchor::committed_balances(CASH, None, 10).is_empty());
	});
}

#[test]
fn committed_balances_are_read_page_by_page() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		seal_open_epoch();
		let first = Anchor::committed_balances(SECURITY, None, 1);
		assert_eq!(first.len(), 1);
		let (partition, holder, _) = first[0];
		let rest = Anchor::committed_balances(SECURITY, Some((partition, holder)), 10);
		assert_eq!(rest.len(), 1);
		assert_ne!(rest[0], first[0]);
		assert!(Anchor::committed_balances(SECURITY, Some((rest[0].0, rest[0].1)), 10).is_empty());
	});
}

#[test]
fn an_epochs_entries_and_leaves_are_read_in_tree_order_and_by_page() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		issue(SECURITY, &bob(), 400);
		issue(SECURITY, &carol(), 100);
		seal_open_epoch();
		assert_eq!(Anchor::entries_of(1), entries(1));
		assert_eq!(Anchor::leaves_of_epoch(1, SECURITY, 0, 10), leaves(1, SECURITY));
		assert_eq!(Anchor::leaves_of_epoch(1, SECURITY, 1, 1), leaves(1, SECURITY)[1..2].to_vec());
		assert!(Anchor::leaves_of_epoch(1, SECURITY, 3, 10).is_empty());
		assert!(Anchor::entries_of(2).is_empty());
		assert!(Anchor::leaves_of_epoch(2, SECURITY, 0, 10).is_empty());
	});
}

#[test]
fn governance_sets_the_epoch_length_and_the_open_epoch_closes_by_it() {
	run_test(|| {
		bridge(SECURITY);
		issue(SECURITY, &alice(), 600);
		let blocks = EpochLength::get() * 3;
		assert_ok!(Anchor::set_epoch_length(RuntimeOrigin::root(), blocks));
		assert_eq!(Anchor::epoch_length(), blocks);
		assert!(events().contains(&Event::EpochLengthChanged { blocks }));
		run_to_block(blocks - 1);
		assert_eq!(OpenEpoch::<Test>::get(), 1, "the open epoch lasts the new length");
		run_to_block(blocks + 1);
		assert_eq!(OpenEpoch::<Test>::get(), 2);
		assert!(Epochs::<Test>::get(1).is_some());
	});
}

#[test]
fn setting_the_epoch_length_refuses_others_and_too_short_epochs_and_changes_nothing() {
	run_test(|| {
		assert_noop!(
			Anchor::set_epoch_length(RuntimeOrigin::signed(alice()), 100),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Anchor::set_epoch_length(RuntimeOrigin::root(), u64::from(MIN_EPOCH_LENGTH) - 1),
			Error::<Test>::EpochTooShort
		);
		assert_eq!(Anchor::epoch_length(), EpochLength::get());
	});
}
