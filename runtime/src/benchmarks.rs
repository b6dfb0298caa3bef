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
);

pub use crate::{
	Anchor, Assets, Balances, BeefyMmrLeaf, Compliance, Consortium, Matching, Mmr, Runtime,
	Timestamp, Token, TransactionPayment,
};
pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;

// Fees go to no one, so charging one needs no set-up beyond the payer's funds.
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}
