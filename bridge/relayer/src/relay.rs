//! One step of relaying to one target chain: read where the target's contracts stand, read
//! Consort, and submit at most what moves the target forward. A step starts from the target's
//! own state each time, so a relayer that restarts, or a second relayer, resumes where the
//! contracts are; every transaction is simulated first and sent only if it would succeed.

use crate::{
	beefy::{self, ValidatorSet},
	checkpoint::{self, AssetEpoch},
	consort::{self, Consort, SealedEpoch, SignedBeefyCommitment},
	contracts::{
		light_client::ConsortLightClient::{self, ConsortLightClientInstance},
		security::ConsortSecurity::ConsortSecurityInstance,
	},
	send::send_with_fee_bumps,
};
use alloy::{
	primitives::{Address, TxHash},
	providers::{DynProvider, Provider},
};
use anchor_primitives::{AssetEntry, AssetId, EpochCommitment, EpochNumber};
use sp_core::H256;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum Error {
	#[error(transparent)]
	Consort(#[from] consort::Error),
	#[error("target {target}: {error}")]
	Target { target: String, error: String },
	#[error("target {target} refused {what}: {reason}")]
	Refused { target: String, what: String, reason: String },
	#[error(transparent)]
	Beefy(#[from] beefy::Error),
	#[error(transparent)]
	Checkpoint(#[from] checkpoint::Error),
	#[error("Consort has no BEEFY justification for block {0}")]
	NoJustification(u32),
	#[error("no block of validator set {0} was found between the target and Consort")]
	SetNotFound(u64),
	#[error(
		"the mirror of asset {asset} on {target} is at epoch {mirrored}, but Consort's entry \
		 after it follows epoch {previous}: the mirror is not Consort's"
	)]
	Diverged { target: String, asset: AssetId, mirrored: EpochNumber, previous: EpochNumber },
	#[error(
		"the documents that epoch {epoch} committed for asset {asset} are in no block's state"
	)]
	DocumentsNotFound { asset: AssetId, epoch: EpochNumber },
}

/// A mirror of one bridged security on a target chain.
pub struct Mirror {
	pub asset: AssetId,
	pub contract: ConsortSecurityInstance<DynProvider>,
}

/// A target chain: its light client and mirrors, and the account that pays for submissions.
pub struct Target {
	pub name: String,
	pub provider: DynProvider,
	pub account: Address,
	pub light_client: ConsortLightClientInstance<DynProvider>,
	pub mirrors: Vec<Mirror>,
	/// How long a sent transaction may take to be mined before it is sent again with higher
	/// fees under the same nonce; also how long a step waits for one it found pending before
	/// it outbids it.
	pub receipt_timeout: Duration,
	/// How many times the fees of a transaction are raised (to replace its own earlier
	/// version, or a pending one it outbids) before the step gives up on it.
	pub fee_bumps: u32,
}

/// What a step sent and the target mined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Submission {
	Commitment { block: u32, set_id: u64, handover: bool, gas: u64, tx: TxHash },
	Checkpoint { asset: AssetId, epoch: EpochNumber, updates: usize, gas: u64, tx: TxHash },
}

/// What a step found, besides what it submitted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Step {
	pub submitted: Vec<Submission>,
	/// Transactions of the relayer's account were pending when the step began: it waited up to
	/// the receipt timeout for them to be mined, then went on, outbidding any still pending.
	pub found_pending: bool,
	/// The newest block the light client accepted, after the step.
	pub light_client_block: u32,
	/// The newest block BEEFY had signed when the step read Consort.
	pub beefy_head: u32,
	/// Each mirror's epoch after the step.
	pub mirrored_epochs: Vec<(AssetId, EpochNumber)>,
	/// Each mirror's asset's newest sealed epoch on Consort, as the step read it.
	pub newest_epochs: Vec<(AssetId, EpochNumber)>,
	/// What failed for a mirror; the other mirrors went on.
	pub errors: Vec<(AssetId, String)>,
}

/// How often a step looks whether a pending transaction was mined.
const PENDING_POLL: Duration = Duration::from_millis(500);

impl Target {
	fn error(&self, error: impl std::fmt::Display) -> Error {
		Error::Target { target: self.name.clone(), error: error.to_string() }
	}

	/// Whether the relayer's account has transactions that are sent but not mined.
	async fn has_pending(&self) -> Result<bool, Error> {
		let mined = self
			.provider
			.get_transaction_count(self.account)
			.latest()
			.await
			.map_err(|e| self.error(e))?;
		let sent = self
			.provider
			.get_transaction_count(self.account)
			.pending()
			.await
			.map_err(|e| self.error(e))?;
		Ok(sent > mined)
	}

	async fn light_client_state(&self) -> Result<(u64, u64, u32), Error> {
		let current = self.light_client.currentSet().call().await.map_err(|e| self.error(e))?;
		let next = self.light_client.nextSet().call().await.map_err(|e| self.error(e))?;
		let latest = self.light_client.latestBlock().call().await.map_err(|e| self.error(e))?;
		Ok((current.id, next.id, latest))
	}

	/// Simulates, sends and waits for a call; a refusal in simulation is returned as such and
	/// nothing is sent.
	async fn submit<C>(
		&self,
		what: String,
		call: alloy::contract::CallBuilder<&DynProvider, C>,
	) -> Result<(u64, TxHash), Error>
	where
		C: alloy::contract::CallDecoder + Unpin,
	{
		// On the mined state, as send_with_fee_bumps estimates: a pending transaction that this
		// one would replace must not count.
		let call = call.block(alloy::eips::BlockId::latest());
		if let Err(error) = call.call_raw().await {
			return Err(Error::Refused {
				target: self.name.clone(),
				what,
				reason: refusal(&error),
			});
		}
		let mined = send_with_fee_bumps(
			&self.provider,
			self.account,
			call.into_transaction_request(),
			self.receipt_timeout,
			self.fee_bumps,
		)
		.await
		.map_err(|e| self.error(format!("{what}: {e}")))?;
		let (tx, receipt) = (mined.receipt.transaction_hash, mined.receipt);
		if !receipt.status() {
			return Err(Error::Refused {
				target: self.name.clone(),
				what,
				reason: format!("mined but reverted in {tx}"),
			});
		}
		Ok((receipt.gas_used, tx))
	}

	async fn submit_commitment(
		&self,
		consort: &Consort,
		signed: &SignedBeefyCommitment,
		set: &ValidatorSet,
		handover: bool,
	) -> Result<Submission, Error> {
		let block = signed.commitment.block_number;
		let signatures = signatures(signed, set)?;
		let (leaf, proof) = if handover {
			let (leaf, proof) = consort.mmr_proof(block, block).await?;
			(beefy::mmr_leaf(&leaf), beefy::leaf_proof(&proof)?)
		} else {
			Default::default()
		};
		let call = self.light_client.submitCommitment(
			beefy::commitment(&signed.commitment)?,
			signatures,
			leaf,
			proof,
		);
		let what = format!("the commitment of block {block}");
		let (gas, tx) = self.submit(what, call).await?;
		Ok(Submission::Commitment {
			block,
			set_id: signed.commitment.validator_set_id,
			handover,
			gas,
			tx,
		})
	}

	/// Brings the light client to the validator set of Consort's newest BEEFY commitment,
	/// one handover at a time; if `needed_block` is newer than the light client's newest
	/// block, submits the newest commitment too. Returns the light client's newest block.
	async fn advance_light_client(
		&self,
		consort: &Consort,
		(head, head_number): (H256, u32),
		needed_block: Option<u32>,
		submitted: &mut Vec<Submission>,
	) -> Result<u32, Error> {
		let (current, next, mut latest) = self.light_client_state().await?;
		if head_number <= latest {
			return Ok(latest);
		}
		let signed =
			consort.beefy_justification(head).await?.ok_or(Error::NoJustification(head_number))?;
		let head_set = signed.commitment.validator_set_id;
		if head_set > next {
			// Sets between: hand over to the next one at the first block it signed.
			let (signed, set) = first_commitment_of_set(consort, next, latest, head_number).await?;
			submitted.push(self.submit_commitment(consort, &signed, &set, true).await?);
			return Ok(signed.commitment.block_number);
		}
		let handover = head_set == next && head_set != current;
		// A commitment is worth its gas only if it covers the block a checkpoint needs.
		let wanted =
			handover || needed_block.is_some_and(|needed| needed > latest && head_number >= needed);
		if wanted {
			let set = validator_set(consort, head, head_set).await?;
			submitted.push(self.submit_commitment(consort, &signed, &set, handover).await?);
			latest = head_number;
		}
		Ok(latest)
	}

	/// The next sealed epoch of `asset` after `mirrored`, with its entries, as of `at`. Epochs
	/// that Consort pruned by `at` are read at an older block that still keeps them, so a
	/// target that was down for longer than Consort keeps epochs catches up one by one.
	async fn next_epoch(
		&self,
		consort: &Consort,
		asset: AssetId,
		mirrored: EpochNumber,
		newest: EpochNumber,
		at: H256,
	) -> Result<Option<SealedEpoch>, Error> {
		// Up to date (the common case): no read, not one per kept epoch.
		if newest <= mirrored {
			return Ok(None);
		}
		let mut first = mirrored.saturating_add(1);
		loop {
			let (view, status) = consort.keeping_epoch(first, at).await?;
			let Some(latest) = status.latest else { return Ok(None) };
			// No entry of the asset is newer than its newest.
			for number in first..=latest.number.min(newest) {
				let Some(sealed) = consort.sealed_epoch(number, view).await? else { continue };
				let Some(entry) = sealed.entries.iter().find(|entry| entry.asset == asset) else {
					continue;
				};
				if entry.previous_epoch == mirrored {
					return Ok(Some(sealed));
				}
				return Err(Error::Diverged {
					target: self.name.clone(),
					asset,
					mirrored,
					previous: entry.previous_epoch,
				});
			}
			if view == at || latest.number >= newest {
				return Ok(None);
			}
			first = latest.number.saturating_add(1);
		}
	}

	async fn relay_epoch(
		&self,
		consort: &Consort,
		mirror: &Mirror,
		SealedEpoch { commitment: epoch, entries, sealed_at }: &SealedEpoch,
		commitment_block: u32,
	) -> Result<Submission, Error> {
		let sealed_at = *sealed_at;
		// The first leaf that carries the epoch is that of the block after it was sealed.
		let carrying_block = epoch.closing_block.saturating_add(1);
		let (leaf, proof) = consort.mmr_proof(carrying_block, commitment_block).await?;
		let changes = consort.leaves(epoch.number, mirror.asset, Some(sealed_at)).await?;
		let mirrored_documents_hash =
			H256(mirror.contract.documentsHash().call().await.map_err(|e| self.error(e))?.0);
		let documents = match entries.iter().find(|entry| entry.asset == mirror.asset) {
			Some(entry) if entry.documents_hash != mirrored_documents_hash => {
				sealed_documents(consort, epoch, sealed_at, entry).await?
			}
			// The mirror has them: none are sent.
			_ => Vec::new(),
		};
		let checkpoint = checkpoint::checkpoint(
			commitment_block,
			&leaf,
			&proof,
			epoch,
			AssetEpoch {
				entries,
				asset: mirror.asset,
				changes: &changes,
				documents: &documents,
				mirrored_documents_hash,
			},
		)?;
		let what = format!("epoch {} of asset {}", epoch.number, mirror.asset);
		let (gas, tx) = self.submit(what, mirror.contract.applyCheckpoint(checkpoint)).await?;
		Ok(Submission::Checkpoint {
			asset: mirror.asset,
			epoch: epoch.number,
			updates: changes.len(),
			gas,
			tx,
		})
	}

	/// Moves one mirror on by at most one epoch; its epoch after that.
	async fn advance_mirror(
		&self,
		consort: &Consort,
		mirror: &Mirror,
		(at, beefy_head): (H256, (H256, u32)),
		newest: EpochNumber,
		latest: &mut u32,
		submitted: &mut Vec<Submission>,
	) -> Result<EpochNumber, Error> {
		let mirrored = mirror.contract.lastEpoch().call().await.map_err(|e| self.error(e))?;
		let Some(sealed) = self.next_epoch(consort, mirror.asset, mirrored, newest, at).await?
		else {
			return Ok(mirrored);
		};
		let carrying_block = sealed.commitment.closing_block.saturating_add(1);
		if *latest < carrying_block {
			*latest = self
				.advance_light_client(consort, beefy_head, Some(carrying_block), submitted)
				.await?;
		}
		if *latest < carrying_block {
			// BEEFY has not signed a block that carries the epoch yet.
			return Ok(mirrored);
		}
		submitted.push(self.relay_epoch(consort, mirror, &sealed, *latest).await?);
		Ok(sealed.commitment.number)
	}

	/// One step: waits out pending transactions, follows validator set changes, and applies
	/// the next epoch of every mirror that is behind. A mirror that fails is reported in the
	/// step and holds up no other.
	pub async fn step(&self, consort: &Consort) -> Result<Step, Error> {
		let mut step = Step::default();
		if self.has_pending().await? {
			// Sent before a restart, or slow: given as long as a receipt is. A transaction
			// still pending after that is replaced by what this step sends under its nonce,
			// which the contracts' state (read below) says is still needed.
			step.found_pending = true;
			let deadline = tokio::time::Instant::now() + self.receipt_timeout;
			while tokio::time::Instant::now() < deadline {
				tokio::time::sleep(PENDING_POLL).await;
				if !self.has_pending().await? {
					break;
				}
			}
		}
		// Consort is read once for the whole step: its BEEFY head, and its state at one
		// finalized block, never at a fork's.
		let head = consort.beefy_finalized_head().await?;
		let beefy_head = (head, consort.block_number(head).await?);
		step.beefy_head = beefy_head.1;
		let mut latest =
			self.advance_light_client(consort, beefy_head, None, &mut step.submitted).await?;
		let at = consort.finalized_head().await?;
		for mirror in &self.mirrors {
			let newest = match consort.newest_epoch(mirror.asset, Some(at)).await {
				Ok(newest) => newest,
				Err(error) => {
					step.errors.push((mirror.asset, error.to_string()));
					continue;
				}
			};
			step.newest_epochs.push((mirror.asset, newest));
			let read = (at, beefy_head);
			let advanced = self
				.advance_mirror(consort, mirror, read, newest, &mut latest, &mut step.submitted)
				.await;
			match advanced {
				Ok(epoch) => step.mirrored_epochs.push((mirror.asset, epoch)),
				Err(error) => step.errors.push((mirror.asset, error.to_string())),
			}
		}
		step.light_client_block = latest;
		Ok(step)
	}
}

/// The documents an epoch's entry committed to, from the state they were read in: the asset's
/// sealing step ran in a block between the epoch's close and its commitment, on the state the
/// block before left (documents change only by extrinsics).
async fn sealed_documents(
	consort: &Consort,
	epoch: &EpochCommitment,
	sealed_at: H256,
	entry: &AssetEntry,
) -> Result<Vec<anchor_primitives::DocumentLeaf>, Error> {
	let closed_at = consort.anchor_status(Some(sealed_at)).await?.opened_at;
	for block in (closed_at.saturating_sub(1)..epoch.closing_block).rev() {
		let hash = consort.block_hash(block).await?;
		let documents = consort.documents(entry.asset, Some(hash)).await?;
		if anchor_primitives::documents_hash(&documents) == entry.documents_hash {
			return Ok(documents);
		}
	}
	Err(Error::DocumentsNotFound { asset: entry.asset, epoch: epoch.number })
}

/// A contract's refusal by its error's name, when it is one of Consort's contracts'.
fn refusal(error: &alloy::contract::Error) -> String {
	use crate::contracts::{
		light_client::ConsortLightClient::ConsortLightClientErrors,
		security::ConsortSecurity::ConsortSecurityErrors,
	};
	if let Some(refusal) = error.as_decoded_interface_error::<ConsortLightClientErrors>() {
		return format!("{refusal:?}");
	}
	if let Some(refusal) = error.as_decoded_interface_error::<ConsortSecurityErrors>() {
		return format!("{refusal:?}");
	}
	error.to_string()
}

/// The signatures of a signed commitment as the light client takes them: just more than two
/// thirds of the set, the fewest the contract accepts, to spend the least gas.
pub fn signatures(
	signed: &SignedBeefyCommitment,
	set: &ValidatorSet,
) -> Result<Vec<ConsortLightClient::ValidatorSignature>, Error> {
	let required = set.addresses.len() * 2 / 3 + 1;
	signed
		.signatures
		.iter()
		.enumerate()
		.filter_map(|(index, signature)| signature.as_ref().map(|signature| (index, signature)))
		.take(required)
		.map(|(index, signature)| Ok(set.signature(index, signature.as_ref())?))
		.collect()
}

/// The BEEFY set `id` as the validator set at block `at` names it.
async fn validator_set(consort: &Consort, at: H256, id: u64) -> Result<ValidatorSet, Error> {
	let set = consort
		.validator_set(Some(at))
		.await?
		.filter(|set| set.id() == id)
		.ok_or(Error::SetNotFound(id))?;
	ValidatorSet::from_keys(id, set.validators()).map_err(Error::from)
}

/// The commitment of the first block of BEEFY set `id` (a block BEEFY must sign), searched
/// in the blocks after `from` up to `to`, with the set.
async fn first_commitment_of_set(
	consort: &Consort,
	id: u64,
	from: u32,
	to: u32,
) -> Result<(SignedBeefyCommitment, ValidatorSet), Error> {
	let first = match first_block_of_set(consort, id, from, to).await {
		Some(block) => block..=block,
		// The node keeps no state that far back: read the headers one by one.
		None => from.saturating_add(1)..=to,
	};
	for number in first {
		let hash = consort.block_hash(number).await?;
		let Some(set) = consort.authorities_change(hash).await? else { continue };
		if set.id() != id {
			continue;
		}
		let signed =
			consort.beefy_justification(hash).await?.ok_or(Error::NoJustification(number))?;
		return Ok((signed, ValidatorSet::from_keys(id, set.validators())?));
	}
	Err(Error::SetNotFound(id))
}

/// The first block after `from`, up to `to`, whose state names BEEFY set `id` or a later one:
/// set ids only grow, so a binary search over the blocks' states finds it in a few reads.
/// None if a state on the way is not kept (a pruning node).
async fn first_block_of_set(consort: &Consort, id: u64, from: u32, to: u32) -> Option<u32> {
	consort
		.first_block_where(from.saturating_add(1), to, |hash| async move {
			let set = consort
				.validator_set(Some(hash))
				.await?
				.ok_or(consort::Error::Unexpected("no BEEFY validator set"))?;
			Ok(set.id() >= id)
		})
		.await
		.ok()
}
