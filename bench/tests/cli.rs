//! The command line refuses what it cannot run before it touches a node.

use std::process::Command;

fn bench(args: &[&str]) -> std::process::Output {
	Command::new(env!("CARGO_BIN_EXE_consort-bench")).args(args).output().expect("it runs")
}

#[test]
fn a_rate_of_zero_is_refused_with_its_reason() {
	let output = bench(&["run", "--rate", "0"]);
	assert_eq!(output.status.code(), Some(2));
	assert!(String::from_utf8_lossy(&output.stderr).contains("--rate must be more than zero"));
}

#[test]
fn an_unknown_scenario_is_refused_by_name() {
	let output = bench(&["run", "--scenarios", "transfers,lottery"]);
	assert_eq!(output.status.code(), Some(2));
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(stderr.contains("lottery") && stderr.contains("crossing"), "{stderr}");
}
