//! `consort-bench run` measures scenarios against running nodes; `consort-bench overload`
//! offers twice the measured capacity and checks that the chain degrades gracefully.

use std::{path::PathBuf, process::ExitCode, time::Duration};

use clap::{Args, Parser, Subcommand};
use consort_bench::{
	load::Pace,
	plot,
	report::Report,
	scenario::Scenario,
	world::{self, Holdings},
	Plan,
};

#[derive(Parser)]
#[command(name = "consort-bench", about = "End-to-end load against running Consort nodes")]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Sets up a fresh world, runs each scenario in turn, and reports.
	Run {
		#[command(flatten)]
		common: Common,
		#[arg(
			long,
			value_enum,
			value_delimiter = ',',
			default_value = "transfers,security,orders,crossing,mixed"
		)]
		scenarios: Vec<Scenario>,
		/// Extrinsics per second to offer; as fast as the node includes them if absent.
		#[arg(long)]
		rate: Option<f64>,
		/// With --rate: run this many seconds (sets the count). Without: stop submitting
		/// after this many seconds, or at the count.
		#[arg(long)]
		duration: Option<f64>,
	},
	/// Draws the plot of a report written by `run --json`.
	Plot {
		#[arg(long)]
		json: PathBuf,
		#[arg(long)]
		svg: PathBuf,
	},
	/// Measures one scenario's capacity, then offers `factor` times it for `duration` s.
	Overload {
		#[command(flatten)]
		common: Common,
		#[arg(long, value_enum, default_value = "transfers")]
		scenario: Scenario,
		#[arg(long, default_value_t = 2.0)]
		factor: f64,
		#[arg(long, default_value_t = 60.0)]
		duration: f64,
	},
}

#[derive(Args)]
struct Common {
	/// A node's WebSocket JSON-RPC address; several spread the senders over the nodes.
	#[arg(long = "url", default_value = "ws://127.0.0.1:9944")]
	urls: Vec<String>,
	/// WebSocket connections to each node (each watches at most 1,024 extrinsics).
	#[arg(long, default_value_t = 8)]
	connections: usize,
	/// Accounts that sign the load, funded and identified before the clock starts.
	#[arg(long, default_value_t = 1_000)]
	accounts: usize,
	/// Timed extrinsics per scenario (the capacity probe's, for overload).
	#[arg(long, default_value_t = 5_000)]
	count: usize,
	/// As fast as possible means at most this many accepted and not yet included.
	#[arg(long, default_value_t = 4_000)]
	window: usize,
	/// Names the run's accounts: another seed makes fresh ones on the same chain.
	#[arg(long, default_value = "consort-bench")]
	seed: String,
	#[arg(long, default_value = "//Alice")]
	admin: String,
	/// Used where the admin holds no sudo key: these members pass the set-up's motions.
	#[arg(long, value_delimiter = ',', default_value = "//Alice,//Bob,//Charlie")]
	council: Vec<String>,
	/// Extrinsics with a bad signature mixed into each scenario: counted as rejected.
	#[arg(long, default_value_t = 0)]
	invalid: usize,
	/// Stop waiting for finality after this many seconds without progress.
	#[arg(long, default_value_t = 60)]
	drain_timeout: u64,
	/// Whether the run's assets keep compliance's identity holdings (`none`: turned off
	/// before issuance, so movements read and write none).
	#[arg(long, value_enum, default_value = "kept")]
	holdings: Holdings,
	/// Where to write the report as JSON.
	#[arg(long)]
	json: Option<PathBuf>,
	/// Where to write the plot (SVG) of throughput and latency over time.
	#[arg(long)]
	svg: Option<PathBuf>,
}

impl Common {
	fn plan(&self, scenarios: Vec<Scenario>, pace: Pace, count: usize) -> Plan {
		Plan {
			urls: self.urls.clone(),
			scenarios,
			accounts: self.accounts,
			count,
			pace,
			seed: self.seed.clone(),
			admin: self.admin.clone(),
			council: self.council.clone(),
			invalid: self.invalid,
			drain_timeout: Duration::from_secs(self.drain_timeout),
			submit_for: None,
			holdings: self.holdings,
		}
	}
}

#[tokio::main]
async fn main() -> ExitCode {
	match run(Cli::parse()).await {
		Ok(code) => code,
		Err(error) => {
			eprintln!("consort-bench: {error}");
			ExitCode::from(2)
		}
	}
}

async fn run(cli: Cli) -> Result<ExitCode, Box<dyn std::error::Error>> {
	match cli.command {
		Command::Run { common, scenarios, rate, duration } => {
			let pace = match rate {
				Some(rate) if rate > 0.0 => Pace::Rate(rate),
				Some(_) => return Err("--rate must be more than zero".into()),
				None => Pace::Max { window: common.window },
			};
			let count = match (rate, duration) {
				(Some(rate), Some(seconds)) => (rate * seconds).ceil() as usize,
				_ => common.count,
			};
			let mut plan = common.plan(scenarios, pace, count);
			if let (None, Some(seconds)) = (rate, duration) {
				plan.submit_for = Some(Duration::from_secs_f64(seconds));
			}
			let chains = world::connect_all(&plan.urls, common.connections).await?;
			eprintln!("setting up {} accounts on {}", plan.accounts, plan.urls.join(", "));
			let (accounts, world) = consort_bench::set_up(&chains, &plan).await?;
			let report = consort_bench::run_all(&chains, &plan, &accounts, &world).await?;
			print!("{}", report.table());
			write_outputs(&common, &report, &serde_json::to_value(&report)?)?;
			let lost: usize = report.scenarios.iter().map(|s| s.lost).sum();
			Ok(if lost == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
		}
		Command::Plot { json, svg } => {
			let report: Report = serde_json::from_slice(&std::fs::read(&json)?)?;
			std::fs::write(&svg, plot::svg(&report))?;
			Ok(ExitCode::SUCCESS)
		}
		Command::Overload { common, scenario, factor, duration } => {
			let plan =
				common.plan(vec![scenario], Pace::Max { window: common.window }, common.count);
			let chains = world::connect_all(&plan.urls, common.connections).await?;
			let (accounts, world) = consort_bench::set_up(&chains, &plan).await?;
			let overload = consort_bench::overload(
				&chains,
				&plan,
				&accounts,
				&world,
				factor,
				Duration::from_secs_f64(duration),
			)
			.await?;
			let report = Report {
				chain: plan.urls[0].clone(),
				nodes: plan.urls.clone(),
				baseline: None,
				scenarios: vec![overload.capacity.clone(), overload.overload.clone()],
			};
			print!("{}", report.table());
			for (verdict, ok) in &overload.verdicts {
				println!("{} {verdict}", if *ok { "PASS" } else { "FAIL" });
			}
			write_outputs(&common, &report, &serde_json::to_value(&overload)?)?;
			Ok(if overload.passed() { ExitCode::SUCCESS } else { ExitCode::from(1) })
		}
	}
}

fn write_outputs(
	common: &Common,
	report: &Report,
	json: &serde_json::Value,
) -> Result<(), Box<dyn std::error::Error>> {
	if let Some(path) = &common.json {
		std::fs::write(path, serde_json::to_string_pretty(json)?)?;
	}
	if let Some(path) = &common.svg {
		std::fs::write(path, plot::svg(report))?;
	}
	Ok(())
}
