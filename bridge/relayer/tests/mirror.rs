//! The ERC-1400 mirror on a real EVM node: balances change only through checkpoints proven
//! from a signed commitment down to every changed balance of the asset.

mod common;

use alloy::primitives::{Address, FixedBytes, U256};
use alloy::providers::DynProvider;
use anchor_primitives::{
	documents_hash, merkle_root, AssetEntry, BalanceLeaf, DocumentLeaf, EpochCommitment,
	EpochNumber, FLAG_CONTROLLABLE, FLAG_HALTED, FLAG_ISSUABLE,
};
use common::*;
use consort_relayer::checkpoint::{checkpoint, AssetEpoch};
use consort_relayer::contracts::light_client::ConsortLightClient::{
	self, ConsortLightClientInstance,
};
use consort_relayer::contracts::security::ConsortSecurity::{
	self, Checkpoint, ConsortSecurityErrors as Refusal, ConsortSecurityInstance,
};
use sp_core::H256;

const BOND: u32 = 7;
const OTHER: u32 = 8;
const CLASS_A: [u8; 32] = [0xA; 32];
const CLASS_B: [u8; 32] = [0xB; 32];

fn holder(n: u8) -> [u8; 20] {
	[n; 20]
}

struct Fixture {
	_evm: Evm,
	client: ConsortLightClientInstance<DynProvider>,
	bond: ConsortSecurityInstance<DynProvider>,
	validators: Validators,
	mmr: Mmr,
	/// The last block a commitment was accepted for.
	block: u32,
}

/// What an epoch changed for one asset.
struct Change {
	asset: u32,
	previous_epoch: EpochNumber,
	balances: Vec<([u8; 32], [u8; 20], u128)>,
	documents: Vec<DocumentLeaf>,
	flags: u8,
}

/// A sealed epoch: its commitment, entries and leaves, proven under an accepted commitment.
struct Sealed {
	block: u32,
	leaf_index: u64,
	commitment: EpochCommitment,
	entries: Vec<AssetEntry>,
	leaves: Vec<Vec<BalanceLeaf>>,
	documents: Vec<Vec<DocumentLeaf>>,
}

impl Fixture {
	async fn new() -> Self {
		let evm = evm(31_337);
		let validators = Validators::new(0, &ALICE_TO_DAVE);
		let next = Validators::new(1, &EVE_TO_HEIDI);
		let client = ConsortLightClient::deploy(
			evm.provider.clone(),
			validators.contract_set(),
			next.contract_set(),
		)
		.await
		.unwrap();
		let bond = ConsortSecurity::deploy(
			evm.provider.clone(),
			*client.address(),
			BOND,
			"Consort Bond 2031".into(),
			"CB31".into(),
			6,
		)
		.await
		.unwrap();
		Fixture { _evm: evm, client, bond, validators, mmr: Mmr::new(), block: 0 }
	}

	/// Seals epoch `number` with `changes`, puts its commitment in an MMR leaf, and has three
	/// of the four validators sign the MMR root, which the light client accepts.
	async fn seal(&mut self, number: EpochNumber, changes: Vec<Change>) -> Sealed {
		let mut entries = Vec::new();
		let mut leaves = Vec::new();
		let mut documents = Vec::new();
		for change in changes {
			let asset_leaves: Vec<BalanceLeaf> = change
				.balances
				.iter()
				.map(|&(partition, holder, balance)| BalanceLeaf {
					asset: change.asset,
					partition,
					holder,
					balance,
					epoch: number,
				})
				.collect();
			entries.push(AssetEntry {
				asset: change.asset,
				epoch: number,
				previous_epoch: change.previous_epoch,
				change_count: asset_leaves.len() as u32,
				changes_root: merkle_root(asset_leaves.iter().map(BalanceLeaf::hash)),
				documents_hash: documents_hash(&change.documents),
				flags: change.flags,
			});
			leaves.push(asset_leaves);
			documents.push(change.documents);
		}
		let commitment = EpochCommitment {
			number,
			closing_block: self.block + 1,
			asset_count: entries.len() as u32,
			assets_root: merkle_root(entries.iter().map(AssetEntry::hash)),
		};
		self.mmr.push(Validators::new(1, &EVE_TO_HEIDI).next_authority_set(), commitment.hash());
		let leaf_index = self.mmr.leaves.len() as u64 - 1;
		// A few more blocks with the same extra data: the leaf is proven in a later MMR.
		self.mmr.push(Validators::new(1, &EVE_TO_HEIDI).next_authority_set(), commitment.hash());
		self.block = self.mmr.leaves.len() as u32;
		let signed = common::commitment(self.block, 0, self.mmr.root());
		self.client
			.submitCommitment(
				consort_relayer::beefy::commitment(&signed).unwrap(),
				self.validators.sign(&signed, &[0, 1, 3]),
				Default::default(),
				Default::default(),
			)
			.send()
			.await
			.unwrap()
			.get_receipt()
			.await
			.unwrap();
		Sealed { block: self.block, leaf_index, commitment, entries, leaves, documents }
	}

	async fn checkpoint(&self, sealed: &Sealed, asset: u32) -> Checkpoint {
		let mirrored = self.bond.documentsHash().call().await.unwrap();
		let position = sealed.entries.iter().position(|entry| entry.asset == asset).unwrap();
		checkpoint(
			sealed.block,
			&self.mmr.leaves[sealed.leaf_index as usize],
			&self.mmr.proof(sealed.leaf_index),
			&sealed.commitment,
			AssetEpoch {
				entries: &sealed.entries,
				asset,
				changes: &sealed.leaves[position],
				documents: &sealed.documents[position],
				mirrored_documents_hash: H256(mirrored.0),
			},
		)
		.unwrap()
	}

	/// Applies a checkpoint; the gas it used, or the contract's refusal (simulated first, so
	/// a refusal is never sent).
	async fn apply(&self, checkpoint: Checkpoint) -> Result<u64, Refusal> {
		let call = self.bond.applyCheckpoint(checkpoint);
		if let Err(error) = call.call().await {
			return Err(error
				.as_decoded_interface_error::<Refusal>()
				.unwrap_or_else(|| panic!("not a refusal of the mirror: {error}")));
		}
		let receipt = call.send().await.unwrap().get_receipt().await.unwrap();
		assert!(receipt.status());
		Ok(receipt.gas_used)
	}

	async fn balance(&self, partition: [u8; 32], holder: [u8; 20]) -> U256 {
		self.bond
			.balanceOfByPartition(FixedBytes(partition), Address::from(holder))
			.call()
			.await
			.unwrap()
	}

	async fn supply(&self) -> U256 {
		self.bond.totalSupply().call().await.unwrap()
	}
}

fn document(name: u8, uri: &str) -> DocumentLeaf {
	DocumentLeaf {
		name: [name; 32],
		uri: uri.as_bytes().to_vec(),
		content_hash: H256::repeat_byte(name),
		updated_at: 1_700_000_000_000,
	}
}

fn first_epoch() -> Vec<Change> {
	vec![
		Change {
			asset: OTHER,
			previous_epoch: 0,
			balances: vec![(CLASS_A, holder(1), 5)],
			documents: vec![],
			flags: 0,
		},
		Change {
			asset: BOND,
			previous_epoch: 0,
			balances: vec![
				(CLASS_A, holder(1), 600),
				(CLASS_B, holder(1), 50),
				(CLASS_A, holder(2), 350),
			],
			documents: vec![document(1, "https://issuer.example/prospectus.pdf")],
			flags: FLAG_CONTROLLABLE | FLAG_ISSUABLE,
		},
	]
}

#[tokio::test]
async fn a_proven_checkpoint_sets_the_final_balances_supply_documents_and_flags() {
	let mut f = Fixture::new().await;
	let sealed = f.seal(1, first_epoch()).await;
	f.apply(f.checkpoint(&sealed, BOND).await).await.unwrap();

	assert_eq!(f.balance(CLASS_A, holder(1)).await, U256::from(600));
	assert_eq!(f.balance(CLASS_B, holder(1)).await, U256::from(50));
	assert_eq!(f.balance(CLASS_A, holder(2)).await, U256::from(350));
	assert_eq!(f.bond.balanceOf(Address::from(holder(1))).call().await.unwrap(), U256::from(650));
	assert_eq!(f.supply().await, U256::from(1_000));
	assert_eq!(
		f.bond.totalSupplyByPartition(FixedBytes(CLASS_B)).call().await.unwrap(),
		U256::from(50)
	);
	assert_eq!(
		f.bond.partitionsOf(Address::from(holder(1))).call().await.unwrap(),
		vec![FixedBytes(CLASS_A), FixedBytes(CLASS_B)]
	);
	assert_eq!(f.bond.lastEpoch().call().await.unwrap(), 1);
	assert!(f.bond.isControllable().call().await.unwrap());
	assert!(f.bond.isIssuable().call().await.unwrap());
	assert_eq!(f.bond.getAllDocuments().call().await.unwrap(), vec![FixedBytes([1; 32])]);
	let prospectus = f.bond.getDocument(FixedBytes([1; 32])).call().await.unwrap();
	assert_eq!(prospectus._0, "https://issuer.example/prospectus.pdf");
	assert_eq!(prospectus._1, FixedBytes([1; 32]));
	assert_eq!(prospectus._2, U256::from(1_700_000_000_000u64));
}

#[tokio::test]
async fn the_next_epoch_of_the_asset_changes_only_what_it_names() {
	let mut f = Fixture::new().await;
	let first = f.seal(1, first_epoch()).await;
	f.apply(f.checkpoint(&first, BOND).await).await.unwrap();
	// Epoch 2 did not touch the bond; epoch 3 did, and names 1 as its previous epoch.
	f.seal(
		2,
		vec![Change {
			asset: OTHER,
			previous_epoch: 1,
			balances: vec![(CLASS_A, holder(1), 0)],
			documents: vec![],
			flags: 0,
		}],
	)
	.await;
	let third = f
		.seal(
			3,
			vec![Change {
				asset: BOND,
				previous_epoch: 1,
				balances: vec![
					(CLASS_B, holder(1), 0),
					(CLASS_A, holder(2), 300),
					(CLASS_A, holder(3), 100),
				],
				documents: vec![document(1, "https://issuer.example/prospectus.pdf")],
				flags: FLAG_CONTROLLABLE,
			}],
		)
		.await;
	f.apply(f.checkpoint(&third, BOND).await).await.unwrap();

	assert_eq!(f.balance(CLASS_A, holder(1)).await, U256::from(600), "unchanged");
	assert_eq!(f.balance(CLASS_B, holder(1)).await, U256::ZERO);
	assert_eq!(f.balance(CLASS_A, holder(3)).await, U256::from(100));
	assert_eq!(f.supply().await, U256::from(1_000));
	assert_eq!(
		f.bond.partitionsOf(Address::from(holder(1))).call().await.unwrap(),
		vec![FixedBytes(CLASS_A)]
	);
	assert!(!f.bond.isIssuable().call().await.unwrap());
	assert_eq!(f.bond.lastEpoch().call().await.unwrap(), 3);
}

#[tokio::test]
async fn a_tampered_or_missing_balance_is_refused_and_changes_nothing() {
	let mut f = Fixture::new().await;
	let sealed = f.seal(1, first_epoch()).await;

	let mut tampered = f.checkpoint(&sealed, BOND).await;
	tampered.updates[2].balance += 1;
	assert!(matches!(f.apply(tampered).await, Err(Refusal::ChangesNotProven(_))));

	let mut redirected = f.checkpoint(&sealed, BOND).await;
	redirected.updates[2].holder = Address::from(holder(9));
	assert!(matches!(f.apply(redirected).await, Err(Refusal::ChangesNotProven(_))));

	let mut missing = f.checkpoint(&sealed, BOND).await;
	missing.updates.pop();
	assert!(matches!(
		f.apply(missing).await,
		Err(Refusal::WrongUpdateCount(ref e)) if e.expected == 3 && e.offered == U256::from(2)
	));

	assert_eq!(f.supply().await, U256::ZERO);
	assert_eq!(f.bond.lastEpoch().call().await.unwrap(), 0);
}

#[tokio::test]
async fn a_replayed_skipped_or_foreign_epoch_is_refused() {
	let mut f = Fixture::new().await;
	let first = f.seal(1, first_epoch()).await;
	let replay = f.checkpoint(&first, BOND).await;
	f.apply(replay.clone()).await.unwrap();
	assert!(matches!(
		f.apply(replay).await,
		Err(Refusal::EpochOutOfOrder(ref e)) if e.lastApplied == 1 && e.previousOffered == 0
	));

	// Epoch 3 says the bond last changed in 2, which this mirror never saw.
	let skipping = f
		.seal(
			3,
			vec![Change {
				asset: BOND,
				previous_epoch: 2,
				balances: vec![(CLASS_A, holder(2), 1)],
				documents: vec![],
				flags: 0,
			}],
		)
		.await;
	assert!(matches!(
		f.apply(f.checkpoint(&skipping, BOND).await).await,
		Err(Refusal::EpochOutOfOrder(ref e)) if e.previousOffered == 2
	));

	// Another asset's entry, renamed to this one, is not in the epoch's tree.
	let mut foreign = f.checkpoint(&first, OTHER).await;
	foreign.entry.previousEpoch = 1;
	foreign.entry.epoch = 4;
	foreign.epoch.number = 4;
	assert!(matches!(f.apply(foreign).await, Err(Refusal::LeafOfOtherEpoch(_))));
	assert_eq!(f.bond.lastEpoch().call().await.unwrap(), 1);
}

#[tokio::test]
async fn a_checkpoint_not_proven_down_from_a_signed_commitment_is_refused() {
	let mut f = Fixture::new().await;
	let sealed = f.seal(1, first_epoch()).await;

	let mut flags = f.checkpoint(&sealed, BOND).await;
	flags.entry.flags = FLAG_ISSUABLE;
	assert!(matches!(f.apply(flags).await, Err(Refusal::EntryNotProven(_))));

	let mut other_epoch = f.checkpoint(&sealed, BOND).await;
	other_epoch.epoch.assetsRoot = FixedBytes([3; 32]);
	assert!(matches!(f.apply(other_epoch).await, Err(Refusal::LeafOfOtherEpoch(_))));

	let mut leaf = f.checkpoint(&sealed, BOND).await;
	leaf.leaf.parentNumber += 1;
	assert!(matches!(f.apply(leaf).await, Err(Refusal::LeafNotProven(_))));

	let mut unsigned = f.checkpoint(&sealed, BOND).await;
	unsigned.commitmentBlock += 1;
	let error = f.bond.applyCheckpoint(unsigned).call().await.unwrap_err();
	assert!(matches!(
		error.as_decoded_interface_error::<ConsortLightClient::ConsortLightClientErrors>(),
		Some(ConsortLightClient::ConsortLightClientErrors::UnknownMmrRoot(_))
	));
	assert_eq!(f.supply().await, U256::ZERO);
}

#[tokio::test]
async fn documents_change_only_to_the_proven_set() {
	let mut f = Fixture::new().await;
	let sealed = f.seal(1, first_epoch()).await;
	let first = f.checkpoint(&sealed, BOND).await;
	assert_eq!(first.documents.len(), 1);
	let mut forged = first.clone();
	forged.documents[0].uri = "https://attacker.example/prospectus.pdf".into();
	assert!(matches!(f.apply(forged).await, Err(Refusal::DocumentsNotProven(_))));
	f.apply(first.clone()).await.unwrap();

	// Epoch 2 keeps the documents: offering them again is refused, none is the way.
	let second = f
		.seal(
			2,
			vec![Change {
				asset: BOND,
				previous_epoch: 1,
				balances: vec![],
				documents: vec![document(1, "https://issuer.example/prospectus.pdf")],
				flags: 0,
			}],
		)
		.await;
	let unchanged = f.checkpoint(&second, BOND).await;
	assert!(unchanged.documents.is_empty(), "the relayer sends documents only when they changed");
	let mut resent = unchanged.clone();
	resent.documents = first.documents.clone();
	assert!(matches!(f.apply(resent).await, Err(Refusal::DocumentsUnchanged(_))));
	f.apply(unchanged).await.unwrap();
	assert_eq!(f.bond.getAllDocuments().call().await.unwrap().len(), 1);
}

#[tokio::test]
async fn transfers_happen_on_consort_and_can_transfer_says_why() {
	let mut f = Fixture::new().await;
	let sealed = f.seal(1, first_epoch()).await;
	f.apply(f.checkpoint(&sealed, BOND).await).await.unwrap();
	let (one, two) = (Address::from(holder(1)), Address::from(holder(2)));

	let error = f.bond.transfer(two, U256::from(1)).call().await.unwrap_err();
	assert!(matches!(
		error.as_decoded_interface_error::<Refusal>(),
		Some(Refusal::TransfersHappenOnConsort(_))
	));
	let error = f
		.bond
		.transferByPartition(FixedBytes(CLASS_A), two, U256::from(1), Default::default())
		.call()
		.await
		.unwrap_err();
	assert!(matches!(
		error.as_decoded_interface_error::<Refusal>(),
		Some(Refusal::TransfersHappenOnConsort(_))
	));

	let bond = f.bond.clone();
	let status = |value: u64, to: Address| {
		let bond = bond.clone();
		async move {
			let answer = bond
				.canTransferByPartition(
					one,
					to,
					FixedBytes(CLASS_A),
					U256::from(value),
					Default::default(),
				)
				.call()
				.await
				.unwrap();
			(answer._0, answer._1)
		}
	};
	let on_consort = FixedBytes::<32>::right_padding_from(b"consort:transfer-on-consort");
	assert_eq!(status(600, two).await, (FixedBytes([0x50]), on_consort));
	assert_eq!(status(601, two).await, (FixedBytes([0x52]), FixedBytes::ZERO));
	assert_eq!(status(1, Address::ZERO).await, (FixedBytes([0x57]), FixedBytes::ZERO));

	let halted = f
		.seal(
			2,
			vec![Change {
				asset: BOND,
				previous_epoch: 1,
				balances: vec![],
				documents: vec![document(1, "https://issuer.example/prospectus.pdf")],
				flags: FLAG_HALTED,
			}],
		)
		.await;
	f.apply(f.checkpoint(&halted, BOND).await).await.unwrap();
	assert_eq!(status(1, two).await, (FixedBytes([0x54]), FixedBytes::ZERO));
}

#[tokio::test]
async fn gas_per_updated_balance_stays_under_thirty_thousand() {
	let mut f = Fixture::new().await;
	let batch = |count: u8, previous: EpochNumber| Change {
		asset: BOND,
		previous_epoch: previous,
		balances: (0..count).map(|n| (CLASS_A, holder(n + 1), 1_000 + n as u128)).collect(),
		documents: vec![],
		flags: 0,
	};
	let one = f.seal(1, vec![batch(1, 0)]).await;
	let gas_one = f.apply(f.checkpoint(&one, BOND).await).await.unwrap();
	let many = f.seal(2, vec![batch(101, 1)]).await;
	let gas_many = f.apply(f.checkpoint(&many, BOND).await).await.unwrap();
	// Holder 1 changes from 1000 to 1000 in epoch 2 (no write); the 100 others are new holders.
	let per_new_holder = (gas_many - gas_one) / 100;
	println!("checkpoint gas: {gas_one} for 1 new holder, {gas_many} for 100 new holders and 1 unchanged; {per_new_holder} per new holder");
	assert!(per_new_holder < 30_000, "{per_new_holder} gas per updated balance");

	let changed = f
		.seal(
			3,
			vec![Change {
				asset: BOND,
				previous_epoch: 2,
				balances: (0..101u8).map(|n| (CLASS_A, holder(n + 1), 7)).collect(),
				documents: vec![],
				flags: 0,
			}],
		)
		.await;
	let gas_changed = f.apply(f.checkpoint(&changed, BOND).await).await.unwrap();
	println!("checkpoint gas: {gas_changed} for 101 changed balances of existing holders");
	assert_eq!(f.supply().await, U256::from(707));
}
