//! Offerings as issuers run them, end to end through the mock ledger.

use super::{check, set_restrictions, set_rules};
use crate::types::InvestorType;
use crate::{mock::*, *};
use frame_support::{assert_ok, BoundedVec};
use ClaimTopic::*;
use Condition::*;

fn accredited_investor(key: &AccountId, country: &[u8; 2]) -> IdentityId {
	let id = investor(key, country);
	claim(&accreditor(), id, Claim::Accredited);
	id
}

#[test]
fn a_reg_d_506c_offering_sells_to_accredited_us_investors_with_a_12_month_lock_up() {
	run_test(|| {
		set_rules(rules(
			vec![],
			vec![
				clause(vec![HasClaim(Kyc)]),
				clause(vec![HasClaim(Accredited)]),
				clause(vec![JurisdictionIn(countries(&[b"US"]))]),
			],
		));
		set_restrictions(Restrictions { holding_period: Some(365 * DAY), ..Default::default() });
		let (alice, bob, carol, dan) = (account(1), account(2), account(3), account(4));
		accredited_investor(&alice, b"US");
		accredited_investor(&bob, b"US");
		investor(&carol, b"US"); // not accredited
		accredited_investor(&dan, b"GB");

		assert_ok!(issue(ASSET, &alice, 1_000));
		assert_eq!(issue(ASSET, &carol, 1_000), Err(Rejection::ReceiverRuleFailed(1)));
		assert_eq!(issue(ASSET, &dan, 1_000), Err(Rejection::ReceiverRuleFailed(2)));

		set_now(START + 364 * DAY);
		assert_eq!(transfer(ASSET, &alice, &bob, 100), Err(Rejection::HoldingPeriodNotPassed));
		set_now(START + 365 * DAY);
		assert_ok!(transfer(ASSET, &alice, &bob, 100));
		assert_eq!(transfer(ASSET, &alice, &carol, 100), Err(Rejection::ReceiverRuleFailed(1)));
		assert_eq!(ledger_balance(ASSET, &bob), 100);
	});
}

#[test]
fn a_reg_s_offering_keeps_us_persons_out_for_its_40_day_window() {
	run_test(|| {
		set_rules(rules(vec![], vec![clause(vec![HasClaim(Kyc)])]));
		let window = DistributionWindow { country: CountryCode(*b"US"), until: START + 40 * DAY };
		set_restrictions(Restrictions {
			distribution_windows: vec![window].try_into().unwrap(),
			..Default::default()
		});
		let (hans, marie, joe) = (account(1), account(2), account(3));
		investor(&hans, b"DE");
		investor(&marie, b"FR");
		investor(&joe, b"US");

		assert_eq!(issue(ASSET, &joe, 100), Err(Rejection::DistributionWindowOpen));
		assert_ok!(issue(ASSET, &hans, 100));
		assert_eq!(transfer(ASSET, &hans, &joe, 10), Err(Rejection::DistributionWindowOpen));
		assert_ok!(transfer(ASSET, &hans, &marie, 10));

		set_now(START + 40 * DAY);
		assert_ok!(transfer(ASSET, &hans, &joe, 10));
	});
}

#[test]
fn an_eu_professional_investors_fund_admits_at_most_150_holders() {
	run_test(|| {
		let eu = countries(&[b"DE", b"FR", b"IE", b"LU", b"NL"]);
		let professional: BoundedVec<_, _> =
			vec![InvestorType::Professional, InvestorType::Institutional].try_into().unwrap();
		set_rules(rules(
			vec![],
			vec![
				clause(vec![HasClaim(Kyc)]),
				clause(vec![JurisdictionIn(eu)]),
				clause(vec![HasClaim(QualifiedInvestor), InvestorTypeIn(professional)]),
			],
		));
		set_restrictions(Restrictions { max_holders: Some(150), ..Default::default() });

		let holder = |n: u32| {
			let mut raw = [1u8; 32];
			raw[28..].copy_from_slice(&n.to_le_bytes());
			AccountId::new(raw)
		};
		for n in 0..150 {
			let id = investor(&holder(n), b"LU");
			claim(&kyc_provider(), id, Claim::InvestorType(InvestorType::Institutional));
			assert_ok!(issue(ASSET, &holder(n), 1_000));
		}
		assert_eq!(HolderCount::<Test>::get(ASSET), 150);

		let late = holder(150);
		let id = investor(&late, b"IE");
		claim(&accreditor(), id, Claim::QualifiedInvestor);
		assert_eq!(issue(ASSET, &late, 1_000), Err(Rejection::MaxHoldersReached));
		assert_eq!(transfer(ASSET, &holder(0), &late, 500), Err(Rejection::MaxHoldersReached));

		let retail = account(7);
		let retail_id = investor(&retail, b"DE");
		claim(&kyc_provider(), retail_id, Claim::InvestorType(InvestorType::Retail));
		assert_eq!(check(&holder(0), &retail, 1), Err(Rejection::ReceiverRuleFailed(2)));

		// One holder sells out to the late investor: the fund stays at 150.
		assert_ok!(transfer(ASSET, &holder(0), &late, 1_000));
		assert_eq!(HolderCount::<Test>::get(ASSET), 150);
	});
}

#[test]
fn a_sanctioned_investor_is_blocked_in_every_asset_and_every_direction() {
	run_test(|| {
		let other_asset = 8;
		assert_ok!(Compliance::register_asset(RuntimeOrigin::root(), other_asset, 0));
		let (alice, mallory) = (account(1), account(2));
		investor(&alice, b"US");
		let mallory_id = investor(&mallory, b"US");
		for asset in [ASSET, other_asset] {
			assert_ok!(issue(asset, &alice, 100));
			assert_ok!(issue(asset, &mallory, 100));
		}
		claim(&screener(), mallory_id, Claim::Sanctioned);
		for asset in [ASSET, other_asset] {
			assert_eq!(transfer(asset, &mallory, &alice, 1), Err(Rejection::SenderSanctioned));
			assert_eq!(transfer(asset, &alice, &mallory, 1), Err(Rejection::ReceiverSanctioned));
			assert_eq!(issue(asset, &mallory, 1), Err(Rejection::ReceiverSanctioned));
			assert_eq!(redeem(asset, &mallory, 1), Err(Rejection::SenderSanctioned));
		}
		// A sanctions claim from someone not trusted for sanctions would not count; this one
		// does, and its revocation lifts the block.
		assert_ok!(Compliance::revoke_claim(
			RuntimeOrigin::signed(screener()),
			mallory_id,
			Sanctioned,
			screener(),
			Scope::Global
		));
		assert_ok!(transfer(ASSET, &mallory, &alice, 1));
	});
}

#[test]
fn an_expired_kyc_claim_blocks_the_next_transfer() {
	run_test(|| {
		set_rules(rules(vec![clause(vec![HasClaim(Kyc)])], vec![clause(vec![HasClaim(Kyc)])]));
		let (alice, bob) = (account(1), account(2));
		let alice_id = register(&alice);
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(kyc_provider()),
			alice_id,
			Claim::Kyc,
			Scope::Global,
			Some(START + 365 * DAY),
			Default::default()
		));
		investor(&bob, b"US");
		assert_ok!(issue(ASSET, &alice, 100));
		assert_ok!(transfer(ASSET, &alice, &bob, 10));
		set_now(START + 365 * DAY);
		assert_eq!(transfer(ASSET, &alice, &bob, 10), Err(Rejection::SenderRuleFailed(0)));
		assert_eq!(transfer(ASSET, &bob, &alice, 10), Err(Rejection::ReceiverRuleFailed(0)));
	});
}

#[test]
fn a_claim_issuer_no_longer_trusted_stops_counting_at_once() {
	run_test(|| {
		set_rules(rules(vec![], vec![clause(vec![HasClaim(Kyc)])]));
		let (alice, bob) = (account(1), account(2));
		investor(&alice, b"US");
		investor(&bob, b"US");
		assert_ok!(issue(ASSET, &alice, 100));
		assert_ok!(Compliance::remove_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			kyc_provider()
		));
		assert_eq!(transfer(ASSET, &alice, &bob, 10), Err(Rejection::ReceiverRuleFailed(0)));
		// Trusting another provider for KYC on this asset only, whose claim Bob holds.
		let local = account(50);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::signed(issuer()),
			Scope::Asset(ASSET),
			local.clone(),
			topics(&[Kyc])
		));
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(local),
			Compliance::active_identity(&bob).unwrap(),
			Claim::Kyc,
			Scope::Asset(ASSET),
			None,
			Default::default()
		));
		assert_ok!(transfer(ASSET, &alice, &bob, 10));
	});
}

#[test]
fn checks_through_one_memo_answer_as_checks_without_one() {
	run_test(|| {
		let (alice, bob, frozen, mallory, stranger) =
			(account(1), account(2), account(3), account(4), account(5));
		investor(&alice, b"DE");
		investor(&bob, b"FR");
		investor(&frozen, b"FR");
		let mallory_id = investor(&mallory, b"US");
		for holder in [&alice, &frozen, &mallory] {
			assert_ok!(issue(ASSET, holder, 100));
		}
		claim(&screener(), mallory_id, Claim::Sanctioned);
		assert_ok!(Compliance::freeze_account(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			frozen.clone(),
			true
		));
		let parties = [&alice, &bob, &frozen, &mallory, &stranger];
		let mut memo = CheckMemo::<Test>::default();
		let mut refusals = 0;
		// Each pair twice: once with its parties new to the memo, once remembered.
		for _ in 0..2 {
			for from in parties {
				for to in parties {
					for amount in [0, 1, 101] {
						let without = check(from, to, amount);
						let through = Compliance::check_transfer_remembering(
							&mut memo, ASSET, from, to, amount,
						);
						assert_eq!(through, without, "{from:?} to {to:?}, {amount}");
						refusals += u32::from(without.is_err());
					}
				}
			}
		}
		// Every kind of party was refused somewhere, and alice's sale of 1 passed.
		assert!(refusals > 0);
		assert_ok!(Compliance::check_transfer_remembering(&mut memo, ASSET, &alice, &bob, 1));
		for (from, to, why) in [
			(&frozen, &alice, Rejection::SenderAccountFrozen),
			(&mallory, &alice, Rejection::SenderSanctioned),
			(&alice, &stranger, Rejection::ReceiverNotIdentified),
			(&alice, &bob, Rejection::InsufficientHolding),
		] {
			let amount = if why == Rejection::InsufficientHolding { 101 } else { 1 };
			assert_eq!(
				Compliance::check_transfer_remembering(&mut memo, ASSET, from, to, amount),
				Err(why)
			);
		}
	});
}
