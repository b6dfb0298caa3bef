//! The relayer embeds the compiled contracts from bridge/contracts/out: they must be what the
//! sources compile to.

use std::{path::PathBuf, process::Command};

#[test]
fn compiled_contracts_match_their_sources() {
	let contracts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../contracts");
	let output = Command::new("node")
		.arg("build.mjs")
		.arg("--check")
		.current_dir(&contracts)
		.output()
		.expect("node runs (scripts/setup.sh installs it)");
	assert!(
		output.status.success(),
		"bridge/contracts/out is stale: run `npm run build` in bridge/contracts\n{}",
		String::from_utf8_lossy(&output.stderr)
	);
}
