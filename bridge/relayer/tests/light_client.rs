//! The light client on a real EVM node, fed commitments that real secp256k1 keys signed over
//! the SCALE encoding BEEFY signs, and MMR proofs made by the library pallet-mmr uses.

mod common;

use alloy::providers::DynProvider;
use common::*;
use consort_relayer::beefy;
use consort_relayer::contracts::light_client::ConsortLightClient::{
	self, ConsortLightClientErrors as Refusal, ConsortLightClientInstance, MmrLeaf, MmrLeafProof,
	ValidatorSignature,
};
use sp_core::H256;

struct Fixture {
	_evm: Evm,
	client: ConsortLightClientInstance<DynProvider>,
	current: Validators,
	next: Validators,
}

async fn fixture() -> Fixture {
	let evm = evm(31_337);
	let current = Validators::new(0, &ALICE_TO_DAVE);
	let next = Validators::new(1, &EVE_TO_HEIDI);
	let client = ConsortLightClient::deploy(
		evm.provider.clone(),
		current.contract_set(),
		next.contract_set(),
	)
	.await
	.expect("deploys");
	Fixture { _evm: evm, client, current, next }
}

/// Submits a commitment; the gas it used, or the contract's refusal.
async fn submit(
	client: &ConsortLightClientInstance<DynProvider>,
	commitment: &sp_consensus_beefy::Commitment<u32>,
	signatures: Vec<ValidatorSignature>,
	handover: Option<(MmrLeaf, MmrLeafProof)>,
) -> Result<u64, Refusal> {
	let (leaf, proof) = handover.unwrap_or_default();
	let call =
		client.submitCommitment(beefy::commitment(commitment).unwrap(), signatures, leaf, proof);
	// Simulated first, as a relayer does: a refused submission is never sent (and takes no nonce).
	if let Err(error) = call.call().await {
		return Err(error
			.as_decoded_interface_error::<Refusal>()
			.unwrap_or_else(|| panic!("not a refusal of the contract: {error}")));
	}
	let receipt = call.send().await.expect("sent").get_receipt().await.expect("a receipt");
	assert!(receipt.status(), "the transaction was mined but reverted");
	Ok(receipt.gas_used)
}

async fn latest_block(client: &ConsortLightClientInstance<DynProvider>) -> u32 {
	client.latestBlock().call().await.unwrap()
}

fn root(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

#[tokio::test]
async fn a_commitment_signed_by_three_of_four_validators_is_accepted_and_its_mmr_root_kept() {
	let f = fixture().await;
	let commitment = commitment(10, 0, root(1));
	let gas = submit(&f.client, &commitment, f.current.sign(&commitment, &[0, 2, 3]), None)
		.await
		.expect("accepted");
	println!("gas of a commitment with 3 of 4 signatures: {gas}");
	assert!(gas < 250_000, "a checkpoint with 4 validators costs under 250k gas, not {gas}");
	assert_eq!(latest_block(&f.client).await, 10);
	assert_eq!(f.client.mmrRootAt(10).call().await.unwrap().0, root(1).0);
}

#[tokio::test]
async fn a_commitment_signed_by_two_of_four_is_refused_and_changes_nothing() {
	let f = fixture().await;
	let commitment = commitment(10, 0, root(1));
	let refusal = submit(&f.client, &commitment, f.current.sign(&commitment, &[0, 1]), None)
		.await
		.unwrap_err();
	assert_eq!(
		refusal,
		Refusal::NotEnoughSignatures(ConsortLightClient::NotEnoughSignatures {
			signed: alloy::primitives::U256::from(2),
			required: alloy::primitives::U256::from(3),
		})
	);
	assert_eq!(latest_block(&f.client).await, 0);
	assert!(f.client.mmrRootAt(10).call().await.unwrap().is_zero());
}

#[tokio::test]
async fn a_signature_from_outside_the_set_is_refused() {
	let f = fixture().await;
	let commitment = commitment(10, 0, root(1));
	let mut signatures = f.current.sign(&commitment, &[0, 1, 2]);
	// Eve signs in Charlie's place, claiming Charlie's slot with her own address.
	let outsider = Validators::new(0, &["//Eve"]);
	let eve = outsider.sign(&commitment, &[0]).remove(0);
	signatures[2] =
		ValidatorSignature { index: 2, proof: signatures[2].proof.clone(), ..eve.clone() };
	let refusal = submit(&f.client, &commitment, signatures.clone(), None).await.unwrap_err();
	assert!(
		matches!(refusal, Refusal::NotInValidatorSet(ref e) if e.index == 2 && e.account == eve.account)
	);

	// Eve's signature under Charlie's address does not recover to Charlie.
	signatures[2] = ValidatorSignature {
		v: eve.v,
		r: eve.r,
		s: eve.s,
		..f.current.sign(&commitment, &[2]).remove(0)
	};
	let refusal = submit(&f.client, &commitment, signatures, None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::BadSignature(ref e) if e.index == 2));
	assert_eq!(latest_block(&f.client).await, 0);
}

#[tokio::test]
async fn a_signature_of_another_commitment_is_refused() {
	let f = fixture().await;
	let commitment = commitment(10, 0, root(1));
	let other = common::commitment(10, 0, root(2));
	let mut signatures = f.current.sign(&commitment, &[0, 1]);
	signatures.extend(f.current.sign(&other, &[3]));
	let refusal = submit(&f.client, &commitment, signatures, None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::BadSignature(ref e) if e.index == 3));
}

#[tokio::test]
async fn a_validator_counted_twice_is_refused() {
	let f = fixture().await;
	let commitment = commitment(10, 0, root(1));
	let refusal = submit(&f.client, &commitment, f.current.sign(&commitment, &[0, 1, 1]), None)
		.await
		.unwrap_err();
	assert!(matches!(refusal, Refusal::DuplicateSigner(ref e) if e.index == 1));
}

#[tokio::test]
async fn a_replayed_or_older_commitment_is_refused() {
	let f = fixture().await;
	let accepted = commitment(10, 0, root(1));
	let signatures = f.current.sign(&accepted, &[0, 1, 2]);
	submit(&f.client, &accepted, signatures.clone(), None).await.unwrap();

	let replay = submit(&f.client, &accepted, signatures, None).await.unwrap_err();
	assert!(matches!(replay, Refusal::StaleCommitment(ref e) if e.latest == 10 && e.offered == 10));
	let older = commitment(9, 0, root(2));
	let refusal =
		submit(&f.client, &older, f.current.sign(&older, &[0, 1, 2]), None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::StaleCommitment(ref e) if e.offered == 9));
	assert!(f.client.mmrRootAt(9).call().await.unwrap().is_zero());
}

#[tokio::test]
async fn a_commitment_of_an_unknown_set_or_with_an_empty_root_is_refused() {
	let f = fixture().await;
	let unknown = commitment(10, 7, root(1));
	let refusal =
		submit(&f.client, &unknown, f.current.sign(&unknown, &[0, 1, 2]), None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::UnknownValidatorSet(ref e) if e.id == 7));

	let empty = commitment(10, 0, H256::zero());
	let refusal =
		submit(&f.client, &empty, f.current.sign(&empty, &[0, 1, 2]), None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::EmptyMmrRoot(_)));
}

#[tokio::test]
async fn the_next_set_takes_over_with_a_leaf_that_names_the_set_after_it() {
	let f = fixture().await;
	let after_next = Validators::new(2, &["//One", "//Two", "//Three"]);
	let mut mmr = Mmr::new();
	for _ in 0..5 {
		mmr.push(after_next.next_authority_set(), H256::zero());
	}
	let handover = commitment(6, 1, mmr.root());
	let leaf = beefy::mmr_leaf(&mmr.leaves[4]);
	let proof = beefy::leaf_proof(&mmr.proof(4)).unwrap();

	// A leaf that is not in the signed MMR does not hand over.
	let tampered = MmrLeaf { extra: [9u8; 32].into(), ..leaf.clone() };
	let refusal = submit(
		&f.client,
		&handover,
		f.next.sign(&handover, &[1, 2, 3]),
		Some((tampered, proof.clone())),
	)
	.await
	.unwrap_err();
	assert!(matches!(refusal, Refusal::LeafNotInMmr(_)));

	let gas = submit(&f.client, &handover, f.next.sign(&handover, &[1, 2, 3]), Some((leaf, proof)))
		.await
		.unwrap();
	println!("gas of a handover with 3 of 4 signatures: {gas}");
	assert_eq!(f.client.currentSet().call().await.unwrap().id, 1);
	let next = f.client.nextSet().call().await.unwrap();
	assert_eq!((next.id, next.len, next.root), (2, 3, after_next.contract_set().root));

	// The retired set signs nothing any more; the new next set is known.
	let retired = commitment(7, 0, root(3));
	let refusal =
		submit(&f.client, &retired, f.current.sign(&retired, &[0, 1, 2]), None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::UnknownValidatorSet(ref e) if e.id == 0));
	let by_new_current = commitment(7, 1, root(3));
	submit(&f.client, &by_new_current, f.next.sign(&by_new_current, &[0, 1, 2]), None)
		.await
		.unwrap();
}

#[tokio::test]
async fn a_handover_needs_a_leaf_naming_the_following_set() {
	let f = fixture().await;
	let mut mmr = Mmr::new();
	// The leaves still name set 1 as the next one: set 1 cannot hand over with them.
	mmr.push(f.next.next_authority_set(), H256::zero());
	let handover = commitment(2, 1, mmr.root());
	let refusal = submit(
		&f.client,
		&handover,
		f.next.sign(&handover, &[0, 1, 2]),
		Some((beefy::mmr_leaf(&mmr.leaves[0]), beefy::leaf_proof(&mmr.proof(0)).unwrap())),
	)
	.await
	.unwrap_err();
	assert!(matches!(refusal, Refusal::WrongNextSet(ref e) if e.expected == 2 && e.offered == 1));

	let refusal =
		submit(&f.client, &handover, f.next.sign(&handover, &[0, 1, 2]), None).await.unwrap_err();
	assert!(matches!(refusal, Refusal::HandoverNeedsLeaf(_)));
	assert_eq!(f.client.currentSet().call().await.unwrap().id, 0);
}

#[tokio::test]
async fn every_leaf_of_mmrs_of_one_to_twenty_leaves_is_proven_as_pallet_mmr_proves_it() {
	let f = fixture().await;
	let mut mmr = Mmr::new();
	for count in 1..=20u32 {
		mmr.push(f.next.next_authority_set(), H256::repeat_byte(count as u8));
		let commitment = commitment(count, 0, mmr.root());
		submit(&f.client, &commitment, f.current.sign(&commitment, &[0, 1, 2]), None)
			.await
			.unwrap();
		for index in 0..count as usize {
			let leaf = beefy::mmr_leaf(&mmr.leaves[index]);
			let proof = beefy::leaf_proof(&mmr.proof(index as u64)).unwrap();
			assert!(
				f.client.verifyLeaf(count, leaf.clone(), proof.clone()).call().await.unwrap(),
				"leaf {index} of {count}"
			);
			let other = MmrLeaf { parentNumber: leaf.parentNumber + 1, ..leaf };
			assert!(!f.client.verifyLeaf(count, other, proof).call().await.unwrap());
		}
	}
	let unknown =
		f.client.verifyLeaf(21, Default::default(), Default::default()).call().await.unwrap_err();
	assert!(matches!(
		unknown.as_decoded_interface_error::<Refusal>(),
		Some(Refusal::UnknownMmrRoot(ref e)) if e.blockNumber == 21
	));
}
