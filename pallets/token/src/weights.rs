//! Weights for `pallet_token`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
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
	fn transfer() -> Weight;
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
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::NextAssetId` (r:1 w:1)
	/// Proof: `Token::NextAssetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetByIdentifier` (r:3 w:3)
	/// Proof: `Token::AssetByIdentifier` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:0 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	fn create_asset() -> Weight {
		// Proof size: measured `291`, estimated `8538` bytes.
		// Minimum execution time: 59_993_000 picoseconds.
		Weight::from_parts(63_148_000, 8538)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetByIdentifier` (r:3 w:6)
	/// Proof: `Token::AssetByIdentifier` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	fn set_identifiers() -> Weight {
		// Proof size: measured `672`, estimated `8538` bytes.
		// Minimum execution time: 59_922_000 picoseconds.
		Weight::from_parts(62_707_000, 8538)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn set_supply_cap() -> Weight {
		// Proof size: measured `560`, estimated `3710` bytes.
		// Minimum execution time: 35_476_000 picoseconds.
		Weight::from_parts(37_881_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn set_role() -> Weight {
		// Proof size: measured `707`, estimated `4027` bytes.
		// Minimum execution time: 42_059_000 picoseconds.
		Weight::from_parts(44_864_000, 4027)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn renounce_control() -> Weight {
		// Proof size: measured `560`, estimated `3710` bytes.
		// Minimum execution time: 35_176_000 picoseconds.
		Weight::from_parts(37_711_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn offer_ownership() -> Weight {
		// Proof size: measured `707`, estimated `4027` bytes.
		// Minimum execution time: 41_989_000 picoseconds.
		Weight::from_parts(44_754_000, 4027)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	fn accept_ownership() -> Weight {
		// Proof size: measured `605`, estimated `3710` bytes.
		// Minimum execution time: 36_168_000 picoseconds.
		Weight::from_parts(38_703_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:2 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:1 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:1 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:1)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn issue() -> Weight {
		// Proof size: measured `1880`, estimated `11887` bytes.
		// Minimum execution time: 152_266_000 picoseconds.
		Weight::from_parts(161_042_000, 11887)
			.saturating_add(T::DbWeight::get().reads(20))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn close_issuance() -> Weight {
		// Proof size: measured `560`, estimated `3710` bytes.
		// Minimum execution time: 35_126_000 picoseconds.
		Weight::from_parts(37_822_000, 3710)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:1 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:1)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn redeem() -> Weight {
		// Proof size: measured `2191`, estimated `9600` bytes.
		// Minimum execution time: 151_494_000 picoseconds.
		Weight::from_parts(167_124_000, 9600)
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:2 w:2)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:1 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:2 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:2 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:2 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:2 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:2)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:1 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof size: measured `2495`, estimated `11887` bytes.
		// Minimum execution time: 207_339_000 picoseconds.
		Weight::from_parts(291_577_000, 11887)
			.saturating_add(T::DbWeight::get().reads(26))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:1)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	fn authorize_operator() -> Weight {
		// Proof size: measured `271`, estimated `3710` bytes.
		// Minimum execution time: 35_697_000 picoseconds.
		Weight::from_parts(38_312_000, 3710)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:1)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	fn revoke_operator() -> Weight {
		// Proof size: measured `458`, estimated `3710` bytes.
		// Minimum execution time: 38_923_000 picoseconds.
		Weight::from_parts(41_468_000, 3710)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Token::Operators` (r:1 w:0)
	/// Proof: `Token::Operators` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:0)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:2 w:2)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:1 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:2 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:2 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:2 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:2 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:2)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:1 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	fn operator_transfer() -> Weight {
		// Proof size: measured `2682`, estimated `11887` bytes.
		// Minimum execution time: 225_874_000 picoseconds.
		Weight::from_parts(344_936_000, 11887)
			.saturating_add(T::DbWeight::get().reads(28))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Token::Operators` (r:1 w:0)
	/// Proof: `Token::Operators` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionOperators` (r:1 w:0)
	/// Proof: `Token::PartitionOperators` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Paused` (r:1 w:0)
	/// Proof: `Compliance::Paused` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:1)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn operator_redeem() -> Weight {
		// Proof size: measured `2378`, estimated `9600` bytes.
		// Minimum execution time: 177_663_000 picoseconds.
		Weight::from_parts(313_368_000, 9600)
			.saturating_add(T::DbWeight::get().reads(19))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:3 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:2 w:2)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:2)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	fn controller_transfer() -> Weight {
		// Proof size: measured `2238`, estimated `8583` bytes.
		// Minimum execution time: 144_370_000 picoseconds.
		Weight::from_parts(202_159_000, 8583)
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:1 w:1)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:1 w:1)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	/// Storage: `Token::PartitionSupply` (r:1 w:1)
	/// Proof: `Token::PartitionSupply` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:1)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:1)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn controller_redeem() -> Weight {
		// Proof size: measured `2045`, estimated `6052` bytes.
		// Minimum execution time: 110_548_000 picoseconds.
		Weight::from_parts(120_276_000, 6052)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Token::Assets` (r:1 w:0)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:2 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:3 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AccountBalances` (r:2 w:2)
	/// Proof: `Token::AccountBalances` (`max_values`: None, `max_size`: Some(341), added: 2816, mode: `MaxEncodedLen`)
	/// Storage: `Token::Balances` (r:16 w:16)
	/// Proof: `Token::Balances` (`max_values`: None, `max_size`: Some(148), added: 2623, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:2 w:2)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 8]`.
	fn recover_balances(p: u32, ) -> Weight {
		// Proof size: measured `1065`, estimated `8583` bytes.
		// Minimum execution time: 128_451_000 picoseconds.
		Weight::from_parts(71_993_043, 8583)
			.saturating_add(Weight::from_parts(62_687_343, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 5246).saturating_mul(p.into()))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Documents` (r:1 w:1)
	/// Proof: `Token::Documents` (`max_values`: None, `max_size`: Some(366), added: 2841, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_document() -> Weight {
		// Proof size: measured `566`, estimated `3831` bytes.
		// Minimum execution time: 54_472_000 picoseconds.
		Weight::from_parts(58_710_000, 3831)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Token::Assets` (r:1 w:1)
	/// Proof: `Token::Assets` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::Documents` (r:1 w:1)
	/// Proof: `Token::Documents` (`max_values`: None, `max_size`: Some(366), added: 2841, mode: `MaxEncodedLen`)
	fn remove_document() -> Weight {
		// Proof size: measured `681`, estimated `3831` bytes.
		// Minimum execution time: 43_752_000 picoseconds.
		Weight::from_parts(46_668_000, 3831)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn create_checkpoint() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn retire_checkpoint() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn distribute() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn claim_distribution() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn reclaim_distribution() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn create_ballot() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn vote() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn close_ballot() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn create_asset() -> Weight {
		Weight::from_parts(63_148_000, 8538)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn set_identifiers() -> Weight {
		Weight::from_parts(62_707_000, 8538)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn set_supply_cap() -> Weight {
		Weight::from_parts(37_881_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_role() -> Weight {
		Weight::from_parts(44_864_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn renounce_control() -> Weight {
		Weight::from_parts(37_711_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn offer_ownership() -> Weight {
		Weight::from_parts(44_754_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn accept_ownership() -> Weight {
		Weight::from_parts(38_703_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn issue() -> Weight {
		Weight::from_parts(161_042_000, 11887)
			.saturating_add(RocksDbWeight::get().reads(20))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn close_issuance() -> Weight {
		Weight::from_parts(37_822_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn redeem() -> Weight {
		Weight::from_parts(167_124_000, 9600)
			.saturating_add(RocksDbWeight::get().reads(17))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn transfer() -> Weight {
		Weight::from_parts(291_577_000, 11887)
			.saturating_add(RocksDbWeight::get().reads(26))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn authorize_operator() -> Weight {
		Weight::from_parts(38_312_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn revoke_operator() -> Weight {
		Weight::from_parts(41_468_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn operator_transfer() -> Weight {
		Weight::from_parts(344_936_000, 11887)
			.saturating_add(RocksDbWeight::get().reads(28))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn operator_redeem() -> Weight {
		Weight::from_parts(313_368_000, 9600)
			.saturating_add(RocksDbWeight::get().reads(19))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn controller_transfer() -> Weight {
		Weight::from_parts(202_159_000, 8583)
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn controller_redeem() -> Weight {
		Weight::from_parts(120_276_000, 6052)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn recover_balances(p: u32, ) -> Weight {
		Weight::from_parts(71_993_043, 8583)
			.saturating_add(Weight::from_parts(62_687_343, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 5246).saturating_mul(p.into()))
	}
	fn set_document() -> Weight {
		Weight::from_parts(58_710_000, 3831)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn remove_document() -> Weight {
		Weight::from_parts(46_668_000, 3831)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn create_checkpoint() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn retire_checkpoint() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn distribute() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn claim_distribution() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn reclaim_distribution() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn create_ballot() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn vote() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
	// Not yet benchmarked: scripts/benchmarks.sh replaces this.
	fn close_ballot() -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(12))
	}
}
