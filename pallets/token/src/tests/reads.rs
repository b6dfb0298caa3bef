//! What clients read: balances by partition, holders page by page, documents, and a
//! portfolio valued at a market's last trade or the agent's price.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

fn alice_identity() -> pallet_compliance::IdentityId {
	<Compliance as pallet_compliance::IdentityRegistry<AccountId, AssetId>>::active_identity(
		&alice(),
	)
	.unwrap()
}

#[test]
fn balances_read_by_partition_with_what_is_reserved() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 70);
		issue(ASSET, LOCKED, &alice(), 30);
		assert_ok!(<Token as AssetLedger<_, _, _>>::reserve(ASSET, &DEFAULT, &alice(), 20));
		assert_eq!(
			Token::balances_of(ASSET, &alice()),
			vec![
				PartitionHolding { partition: DEFAULT, balance: 70, reserved: 20 },
				PartitionHolding { partition: LOCKED, balance: 30, reserved: 0 },
			]
		);
		assert_eq!(Token::balances_of(ASSET, &bob()), vec![]);
	});
}

#[test]
fn holders_read_page_by_page_each_once() {
	run_test(|| {
		let holders = [alice(), bob(), carol(), issuer()];
		for (i, who) in holders.iter().enumerate() {
			issue(ASSET, DEFAULT, who, 10 * (i as Balance + 1));
		}
		let mut seen = Vec::new();
		let mut after = None;
		loop {
			let page = Token::holders(ASSET, after.clone(), 3);
			assert!(page.len() <= 3);
			if page.is_empty() {
				break;
			}
			after = page.last().map(|(who, _)| who.clone());
			seen.extend(page);
		}
		seen.sort();
		let mut expected: Vec<_> =
			holders.iter().enumerate().map(|(i, w)| (w.clone(), 10 * (i as Balance + 1))).collect();
		expected.sort();
		assert_eq!(seen, expected);
		assert_eq!(Token::holders(CASH, None, 10), vec![]);
	});
}

#[test]
fn documents_read_with_their_uri_hash_and_time() {
	run_test(|| {
		let name = [b'p'; 32];
		assert_ok!(Token::set_document(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			name,
			bounded(b"ipfs://prospectus"),
			H256::repeat_byte(7)
		));
		assert_eq!(
			Token::documents_of(ASSET),
			vec![DocumentInfo {
				name,
				uri: b"ipfs://prospectus".to_vec(),
				content_hash: H256::repeat_byte(7),
				updated_at: START
			}]
		);
	});
}

#[test]
fn a_portfolio_values_each_holding_at_the_market_else_at_the_agents_price() {
	run_test(|| {
		let bond = create(&issuer(), b"BOND", AssetKind::Debt);
		let unpriced = create(&issuer(), b"NOPX", AssetKind::Other);
		let alice_2 = account(11);
		add_key(&alice(), alice_identity(), &alice_2);
		issue(ASSET, DEFAULT, &alice(), 100);
		issue(ASSET, DEFAULT, &alice_2, 50);
		issue(bond, DEFAULT, &alice(), 1_000);
		issue(unpriced, DEFAULT, &alice(), 5);
		issue(CASH, DEFAULT, &alice(), 777);
		// The agent values the equity at 3 cash per unit and the bond at 98 per 100 units.
		assert_ok!(Token::set_valuation_price(
			RuntimeOrigin::signed(issuer()),
			ASSET,
			Some((CASH, 3, 1))
		));
		assert_ok!(Token::set_valuation_price(
			RuntimeOrigin::signed(issuer()),
			bond,
			Some((CASH, 98, 100))
		));
		// A market last traded the equity at 45 per lot of 10: that price wins.
		let market = |asset| {
			(asset == ASSET).then_some(ValuationPrice { cash: CASH, price: 45, per: 10, set_at: 0 })
		};
		let mut portfolio = Token::portfolio(alice_identity(), market);
		portfolio.sort_by_key(|p| (p.asset, p.account.clone()));
		let valued = |p: &Position<AccountId, AssetId, Balance>| {
			(
				p.account.clone(),
				p.asset,
				p.balance,
				p.valuation.map(|v| (v.cash, v.value, v.source)),
			)
		};
		let got: Vec<_> = portfolio.iter().map(valued).collect();
		assert_eq!(
			got,
			vec![
				(alice(), ASSET, 100, Some((CASH, 450, PriceSource::LastTrade))),
				(alice_2.clone(), ASSET, 50, Some((CASH, 225, PriceSource::LastTrade))),
				(alice(), CASH, 777, Some((CASH, 777, PriceSource::Cash))),
				(alice(), bond, 1_000, Some((CASH, 980, PriceSource::Agent))),
				(alice(), unpriced, 5, None),
			]
		);
		// Without a market, the agent's price.
		let agent_only = Token::portfolio(alice_identity(), |_| None);
		let equity = agent_only.iter().find(|p| p.asset == ASSET && p.account == alice()).unwrap();
		assert_eq!(equity.valuation.map(|v| (v.value, v.source)), Some((300, PriceSource::Agent)));
	});
}

#[test]
fn only_the_corporate_actions_agent_sets_a_valuation_price_in_a_cash_token() {
	run_test(|| {
		let set = |who: AccountId, asset, price| {
			Token::set_valuation_price(RuntimeOrigin::signed(who), asset, price)
		};
		assert_noop!(
			set(alice(), ASSET, Some((CASH, 1, 1))),
			Error::<Test>::NotCorporateActionsAgent
		);
		assert_noop!(set(issuer(), 9, Some((CASH, 1, 1))), Error::<Test>::UnknownAsset);
		assert_noop!(set(issuer(), ASSET, Some((9, 1, 1))), Error::<Test>::UnknownAsset);
		assert_noop!(
			set(issuer(), ASSET, Some((ASSET, 1, 1))),
			Error::<Test>::InvalidValuationPrice
		);
		assert_noop!(
			set(issuer(), ASSET, Some((CASH, 1, 0))),
			Error::<Test>::InvalidValuationPrice
		);
		assert_ok!(set(issuer(), ASSET, Some((CASH, 5, 1))));
		assert_eq!(
			last_event(),
			Event::ValuationPriceSet {
				asset: ASSET,
				price: Some(ValuationPrice { cash: CASH, price: 5, per: 1, set_at: START })
			}
		);
		assert_ok!(set(issuer(), ASSET, None));
		assert!(!ValuationPrices::<Test>::contains_key(ASSET));
	});
}

#[test]
fn can_transfer_by_partition_answers_the_ledgers_checks_then_compliances() {
	run_test(|| {
		issue(ASSET, DEFAULT, &alice(), 50);
		let check = |from: AccountId, to: AccountId, amount| {
			Token::can_transfer_by_partition(ASSET, DEFAULT, &from, &to, amount)
		};
		assert_eq!(check(alice(), bob(), 50), Ok(()));
		assert_eq!(
			Token::can_transfer_by_partition(9, DEFAULT, &alice(), &bob(), 1),
			Err(TransferRefusal::UnknownAsset)
		);
		assert_eq!(check(alice(), bob(), 0), Err(TransferRefusal::ZeroAmount));
		assert_eq!(check(alice(), alice(), 1), Err(TransferRefusal::TransferToSelf));
		assert_eq!(check(alice(), bob(), 51), Err(TransferRefusal::InsufficientBalance));
		assert_eq!(
			check(alice(), stranger(), 1),
			Err(TransferRefusal::Refused(pallet_compliance::Rejection::ReceiverNotIdentified))
		);
		assert_eq!(TransferRefusal::InsufficientBalance.status(), 0x52);
	});
}
