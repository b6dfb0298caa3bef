//! Weights for `pallet_token`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
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

/// The weight of each benchmarked call of `pallet_token`.
pub trait WeightInfo {
	fn create_asset() -> Weight;
	fn set_identifiers() -> Weight;
	fn set_supply_cap() -> Weight;
	fn set_role() -> Weight;
	fn renounce_control() -> Weight;
	fn offer_ownership() -> Weight;
	fn accept_ownership() -> Weight;
	fn issue() -> Weight;
	fn close_issuance() -> Weight;
	fn redeem() -> Weight;
	fn transfer(c: u32, ) -> Weight;
	fn transfer_keeping_holdings() -> Weight;
	fn transfer_changing_holders() -> Weight;
	fn authorize_operator() -> Weight;
	fn revoke_operator() -> Weight;
	fn operator_transfer() -> Weight;
	fn operator_redeem() -> Weight;
	fn controller_transfer() -> Weight;
	fn controller_redeem() -> Weight;
	fn recover_balances(p: u32, ) -> Weight;
	fn set_document() -> Weight;
	fn remove_document() -> Weight;
	fn create_checkpoint() -> Weight;
	fn retire_checkpoint() -> Weight;
	fn distribute() -> Weight;
	fn claim_distribution() -> Weight;
	fn reclaim_distribution() -> Weight;
	fn create_ballot() -> Weight;
	fn vote() -> Weight;
	fn close_ballot() -> Weight;
	fn set_valuation_price() -> Weight;
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::NextAssetId` (r:1 w:1)
	/// Proof: `Token::NextAssetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetByIdentifier` (r:3 w:3)
	/// Proof: `Token::AssetByIdentifier` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:0 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:0 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn create_asset() -> Weight {
		// Proof size: measured `684`, estimated `8538` bytes.
		// Minimum execution time: 35_743_000 picoseconds.
		Weight::from_parts(38_427_000, 8538)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetByIdentifier` (r:3 w:6)
	/// Proof: `Token::AssetByIdentifier` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	fn set_identifiers() -> Weight {
		// Proof size: measured `1100`, estimated `8538` bytes.
		// Minimum execution time: 35_592_000 picoseconds.
		Weight::from_parts(38_427_000, 8538)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	fn set_supply_cap() -> Weight {
		// Proof size: measured `988`, estimated `4250` bytes.
		// Minimum execution time: 17_566_000 picoseconds.
		Weight::from_parts(19_589_000, 4250)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn set_role() -> Weight {
		// Proof size: measured `1136`, estimated `4540` bytes.
		// Minimum execution time: 23_004_000 picoseconds.
		Weight::from_parts(24_787_000, 4540)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	fn renounce_control() -> Weight {
		// Proof size: measured `988`, estimated `4250` bytes.
		// Minimum execution time: 17_325_000 picoseconds.
		Weight::from_parts(18_798_000, 4250)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn offer_ownership() -> Weight {
		// Proof size: measured `1136`, estimated `4540` bytes.
		// Minimum execution time: 22_744_000 picoseconds.
		Weight::from_parts(24_567_000, 4540)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	fn accept_ownership() -> Weight {
		// Proof size: measured `1033`, estimated `4250` bytes.
		// Minimum execution time: 18_207_000 picoseconds.
		Weight::from_parts(21_462_000, 4250)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:4)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn issue() -> Weight {
		// Proof size: measured `5683`, estimated `9152` bytes.
		// Minimum execution time: 104_715_000 picoseconds.
		Weight::from_parts(113_669_000, 9152)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	fn close_issuance() -> Weight {
		// Proof size: measured `988`, estimated `4250` bytes.
		// Minimum execution time: 17_346_000 picoseconds.
		Weight::from_parts(18_948_000, 4250)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:4)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn redeem() -> Weight {
		// Proof size: measured `5249`, estimated `9152` bytes.
		// Minimum execution time: 107_830_000 picoseconds.
		Weight::from_parts(113_359_000, 9152)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:8)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 4]`.
	fn transfer(c: u32, ) -> Weight {
		// Proof size: measured `6021`, estimated `9152` bytes.
		// Minimum execution time: 88_872_000 picoseconds.
		Weight::from_parts(95_664_339, 9152)
			.saturating_add(Weight::from_parts(9_642_087, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:2)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	fn transfer_keeping_holdings() -> Weight {
		// Proof size: measured `6207`, estimated `9152` bytes.
		// Minimum execution time: 109_172_000 picoseconds.
		Weight::from_parts(117_524_000, 9152)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:2)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:2 w:2)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::HolderCount` (r:1 w:1)
	/// Proof: `Compliance::HolderCount` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::JurisdictionHolderCount` (r:2 w:2)
	/// Proof: `Compliance::JurisdictionHolderCount` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn transfer_changing_holders() -> Weight {
		// Proof size: measured `6124`, estimated `9152` bytes.
		// Minimum execution time: 143_793_000 picoseconds.
		Weight::from_parts(150_904_000, 9152)
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().writes(9))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:1)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	fn authorize_operator() -> Weight {
		// Proof size: measured `277`, estimated `3732` bytes.
		// Minimum execution time: 22_904_000 picoseconds.
		Weight::from_parts(25_017_000, 3732)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:1)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	fn revoke_operator() -> Weight {
		// Proof size: measured `464`, estimated `3732` bytes.
		// Minimum execution time: 25_167_000 picoseconds.
		Weight::from_parts(28_252_000, 3732)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::Operators` (r:1 w:0)
	/// Proof: `Token::Operators` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:0)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:8)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn operator_transfer() -> Weight {
		// Proof size: measured `6249`, estimated `9152` bytes.
		// Minimum execution time: 140_448_000 picoseconds.
		Weight::from_parts(154_189_000, 9152)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::Operators` (r:1 w:0)
	/// Proof: `Token::Operators` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:0)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:4)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn operator_redeem() -> Weight {
		// Proof size: measured `5436`, estimated `9152` bytes.
		// Minimum execution time: 124_955_000 picoseconds.
		Weight::from_parts(135_140_000, 9152)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:3 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:8)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn controller_transfer() -> Weight {
		// Proof size: measured `3736`, estimated `10770` bytes.
		// Minimum execution time: 97_745_000 picoseconds.
		Weight::from_parts(102_912_000, 10770)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:4)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn controller_redeem() -> Weight {
		// Proof size: measured `2922`, estimated `7510` bytes.
		// Minimum execution time: 80_179_000 picoseconds.
		Weight::from_parts(85_958_000, 7510)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:3 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:1)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:0 w:8)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 8]`.
	fn recover_balances(p: u32, ) -> Weight {
		// Proof size: measured `2303`, estimated `10770` bytes.
		// Minimum execution time: 104_575_000 picoseconds.
		Weight::from_parts(91_102_048, 10770)
			.saturating_add(Weight::from_parts(24_088_335, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(11))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Documents` (r:1 w:1)
	/// Proof: `Token::Documents` (`max_values`: None, `max_size`: Some(366), added: 2841, mode: `MaxEncodedLen`)
	fn set_document() -> Weight {
		// Proof size: measured `988`, estimated `4250` bytes.
		// Minimum execution time: 29_804_000 picoseconds.
		Weight::from_parts(32_829_000, 4250)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Documents` (r:1 w:1)
	/// Proof: `Token::Documents` (`max_values`: None, `max_size`: Some(366), added: 2841, mode: `MaxEncodedLen`)
	fn remove_document() -> Weight {
		// Proof size: measured `1109`, estimated `4250` bytes.
		// Minimum execution time: 23_985_000 picoseconds.
		Weight::from_parts(26_058_000, 4250)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:0 w:1)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn create_checkpoint() -> Weight {
		// Proof size: measured `1034`, estimated `4250` bytes.
		// Minimum execution time: 24_096_000 picoseconds.
		Weight::from_parts(29_774_000, 4250)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:1 w:0)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn retire_checkpoint() -> Weight {
		// Proof size: measured `1190`, estimated `4250` bytes.
		// Minimum execution time: 22_553_000 picoseconds.
		Weight::from_parts(26_319_000, 4250)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::NextDistributionId` (r:1 w:1)
	/// Proof: `Token::NextDistributionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:1 w:1)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Token::Distributions` (r:0 w:1)
	/// Proof: `Token::Distributions` (`max_values`: None, `max_size`: Some(302), added: 2777, mode: `MaxEncodedLen`)
	fn distribute() -> Weight {
		// Proof size: measured `1469`, estimated `6474` bytes.
		// Minimum execution time: 44_436_000 picoseconds.
		Weight::from_parts(48_362_000, 6474)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Token::Distributions` (r:1 w:1)
	/// Proof: `Token::Distributions` (`max_values`: None, `max_size`: Some(302), added: 2777, mode: `MaxEncodedLen`)
	/// Storage: `Token::DistributionPayments` (r:1 w:1)
	/// Proof: `Token::DistributionPayments` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:3 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:1 w:0)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:1 w:0)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:3 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:2)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	fn claim_distribution() -> Weight {
		// Proof size: measured `7330`, estimated `13233` bytes.
		// Minimum execution time: 181_699_000 picoseconds.
		Weight::from_parts(213_808_000, 13233)
			.saturating_add(T::DbWeight::get().reads(18))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Distributions` (r:1 w:1)
	/// Proof: `Token::Distributions` (`max_values`: None, `max_size`: Some(302), added: 2777, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:1 w:1)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn reclaim_distribution() -> Weight {
		// Proof size: measured `1940`, estimated `4250` bytes.
		// Minimum execution time: 50_295_000 picoseconds.
		Weight::from_parts(54_681_000, 4250)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::NextBallotId` (r:1 w:1)
	/// Proof: `Token::NextBallotId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:1 w:1)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Token::Ballots` (r:0 w:1)
	/// Proof: `Token::Ballots` (`max_values`: None, `max_size`: Some(1351), added: 3826, mode: `MaxEncodedLen`)
	fn create_ballot() -> Weight {
		// Proof size: measured `1074`, estimated `4250` bytes.
		// Minimum execution time: 31_486_000 picoseconds.
		Weight::from_parts(37_326_000, 4250)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Token::Ballots` (r:1 w:1)
	/// Proof: `Token::Ballots` (`max_values`: None, `max_size`: Some(1351), added: 3826, mode: `MaxEncodedLen`)
	/// Storage: `Token::Votes` (r:1 w:1)
	/// Proof: `Token::Votes` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:0)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(609), added: 3084, mode: `MaxEncodedLen`)
	/// Storage: `Token::CheckpointBalances` (r:1 w:0)
	/// Proof: `Token::CheckpointBalances` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn vote() -> Weight {
		// Proof size: measured `2695`, estimated `4816` bytes.
		// Minimum execution time: 52_017_000 picoseconds.
		Weight::from_parts(77_945_000, 4816)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Token::Ballots` (r:1 w:1)
	/// Proof: `Token::Ballots` (`max_values`: None, `max_size`: Some(1351), added: 3826, mode: `MaxEncodedLen`)
	/// Storage: `Token::Checkpoints` (r:1 w:1)
	/// Proof: `Token::Checkpoints` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn close_ballot() -> Weight {
		// Proof size: measured `1679`, estimated `4816` bytes.
		// Minimum execution time: 29_063_000 picoseconds.
		Weight::from_parts(36_654_000, 4816)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Token::Assets` (r:2 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(267), added: 2742, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Token::ValuationPrices` (r:0 w:1)
	/// Proof: `Token::ValuationPrices` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn set_valuation_price() -> Weight {
		// Proof size: measured `1163`, estimated `6474` bytes.
		// Minimum execution time: 27_231_000 picoseconds.
		Weight::from_parts(36_684_000, 6474)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn create_asset() -> Weight {
		Weight::from_parts(38_427_000, 8538)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn set_identifiers() -> Weight {
		Weight::from_parts(38_427_000, 8538)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn set_supply_cap() -> Weight {
		Weight::from_parts(19_589_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_role() -> Weight {
		Weight::from_parts(24_787_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn renounce_control() -> Weight {
		Weight::from_parts(18_798_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn offer_ownership() -> Weight {
		Weight::from_parts(24_567_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn accept_ownership() -> Weight {
		Weight::from_parts(21_462_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn issue() -> Weight {
		Weight::from_parts(113_669_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn close_issuance() -> Weight {
		Weight::from_parts(18_948_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn redeem() -> Weight {
		Weight::from_parts(113_359_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn transfer(c: u32, ) -> Weight {
		Weight::from_parts(95_664_339, 9152)
			.saturating_add(Weight::from_parts(9_642_087, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(c.into())))
	}
	fn transfer_keeping_holdings() -> Weight {
		Weight::from_parts(117_524_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn transfer_changing_holders() -> Weight {
		Weight::from_parts(150_904_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(16))
			.saturating_add(RocksDbWeight::get().writes(9))
	}
	fn authorize_operator() -> Weight {
		Weight::from_parts(25_017_000, 3732)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn revoke_operator() -> Weight {
		Weight::from_parts(28_252_000, 3732)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn operator_transfer() -> Weight {
		Weight::from_parts(154_189_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	fn operator_redeem() -> Weight {
		Weight::from_parts(135_140_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn controller_transfer() -> Weight {
		Weight::from_parts(102_912_000, 10770)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	fn controller_redeem() -> Weight {
		Weight::from_parts(85_958_000, 7510)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn recover_balances(p: u32, ) -> Weight {
		Weight::from_parts(91_102_048, 10770)
			.saturating_add(Weight::from_parts(24_088_335, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(11))
	}
	fn set_document() -> Weight {
		Weight::from_parts(32_829_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn remove_document() -> Weight {
		Weight::from_parts(26_058_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn create_checkpoint() -> Weight {
		Weight::from_parts(29_774_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn retire_checkpoint() -> Weight {
		Weight::from_parts(26_319_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn distribute() -> Weight {
		Weight::from_parts(48_362_000, 6474)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn claim_distribution() -> Weight {
		Weight::from_parts(213_808_000, 13233)
			.saturating_add(RocksDbWeight::get().reads(18))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn reclaim_distribution() -> Weight {
		Weight::from_parts(54_681_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn create_ballot() -> Weight {
		Weight::from_parts(37_326_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn vote() -> Weight {
		Weight::from_parts(77_945_000, 4816)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn close_ballot() -> Weight {
		Weight::from_parts(36_654_000, 4816)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_valuation_price() -> Weight {
		Weight::from_parts(36_684_000, 6474)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
