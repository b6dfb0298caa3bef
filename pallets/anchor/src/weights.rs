//! Weights for `pallet_anchor`.
//!
//! Not measured yet: the pallet has no benchmarks, so the only implementation is the unit
//! type's, for tests, and the runtime does not include the pallet until they exist.

use frame_support::weights::Weight;

/// The weight of each call and sealing step of `pallet_anchor`.
pub trait WeightInfo {
	fn bridge_asset() -> Weight;
	fn unbridge_asset() -> Weight;
	fn link_eth_address() -> Weight;
	fn publish_holders(n: u32) -> Weight;
	fn close_epoch() -> Weight;
	fn seal_change() -> Weight;
	fn seal_asset() -> Weight;
	fn finish_epoch() -> Weight;
}

impl WeightInfo for () {
	fn bridge_asset() -> Weight {
		Weight::zero()
	}
	fn unbridge_asset() -> Weight {
		Weight::zero()
	}
	fn link_eth_address() -> Weight {
		Weight::zero()
	}
	fn publish_holders(_: u32) -> Weight {
		Weight::zero()
	}
	fn close_epoch() -> Weight {
		Weight::zero()
	}
	fn seal_change() -> Weight {
		Weight::zero()
	}
	fn seal_asset() -> Weight {
		Weight::zero()
	}
	fn finish_epoch() -> Weight {
		Weight::zero()
	}
}
