use super::{check, set_restrictions, set_rules};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::Permill;

fn id(who: &AccountId) -> IdentityId {
	Compliance::active_identity(who).expect("identified")
}

fn agent() -> RuntimeOrigin {
	RuntimeOrigin::signed(issuer())
}

/// Alice (US) holds 100; Bob (US) and Carol (DE) hold nothing.
fn market() -> (AccountId, AccountId, AccountId) {
	let (alice, bob, carol) = (account(1), account(2), account(3));
	investor(&alice, b"US");
	investor(&bob, b"US");
	investor(&carol, b"DE");
	assert_ok!(issue(ASSET, &alice, 100));
	(alice, bob, carol)
}

#[test]
fn a_paused_asset_moves_nothing_until_resumed() {
	run_test(|| {
		let (alice, bob, _) = market();
		assert_ok!(Compliance::set_paused(agent(), ASSET, true));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::AssetPaused));
		assert_eq!(Compliance::check_issue(ASSET, &bob, 1), Err(Rejection::AssetPaused));
		assert_eq!(Compliance::check_redeem(ASSET, &alice, 1), Err(Rejection::AssetPaused));
		assert_noop!(Compliance::set_paused(agent(), ASSET, true), Error::<Test>::Unchanged);
		assert_ok!(Compliance::set_paused(agent(), ASSET, false));
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn a_frozen_account_neither_sends_nor_receives() {
	run_test(|| {
		let (alice, bob, _) = market();
		assert_ok!(Compliance::freeze_account(agent(), ASSET, bob.clone(), true));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverAccountFrozen));
		assert_ok!(Compliance::freeze_account(agent(), ASSET, alice.clone(), true));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::SenderAccountFrozen));
		assert_ok!(Compliance::freeze_account(agent(), ASSET, alice.clone(), false));
		assert_ok!(Compliance::freeze_account(agent(), ASSET, bob.clone(), false));
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn a_frozen_identity_is_frozen_in_every_account() {
	run_test(|| {
		let (alice, bob, _) = market();
		let second = account(11);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(bob.clone()), second.clone()));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(second.clone()), id(&bob)));
		assert_ok!(Compliance::freeze_identity(agent(), ASSET, id(&bob), true));
		assert_eq!(check(&alice, &second, 1), Err(Rejection::ReceiverIdentityFrozen));
		assert_ok!(Compliance::freeze_identity(agent(), ASSET, id(&alice), true));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::SenderIdentityFrozen));
	});
}

#[test]
fn the_frozen_part_of_a_holding_cannot_move() {
	run_test(|| {
		let (alice, bob, _) = market();
		assert_ok!(Compliance::set_partial_freeze(agent(), ASSET, id(&alice), 60));
		assert_eq!(check(&alice, &bob, 41), Err(Rejection::HoldingPartlyFrozen));
		assert_eq!(
			Compliance::check_redeem(ASSET, &alice, 41),
			Err(Rejection::HoldingPartlyFrozen)
		);
		assert_ok!(transfer(ASSET, &alice, &bob, 40));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::HoldingPartlyFrozen));
		assert_ok!(Compliance::set_partial_freeze(agent(), ASSET, id(&alice), 0));
		assert!(!PartialFreezes::<Test>::contains_key(ASSET, id(&alice)));
		assert_ok!(transfer(ASSET, &alice, &bob, 60));
	});
}

#[test]
fn a_lock_up_stops_transfers_until_it_ends_unless_exempted() {
	run_test(|| {
		let (alice, bob, carol) = market();
		set_restrictions(Restrictions { lock_up_until: Some(START + DAY), ..Default::default() });
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::LockedUp));
		assert_eq!(Compliance::check_issue(ASSET, &carol, 1), Ok(()), "issuance goes on");
		assert_ok!(Compliance::set_exemption(
			agent(),
			ASSET,
			id(&alice),
			Restriction::LockUp,
			true
		));
		assert_eq!(check(&alice, &bob, 1), Ok(()));
		assert_ok!(Compliance::set_exemption(
			agent(),
			ASSET,
			id(&alice),
			Restriction::LockUp,
			false
		));
		set_now(START + DAY);
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn a_holding_period_runs_for_each_lot_from_its_own_acquisition() {
	run_test(|| {
		let (alice, bob, _) = market();
		set_restrictions(Restrictions { holding_period: Some(10 * DAY), ..Default::default() });
		set_now(START + 5 * DAY);
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::HoldingPeriodNotPassed));
		assert_ok!(issue(ASSET, &alice, 20));
		set_now(START + 10 * DAY);
		// The 100 issued at the start have served their period, the 20 of day 5 not yet.
		assert_eq!(check(&alice, &bob, 101), Err(Rejection::HoldingPeriodNotPassed));
		assert_ok!(transfer(ASSET, &alice, &bob, 100));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::HoldingPeriodNotPassed));
		assert_eq!(
			check(&bob, &alice, 1),
			Err(Rejection::HoldingPeriodNotPassed),
			"Bob just acquired"
		);
		set_now(START + 15 * DAY);
		assert_ok!(check(&alice, &bob, 20));
	});
}

#[test]
fn dust_sent_every_day_does_not_restart_the_holding_period_of_what_was_held_before() {
	run_test(|| {
		let (alice, bob, _) = market();
		set_restrictions(Restrictions { holding_period: Some(10 * DAY), ..Default::default() });
		for day in 1..=12 {
			set_now(START + day * DAY);
			assert_ok!(issue(ASSET, &alice, 1));
		}
		// A lot a day until the lots are taken; later dust joins the newest lot only.
		let holding = Holdings::<Test>::get(ASSET, id(&alice)).unwrap();
		assert_eq!(holding.lots.len(), MAX_LOTS as usize);
		assert_eq!(holding.lots[0], Lot { amount: 100, acquired_at: START });
		assert_eq!(holding.lots[7], Lot { amount: 6, acquired_at: START + 12 * DAY });
		// On day 12 what was acquired up to day 2 has served: the 100 and two units of dust.
		assert_ok!(check(&alice, &bob, 102));
		assert_eq!(check(&alice, &bob, 103), Err(Rejection::HoldingPeriodNotPassed));
		set_now(START + 22 * DAY);
		assert_ok!(check(&alice, &bob, 112));
	});
}

#[test]
fn minimum_and_maximum_holdings_bound_both_parties() {
	run_test(|| {
		let (alice, bob, _) = market();
		set_restrictions(Restrictions {
			min_holding: Some(10),
			max_holding: Some(60),
			..Default::default()
		});
		assert_eq!(check(&alice, &bob, 9), Err(Rejection::ReceiverBelowMinimumHolding));
		assert_eq!(check(&alice, &bob, 61), Err(Rejection::ReceiverAboveMaximumHolding));
		assert_ok!(transfer(ASSET, &alice, &bob, 50));
		assert_eq!(check(&alice, &bob, 45), Err(Rejection::SenderBelowMinimumHolding));
		assert_eq!(check(&alice, &bob, 11), Err(Rejection::ReceiverAboveMaximumHolding));
		assert_ok!(Compliance::set_exemption(
			agent(),
			ASSET,
			id(&bob),
			Restriction::MaxHolding,
			true
		));
		// Selling everything is allowed.
		assert_ok!(transfer(ASSET, &alice, &bob, 50));
	});
}

#[test]
fn restrictions_with_the_minimum_above_the_maximum_are_refused() {
	run_test(|| {
		assert_noop!(
			Compliance::set_restrictions(
				agent(),
				ASSET,
				Restrictions { min_holding: Some(10), max_holding: Some(9), ..Default::default() }
			),
			Error::<Test>::MinimumAboveMaximum
		);
		assert_noop!(
			Compliance::set_restrictions(
				RuntimeOrigin::signed(account(1)),
				ASSET,
				Default::default()
			),
			Error::<Test>::NotComplianceAgent
		);
	});
}

#[test]
fn no_holder_exceeds_the_maximum_share_of_the_supply() {
	run_test(|| {
		let (alice, bob, _) = market();
		set_restrictions(Restrictions {
			max_ownership: Some(Permill::from_percent(25)),
			..Default::default()
		});
		assert_eq!(check(&alice, &bob, 26), Err(Rejection::ReceiverAboveMaximumOwnership));
		assert_ok!(transfer(ASSET, &alice, &bob, 25));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::ReceiverAboveMaximumOwnership));
	});
}

#[test]
fn the_maximum_share_binds_transfers_and_not_the_issuance_that_creates_the_supply() {
	run_test(|| {
		let (alice, bob, carol) = (account(1), account(2), account(3));
		investor(&alice, b"US");
		investor(&bob, b"US");
		investor(&carol, b"US");
		set_restrictions(Restrictions {
			max_ownership: Some(Permill::from_percent(40)),
			..Default::default()
		});
		// The first investors of an offering hold all of what exists so far.
		assert_ok!(issue(ASSET, &alice, 50));
		assert_ok!(issue(ASSET, &bob, 50));
		assert_ok!(issue(ASSET, &carol, 25));
		// Between holders the share holds: 40% of 125 is 50.
		assert_eq!(check(&carol, &alice, 1), Err(Rejection::ReceiverAboveMaximumOwnership));
		assert_ok!(transfer(ASSET, &alice, &carol, 25));
		assert_eq!(ledger_balance(ASSET, &carol), 50);
	});
}

#[test]
fn a_full_holder_cap_admits_a_new_holder_only_in_place_of_one_leaving() {
	run_test(|| {
		let (alice, bob, carol) = market();
		set_restrictions(Restrictions { max_holders: Some(2), ..Default::default() });
		assert_ok!(transfer(ASSET, &alice, &bob, 10));
		assert_eq!(HolderCount::<Test>::get(ASSET), 2);
		assert_eq!(check(&alice, &carol, 10), Err(Rejection::MaxHoldersReached));
		assert_eq!(Compliance::check_issue(ASSET, &carol, 1), Err(Rejection::MaxHoldersReached));
		// Bob sells out to Carol: still two holders.
		assert_ok!(transfer(ASSET, &bob, &carol, 10));
		assert_eq!(HolderCount::<Test>::get(ASSET), 2);
		// Adding to an existing holder is always fine.
		assert_ok!(transfer(ASSET, &alice, &carol, 10));
	});
}

#[test]
fn holders_are_counted_by_identity_not_by_account() {
	run_test(|| {
		let (alice, bob, _) = market();
		let second = account(11);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(bob.clone()), second.clone()));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(second.clone()), id(&bob)));
		assert_ok!(transfer(ASSET, &alice, &bob, 10));
		assert_ok!(transfer(ASSET, &alice, &second, 10));
		assert_eq!(HolderCount::<Test>::get(ASSET), 2);
		assert_eq!(Holdings::<Test>::get(ASSET, id(&bob)).unwrap().balance, 20);
	});
}

#[test]
fn moving_between_accounts_of_one_identity_changes_no_ownership() {
	run_test(|| {
		let (alice, _, _) = market();
		let second = account(11);
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(alice.clone()), second.clone()));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(second.clone()), id(&alice)));
		set_restrictions(Restrictions {
			lock_up_until: Some(START + DAY),
			daily_limit: Some(1),
			..Default::default()
		});
		assert_ok!(transfer(ASSET, &alice, &second, 100));
		assert_eq!(Holdings::<Test>::get(ASSET, id(&alice)).unwrap().balance, 100);
	});
}

#[test]
fn a_jurisdiction_holder_cap_counts_only_that_jurisdiction() {
	run_test(|| {
		let (alice, bob, carol) = market();
		let cap = JurisdictionCap { country: CountryCode(*b"US"), max_holders: 1 };
		set_restrictions(Restrictions {
			max_holders_per_jurisdiction: vec![cap].try_into().unwrap(),
			..Default::default()
		});
		assert_eq!(JurisdictionHolderCount::<Test>::get(ASSET, CountryCode(*b"US")), 1);
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::MaxHoldersInJurisdictionReached));
		// DE has no cap.
		assert_ok!(transfer(ASSET, &alice, &carol, 1));
		// A holder without a trusted jurisdiction cannot be counted: refused.
		let dan = account(4);
		let dan_id = register(&dan);
		claim(&kyc_provider(), dan_id, Claim::Kyc);
		assert_eq!(check(&alice, &dan, 1), Err(Rejection::ReceiverJurisdictionUnknown));
		// Alice sells out to Bob: the US count stays at one.
		assert_ok!(transfer(ASSET, &alice, &bob, 99));
		assert_eq!(JurisdictionHolderCount::<Test>::get(ASSET, CountryCode(*b"US")), 1);
	});
}

#[test]
fn a_distribution_window_keeps_its_country_out_until_it_closes() {
	run_test(|| {
		let (alice, bob, carol) = market();
		let window = DistributionWindow { country: CountryCode(*b"US"), until: START + 40 * DAY };
		set_restrictions(Restrictions {
			distribution_windows: vec![window].try_into().unwrap(),
			..Default::default()
		});
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::DistributionWindowOpen));
		assert_eq!(check(&alice, &carol, 1), Ok(()));
		set_now(START + 40 * DAY);
		assert_eq!(check(&alice, &bob, 1), Ok(()));
	});
}

#[test]
fn daily_volume_is_limited_and_resets_at_midnight_utc() {
	run_test(|| {
		let (alice, bob, _) = market();
		set_restrictions(Restrictions { daily_limit: Some(30), ..Default::default() });
		assert_ok!(transfer(ASSET, &alice, &bob, 20));
		assert_eq!(check(&alice, &bob, 11), Err(Rejection::SenderDailyLimit));
		assert_ok!(Compliance::set_exemption(
			agent(),
			ASSET,
			id(&alice),
			Restriction::DailyLimit,
			true
		));
		assert_eq!(check(&alice, &bob, 11), Err(Rejection::ReceiverDailyLimit));
		set_now(START + DAY);
		assert_ok!(transfer(ASSET, &alice, &bob, 30));
	});
}

#[test]
fn a_volume_limit_counts_what_moves_from_when_it_is_set() {
	run_test(|| {
		let (alice, bob, _) = market();
		assert_ok!(transfer(ASSET, &alice, &bob, 20));
		assert_eq!(Volumes::<Test>::get(ASSET, id(&alice)), None, "no limit, no record");
		set_restrictions(Restrictions { daily_limit: Some(30), ..Default::default() });
		assert_ok!(transfer(ASSET, &alice, &bob, 30));
		assert_eq!(check(&alice, &bob, 1), Err(Rejection::SenderDailyLimit));
	});
}

#[test]
fn monthly_volume_is_limited_per_calendar_month() {
	run_test(|| {
		let (alice, bob, _) = market();
		set_restrictions(Restrictions { monthly_limit: Some(40), ..Default::default() });
		assert_ok!(transfer(ASSET, &alice, &bob, 25));
		set_now(START + 20 * DAY); // still January 2026
		assert_eq!(check(&alice, &bob, 16), Err(Rejection::SenderMonthlyLimit));
		set_now(START + 27 * DAY); // 2026-02-01
		assert_ok!(transfer(ASSET, &alice, &bob, 40));
	});
}

#[test]
fn a_forced_transfer_is_counted_like_any_other() {
	run_test(|| {
		let (alice, bob, _) = market();
		force_transfer(ASSET, &alice, &bob, 100);
		assert_eq!(HolderCount::<Test>::get(ASSET), 1);
		assert_eq!(Holdings::<Test>::get(ASSET, id(&alice)), None);
		assert_ok!(redeem(ASSET, &bob, 100));
		assert_eq!(Supply::<Test>::get(ASSET), 0);
		assert_eq!(HolderCount::<Test>::get(ASSET), 0);
	});
}

#[test]
fn the_agent_alone_freezes_exempts_and_pauses() {
	run_test(|| {
		let (alice, _, _) = market();
		let stranger = RuntimeOrigin::signed(alice.clone());
		assert_noop!(
			Compliance::freeze_account(stranger.clone(), ASSET, alice.clone(), true),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::freeze_identity(stranger.clone(), ASSET, id(&alice), true),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::set_partial_freeze(stranger.clone(), ASSET, id(&alice), 1),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::set_exemption(
				stranger.clone(),
				ASSET,
				id(&alice),
				Restriction::LockUp,
				true
			),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::set_paused(stranger, ASSET, true),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::freeze_identity(agent(), ASSET, 999, true),
			Error::<Test>::UnknownIdentity
		);
		assert_noop!(
			Compliance::set_exemption(agent(), ASSET, id(&alice), Restriction::LockUp, false),
			Error::<Test>::Unchanged
		);
		assert_noop!(
			Compliance::freeze_account(agent(), 99, alice, true),
			Error::<Test>::UnknownAsset
		);
	});
}

#[test]
fn a_sell_order_is_checked_with_the_senders_half_and_a_buy_order_with_the_receivers() {
	run_test(|| {
		let (alice, bob, carol) = market();
		// A lock-up binds sellers only; a holder cap binds new buyers only.
		set_restrictions(Restrictions {
			lock_up_until: Some(START + DAY),
			max_holders: Some(1),
			..Default::default()
		});
		assert_eq!(Compliance::check_sell(ASSET, &alice, 1), Err(Rejection::LockedUp));
		assert_eq!(Compliance::check_buy(ASSET, &alice, 1), Ok(()), "she already holds");
		assert_eq!(Compliance::check_buy(ASSET, &bob, 1), Err(Rejection::MaxHoldersReached));
		assert_eq!(Compliance::check_sell(ASSET, &bob, 1), Err(Rejection::LockedUp));
		set_now(START + DAY);
		assert_eq!(Compliance::check_sell(ASSET, &alice, 100), Ok(()));
		assert_ok!(Compliance::freeze_account(agent(), ASSET, carol.clone(), true));
		assert_eq!(Compliance::check_buy(ASSET, &carol, 1), Err(Rejection::ReceiverAccountFrozen));
		assert_eq!(
			Compliance::check_sell(ASSET, &account(99), 1),
			Err(Rejection::SenderNotIdentified)
		);
	});
}

#[test]
fn a_sell_check_weighs_the_sellers_holding_only_where_a_freeze_or_restriction_needs_it() {
	run_test(|| {
		let (alice, _, _) = market();
		// Nothing weighs what she keeps: the order's reservation from her account's free
		// balance bounds what she sells, so her holding is not read.
		assert_eq!(Compliance::check_sell(ASSET, &alice, 101), Ok(()));

		// A minimum holding weighs what she keeps, so her holding is read and must cover it.
		set_restrictions(Restrictions { min_holding: Some(10), ..Default::default() });
		assert_eq!(Compliance::check_sell(ASSET, &alice, 101), Err(Rejection::InsufficientHolding));
		assert_eq!(
			Compliance::check_sell(ASSET, &alice, 95),
			Err(Rejection::SenderBelowMinimumHolding)
		);
		assert_eq!(Compliance::check_sell(ASSET, &alice, 100), Ok(()));

		// So does a holding period: nothing she holds has served one of two days yet.
		set_restrictions(Restrictions { holding_period: Some(2 * DAY), ..Default::default() });
		assert_eq!(Compliance::check_sell(ASSET, &alice, 101), Err(Rejection::InsufficientHolding));
		assert_eq!(
			Compliance::check_sell(ASSET, &alice, 1),
			Err(Rejection::HoldingPeriodNotPassed)
		);

		// And a partial freeze: what she keeps must cover it.
		set_restrictions(Restrictions::default());
		let alice_id = Compliance::active_identity(&alice).expect("identified");
		assert_ok!(Compliance::set_partial_freeze(agent(), ASSET, alice_id, 30));
		assert_eq!(Compliance::check_sell(ASSET, &alice, 101), Err(Rejection::InsufficientHolding));
		assert_eq!(Compliance::check_sell(ASSET, &alice, 71), Err(Rejection::HoldingPartlyFrozen));
		assert_eq!(Compliance::check_sell(ASSET, &alice, 70), Ok(()));
	});
}

#[test]
fn an_exemption_lifts_exactly_the_restriction_it_names_for_each_restriction() {
	use Rejection as R;
	use Restriction as X;
	let us = CountryCode(*b"US");
	let (alice, bob) = (1u8, 2u8);
	// Each row: the restrictions or rules, the amount Alice sends Bob, and the exemptions
	// that lift the refusals one by one, each with the refusal it lifts.
	type Exemptions = Vec<(u8, X, R)>;
	let cases: Vec<(Restrictions<Balance>, Option<RuleSet>, Balance, Exemptions)> = vec![
		(
			Restrictions { max_holders: Some(1), ..Default::default() },
			None,
			10,
			vec![(bob, X::MaxHolders, R::MaxHoldersReached)],
		),
		(
			Restrictions {
				max_holders_per_jurisdiction: vec![JurisdictionCap { country: us, max_holders: 1 }]
					.try_into()
					.unwrap(),
				..Default::default()
			},
			None,
			10,
			vec![(bob, X::MaxHoldersInJurisdiction, R::MaxHoldersInJurisdictionReached)],
		),
		(
			Restrictions { max_ownership: Some(Permill::from_percent(10)), ..Default::default() },
			None,
			11,
			vec![(bob, X::MaxOwnership, R::ReceiverAboveMaximumOwnership)],
		),
		(
			Restrictions { min_holding: Some(50), ..Default::default() },
			None,
			60,
			vec![(alice, X::MinHolding, R::SenderBelowMinimumHolding)],
		),
		(
			Restrictions { min_holding: Some(50), ..Default::default() },
			None,
			10,
			vec![(bob, X::MinHolding, R::ReceiverBelowMinimumHolding)],
		),
		(
			Restrictions { max_holding: Some(5), ..Default::default() },
			None,
			10,
			vec![(bob, X::MaxHolding, R::ReceiverAboveMaximumHolding)],
		),
		(
			Restrictions { lock_up_until: Some(START + DAY), ..Default::default() },
			None,
			10,
			vec![(alice, X::LockUp, R::LockedUp)],
		),
		(
			Restrictions { holding_period: Some(10 * DAY), ..Default::default() },
			None,
			10,
			vec![(alice, X::HoldingPeriod, R::HoldingPeriodNotPassed)],
		),
		(
			Restrictions {
				distribution_windows: vec![DistributionWindow { country: us, until: START + DAY }]
					.try_into()
					.unwrap(),
				..Default::default()
			},
			None,
			10,
			vec![(bob, X::DistributionWindow, R::DistributionWindowOpen)],
		),
		(
			Restrictions { daily_limit: Some(5), ..Default::default() },
			None,
			10,
			vec![
				(alice, X::DailyLimit, R::SenderDailyLimit),
				(bob, X::DailyLimit, R::ReceiverDailyLimit),
			],
		),
		(
			Restrictions { monthly_limit: Some(5), ..Default::default() },
			None,
			10,
			vec![
				(alice, X::MonthlyLimit, R::SenderMonthlyLimit),
				(bob, X::MonthlyLimit, R::ReceiverMonthlyLimit),
			],
		),
		(
			Restrictions::default(),
			Some(rules(vec![], vec![clause(vec![Condition::HasClaim(ClaimTopic::Accredited)])])),
			10,
			vec![(bob, X::Rules, R::ReceiverRuleFailed(0))],
		),
	];
	let mut covered = Vec::new();
	for (restrictions, rule_set, amount, exemptions) in cases {
		run_test(|| {
			let (alice, bob, _) = market();
			set_restrictions(restrictions.clone());
			if let Some(rule_set) = rule_set {
				set_rules(rule_set);
			}
			for (who, restriction, refusal) in &exemptions {
				assert_eq!(check(&alice, &bob, amount), Err(*refusal), "{restriction:?}");
				let identity = id(&account(*who));
				assert_ok!(Compliance::set_exemption(agent(), ASSET, identity, *restriction, true));
				covered.push(*restriction);
			}
			assert_ok!(transfer(ASSET, &alice, &bob, amount));
		});
	}
	covered.sort_by_key(|r| r.encode());
	covered.dedup();
	assert_eq!(covered.len(), 11, "every restriction has its row");
}
