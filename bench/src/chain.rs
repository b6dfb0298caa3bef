//! A Consort node as the harness sees it: JSON-RPC over WebSocket, and the extrinsics it takes.

use std::time::Duration;

use codec::{Decode, Encode};
use consort_runtime::{
	AccountId, Hash, Header, Runtime, RuntimeCall, RuntimeError, RuntimeEvent, TxExtension,
	UncheckedExtrinsic,
};
use jsonrpsee::{
	core::{
		client::{ClientT, Subscription, SubscriptionClientT},
		ClientError,
	},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sp_runtime::{traits::Header as _, MultiAddress, MultiSignature};

/// What can go wrong talking to a node.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
	#[error("JSON-RPC: {0}")]
	Rpc(#[from] ClientError),
	#[error("the node answered something unexpected: {0}")]
	Unexpected(String),
	#[error("set-up failed: {0}")]
	Setup(String),
}

pub type Result<T> = std::result::Result<T, ChainError>;

/// What a signer needs to know of the chain.
#[derive(Clone, Copy, Debug)]
pub struct ChainInfo {
	pub genesis: Hash,
	pub spec_version: u32,
	pub transaction_version: u32,
}

/// `call` signed by `signer` at `nonce`, immortal, for the chain in `info`.
pub fn sign(
	call: RuntimeCall,
	signer: &sr25519::Pair,
	nonce: u32,
	info: &ChainInfo,
) -> UncheckedExtrinsic {
	let (signature, tx_extension) = sign_encoded_call(&call.encode(), signer, nonce, info);
	let account: AccountId = signer.public().into();
	UncheckedExtrinsic::new_signed(call, MultiAddress::Id(account), signature, tx_extension)
}

/// The signature over `call`, a call's encoding (which need not decode), as the runtime
/// checks it, with the transaction extension it was made for: at `nonce`, immortal, for
/// the chain in `info`.
pub fn sign_encoded_call(
	call: &[u8],
	signer: &sr25519::Pair,
	nonce: u32,
	info: &ChainInfo,
) -> (MultiSignature, TxExtension) {
	let tx_extension = Runtime::tx_extension(nonce, 0);
	let implicit = (
		(),
		(),
		info.spec_version,
		info.transaction_version,
		info.genesis,
		info.genesis,
		(),
		(),
		(),
		(),
	);
	let mut payload = call.to_vec();
	tx_extension.encode_to(&mut payload);
	implicit.encode_to(&mut payload);
	// As `SignedPayload` does: a long payload is signed by its hash.
	let signature = match payload.len() > 256 {
		true => signer.sign(extrinsic_hash(&payload).as_bytes()),
		false => signer.sign(&payload),
	};
	(MultiSignature::Sr25519(signature), tx_extension)
}

/// The hash a node gives an extrinsic: of its encoding, as it travels in blocks.
pub fn extrinsic_hash(encoded: &[u8]) -> Hash {
	<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(encoded)
}

/// A block as the harness reads it: its extrinsics' hashes and each one's dispatch result.
#[derive(Clone, Debug)]
pub struct BlockBody {
	pub hash: Hash,
	pub number: u32,
	pub extrinsics: Vec<Hash>,
	/// By extrinsic index: `None` if it dispatched, else the error's name.
	pub failures: Vec<(u32, String)>,
}

/// Watches open at once on one connection, under the node's 1,024.
pub const WATCHES_PER_CONNECTION: usize = 1_000;

/// A WebSocket connection to one node.
pub struct Chain {
	pub client: WsClient,
	pub url: String,
}

impl Chain {
	/// Connects to `url`, retrying for up to `patience`.
	pub async fn connect(url: &str, patience: Duration) -> Result<Chain> {
		let deadline = tokio::time::Instant::now() + patience;
		loop {
			let attempt = WsClientBuilder::default()
				.request_timeout(Duration::from_secs(120))
				.max_concurrent_requests(4096)
				.max_buffer_capacity_per_subscription(65_536)
				.build(url)
				.await;
			match attempt {
				Ok(client) => return Ok(Chain { client, url: url.to_string() }),
				Err(_) if tokio::time::Instant::now() < deadline => {
					tokio::time::sleep(Duration::from_millis(250)).await
				}
				Err(error) => return Err(error.into()),
			}
		}
	}

	pub async fn info(&self) -> Result<ChainInfo> {
		let genesis = self.block_hash(0).await?.ok_or_else(|| unexpected("no genesis"))?;
		let version: Value = self.client.request("state_getRuntimeVersion", rpc_params![]).await?;
		let number = |field: &str| {
			version[field]
				.as_u64()
				.and_then(|n| u32::try_from(n).ok())
				.ok_or_else(|| unexpected(&format!("runtime version without {field}")))
		};
		Ok(ChainInfo {
			genesis,
			spec_version: number("specVersion")?,
			transaction_version: number("transactionVersion")?,
		})
	}

	/// The next nonce of `who`, counting what waits in the node's pool.
	pub async fn next_nonce(&self, who: &AccountId) -> Result<u32> {
		let nonce: Value =
			self.client.request("system_accountNextIndex", rpc_params![who.to_ss58check()]).await?;
		nonce
			.as_u64()
			.and_then(|n| u32::try_from(n).ok())
			.ok_or_else(|| unexpected("a nonce that is not a number"))
	}

	/// Hands encoded extrinsic bytes to the pool and watches it there: the statuses the
	/// pool reports (ready, in block, finalized, dropped, ...), or the pool's refusal.
	pub async fn submit_and_watch(
		&self,
		encoded: &[u8],
	) -> std::result::Result<Subscription<Value>, Refusal> {
		self.client
			.subscribe(
				"author_submitAndWatchExtrinsic",
				rpc_params![hex_of(encoded)],
				"author_unwatchExtrinsic",
			)
			.await
			.map_err(|error| match error {
				ClientError::Call(error) => Refusal(match error.data() {
					Some(data) => format!("{} {}: {}", error.code(), error.message(), data.get()),
					None => format!("{} {}", error.code(), error.message()),
				}),
				error => Refusal(format!("transport: {error}")),
			})
	}

	/// The hashes of the extrinsics waiting in the node's pool.
	pub async fn pending(&self) -> Result<Vec<Hash>> {
		let pending: Vec<String> =
			self.client.request("author_pendingExtrinsics", rpc_params![]).await?;
		pending.iter().map(|hex_text| Ok(extrinsic_hash(&bytes_of(hex_text)?))).collect()
	}

	pub async fn block_hash(&self, number: u32) -> Result<Option<Hash>> {
		let hash: Value = self.client.request("chain_getBlockHash", rpc_params![number]).await?;
		if hash.is_null() {
			return Ok(None);
		}
		hash_of(&hash).map(Some)
	}

	pub async fn header(&self, hash: Option<Hash>) -> Result<Header> {
		let header: Value = self
			.client
			.request("chain_getHeader", rpc_params![hash.map(|h| format!("{h:?}"))])
			.await?;
		header_of(header)
	}

	pub async fn finalized_head(&self) -> Result<Hash> {
		let hash: Value = self.client.request("chain_getFinalizedHead", rpc_params![]).await?;
		hash_of(&hash)
	}

	/// The block `hash`: its extrinsics and which of them failed to dispatch.
	pub async fn block(&self, hash: Hash) -> Result<BlockBody> {
		Ok(self.block_and_events(hash).await?.0)
	}

	/// [`Chain::block`], and the block's events it was read from.
	pub async fn block_and_events(
		&self,
		hash: Hash,
	) -> Result<(BlockBody, Vec<frame_system::EventRecord<RuntimeEvent, Hash>>)> {
		let block: Value =
			self.client.request("chain_getBlock", rpc_params![format!("{hash:?}")]).await?;
		let header = header_of(block["block"]["header"].clone())?;
		let extrinsics = block["block"]["extrinsics"]
			.as_array()
			.ok_or_else(|| unexpected("a block without extrinsics"))?
			.iter()
			.map(|xt| {
				let text = xt.as_str().ok_or_else(|| unexpected("an extrinsic that is not hex"))?;
				Ok(extrinsic_hash(&bytes_of(text)?))
			})
			.collect::<Result<Vec<_>>>()?;
		let events = self.events(hash).await?;
		let failures = events
			.iter()
			.filter_map(|record| match (&record.phase, &record.event) {
				(
					frame_system::Phase::ApplyExtrinsic(index),
					RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
						dispatch_error,
						..
					}),
				) => Some((*index, error_name(*dispatch_error))),
				_ => None,
			})
			.collect();
		Ok((BlockBody { hash, number: *header.number(), extrinsics, failures }, events))
	}

	pub async fn events(
		&self,
		at: Hash,
	) -> Result<Vec<frame_system::EventRecord<RuntimeEvent, Hash>>> {
		let key = frame_support::storage::storage_prefix(b"System", b"Events").to_vec();
		Ok(self.storage(key, Some(at)).await?.unwrap_or_default())
	}

	/// Raw storage at `key` decoded, at the best block or at `at`.
	pub async fn storage<T: Decode>(&self, key: Vec<u8>, at: Option<Hash>) -> Result<Option<T>> {
		let at = at.map(|hash| format!("{hash:?}"));
		let value: Value =
			self.client.request("state_getStorage", rpc_params![hex_of(&key), at]).await?;
		let Some(text) = value.as_str() else { return Ok(None) };
		let bytes = bytes_of(text)?;
		T::decode(&mut &bytes[..])
			.map(Some)
			.map_err(|error| unexpected(&format!("storage that does not decode: {error}")))
	}

	pub async fn subscribe_best_heads(&self) -> Result<Subscription<Value>> {
		Ok(self
			.client
			.subscribe("chain_subscribeNewHeads", rpc_params![], "chain_unsubscribeNewHeads")
			.await?)
	}

	pub async fn subscribe_finalized_heads(&self) -> Result<Subscription<Value>> {
		Ok(self
			.client
			.subscribe(
				"chain_subscribeFinalizedHeads",
				rpc_params![],
				"chain_unsubscribeFinalizedHeads",
			)
			.await?)
	}
}

/// Why the pool refused an extrinsic, as the client saw it: code, message and data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal(pub String);

impl Refusal {
	/// The node says it has the extrinsic already. To an extrinsic sent once, to one node,
	/// that means the pool took it and lost the race to watch it: the fork-aware pool
	/// (sc-transaction-pool 48) puts it in its mempool, a block imported meanwhile builds a
	/// new view from that mempool, and the submission then finds it in the new view, answers
	/// 1013 and forgets the watch, while the view keeps it ready for a block.
	pub fn already_imported(&self) -> bool {
		self.0.starts_with("1013 ")
	}
}

/// The name of a dispatch error, `Pallet::Variant` where the runtime knows it.
pub fn error_name(error: sp_runtime::DispatchError) -> String {
	match RuntimeError::from_dispatch_error(error) {
		Some(named) => format!("{named:?}"),
		None => format!("{error:?}"),
	}
}

pub fn header_of(value: Value) -> Result<Header> {
	serde_json::from_value(value).map_err(|error| unexpected(&format!("a header: {error}")))
}

fn unexpected(what: &str) -> ChainError {
	ChainError::Unexpected(what.to_string())
}

fn hex_of(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

fn bytes_of(hex_text: &str) -> Result<Vec<u8>> {
	hex::decode(hex_text.trim_start_matches("0x")).map_err(|error| unexpected(&error.to_string()))
}

fn hash_of(value: &Value) -> Result<Hash> {
	let text = value.as_str().ok_or_else(|| unexpected("a hash that is not a string"))?;
	let bytes = bytes_of(text)?;
	if bytes.len() != 32 {
		return Err(unexpected("a hash that is not 32 bytes"));
	}
	Ok(Hash::from_slice(&bytes))
}
