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
		// Minimum execution time: 9_016_000 picoseconds.
		Weight::from_parts(10_367_000, 3513)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Registrars` (r:1 w:1)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `36`, estimated `3513` bytes.
		// Minimum execution time: 9_860_000 picoseconds.
		Weight::from_parts(11_082_000, 3513)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Registrars` (r:1 w:0)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::NextIdentityId` (r:1 w:1)
	/// Proof: `Compliance::NextIdentityId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:0 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn register_identity() -> Weight {
		// Proof size: measured `36`, estimated `4231` bytes.
		// Minimum execution time: 21_446_000 picoseconds.
		Weight::from_parts(23_783_000, 4231)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn invite_key() -> Weight {
		// Proof size: measured `551`, estimated `6054` bytes.
		// Minimum execution time: 20_540_000 picoseconds.
		Weight::from_parts(22_539_000, 6054)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::KeyIdentity` (r:1 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:0)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn join_identity() -> Weight {
		// Proof size: measured `583`, estimated `4540` bytes.
		// Minimum execution time: 21_948_000 picoseconds.
		Weight::from_parts(28_044_000, 4540)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:1)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:1)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:0)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn remove_key() -> Weight {
		// Proof size: measured `631`, estimated `6054` bytes.
		// Minimum execution time: 29_606_000 picoseconds.
		Weight::from_parts(32_973_000, 6054)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn set_primary_key() -> Weight {
		// Proof size: measured `648`, estimated `6054` bytes.
		// Minimum execution time: 20_517_000 picoseconds.
		Weight::from_parts(22_535_000, 6054)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::Identities` (r:1 w:1)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Registrars` (r:1 w:0)
	/// Proof: `Compliance::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:2)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::RevokedKeys` (r:1 w:1)
	/// Proof: `Compliance::RevokedKeys` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Token::AssetsHeld` (r:1 w:0)
	/// Proof: `Token::AssetsHeld` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn recover_key() -> Weight {
		// Proof size: measured `695`, estimated `6054` bytes.
		// Minimum execution time: 36_527_000 picoseconds.
		Weight::from_parts(44_569_000, 6054)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:1 w:1)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	fn set_trusted_issuer() -> Weight {
		// Proof size: measured `1497`, estimated `5071` bytes.
		// Minimum execution time: 23_683_000 picoseconds.
		Weight::from_parts(27_801_000, 5071)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:1 w:1)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	fn remove_trusted_issuer() -> Weight {
		// Proof size: measured `1592`, estimated `5071` bytes.
		// Minimum execution time: 22_346_000 picoseconds.
		Weight::from_parts(24_721_000, 5071)
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
		// Proof size: measured `3624`, estimated `9152` bytes.
		// Minimum execution time: 40_161_000 picoseconds.
		Weight::from_parts(43_340_000, 9152)
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
		// Proof size: measured `3678`, estimated `9152` bytes.
		// Minimum execution time: 112_260_000 picoseconds.
		Weight::from_parts(132_494_000, 9152)
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
		// Minimum execution time: 5_871_000 picoseconds.
		Weight::from_parts(6_431_336, 1489)
			.saturating_add(Weight::from_parts(709_659, 0).saturating_mul(n.into()))
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
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn mark_sanction_claims() -> Weight {
		// Proof size: measured `1314`, estimated `41502` bytes.
		// Minimum execution time: 100_485_000 picoseconds.
		Weight::from_parts(105_969_000, 41502)
			.saturating_add(T::DbWeight::get().reads(18))
			.saturating_add(T::DbWeight::get().writes(16))
	}
	/// Storage: `Compliance::Claims` (r:1 w:1)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	fn revoke_claim() -> Weight {
		// Proof size: measured `625`, estimated `4231` bytes.
		// Minimum execution time: 13_094_000 picoseconds.
		Weight::from_parts(14_370_000, 4231)
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
		// Minimum execution time: 13_733_000 picoseconds.
		Weight::from_parts(15_084_000, 4540)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:1)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	fn set_compliance_agent() -> Weight {
		// Proof size: measured `169`, estimated `4540` bytes.
		// Minimum execution time: 19_636_000 picoseconds.
		Weight::from_parts(21_329_000, 4540)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Rules` (r:0 w:1)
	/// Proof: `Compliance::Rules` (`max_values`: None, `max_size`: Some(8422), added: 10897, mode: `MaxEncodedLen`)
	fn set_rules() -> Weight {
		// Proof size: measured `90`, estimated `3522` bytes.
		// Minimum execution time: 72_691_000 picoseconds.
		Weight::from_parts(76_185_000, 3522)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:0 w:1)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	fn set_restrictions() -> Weight {
		// Proof size: measured `90`, estimated `3522` bytes.
		// Minimum execution time: 23_409_000 picoseconds.
		Weight::from_parts(25_307_000, 3522)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Exemptions` (r:1 w:1)
	/// Proof: `Compliance::Exemptions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn set_exemption() -> Weight {
		// Proof size: measured `169`, estimated `4540` bytes.
		// Minimum execution time: 22_863_000 picoseconds.
		Weight::from_parts(27_428_000, 4540)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:1 w:1)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn freeze_account() -> Weight {
		// Proof size: measured `90`, estimated `3533` bytes.
		// Minimum execution time: 22_286_000 picoseconds.
		Weight::from_parts(24_503_000, 3533)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:1 w:1)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn freeze_identity() -> Weight {
		// Proof size: measured `200`, estimated `4540` bytes.
		// Minimum execution time: 26_119_000 picoseconds.
		Weight::from_parts(28_850_000, 4540)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Identities` (r:1 w:0)
	/// Proof: `Compliance::Identities` (`max_values`: None, `max_size`: Some(1075), added: 3550, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::PartialFreezes` (r:1 w:1)
	/// Proof: `Compliance::PartialFreezes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn set_partial_freeze() -> Weight {
		// Proof size: measured `200`, estimated `4540` bytes.
		// Minimum execution time: 27_316_000 picoseconds.
		Weight::from_parts(30_797_000, 4540)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn set_paused() -> Weight {
		// Proof size: measured `90`, estimated `3522` bytes.
		// Minimum execution time: 16_305_000 picoseconds.
		Weight::from_parts(18_294_000, 3522)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::ComplianceAgents` (r:1 w:0)
	/// Proof: `Compliance::ComplianceAgents` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:1 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Supply` (r:1 w:0)
	/// Proof: `Compliance::Supply` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetProfiles` (r:1 w:1)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::AssetRestrictions` (r:1 w:0)
	/// Proof: `Compliance::AssetRestrictions` (`max_values`: None, `max_size`: Some(1144), added: 3619, mode: `MaxEncodedLen`)
	fn set_keeps_holdings() -> Weight {
		// Proof size: measured `116`, estimated `4609` bytes.
		// Minimum execution time: 21_961_000 picoseconds.
		Weight::from_parts(24_133_000, 4609)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenAccounts` (r:2 w:0)
	/// Proof: `Compliance::FrozenAccounts` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::FrozenIdentities` (r:2 w:0)
	/// Proof: `Compliance::FrozenIdentities` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:67 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:2 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
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
		// Proof size: measured `6479`, estimated `11887` bytes.
		// Minimum execution time: 185_792_000 picoseconds.
		Weight::from_parts(104_647_044, 11887)
			.saturating_add(Weight::from_parts(5_725_372, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(88_648_026, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(24_191_879, 0).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(10))
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
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 32]`.
	fn check_with_trusted_issuers(i: u32, ) -> Weight {
		// Proof size: measured `324`, estimated `9152` bytes.
		// Minimum execution time: 35_184_000 picoseconds.
		Weight::from_parts(38_722_904, 9152)
			.saturating_add(Weight::from_parts(347_350, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(6))
	}
	/// Storage: `Compliance::AssetProfiles` (r:1 w:0)
	/// Proof: `Compliance::AssetProfiles` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::KeyIdentity` (r:2 w:0)
	/// Proof: `Compliance::KeyIdentity` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::TrustedIssuers` (r:2 w:0)
	/// Proof: `Compliance::TrustedIssuers` (`max_values`: None, `max_size`: Some(1606), added: 4081, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Claims` (r:1 w:0)
	/// Proof: `Compliance::Claims` (`max_values`: None, `max_size`: Some(766), added: 3241, mode: `MaxEncodedLen`)
	/// Storage: `Compliance::Holdings` (r:1 w:0)
	/// Proof: `Compliance::Holdings` (`max_values`: None, `max_size`: Some(256), added: 2731, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[0, 8]`.
	fn check_with_sanction_claims(s: u32, ) -> Weight {
		// Proof size: measured `1902`, estimated `9152` bytes.
		// Minimum execution time: 48_847_000 picoseconds.
		Weight::from_parts(53_729_527, 9152)
			.saturating_add(Weight::from_parts(259_596, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(7))
	}
}

/// The same measurements priced with RocksDB's default database weights, for mock runtimes.
impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::from_parts(10_367_000, 3513)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(11_082_000, 3513)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_identity() -> Weight {
		Weight::from_parts(23_783_000, 4231)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn invite_key() -> Weight {
		Weight::from_parts(22_539_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn join_identity() -> Weight {
		Weight::from_parts(28_044_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn remove_key() -> Weight {
		Weight::from_parts(32_973_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_primary_key() -> Weight {
		Weight::from_parts(22_535_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn recover_key() -> Weight {
		Weight::from_parts(44_569_000, 6054)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_trusted_issuer() -> Weight {
		Weight::from_parts(27_801_000, 5071)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_trusted_issuer() -> Weight {
		Weight::from_parts(24_721_000, 5071)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_claim() -> Weight {
		Weight::from_parts(43_340_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_signed_claim() -> Weight {
		Weight::from_parts(132_494_000, 9152)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn prune_used_signatures(n: u32, ) -> Weight {
		Weight::from_parts(6_431_336, 1489)
			.saturating_add(Weight::from_parts(709_659, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
	fn mark_sanction_claims() -> Weight {
		Weight::from_parts(105_969_000, 41502)
			.saturating_add(RocksDbWeight::get().reads(18))
			.saturating_add(RocksDbWeight::get().writes(16))
	}
	fn revoke_claim() -> Weight {
		Weight::from_parts(14_370_000, 4231)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_asset() -> Weight {
		Weight::from_parts(15_084_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_compliance_agent() -> Weight {
		Weight::from_parts(21_329_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_rules() -> Weight {
		Weight::from_parts(76_185_000, 3522)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_restrictions() -> Weight {
		Weight::from_parts(25_307_000, 3522)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_exemption() -> Weight {
		Weight::from_parts(27_428_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn freeze_account() -> Weight {
		Weight::from_parts(24_503_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn freeze_identity() -> Weight {
		Weight::from_parts(28_850_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_partial_freeze() -> Weight {
		Weight::from_parts(30_797_000, 4540)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_paused() -> Weight {
		Weight::from_parts(18_294_000, 3522)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_keeps_holdings() -> Weight {
		Weight::from_parts(24_133_000, 4609)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn can_transfer(c: u32, r: u32, f: u32, ) -> Weight {
		Weight::from_parts(104_647_044, 11887)
			.saturating_add(Weight::from_parts(5_725_372, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(88_648_026, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(24_191_879, 0).saturating_mul(f.into()))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().reads((20_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(f.into())))
			.saturating_add(Weight::from_parts(0, 3241).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3038).saturating_mul(f.into()))
			.saturating_add(Weight::from_parts(0, 30499).saturating_mul(r.into()))
	}
	fn check_with_trusted_issuers(i: u32, ) -> Weight {
		Weight::from_parts(38_722_904, 9152)
			.saturating_add(Weight::from_parts(347_350, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
	}
	fn check_with_sanction_claims(s: u32, ) -> Weight {
		Weight::from_parts(53_729_527, 9152)
			.saturating_add(Weight::from_parts(259_596, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
	}
}
