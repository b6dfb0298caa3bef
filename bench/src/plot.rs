//! An SVG of each scenario over time: throughput (included and finalized per second) on the
//! left, submit-to-finality latency (p50 and p99 of what was submitted that second) on the
//! right.

use std::fmt::Write;

use crate::report::{Report, Second};

const PANEL_WIDTH: f64 = 520.0;
const PANEL_HEIGHT: f64 = 220.0;
const MARGIN: f64 = 50.0;

/// The report's time series as one SVG document.
pub fn svg(report: &Report) -> String {
	let rows = report.scenarios.len().max(1) as f64;
	let width = 2.0 * (PANEL_WIDTH + 2.0 * MARGIN);
	let height = rows * (PANEL_HEIGHT + 2.0 * MARGIN);
	let mut out = String::new();
	let _ = writeln!(
		out,
		r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
	);
	let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#);
	for (row, scenario) in report.scenarios.iter().enumerate() {
		let top = row as f64 * (PANEL_HEIGHT + 2.0 * MARGIN) + MARGIN;
		let series = &scenario.series;
		let throughput: [(&str, &str, Vec<f64>); 2] = [
			("included/s (4 s mean)", "#1f77b4", smooth(series.iter().map(|s| s.included as f64))),
			(
				"finalized/s (4 s mean)",
				"#2ca02c",
				smooth(series.iter().map(|s| s.finalized as f64)),
			),
		];
		panel(&mut out, MARGIN, top, &format!("{}: throughput", scenario.scenario), &throughput);
		let latency = |pick: fn(&Second) -> Option<f64>| -> Vec<f64> {
			series.iter().map(|s| pick(s).unwrap_or(f64::NAN)).collect()
		};
		let latencies: [(&str, &str, Vec<f64>); 2] = [
			("finality p50 ms", "#ff7f0e", latency(|s| s.finality_p50_ms)),
			("finality p99 ms", "#d62728", latency(|s| s.finality_p99_ms)),
		];
		panel(
			&mut out,
			3.0 * MARGIN + PANEL_WIDTH,
			top,
			&format!("{}: submit to finality", scenario.scenario),
			&latencies,
		);
	}
	out.push_str("</svg>\n");
	out
}

/// One chart: axes from zero to the largest value, a polyline per series (gaps where a
/// value is missing), a legend.
fn panel(out: &mut String, left: f64, top: f64, title: &str, lines: &[(&str, &str, Vec<f64>)]) {
	let points = lines.iter().map(|(_, _, values)| values.len()).max().unwrap_or(0).max(2);
	let peak = lines
		.iter()
		.flat_map(|(_, _, values)| values.iter().copied())
		.filter(|v| v.is_finite())
		.fold(0.0_f64, f64::max)
		.max(1.0);
	let x = |i: usize| left + PANEL_WIDTH * i as f64 / (points - 1) as f64;
	let y = |v: f64| top + PANEL_HEIGHT * (1.0 - v / peak);
	let bottom = top + PANEL_HEIGHT;
	let right = left + PANEL_WIDTH;
	let _ = writeln!(
		out,
		r#"<text x="{left}" y="{}" font-size="13">{}</text>"#,
		top - 20.0,
		escape(title)
	);
	let _ = writeln!(
		out,
		r#"<polyline points="{left},{top} {left},{bottom} {right},{bottom}" fill="none" stroke="black"/>"#
	);
	let _ = writeln!(
		out,
		r#"<text x="{}" y="{}" text-anchor="end">{peak:.0}</text>"#,
		left - 4.0,
		top + 4.0
	);
	let _ = writeln!(
		out,
		r#"<text x="{}" y="{}" text-anchor="end">0</text>"#,
		left - 4.0,
		bottom + 4.0
	);
	let _ = writeln!(
		out,
		r#"<text x="{right}" y="{}" text-anchor="end">{} s</text>"#,
		bottom + 16.0,
		points - 1
	);
	for (n, (name, colour, values)) in lines.iter().enumerate() {
		let mut segment = Vec::new();
		let mut flush = |segment: &mut Vec<String>| {
			if segment.len() > 1 {
				let _ = writeln!(
					out,
					r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="1.5"/>"#,
					segment.join(" ")
				);
			}
			segment.clear();
		};
		for (i, value) in values.iter().enumerate() {
			if value.is_finite() {
				segment.push(format!("{:.1},{:.1}", x(i), y(*value)));
			} else {
				flush(&mut segment);
			}
		}
		flush(&mut segment);
		let legend_y = top - 6.0;
		let legend_x = left + 220.0 + n as f64 * 130.0;
		let _ = writeln!(
			out,
			r#"<rect x="{legend_x}" y="{}" width="10" height="4" fill="{colour}"/><text x="{}" y="{legend_y}">{}</text>"#,
			legend_y - 4.0,
			legend_x + 14.0,
			escape(name)
		);
	}
}

/// The mean of each value and the three before it: blocks come every two seconds, so a
/// per-second count alternates between a block's worth and nothing.
fn smooth(values: impl Iterator<Item = f64>) -> Vec<f64> {
	let values: Vec<f64> = values.collect();
	(0..values.len())
		.map(|i| {
			let window = &values[i.saturating_sub(3)..=i];
			window.iter().sum::<f64>() / window.len() as f64
		})
		.collect()
}

fn escape(text: &str) -> String {
	text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
