//! The runtime APIs the node and clients call.

use crate::{
	configs::{AssetBalance, AssetId},
	AccountId, Anchor, Aura, Balance, Beefy, BeefyMmrLeaf, Block, BlockNumber, Compliance,
	Executive, Grandpa, InherentDataExt, Matching, Mmr, Nonce, Runtime, RuntimeCall, SessionKeys,
	System, Token, TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_anchor_runtime_api::{
	AssetEntry, BalanceLeaf, DocumentLeaf, EpochCommitment, EpochNumber, EthAddress, Partition,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_beefy::ecdsa_crypto::{AuthorityId as BeefyId, Signature as BeefySignature};
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_mmr_primitives::{DataOrHash, EncodableOpaqueLeaf};
use sp_runtime::traits::Keccak256;
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_session::OpaqueGeneratedSessionKeys;
use sp_version::RuntimeVersion;

/// A hash in the MMR: keccak-256.
type MmrHash = <Keccak256 as sp_runtime::traits::Hash>::Output;
/// A leaf of the MMR, as `pallet-beefy-mmr` makes it.
type MmrLeaf =
	<<Runtime as pallet_mmr::Config>::LeafData as sp_mmr_primitives::LeafDataProvider>::LeafData;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			// Equivocations are handled by the consortium's governance, not by slashing.
			None
		}
	}

	impl sp_consensus_beefy::BeefyApi<Block, BeefyId> for Runtime {
		fn beefy_genesis() -> Option<BlockNumber> {
			pallet_beefy::GenesisBlock::<Runtime>::get()
		}

		fn validator_set() -> Option<sp_consensus_beefy::ValidatorSet<BeefyId>> {
			Beefy::validator_set()
		}

		// Equivocations are handled by the consortium's governance, not by slashing: no
		// report is submitted and no ownership proof is made.
		fn submit_report_double_voting_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_beefy::DoubleVotingProof<
				BlockNumber,
				BeefyId,
				BeefySignature,
			>,
			_key_owner_proof: sp_consensus_beefy::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn submit_report_fork_voting_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_beefy::ForkVotingProof<
				<Block as BlockT>::Header,
				BeefyId,
				sp_runtime::OpaqueValue,
			>,
			_key_owner_proof: sp_consensus_beefy::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn submit_report_future_block_voting_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_beefy::FutureBlockVotingProof<BlockNumber, BeefyId>,
			_key_owner_proof: sp_consensus_beefy::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_beefy::ValidatorSetId,
			_authority_id: BeefyId,
		) -> Option<sp_consensus_beefy::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl sp_mmr_primitives::MmrApi<Block, MmrHash, BlockNumber> for Runtime {
		fn mmr_root() -> Result<MmrHash, sp_mmr_primitives::Error> {
			Ok(Mmr::mmr_root())
		}

		fn mmr_leaf_count() -> Result<sp_mmr_primitives::LeafIndex, sp_mmr_primitives::Error> {
			Ok(Mmr::mmr_leaves())
		}

		fn generate_proof(
			block_numbers: Vec<BlockNumber>,
			best_known_block_number: Option<BlockNumber>,
		) -> Result<(Vec<EncodableOpaqueLeaf>, sp_mmr_primitives::LeafProof<MmrHash>), sp_mmr_primitives::Error> {
			Mmr::generate_proof(block_numbers, best_known_block_number).map(|(leaves, proof)| {
				(leaves.into_iter().map(|leaf| EncodableOpaqueLeaf::from_leaf(&leaf)).collect(), proof)
			})
		}

		fn generate_ancestry_proof(
			prev_block_number: BlockNumber,
			best_known_block_number: Option<BlockNumber>,
		) -> Result<sp_mmr_primitives::AncestryProof<MmrHash>, sp_mmr_primitives::Error> {
			Mmr::generate_ancestry_proof(prev_block_number, best_known_block_number)
		}

		fn verify_proof(
			leaves: Vec<EncodableOpaqueLeaf>,
			proof: sp_mmr_primitives::LeafProof<MmrHash>,
		) -> Result<(), sp_mmr_primitives::Error> {
			let leaves = leaves
				.into_iter()
				.map(|leaf| {
					leaf.into_opaque_leaf()
						.try_decode()
						.ok_or(sp_mmr_primitives::Error::Verify)
				})
				.collect::<Result<Vec<MmrLeaf>, _>>()?;
			Mmr::verify_leaves(leaves, proof)
		}

		fn verify_proof_stateless(
			root: MmrHash,
			leaves: Vec<EncodableOpaqueLeaf>,
			proof: sp_mmr_primitives::LeafProof<MmrHash>,
		) -> Result<(), sp_mmr_primitives::Error> {
			let nodes = leaves.into_iter().map(|leaf| DataOrHash::Data(leaf.into_opaque_leaf())).collect();
			pallet_mmr::verify_leaves_proof::<Keccak256, _>(root, nodes, proof)
		}
	}

	impl pallet_beefy_mmr::BeefyMmrApi<Block, MmrHash> for Runtime {
		fn authority_set_proof() -> sp_consensus_beefy::mmr::BeefyAuthoritySet<MmrHash> {
			BeefyMmrLeaf::authority_set_proof()
		}

		fn next_authority_set_proof() -> sp_consensus_beefy::mmr::BeefyNextAuthoritySet<MmrHash> {
			BeefyMmrLeaf::next_authority_set_proof()
		}
	}

	impl pallet_anchor_runtime_api::AnchorApi<Block> for Runtime {
		fn status() -> pallet_anchor_runtime_api::AnchorStatus {
			pallet_anchor_runtime_api::AnchorStatus {
				open_epoch: pallet_anchor::OpenEpoch::<Runtime>::get(),
				opened_at: pallet_anchor::OpenedAt::<Runtime>::get(),
				sealing: pallet_anchor::Sealing::<Runtime>::get().map(|state| state.epoch),
				latest: pallet_anchor::LatestCommitment::<Runtime>::get(),
				oldest_kept: pallet_anchor::OldestKept::<Runtime>::get(),
			}
		}

		fn bridged_assets() -> Vec<AssetId> {
			pallet_anchor::BridgedAssets::<Runtime>::get().into_inner()
		}

		fn newest_entry(asset: AssetId) -> Option<pallet_anchor_runtime_api::NewestEntry> {
			pallet_anchor::LastEntry::<Runtime>::get(asset).map(|(epoch, documents_hash, flags)| {
				pallet_anchor_runtime_api::NewestEntry { epoch, documents_hash, flags }
			})
		}

		fn epoch(number: EpochNumber) -> Option<EpochCommitment> {
			pallet_anchor::Epochs::<Runtime>::get(number)
		}

		fn entries(number: EpochNumber) -> Vec<AssetEntry> {
			Anchor::entries_of(number)
		}

		fn leaves(number: EpochNumber, asset: AssetId, start: u32, limit: u32) -> Vec<BalanceLeaf> {
			Anchor::leaves_of_epoch(number, asset, start, limit)
		}

		fn documents(asset: AssetId) -> Vec<DocumentLeaf> {
			Anchor::documents_now(asset)
		}

		fn committed_balances(
			asset: AssetId,
			after: Option<(Partition, EthAddress)>,
			limit: u32,
		) -> Vec<(Partition, EthAddress, u128)> {
			Anchor::committed_balances(asset, after, limit)
		}

		fn holder_address(identity: u64) -> EthAddress {
			Anchor::holder_address(identity)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_token_runtime_api::TokenApi<Block, AccountId, AssetId, AssetBalance> for Runtime {
		fn balances(asset: AssetId, who: AccountId) -> Vec<pallet_token::PartitionHolding<AssetBalance>> {
			Token::balances_of(asset, &who)
		}
		fn holders(asset: AssetId, after: Option<AccountId>, limit: u32) -> Vec<(AccountId, AssetBalance)> {
			Token::holders(asset, after, limit)
		}
		fn can_transfer(
			asset: AssetId,
			partition: pallet_compliance::Partition,
			from: AccountId,
			to: AccountId,
			amount: AssetBalance,
		) -> Result<(), pallet_token::TransferRefusal> {
			Token::can_transfer_by_partition(asset, partition, &from, &to, amount)
		}
		fn documents(asset: AssetId) -> Vec<pallet_token::DocumentInfo> {
			Token::documents_of(asset)
		}
		fn portfolio(
			identity: pallet_compliance::IdentityId,
		) -> Vec<pallet_token::Position<AccountId, AssetId, AssetBalance>> {
			Token::portfolio(identity, Matching::market_price)
		}
	}

	impl pallet_matching_runtime_api::MatchingApi<Block, AccountId, AssetId> for Runtime {
		fn market(market: pallet_matching::MarketId) -> Option<pallet_matching::Market<AssetId, AccountId>> {
			pallet_matching::Markets::<Runtime>::get(market)
		}
		fn best_bid_offer(market: pallet_matching::MarketId) -> Option<pallet_matching::BestBidOffer> {
			Matching::best_bid_offer(market)
		}
		fn depth(market: pallet_matching::MarketId, levels: u32) -> Option<pallet_matching::Depth> {
			Matching::depth(market, levels)
		}
		fn open_orders(
			who: AccountId,
			market: Option<pallet_matching::MarketId>,
			after: Option<pallet_matching::OrderId>,
			limit: u32,
		) -> Vec<(pallet_matching::OrderId, pallet_matching::Order<AccountId>)> {
			Matching::open_orders(&who, market, after, limit)
		}
		fn recent_trades(market: pallet_matching::MarketId, limit: u32) -> Vec<pallet_matching::Trade<AccountId>> {
			Matching::recent_trades(market, limit)
		}
		fn last_price(market: pallet_matching::MarketId) -> Option<pallet_matching::Price> {
			Matching::last_price(market)
		}
	}

	impl pallet_compliance_runtime_api::ComplianceApi<Block, AccountId, AssetId, AssetBalance> for Runtime {
		fn can_transfer(
			asset: AssetId,
			partition: pallet_compliance::Partition,
			from: AccountId,
			to: AccountId,
			amount: AssetBalance,
		) -> Result<(), pallet_compliance::Rejection> {
			use pallet_compliance::TransferCompliance;
			Compliance::can_transfer(asset, &partition, &from, &to, amount)
		}
		fn can_issue(
			asset: AssetId,
			partition: pallet_compliance::Partition,
			to: AccountId,
			amount: AssetBalance,
		) -> Result<(), pallet_compliance::Rejection> {
			use pallet_compliance::TransferCompliance;
			Compliance::can_issue(asset, &partition, &to, amount)
		}
		fn can_redeem(
			asset: AssetId,
			partition: pallet_compliance::Partition,
			from: AccountId,
			amount: AssetBalance,
		) -> Result<(), pallet_compliance::Rejection> {
			use pallet_compliance::TransferCompliance;
			Compliance::can_redeem(asset, &partition, &from, amount)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<crate::RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<crate::RuntimeGenesisConfig>(id, crate::genesis_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use crate::benchmarks::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use frame_support::traits::{TrackedStorageKey, WhitelistedStorageKeys};
			use frame_system_benchmarking::Pallet as SystemBench;
			use crate::benchmarks::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			let mut whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			// The timestamp inherent sets the time before any transaction, so a transaction
			// reads it from the block's overlay, not the database. The hooks read it before
			// the inherent does, and their weights count that read themselves.
			whitelist.push(pallet_timestamp::Now::<Runtime>::hashed_key().to_vec().into());
			// frame-system writes the index of the extrinsic being applied before each one,
			// so reading it (the block cache of compliance asks who is touching storage)
			// never reaches the database.
			whitelist.push(sp_core::storage::well_known_keys::EXTRINSIC_INDEX.to_vec().into());

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select).unwrap()
		}
	}
}
