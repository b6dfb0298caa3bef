//! The operator's tools on a real dev chain: JSON-RPC over HTTP beside WebSocket on one port,
//! Prometheus metrics, and the standard subcommands (`key`, `export-blocks`, `import-blocks`,
//! `check-block`, `purge-chain`) against real RocksDB databases.

mod common;

use std::{
	path::Path,
	process::{Command, Output},
	time::Duration,
};

use common::*;
use jsonrpsee::{core::client::ClientT, http_client::HttpClientBuilder, rpc_params};
use serde_json::Value;
use sp_core::crypto::Ss58Codec;
use sp_keyring::Sr25519Keyring::Alice;

fn node_command(args: &[&str]) -> Output {
	Command::new(env!("CARGO_BIN_EXE_consort-node")).args(args).output().expect("consort-node runs")
}

fn succeeded(output: &Output, what: &str) {
	assert!(
		output.status.success(),
		"{what} failed: {}\n{}",
		String::from_utf8_lossy(&output.stdout),
		String::from_utf8_lossy(&output.stderr)
	);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dev_node_answers_json_rpc_over_http_and_serves_prometheus_metrics() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-tools");
	let prometheus = free_port();
	let mut spec = NodeSpec::new("dev", "dev", &dir.0).arg("--dev");
	spec.prometheus_port = Some(prometheus);
	let node = Node::start(spec);
	let client = node.client().await;
	wait_finalized(&client, 2, Duration::from_secs(60)).await;

	// The same port speaks HTTP.
	let http = HttpClientBuilder::default()
		.build(format!("http://127.0.0.1:{}", node.spec.rpc_port))
		.expect("an HTTP client");
	let header: Value = http.request("chain_getHeader", rpc_params![]).await.expect("a header");
	assert!(header["number"].as_str().is_some_and(|n| n.starts_with("0x")), "{header}");
	let name: String = http.request("system_name", rpc_params![]).await.expect("the node's name");
	assert_eq!(name, "Consort Node");
	let error = http
		.request::<Value, _>("consort_noSuchMethod", rpc_params![])
		.await
		.expect_err("an unknown method");
	assert!(error.to_string().contains("Method not found"), "{error}");

	let metrics = scrape(prometheus);
	assert!(metrics.starts_with("HTTP/1.1 200"), "{metrics}");
	assert!(metrics.contains("substrate_ready_transactions_number"), "the pool's metrics");
	// The RPC reaches the pool through admission, which publishes what it holds back.
	assert_eq!(sample(&metrics, "consort_admission_refused_total", ""), Some(0.0), "{metrics}");
	// The node refreshes its chain metrics every few seconds.
	wait_for("the finalized height in the metrics", Duration::from_secs(30), || async {
		let metrics = scrape(prometheus);
		sample(&metrics, "substrate_block_height", "status=\"finalized\"")
			.filter(|height| *height >= 2.0)
	})
	.await;
}

#[tokio::test(flavor = "multi_thread")]
async fn blocks_exported_from_one_database_import_and_check_in_another_and_purge_removes_it() {
	let _machine = serial().await;
	let dir = TempDir::new("dev-blocks");
	let mut node = Node::start(NodeSpec::new("source", "dev", &dir.0).arg("--dev"));
	let client = node.client().await;
	wait_finalized(&client, 3, Duration::from_secs(60)).await;
	let third = block_hash(&client, 3).await.expect("block 3");
	drop(client);
	node.stop();

	let path = |p: &Path| p.to_str().expect("a UTF-8 path").to_string();
	let source = path(&node.spec.base_path);
	let copy = path(&dir.0.join("copy"));
	let exported = path(&dir.0.join("blocks.bin"));
	let again = path(&dir.0.join("again.bin"));
	let export = |base: &str, file: &str| {
		node_command(&[
			"export-blocks",
			"--chain",
			"dev",
			"--base-path",
			base,
			"--binary",
			"--to",
			"3",
			file,
		])
	};
	succeeded(&export(&source, &exported), "export-blocks");
	succeeded(
		&node_command(&[
			"import-blocks",
			"--chain",
			"dev",
			"--base-path",
			&copy,
			"--binary",
			&exported,
		]),
		"import-blocks",
	);
	succeeded(
		&node_command(&[
			"check-block",
			"--chain",
			"dev",
			"--base-path",
			&copy,
			&format!("{third:?}"),
		]),
		"check-block",
	);
	succeeded(&export(&copy, &again), "export-blocks from the copy");
	let (first, second) = (std::fs::read(&exported).unwrap(), std::fs::read(&again).unwrap());
	let (first, second) = (exported_blocks(&first), exported_blocks(&second));
	assert_eq!(first.len(), 3, "blocks 1 to 3");
	// The same blocks and GRANDPA justifications. BEEFY's justifications are the node's
	// record of the signatures it saw, handed by the import to a BEEFY voter, which an
	// import does not run: the copy has none until its node follows BEEFY again.
	let with_grandpa_only = |blocks: Vec<consort_runtime::SignedBlock>| {
		blocks
			.into_iter()
			.map(|signed| {
				let grandpa = signed.justifications.as_ref().and_then(|justifications| {
					justifications.get(sp_consensus_grandpa::GRANDPA_ENGINE_ID).cloned()
				});
				(signed.block, grandpa)
			})
			.collect::<Vec<_>>()
	};
	assert!(
		first.iter().any(|signed| signed
			.justifications
			.as_ref()
			.is_some_and(|j| j.get(sp_consensus_beefy::BEEFY_ENGINE_ID).is_some())),
		"the source node stored BEEFY justifications"
	);
	assert_eq!(
		with_grandpa_only(first),
		with_grandpa_only(second),
		"the copy holds the same blocks"
	);

	let database = dir.0.join("copy").join("chains").join("consort_dev").join("db");
	assert!(database.exists(), "the import wrote a database at {database:?}");
	succeeded(
		&node_command(&["purge-chain", "-y", "--chain", "dev", "--base-path", &copy]),
		"purge-chain",
	);
	assert!(!database.exists(), "purge-chain removes the database");
	let unknown = format!("0x{}", "ab".repeat(32));
	let failed = node_command(&["check-block", "--chain", "dev", "--base-path", &source, &unknown]);
	assert!(!failed.status.success(), "an unknown block does not check");
}

#[test]
fn the_key_tool_inspects_and_generates_keys() {
	let inspected = node_command(&["key", "inspect", "//Alice", "--output-type", "json"]);
	succeeded(&inspected, "key inspect");
	let json: Value = serde_json::from_slice(&inspected.stdout).expect("JSON");
	assert_eq!(json["ss58Address"], Alice.to_account_id().to_ss58check());
	let generated = node_command(&["key", "generate", "--output-type", "json"]);
	succeeded(&generated, "key generate");
	let json: Value = serde_json::from_slice(&generated.stdout).expect("JSON");
	let phrase = json["secretPhrase"].as_str().expect("a secret phrase");
	assert_eq!(phrase.split_whitespace().count(), 12);
	let node_key = node_command(&["key", "generate-node-key"]);
	succeeded(&node_key, "key generate-node-key");
	assert!(String::from_utf8_lossy(&node_key.stderr).contains("12D3KooW"), "a peer id");
}

/// The blocks of a binary export: a little-endian u64 count, then each block SCALE-encoded.
fn exported_blocks(bytes: &[u8]) -> Vec<consort_runtime::SignedBlock> {
	use codec::Decode;
	let mut input = bytes;
	let count = u64::decode(&mut input).expect("a block count");
	(0..count).map(|_| consort_runtime::SignedBlock::decode(&mut input).expect("a block")).collect()
}
