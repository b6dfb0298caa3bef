//! Reconciliation: does each mirror hold what Consort committed at the mirror's own epoch?
//! Consort's side is read at the block that sealed that epoch (for an up-to-date mirror, the
//! newest sealed epoch's), so a mirror that is behind is still checked exactly, and its lag
//! is reported apart.

use crate::{
	consort::{self, Consort},
	relay::Mirror,
};
use alloy::primitives::{Address, FixedBytes, U256};
use anchor_primitives::{AssetId, EpochNumber, EthAddress, Partition};
use sp_core::H256;

#[derive(Debug, thiserror::Error)]
pub enum Error {
	#[error(transparent)]
	Consort(#[from] consort::Error),
	#[error("{target}: {error}")]
	Target { target: String, error: String },
	#[error("asset {asset}: its mirror is at epoch {epoch}, which Consort has not sealed")]
	EpochUnknown { asset: AssetId, epoch: EpochNumber },
}

/// A way in which a mirror differs from Consort.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
	Balance { partition: Partition, holder: EthAddress, consort: u128, mirror: U256 },
	TotalSupply { consort: u128, mirror: U256 },
	DocumentsHash { consort: H256, mirror: H256 },
	Flags { consort: u8, mirror: u8 },
}

impl std::fmt::Display for Mismatch {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Mismatch::Balance { partition, holder, consort, mirror } => write!(
				f,
				"balance of {} in partition 0x{}: Consort {consort}, mirror {mirror}",
				Address::from(*holder),
				hex::encode(partition)
			),
			Mismatch::TotalSupply { consort, mirror } => {
				write!(f, "total supply: Consort {consort}, mirror {mirror}")
			}
			Mismatch::DocumentsHash { consort, mirror } => {
				write!(f, "documents hash: Consort {consort:?}, mirror {mirror:?}")
			}
			Mismatch::Flags { consort, mirror } => {
				write!(f, "flags: Consort {consort}, mirror {mirror}")
			}
		}
	}
}

/// How one mirror compares with Consort.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetReport {
	pub asset: AssetId,
	/// The epoch the mirror applied last, at which it was compared.
	pub epoch: EpochNumber,
	/// Consort's newest sealed epoch of the asset: the mirror lags if it is newer.
	pub newest_epoch: EpochNumber,
	/// The balances compared.
	pub balances: usize,
	pub mismatches: Vec<Mismatch>,
}

impl AssetReport {
	pub fn agrees(&self) -> bool {
		self.mismatches.is_empty()
	}
}

/// Compares one mirror of `target` with what Consort committed at the mirror's epoch.
pub async fn reconcile(
	consort: &Consort,
	target: &str,
	mirror: &Mirror,
) -> Result<AssetReport, Error> {
	let evm = |error: alloy::contract::Error| Error::Target {
		target: target.to_string(),
		error: error.to_string(),
	};
	let contract = &mirror.contract;
	let epoch = contract.lastEpoch().call().await.map_err(evm)?;
	let head = consort.finalized_head().await?;
	let status = consort.anchor_status(Some(head)).await?;
	// Consort's side is read at the block that sealed the newest epoch (no sealing runs at
	// its end), or, for a mirror that lags, at the block that sealed the mirror's epoch.
	let newest_sealed = match status.latest {
		Some(latest) => Some(consort.block_hash(latest.closing_block).await?),
		None => None,
	};
	let newest = match newest_sealed {
		Some(at) => consort.newest_entry(mirror.asset, Some(at)).await?,
		None => None,
	};
	let newest_epoch = newest.map_or(0, |entry| entry.epoch);
	let (at, expected) = if epoch == 0 {
		(None, None)
	} else if epoch == newest_epoch {
		// Up to date: the asset's newest entry, however long ago its epoch was pruned.
		(newest_sealed, newest.map(|entry| (entry.documents_hash, entry.flags)))
	} else {
		// A mirror that lags: its epoch is read where Consort still kept it.
		let (view, _) = consort.keeping_epoch(epoch, head).await?;
		let sealed = consort
			.sealed_epoch(epoch, view)
			.await?
			.ok_or(Error::EpochUnknown { asset: mirror.asset, epoch })?;
		let entry = sealed
			.entries
			.into_iter()
			.find(|entry| entry.asset == mirror.asset)
			.map(|entry| (entry.documents_hash, entry.flags));
		(Some(sealed.sealed_at), entry)
	};
	let committed = match at {
		Some(at) => consort.committed_balances(mirror.asset, Some(at)).await?,
		None => Vec::new(),
	};

	let mut mismatches = Vec::new();
	let mut total: u128 = 0;
	for (partition, holder, balance) in &committed {
		total = total.saturating_add(*balance);
		let held = contract
			.balanceOfByPartition(FixedBytes(*partition), Address::from(*holder))
			.call()
			.await
			.map_err(evm)?;
		if held != U256::from(*balance) {
			mismatches.push(Mismatch::Balance {
				partition: *partition,
				holder: *holder,
				consort: *balance,
				mirror: held,
			});
		}
	}
	let supply = contract.totalSupply().call().await.map_err(evm)?;
	if supply != U256::from(total) {
		mismatches.push(Mismatch::TotalSupply { consort: total, mirror: supply });
	}
	if let Some((documents_hash, expected_flags)) = expected {
		let documents = H256(contract.documentsHash().call().await.map_err(evm)?.0);
		if documents != documents_hash {
			mismatches.push(Mismatch::DocumentsHash { consort: documents_hash, mirror: documents });
		}
		let flags = contract.flags().call().await.map_err(evm)?;
		if flags != expected_flags {
			mismatches.push(Mismatch::Flags { consort: expected_flags, mirror: flags });
		}
	}
	Ok(AssetReport {
		asset: mirror.asset,
		epoch,
		newest_epoch,
		balances: committed.len(),
		mismatches,
	})
}
