// The weights of a Substrate pallet in the Consort runtime, measured by scripts/benchmarks.sh
// on the reference machine (see docs/BENCHMARKS.md). Generated: do not edit.

//! What one storage read and one storage write cost on the reference machine, measured by
//! `consort-node benchmark storage` (CLI 64.0.0, 2026-12-01 (Y/M/D)) on host `vm`, CPU
//! `Intel(R) Xeon(R) Processor`: RocksDb, the database of a dev chain loaded by consort-bench, at block
//! Number(408); no trie cache, so every read goes to the database. Reads are of every key;
//! writes are committed 1000 keys at a time, about what one block writes.
//! Each weight is the Average of its samples times
//! 1.0, plus 0 ns.

use frame_support::{
	parameter_types,
	weights::{constants::WEIGHT_REF_TIME_PER_NANOS, RuntimeDbWeight},
};

parameter_types! {
	/// Reads in ns: average 44_435, median 43_303,
	/// p95 58_997, p99 74_979, max 1_654_036.
	/// Writes in ns: average 59_534, median 60_010,
	/// p95 66_908, p99 67_514, max 67_514.
	pub const MeasuredDbWeight: RuntimeDbWeight = RuntimeDbWeight {
		read: 44_435 * WEIGHT_REF_TIME_PER_NANOS,
		write: 59_534 * WEIGHT_REF_TIME_PER_NANOS,
	};
}
