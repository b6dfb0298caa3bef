//! Block production before admission.
//!
//! The transaction pool validates every submission in its own blocking tasks. Under a flood
//! they compete with the block proposer for the same cores: on a 2-core machine a full
//! block of orders that takes 0.56 s to build on a quiet node took 0.85 to 1.37 s under twice
//! the capacity offered, at times past Aura's proposing time, and then the slot's block was
//! discarded. Here those tasks run on threads of their own at a lower scheduling priority, so
//! that when the cores are short, admission waits (the pool answers later, and refuses what
//! does not fit) and the block does not. With cores to spare, the priority changes nothing.

use futures::{future::BoxFuture, FutureExt};
use sp_core::traits::SpawnEssentialNamed;

/// How much lower than the rest of the node admission runs, as a nice value: at +10 the
/// scheduler gives a thread about a tenth of the time it gives one at the default 0.
pub const ADMISSION_NICENESS: i32 = 10;

/// Spawns the pool's blocking tasks on threads of lower priority, and its other tasks as
/// `inner` does. A blocking task stays essential: if it ends, the node stops.
#[derive(Clone)]
pub struct AdmissionSpawner<S> {
	inner: S,
	runtime: tokio::runtime::Handle,
}

impl<S> AdmissionSpawner<S> {
	pub fn new(inner: S, runtime: tokio::runtime::Handle) -> Self {
		AdmissionSpawner { inner, runtime }
	}
}

impl<S: SpawnEssentialNamed + Clone> SpawnEssentialNamed for AdmissionSpawner<S> {
	fn spawn_essential_blocking(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		future: BoxFuture<'static, ()>,
	) {
		let (ended, watched) = futures::channel::oneshot::channel::<()>();
		let runtime = self.runtime.clone();
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
		let spawner = AdmissionSpawner::new(recorder.clone(), runtime.handle().clone());
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
		let spawner = AdmissionSpawner::new(recorder.clone(), runtime.handle().clone());
		spawner.spawn_essential_blocking("validation", None, async { panic!("boom") }.boxed());
		let (_, watch) = recorder.0.lock().unwrap().pop().expect("a watch was spawned");
		runtime.block_on(watch);
	}

	#[test]
	fn other_tasks_go_to_the_inner_spawner_as_they_are() {
		let runtime = tokio::runtime::Runtime::new().unwrap();
		let recorder = Recorder::default();
		let spawner = AdmissionSpawner::new(recorder.clone(), runtime.handle().clone());
		let (sent, received) = futures::channel::oneshot::channel();
		spawner.spawn_essential("background", None, async move { sent.send(7).unwrap() }.boxed());
		let (name, task) = recorder.0.lock().unwrap().pop().expect("spawned");
		assert_eq!(name, "background");
		runtime.block_on(task);
		assert_eq!(runtime.block_on(received).unwrap(), 7);
	}
}
