use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, dispatch::DispatchResult};
use pallet_compliance::Rejection;

const DAY: pallet_compliance::Moment = 86_400_000;

/// Open tomorrow for a week; at least 1,000 and at most 10,000 cash raised; one to fifty
/// lots per investor.
fn terms() -> OfferingTerms {
	OfferingTerms {
		lot_size: LOT,
		min_raise: 1_000,
		max_raise: 10_000,
		opens_at: START + DAY,
		closes_at: START + 8 * DAY,
		min_subscription: LOT,
		max_subscription: 50 * LOT,
	}
}

/// Ten lots at 100 a lot, then ten at 120.
fn two_tiers() -> TiersOf<Test> {
	vec![Tier { price: 100, lots: 10 }, Tier { price: 120, lots: 10 }].try_into().unwrap()
}

fn open_with(terms: OfferingTerms, tiers: TiersOf<Test>) -> OfferingId {
	let id = NextOfferingId::<Test>::get();
	assert_ok!(Matching::open_offering(
		RuntimeOrigin::signed(issuer()),
		SECURITY,
		DEFAULT,
		CASH,
		terms,
		tiers
	));
	id
}

/// The usual offering, opened and in its window.
fn open() -> OfferingId {
	let id = open_with(terms(), two_tiers());
	set_now(START + DAY);
	id
}

fn subscribe(who: &AccountId, offering: OfferingId, quantity: Quantity) -> DispatchResult {
	Matching::subscribe(RuntimeOrigin::signed(who.clone()), offering, quantity)
		.map(drop)
		.map_err(|e| e.error)
}

fn settle(offering: OfferingId, limit: u32) -> DispatchResult {
	Matching::settle_subscriptions(RuntimeOrigin::signed(dave()), offering, limit)
		.map(|_| ())
		.map_err(|e| e.error)
}

fn supply() -> Balance {
	pallet_token::Assets::<Test>::get(SECURITY).unwrap().supply
}

#[test]
fn a_funded_offering_issues_the_securities_and_pays_the_issuer_once_closed() {
	run_test(|| {
		let offering = open();
		let supply_before = supply();
		assert_ok!(subscribe(&alice(), offering, 5 * LOT));
		assert_ok!(subscribe(&bob(), offering, 7 * LOT));
		// Alice's five lots at 100; Bob's five left at 100 and two at 120.
		assert_eq!(holding(CASH, &alice()), (CASH_EACH - 500, 500));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 740, 740));
		assert_eq!(supply(), supply_before, "nothing is issued before the close");

		set_now(START + 8 * DAY);
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(carol()), offering));
		assert!(events().contains(&Event::OfferingClosed {
			offering,
			funded: true,
			sold: 12 * LOT,
			raised: 1_240
		}));
		assert_ok!(settle(offering, 8));

		assert_eq!(holding(SECURITY, &alice()), (SECURITIES + 5 * LOT, 0));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES + 7 * LOT, 0));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH - 500, 0));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH - 740, 0));
		assert_eq!(holding(CASH, &issuer()), (1_240, 0));
		assert_eq!(supply(), supply_before + 12 * LOT);
		assert!(events().contains(&Event::SubscriptionSettled {
			offering,
			subscriber: bob(),
			quantity: 7 * LOT,
			cash: 740
		}));
		assert_eq!(events().last(), Some(&Event::OfferingFinished { offering }));
		assert!(!Offerings::<Test>::contains_key(offering));
		assert_eq!(Subscribed::<Test>::iter_prefix(offering).count(), 0);
	});
}

#[test]
fn an_offering_that_misses_its_minimum_releases_every_subscription() {
	run_test(|| {
		let offering = open();
		let supply_before = supply();
		assert_ok!(subscribe(&alice(), offering, 3 * LOT));
		assert_ok!(subscribe(&bob(), offering, 2 * LOT));
		set_now(START + 8 * DAY);
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(carol()), offering));
		assert_ok!(settle(offering, 8));
		for who in [alice(), bob()] {
			assert_eq!(holding(CASH, &who), (CASH_EACH, 0));
			assert_eq!(holding(SECURITY, &who), (SECURITIES, 0));
		}
		assert_eq!(supply(), supply_before);
		assert!(events().contains(&Event::SubscriptionRefunded {
			offering,
			subscriber: alice(),
			cash: 300,
			reason: RefundReason::BelowMinimum
		}));
		assert!(!Offerings::<Test>::contains_key(offering));
	});
}

#[test]
fn tiers_sell_cheapest_first_and_a_subscription_spans_them() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, 8 * LOT));
		// Two lots left at 100, then 120 a lot.
		assert_ok!(subscribe(&bob(), offering, 4 * LOT));
		assert_eq!(Subscriptions::<Test>::get(offering, bob()).map(|s| s.cash), Some(440));
		assert_ok!(subscribe(&carol(), offering, 8 * LOT));
		assert_eq!(Subscriptions::<Test>::get(offering, carol()).map(|s| s.cash), Some(960));
		// Every lot is taken: the next subscription finds none, and anyone may close.
		assert_noop!(subscribe(&dave(), offering, LOT), Error::<Test>::ExceedsOffering);
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(dave()), offering));
	});
}

#[test]
fn per_investor_limits_count_every_account_of_an_identity() {
	run_test(|| {
		let offering = open_with(
			OfferingTerms { min_subscription: 2 * LOT, max_subscription: 5 * LOT, ..terms() },
			two_tiers(),
		);
		set_now(START + DAY);
		assert_noop!(subscribe(&alice(), offering, LOT), Error::<Test>::BelowMinimumSubscription);
		assert_ok!(subscribe(&alice(), offering, 3 * LOT));
		// Alice's second key adds to her identity's three lots.
		assert_noop!(
			subscribe(&alice_2(), offering, 3 * LOT),
			Error::<Test>::AboveMaximumSubscription
		);
		assert_ok!(subscribe(&alice_2(), offering, LOT));
		assert_ok!(subscribe(&alice(), offering, LOT));
		let alice_id =
			<Compliance as pallet_compliance::IdentityRegistry<AccountId, AssetId>>::active_identity(
				&alice(),
			)
			.unwrap();
		assert_eq!(Subscribed::<Test>::get(offering, alice_id), 5 * LOT);
		assert_eq!(Offerings::<Test>::get(offering).unwrap().open_subscriptions, 2);
	});
}

#[test]
fn subscriptions_are_taken_only_within_the_window() {
	run_test(|| {
		let offering = open_with(terms(), two_tiers());
		assert_noop!(subscribe(&alice(), offering, LOT), Error::<Test>::OfferingNotOpen);
		set_now(START + DAY);
		assert_ok!(subscribe(&alice(), offering, LOT));
		set_now(START + 8 * DAY);
		assert_noop!(subscribe(&bob(), offering, LOT), Error::<Test>::OfferingNotOpen);
	});
}

#[test]
fn only_the_issuer_closes_early_and_only_once_the_minimum_is_raised() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, 5 * LOT));
		let close = |who: AccountId| Matching::close_offering(RuntimeOrigin::signed(who), offering);
		assert_noop!(close(issuer()), Error::<Test>::TooEarlyToClose);
		assert_ok!(subscribe(&bob(), offering, 5 * LOT));
		assert_noop!(close(bob()), Error::<Test>::TooEarlyToClose);
		assert_ok!(close(issuer()));
		assert_eq!(Offerings::<Test>::get(offering).unwrap().status, OfferingStatus::Funded);
		assert_noop!(close(issuer()), Error::<Test>::OfferingNotOpen);
		assert_noop!(subscribe(&carol(), offering, LOT), Error::<Test>::OfferingNotOpen);
	});
}

#[test]
fn a_cancelled_offering_refunds_everyone_and_says_so() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, 10 * LOT));
		assert_noop!(
			Matching::cancel_offering(RuntimeOrigin::signed(alice()), offering),
			Error::<Test>::NotIssuer
		);
		assert_ok!(Matching::cancel_offering(RuntimeOrigin::signed(issuer()), offering));
		assert_ok!(settle(offering, 1));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH, 0));
		assert!(events().contains(&Event::OfferingCancelled { offering }));
		assert!(events().contains(&Event::SubscriptionRefunded {
			offering,
			subscriber: alice(),
			cash: 1_000,
			reason: RefundReason::Cancelled
		}));
	});
}

#[test]
fn settlement_goes_in_bounded_batches_and_the_last_one_ends_the_offering() {
	run_test(|| {
		let offering = open();
		for who in [alice(), bob(), carol(), dave()] {
			assert_ok!(subscribe(&who, offering, 3 * LOT));
		}
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(issuer()), offering));
		assert_ok!(settle(offering, 3));
		assert_eq!(Offerings::<Test>::get(offering).unwrap().open_subscriptions, 1);
		assert_eq!(Subscriptions::<Test>::iter_prefix(offering).count(), 1);
		assert!(!events().contains(&Event::OfferingFinished { offering }));
		assert_ok!(settle(offering, 3));
		assert!(!Offerings::<Test>::contains_key(offering));
		assert_eq!(holding(CASH, &issuer()), (1_240, 0));
		assert_noop!(settle(offering, 1), Error::<Test>::UnknownOffering);
	});
}

#[test]
fn compliance_decides_who_may_subscribe() {
	run_test(|| {
		let offering = open();
		assert_noop!(subscribe(&stranger(), offering, LOT), Error::<Test>::NotIdentified);
		assert_ok!(Compliance::freeze_account(
			RuntimeOrigin::signed(issuer()),
			SECURITY,
			bob(),
			true
		));
		assert_noop!(
			subscribe(&bob(), offering, LOT),
			Error::<Test>::ComplianceRefused(Rejection::ReceiverAccountFrozen)
		);
		assert_ok!(Compliance::freeze_account(
			RuntimeOrigin::signed(issuer()),
			CASH,
			carol(),
			true
		));
		assert_noop!(
			subscribe(&carol(), offering, LOT),
			Error::<Test>::ComplianceRefused(Rejection::SenderAccountFrozen)
		);
	});
}

#[test]
fn a_subscriber_refused_at_settlement_is_refunded_with_the_rule_and_the_rest_settle() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, 5 * LOT));
		assert_ok!(subscribe(&bob(), offering, 5 * LOT));
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(issuer()), offering));
		assert_ok!(Compliance::freeze_account(
			RuntimeOrigin::signed(issuer()),
			SECURITY,
			bob(),
			true
		));
		assert_ok!(settle(offering, 2));
		assert_eq!(holding(SECURITY, &bob()), (SECURITIES, 0));
		assert_eq!(holding(CASH, &bob()), (CASH_EACH, 0));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES + 5 * LOT, 0));
		assert_eq!(holding(CASH, &issuer()), (500, 0));
		assert!(events().contains(&Event::SubscriptionRefunded {
			offering,
			subscriber: bob(),
			cash: 500,
			reason: RefundReason::Refused(Rejection::ReceiverAccountFrozen)
		}));
	});
}

#[test]
fn the_issuer_may_not_subscribe_to_its_own_offering() {
	run_test(|| {
		let offering = open();
		issue(CASH, &issuer(), 5_000);
		assert_noop!(subscribe(&issuer(), offering, LOT), Error::<Test>::IssuerMayNotSubscribe);
	});
}

#[test]
fn a_subscription_that_can_no_longer_be_issued_is_refunded() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, 5 * LOT));
		assert_ok!(subscribe(&bob(), offering, 5 * LOT));
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(issuer()), offering));
		// One settles; then the issuer hands issuance to another identity, and its key no
		// longer issues: the other is refunded.
		let first = Subscriptions::<Test>::iter_prefix(offering).next().unwrap().0;
		assert_ok!(settle(offering, 1));
		let bob_id =
			<Compliance as pallet_compliance::IdentityRegistry<AccountId, AssetId>>::active_identity(
				&bob(),
			)
			.unwrap();
		assert_ok!(Token::set_role(
			RuntimeOrigin::signed(issuer()),
			SECURITY,
			pallet_token::Role::IssuanceAgent,
			bob_id
		));
		assert_ok!(settle(offering, 1));
		let second = if first == alice() { bob() } else { alice() };
		assert_eq!(holding(SECURITY, &first), (SECURITIES + 5 * LOT, 0));
		assert_eq!(holding(SECURITY, &second), (SECURITIES, 0));
		assert_eq!(holding(CASH, &second), (CASH_EACH, 0));
		assert!(events().contains(&Event::SubscriptionRefunded {
			offering,
			subscriber: second,
			cash: 500,
			reason: RefundReason::SettlementFailed
		}));
		assert!(!Offerings::<Test>::contains_key(offering));
	});
}

#[test]
fn closed_issuance_refunds_a_funded_offering() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, 10 * LOT));
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(issuer()), offering));
		assert_ok!(Token::close_issuance(RuntimeOrigin::signed(issuer()), SECURITY));
		assert_ok!(settle(offering, 1));
		assert_eq!(holding(CASH, &alice()), (CASH_EACH, 0));
		assert_eq!(holding(SECURITY, &alice()), (SECURITIES, 0));
		assert!(events().contains(&Event::SubscriptionRefunded {
			offering,
			subscriber: alice(),
			cash: 1_000,
			reason: RefundReason::SettlementFailed
		}));
	});
}

#[test]
fn the_operator_may_cancel_an_open_offering() {
	run_test(|| {
		let offering = open();
		assert_ok!(subscribe(&alice(), offering, LOT));
		assert_ok!(Matching::cancel_offering(RuntimeOrigin::root(), offering));
		assert_eq!(Offerings::<Test>::get(offering).unwrap().status, OfferingStatus::Cancelled);
		assert_noop!(
			Matching::cancel_offering(RuntimeOrigin::root(), offering),
			Error::<Test>::OfferingNotOpen
		);
	});
}

#[test]
fn anyone_may_close_once_no_further_lot_fits_under_the_maximum_raise() {
	run_test(|| {
		let offering = open_with(OfferingTerms { max_raise: 1_050, ..terms() }, two_tiers());
		set_now(START + DAY);
		assert_ok!(subscribe(&alice(), offering, 10 * LOT));
		// 1,000 raised; the next lot costs 120 and would pass 1,050.
		assert_noop!(subscribe(&bob(), offering, LOT), Error::<Test>::ExceedsMaximumRaise);
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(bob()), offering));
	});
}

#[test]
fn bad_offerings_are_refused_with_named_errors_and_change_nothing() {
	run_test(|| {
		let open = |who: AccountId, security, cash, terms, tiers| {
			Matching::open_offering(
				RuntimeOrigin::signed(who),
				security,
				DEFAULT,
				cash,
				terms,
				tiers,
			)
		};
		let t = two_tiers;
		assert_noop!(open(alice(), SECURITY, CASH, terms(), t()), Error::<Test>::NotIssuanceAgent);
		assert_noop!(open(issuer(), 77, CASH, terms(), t()), Error::<Test>::UnknownAsset);
		assert_noop!(open(issuer(), CASH, CASH, terms(), t()), Error::<Test>::NotASecurity);
		assert_noop!(
			open(issuer(), SECURITY, SECURITY, terms(), t()),
			Error::<Test>::NotACashToken
		);
		let invalid = [
			OfferingTerms { lot_size: 0, ..terms() },
			OfferingTerms { min_raise: 20_000, ..terms() },
			OfferingTerms { max_raise: 0, min_raise: 0, ..terms() },
			OfferingTerms { closes_at: START + DAY, ..terms() },
			OfferingTerms { opens_at: 0, closes_at: START, ..terms() },
			OfferingTerms { min_subscription: 60 * LOT, ..terms() },
			// Every lot sold raises 2,200: a minimum of 3,000 could never be met.
			OfferingTerms { min_raise: 3_000, ..terms() },
		];
		for bad in invalid {
			assert_noop!(open(issuer(), SECURITY, CASH, bad, t()), Error::<Test>::InvalidTerms);
		}
		assert_noop!(
			open(issuer(), SECURITY, CASH, terms(), Default::default()),
			Error::<Test>::InvalidTerms
		);
		let free = vec![Tier { price: 0, lots: 10 }].try_into().unwrap();
		assert_noop!(open(issuer(), SECURITY, CASH, terms(), free), Error::<Test>::InvalidTerms);
		let cheaper_later =
			vec![Tier { price: 120, lots: 10 }, Tier { price: 100, lots: 10 }].try_into().unwrap();
		assert_noop!(
			open(issuer(), SECURITY, CASH, terms(), cheaper_later),
			Error::<Test>::InvalidTerms
		);
		assert_noop!(
			Matching::open_offering(RuntimeOrigin::none(), SECURITY, DEFAULT, CASH, terms(), t()),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn bad_subscriptions_and_settlements_are_refused_with_named_errors_and_change_nothing() {
	run_test(|| {
		let offering = open_with(OfferingTerms { max_raise: 1_500, ..terms() }, two_tiers());
		set_now(START + DAY);
		assert_noop!(subscribe(&alice(), 9, LOT), Error::<Test>::UnknownOffering);
		assert_noop!(subscribe(&alice(), offering, 0), Error::<Test>::ZeroQuantity);
		assert_noop!(subscribe(&alice(), offering, LOT + 1), Error::<Test>::NotMultipleOfLot);
		assert_noop!(subscribe(&alice(), offering, 21 * LOT), Error::<Test>::ExceedsOffering);
		// Ten lots at 100 and five at 120 raise 1,600, past the maximum of 1,500.
		assert_noop!(subscribe(&alice(), offering, 15 * LOT), Error::<Test>::ExceedsMaximumRaise);
		let poor = account(42);
		investor(&poor, b"CH");
		assert_noop!(subscribe(&poor, offering, LOT), Error::<Test>::InsufficientBalance);
		assert_noop!(settle(offering, 1), Error::<Test>::OfferingNotClosed);
		assert_noop!(
			Matching::settle_subscriptions(RuntimeOrigin::signed(dave()), offering, 9)
				.map_err(|e| e.error),
			Error::<Test>::TooManyOrders
		);
		assert_noop!(
			Matching::close_offering(RuntimeOrigin::signed(dave()), 9),
			Error::<Test>::UnknownOffering
		);
	});
}

#[test]
fn a_subscription_and_its_settlement_are_charged_for_the_offerings_assets_checks() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		require_kyc(SECURITY, false);
		require_kyc(CASH, true);
		let offering = open();
		assert_eq!(holding(CASH, &issuer()), (0, 0));
		// The subscriber alone is asked about: may it receive the security, may it pay the cash.
		let checks =
			Compliance::buyer_check_weight(SECURITY) + Compliance::seller_check_weight(CASH);
		assert!(checks.all_lt(Compliance::check_weight(SECURITY) + Compliance::check_weight(CASH)));
		let subscribed = Matching::subscribe(RuntimeOrigin::signed(alice()), offering, 5 * LOT)
			.expect("subscribed")
			.actual_weight
			.expect("charged after dispatch");
		let most = <Test as Config>::MaxTiers::get();
		assert_eq!(subscribed, <Test as Config>::WeightInfo::subscribe(most) + checks);
		assert!(subscribed.all_lt(Matching::subscribe_weight()));
		assert_ok!(subscribe(&bob(), offering, 7 * LOT));

		set_now(START + 8 * DAY);
		assert_ok!(Matching::close_offering(RuntimeOrigin::signed(carol()), offering));
		take_checkpoint(SECURITY);
		let kept = movement_weight(SECURITY) + movement_weight(CASH);
		// Each subscriber's holdings of both assets, the issuer's of the cash: read and
		// written by the first payment, the second pays for the execution alone.
		let holdings =
			holding_weight(SECURITY) * 2 + holding_weight(CASH) * 3 + holding_again_weight(CASH);
		let settled = Matching::settle_subscriptions(RuntimeOrigin::signed(dave()), offering, 5)
			.expect("settled")
			.actual_weight
			.expect("charged after dispatch");
		// The issuer held no cash before: Alice's payment made it a holder, Bob's did not.
		let holders = <Token as pallet_token::AssetLedger<_, _, _>>::holders_changed_weight();
		assert!(holders.ref_time() > 0);
		// Each movement, the security issued and the cash paid, is charged a whole check of its
		// asset's rules (an issue weighs only the receiver's: over, never under).
		let full = Compliance::check_weight(SECURITY) + Compliance::check_weight(CASH);
		let movements = (full + kept) * 2 + holdings + holders;
		assert_eq!(settled, <Test as Config>::WeightInfo::settle_subscriptions(2) + movements);
		assert!(settled.all_lt(Matching::settle_subscriptions_weight(2)));
	});
}

#[test]
fn opening_an_offering_is_charged_for_the_check_that_its_issuer_may_receive_the_cash() {
	run_test(|| {
		use crate::weights::WeightInfo as _;
		use frame_support::dispatch::GetDispatchInfo;
		require_kyc(CASH, true);
		let check = Compliance::buyer_check_weight(CASH);
		assert!(check.ref_time() > 0 && check.all_lt(Compliance::check_weight(CASH)));
		let call = RuntimeCall::Matching(crate::Call::open_offering {
			security: SECURITY,
			partition: DEFAULT,
			cash: CASH,
			terms: terms(),
			tiers: two_tiers(),
		});
		let before = call.get_dispatch_info().call_weight;
		let own = <Test as Config>::WeightInfo::open_offering(2);
		assert_eq!(
			before,
			own + <Compliance as pallet_compliance::TransferCompliance<_, _, _>>::max_check_weight(
			)
		);
		let opened = Matching::open_offering(
			RuntimeOrigin::signed(issuer()),
			SECURITY,
			DEFAULT,
			CASH,
			terms(),
			two_tiers(),
		)
		.expect("opened")
		.actual_weight
		.expect("charged after dispatch");
		assert_eq!(opened, own + check);
		assert!(opened.all_lt(before));
	});
}
