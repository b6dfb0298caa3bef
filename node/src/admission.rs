//! Block production before admission.
//!
//! The transaction pool validates every submission in its own blocking tasks. Under a flood
//! they compete with the block proposer in two ways, and each can cost a slot's block
//! (Aura discards a proposal that takes longer than two thirds of the slot):
//!
//! - For the cores. On a 2-core machine a full block of orders that took 0.56 s to build on a
//!   quiet node took 0.85 to 1.37 s under twice the capacity offered. The pool's blocking
//!   tasks therefore run on threads of their own at a lower scheduling priority: when the
//!   cores are short, admission waits (the pool answers later, and refuses what does not
//!   fit) and the block does not.
//! - For the state cache. Every validation ends by merging what it read into the node's
//!   shared trie cache, under that cache's write lock, and the proposer takes the same lock
//!   to read each key its block touches for the first time. A validation thread of low
//!   priority that is preempted while it holds the lock stalls the proposer with it: under
//!   the flood the proposer of runtime 136 waited on that lock about 700 times a block, its
//!   blocks took 1.3 s instead of 0.67 s, and two to four of a 20 s run's ten proposals were
//!   discarded. So while this node builds a block, validation stops: the [`AdmissionGate`] is
//!   closed until the proposal ends ([`GatedProposerFactory`]), and the validation tasks wait
//!   at it between their steps. It closes once the pool has caught up with the parent block
//!   (usually before the proposal begins) or, should the pool lag, once the block has taken
//!   its transactions from the pool without waiting any longer ([`AdmissionPool`] tells):
//!   building the pool's view of the parent validates, and the block takes its transactions
//!   from that view. A node that is not building a block never closes it.
//!
//! And clients' admission is bounded: at most so many of their submissions await the pool's
//! answer ([`SubmissionBound`]), and one beyond is refused at once, so that clients that do
//! not wait for their answers cannot queue validations without end ahead of the pool's upkeep.

use std::{
	collections::HashMap,
	future::Future,
	pin::Pin,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc, Mutex,
	},
	task::{Context, Poll, Waker},
	time::{Duration, Instant},
};

use futures::{
	channel::oneshot,
	future::{BoxFuture, Either},
	FutureExt,
};
use sc_transaction_pool_api::{
	error::Error as PoolError, BlockHash, ChainEvent, ImportNotificationStream,
	MaintainedTransactionPool, PoolStatus, ReadyTransactions, TransactionFor, TransactionPool,
	TransactionSource, TransactionStatusStreamFor, TxHash, TxInvalidityReportMap,
};
use sp_consensus::{Environment, Proposal, ProposeArgs, Proposer};
use sp_core::traits::SpawnEssentialNamed;
use sp_runtime::traits::{Block as BlockT, Header as HeaderT};
use substrate_prometheus_endpoint::{register, Counter, Gauge, PrometheusError, Registry, U64};

/// How much lower than the rest of the node admission runs, as a nice value: at +10 the
/// scheduler gives a thread about a tenth of the time it gives one at the default 0.
pub const ADMISSION_NICENESS: i32 = 10;

/// Spawns the pool's blocking tasks on threads of lower priority, and its other tasks as
/// `inner` does. A blocking task stays essential: if it ends, the node stops.
#[derive(Clone)]
pub struct AdmissionSpawner<S> {
	inner: S,
	runtime: tokio::runtime::Handle,
	gate: AdmissionGate,
}

impl<S> AdmissionSpawner<S> {
	/// Validation tasks it spawns wait at `gate` while it is closed.
	pub fn new(inner: S, runtime: tokio::runtime::Handle, gate: AdmissionGate) -> Self {
		AdmissionSpawner { inner, runtime, gate }
	}
}

/// Whether a blocking task of the pool validates transactions (and so waits at the gate).
/// The pool names its validation tasks `transaction-pool-task-<n>`. Its other blocking task,
/// the mempool's, serves the pool's synchronous calls (`submit_local`, from offchain
/// workers) and queues for the mempool's lock; tokio hands a queued waiter the lock even
/// while its task is not polled, so that task held at the gate could keep the lock that the
/// proposer's `report_invalid` needs. It never waits.
fn validates(name: &str) -> bool {
	name.starts_with(VALIDATION_TASK)
}

/// The names sc-transaction-pool gives its blocking tasks: validation, and the mempool's.
const VALIDATION_TASK: &str = "transaction-pool-task";
const MEMPOOL_TASK: &str = "txpool-background";

impl<S: SpawnEssentialNamed + Clone> SpawnEssentialNamed for AdmissionSpawner<S> {
	fn spawn_essential_blocking(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		future: BoxFuture<'static, ()>,
	) {
		let (ended, watched) = futures::channel::oneshot::channel::<()>();
		let runtime = self.runtime.clone();
		if !validates(name) && name != MEMPOOL_TASK {
			// A pool version that renames its validation tasks would leave them ungated.
			log::warn!(
				target: "consort",
				"the pool started a blocking task admission does not know, {name}: it runs at \
				 low priority but is not held while this node builds a block"
			);
		}
		let future = match validates(name) {
			true => Gated { gate: self.gate.clone(), inner: future }.boxed(),
			false => future,
		};
		let spawned = std::thread::Builder::new().name(name.to_string()).spawn(move || {
			lower_this_thread(ADMISSION_NICENESS);
			runtime.block_on(future);
			// A panic drops `ended` unsent, which ends the watch just the same.
			let _ = ended.send(());
		});
		if let Err(error) = spawned {
			log::error!(target: "consort", "could not start the pool's {name} thread: {error}");
		}
		// The task manager stops the node when an essential task ends: this one ends with
		// the thread (or at once, if it never started).
		self.inner.spawn_essential(
			name,
			group,
			async move {
				let _ = watched.await;
			}
			.boxed(),
		);
	}

	fn spawn_essential(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		future: BoxFuture<'static, ()>,
	) {
		self.inner.spawn_essential(name, group, future)
	}
}

/// Closed while this node builds a block; the pool's validation waits at it.
#[derive(Clone, Default)]
pub struct AdmissionGate(Arc<GateState>);

#[derive(Default)]
struct GateState {
	/// Proposals under way: the gate is open at zero.
	closed_by: AtomicUsize,
	/// Tasks that found the gate closed, woken when it opens.
	waiting: Mutex<Vec<Waker>>,
}

impl AdmissionGate {
	/// Closes the gate until the returned guard (and every other one) is dropped.
	pub fn close(&self) -> ClosedGate {
		self.0.closed_by.fetch_add(1, Ordering::SeqCst);
		ClosedGate(self.clone())
	}

	pub fn is_open(&self) -> bool {
		self.0.closed_by.load(Ordering::SeqCst) == 0
	}

	fn poll_open(&self, cx: &mut Context<'_>) -> Poll<()> {
		if self.is_open() {
			return Poll::Ready(());
		}
		let mut waiting = locked(&self.0.waiting);
		if !waiting.iter().any(|waker| waker.will_wake(cx.waker())) {
			waiting.push(cx.waker().clone());
		}
		// Opened between the first look and the registration: the opener may have woken the
		// list before this waker was in it.
		match self.is_open() {
			true => Poll::Ready(()),
			false => Poll::Pending,
		}
	}
}

/// Keeps the gate closed while it lives.
pub struct ClosedGate(AdmissionGate);

impl Drop for ClosedGate {
	fn drop(&mut self) {
		let state = &self.0 .0;
		if state.closed_by.fetch_sub(1, Ordering::SeqCst) == 1 {
			let waiting = std::mem::take(&mut *locked(&state.waiting));
			waiting.into_iter().for_each(Waker::wake);
		}
	}
}

/// A task that is polled only while the gate is open. The pool's validation loop runs a
/// whole validation within one poll and, while work is queued, goes on to the next in the
/// same poll until tokio's cooperative budget ends it (each step spends two or three of the
/// 128 units), so the gate stops it within 40 to 64 validations, tens of milliseconds at its
/// low priority, and never in the middle of one.
struct Gated {
	gate: AdmissionGate,
	inner: BoxFuture<'static, ()>,
}

impl Future for Gated {
	type Output = ();

	fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
		if self.gate.poll_open(cx).is_pending() {
			return Poll::Pending;
		}
		self.inner.poll_unpin(cx)
	}
}

/// The pool's upkeep for the parent block, which a proposal lets run before it closes the
/// gate: building the pool's view of that block validates. Real pools have it through
/// [`TransactionPool::ready_at`].
pub trait PoolUpkeep<B: BlockT>: Send + Sync + 'static {
	/// Resolves when the pool has caught up with `at`.
	fn caught_up(&self, at: B::Hash) -> BoxFuture<'_, ()>;
}

impl<P: TransactionPool + 'static> PoolUpkeep<P::Block> for P {
	fn caught_up(&self, at: <P::Block as BlockT>::Hash) -> BoxFuture<'_, ()> {
		self.ready_at(at).map(drop).boxed()
	}
}

/// Proposals waiting to hear that their block has taken its transactions from the pool, by
/// parent block. [`AdmissionPool`] tells them, and hands each the gate closed.
pub struct Takers<H> {
	gate: AdmissionGate,
	waiting: Mutex<Vec<(H, oneshot::Sender<ClosedGate>)>>,
}

impl<H: PartialEq> Takers<H> {
	pub fn new(gate: AdmissionGate) -> Arc<Self> {
		Arc::new(Takers { gate, waiting: Mutex::new(Vec::new()) })
	}

	/// Resolves, with the gate closed, when a block on `parent` has taken its transactions.
	fn wait_for(&self, parent: H) -> oneshot::Receiver<ClosedGate> {
		let (sender, receiver) = oneshot::channel();
		let mut waiting = locked(&self.waiting);
		// Proposals given up on before their block took anything.
		waiting.retain(|(_, waiter)| !waiter.is_canceled());
		waiting.push((parent, sender));
		receiver
	}

	/// Hands the block on `parent` what `taking` gives, and tells its proposal once it has.
	async fn taken<T>(&self, parent: H, taking: impl Future<Output = T>) -> T {
		let taken = taking.await;
		self.took(&parent);
		taken
	}

	/// A block on `parent` has taken its transactions from the pool.
	fn took(&self, parent: &H) {
		let mut waiting = locked(&self.waiting);
		let (told, others) = std::mem::take(&mut *waiting)
			.into_iter()
			.partition::<Vec<_>, _>(|(at, _)| at == parent);
		*waiting = others;
		drop(waiting);
		for (_, waiter) in told.into_iter().filter(|(_, waiter)| !waiter.is_canceled()) {
			// A proposal that stopped listening just now drops the guard at once.
			let _ = waiter.send(self.gate.close());
		}
	}
}

/// Submissions awaiting the pool's answer, up to a bound: beyond it a submission is refused at
/// once, as the pool refuses one beyond its own limit (`ImmediatelyDropped`, RPC error 1016,
/// which a client may retry). The pool validates each submission (a refusal at its limit too)
/// in the same two blocking tasks as its upkeep of the chain's blocks. Without a bound, twice
/// the capacity offered by clients that do not wait for their answers once queued about 6,500
/// validations and answered up to 5 s late (docs/BENCHMARKS.md, Overload; in that run the
/// pool's view of one block was not ready when the next proposal began, which then took 277
/// transactions instead of 1,191). Peers' transactions are not bounded here: a peer does not
/// send again what was refused, and the network bounds its own pending imports.
pub struct SubmissionBound {
	bound: usize,
	awaiting: AtomicUsize,
	metrics: Option<BoundMetrics>,
}

struct BoundMetrics {
	awaiting: Gauge<U64>,
	refused: Counter<U64>,
}

impl SubmissionBound {
	/// At most `bound` submissions awaiting the pool's answer; their count and the refusals are
	/// published in `registry`.
	pub fn new(bound: usize, registry: Option<&Registry>) -> Result<Arc<Self>, PrometheusError> {
		let metrics = match registry {
			Some(registry) => Some(BoundMetrics {
				awaiting: register(
					Gauge::new(
						"consort_admission_awaiting",
						"Submissions awaiting the transaction pool's answer",
					)?,
					registry,
				)?,
				refused: register(
					Counter::new(
						"consort_admission_refused_total",
						"Submissions refused at once because as many as the bound awaited the \
						 transaction pool's answer",
					)?,
					registry,
				)?,
			}),
			None => None,
		};
		Ok(Arc::new(SubmissionBound { bound, awaiting: AtomicUsize::new(0), metrics }))
	}

	/// Admits as many of `wanted` submissions as the bound leaves room for, until the pass
	/// is dropped.
	fn admit(self: &Arc<Self>, wanted: usize) -> Admitted {
		let mut admitted = 0;
		let _ = self.awaiting.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |awaiting| {
			admitted = wanted.min(self.bound.saturating_sub(awaiting));
			(admitted > 0).then(|| awaiting.saturating_add(admitted))
		});
		if let Some(metrics) = &self.metrics {
			// Added and subtracted, never set: each pass adds before it subtracts, so the
			// gauge cannot be left at a count that concurrent passes published out of order.
			metrics.awaiting.add(admitted as u64);
			metrics.refused.inc_by(wanted.saturating_sub(admitted) as u64);
		}
		Admitted { bound: self.clone(), count: admitted }
	}

	/// Hands `submit` as many of `xts` as the bound admits, counted until it answers, and
	/// refuses the rest at once: the answers are in the order of `xts`.
	async fn submit_many<X, T, E, F>(
		self: &Arc<Self>,
		mut xts: Vec<X>,
		submit: impl FnOnce(Vec<X>) -> F,
	) -> Result<Vec<Result<T, E>>, E>
	where
		E: From<PoolError>,
		F: Future<Output = Result<Vec<Result<T, E>>, E>>,
	{
		let admitted = self.admit(xts.len());
		let beyond = xts.split_off(admitted.count);
		let mut answers = if xts.is_empty() { Vec::new() } else { submit(xts).await? };
		drop(admitted);
		answers.extend(beyond.iter().map(|_| Err(refused())));
		Ok(answers)
	}

	/// Awaits `submission` if the bound admits it, counted until it answers; refuses it at
	/// once otherwise.
	async fn submit_one<T, E: From<PoolError>>(
		self: &Arc<Self>,
		submission: impl Future<Output = Result<T, E>>,
	) -> Result<T, E> {
		let admitted = self.admit(1);
		if admitted.count == 0 {
			return Err(refused());
		}
		submission.await
	}
}

/// Submissions admitted past the [`SubmissionBound`], counted until their answer.
struct Admitted {
	bound: Arc<SubmissionBound>,
	count: usize,
}

impl Drop for Admitted {
	fn drop(&mut self) {
		if self.count == 0 {
			return;
		}
		self.bound.awaiting.fetch_sub(self.count, Ordering::SeqCst);
		if let Some(metrics) = &self.bound.metrics {
			metrics.awaiting.sub(self.count as u64);
		}
	}
}

fn refused<E: From<PoolError>>() -> E {
	PoolError::ImmediatelyDropped.into()
}

/// The pool as the RPC and block production see it: each submission admitted past the
/// [`SubmissionBound`], and the proposal told when its block has taken the ready transactions
/// (the pool answers that call only once its view of the parent is ready or basic authorship
/// has stopped waiting for it).
pub struct AdmissionPool<P: TransactionPool> {
	inner: Arc<P>,
	bound: Arc<SubmissionBound>,
	takers: Arc<Takers<BlockHash<P>>>,
}

impl<P: TransactionPool> AdmissionPool<P> {
	pub fn new(
		inner: Arc<P>,
		bound: Arc<SubmissionBound>,
		takers: Arc<Takers<BlockHash<P>>>,
	) -> Self {
		AdmissionPool { inner, bound, takers }
	}
}

type ReadyIterator<P> =
	Box<dyn ReadyTransactions<Item = Arc<<P as TransactionPool>::InPoolTransaction>> + Send>;

#[async_trait::async_trait]
impl<P: TransactionPool + 'static> TransactionPool for AdmissionPool<P> {
	type Block = P::Block;
	type Hash = P::Hash;
	type InPoolTransaction = P::InPoolTransaction;
	type Error = P::Error;

	async fn submit_at(
		&self,
		at: BlockHash<P>,
		source: TransactionSource,
		xts: Vec<TransactionFor<P>>,
	) -> Result<Vec<Result<TxHash<P>, P::Error>>, P::Error> {
		self.bound.submit_many(xts, |xts| self.inner.submit_at(at, source, xts)).await
	}

	async fn submit_one(
		&self,
		at: BlockHash<P>,
		source: TransactionSource,
		xt: TransactionFor<P>,
	) -> Result<TxHash<P>, P::Error> {
		self.bound.submit_one(self.inner.submit_one(at, source, xt)).await
	}

	async fn submit_and_watch(
		&self,
		at: BlockHash<P>,
		source: TransactionSource,
		xt: TransactionFor<P>,
	) -> Result<Pin<Box<TransactionStatusStreamFor<P>>>, P::Error> {
		self.bound.submit_one(self.inner.submit_and_watch(at, source, xt)).await
	}

	async fn ready_at(&self, at: BlockHash<P>) -> ReadyIterator<P> {
		self.inner.ready_at(at).await
	}

	fn ready(&self) -> ReadyIterator<P> {
		self.inner.ready()
	}

	async fn report_invalid(
		&self,
		at: Option<BlockHash<P>>,
		invalid_tx_errors: TxInvalidityReportMap<TxHash<P>>,
	) -> Vec<Arc<P::InPoolTransaction>> {
		self.inner.report_invalid(at, invalid_tx_errors).await
	}

	fn futures(&self) -> Vec<P::InPoolTransaction> {
		self.inner.futures()
	}

	fn status(&self) -> PoolStatus {
		self.inner.status()
	}

	fn import_notification_stream(&self) -> ImportNotificationStream<TxHash<P>> {
		self.inner.import_notification_stream()
	}

	fn on_broadcasted(&self, propagations: HashMap<TxHash<P>, Vec<String>>) {
		self.inner.on_broadcasted(propagations)
	}

	fn hash_of(&self, xt: &TransactionFor<P>) -> TxHash<P> {
		self.inner.hash_of(xt)
	}

	fn ready_transaction(&self, hash: &TxHash<P>) -> Option<Arc<P::InPoolTransaction>> {
		self.inner.ready_transaction(hash)
	}

	async fn ready_at_with_timeout(&self, at: BlockHash<P>, timeout: Duration) -> ReadyIterator<P> {
		self.takers.taken(at, self.inner.ready_at_with_timeout(at, timeout)).await
	}
}

#[async_trait::async_trait]
impl<P: MaintainedTransactionPool + 'static> MaintainedTransactionPool for AdmissionPool<P> {
	async fn maintain(&self, event: ChainEvent<P::Block>) {
		self.inner.maintain(event).await
	}
}

/// A proposer factory whose proposals close the admission gate while they build.
pub struct GatedProposerFactory<F, U, H> {
	inner: F,
	pool: Arc<U>,
	takers: Arc<Takers<H>>,
}

impl<F, U, H> GatedProposerFactory<F, U, H> {
	/// `inner` takes its transactions from an [`AdmissionPool`] that tells `takers`.
	pub fn new(inner: F, pool: Arc<U>, takers: Arc<Takers<H>>) -> Self {
		GatedProposerFactory { inner, pool, takers }
	}
}

impl<B, F, U> Environment<B> for GatedProposerFactory<F, U, B::Hash>
where
	B: BlockT,
	F: Environment<B>,
	F::CreateProposer: Send,
	U: PoolUpkeep<B>,
{
	type Proposer = GatedProposer<B, F::Proposer, U>;
	type CreateProposer = Pin<Box<dyn Future<Output = Result<Self::Proposer, Self::Error>> + Send>>;
	type Error = F::Error;

	fn init(&mut self, parent: &B::Header) -> Self::CreateProposer {
		let (pool, takers, parent_hash) = (self.pool.clone(), self.takers.clone(), parent.hash());
		let create = self.inner.init(parent);
		Box::pin(async move {
			let inner = create.await?;
			Ok(GatedProposer { inner, pool, takers, parent_hash })
		})
	}
}

/// A proposer that closes the admission gate once the pool has caught up with the parent or
/// its block has taken its transactions, whichever comes first, until the proposal ends.
pub struct GatedProposer<B: BlockT, P, U> {
	inner: P,
	pool: Arc<U>,
	takers: Arc<Takers<B::Hash>>,
	parent_hash: B::Hash,
}

impl<B, P, U> Proposer<B> for GatedProposer<B, P, U>
where
	B: BlockT,
	P: Proposer<B> + Send + 'static,
	U: PoolUpkeep<B>,
{
	type Error = P::Error;
	type Proposal = Pin<Box<dyn Future<Output = Result<Proposal<B>, Self::Error>> + Send>>;

	fn propose(self, args: ProposeArgs<B>) -> Self::Proposal {
		let GatedProposer { inner, pool, takers, parent_hash } = self;
		Box::pin(async move {
			let started = Instant::now();
			// Building the pool's view of the parent validates, and the block takes its
			// transactions from that view: until the view is ready or the block has stopped
			// waiting for it, the gate stays open.
			let took = takers.wait_for(parent_hash);
			let closing = futures::future::select(pool.caught_up(parent_hash), took);
			let proposal = inner.propose(args);
			let (closed, proposal, why) = match futures::future::select(closing, proposal).await {
				Either::Left((Either::Left((_, _)), proposal)) => {
					(Some(takers.gate.close()), proposal, "the pool caught up with the parent")
				}
				Either::Left((Either::Right((took, _)), proposal)) => {
					(took.ok(), proposal, "the block took from a pool that had not caught up")
				}
				Either::Right((ended, _)) => return ended,
			};
			let into = started.elapsed();
			log::debug!(target: "consort", "admission closed {into:?} into the proposal: {why}");
			// Dropped with the proposal, also when Aura gives up on it.
			let _closed = closed;
			proposal.await
		})
	}
}

/// The lists of waiters stay whole whatever a holder did: a panic while one was held leaves
/// them usable, not poisoned.
fn locked<T>(list: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
	list.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Raises the calling thread's nice value by `by` (on Linux the nice value is a thread's,
/// not the process's). Raising it needs no privilege; where it fails, the thread runs at
/// the default priority, as it would without this module.
fn lower_this_thread(by: i32) {
	#[cfg(target_os = "linux")]
	{
		// SAFETY: `setpriority` only reads its integer arguments; `who == 0` is the caller.
		let result = unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, by) };
		if result != 0 {
			log::warn!(
				target: "consort",
				"could not lower the transaction pool's priority: {}",
				std::io::Error::last_os_error()
			);
		}
	}
	#[cfg(not(target_os = "linux"))]
	let _ = by;
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
	use super::*;

	/// The nice value of the calling thread, from the kernel's own account of it.
	fn own_nice() -> i64 {
		let tid = unsafe { libc::gettid() };
		let stat = std::fs::read_to_string(format!("/proc/self/task/{tid}/stat")).unwrap();
		let fields: Vec<&str> = stat.rsplit_once(") ").unwrap().1.split_whitespace().collect();
		// Field 19 of stat (nice) is the 17th after the command name.
		fields[16].parse().unwrap()
	}

	/// A task the recorder was given, by its name.
	type Spawned = (&'static str, BoxFuture<'static, ()>);

	/// An inner spawner that keeps what it is given, for the test to run.
	#[derive(Clone, Default)]
	struct Recorder(std::sync::Arc<std::sync::Mutex<Vec<Spawned>>>);

	impl SpawnEssentialNamed for Recorder {
		fn spawn_essential_blocking(
			&self,
			_: &'static str,
			_: Option<&'static str>,
			_: BoxFuture<'static, ()>,
		) {
			panic!("a blocking task reached the inner spawner");
		}
		fn spawn_essential(
			&self,
			name: &'static str,
			_: Option<&'static str>,
			future: BoxFuture<'static, ()>,
		) {
			self.0.lock().unwrap().push((name, future));
		}
	}

	#[test]
	fn a_blocking_task_runs_at_lower_priority_and_its_watch_ends_with_it() {
		let runtime = tokio::runtime::Runtime::new().unwrap();
		let recorder = Recorder::default();
		let spawner = AdmissionSpawner::new(
			recorder.clone(),
			runtime.handle().clone(),
			AdmissionGate::default(),
		);
		let base = own_nice();
		let (seen, nice) = std::sync::mpsc::channel();
		spawner.spawn_essential_blocking(
			"validation",
			None,
			async move {
				seen.send(own_nice()).unwrap();
			}
			.boxed(),
		);
		assert_eq!(nice.recv().unwrap(), (base + i64::from(ADMISSION_NICENESS)).min(19));
		let (name, watch) = recorder.0.lock().unwrap().pop().expect("a watch was spawned");
		assert_eq!(name, "validation");
		// The task finished, so its watch, which the task manager holds as essential, ends.
		runtime.block_on(watch);
		assert_eq!(own_nice(), base, "the caller's own priority is untouched");
	}

	#[test]
	fn a_panicking_blocking_task_ends_its_watch() {
		let runtime = tokio::runtime::Runtime::new().unwrap();
		let recorder = Recorder::default();
		let spawner = AdmissionSpawner::new(
			recorder.clone(),
			runtime.handle().clone(),
			AdmissionGate::default(),
		);
		spawner.spawn_essential_blocking("validation", None, async { panic!("boom") }.boxed());
		let (_, watch) = recorder.0.lock().unwrap().pop().expect("a watch was spawned");
		runtime.block_on(watch);
	}

	#[test]
	fn other_tasks_go_to_the_inner_spawner_as_they_are() {
		let runtime = tokio::runtime::Runtime::new().unwrap();
		let recorder = Recorder::default();
		let spawner = AdmissionSpawner::new(
			recorder.clone(),
			runtime.handle().clone(),
			AdmissionGate::default(),
		);
		let (sent, received) = futures::channel::oneshot::channel();
		spawner.spawn_essential("background", None, async move { sent.send(7).unwrap() }.boxed());
		let (name, task) = recorder.0.lock().unwrap().pop().expect("spawned");
		assert_eq!(name, "background");
		runtime.block_on(task);
		assert_eq!(runtime.block_on(received).unwrap(), 7);
	}

	/// A waker that counts its wakes.
	#[derive(Default)]
	struct Wakes(AtomicUsize);

	impl futures::task::ArcWake for Wakes {
		fn wake_by_ref(wakes: &Arc<Self>) {
			wakes.0.fetch_add(1, Ordering::SeqCst);
		}
	}

	/// A task that counts its polls and never ends.
	fn counting_task(polls: Arc<AtomicUsize>) -> BoxFuture<'static, ()> {
		futures::future::poll_fn(move |_| {
			polls.fetch_add(1, Ordering::SeqCst);
			Poll::<()>::Pending
		})
		.boxed()
	}

	#[test]
	fn a_gated_task_is_not_polled_while_a_block_is_built_and_is_woken_when_it_is_done() {
		let gate = AdmissionGate::default();
		let polls = Arc::new(AtomicUsize::new(0));
		let mut task = Gated { gate: gate.clone(), inner: counting_task(polls.clone()) };
		let wakes = Arc::new(Wakes::default());
		let waker = futures::task::waker(wakes.clone());
		let mut cx = Context::from_waker(&waker);

		let closed = gate.close();
		assert!(task.poll_unpin(&mut cx).is_pending());
		assert!(task.poll_unpin(&mut cx).is_pending());
		assert_eq!(polls.load(Ordering::SeqCst), 0, "not polled while closed");
		drop(closed);
		assert!(gate.is_open());
		assert_eq!(wakes.0.load(Ordering::SeqCst), 1, "woken once, though it waited twice");
		assert!(task.poll_unpin(&mut cx).is_pending());
		assert_eq!(polls.load(Ordering::SeqCst), 1, "polled once the gate opened");
	}

	#[test]
	fn the_gate_opens_when_the_last_proposal_that_closed_it_ends() {
		let gate = AdmissionGate::default();
		let polls = Arc::new(AtomicUsize::new(0));
		let mut task = Gated { gate: gate.clone(), inner: counting_task(polls.clone()) };
		let wakes = Arc::new(Wakes::default());
		let waker = futures::task::waker(wakes.clone());
		let (first, second) = (gate.close(), gate.close());
		assert!(task.poll_unpin(&mut Context::from_waker(&waker)).is_pending());
		drop(first);
		assert!(!gate.is_open());
		assert_eq!(wakes.0.load(Ordering::SeqCst), 0);
		drop(second);
		assert!(gate.is_open());
		assert_eq!(wakes.0.load(Ordering::SeqCst), 1);
		assert_eq!(polls.load(Ordering::SeqCst), 0);
	}

	#[test]
	fn the_spawner_stops_validation_at_a_closed_gate_and_not_the_mempools_task() {
		let runtime = tokio::runtime::Runtime::new().unwrap();
		let gate = AdmissionGate::default();
		let spawner =
			AdmissionSpawner::new(Recorder::default(), runtime.handle().clone(), gate.clone());
		let closed = gate.close();
		let (ran, seen) = std::sync::mpsc::channel();
		for name in ["transaction-pool-task-0", "txpool-background"] {
			let ran = ran.clone();
			spawner.spawn_essential_blocking(
				name,
				None,
				async move { ran.send(name).unwrap() }.boxed(),
			);
		}
		let wait = Duration::from_secs(5);
		assert_eq!(seen.recv_timeout(wait), Ok("txpool-background"));
		assert!(seen.recv_timeout(Duration::from_millis(300)).is_err(), "validation waited");
		drop(closed);
		assert_eq!(seen.recv_timeout(wait), Ok("transaction-pool-task-0"));
	}

	type TestBlock = consort_runtime::opaque::Block;
	type TestHash = <TestBlock as BlockT>::Hash;

	/// What the fakes saw: the block the pool was asked to catch up with and whether the gate
	/// was open then, the time the inner proposal was given and whether the gate was open
	/// when it began and when it ended.
	#[derive(Default)]
	struct Seen {
		upkeep: Mutex<Option<(TestHash, bool)>>,
		proposal: Mutex<Option<(Duration, bool)>>,
		ended_open: Mutex<Option<bool>>,
	}

	/// A pool that catches up when the test says so (never, if the test keeps the sender).
	struct FakePool {
		seen: Arc<Seen>,
		gate: AdmissionGate,
		caught_up: Mutex<Option<oneshot::Receiver<()>>>,
	}

	impl PoolUpkeep<TestBlock> for FakePool {
		fn caught_up(&self, at: TestHash) -> BoxFuture<'_, ()> {
			*self.seen.upkeep.lock().unwrap() = Some((at, self.gate.is_open()));
			let caught_up = self.caught_up.lock().unwrap().take().expect("asked once");
			caught_up.map(drop).boxed()
		}
	}

	/// A proposer that records what it saw, then builds until the test says it is done.
	struct FakeProposer {
		seen: Arc<Seen>,
		gate: AdmissionGate,
		done: Option<oneshot::Receiver<()>>,
	}

	impl Environment<TestBlock> for FakeProposer {
		type Proposer = FakeProposer;
		type CreateProposer = futures::future::Ready<Result<FakeProposer, sp_consensus::Error>>;
		type Error = sp_consensus::Error;

		fn init(&mut self, _: &<TestBlock as BlockT>::Header) -> Self::CreateProposer {
			let (seen, gate, done) = (self.seen.clone(), self.gate.clone(), self.done.take());
			futures::future::ready(Ok(FakeProposer { seen, gate, done }))
		}
	}

	impl Proposer<TestBlock> for FakeProposer {
		type Error = sp_consensus::Error;
		type Proposal = BoxFuture<'static, Result<Proposal<TestBlock>, sp_consensus::Error>>;

		fn propose(self, args: ProposeArgs<TestBlock>) -> Self::Proposal {
			*self.seen.proposal.lock().unwrap() = Some((args.max_duration, self.gate.is_open()));
			let (done, seen, gate) = (self.done.expect("proposed once"), self.seen, self.gate);
			// The fake's block is never real: it ends with the error a proposer may end with.
			done.map(move |_| {
				*seen.ended_open.lock().unwrap() = Some(gate.is_open());
				Err(sp_consensus::Error::NoIntermediate)
			})
			.boxed()
		}
	}

	/// A gated proposal under way, and the test's hold on its pool and its inner proposer.
	struct Rig {
		proposal:
			<GatedProposer<TestBlock, FakeProposer, FakePool> as Proposer<TestBlock>>::Proposal,
		seen: Arc<Seen>,
		gate: AdmissionGate,
		takers: Arc<Takers<TestHash>>,
		parent: TestHash,
		pool_caught_up: Option<oneshot::Sender<()>>,
		block_done: Option<oneshot::Sender<()>>,
	}

	impl Rig {
		fn new() -> Rig {
			let (seen, gate) = (Arc::new(Seen::default()), AdmissionGate::default());
			let takers = Takers::new(gate.clone());
			let (pool_caught_up, caught_up) = oneshot::channel();
			let (block_done, done) = oneshot::channel();
			let inner = FakeProposer { seen: seen.clone(), gate: gate.clone(), done: Some(done) };
			let caught_up = Mutex::new(Some(caught_up));
			let pool = Arc::new(FakePool { seen: seen.clone(), gate: gate.clone(), caught_up });
			let mut factory = GatedProposerFactory::new(inner, pool, takers.clone());
			let parent = <TestBlock as BlockT>::Header::new(
				7,
				Default::default(),
				Default::default(),
				TestHash::repeat_byte(1),
				Default::default(),
			);
			let proposer = futures::executor::block_on(factory.init(&parent)).unwrap();
			let args = ProposeArgs { max_duration: SLOT_SHARE, ..Default::default() };
			let proposal = proposer.propose(args);
			let (pool_caught_up, block_done) = (Some(pool_caught_up), Some(block_done));
			let parent = parent.hash();
			Rig { proposal, seen, gate, takers, parent, pool_caught_up, block_done }
		}

		fn catch_up_pool(&mut self) {
			self.pool_caught_up.take().expect("once").send(()).expect("the proposal waits");
		}

		fn finish_block(&mut self) {
			self.block_done.take().expect("once").send(()).expect("the proposal builds");
		}

		/// Whether the proposal has ended, after one poll.
		fn ended(&mut self) -> bool {
			match poll_once(&mut self.proposal) {
				Poll::Ready(result) => {
					assert!(matches!(result, Err(sp_consensus::Error::NoIntermediate)));
					true
				}
				Poll::Pending => false,
			}
		}
	}

	const SLOT_SHARE: Duration = Duration::from_millis(1_333);

	#[test]
	fn a_proposal_keeps_admission_open_until_the_pool_has_caught_up_then_builds_with_it_closed() {
		let mut rig = Rig::new();
		assert!(!rig.ended());
		let asked = rig.seen.upkeep.lock().unwrap().take().expect("the pool was asked");
		assert_eq!(asked, (rig.parent, true));
		let given = rig.seen.proposal.lock().unwrap().take().expect("the proposal started");
		assert_eq!(given, (SLOT_SHARE, true), "at once, with all its time, the gate open");
		assert!(!rig.ended());
		assert!(rig.gate.is_open(), "open while the pool catches up");

		rig.catch_up_pool();
		assert!(!rig.ended());
		assert!(!rig.gate.is_open(), "closed while the block is built");
		// Basic authorship's own call for the ready transactions changes nothing.
		rig.takers.took(&rig.parent);
		assert!(!rig.ended());

		rig.finish_block();
		assert!(rig.ended());
		assert_eq!(*rig.seen.ended_open.lock().unwrap(), Some(false));
		assert!(rig.gate.is_open(), "and open again when the proposal ends");
	}

	#[test]
	fn a_block_that_takes_from_a_pool_that_lags_closes_admission_then() {
		let mut rig = Rig::new();
		assert!(!rig.ended());
		assert!(rig.gate.is_open());
		// Another parent's block is not this proposal's.
		rig.takers.took(&TestHash::repeat_byte(9));
		assert!(!rig.ended());
		assert!(rig.gate.is_open());
		rig.takers.took(&rig.parent);
		assert!(!rig.ended());
		assert!(!rig.gate.is_open(), "closed though the pool has not caught up");
		rig.finish_block();
		assert!(rig.ended());
		assert_eq!(*rig.seen.ended_open.lock().unwrap(), Some(false));
		assert!(rig.gate.is_open());
	}

	#[test]
	fn a_proposal_that_ends_before_its_block_takes_from_the_pool_never_closes_admission() {
		let mut rig = Rig::new();
		assert!(!rig.ended());
		rig.finish_block();
		assert!(rig.ended());
		assert_eq!(*rig.seen.ended_open.lock().unwrap(), Some(true), "built with it open");
		assert!(rig.gate.is_open());
		// The pool's word comes too late: the gate closes for no one.
		rig.takers.took(&rig.parent);
		assert!(rig.gate.is_open());
	}

	#[test]
	fn the_pool_tells_the_proposal_only_once_its_block_has_the_ready_transactions() {
		let mut rig = Rig::new();
		assert!(!rig.ended());
		let (ready, answer) = oneshot::channel::<&str>();
		let takers = rig.takers.clone();
		let mut taking = Box::pin(takers.taken(rig.parent, answer));
		assert!(poll_once(&mut taking).is_pending());
		assert!(!rig.ended());
		assert!(rig.gate.is_open(), "open while the pool has not answered");
		ready.send("the ready transactions").unwrap();
		assert_eq!(poll_once(&mut taking), Poll::Ready(Ok("the ready transactions")));
		assert!(!rig.ended());
		assert!(!rig.gate.is_open(), "closed once the block has them");
		rig.finish_block();
		assert!(rig.ended());
		assert!(rig.gate.is_open());
	}

	#[test]
	fn a_proposal_given_up_on_opens_the_gate_and_is_forgotten() {
		let mut rig = Rig::new();
		assert!(!rig.ended());
		rig.takers.took(&rig.parent);
		assert!(!rig.ended());
		assert!(!rig.gate.is_open());
		// Aura drops a proposal that takes too long.
		drop(rig.proposal);
		assert!(rig.gate.is_open());

		// One given up on before its block took anything leaves nothing waiting.
		let mut rig = Rig::new();
		assert!(!rig.ended());
		drop(rig.proposal);
		let _next = rig.takers.wait_for(rig.parent);
		assert_eq!(rig.takers.waiting.lock().unwrap().len(), 1);
	}

	/// Polls `future` once.
	fn poll_once<F: Future + Unpin>(future: &mut F) -> Poll<F::Output> {
		let waker = futures::task::noop_waker();
		future.poll_unpin(&mut Context::from_waker(&waker))
	}

	/// A submission the test answers when it likes.
	fn answered_later() -> (oneshot::Sender<u32>, BoxFuture<'static, Result<u32, PoolError>>) {
		let (answer, answered) = oneshot::channel();
		(answer, answered.map(|answer| answer.map_err(|_| PoolError::ImmediatelyDropped)).boxed())
	}

	/// A submission admitted past `bound` and awaiting the answer the test sends.
	fn awaiting_answer(
		bound: &Arc<SubmissionBound>,
	) -> (oneshot::Sender<u32>, Pin<Box<impl Future<Output = Result<u32, PoolError>> + '_>>) {
		let (answer, answered) = answered_later();
		let mut submission = Box::pin(bound.submit_one(answered));
		assert!(poll_once(&mut submission).is_pending());
		(answer, submission)
	}

	fn counted(bound: &SubmissionBound) -> (u64, u64) {
		let metrics = bound.metrics.as_ref().expect("registered");
		(metrics.awaiting.get(), metrics.refused.get())
	}

	#[test]
	fn a_submission_beyond_the_bound_is_refused_at_once_until_an_awaited_one_is_answered() {
		let registry = Registry::new();
		let bound = SubmissionBound::new(2, Some(&registry)).unwrap();
		let (answer_first, mut first) = awaiting_answer(&bound);
		let (_answer_second, _second) = awaiting_answer(&bound);
		assert_eq!(counted(&bound), (2, 0));

		// Refused without being asked, though it would have answered at once.
		let mut third = Box::pin(bound.submit_one(async { Ok::<_, PoolError>(3) }));
		assert!(matches!(poll_once(&mut third), Poll::Ready(Err(PoolError::ImmediatelyDropped))));
		assert_eq!(counted(&bound), (2, 1));

		answer_first.send(1).unwrap();
		assert!(matches!(poll_once(&mut first), Poll::Ready(Ok(1))));
		assert_eq!(counted(&bound), (1, 1));
		let mut fourth = Box::pin(bound.submit_one(async { Ok::<_, PoolError>(4) }));
		assert!(matches!(poll_once(&mut fourth), Poll::Ready(Ok(4))));
		assert_eq!(counted(&bound), (1, 1));
	}

	#[test]
	fn a_batch_is_submitted_as_far_as_the_bound_admits_and_the_rest_refused_in_its_order() {
		let bound = SubmissionBound::new(3, Some(&Registry::new())).unwrap();
		let (_answer, _awaited) = awaiting_answer(&bound);

		let handed = Mutex::new(Vec::new());
		let batch = bound.submit_many(vec![10u32, 11, 12, 13], |xts| {
			handed.lock().unwrap().clone_from(&xts);
			async move { Ok::<_, PoolError>(xts.into_iter().map(Ok).collect()) }
		});
		let answers = futures::executor::block_on(batch).unwrap();
		assert_eq!(*handed.lock().unwrap(), vec![10, 11]);
		assert!(matches!(
			answers[..],
			[
				Ok(10),
				Ok(11),
				Err(PoolError::ImmediatelyDropped),
				Err(PoolError::ImmediatelyDropped)
			]
		));
		assert_eq!(counted(&bound), (1, 2));

		// Nothing admitted: the pool is not asked at all.
		let full = SubmissionBound::new(1, None).unwrap();
		let _held = full.admit(1);
		let batch = full.submit_many(vec![20u32], |_| async {
			panic!("a batch the bound refused whole reached the pool")
		});
		let answers: Vec<Result<u32, PoolError>> = futures::executor::block_on(batch).unwrap();
		assert!(matches!(answers[..], [Err(PoolError::ImmediatelyDropped)]));
	}

	#[test]
	fn a_submission_given_up_on_before_its_answer_is_no_longer_counted() {
		let bound = SubmissionBound::new(2, Some(&Registry::new())).unwrap();
		let (_answer, one) = awaiting_answer(&bound);
		let (_answer, batch) = answered_later();
		let mut batch = Box::pin(
			bound.submit_many(vec![1u32], |_| batch.map(|answer| answer.map(|a| vec![Ok(a)]))),
		);
		assert!(poll_once(&mut batch).is_pending());
		assert_eq!(counted(&bound), (2, 0));

		// A client that disconnects drops its submission's future.
		drop(one);
		drop(batch);
		assert_eq!(counted(&bound), (0, 0));
		assert_eq!(bound.admit(2).count, 2);
	}

	#[test]
	fn a_batch_the_pool_fails_whole_is_no_longer_counted() {
		let bound = SubmissionBound::new(4, Some(&Registry::new())).unwrap();
		let batch = bound.submit_many(vec![1u32, 2], |_| async {
			Err::<Vec<Result<u32, PoolError>>, _>(PoolError::InvalidBlockId("gone".into()))
		});
		assert!(futures::executor::block_on(batch).is_err());
		assert_eq!(counted(&bound), (0, 0));
		assert_eq!(bound.admit(4).count, 4);
	}
}
