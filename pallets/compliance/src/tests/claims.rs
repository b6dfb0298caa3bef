use super::check;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use sp_core::{ecdsa, ed25519, sr25519, Pair, H256};
use sp_runtime::{traits::IdentifyAccount, DispatchError, MultiSignature, MultiSigner};

const EVIDENCE: H256 = H256::repeat_byte(0xe5);

/// A global KYC claim about `identity` without expiry, attested by `issuer`.
fn kyc(
	issuer: &AccountId,
	identity: IdentityId,
	deadline: Moment,
) -> ClaimAttestation<AccountId, AssetId> {
	ClaimAttestation {
		issuer: issuer.clone(),
		identity,
		claim: Claim::Kyc,
		scope: Scope::Global,
		expires_at: None,
		evidence: EVIDENCE,
		deadline,
	}
}

/// What `issuer` signs for that claim.
fn kyc_payload(issuer: &AccountId, identity: IdentityId, deadline: Moment) -> [u8; 32] {
	Compliance::claim_signing_payload(&kyc(issuer, identity, deadline))
}

/// Trusts `issuer` globally for KYC.
fn trust_for_kyc(issuer: &AccountId) {
	assert_ok!(Compliance::set_trusted_issuer(
		RuntimeOrigin::root(),
		Scope::Global,
		issuer.clone(),
		topics(&[ClaimTopic::Kyc])
	));
}

fn submit(
	identity: IdentityId,
	issuer: &AccountId,
	signature: MultiSignature,
	deadline: Moment,
) -> sp_runtime::DispatchResult {
	Compliance::add_signed_claim(
		RuntimeOrigin::signed(account(42)),
		kyc(issuer, identity, deadline),
		signature,
	)
}

#[test]
fn a_trusted_issuer_adds_a_claim_that_then_counts() {
	run_test(|| {
		let id = register(&account(1));
		claim(&kyc_provider(), id, Claim::Kyc);
		let stored = Claims::<Test>::get(id, ClaimTopic::Kyc);
		assert_eq!(stored.len(), 1);
		assert_eq!(stored[0].issuer, kyc_provider());
		assert_eq!(stored[0].issued_at, START);
		assert_eq!(stored[0].evidence, EVIDENCE);
	});
}

#[test]
fn an_issuer_cannot_attest_a_topic_it_is_not_trusted_for() {
	run_test(|| {
		let id = register(&account(1));
		assert_noop!(
			Compliance::add_claim(
				RuntimeOrigin::signed(kyc_provider()),
				id,
				Claim::Accredited,
				Scope::Global,
				None,
				EVIDENCE
			),
			Error::<Test>::IssuerNotTrusted
		);
		// An identity cannot attest itself either.
		assert_noop!(
			Compliance::add_claim(
				RuntimeOrigin::signed(account(1)),
				id,
				Claim::Kyc,
				Scope::Global,
				None,
				EVIDENCE
			),
			Error::<Test>::IssuerNotTrusted
		);
	});
}

#[test]
fn an_issuer_trusted_for_one_asset_attests_for_that_asset_only() {
	run_test(|| {
		let local = account(50);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::signed(issuer()),
			Scope::Asset(ASSET),
			local.clone(),
			topics(&[ClaimTopic::Accredited])
		));
		let id = register(&account(1));
		assert_noop!(
			Compliance::add_claim(
				RuntimeOrigin::signed(local.clone()),
				id,
				Claim::Accredited,
				Scope::Global,
				None,
				EVIDENCE
			),
			Error::<Test>::IssuerNotTrusted
		);
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(local),
			id,
			Claim::Accredited,
			Scope::Asset(ASSET),
			None,
			EVIDENCE
		));
	});
}

#[test]
fn a_claim_of_the_same_issuer_topic_and_scope_replaces_the_old_one() {
	run_test(|| {
		let id = register(&account(1));
		claim(&kyc_provider(), id, Claim::Jurisdiction(CountryCode(*b"US")));
		claim(&kyc_provider(), id, Claim::Jurisdiction(CountryCode(*b"DE")));
		let stored = Claims::<Test>::get(id, ClaimTopic::Jurisdiction);
		assert_eq!(stored.len(), 1);
		assert_eq!(stored[0].claim, Claim::Jurisdiction(CountryCode(*b"DE")));
	});
}

#[test]
fn claims_of_one_topic_are_bounded() {
	run_test(|| {
		let id = register(&account(1));
		for n in 0..4u8 {
			let extra = account(60 + n);
			trust_for_kyc(&extra);
			claim(&extra, id, Claim::Kyc);
		}
		assert_noop!(add_kyc(kyc_provider(), id, Scope::Global), Error::<Test>::TooManyClaims);
	});
}

/// A KYC claim about `identity` in `scope`, without expiry, added by `issuer` itself.
fn add_kyc(
	issuer: AccountId,
	identity: IdentityId,
	scope: Scope<AssetId>,
) -> sp_runtime::DispatchResult {
	Compliance::add_claim(
		RuntimeOrigin::signed(issuer),
		identity,
		Claim::Kyc,
		scope,
		None,
		EVIDENCE,
	)
}

#[test]
fn an_assets_own_issuers_cannot_crowd_out_the_issuers_governance_trusts() {
	run_test(|| {
		let id = register(&account(1));
		// Any asset's agent may trust issuers of its own; together they fill half of the
		// identity's claims of a topic, and no more.
		let half = (MaxClaimsPerTopic::get() / 2) as u8;
		let scoped_kyc = |issuer| add_kyc(issuer, id, Scope::Asset(ASSET));
		for n in 0..=half {
			assert_ok!(Compliance::set_trusted_issuer(
				RuntimeOrigin::signed(issuer()),
				Scope::Asset(ASSET),
				account(70 + n),
				topics(&[ClaimTopic::Kyc])
			));
		}
		for n in 0..half {
			assert_ok!(scoped_kyc(account(70 + n)));
		}
		assert_noop!(scoped_kyc(account(70 + half)), Error::<Test>::TooManyAssetScopedClaims);
		// One of them renews its claim in place.
		assert_ok!(scoped_kyc(account(70)));
		// The KYC provider that governance trusts still has room.
		assert_ok!(add_kyc(kyc_provider(), id, Scope::Global));
		assert_eq!(Claims::<Test>::get(id, ClaimTopic::Kyc).len(), usize::from(half) + 1);
	});
}

#[test]
fn bad_claims_are_refused_and_change_nothing() {
	run_test(|| {
		let id = register(&account(1));
		let add = |identity, claim, scope, expiry| {
			Compliance::add_claim(
				RuntimeOrigin::signed(kyc_provider()),
				identity,
				claim,
				scope,
				expiry,
				EVIDENCE,
			)
		};
		assert_noop!(add(id + 1, Claim::Kyc, Scope::Global, None), Error::<Test>::UnknownIdentity);
		assert_noop!(add(id, Claim::Kyc, Scope::Asset(99), None), Error::<Test>::UnknownAsset);
		assert_noop!(
			add(id, Claim::Jurisdiction(CountryCode(*b"us")), Scope::Global, None),
			Error::<Test>::MalformedCountryCode
		);
		assert_noop!(
			add(id, Claim::Kyc, Scope::Global, Some(START)),
			Error::<Test>::AlreadyExpired
		);
		assert_noop!(
			Compliance::add_claim(
				RuntimeOrigin::none(),
				id,
				Claim::Kyc,
				Scope::Global,
				None,
				EVIDENCE
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_claim_signed_off_chain_with_sr25519_ed25519_or_ecdsa_is_accepted() {
	run_test(|| {
		let id = register(&account(1));
		let deadline = START + 1_000;
		let sr = sr25519::Pair::from_seed(&[1; 32]);
		let ed = ed25519::Pair::from_seed(&[2; 32]);
		let ec = ecdsa::Pair::from_seed(&[3; 32]);
		let sr_account: AccountId = MultiSigner::from(sr.public()).into_account();
		let ed_account: AccountId = MultiSigner::from(ed.public()).into_account();
		let ec_account: AccountId = MultiSigner::from(ec.public()).into_account();
		let signers: Vec<(AccountId, MultiSignature)> = vec![
			(sr_account.clone(), sr.sign(&kyc_payload(&sr_account, id, deadline)).into()),
			(ed_account.clone(), ed.sign(&kyc_payload(&ed_account, id, deadline)).into()),
			(ec_account.clone(), ec.sign(&kyc_payload(&ec_account, id, deadline)).into()),
		];
		for (issuer, signature) in signers {
			trust_for_kyc(&issuer);
			assert_ok!(submit(id, &issuer, signature, deadline));
			assert!(Claims::<Test>::get(id, ClaimTopic::Kyc).iter().any(|c| c.issuer == issuer));
		}
	});
}

#[test]
fn a_signed_claim_is_accepted_once() {
	run_test(|| {
		let id = register(&account(1));
		let pair = sr25519::Pair::from_seed(&[1; 32]);
		let issuer: AccountId = MultiSigner::from(pair.public()).into_account();
		trust_for_kyc(&issuer);
		let deadline = START + 1_000;
		let payload = kyc_payload(&issuer, id, deadline);
		let signature: MultiSignature = pair.sign(&payload).into();
		assert_ok!(submit(id, &issuer, signature.clone(), deadline));
		// Revoked, then replayed: the replay must not bring the claim back.
		assert_ok!(Compliance::revoke_claim(
			RuntimeOrigin::signed(issuer.clone()),
			id,
			ClaimTopic::Kyc,
			issuer.clone(),
			Scope::Global
		));
		assert_noop!(submit(id, &issuer, signature, deadline), Error::<Test>::SignatureAlreadyUsed);
	});
}

/// An issuer's key pair, trusted globally for KYC, and its account.
fn kyc_signer() -> (sr25519::Pair, AccountId) {
	let pair = sr25519::Pair::from_seed(&[1; 32]);
	let issuer: AccountId = MultiSigner::from(pair.public()).into_account();
	trust_for_kyc(&issuer);
	(pair, issuer)
}

#[test]
fn a_signed_claim_may_not_be_valid_for_longer_than_thirty_days() {
	run_test(|| {
		let id = register(&account(1));
		let (pair, issuer) = kyc_signer();
		let too_far = START + MAX_CLAIM_SIGNATURE_LIFETIME + 1;
		let signature: MultiSignature = pair.sign(&kyc_payload(&issuer, id, too_far)).into();
		assert_noop!(submit(id, &issuer, signature, too_far), Error::<Test>::DeadlineTooFar);
		let furthest = START + MAX_CLAIM_SIGNATURE_LIFETIME;
		let signature: MultiSignature = pair.sign(&kyc_payload(&issuer, id, furthest)).into();
		assert_ok!(submit(id, &issuer, signature, furthest));
	});
}

#[test]
fn a_used_signature_is_forgotten_once_its_deadline_day_is_over_and_stays_refused() {
	run_test(|| {
		let id = register(&account(1));
		let (pair, issuer) = kyc_signer();
		let deadline = START + DAY / 2;
		let signature: MultiSignature = pair.sign(&kyc_payload(&issuer, id, deadline)).into();
		assert_ok!(submit(id, &issuer, signature.clone(), deadline));
		let day = calendar::day_index(deadline);
		assert_eq!(UsedClaimSignatures::<Test>::iter_prefix(day).count(), 1);
		// Still the deadline's day: kept.
		set_now(START + DAY - 1);
		Compliance::on_idle(1, Weight::MAX);
		assert_eq!(UsedClaimSignatures::<Test>::iter_prefix(day).count(), 1);
		assert_noop!(
			submit(id, &issuer, signature.clone(), deadline),
			Error::<Test>::SignatureExpired
		);
		set_now(START + DAY);
		Compliance::on_idle(2, Weight::MAX);
		assert_eq!(UsedClaimSignatures::<Test>::iter().count(), 0);
		assert_eq!(SignaturePruningDay::<Test>::get(), Some(day + 1));
		assert_noop!(submit(id, &issuer, signature, deadline), Error::<Test>::SignatureExpired);
	});
}

#[test]
fn pruning_takes_a_batch_a_block_and_no_more_than_the_weight_left() {
	// Blocks commit their changes; a limited removal counts only committed keys.
	let mut ext = new_test_ext();
	let today = calendar::day_index(START);
	let old_day = today - 3;
	let count = |day| UsedClaimSignatures::<Test>::iter_prefix(day).count();
	ext.execute_with(|| {
		for i in 0..100u64 {
			UsedClaimSignatures::<Test>::insert(old_day, H256::from_low_u64_be(i), ());
		}
		UsedClaimSignatures::<Test>::insert(today, H256::repeat_byte(1), ());
		SignaturePruningDay::<Test>::put(old_day);
	});
	ext.commit_all().expect("committed");
	ext.execute_with(|| {
		Compliance::on_idle(1, Weight::zero());
		assert_eq!(count(old_day), 100, "no weight left, nothing pruned");
		Compliance::on_idle(1, Weight::MAX);
		assert_eq!(count(old_day), 100 - SIGNATURE_PRUNING_BATCH as usize);
		assert_eq!(SignaturePruningDay::<Test>::get(), Some(old_day), "a day partly pruned");
	});
	ext.commit_all().expect("committed");
	ext.execute_with(|| {
		Compliance::on_idle(2, Weight::MAX);
		assert_eq!(count(old_day), 0);
		assert_eq!(SignaturePruningDay::<Test>::get(), Some(today), "empty days passed over");
		assert_eq!(count(today), 1, "today's are kept");
		Compliance::do_try_state().expect("invariants hold");
	});
}

#[test]
fn a_claim_signed_by_someone_else_or_over_other_fields_is_refused() {
	run_test(|| {
		let id = register(&account(1));
		let other = register(&account(2));
		let pair = sr25519::Pair::from_seed(&[1; 32]);
		let issuer: AccountId = MultiSigner::from(pair.public()).into_account();
		trust_for_kyc(&issuer);
		let deadline = START + 1_000;
		let payload = kyc_payload(&issuer, id, deadline);
		let signature: MultiSignature = pair.sign(&payload).into();
		// Over another identity.
		assert_noop!(
			submit(other, &issuer, signature.clone(), deadline),
			Error::<Test>::BadSignature
		);
		// With another deadline.
		assert_noop!(
			submit(id, &issuer, signature.clone(), deadline + 1),
			Error::<Test>::BadSignature
		);
		// Claimed to be by another issuer.
		assert_noop!(submit(id, &kyc_provider(), signature, deadline), Error::<Test>::BadSignature);
		// By a key that is not trusted.
		let stranger = sr25519::Pair::from_seed(&[9; 32]);
		let stranger_account: AccountId = MultiSigner::from(stranger.public()).into_account();
		assert_noop!(
			submit(
				id,
				&stranger_account,
				stranger.sign(&kyc_payload(&stranger_account, id, deadline)).into(),
				deadline
			),
			Error::<Test>::IssuerNotTrusted
		);
	});
}

#[test]
fn a_claim_signature_for_another_chain_is_refused() {
	run_test(|| {
		let id = register(&account(1));
		let pair = sr25519::Pair::from_seed(&[1; 32]);
		let issuer: AccountId = MultiSigner::from(pair.public()).into_account();
		trust_for_kyc(&issuer);
		let deadline = START + 1_000;
		// Signed on a chain whose genesis differs.
		frame_system::BlockHash::<Test>::insert(0, H256::repeat_byte(1));
		let payload = kyc_payload(&issuer, id, deadline);
		frame_system::BlockHash::<Test>::insert(0, H256::repeat_byte(2));
		assert_noop!(
			submit(id, &issuer, pair.sign(&payload).into(), deadline),
			Error::<Test>::BadSignature
		);
	});
}

#[test]
fn a_signed_claim_past_its_deadline_is_refused() {
	run_test(|| {
		let id = register(&account(1));
		let pair = sr25519::Pair::from_seed(&[1; 32]);
		let issuer: AccountId = MultiSigner::from(pair.public()).into_account();
		trust_for_kyc(&issuer);
		let payload = kyc_payload(&issuer, id, START);
		assert_noop!(
			submit(id, &issuer, pair.sign(&payload).into(), START),
			Error::<Test>::SignatureExpired
		);
	});
}

#[test]
fn only_the_issuer_or_governance_revokes_a_claim() {
	run_test(|| {
		let id = register(&account(1));
		claim(&kyc_provider(), id, Claim::Kyc);
		claim(&kyc_provider(), id, Claim::Aml);
		let revoke = |origin, topic| {
			Compliance::revoke_claim(origin, id, topic, kyc_provider(), Scope::Global)
		};
		assert_noop!(
			revoke(RuntimeOrigin::signed(accreditor()), ClaimTopic::Kyc),
			Error::<Test>::NotClaimIssuer
		);
		assert_noop!(
			revoke(RuntimeOrigin::signed(kyc_provider()), ClaimTopic::Accredited),
			Error::<Test>::ClaimNotFound
		);
		assert_ok!(revoke(RuntimeOrigin::signed(kyc_provider()), ClaimTopic::Kyc));
		assert_ok!(revoke(RuntimeOrigin::root(), ClaimTopic::Aml));
		assert!(!Claims::<Test>::contains_key(id, ClaimTopic::Kyc));
		assert!(!Claims::<Test>::contains_key(id, ClaimTopic::Aml));
	});
}

#[test]
fn governance_trusts_issuers_globally_and_an_agent_only_for_its_asset() {
	run_test(|| {
		let new = account(51);
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::signed(issuer()),
				Scope::Global,
				new.clone(),
				topics(&[ClaimTopic::Kyc])
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::signed(account(1)),
				Scope::Asset(ASSET),
				new.clone(),
				topics(&[ClaimTopic::Kyc])
			),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::root(),
				Scope::Asset(99),
				new.clone(),
				topics(&[ClaimTopic::Kyc])
			),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::root(),
				Scope::Global,
				new.clone(),
				topics(&[])
			),
			Error::<Test>::NoTopics
		);
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::root(),
				Scope::Global,
				new.clone(),
				topics(&[ClaimTopic::Kyc, ClaimTopic::Kyc])
			),
			Error::<Test>::DuplicateTopic
		);
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			new.clone(),
			topics(&[ClaimTopic::Kyc])
		));
		// Three providers and `new` are trusted; four more fill the scope.
		for n in 52..56 {
			assert_ok!(Compliance::set_trusted_issuer(
				RuntimeOrigin::root(),
				Scope::Global,
				account(n),
				topics(&[ClaimTopic::Kyc])
			));
		}
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::root(),
				Scope::Global,
				account(56),
				topics(&[ClaimTopic::Kyc])
			),
			Error::<Test>::TooManyTrustedIssuers
		);
		// Changing the topics of one already trusted needs no room.
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			account(55),
			topics(&[ClaimTopic::Aml])
		));
		assert_ok!(Compliance::remove_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			new.clone()
		));
		assert_noop!(
			Compliance::remove_trusted_issuer(RuntimeOrigin::root(), Scope::Global, new),
			Error::<Test>::NotTrustedIssuer
		);
	});
}

#[test]
fn a_claim_expires_at_the_first_instant_of_its_expiry() {
	run_test(|| {
		let id = investor(&account(1), b"US");
		let receiver = register(&account(2));
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(kyc_provider()),
			receiver,
			Claim::Kyc,
			Scope::Global,
			Some(START + 10),
			EVIDENCE
		));
		super::set_rules(rules(vec![], vec![clause(vec![Condition::HasClaim(ClaimTopic::Kyc)])]));
		assert_ok!(issue(ASSET, &account(1), 10));
		set_now(START + 9);
		assert_eq!(check(&account(1), &account(2), 1), Ok(()));
		set_now(START + 10);
		assert_eq!(check(&account(1), &account(2), 1), Err(Rejection::ReceiverRuleFailed(0)));
		let _ = id;
	});
}

#[test]
fn an_issuer_is_trusted_for_exactly_the_named_and_custom_topics_it_was_given() {
	run_test(|| {
		let issuer = account(52);
		let given = [
			ClaimTopic::Custom(7),
			ClaimTopic::Sanctioned,
			ClaimTopic::Kyc,
			ClaimTopic::Custom(0),
			ClaimTopic::Jurisdiction,
		];
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			issuer.clone(),
			topics(&given)
		));
		let stored = TrustedIssuers::<Test>::get(Scope::Global)
			.into_iter()
			.find(|t| t.issuer == issuer)
			.unwrap()
			.topics;
		for topic in given {
			assert!(stored.contains(&topic), "{topic:?} lost");
		}
		for topic in
			[ClaimTopic::Aml, ClaimTopic::Exempted, ClaimTopic::Custom(6), ClaimTopic::Custom(8)]
		{
			assert!(!stored.contains(&topic), "{topic:?} gained");
		}
		let mut sorted = given.to_vec();
		sorted.sort();
		assert_eq!(stored.topics(), sorted);

		// Replacing the topics forgets the old ones.
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			issuer.clone(),
			topics(&[ClaimTopic::Aml])
		));
		let stored = TrustedIssuers::<Test>::get(Scope::Global)
			.into_iter()
			.find(|t| t.issuer == issuer)
			.unwrap()
			.topics;
		assert_eq!(stored.topics(), vec![ClaimTopic::Aml]);
	});
}
