//! The dev chain: one real node process, RocksDB, JSON-RPC over WebSocket.

mod common;

use std::time::Duration;

use codec::Encode;
use common::*;
use consort_runtime::UNIT;
use sp_core::Pair;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::{generic::Preamble, AccountId32};

async fn start_dev(dir: &TempDir) -> Node {
	// What `scripts/dev.sh` runs: `--dev` makes Alice the validator and generates a node key;
	// the larger pool takes bursts of many senders' extrinsics.
	Node::start(NodeSpec::new("dev", "dev", &dir.0).arg("--dev").arg("--pool-limit").arg("40960"))
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

	// The pool validated that transfer on threads of its own, at admission's lower priority,
	// under the names the admission gate holds while a block is built (cut to 15 bytes).
	let threads = node.threads();
	let validation: Vec<_> =
		threads.iter().filter(|(name, _)| name.starts_with("transaction-poo")).collect();
	assert_eq!(validation.len(), 2, "{threads:?}");
	let main = threads.iter().find(|(name, _)| name == "consort-node").expect("main thread");
	let lowered = (main.1 + 10).min(19);
	assert!(validation.iter().all(|(_, nice)| *nice == lowered), "{threads:?}");
	let log = std::fs::read_to_string(&node.log).unwrap();
	assert!(!log.contains("admission does not know"), "{}", node.tail());
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
	let forged = forged(transfer(&charlie, UNIT), &info);
	let error = submit_raw(&client, &forged).await.expect_err("bad signature");
	assert!(error.to_string().contains("bad signature"), "{error}");

	// A transfer signed for another chain (wrong genesis hash).
	let other_chain = ChainInfo { genesis: consort_runtime::Hash::repeat_byte(7), ..info };
	let replayed = sign(transfer(&charlie, UNIT), &Alice.pair(), 0, &other_chain);
	let error = submit_raw(&client, &replayed.encode()).await.expect_err("wrong chain");
	assert!(error.to_string().contains("bad signature"), "{error}");

	// A call whose bounded list is one longer than its bound, correctly signed: it does not
	// even decode, so the runtime refuses to verify it.
	let topics = (0..=pallet_compliance::MAX_TOPICS_PER_ISSUER)
		.map(pallet_compliance::ClaimTopic::Custom)
		.collect::<Vec<_>>();
	let over_long = sign_raw_call(&over_long_trusted_issuer(&topics), &Alice.pair(), 0, &info);
	let error = submit_raw(&client, &over_long).await.expect_err("over-long");
	assert!(error.to_string().contains("1002"), "{error}");
	assert!(error.to_string().contains("validate_transaction"), "{error}");
	// At the bound the same bytes are a valid transaction, which dispatch then refuses:
	// Alice is not governance.
	let at_bound = sign_raw_call(&over_long_trusted_issuer(&topics[1..]), &Alice.pair(), 0, &info);
	submit_raw(&client, &at_bound).await.expect("well formed");

	// A nonce that was used already is stale.
	let first = sign_as(&client, Alice, transfer(&charlie, UNIT)).await;
	submit_and_finalize(&client, &first).await;
	let stale = sign(transfer(&charlie, UNIT), &Alice.pair(), 0, &info);
	let error = submit_raw(&client, &stale.encode()).await.expect_err("stale nonce");
	assert!(error.to_string().contains("outdated"), "{error}");

	// Only the one valid transfer moved funds; the rejected ones changed nothing.
	wait_finalized(&client, best_number(&client).await, Duration::from_secs(30)).await;
	let trusted_key = [
		frame_support::storage::storage_prefix(b"Compliance", b"TrustedIssuers").to_vec(),
		sp_io::hashing::blake2_128(&pallet_compliance::Scope::<u32>::Global.encode()).to_vec(),
		pallet_compliance::Scope::<u32>::Global.encode(),
	]
	.concat();
	let trusted: Vec<pallet_compliance::TrustedIssuer<AccountId32>> =
		storage(&client, trusted_key, None).await.unwrap_or_default();
	assert!(trusted.iter().all(|t| t.issuer != Bob.to_account_id()), "{trusted:?}");
	assert_eq!(free_balance(&client, &charlie, None).await, charlie_before + UNIT);
	let alice_after = free_balance(&client, &alice, None).await;
	assert!(alice_after < alice_before - UNIT, "Alice paid the transfer and its fee");
	assert!(alice_after > alice_before - 2 * UNIT, "Alice paid for nothing that was rejected");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_node_refuses_at_once_the_submissions_beyond_its_admission_bound_and_nothing_changes() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-admission-bound");
	let prometheus = free_port();
	let mut spec = NodeSpec::new("dev", "dev", &dir.0).arg("--dev").arg("--admission-bound=2");
	spec.prometheus_port = Some(prometheus);
	let node = Node::start(spec);
	let clients = clients(&[&node, &node, &node, &node]).await;
	wait_finalized(&clients[0], 1, Duration::from_secs(60)).await;
	let charlie = Charlie.to_account_id();
	let charlie_before = free_balance(&clients[0], &charlie, None).await;

	// Transfers from Alice signed by Bob, each different: the pool validates every one it is
	// handed (and finds the signature bad), which holds a place in the bound meanwhile.
	let info = chain_info(&clients[0]).await;
	let forged: Vec<Vec<u8>> =
		(1..=200u128).map(|amount| forged(transfer(&charlie, amount), &info)).collect();
	let answers = futures::future::join_all(
		forged.iter().enumerate().map(|(i, bytes)| submit_raw(&clients[i % 4], bytes)),
	)
	.await;
	let (mut validated, mut refused) = (0, 0);
	for answer in &answers {
		let error = answer.as_ref().expect_err("a forged transfer").to_string();
		if error.contains("bad signature") {
			validated += 1;
		} else {
			assert!(error.contains("1016") && error.contains("Immediately Dropped"), "{error}");
			refused += 1;
		}
	}
	assert!(refused > 0 && validated > 0, "{validated} validated, {refused} refused");
	let metrics = scrape(prometheus);
	assert_eq!(
		sample(&metrics, "consort_admission_refused_total", ""),
		Some(refused as f64),
		"{metrics}"
	);
	assert_eq!(sample(&metrics, "consort_admission_awaiting", ""), Some(0.0), "{metrics}");

	// The bound holds only what awaits an answer: a valid transfer goes through afterwards.
	let xt = sign_as(&clients[0], Alice, transfer(&charlie, UNIT)).await;
	let block = submit_and_finalize(&clients[0], &xt).await;
	assert_eq!(free_balance(&clients[0], &charlie, Some(block)).await, charlie_before + UNIT);
}

/// `call` from Alice with nonce 0, carrying Bob's signature of it.
fn forged(call: consort_runtime::RuntimeCall, info: &ChainInfo) -> Vec<u8> {
	let mut forged = sign(call.clone(), &Alice.pair(), 0, info);
	let by_bob = sign(call, &Bob.pair(), 0, info);
	let (Preamble::Signed(_, signature, _), Preamble::Signed(signer, _, extension)) =
		(&by_bob.preamble, &forged.preamble)
	else {
		panic!("both are signed");
	};
	forged.preamble = Preamble::Signed(signer.clone(), signature.clone(), extension.clone());
	forged.encode()
}

/// The encoded call that trusts an issuer globally for `topics`, however many: a client can
/// encode a list longer than the runtime's bound.
fn over_long_trusted_issuer(topics: &[pallet_compliance::ClaimTopic]) -> Vec<u8> {
	let one = pallet_compliance::ClaimTopic::Kyc;
	let call =
		consort_runtime::RuntimeCall::Compliance(pallet_compliance::Call::set_trusted_issuer {
			scope: pallet_compliance::Scope::Global,
			issuer: Bob.to_account_id(),
			topics: vec![one].try_into().expect("one topic"),
		});
	// The topics are the call's tail: swap them for the list given.
	let mut encoded = call.encode();
	encoded.truncate(encoded.len() - vec![one].encode().len());
	encoded.extend(topics.to_vec().encode());
	encoded
}

/// The bytes of a signed extrinsic carrying `call` as raw bytes, which need not decode as a
/// call of the runtime.
fn sign_raw_call(
	call: &[u8],
	signer: &sp_core::sr25519::Pair,
	nonce: u32,
	info: &ChainInfo,
) -> Vec<u8> {
	let (signature, extension) = consort_bench::chain::sign_encoded_call(call, signer, nonce, info);
	let address = sp_runtime::MultiAddress::<_, ()>::Id(AccountId32::from(signer.public()));
	// A signed extrinsic of format 4: its header byte, the signer, signature and extension,
	// then the call; the whole prefixed by its length.
	let mut body = vec![0x84];
	address.encode_to(&mut body);
	signature.encode_to(&mut body);
	extension.encode_to(&mut body);
	body.extend(call);
	[codec::Compact(body.len() as u32).encode(), body].concat()
}
