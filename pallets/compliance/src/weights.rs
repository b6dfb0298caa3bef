//! Weights for `pallet_compliance`, measured by `consort-node benchmark pallet` (scripts/benchmarks.sh).
//!
//! Generated: do not edit by hand; rerun scripts/benchmarks.sh after any change to the pallet's
//! calls or storage, and commit the result. docs/BENCHMARKS.md summarises the numbers.
//!
//! Benchmark CLI 64.0.0, 2026-12-06; steps 50, repeat 20;
//! host `vm`, CPU `Intel(R) Xeon(R) Processor`; Wasm execution Compiled, chain
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
	fn recover_key() -> Weight;
	fn set_trusted_issuer() -> Weight;
	fn remove_trusted_issuer() -> Weight;
	fn add_claim() -> Weight;
	fn add_signed_claim() -> Weight;
	fn prune_used_signatures(n: u32, ) -> Weight;
	fn mark_sanction_claims() -> Weight;
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
	fn set_keeps_holdings() -> Weight;
	fn can_transfer(c: u32, r: u32, f: u32, ) -> Weight;
	fn check_with_trusted_issuers(i: u32, ) -> Weight;
	fn check_with_sanction_claims(s: u32, ) -> Weight;
}

/// Measured weights, priced with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Compliance::Registrars` (r:1 w:1)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn add_registrar() -> Weight {
		// Proof size: measured `0`, estimated `3513` bytes.
		// Minimum execution time: 9_060_000 picoseconds.
		Weight::from_parts(10_181_000, 3513)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Registrars` (r:1 w:1)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `36`, estimated `3513` bytes.
		// Minimum execution time: 9_639_000 picoseconds.
		Weight::from_parts(10_679_000, 3513)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Registrars` (r:1 w:0)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::NextIdentityId` (r:1 w:1)
	/// Proof: `Compliance::NextIdentityId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:0 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn register_identity() -> Weight {
		// Proof size: measured `36`, estimated `4250` bytes.
		// Minimum execution time: 21_071_000 picoseconds.
		Weight::from_parts(23_360_000, 4250)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn invite_key() -> Weight {
		// Proof size: measured `1218`, estimated `7510` bytes.
		// Minimum execution time: 21_873_000 picoseconds.
		Weight::from_parts(24_563_000, 7510)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::KeyIdentity` (r:1 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn join_identity() -> Weight {
		// Proof size: measured `1295`, estimated `4540` bytes.
		// Minimum execution time: 25_697_000 picoseconds.
		Weight::from_parts(28_958_000, 4540)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:1)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:0)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn remove_key() -> Weight {
		// Proof size: measured `1298`, estimated `7510` bytes.
		// Minimum execution time: 30_752_000 picoseconds.
		Weight::from_parts(33_572_000, 7510)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn set_primary_key() -> Weight {
		// Proof size: measured `1338`, estimated `7510` bytes.
		// Minimum execution time: 22_792_000 picoseconds.
		Weight::from_parts(24_907_000, 7510)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Registrars` (r:1 w:0)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:2)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:1)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:0)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn recover_key() -> Weight {
		// Proof size: measured `2051`, estimated `7510` bytes.
		// Minimum execution time: 42_897_000 picoseconds.
		Weight::from_parts(46_335_000, 7510)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:1 w:1)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	fn set_trusted_issuer() -> Weight {
		// Proof size: measured `2164`, estimated `5071` bytes.
		// Minimum execution time: 24_556_000 picoseconds.
		Weight::from_parts(26_905_000, 5071)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:1 w:1)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	fn remove_trusted_issuer() -> Weight {
		// Proof size: measured `2259`, estimated `5071` bytes.
		// Minimum execution time: 23_235_000 picoseconds.
		Weight::from_parts(25_264_000, 5071)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn add_claim() -> Weight {
		// Proof size: measured `3662`, estimated `9152` bytes.
		// Minimum execution time: 43_165_000 picoseconds.
		Weight::from_parts(46_785_000, 9152)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::UsedClaimSignatures` (r:1 w:1)
	/// Proof: `Compliance::UsedClaimSignatures` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::SignaturePruningDay` (r:1 w:1)
	/// Proof: `Compliance::SignaturePruningDay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn add_signed_claim() -> Weight {
		// Proof size: measured `3716`, estimated `9152` bytes.
		// Minimum execution time: 114_552_000 picoseconds.
		Weight::from_parts(135_526_000, 9152)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::SignaturePruningDay` (r:1 w:1)
	/// Proof: `Compliance::SignaturePruningDay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::UsedClaimSignatures` (r:64 w:64)
	/// Proof: `Compliance::UsedClaimSignatures` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn prune_used_signatures(n: u32, ) -> Weight {
		// Proof size: measured `223`, estimated `1489` bytes.
		// Minimum execution time: 5_792_000 picoseconds.
		Weight::from_parts(6_537_835, 1489)
			.saturating_add(Weight::from_parts(709_122, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:16 w:16)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	fn mark_sanction_claims() -> Weight {
		// Proof size: measured `1950`, estimated `53150` bytes.
		// Minimum execution time: 118_369_000 picoseconds.
		Weight::from_parts(130_131_000, 53150)
			.saturating_add(T::DbWeight::get().reads(18))
			.saturating_add(T::DbWeight::get().writes(16))
	}
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn revoke_claim() -> Weight {
		// Proof size: measured `625`, estimated `4231` bytes.
		// Minimum execution time: 12_200_000 picoseconds.
		Weight::from_parts(14_107_000, 4231)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:0 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn register_asset() -> Weight {
		// Proof size: measured `36`, estimated `4540` bytes.
		// Minimum execution time: 13_411_000 picoseconds.
		Weight::from_parts(14_992_000, 4540)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn set_compliance_agent() -> Weight {
		// Proof size: measured `836`, estimated `4540` bytes.
		// Minimum execution time: 20_909_000 picoseconds.
		Weight::from_parts(22_738_000, 4540)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:0 w:1)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	fn set_rules() -> Weight {
		// Proof size: measured `757`, estimated `4250` bytes.
		// Minimum execution time: 75_325_000 picoseconds.
		Weight::from_parts(80_465_000, 4250)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:0 w:1)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	fn set_restrictions() -> Weight {
		// Proof size: measured `757`, estimated `4250` bytes.
		// Minimum execution time: 22_800_000 picoseconds.
		Weight::from_parts(26_577_000, 4250)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Exemptions` (r:1 w:1)
	/// Proof: `Compliance::Exemptions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn set_exemption() -> Weight {
		// Proof size: measured `836`, estimated `4540` bytes.
		// Minimum execution time: 21_872_000 picoseconds.
		Weight::from_parts(26_219_000, 4540)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:1)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn freeze_account() -> Weight {
		// Proof size: measured `757`, estimated `4250` bytes.
		// Minimum execution time: 23_333_000 picoseconds.
		Weight::from_parts(25_317_000, 4250)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:1)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn freeze_identity() -> Weight {
		// Proof size: measured `867`, estimated `4540` bytes.
		// Minimum execution time: 27_789_000 picoseconds.
		Weight::from_parts(30_200_000, 4540)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:1)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn set_partial_freeze() -> Weight {
		// Proof size: measured `867`, estimated `4540` bytes.
		// Minimum execution time: 29_045_000 picoseconds.
		Weight::from_parts(32_018_000, 4540)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn set_paused() -> Weight {
		// Proof size: measured `757`, estimated `4250` bytes.
		// Minimum execution time: 17_922_000 picoseconds.
		Weight::from_parts(19_561_000, 4250)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	fn set_keeps_holdings() -> Weight {
		// Proof size: measured `820`, estimated `4609` bytes.
		// Minimum execution time: 24_424_000 picoseconds.
		Weight::from_parts(26_538_000, 4609)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:2 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:2 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:0)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:1 w:0)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Exemptions` (r:14 w:0)
	/// Proof: `Compliance::Exemptions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:65 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
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
		// Proof size: measured `7165`, estimated `11887` bytes.
		// Minimum execution time: 173_681_000 picoseconds.
		Weight::from_parts(104_964_317, 11887)
			.saturating_add(Weight::from_parts(5_388_411, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(86_429_820, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(23_045_994, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((20_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 30499).saturating_mul(r.into()))
	}
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 32]`.
	fn check_with_trusted_issuers(i: u32, ) -> Weight {
		// Proof size: measured `324`, estimated `9152` bytes.
		// Minimum execution time: 33_495_000 picoseconds.
		Weight::from_parts(38_072_573, 9152)
			.saturating_add(Weight::from_parts(354_220, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(6))
	}
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8]`.
	fn check_with_sanction_claims(s: u32, ) -> Weight {
		// Proof size: measured `1880`, estimated `9152` bytes.
		// Minimum execution time: 41_868_000 picoseconds.
		Weight::from_parts(49_030_303, 9152)
			.saturating_add(Weight::from_parts(219_143, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(6))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::from_parts(10_181_000, 3513)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(10_679_000, 3513)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_identity() -> Weight {
		Weight::from_parts(23_360_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn invite_key() -> Weight {
		Weight::from_parts(24_563_000, 7510)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn join_identity() -> Weight {
		Weight::from_parts(28_958_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn remove_key() -> Weight {
		Weight::from_parts(33_572_000, 7510)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_primary_key() -> Weight {
		Weight::from_parts(24_907_000, 7510)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn recover_key() -> Weight {
		Weight::from_parts(46_335_000, 7510)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_trusted_issuer() -> Weight {
		Weight::from_parts(26_905_000, 5071)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_trusted_issuer() -> Weight {
		Weight::from_parts(25_264_000, 5071)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_claim() -> Weight {
		Weight::from_parts(46_785_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_signed_claim() -> Weight {
		Weight::from_parts(135_526_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn prune_used_signatures(n: u32, ) -> Weight {
		Weight::from_parts(6_537_835, 1489)
			.saturating_add(Weight::from_parts(709_122, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
	fn mark_sanction_claims() -> Weight {
		Weight::from_parts(130_131_000, 53150)
			.saturating_add(RocksDbWeight::get().reads(18))
			.saturating_add(RocksDbWeight::get().writes(16))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(14_107_000, 4231)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_asset() -> Weight {
		Weight::from_parts(14_992_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_compliance_agent() -> Weight {
		Weight::from_parts(22_738_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_rules() -> Weight {
		Weight::from_parts(80_465_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_restrictions() -> Weight {
		Weight::from_parts(26_577_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_exemption() -> Weight {
		Weight::from_parts(26_219_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn freeze_account() -> Weight {
		Weight::from_parts(25_317_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn freeze_identity() -> Weight {
		Weight::from_parts(30_200_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_partial_freeze() -> Weight {
		Weight::from_parts(32_018_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_paused() -> Weight {
		Weight::from_parts(19_561_000, 4250)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_keeps_holdings() -> Weight {
		Weight::from_parts(26_538_000, 4609)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn can_transfer(c: u32, r: u32, f: u32, ) -> Weight {
		Weight::from_parts(104_964_317, 11887)
			.saturating_add(Weight::from_parts(5_388_411, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(86_429_820, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(23_045_994, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((20_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 30499).saturating_mul(r.into()))
	}
	fn check_with_trusted_issuers(i: u32, ) -> Weight {
		Weight::from_parts(38_072_573, 9152)
			.saturating_add(Weight::from_parts(354_220, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
	}
	fn check_with_sanction_claims(s: u32, ) -> Weight {
		Weight::from_parts(49_030_303, 9152)
			.saturating_add(Weight::from_parts(219_143, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
	}
}
