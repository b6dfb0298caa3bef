//! Assembles the node: client, RocksDB backend, libp2p network, Aura authoring, GRANDPA
//! finality, BEEFY (the bridge's signed commitments) over an MMR, transaction pool, offchain
//! workers (node authorization) and JSON-RPC.

use std::{marker::PhantomData, sync::Arc, time::Duration};

use consort_runtime::{apis::RuntimeApi, opaque::Block};
use futures::FutureExt;
use sc_client_api::{Backend, BlockBackend};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_network::config::NonReservedPeerMode;
use sc_service::{
	error::Error as ServiceError, BlocksPruning, Configuration, PruningMode, TaskManager,
	WarpSyncConfig,
};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_consensus_aura::sr25519::{AuthorityId as AuraId, AuthorityPair as AuraPair};
use sp_consensus_beefy::ecdsa_crypto::AuthorityId as BeefyId;

use crate::{
	admission::{
		AdmissionGate, AdmissionPool, AdmissionSpawner, GatedProposerFactory, SubmissionBound,
		Takers,
	},
	observer,
};

pub(crate) type FullClient = sc_service::TFullClient<
	Block,
	RuntimeApi,
	sc_executor::WasmExecutor<sp_io::SubstrateHostFunctions>,
>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type TransactionPool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
/// The network backend: libp2p, whose peer set the node-authorization pallet controls.
type Network = sc_network::NetworkWorker<Block, <Block as sp_runtime::traits::Block>::Hash>;

/// GRANDPA justifications are kept every this many blocks, so a syncing node can prove
/// finality without replaying every vote.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// How often GRANDPA gossips votes. A third of Substrate's default: the validators of a
/// consortium sit on a LAN or a private WAN with round trips of milliseconds, so finality
/// follows a new block within a few hundred milliseconds instead of about a second.
const GRANDPA_GOSSIP_DURATION: Duration = Duration::from_millis(100);

/// BEEFY votes at most every this many finalized blocks (and always on the first block of
/// a validator set): a signed commitment every 16 s at 2 s blocks, far more often than the bridge's
/// epochs close, so a relayer never waits long for one that covers an epoch.
const BEEFY_MIN_BLOCK_DELTA: u32 = 8;

/// GRANDPA's block import, which BEEFY's wraps to catch BEEFY justifications in imported
/// blocks.
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
/// The block import that Aura's import queue and Aura's authoring use.
type BlockImport = sc_consensus_beefy::import::BeefyBlockImport<
	Block,
	FullBackend,
	FullClient,
	GrandpaBlockImport,
	BeefyId,
>;

/// What this node is for, beyond what `--validator` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
	/// A validator (with `--validator`) or a plain full node.
	Full,
	/// A regulator's observer: archive, reserved peers only, read-only RPC.
	Observer,
}

/// The parts of the node that the tools (import, export, revert, benchmarks) need too.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	TransactionPool,
	(
		BlockImport,
		sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>,
		sc_consensus_beefy::BeefyVoterLinks<Block, BeefyId>,
		sc_consensus_beefy::BeefyRPCLinks<Block, BeefyId>,
		Option<Telemetry>,
		AdmissionGate,
	),
>;

/// Turns on offchain indexing, which the MMR needs: the runtime keeps only the MMR's peaks
/// in state and writes every node to the offchain index, from which proofs are built. A
/// node without it could not answer `mmr_generateProof`, so it is not left to a flag.
pub fn index_offchain(config: &mut Configuration) {
	config.offchain_worker.indexing_enabled = true;
}

/// Builds the client, backend, pool and import queue.
pub fn new_partial(config: &Configuration) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<sp_io::SubstrateHostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	// Closed while this node builds a block, so that validation does not slow the block.
	let admission_gate = AdmissionGate::default();
	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			AdmissionSpawner::new(
				task_manager.spawn_essential_handle(),
				config.tokio_handle.clone(),
				admission_gate.clone(),
			),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&client,
		select_chain.clone(),
		telemetry.as_ref().map(|x| x.handle()),
	)?;

	let (block_import, beefy_voter_links, beefy_rpc_links) =
		sc_consensus_beefy::beefy_block_import_and_links(
			grandpa_block_import.clone(),
			backend.clone(),
			client.clone(),
			config.prometheus_registry().cloned(),
		);

	let cidp_client = client.clone();
	let import_queue =
		sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
			block_import: block_import.clone(),
			justification_import: Some(Box::new(grandpa_block_import.clone())),
			client: client.clone(),
			create_inherent_data_providers: move |parent_hash, _| {
				let cidp_client = cidp_client.clone();
				async move {
					let slot_duration = sc_consensus_aura::standalone::slot_duration_at(
						&*cidp_client,
						parent_hash,
					)?;
					let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
					let slot =
						sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
							*timestamp,
							slot_duration,
						);
					Ok((slot, timestamp))
				}
			},
			spawner: &task_manager.spawn_essential_handle(),
			registry: config.prometheus_registry(),
			check_for_equivocation: Default::default(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			compatibility_mode: Default::default(),
		})?;

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (
			block_import,
			grandpa_link,
			beefy_voter_links,
			beefy_rpc_links,
			telemetry,
			admission_gate,
		),
	})
}

/// Makes the configuration an observer's: archive of state and blocks, reserved peers only,
/// never an authority. Its offchain workers stay off: node authorization would replace the
/// reserved peers it was given with every node the council authorized.
fn configure_observer(config: &mut Configuration) -> Result<(), ServiceError> {
	if config.role.is_authority() {
		return Err(ServiceError::Other("an observer cannot be a validator".into()));
	}
	config.state_pruning = Some(PruningMode::ArchiveAll);
	config.blocks_pruning = BlocksPruning::KeepAll;
	config.network.default_peers_set.non_reserved_mode = NonReservedPeerMode::Deny;
	config.offchain_worker.enabled = false;
	Ok(())
}

/// Turns on the offchain workers of a validator or plain full node whatever its flags say:
/// they carry node authorization (each block they hand the network the peers the council
/// authorized, and it refuses all others). Substrate runs them on authorities only by
/// default, and a member's full node without them let an unauthorized node in and synced it.
fn enforce_node_authorization(config: &mut Configuration) {
	config.offchain_worker.enabled = true;
}

/// Builds and starts a full node: a validator, a plain full node or an observer.
/// At most `admission_bound` submissions await the pool's answer ([`SubmissionBound`]).
pub fn new_full(
	mut config: Configuration,
	role: Role,
	admission_bound: usize,
) -> Result<TaskManager, ServiceError> {
	index_offchain(&mut config);
	if role == Role::Full {
		enforce_node_authorization(&mut config);
	}
	// An observer serves its own read-only RPC server; the standard one is not started.
	let observer_endpoints = if role == Role::Observer {
		configure_observer(&mut config)?;
		let endpoints = config.rpc.addr.take().unwrap_or_default();
		let closed = observer::closed_endpoint(&endpoints).ok_or_else(|| {
			ServiceError::Other("an observer needs an RPC endpoint (--rpc-port)".into())
		})?;
		// Substrate always starts its standard server; the observer's is closed to everyone.
		config.rpc.addr = Some(vec![closed]);
		Some(observer::safe_endpoints(&endpoints))
	} else {
		None
	};
	let tokio_handle = config.tokio_handle.clone();
	let rpc_max_connections = config.rpc.max_connections;
	let rpc_request_logger_limit = config.rpc.request_logger_limit;

	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other:
			(
				block_import,
				grandpa_link,
				beefy_voter_links,
				beefy_rpc_links,
				mut telemetry,
				admission_gate,
			),
	} = new_partial(&config)?;
	// Peers and offchain workers reach the pool directly: a peer never sends again what was
	// refused (the network bounds its pending imports itself), and offchain submissions are
	// the node's own.
	let takers = Takers::new(admission_gate);
	let bound = SubmissionBound::new(admission_bound, config.prometheus_registry())?;
	let pool = Arc::new(AdmissionPool::new(transaction_pool.clone(), bound, takers.clone()));

	let mut net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as sp_runtime::traits::Block>::Hash,
		Network,
	>::new(&config.network, config.prometheus_registry().cloned());
	let metrics = <Network as sc_network::NetworkBackend<_, _>>::register_notification_metrics(
		config.prometheus_registry(),
	);

	let peer_store_handle = net_config.peer_store_handle();
	let genesis_hash = client
		.block_hash(0)
		.ok()
		.flatten()
		.ok_or_else(|| ServiceError::Other("the database has no genesis block".into()))?;
	let grandpa_protocol_name =
		sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
	let (grandpa_protocol_config, grandpa_notification_service) =
		sc_consensus_grandpa::grandpa_peers_set_config::<_, Network>(
			grandpa_protocol_name.clone(),
			metrics.clone(),
			peer_store_handle.clone(),
		);
	net_config.add_notification_protocol(grandpa_protocol_config);

	let beefy_gossip_protocol_name =
		sc_consensus_beefy::gossip_protocol_name(genesis_hash, config.chain_spec.fork_id());
	let (beefy_protocol_config, beefy_notification_service) =
		sc_consensus_beefy::communication::beefy_peers_set_config::<_, Network>(
			beefy_gossip_protocol_name.clone(),
			metrics.clone(),
			peer_store_handle,
		);
	net_config.add_notification_protocol(beefy_protocol_config);
	let (beefy_justifications_handler, beefy_justifications_config) =
		sc_consensus_beefy::communication::request_response::BeefyJustifsRequestHandler::new::<
			_,
			Network,
		>(
			genesis_hash,
			config.chain_spec.fork_id(),
			client.clone(),
			config.prometheus_registry().cloned(),
		);
	net_config.add_request_response_protocol(beefy_justifications_config);

	let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
		backend.clone(),
		grandpa_link.shared_authority_set().clone(),
		Vec::default(),
	));

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: Some(WarpSyncConfig::WithProvider(warp_sync)),
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	// Offchain workers carry node authorization: each block they hand the network the peers
	// that the council authorized.
	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: false,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let node_role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa;
	let prometheus_registry = config.prometheus_registry().cloned();

	let offchain_storage = backend
		.offchain_storage()
		.ok_or_else(|| ServiceError::Other("the database has no offchain storage".into()))?;
	let rpc_builder = {
		let client = client.clone();
		let pool = pool.clone();
		let beefy_rpc_links = beefy_rpc_links.clone();
		Box::new(move |subscription_executor| {
			let deps = crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				offchain_storage: offchain_storage.clone(),
				beefy: crate::rpc::BeefyDeps {
					justifications: beefy_rpc_links.from_voter_justif_stream.clone(),
					best_block: beefy_rpc_links.from_voter_best_beefy_stream.clone(),
					subscription_executor,
				},
			};
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	let rpc_handlers = sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: Arc::new(network.clone()),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: pool.clone(),
		rpc_builder,
		backend: backend.clone(),
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	if let Some(endpoints) = observer_endpoints {
		let module =
			observer::read_only((*rpc_handlers.handle()).clone()).map_err(ServiceError::Other)?;
		let rpc_runtime = sc_rpc_server::create_rpc_runtime(rpc_max_connections)
			.map_err(|e| ServiceError::Application(Box::new(e)))?;
		let server_config = sc_rpc_server::Config {
			endpoints,
			// The standard server registered the RPC metrics already; the observer's
			// server reports none rather than collide with them.
			metrics: None,
			rpc_api: module,
			id_provider: None,
			request_logger_limit: rpc_request_logger_limit,
			rpc_runtime,
		};
		let server = tokio::task::block_in_place(|| {
			tokio_handle.block_on(sc_rpc_server::start_server(server_config))
		})
		.map_err(ServiceError::Application)?;
		task_manager.keep_alive(server);
	}

	if node_role.is_authority() {
		let proposer_factory = GatedProposerFactory::new(
			sc_basic_authorship::ProposerFactory::new(
				task_manager.spawn_handle(),
				client.clone(),
				pool.clone(),
				prometheus_registry.as_ref(),
				telemetry.as_ref().map(|x| x.handle()),
			),
			transaction_pool.clone(),
			takers,
		);

		let slot_duration = sc_consensus_aura::slot_duration::<AuraId, _, _>(&*client)?;

		let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
			StartAuraParams {
				slot_duration,
				client: client.clone(),
				select_chain,
				block_import,
				proposer_factory,
				create_inherent_data_providers: move |_, ()| async move {
					let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
					let slot =
						sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
							*timestamp,
							slot_duration,
						);
					Ok((slot, timestamp))
				},
				force_authoring,
				backoff_authoring_blocks: Option::<()>::None,
				keystore: keystore_container.keystore(),
				sync_oracle: sync_service.clone(),
				justification_sync_link: sync_service.clone(),
				block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
				max_block_proposal_slot_portion: None,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			},
		)?;

		task_manager.spawn_essential_handle().spawn_blocking("aura", Some("block-authoring"), aura);
	}

	// Every node follows BEEFY, so that any node's RPC serves the signed commitments a
	// relayer carries; only an authority signs them.
	let beefy_params = sc_consensus_beefy::BeefyParams {
		client: client.clone(),
		backend: backend.clone(),
		payload_provider: sp_consensus_beefy::mmr::MmrRootProvider::new(client.clone()),
		runtime: client.clone(),
		key_store: node_role.is_authority().then(|| keystore_container.keystore()),
		network_params: sc_consensus_beefy::BeefyNetworkParams {
			network: Arc::new(network.clone()),
			sync: sync_service.clone(),
			notification_service: beefy_notification_service,
			gossip_protocol_name: beefy_gossip_protocol_name,
			justifications_protocol_name: beefy_justifications_handler.protocol_name(),
			_phantom: PhantomData,
		},
		min_block_delta: BEEFY_MIN_BLOCK_DELTA,
		prometheus_registry: prometheus_registry.clone(),
		links: beefy_voter_links,
		on_demand_justifications_handler: beefy_justifications_handler,
		is_authority: node_role.is_authority(),
	};
	task_manager.spawn_essential_handle().spawn_blocking(
		"beefy-gadget",
		None,
		sc_consensus_beefy::start_beefy_gadget::<_, _, _, _, _, _, _, BeefyId>(beefy_params),
	);
	// Keeps the offchain MMR nodes of finalized blocks and drops those of stale forks.
	task_manager.spawn_essential_handle().spawn_blocking(
		"mmr-gadget",
		None,
		mmr_gadget::MmrGadget::start(
			client.clone(),
			backend,
			sp_mmr_primitives::INDEXING_PREFIX.to_vec(),
		),
	);

	if enable_grandpa {
		// Only an authority votes; every other node follows finality without a keystore.
		let keystore =
			if node_role.is_authority() { Some(keystore_container.keystore()) } else { None };

		let grandpa_config = sc_consensus_grandpa::Config {
			gossip_duration: GRANDPA_GOSSIP_DURATION,
			justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
			name: Some(name),
			observer_enabled: false,
			keystore,
			local_role: node_role,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			protocol_name: grandpa_protocol_name,
		};

		let grandpa_params = sc_consensus_grandpa::GrandpaParams {
			config: grandpa_config,
			link: grandpa_link,
			network,
			sync: Arc::new(sync_service),
			notification_service: grandpa_notification_service,
			// Vote on the best block itself, not two behind as Substrate's default does: on
			// a LAN a fork of the best block is rare and short, and finality lag is what a
			// settlement waits for.
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::new()
				.add(sc_consensus_grandpa::ThreeQuartersOfTheUnfinalizedChain)
				.build(),
			prometheus_registry,
			shared_voter_state: SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		};

		task_manager.spawn_essential_handle().spawn_blocking(
			"grandpa-voter",
			None,
			sc_consensus_grandpa::run_grandpa_voter(grandpa_params)?,
		);
	}

	Ok(task_manager)
}
