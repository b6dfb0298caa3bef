//! consort-bench: load against running Consort nodes, measured from outside as users see it.
//!
//! Everything is set up and pre-signed before the clock starts; then extrinsics go to the
//! nodes over WebSocket at a pace, and each one is followed on the blocks a node announces,
//! to inclusion and to GRANDPA finality. See docs/BENCHMARKS.md for the figures and the
//! commands that produced them.

pub mod chain;
pub mod load;
pub mod plot;
pub mod report;
pub mod scenario;
pub mod world;

use std::{sync::Arc, time::Duration};

use consort_runtime::{AccountId, Runtime};
use sp_core::{sr25519, Pair};

use crate::{
	chain::{Chain, ChainError, Result},
	load::{Pace, RunOptions},
	report::{Report, ScenarioReport},
	scenario::Scenario,
	world::{Accounts, Governance, Holdings, World},
};

/// What to run.
#[derive(Clone, Debug)]
pub struct Plan {
	pub urls: Vec<String>,
	pub scenarios: Vec<Scenario>,
	pub accounts: usize,
	/// Timed extrinsics per scenario.
	pub count: usize,
	pub pace: Pace,
	pub seed: String,
	/// Signs the set-up; `//Alice` on the dev and local chains.
	pub admin: String,
	/// Council members who pass set-up motions where there is no sudo key.
	pub council: Vec<String>,
	/// Extrinsics with a bad signature mixed into each scenario, which the pool must refuse.
	pub invalid: usize,
	pub drain_timeout: Duration,
	/// Stop submitting after this long, whatever is left of `count`.
	pub submit_for: Option<Duration>,
	pub holdings: Holdings,
}

pub fn pair(seed: &str) -> Result<sr25519::Pair> {
	sr25519::Pair::from_string(seed, None)
		.map_err(|error| ChainError::Setup(format!("the key {seed}: {error:?}")))
}

/// The chain's governance as the plan can exercise it: sudo if `admin` holds the sudo key,
/// else a council motion.
pub async fn governance(chain: &Chain, plan: &Plan) -> Result<Governance> {
	let admin = pair(&plan.admin)?;
	let sudo_key: Option<AccountId> =
		chain.storage(pallet_sudo::Key::<Runtime>::hashed_key().to_vec(), None).await?;
	let admin_id: AccountId = admin.public().into();
	if sudo_key.as_ref() == Some(&admin_id) {
		return Ok(Governance::Sudo(Box::new(admin)));
	}
	let members = plan.council.iter().map(|seed| pair(seed)).collect::<Result<Vec<_>>>()?;
	Ok(Governance::Council(members))
}

/// A fresh world for `plan`: accounts funded and identified, assets, a market per trading
/// scenario.
pub async fn set_up(chains: &[Arc<Chain>], plan: &Plan) -> Result<(Accounts, World)> {
	let chain = &chains[0];
	let accounts = Accounts::derive(&plan.seed, plan.accounts.max(2));
	let markets = plan.scenarios.iter().filter(|s| s.trades()).count() as u32;
	let governance = governance(chain, plan).await?;
	let admin = pair(&plan.admin)?;
	let world =
		world::set_up(chain, &admin, &governance, &accounts, markets, plan.holdings).await?;
	Ok((accounts, world))
}

/// Runs every scenario of `plan` in turn on `world`; the report relates each to the
/// transfers baseline when it ran.
pub async fn run_all(
	chains: &[Arc<Chain>],
	plan: &Plan,
	accounts: &Accounts,
	world: &World,
) -> Result<Report> {
	let mut markets = world.markets.iter().copied();
	let mut scenarios = Vec::new();
	for scenario in &plan.scenarios {
		let market = if scenario.trades() { markets.next() } else { None };
		scenarios.push(
			run_one(chains, plan, accounts, world, *scenario, market, plan.pace, plan.count)
				.await?,
		);
	}
	let mut report = Report {
		chain: chains[0].url.clone(),
		nodes: chains.iter().map(|c| c.url.clone()).collect(),
		baseline: plan
			.scenarios
			.contains(&Scenario::Transfers)
			.then(|| Scenario::Transfers.name().to_string()),
		scenarios,
	};
	report.relate_to_baseline();
	Ok(report)
}

/// One scenario: its book placed, its extrinsics pre-signed, then the clock.
#[allow(clippy::too_many_arguments)]
pub async fn run_one(
	chains: &[Arc<Chain>],
	plan: &Plan,
	accounts: &Accounts,
	world: &World,
	scenario: Scenario,
	market: Option<u32>,
	pace: Pace,
	count: usize,
) -> Result<ScenarioReport> {
	let mut timed = scenario::prepare(scenario, chains, world, market, accounts, count).await?;
	scenario::spoil(&mut timed, plan.invalid, &world.info);
	let options = RunOptions {
		label: scenario.name().to_string(),
		pace,
		drain_timeout: plan.drain_timeout,
		in_flight: in_flight(pace),
		submit_for: plan.submit_for,
	};
	let run = load::run(chains, &timed, &options).await?;
	let offered = match pace {
		Pace::Rate(rate) => Some(rate),
		Pace::Max { .. } => None,
	};
	Ok(ScenarioReport::of(scenario.name(), offered, &run))
}

/// How many submissions may await the node's answer. At a rate the load is open, as from
/// many independent clients: as many as the rate offers in `OPEN_FOR`, so that a node that
/// answers late (admission holds its answers while a block is built) does not thin what is
/// offered. As fast as the node includes, the window bounds the load and this only the
/// harness's bursts: 1,024, the node's default `--admission-bound`, which the node never
/// exceeds on their account since it counts a submission out before it answers.
fn in_flight(pace: Pace) -> usize {
	const OPEN_FOR: f64 = 8.0;
	const BURSTS: usize = 1_024;
	match pace {
		// An unbounded rate would ask the semaphore for more permits than it holds.
		Pace::Rate(rate) => ((rate * OPEN_FOR).ceil() as usize).clamp(BURSTS, 1 << 20),
		Pace::Max { .. } => BURSTS,
	}
}

/// The overload check: capacity measured first (as fast as the node includes), then twice
/// as much offered for `duration`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Overload {
	pub capacity: ScenarioReport,
	pub overload: ScenarioReport,
	pub factor: f64,
	/// Finalized per second under overload over capacity: at least 0.9 to pass.
	pub goodput_ratio: f64,
	/// The longest time under overload in which nothing was finalized, in seconds.
	pub longest_finality_stall_s: f64,
	pub verdicts: Vec<(String, bool)>,
}

impl Overload {
	pub fn passed(&self) -> bool {
		self.verdicts.iter().all(|(_, ok)| *ok)
	}
}

pub async fn overload(
	chains: &[Arc<Chain>],
	plan: &Plan,
	accounts: &Accounts,
	world: &World,
	factor: f64,
	duration: Duration,
) -> Result<Overload> {
	let scenario = plan.scenarios.first().copied().unwrap_or(Scenario::Transfers);
	let market = world.markets.first().copied();
	let window = match plan.pace {
		Pace::Max { window } => window,
		Pace::Rate(_) => 4_000,
	};
	let capacity =
		run_one(chains, plan, accounts, world, scenario, market, Pace::Max { window }, plan.count)
			.await?;
	let rate = (capacity.finalized_per_s * factor).max(1.0);
	// Twice what the rate needs, for the duration: a sender the pool refuses sends nothing
	// more (its later nonces could never be ready), and its slots go to later extrinsics.
	let count = (2.0 * rate * duration.as_secs_f64()).ceil() as usize;
	let plan = Plan { submit_for: Some(duration), ..plan.clone() };
	let overload =
		run_one(chains, &plan, accounts, world, scenario, market, Pace::Rate(rate), count).await?;
	let goodput_ratio = if capacity.finalized_per_s > 0.0 {
		overload.finalized_per_s / capacity.finalized_per_s
	} else {
		0.0
	};
	let longest_finality_stall_s = longest_gap(&overload.series);
	let verdicts = vec![
		("goodput at least 90 % of capacity".to_string(), goodput_ratio >= 0.9),
		(
			"finality all along: never 10 s without a finalized extrinsic".to_string(),
			longest_finality_stall_s < 10.0,
		),
		(
			"the client was told of the excess: refused at submission or dropped on its watch"
				.to_string(),
			overload.rejected + overload.dropped > 0,
		),
		("nothing accepted was lost".to_string(), overload.lost == 0),
	];
	Ok(Overload { capacity, overload, factor, goodput_ratio, longest_finality_stall_s, verdicts })
}

/// The longest run of seconds, before the last submission, in which nothing was finalized.
fn longest_gap(series: &[report::Second]) -> f64 {
	let last_submitted = series.iter().rposition(|s| s.submitted > 0).unwrap_or(0);
	let first_finalized = series.iter().position(|s| s.finalized > 0).unwrap_or(0);
	let mut longest = 0u32;
	let mut current = 0u32;
	for second in series.iter().take(last_submitted + 1).skip(first_finalized) {
		if second.finalized == 0 {
			current += 1;
			longest = longest.max(current);
		} else {
			current = 0;
		}
	}
	f64::from(longest)
}
