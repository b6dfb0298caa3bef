//! The relayer's configuration file (TOML): the Consort node to read, and each target chain
//! with its contracts and the key that pays for submissions.

use alloy::primitives::Address;
use anchor_primitives::AssetId;
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
	#[error("reading {path}: {error}")]
	Read { path: PathBuf, error: std::io::Error },
	#[error("the configuration is not valid: {0}")]
	Parse(#[from] toml::de::Error),
	#[error("target {target}: {problem}")]
	Target { target: String, problem: String },
}

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The WebSocket JSON-RPC endpoint of a Consort node.
	pub consort: String,
	/// Seconds between steps.
	#[serde(default = "default_poll_seconds")]
	pub poll_seconds: u64,
	/// Where Prometheus metrics are served, if anywhere.
	pub metrics: Option<SocketAddr>,
	#[serde(rename = "target")]
	pub targets: Vec<TargetConfig>,
}

fn default_poll_seconds() -> u64 {
	6
}

fn default_receipt_timeout_seconds() -> u64 {
	120
}

fn default_fee_bumps() -> u32 {
	3
}

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TargetConfig {
	/// A name for logs and metrics, such as `ethereum` or `polygon`.
	pub name: String,
	/// The target chain's JSON-RPC endpoint (HTTP).
	pub rpc: String,
	/// The chain id the endpoint must report: a relayer pointed at the wrong chain stops.
	pub chain_id: u64,
	pub light_client: Address,
	/// A file holding the signer's private key in hex.
	pub key_file: Option<PathBuf>,
	/// An environment variable holding the signer's private key in hex.
	pub key_env: Option<String>,
	/// How long a transaction may wait to be mined before it is sent again, under the same
	/// nonce, with fees an eighth higher.
	#[serde(default = "default_receipt_timeout_seconds")]
	pub receipt_timeout_seconds: u64,
	/// How many times a transaction not mined in time is sent again with higher fees.
	#[serde(default = "default_fee_bumps")]
	pub fee_bumps: u32,
	#[serde(default, rename = "mirror")]
	pub mirrors: Vec<MirrorConfig>,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct MirrorConfig {
	/// The security's asset id on Consort.
	pub asset: AssetId,
	/// Its ConsortSecurity contract on the target.
	pub address: Address,
}

impl Config {
	pub fn parse(text: &str) -> Result<Config, Error> {
		let config: Config = toml::from_str(text)?;
		for (index, target) in config.targets.iter().enumerate() {
			if config.targets[..index].iter().any(|earlier| earlier.name == target.name) {
				return Err(Error::Target {
					target: target.name.clone(),
					problem: "two targets have this name (logs and metrics go by it)".into(),
				});
			}
			if target.receipt_timeout_seconds == 0 {
				return Err(Error::Target {
					target: target.name.clone(),
					problem: "receipt_timeout_seconds must be at least 1".into(),
				});
			}
			if target.key_file.is_some() == target.key_env.is_some() {
				return Err(Error::Target {
					target: target.name.clone(),
					problem: "name exactly one of key_file and key_env".into(),
				});
			}
		}
		Ok(config)
	}

	pub fn load(path: &std::path::Path) -> Result<Config, Error> {
		let text = std::fs::read_to_string(path)
			.map_err(|error| Error::Read { path: path.to_path_buf(), error })?;
		Config::parse(&text)
	}
}

impl TargetConfig {
	/// The signer's private key, from its file or its environment variable.
	pub fn private_key(&self) -> Result<String, Error> {
		let problem = |problem: String| Error::Target { target: self.name.clone(), problem };
		let key = match (&self.key_file, &self.key_env) {
			(Some(path), _) => std::fs::read_to_string(path)
				.map_err(|error| problem(format!("reading {}: {error}", path.display())))?,
			(None, Some(variable)) => std::env::var(variable)
				.map_err(|_| problem(format!("the environment has no {variable}")))?,
			(None, None) => return Err(problem("no key".into())),
		};
		Ok(key.trim().to_string())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const TWO_TARGETS: &str = r#"
consort = "ws://127.0.0.1:9944"
metrics = "127.0.0.1:9616"

[[target]]
name = "ethereum"
rpc = "http://127.0.0.1:8545"
chain_id = 1
light_client = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
key_env = "ETHEREUM_KEY"
[[target.mirror]]
asset = 0
address = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"

[[target]]
name = "polygon"
rpc = "http://127.0.0.1:8546"
chain_id = 137
light_client = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
key_file = "/run/secrets/polygon"
"#;

	#[test]
	fn a_configuration_with_two_targets_parses_with_defaults() {
		let config = Config::parse(TWO_TARGETS).unwrap();
		assert_eq!(config.poll_seconds, 6);
		assert_eq!(config.targets.len(), 2);
		assert_eq!(config.targets[0].mirrors[0].asset, 0);
		assert_eq!(config.targets[1].chain_id, 137);
		assert_eq!(config.targets[1].receipt_timeout_seconds, 120);
		assert_eq!(config.targets[1].fee_bumps, 3);
	}

	#[test]
	fn a_target_needs_exactly_one_key_source() {
		let both = TWO_TARGETS
			.replace("key_env = \"ETHEREUM_KEY\"", "key_env = \"ETHEREUM_KEY\"\nkey_file = \"/k\"");
		assert!(matches!(Config::parse(&both), Err(Error::Target { .. })));
		let none = TWO_TARGETS.replace("key_env = \"ETHEREUM_KEY\"", "");
		assert!(matches!(Config::parse(&none), Err(Error::Target { .. })));
	}

	#[test]
	fn target_names_are_unique_and_receipts_have_time() {
		let twice = TWO_TARGETS.replace("name = \"polygon\"", "name = \"ethereum\"");
		assert!(matches!(Config::parse(&twice), Err(Error::Target { .. })));
		let no_time = TWO_TARGETS
			.replace("chain_id = 137\n", "chain_id = 137\nreceipt_timeout_seconds = 0\n");
		assert!(matches!(Config::parse(&no_time), Err(Error::Target { .. })));
	}

	#[test]
	fn an_unknown_field_is_refused() {
		let typo = TWO_TARGETS.replace("chain_id = 1\n", "chainid = 1\n");
		assert!(matches!(Config::parse(&typo), Err(Error::Parse(_))));
	}
}
