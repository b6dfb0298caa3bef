//! Submits pre-signed extrinsics at a pace and follows each one to inclusion and to GRANDPA
//! finality, on the blocks the node announces.

use std::{
	collections::{HashMap, HashSet},
	io::IsTerminal,
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

use consort_runtime::Hash;
use sp_runtime::traits::Header as _;
use tokio::{sync::Semaphore, task::JoinSet};

use crate::chain::{header_of, BlockBody, Chain, Result, WATCHES_PER_CONNECTION};

/// One pre-signed extrinsic, in submission order.
#[derive(Clone, Debug)]
pub struct Planned {
	/// Which account signed it: after a refusal, that account's later extrinsics are not
	/// sent, since their nonces could never become ready.
	pub sender: usize,
	pub bytes: Vec<u8>,
	pub hash: Hash,
}

/// How fast to submit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pace {
	/// Extrinsics per second, evenly spaced.
	Rate(f64),
	/// As fast as the node takes them: at most `window` submitted (and not refused) that are
	/// not yet finalized, since the pool keeps what it included until it is finalized.
	Max { window: usize },
}

/// What the pool said of one extrinsic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
	/// Not submitted yet (the run was cut short).
	NotSent,
	/// Not submitted: an earlier extrinsic of its sender was refused, or dropped.
	Skipped,
	Accepted,
	/// Answered `1013 Transaction Already Imported`, sent once to one node: in the pool,
	/// unwatched (see [`crate::chain::Refusal::already_imported`]); followed in the blocks only.
	Unwatched,
	Rejected(String),
}

/// One extrinsic's story; times in seconds from the start of the run.
#[derive(Clone, Debug)]
pub struct TxRecord {
	pub submitted_at: Option<f64>,
	pub outcome: Outcome,
	pub included_at: Option<f64>,
	pub finalized_at: Option<f64>,
	/// The error it failed with, if it was included but did not dispatch.
	pub failure: Option<String>,
	/// Still in the pool when the run ended.
	pub pending_at_end: bool,
	/// Accepted, then ended by the pool other than by finality (`dropped`, `invalid`,
	/// `usurped`): the client was told.
	pub dropped: Option<String>,
	/// Accepted, never included, and behind an extrinsic of the same sender that the pool
	/// dropped, or that it kept unwatched and never included.
	pub stranded: bool,
}

/// A block seen during the run.
#[derive(Clone, Debug)]
pub struct BlockSeen {
	pub number: u32,
	pub seen_at: f64,
	pub extrinsics: usize,
}

/// Everything one run observed.
#[derive(Clone, Debug)]
pub struct Run {
	pub records: Vec<TxRecord>,
	/// The blocks announced as best, in the order seen.
	pub best_blocks: Vec<BlockSeen>,
	/// Finalized block numbers and when each was seen finalized.
	pub finalized_blocks: Vec<(u32, f64)>,
	/// When the last extrinsic was handed to the node.
	pub submission_ended_at: f64,
	pub ended_at: f64,
}

struct State {
	start: Instant,
	index: HashMap<Hash, usize>,
	records: Vec<TxRecord>,
	refused_senders: HashSet<usize>,
	bodies: HashMap<Hash, BlockBody>,
	best_blocks: Vec<BlockSeen>,
	finalized_blocks: Vec<(u32, f64)>,
	accepted: usize,
	included: usize,
	finalized: usize,
	/// Handed to a submission task, which may still skip it.
	scheduled: usize,
	skipped: usize,
	/// Accepted, then dropped by the pool (the watch says so).
	dropped: usize,
	submitted: usize,
	rejected: usize,
	/// Answered 1013 to their one submission: in the pool, unwatched.
	unwatched: usize,
}

impl State {
	fn now(&self) -> f64 {
		self.start.elapsed().as_secs_f64()
	}

	/// Not sent: an earlier extrinsic of its sender was refused or dropped.
	fn skip(&mut self, i: usize) {
		self.records[i].outcome = Outcome::Skipped;
		self.skipped += 1;
	}

	/// Accepted and neither finalized nor dropped before inclusion. The counters cannot say:
	/// an extrinsic the pool refused or dropped may still be included, and counted twice.
	fn unfinished(&self) -> usize {
		self.records
			.iter()
			.filter(|r| {
				r.outcome == Outcome::Accepted
					&& r.finalized_at.is_none()
					&& (r.dropped.is_none() || r.included_at.is_some())
			})
			.count()
	}

	fn saw_included(&mut self, body: &BlockBody, at: f64) {
		for (position, hash) in body.extrinsics.iter().enumerate() {
			let Some(&i) = self.index.get(hash) else { continue };
			let failure = body
				.failures
				.iter()
				.find(|(index, _)| *index as usize == position)
				.map(|(_, name)| name.clone());
			let record = &mut self.records[i];
			if record.included_at.is_none() {
				record.included_at = Some(at);
				self.included += 1;
			}
			record.failure = failure;
		}
	}

	fn saw_finalized(&mut self, body: &BlockBody, at: f64) {
		self.saw_included(body, at);
		for hash in &body.extrinsics {
			let Some(&i) = self.index.get(hash) else { continue };
			let record = &mut self.records[i];
			if record.finalized_at.is_none() {
				record.finalized_at = Some(at);
				self.finalized += 1;
			}
		}
	}
}

/// How a run goes: its pace, and how long to wait at the end for what is still unfinalized.
#[derive(Clone, Debug)]
pub struct RunOptions {
	pub label: String,
	pub pace: Pace,
	/// The run ends when everything accepted is finalized, or when finality has made no
	/// progress on it for this long.
	pub drain_timeout: Duration,
	/// At most this many submissions waiting for the node's answer.
	pub in_flight: usize,
	/// Stop submitting after this long; what is left is reported as planned, not submitted.
	pub submit_for: Option<Duration>,
}

/// Submits `plan` over `chains` (a sender's extrinsics always to the same node) and follows
/// the blocks of `chains[0]`.
pub async fn run(chains: &[Arc<Chain>], plan: &[Planned], options: &RunOptions) -> Result<Run> {
	// A connection of its own: on one that also carries a thousand watched submissions, the
	// node's buffer for it fills in a burst and the node closes the heads subscriptions.
	let follower = Arc::new(Chain::connect(&chains[0].url, Duration::from_secs(10)).await?);
	let start_hash = follower.finalized_head().await?;
	let last_finalized = *follower.header(Some(start_hash)).await?.number();
	let best = *follower.header(None).await?.number();
	let mut best_heads = follower.subscribe_best_heads().await?;
	let mut finalized_heads = follower.subscribe_finalized_heads().await?;

	let state = Arc::new(Mutex::new(State {
		start: Instant::now(),
		index: plan.iter().enumerate().map(|(i, p)| (p.hash, i)).collect(),
		records: vec![
			TxRecord {
				submitted_at: None,
				outcome: Outcome::NotSent,
				included_at: None,
				finalized_at: None,
				failure: None,
				pending_at_end: false,
				dropped: None,
				stranded: false,
			};
			plan.len()
		],
		refused_senders: HashSet::new(),
		bodies: HashMap::new(),
		best_blocks: Vec::new(),
		finalized_blocks: Vec::new(),
		accepted: 0,
		included: 0,
		finalized: 0,
		scheduled: 0,
		skipped: 0,
		dropped: 0,
		submitted: 0,
		rejected: 0,
		unwatched: 0,
	}));

	// Follows best and finalized heads; a best block whose parent was not seen is read
	// with its ancestors, so no block is missed when the node announces several at once.
	let follow_state = state.clone();
	let follow_chain = follower.clone();
	let follow: tokio::task::JoinHandle<Result<()>> = tokio::spawn(async move {
		let mut seen: HashSet<Hash> = HashSet::new();
		let mut last_finalized = last_finalized;
		let mut best_floor = best;
		loop {
			tokio::select! {
				next = best_heads.next() => {
					// A closed subscription is opened again: the blocks it missed are read
					// below, as ancestors of the next best block.
					let Some(Ok(header)) = next else {
						best_heads = follow_chain.subscribe_best_heads().await?;
						continue;
					};
					let header = header_of(header)?;
					let mut chain = Vec::new();
					let mut cursor = header;
					while *cursor.number() > best_floor && chain.len() < 64 && !seen.contains(&cursor.hash()) {
						let parent = *cursor.parent_hash();
						chain.push(cursor.hash());
						cursor = follow_chain.header(Some(parent)).await?;
					}
					for hash in chain.into_iter().rev() {
						let body = follow_chain.block(hash).await?;
						let mut state = follow_state.lock().map_err(poisoned)?;
						let now = state.now();
						state.saw_included(&body, now);
						state.best_blocks.push(BlockSeen { number: body.number, seen_at: now, extrinsics: body.extrinsics.len() });
						best_floor = best_floor.min(body.number.saturating_sub(64));
						seen.insert(hash);
						state.bodies.insert(hash, body);
					}
				}
				next = finalized_heads.next() => {
					// As above: the range from the last finalized seen covers what it missed.
					let Some(Ok(header)) = next else {
						finalized_heads = follow_chain.subscribe_finalized_heads().await?;
						continue;
					};
					let number = *header_of(header)?.number();
					// Every block this notice makes final became final at once: one burst.
					let now = follow_state.lock().map_err(poisoned)?.now();
					for n in last_finalized.saturating_add(1)..=number {
						let Some(hash) = follow_chain.block_hash(n).await? else { continue };
						let cached = follow_state.lock().map_err(poisoned)?.bodies.get(&hash).cloned();
						let body = match cached {
							Some(body) => body,
							None => follow_chain.block(hash).await?,
						};
						let mut state = follow_state.lock().map_err(poisoned)?;
						state.saw_finalized(&body, now);
						state.finalized_blocks.push((n, now));
					}
					last_finalized = last_finalized.max(number);
				}
			}
		}
	});

	let progress = tokio::spawn(show_progress(state.clone(), options.label.clone()));

	// Submits in plan order at the pace asked.
	let permits = Arc::new(Semaphore::new(options.in_flight.max(1)));
	// A node serves at most 1,024 subscriptions a connection (`-32006 Too many
	// subscriptions`): a watch waits for a slot on its connection rather than be refused.
	let watch_slots: Vec<Arc<Semaphore>> =
		chains.iter().map(|_| Arc::new(Semaphore::new(WATCHES_PER_CONNECTION))).collect();
	// A sender's next extrinsic goes out only once the pool has answered for the one before,
	// so a refusal never leaves a later nonce waiting in the pool for a gap to fill.
	let mut senders: HashMap<usize, Arc<tokio::sync::Mutex<()>>> = HashMap::new();
	let mut submissions = JoinSet::new();
	let started = state.lock().map_err(poisoned)?.start;
	// At a rate, the slots go to the senders still sending: an extrinsic skipped behind its
	// sender's refusal takes none, so that refusals do not thin the offered load.
	let mut slot = 0usize;
	let mut stalls = Stalls::default();
	for (i, planned) in plan.iter().enumerate() {
		if options.submit_for.is_some_and(|limit| started.elapsed() >= limit) {
			break;
		}
		{
			let mut state = state.lock().map_err(poisoned)?;
			if state.refused_senders.contains(&planned.sender) {
				state.scheduled += 1;
				state.skip(i);
				continue;
			}
		}
		match options.pace {
			Pace::Rate(rate) => {
				let due =
					started + Duration::from_secs_f64(slot as f64 / rate.max(f64::MIN_POSITIVE));
				slot += 1;
				tokio::time::sleep_until(due.into()).await;
			}
			Pace::Max { window } => loop {
				let waiting = {
					let state = state.lock().map_err(poisoned)?;
					state
						.scheduled
						.saturating_sub(state.skipped)
						.saturating_sub(state.rejected)
						.saturating_sub(state.finalized)
				};
				if waiting < window {
					break;
				}
				tokio::time::sleep(Duration::from_millis(5)).await;
			},
		}
		let connection = planned.sender % chains.len();
		let waiting = Instant::now();
		let Ok(watch_slot) = watch_slots[connection].clone().acquire_owned().await else { break };
		stalls.watches += waiting.elapsed();
		let waiting = Instant::now();
		let Ok(permit) = permits.clone().acquire_owned().await else { break };
		stalls.answers += waiting.elapsed();
		let waiting = Instant::now();
		let turn = senders.entry(planned.sender).or_default().clone().lock_owned().await;
		stalls.turns += waiting.elapsed();
		state.lock().map_err(poisoned)?.scheduled += 1;
		let chain = chains[connection].clone();
		let state = state.clone();
		let bytes = planned.bytes.clone();
		let sender = planned.sender;
		submissions.spawn(async move {
			let (turn, _watch_slot) = (turn, watch_slot);
			{
				let Ok(mut state) = state.lock() else { return };
				// Refused or dropped while this one waited for its turn.
				if state.refused_senders.contains(&sender) {
					state.skip(i);
					return;
				}
				let now = state.now();
				state.records[i].submitted_at = Some(now);
				state.submitted += 1;
			}
			let verdict = chain.submit_and_watch(&bytes).await;
			drop(permit);
			let mut watch = {
				let Ok(mut state) = state.lock() else { return };
				match verdict {
					Ok(watch) => {
						state.records[i].outcome = Outcome::Accepted;
						state.accepted += 1;
						watch
					}
					// Not a refusal: the sender goes on.
					Err(refusal) if refusal.already_imported() => {
						state.records[i].outcome = Outcome::Unwatched;
						state.unwatched += 1;
						return;
					}
					Err(refusal) => {
						state.records[i].outcome = Outcome::Rejected(refusal.0);
						state.rejected += 1;
						state.refused_senders.insert(sender);
						return;
					}
				}
			};
			drop(turn);
			// The pool's word on what became of it: only an end other than finality matters
			// here, since inclusion and finality are read from the blocks.
			let mut in_block = false;
			while let Some(Ok(status)) = watch.next().await {
				in_block |= status.get("inBlock").is_some();
				let end = match status.as_str() {
					Some("dropped") => Some("dropped".to_string()),
					Some("invalid") => Some("invalid".to_string()),
					Some(_) => None,
					None if status.get("finalized").is_some() => return,
					None => ["usurped", "finalityTimeout"]
						.into_iter()
						.find(|end| status.get(*end).is_some())
						.map(str::to_string),
				};
				if let Some(end) = end {
					let end = if in_block { format!("{end} after inBlock") } else { end };
					if let Ok(mut state) = state.lock() {
						state.records[i].dropped = Some(end);
						state.dropped += 1;
						state.refused_senders.insert(sender);
					}
					return;
				}
			}
		});
	}
	loop {
		let answered = {
			let state = state.lock().map_err(poisoned)?;
			state.accepted + state.unwatched + state.rejected + state.skipped >= state.scheduled
		};
		if answered {
			break;
		}
		tokio::time::sleep(Duration::from_millis(20)).await;
	}
	if stalls.total() >= Duration::from_secs(1) {
		eprintln!("[{}] submission held back by the harness: {stalls}", options.label);
	}
	let submission_ended_at = state.lock().map_err(poisoned)?.now();

	// Waits for what was accepted to be finalized, while finality makes progress.
	let mut last_progress = Instant::now();
	let mut last_count = usize::MAX;
	loop {
		let (unfinished, count) = {
			let state = state.lock().map_err(poisoned)?;
			(state.unfinished(), state.finalized + state.dropped)
		};
		if unfinished == 0 || follow.is_finished() {
			break;
		}
		if count != last_count {
			last_count = count;
			last_progress = Instant::now();
		} else if last_progress.elapsed() > options.drain_timeout {
			break;
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	progress.abort();
	submissions.abort_all();
	if follow.is_finished() {
		follow.await.map_err(|e| crate::chain::ChainError::Unexpected(e.to_string()))??;
	} else {
		follow.abort();
	}

	let mut pool = HashSet::new();
	for chain in chains {
		pool.extend(chain.pending().await?);
	}
	let mut state = state.lock().map_err(poisoned)?;
	let ended_at = state.now();
	// A sender's extrinsics are planned in nonce order: after one the pool dropped, the
	// later ones wait in the pool's future queue for a nonce that never comes, whether or
	// not `author_pendingExtrinsics` lists them.
	let mut dropped_senders = HashSet::new();
	for planned in plan {
		if let Some(&i) = state.index.get(&planned.hash) {
			let record = &mut state.records[i];
			let unfinished = record.outcome == Outcome::Accepted
				&& record.included_at.is_none()
				&& record.dropped.is_none();
			record.stranded = unfinished && dropped_senders.contains(&planned.sender);
			record.pending_at_end = unfinished && !record.stranded && pool.contains(&planned.hash);
			let unwatched_lost = record.outcome == Outcome::Unwatched
				&& record.included_at.is_none()
				&& !pool.contains(&planned.hash);
			if record.dropped.is_some() || unwatched_lost {
				dropped_senders.insert(planned.sender);
			}
		}
	}
	eprintln!();
	Ok(Run {
		records: std::mem::take(&mut state.records),
		best_blocks: std::mem::take(&mut state.best_blocks),
		finalized_blocks: std::mem::take(&mut state.finalized_blocks),
		submission_ended_at,
		ended_at,
	})
}

/// A line a second on standard error: in place on a terminal, every fifth second otherwise.
async fn show_progress(state: Arc<Mutex<State>>, label: String) {
	let terminal = std::io::stderr().is_terminal();
	let mut tick = 0u64;
	loop {
		tokio::time::sleep(Duration::from_secs(1)).await;
		tick += 1;
		if !terminal && !tick.is_multiple_of(5) {
			continue;
		}
		let Ok(state) = state.lock() else { return };
		let line = format!(
			"[{label}] {:>6.1} s  submitted {}  accepted {}  rejected {}  included {}  finalized {}  best #{}  finalized #{}",
			state.now(),
			state.submitted,
			state.accepted,
			state.rejected,
			state.included,
			state.finalized,
			state.best_blocks.last().map_or(0, |b| b.number),
			state.finalized_blocks.last().map_or(0, |b| b.0),
		);
		if terminal {
			eprint!("\r{line}   ");
		} else {
			eprintln!("{line}");
		}
	}
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> crate::chain::ChainError {
	crate::chain::ChainError::Unexpected("the run's state lock was poisoned".to_string())
}

/// How long the submission loop waited for the harness's own limits: the harness, not the
/// node, held the load back meanwhile (at a rate it then catches up in a burst, so this is
/// not the shortfall itself).
#[derive(Default)]
struct Stalls {
	/// A free watch on the sender's connection.
	watches: Duration,
	/// Fewer submissions than `in_flight` awaiting the node's answer.
	answers: Duration,
	/// The node's answer for the sender's previous extrinsic.
	turns: Duration,
}

impl Stalls {
	fn total(&self) -> Duration {
		self.watches + self.answers + self.turns
	}
}

impl std::fmt::Display for Stalls {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		let s = |d: Duration| d.as_secs_f64();
		write!(
			f,
			"{:.1} s for a free watch, {:.1} s for the node's answers, {:.1} s for a sender's turn",
			s(self.watches),
			s(self.answers),
			s(self.turns)
		)
	}
}
