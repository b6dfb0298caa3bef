//! Weights for `pallet_anchor`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
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

/// The weight of each benchmarked call of `pallet_anchor`.
pub trait WeightInfo {
	fn bridge_asset() -> Weight;
	fn unbridge_asset() -> Weight;
	fn set_epoch_length() -> Weight;
	fn link_eth_address() -> Weight;
	fn publish_holders(n: u32, ) -> Weight;
	fn holding_changed() -> Weight;
	fn close_epoch() -> Weight;
	fn seal_change() -> Weight;
	fn seal_asset() -> Weight;
	fn finish_epoch() -> Weight;
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Bridged` (r:1 w:1)
	/// Proof: `Anchor::Bridged` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::BridgedAssets` (r:1 w:1)
	/// Proof: `Anchor::BridgedAssets` (`max_values`: Some(1), `max_size`: Some(65), added: 560, mode: `MaxEncodedLen`)
	fn bridge_asset() -> Weight {
		// Proof size: measured `874`, estimated `3732` bytes.
		// Minimum execution time: 39_583_000 picoseconds.
		Weight::from_parts(48_439_000, 3732)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Anchor::Bridged` (r:1 w:1)
	/// Proof: `Anchor::Bridged` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	fn unbridge_asset() -> Weight {
		// Proof size: measured `431`, estimated `3486` bytes.
		// Minimum execution time: 23_193_000 picoseconds.
		Weight::from_parts(28_400_000, 3486)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Anchor::EpochLengthSet` (r:0 w:1)
	/// Proof: `Anchor::EpochLengthSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_epoch_length() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 3_887_000 picoseconds.
		Weight::from_parts(4_594_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::IdentityOfEthAddress` (r:1 w:2)
	/// Proof: `Anchor::IdentityOfEthAddress` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::OpenEpoch` (r:1 w:0)
	/// Proof: `Anchor::OpenEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::RetiredIn` (r:1 w:1)
	/// Proof: `Anchor::RetiredIn` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::EthAddressOf` (r:1 w:1)
	/// Proof: `Anchor::EthAddressOf` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::RetiredAddresses` (r:1 w:1)
	/// Proof: `Anchor::RetiredAddresses` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::BridgedAssets` (r:1 w:0)
	/// Proof: `Anchor::BridgedAssets` (`max_values`: Some(1), `max_size`: Some(65), added: 560, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:256 w:0)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Recorded` (r:128 w:128)
	/// Proof: `Anchor::Recorded` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::ChangeCount` (r:16 w:16)
	/// Proof: `Anchor::ChangeCount` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Changes` (r:0 w:128)
	/// Proof: `Anchor::Changes` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn link_eth_address() -> Weight {
		// Proof size: measured `8936`, estimated `788446` bytes.
		// Minimum execution time: 9_600_014_000 picoseconds.
		Weight::from_parts(10_101_654_000, 788446)
			.saturating_add(T::DbWeight::get().reads(409))
			.saturating_add(T::DbWeight::get().writes(277))
	}
	/// Storage: `Anchor::Bridged` (r:1 w:0)
	/// Proof: `Anchor::Bridged` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::OpenEpoch` (r:1 w:0)
	/// Proof: `Anchor::OpenEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:16 w:0)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Recorded` (r:128 w:128)
	/// Proof: `Anchor::Recorded` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::ChangeCount` (r:1 w:1)
	/// Proof: `Anchor::ChangeCount` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Changes` (r:0 w:128)
	/// Proof: `Anchor::Changes` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn publish_holders(n: u32, ) -> Weight {
		// Proof size: measured `1476`, estimated `3505` bytes.
		// Minimum execution time: 159_447_000 picoseconds.
		Weight::from_parts(52_429_738, 3505)
			.saturating_add(Weight::from_parts(134_675_186, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((10_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((16_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 20600).saturating_mul(n.into()))
	}
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::OpenEpoch` (r:1 w:0)
	/// Proof: `Anchor::OpenEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Recorded` (r:1 w:1)
	/// Proof: `Anchor::Recorded` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::ChangeCount` (r:1 w:1)
	/// Proof: `Anchor::ChangeCount` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Changes` (r:0 w:1)
	/// Proof: `Anchor::Changes` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn holding_changed() -> Weight {
		// Proof size: measured `452`, estimated `3565` bytes.
		// Minimum execution time: 24_424_000 picoseconds.
		Weight::from_parts(26_762_000, 3565)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Anchor::OpenEpoch` (r:1 w:1)
	/// Proof: `Anchor::OpenEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::BridgedAssets` (r:1 w:1)
	/// Proof: `Anchor::BridgedAssets` (`max_values`: Some(1), `max_size`: Some(65), added: 560, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Bridged` (r:16 w:16)
	/// Proof: `Anchor::Bridged` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:16 w:16)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::OpenedAt` (r:0 w:1)
	/// Proof: `Anchor::OpenedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn close_epoch() -> Weight {
		// Proof size: measured `1629`, estimated `44862` bytes.
		// Minimum execution time: 141_338_000 picoseconds.
		Weight::from_parts(153_689_000, 44862)
			.saturating_add(T::DbWeight::get().reads(34))
			.saturating_add(T::DbWeight::get().writes(35))
	}
	/// Storage: `Anchor::ChangeCount` (r:1 w:0)
	/// Proof: `Anchor::ChangeCount` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Changes` (r:1 w:1)
	/// Proof: `Anchor::Changes` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::RetiredAddresses` (r:1 w:0)
	/// Proof: `Anchor::RetiredAddresses` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:16 w:0)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::EthAddressOf` (r:1 w:0)
	/// Proof: `Anchor::EthAddressOf` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Committed` (r:0 w:5)
	/// Proof: `Anchor::Committed` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Recorded` (r:0 w:1)
	/// Proof: `Anchor::Recorded` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Leaves` (r:0 w:5)
	/// Proof: `Anchor::Leaves` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn seal_change() -> Weight {
		// Proof size: measured `3518`, estimated `50206` bytes.
		// Minimum execution time: 160_479_000 picoseconds.
		Weight::from_parts(177_824_000, 50206)
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	/// Storage: `Anchor::ChangeCount` (r:1 w:1)
	/// Proof: `Anchor::ChangeCount` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Token::Documents` (r:33 w:0)
	/// Proof: `Token::Documents` (`max_values`: None, `max_size`: Some(366), added: 2841, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::LastEntry` (r:1 w:1)
	/// Proof: `Anchor::LastEntry` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Entries` (r:0 w:1)
	/// Proof: `Anchor::Entries` (`max_values`: None, `max_size`: Some(117), added: 2592, mode: `MaxEncodedLen`)
	fn seal_asset() -> Weight {
		// Proof size: measured `4830`, estimated `94743` bytes.
		// Minimum execution time: 215_176_000 picoseconds.
		Weight::from_parts(239_268_000, 94743)
			.saturating_add(T::DbWeight::get().reads(37))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Anchor::Epochs` (r:0 w:1)
	/// Proof: `Anchor::Epochs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::Sealing` (r:0 w:1)
	/// Proof: `Anchor::Sealing` (`max_values`: Some(1), `max_size`: Some(2139), added: 2634, mode: `MaxEncodedLen`)
	/// Storage: `Anchor::LatestCommitment` (r:0 w:1)
	/// Proof: `Anchor::LatestCommitment` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	fn finish_epoch() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 13_206_000 picoseconds.
		Weight::from_parts(18_363_000, 0)
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn bridge_asset() -> Weight {
		Weight::from_parts(48_439_000, 3732)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn unbridge_asset() -> Weight {
		Weight::from_parts(28_400_000, 3486)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_epoch_length() -> Weight {
		Weight::from_parts(4_594_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn link_eth_address() -> Weight {
		Weight::from_parts(10_101_654_000, 788446)
			.saturating_add(RocksDbWeight::get().reads(409))
			.saturating_add(RocksDbWeight::get().writes(277))
	}
	fn publish_holders(n: u32, ) -> Weight {
		Weight::from_parts(52_429_738, 3505)
			.saturating_add(Weight::from_parts(134_675_186, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((10_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((16_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 20600).saturating_mul(n.into()))
	}
	fn holding_changed() -> Weight {
		Weight::from_parts(26_762_000, 3565)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn close_epoch() -> Weight {
		Weight::from_parts(153_689_000, 44862)
			.saturating_add(RocksDbWeight::get().reads(34))
			.saturating_add(RocksDbWeight::get().writes(35))
	}
	fn seal_change() -> Weight {
		Weight::from_parts(177_824_000, 50206)
			.saturating_add(RocksDbWeight::get().reads(21))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	fn seal_asset() -> Weight {
		Weight::from_parts(239_268_000, 94743)
			.saturating_add(RocksDbWeight::get().reads(37))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn finish_epoch() -> Weight {
		Weight::from_parts(18_363_000, 0)
			.saturating_add(RocksDbWeight::get().writes(3))
	}
}
