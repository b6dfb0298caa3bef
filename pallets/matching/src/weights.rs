//! Weights for `pallet_matching`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
//!
//! Generated: do not edit by hand; rerun scripts/benchmarks.sh after any change to the pallet's
//! calls or storage, and commit the result. docs/BENCHMARKS.md summarises the numbers.
//!
//! Benchmark CLI 64.0.0, 2026-11-25; steps 50, repeat 20;
//! host `vm`, CPU `AMD EPYC`; Wasm execution Compiled, chain
//! Some("dev"), database cache 1024 MiB.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, clippy::unnecessary_cast)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// The weight of each benchmarked call of `pallet_matching`.
pub trait WeightInfo {
	fn create_market() -> Weight;
	fn update_market() -> Weight;
	fn set_market_status() -> Weight;
	fn set_reference_price() -> Weight;
	fn place_order(m: u32, ) -> Weight;
	fn cancel_order() -> Weight;
	fn reduce_order() -> Weight;
	fn cancel_all(n: u32, ) -> Weight;
	fn replace_quotes(c: u32, q: u32, ) -> Weight;
	fn open_offering(t: u32, ) -> Weight;
	fn subscribe(t: u32, ) -> Weight;
	fn close_offering() -> Weight;
	fn settle_subscriptions(n: u32, ) -> Weight;
	fn create_instruction(l: u32, ) -> Weight;
	fn affirm_instruction(l: u32, ) -> Weight;
	fn withdraw_affirmation(l: u32, ) -> Weight;
	fn reject_instruction(l: u32, ) -> Weight;
	fn settle_scheduled(l: u32, ) -> Weight;
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextMarketId` (r:1 w:1)
	/// Proof: `Matching::NextMarketId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:0 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn create_market() -> Weight {
		// Proof size: measured `272`, estimated `6472` bytes.
		// Minimum execution time: 31_990_000 picoseconds.
		Weight::from_parts(34_214_000, 6472)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn update_market() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 21_170_000 picoseconds.
		Weight::from_parts(22_963_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn set_market_status() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 20_920_000 picoseconds.
		Weight::from_parts(22_512_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn set_reference_price() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 21_000_000 picoseconds.
		Weight::from_parts(22_763_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:18 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:18 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:2 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:2 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:35 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:35 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:18 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:2 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:2 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:2 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:35 w:35)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:17 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:35 w:35)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:2 w:2)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:16 w:17)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:35 w:35)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(345), added: 2820, mode: `MaxEncodedLen`)
	/// Storage: `Matching::OpenOrders` (r:0 w:17)
	/// Proof: `Matching::OpenOrders` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Matching::RecentTrades` (r:0 w:16)
	/// Proof: `Matching::RecentTrades` (`max_values`: None, `max_size`: Some(144), added: 2619, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 16]`.
	fn place_order(m: u32, ) -> Weight {
		// Proof size: measured `8677`, estimated `22784` bytes.
		// Minimum execution time: 295_534_000 picoseconds.
		Weight::from_parts(391_155_444, 22784)
			.saturating_add(Weight::from_parts(455_806_826, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(42))
			.saturating_add(T::DbWeight::get().reads((15_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(15))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 5640).saturating_mul(m.into()))
	}
	/// Storage: `Matching::Orders` (r:3 w:3)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Matching::OpenOrders` (r:0 w:1)
	/// Proof: `Matching::OpenOrders` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn cancel_order() -> Weight {
		// Proof size: measured `3222`, estimated `8952` bytes.
		// Minimum execution time: 101_250_000 picoseconds.
		Weight::from_parts(105_448_000, 8952)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Matching::Orders` (r:1 w:1)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	fn reduce_order() -> Weight {
		// Proof size: measured `948`, estimated `3649` bytes.
		// Minimum execution time: 61_495_000 picoseconds.
		Weight::from_parts(63_730_000, 3649)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Matching::OpenOrders` (r:32 w:32)
	/// Proof: `Matching::OpenOrders` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:32 w:32)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:32 w:32)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:1 w:1)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 32]`.
	fn cancel_all(n: u32, ) -> Weight {
		// Proof size: measured `763`, estimated `5536` bytes.
		// Minimum execution time: 19_968_000 picoseconds.
		Weight::from_parts(45_591_598, 5536)
			.saturating_add(Weight::from_parts(44_956_440, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(n.into()))
	}
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:32 w:64)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(179), added: 2654, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:64 w:64)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:2 w:2)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:2 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:2 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:2 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:2 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:2 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:2 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::OpenOrders` (r:0 w:64)
	/// Proof: `Matching::OpenOrders` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 32]`.
	/// The range of component `q` is `[0, 32]`.
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		// Proof size: measured `2019`, estimated `22784` bytes.
		// Minimum execution time: 1_385_097_000 picoseconds.
		Weight::from_parts(568_742_196, 22784)
			.saturating_add(Weight::from_parts(30_042_884, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(133_243_072, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(25))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2548).saturating_mul(q.into()))
	}
	fn open_offering(t: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn subscribe(t: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn settle_subscriptions(n: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn create_instruction(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn affirm_instruction(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn withdraw_affirmation(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn reject_instruction(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn settle_scheduled(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(40))
			.saturating_add(T::DbWeight::get().writes(20))
	}
}

impl WeightInfo for () {
	fn create_market() -> Weight {
		Weight::from_parts(34_214_000, 6472)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn update_market() -> Weight {
		Weight::from_parts(22_963_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_market_status() -> Weight {
		Weight::from_parts(22_512_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_reference_price() -> Weight {
		Weight::from_parts(22_763_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(391_155_444, 22784)
			.saturating_add(Weight::from_parts(455_806_826, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(42))
			.saturating_add(RocksDbWeight::get().reads((15_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(15))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 5640).saturating_mul(m.into()))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(105_448_000, 8952)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn reduce_order() -> Weight {
		Weight::from_parts(63_730_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn cancel_all(n: u32, ) -> Weight {
		Weight::from_parts(45_591_598, 5536)
			.saturating_add(Weight::from_parts(44_956_440, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(n.into()))
	}
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		Weight::from_parts(568_742_196, 22784)
			.saturating_add(Weight::from_parts(30_042_884, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(133_243_072, 0).saturating_mul(q.into()))
			.saturating_add(RocksDbWeight::get().reads(25))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2548).saturating_mul(q.into()))
	}
	fn open_offering(t: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn subscribe(t: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn settle_subscriptions(n: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn create_instruction(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn affirm_instruction(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn withdraw_affirmation(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn reject_instruction(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
	fn settle_scheduled(l: u32, ) -> Weight {
		Weight::from_parts(1_000_000_000, 20000)
			.saturating_add(Weight::from_parts(500_000_000, 5000).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(40))
			.saturating_add(RocksDbWeight::get().writes(20))
	}
}
