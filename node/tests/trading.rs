//! A trade on a real dev node: identities, a security and a cash token, a market; a seller
//! rests an ask, a buyer crosses it, and the finalized state shows delivery against payment.

mod common;

use std::time::Duration;

use common::*;
use consort_runtime::{AccountId, Hash, Runtime, RuntimeCall, RuntimeEvent};
use pallet_compliance::IdentityKind;
use pallet_matching::{MarketParams, OrderKind, SelfTradePrevention, Side, TimeInForce};
use pallet_token::{AccountBalanceOf, AssetKind, DEFAULT_PARTITION};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie};

const SECURITY: u32 = 0;
const CASH: u32 = 1;
const MARKET: u32 = 0;

fn place(side: Side, price: u128, quantity: u128, time_in_force: TimeInForce) -> RuntimeCall {
	RuntimeCall::Matching(pallet_matching::Call::place_order {
		market: MARKET,
		side,
		kind: OrderKind::Limit { price },
		quantity,
		time_in_force,
		post_only: false,
		self_trade: SelfTradePrevention::CancelNewest,
		client_order_id: None,
	})
}

async fn holding(
	client: &jsonrpsee::ws_client::WsClient,
	asset: u32,
	who: &AccountId,
	at: Hash,
) -> u128 {
	let key = pallet_token::AccountBalances::<Runtime>::hashed_key_for(asset, who);
	storage::<AccountBalanceOf<Runtime>>(client, key, Some(at))
		.await
		.map(|a| a.balance)
		.unwrap_or(0)
}

async fn run(
	client: &jsonrpsee::ws_client::WsClient,
	who: Sr25519Keyring,
	call: RuntimeCall,
) -> Hash {
	let xt = sign_as(client, who, call).await;
	submit_and_finalize(client, &xt).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crossing_order_settles_delivery_versus_payment_on_a_dev_node() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-trading");
	let node = Node::start(NodeSpec::new("dev", "dev", &dir.0).arg("--dev"));
	let client = node.client().await;
	wait_finalized(&client, 1, Duration::from_secs(60)).await;
	let (alice, bob, charlie) =
		(Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id());

	// Alice (the dev chain's sudo key) registers everyone, issues both assets and opens the
	// market as the venue's operator.
	let compliance = RuntimeCall::Compliance;
	let token = RuntimeCall::Token;
	let sudo = |call| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	let register = |key: &AccountId, kind| {
		compliance(pallet_compliance::Call::register_identity { key: key.clone(), kind })
	};
	let create = |symbol: &[u8], kind| {
		token(pallet_token::Call::create_asset {
			name: b"Consort".to_vec().try_into().unwrap(),
			symbol: symbol.to_vec().try_into().unwrap(),
			kind,
			decimals: 0,
			identifiers: Default::default(),
			supply_cap: None,
		})
	};
	let issue = |asset, to: &AccountId, amount| {
		token(pallet_token::Call::issue {
			asset,
			partition: DEFAULT_PARTITION,
			to: to.clone(),
			amount,
			data: Default::default(),
		})
	};
	let params = MarketParams {
		tick_size: 5,
		lot_size: 10,
		min_quantity: 10,
		price_band_bps: None,
		maker_fee_bps: 0,
		taker_fee_bps: 0,
		fee_collector: alice.clone(),
	};
	let setup = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			sudo(compliance(pallet_compliance::Call::add_registrar { registrar: alice.clone() })),
			register(&alice, IdentityKind::Entity),
			register(&bob, IdentityKind::Person),
			register(&charlie, IdentityKind::Person),
			create(b"CSRT", AssetKind::Equity),
			create(b"CHFD", AssetKind::Cash),
			issue(SECURITY, &bob, 1_000),
			issue(CASH, &charlie, 100_000),
			sudo(RuntimeCall::Matching(pallet_matching::Call::create_market {
				security: SECURITY,
				partition: DEFAULT_PARTITION,
				cash: CASH,
				params,
			})),
		],
	});
	let block = run(&client, Alice, setup).await;
	let errors = dispatch_errors(&client, block).await;
	assert!(errors.is_empty(), "{errors:?}");

	// Bob rests an ask of 100 units at 50 per lot of 10; a bad order of Charlie's fails
	// with its named error; Charlie's bid at 55 crosses and trades at Bob's price.
	let block = run(&client, Bob, place(Side::Sell, 50, 100, TimeInForce::GoodTillCancelled)).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	let block =
		run(&client, Charlie, place(Side::Buy, 52, 100, TimeInForce::GoodTillCancelled)).await;
	assert_eq!(
		dispatch_errors(&client, block).await,
		vec![pallet_matching::Error::<Runtime>::NotMultipleOfTick.into()]
	);
	let block =
		run(&client, Charlie, place(Side::Buy, 55, 100, TimeInForce::ImmediateOrCancel)).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	let trades: Vec<_> = events(&client, block)
		.await
		.into_iter()
		.filter_map(|event| match event {
			RuntimeEvent::Matching(pallet_matching::Event::Traded {
				buyer,
				seller,
				price,
				quantity,
				..
			}) => Some((buyer, seller, price, quantity)),
			_ => None,
		})
		.collect();
	assert_eq!(trades, vec![(charlie.clone(), bob.clone(), 50, 100)]);

	// Final: 100 units from Bob to Charlie, 10 lots at 50 from Charlie to Bob.
	assert_eq!(holding(&client, SECURITY, &bob, block).await, 900);
	assert_eq!(holding(&client, SECURITY, &charlie, block).await, 100);
	assert_eq!(holding(&client, CASH, &bob, block).await, 500);
	assert_eq!(holding(&client, CASH, &charlie, block).await, 99_500);
}
