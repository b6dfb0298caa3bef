//! Weights for `pallet_matching`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
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
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn create_market() -> Weight {
		// Proof size: measured `274`, estimated `6474` bytes.
		// Minimum execution time: 15_373_000 picoseconds.
		Weight::from_parts(17_127_000, 6474)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn update_market() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 9_824_000 picoseconds.
		Weight::from_parts(10_930_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn set_market_status() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 9_672_000 picoseconds.
		Weight::from_parts(10_792_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	fn set_reference_price() -> Weight {
		// Proof size: measured `208`, estimated `3649` bytes.
		// Minimum execution time: 9_836_000 picoseconds.
		Weight::from_parts(10_781_000, 3649)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:18 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:18 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:35 w:35)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:2 w:2)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:16 w:17)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:35 w:35)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Matching::RecentTrades` (r:0 w:16)
	/// Proof: `Matching::RecentTrades` (`max_values`: None, `max_size`: Some(144), added: 2619, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 16]`.
	fn place_order(m: u32, ) -> Weight {
		// Proof size: measured `10938`, estimated `13233` bytes.
		// Minimum execution time: 184_043_000 picoseconds.
		Weight::from_parts(290_146_710, 13233)
			.saturating_add(Weight::from_parts(201_274_322, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(12))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6246).saturating_mul(m.into()))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:1)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:0 w:1)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 127]`.
	fn place_resting_order(p: u32, ) -> Weight {
		// Proof size: measured `5404`, estimated `13233` bytes.
		// Minimum execution time: 117_437_000 picoseconds.
		Weight::from_parts(126_181_710, 13233)
			.saturating_add(Weight::from_parts(742_607, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:1 w:0)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:1 w:2)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 127]`.
	fn place_queued_order(p: u32, ) -> Weight {
		// Proof size: measured `5808`, estimated `13233` bytes.
		// Minimum execution time: 124_182_000 picoseconds.
		Weight::from_parts(141_053_333, 13233)
			.saturating_add(Weight::from_parts(669_686, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:1)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:3 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:3 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:5 w:5)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:2 w:2)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:1 w:2)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:5 w:5)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Matching::RecentTrades` (r:0 w:1)
	/// Proof: `Matching::RecentTrades` (`max_values`: None, `max_size`: Some(144), added: 2619, mode: `MaxEncodedLen`)
	fn place_crossing_order() -> Weight {
		// Proof size: measured `11672`, estimated `16370` bytes.
		// Minimum execution time: 458_984_000 picoseconds.
		Weight::from_parts(507_990_000, 16370)
			.saturating_add(T::DbWeight::get().reads(30))
			.saturating_add(T::DbWeight::get().writes(19))
	}
	/// Storage: `Matching::Orders` (r:3 w:3)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	fn cancel_order() -> Weight {
		// Proof size: measured `2383`, estimated `9324` bytes.
		// Minimum execution time: 90_761_000 picoseconds.
		Weight::from_parts(106_207_000, 9324)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Matching::Orders` (r:1 w:1)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:1 w:1)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	fn reduce_order() -> Weight {
		// Proof size: measured `1011`, estimated `4066` bytes.
		// Minimum execution time: 36_695_000 picoseconds.
		Weight::from_parts(41_167_000, 4066)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:25 w:24)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:24 w:24)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:1 w:1)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 24]`.
	fn cancel_all(n: u32, ) -> Weight {
		// Proof size: measured `721`, estimated `5536` bytes.
		// Minimum execution time: 9_152_000 picoseconds.
		Weight::from_parts(26_674_825, 5536)
			.saturating_add(Weight::from_parts(23_815_027, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2778).saturating_mul(n.into()))
	}
	/// Storage: `Matching::Markets` (r:1 w:0)
	/// Proof: `Matching::Markets` (`max_values`: None, `max_size`: Some(184), added: 2659, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Orders` (r:24 w:48)
	/// Proof: `Matching::Orders` (`max_values`: None, `max_size`: Some(303), added: 2778, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Levels` (r:48 w:48)
	/// Proof: `Matching::Levels` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Matching::PriceLevels` (r:2 w:2)
	/// Proof: `Matching::PriceLevels` (`max_values`: None, `max_size`: Some(2071), added: 4546, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOrderId` (r:1 w:1)
	/// Proof: `Matching::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 24]`.
	/// The range of component `q` is `[0, 24]`.
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		// Proof size: measured `4924`, estimated `13233` bytes.
		// Minimum execution time: 650_085_000 picoseconds.
		Weight::from_parts(157_200_000, 13233)
			.saturating_add(Weight::from_parts(26_007_066, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(84_333_657, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2788).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2612).saturating_mul(q.into()))
	}
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Matching::NextOfferingId` (r:1 w:1)
	/// Proof: `Matching::NextOfferingId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Offerings` (r:0 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[1, 8]`.
	fn open_offering(t: u32, ) -> Weight {
		// Proof size: measured `4346`, estimated `9152` bytes.
		// Minimum execution time: 59_662_000 picoseconds.
		Weight::from_parts(67_202_532, 9152)
			.saturating_add(Weight::from_parts(174_882, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscribed` (r:1 w:1)
	/// Proof: `Matching::Subscribed` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscriptions` (r:1 w:1)
	/// Proof: `Matching::Subscriptions` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// The range of component `t` is `[1, 8]`.
	fn subscribe(t: u32, ) -> Weight {
		// Proof size: measured `5049`, estimated `13233` bytes.
		// Minimum execution time: 103_654_000 picoseconds.
		Weight::from_parts(117_986_268, 13233)
			.saturating_add(Weight::from_parts(66_645, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	fn close_offering() -> Weight {
		// Proof size: measured `652`, estimated `3939` bytes.
		// Minimum execution time: 14_937_000 picoseconds.
		Weight::from_parts(17_189_000, 3939)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Matching::Offerings` (r:1 w:1)
	/// Proof: `Matching::Offerings` (`max_values`: None, `max_size`: Some(474), added: 2949, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscriptions` (r:25 w:24)
	/// Proof: `Matching::Subscriptions` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Subscribed` (r:24 w:24)
	/// Proof: `Matching::Subscribed` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:25 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:25 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:49 w:49)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:49 w:49)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 24]`.
	fn settle_subscriptions(n: u32, ) -> Weight {
		// Proof size: measured `6002`, estimated `13233` bytes.
		// Minimum execution time: 32_572_000 picoseconds.
		Weight::from_parts(74_897_516, 13233)
			.saturating_add(Weight::from_parts(120_803_900, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6152).saturating_mul(n.into()))
	}
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
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
		// Proof size: measured `458`, estimated `4955` bytes.
		// Minimum execution time: 32_599_000 picoseconds.
		Weight::from_parts(29_439_680, 4955)
			.saturating_add(Weight::from_parts(9_999_489, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 5064).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:10 w:10)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:9 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:9 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:10 w:10)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn affirm_instruction(l: u32, ) -> Weight {
		// Proof size: measured `5073`, estimated `10972` bytes.
		// Minimum execution time: 111_743_000 picoseconds.
		Weight::from_parts(58_858_655, 10972)
			.saturating_add(Weight::from_parts(67_388_977, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3388).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn withdraw_affirmation(l: u32, ) -> Weight {
		// Proof size: measured `610`, estimated `5445` bytes.
		// Minimum execution time: 24_107_000 picoseconds.
		Weight::from_parts(23_937_621, 5445)
			.saturating_add(Weight::from_parts(5_036_877, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 309).saturating_mul(l.into()))
	}
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:8 w:8)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledWeight` (r:0 w:1)
	/// Proof: `Matching::ScheduledWeight` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn reject_instruction(l: u32, ) -> Weight {
		// Proof size: measured `512`, estimated `4704` bytes.
		// Minimum execution time: 28_341_000 picoseconds.
		Weight::from_parts(23_062_619, 4704)
			.saturating_add(Weight::from_parts(8_201_805, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3076).saturating_mul(l.into()))
	}
	/// Storage: `Matching::ScheduledInstructions` (r:1 w:1)
	/// Proof: `Matching::ScheduledInstructions` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Matching::Instructions` (r:1 w:1)
	/// Proof: `Matching::Instructions` (`max_values`: None, `max_size`: Some(1239), added: 3714, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:2 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:16 w:16)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(601), added: 3076, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:16 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:16 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:16 w:16)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Matching::ScheduledWeight` (r:0 w:1)
	/// Proof: `Matching::ScheduledWeight` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 8]`.
	fn settle_scheduled(l: u32, ) -> Weight {
		// Proof size: measured `4901`, estimated `10966` bytes.
		// Minimum execution time: 110_823_000 picoseconds.
		Weight::from_parts(48_245_234, 10966)
			.saturating_add(Weight::from_parts(75_459_794, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 6482).saturating_mul(l.into()))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn create_market() -> Weight {
		Weight::from_parts(17_127_000, 6474)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn update_market() -> Weight {
		Weight::from_parts(10_930_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_market_status() -> Weight {
		Weight::from_parts(10_792_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_reference_price() -> Weight {
		Weight::from_parts(10_781_000, 3649)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(290_146_710, 13233)
			.saturating_add(Weight::from_parts(201_274_322, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(21))
			.saturating_add(RocksDbWeight::get().reads((7_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(12))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6246).saturating_mul(m.into()))
	}
	fn place_resting_order(p: u32, ) -> Weight {
		Weight::from_parts(126_181_710, 13233)
			.saturating_add(Weight::from_parts(742_607, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn place_queued_order(p: u32, ) -> Weight {
		Weight::from_parts(141_053_333, 13233)
			.saturating_add(Weight::from_parts(669_686, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn place_crossing_order() -> Weight {
		Weight::from_parts(507_990_000, 16370)
			.saturating_add(RocksDbWeight::get().reads(30))
			.saturating_add(RocksDbWeight::get().writes(19))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(106_207_000, 9324)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn reduce_order() -> Weight {
		Weight::from_parts(41_167_000, 4066)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn cancel_all(n: u32, ) -> Weight {
		Weight::from_parts(26_674_825, 5536)
			.saturating_add(Weight::from_parts(23_815_027, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2778).saturating_mul(n.into()))
	}
	fn replace_quotes(c: u32, q: u32, ) -> Weight {
		Weight::from_parts(157_200_000, 13233)
			.saturating_add(Weight::from_parts(26_007_066, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(84_333_657, 0).saturating_mul(q.into()))
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(q.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(q.into())))
			.saturating_add(Weight::from_parts(0, 2788).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2612).saturating_mul(q.into()))
	}
	fn open_offering(t: u32, ) -> Weight {
		Weight::from_parts(67_202_532, 9152)
			.saturating_add(Weight::from_parts(174_882, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn subscribe(t: u32, ) -> Weight {
		Weight::from_parts(117_986_268, 13233)
			.saturating_add(Weight::from_parts(66_645, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(17_189_000, 3939)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn settle_subscriptions(n: u32, ) -> Weight {
		Weight::from_parts(74_897_516, 13233)
			.saturating_add(Weight::from_parts(120_803_900, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6152).saturating_mul(n.into()))
	}
	fn create_instruction(l: u32, ) -> Weight {
		Weight::from_parts(29_439_680, 4955)
			.saturating_add(Weight::from_parts(9_999_489, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 5064).saturating_mul(l.into()))
	}
	fn affirm_instruction(l: u32, ) -> Weight {
		Weight::from_parts(58_858_655, 10972)
			.saturating_add(Weight::from_parts(67_388_977, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3388).saturating_mul(l.into()))
	}
	fn withdraw_affirmation(l: u32, ) -> Weight {
		Weight::from_parts(23_937_621, 5445)
			.saturating_add(Weight::from_parts(5_036_877, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 309).saturating_mul(l.into()))
	}
	fn reject_instruction(l: u32, ) -> Weight {
		Weight::from_parts(23_062_619, 4704)
			.saturating_add(Weight::from_parts(8_201_805, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 3076).saturating_mul(l.into()))
	}
	fn settle_scheduled(l: u32, ) -> Weight {
		Weight::from_parts(48_245_234, 10966)
			.saturating_add(Weight::from_parts(75_459_794, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((8_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 6482).saturating_mul(l.into()))
	}
}
