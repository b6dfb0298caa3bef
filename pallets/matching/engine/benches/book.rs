//! Operations per second of the engine over the in-memory book, and of the naive book, on
//! the same realistic mix (see `matching_engine::mix`): place, cancel, reduce and match.
//!
//! Two shapes of market: a busy one (orders spread over 20 ticks, cancelled soon) and a
//! deep one (3 ticks, long queues, cancels far from the front).
//!
//! `cargo bench -p matching-engine`

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use matching_engine::{
	memory::MemoryBook,
	mix::{apply, apply_naive, generate, Shape},
	naive::NaiveBook,
};

/// Operations per measured batch, after a warm-up that fills the book.
const OPS: usize = 100_000;
const WARM_UP: usize = 20_000;
/// The matching pallet's default limit of makers per order.
const MAX_MAKERS: u32 = 64;

fn mix(c: &mut Criterion) {
	for (name, shape) in [("busy", Shape::BUSY), ("deep", Shape::DEEP)] {
		let ops = generate(7, WARM_UP + OPS, shape);
		let (warm_up, measured) = ops.split_at(WARM_UP);
		let mut group = c.benchmark_group(format!("mix/{name}"));
		group.throughput(Throughput::Elements(OPS as u64));
		group.bench_function("engine over the memory book", |b| {
			b.iter_batched_ref(
				|| {
					let mut book = MemoryBook::new();
					warm_up.iter().for_each(|op| apply(&mut book, op, MAX_MAKERS));
					book.trades.clear();
					book
				},
				|book| measured.iter().for_each(|op| apply(book, op, MAX_MAKERS)),
				BatchSize::LargeInput,
			)
		});
		group.bench_function("naive book (BTreeMap of VecDeque)", |b| {
			b.iter_batched_ref(
				|| {
					let mut book = NaiveBook::new();
					warm_up.iter().for_each(|op| apply_naive(&mut book, op));
					book.trades.clear();
					book
				},
				|book| measured.iter().for_each(|op| apply_naive(book, op)),
				BatchSize::LargeInput,
			)
		});
		group.finish();
	}
}

criterion_group!(benches, mix);
criterion_main!(benches);
