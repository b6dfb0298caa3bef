//! The bridge end to end: a dev node, two EVM nodes (anvil) with different chain ids standing
//! for Ethereum and Polygon, each with a light client and a mirror of one security. The
//! security is bridged, issued and traded on Consort; once its epoch is sealed, the relayer
//! carries a real BEEFY commitment and the epoch to both chains, both mirrors show Consort's
//! final balances, and reconciliation agrees. Also: the relayer's binary, killed while its
//! transaction is pending, resumes without sending it twice, and an EVM node that is down
//! does not hold up the other.

mod common;

use std::{process::Command, time::Duration};

use alloy::{
	primitives::{Address, U256},
	providers::{DynProvider, Provider},
};
use anchor_primitives::EthAddress;
use common::*;
use consort_relayer::{
	consort::Consort,
	contracts::{
		light_client::ConsortLightClient::{self, ConsortLightClientInstance},
		security::ConsortSecurity::{self, ConsortSecurityInstance},
	},
	reconcile,
	relay::{Mirror, Submission, Target},
	testing::{deploy_light_client, evm, evm_with, Evm},
};
use consort_runtime::{AccountId, RuntimeCall};
use pallet_compliance::IdentityKind;
use pallet_token::{AssetKind, DEFAULT_PARTITION};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};

const SECURITY: u32 = 0;
const ETHEREUM: u64 = 1_337;
const POLYGON: u64 = 80_002;
/// A second bridged security, held by Charlie alone.
const NOTE: u32 = 1;

/// A mirror of `asset` verified by `light_client`.
async fn deploy_mirror(
	evm: &Evm,
	light_client: Address,
	asset: u32,
) -> ConsortSecurityInstance<DynProvider> {
	ConsortSecurity::deploy(
		evm.provider.clone(),
		light_client,
		asset,
		format!("Consort security {asset}"),
		format!("CS{asset}"),
		0,
	)
	.await
	.expect("the mirror deploys")
}

/// A light client that starts from Consort's current BEEFY sets, and a mirror of `SECURITY`.
async fn deploy(
	consort: &Consort,
	evm: &Evm,
) -> (ConsortLightClientInstance<DynProvider>, ConsortSecurityInstance<DynProvider>) {
	let light_client =
		deploy_light_client(consort, &evm.provider).await.expect("Consort's BEEFY sets");
	let mirror = deploy_mirror(evm, *light_client.address(), SECURITY).await;
	(light_client, mirror)
}

fn target(name: &str, evm: &Evm, light_client: Address, mirrors: &[(u32, Address)]) -> Target {
	Target {
		name: name.to_string(),
		provider: evm.provider.clone(),
		account: evm.node.addresses()[0],
		light_client: ConsortLightClient::new(light_client, evm.provider.clone()),
		mirrors: mirrors
			.iter()
			.map(|(asset, mirror)| Mirror {
				asset: *asset,
				contract: ConsortSecurity::new(*mirror, evm.provider.clone()),
			})
			.collect(),
		receipt_timeout: Duration::from_secs(30),
		fee_bumps: 3,
	}
}

/// Bridges two securities, issues 1,000 of the first to Bob and 50 of the second to Charlie,
/// and moves 300 of the first from Bob to Charlie, all in blocks the dev node finalizes.
async fn issue_and_trade(client: &jsonrpsee::ws_client::WsClient) {
	let (alice, bob, charlie) =
		(Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id());
	let sudo = |call| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	let register = |key: &AccountId, kind| {
		RuntimeCall::Compliance(pallet_compliance::Call::register_identity {
			key: key.clone(),
			kind,
		})
	};
	let create = |name: &[u8], symbol: &[u8]| {
		RuntimeCall::Token(pallet_token::Call::create_asset {
			name: name.to_vec().try_into().unwrap(),
			symbol: symbol.to_vec().try_into().unwrap(),
			kind: AssetKind::Debt,
			decimals: 0,
			identifiers: Default::default(),
			supply_cap: None,
		})
	};
	let bridge = |asset| sudo(RuntimeCall::Anchor(pallet_anchor::Call::bridge_asset { asset }));
	let issue = |asset, to: &AccountId, amount| {
		RuntimeCall::Token(pallet_token::Call::issue {
			asset,
			partition: DEFAULT_PARTITION,
			to: to.clone(),
			amount,
			data: Default::default(),
		})
	};
	let setup = RuntimeCall::Utility(pallet_utility::Call::batch_all {
		calls: vec![
			sudo(RuntimeCall::Compliance(pallet_compliance::Call::add_registrar {
				registrar: alice.clone(),
			})),
			register(&alice, IdentityKind::Entity),
			register(&bob, IdentityKind::Person),
			register(&charlie, IdentityKind::Person),
			create(b"Consort Bond", b"CSRT"),
			create(b"Consort Note", b"CNOT"),
			bridge(SECURITY),
			bridge(NOTE),
			issue(NOTE, &charlie, 50),
			issue(SECURITY, &bob, 1_000),
		],
	});
	let block = submit_and_finalize(client, &sign_as(client, Alice, setup).await).await;
	let errors = dispatch_errors(client, block).await;
	assert!(errors.is_empty(), "{errors:?}");
	let transfer = bond_transfer(&charlie, 300);
	let block = submit_and_finalize(client, &sign_as(client, Bob, transfer).await).await;
	let errors = dispatch_errors(client, block).await;
	assert!(errors.is_empty(), "{errors:?}");
}

/// A transfer of `amount` of the bond to `to`.
fn bond_transfer(to: &AccountId, amount: u128) -> RuntimeCall {
	RuntimeCall::Token(pallet_token::Call::transfer {
		asset: SECURITY,
		partition: DEFAULT_PARTITION,
		to: to.clone(),
		amount,
		data: Default::default(),
	})
}

/// Waits until Consort sealed an epoch with an entry of `SECURITY`; its number.
async fn sealed_epoch(consort: &Consort, after: u64) -> u64 {
	wait_for("an epoch of the security to be sealed", Duration::from_secs(180), || async {
		let epoch = consort.newest_epoch(SECURITY, None).await.ok()?;
		(epoch > after).then_some(epoch)
	})
	.await
}

async fn mirror_balances(
	mirror: &ConsortSecurityInstance<DynProvider>,
	holders: &[(EthAddress, u128)],
) -> Vec<(EthAddress, U256)> {
	let mut balances = Vec::new();
	for (holder, _) in holders {
		let balance = mirror.balanceOf(Address::from(*holder)).call().await.expect("reads");
		balances.push((*holder, balance));
	}
	balances
}

#[tokio::test(flavor = "multi_thread")]
async fn a_traded_securitys_epoch_reaches_mirrors_on_two_evm_chains_and_reconciles() {
	let _machine = serial().await;
	let dir = TempDir::new("bridge");
	let node = Node::start(NodeSpec::new("dev", "dev", &dir.0).arg("--dev"));
	let client = node.client().await;
	wait_finalized(&client, 1, Duration::from_secs(60)).await;
	let consort = Consort::connect(&node.url()).await.expect("connects");

	let (ethereum, polygon) = (evm(ETHEREUM), evm(POLYGON));
	let (eth_client, eth_mirror) = deploy(&consort, &ethereum).await;
	let (pol_client, pol_mirror) = deploy(&consort, &polygon).await;
	let eth_note = deploy_mirror(&ethereum, *eth_client.address(), NOTE).await;
	let pol_note = deploy_mirror(&polygon, *pol_client.address(), NOTE).await;
	let targets = [
		target(
			"ethereum",
			&ethereum,
			*eth_client.address(),
			&[(SECURITY, *eth_mirror.address()), (NOTE, *eth_note.address())],
		),
		target(
			"polygon",
			&polygon,
			*pol_client.address(),
			&[(SECURITY, *pol_mirror.address()), (NOTE, *pol_note.address())],
		),
	];

	issue_and_trade(&client).await;
	let epoch = sealed_epoch(&consort, 0).await;

	for target in &targets {
		let mut submitted = Vec::new();
		for _ in 0..10 {
			let step = target.step(&consort).await.expect("a step");
			submitted.extend(step.submitted);
			assert!(step.errors.is_empty(), "{:?}", step.errors);
			if step.mirrored_epochs == vec![(SECURITY, epoch), (NOTE, epoch)] {
				break;
			}
			tokio::time::sleep(Duration::from_secs(2)).await;
		}
		let gas: Vec<String> = submitted
			.iter()
			.map(|submission| match submission {
				Submission::Commitment { gas, .. } => format!("commitment {gas}"),
				Submission::Checkpoint { gas, updates, .. } => {
					format!("checkpoint of {updates} balances {gas}")
				}
			})
			.collect();
		println!("{}: gas {}", target.name, gas.join(", "));
		assert!(
			submitted
				.iter()
				.any(|s| matches!(s, Submission::Checkpoint { epoch: e, .. } if *e == epoch)),
			"{}: the epoch was relayed: {submitted:?}",
			target.name
		);
		// Nothing more to carry: a further step submits nothing.
		let again = target.step(&consort).await.expect("a step");
		assert!(again.submitted.is_empty(), "{:?}", again.submitted);
	}

	// Both mirrors hold what Consort committed: Bob 700, Charlie 300, under their identities'
	// addresses, and nothing else.
	let committed: Vec<(EthAddress, u128)> = consort
		.committed_balances(SECURITY, None)
		.await
		.expect("committed balances")
		.into_iter()
		.map(|(partition, holder, balance)| {
			assert_eq!(partition, DEFAULT_PARTITION);
			(holder, balance)
		})
		.collect();
	let mut amounts: Vec<u128> = committed.iter().map(|(_, balance)| *balance).collect();
	amounts.sort();
	assert_eq!(amounts, vec![300, 700]);
	let expected: Vec<(EthAddress, U256)> =
		committed.iter().map(|(holder, balance)| (*holder, U256::from(*balance))).collect();
	for mirror in [&eth_mirror, &pol_mirror] {
		assert_eq!(mirror_balances(mirror, &committed).await, expected);
		assert_eq!(mirror.totalSupply().call().await.unwrap(), U256::from(1_000));
		assert_eq!(mirror.lastEpoch().call().await.unwrap(), epoch);
	}
	for note in [&eth_note, &pol_note] {
		assert_eq!(note.totalSupply().call().await.unwrap(), U256::from(50));
	}
	for target in &targets {
		let report = reconcile::reconcile(&consort, &target.name, &target.mirrors[0])
			.await
			.expect("reconciles");
		assert!(report.agrees(), "{}: {:?}", target.name, report.mismatches);
		assert_eq!((report.epoch, report.balances), (epoch, 2));
		let report = reconcile::reconcile(&consort, &target.name, &target.mirrors[1])
			.await
			.expect("reconciles");
		assert!(report.agrees(), "{}: {:?}", target.name, report.mismatches);
		assert_eq!((report.epoch, report.balances), (epoch, 1));
	}

	// A configuration that names the note's mirror for the bond: reconcile reports every
	// difference (Bob's 700 and Charlie's 300 against the note's balances, the supply).
	let misnamed = Mirror { asset: SECURITY, contract: eth_note.clone() };
	let report = reconcile::reconcile(&consort, "ethereum", &misnamed).await.expect("reconciles");
	assert!(!report.agrees());
	let balances = report
		.mismatches
		.iter()
		.filter(|m| matches!(m, reconcile::Mismatch::Balance { .. }))
		.count();
	assert_eq!(balances, 2, "{:?}", report.mismatches);
	assert!(report
		.mismatches
		.contains(&reconcile::Mismatch::TotalSupply { consort: 1_000, mirror: U256::from(50) }));
}

/// A dev chain spec whose anchor seals an epoch every 10 blocks and keeps only the newest two.
fn dev_spec_keeping_two_epochs(dir: &std::path::Path) -> String {
	let mut spec = build_spec("dev");
	spec["genesis"]["runtimeGenesis"]["patch"]["anchor"] =
		serde_json::json!({ "epochLength": 10, "epochsKept": 2 });
	let path = dir.join("dev-two-epochs.json");
	std::fs::write(&path, spec.to_string()).expect("the spec is written");
	path.to_string_lossy().into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mirror_behind_by_more_epochs_than_consort_keeps_catches_up_from_the_nodes_history() {
	let _machine = serial().await;
	let dir = TempDir::new("bridge-history");
	let spec = dev_spec_keeping_two_epochs(&dir.0);
	let node = Node::start(
		NodeSpec::new("dev", &spec, &dir.0).arg("--dev").arg("--state-pruning").arg("archive"),
	);
	let client = node.client().await;
	wait_finalized(&client, 1, Duration::from_secs(60)).await;
	let consort = Consort::connect(&node.url()).await.expect("connects");
	let ethereum = evm(ETHEREUM);
	let (light_client, mirror) = deploy(&consort, &ethereum).await;
	let target =
		target("ethereum", &ethereum, *light_client.address(), &[(SECURITY, *mirror.address())]);

	// Two trades in different epochs, and nobody relays them.
	issue_and_trade(&client).await;
	let first = sealed_epoch(&consort, 0).await;
	let transfer = bond_transfer(&Bob.to_account_id(), 100);
	let block = submit_and_finalize(&client, &sign_as(&client, Charlie, transfer).await).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	let traded_in = consort.anchor_status(Some(block)).await.expect("status").open_epoch;
	// Consort keeps two epochs: wait until both trades' epochs are pruned.
	wait_for("the trades' epochs to be pruned", Duration::from_secs(240), || async {
		let status = consort.anchor_status(None).await.ok()?;
		(status.oldest_kept > traded_in).then_some(())
	})
	.await;
	let last = consort.newest_epoch(SECURITY, None).await.expect("the newest epoch");
	assert!(first < last && last <= traded_in, "{first} < {last} <= {traded_in}");
	assert!(consort.epoch(first, None).await.expect("reads").is_none(), "epoch {first} is pruned");

	// The relayer carries the security's epochs one by one, each read where Consort still kept
	// it; reconciliation checks the lagging mirror at its own, pruned epoch.
	let mut mirrored = vec![0];
	for _ in 0..20 {
		let step = target.step(&consort).await.expect("a step");
		assert!(step.errors.is_empty(), "{:?}", step.errors);
		let epoch = step.mirrored_epochs[0].1;
		if mirrored.last() != Some(&epoch) {
			mirrored.push(epoch);
			let report = reconcile::reconcile(&consort, "ethereum", &target.mirrors[0])
				.await
				.expect("reconciles");
			assert!(report.agrees(), "at epoch {epoch}: {:?}", report.mismatches);
			assert_eq!((report.epoch, report.newest_epoch), (epoch, last));
		}
		if epoch == last {
			break;
		}
	}
	// At least the epochs of the first trade and of the second, in order.
	assert!(mirrored.len() >= 3 && mirrored[1] <= first, "{mirrored:?}");
	assert_eq!(mirrored.last(), Some(&last), "the mirror caught up: {mirrored:?}");
	assert!(mirrored.windows(2).all(|pair| pair[0] < pair[1]), "{mirrored:?}");
	// Bob 1,000 − 300 + 100 and Charlie 300 − 100, as Consort committed them.
	let committed = consort.committed_balances(SECURITY, None).await.expect("committed");
	let mut amounts: Vec<u128> = committed.iter().map(|(_, _, balance)| *balance).collect();
	amounts.sort();
	assert_eq!(amounts, vec![200, 800]);
	let holders: Vec<(EthAddress, u128)> =
		committed.iter().map(|(_, holder, balance)| (*holder, *balance)).collect();
	let expected: Vec<(EthAddress, U256)> =
		holders.iter().map(|(holder, balance)| (*holder, U256::from(*balance))).collect();
	assert_eq!(mirror_balances(&mirror, &holders).await, expected);
}

/// Writes the relayer's configuration for two targets; their keys are in the environment.
fn relayer_config(
	dir: &std::path::Path,
	node: &Node,
	metrics_port: u16,
	targets: &[(&str, &Evm, Address, Address)],
) -> std::path::PathBuf {
	let mut text = format!(
		"consort = \"{}\"\npoll_seconds = 1\nmetrics = \"127.0.0.1:{metrics_port}\"\n",
		node.url()
	);
	for (name, evm, light_client, mirror) in targets {
		text.push_str(&format!(
			"\n[[target]]\nname = \"{name}\"\nrpc = \"{}\"\nchain_id = {}\nlight_client = \
			 \"{light_client}\"\nkey_env = \"CONSORT_TEST_KEY_{}\"\nreceipt_timeout_seconds = \
			 10\n[[target.mirror]]\nasset = {SECURITY}\naddress = \"{mirror}\"\n",
			evm.node.endpoint(),
			evm.node.chain_id(),
			name.to_uppercase(),
		));
	}
	let path = dir.join("relayer.toml");
	std::fs::write(&path, text).expect("writes the configuration");
	path
}

/// The relayer's binary, built beside this test by `cargo test --workspace`.
fn relayer_binary() -> std::path::PathBuf {
	workspace_binary("consort-relayer")
}

/// The body of an HTTP GET to 127.0.0.1, if the server answers.
fn http_get(port: u16, path: &str) -> Option<String> {
	use std::io::{Read, Write};
	let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
	write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
	let mut response = String::new();
	stream.read_to_string(&mut response).ok()?;
	response.split_once("\r\n\r\n").map(|(_, body)| body.to_string())
}

struct Relayer(std::process::Child);

impl Relayer {
	fn start(config: &std::path::Path, keys: &[(&str, String)], log: &std::path::Path) -> Self {
		let out = std::fs::OpenOptions::new().create(true).append(true).open(log).unwrap();
		let mut command = Command::new(relayer_binary());
		command.arg("run").arg("--config").arg(config).stdout(out.try_clone().unwrap()).stderr(out);
		for (name, key) in keys {
			command.env(format!("CONSORT_TEST_KEY_{}", name.to_uppercase()), key);
		}
		Relayer(command.spawn().expect("the relayer starts"))
	}

	fn kill(&mut self) {
		let _ = self.0.kill();
		let _ = self.0.wait();
	}
}

impl Drop for Relayer {
	fn drop(&mut self) {
		self.kill();
	}
}

async fn nonces(provider: &DynProvider, account: Address) -> (u64, u64) {
	let mined = provider.get_transaction_count(account).latest().await.unwrap();
	let sent = provider.get_transaction_count(account).pending().await.unwrap();
	(mined, sent)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_relayer_killed_mid_submission_resumes_without_sending_twice_and_a_down_chain_holds_up_no_other(
) {
	let _machine = serial().await;
	let dir = TempDir::new("bridge-faults");
	let node = Node::start(NodeSpec::new("dev", "dev", &dir.0).arg("--dev"));
	let client = node.client().await;
	wait_finalized(&client, 1, Duration::from_secs(60)).await;
	let consort = Consort::connect(&node.url()).await.expect("connects");

	// Ethereum mines only when told to, so a transaction stays pending; Polygon mines at once.
	let ethereum = evm_with(ETHEREUM, &["--no-mining"]);
	let polygon = evm(POLYGON);
	// Deploying needs blocks: mine them by hand on the chain that does not mine.
	let deploy_mined = async |evm: &Evm| {
		let deploying = deploy(&consort, evm);
		let miner = async {
			loop {
				tokio::time::sleep(Duration::from_millis(200)).await;
				let _: Result<serde_json::Value, _> =
					evm.provider.raw_request("evm_mine".into(), ()).await;
			}
		};
		tokio::select! { deployed = deploying => deployed, _ = miner => unreachable!() }
	};
	let (eth_client, eth_mirror) = deploy_mined(&ethereum).await;
	let (pol_client, pol_mirror) = deploy(&consort, &polygon).await;
	// The relayer pays with the second funded key, so the deployments' nonces do not mix in.
	let relayer_account = ethereum.node.addresses()[1];
	let metrics_port = free_port();
	let config = relayer_config(
		&dir.0,
		&node,
		metrics_port,
		&[
			("ethereum", &ethereum, *eth_client.address(), *eth_mirror.address()),
			("polygon", &polygon, *pol_client.address(), *pol_mirror.address()),
		],
	);
	let keys = [("ethereum", ethereum.key_hex(1)), ("polygon", polygon.key_hex(1))];
	let log = dir.0.join("relayer.log");

	issue_and_trade(&client).await;
	let epoch = sealed_epoch(&consort, 0).await;
	let mut relayer = Relayer::start(&config, &keys, &log);

	// Polygon gets the epoch while Ethereum mines nothing.
	wait_for("the Polygon mirror to apply the epoch", Duration::from_secs(120), || async {
		(pol_mirror.lastEpoch().call().await.ok()? == epoch).then_some(())
	})
	.await;
	// The relayer's commitment to Ethereum is pending: kill the relayer there.
	wait_for("a pending transaction to Ethereum", Duration::from_secs(60), || async {
		let (mined, sent) = nonces(&ethereum.provider, relayer_account).await;
		(sent > mined).then_some(())
	})
	.await;
	relayer.kill();
	let before = nonces(&ethereum.provider, relayer_account).await;

	// A new relayer sees its pending transaction and waits for it, for as long as a receipt
	// (10 s here); then it sends the commitment again under the same nonce, outbidding the
	// pending one, so that only one of them can ever be mined.
	let mut relayer = Relayer::start(&config, &keys, &log);
	wait_for(
		"the restarted relayer to outbid its pending transaction",
		Duration::from_secs(60),
		|| async {
			let log = std::fs::read_to_string(&log).ok()?;
			log.contains("holds the nonce: outbidding it").then_some(())
		},
	)
	.await;
	assert_eq!(nonces(&ethereum.provider, relayer_account).await, before, "nothing more was sent");

	// Ethereum mines again: the pending commitment lands, then the relayer carries the epoch.
	let miner = tokio::spawn({
		let provider = ethereum.provider.clone();
		async move {
			loop {
				let _: Result<serde_json::Value, _> =
					provider.raw_request("evm_mine".into(), ()).await;
				tokio::time::sleep(Duration::from_millis(500)).await;
			}
		}
	});
	wait_for("the Ethereum mirror to apply the epoch", Duration::from_secs(120), || async {
		(eth_mirror.lastEpoch().call().await.ok()? == epoch).then_some(())
	})
	.await;
	relayer.kill();
	// One commitment and one checkpoint: the commitment that was pending was replaced, not
	// sent twice.
	let (mined, sent) = nonces(&ethereum.provider, relayer_account).await;
	assert_eq!((mined, sent), (2, 2), "the relayer sent exactly two transactions to Ethereum");

	// Reconciliation over the binary agrees on both chains, exit code 0.
	let status = Command::new(relayer_binary())
		.arg("reconcile")
		.arg("--config")
		.arg(&config)
		.envs(
			keys.iter()
				.map(|(name, key)| (format!("CONSORT_TEST_KEY_{}", name.to_uppercase()), key)),
		)
		.status()
		.expect("reconcile runs");
	assert!(status.success(), "reconcile agrees: {status}");

	// Polygon's node goes down; the next epoch still reaches Ethereum.
	drop(polygon);
	let mut relayer = Relayer::start(&config, &keys, &log);
	let transfer = bond_transfer(&Bob.to_account_id(), 100);
	let block = submit_and_finalize(&client, &sign_as(&client, Charlie, transfer).await).await;
	assert!(dispatch_errors(&client, block).await.is_empty());
	let next = sealed_epoch(&consort, epoch).await;
	wait_for("the Ethereum mirror to apply the next epoch", Duration::from_secs(120), || async {
		(eth_mirror.lastEpoch().call().await.ok()? == next).then_some(())
	})
	.await;
	// The metrics tell the same: Ethereum's mirror at the new epoch, its checkpoints and
	// gas counted, Polygon's failures counted.
	let metric = |text: &str, name: &str, labels: &[&str]| -> Option<f64> {
		text.lines()
			.find(|line| line.starts_with(name) && labels.iter().all(|l| line.contains(l)))
			.and_then(|line| line.rsplit(' ').next()?.parse().ok())
	};
	let text = wait_for("the metrics to show the new epoch", Duration::from_secs(30), || async {
		let text = http_get(metrics_port, "/metrics")?;
		let epoch = metric(
			&text,
			"consort_relayer_mirrored_epoch",
			&["target=\"ethereum\"", "asset=\"0\""],
		)?;
		(epoch == next as f64).then_some(text)
	})
	.await;
	let checkpoints = metric(
		&text,
		"consort_relayer_submissions_total",
		&["target=\"ethereum\"", "kind=\"checkpoint\""],
	);
	assert!(checkpoints >= Some(1.0), "{text}");
	let gas = metric(
		&text,
		"consort_relayer_gas_used_total",
		&["target=\"ethereum\"", "kind=\"checkpoint\""],
	);
	// At least a transaction's base cost: the gas of what was mined is counted.
	assert!(gas > Some(21_000.0), "{text}");
	let errors = metric(&text, "consort_relayer_errors_total", &["target=\"polygon\""]);
	assert!(errors >= Some(1.0), "{text}");
	relayer.kill();
	miner.abort();
	let report = reconcile::reconcile(
		&consort,
		"ethereum",
		&Mirror { asset: SECURITY, contract: eth_mirror.clone() },
	)
	.await
	.expect("reconciles");
	assert!(report.agrees() && report.epoch == next, "{report:?}");
	let log = std::fs::read_to_string(&log).unwrap_or_default();
	assert!(log.contains("pending; waiting"), "the restarted relayer waited for its transaction");
	assert!(!log.contains("do not outbid"), "the raises sufficed to replace it");
	assert!(log.contains("polygon: target polygon"), "the relayer reported that Polygon is down");
}
