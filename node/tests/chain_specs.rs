//! The chain specs committed in chain-spec/ are what the node generates from the runtime's
//! genesis presets, so no one starts a network from a stale file.

mod common;

use serde_json::Value;

fn committed(chain: &str) -> Value {
	let path = format!("{}/../chain-spec/{chain}.json", env!("CARGO_MANIFEST_DIR"));
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
	serde_json::from_str(&text).expect("committed spec is JSON")
}

/// The committed specs carry the genesis the runtime's presets give, and a runtime of the
/// same version and APIs. The Wasm bytes themselves depend on the path the runtime was built
/// at (symbol hashes change code layout), so they are compared by the version they embed;
/// a release's Wasm comes from one reproducible build (see chain-spec/README.md).
#[test]
fn committed_chain_specs_match_what_the_node_generates() {
	for chain in ["dev", "local", "consortium"] {
		let (committed, generated) = (committed(chain), common::build_spec(chain));
		// Compared field by field, so a mismatch names what differs.
		for field in ["name", "id", "chainType", "bootNodes", "telemetryEndpoints", "protocolId"] {
			assert_eq!(
				committed.get(field),
				generated.get(field),
				"chain-spec/{chain}.json: `{field}` differs; run scripts/chain-specs.sh"
			);
		}
		assert_eq!(
			committed.get("properties"),
			generated.get("properties"),
			"chain-spec/{chain}.json: `properties` differ; run scripts/chain-specs.sh"
		);
		assert_eq!(
			without_code(&committed),
			without_code(&generated),
			"chain-spec/{chain}.json: the genesis differs; run scripts/chain-specs.sh"
		);
		assert_eq!(
			runtime_version(&committed),
			runtime_version(&generated),
			"chain-spec/{chain}.json: the runtime version differs; run scripts/chain-specs.sh"
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

fn code(spec: &Value) -> Vec<u8> {
	let code = spec["genesis"]["runtimeGenesis"]["code"].as_str().expect("the spec holds code");
	hex::decode(code.trim_start_matches("0x")).expect("the code is hex")
}

fn without_code(spec: &Value) -> Value {
	let mut spec = spec.clone();
	if let Some(runtime) = spec["genesis"]["runtimeGenesis"].as_object_mut() {
		runtime.remove("code");
	}
	spec
}

/// The version the spec's Wasm embeds, as the node reads it before running the code.
fn runtime_version(spec: &Value) -> sp_version::RuntimeVersion {
	let blob = sc_executor_common::runtime_blob::RuntimeBlob::uncompress_if_needed(&code(spec))
		.expect("the code is a Wasm runtime");
	sc_executor::read_embedded_version(&blob)
		.expect("the version section reads")
		.expect("the runtime embeds its version")
}
