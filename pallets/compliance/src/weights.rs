//! Weights for `pallet_compliance`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
//!
//! Generated: do not edit by hand; rerun scripts/benchmarks.sh after any change to the pallet's
//! calls or storage, and commit the result. docs/BENCHMARKS.md summarises the numbers.
//!
//! Benchmark CLI 64.0.0, 2026-12-03; steps 50, repeat 20;
//! host `vm`, CPU `AMD EPYC`; Wasm execution Compiled, chain
//! Some("dev"), database cache 1024 MiB.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs, clippy::unnecessary_cast)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// The weight of each benchmarked call of `pallet_compliance`.
pub trait WeightInfo {
	fn add_registrar() -> Weight;
	fn remove_registrar() -> Weight;
	fn register_identity() -> Weight;
	fn invite_key() -> Weight;
	fn join_identity() -> Weight;
	fn remove_key() -> Weight;
	fn set_primary_key() -> Weight;
	fn prune_used_signatures(n: u32, ) -> Weight;
	fn recover_key() -> Weight;
	fn set_trusted_issuer() -> Weight;
	fn remove_trusted_issuer() -> Weight;
	fn add_claim() -> Weight;
	fn add_signed_claim() -> Weight;
	fn revoke_claim() -> Weight;
	fn register_asset() -> Weight;
	fn set_compliance_agent() -> Weight;
	fn set_rules() -> Weight;
	fn set_restrictions() -> Weight;
	fn set_exemption() -> Weight;
	fn freeze_account() -> Weight;
	fn freeze_identity() -> Weight;
	fn set_partial_freeze() -> Weight;
	fn set_paused() -> Weight;
	fn can_transfer(c: u32, r: u32, f: u32, ) -> Weight;
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Compliance::Registrars` (r:1 w:1)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn add_registrar() -> Weight {
		// Proof size: measured `43`, estimated `3513` bytes.
		// Minimum execution time: 10_446_000 picoseconds.
		Weight::from_parts(18_728_000, 3513)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Registrars` (r:1 w:1)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `117`, estimated `3513` bytes.
		// Minimum execution time: 10_927_000 picoseconds.
		Weight::from_parts(20_090_000, 3513)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Registrars` (r:1 w:0)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::NextIdentityId` (r:1 w:1)
	/// Proof: `Compliance::NextIdentityId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:0 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn register_identity() -> Weight {
		// Proof size: measured `117`, estimated `3521` bytes.
		// Minimum execution time: 19_218_000 picoseconds.
		Weight::from_parts(35_062_000, 3521)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PendingKeys` (r:0 w:1)
	/// Proof: `Compliance::PendingKeys` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn invite_key() -> Weight {
		// Proof size: measured `492`, estimated `6052` bytes.
		// Minimum execution time: 19_700_000 picoseconds.
		Weight::from_parts(28_672_000, 6052)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::PendingKeys` (r:1 w:1)
	/// Proof: `Compliance::PendingKeys` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn join_identity() -> Weight {
		// Proof size: measured `1065`, estimated `4027` bytes.
		// Minimum execution time: 27_681_000 picoseconds.
		Weight::from_parts(41_802_000, 4027)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:1)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:0)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn remove_key() -> Weight {
		// Proof size: measured `1089`, estimated `6052` bytes.
		// Minimum execution time: 29_073_000 picoseconds.
		Weight::from_parts(32_308_000, 6052)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn set_primary_key() -> Weight {
		Weight::from_parts(32_308_000, 6052)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn prune_used_signatures(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 3000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Registrars` (r:1 w:0)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:2)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:1)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:0)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PendingKeys` (r:0 w:1)
	/// Proof: `Compliance::PendingKeys` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn recover_key() -> Weight {
		// Proof size: measured `1120`, estimated `6052` bytes.
		// Minimum execution time: 36_554_000 picoseconds.
		Weight::from_parts(40_110_000, 6052)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:1 w:1)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	fn set_trusted_issuer() -> Weight {
		// Proof size: measured `1952`, estimated `5295` bytes.
		// Minimum execution time: 26_500_000 picoseconds.
		Weight::from_parts(31_487_000, 5295)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:1 w:1)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	fn remove_trusted_issuer() -> Weight {
		// Proof size: measured `2061`, estimated `5295` bytes.
		// Minimum execution time: 25_467_000 picoseconds.
		Weight::from_parts(29_845_000, 5295)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn add_claim() -> Weight {
		// Proof size: measured `4337`, estimated `9600` bytes.
		// Minimum execution time: 44_706_000 picoseconds.
		Weight::from_parts(51_086_000, 9600)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::UsedClaimSignatures` (r:1 w:1)
	/// Proof: `Compliance::UsedClaimSignatures` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn add_signed_claim() -> Weight {
		// Proof size: measured `4391`, estimated `9600` bytes.
		// Minimum execution time: 110_303_000 picoseconds.
		Weight::from_parts(139_507_000, 9600)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn revoke_claim() -> Weight {
		// Proof size: measured `799`, estimated `4231` bytes.
		// Minimum execution time: 14_582_000 picoseconds.
		Weight::from_parts(16_805_000, 4231)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:0 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn register_asset() -> Weight {
		// Proof size: measured `222`, estimated `4027` bytes.
		// Minimum execution time: 16_354_000 picoseconds.
		Weight::from_parts(26_189_000, 4027)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	fn set_compliance_agent() -> Weight {
		// Proof size: measured `381`, estimated `4027` bytes.
		// Minimum execution time: 20_721_000 picoseconds.
		Weight::from_parts(31_717_000, 4027)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:0 w:1)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	fn set_rules() -> Weight {
		// Proof size: measured `297`, estimated `3521` bytes.
		// Minimum execution time: 76_353_000 picoseconds.
		Weight::from_parts(98_226_000, 3521)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:0 w:1)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	fn set_restrictions() -> Weight {
		// Proof size: measured `297`, estimated `3521` bytes.
		// Minimum execution time: 23_715_000 picoseconds.
		Weight::from_parts(32_198_000, 3521)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Exemptions` (r:1 w:1)
	/// Proof: `Compliance::Exemptions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn set_exemption() -> Weight {
		// Proof size: measured `381`, estimated `4027` bytes.
		// Minimum execution time: 24_146_000 picoseconds.
		Weight::from_parts(40_269_000, 4027)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:1)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn freeze_account() -> Weight {
		// Proof size: measured `297`, estimated `3533` bytes.
		// Minimum execution time: 23_755_000 picoseconds.
		Weight::from_parts(30_575_000, 3533)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:1)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn freeze_identity() -> Weight {
		// Proof size: measured `407`, estimated `4027` bytes.
		// Minimum execution time: 27_601_000 picoseconds.
		Weight::from_parts(43_565_000, 4027)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:1)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn set_partial_freeze() -> Weight {
		// Proof size: measured `407`, estimated `4027` bytes.
		// Minimum execution time: 27_471_000 picoseconds.
		Weight::from_parts(30_555_000, 4027)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	fn set_paused() -> Weight {
		// Proof size: measured `297`, estimated `3521` bytes.
		// Minimum execution time: 18_487_000 picoseconds.
		Weight::from_parts(21_172_000, 3521)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:2 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:2 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1830), added: 4305, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:67 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:1 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Exemptions` (r:14 w:0)
	/// Proof: `Compliance::Exemptions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::HolderCount` (r:1 w:0)
	/// Proof: `Compliance::HolderCount` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::JurisdictionHolderCount` (r:1 w:0)
	/// Proof: `Compliance::JurisdictionHolderCount` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Volumes` (r:2 w:0)
	/// Proof: `Compliance::Volumes` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 64]`.
	/// The range of component `r` is `[0, 1]`.
	/// The range of component `f` is `[0, 1]`.
	fn can_transfer(c: u32, r: u32, f: u32, ) -> Weight {
		// Proof size: measured `7055`, estimated `11887` bytes.
		// Minimum execution time: 169_672_000 picoseconds.
		Weight::from_parts(153_767_966, 11887)
			.saturating_add(Weight::from_parts(4_160_340, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(116_924_150, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(71_528_358, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((20_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 30499).saturating_mul(r.into()))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::from_parts(18_728_000, 3513)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(20_090_000, 3513)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_identity() -> Weight {
		Weight::from_parts(35_062_000, 3521)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn invite_key() -> Weight {
		Weight::from_parts(28_672_000, 6052)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn join_identity() -> Weight {
		Weight::from_parts(41_802_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn remove_key() -> Weight {
		Weight::from_parts(32_308_000, 6052)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_primary_key() -> Weight {
		Weight::from_parts(32_308_000, 6052)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn prune_used_signatures(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 3000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn recover_key() -> Weight {
		Weight::from_parts(40_110_000, 6052)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn set_trusted_issuer() -> Weight {
		Weight::from_parts(31_487_000, 5295)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_trusted_issuer() -> Weight {
		Weight::from_parts(29_845_000, 5295)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_claim() -> Weight {
		Weight::from_parts(51_086_000, 9600)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_signed_claim() -> Weight {
		Weight::from_parts(139_507_000, 9600)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(16_805_000, 4231)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_asset() -> Weight {
		Weight::from_parts(26_189_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_compliance_agent() -> Weight {
		Weight::from_parts(31_717_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_rules() -> Weight {
		Weight::from_parts(98_226_000, 3521)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_restrictions() -> Weight {
		Weight::from_parts(32_198_000, 3521)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_exemption() -> Weight {
		Weight::from_parts(40_269_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn freeze_account() -> Weight {
		Weight::from_parts(30_575_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn freeze_identity() -> Weight {
		Weight::from_parts(43_565_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_partial_freeze() -> Weight {
		Weight::from_parts(30_555_000, 4027)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_paused() -> Weight {
		Weight::from_parts(21_172_000, 3521)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn can_transfer(c: u32, r: u32, f: u32, ) -> Weight {
		Weight::from_parts(153_767_966, 11887)
			.saturating_add(Weight::from_parts(4_160_340, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(116_924_150, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(71_528_358, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((20_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 30499).saturating_mul(r.into()))
	}
}
