//! An asset's part of an epoch, as its ERC-1400 mirror takes it: the MMR leaf that carries the
//! epoch's commitment and its proof, the asset's entry and its proof in the epoch's tree, and
//! every balance leaf of the asset's changes in the epoch.

use crate::beefy::{self, ConsortMmrLeaf};
use crate::contracts::security::ConsortSecurity as Security;
use alloy::primitives::{Address, FixedBytes};
use alloy::sol_types::{SolType, SolValue};
use anchor_primitives::{
	documents_hash, merkle_proof, AssetEntry, AssetId, BalanceLeaf, DocumentLeaf, EpochCommitment,
};
use sp_core::H256;
use sp_mmr_primitives::LeafProof;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
	#[error("the leaf's extra data is not the epoch's commitment")]
	LeafOfOtherEpoch,
	#[error("the epoch has {expected} asset entries, {offered} were given")]
	WrongEntryCount { expected: u32, offered: usize },
	#[error("asset {0} did not change in the epoch")]
	AssetNotInEpoch(AssetId),
	#[error("the asset's entry counts {expected} changes, {offered} were given")]
	WrongChangeCount { expected: u32, offered: usize },
	#[error("a balance leaf is of another asset or epoch")]
	ForeignLeaf,
	#[error("the documents are not the ones the asset's entry commits to")]
	DocumentsNotCommitted,
	#[error("a document URI is not UTF-8")]
	DocumentUri,
	#[error("the two contracts' bindings disagree on a struct")]
	Layout,
	#[error(transparent)]
	Beefy(#[from] beefy::Error),
}

/// What the epoch committed for one asset.
pub struct AssetEpoch<'a> {
	/// Every entry of the epoch, in the order of its tree.
	pub entries: &'a [AssetEntry],
	pub asset: AssetId,
	/// Every balance leaf of the asset in the epoch, in the order of its tree.
	pub changes: &'a [BalanceLeaf],
	/// The asset's documents at the end of the epoch, in ascending order of name.
	pub documents: &'a [DocumentLeaf],
	/// The hash of the documents the mirror holds now: the documents are sent only when the
	/// epoch's differ.
	pub mirrored_documents_hash: H256,
}

/// The checkpoint of `asset` for the mirror, proven from the MMR of the commitment at
/// `commitment_block`. It checks what the contract will check, so that a relayer does not pay
/// for a transaction that must fail.
pub fn checkpoint(
	commitment_block: u32,
	leaf: &ConsortMmrLeaf,
	leaf_proof: &LeafProof<H256>,
	epoch: &EpochCommitment,
	part: AssetEpoch<'_>,
) -> Result<Security::Checkpoint, Error> {
	if leaf.leaf_extra != epoch.hash() {
		return Err(Error::LeafOfOtherEpoch);
	}
	if part.entries.len() != epoch.asset_count as usize {
		return Err(Error::WrongEntryCount {
			expected: epoch.asset_count,
			offered: part.entries.len(),
		});
	}
	let index = part
		.entries
		.iter()
		.position(|entry| entry.asset == part.asset)
		.ok_or(Error::AssetNotInEpoch(part.asset))?;
	let entry = part.entries[index];
	if part.changes.len() != entry.change_count as usize {
		return Err(Error::WrongChangeCount {
			expected: entry.change_count,
			offered: part.changes.len(),
		});
	}
	if part.changes.iter().any(|leaf| leaf.asset != part.asset || leaf.epoch != entry.epoch) {
		return Err(Error::ForeignLeaf);
	}
	let entry_hashes: Vec<H256> = part.entries.iter().map(AssetEntry::hash).collect();
	let entry_proof =
		merkle_proof(&entry_hashes, index).ok_or(Error::AssetNotInEpoch(part.asset))?;
	let send_documents = entry.documents_hash != part.mirrored_documents_hash;
	if send_documents && documents_hash(part.documents) != entry.documents_hash {
		return Err(Error::DocumentsNotCommitted);
	}
	let documents = part
		.documents
		.iter()
		.filter(|_| send_documents)
		.map(|document| {
			Ok(Security::Document {
				name: FixedBytes(document.name),
				uri: String::from_utf8(document.uri.clone()).map_err(|_| Error::DocumentUri)?,
				contentHash: FixedBytes(document.content_hash.0),
				updatedAt: document.updated_at,
			})
		})
		.collect::<Result<_, Error>>()?;
	Ok(Security::Checkpoint {
		commitmentBlock: commitment_block,
		leaf: same_layout(&beefy::mmr_leaf(leaf))?,
		leafProof: same_layout(&beefy::leaf_proof(leaf_proof)?)?,
		epoch: Security::Epoch {
			number: epoch.number,
			closingBlock: epoch.closing_block,
			assetCount: epoch.asset_count,
			assetsRoot: FixedBytes(epoch.assets_root.0),
		},
		entry: Security::AssetEntry {
			epoch: entry.epoch,
			previousEpoch: entry.previous_epoch,
			changeCount: entry.change_count,
			changesRoot: FixedBytes(entry.changes_root.0),
			documentsHash: FixedBytes(entry.documents_hash.0),
			flags: entry.flags,
		},
		entryIndex: index as u32,
		entryProof: entry_proof.into_iter().map(|hash| FixedBytes(hash.0)).collect(),
		updates: part
			.changes
			.iter()
			.map(|leaf| Security::BalanceUpdate {
				partition: FixedBytes(leaf.partition),
				holder: Address::from(leaf.holder),
				balance: leaf.balance,
			})
			.collect(),
		documents,
	})
}

/// The same Solidity struct as another contract's bindings name it: both bindings encode it
/// identically, so the one decodes from the other's encoding.
fn same_layout<A: SolValue, B: SolValue + From<<B::SolType as SolType>::RustType>>(
	value: &A,
) -> Result<B, Error> {
	B::abi_decode(&value.abi_encode()).map_err(|_| Error::Layout)
}
