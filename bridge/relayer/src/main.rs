//! `consort-relayer run`: carries Consort's BEEFY commitments and the anchor's epochs to every
//! configured target chain, each on its own so that one target down does not hold up another.
//! `consort-relayer reconcile`: compares every mirror with Consort; the exit code says whether
//! they agree (0), differ (1), or could not be compared (2).

use alloy::{
	network::EthereumWallet,
	providers::{DynProvider, Provider, ProviderBuilder},
	signers::local::PrivateKeySigner,
};
use clap::{Parser, Subcommand};
use consort_relayer::{
	config::{Config, TargetConfig},
	consort::Consort,
	contracts::{light_client::ConsortLightClient, security::ConsortSecurity},
	metrics::Metrics,
	reconcile,
	relay::{Mirror, Target},
};
use std::{path::PathBuf, process::ExitCode, time::Duration};
use tracing::{error, info, warn};

#[derive(Parser)]
#[command(name = "consort-relayer", version, about)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Relays to every target until stopped.
	Run {
		#[arg(long)]
		config: PathBuf,
	},
	/// Compares every mirror of every target with what Consort committed at its epoch.
	Reconcile {
		#[arg(long)]
		config: PathBuf,
		/// Only this target.
		#[arg(long)]
		target: Option<String>,
	},
}

/// How a target is used: to submit (with the signer's key) or only to read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
	Submit,
	Read,
}

/// Connects to a target chain and checks that it is the configured one.
async fn connect(config: &TargetConfig, access: Access) -> Result<Target, String> {
	let url = config.rpc.parse().map_err(|e| format!("target {}: rpc: {e}", config.name))?;
	let (provider, account): (DynProvider, _) = match access {
		Access::Submit => {
			let key = config.private_key().map_err(|e| e.to_string())?;
			let signer: PrivateKeySigner = key.parse().map_err(|e| {
				format!("target {}: the key is not a private key: {e}", config.name)
			})?;
			let account = signer.address();
			let wallet = EthereumWallet::from(signer);
			(ProviderBuilder::new().wallet(wallet).connect_http(url).erased(), account)
		}
		Access::Read => (ProviderBuilder::new().connect_http(url).erased(), Default::default()),
	};
	let chain_id = provider
		.get_chain_id()
		.await
		.map_err(|e| format!("target {}: reading the chain id: {e}", config.name))?;
	if chain_id != config.chain_id {
		return Err(format!(
			"target {}: the endpoint is chain {chain_id}, not the configured {}",
			config.name, config.chain_id
		));
	}
	Ok(Target {
		name: config.name.clone(),
		light_client: ConsortLightClient::new(config.light_client, provider.clone()),
		mirrors: config
			.mirrors
			.iter()
			.map(|mirror| Mirror {
				asset: mirror.asset,
				contract: ConsortSecurity::new(mirror.address, provider.clone()),
			})
			.collect(),
		provider,
		account,
		receipt_timeout: Duration::from_secs(config.receipt_timeout_seconds),
		fee_bumps: config.fee_bumps,
	})
}

/// Relays to one target forever, reconnecting to either side after a failure.
async fn relay(
	consort_url: String,
	config: TargetConfig,
	poll: Duration,
	metrics: Option<Metrics>,
) {
	let name = config.name.clone();
	let mut target = None;
	let mut consort = None;
	let mut backoff = poll;
	loop {
		let result = async {
			if target.is_none() {
				target = Some(connect(&config, Access::Submit).await?);
			}
			if consort.is_none() {
				consort = Some(Consort::connect(&consort_url).await.map_err(|e| e.to_string())?);
			}
			let (Some(target), Some(consort)) = (&target, &consort) else {
				return Err("not connected".to_string());
			};
			let step = target.step(consort).await.map_err(|e| e.to_string())?;
			if step.found_pending {
				info!(target: "relayer", "{name}: a transaction of ours was pending; waiting for it, then outbidding it");
			}
			for submission in &step.submitted {
				info!(target: "relayer", "{name}: {submission:?}");
			}
			for (asset, problem) in &step.errors {
				warn!(target: "relayer", "{name}: asset {asset}: {problem}");
				if let Some(metrics) = &metrics {
					metrics.error(&name);
				}
			}
			if let Some(metrics) = &metrics {
				metrics.step(&name, &step);
			}
			Ok::<bool, String>(!step.submitted.is_empty())
		}
		.await;
		match result {
			// Something moved: look again at once, there may be more to carry.
			Ok(true) => backoff = poll,
			Ok(false) => {
				backoff = poll;
				tokio::time::sleep(poll).await;
			}
			Err(problem) => {
				warn!(target: "relayer", "{name}: {problem}; retrying in {backoff:?}");
				if let Some(metrics) = &metrics {
					metrics.error(&name);
				}
				// Reconnect both sides: either may be what failed.
				target = None;
				consort = None;
				tokio::time::sleep(backoff).await;
				backoff = (backoff * 2).min(Duration::from_secs(60));
			}
		}
	}
}

async fn run(config: Config) -> ExitCode {
	let poll = Duration::from_secs(config.poll_seconds.max(1));
	let metrics = match config.metrics {
		Some(address) => {
			let registry = substrate_prometheus_endpoint::Registry::new();
			let metrics = match Metrics::register(&registry) {
				Ok(metrics) => metrics,
				Err(e) => {
					error!(target: "relayer", "registering metrics: {e}");
					return ExitCode::from(2);
				}
			};
			tokio::spawn(async move {
				if let Err(e) =
					substrate_prometheus_endpoint::init_prometheus(address, registry).await
				{
					error!(target: "relayer", "serving metrics on {address}: {e}");
				}
			});
			Some(metrics)
		}
		None => None,
	};
	for target in config.targets {
		info!(target: "relayer", "relaying to {} (chain {})", target.name, target.chain_id);
		tokio::spawn(relay(config.consort.clone(), target, poll, metrics.clone()));
	}
	match tokio::signal::ctrl_c().await {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			error!(target: "relayer", "waiting for a stop signal: {e}");
			ExitCode::from(2)
		}
	}
}

async fn reconcile_all(config: Config, only: Option<String>) -> ExitCode {
	let consort = match Consort::connect(&config.consort).await {
		Ok(consort) => consort,
		Err(e) => {
			println!("error: {e}");
			return ExitCode::from(2);
		}
	};
	let mut agree = true;
	let mut failed = false;
	for target_config in
		config.targets.iter().filter(|t| only.as_ref().is_none_or(|o| *o == t.name))
	{
		let target = match connect(target_config, Access::Read).await {
			Ok(target) => target,
			Err(e) => {
				println!("error: {e}");
				failed = true;
				continue;
			}
		};
		for mirror in &target.mirrors {
			match reconcile::reconcile(&consort, &target.name, mirror).await {
				Ok(report) => {
					let verdict = if report.agrees() { "agrees" } else { "DIFFERS" };
					println!(
						"{} asset {}: {verdict} at epoch {} ({} balances; Consort's newest epoch {})",
						target.name, report.asset, report.epoch, report.balances, report.newest_epoch
					);
					for mismatch in &report.mismatches {
						println!("  {mismatch}");
					}
					agree &= report.agrees();
				}
				Err(e) => {
					println!("error: {} asset {}: {e}", target.name, mirror.asset);
					failed = true;
				}
			}
		}
	}
	if failed {
		ExitCode::from(2)
	} else if agree {
		ExitCode::SUCCESS
	} else {
		ExitCode::from(1)
	}
}

#[tokio::main]
async fn main() -> ExitCode {
	tracing_subscriber::fmt()
		.with_env_filter(
			tracing_subscriber::EnvFilter::try_from_default_env()
				.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
		)
		.with_writer(std::io::stderr)
		.init();
	let cli = Cli::parse();
	let (Command::Run { config } | Command::Reconcile { config, .. }) = &cli.command;
	let config = match Config::load(config) {
		Ok(config) => config,
		Err(e) => {
			eprintln!("error: {e}");
			return ExitCode::from(2);
		}
	};
	match cli.command {
		Command::Run { .. } => run(config).await,
		Command::Reconcile { target, .. } => reconcile_all(config, target).await,
	}
}
