//! Weights for `pallet_matching`.
//!
//! NOT MEASURED YET: these are placeholders for the pallet's own tests, sized from the token
//! pallet's measured transfer. scripts/benchmarks.sh replaces this file with the measured
//! weights before the pallet joins the runtime.

#![allow(unused_parens, missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each benchmarked call of `pallet_matching`.
pub trait WeightInfo {
	fn create_market() -> Weight;
	fn update_market() -> Weight;
	fn set_market_status() -> Weight;
	fn set_reference_price() -> Weight;
	/// A placement that looks at `m` resting orders (each a fill, the dearest case).
	fn place_order(m: u32) -> Weight;
	fn cancel_order() -> Weight;
	fn reduce_order() -> Weight;
	fn cancel_all(n: u32) -> Weight;
	fn replace_quotes(c: u32, q: u32) -> Weight;
}

impl WeightInfo for () {
	fn create_market() -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 2))
	}
	fn update_market() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn set_market_status() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn set_reference_price() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn place_order(m: u32) -> Weight {
		Weight::from_parts(400_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads_writes(20, 8))
			.saturating_add(Weight::from_parts(500_000_000, 10_000).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(12, 10).saturating_mul(m.into()))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(80_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 6))
	}
	fn reduce_order() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 3))
	}
	fn cancel_all(n: u32) -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(Self::cancel_order().saturating_mul(n.into()))
	}
	fn replace_quotes(c: u32, q: u32) -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(Self::cancel_order().saturating_mul(c.into()))
			.saturating_add(Self::place_order(0).saturating_mul(q.into()))
	}
}

/// Until measured, the runtime uses the placeholders above.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn create_market() -> Weight {
		<() as WeightInfo>::create_market()
	}
	fn update_market() -> Weight {
		<() as WeightInfo>::update_market()
	}
	fn set_market_status() -> Weight {
		<() as WeightInfo>::set_market_status()
	}
	fn set_reference_price() -> Weight {
		<() as WeightInfo>::set_reference_price()
	}
	fn place_order(m: u32) -> Weight {
		<() as WeightInfo>::place_order(m)
	}
	fn cancel_order() -> Weight {
		<() as WeightInfo>::cancel_order()
	}
	fn reduce_order() -> Weight {
		<() as WeightInfo>::reduce_order()
	}
	fn cancel_all(n: u32) -> Weight {
		<() as WeightInfo>::cancel_all(n)
	}
	fn replace_quotes(c: u32, q: u32) -> Weight {
		<() as WeightInfo>::replace_quotes(c, q)
	}
}
