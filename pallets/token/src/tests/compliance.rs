//! Every movement asks compliance first; a refusal carries compliance's reason code and
//! nothing moves.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::constants::RocksDbWeight};
use pallet_compliance::{Claim, ClaimTopic, Condition, Rejection, Restrictions, RuleSet, Scope};

fn agent() -> RuntimeOrigin {
	RuntimeOrigin::signed(issuer())
}

fn transferring(
	from: &AccountId,
	to: &AccountId,
	amount: Balance,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Token::transfer(
		RuntimeOrigin::signed(from.clone()),
		ASSET,
		DEFAULT,
		to.clone(),
		amount,
		data(b""),
	)
}

fn transfer(from: &AccountId, to: &AccountId, amount: Balance) -> sp_runtime::DispatchResult {
	transferring(from, to, amount).map(drop).map_err(|e| e.error)
}

/// Receivers must be accredited.
fn accredited_receivers_only() -> RuleSet {
	RuleSet {
		sender: Default::default(),
		receiver: vec![vec![Condition::HasClaim(ClaimTopic::Accredited)].try_into().unwrap()]
			.try_into()
			.unwrap(),
	}
}

#[test]
fn a_receiver_failing_the_assets_rules_is_refused_with_the_clause() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Compliance::set_rules(agent(), ASSET, accredited_receivers_only()));
		assert_noop!(transfer(&alice(), &bob(), 10), refused(Rejection::ReceiverRuleFailed(0)));
		let bob_id = pallet_compliance::Pallet::<Test>::active_identity(&bob()).unwrap();
		// The KYC provider is not trusted for accreditation; an accreditor is.
		let accreditor = account(202);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			accreditor.clone(),
			vec![ClaimTopic::Accredited].try_into().unwrap()
		));
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(accreditor),
			bob_id,
			Claim::Accredited,
			Scope::Global,
			None,
			Default::default()
		));
		assert_ok!(transfer(&alice(), &bob(), 10));
	});
}

#[test]
fn issuance_to_a_receiver_failing_the_rules_is_refused() {
	run_test(|| {
		assert_ok!(Compliance::set_rules(agent(), ASSET, accredited_receivers_only()));
		assert_noop!(
			Token::issue(agent(), ASSET, DEFAULT, bob(), 10, data(b"")),
			refused(Rejection::ReceiverRuleFailed(0))
		);
		assert_noop!(
			Token::issue(agent(), ASSET, DEFAULT, stranger(), 10, data(b"")),
			refused(Rejection::ReceiverNotIdentified)
		);
	});
}

#[test]
fn a_paused_asset_moves_nothing_until_resumed() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Compliance::set_paused(agent(), ASSET, true));
		assert_noop!(transfer(&alice(), &bob(), 10), refused(Rejection::AssetPaused));
		assert_noop!(
			Token::issue(agent(), ASSET, DEFAULT, bob(), 10, data(b"")),
			refused(Rejection::AssetPaused)
		);
		assert_noop!(
			Token::redeem(RuntimeOrigin::signed(alice()), ASSET, DEFAULT, 10, data(b"")),
			refused(Rejection::AssetPaused)
		);
		// Other assets go on.
		issue(CASH, DEFAULT, &alice(), 5);
		assert_ok!(Compliance::set_paused(agent(), ASSET, false));
		assert_ok!(transfer(&alice(), &bob(), 10));
	});
}

#[test]
fn a_frozen_receiver_and_a_frozen_identity_are_refused() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Compliance::freeze_account(agent(), ASSET, bob(), true));
		assert_noop!(transfer(&alice(), &bob(), 10), refused(Rejection::ReceiverAccountFrozen));
		assert_ok!(Compliance::freeze_account(agent(), ASSET, bob(), false));
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		assert_ok!(Compliance::freeze_identity(agent(), ASSET, alice_id, true));
		assert_noop!(transfer(&alice(), &bob(), 10), refused(Rejection::SenderIdentityFrozen));
		assert_ok!(Compliance::freeze_identity(agent(), ASSET, alice_id, false));
		assert_ok!(transfer(&alice(), &bob(), 10));
	});
}

#[test]
fn the_frozen_part_of_a_holding_stays_put() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		assert_ok!(Compliance::set_partial_freeze(agent(), ASSET, alice_id, 70));
		assert_noop!(transfer(&alice(), &bob(), 31), refused(Rejection::HoldingPartlyFrozen));
		assert_ok!(transfer(&alice(), &bob(), 30));
	});
}

#[test]
fn a_sanctioned_party_is_refused() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		let screener = account(203);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			screener.clone(),
			vec![ClaimTopic::Sanctioned].try_into().unwrap()
		));
		let carol_id = pallet_compliance::Pallet::<Test>::active_identity(&carol()).unwrap();
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(screener),
			carol_id,
			Claim::Sanctioned,
			Scope::Global,
			None,
			Default::default()
		));
		assert_noop!(transfer(&alice(), &carol(), 1), refused(Rejection::ReceiverSanctioned));
	});
}

#[test]
fn the_holder_limit_counts_identities_across_the_ledger() {
	run_test(|| {
		assert_ok!(Compliance::set_restrictions(
			agent(),
			ASSET,
			Restrictions { max_holders: Some(2), ..Default::default() }
		));
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, LOCKED, &bob(), 100);
		assert_noop!(transfer(&alice(), &carol(), 1), refused(Rejection::MaxHoldersReached));
		// A second key of a holder's identity is no new holder.
		let alice_id = pallet_compliance::Pallet::<Test>::active_identity(&alice()).unwrap();
		let second = account(11);
		add_key(&alice(), alice_id, &second);
		assert_ok!(transfer(&alice(), &second, 1));
		// Once Bob sells out, Carol may come in.
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(bob()),
			ASSET,
			LOCKED,
			alice(),
			100,
			data(b"")
		));
		assert_ok!(transfer(&alice(), &carol(), 1));
	});
}

#[test]
fn a_transfer_to_an_unknown_key_is_refused_and_the_refusal_names_the_side() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_noop!(transfer(&alice(), &stranger(), 1), refused(Rejection::ReceiverNotIdentified));
	});
}

#[test]
fn the_refusal_code_reaches_the_caller_in_the_module_error() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 100);
		assert_ok!(Compliance::set_paused(agent(), ASSET, true));
		let error = transfer(&alice(), &bob(), 1).unwrap_err();
		let sp_runtime::DispatchError::Module(module) = error else {
			panic!("a module error, not {error:?}")
		};
		// The token pallet's error index, then compliance's reason code (2: AssetPaused).
		let index = Error::<Test>::ComplianceRefused(Rejection::AssetPaused);
		assert_eq!(module.index, 3, "the token pallet");
		assert_eq!(module.error[1], Rejection::AssetPaused.code());
		assert_eq!(module.error[1], 2);
		assert_eq!(sp_runtime::DispatchError::from(index), error);
	});
}

#[test]
fn a_transfer_is_charged_after_dispatch_for_the_rules_its_asset_has_not_the_dearest_check() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::dispatch::GetDispatchInfo;
		issue(ASSET, DEFAULT, &alice(), 100);
		// Bob holds already, so no transfer here changes the holders.
		issue(ASSET, DEFAULT, &bob(), 1);
		let call = RuntimeCall::Token(crate::Call::transfer {
			asset: ASSET,
			partition: DEFAULT,
			to: bob(),
			amount: 10,
			data: data(b""),
		});
		let before = call.get_dispatch_info().call_weight;
		let transfer = || {
			let origin = RuntimeOrigin::signed(alice());
			Token::transfer(origin, ASSET, DEFAULT, bob(), 10, data(b""))
				.expect("transferred")
				.actual_weight
				.expect("charged after dispatch")
		};
		// The asset keeps its identities' holdings, charged beyond `transfer`'s benchmark.
		let ledger = <Test as Config>::WeightInfo::transfer(0) + Token::holdings_weight(ASSET);
		// Outside an extrinsic nothing is given back after dispatch.
		System::note_finished_extrinsics();

		// Without rules, the ledger's own weight holds the whole check.
		let plain = transfer();
		assert_eq!(plain, ledger);
		assert!(plain.all_lt(before));

		let kyc_receivers = RuleSet {
			sender: Default::default(),
			receiver: vec![vec![Condition::HasClaim(ClaimTopic::Kyc)].try_into().unwrap()]
				.try_into()
				.unwrap(),
		};
		assert_ok!(Compliance::set_rules(agent(), ASSET, kyc_receivers));
		let ruled = transfer();
		// The condition, and the rule set read with it.
		let one_condition = <() as pallet_compliance::WeightInfo>::can_transfer(1, 0, 0)
			.saturating_sub(<() as pallet_compliance::WeightInfo>::can_transfer(0, 0, 0))
			.saturating_add(RocksDbWeight::get().reads(1));
		assert_eq!(ruled, ledger + one_condition);
		assert!(ruled.ref_time() > plain.ref_time());
		assert!(ruled.all_lt(before));
	});
}

#[test]
fn a_movement_is_charged_for_the_holder_counts_only_when_it_makes_or_loses_a_holder() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::dispatch::GetDispatchInfo;
		let holders = <Token as AssetLedger<_, _, _>>::holders_changed_weight();
		assert!(holders.ref_time() > 0);
		let charged = |result: frame_support::dispatch::DispatchResultWithPostInfo| {
			result.expect("moved").actual_weight.expect("charged after dispatch")
		};
		// The asset keeps its holders' holdings: every transfer is charged for them.
		let weights =
			|c: u32| <Test as Config>::WeightInfo::transfer(c) + Token::holdings_weight(ASSET);
		let send =
			|from: &AccountId, to: &AccountId, amount| charged(transferring(from, to, amount));
		let issuing = |to: &AccountId, amount| {
			charged(Token::issue(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				DEFAULT,
				to.clone(),
				amount,
				data(b""),
			))
		};
		// The receiver's holding of the asset, charged beyond `issue`'s benchmark.
		let issue_weight = <Test as Config>::WeightInfo::issue() + Token::holding_weight(ASSET);
		// Outside an extrinsic nothing is given back after dispatch (no shared records), so
		// each call is charged its whole weight.
		System::note_finished_extrinsics();

		// Alice and Bob held nothing: each issuance and the first transfer make a holder.
		assert_eq!(issuing(&alice(), 100), issue_weight + holders);
		assert_eq!(send(&alice(), &bob(), 10), weights(0) + holders);
		// Both hold before and after.
		assert_eq!(issuing(&alice(), 5), issue_weight);
		assert_eq!(send(&alice(), &bob(), 10), weights(0));
		// Alice sends all she has left, and holds nothing after.
		assert_eq!(send(&alice(), &bob(), 85), weights(0) + holders);
		assert_eq!(pallet_compliance::HolderCount::<Test>::get(ASSET), 1);
		// Bob redeems the lot; the controller's forced movements are charged alike.
		issue(ASSET, DEFAULT, &carol(), 7);
		let forced = charged(Token::controller_transfer(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			DEFAULT,
			carol(),
			alice(),
			7,
			data(b"court order"),
		));
		let controller_transfer = <Test as Config>::WeightInfo::controller_transfer();
		assert_eq!(forced, controller_transfer + Token::holdings_weight(ASSET) + holders);
		let redeemed =
			charged(Token::redeem(RuntimeOrigin::signed(bob()), ASSET, DEFAULT, 105, data(b"")));
		let redeem = <Test as Config>::WeightInfo::redeem();
		assert_eq!(redeemed, redeem + Token::holding_weight(ASSET) + holders);

		// Before dispatch, every movement is charged as if it changed holders.
		let call = RuntimeCall::Token(crate::Call::transfer {
			asset: ASSET,
			partition: DEFAULT,
			to: bob(),
			amount: 1,
			data: data(b""),
		});
		let before = call.get_dispatch_info().call_weight;
		assert!((weights(0) + holders).all_lt(before));
		let call = RuntimeCall::Token(crate::Call::controller_redeem {
			asset: ASSET,
			partition: DEFAULT,
			from: alice(),
			amount: 1,
			reason: data(b""),
		});
		assert_eq!(
			call.get_dispatch_info().call_weight,
			<Test as Config>::WeightInfo::controller_redeem()
				+ Token::max_holding_weight()
				+ holders
		);
	});
}

/// What a movement was charged, with the execution given back for list entries its check did
/// not meet added back: what the charge tests below are not about.
fn charged(call: &dyn Fn() -> frame_support::dispatch::DispatchResultWithPostInfo) -> Weight {
	use pallet_compliance::traits::SharedRecords;
	let start = <Compliance as SharedRecords>::unspent();
	let charged = call().expect("moved").actual_weight.expect("charged after dispatch");
	let execution = <Compliance as SharedRecords>::unspent().since(start).execution;
	assert!(execution > 0);
	charged + Weight::from_parts(execution, 0)
}

/// Alice, Bob and Carol each hold 100 of the asset, and block 2 begins with nothing read.
/// Returns what a transfer between two of them is charged as the block's first.
fn three_holders_in_a_fresh_block() -> Weight {
	use crate::weights::WeightInfo as _;
	for who in [alice(), bob(), carol()] {
		issue(ASSET, DEFAULT, &who, 100);
	}
	Compliance::on_finalize(1);
	System::set_block_number(2);
	<Test as Config>::WeightInfo::transfer(0) + Token::holdings_weight(ASSET)
}

#[test]
fn a_party_whose_records_were_emptied_earlier_in_the_block_is_charged_their_new_records_in_full() {
	run_test(|| {
		let full = three_holders_in_a_fresh_block();
		let holders = <Token as AssetLedger<_, _, _>>::holders_changed_weight();
		let shared = RocksDbWeight::get().reads(4);
		// A party's balance and compliance holding, each read and rewritten.
		let own_records = RocksDbWeight::get().reads_writes(2, 2);

		System::set_extrinsic_index(1);
		assert_eq!(charged(&|| transferring(&alice(), &bob(), 10)), full);
		// Bob sends all he holds: his records, which the first transfer wrote, are given back,
		// and removed.
		System::set_extrinsic_index(2);
		assert_eq!(
			charged(&|| transferring(&bob(), &carol(), 110)),
			full + holders - shared - own_records
		);
		assert_eq!(balance(ASSET, &bob(), DEFAULT), 0);
		// Bob's new records are written from nothing, charged in full; Alice's are given back.
		System::set_extrinsic_index(3);
		assert_eq!(
			charged(&|| transferring(&alice(), &bob(), 5)),
			full + holders - shared - own_records
		);
		// And once more: now both parties' records are the block's.
		System::set_extrinsic_index(4);
		assert_eq!(
			charged(&|| transferring(&bob(), &alice(), 1)),
			full - shared - own_records - own_records
		);
	});
}

#[test]
fn a_transfer_after_another_of_the_same_asset_in_the_block_is_given_back_the_shared_reads() {
	run_test(|| {
		let full = three_holders_in_a_fresh_block();

		System::set_extrinsic_index(1);
		assert_eq!(charged(&|| transferring(&alice(), &bob(), 10)), full);
		// The same asset: its record, its compliance profile and both lists of trusted
		// issuers are in the block's cache, and Alice's balance and compliance holding, which
		// the first transfer wrote, in its overlay: their reads and writes are given back.
		// The parties' keys, and Carol's balance and holding, are their own and charged in
		// full.
		System::set_extrinsic_index(2);
		let shared = RocksDbWeight::get().reads(4);
		let alices_balance = RocksDbWeight::get().reads_writes(1, 1);
		let alices_holding = RocksDbWeight::get().reads_writes(1, 1);
		assert_eq!(
			charged(&|| transferring(&carol(), &alice(), 10)),
			full - shared - alices_balance - alices_holding
		);
		assert_eq!(balance(ASSET, &alice(), DEFAULT), 100);
		// The next block starts cold again.
		Compliance::on_finalize(2);
		System::set_block_number(3);
		System::set_extrinsic_index(1);
		assert_eq!(charged(&|| transferring(&bob(), &carol(), 10)), full);
	});
}

#[test]
fn an_asset_whose_compliance_keeps_no_holdings_moves_every_way_without_writing_any() {
	run_test(|| {
		assert_ok!(Compliance::set_keeps_holdings(agent(), CASH, false));
		assert_eq!(Token::holdings_weight(CASH), Weight::zero());
		assert_eq!(Token::holdings_weight(ASSET), Token::max_holdings_weight());
		// What other pallets' calls are charged for each party's holding: none for the cash,
		// and for the asset a half of the transfer's two, rounded up.
		let one = <Token as AssetLedger<_, _, _>>::holding_weight;
		assert_eq!(one(CASH), Weight::zero());
		assert_eq!(one(ASSET), <Token as AssetLedger<_, _, _>>::max_holding_weight());
		assert!(one(ASSET).ref_time() > 0);
		assert!((one(ASSET) * 2).all_gte(Token::holdings_weight(ASSET)));
		assert!((one(ASSET) * 2 - Token::holdings_weight(ASSET)).ref_time() <= 1);
		issue(CASH, DEFAULT, &alice(), 100);
		assert_ok!(Token::transfer(
			RuntimeOrigin::signed(alice()),
			CASH,
			DEFAULT,
			bob(),
			40,
			data(b"")
		));
		assert_ok!(Token::redeem(RuntimeOrigin::signed(bob()), CASH, DEFAULT, 15, data(b"")));
		assert_eq!((total(CASH, &alice()), total(CASH, &bob()), supply(CASH)), (60, 25, 85));
		assert_eq!(pallet_compliance::Holdings::<Test>::iter_prefix(CASH).count(), 0);
		assert_eq!(pallet_compliance::HolderCount::<Test>::get(CASH), 0);
		// Compliance still answers for every movement: a party without an identity is refused.
		assert_noop!(
			Token::transfer(
				RuntimeOrigin::signed(alice()),
				CASH,
				DEFAULT,
				stranger(),
				1,
				data(b"")
			),
			refused(Rejection::ReceiverNotIdentified)
		);
		// A cap on holders needs holdings: refused for this asset, accepted for the other.
		let capped = Restrictions { max_holders: Some(2), ..Default::default() };
		assert_noop!(
			Compliance::set_restrictions(agent(), CASH, capped.clone()),
			pallet_compliance::Error::<Test>::HoldingsNotKept
		);
		assert_ok!(Compliance::set_restrictions(agent(), ASSET, capped));
	});
}

#[test]
fn every_movement_is_charged_for_the_identity_holdings_its_asset_keeps_and_only_those() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::dispatch::{DispatchResultWithPostInfo, GetDispatchInfo};
		type Weights = <Test as Config>::WeightInfo;
		assert_ok!(Compliance::set_keeps_holdings(agent(), CASH, false));
		for asset in [ASSET, CASH] {
			// Alice, Bob and Carol hold before and after every movement below.
			for who in [alice(), bob(), carol()] {
				issue(asset, DEFAULT, &who, 100);
			}
			let alice_signs = RuntimeOrigin::signed(alice());
			assert_ok!(Token::authorize_operator(alice_signs, asset, carol(), None));
		}
		// Outside an extrinsic nothing is given back after dispatch.
		System::note_finished_extrinsics();
		let charged = |result: DispatchResultWithPostInfo| {
			result.expect("moved").actual_weight.expect("charged after dispatch")
		};
		let (issuer_signs, carol_signs) =
			(|| RuntimeOrigin::signed(issuer()), || RuntimeOrigin::signed(carol()));
		let kept = (Token::max_holding_weight(), Token::max_holdings_weight());
		assert!(kept.0.ref_time() > 0 && kept.1.all_gte(kept.0));
		for (asset, (one, both)) in [(ASSET, kept), (CASH, (Weight::zero(), Weight::zero()))] {
			let issued = charged(Token::issue(issuer_signs(), asset, DEFAULT, bob(), 1, data(b"")));
			assert_eq!(issued, Weights::issue() + one);
			let redeemed =
				charged(Token::redeem(RuntimeOrigin::signed(bob()), asset, DEFAULT, 1, data(b"")));
			assert_eq!(redeemed, Weights::redeem() + one);
			let operated = charged(Token::operator_transfer(
				carol_signs(),
				asset,
				DEFAULT,
				alice(),
				bob(),
				1,
				data(b""),
			));
			assert_eq!(operated, Weights::operator_transfer() + both);
			let operator_redeemed = charged(Token::operator_redeem(
				carol_signs(),
				asset,
				DEFAULT,
				alice(),
				1,
				data(b""),
			));
			assert_eq!(operator_redeemed, Weights::operator_redeem() + one);
			let forced = charged(Token::controller_transfer(
				issuer_signs(),
				asset,
				DEFAULT,
				alice(),
				bob(),
				1,
				data(b"court order"),
			));
			assert_eq!(forced, Weights::controller_transfer() + both);
			let forced_redemption = charged(Token::controller_redeem(
				issuer_signs(),
				asset,
				DEFAULT,
				alice(),
				1,
				data(b"court order"),
			));
			assert_eq!(forced_redemption, Weights::controller_redeem() + one);
		}
		// Before dispatch each is charged as for an asset that keeps them, whatever its asset.
		let before = |call| RuntimeCall::Token(call).get_dispatch_info().call_weight;
		let (one, both) = kept;
		let (asset, partition, data) = (CASH, DEFAULT, data(b""));
		let (from, to, amount, reason) = (alice(), bob(), 1, data.clone());
		let call =
			crate::Call::issue { asset, partition, to: to.clone(), amount, data: data.clone() };
		assert_eq!(before(call), Token::checked(Weights::issue() + one));
		let call = crate::Call::redeem { asset, partition, amount, data: data.clone() };
		assert_eq!(before(call), Token::checked(Weights::redeem() + one));
		let call = crate::Call::operator_transfer {
			asset,
			partition,
			from: from.clone(),
			to: to.clone(),
			amount,
			data: data.clone(),
		};
		assert_eq!(before(call), Token::checked(Weights::operator_transfer() + both));
		let call =
			crate::Call::operator_redeem { asset, partition, from: from.clone(), amount, data };
		assert_eq!(before(call), Token::checked(Weights::operator_redeem() + one));
		let call = crate::Call::controller_transfer {
			asset,
			partition,
			from: from.clone(),
			to,
			amount,
			reason: reason.clone(),
		};
		assert_eq!(before(call), Token::forced(Weights::controller_transfer() + both));
		let call = crate::Call::controller_redeem { asset, partition, from, amount, reason };
		assert_eq!(before(call), Token::forced(Weights::controller_redeem() + one));
	});
}
