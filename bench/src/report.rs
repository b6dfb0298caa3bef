//! What a run measured, per scenario: counts that must add up, sustained rates, latencies,
//! and a time series for the plot.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::load::{Outcome, Run};

/// Latency percentiles, in milliseconds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Latency {
	pub p50: f64,
	pub p90: f64,
	pub p99: f64,
	pub max: f64,
}

impl Latency {
	/// Nearest-rank percentiles of `samples` (seconds), reported in milliseconds.
	pub fn of(mut samples: Vec<f64>) -> Option<Latency> {
		if samples.is_empty() {
			return None;
		}
		samples.sort_by(f64::total_cmp);
		let rank = |p: f64| {
			let index = ((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1;
			samples[index] * 1000.0
		};
		Some(Latency { p50: rank(0.50), p90: rank(0.90), p99: rank(0.99), max: rank(1.0) })
	}
}

/// One second of a run, for the plot: what was included and finalized in it, and the
/// latencies of what was submitted in it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Second {
	pub second: u32,
	pub submitted: u32,
	pub included: u32,
	pub finalized: u32,
	pub finality_p50_ms: Option<f64>,
	pub finality_p99_ms: Option<f64>,
}

/// The report of one scenario's run.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ScenarioReport {
	pub scenario: String,
	/// Offered extrinsics per second, or `None` for as fast as the node includes them.
	pub offered_per_s: Option<f64>,
	pub planned: usize,
	pub submitted: usize,
	pub accepted: usize,
	pub rejected: usize,
	pub rejected_by_reason: BTreeMap<String, usize>,
	/// Not sent because an earlier extrinsic of the same sender was refused or dropped.
	pub skipped: usize,
	pub included: usize,
	/// Included, but the call failed (it paid its fee and changed nothing else).
	pub failed: usize,
	pub failed_by_reason: BTreeMap<String, usize>,
	pub finalized: usize,
	/// Accepted, not included, and still in the pool when the run ended.
	pub pending: usize,
	/// Accepted, not included, then dropped by the pool, which told the client so.
	pub dropped: usize,
	pub dropped_by_reason: BTreeMap<String, usize>,
	/// Accepted, never included, behind an extrinsic of its sender that was dropped.
	/// (Absent from reports written before it was counted.)
	#[serde(default)]
	pub stranded: usize,
	/// Accepted, never included, gone from the pool, and the client never told: must be
	/// zero.
	pub lost: usize,
	/// Included although the pool had refused it at submission: the client was told
	/// something untrue. (Absent from reports written before it was counted.)
	#[serde(default)]
	pub included_after_rejection: usize,
	/// Included although the pool had reported it dropped. (As above.)
	#[serde(default)]
	pub included_after_drop: usize,
	/// Answered `1013 Transaction Already Imported` to their one submission, neither accepted
	/// nor rejected: the pool holds them without a watch, so only the blocks tell what became
	/// of them. (As above.)
	#[serde(default)]
	pub unwatched: usize,
	/// Of those, how many were included.
	#[serde(default)]
	pub unwatched_included: usize,
	pub included_per_s: f64,
	pub finalized_per_s: f64,
	pub inclusion_latency_ms: Option<Latency>,
	pub finality_latency_ms: Option<Latency>,
	/// This scenario's finalized per second over the baseline's, in the same run.
	pub ratio_to_baseline: Option<f64>,
	pub blocks: usize,
	pub duration_s: f64,
	pub series: Vec<Second>,
}

impl ScenarioReport {
	pub fn of(scenario: &str, offered_per_s: Option<f64>, run: &Run) -> ScenarioReport {
		let records = &run.records;
		let count = |keep: &dyn Fn(&crate::load::TxRecord) -> bool| {
			records.iter().filter(|r| keep(r)).count()
		};
		let mut rejected_by_reason = BTreeMap::new();
		let mut failed_by_reason = BTreeMap::new();
		let mut dropped_by_reason = BTreeMap::new();
		for record in records {
			if let (None, Some(end)) = (record.included_at, &record.dropped) {
				*dropped_by_reason.entry(end.clone()).or_default() += 1;
			}
			if let Outcome::Rejected(reason) = &record.outcome {
				*rejected_by_reason.entry(reason.clone()).or_default() += 1;
			}
			if let (Some(_), Some(failure)) = (record.included_at, &record.failure) {
				*failed_by_reason.entry(failure.clone()).or_default() += 1;
			}
		}
		let accepted = count(&|r| r.outcome == Outcome::Accepted);
		let included = count(&|r| r.outcome == Outcome::Accepted && r.included_at.is_some());
		let pending = count(&|r| r.pending_at_end);
		let dropped: usize = dropped_by_reason.values().sum();
		let stranded = count(&|r| r.stranded);
		let included_after_rejection =
			count(&|r| r.included_at.is_some() && matches!(r.outcome, Outcome::Rejected(_)));
		let included_after_drop = count(&|r| r.included_at.is_some() && r.dropped.is_some());
		let unwatched = count(&|r| r.outcome == Outcome::Unwatched);
		let unwatched_included =
			count(&|r| r.outcome == Outcome::Unwatched && r.included_at.is_some());
		let inclusion: Vec<f64> =
			records.iter().filter_map(|r| Some(r.included_at? - r.submitted_at?)).collect();
		let finality: Vec<f64> =
			records.iter().filter_map(|r| Some(r.finalized_at? - r.submitted_at?)).collect();
		ScenarioReport {
			scenario: scenario.to_string(),
			offered_per_s,
			planned: records.len(),
			submitted: count(&|r| r.submitted_at.is_some()),
			accepted,
			rejected: rejected_by_reason.values().sum(),
			rejected_by_reason,
			skipped: count(&|r| r.outcome == Outcome::Skipped),
			included,
			failed: failed_by_reason.values().sum(),
			failed_by_reason,
			finalized: count(&|r| r.outcome == Outcome::Accepted && r.finalized_at.is_some()),
			pending,
			dropped,
			dropped_by_reason,
			stranded,
			lost: accepted
				.saturating_sub(included)
				.saturating_sub(pending)
				.saturating_sub(dropped)
				.saturating_sub(stranded),
			included_after_rejection,
			included_after_drop,
			unwatched,
			unwatched_included,
			included_per_s: sustained(records.iter().filter_map(|r| r.included_at).collect()),
			finalized_per_s: sustained(records.iter().filter_map(|r| r.finalized_at).collect()),
			inclusion_latency_ms: Latency::of(inclusion),
			finality_latency_ms: Latency::of(finality),
			ratio_to_baseline: None,
			blocks: run.best_blocks.len(),
			duration_s: run.ended_at,
			series: series(run),
		}
	}
}

/// A sustained rate from event times that arrive in bursts (one per block included, one per
/// finality notice however many blocks it makes final): the events after the first burst,
/// over the time from the first burst to the last. When a burst lies between them, the last
/// burst is left out too: a run's tail fills its last block only in part, and counting that
/// part over a whole block interval understated a run of five blocks by up to a quarter. A
/// run of one burst has no rate.
pub fn sustained(mut times: Vec<f64>) -> f64 {
	times.sort_by(f64::total_cmp);
	let (Some(&first), Some(&last)) = (times.first(), times.last()) else { return 0.0 };
	let end = times.iter().rev().copied().find(|t| *t < last && *t > first).unwrap_or(last);
	let span = end - first;
	if span <= 0.0 {
		return 0.0;
	}
	let counted = times.iter().filter(|t| **t > first && **t <= end).count();
	counted as f64 / span
}

fn series(run: &Run) -> Vec<Second> {
	let seconds = run.ended_at.ceil() as usize + 1;
	let mut out: Vec<Second> = (0..seconds)
		.map(|s| Second {
			second: s as u32,
			submitted: 0,
			included: 0,
			finalized: 0,
			finality_p50_ms: None,
			finality_p99_ms: None,
		})
		.collect();
	let mut latencies: Vec<Vec<f64>> = vec![Vec::new(); seconds];
	let bucket = |t: f64| (t.max(0.0) as usize).min(seconds - 1);
	for record in &run.records {
		if let Some(t) = record.submitted_at {
			out[bucket(t)].submitted += 1;
			if let Some(f) = record.finalized_at {
				latencies[bucket(t)].push(f - t);
			}
		}
		if let Some(t) = record.included_at {
			out[bucket(t)].included += 1;
		}
		if let Some(t) = record.finalized_at {
			out[bucket(t)].finalized += 1;
		}
	}
	for (second, samples) in out.iter_mut().zip(latencies) {
		if let Some(latency) = Latency::of(samples) {
			second.finality_p50_ms = Some(latency.p50);
			second.finality_p99_ms = Some(latency.p99);
		}
	}
	out
}

/// The whole run's report: every scenario, in the order run.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
	pub chain: String,
	pub nodes: Vec<String>,
	pub baseline: Option<String>,
	pub scenarios: Vec<ScenarioReport>,
}

impl Report {
	/// Sets each scenario's ratio to the baseline's finalized rate.
	pub fn relate_to_baseline(&mut self) {
		let Some(baseline) = &self.baseline else { return };
		let Some(base) = self.scenarios.iter().find(|s| &s.scenario == baseline) else { return };
		let base = base.finalized_per_s;
		if base <= 0.0 {
			return;
		}
		for scenario in &mut self.scenarios {
			scenario.ratio_to_baseline = Some(scenario.finalized_per_s / base);
		}
	}

	/// A plain-text table, one scenario a row, and the reasons below it.
	pub fn table(&self) -> String {
		let mut out = String::new();
		out.push_str(&format!(
			"{:<10} {:>8} {:>8} {:>8} {:>8} {:>7} {:>8} {:>7} {:>7} {:>5} {:>8} {:>8} {:>6} {:>22} {:>22}\n",
			"scenario",
			"offered",
			"submit",
			"accept",
			"reject",
			"failed",
			"final",
			"pending",
			"dropped",
			"lost",
			"incl/s",
			"final/s",
			"ratio",
			"inclusion p50/p99 ms",
			"finality p50/p99 ms",
		));
		for s in &self.scenarios {
			let latency = |l: &Option<Latency>| {
				l.as_ref().map_or("-".to_string(), |l| format!("{:.0}/{:.0}", l.p50, l.p99))
			};
			out.push_str(&format!(
				"{:<10} {:>8} {:>8} {:>8} {:>8} {:>7} {:>8} {:>7} {:>7} {:>5} {:>8.1} {:>8.1} {:>6} {:>22} {:>22}\n",
				s.scenario,
				s.offered_per_s.map_or("max".to_string(), |r| format!("{r:.0}/s")),
				s.submitted,
				s.accepted,
				s.rejected,
				s.failed,
				s.finalized,
				s.pending,
				s.dropped,
				s.lost,
				s.included_per_s,
				s.finalized_per_s,
				s.ratio_to_baseline.map_or("-".to_string(), |r| format!("{r:.2}")),
				latency(&s.inclusion_latency_ms),
				latency(&s.finality_latency_ms),
			));
		}
		for s in &self.scenarios {
			for (reason, n) in &s.rejected_by_reason {
				out.push_str(&format!("{}: {n} rejected: {reason}\n", s.scenario));
			}
			for (end, n) in &s.dropped_by_reason {
				out.push_str(&format!("{}: {n} accepted, then {end} by the pool\n", s.scenario));
			}
			if s.stranded > 0 {
				out.push_str(&format!(
					"{}: {} accepted, stranded behind a dropped extrinsic of their sender\n",
					s.scenario, s.stranded
				));
			}
			for (reason, n) in &s.failed_by_reason {
				out.push_str(&format!("{}: {n} failed: {reason}\n", s.scenario));
			}
			if s.included_after_rejection > 0 {
				out.push_str(&format!(
					"{}: {} included although the pool refused them\n",
					s.scenario, s.included_after_rejection
				));
			}
			if s.unwatched > 0 {
				out.push_str(&format!(
					"{}: {} answered `1013 Transaction Already Imported` (in the pool, \
					 unwatched), {} of them included\n",
					s.scenario, s.unwatched, s.unwatched_included
				));
			}
			if s.included_after_drop > 0 {
				out.push_str(&format!(
					"{}: {} included although the pool said they were dropped\n",
					s.scenario, s.included_after_drop
				));
			}
		}
		out
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn percentiles_are_nearest_rank_in_milliseconds() {
		let samples: Vec<f64> = (1..=100).map(|n| n as f64 / 1000.0).collect();
		let latency = Latency::of(samples).unwrap();
		assert_eq!((latency.p50, latency.p90, latency.p99, latency.max), (50.0, 90.0, 99.0, 100.0));
		assert_eq!(Latency::of(Vec::new()), None);
	}

	#[test]
	fn a_sustained_rate_leaves_out_the_first_burst() {
		// Ten a block, a block every two seconds, five blocks: thirty after the first and
		// before the last, in six seconds.
		let times: Vec<f64> =
			(0..5).flat_map(|b| std::iter::repeat_n(b as f64 * 2.0, 10)).collect();
		assert_eq!(sustained(times), 5.0);
		assert_eq!(sustained(vec![3.0; 10]), 0.0);
		assert_eq!(sustained(Vec::new()), 0.0);
	}

	#[test]
	fn a_sustained_rate_leaves_out_a_last_block_the_run_filled_in_part() {
		// Four full blocks of ten, then the run's last two in a fifth: still five a second,
		// where counting the last block would give 32 in eight seconds, four a second.
		let mut times: Vec<f64> =
			(0..4).flat_map(|b| std::iter::repeat_n(b as f64 * 2.0, 10)).collect();
		times.extend([8.0, 8.0]);
		assert_eq!(sustained(times), 5.0);
		// Two bursts: nothing lies between them, so the last one counts.
		assert_eq!(sustained(vec![0.0, 0.0, 2.0, 2.0, 2.0]), 1.5);
	}

	fn answered(outcome: Outcome, included_at: Option<f64>) -> crate::load::TxRecord {
		crate::load::TxRecord {
			submitted_at: Some(0.0),
			outcome,
			included_at,
			finalized_at: included_at,
			failure: None,
			pending_at_end: false,
			dropped: None,
			stranded: false,
		}
	}

	#[test]
	fn an_extrinsic_answered_already_imported_is_counted_apart_from_accepted_and_rejected() {
		let run = Run {
			records: vec![
				answered(Outcome::Accepted, Some(1.0)),
				answered(Outcome::Unwatched, Some(2.0)),
				answered(Outcome::Unwatched, None),
			],
			best_blocks: Vec::new(),
			finalized_blocks: Vec::new(),
			submission_ended_at: 0.0,
			ended_at: 3.0,
		};
		let report = ScenarioReport::of("orders", None, &run);
		assert_eq!((report.submitted, report.accepted, report.rejected), (3, 1, 0));
		assert_eq!((report.unwatched, report.unwatched_included), (2, 1));
		// Accepted ones end included, pending, dropped, stranded or lost; these are apart.
		assert_eq!((report.included, report.lost), (1, 0));
		assert!(report.rejected_by_reason.is_empty());
	}
}
