//! Weights for `pallet_matching`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
//!
//! Generated: do not edit by hand; rerun scripts/benchmarks.sh after any change to the pallet's
//! calls or storage, and commit the result. docs/BENCHMARKS.md summarises the numbers.
//!
//! Benchmark CLI 64.0.0, 2026-12-06; steps 50, repeat 20;
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
	fn place_resting_order(p: u32, ) -> Weight;
	fn place_queued_order(p: u32, ) -> Weight;
	fn place_crossing_order() -> Weight;
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
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextMarketId` (r:1 w:1)
	/// Proof: `Matching::NextMarketId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:0 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	fn create_market() -> Weight {
		// Proof size: measured `274`, estimated `6474` bytes.
		// Minimum execution time: 18_898_000 picoseconds.
		Weight::from_parts(22_393_000, 6474)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	fn update_market() -> Weight {
		// Proof size: measured `217`, estimated `3666` bytes.
		// Minimum execution time: 12_048_000 picoseconds.
		Weight::from_parts(15_854_000, 3666)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	fn set_market_status() -> Weight {
		// Proof size: measured `217`, estimated `3666` bytes.
		// Minimum execution time: 11_948_000 picoseconds.
		Weight::from_parts(16_274_000, 3666)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	fn set_reference_price() -> Weight {
		// Proof size: measured `217`, estimated `3666` bytes.
		// Minimum execution time: 12_148_000 picoseconds.
		Weight::from_parts(19_549_000, 3666)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:18 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:35 w:35)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:2 w:2)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:16 w:17)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Tape` (r:0 w:1)
	/// Proof: `Matching::Tape` (`max_values`: None, `max_size`: Some(4683), added: 7158, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 16]`.
	fn place_order(m: u32, ) -> Weight {
		// Proof size: measured `11098`, estimated `13233` bytes.
		// Minimum execution time: 193_337_000 picoseconds.
		Weight::from_parts(436_994_333, 13233)
			.saturating_add(Weight::from_parts(92_152_581, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(10))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6262).saturating_mul(m.into()))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:1)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:0 w:1)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 127]`.
	fn place_resting_order(p: u32, ) -> Weight {
		// Proof size: measured `5330`, estimated `13233` bytes.
		// Minimum execution time: 154_299_000 picoseconds.
		Weight::from_parts(159_851_165, 13233)
			.saturating_add(Weight::from_parts(769_035, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:1 w:0)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:1 w:2)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 127]`.
	fn place_queued_order(p: u32, ) -> Weight {
		// Proof size: measured `5701`, estimated `13233` bytes.
		// Minimum execution time: 148_751_000 picoseconds.
		Weight::from_parts(219_637_714, 13233)
			.saturating_add(Weight::from_parts(424_849, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:3 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:5 w:5)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:2 w:2)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:1 w:2)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Tape` (r:0 w:1)
	/// Proof: `Matching::Tape` (`max_values`: None, `max_size`: Some(4683), added: 7158, mode: `MaxEncodedLen`)
	fn place_crossing_order() -> Weight {
		// Proof size: measured `12321`, estimated `16410` bytes.
		// Minimum execution time: 393_874_000 picoseconds.
		Weight::from_parts(473_403_000, 16410)
			.saturating_add(T::DbWeight::get().reads(22))
			.saturating_add(T::DbWeight::get().writes(14))
	}
	/// Storage: `Matching::Orders` (r:3 w:3)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	fn cancel_order() -> Weight {
		// Proof size: measured `2400`, estimated `9324` bytes.
		// Minimum execution time: 84_616_000 picoseconds.
		Weight::from_parts(97_615_000, 9324)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Matching::Orders` (r:1 w:1)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	fn reduce_order() -> Weight {
		// Proof size: measured `1028`, estimated `4074` bytes.
		// Minimum execution time: 44_476_000 picoseconds.
		Weight::from_parts(61_040_000, 4074)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:25 w:24)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:24 w:24)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:1 w:1)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 24]`.
	fn cancel_all(n: u32, ) -> Weight {
		// Proof size: measured `738`, estimated `5536` bytes.
		// Minimum execution time: 11_157_000 picoseconds.
		Weight::from_parts(34_361_057, 5536)
			.saturating_add(Weight::from_parts(32_112_634, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2778).saturating_mul(n.into()))
	}
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:24 w:48)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:48 w:48)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 24]`.
	/// The range of component `q` is `[1, 24]`.
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		// Proof size: measured `4856`, estimated `13233` bytes.
		// Minimum execution time: 1_013_687_000 picoseconds.
		Weight::from_parts(43_476_661, 13233)
			.saturating_add(Weight::from_parts(37_535_170, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(111_454_816, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2778).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2612).saturating_mul(q.into()))
	}
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOfferingId` (r:1 w:1)
	/// Proof: `Matching::NextOfferingId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Offerings` (r:0 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[1, 8]`.
	fn open_offering(t: u32, ) -> Weight {
		// Proof size: measured `4284`, estimated `9152` bytes.
		// Minimum execution time: 69_223_000 picoseconds.
		Weight::from_parts(109_879_430, 9152)
			.saturating_add(Weight::from_parts(263_988, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscribed` (r:1 w:1)
	/// Proof: `Matching::Subscribed` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscriptions` (r:1 w:1)
	/// Proof: `Matching::Subscriptions` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[1, 8]`.
	fn subscribe(t: u32, ) -> Weight {
		// Proof size: measured `4963`, estimated `13233` bytes.
		// Minimum execution time: 121_580_000 picoseconds.
		Weight::from_parts(167_297_383, 13233)
			.saturating_add(Weight::from_parts(4_278_735, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	fn close_offering() -> Weight {
		// Proof size: measured `652`, estimated `3939` bytes.
		// Minimum execution time: 20_310_000 picoseconds.
		Weight::from_parts(37_746_000, 3939)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscriptions` (r:25 w:24)
	/// Proof: `Matching::Subscriptions` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscribed` (r:24 w:24)
	/// Proof: `Matching::Subscribed` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:25 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:49 w:49)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 24]`.
	fn settle_subscriptions(n: u32, ) -> Weight {
		// Proof size: measured `5473`, estimated `13233` bytes.
		// Minimum execution time: 41_922_000 picoseconds.
		Weight::from_parts(95_684_173, 13233)
			.saturating_add(Weight::from_parts(185_680_710, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6168).saturating_mul(n.into()))
	}
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextInstructionId` (r:1 w:1)
	/// Proof: `Matching::NextInstructionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledWeight` (r:1 w:1)
	/// Proof: `Matching::ScheduledWeight` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Instructions` (r:0 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn create_instruction(l: u32, ) -> Weight {
		// Proof size: measured `458`, estimated `4984` bytes.
		// Minimum execution time: 51_436_000 picoseconds.
		Weight::from_parts(30_389_644, 4984)
			.saturating_add(Weight::from_parts(23_373_156, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 6520).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:10 w:10)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:9 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn affirm_instruction(l: u32, ) -> Weight {
		// Proof size: measured `4699`, estimated `10966` bytes.
		// Minimum execution time: 133_518_000 picoseconds.
		Weight::from_parts(123_703_125, 10966)
			.saturating_add(Weight::from_parts(48_175_696, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3398).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn withdraw_affirmation(l: u32, ) -> Weight {
		// Proof size: measured `615`, estimated `5445` bytes.
		// Minimum execution time: 29_083_000 picoseconds.
		Weight::from_parts(35_358_613, 5445)
			.saturating_add(Weight::from_parts(9_188_152, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 314).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:8 w:8)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledWeight` (r:0 w:1)
	/// Proof: `Matching::ScheduledWeight` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn reject_instruction(l: u32, ) -> Weight {
		// Proof size: measured `520`, estimated `4704` bytes.
		// Minimum execution time: 33_940_000 picoseconds.
		Weight::from_parts(27_306_949, 4704)
			.saturating_add(Weight::from_parts(12_426_003, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3084).saturating_mul(l.into()))
	}
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:16 w:16)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledWeight` (r:0 w:1)
	/// Proof: `Matching::ScheduledWeight` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn settle_scheduled(l: u32, ) -> Weight {
		// Proof size: measured `4045`, estimated `11015` bytes.
		// Minimum execution time: 102_883_000 picoseconds.
		Weight::from_parts(68_670_965, 11015)
			.saturating_add(Weight::from_parts(62_369_640, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 6520).saturating_mul(l.into()))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn create_market() -> Weight {
		Weight::from_parts(22_393_000, 6474)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn update_market() -> Weight {
		Weight::from_parts(15_854_000, 3666)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_market_status() -> Weight {
		Weight::from_parts(16_274_000, 3666)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_reference_price() -> Weight {
		Weight::from_parts(19_549_000, 3666)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(436_994_333, 13233)
			.saturating_add(Weight::from_parts(92_152_581, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(17))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(10))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6262).saturating_mul(m.into()))
	}
	fn place_resting_order(p: u32, ) -> Weight {
		Weight::from_parts(159_851_165, 13233)
			.saturating_add(Weight::from_parts(769_035, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn place_queued_order(p: u32, ) -> Weight {
		Weight::from_parts(219_637_714, 13233)
			.saturating_add(Weight::from_parts(424_849, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn place_crossing_order() -> Weight {
		Weight::from_parts(473_403_000, 16410)
			.saturating_add(RocksDbWeight::get().reads(22))
			.saturating_add(RocksDbWeight::get().writes(14))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(97_615_000, 9324)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn reduce_order() -> Weight {
		Weight::from_parts(61_040_000, 4074)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn cancel_all(n: u32, ) -> Weight {
		Weight::from_parts(34_361_057, 5536)
			.saturating_add(Weight::from_parts(32_112_634, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2778).saturating_mul(n.into()))
	}
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		Weight::from_parts(43_476_661, 13233)
			.saturating_add(Weight::from_parts(37_535_170, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(111_454_816, 0).saturating_mul(q.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2778).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2612).saturating_mul(q.into()))
	}
	fn open_offering(t: u32, ) -> Weight {
		Weight::from_parts(109_879_430, 9152)
			.saturating_add(Weight::from_parts(263_988, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn subscribe(t: u32, ) -> Weight {
		Weight::from_parts(167_297_383, 13233)
			.saturating_add(Weight::from_parts(4_278_735, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(37_746_000, 3939)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn settle_subscriptions(n: u32, ) -> Weight {
		Weight::from_parts(95_684_173, 13233)
			.saturating_add(Weight::from_parts(185_680_710, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6168).saturating_mul(n.into()))
	}
	fn create_instruction(l: u32, ) -> Weight {
		Weight::from_parts(30_389_644, 4984)
			.saturating_add(Weight::from_parts(23_373_156, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 6520).saturating_mul(l.into()))
	}
	fn affirm_instruction(l: u32, ) -> Weight {
		Weight::from_parts(123_703_125, 10966)
			.saturating_add(Weight::from_parts(48_175_696, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3398).saturating_mul(l.into()))
	}
	fn withdraw_affirmation(l: u32, ) -> Weight {
		Weight::from_parts(35_358_613, 5445)
			.saturating_add(Weight::from_parts(9_188_152, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 314).saturating_mul(l.into()))
	}
	fn reject_instruction(l: u32, ) -> Weight {
		Weight::from_parts(27_306_949, 4704)
			.saturating_add(Weight::from_parts(12_426_003, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3084).saturating_mul(l.into()))
	}
	fn settle_scheduled(l: u32, ) -> Weight {
		Weight::from_parts(68_670_965, 11015)
			.saturating_add(Weight::from_parts(62_369_640, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 6520).saturating_mul(l.into()))
	}
}
