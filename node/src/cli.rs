//! The command line of the node.

use sc_cli::RunCmd;

/// A node of the Consort consortium chain.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A tool instead of a node.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// How to run the node.
	#[command(flatten)]
	pub run: RunCmd,

	/// Runs a regulator's observer: an archive node that never authors, connects to its
	/// reserved peers only, and serves a read-only RPC that refuses extrinsics and unsafe
	/// methods.
	#[arg(long, conflicts_with = "validator")]
	pub observer: bool,

	/// At most this many RPC clients' submissions awaiting the transaction pool's answer;
	/// beyond it a submission is refused at once with the pool's retriable "limit" error
	/// (RPC 1016), rather than queued behind the others.
	#[arg(long, default_value_t = 1_024, value_parser = clap::value_parser!(u32).range(1..))]
	pub admission_bound: u32,
}

/// The node's tools.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management tools.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Builds a chain specification.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Exports a chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validates blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Exports blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Exports the state of a block as a chain specification.
	ExportState(sc_cli::ExportStateCmd),

	/// Imports blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Removes the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Reverts the chain by a number of blocks.
	Revert(sc_cli::RevertCmd),

	/// Runtime benchmarks: weights of pallets, storage and overhead.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),
}
