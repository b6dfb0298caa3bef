//! Dispatches the command line to the node or to one of its tools.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use consort_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Consort Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		"Consort".into()
	}

	fn support_url() -> String {
		"the Consort issue tracker".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// Parses the command line and runs what it asks for.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		}
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|mut config| {
				// Imported blocks index their MMR nodes as blocks from the network do.
				service::index_offchain(&mut config);
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		Some(Subcommand::Benchmark(cmd)) => run_benchmark(&cli, cmd),
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		}
		None => {
			let runner = cli.create_runner(&cli.run)?;
			let role = if cli.observer { service::Role::Observer } else { service::Role::Full };
			let admission_bound = cli.admission_bound as usize;
			runner.run_node_until_exit(|config| async move {
				service::new_full(config, role, admission_bound).map_err(sc_cli::Error::Service)
			})
		}
	}
}

/// The runtime's benchmarks and their host functions are in the node only when it is built
/// with `runtime-benchmarks`: `what` needs them.
fn benchmarks_built_in(what: &str) -> sc_cli::Result<()> {
	if cfg!(feature = "runtime-benchmarks") {
		Ok(())
	} else {
		Err(format!("build the node with `--features runtime-benchmarks` to {what}").into())
	}
}

fn run_benchmark(cli: &Cli, cmd: &frame_benchmarking_cli::BenchmarkCmd) -> sc_cli::Result<()> {
	use frame_benchmarking_cli::BenchmarkCmd;

	let runner = cli.create_runner(cmd)?;
	runner.sync_run(|config| match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			benchmarks_built_in("benchmark pallets")?;
			cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(config.chain_spec))
		}
		BenchmarkCmd::Block(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			cmd.run(client)
		}
		#[cfg(feature = "runtime-benchmarks")]
		BenchmarkCmd::Storage(cmd) => {
			let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
			let db = backend.expose_db();
			let storage = backend.expose_storage();
			let shared_trie_cache = backend.expose_shared_trie_cache();
			cmd.run(config, client, db, storage, shared_trie_cache)
		}
		// The base weight of an extrinsic and of a block: a block of signed remarks built
		// on the chain spec's genesis, against an empty one.
		BenchmarkCmd::Overhead(cmd) => {
			benchmarks_built_in("measure overhead")?;
			cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
		}
		BenchmarkCmd::Machine(cmd) => {
			cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
		}
		_ => Err("this benchmark is not offered by the Consort node".into()),
	})
}
