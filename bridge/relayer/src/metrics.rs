//! The relayer's Prometheus metrics: per target, the newest block its light client accepted
//! and how far it lags BEEFY, each mirror's epoch and lag, the gas spent, and errors.

use crate::relay::{Step, Submission};
use substrate_prometheus_endpoint::{
	register, CounterVec, GaugeVec, Opts, PrometheusError, Registry, U64,
};

type IntGaugeVec = GaugeVec<U64>;
type IntCounterVec = CounterVec<U64>;

#[derive(Clone)]
pub struct Metrics {
	light_client_block: IntGaugeVec,
	beefy_lag_blocks: IntGaugeVec,
	mirrored_epoch: IntGaugeVec,
	mirror_behind: IntGaugeVec,
	submissions: IntCounterVec,
	gas_used: IntCounterVec,
	last_gas: IntGaugeVec,
	errors: IntCounterVec,
}

fn gauge(
	registry: &Registry,
	name: &str,
	help: &str,
	labels: &[&str],
) -> Result<IntGaugeVec, PrometheusError> {
	register(IntGaugeVec::new(Opts::new(name, help), labels)?, registry)
}

impl Metrics {
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		Ok(Metrics {
			light_client_block: gauge(
				registry,
				"consort_relayer_light_client_block",
				"The newest Consort block the target's light client accepted",
				&["target"],
			)?,
			beefy_lag_blocks: gauge(
				registry,
				"consort_relayer_beefy_lag_blocks",
				"Blocks between Consort's newest BEEFY commitment and the light client's",
				&["target"],
			)?,
			mirrored_epoch: gauge(
				registry,
				"consort_relayer_mirrored_epoch",
				"The newest epoch each mirror applied",
				&["target", "asset"],
			)?,
			mirror_behind: gauge(
				registry,
				"consort_relayer_mirror_behind",
				"1 while Consort has sealed an entry of the asset that the mirror has not applied",
				&["target", "asset"],
			)?,
			submissions: register(
				IntCounterVec::new(
					Opts::new("consort_relayer_submissions_total", "Transactions mined"),
					&["target", "kind"],
				)?,
				registry,
			)?,
			gas_used: register(
				IntCounterVec::new(
					Opts::new("consort_relayer_gas_used_total", "Gas used by mined transactions"),
					&["target", "kind"],
				)?,
				registry,
			)?,
			last_gas: register(
				IntGaugeVec::new(
					Opts::new("consort_relayer_last_gas", "Gas of the newest mined transaction"),
					&["target", "kind"],
				)?,
				registry,
			)?,
			errors: register(
				IntCounterVec::new(
					Opts::new("consort_relayer_errors_total", "Steps that failed"),
					&["target"],
				)?,
				registry,
			)?,
		})
	}

	/// Records a step, with what it read of Consort.
	pub fn step(&self, target: &str, step: &Step) {
		self.light_client_block.with_label_values(&[target]).set(step.light_client_block.into());
		self.beefy_lag_blocks
			.with_label_values(&[target])
			.set(step.beefy_head.saturating_sub(step.light_client_block).into());
		for (asset, epoch) in &step.mirrored_epochs {
			let label = asset.to_string();
			self.mirrored_epoch.with_label_values(&[target, &label]).set(*epoch);
			if let Some((_, newest)) = step.newest_epochs.iter().find(|(a, _)| a == asset) {
				self.mirror_behind
					.with_label_values(&[target, &label])
					.set(u64::from(*newest > *epoch));
			}
		}
		for submission in &step.submitted {
			let (kind, gas) = match submission {
				Submission::Commitment { handover: true, gas, .. } => ("handover", *gas),
				Submission::Commitment { gas, .. } => ("commitment", *gas),
				Submission::Checkpoint { gas, .. } => ("checkpoint", *gas),
			};
			self.submissions.with_label_values(&[target, kind]).inc();
			self.gas_used.with_label_values(&[target, kind]).inc_by(gas);
			self.last_gas.with_label_values(&[target, kind]).set(gas);
		}
	}

	pub fn error(&self, target: &str) {
		self.errors.with_label_values(&[target]).inc();
	}
}
