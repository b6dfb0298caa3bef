use super::{check, set_restrictions, set_rules};
use crate::types::InvestorType;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, weights::Weight};
use ClaimTopic::*;
use Condition::*;

/// Two US investors, the first holding 100.
fn two_investors() -> (AccountId, AccountId) {
	let (alice, bob) = (account(1), account(2));
	investor(&alice, b"US");
	investor(&bob, b"US");
	assert_ok!(issue(ASSET, &alice, 100));
	(alice, bob)
}

#[test]
fn a_party_without_an_identity_is_refused() {
	run_test(|| {
		let (alice, _) = two_investors();
		assert_eq!(check(&alice, &account(3), 1), Err(Rejection::ReceiverNotIdentified));
		assert_eq!(check(&account(3), &alice, 1), Err(Rejection::SenderNotIdentified));
		assert_eq!(
			Compliance::check_issue(ASSET, &account(3), 1),
			Err(Rejection::ReceiverNotIdentified)
		);
	});
}

#[test]
fn an_unknown_asset_and_a_zero_amount_are_refused() {
	run_test(|| {
		let (alice, bob) = two_investors();
		assert_eq!(Compliance::check_transfer(99, &alice, &bob, 1), Err(Rejection::UnknownAsset));
		assert_eq!(check(&alice, &bob, 0), Err(Rejection::ZeroAmount));
		assert_eq!(check(&alice, &bob, 101), Err(Rejection::InsufficientHolding));
		assert_eq!(check(&alice, &bob, 100), Ok(()));
	});
}

#[test]
fn a_receiver_without_the_required_claim_is_refused_with_the_clause() {
	run_test(|| {
		let (alice, bob) = two_investors();
		set_rules(rules(
			vec![],
			vec![clause(vec![HasClaim(Kyc)]), clause(vec![HasClaim(Accredited)])],
		));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(1)));
		claim(&accreditor(), Compliance::active_identity(&bob).unwrap(), Claim::Accredited);
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn any_condition_of_a_clause_satisfies_it() {
	run_test(|| {
		let (alice, bob) = two_investors();
		set_rules(rules(
			vec![],
			vec![clause(vec![HasClaim(Accredited), JurisdictionIn(countries(&[b"US"]))])],
		));
		assert_eq!(check(&alice, &bob, 1), Ok(()), "not accredited, but in the US");
		set_rules(rules(
			vec![],
			vec![clause(vec![HasClaim(Accredited), JurisdictionIn(countries(&[b"DE"]))])],
		));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(0)));
	});
}

#[test]
fn sender_rules_apply_to_the_sender() {
	run_test(|| {
		let (alice, bob) = two_investors();
		set_rules(rules(vec![clause(vec![JurisdictionNotIn(countries(&[b"US"]))])], vec![]));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::SenderRuleFailed(0)));
	});
}

#[test]
fn a_jurisdiction_rule_fails_closed_without_a_trusted_jurisdiction() {
	run_test(|| {
		let (alice, _) = two_investors();
		let carol = account(3);
		let id = register(&carol);
		claim(&kyc_provider(), id, Claim::Kyc);
		set_rules(rules(vec![], vec![clause(vec![JurisdictionNotIn(countries(&[b"US"]))])]));
		assert_eq!(check(&alice, &carol, 1), Err(Rejection::ReceiverRuleFailed(0)));
	});
}

#[test]
fn investor_type_and_identity_conditions_are_checked() {
	run_test(|| {
		let (alice, bob) = two_investors();
		let bob_id = Compliance::active_identity(&bob).unwrap();
		let professional = vec![InvestorType::Professional, InvestorType::Institutional];
		set_rules(rules(
			vec![],
			vec![clause(vec![InvestorTypeIn(professional.try_into().unwrap())])],
		));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(0)));
		claim(&kyc_provider(), bob_id, Claim::InvestorType(InvestorType::Retail));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(0)));
		claim(&kyc_provider(), bob_id, Claim::InvestorType(InvestorType::Professional));
		assert_eq!(check(&alice, &bob, 1), Ok(()));

		set_rules(rules(vec![], vec![clause(vec![IdentityIs(bob_id + 1)])]));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(0)));
		set_rules(rules(vec![], vec![clause(vec![IdentityIs(bob_id)])]));
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn a_lacks_claim_condition_refuses_a_holder_of_the_claim() {
	run_test(|| {
		let (alice, bob) = two_investors();
		set_rules(rules(vec![], vec![clause(vec![LacksClaim(Affiliate)])]));
		assert_eq!(check(&alice, &bob, 1), Ok(()));
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::signed(issuer()),
			Scope::Asset(ASSET),
			issuer(),
			topics(&[Affiliate])
		));
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(issuer()),
			Compliance::active_identity(&bob).unwrap(),
			Claim::Affiliate,
			Scope::Asset(ASSET),
			None,
			Default::default()
		));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(0)));
	});
}

#[test]
fn a_claim_from_an_issuer_trusted_only_for_another_asset_does_not_count() {
	run_test(|| {
		let (alice, bob) = two_investors();
		let other_asset = 8;
		assert_ok!(Compliance::register_asset(RuntimeOrigin::root(), other_asset, 0));
		let local = account(50);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Asset(other_asset),
			local.clone(),
			topics(&[Accredited])
		));
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(local),
			Compliance::active_identity(&bob).unwrap(),
			Claim::Accredited,
			Scope::Asset(other_asset),
			None,
			Default::default()
		));
		set_rules(rules(vec![], vec![clause(vec![HasClaim(Accredited)])]));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverRuleFailed(0)));
		assert_eq!(
			Compliance::check_transfer(other_asset, &alice, &bob, 1),
			Err(Rejection::InsufficientHolding)
		);
	});
}

#[test]
fn an_identity_exempted_from_the_rules_passes_them() {
	run_test(|| {
		let (alice, bob) = two_investors();
		set_rules(rules(vec![], vec![clause(vec![HasClaim(Accredited)])]));
		let bob_id = Compliance::active_identity(&bob).unwrap();
		assert_ok!(Compliance::set_exemption(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			bob_id,
			Restriction::Rules,
			true
		));
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn only_the_compliance_agent_sets_rules_and_bad_rules_are_refused() {
	run_test(|| {
		investor(&account(1), b"US");
		let good = rules(vec![], vec![clause(vec![HasClaim(Kyc)])]);
		assert_noop!(
			Compliance::set_rules(RuntimeOrigin::signed(account(1)), ASSET, good.clone()),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::set_rules(RuntimeOrigin::signed(issuer()), 99, good.clone()),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_rules(RuntimeOrigin::root(), ASSET, good.clone()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Compliance::set_rules(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				rules(vec![clause(vec![])], vec![])
			),
			Error::<Test>::EmptyClause
		);
		assert_noop!(
			Compliance::set_rules(
				RuntimeOrigin::signed(issuer()),
				ASSET,
				rules(vec![], vec![clause(vec![JurisdictionIn(countries(&[b"U1"]))])])
			),
			Error::<Test>::MalformedCountryCode
		);
		assert_ok!(Compliance::set_rules(RuntimeOrigin::signed(issuer()), ASSET, good.clone()));
		assert_eq!(Rules::<Test>::get(ASSET), good);
		assert_eq!(events().last(), Some(&Event::RulesSet { asset: ASSET, rules: good }));
	});
}

#[test]
fn a_handed_over_asset_is_governed_by_its_new_agent_only() {
	run_test(|| {
		let new_agent = register(&account(5));
		assert_noop!(
			Compliance::set_compliance_agent(RuntimeOrigin::signed(account(5)), ASSET, new_agent),
			Error::<Test>::NotComplianceAgent
		);
		assert_ok!(Compliance::set_compliance_agent(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			new_agent
		));
		assert_noop!(
			Compliance::set_rules(RuntimeOrigin::signed(issuer()), ASSET, RuleSet::default()),
			Error::<Test>::NotComplianceAgent
		);
		assert_ok!(Compliance::set_rules(
			RuntimeOrigin::signed(account(5)),
			ASSET,
			RuleSet::default()
		));
		assert_noop!(
			Compliance::register_asset(RuntimeOrigin::root(), ASSET, new_agent),
			Error::<Test>::AssetAlreadyRegistered
		);
	});
}

#[test]
fn a_check_is_charged_by_the_conditions_restrictions_and_freezes_the_asset_has() {
	run_test(|| {
		// Beyond a check of an asset without any, which the asking call's own weight holds.
		let beyond_none = |c, r, f| {
			let measured = <() as crate::WeightInfo>::can_transfer;
			measured(c, r, f).saturating_sub(measured(0, 0, 0))
		};
		assert_eq!(Compliance::check_weight(ASSET), Weight::zero());
		set_rules(rules(
			vec![clause(vec![HasClaim(Kyc)])],
			vec![clause(vec![HasClaim(Kyc), HasClaim(Accredited)])],
		));
		let three = Compliance::check_weight(ASSET);
		assert_eq!(three, beyond_none(3, 0, 0));
		assert!(three.ref_time() > 0);
		// A check of one party weighs the conditions on its side only.
		assert_eq!(Compliance::seller_check_weight(ASSET), beyond_none(1, 0, 0));
		assert_eq!(Compliance::buyer_check_weight(ASSET), beyond_none(2, 0, 0));
		assert!(Compliance::seller_check_weight(ASSET).all_lt(three));
		set_rules(rules(vec![], vec![clause(vec![HasClaim(Kyc)])]));
		assert_eq!(Compliance::seller_check_weight(ASSET), Weight::zero(), "no rule on senders");
		set_rules(rules(
			vec![clause(vec![HasClaim(Kyc)])],
			vec![clause(vec![HasClaim(Kyc), HasClaim(Accredited)])],
		));
		set_restrictions(Restrictions { max_holders: Some(10), ..Default::default() });
		let restricted = Compliance::check_weight(ASSET);
		assert_eq!(restricted, beyond_none(3, 1, 0));
		assert!(restricted.ref_time() > three.ref_time());
		// One frozen account anywhere, and every check reads its parties' freezes.
		let agent = RuntimeOrigin::signed(issuer());
		assert_ok!(Compliance::freeze_account(agent.clone(), ASSET, account(77), true));
		let frozen = Compliance::check_weight(ASSET);
		assert_eq!(frozen, beyond_none(3, 1, 1));
		assert!(frozen.ref_time() > restricted.ref_time());
		assert_ok!(Compliance::freeze_account(agent, ASSET, account(77), false));
		assert_eq!(Compliance::check_weight(ASSET), restricted, "lifted, and no longer read");
		let most = <Compliance as TransferCompliance<_, _, _>>::max_check_weight();
		assert!(most.all_gt(frozen));
		assert_eq!(most, beyond_none(MAX_RULE_CONDITIONS, 1, 1));
	});
}
