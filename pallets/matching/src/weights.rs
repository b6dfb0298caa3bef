//! Weights for `pallet_matching`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
//!
//! Generated: do not edit by hand; rerun scripts/benchmarks.sh after any change to the pallet's
//! calls or storage, and commit the result. docs/BENCHMARKS.md summarises the numbers.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 50, repeat 20;
//! host `vm`, CPU `Intel(R) Xeon(R) Processor`; Wasm execution Compiled, chain
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
		// Minimum execution time: 25_893_000 picoseconds.
		Weight::from_parts(31_220_000, 6472)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn update_market() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 17_133_000 picoseconds.
		Weight::from_parts(21_513_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn set_market_status() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 17_533_000 picoseconds.
		Weight::from_parts(21_175_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn set_reference_price() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 17_144_000 picoseconds.
		Weight::from_parts(21_198_000, 3649)
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
		// Minimum execution time: 299_207_000 picoseconds.
		Weight::from_parts(432_313_711, 22784)
			.saturating_add(Weight::from_parts(381_684_688, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 118_333_000 picoseconds.
		Weight::from_parts(135_514_000, 8952)
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
		// Minimum execution time: 55_681_000 picoseconds.
		Weight::from_parts(64_223_000, 3649)
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
		// Minimum execution time: 15_721_000 picoseconds.
		Weight::from_parts(54_568_499, 5536)
			.saturating_add(Weight::from_parts(40_722_715, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 1_279_878_000 picoseconds.
		Weight::from_parts(1_305_502_000, 22784)
			.saturating_add(Weight::from_parts(17_709_398, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(89_885_169, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(25))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2659).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2548).saturating_mul(q.into()))
	}
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:1 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:1 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOfferingId` (r:1 w:1)
	/// Proof: `Matching::NextOfferingId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Offerings` (r:0 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[1, 8]`.
	fn open_offering(t: u32, ) -> Weight {
		// Proof size: measured `1235`, estimated `11887` bytes.
		// Minimum execution time: 98_431_000 picoseconds.
		Weight::from_parts(119_743_875, 11887)
			.saturating_add(Weight::from_parts(57_800, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscribed` (r:1 w:1)
	/// Proof: `Matching::Subscribed` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
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
	/// Storage: `Compliance::Rules` (r:2 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:2 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscriptions` (r:1 w:1)
	/// Proof: `Matching::Subscriptions` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[1, 8]`.
	fn subscribe(_t: u32, ) -> Weight {
		// Proof size: measured `2104`, estimated `22784` bytes.
		// Minimum execution time: 189_163_000 picoseconds.
		Weight::from_parts(215_769_252, 22784)
			.saturating_add(T::DbWeight::get().reads(29))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn close_offering() -> Weight {
		// Proof size: measured `658`, estimated `3939` bytes.
		// Minimum execution time: 28_931_000 picoseconds.
		Weight::from_parts(35_867_000, 3939)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscriptions` (r:33 w:32)
	/// Proof: `Matching::Subscriptions` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscribed` (r:32 w:32)
	/// Proof: `Matching::Subscribed` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:33 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:33 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:2 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:2 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:65 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:65 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:34 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:2 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:2 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:2 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:65 w:65)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:65 w:65)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(345), added: 2820, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:65 w:65)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:32 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:1)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::HolderCount` (r:1 w:1)
	/// Proof: `Compliance::HolderCount` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::JurisdictionHolderCount` (r:1 w:1)
	/// Proof: `Compliance::JurisdictionHolderCount` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 32]`.
	fn settle_subscriptions(n: u32, ) -> Weight {
		// Proof size: measured `3150`, estimated `22784` bytes.
		// Minimum execution time: 20_611_000 picoseconds.
		Weight::from_parts(201_267_899, 22784)
			.saturating_add(Weight::from_parts(238_832_430, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(27))
			.saturating_add(T::DbWeight::get().reads((16_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((8_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5640).saturating_mul(n.into()))
	}
	/// Storage: `Compliance::RevokedKeys` (r:16 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextInstructionId` (r:1 w:1)
	/// Proof: `Matching::NextInstructionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Instructions` (r:0 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn create_instruction(l: u32, ) -> Weight {
		// Proof size: measured `747`, estimated `4982` bytes.
		// Minimum execution time: 59_055_000 picoseconds.
		Weight::from_parts(50_415_057, 4982)
			.saturating_add(Weight::from_parts(18_928_742, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 5062).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:10 w:10)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:2 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:2 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:9 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:9 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:10 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:10 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:9 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:10 w:10)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:2 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:2 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:2 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:2 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:10 w:10)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(345), added: 2820, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn affirm_instruction(l: u32, ) -> Weight {
		// Proof size: measured `2049`, estimated `16862` bytes.
		// Minimum execution time: 235_214_000 picoseconds.
		Weight::from_parts(130_609_390, 16862)
			.saturating_add(Weight::from_parts(147_308_631, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(25))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:2 w:2)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn withdraw_affirmation(l: u32, ) -> Weight {
		// Proof size: measured `610`, estimated `4779` bytes.
		// Minimum execution time: 49_014_000 picoseconds.
		Weight::from_parts(47_721_871, 4779)
			.saturating_add(Weight::from_parts(14_652_285, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 267).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:8 w:8)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn reject_instruction(l: u32, ) -> Weight {
		// Proof size: measured `460`, estimated `4704` bytes.
		// Minimum execution time: 51_990_000 picoseconds.
		Weight::from_parts(41_861_965, 4704)
			.saturating_add(Weight::from_parts(19_884_131, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(l.into()))
	}
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(266), added: 2741, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:16 w:16)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:2 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:2 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:16 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:16 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:16 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:16 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:16 w:16)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:8 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:2 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:2 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:2 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:16 w:16)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(345), added: 2820, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn settle_scheduled(l: u32, ) -> Weight {
		// Proof size: measured `1689`, estimated `16840` bytes.
		// Minimum execution time: 210_122_000 picoseconds.
		Weight::from_parts(135_914_404, 16840)
			.saturating_add(Weight::from_parts(146_087_046, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 6482).saturating_mul(l.into()))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn create_market() -> Weight {
		Weight::from_parts(31_220_000, 6472)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn update_market() -> Weight {
		Weight::from_parts(21_513_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_market_status() -> Weight {
		Weight::from_parts(21_175_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_reference_price() -> Weight {
		Weight::from_parts(21_198_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(432_313_711, 22784)
			.saturating_add(Weight::from_parts(381_684_688, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(42))
			.saturating_add(RocksDbWeight::get().reads((15_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(15))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 5640).saturating_mul(m.into()))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(135_514_000, 8952)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn reduce_order() -> Weight {
		Weight::from_parts(64_223_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn cancel_all(n: u32, ) -> Weight {
		Weight::from_parts(54_568_499, 5536)
			.saturating_add(Weight::from_parts(40_722_715, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2654).saturating_mul(n.into()))
	}
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		Weight::from_parts(1_305_502_000, 22784)
			.saturating_add(Weight::from_parts(17_709_398, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(89_885_169, 0).saturating_mul(q.into()))
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
		Weight::from_parts(119_743_875, 11887)
			.saturating_add(Weight::from_parts(57_800, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(17))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn subscribe(_t: u32, ) -> Weight {
		Weight::from_parts(215_769_252, 22784)
			.saturating_add(RocksDbWeight::get().reads(29))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(35_867_000, 3939)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn settle_subscriptions(n: u32, ) -> Weight {
		Weight::from_parts(201_267_899, 22784)
			.saturating_add(Weight::from_parts(238_832_430, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(27))
			.saturating_add(RocksDbWeight::get().reads((16_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(9))
			.saturating_add(RocksDbWeight::get().writes((8_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5640).saturating_mul(n.into()))
	}
	fn create_instruction(l: u32, ) -> Weight {
		Weight::from_parts(50_415_057, 4982)
			.saturating_add(Weight::from_parts(18_928_742, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 5062).saturating_mul(l.into()))
	}
	fn affirm_instruction(l: u32, ) -> Weight {
		Weight::from_parts(130_609_390, 16862)
			.saturating_add(Weight::from_parts(147_308_631, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(25))
			.saturating_add(RocksDbWeight::get().reads((9_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(l.into()))
	}
	fn withdraw_affirmation(l: u32, ) -> Weight {
		Weight::from_parts(47_721_871, 4779)
			.saturating_add(Weight::from_parts(14_652_285, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 267).saturating_mul(l.into()))
	}
	fn reject_instruction(l: u32, ) -> Weight {
		Weight::from_parts(41_861_965, 4704)
			.saturating_add(Weight::from_parts(19_884_131, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 2623).saturating_mul(l.into()))
	}
	fn settle_scheduled(l: u32, ) -> Weight {
		Weight::from_parts(135_914_404, 16840)
			.saturating_add(Weight::from_parts(146_087_046, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(14))
			.saturating_add(RocksDbWeight::get().reads((18_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 6482).saturating_mul(l.into()))
	}
}
