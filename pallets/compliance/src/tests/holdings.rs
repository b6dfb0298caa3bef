//! Whether an asset keeps its identities' holdings: chosen by its compliance agent before
//! anything is issued, and required by every restriction and freeze that weighs them.

use super::{check, set_restrictions, set_rules};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_runtime::Permill;

fn agent() -> RuntimeOrigin {
	RuntimeOrigin::signed(issuer())
}

fn stop_keeping_holdings() {
	assert_ok!(Compliance::set_keeps_holdings(agent(), ASSET, false));
}

/// Every restriction that weighs identities' holdings, each alone.
fn restrictions_weighing_holdings() -> Vec<Restrictions<Balance>> {
	let cap = JurisdictionCap { country: CountryCode(*b"US"), max_holders: 1 };
	vec![
		Restrictions { max_holders: Some(1), ..Default::default() },
		Restrictions {
			max_holders_per_jurisdiction: BoundedVec::truncate_from(vec![cap]),
			..Default::default()
		},
		Restrictions { max_ownership: Some(Permill::from_percent(50)), ..Default::default() },
		Restrictions { min_holding: Some(1), ..Default::default() },
		Restrictions { max_holding: Some(1_000), ..Default::default() },
		Restrictions { holding_period: Some(DAY), ..Default::default() },
	]
}

/// The holding compliance keeps of `who`'s identity, and how many hold `ASSET`.
fn kept_holding(who: &AccountId) -> (Option<Balance>, u32) {
	let identity = Compliance::active_identity(who).expect("identified");
	let holding = Holdings::<Test>::get(ASSET, identity).map(|h| h.balance);
	(holding, HolderCount::<Test>::get(ASSET))
}

#[test]
fn an_asset_keeps_holdings_from_its_registration() {
	run_test(|| {
		assert!(Compliance::keeps_holdings(ASSET));
		let alice = account(1);
		investor(&alice, b"US");
		assert_ok!(issue(ASSET, &alice, 100));
		assert_eq!(kept_holding(&alice), (Some(100), 1));
	});
}

#[test]
fn an_asset_that_keeps_no_holdings_moves_without_writing_any() {
	run_test(|| {
		stop_keeping_holdings();
		assert!(!Compliance::keeps_holdings(ASSET));
		assert_eq!(events().last(), Some(&Event::KeepsHoldingsSet { asset: ASSET, keeps: false }));
		let (alice, bob) = (account(1), account(2));
		investor(&alice, b"US");
		investor(&bob, b"DE");
		assert_ok!(issue(ASSET, &alice, 100));
		assert_ok!(transfer(ASSET, &alice, &bob, 40));
		assert_ok!(redeem(ASSET, &bob, 10));
		// The ledger moved; compliance kept only the supply.
		assert_eq!((ledger_balance(ASSET, &alice), ledger_balance(ASSET, &bob)), (60, 30));
		assert_eq!(Holdings::<Test>::iter_prefix(ASSET).count(), 0);
		assert_eq!(HolderCount::<Test>::get(ASSET), 0);
		assert_eq!(JurisdictionHolderCount::<Test>::iter_prefix(ASSET).count(), 0);
		assert_eq!(Supply::<Test>::get(ASSET), 90);
	});
}

#[test]
fn an_asset_that_keeps_no_holdings_still_answers_to_its_rules_and_other_restrictions() {
	run_test(|| {
		stop_keeping_holdings();
		let (alice, bob, stranger) = (account(1), account(2), account(3));
		investor(&alice, b"US");
		investor(&bob, b"US");
		register(&stranger);
		set_rules(rules(vec![], vec![clause(vec![Condition::HasClaim(ClaimTopic::Kyc)])]));
		assert_ok!(issue(ASSET, &alice, 100));
		assert_eq!(check(&alice, &stranger, 1), Err(Rejection::ReceiverRuleFailed(0)));
		set_restrictions(Restrictions { daily_limit: Some(30), ..Default::default() });
		assert_ok!(transfer(ASSET, &alice, &bob, 30));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::SenderDailyLimit));
		set_restrictions(Restrictions { lock_up_until: Some(START + DAY), ..Default::default() });
		assert_eq!(check(&bob, &alice, 1), Err(Rejection::LockedUp));
		assert_ok!(Compliance::set_paused(agent(), ASSET, true));
		assert_eq!(check(&bob, &alice, 1), Err(Rejection::AssetPaused));
	});
}

#[test]
fn a_restriction_or_freeze_weighing_holdings_is_refused_on_an_asset_that_keeps_none() {
	run_test(|| {
		stop_keeping_holdings();
		let alice = account(1);
		let identity = investor(&alice, b"US");
		for restrictions in restrictions_weighing_holdings() {
			assert_noop!(
				Compliance::set_restrictions(agent(), ASSET, restrictions),
				Error::<Test>::HoldingsNotKept
			);
		}
		assert_noop!(
			Compliance::set_partial_freeze(agent(), ASSET, identity, 5),
			Error::<Test>::HoldingsNotKept
		);
		assert!(!AssetProfiles::<Test>::get(ASSET).expect("registered").restricted);
	});
}

#[test]
fn an_asset_stops_keeping_holdings_only_while_nothing_weighs_them() {
	run_test(|| {
		let alice = account(1);
		let identity = investor(&alice, b"US");
		for restrictions in restrictions_weighing_holdings() {
			set_restrictions(restrictions);
			assert_noop!(
				Compliance::set_keeps_holdings(agent(), ASSET, false),
				Error::<Test>::HoldingsNeeded
			);
		}
		set_restrictions(Restrictions::default());
		assert_ok!(Compliance::set_partial_freeze(agent(), ASSET, identity, 5));
		assert_noop!(
			Compliance::set_keeps_holdings(agent(), ASSET, false),
			Error::<Test>::HoldingsNeeded
		);
		assert_ok!(Compliance::set_partial_freeze(agent(), ASSET, identity, 0));
		// Restrictions that weigh no holdings do not hold it back.
		set_restrictions(Restrictions { lock_up_until: Some(START + DAY), ..Default::default() });
		stop_keeping_holdings();
	});
}

#[test]
fn whether_an_asset_keeps_holdings_is_chosen_while_nothing_of_it_is_issued() {
	run_test(|| {
		let alice = account(1);
		investor(&alice, b"US");
		assert_ok!(issue(ASSET, &alice, 100));
		assert_noop!(
			Compliance::set_keeps_holdings(agent(), ASSET, false),
			Error::<Test>::SupplyOutstanding
		);
		assert_ok!(redeem(ASSET, &alice, 100));
		stop_keeping_holdings();
		assert_ok!(issue(ASSET, &alice, 50));
		assert_noop!(
			Compliance::set_keeps_holdings(agent(), ASSET, true),
			Error::<Test>::SupplyOutstanding
		);
		assert_ok!(redeem(ASSET, &alice, 50));
		assert_ok!(Compliance::set_keeps_holdings(agent(), ASSET, true));
		// Kept again from nothing: the next issuance is counted whole.
		assert_ok!(issue(ASSET, &alice, 20));
		assert_eq!(kept_holding(&alice), (Some(20), 1));
	});
}

#[test]
fn only_the_compliance_agent_chooses_whether_an_asset_keeps_holdings() {
	run_test(|| {
		let stranger = account(9);
		register(&stranger);
		assert_noop!(
			Compliance::set_keeps_holdings(RuntimeOrigin::signed(stranger), ASSET, false),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::set_keeps_holdings(agent(), ASSET + 1, false),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_keeps_holdings(agent(), ASSET, true),
			Error::<Test>::Unchanged
		);
		assert!(Compliance::keeps_holdings(ASSET));
	});
}
