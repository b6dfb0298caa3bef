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
use sp_consensus_beefy::ecdsa_crypto::AuthorityId as BeefyId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::UncheckedFrom, OpaquePeerId};
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The preset of the production template.
pub const CONSORTIUM_RUNTIME_PRESET: &str = "consortium";

/// The bridge's epoch on the dev and local chains, in blocks (40 s): short, so that a
/// checkpoint reaches the contracts while one watches. The production template keeps the
/// runtime's 10 minutes.
const SHORT_EPOCH: u32 = 20;

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

/// The BEEFY (secp256k1, compressed) public keys of the seeds `//Alice` to `//Dave`, which
/// `--alice` and its kin put in a dev node's keystore. `sp-keyring` has no ecdsa keyring.
const DEV_BEEFY_KEYS: [(Sr25519Keyring, &str); 4] = [
	(Sr25519Keyring::Alice, "020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1"),
	(Sr25519Keyring::Bob, "0390084fdbf27d2b79d26a4f13f0ccd982cb755a661969143c37cbc49ef5b91f27"),
	(Sr25519Keyring::Charlie, "0389411795514af1627765eceffcbd002719f031604fadd7d188e2dc585b4e1afb"),
	(Sr25519Keyring::Dave, "03bc9d0ca094bd5b8b3225d7651eac5d18c1c04bf8ae8f8b263eebca4e1410ed0c"),
];

/// A validator at genesis: its account and its session keys.
struct Validator {
	account: AccountId,
	aura: AuraId,
	grandpa: GrandpaId,
	beefy: BeefyId,
}

impl Validator {
	/// A dev validator, or none if `sr` has no BEEFY key in [`DEV_BEEFY_KEYS`].
	fn dev(sr: Sr25519Keyring, ed: Ed25519Keyring) -> Option<Self> {
		let (_, beefy) = DEV_BEEFY_KEYS.iter().find(|(member, _)| *member == sr)?;
		Some(Validator {
			account: sr.to_account_id(),
			aura: sr.public().into(),
			grandpa: ed.public().into(),
			beefy: BeefyId::try_from(&hex_bytes(beefy)[..]).ok()?,
		})
	}

	/// A validator whose keys are the bytes `[n; 32]`: public keys that nobody holds the
	/// secret of, to be replaced before a launch.
	fn placeholder(n: u8) -> Self {
		Validator {
			account: AccountId::new([n; 32]),
			aura: AuraId::unchecked_from([n; 32]),
			grandpa: GrandpaId::unchecked_from([n; 32]),
			// A leading 0 makes it no secp256k1 key at all: nobody can sign for it, and the
			// MMR leaves of a chain launched from the template by mistake would show it.
			beefy: BeefyId::unchecked_from(placeholder_beefy_key(n)),
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
				SessionKeys {
					aura: v.aura.clone(),
					grandpa: v.grandpa.clone(),
					beefy: v.beefy.clone(),
				},
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

fn placeholder_beefy_key(n: u8) -> [u8; 33] {
	let mut key = [n; 33];
	key[0] = 0;
	key
}

/// The bytes that `hex_with_spaces` spells, ignoring whitespace.
fn hex_bytes(hex_with_spaces: &str) -> Vec<u8> {
	let digits: Vec<u8> = hex_with_spaces.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
	digits
		.chunks(2)
		.filter_map(|pair| {
			let text = core::str::from_utf8(pair).ok()?;
			u8::from_str_radix(text, 16).ok()
		})
		.collect()
}

fn peer_id(hex_with_spaces: &str) -> OpaquePeerId {
	OpaquePeerId(hex_bytes(hex_with_spaces))
}

fn development() -> Value {
	let mut patch = consortium_genesis(
		Validator::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice).into_iter().collect(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		dev_accounts().into_iter().map(|a| (a, DEV_ENDOWMENT)).collect(),
		Vec::new(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	);
	patch["anchor"] = json!({ "epochLength": SHORT_EPOCH });
	patch
}

fn local_testnet() -> Value {
	let members = [
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	];
	let validators = members.iter().filter_map(|(sr, ed)| Validator::dev(*sr, *ed)).collect();
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
	let mut patch = consortium_genesis(
		validators,
		council,
		dev_accounts().into_iter().map(|a| (a, DEV_ENDOWMENT)).collect(),
		nodes,
		None,
	);
	patch["anchor"] = json!({ "epochLength": SHORT_EPOCH });
	patch
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
pub(crate) mod tests {
	use super::*;
	use crate::{BuildStorage, RuntimeGenesisConfig};

	/// The genesis state of the preset `id`.
	pub(crate) fn build(id: &str) -> sp_runtime::Storage {
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
	fn dev_beefy_keys_are_those_of_the_dev_seeds() {
		use sp_core::Pair;
		for (member, key) in DEV_BEEFY_KEYS {
			let seed = member.to_seed();
			let pair = sp_core::ecdsa::Pair::from_string(&seed, None).unwrap();
			assert_eq!(hex_bytes(key), pair.public().0.to_vec(), "{seed}");
		}
	}

	#[test]
	fn every_dev_validator_has_a_beefy_key() {
		let patch: Value = serde_json::from_slice(
			&get_preset(&String::from(LOCAL_TESTNET_RUNTIME_PRESET)).unwrap(),
		)
		.unwrap();
		assert_eq!(patch["session"]["keys"].as_array().map(Vec::len), Some(4));
		let patch: Value =
			serde_json::from_slice(&get_preset(&String::from(DEV_RUNTIME_PRESET)).unwrap())
				.unwrap();
		assert_eq!(patch["session"]["keys"].as_array().map(Vec::len), Some(1));
	}

	#[test]
	fn an_unknown_preset_is_none() {
		assert!(get_preset(&String::from("mainnet")).is_none());
	}
}
