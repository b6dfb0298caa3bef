//! Bindings of the contracts in bridge/contracts, generated from their compiled artifacts
//! (which a test keeps equal to what the sources compile to).

/// The light client that verifies the consortium's BEEFY commitments.
pub mod light_client {
	alloy::sol!(
		#[sol(rpc)]
		#[derive(Debug, Default, PartialEq, Eq)]
		ConsortLightClient,
		"../contracts/out/ConsortLightClient.json"
	);
}

/// The ERC-1400 mirror of one bridged security.
pub mod security {
	alloy::sol!(
		#[sol(rpc)]
		#[derive(Debug, Default, PartialEq, Eq)]
		ConsortSecurity,
		"../contracts/out/ConsortSecurity.json"
	);
}
