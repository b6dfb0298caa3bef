//! The node's own JSON-RPC methods, beside Substrate's standard ones.

use std::sync::Arc;

use consort_runtime::{
	configs::{AssetBalance, AssetId},
	opaque::Block,
	AccountId, Balance, Nonce,
};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need of the node.
pub struct FullDeps<C, P> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
}

/// The RPC methods Consort adds: account nonces, fee estimates, the compliance dry run, and
/// the reads of the ledger and the order books.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_compliance_rpc::ComplianceRuntimeApi<Block, AccountId, AssetId, AssetBalance>,
	C::Api: pallet_matching_rpc::MatchingRuntimeApi<Block, AccountId, AssetId>,
	C::Api: pallet_token_rpc::TokenRuntimeApi<Block, AccountId, AssetId, AssetBalance>,
	P: TransactionPool + 'static,
{
	use pallet_compliance_rpc::{Compliance, ComplianceApiServer};
	use pallet_matching_rpc::{Matching, MatchingApiServer};
	use pallet_token_rpc::{Token, TokenApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Compliance::new(client.clone()).into_rpc())?;
	module.merge(Matching::new(client.clone()).into_rpc())?;
	module.merge(Token::new(client).into_rpc())?;

	Ok(module)
}
