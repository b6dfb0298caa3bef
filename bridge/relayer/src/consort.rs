//! What the relayer reads of Consort, over a node's JSON-RPC (WebSocket): BEEFY's signed
//! commitments, MMR proofs, and the anchor's epochs through its runtime API. Nothing read here
//! is trusted by the contracts; a node that lies only makes the relayer's submissions fail.

use crate::beefy::ConsortMmrLeaf;
use anchor_primitives::{
	AssetEntry, AssetId, BalanceLeaf, DocumentLeaf, EpochCommitment, EpochNumber, EthAddress,
	Partition, MAX_PAGE,
};
use codec::{Decode, Encode};
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use pallet_anchor_runtime_api::{AnchorStatus, NewestEntry};
use serde::Deserialize;
use sp_consensus_beefy::{
	ecdsa_crypto::{AuthorityId, Signature},
	mmr::BeefyAuthoritySet,
	ConsensusLog, SignedCommitment, ValidatorSet, VersionedFinalityProof, BEEFY_ENGINE_ID,
};
use sp_core::{Bytes, H256};
use sp_mmr_primitives::{EncodableOpaqueLeaf, LeafProof};

/// A BEEFY commitment with its validators' signatures (in the set's order, `None` for those
/// that did not sign).
pub type SignedBeefyCommitment = SignedCommitment<u32, Signature>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
	#[error("Consort's RPC: {0}")]
	Rpc(#[from] jsonrpsee::core::ClientError),
	#[error("Consort answered {what} that does not decode: {error}")]
	Decode { what: &'static str, error: codec::Error },
	#[error("Consort has no block {0}")]
	UnknownBlock(String),
	#[error("Consort answered something unexpected: {0}")]
	Unexpected(&'static str),
}

/// A sealed epoch as relayers and reconciliation read it.
pub struct SealedEpoch {
	pub commitment: EpochCommitment,
	/// Its entries, in the order of its tree.
	pub entries: Vec<AssetEntry>,
	/// The block that sealed it: its state holds the epoch's entries and leaves whole.
	pub sealed_at: H256,
}

/// A connection to a Consort node.
pub struct Consort {
	client: WsClient,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LeavesProof {
	leaves: Bytes,
	proof: Bytes,
}

#[derive(Deserialize)]
struct Header {
	#[serde(deserialize_with = "hex_u32")]
	number: u32,
	digest: Digest,
}

#[derive(Deserialize)]
struct Digest {
	logs: Vec<Bytes>,
}

#[derive(Deserialize)]
struct SignedBlock {
	/// Each justification as its engine id and its bytes (a JSON array of numbers).
	justifications: Option<Vec<(sp_runtime::ConsensusEngineId, Vec<u8>)>>,
}

fn hex_u32<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
	let text = String::deserialize(deserializer)?;
	u32::from_str_radix(text.trim_start_matches("0x"), 16).map_err(serde::de::Error::custom)
}

fn decode<T: Decode>(what: &'static str, bytes: &[u8]) -> Result<T, Error> {
	T::decode(&mut &bytes[..]).map_err(|error| Error::Decode { what, error })
}

/// The signed commitment in an encoded BEEFY justification.
pub fn decode_justification(bytes: &[u8]) -> Result<SignedBeefyCommitment, Error> {
	match decode::<VersionedFinalityProof<u32, Signature>>("a BEEFY justification", bytes)? {
		VersionedFinalityProof::V1(signed) => Ok(signed),
	}
}

impl Consort {
	/// Connects to the node at `url` (ws:// or wss://).
	pub async fn connect(url: &str) -> Result<Self, Error> {
		let client = WsClientBuilder::default().build(url).await?;
		Ok(Consort { client })
	}

	/// The hash of the newest block GRANDPA finalized.
	pub async fn finalized_head(&self) -> Result<H256, Error> {
		Ok(self.client.request("chain_getFinalizedHead", rpc_params![]).await?)
	}

	/// The hash of the newest block BEEFY finalized.
	pub async fn beefy_finalized_head(&self) -> Result<H256, Error> {
		Ok(self.client.request("beefy_getFinalizedHead", rpc_params![]).await?)
	}

	async fn header(&self, hash: H256) -> Result<Header, Error> {
		let header: Option<Header> =
			self.client.request("chain_getHeader", rpc_params![hash]).await?;
		header.ok_or_else(|| Error::UnknownBlock(format!("{hash:?}")))
	}

	/// The number of a block.
	pub async fn block_number(&self, hash: H256) -> Result<u32, Error> {
		Ok(self.header(hash).await?.number)
	}

	/// The BEEFY set that block `hash` starts, if it starts one (its header says so).
	pub async fn authorities_change(
		&self,
		hash: H256,
	) -> Result<Option<ValidatorSet<AuthorityId>>, Error> {
		for log in self.header(hash).await?.digest.logs {
			let item: sp_runtime::DigestItem = decode("a digest item", &log)?;
			let sp_runtime::DigestItem::Consensus(engine, data) = item else { continue };
			if engine != BEEFY_ENGINE_ID {
				continue;
			}
			if let ConsensusLog::AuthoritiesChange(set) = decode("a BEEFY log", &data)? {
				return Ok(Some(set));
			}
		}
		Ok(None)
	}

	/// The hash of block `number` of the best chain.
	pub async fn block_hash(&self, number: u32) -> Result<H256, Error> {
		let hash: Option<H256> =
			self.client.request("chain_getBlockHash", rpc_params![number]).await?;
		hash.ok_or_else(|| Error::UnknownBlock(number.to_string()))
	}

	/// The BEEFY justification stored with a block, if BEEFY finalized it.
	pub async fn beefy_justification(
		&self,
		hash: H256,
	) -> Result<Option<SignedBeefyCommitment>, Error> {
		let block: Option<SignedBlock> =
			self.client.request("chain_getBlock", rpc_params![hash]).await?;
		let block = block.ok_or_else(|| Error::UnknownBlock(format!("{hash:?}")))?;
		block
			.justifications
			.unwrap_or_default()
			.into_iter()
			.find(|(engine, _)| *engine == BEEFY_ENGINE_ID)
			.map(|(_, bytes)| decode_justification(&bytes))
			.transpose()
	}

	/// The MMR leaf of block `block` and its proof in the MMR as it was at block `at_block`
	/// (the block a commitment signed), so that the proof checks against that commitment's
	/// root.
	pub async fn mmr_proof(
		&self,
		block: u32,
		at_block: u32,
	) -> Result<(ConsortMmrLeaf, LeafProof<H256>), Error> {
		let proof: LeavesProof = self
			.client
			.request("mmr_generateProof", rpc_params![vec![block], Some(at_block)])
			.await?;
		let leaves: Vec<EncodableOpaqueLeaf> = decode("MMR leaves", &proof.leaves)?;
		let [leaf] = &leaves[..] else { return Err(Error::Unexpected("not one MMR leaf")) };
		let leaf = decode("an MMR leaf", &leaf.clone().into_opaque_leaf().0)?;
		Ok((leaf, decode("an MMR proof", &proof.proof)?))
	}

	/// Calls the runtime API function `method` with `args` at block `at` (the best if none).
	async fn call<T: Decode>(
		&self,
		what: &'static str,
		method: &str,
		args: impl Encode,
		at: Option<H256>,
	) -> Result<T, Error> {
		let mut params = ArrayParams::new();
		params.insert(method).map_err(jsonrpsee::core::ClientError::ParseError)?;
		params.insert(Bytes(args.encode())).map_err(jsonrpsee::core::ClientError::ParseError)?;
		params.insert(at).map_err(jsonrpsee::core::ClientError::ParseError)?;
		let bytes: Bytes = self.client.request("state_call", params).await?;
		decode(what, &bytes)
	}

	/// The BEEFY validator set at a block.
	pub async fn validator_set(
		&self,
		at: Option<H256>,
	) -> Result<Option<ValidatorSet<AuthorityId>>, Error> {
		self.call("a validator set", "BeefyApi_validator_set", (), at).await
	}

	/// The current BEEFY set as the MMR commits to it: id, size and the root of its addresses.
	pub async fn authority_set(&self, at: Option<H256>) -> Result<BeefyAuthoritySet<H256>, Error> {
		self.call("an authority set", "BeefyMmrApi_authority_set_proof", (), at).await
	}

	/// The next BEEFY set as the MMR commits to it.
	pub async fn next_authority_set(
		&self,
		at: Option<H256>,
	) -> Result<BeefyAuthoritySet<H256>, Error> {
		self.call("an authority set", "BeefyMmrApi_next_authority_set_proof", (), at).await
	}

	/// Where the anchor stands at a block.
	pub async fn anchor_status(&self, at: Option<H256>) -> Result<AnchorStatus, Error> {
		self.call("the anchor's status", "AnchorApi_status", (), at).await
	}

	/// The newest sealed entry of `asset`, if it has one.
	pub async fn newest_entry(
		&self,
		asset: AssetId,
		at: Option<H256>,
	) -> Result<Option<NewestEntry>, Error> {
		self.call("an asset's newest entry", "AnchorApi_newest_entry", asset, at).await
	}

	/// The epoch of the newest sealed entry of `asset` (0 if none).
	pub async fn newest_epoch(
		&self,
		asset: AssetId,
		at: Option<H256>,
	) -> Result<EpochNumber, Error> {
		Ok(self.newest_entry(asset, at).await?.map_or(0, |entry| entry.epoch))
	}

	/// The commitment of a kept epoch.
	pub async fn epoch(
		&self,
		number: EpochNumber,
		at: Option<H256>,
	) -> Result<Option<EpochCommitment>, Error> {
		self.call("an epoch", "AnchorApi_epoch", number, at).await
	}

	/// Epoch `number` as sealed, if `view` is a block whose state keeps it. The entries are
	/// read at the block that sealed it, so pruning under way at `view` cannot hide one.
	pub async fn sealed_epoch(
		&self,
		number: EpochNumber,
		view: H256,
	) -> Result<Option<SealedEpoch>, Error> {
		let Some(commitment) = self.epoch(number, Some(view)).await? else { return Ok(None) };
		let sealed_at = self.block_hash(commitment.closing_block).await?;
		let entries = self.entries(number, Some(sealed_at)).await?;
		Ok(Some(SealedEpoch { commitment, entries, sealed_at }))
	}

	/// A block up to `at` whose state keeps epoch `number`, and the anchor's status there: `at`
	/// itself if it keeps the epoch, else the last block before the epoch was pruned. Reading
	/// a pruned epoch needs a node that keeps old states (an archive node, as observers are).
	pub async fn keeping_epoch(
		&self,
		number: EpochNumber,
		at: H256,
	) -> Result<(H256, AnchorStatus), Error> {
		let status = self.anchor_status(Some(at)).await?;
		if status.oldest_kept <= number {
			return Ok((at, status));
		}
		let head = self.block_number(at).await?;
		let pruned = self
			.first_block_where(0, head, |hash| async move {
				Ok(self.anchor_status(Some(hash)).await?.oldest_kept > number)
			})
			.await?;
		let view = self.block_hash(pruned.saturating_sub(1)).await?;
		Ok((view, self.anchor_status(Some(view)).await?))
	}

	/// The first block from `low` to `high` whose state passes `passes`, for a test that every
	/// later block passes once one has; `high` if none before it passes. A binary search: it
	/// reads a few blocks' states, not each.
	pub async fn first_block_where<Passes>(
		&self,
		mut low: u32,
		mut high: u32,
		passes: impl Fn(H256) -> Passes,
	) -> Result<u32, Error>
	where
		Passes: std::future::Future<Output = Result<bool, Error>>,
	{
		while low < high {
			let middle = low + (high - low) / 2;
			if passes(self.block_hash(middle).await?).await? {
				high = middle;
			} else {
				low = middle.saturating_add(1);
			}
		}
		Ok(low)
	}

	/// Every entry of a kept epoch, in the order of its tree.
	pub async fn entries(
		&self,
		number: EpochNumber,
		at: Option<H256>,
	) -> Result<Vec<AssetEntry>, Error> {
		self.call("an epoch's entries", "AnchorApi_entries", number, at).await
	}

	/// Every item a paged runtime API function returns, page after page; `args` makes the
	/// arguments of the next page's call from the items read so far.
	async fn all_pages<T: Decode, A: Encode>(
		&self,
		what: &'static str,
		method: &str,
		at: Option<H256>,
		args: impl Fn(&[T]) -> Result<A, Error>,
	) -> Result<Vec<T>, Error> {
		let mut items = Vec::new();
		loop {
			let page: Vec<T> = self.call(what, method, args(&items)?, at).await?;
			let full = page.len() == MAX_PAGE as usize;
			items.extend(page);
			if !full {
				return Ok(items);
			}
		}
	}

	/// Every balance leaf of `asset` in a kept epoch, read page by page.
	pub async fn leaves(
		&self,
		number: EpochNumber,
		asset: AssetId,
		at: Option<H256>,
	) -> Result<Vec<BalanceLeaf>, Error> {
		self.all_pages("balance leaves", "AnchorApi_leaves", at, |read: &[BalanceLeaf]| {
			let start = u32::try_from(read.len()).map_err(|_| Error::Unexpected("leaves"))?;
			Ok((number, asset, start, MAX_PAGE))
		})
		.await
	}

	/// The documents of `asset` at a block, as an entry sealed there commits to them.
	pub async fn documents(
		&self,
		asset: AssetId,
		at: Option<H256>,
	) -> Result<Vec<DocumentLeaf>, Error> {
		self.call("documents", "AnchorApi_documents", asset, at).await
	}

	/// Every non-zero balance committed for `asset`: what its mirror must show.
	pub async fn committed_balances(
		&self,
		asset: AssetId,
		at: Option<H256>,
	) -> Result<Vec<(Partition, EthAddress, u128)>, Error> {
		self.all_pages(
			"committed balances",
			"AnchorApi_committed_balances",
			at,
			|read: &[(Partition, EthAddress, u128)]| {
				let after = read.last().map(|(partition, holder, _)| (*partition, *holder));
				Ok((asset, after, MAX_PAGE))
			},
		)
		.await
	}
}
