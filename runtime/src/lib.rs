//! # Consort runtime
//!
//! The state machine of the Consort consortium chain: FRAME pallets for consensus (Aura,
//! GRANDPA, session), accounts and fees, and consortium governance (a council that decides
//! members, validators, node authorization and runtime upgrades by a two-thirds vote).
//! The Wasm build is the product; the native build serves the node's tooling and tests.

#![cfg_attr(not(feature = "std"), no_std)]
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

/// This runtime's Wasm with the next spec version and nothing else changed (the
/// `upgrade-probe` feature), for tests of a runtime upgrade on real nodes. `None` in a
/// benchmarking build.
#[cfg(feature = "std")]
pub mod upgrade_probe {
	include!(concat!(env!("OUT_DIR"), "/upgrade_probe.rs"));
}

extern crate alloc;

use alloc::vec::Vec;

// Declared before `apis`, which uses the benchmark list macros it defines.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_presets;
pub mod weights;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types the node uses without knowing the runtime's call types.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Header of an opaque block.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// An opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Identifier of an opaque block.
	pub type BlockId = generic::BlockId<Block>;
	/// Hash of an opaque block.
	pub type Hash = <BlakeTwo256 as HashT>::Output;

	impl_opaque_keys! {
		/// The keys a validator registers for a session: Aura to author, GRANDPA to finalize,
		/// BEEFY (secp256k1) to sign what the bridge carries to Ethereum.
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
			pub beefy: crate::configs::BeefyOnKeyChange,
		}
	}
}

pub use opaque::SessionKeys;

/// `#[runtime_version]` reads the version from literals, so the upgrade probe's is written
/// beside the runtime's.
macro_rules! runtime_version_with_spec {
	($spec_version:tt) => {
		#[runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("consort"),
			impl_name: alloc::borrow::Cow::Borrowed("consort"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "upgrade-probe"))]
runtime_version_with_spec!(139);
// The same runtime one spec version on: what the node tests upgrade to through the council.
#[cfg(feature = "upgrade-probe")]
runtime_version_with_spec!(140);

/// Target block time. Two seconds: short enough for near-instant settlement, long enough for
/// a block to be built, gossiped and imported by every validator of a LAN consortium on
/// modest machines (see the README for how this was chosen).
pub const MILLI_SECS_PER_BLOCK: u64 = 2000;
/// Aura slot duration; one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Blocks per minute, hour and day, for durations expressed in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// Sessions may end only at multiples of this many blocks, and end only when the validators or
/// their keys change (`pallet_consortium::RotateOnChange`): a change decided by the council
/// waits at most this long to be queued, and as long again to take effect.
pub const SESSION_PERIOD: BlockNumber = 20;

/// The smallest unit of the native token is a pico; 10^12 make one unit.
pub const UNIT: Balance = 1_000_000_000_000;
pub const MILLI_UNIT: Balance = 1_000_000_000;
pub const MICRO_UNIT: Balance = 1_000_000;
/// The smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// An index to a block.
pub type BlockNumber = u32;
/// Signature of a transaction: sr25519, ed25519 or ecdsa, so keys may live in an HSM.
pub type Signature = MultiSignature;
/// An account's identifier: the public key behind a signature.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A balance of the native token.
pub type Balance = u128;
/// An account's transaction counter.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with its justifications.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Identifier of a block.
pub type BlockId = generic::BlockId<Block>;

/// The checks applied to every signed transaction, in order.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as it travels in a block.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload that a transaction's signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade, each only on a chain whose pallet
/// storage is at the version it starts from.
type Migrations = (pallet_matching::migrations::v1::MigrateToV1<Runtime>,);

/// Dispatches extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;

	// Consensus. The validator set comes from the consortium pallet through session.
	#[runtime::pallet_index(10)]
	pub type Consortium = pallet_consortium;
	#[runtime::pallet_index(11)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(12)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(13)]
	pub type Grandpa = pallet_grandpa;

	// The bridge's finality: BEEFY signatures over a keccak MMR of every block.
	#[runtime::pallet_index(14)]
	pub type Mmr = pallet_mmr;
	#[runtime::pallet_index(15)]
	pub type Beefy = pallet_beefy;
	#[runtime::pallet_index(16)]
	pub type BeefyMmrLeaf = pallet_beefy_mmr;

	// Governance of the consortium.
	#[runtime::pallet_index(20)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(21)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(22)]
	pub type NodeAuthorization = pallet_node_authorization;

	// Securities: who may hold and move what.
	#[runtime::pallet_index(40)]
	pub type Compliance = pallet_compliance;
	#[runtime::pallet_index(41)]
	pub type Token = pallet_token;
	#[runtime::pallet_index(42)]
	pub type Matching = pallet_matching;
	#[runtime::pallet_index(43)]
	pub type Anchor = pallet_anchor;

	// Utilities for institutions: batches and multi-signature accounts.
	#[runtime::pallet_index(30)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(31)]
	pub type Multisig = pallet_multisig;

	// Present in every spec, keyed only in the dev spec: no key, no sudo.
	#[runtime::pallet_index(90)]
	pub type Sudo = pallet_sudo;

	// The yardstick the token and matching weights are held to, measured in the same
	// benchmark run: in the benchmarking runtime only, never in a chain's.
	#[cfg(feature = "runtime-benchmarks")]
	#[runtime::pallet_index(99)]
	pub type Assets = pallet_assets;
}

/// Used by the node's benchmark command to build transactions.
impl Runtime {
	/// The transaction extension values for a signed transaction at `nonce`, immortal.
	pub fn tx_extension(nonce: Nonce, tip: Balance) -> TxExtension {
		(
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(generic::Era::Immortal),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip),
			frame_system::WeightReclaim::<Runtime>::new(),
		)
	}
}
