//! The chain specs committed in chain-spec/ are what the node generates from the runtime's
//! genesis presets, so no one starts a network from a stale file.

use std::process::Command;

use serde_json::Value;

fn generated(chain: &str) -> Value {
	let output = Command::new(env!("CARGO_BIN_EXE_consort-node"))
		.args(["build-spec", "--chain", chain, "--disable-default-bootnode"])
		.output()
		.expect("consort-node runs");
	assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
	serde_json::from_slice(&output.stdout).expect("the node prints JSON")
}

fn committed(chain: &str) -> Value {
	let path = format!("{}/../chain-spec/{chain}.json", env!("CARGO_MANIFEST_DIR"));
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
	serde_json::from_str(&text).expect("committed spec is JSON")
}

#[test]
fn committed_chain_specs_match_what_the_node_generates() {
	for chain in ["dev", "local", "consortium"] {
		let (committed, generated) = (committed(chain), generated(chain));
		// Compared field by field first, so a mismatch names what differs.
		for field in ["name", "id", "chainType", "bootNodes", "properties", "genesis"] {
			assert_eq!(
				committed.get(field).map(|v| if field == "genesis" {
					strip_code(v)
				} else {
					v.clone()
				}),
				generated.get(field).map(|v| if field == "genesis" {
					strip_code(v)
				} else {
					v.clone()
				}),
				"chain-spec/{chain}.json: `{field}` differs; run scripts/chain-specs.sh"
			);
		}
		assert!(
			committed == generated,
			"chain-spec/{chain}.json: the runtime code differs; run scripts/chain-specs.sh"
		);
	}
}

#[test]
fn only_the_dev_spec_has_a_sudo_key() {
	for chain in ["dev", "local", "consortium"] {
		let spec = committed(chain);
		let sudo = &spec["genesis"]["runtimeGenesis"]["patch"]["sudo"];
		assert_eq!(!sudo.is_null(), chain == "dev", "chain-spec/{chain}.json");
	}
}

fn strip_code(genesis: &Value) -> Value {
	let mut genesis = genesis.clone();
	if let Some(runtime) = genesis.get_mut("runtimeGenesis").and_then(Value::as_object_mut) {
		runtime.remove("code");
	}
	genesis
}
