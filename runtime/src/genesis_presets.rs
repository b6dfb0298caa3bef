//! Genesis presets: the starting state of each chain Consort ships a spec for.
//!
//! - `development`: one validator (Alice), who is also the council and the sudo key; the
//!   well-known dev accounts are funded.
//! - `local_testnet`: a local consortium of four validators, Alice to Dave, who form the
//!   council; one observer node operated by Eve (a regulator); no sudo. Node keys are the
//!   fixed, public test keys in `chain-spec/local/` so that the network starts with one script.
//! - `consortium`: the template of a production consortium. Every key is a placeholder that
//!   no one holds, so a chain cannot be launched from it by mistake; see
//!   `chain-spec/README.md` for how a consortium puts its own keys in.

use crate::{AccountId, Balance, SessionKeys, UNIT};
use alloc::{vec, vec::Vec};
use serde_json::{json, Value};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::UncheckedFrom, OpaquePeerId};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The preset of the production template.
pub const CONSORTIUM_RUNTIME_PRESET: &str = "consortium";

/// What each funded development account starts with.
const DEV_ENDOWMENT: Balance = 1_000_000 * UNIT;
/// What each member's operational account starts with in the production template.
const MEMBER_ENDOWMENT: Balance = 10_000 * UNIT;

/// Peer ids of the local consortium's nodes: the libp2p ids of the ed25519 node keys
/// 0x00..01 (Alice) to 0x00..05 (the observer) in `chain-spec/local/`.
pub const LOCAL_PEER_IDS: [&str; 5] = [
	"002408011220 4cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29",
	"002408011220 7422b9887598068e32c4448a949adb290d0f4e35b9e01b0ee5f1a1e600fe2674",
	"002408011220 f381626e41e7027ea431bfe3009e94bdd25a746beec468948d6c3c7c5dc9a54b",
	"002408011220 fd50b8e3b144ea244fbf7737f550bc8dd0c2650bbc1aada833ca17ff8dbf329b",
	"002408011220 fde4fba030ad002f7c2f7d4c331f49d13fb0ec747eceebec634f1ff4cbca9def",
];

/// A validator at genesis: its account and its session keys.
struct Validator {
	account: AccountId,
	aura: AuraId,
	grandpa: GrandpaId,
}

impl Validator {
	fn dev(sr: Sr25519Keyring, ed: Ed25519Keyring) -> Self {
		Validator {
			account: sr.to_account_id(),
			aura: sr.public().into(),
			grandpa: ed.public().into(),
		}
	}

	/// A validator whose keys are the bytes `[n; 32]`: public keys that nobody holds the
	/// secret of, to be replaced before a launch.
	fn placeholder(n: u8) -> Self {
		Validator {
			account: AccountId::new([n; 32]),
			aura: AuraId::unchecked_from([n; 32]),
			grandpa: GrandpaId::unchecked_from([n; 32]),
		}
	}
}

/// The state of a consortium chain, as a patch over the default genesis config.
fn consortium_genesis(
	validators: Vec<Validator>,
	council: Vec<AccountId>,
	endowed: Vec<(AccountId, Balance)>,
	authorized_nodes: Vec<(OpaquePeerId, AccountId)>,
	sudo: Option<AccountId>,
) -> Value {
	let session_keys: Vec<(AccountId, AccountId, SessionKeys)> = validators
		.iter()
		.map(|v| {
			(
				v.account.clone(),
				v.account.clone(),
				SessionKeys { aura: v.aura.clone(), grandpa: v.grandpa.clone() },
			)
		})
		.collect();
	let validator_accounts: Vec<AccountId> = validators.into_iter().map(|v| v.account).collect();
	let mut patch = json!({
		"balances": { "balances": endowed },
		"consortium": { "validators": validator_accounts },
		"session": { "keys": session_keys },
		"councilMembership": { "members": council },
		"nodeAuthorization": { "nodes": authorized_nodes },
	});
	if let Some(key) = sudo {
		patch["sudo"] = json!({ "key": key });
	}
	patch
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

fn peer_id(hex_with_spaces: &str) -> OpaquePeerId {
	let digits: Vec<u8> = hex_with_spaces.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
	let bytes = digits
		.chunks(2)
		.filter_map(|pair| {
			let text = core::str::from_utf8(pair).ok()?;
			u8::from_str_radix(text, 16).ok()
		})
		.collect();
	OpaquePeerId(bytes)
}

fn development() -> Value {
	consortium_genesis(
		vec![Validator::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		vec![Sr25519Keyring::Alice.to_account_id()],
		dev_accounts().into_iter().map(|a| (a, DEV_ENDOWMENT)).collect(),
		Vec::new(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

fn local_testnet() -> Value {
	let members = [
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	];
	let validators = members.iter().map(|(sr, ed)| Validator::dev(*sr, *ed)).collect();
	let council = members.iter().map(|(sr, _)| sr.to_account_id()).collect();
	let node_owners = [
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
	];
	let nodes = LOCAL_PEER_IDS
		.iter()
		.zip(node_owners)
		.map(|(id, owner)| (peer_id(id), owner.to_account_id()))
		.collect();
	consortium_genesis(
		validators,
		council,
		dev_accounts().into_iter().map(|a| (a, DEV_ENDOWMENT)).collect(),
		nodes,
		None,
	)
}

fn consortium_template() -> Value {
	let validators: Vec<Validator> = (1..=4).map(Validator::placeholder).collect();
	let council: Vec<AccountId> = validators.iter().map(|v| v.account.clone()).collect();
	let endowed = council.iter().map(|a| (a.clone(), MEMBER_ENDOWMENT)).collect();
	let nodes = (1..=4u8).map(|n| (OpaquePeerId(vec![n; 38]), AccountId::new([n; 32]))).collect();
	consortium_genesis(validators, council, endowed, nodes, None)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		CONSORTIUM_RUNTIME_PRESET => consortium_template(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of every preset.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(CONSORTIUM_RUNTIME_PRESET),
	]
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{BuildStorage, RuntimeGenesisConfig};

	fn build(id: &str) -> sp_runtime::Storage {
		let patch = get_preset(&String::from(id)).expect("preset exists");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
		json_merge(&mut config, serde_json::from_slice(&patch).unwrap());
		let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("patch fits");
		config.build_storage().expect("genesis builds")
	}

	fn json_merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) => {
				for (key, value) in patch {
					json_merge(base.entry(key).or_insert(Value::Null), value);
				}
			}
			(base, patch) => *base = patch,
		}
	}

	#[test]
	fn every_preset_builds_a_genesis_state() {
		for id in preset_names() {
			build(&id);
		}
	}

	#[test]
	fn only_the_development_preset_has_a_sudo_key() {
		for id in preset_names() {
			let patch: Value = serde_json::from_slice(&get_preset(&id).unwrap()).unwrap();
			assert_eq!(patch.get("sudo").is_some(), id == DEV_RUNTIME_PRESET, "preset {id}");
		}
	}

	#[test]
	fn local_peer_ids_decode_to_ed25519_libp2p_ids() {
		for id in LOCAL_PEER_IDS {
			let bytes = peer_id(id).0;
			assert_eq!(bytes.len(), 38);
			assert_eq!(&bytes[..6], &[0x00, 0x24, 0x08, 0x01, 0x12, 0x20]);
		}
	}

	#[test]
	fn an_unknown_preset_is_none() {
		assert!(get_preset(&String::from("mainnet")).is_none());
	}
}
