//! The local consortium: four validator processes (Alice to Dave) and a regulator's
//! observer, each with its own RocksDB, on 127.0.0.1.

mod common;

use std::time::Duration;

use codec::Encode;
use common::*;
use consort_relayer::{
	consort::Consort,
	relay::{Submission, Target},
	testing::{deploy_light_client, evm},
};
use consort_runtime::{AccountId, Runtime, RuntimeCall, RuntimeEvent, UNIT};
use frame_support::dispatch::GetDispatchInfo;
use jsonrpsee::{core::client::ClientT, rpc_params, ws_client::WsClient};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};

const VALIDATORS: [&str; 4] = ["alice", "bob", "charlie", "dave"];
const MINUTE: Duration = Duration::from_secs(60);

/// The four validators and the observer, started and connected.
struct Consortium {
	dir: TempDir,
	validators: Vec<Node>,
	observer: Node,
}

impl Consortium {
	/// The four validators and the observer.
	fn start(label: &str) -> Consortium {
		Self::start_with(label, true)
	}

	/// The four validators and, with node key 4, the observer or else a member's plain full
	/// node (kept in the `observer` field all the same).
	fn start_with(label: &str, observer_role: bool) -> Consortium {
		let dir = TempDir::new(label);
		let specs: Vec<NodeSpec> = VALIDATORS
			.iter()
			.enumerate()
			.map(|(i, name)| {
				NodeSpec::new(name, "local", &dir.0)
					.arg(format!("--{name}"))
					.arg("--validator")
					.arg("--node-key")
					.arg(local_node_key(i as u8))
			})
			.collect();
		let bootnode = specs[0].multiaddr(LOCAL_PEER_IDS[0]);
		let validators: Vec<Node> = specs
			.into_iter()
			.enumerate()
			.map(|(i, spec)| {
				let spec = if i == 0 { spec } else { spec.arg("--bootnodes").arg(&bootnode) };
				Node::start(spec)
			})
			.collect();
		let mut observer = NodeSpec::new("observer", "local", &dir.0);
		if observer_role {
			observer = observer.arg("--observer");
		}
		let mut observer = observer.arg("--node-key").arg(local_node_key(4));
		for (i, validator) in validators.iter().enumerate() {
			observer =
				observer.arg("--reserved-nodes").arg(validator.spec.multiaddr(LOCAL_PEER_IDS[i]));
		}
		let observer = Node::start(observer);
		Consortium { dir, validators, observer }
	}

	async fn validator_clients(&self) -> Vec<WsClient> {
		clients(&self.validators.iter().collect::<Vec<_>>()).await
	}

	/// A plain full node on this network with node key `index`.
	fn full_node(&self, name: &str, key_index: u8) -> NodeSpec {
		NodeSpec::new(name, "local", &self.dir.0)
			.arg("--node-key")
			.arg(local_node_key(key_index))
			.arg("--bootnodes")
			.arg(self.validators[0].spec.multiaddr(LOCAL_PEER_IDS[0]))
	}
}

/// A council motion of `proposer` for `call`, approved by `ayes`, closed by `proposer`: the
/// block that closed it.
async fn council_motion(
	client: &WsClient,
	proposer: Sr25519Keyring,
	ayes: &[Sr25519Keyring],
	call: RuntimeCall,
) -> consort_runtime::Hash {
	let length_bound = call.encoded_size() as u32 + 16;
	let threshold = ayes.len() as u32 + 1;
	let propose = RuntimeCall::Council(pallet_collective::Call::propose {
		threshold,
		proposal: Box::new(call.clone()),
		length_bound,
	});
	let block = submit_and_finalize(client, &sign_as(client, proposer, propose).await).await;
	let (index, hash) = events(client, block)
		.await
		.into_iter()
		.find_map(|event| match event {
			RuntimeEvent::Council(pallet_collective::Event::Proposed {
				proposal_index,
				proposal_hash,
				..
			}) => Some((proposal_index, proposal_hash)),
			_ => None,
		})
		.expect("the motion is proposed");
	// A proposer's motion carries no vote of its own: it votes like everyone else.
	for member in std::iter::once(&proposer).chain(ayes) {
		let vote = RuntimeCall::Council(pallet_collective::Call::vote {
			proposal: hash,
			index,
			approve: true,
		});
		let block = submit_and_finalize(client, &sign_as(client, *member, vote).await).await;
		assert!(dispatch_errors(client, block).await.is_empty(), "{member:?} votes");
	}
	let close = RuntimeCall::Council(pallet_collective::Call::close {
		proposal_hash: hash,
		index,
		// What the motion's call declares it weighs; `close` charges this bound up front.
		proposal_weight_bound: call.get_dispatch_info().call_weight,
		length_bound,
	});
	submit_and_finalize(client, &sign_as(client, proposer, close).await).await
}

/// The result the council's execution of a motion reported in `block`.
async fn motion_result(
	client: &WsClient,
	block: consort_runtime::Hash,
) -> Option<Result<(), sp_runtime::DispatchError>> {
	events(client, block).await.into_iter().find_map(|event| match event {
		RuntimeEvent::Council(pallet_collective::Event::Executed { result, .. }) => Some(result),
		_ => None,
	})
}

#[tokio::test(flavor = "multi_thread")]
async fn the_consortium_finalizes_and_the_observer_follows_with_a_read_only_rpc() {
	let _machine = serial().await;
	let consortium = Consortium::start("local-observer");
	let validators = consortium.validator_clients().await;
	let observer = consortium.observer.client().await;

	// Every validator sees the others, and blocks are produced and finalized.
	for client in &validators {
		wait_for("three peers", MINUTE, || async { (peer_count(client).await >= 3).then_some(()) })
			.await;
	}
	let finalized = wait_finalized(&validators[0], 5, MINUTE).await;

	// The observer follows finality to the same blocks.
	wait_finalized(&observer, finalized, MINUTE).await;
	assert_eq!(block_hash(&observer, finalized).await, block_hash(&validators[0], finalized).await);

	// It answers reads.
	let alice = Alice.to_account_id();
	assert!(free_balance(&observer, &alice, None).await > 0);

	// It refuses a correctly signed extrinsic, with a clear error, and changes nothing.
	let xt = sign_as(&observer, Alice, transfer(&Bob.to_account_id(), UNIT)).await;
	let error = submit_raw(&observer, &xt.encode()).await.expect_err("refused");
	let text = error.to_string();
	assert!(text.contains("4030") && text.contains("read-only observer"), "{text}");
	let error = observer
		.request::<serde_json::Value, _>(
			"author_submitAndWatchExtrinsic",
			rpc_params![format!("0x{}", hex::encode(xt.encode()))],
		)
		.await
		.expect_err("refused");
	assert!(error.to_string().contains("read-only observer"), "{error}");

	// Unsafe methods are denied too.
	let error = observer
		.request::<serde_json::Value, _>("author_rotateKeys", rpc_params![])
		.await
		.expect_err("unsafe");
	assert!(error.to_string().contains("read-only observer"), "{error}");
	let error = observer
		.request::<serde_json::Value, _>(
			"system_addReservedPeer",
			rpc_params![consortium.validators[0].spec.multiaddr(LOCAL_PEER_IDS[0])],
		)
		.await
		.expect_err("unsafe");
	assert!(error.to_string().contains("unsafe"), "{error}");

	// The same transfer sent to a validator goes through.
	let block = submit_and_finalize(&validators[1], &xt).await;
	assert!(dispatch_errors(&validators[1], block).await.is_empty());
	wait_for("the observer sees the transfer", MINUTE, || async {
		(free_balance(&observer, &Bob.to_account_id(), Some(block)).await > 0).then_some(())
	})
	.await;
}

#[tokio::test(flavor = "multi_thread")]
async fn finality_survives_one_stopped_validator_stalls_with_two_and_resumes_after_restart() {
	let _machine = serial().await;
	let mut consortium = Consortium::start("local-faults");
	let validators = consortium.validator_clients().await;
	let finalized_before = wait_finalized(&validators[0], 3, MINUTE).await;

	// One of four stopped: three of four is more than two thirds, finality goes on.
	consortium.validators[3].stop();
	wait_finalized(&validators[0], finalized_before + 3, MINUTE).await;

	// Two of four stopped: finality stalls while blocks are still authored.
	consortium.validators[2].stop();
	tokio::time::sleep(Duration::from_secs(8)).await;
	let stalled_at = finalized_number(&validators[0]).await;
	let best_at_stall = best_number(&validators[0]).await;
	tokio::time::sleep(Duration::from_secs(12)).await;
	assert_eq!(finalized_number(&validators[0]).await, stalled_at, "finality must stall");
	assert!(best_number(&validators[0]).await > best_at_stall, "authoring goes on");

	// Every block the nodes finalized so far, as seen by the survivors.
	let mut history = Vec::new();
	for number in 1..=stalled_at {
		history.push(block_hash(&validators[0], number).await.expect("finalized block"));
	}

	// Restarted from their own databases, they rejoin and the stalled blocks are finalized.
	consortium.validators[2].restart();
	consortium.validators[3].restart();
	let restarted = clients(&[&consortium.validators[2], &consortium.validators[3]]).await;
	let target = best_number(&validators[0]).await;
	wait_finalized(&validators[0], target, 2 * MINUTE).await;
	for client in restarted.iter().chain(validators[..2].iter()) {
		wait_finalized(client, target, 2 * MINUTE).await;
		for (i, hash) in history.iter().enumerate() {
			assert_eq!(
				block_hash(client, i as u32 + 1).await.as_ref(),
				Some(hash),
				"block {}",
				i + 1
			);
		}
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unauthorized_node_cannot_sync_through_a_validator_or_a_full_node_until_the_council_authorizes_it(
) {
	let _machine = serial().await;
	// The fifth node is a member bank's plain full node, not an observer: it too must refuse.
	let consortium = Consortium::start_with("local-permissioning", false);
	let validators = consortium.validator_clients().await;
	wait_finalized(&validators[0], 3, MINUTE).await;

	let newcomer = Node::start(consortium.full_node("newcomer", 5));
	let newcomer_client = newcomer.client().await;
	tokio::time::sleep(Duration::from_secs(15)).await;
	assert_eq!(best_number(&newcomer_client).await, 0, "an unauthorized node syncs nothing");
	assert_eq!(peer_count(&newcomer_client).await, 0, "no validator or full node accepts it");

	let authorize =
		RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::add_well_known_node {
			node: sp_core::OpaquePeerId(peer_id_bytes(LOCAL_PEER_IDS[5])),
			owner: Ferdie.to_account_id().into(),
		});
	let block = council_motion(&validators[0], Alice, &[Bob, Charlie], authorize).await;
	assert_eq!(motion_result(&validators[0], block).await, Some(Ok(())));

	let finalized = finalized_number(&validators[0]).await;
	wait_for("the newcomer syncs", 2 * MINUTE, || async {
		(best_number(&newcomer_client).await >= finalized).then_some(())
	})
	.await;
	assert_eq!(
		block_hash(&newcomer_client, finalized).await,
		block_hash(&validators[0], finalized).await
	);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_council_adds_a_fifth_validator_by_two_thirds_and_it_authors_after_the_session_change_then_removes_it(
) {
	let _machine = serial().await;
	let consortium = Consortium::start("local-governance");
	let validators = consortium.validator_clients().await;
	let alice = &validators[0];
	wait_finalized(alice, 2, MINUTE).await;
	let ferdie: AccountId = Ferdie.to_account_id();
	// A light client on an EVM chain follows the consortium's BEEFY sets.
	let consort = Consort::connect(&consortium.validators[0].url()).await.expect("connects");
	let ethereum = evm(1_337);
	let light_client =
		deploy_light_client(&consort, &ethereum.provider).await.expect("Consort's BEEFY sets");
	assert_eq!(light_client.currentSet().call().await.unwrap().len, 4);
	let add_ferdie = || {
		RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::NodeAuthorization(
					pallet_node_authorization::Call::add_well_known_node {
						node: sp_core::OpaquePeerId(peer_id_bytes(LOCAL_PEER_IDS[5])),
						owner: ferdie.clone().into(),
					},
				),
				RuntimeCall::Consortium(pallet_consortium::Call::add_validator {
					who: ferdie.clone(),
				}),
			],
		})
	};
	let validator_set = || async {
		storage::<Vec<AccountId>>(
			alice,
			pallet_consortium::Validators::<consort_runtime::Runtime>::hashed_key().to_vec(),
			None,
		)
		.await
		.unwrap_or_default()
	};

	// A non-member cannot propose.
	let propose = RuntimeCall::Council(pallet_collective::Call::propose {
		threshold: 3,
		proposal: Box::new(add_ferdie()),
		length_bound: 1_000,
	});
	let block = submit_and_finalize(alice, &sign_as(alice, Eve, propose).await).await;
	let not_member: sp_runtime::DispatchError = pallet_collective::Error::<
		consort_runtime::Runtime,
		pallet_collective::Instance1,
	>::NotMember
		.into();
	assert_eq!(dispatch_errors(alice, block).await, vec![not_member]);

	// Half of the council is not two thirds: the motion passes its own threshold, but its
	// execution is refused and the validator set stays as it is.
	let block = council_motion(alice, Alice, &[Bob], add_ferdie()).await;
	assert_eq!(motion_result(alice, block).await, Some(Err(sp_runtime::DispatchError::BadOrigin)));
	assert_eq!(validator_set().await.len(), 4);

	// Three of four is two thirds: Ferdie joins.
	let block = council_motion(alice, Alice, &[Bob, Charlie], add_ferdie()).await;
	assert_eq!(motion_result(alice, block).await, Some(Ok(())));
	assert!(validator_set().await.contains(&ferdie));

	// Ferdie's bank starts its node, makes session keys and registers them.
	let ferdie_node = Node::start(consortium.full_node("ferdie", 5).arg("--validator"));
	let ferdie_client = ferdie_node.client().await;
	wait_for("Ferdie's node syncs", 2 * MINUTE, || async {
		(best_number(&ferdie_client).await >= finalized_number(alice).await).then_some(())
	})
	.await;
	// Authorized, Ferdie's node is let in by every validator, and never by the observer,
	// which accepts its reserved peers (the four validators) alone.
	let peer_ids = || async {
		let peers: Vec<serde_json::Value> =
			ferdie_client.request("system_peers", rpc_params![]).await.expect("peers");
		peers
			.iter()
			.filter_map(|peer| peer["peerId"].as_str().map(str::to_string))
			.collect::<Vec<_>>()
	};
	let peers = wait_for("Ferdie's node to reach the four validators", MINUTE, || async {
		let peers = peer_ids().await;
		LOCAL_PEER_IDS[..4].iter().all(|id| peers.iter().any(|p| p == id)).then_some(peers)
	})
	.await;
	// Long enough to have been discovered through the validators and dialled.
	tokio::time::sleep(Duration::from_secs(10)).await;
	let peers = [peers, peer_ids().await].concat();
	assert!(
		!peers.iter().any(|p| p == LOCAL_PEER_IDS[4]),
		"the observer refuses a peer it does not reserve: {peers:?}"
	);
	let generated: serde_json::Value = ferdie_client
		.request(
			"author_rotateKeysWithOwner",
			rpc_params![format!("0x{}", hex::encode(ferdie.encode()))],
		)
		.await
		.expect("session keys");
	let keys =
		hex::decode(generated["keys"].as_str().expect("keys").trim_start_matches("0x")).unwrap();
	let proof =
		hex::decode(generated["proof"].as_str().expect("proof").trim_start_matches("0x")).unwrap();
	let keys = <consort_runtime::SessionKeys as codec::Decode>::decode(&mut &keys[..])
		.expect("keys decode");
	let set_keys =
		RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof });
	let block = submit_and_finalize(alice, &sign_as(alice, Ferdie, set_keys).await).await;
	assert!(dispatch_errors(alice, block).await.is_empty());

	// Within two session changes Ferdie is an Aura authority and authors blocks.
	let ferdie_aura = keys.aura.clone();
	let authorities = || async {
		storage::<Vec<sp_consensus_aura::sr25519::AuthorityId>>(
			alice,
			pallet_aura::Authorities::<consort_runtime::Runtime>::hashed_key().to_vec(),
			None,
		)
		.await
		.unwrap_or_default()
	};
	wait_for("Ferdie becomes an authority", 3 * MINUTE, || async {
		authorities().await.contains(&ferdie_aura).then_some(())
	})
	.await;
	let from = best_number(alice).await;
	let authored = wait_for("a block authored by Ferdie", 2 * MINUTE, || async {
		let best = best_number(alice).await;
		for number in from..=best {
			let Some(hash) = block_hash(alice, number).await else {
				continue;
			};
			if block_author(alice, hash).await.as_ref() == Some(&ferdie_aura) {
				return Some(number);
			}
		}
		None
	})
	.await;
	wait_finalized(alice, authored, MINUTE).await;

	// BEEFY announced the five as the next set, then they took over: the relayer hands the
	// light client over twice, and it then verifies commitments that the five sign.
	let target = Target {
		name: "ethereum".into(),
		provider: ethereum.provider.clone(),
		account: ethereum.node.addresses()[0],
		light_client: light_client.clone(),
		mirrors: Vec::new(),
		receipt_timeout: MINUTE,
		fee_bumps: 3,
	};
	let handovers = wait_for("the light client to follow the five", 3 * MINUTE, || async {
		let step = target.step(&consort).await.expect("a step");
		let current = light_client.currentSet().call().await.ok()?;
		let handovers = step
			.submitted
			.iter()
			.filter(|s| matches!(s, Submission::Commitment { handover: true, .. }))
			.count();
		(current.len == 5).then_some((current.id, handovers))
	})
	.await;
	assert_eq!(handovers.0, 2, "one set for the queued keys, one for the five taking over");
	assert_eq!(light_client.nextSet().call().await.unwrap().id, 3);

	// Sessions end only when the set changes: none while the five go on validating.
	let session_index = || async {
		storage::<u32>(
			alice,
			pallet_session::CurrentIndex::<consort_runtime::Runtime>::hashed_key().to_vec(),
			None,
		)
		.await
		.unwrap_or_default()
	};
	let settled = session_index().await;
	let from = best_number(alice).await;
	wait_for("a whole session period of blocks", 2 * MINUTE, || async {
		(best_number(alice).await > from + consort_runtime::SESSION_PERIOD).then_some(())
	})
	.await;
	assert_eq!(session_index().await, settled, "no session ends while nothing changes");

	// The council removes Ferdie: two session changes later it authors no more, and the
	// four go on finalizing.
	let remove_ferdie =
		RuntimeCall::Consortium(pallet_consortium::Call::remove_validator { who: ferdie.clone() });
	let block = council_motion(alice, Alice, &[Bob, Charlie], remove_ferdie).await;
	assert_eq!(motion_result(alice, block).await, Some(Ok(())));
	assert!(!validator_set().await.contains(&ferdie));
	wait_for("Ferdie leaves the authorities", 3 * MINUTE, || async {
		(!authorities().await.contains(&ferdie_aura)).then_some(())
	})
	.await;
	assert_eq!(authorities().await.len(), 4);
	assert_eq!(
		session_index().await,
		settled + 2,
		"one ending queued the four, one made them active"
	);
	let left_at = best_number(alice).await;
	wait_finalized(alice, left_at + 2, MINUTE).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_council_admits_a_member_whose_vote_carries_a_runtime_upgrade_that_every_node_runs() {
	let _machine = serial().await;
	let consortium = Consortium::start("local-upgrade");
	let validators = consortium.validator_clients().await;
	let alice = &validators[0];
	let observer = consortium.observer.client().await;
	wait_finalized(alice, 2, MINUTE).await;
	let eve = Eve.to_account_id();
	let members = || async {
		storage::<Vec<AccountId>>(
			alice,
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::hashed_key()
				.to_vec(),
			None,
		)
		.await
		.unwrap_or_default()
	};
	let spec_version = |client| async move { chain_info(client).await.spec_version };
	assert_eq!(members().await.len(), 4);

	// Three of four admit Eve to the council.
	let admit = RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
		who: eve.clone().into(),
	});
	let block = council_motion(alice, Alice, &[Bob, Charlie], admit).await;
	assert_eq!(motion_result(alice, block).await, Some(Ok(())));
	assert!(members().await.contains(&eve));

	let probe = consort_runtime::upgrade_probe::WASM_BINARY.expect("the upgrade probe is built");
	let apply = |code: &[u8]| {
		RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code: code.to_vec() })
	};
	let probe_hash = <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(probe);
	let authorize = RuntimeCall::Consortium(pallet_consortium::Call::authorize_upgrade {
		code_hash: probe_hash,
	});
	let before = spec_version(alice).await;

	// Nothing authorized: the probe is refused, and the runtime stays.
	let block = submit_and_finalize(alice, &sign_as(alice, Dave, apply(probe)).await).await;
	let nothing_authorized: sp_runtime::DispatchError =
		frame_system::Error::<Runtime>::NothingAuthorized.into();
	assert_eq!(dispatch_errors(alice, block).await, vec![nothing_authorized]);

	// Three of five members are no longer two thirds.
	let block = council_motion(alice, Alice, &[Bob, Eve], authorize.clone()).await;
	assert_eq!(motion_result(alice, block).await, Some(Err(sp_runtime::DispatchError::BadOrigin)));

	// Four of five, Eve among them, authorize the probe.
	let block = council_motion(alice, Alice, &[Bob, Charlie, Eve], authorize).await;
	assert_eq!(motion_result(alice, block).await, Some(Ok(())));

	// Other code than the authorized is refused; the authorized is applied by anyone.
	let current = consort_runtime::WASM_BINARY.expect("the runtime is built");
	let block = submit_and_finalize(alice, &sign_as(alice, Dave, apply(current)).await).await;
	let unauthorized: sp_runtime::DispatchError =
		frame_system::Error::<Runtime>::Unauthorized.into();
	assert_eq!(dispatch_errors(alice, block).await, vec![unauthorized]);
	assert_eq!(spec_version(alice).await, before);
	let block = submit_and_finalize(alice, &sign_as(alice, Dave, apply(probe)).await).await;
	assert!(
		events(alice, block).await.iter().any(|event| matches!(
			event,
			RuntimeEvent::System(frame_system::Event::CodeUpdated { hash }) if *hash == probe_hash
		)),
		"the probe's code is set"
	);

	// Every node, the observer too, runs the new runtime, and its upgrade hooks have run.
	for client in validators.iter().chain([&observer]) {
		wait_for("the node to run the upgraded runtime", MINUTE, || async {
			(spec_version(client).await == before + 1).then_some(())
		})
		.await;
	}
	// The upgrade's hooks run in the first block built on the new code, which can come well
	// after the block that set it: the nodes compile the new runtime first.
	let last_upgrade = frame_system::LastRuntimeUpgrade::<Runtime>::hashed_key().to_vec();
	wait_for("the upgrade's hooks to run", MINUTE, || async {
		let upgraded =
			storage::<frame_system::LastRuntimeUpgradeInfo>(alice, last_upgrade.clone(), None)
				.await
				.expect("the last upgrade is recorded");
		(upgraded.spec_version.0 == before + 1).then_some(())
	})
	.await;

	// A transfer signed for the new version is finalized, on the observer too.
	let ferdie = Ferdie.to_account_id();
	let block =
		submit_and_finalize(alice, &sign_as(alice, Alice, transfer(&ferdie, UNIT)).await).await;
	assert!(dispatch_errors(alice, block).await.is_empty());
	let number = block_number(alice, block).await;
	wait_finalized(&observer, number, MINUTE).await;
	assert_eq!(block_hash(&observer, number).await, Some(block));
	assert_eq!(
		free_balance(&observer, &ferdie, Some(block)).await,
		free_balance(alice, &ferdie, Some(block)).await
	);

	// Four of five let Eve go.
	let dismiss = RuntimeCall::CouncilMembership(pallet_membership::Call::remove_member {
		who: eve.clone().into(),
	});
	let block = council_motion(alice, Alice, &[Bob, Charlie, Dave], dismiss).await;
	assert_eq!(motion_result(alice, block).await, Some(Ok(())));
	assert!(!members().await.contains(&eve));
	assert_eq!(members().await.len(), 4);
}

/// The Aura authority that sealed the block `hash`.
async fn block_author(
	client: &WsClient,
	hash: consort_runtime::Hash,
) -> Option<sp_consensus_aura::sr25519::AuthorityId> {
	let header: serde_json::Value =
		client.request("chain_getHeader", rpc_params![format!("{hash:?}")]).await.ok()?;
	let logs = header["digest"]["logs"].as_array()?;
	let slot = logs.iter().find_map(|log| {
		let bytes = hex::decode(log.as_str()?.trim_start_matches("0x")).ok()?;
		let item =
			<sp_runtime::generic::DigestItem as codec::Decode>::decode(&mut &bytes[..]).ok()?;
		item.pre_runtime_try_to::<sp_consensus_aura::Slot>(&sp_consensus_aura::AURA_ENGINE_ID)
	})?;
	let parent = consort_runtime::Hash::from_slice(
		&hex::decode(header["parentHash"].as_str()?.trim_start_matches("0x")).ok()?,
	);
	let authorities = storage::<Vec<sp_consensus_aura::sr25519::AuthorityId>>(
		client,
		pallet_aura::Authorities::<consort_runtime::Runtime>::hashed_key().to_vec(),
		Some(parent),
	)
	.await?;
	let index = (*slot % authorities.len() as u64) as usize;
	authorities.get(index).cloned()
}

/// Submission-to-finality latency on the local consortium and the validators' resident
/// memory, for docs/MEASUREMENTS.md. It prints numbers and asserts only that every transfer
/// landed: run it with
/// `cargo test --release -p consort-node --test local_consortium -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement for docs/MEASUREMENTS.md, not a check"]
async fn measure_submission_to_finality_over_100_transfers() {
	const TRANSFERS: usize = 100;
	let _machine = serial().await;
	let consortium = Consortium::start("local-measure");
	let validators: Vec<std::sync::Arc<WsClient>> =
		consortium.validator_clients().await.into_iter().map(std::sync::Arc::new).collect();
	wait_finalized(&validators[0], 3, MINUTE).await;

	let info = chain_info(&validators[0]).await;
	let senders = [Alice, Bob, Charlie, Dave];
	let recipient = Ferdie.to_account_id();
	let recipient_before = free_balance(&validators[0], &recipient, None).await;
	let mut nonces = Vec::new();
	for sender in senders {
		nonces.push(next_nonce(&validators[0], &sender.to_account_id()).await);
	}

	// Four senders, each through its own validator, one transfer every 250 ms: a steady
	// load well below capacity, so what is measured is inclusion plus finality.
	let mut watches = Vec::new();
	for i in 0..TRANSFERS {
		let lane = i % senders.len();
		let xt = sign(transfer(&recipient, UNIT), &senders[lane].pair(), nonces[lane], &info);
		nonces[lane] += 1;
		let client = validators[lane].clone();
		watches.push(tokio::spawn(async move {
			let submitted = std::time::Instant::now();
			submit_and_finalize(&client, &xt).await;
			submitted.elapsed()
		}));
		tokio::time::sleep(Duration::from_millis(250)).await;
	}
	let mut latencies = Vec::new();
	for watch in watches {
		latencies.push(watch.await.expect("the watch completes"));
	}
	latencies.sort();

	let finalized = finalized_hash(&validators[0]).await;
	assert_eq!(
		free_balance(&validators[0], &recipient, Some(finalized)).await,
		recipient_before + TRANSFERS as u128 * UNIT,
		"every transfer is final"
	);

	let percentile = |p: usize| latencies[(latencies.len() * p / 100).min(latencies.len() - 1)];
	println!(
		"submission to finality over {TRANSFERS} transfers: min {:?}, p50 {:?}, p90 {:?}, \
		 p99 {:?}, max {:?}",
		latencies[0],
		percentile(50),
		percentile(90),
		percentile(99),
		latencies[latencies.len() - 1]
	);
	for validator in &consortium.validators {
		println!(
			"{} resident memory: {} MiB",
			validator.spec.name,
			validator.resident_kib().unwrap_or_default() / 1024
		);
	}
	println!(
		"observer resident memory: {} MiB",
		consortium.observer.resident_kib().unwrap_or_default() / 1024
	);
}
