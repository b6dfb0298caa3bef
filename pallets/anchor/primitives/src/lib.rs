//! What the anchor commits to at the end of each epoch, and how Consort's contracts on
//! Ethereum and Polygon hash it. Every hash here is keccak256 over Solidity's
//! `abi.encodePacked` of the fields (big-endian integers, no padding), so a contract checks it
//! with one `keccak256(abi.encodePacked(...))`; the trees are Substrate's binary Merkle trees.
//!
//! An epoch's commitment, placed in the MMR leaf's extra data, is over the epoch's asset
//! entries; each bridged asset that changed has one entry, which commits to the leaves of its
//! changed balances and to its documents and flags.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{
	traits::{ConstU32, Hash, Keccak256},
	BoundedVec,
};

/// The most leaves or balances one read of the anchor returns; larger sets are read page by
/// page.
pub const MAX_PAGE: u32 = 1024;

/// The asset identifier the contracts know an asset by.
pub type AssetId = u32;
/// A partition, as ERC-1410's bytes32.
pub type Partition = [u8; 32];
/// An Ethereum address.
pub type EthAddress = [u8; 20];
/// The number of an epoch; the first is 1, 0 means none.
pub type EpochNumber = u64;

/// The asset entry flag: a controller can force transfers (ERC-1644 `isControllable`).
pub const FLAG_CONTROLLABLE: u8 = 1;
/// The asset entry flag: the issuer can still issue (ERC-1594 `isIssuable`).
pub const FLAG_ISSUABLE: u8 = 2;
/// The asset entry flag: transfers of the asset are halted.
pub const FLAG_HALTED: u8 = 4;

/// One holder's final balance of one partition at the end of an epoch.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct BalanceLeaf {
	pub asset: AssetId,
	pub partition: Partition,
	pub holder: EthAddress,
	pub balance: u128,
	pub epoch: EpochNumber,
}

impl BalanceLeaf {
	pub fn hash(&self) -> H256 {
		keccak_packed(&[
			&self.asset.to_be_bytes(),
			&self.partition,
			&self.holder,
			&self.balance.to_be_bytes(),
			&self.epoch.to_be_bytes(),
		])
	}
}

/// One asset's part of an epoch.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct AssetEntry {
	pub asset: AssetId,
	pub epoch: EpochNumber,
	/// The epoch in which the asset last changed before this one (0: never), so a contract
	/// applies the asset's epochs in order without gaps.
	pub previous_epoch: EpochNumber,
	pub change_count: u32,
	/// The Merkle root over the hashes of the epoch's balance leaves of the asset, in order.
	pub changes_root: H256,
	/// [`documents_hash`] of the asset's documents at the end of the epoch.
	pub documents_hash: H256,
	pub flags: u8,
}

impl AssetEntry {
	pub fn hash(&self) -> H256 {
		keccak_packed(&[
			&self.asset.to_be_bytes(),
			&self.epoch.to_be_bytes(),
			&self.previous_epoch.to_be_bytes(),
			&self.change_count.to_be_bytes(),
			self.changes_root.as_bytes(),
			self.documents_hash.as_bytes(),
			&[self.flags],
		])
	}
}

/// An epoch's commitment: its hash is the extra data of the MMR leaves from the block after
/// the epoch closed, so BEEFY's signatures cover it.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct EpochCommitment {
	pub number: EpochNumber,
	/// The block in which the epoch closed.
	pub closing_block: u32,
	pub asset_count: u32,
	/// The Merkle root over the hashes of the epoch's asset entries, in order.
	pub assets_root: H256,
}

impl EpochCommitment {
	pub fn hash(&self) -> H256 {
		keccak_packed(&[
			&self.number.to_be_bytes(),
			&self.closing_block.to_be_bytes(),
			&self.asset_count.to_be_bytes(),
			self.assets_root.as_bytes(),
		])
	}
}

/// A document of an asset, as ERC-1643 describes it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct DocumentLeaf {
	pub name: [u8; 32],
	pub uri: Vec<u8>,
	pub content_hash: H256,
	/// When it was last set, in milliseconds since the Unix epoch.
	pub updated_at: u64,
}

impl DocumentLeaf {
	pub fn hash(&self) -> H256 {
		keccak_packed(&[
			&self.name,
			self.content_hash.as_bytes(),
			&self.updated_at.to_be_bytes(),
			&self.uri,
		])
	}
}

/// keccak256 of the fields one after the other: Solidity's `keccak256(abi.encodePacked(..))`.
fn keccak_packed(fields: &[&[u8]]) -> H256 {
	Keccak256::hash(&fields.concat())
}

/// The hash of an asset's documents, given in ascending order of name: keccak256 over their
/// hashes, one after the other (keccak256 of nothing for none).
pub fn documents_hash<'a>(documents: impl IntoIterator<Item = &'a DocumentLeaf>) -> H256 {
	let hashes: Vec<u8> = documents.into_iter().flat_map(|document| document.hash().0).collect();
	Keccak256::hash(&hashes)
}

/// The Merkle root over leaf hashes, in order; zero for none.
pub fn merkle_root(leaf_hashes: impl IntoIterator<Item = H256>) -> H256 {
	binary_merkle_tree::merkle_root_raw::<Keccak256, _>(leaf_hashes)
}

/// The proof that the leaf at `index` is in the tree over `leaf_hashes`: the sibling hashes
/// from the bottom up, skipping the rows where the leaf's node is promoted. None when `index`
/// is past the end.
pub fn merkle_proof(leaf_hashes: &[H256], index: usize) -> Option<Vec<H256>> {
	let index = u32::try_from(index).ok().filter(|&index| (index as usize) < leaf_hashes.len())?;
	Some(
		binary_merkle_tree::merkle_proof_raw::<Keccak256, _>(leaf_hashes.iter().copied(), index)
			.proof,
	)
}

/// A Merkle tree built one leaf at a time in constant space: the roots of its complete
/// subtrees, largest first (the set bits of the leaf count). Its root is [`merkle_root`]'s
/// over the same leaves, so a tree too large for one block can be built over several.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct MerkleFrontier {
	pub count: u32,
	pub peaks: BoundedVec<H256, ConstU32<32>>,
}

impl MerkleFrontier {
	/// Appends a leaf hash. False, and nothing changes, when the tree already holds u32::MAX.
	pub fn push(&mut self, leaf_hash: H256) -> bool {
		let Some(count) = self.count.checked_add(1) else { return false };
		let mut node = leaf_hash;
		// Each trailing one bit of the old count is a peak of the new node's size: merge it.
		let mut merges = self.count.trailing_ones();
		while merges > 0 {
			let Some(left) = self.peaks.pop() else { return false };
			node = hash_pair(&left, &node);
			merges -= 1;
		}
		if self.peaks.try_push(node).is_err() {
			return false;
		}
		self.count = count;
		true
	}

	/// The root: the peaks folded from the right, zero for no leaves.
	pub fn root(&self) -> H256 {
		let mut peaks = self.peaks.iter().rev();
		let Some(last) = peaks.next() else { return H256::zero() };
		peaks.fold(*last, |right, left| hash_pair(left, &right))
	}
}

fn hash_pair(left: &H256, right: &H256) -> H256 {
	let mut pair = [0u8; 64];
	pair[..32].copy_from_slice(left.as_bytes());
	pair[32..].copy_from_slice(right.as_bytes());
	Keccak256::hash(&pair)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn hashes(count: u8) -> Vec<H256> {
		(0..count).map(|i| Keccak256::hash(&[i])).collect()
	}

	/// The proof checked the way the contracts check it.
	fn root_from_proof(leaf: H256, mut index: usize, mut width: usize, proof: &[H256]) -> H256 {
		let mut node = leaf;
		let mut items = proof.iter();
		while width > 1 {
			if !(index.is_multiple_of(2) && index + 1 == width) {
				let sibling = items.next().expect("proof too short");
				node = if index.is_multiple_of(2) {
					Keccak256::hash(&[node.as_bytes(), sibling.as_bytes()].concat())
				} else {
					Keccak256::hash(&[sibling.as_bytes(), node.as_bytes()].concat())
				};
			}
			index /= 2;
			width = width.div_ceil(2);
		}
		assert!(items.next().is_none(), "proof too long");
		node
	}

	#[test]
	fn every_proof_leads_to_the_root_the_way_the_contracts_check_it() {
		for count in 1..=17u8 {
			let leaves = hashes(count);
			let root = merkle_root(leaves.iter().copied());
			for index in 0..leaves.len() {
				let proof = merkle_proof(&leaves, index).unwrap();
				assert_eq!(root_from_proof(leaves[index], index, leaves.len(), &proof), root);
			}
		}
	}

	#[test]
	fn a_frontier_built_leaf_by_leaf_has_the_root_of_the_whole_tree() {
		let leaves = hashes(70);
		let mut frontier = MerkleFrontier::default();
		assert_eq!(frontier.root(), H256::zero());
		for count in 1..=leaves.len() {
			assert!(frontier.push(leaves[count - 1]));
			assert_eq!(
				frontier.root(),
				merkle_root(leaves[..count].iter().copied()),
				"{count} leaves"
			);
			assert_eq!(frontier.peaks.len() as u32, (count as u32).count_ones());
		}
	}

	#[test]
	fn a_proof_of_a_leaf_past_the_end_is_none() {
		assert_eq!(merkle_proof(&hashes(3), 3), None);
	}

	#[test]
	fn the_root_of_no_leaves_is_zero() {
		assert_eq!(merkle_root([]), H256::zero());
	}

	#[test]
	fn a_leaf_hashes_its_packed_big_endian_fields() {
		let leaf =
			BalanceLeaf { asset: 7, partition: [1; 32], holder: [2; 20], balance: 1_000, epoch: 3 };
		let mut packed = Vec::new();
		packed.extend_from_slice(&[0, 0, 0, 7]);
		packed.extend_from_slice(&[1; 32]);
		packed.extend_from_slice(&[2; 20]);
		packed.extend_from_slice(&1_000u128.to_be_bytes());
		packed.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 3]);
		assert_eq!(leaf.hash(), Keccak256::hash(&packed));
		assert_ne!(leaf.hash(), BalanceLeaf { balance: 1_001, ..leaf }.hash());
	}

	#[test]
	fn the_documents_hash_depends_on_their_order_and_contents() {
		let a = DocumentLeaf {
			name: [1; 32],
			uri: b"https://a".to_vec(),
			content_hash: H256::repeat_byte(9),
			updated_at: 1,
		};
		let b = DocumentLeaf { name: [2; 32], ..a.clone() };
		assert_eq!(documents_hash([]), Keccak256::hash(&[]));
		assert_ne!(documents_hash([&a, &b]), documents_hash([&b, &a]));
		assert_ne!(
			documents_hash([&a]),
			documents_hash([&DocumentLeaf { uri: b"https://b".to_vec(), ..a.clone() }])
		);
	}
}
