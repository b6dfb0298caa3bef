//! The node's own JSON-RPC methods, beside Substrate's standard ones.

use std::sync::Arc;

use consort_runtime::{
	configs::{AssetBalance, AssetId},
	opaque::Block,
	AccountId, Balance, BlockNumber, Nonce,
};
use jsonrpsee::RpcModule;
use sc_consensus_beefy::communication::notification::{
	BeefyBestBlockStream, BeefyVersionedFinalityProofStream,
};
use sc_rpc::SubscriptionTaskExecutor;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_consensus_beefy::{ecdsa_crypto::AuthorityId as BeefyId, MmrRootHash};

/// What BEEFY's RPC methods need: the streams the BEEFY gadget feeds.
pub struct BeefyDeps {
	/// Each BEEFY justification (a signed commitment) as the gadget accepts it.
	pub justifications: BeefyVersionedFinalityProofStream<Block, BeefyId>,
	/// The newest block BEEFY finalized.
	pub best_block: BeefyBestBlockStream<Block>,
	/// Runs the subscriptions.
	pub subscription_executor: SubscriptionTaskExecutor,
}

/// What the RPC methods need of the node.
pub struct FullDeps<C, P, S> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// The offchain database, where the MMR's nodes are indexed.
	pub offchain_storage: S,
	/// BEEFY's streams.
	pub beefy: BeefyDeps,
}

/// The RPC methods Consort adds: account nonces, fee estimates, the compliance dry run, the
/// reads of the ledger and the order books, and what a bridge relayer reads (BEEFY's signed
/// commitments and MMR proofs).
pub fn create_full<C, P, S>(
	deps: FullDeps<C, P, S>,
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
	C::Api: sp_mmr_primitives::MmrApi<Block, MmrRootHash, BlockNumber>,
	P: TransactionPool + 'static,
	S: sp_core::offchain::OffchainStorage + 'static,
{
	use mmr_rpc::{Mmr, MmrApiServer};
	use pallet_compliance_rpc::{Compliance, ComplianceApiServer};
	use pallet_matching_rpc::{Matching, MatchingApiServer};
	use pallet_token_rpc::{Token, TokenApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use sc_consensus_beefy_rpc::{Beefy, BeefyApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool, offchain_storage, beefy } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Compliance::new(client.clone()).into_rpc())?;
	module.merge(Matching::new(client.clone()).into_rpc())?;
	module.merge(Token::new(client.clone()).into_rpc())?;
	module.merge(Mmr::new(client, offchain_storage).into_rpc())?;
	module.merge(
		Beefy::<Block, BeefyId>::new(
			beefy.justifications,
			beefy.best_block,
			beefy.subscription_executor,
		)?
		.into_rpc(),
	)?;

	Ok(module)
}
