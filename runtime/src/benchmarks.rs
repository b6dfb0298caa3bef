//! The pallets whose weights the node's `benchmark pallet` command measures.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_balances, Balances]
	[pallet_assets, Assets]
	[pallet_timestamp, Timestamp]
	[pallet_consortium, Consortium]
	[pallet_compliance, Compliance]
	[pallet_token, Token]
	[pallet_matching, Matching]
	[pallet_anchor, Anchor]
	[pallet_mmr, Mmr]
	[pallet_beefy_mmr, BeefyMmrLeaf]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_sudo, Sudo]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
);

pub use crate::{
	Anchor, Assets, Balances, BeefyMmrLeaf, Compliance, Consortium, Council, CouncilMembership,
	Matching, Mmr, Multisig, Runtime, Sudo, Timestamp, Token, TransactionPayment, Utility,
};
pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;

// Fees go to no one, so charging one needs no set-up beyond the payer's funds.
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}
