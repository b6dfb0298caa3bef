//! The state a scenario needs, set up before the clock starts: funded accounts with
//! identities and KYC claims, a security under a KYC rule and a cash token held by all of
//! them, and a market per trading scenario.

use std::{
	collections::{HashMap, HashSet},
	sync::Arc,
	time::Duration,
};

use codec::Encode;
use consort_runtime::{AccountId, Hash, Runtime, RuntimeCall, RuntimeEvent, UNIT};
use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use futures::{stream, StreamExt, TryStreamExt};
use pallet_compliance::{Claim, ClaimTopic, Condition, IdentityKind, RuleSet, Scope};
use pallet_matching::{MarketId, MarketParams};
use pallet_token::{AssetKind, DEFAULT_PARTITION};
use serde_json::Value;
use sp_core::{sr25519, Pair};

use crate::chain::{
	error_name, sign, BlockBody, Chain, ChainError, ChainInfo, Result, WATCHES_PER_CONNECTION,
};

/// What each account is given: fees for thousands of extrinsics (a fee is the weight in
/// picounits), securities and cash for as many orders.
pub const FUNDING: u128 = 20 * UNIT;
pub const SECURITY_HOLDING: u128 = 1_000_000_000;
pub const CASH_HOLDING: u128 = 1_000_000_000_000;

/// The load's accounts: sr25519 keys derived from a seed, so every run can make fresh ones.
pub struct Accounts {
	pub pairs: Vec<sr25519::Pair>,
	pub ids: Vec<AccountId>,
}

impl Accounts {
	pub fn derive(seed: &str, count: usize) -> Accounts {
		let pairs: Vec<sr25519::Pair> = (0..count)
			.map(|i| sr25519::Pair::from_seed(&key_seed(&format!("{seed}/{i}"))))
			.collect();
		let ids = pairs.iter().map(|pair| pair.public().into()).collect();
		Accounts { pairs, ids }
	}

	pub fn len(&self) -> usize {
		self.pairs.len()
	}

	pub fn is_empty(&self) -> bool {
		self.pairs.is_empty()
	}

	/// Each account's next nonce, read from the node.
	pub async fn nonces(&self, chain: &Chain) -> Result<Vec<u32>> {
		stream::iter(self.ids.iter())
			.map(|id| chain.next_nonce(id))
			.buffered(64)
			.try_collect()
			.await
	}
}

/// Who may act for the chain: the dev chain's sudo key, or three council members who pass
/// a motion (the local consortium, which has no sudo).
pub enum Governance {
	Sudo(Box<sr25519::Pair>),
	Council(Vec<sr25519::Pair>),
}

/// Whether the run's assets keep compliance's identity holdings. Every asset keeps them from
/// registration; `None` has the compliance agent turn them off before issuance, as an asset
/// without holder caps, holding limits or partial freezes may.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Holdings {
	#[default]
	Kept,
	None,
}

/// The assets and markets a run trades.
#[derive(Clone, Debug)]
pub struct World {
	pub info: ChainInfo,
	pub security: u32,
	pub cash: u32,
	pub markets: Vec<MarketId>,
}

/// Funds, identifies and endows `accounts`, creates the assets and `markets` markets.
/// `admin` signs everything that is not governance and becomes registrar, claim issuer
/// and the assets' agent.
pub async fn set_up(
	chain: &Chain,
	admin: &sr25519::Pair,
	governance: &Governance,
	accounts: &Accounts,
	markets: u32,
	holdings: Holdings,
) -> Result<World> {
	let info = chain.info().await?;
	let admin_id: AccountId = admin.public().into();
	let first_identity: pallet_compliance::IdentityId =
		read_value(chain, pallet_compliance::NextIdentityId::<Runtime>::hashed_key()).await?;
	let security: u32 =
		read_value(chain, pallet_token::NextAssetId::<Runtime>::hashed_key()).await?;
	let cash = security + 1;
	let first_market: MarketId =
		read_value(chain, pallet_matching::NextMarketId::<Runtime>::hashed_key()).await?;
	let is_registrar = chain
		.storage::<()>(pallet_compliance::Registrars::<Runtime>::hashed_key_for(&admin_id), None)
		.await?
		.is_some();
	let admin_identity = chain
		.storage::<pallet_compliance::KeyRecordOf<Runtime>>(
			pallet_compliance::KeyIdentity::<Runtime>::hashed_key_for(&admin_id),
			None,
		)
		.await?;
	if chain
		.storage::<pallet_compliance::KeyRecordOf<Runtime>>(
			pallet_compliance::KeyIdentity::<Runtime>::hashed_key_for(&accounts.ids[0]),
			None,
		)
		.await?
		.is_some()
	{
		return Err(ChainError::Setup(
			"the accounts of this seed have identities already: use a fresh chain or another --seed".into(),
		));
	}

	let compliance = RuntimeCall::Compliance;
	let mut governed = vec![compliance(pallet_compliance::Call::set_trusted_issuer {
		scope: Scope::Global,
		issuer: admin_id.clone(),
		topics: vec![ClaimTopic::Kyc].try_into().map_err(|_| setup("topics"))?,
	})];
	if !is_registrar {
		governed.insert(
			0,
			compliance(pallet_compliance::Call::add_registrar { registrar: admin_id.clone() }),
		);
	}
	govern(chain, &info, governance, governed).await?;

	// Identities are numbered in the order registered, from `first_identity`.
	let mut calls = Vec::new();
	let mut next_identity = first_identity;
	if admin_identity.is_none() {
		calls.push(compliance(pallet_compliance::Call::register_identity {
			key: admin_id.clone(),
			kind: IdentityKind::Entity,
		}));
		next_identity += 1;
	}
	for (n, id) in accounts.ids.iter().enumerate() {
		let identity = next_identity + n as u64;
		calls.push(RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: id.clone().into(),
			value: FUNDING,
		}));
		calls.push(compliance(pallet_compliance::Call::register_identity {
			key: id.clone(),
			kind: IdentityKind::Person,
		}));
		calls.push(compliance(pallet_compliance::Call::add_claim {
			identity,
			claim: Claim::Kyc,
			scope: Scope::Global,
			expires_at: None,
			evidence: Hash::zero(),
		}));
	}
	let token = RuntimeCall::Token;
	for (symbol, kind) in [(&b"BNCH"[..], AssetKind::Equity), (&b"BCSH"[..], AssetKind::Cash)] {
		calls.push(token(pallet_token::Call::create_asset {
			name: b"Consort bench".to_vec().try_into().map_err(|_| setup("name"))?,
			symbol: symbol.to_vec().try_into().map_err(|_| setup("symbol"))?,
			kind,
			decimals: 0,
			identifiers: Default::default(),
			supply_cap: None,
		}));
	}
	if holdings == Holdings::None {
		for asset in [security, cash] {
			calls.push(compliance(pallet_compliance::Call::set_keeps_holdings {
				asset,
				keeps: false,
			}));
		}
	}
	let kyc: pallet_compliance::Clause =
		vec![Condition::HasClaim(ClaimTopic::Kyc)].try_into().map_err(|_| setup("clause"))?;
	calls.push(compliance(pallet_compliance::Call::set_rules {
		asset: security,
		rules: RuleSet {
			sender: vec![kyc.clone()].try_into().map_err(|_| setup("rules"))?,
			receiver: vec![kyc].try_into().map_err(|_| setup("rules"))?,
		},
	}));
	for id in &accounts.ids {
		for (asset, amount) in [(security, SECURITY_HOLDING), (cash, CASH_HOLDING)] {
			calls.push(token(pallet_token::Call::issue {
				asset,
				partition: DEFAULT_PARTITION,
				to: id.clone(),
				amount,
				data: Default::default(),
			}));
		}
	}
	let nonce = chain.next_nonce(&admin_id).await?;
	let batches: Vec<_> = batches(calls)
		.into_iter()
		.enumerate()
		.map(|(n, batch)| sign(batch, admin, nonce + n as u32, &info))
		.collect();
	execute_all(chain, batches.iter().map(Encode::encode).collect()).await?;

	let params = MarketParams {
		tick_size: 1,
		lot_size: 1,
		min_quantity: 1,
		price_band_bps: None,
		maker_fee_bps: 0,
		taker_fee_bps: 0,
		fee_collector: admin_id.clone(),
	};
	let create = (0..markets)
		.map(|_| {
			RuntimeCall::Matching(pallet_matching::Call::create_market {
				security,
				partition: DEFAULT_PARTITION,
				cash,
				params: params.clone(),
			})
		})
		.collect::<Vec<_>>();
	if !create.is_empty() {
		govern(chain, &info, governance, create).await?;
	}
	Ok(World { info, security, cash, markets: (first_market..first_market + markets).collect() })
}

/// Greedy batches of `calls`, in order, each within a third of what one normal extrinsic may
/// weigh and a quarter of a block's length.
pub fn batches(calls: Vec<RuntimeCall>) -> Vec<RuntimeCall> {
	let weights = <Runtime as frame_system::Config>::BlockWeights::get();
	let max_weight =
		weights.get(DispatchClass::Normal).max_extrinsic.unwrap_or(weights.max_block) / 3;
	let max_length =
		(*<Runtime as frame_system::Config>::BlockLength::get().max.get(DispatchClass::Normal) / 4)
			as usize;
	let mut out = Vec::new();
	let mut current: Vec<RuntimeCall> = Vec::new();
	let mut weight = frame_support::weights::Weight::zero();
	let mut length = 0usize;
	for call in calls {
		let call_weight = call.get_dispatch_info().call_weight;
		let call_length = call.encoded_size();
		if !current.is_empty()
			&& (weight.saturating_add(call_weight).any_gt(max_weight)
				|| length + call_length > max_length)
		{
			out.push(batch_all(std::mem::take(&mut current)));
			weight = frame_support::weights::Weight::zero();
			length = 0;
		}
		weight = weight.saturating_add(call_weight);
		length += call_length;
		current.push(call);
	}
	if !current.is_empty() {
		out.push(batch_all(current));
	}
	out
}

fn batch_all(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
}

/// Runs `calls` as governance: under sudo, or as a council motion passed by three members.
pub async fn govern(
	chain: &Chain,
	info: &ChainInfo,
	governance: &Governance,
	calls: Vec<RuntimeCall>,
) -> Result<()> {
	let call = batch_all(calls);
	match governance {
		Governance::Sudo(key) => {
			let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
			let nonce = chain.next_nonce(&key.public().into()).await?;
			execute_all(chain, vec![sign(sudo, key, nonce, info).encode()]).await?;
		}
		Governance::Council(members) => {
			let [proposer, ..] = &members[..] else {
				return Err(setup("a council without members"));
			};
			let length_bound = call.encoded_size() as u32 + 16;
			let propose = RuntimeCall::Council(pallet_collective::Call::propose {
				threshold: members.len() as u32,
				proposal: Box::new(call.clone()),
				length_bound,
			});
			let nonce = chain.next_nonce(&proposer.public().into()).await?;
			let events =
				execute_all(chain, vec![sign(propose, proposer, nonce, info).encode()]).await?;
			let (index, hash) = events
				.iter()
				.find_map(|event| match event {
					RuntimeEvent::Council(pallet_collective::Event::Proposed {
						proposal_index,
						proposal_hash,
						..
					}) => Some((*proposal_index, *proposal_hash)),
					_ => None,
				})
				.ok_or_else(|| setup("the motion was not proposed"))?;
			let mut votes = Vec::new();
			for member in members {
				let vote = RuntimeCall::Council(pallet_collective::Call::vote {
					proposal: hash,
					index,
					approve: true,
				});
				let nonce = chain.next_nonce(&member.public().into()).await?;
				votes.push(sign(vote, member, nonce, info).encode());
			}
			execute_all(chain, votes).await?;
			let close = RuntimeCall::Council(pallet_collective::Call::close {
				proposal_hash: hash,
				index,
				proposal_weight_bound: call.get_dispatch_info().call_weight,
				length_bound,
			});
			let nonce = chain.next_nonce(&proposer.public().into()).await?;
			execute_all(chain, vec![sign(close, proposer, nonce, info).encode()]).await?;
		}
	}
	Ok(())
}

/// Submits `extrinsics` (in order) and waits until each is finalized; fails if any of them,
/// or a call it wrapped (sudo, a council motion, a batch), failed. The events of all of them.
/// A connection watches at most so many at once, so a long set-up goes in turns.
pub async fn execute_all(chain: &Chain, extrinsics: Vec<Vec<u8>>) -> Result<Vec<RuntimeEvent>> {
	let mut events = Vec::new();
	for turn in extrinsics.chunks(WATCHES_PER_CONNECTION) {
		events.extend(execute_turn(chain, turn).await?);
	}
	Ok(events)
}

async fn execute_turn(chain: &Chain, extrinsics: &[Vec<u8>]) -> Result<Vec<RuntimeEvent>> {
	let finalized_before = finalized_number(chain).await?;
	let mut watches = Vec::new();
	for bytes in extrinsics {
		let watch = match chain.submit_and_watch(bytes).await {
			Ok(watch) => Some(watch),
			// In the pool, but not watched: followed in the finalized blocks instead.
			Err(refusal) if refusal.already_imported() => None,
			Err(refusal) => {
				return Err(setup(&format!("the pool refused a set-up extrinsic: {}", refusal.0)))
			}
		};
		watches.push(watch);
	}
	let mut events = Vec::new();
	for (bytes, watch) in extrinsics.iter().zip(watches) {
		let hash = crate::chain::extrinsic_hash(bytes);
		let Some(mut watch) = watch else {
			events.push((hash, None));
			continue;
		};
		let block = loop {
			let status = tokio::time::timeout(Duration::from_secs(300), watch.next())
				.await
				.map_err(|_| setup("no finality within five minutes"))?
				.ok_or_else(|| setup("the node closed the watch"))?
				.map_err(|error| setup(&format!("a status that does not parse: {error}")))?;
			if let Some(block) = status.get("finalized").and_then(Value::as_str) {
				break block.parse::<Hash>().map_err(|_| setup("a block hash"))?;
			}
			if let Some(text) = status.as_str() {
				if !matches!(text, "ready" | "future") {
					return Err(setup(&format!("the extrinsic's status: {text}")));
				}
			} else if status.get("inBlock").is_none() && status.get("broadcast").is_none() {
				return Err(setup(&format!("the extrinsic's status: {status}")));
			}
		};
		let (body, block_events) = chain.block_and_events(block).await?;
		events.push((hash, Some(events_of(&body, &block_events, hash)?)));
	}
	// The same bytes twice in a turn are one extrinsic: followed once.
	let unwatched: HashSet<Hash> =
		events.iter().filter(|(_, of_one)| of_one.is_none()).map(|(hash, _)| *hash).collect();
	let found = unwatched_events(chain, &unwatched, finalized_before).await?;
	let mut in_order = Vec::new();
	for (hash, watched) in events {
		let of_one = match watched {
			Some(of_one) => of_one,
			None => found
				.get(&hash)
				.cloned()
				.ok_or_else(|| setup("an unwatched extrinsic not found"))?,
		};
		in_order.extend(of_one);
	}
	Ok(in_order)
}

/// The events of the set-up extrinsics `wanted`, which the pool took without a watch, found
/// in one pass over the finalized blocks after `after`; fails after five minutes without all
/// of them.
async fn unwatched_events(
	chain: &Chain,
	wanted: &HashSet<Hash>,
	after: u32,
) -> Result<HashMap<Hash, Vec<RuntimeEvent>>> {
	let mut found = HashMap::new();
	let deadline = tokio::time::Instant::now() + Duration::from_secs(300);
	let mut next = after.saturating_add(1);
	while found.len() < wanted.len() {
		let finalized = finalized_number(chain).await?;
		while next <= finalized && found.len() < wanted.len() {
			if let Some(block) = chain.block_hash(next).await? {
				let (body, block_events) = chain.block_and_events(block).await?;
				for hash in wanted.iter().filter(|hash| body.extrinsics.contains(hash)) {
					found.insert(*hash, events_of(&body, &block_events, *hash)?);
				}
			}
			next = next.saturating_add(1);
		}
		if found.len() < wanted.len() {
			if tokio::time::Instant::now() >= deadline {
				return Err(setup(
					"an extrinsic the pool kept unwatched was not finalized in five minutes",
				));
			}
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	}
	Ok(found)
}

async fn finalized_number(chain: &Chain) -> Result<u32> {
	Ok(chain.header(Some(chain.finalized_head().await?)).await?.number)
}

/// The events of the set-up extrinsic `hash` in its finalized block (`body`, `block_events`);
/// fails if it, or a call it wrapped, failed.
fn events_of(
	body: &BlockBody,
	block_events: &[frame_system::EventRecord<RuntimeEvent, Hash>],
	hash: Hash,
) -> Result<Vec<RuntimeEvent>> {
	let mut events = Vec::new();
	let position = body
		.extrinsics
		.iter()
		.position(|h| *h == hash)
		.ok_or_else(|| setup("the finalized block lacks the extrinsic"))? as u32;
	if let Some((_, failure)) = body.failures.iter().find(|(i, _)| *i == position) {
		return Err(setup(&format!("a set-up extrinsic failed: {failure}")));
	}
	for record in block_events {
		if record.phase != frame_system::Phase::ApplyExtrinsic(position) {
			continue;
		}
		let inner = match &record.event {
			RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result: Err(error) }) => {
				Some(*error)
			}
			RuntimeEvent::Council(pallet_collective::Event::Executed {
				result: Err(error),
				..
			}) => Some(*error),
			_ => None,
		};
		if let Some(error) = inner {
			return Err(setup(&format!("a governed call failed: {}", error_name(error))));
		}
		events.push(record.event.clone());
	}
	Ok(events)
}

async fn read_value<T: codec::Decode + Default>(chain: &Chain, key: [u8; 32]) -> Result<T> {
	Ok(chain.storage::<T>(key.to_vec(), None).await?.unwrap_or_default())
}

fn setup(what: &str) -> ChainError {
	ChainError::Setup(what.to_string())
}

/// A key's 32 seed bytes: the BLAKE2-256 of a name.
fn key_seed(name: &str) -> [u8; 32] {
	<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(name.as_bytes()).0
}

/// `per_node` connections to each node, the first node's first: a node serves at most 1,024
/// subscriptions a connection, and every extrinsic in flight is watched.
pub async fn connect_all(urls: &[String], per_node: usize) -> Result<Vec<Arc<Chain>>> {
	let mut chains = Vec::new();
	for _ in 0..per_node.max(1) {
		for url in urls {
			chains.push(Arc::new(Chain::connect(url, Duration::from_secs(60)).await?));
		}
	}
	Ok(chains)
}
