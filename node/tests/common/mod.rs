//! Starts real `consort-node` processes on 127.0.0.1 and talks to them over JSON-RPC.
//!
//! Every process started here is killed when its [`Node`] is dropped, also when a test fails.

#![allow(dead_code)]

use std::{
	io::{ErrorKind, Read, Write},
	net::{IpAddr, Ipv4Addr, Ipv6Addr, TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	sync::atomic::{AtomicU32, Ordering},
	time::{Duration, Instant},
};

use codec::{Decode, Encode};
use consort_runtime::{AccountId, Hash, Runtime, RuntimeCall, RuntimeEvent, UncheckedExtrinsic};
use jsonrpsee::{
	core::client::{ClientT, SubscriptionClientT},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::Value;
use sp_core::crypto::Ss58Codec;
use sp_keyring::Sr25519Keyring;

/// Multi-node tests share two cores: they run one at a time.
/// An async mutex, because the guard is held across the whole (async) test.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Holds the machine for one multi-node test.
pub async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
	SERIAL.lock().await
}

/// Ports handed to nodes lie below the kernel's ephemeral range (32768 and up on Linux): a
/// port from that range can be taken by any outgoing connection between its choice and the
/// node's bind, and was (a node's RPC fell back to another port for `[::1]`).
const TEST_PORTS: std::ops::Range<u32> = 20_000..32_000;

/// A TCP port no one listens on, on any local address a node binds. Each call in a process
/// moves on to the next port, and processes start at different places, so two nodes of one
/// test never get the same port.
pub fn free_port() -> u16 {
	static NEXT: AtomicU32 = AtomicU32::new(0);
	let span = TEST_PORTS.end - TEST_PORTS.start;
	let start = std::process::id().wrapping_mul(7919) % span;
	for _ in 0..span {
		let offset = NEXT.fetch_add(1, Ordering::Relaxed);
		let port = (TEST_PORTS.start + (start + offset) % span) as u16;
		if port_is_free(port) {
			return port;
		}
	}
	panic!("no free port in {TEST_PORTS:?}")
}

/// Whether `port` can be bound on every address a node listens on. An address this machine
/// does not have (no IPv6) does not count against the port.
fn port_is_free(port: u16) -> bool {
	let addresses: [IpAddr; 4] = [
		Ipv4Addr::LOCALHOST.into(),
		Ipv4Addr::UNSPECIFIED.into(),
		Ipv6Addr::LOCALHOST.into(),
		Ipv6Addr::UNSPECIFIED.into(),
	];
	addresses.iter().all(|ip| match TcpListener::bind((*ip, port)) {
		Ok(_) => true,
		Err(e) => e.kind() != ErrorKind::AddrInUse,
	})
}

/// The fixed node keys of the local consortium (see `chain-spec/local/`), by index: 0 Alice
/// to 3 Dave, 4 the observer, 5 a node no one has authorized yet.
pub fn local_node_key(index: u8) -> String {
	format!("{:064x}", index as u64 + 1)
}

/// The libp2p peer ids of [`local_node_key`].
pub const LOCAL_PEER_IDS: [&str; 6] = [
	"12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp",
	"12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD",
	"12D3KooWSCufgHzV4fCwRijfH2k3abrpAJxTKxEvN1FDuRXA2U9x",
	"12D3KooWSsChzF81YDUKpe9Uk5AHV5oqAaXAcWNSPYgoLauUk4st",
	"12D3KooWSuTq6MG9gPt7qZqLFKkYrfxMewTZhj9nmRHJkPwzWDG2",
	"12D3KooWMz5U7fR8mF5DNhZSSyFN8c19kU63xYopzDSNCzoFigYk",
];

/// The raw bytes of a libp2p peer id, as the node-authorization pallet stores it.
pub fn peer_id_bytes(peer_id: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = Vec::new();
	for c in peer_id.bytes() {
		let mut carry = ALPHABET.iter().position(|a| *a == c).expect("base58 digit") as u32;
		for byte in bytes.iter_mut().rev() {
			carry += (*byte as u32) * 58;
			*byte = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, (carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let leading_zeros = peer_id.bytes().take_while(|c| *c == b'1').count();
	[vec![0u8; leading_zeros], bytes].concat()
}

/// How to start one node.
#[derive(Clone, Debug)]
pub struct NodeSpec {
	pub name: String,
	pub chain: String,
	pub base_path: PathBuf,
	pub p2p_port: u16,
	pub rpc_port: u16,
	/// Where the node serves Prometheus metrics; `None`: it does not.
	pub prometheus_port: Option<u16>,
	pub args: Vec<String>,
}

impl NodeSpec {
	pub fn new(name: &str, chain: &str, dir: &Path) -> Self {
		NodeSpec {
			name: name.to_string(),
			chain: chain.to_string(),
			base_path: dir.join(name),
			p2p_port: free_port(),
			rpc_port: free_port(),
			prometheus_port: None,
			args: Vec::new(),
		}
	}

	pub fn arg(mut self, arg: impl Into<String>) -> Self {
		self.args.push(arg.into());
		self
	}

	/// The address other nodes dial to reach this one.
	pub fn multiaddr(&self, peer_id: &str) -> String {
		format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer_id}", self.p2p_port)
	}
}

/// The chain spec the node generates for `chain` (`dev`, `local`, `consortium`), as JSON.
pub fn build_spec(chain: &str) -> Value {
	let output = Command::new(env!("CARGO_BIN_EXE_consort-node"))
		.args(["build-spec", "--chain", chain, "--disable-default-bootnode"])
		.output()
		.expect("consort-node runs");
	assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
	serde_json::from_slice(&output.stdout).expect("the node prints JSON")
}

/// A running `consort-node` process.
pub struct Node {
	pub spec: NodeSpec,
	child: Option<Child>,
	pub log: PathBuf,
}

impl Node {
	/// Starts the node; its output goes to `<base path>.log`.
	pub fn start(spec: NodeSpec) -> Node {
		std::fs::create_dir_all(&spec.base_path).expect("base path");
		let log = spec.base_path.with_extension("log");
		let out =
			std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("log file");
		let err = out.try_clone().expect("log file");
		let prometheus = match spec.prometheus_port {
			Some(port) => vec!["--prometheus-port".to_string(), port.to_string()],
			None => vec!["--no-prometheus".to_string()],
		};
		let child = Command::new(env!("CARGO_BIN_EXE_consort-node"))
			.arg("--chain")
			.arg(&spec.chain)
			.arg("--base-path")
			.arg(&spec.base_path)
			.arg("--name")
			.arg(&spec.name)
			.arg("--port")
			.arg(spec.p2p_port.to_string())
			.arg("--rpc-port")
			.arg(spec.rpc_port.to_string())
			.args(&prometheus)
			.arg("--no-telemetry")
			.arg("--no-mdns")
			.args(&spec.args)
			.stdin(Stdio::null())
			.stdout(out)
			.stderr(err)
			.spawn()
			.expect("consort-node starts");
		Node { spec, child: Some(child), log }
	}

	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.spec.rpc_port)
	}

	/// A WebSocket JSON-RPC client, once the node answers.
	pub async fn client(&self) -> WsClient {
		let deadline = Instant::now() + Duration::from_secs(60);
		loop {
			match WsClientBuilder::default()
				.request_timeout(Duration::from_secs(60))
				.build(self.url())
				.await
			{
				Ok(client) => return client,
				Err(_) if Instant::now() < deadline && !self.has_exited() => {
					tokio::time::sleep(Duration::from_millis(250)).await;
				}
				Err(e) => panic!(
					"{} does not answer on {}: {e}\n{}",
					self.spec.name,
					self.url(),
					self.tail()
				),
			}
		}
	}

	/// The resident memory of the process, in KiB, as the kernel reports it.
	pub fn resident_kib(&self) -> Option<u64> {
		let status =
			std::fs::read_to_string(format!("/proc/{}/status", self.child.as_ref()?.id())).ok()?;
		let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
		line.split_whitespace().nth(1)?.parse().ok()
	}

	/// Each thread of the process: its name as the kernel keeps it (15 bytes at most) and its
	/// nice value.
	pub fn threads(&self) -> Vec<(String, i64)> {
		let Some(child) = &self.child else { return Vec::new() };
		let Ok(tasks) = std::fs::read_dir(format!("/proc/{}/task", child.id())) else {
			return Vec::new();
		};
		tasks
			.filter_map(|task| {
				let stat = std::fs::read_to_string(task.ok()?.path().join("stat")).ok()?;
				let (head, rest) = stat.rsplit_once(") ")?;
				let name = head.split_once(" (")?.1.to_string();
				// Field 19 of stat (nice) is the 17th after the name.
				let nice = rest.split_whitespace().nth(16)?.parse().ok()?;
				Some((name, nice))
			})
			.collect()
	}

	/// Whether the process is gone (or a zombie), so a failed start is reported at once.
	fn has_exited(&self) -> bool {
		let Some(child) = &self.child else { return true };
		match std::fs::read_to_string(format!("/proc/{}/stat", child.id())) {
			Ok(stat) => stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('Z')),
			Err(_) => true,
		}
	}

	/// Stops the node gracefully (SIGTERM), as an operator would.
	pub fn stop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
			let deadline = Instant::now() + Duration::from_secs(30);
			while Instant::now() < deadline {
				if let Ok(Some(_)) = child.try_wait() {
					return;
				}
				std::thread::sleep(Duration::from_millis(100));
			}
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Starts the same node again, on its own database.
	pub fn restart(&mut self) {
		self.stop();
		let again = Node::start(self.spec.clone());
		*self = again;
	}

	/// How the node made its blocks: each proposal with its time and why it ended, and each
	/// it discarded for taking longer than its slot allows, for failure messages.
	pub fn block_production(&self) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let made = ["Prepared block for proposing", "Discarding proposal"];
		text.lines()
			.filter(|line| made.iter().any(|mark| line.contains(mark)))
			.collect::<Vec<_>>()
			.join("\n")
	}

	/// The last lines of the node's log, for failure messages.
	pub fn tail(&self) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let lines: Vec<&str> = text.lines().collect();
		lines[lines.len().saturating_sub(30)..].join("\n")
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if std::thread::panicking() {
			// A failed test says which node was in what state, not only which call failed.
			eprintln!(
				"--- {} (rpc {}, p2p {}, exited: {}), last lines of {}:\n{}",
				self.spec.name,
				self.spec.rpc_port,
				self.spec.p2p_port,
				self.has_exited(),
				self.log.display(),
				self.tail(),
			);
		}
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// A binary of another workspace crate (the relayer, the load harness), which the
/// workspace's test build puts beside this test's own profile directory.
pub fn workspace_binary(name: &str) -> PathBuf {
	let exe = std::env::current_exe().expect("the test's path");
	let binary = exe
		.parent()
		.and_then(|deps| deps.parent())
		.map(|profile| profile.join(name))
		.expect("the target directory");
	assert!(binary.exists(), "build {name} first: cargo test --release --workspace");
	binary
}

/// Polls `check` every half second until it returns `Some`, or panics after `timeout`.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: Duration, mut check: F) -> T
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Option<T>>,
{
	let deadline = Instant::now() + timeout;
	loop {
		if let Some(value) = check().await {
			return value;
		}
		if Instant::now() > deadline {
			panic!("timed out after {timeout:?} waiting for {what}");
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

fn hex_of(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

fn bytes_of(hex_text: &str) -> Vec<u8> {
	hex::decode(hex_text.trim_start_matches("0x")).expect("hex from the node")
}

fn hash_of(value: &Value) -> Hash {
	let text = value.as_str().expect("a hash");
	Hash::from_slice(&bytes_of(text))
}

/// The block number in a header.
fn header_number(header: &Value) -> u32 {
	let text = header["number"].as_str().expect("header number");
	u32::from_str_radix(text.trim_start_matches("0x"), 16).expect("hex number")
}

pub async fn best_number(client: &WsClient) -> u32 {
	let header: Value = client.request("chain_getHeader", rpc_params![]).await.expect("header");
	header_number(&header)
}

pub async fn finalized_hash(client: &WsClient) -> Hash {
	let hash: Value =
		client.request("chain_getFinalizedHead", rpc_params![]).await.expect("finalized head");
	hash_of(&hash)
}

pub async fn finalized_number(client: &WsClient) -> u32 {
	block_number(client, finalized_hash(client).await).await
}

/// The number of the block `hash`, which the node has.
pub async fn block_number(client: &WsClient, hash: Hash) -> u32 {
	let header: Value = client
		.request("chain_getHeader", rpc_params![format!("{hash:?}")])
		.await
		.expect("the block's header");
	header_number(&header)
}

/// The hash of the block at `number` on the node's best chain, if it has one.
pub async fn block_hash(client: &WsClient, number: u32) -> Option<Hash> {
	let hash: Value =
		client.request("chain_getBlockHash", rpc_params![number]).await.expect("block hash");
	(!hash.is_null()).then(|| hash_of(&hash))
}

pub async fn peer_count(client: &WsClient) -> u64 {
	let health: Value = client.request("system_health", rpc_params![]).await.expect("health");
	health["peers"].as_u64().expect("peer count")
}

/// Waits until the node's finalized block number reaches `number`.
pub async fn wait_finalized(client: &WsClient, number: u32, timeout: Duration) -> u32 {
	wait_for(&format!("finality of block {number}"), timeout, || async {
		let finalized = finalized_number(client).await;
		(finalized >= number).then_some(finalized)
	})
	.await
}

/// Raw storage at `key`, at the best block or at `at`.
pub async fn storage<T: Decode>(client: &WsClient, key: Vec<u8>, at: Option<Hash>) -> Option<T> {
	let at = at.map(|hash| format!("{hash:?}"));
	let value: Value =
		client.request("state_getStorage", rpc_params![hex_of(&key), at]).await.expect("storage");
	value.as_str().map(|text| T::decode(&mut &bytes_of(text)[..]).expect("storage decodes"))
}

/// The free balance of `who`, at the best block or at `at`.
pub async fn free_balance(client: &WsClient, who: &AccountId, at: Option<Hash>) -> u128 {
	let key = frame_system::Account::<Runtime>::hashed_key_for(who);
	storage::<frame_system::AccountInfo<u32, pallet_balances::AccountData<u128>>>(client, key, at)
		.await
		.map(|info| info.data.free)
		.unwrap_or_default()
}

/// The identity whose active key `who` is, at the best block or at `at`.
pub async fn identity_of(
	client: &WsClient,
	who: &AccountId,
	at: Option<Hash>,
) -> Option<pallet_compliance::IdentityId> {
	let key = pallet_compliance::KeyIdentity::<Runtime>::hashed_key_for(who);
	storage::<pallet_compliance::KeyRecordOf<Runtime>>(client, key, at)
		.await
		.map(|record| record.identity)
}

/// The events of the block `at`.
pub async fn events(client: &WsClient, at: Hash) -> Vec<RuntimeEvent> {
	let key = frame_support::storage::storage_prefix(b"System", b"Events").to_vec();
	storage::<Vec<frame_system::EventRecord<RuntimeEvent, Hash>>>(client, key, Some(at))
		.await
		.unwrap_or_default()
		.into_iter()
		.map(|record| record.event)
		.collect()
}

/// What a signer needs to know of the chain, and how it signs: one place, the load harness.
pub use consort_bench::chain::{sign, ChainInfo};

pub async fn chain_info(client: &WsClient) -> ChainInfo {
	let genesis = block_hash(client, 0).await.expect("genesis");
	let version: Value =
		client.request("state_getRuntimeVersion", rpc_params![]).await.expect("version");
	ChainInfo {
		genesis,
		spec_version: version["specVersion"].as_u64().expect("spec version") as u32,
		transaction_version: version["transactionVersion"].as_u64().expect("tx version") as u32,
	}
}

/// The next nonce of `who`, counting what waits in the node's pool.
pub async fn next_nonce(client: &WsClient, who: &AccountId) -> u32 {
	let nonce: Value = client
		.request("system_accountNextIndex", rpc_params![who.to_ss58check()])
		.await
		.expect("nonce");
	nonce.as_u64().expect("nonce number") as u32
}

/// Signs `call` as the dev account `who` with its next nonce.
pub async fn sign_as(
	client: &WsClient,
	who: Sr25519Keyring,
	call: RuntimeCall,
) -> UncheckedExtrinsic {
	let info = chain_info(client).await;
	let nonce = next_nonce(client, &who.to_account_id()).await;
	sign(call, &who.pair(), nonce, &info)
}

/// A transfer of `amount` to `to` that must leave the sender alive.
pub fn transfer(to: &AccountId, amount: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.clone().into(),
		value: amount,
	})
}

/// Submits raw extrinsic bytes; the pool's verdict.
pub async fn submit_raw(
	client: &WsClient,
	bytes: &[u8],
) -> Result<Hash, jsonrpsee::core::ClientError> {
	let hash: Value = client.request("author_submitExtrinsic", rpc_params![hex_of(bytes)]).await?;
	Ok(hash_of(&hash))
}

/// Submits `xt` and follows it until its block is finalized; the hash of that block.
pub async fn submit_and_finalize(client: &WsClient, xt: &UncheckedExtrinsic) -> Hash {
	let mut subscription = client
		.subscribe::<Value, _>(
			"author_submitAndWatchExtrinsic",
			rpc_params![hex_of(&xt.encode())],
			"author_unwatchExtrinsic",
		)
		.await
		.expect("the pool accepts the extrinsic");
	let deadline = Duration::from_secs(120);
	loop {
		let status = tokio::time::timeout(deadline, subscription.next())
			.await
			.expect("a status within two minutes")
			.expect("the subscription stays open")
			.expect("a status");
		if let Some(block) = status.get("finalized") {
			return hash_of(block);
		}
		if let Some(text) = status.as_str() {
			assert!(matches!(text, "ready" | "future"), "extrinsic status {text}");
		} else {
			assert!(
				status.get("inBlock").is_some() || status.get("broadcast").is_some(),
				"extrinsic status {status}"
			);
		}
	}
}

/// Whether the block `at` holds a failed dispatch, and its error.
pub async fn dispatch_errors(client: &WsClient, at: Hash) -> Vec<sp_runtime::DispatchError> {
	events(client, at)
		.await
		.into_iter()
		.filter_map(|event| match event {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error, ..
			}) => Some(dispatch_error),
			_ => None,
		})
		.collect()
}

/// Connects to every node, in order.
pub async fn clients(nodes: &[&Node]) -> Vec<WsClient> {
	let mut clients = Vec::new();
	for node in nodes {
		clients.push(node.client().await);
	}
	clients
}

/// A temporary folder removed at the end of the test.
pub struct TempDir(pub PathBuf);

impl TempDir {
	pub fn new(label: &str) -> TempDir {
		let path = std::env::temp_dir().join(format!(
			"consort-{label}-{}-{}",
			std::process::id(),
			Instant::now().elapsed().as_nanos()
		));
		let _ = std::fs::remove_dir_all(&path);
		std::fs::create_dir_all(&path).expect("temp dir");
		TempDir(path)
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		if !std::thread::panicking() {
			let _ = std::fs::remove_dir_all(&self.0);
		}
	}
}

/// The body of `GET /metrics` on the node's Prometheus port.
pub fn scrape(port: u16) -> String {
	let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the metrics port answers");
	stream
		.write_all(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
		.expect("request sent");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("response read");
	response
}

/// The value of the first sample of `metric` whose labels contain `label`.
pub fn sample(metrics: &str, metric: &str, label: &str) -> Option<f64> {
	metrics
		.lines()
		.filter(|line| line.starts_with(metric) && line.contains(label))
		.find_map(|line| line.rsplit(' ').next()?.parse().ok())
}
