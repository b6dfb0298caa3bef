//! Weights for `pallet_consortium`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
//!
//! Generated: do not edit by hand; rerun scripts/benchmarks.sh after any change to the pallet's
//! calls or storage, and commit the result. docs/BENCHMARKS.md summarises the numbers.
//!
//! Benchmark CLI 64.0.0, 2026-12-05; steps 50, repeat 20;
//! host `vm`, CPU `Intel(R) Xeon(R) Processor`; Wasm execution Compiled, chain
//! Some("dev"), database cache 1024 MiB.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, clippy::unnecessary_cast)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// The weight of each benchmarked call of `pallet_consortium`.
pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn authorize_upgrade() -> Weight;
	fn session_change_check() -> Weight;
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Consortium::Validators` (r:1 w:1)
	/// Proof: `Consortium::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn add_validator() -> Weight {
		// Proof size: measured `1129`, estimated `2510` bytes.
		// Minimum execution time: 7_597_000 picoseconds.
		Weight::from_parts(8_470_000, 2510)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Consortium::Validators` (r:1 w:1)
	/// Proof: `Consortium::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn remove_validator() -> Weight {
		// Proof size: measured `1161`, estimated `2510` bytes.
		// Minimum execution time: 7_371_000 picoseconds.
		Weight::from_parts(8_255_000, 2510)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `System::AuthorizedUpgrade` (r:0 w:1)
	/// Proof: `System::AuthorizedUpgrade` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn authorize_upgrade() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 6_507_000 picoseconds.
		Weight::from_parts(7_259_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Session::QueuedChanged` (r:1 w:0)
	/// Proof: `Session::QueuedChanged` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Session::QueuedKeys` (r:1 w:0)
	/// Proof: `Session::QueuedKeys` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Consortium::Validators` (r:1 w:0)
	/// Proof: `Consortium::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Session::NextKeys` (r:32 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn session_change_check() -> Weight {
		// Proof size: measured `8011`, estimated `88201` bytes.
		// Minimum execution time: 94_603_000 picoseconds.
		Weight::from_parts(98_974_000, 88201)
			.saturating_add(T::DbWeight::get().reads(35))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(8_470_000, 2510)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(8_255_000, 2510)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(7_259_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn session_change_check() -> Weight {
		Weight::from_parts(98_974_000, 88201)
			.saturating_add(RocksDbWeight::get().reads(35))
	}
}
