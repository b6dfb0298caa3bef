//! A real EVM node (anvil, from the npm package in bridge/contracts) and a consortium of BEEFY
//! validators with real secp256k1 keys, for the contracts' tests.
#![allow(dead_code)]

use codec::Encode;
use consort_relayer::beefy::{self, ConsortMmrLeaf, ValidatorSet};
use consort_relayer::contracts::light_client::ConsortLightClient;
use sp_consensus_beefy::{
	known_payloads::MMR_ROOT_ID,
	mmr::{BeefyNextAuthoritySet, MmrLeafVersion},
	Commitment, Payload,
};
use sp_core::{ecdsa, Pair, H256};
use sp_mmr_primitives::{
	mmr_lib::{leaf_index_to_pos, util::MemStore, Merge, MMR},
	LeafProof,
};

pub use consort_relayer::testing::{evm, Evm};

/// A BEEFY validator set with its signing keys.
pub struct Validators {
	pub id: u64,
	pub keys: Vec<ecdsa::Pair>,
}

impl Validators {
	pub fn new(id: u64, seeds: &[&str]) -> Self {
		let keys = seeds.iter().map(|seed| ecdsa::Pair::from_string(seed, None).unwrap()).collect();
		Self { id, keys }
	}

	pub fn set(&self) -> ValidatorSet {
		ValidatorSet {
			id: self.id,
			addresses: self
				.keys
				.iter()
				.map(|key| beefy::eth_address(&key.public()).unwrap())
				.collect(),
		}
	}

	pub fn contract_set(&self) -> ConsortLightClient::ValidatorSet {
		self.set().as_contract_set().unwrap()
	}

	pub fn next_authority_set(&self) -> BeefyNextAuthoritySet<H256> {
		let set = self.set();
		BeefyNextAuthoritySet {
			id: set.id,
			len: set.addresses.len() as u32,
			keyset_commitment: set.root(),
		}
	}

	/// The signatures of the validators at `signers` on `commitment`, as BEEFY makes them:
	/// ECDSA over keccak256 of the SCALE-encoded commitment.
	pub fn sign(
		&self,
		commitment: &Commitment<u32>,
		signers: &[usize],
	) -> Vec<ConsortLightClient::ValidatorSignature> {
		let digest = keccak_256(&commitment.encode());
		let set = self.set();
		signers
			.iter()
			.map(|&index| {
				set.signature(index, self.keys[index].sign_prehashed(&digest).as_ref()).unwrap()
			})
			.collect()
	}
}

pub fn keccak_256(data: &[u8]) -> [u8; 32] {
	alloy::primitives::keccak256(data).0
}

pub const ALICE_TO_DAVE: [&str; 4] = ["//Alice", "//Bob", "//Charlie", "//Dave"];
pub const EVE_TO_HEIDI: [&str; 4] = ["//Eve", "//Ferdie", "//George", "//Heidi"];

pub fn commitment(block_number: u32, validator_set_id: u64, mmr_root: H256) -> Commitment<u32> {
	Commitment {
		payload: Payload::from_single_entry(MMR_ROOT_ID, mmr_root.encode()),
		block_number,
		validator_set_id,
	}
}

/// keccak256 merging, as pallet-mmr's keccak hasher does.
pub struct Keccak;

impl Merge for Keccak {
	type Item = H256;
	fn merge(left: &H256, right: &H256) -> sp_mmr_primitives::mmr_lib::Result<H256> {
		Ok(H256(keccak_256(&[left.as_bytes(), right.as_bytes()].concat())))
	}
}

/// An MMR of Consort's leaves, built by the library pallet-mmr uses.
pub struct Mmr {
	store: MemStore<H256>,
	size: u64,
	pub leaves: Vec<ConsortMmrLeaf>,
}

impl Mmr {
	pub fn new() -> Self {
		Self { store: MemStore::default(), size: 0, leaves: Vec::new() }
	}

	/// Appends the leaf of block `parent_number + 1`, whose parent is `parent_number`.
	pub fn push(&mut self, next_set: BeefyNextAuthoritySet<H256>, extra: H256) {
		let parent_number = self.leaves.len() as u32;
		let leaf = ConsortMmrLeaf {
			version: MmrLeafVersion::new(0, 0),
			parent_number_and_hash: (parent_number, H256(keccak_256(&parent_number.to_le_bytes()))),
			beefy_next_authority_set: next_set,
			leaf_extra: extra,
		};
		let mut mmr = MMR::<H256, Keccak, _>::new(self.size, &self.store);
		mmr.push(H256(keccak_256(&leaf.encode()))).unwrap();
		self.size = mmr.mmr_size();
		mmr.commit().unwrap();
		self.leaves.push(leaf);
	}

	fn mmr(&self) -> MMR<H256, Keccak, &MemStore<H256>> {
		MMR::new(self.size, &self.store)
	}

	pub fn root(&self) -> H256 {
		self.mmr().get_root().unwrap()
	}

	pub fn proof(&self, leaf_index: u64) -> LeafProof<H256> {
		let proof = self.mmr().gen_proof(vec![leaf_index_to_pos(leaf_index)]).unwrap();
		LeafProof {
			leaf_indices: vec![leaf_index],
			leaf_count: self.leaves.len() as u64,
			items: proof.proof_items().to_vec(),
		}
	}
}
