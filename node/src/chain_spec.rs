//! The chain specifications the node knows by name: `dev`, `local` and `consortium`.

use consort_runtime::{genesis_presets::CONSORTIUM_RUNTIME_PRESET, WASM_BINARY};
use sc_service::ChainType;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// A chain specification of the Consort runtime.
pub type ChainSpec = sc_service::GenericChainSpec;

fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), "CST".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn builder() -> Result<sc_chain_spec::ChainSpecBuilder, String> {
	let wasm =
		WASM_BINARY.ok_or_else(|| "the node was built without the Wasm runtime".to_string())?;
	Ok(ChainSpec::builder(wasm, None).with_properties(properties()))
}

/// One validator (Alice), instant feedback, funded dev accounts, a sudo key.
pub fn development() -> Result<ChainSpec, String> {
	Ok(builder()?
		.with_name("Consort Development")
		.with_id("consort_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(DEV_RUNTIME_PRESET)
		.build())
}

/// Four validators (Alice to Dave) and an observer on this machine, no sudo. Nodes are told
/// their peers by `--bootnodes` (see `scripts/local-network.sh`), so that tests and a running
/// local network never find each other.
pub fn local_consortium() -> Result<ChainSpec, String> {
	Ok(builder()?
		.with_name("Consort Local Consortium")
		.with_id("consort_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(LOCAL_TESTNET_RUNTIME_PRESET)
		.build())
}

/// The production template: placeholder keys that a consortium replaces before launch.
pub fn consortium_template() -> Result<ChainSpec, String> {
	Ok(builder()?
		.with_name("Consort Consortium (template: replace every placeholder key)")
		.with_id("consort_consortium")
		.with_chain_type(ChainType::Live)
		.with_genesis_config_preset_name(CONSORTIUM_RUNTIME_PRESET)
		.build())
}

/// The chain spec named `id`, or read from the JSON file at the path `id`.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"" | "dev" => Box::new(development()?),
		"local" => Box::new(local_consortium()?),
		"consortium" => Box::new(consortium_template()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}
