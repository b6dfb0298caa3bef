//! The compliance dry run over JSON-RPC, against a real dev node: a dApp asks before it
//! signs and gets the runtime's answer, with the rule that says no.

mod common;

use std::time::Duration;

use common::*;
use consort_runtime::{AccountId, RuntimeCall};
use jsonrpsee::{core::client::ClientT, rpc_params, ws_client::WsClient};
use pallet_compliance::IdentityKind;
use pallet_compliance_rpc::Verdict;
use sp_core::crypto::Ss58Codec;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};

const ASSET: u32 = 7;

async fn can_transfer(
	client: &WsClient,
	from: &AccountId,
	to: &AccountId,
	amount: u128,
) -> Verdict {
	client
		.request(
			"compliance_canTransfer",
			rpc_params![ASSET, from.to_ss58check(), to.to_ss58check(), amount],
		)
		.await
		.expect("the dry run answers")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dapp_asks_compliance_over_json_rpc_and_gets_the_rule_that_says_no() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-compliance");
	let node = Node::start(NodeSpec::new("dev", "dev", &dir.0).arg("--dev"));
	let client = node.client().await;
	wait_finalized(&client, 1, Duration::from_secs(60)).await;
	let (alice, bob, charlie) =
		(Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id());

	// Nothing is set up: the asset is unknown.
	let verdict = can_transfer(&client, &alice, &bob, 1).await;
	assert_eq!(
		(verdict.allowed, verdict.status, verdict.code, verdict.reason.as_deref()),
		(false, 0x50, 1, Some("UnknownAsset"))
	);

	// Alice (the dev chain's sudo key) appoints herself registrar, registers herself and
	// Bob, and registers the asset with herself as its compliance agent.
	let compliance = |call| RuntimeCall::Compliance(call);
	let sudo = |call| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	let setup = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			sudo(compliance(pallet_compliance::Call::add_registrar { registrar: alice.clone() })),
			compliance(pallet_compliance::Call::register_identity {
				key: alice.clone(),
				kind: IdentityKind::Entity,
			}),
			compliance(pallet_compliance::Call::register_identity {
				key: bob.clone(),
				kind: IdentityKind::Person,
			}),
			sudo(compliance(pallet_compliance::Call::register_asset { asset: ASSET, agent: 0 })),
		],
	});
	let xt = sign_as(&client, Alice, setup).await;
	let block = submit_and_finalize(&client, &xt).await;
	let errors = dispatch_errors(&client, block).await;
	assert!(errors.is_empty(), "{errors:?}");

	// Alice is identified but holds nothing; Charlie has no identity.
	let verdict = can_transfer(&client, &alice, &bob, 1).await;
	assert_eq!(
		(verdict.allowed, verdict.status, verdict.code, verdict.reason.as_deref()),
		(false, 0x52, 14, Some("InsufficientHolding"))
	);
	let verdict = can_transfer(&client, &alice, &charlie, 1).await;
	assert_eq!(
		(verdict.status, verdict.code, verdict.reason.as_deref()),
		(0x57, 4, Some("ReceiverNotIdentified"))
	);
	assert_eq!(verdict.reason_word.0[31], 4);

	// Issuing to Bob would be allowed.
	let verdict: Verdict = client
		.request("compliance_canIssue", rpc_params![ASSET, bob.to_ss58check(), 100u128])
		.await
		.expect("the dry run answers");
	assert!(verdict.allowed);
	assert_eq!((verdict.status, verdict.code, verdict.reason), (0x51, 0, None));

	// The answer is the state of the block asked about: before the setup, unknown asset.
	let genesis = block_hash(&client, 0).await.expect("genesis");
	let verdict: Verdict = client
		.request(
			"compliance_canIssue",
			rpc_params![ASSET, bob.to_ss58check(), 100u128, Option::<String>::None, genesis],
		)
		.await
		.expect("the dry run answers");
	assert_eq!(verdict.reason.as_deref(), Some("UnknownAsset"));

	// Bad input gets a named error, not an answer.
	let error = client
		.request::<Verdict, _>(
			"compliance_canTransfer",
			rpc_params![ASSET, "not-an-address", bob.to_ss58check(), 1u128],
		)
		.await
		.expect_err("a malformed account");
	assert!(error.to_string().contains("Invalid params"), "{error}");
	let unknown_block = format!("0x{}", "ab".repeat(32));
	let error = client
		.request::<Verdict, _>(
			"compliance_canTransfer",
			rpc_params![
				ASSET,
				alice.to_ss58check(),
				bob.to_ss58check(),
				1u128,
				Option::<String>::None,
				unknown_block
			],
		)
		.await
		.expect_err("an unknown block");
	assert!(error.to_string().contains("4100"), "{error}");
}
