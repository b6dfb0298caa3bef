//! A trade on a real dev node: identities, a security and a cash token, a market; a seller
//! rests an ask, a buyer crosses it, and the finalized state shows delivery against payment.
//! The book, the tape and the last price read back over the `matching_*` JSON-RPC methods;
//! an off-book instruction settles through the same ledger path once both senders affirm.

mod common;

use std::time::Duration;

use common::*;
use consort_runtime::{AccountId, Hash, Runtime, RuntimeCall, RuntimeEvent};
use jsonrpsee::{core::client::ClientT, rpc_params};
use pallet_compliance::IdentityKind;
use pallet_matching::{MarketParams, OrderKind, SelfTradePrevention, Side, TimeInForce};
use pallet_matching_rpc::BookTop;
use pallet_token::{AccountBalanceOf, AssetKind, DEFAULT_PARTITION};
use serde_json::Value;
use sp_core::crypto::Ss58Codec;
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
		max_makers: None,
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
	let top: BookTop = client
		.request("matching_bestBidOffer", rpc_params![MARKET, block])
		.await
		.expect("the book reads");
	assert_eq!(top.bid, None);
	assert_eq!(top.ask.map(|a| (a.price, a.quantity, a.orders)), Some((50, 100, 1)));
	let orders: Value = client
		.request("matching_openOrders", rpc_params![bob.to_ss58check(), MARKET])
		.await
		.expect("open orders read");
	assert_eq!(orders.as_array().map(Vec::len), Some(1), "{orders}");
	assert_eq!(orders[0]["side"], "sell");
	assert_eq!(orders[0]["reserved"], 100);
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

	// The ledger over JSON-RPC: balances, holders, a pre-trade check, a portfolio valued at
	// the last trade (10 lots at 50: 500 cash) beside its cash.
	let balances: Value = client
		.request("token_balances", rpc_params![SECURITY, charlie.to_ss58check(), block])
		.await
		.expect("balances read");
	assert_eq!(balances[0]["balance"], 100, "{balances}");
	let holders: Value = client
		.request("token_holders", rpc_params![SECURITY, Option::<String>::None, 10, block])
		.await
		.expect("holders read");
	assert_eq!(holders.as_array().map(Vec::len), Some(2), "{holders}");
	let verdict: Value = client
		.request(
			"token_canTransferByPartition",
			rpc_params![
				SECURITY,
				charlie.to_ss58check(),
				bob.to_ss58check(),
				101,
				None::<String>,
				block
			],
		)
		.await
		.expect("the pre-trade check answers");
	assert_eq!(
		(verdict["allowed"].clone(), verdict["status"].clone()),
		(false.into(), 0x52.into())
	);
	let identity =
		identity_of(&client, &charlie, Some(block)).await.expect("Charlie is identified");
	let portfolio: Value = client
		.request("token_portfolio", rpc_params![identity, block])
		.await
		.expect("the portfolio reads");
	assert_eq!(portfolio["unpriced"], 0, "{portfolio}");
	assert_eq!(portfolio["totals"][0]["cash"], CASH, "{portfolio}");
	assert_eq!(portfolio["totals"][0]["value"], 99_500 + 500, "{portfolio}");

	// The tape and the last price, over JSON-RPC; an unknown market is a named error.
	let trades: Value = client
		.request("matching_recentTrades", rpc_params![MARKET, 10, block])
		.await
		.expect("the tape reads");
	assert_eq!(trades.as_array().map(Vec::len), Some(1), "{trades}");
	assert_eq!(trades[0]["buyer"], charlie.to_ss58check());
	assert_eq!(trades[0]["seller"], bob.to_ss58check());
	assert_eq!(
		(trades[0]["price"].clone(), trades[0]["quantity"].clone()),
		(50.into(), 100.into())
	);
	let last: Option<u128> = client
		.request("matching_lastPrice", rpc_params![MARKET, block])
		.await
		.expect("the last price reads");
	assert_eq!(last, Some(50));
	let top: BookTop =
		client.request("matching_bestBidOffer", rpc_params![MARKET, block]).await.unwrap();
	assert_eq!((top.bid, top.ask), (None, None), "the book is empty after the trade");
	let error = client
		.request::<BookTop, _>("matching_bestBidOffer", rpc_params![9])
		.await
		.expect_err("market 9 does not exist");
	assert!(error.to_string().contains("4101"), "{error}");

	// Off the book: Bob enters a trade in which Charlie sells him 40 units back for 300; Bob
	// affirms first.
	let legs = vec![
		pallet_matching::Leg {
			from: charlie.clone(),
			to: bob.clone(),
			asset: SECURITY,
			partition: DEFAULT_PARTITION,
			amount: 40,
		},
		pallet_matching::Leg {
			from: bob.clone(),
			to: charlie.clone(),
			asset: CASH,
			partition: DEFAULT_PARTITION,
			amount: 300,
		},
	];
	let create = RuntimeCall::Matching(pallet_matching::Call::create_instruction {
		legs: legs.try_into().unwrap(),
		settle_at: None,
	});
	let block = run(&client, Bob, create).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	let affirm =
		|| RuntimeCall::Matching(pallet_matching::Call::affirm_instruction { instruction: 0 });
	let block = run(&client, Bob, affirm()).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	assert_eq!(holding(&client, CASH, &charlie, block).await, 99_500, "nothing moves yet");
	let block = run(&client, Charlie, affirm()).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	assert!(events(&client, block).await.contains(&RuntimeEvent::Matching(
		pallet_matching::Event::InstructionSettled { instruction: 0 }
	)));
	assert_eq!(holding(&client, SECURITY, &bob, block).await, 940);
	assert_eq!(holding(&client, SECURITY, &charlie, block).await, 60);
	assert_eq!(holding(&client, CASH, &bob, block).await, 200);
	assert_eq!(holding(&client, CASH, &charlie, block).await, 99_800);
}
