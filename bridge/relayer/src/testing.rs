//! For tests of the bridge (this crate's and the node's end-to-end ones): real EVM nodes
//! (anvil, from the npm package in bridge/contracts) on 127.0.0.1.

use crate::{
	beefy,
	consort::{self, Consort},
	contracts::light_client::ConsortLightClient::{self, ConsortLightClientInstance},
};
use alloy::{
	network::EthereumWallet,
	node_bindings::{Anvil, AnvilInstance},
	providers::{DynProvider, Provider, ProviderBuilder},
	signers::local::PrivateKeySigner,
};
use std::path::PathBuf;

/// The anvil binary: $CONSORT_ANVIL, or the one `npm ci` put in bridge/contracts.
pub fn anvil_path() -> PathBuf {
	std::env::var_os("CONSORT_ANVIL").map(PathBuf::from).unwrap_or_else(|| {
		PathBuf::from(env!("CARGO_MANIFEST_DIR"))
			.join("../contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil")
	})
}

/// A running EVM node and a provider that signs with its first funded key.
pub struct Evm {
	/// Kept so the node runs as long as the test; dropping it stops the process.
	pub node: AnvilInstance,
	pub provider: DynProvider,
}

impl Evm {
	/// The `index`-th funded key of the node, in hex.
	pub fn key_hex(&self, index: usize) -> String {
		format!("0x{}", alloy::hex::encode(self.node.keys()[index].to_bytes()))
	}
}

/// Starts an EVM node on 127.0.0.1 with its own chain id and any further anvil `args`.
pub fn evm_with(chain_id: u64, args: &[&str]) -> Evm {
	let node = Anvil::at(anvil_path())
		.chain_id(chain_id)
		.arg("--host")
		.arg("127.0.0.1")
		.args(args.iter().copied())
		.try_spawn()
		.expect("anvil starts (run scripts/setup.sh to install it)");
	let signer = PrivateKeySigner::from(node.keys()[0].clone());
	let provider = ProviderBuilder::new()
		.wallet(EthereumWallet::from(signer))
		.connect_http(node.endpoint_url())
		.erased();
	Evm { node, provider }
}

/// Starts an EVM node on 127.0.0.1 with its own chain id.
pub fn evm(chain_id: u64) -> Evm {
	evm_with(chain_id, &[])
}

/// Deploys a light client that starts from Consort's current and next BEEFY sets.
pub async fn deploy_light_client(
	consort: &Consort,
	provider: &DynProvider,
) -> Result<ConsortLightClientInstance<DynProvider>, consort::Error> {
	let current = consort.authority_set(None).await?;
	let next = consort.next_authority_set(None).await?;
	Ok(ConsortLightClient::deploy(
		provider.clone(),
		beefy::authority_set(&current),
		beefy::authority_set(&next),
	)
	.await
	.expect("the light client deploys"))
}
