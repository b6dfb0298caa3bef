//! The dev chain: one real node process, RocksDB, JSON-RPC over WebSocket.

mod common;

use std::time::Duration;

use codec::Encode;
use common::*;
use consort_runtime::UNIT;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::generic::Preamble;

async fn start_dev(dir: &TempDir) -> Node {
	// What `scripts/dev.sh` runs: `--dev` makes Alice the validator and generates a node key.
	Node::start(NodeSpec::new("dev", "dev", &dir.0).arg("--dev"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dev_chain_finalizes_a_signed_transfer_sent_over_websocket() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-transfer");
	let node = start_dev(&dir).await;
	let client = node.client().await;

	wait_finalized(&client, 2, Duration::from_secs(60)).await;

	let bob = Bob.to_account_id();
	let before = free_balance(&client, &bob, None).await;
	let xt = sign_as(&client, Alice, transfer(&bob, 5 * UNIT)).await;
	let block = submit_and_finalize(&client, &xt).await;

	assert!(dispatch_errors(&client, block).await.is_empty());
	assert_eq!(free_balance(&client, &bob, Some(block)).await, before + 5 * UNIT);
	assert!(finalized_number(&client).await >= 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pool_rejects_malformed_and_badly_signed_extrinsics_and_nothing_changes() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-bad-input");
	let node = start_dev(&dir).await;
	let client = node.client().await;
	wait_finalized(&client, 1, Duration::from_secs(60)).await;

	let alice = Alice.to_account_id();
	let charlie = Charlie.to_account_id();
	let alice_before = free_balance(&client, &alice, None).await;
	let charlie_before = free_balance(&client, &charlie, None).await;

	// Bytes that do not even frame an extrinsic: the node refuses to decode them.
	let error = submit_raw(&client, &[0x10, 0xff]).await.expect_err("truncated");
	assert!(error.to_string().contains("Not enough data"), "{error}");

	// A framed blob that is no extrinsic of this runtime: the runtime refuses to verify it.
	let error = submit_raw(&client, &[0x08, 0xff, 0x13]).await.expect_err("garbage");
	assert!(error.to_string().contains("1002"), "{error}");
	assert!(error.to_string().contains("validate_transaction"), "{error}");

	// A transfer from Alice that carries Bob's signature.
	let info = chain_info(&client).await;
	let mut forged = sign(transfer(&charlie, UNIT), &Alice.pair(), 0, &info);
	let signed_by_bob = sign(transfer(&charlie, UNIT), &Bob.pair(), 0, &info);
	let (Preamble::Signed(_, signature, _), Preamble::Signed(signer, _, extension)) =
		(&signed_by_bob.preamble, &forged.preamble)
	else {
		panic!("both are signed");
	};
	forged.preamble = Preamble::Signed(signer.clone(), signature.clone(), extension.clone());
	let error = submit_raw(&client, &forged.encode()).await.expect_err("bad signature");
	assert!(error.to_string().contains("bad signature"), "{error}");

	// A transfer signed for another chain (wrong genesis hash).
	let other_chain = ChainInfo { genesis: consort_runtime::Hash::repeat_byte(7), ..info };
	let replayed = sign(transfer(&charlie, UNIT), &Alice.pair(), 0, &other_chain);
	let error = submit_raw(&client, &replayed.encode()).await.expect_err("wrong chain");
	assert!(error.to_string().contains("bad signature"), "{error}");

	// A nonce that was used already is stale.
	let first = sign_as(&client, Alice, transfer(&charlie, UNIT)).await;
	submit_and_finalize(&client, &first).await;
	let stale = sign(transfer(&charlie, UNIT), &Alice.pair(), 0, &info);
	let error = submit_raw(&client, &stale.encode()).await.expect_err("stale nonce");
	assert!(error.to_string().contains("outdated"), "{error}");

	// Only the one valid transfer moved funds; the rejected ones changed nothing.
	wait_finalized(&client, best_number(&client).await, Duration::from_secs(30)).await;
	assert_eq!(free_balance(&client, &charlie, None).await, charlie_before + UNIT);
	let alice_after = free_balance(&client, &alice, None).await;
	assert!(alice_after < alice_before - UNIT, "Alice paid the transfer and its fee");
	assert!(alice_after > alice_before - 2 * UNIT, "Alice paid for nothing that was rejected");
}
