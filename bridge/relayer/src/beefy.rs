//! BEEFY commitments, MMR leaves and proofs, and validator sets, as the light client takes
//! them.

use crate::contracts::light_client::ConsortLightClient as LightClient;
use alloy::primitives::{keccak256, Address, FixedBytes};
use anchor_primitives::{merkle_proof, merkle_root};
use codec::Decode;
use sp_consensus_beefy::{
	known_payloads::MMR_ROOT_ID,
	mmr::{BeefyNextAuthoritySet, MmrLeaf},
	Commitment,
};
use sp_core::H256;
use sp_mmr_primitives::LeafProof;

/// The MMR leaf of Consort's runtime: block numbers are u32, hashes and extra data H256.
pub type ConsortMmrLeaf = MmrLeaf<u32, H256, H256, H256>;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
	#[error("the commitment has no MMR root in its payload")]
	NoMmrRoot,
	#[error("the commitment's payload is not the MMR root alone")]
	UnexpectedPayload,
	#[error("validator {0} is not in the set")]
	NotInSet(usize),
	#[error("a signature is not 65 bytes of r, s and a recovery id")]
	MalformedSignature,
	#[error("not a secp256k1 public key")]
	BadPublicKey,
	#[error("a number does not fit the contract's field: {0}")]
	OutOfRange(&'static str),
}

/// The Ethereum address of a BEEFY key (a compressed secp256k1 public key), as
/// pallet-beefy-mmr derives it.
pub fn eth_address(public: &sp_core::ecdsa::Public) -> Result<[u8; 20], Error> {
	let key = alloy::signers::k256::ecdsa::VerifyingKey::from_sec1_bytes(public.as_ref())
		.map_err(|_| Error::BadPublicKey)?;
	Ok(alloy::signers::utils::public_key_to_address(&key).0 .0)
}

/// A BEEFY validator set by the Ethereum addresses of its keys, in the set's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidatorSet {
	pub id: u64,
	pub addresses: Vec<[u8; 20]>,
}

impl ValidatorSet {
	/// The set `id` of these BEEFY keys, in their order.
	pub fn from_keys(
		id: u64,
		keys: &[sp_consensus_beefy::ecdsa_crypto::AuthorityId],
	) -> Result<Self, Error> {
		let addresses = keys
			.iter()
			.map(|key| eth_address(&sp_core::ecdsa::Public::from(key.clone())))
			.collect::<Result<_, _>>()?;
		Ok(ValidatorSet { id, addresses })
	}

	/// The Merkle root over the addresses, as pallet-beefy-mmr commits to it.
	pub fn root(&self) -> H256 {
		merkle_root(self.leaf_hashes())
	}

	/// The set as the light client holds it.
	pub fn as_contract_set(&self) -> Result<LightClient::ValidatorSet, Error> {
		Ok(LightClient::ValidatorSet {
			id: self.id,
			len: u32::try_from(self.addresses.len()).map_err(|_| Error::OutOfRange("set size"))?,
			root: FixedBytes(self.root().0),
		})
	}

	/// The signature of the `index`-th validator, with the proof that it is in the set.
	pub fn signature(
		&self,
		index: usize,
		signature: &[u8],
	) -> Result<LightClient::ValidatorSignature, Error> {
		let account = *self.addresses.get(index).ok_or(Error::NotInSet(index))?;
		let proof = merkle_proof(&self.leaf_hashes(), index).ok_or(Error::NotInSet(index))?;
		let [r, s, v] = split_signature(signature)?;
		Ok(LightClient::ValidatorSignature {
			index: u32::try_from(index).map_err(|_| Error::OutOfRange("validator index"))?,
			account: Address::from(account),
			v: v[0],
			r: FixedBytes::from_slice(r),
			s: FixedBytes::from_slice(s),
			proof: proof.into_iter().map(|hash| FixedBytes(hash.0)).collect(),
		})
	}

	fn leaf_hashes(&self) -> Vec<H256> {
		self.addresses.iter().map(|address| H256(keccak256(address).0)).collect()
	}
}

fn split_signature(signature: &[u8]) -> Result<[&[u8]; 3], Error> {
	if signature.len() != 65 {
		return Err(Error::MalformedSignature);
	}
	Ok([&signature[..32], &signature[32..64], &signature[64..]])
}

/// The commitment as the light client takes it. Only a payload of the MMR root alone is
/// accepted: the contract rebuilds the signed bytes from that shape.
pub fn commitment(commitment: &Commitment<u32>) -> Result<LightClient::Commitment, Error> {
	let root = commitment.payload.get_raw(&MMR_ROOT_ID).ok_or(Error::NoMmrRoot)?;
	let root = H256::decode(&mut &root[..]).map_err(|_| Error::UnexpectedPayload)?;
	let rebuilt =
		sp_consensus_beefy::Payload::from_single_entry(MMR_ROOT_ID, codec::Encode::encode(&root));
	if rebuilt != commitment.payload {
		return Err(Error::UnexpectedPayload);
	}
	Ok(LightClient::Commitment {
		blockNumber: commitment.block_number,
		validatorSetId: commitment.validator_set_id,
		mmrRoot: FixedBytes(root.0),
	})
}

/// A BEEFY set as the MMR commits to it (id, size, root of its addresses), as the light
/// client holds it.
pub fn authority_set(set: &BeefyNextAuthoritySet<H256>) -> LightClient::ValidatorSet {
	LightClient::ValidatorSet {
		id: set.id,
		len: set.len,
		root: FixedBytes(set.keyset_commitment.0),
	}
}

/// The MMR leaf as the light client takes it.
pub fn mmr_leaf(leaf: &ConsortMmrLeaf) -> LightClient::MmrLeaf {
	let (parent_number, parent_hash) = leaf.parent_number_and_hash;
	let (major, minor) = leaf.version.split();
	LightClient::MmrLeaf {
		version: (major << 5) | minor,
		parentNumber: parent_number,
		parentHash: FixedBytes(parent_hash.0),
		nextAuthoritySet: authority_set(&leaf.beefy_next_authority_set),
		extra: FixedBytes(leaf.leaf_extra.0),
	}
}

/// The proof of one leaf, as the light client takes it.
pub fn leaf_proof(proof: &LeafProof<H256>) -> Result<LightClient::MmrLeafProof, Error> {
	let [leaf_index] = proof.leaf_indices[..] else {
		return Err(Error::OutOfRange("a proof of exactly one leaf"));
	};
	Ok(LightClient::MmrLeafProof {
		leafIndex: leaf_index,
		leafCount: proof.leaf_count,
		items: proof.items.iter().map(|item| FixedBytes(item.0)).collect(),
	})
}
