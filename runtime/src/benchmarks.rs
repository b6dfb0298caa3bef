//! The pallets whose weights the node's `benchmark pallet` command measures.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
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
	Timestamp, Token,
};
pub use frame_benchmarking::baseline::Pallet as BaselineBench;
