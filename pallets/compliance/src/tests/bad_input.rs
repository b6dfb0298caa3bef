//! Calls from the wrong origin, about unknown things, or with data longer than its bound:
//! each fails with a named error and changes nothing.

use crate::{mock::*, *};
use codec::{Decode, Encode};
use frame_support::{assert_noop, traits::ConstU32, BoundedVec};
use sp_core::H256;
use sp_runtime::DispatchError;

#[test]
fn governance_calls_from_a_signed_account_fail_with_bad_origin() {
	run_test(|| {
		let signed = || RuntimeOrigin::signed(issuer());
		assert_noop!(Compliance::add_registrar(signed(), account(1)), DispatchError::BadOrigin);
		assert_noop!(Compliance::remove_registrar(signed(), registrar()), DispatchError::BadOrigin);
		assert_noop!(Compliance::register_asset(signed(), 8, 0), DispatchError::BadOrigin);
		assert_noop!(
			Compliance::set_trusted_issuer(
				signed(),
				Scope::Global,
				account(1),
				topics(&[ClaimTopic::Kyc])
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Compliance::remove_trusted_issuer(signed(), Scope::Global, kyc_provider()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn unsigned_calls_fail_with_bad_origin() {
	run_test(|| {
		let none = RuntimeOrigin::none;
		assert_noop!(
			Compliance::register_identity(none(), account(1), IdentityKind::Person),
			DispatchError::BadOrigin
		);
		assert_noop!(Compliance::invite_key(none(), account(1)), DispatchError::BadOrigin);
		assert_noop!(Compliance::join_identity(none(), 0), DispatchError::BadOrigin);
		assert_noop!(Compliance::remove_key(none(), issuer()), DispatchError::BadOrigin);
		assert_noop!(
			Compliance::set_rules(none(), ASSET, RuleSet::default()),
			DispatchError::BadOrigin
		);
		assert_noop!(Compliance::set_paused(none(), ASSET, true), DispatchError::BadOrigin);
	});
}

#[test]
fn calls_about_unknown_assets_or_identities_fail_with_named_errors() {
	run_test(|| {
		let agent = || RuntimeOrigin::signed(issuer());
		assert_noop!(
			Compliance::set_rules(agent(), 99, RuleSet::default()),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_restrictions(agent(), 99, Default::default()),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(Compliance::set_paused(agent(), 99, true), Error::<Test>::UnknownAsset);
		// Every call about an asset refuses one compliance does not know, whoever signs.
		assert_noop!(
			Compliance::set_exemption(agent(), 99, 0, Restriction::MaxHolders, true),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::freeze_identity(agent(), 99, 0, true),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_partial_freeze(agent(), 99, 0, 1),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::freeze_account(agent(), 99, issuer(), true),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_compliance_agent(RuntimeOrigin::root(), 99, 0),
			Error::<Test>::UnknownAsset
		);
		let topics: TrustedTopics = vec![ClaimTopic::Kyc].try_into().unwrap();
		assert_noop!(
			Compliance::set_trusted_issuer(
				RuntimeOrigin::root(),
				Scope::Asset(99),
				issuer(),
				topics
			),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::remove_trusted_issuer(RuntimeOrigin::root(), Scope::Asset(99), issuer()),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Compliance::set_partial_freeze(agent(), ASSET, 999, 1),
			Error::<Test>::UnknownIdentity
		);
		assert_noop!(
			Compliance::set_exemption(agent(), ASSET, 999, Restriction::MaxHolders, true),
			Error::<Test>::UnknownIdentity
		);
		assert_noop!(
			Compliance::set_compliance_agent(agent(), ASSET, 999),
			Error::<Test>::UnknownIdentity
		);
		assert_noop!(
			Compliance::register_asset(RuntimeOrigin::root(), 8, 999),
			Error::<Test>::UnknownIdentity
		);
		assert_noop!(
			Compliance::add_claim(
				RuntimeOrigin::signed(kyc_provider()),
				999,
				Claim::Kyc,
				Scope::Global,
				None,
				H256::zero()
			),
			Error::<Test>::UnknownIdentity
		);
		assert_noop!(
			Compliance::revoke_claim(
				RuntimeOrigin::root(),
				0,
				ClaimTopic::Kyc,
				kyc_provider(),
				Scope::Global
			),
			Error::<Test>::ClaimNotFound
		);
	});
}

#[test]
fn data_longer_than_its_bound_does_not_even_decode() {
	// A trusted issuer with one topic more than allowed, as a client could encode it.
	let too_many: BoundedVec<ClaimTopic, ConstU32<{ MAX_TOPICS_PER_ISSUER + 1 }>> =
		(0..=MAX_TOPICS_PER_ISSUER).map(ClaimTopic::Custom).collect::<Vec<_>>().try_into().unwrap();
	let mut encoded = RuntimeCall::Compliance(Call::set_trusted_issuer {
		scope: Scope::Global,
		issuer: account(1),
		topics: topics(&[ClaimTopic::Kyc]),
	})
	.encode();
	// Replace the topics (the tail of the call) by the over-long list.
	let short = topics(&[ClaimTopic::Kyc]).encode();
	encoded.truncate(encoded.len() - short.len());
	encoded.extend(too_many.encode());
	assert!(RuntimeCall::decode(&mut &encoded[..]).is_err());

	// Rules with one clause too many.
	let clause = || -> Clause { vec![Condition::HasClaim(ClaimTopic::Kyc)].try_into().unwrap() };
	let long: Vec<Clause> = (0..=MAX_CLAUSES).map(|_| clause()).collect();
	let encoded = (long, Vec::<Clause>::new()).encode();
	assert!(RuleSet::decode(&mut &encoded[..]).is_err());
	// And exactly at the bound it decodes.
	let at_bound: Vec<Clause> = (0..MAX_CLAUSES).map(|_| clause()).collect();
	let encoded = (at_bound, Vec::<Clause>::new()).encode();
	assert!(RuleSet::decode(&mut &encoded[..]).is_ok());
}
