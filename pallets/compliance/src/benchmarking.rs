//! Benchmarks of every call of the compliance pallet, and of the transfer check, each at its
//! worst case: full key, claim and issuer lists, the longest rule sets, every restriction on
//! (failed and exempted from, where that reads more).

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Bounded, Saturating},
	Permill,
};

/// What the benchmarks need from the runtime: assets, and issuers that sign.
pub trait BenchmarkHelper<AccountId, Signature, AssetId> {
	/// The `n`th asset identifier.
	fn asset(n: u32) -> AssetId;
	/// A new key pair in the benchmark's keystore; its account.
	fn new_signer() -> AccountId;
	/// `signer`'s signature over `payload`.
	fn sign(signer: &AccountId, payload: &[u8]) -> Signature;
}

/// Sr25519 keys and `MultiSignature`s over `AccountId32`, the runtime's choice.
pub struct Sr25519Helper;

const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"bcmp");

impl<AssetId: From<u32>>
	BenchmarkHelper<sp_runtime::AccountId32, sp_runtime::MultiSignature, AssetId> for Sr25519Helper
{
	fn asset(n: u32) -> AssetId {
		n.into()
	}

	fn new_signer() -> sp_runtime::AccountId32 {
		sp_io::crypto::sr25519_generate(KEY_TYPE, None).into()
	}

	fn sign(signer: &sp_runtime::AccountId32, payload: &[u8]) -> sp_runtime::MultiSignature {
		let public = sp_core::sr25519::Public::from_raw(*signer.as_ref());
		sp_io::crypto::sr25519_sign(KEY_TYPE, &public, payload)
			.expect("the key was generated in this keystore")
			.into()
	}
}

/// For other pallets' benchmarks: gives `who` an identity of its own with KYC and a Swiss
/// jurisdiction, claimed by an issuer trusted globally for them, so that it passes the checks
/// of an asset without rules, and at their dearest: the global list of trusted issuers is
/// full, with that issuer last, and the identity has a full list of sanction claims, each by
/// a trusted issuer not trusted for sanctions, which a check matches against every trusted
/// issuer in vain. Returns the identity.
///
/// Compliance charges a call only what an asset's rules add to such a check
/// ([`TransferCompliance::check_weight`]), so every benchmark of a call that asks must make
/// its parties here, and give its assets full lists with [`trust_issuers_for`].
pub fn identify<T: Config>(who: &T::AccountId) -> IdentityId {
	let provider: T::AccountId = account("kyc-provider", 0, 0);
	TrustedIssuers::<T>::mutate(Scope::Global, |list| {
		if !list.iter().any(|t| t.issuer == provider) {
			let room = (T::MaxTrustedIssuers::get() as usize).saturating_sub(1);
			for other in crowd::<T>().take(room.saturating_sub(list.len())) {
				let _ = list.try_push(other);
			}
			let topics: TrustedTopics =
				BoundedVec::truncate_from(alloc::vec![ClaimTopic::Kyc, ClaimTopic::Jurisdiction]);
			let topics = TopicSet::from(&topics);
			let _ = list.try_push(TrustedIssuer { issuer: provider.clone(), topics });
		}
	});
	let identity = NextIdentityId::<T>::get();
	NextIdentityId::<T>::put(identity.saturating_add(1));
	Identities::<T>::insert(
		identity,
		IdentityRecord {
			kind: IdentityKind::Person,
			keys: BoundedVec::truncate_from(alloc::vec![who.clone()]),
			invited: BoundedVec::new(),
			registrar: account("registrar", 0, 0),
		},
	);
	for topic in [ClaimTopic::Kyc, ClaimTopic::Jurisdiction] {
		Claims::<T>::insert(
			identity,
			topic,
			BoundedVec::truncate_from(alloc::vec![ClaimRecord {
				claim: claim_of(topic),
				issuer: provider.clone(),
				scope: Scope::Global,
				issued_at: 0,
				expires_at: None,
				evidence: H256::zero(),
			}]),
		);
	}
	give_sanction_claims::<T>(identity, T::MaxClaimsPerTopic::get());
	// Its key carries them, for every check to weigh.
	KeyIdentity::<T>::insert(who, Pallet::<T>::key_record(identity));
	identity
}

/// For other pallets' benchmarks: makes `asset`, registered and with nothing issued, one
/// that keeps no holdings.
pub fn keep_no_holdings<T: Config>(asset: T::AssetId) {
	AssetProfiles::<T>::mutate_extant(asset, |profile| profile.keeps_holdings = false);
}

/// For other pallets' benchmarks: moves `identity`, made by [`identify`], out of its
/// jurisdiction ("CH") into another ("DE"), its jurisdiction claim at its dearest to find: a
/// full list whose every claim but the last is by an issuer nobody trusts.
pub fn relocate<T: Config>(identity: IdentityId) {
	let provider: T::AccountId = account("kyc-provider", 0, 0);
	let germany = |issuer| ClaimRecord {
		claim: Claim::Jurisdiction(CountryCode(*b"DE")),
		issuer,
		scope: Scope::Global,
		issued_at: 0,
		expires_at: None,
		evidence: H256::zero(),
	};
	let untrusted =
		(1..T::MaxClaimsPerTopic::get()).map(|i| germany(account("untrusted-issuer", i, 0)));
	let claims = untrusted.chain([germany(provider)]).collect::<Vec<_>>();
	Claims::<T>::insert(identity, ClaimTopic::Jurisdiction, BoundedVec::truncate_from(claims));
}

/// For other pallets' benchmarks: fills `asset`'s own list of trusted issuers, none of them
/// trusted for sanctions, so that a check of the asset also matches each sanction claim of
/// [`identify`]'s parties against every one of them.
pub fn trust_issuers_for<T: Config>(asset: T::AssetId) {
	list_crowd::<T>(Scope::Asset(asset), T::MaxTrustedIssuers::get());
}

/// For other pallets' benchmarks: makes `key` another key of `identity`.
pub fn add_key<T: Config>(identity: IdentityId, key: &T::AccountId) {
	KeyIdentity::<T>::insert(key, Pallet::<T>::key_record(identity));
	Identities::<T>::mutate(identity, |record| {
		if let Some(record) = record {
			let _ = record.keys.try_push(key.clone());
		}
	});
}

fn asset<T: Config>() -> T::AssetId {
	T::BenchmarkHelper::asset(1)
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An identity with `keys` keys, the first being `account("key", 0, seed)`.
fn identity_with_keys<T: Config>(seed: u32, keys: u32) -> (IdentityId, T::AccountId) {
	let identity = NextIdentityId::<T>::get();
	NextIdentityId::<T>::put(identity.saturating_add(1));
	let list: Vec<T::AccountId> = (0..keys).map(|i| account("key", i, seed)).collect();
	for key in &list {
		KeyIdentity::<T>::insert(key, Pallet::<T>::key_record(identity));
	}
	let first = list.first().cloned().unwrap_or_else(|| account("key", 0, seed));
	Identities::<T>::insert(
		identity,
		IdentityRecord {
			kind: IdentityKind::Person,
			keys: BoundedVec::truncate_from(list),
			invited: BoundedVec::new(),
			registrar: account("registrar", 0, 0),
		},
	);
	(identity, first)
}

/// An asset whose compliance agent is a new identity; returns the agent's key.
fn asset_with_agent<T: Config>() -> T::AccountId {
	let (agent, key) = identity_with_keys::<T>(1_000, 1);
	carrying_full_sanction_claims::<T>(agent);
	ComplianceAgents::<T>::insert(asset::<T>(), agent);
	AssetProfiles::<T>::insert(asset::<T>(), AssetProfile::at_registration());
	key
}

/// A holding of `balance` spread over all its lots, one a day, the dearest to check and to
/// dispose of.
fn full_lots<T: Config>(
	balance: T::Balance,
	counted_in: Option<CountryCode>,
) -> Holding<T::Balance> {
	let mut holding = Holding { counted_in, ..Default::default() };
	let lot = balance / T::Balance::from(MAX_LOTS);
	for day in 0..MAX_LOTS {
		let amount =
			if day + 1 == MAX_LOTS { balance.saturating_sub(holding.balance) } else { lot };
		let _ = holding.acquire(amount, Moment::from(day) * crate::calendar::MILLIS_PER_DAY);
	}
	holding
}

/// The keys `identity` invited that have not joined.
fn invited<T: Config>(identity: IdentityId) -> Vec<T::AccountId> {
	Identities::<T>::get(identity).map(|record| record.invited.into_inner()).unwrap_or_default()
}

fn invite<T: Config>(identity: IdentityId, key: &T::AccountId) {
	Identities::<T>::mutate(identity, |record| {
		if let Some(record) = record {
			let _ = record.invited.try_push(key.clone());
		}
	});
}

fn profile<T: Config>() -> AssetProfile {
	AssetProfiles::<T>::get(asset::<T>()).unwrap_or_default()
}

fn all_topics() -> TrustedTopics {
	BoundedVec::truncate_from(
		(0..MAX_TOPICS_PER_ISSUER.saturating_sub(1))
			.map(ClaimTopic::Custom)
			.chain([ClaimTopic::Kyc])
			.collect(),
	)
}

/// As many trusted issuers as a scope may list, each trusted for every topic but sanctions.
fn crowd<T: Config>() -> impl Iterator<Item = TrustedIssuer<T::AccountId>> {
	(0..T::MaxTrustedIssuers::get()).map(|i| TrustedIssuer {
		issuer: account("other-issuer", i, 0),
		topics: TopicSet::from(&all_topics()),
	})
}

/// `n` sanction claims about `identity`, by the first issuers of [`crowd`], which are trusted
/// for every topic but sanctions: each is matched against every trusted issuer in vain.
fn give_sanction_claims<T: Config>(identity: IdentityId, n: u32) {
	let claims = crowd::<T>().take(n as usize).map(|trusted| ClaimRecord {
		claim: Claim::Sanctioned,
		issuer: trusted.issuer,
		scope: Scope::Global,
		issued_at: 0,
		// Current, and as long as an expiry makes a claim.
		expires_at: Some(Moment::MAX),
		evidence: H256::zero(),
	});
	let claims = BoundedVec::truncate_from(claims.collect::<Vec<_>>());
	Claims::<T>::insert(identity, ClaimTopic::Sanctioned, claims);
}

/// Gives `identity` a full list of sanction claims, copied to its keys: a call that reads one
/// of its keys, or writes one for it, meets a key record at its largest.
fn carrying_full_sanction_claims<T: Config>(identity: IdentityId) {
	give_sanction_claims::<T>(identity, T::MaxClaimsPerTopic::get());
	Pallet::<T>::mark_sanction_claims(identity);
}

/// A scope listing the first `n` issuers of [`crowd`].
fn list_crowd<T: Config>(scope: Scope<T::AssetId>, n: u32) {
	let issuers = crowd::<T>().take(n as usize).collect::<Vec<_>>();
	TrustedIssuers::<T>::insert(scope, BoundedVec::truncate_from(issuers));
}

/// An asset without rules and two parties without claims, the first holding some of it:
/// the asset and both parties' keys.
fn movement<T: Config>() -> (T::AssetId, T::AccountId, T::AccountId) {
	asset_with_agent::<T>();
	let asset = asset::<T>();
	let (sender, from) = identity_with_keys::<T>(1, 1);
	let (_, to) = identity_with_keys::<T>(2, 1);
	let mut holding = Holding::default();
	let _ = holding.acquire(1_000u32.into(), 0);
	Holdings::<T>::insert(asset, sender, holding);
	(asset, from, to)
}

/// A scope full of trusted issuers but one, none of them `issuer`.
fn fill_scope_but_one<T: Config>(scope: Scope<T::AssetId>) {
	list_crowd::<T>(scope, T::MaxTrustedIssuers::get().saturating_sub(1));
}

/// `issuer` trusted for every topic in `scope`, last in a full list.
fn trust_last<T: Config>(scope: Scope<T::AssetId>, issuer: &T::AccountId) {
	fill_scope_but_one::<T>(scope);
	TrustedIssuers::<T>::mutate(scope, |list| {
		let _ = list.try_push(TrustedIssuer {
			issuer: issuer.clone(),
			topics: TopicSet::from(&all_topics()),
		});
	});
}

/// Claims of `topic` about `identity` by others, filling all but one slot.
fn fill_claims_but_one<T: Config>(identity: IdentityId, topic: ClaimTopic) {
	let others = (0..T::MaxClaimsPerTopic::get().saturating_sub(1))
		.map(|i| ClaimRecord {
			claim: claim_of(topic),
			issuer: account("other-issuer", i, 1),
			scope: Scope::Global,
			issued_at: 0,
			expires_at: None,
			evidence: H256::zero(),
		})
		.collect();
	Claims::<T>::insert(identity, topic, BoundedVec::truncate_from(others));
}

fn claim_of(topic: ClaimTopic) -> Claim {
	match topic {
		ClaimTopic::Kyc => Claim::Kyc,
		ClaimTopic::Aml => Claim::Aml,
		ClaimTopic::Accredited => Claim::Accredited,
		ClaimTopic::QualifiedInvestor => Claim::QualifiedInvestor,
		ClaimTopic::InvestorType => Claim::InvestorType(InvestorType::Professional),
		ClaimTopic::Jurisdiction => Claim::Jurisdiction(CountryCode(*b"CH")),
		ClaimTopic::Affiliate => Claim::Affiliate,
		ClaimTopic::Exempted => Claim::Exempted,
		ClaimTopic::Sanctioned => Claim::Sanctioned,
		ClaimTopic::Custom(n) => Claim::Custom(n),
	}
}

/// `n` distinct well-formed country codes (at most 675), none of them "CH".
fn countries(n: u32) -> Countries {
	let codes = (b'A'..=b'Z')
		.flat_map(|first| (b'A'..=b'Z').map(move |second| CountryCode([first, second])))
		.filter(|c| c.0 != *b"CH")
		.take(usize::try_from(n).unwrap_or(usize::MAX));
	BoundedVec::truncate_from(codes.collect())
}

/// The largest rule set, for storing it: every clause full of the longest conditions.
fn largest_rules() -> RuleSet {
	let clause = || -> Clause {
		BoundedVec::truncate_from(
			(0..MAX_CONDITIONS_PER_CLAUSE)
				.map(|_| Condition::JurisdictionIn(countries(MAX_COUNTRIES)))
				.collect(),
		)
	};
	let side = || BoundedVec::truncate_from((0..MAX_CLAUSES).map(|_| clause()).collect());
	RuleSet { sender: side(), receiver: side() }
}

/// The topic of condition `k` of clause `c` in [`rules_of`]: one of its own, past those
/// of [`all_topics`], so that no other issuer is trusted for it.
fn rule_topic(c: u32, k: u32) -> ClaimTopic {
	let n = c.saturating_mul(MAX_CONDITIONS_PER_CLAUSE).saturating_add(k);
	ClaimTopic::Custom(MAX_TOPICS_PER_ISSUER.saturating_add(n))
}

/// Every topic [`rules_of`] names, and whether a heavy party holds it: the topic of
/// the last condition of each clause only.
fn rule_topics() -> impl Iterator<Item = (ClaimTopic, bool)> {
	let last = MAX_CONDITIONS_PER_CLAUSE.saturating_sub(1);
	(0..MAX_CLAUSES).flat_map(move |c| {
		(0..MAX_CONDITIONS_PER_CLAUSE).map(move |k| (rule_topic(c, k), k == last))
	})
}

/// A rule set of `conditions` conditions that costs the check most for its size. They are
/// dealt to the two sides in turn and, on a side, to its clauses in turn. Clauses must all
/// hold and a clause holds at its first condition that does, so only each clause's last
/// condition holds. Each condition names a claim topic of its own, and the check caches
/// nothing, so each reads one more `Claims` entry. (Jurisdiction conditions all read one
/// topic, investor-type ones another, so repeat reads.) At `MAX_RULE_CONDITIONS` every
/// clause of both sides is full.
fn rules_of(conditions: u32) -> RuleSet {
	let per_clause = |side: u32, clause: u32| {
		(0..conditions).filter(|i| i % 2 == side && (i / 2) % MAX_CLAUSES == clause).count()
	};
	let side = |side: u32| -> BoundedVec<Clause, _> {
		let clauses = (0..MAX_CLAUSES).filter_map(|c| {
			let size = u32::try_from(per_clause(side, c)).unwrap_or(MAX_CONDITIONS_PER_CLAUSE);
			let first = MAX_CONDITIONS_PER_CLAUSE.saturating_sub(size);
			(size > 0).then(|| {
				let clause = (first..MAX_CONDITIONS_PER_CLAUSE)
					.map(|k| Condition::HasClaim(rule_topic(c, k)))
					.collect();
				BoundedVec::truncate_from(clause)
			})
		});
		BoundedVec::truncate_from(clauses.collect())
	};
	RuleSet { sender: side(0), receiver: side(1) }
}

/// The topics a heavy party holds, trusted last in a full list.
fn held_topics() -> TrustedTopics {
	let padding = MAX_TOPICS_PER_ISSUER.saturating_sub(MAX_CLAUSES).saturating_sub(1);
	let held = rule_topics().filter(|(_, held)| *held).map(|(topic, _)| topic);
	let topics = (0..padding).map(ClaimTopic::Custom).chain([ClaimTopic::Jurisdiction]);
	BoundedVec::truncate_from(topics.chain(held).collect())
}

/// Every restriction on and full. Each that is read only when it fails is set to fail for
/// the benchmark's movement, but the maximum holding: the minimum fails, and may not exceed
/// it. No jurisdiction cap or window is for CH but the last cap, which is not reached.
fn all_restrictions<T: Config>() -> Restrictions<T::Balance> {
	let big = T::Balance::max_value();
	Restrictions {
		max_holders: Some(0),
		max_holders_per_jurisdiction: BoundedVec::truncate_from(
			countries(MAX_COUNTRIES.saturating_sub(1))
				.into_iter()
				.map(|country| JurisdictionCap { country, max_holders: u32::MAX })
				.chain([JurisdictionCap { country: CountryCode(*b"CH"), max_holders: u32::MAX }])
				.collect(),
		),
		max_ownership: Some(Permill::zero()),
		min_holding: Some(big),
		max_holding: Some(big),
		lock_up_until: Some(Moment::MAX),
		holding_period: Some(Moment::MAX),
		distribution_windows: BoundedVec::truncate_from(
			countries(MAX_COUNTRIES)
				.into_iter()
				.map(|country| DistributionWindow { country, until: Moment::MAX })
				.collect(),
		),
		daily_limit: Some(0u32.into()),
		monthly_limit: Some(0u32.into()),
	}
}

/// A full list of claims of `topic` about `identity`, current and for the asset, so that
/// the check gets to the issuer of each: by issuers trusted for other topics only, which it
/// matches in both lists and whose topics it scans in vain; but the last, by `valid` if any.
fn full_claims<T: Config>(identity: IdentityId, topic: ClaimTopic, valid: Option<&T::AccountId>) {
	let record = |issuer: T::AccountId| ClaimRecord {
		claim: claim_of(topic),
		issuer,
		scope: Scope::Asset(asset::<T>()),
		issued_at: 0,
		expires_at: Some(Moment::MAX),
		evidence: H256::zero(),
	};
	let others = T::MaxClaimsPerTopic::get().saturating_sub(u32::from(valid.is_some()));
	let list = (0..others)
		.map(|i| record(account("other-issuer", i, 0)))
		.chain(valid.map(|issuer| record(issuer.clone())))
		.collect();
	Claims::<T>::insert(identity, topic, BoundedVec::truncate_from(list));
}

/// A party to the heaviest check: full key list, and full claim lists of every topic the
/// check reads of it, with a valid claim by `issuer`, last, of those it must hold: the
/// rules' held topics and its jurisdiction, but no sanction.
fn heavy_party<T: Config>(seed: u32, issuer: &T::AccountId) -> (IdentityId, T::AccountId) {
	let (identity, key) = identity_with_keys::<T>(seed, T::MaxKeysPerIdentity::get());
	let topics =
		rule_topics().chain([(ClaimTopic::Jurisdiction, true), (ClaimTopic::Sanctioned, false)]);
	for (topic, held) in topics {
		full_claims::<T>(identity, topic, held.then_some(issuer));
	}
	// Its keys carry its sanction claims, for the check to weigh.
	Pallet::<T>::mark_sanction_claims(identity);
	(identity, key)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_registrar() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let registrar: T::AccountId = account("registrar", 1, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, registrar.clone());
		assert!(Registrars::<T>::contains_key(&registrar));
		Ok(())
	}

	#[benchmark]
	fn remove_registrar() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let registrar: T::AccountId = account("registrar", 1, 0);
		Registrars::<T>::insert(&registrar, ());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, registrar.clone());
		assert!(!Registrars::<T>::contains_key(&registrar));
		Ok(())
	}

	#[benchmark]
	fn register_identity() {
		let registrar: T::AccountId = account("registrar", 1, 0);
		Registrars::<T>::insert(&registrar, ());
		let key: T::AccountId = account("key", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), key.clone(), IdentityKind::Entity);
		assert!(KeyIdentity::<T>::contains_key(&key));
	}

	#[benchmark]
	fn invite_key() {
		// Room for one more: the record is at its largest once the invitation is in.
		let keys = T::MaxKeysPerIdentity::get().saturating_sub(1);
		let (identity, first) = identity_with_keys::<T>(0, keys);
		carrying_full_sanction_claims::<T>(identity);
		let key: T::AccountId = account("new-key", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(first), key.clone());
		assert!(invited::<T>(identity).contains(&key));
	}

	#[benchmark]
	fn join_identity() {
		let keys = T::MaxKeysPerIdentity::get().saturating_sub(1);
		let (identity, _) = identity_with_keys::<T>(0, keys);
		carrying_full_sanction_claims::<T>(identity);
		let key: T::AccountId = account("new-key", 0, 0);
		invite::<T>(identity, &key);
		#[extrinsic_call]
		_(RawOrigin::Signed(key.clone()), identity);
		assert_eq!(Pallet::<T>::active_identity(&key), Some(identity));
		assert!(invited::<T>(identity).is_empty());
	}

	#[benchmark]
	fn remove_key() {
		let keys = T::MaxKeysPerIdentity::get();
		let (identity, first) = identity_with_keys::<T>(0, keys);
		carrying_full_sanction_claims::<T>(identity);
		let last: T::AccountId = account("key", keys.saturating_sub(1), 0);
		// A revoked key, emptied since: found only on the second read.
		KeyIdentity::<T>::remove(&last);
		RevokedKeys::<T>::insert(&last, identity);
		#[extrinsic_call]
		_(RawOrigin::Signed(first), last.clone());
		assert!(!KeyIdentity::<T>::contains_key(&last));
		assert!(!RevokedKeys::<T>::contains_key(&last));
	}

	#[benchmark]
	fn set_primary_key() {
		let keys = T::MaxKeysPerIdentity::get();
		let (identity, first) = identity_with_keys::<T>(0, keys);
		carrying_full_sanction_claims::<T>(identity);
		let last: T::AccountId = account("key", keys.saturating_sub(1), 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(first), last.clone());
		let record = Identities::<T>::get(identity).expect("the identity");
		assert_eq!(record.primary(), Some(&last));
	}

	#[benchmark]
	fn recover_key() -> Result<(), BenchmarkError> {
		// The identity's registrar, which reads one item more than governance.
		let registrar: T::AccountId = account("registrar", 0, 0);
		Registrars::<T>::insert(&registrar, ());
		let keys = T::MaxKeysPerIdentity::get();
		let (identity, _) = identity_with_keys::<T>(0, keys);
		carrying_full_sanction_claims::<T>(identity);
		let lost: T::AccountId = account("key", keys.saturating_sub(1), 0);
		let new: T::AccountId = account("new-key", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), identity, lost, new.clone());
		assert_eq!(Pallet::<T>::active_identity(&new), Some(identity));
		Ok(())
	}

	#[benchmark]
	fn set_trusted_issuer() -> Result<(), BenchmarkError> {
		// An asset's agent, which reads the asset's agent and its own identity where
		// governance reads nothing.
		let agent = asset_with_agent::<T>();
		let scope = Scope::Asset(asset::<T>());
		fill_scope_but_one::<T>(scope);
		let issuer: T::AccountId = account("issuer", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(agent), scope, issuer, all_topics());
		assert_eq!(TrustedIssuers::<T>::get(scope).len() as u32, T::MaxTrustedIssuers::get());
		Ok(())
	}

	#[benchmark]
	fn remove_trusted_issuer() -> Result<(), BenchmarkError> {
		// An asset's agent, as for `set_trusted_issuer`.
		let agent = asset_with_agent::<T>();
		let scope = Scope::Asset(asset::<T>());
		let issuer: T::AccountId = account("issuer", 0, 0);
		trust_last::<T>(scope, &issuer);
		#[extrinsic_call]
		_(RawOrigin::Signed(agent), scope, issuer);
		assert_eq!(
			TrustedIssuers::<T>::get(scope).len() as u32,
			T::MaxTrustedIssuers::get().saturating_sub(1)
		);
		Ok(())
	}

	#[benchmark]
	fn add_claim() {
		asset_with_agent::<T>();
		let issuer: T::AccountId = account("issuer", 0, 0);
		// Trusted for the asset only: both lists are read.
		fill_scope_but_one::<T>(Scope::Global);
		trust_last::<T>(Scope::Asset(asset::<T>()), &issuer);
		let (identity, _) = identity_with_keys::<T>(0, 1);
		fill_claims_but_one::<T>(identity, ClaimTopic::Kyc);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			identity,
			Claim::Kyc,
			Scope::Asset(asset::<T>()),
			Some(Moment::MAX),
			H256::repeat_byte(1),
		);
		assert_eq!(
			Claims::<T>::get(identity, ClaimTopic::Kyc).len() as u32,
			T::MaxClaimsPerTopic::get()
		);
	}

	#[benchmark]
	fn add_signed_claim() {
		asset_with_agent::<T>();
		let issuer = T::BenchmarkHelper::new_signer();
		fill_scope_but_one::<T>(Scope::Global);
		trust_last::<T>(Scope::Asset(asset::<T>()), &issuer);
		let (identity, _) = identity_with_keys::<T>(0, 1);
		fill_claims_but_one::<T>(identity, ClaimTopic::Kyc);
		let attestation = ClaimAttestation {
			issuer: issuer.clone(),
			identity,
			claim: Claim::Kyc,
			scope: Scope::Asset(asset::<T>()),
			expires_at: Some(Moment::MAX),
			evidence: H256::repeat_byte(1),
			deadline: Pallet::<T>::now().saturating_add(MAX_CLAIM_SIGNATURE_LIFETIME),
		};
		let payload = Pallet::<T>::claim_signing_payload(&attestation);
		let signature = T::BenchmarkHelper::sign(&issuer, &payload);
		let submitter: T::AccountId = account("submitter", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(submitter), attestation, signature);
		assert_eq!(
			Claims::<T>::get(identity, ClaimTopic::Kyc).len() as u32,
			T::MaxClaimsPerTopic::get()
		);
	}

	/// One pruning step: a day that is over, with `n` used signatures.
	#[benchmark]
	fn prune_used_signatures(n: Linear<1, SIGNATURE_PRUNING_BATCH>) {
		for i in 0..n {
			let mut hash = [0u8; 32];
			hash[..4].copy_from_slice(&i.to_le_bytes());
			UsedClaimSignatures::<T>::insert(0, H256(hash), ());
		}
		SignaturePruningDay::<T>::put(0);
		#[block]
		{
			Pallet::<T>::prune_signatures_before(1, Weight::MAX);
		}
		assert_eq!(UsedClaimSignatures::<T>::iter_prefix(0).count(), 0);
		assert_eq!(SignaturePruningDay::<T>::get(), Some(1));
	}

	/// An identity with the most keys gets a full list of sanction claims: every key is
	/// rewritten with them.
	#[benchmark]
	fn mark_sanction_claims() {
		let (keys, full) = (T::MaxKeysPerIdentity::get(), T::MaxClaimsPerTopic::get());
		let (identity, _) = identity_with_keys::<T>(0, keys);
		give_sanction_claims::<T>(identity, full);
		#[block]
		{
			Pallet::<T>::mark_sanction_claims(identity);
		}
		for i in 0..keys {
			let key: T::AccountId = account("key", i, 0);
			let carried = KeyIdentity::<T>::get(&key).map(|k| k.sanction_claims.len() as u32);
			assert_eq!(carried, Some(full));
		}
	}

	#[benchmark]
	fn revoke_claim() {
		let issuer: T::AccountId = account("issuer", 0, 0);
		let (identity, _) = identity_with_keys::<T>(0, 1);
		fill_claims_but_one::<T>(identity, ClaimTopic::Kyc);
		Claims::<T>::mutate(identity, ClaimTopic::Kyc, |list| {
			let _ = list.try_push(ClaimRecord {
				claim: Claim::Kyc,
				issuer: issuer.clone(),
				scope: Scope::Global,
				issued_at: 0,
				expires_at: None,
				evidence: H256::zero(),
			});
		});
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			identity,
			ClaimTopic::Kyc,
			account("issuer", 0, 0),
			Scope::Global,
		);
		assert_eq!(
			Claims::<T>::get(identity, ClaimTopic::Kyc).len() as u32,
			T::MaxClaimsPerTopic::get().saturating_sub(1)
		);
	}

	#[benchmark]
	fn register_asset() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (agent, _) = identity_with_keys::<T>(0, 1);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset::<T>(), agent);
		assert_eq!(ComplianceAgents::<T>::get(asset::<T>()), Some(agent));
		Ok(())
	}

	#[benchmark]
	fn set_compliance_agent() {
		let key = asset_with_agent::<T>();
		let (next, _) = identity_with_keys::<T>(0, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), next);
		assert_eq!(ComplianceAgents::<T>::get(asset::<T>()), Some(next));
	}

	#[benchmark]
	fn set_rules() {
		let key = asset_with_agent::<T>();
		let rules = largest_rules();
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), rules.clone());
		assert_eq!(Rules::<T>::get(asset::<T>()), rules);
	}

	#[benchmark]
	fn set_restrictions() {
		let key = asset_with_agent::<T>();
		let restrictions = all_restrictions::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), restrictions.clone());
		assert_eq!(AssetRestrictions::<T>::get(asset::<T>()), restrictions);
	}

	#[benchmark]
	fn set_exemption() {
		let key = asset_with_agent::<T>();
		let (identity, _) = identity_with_keys::<T>(0, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), identity, Restriction::MaxHolders, true);
		assert!(Exemptions::<T>::contains_key(asset::<T>(), (identity, Restriction::MaxHolders)));
	}

	#[benchmark]
	fn freeze_account() {
		let key = asset_with_agent::<T>();
		let frozen: T::AccountId = account("frozen", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), frozen.clone(), true);
		assert!(FrozenAccounts::<T>::contains_key(asset::<T>(), &frozen));
		assert_eq!(profile::<T>().frozen_accounts, 1);
	}

	#[benchmark]
	fn freeze_identity() {
		let key = asset_with_agent::<T>();
		let (identity, _) = identity_with_keys::<T>(0, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), identity, true);
		assert!(FrozenIdentities::<T>::contains_key(asset::<T>(), identity));
		assert_eq!(profile::<T>().frozen_identities, 1);
	}

	#[benchmark]
	fn set_partial_freeze() {
		let key = asset_with_agent::<T>();
		let (identity, _) = identity_with_keys::<T>(0, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), identity, 5u32.into());
		assert!(PartialFreezes::<T>::contains_key(asset::<T>(), identity));
		assert_eq!(profile::<T>().partial_freezes, 1);
	}

	#[benchmark]
	fn set_paused() {
		let key = asset_with_agent::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset::<T>(), true);
		assert!(profile::<T>().paused);
	}

	/// Stopping, the dearer way: the asset's restrictions are on, so they are read to make
	/// sure none of them weighs holdings.
	#[benchmark]
	fn set_keeps_holdings() {
		let key = asset_with_agent::<T>();
		let asset = asset::<T>();
		let restrictions = Restrictions { lock_up_until: Some(1), ..Default::default() };
		Pallet::<T>::put_restrictions(asset, restrictions);
		#[extrinsic_call]
		_(RawOrigin::Signed(key), asset, false);
		assert!(!profile::<T>().keeps_holdings);
	}

	/// The transfer check at its heaviest for an asset of `c` rule conditions, with every
	/// restriction on (`r` = 1) or none (`r` = 0), and freezes of other parties and part of
	/// the sender's holding (`f` = 1) or none: each condition read, full claim and issuer
	/// lists; each restriction whose exemption is read only when it fails failed and exempted
	/// from; volumes tracked.
	#[benchmark]
	fn can_transfer(c: Linear<0, MAX_RULE_CONDITIONS>, r: Linear<0, 1>, f: Linear<0, 1>) {
		asset_with_agent::<T>();
		let asset = asset::<T>();
		let issuer: T::AccountId = account("issuer", 0, 0);
		// Last in both lists, trusted for what the parties hold only for the asset, so that
		// each valid claim is matched against every issuer and its global topics scanned.
		trust_last::<T>(Scope::Global, &issuer);
		trust_last::<T>(Scope::Asset(asset), &issuer);
		TrustedIssuers::<T>::mutate(Scope::Asset(asset), |list| {
			if let Some(last) = list.last_mut() {
				last.topics = TopicSet::from(&held_topics());
			}
		});
		let (sender, from) = heavy_party::<T>(1, &issuer);
		let (receiver, to) = heavy_party::<T>(2, &issuer);
		Pallet::<T>::put_rules(asset, rules_of(c));
		if r == 1 {
			Pallet::<T>::put_restrictions(asset, all_restrictions::<T>());
		}
		if f == 1 {
			let (other, other_key) = identity_with_keys::<T>(3_000, 1);
			FrozenAccounts::<T>::insert(asset, &other_key, ());
			FrozenIdentities::<T>::insert(asset, other, ());
			PartialFreezes::<T>::insert(asset, sender, T::Balance::from(1u32));
			Pallet::<T>::count_in_profile(asset, true, |p| &mut p.frozen_accounts);
			Pallet::<T>::count_in_profile(asset, true, |p| &mut p.frozen_identities);
			Pallet::<T>::count_in_profile(asset, true, |p| &mut p.partial_freezes);
		}
		// A failed restriction reads its exemption. The exemptions from the rules, windows and
		// jurisdiction caps are read first and skip reads, so those are not given.
		let exempted = [
			(sender, Restriction::LockUp),
			(sender, Restriction::HoldingPeriod),
			(sender, Restriction::MinHolding),
			(sender, Restriction::DailyLimit),
			(sender, Restriction::MonthlyLimit),
			(receiver, Restriction::MinHolding),
			(receiver, Restriction::MaxOwnership),
			(receiver, Restriction::MaxHolders),
			(receiver, Restriction::DailyLimit),
			(receiver, Restriction::MonthlyLimit),
		];
		for key in exempted {
			Exemptions::<T>::insert(asset, key, ());
		}
		let supply: T::Balance = 1_000_000u32.into();
		let ch = CountryCode(*b"CH");
		Holdings::<T>::insert(asset, sender, full_lots::<T>(supply, Some(ch)));
		Supply::<T>::insert(asset, supply);
		HolderCount::<T>::insert(asset, 1);
		JurisdictionHolderCount::<T>::insert(asset, ch, 1);
		// The sender keeps some, below the minimum; the receiver is a new holder.
		let amount: T::Balance = 10u32.into();
		let result;
		#[block]
		{
			result = Pallet::<T>::check_transfer(asset, &from, &to, amount);
		}
		assert_eq!(result, Ok(()));
		assert_eq!(Rules::<T>::get(asset).conditions(), c);
		assert_eq!(profile::<T>().has_freezes(), f == 1);
	}

	/// A check of a movement between two parties without sanction claims, of an asset without
	/// rules, with `i` trusted issuers listed: the global list filled first, then the asset's.
	/// What each issuer listed costs a check that matches no claim against it
	/// ([`Pallet::spared_execution`]).
	#[benchmark]
	fn check_with_trusted_issuers(i: Linear<0, { T::MaxTrustedIssuers::get().saturating_mul(2) }>) {
		let (asset, from, to) = movement::<T>();
		let global = i.min(T::MaxTrustedIssuers::get());
		list_crowd::<T>(Scope::Global, global);
		list_crowd::<T>(Scope::Asset(asset), i.saturating_sub(global));
		let result;
		#[block]
		{
			result = Pallet::<T>::check_transfer(asset, &from, &to, 1u32.into());
		}
		assert_eq!(result, Ok(()));
		let listed = TrustedIssuers::<T>::get(Scope::Global).len()
			+ TrustedIssuers::<T>::get(Scope::Asset(asset)).len();
		assert_eq!(listed as u32, i);
	}

	/// A check of a movement of an asset without rules whose sender has `s` sanction claims,
	/// each by an issuer listed in both full lists of trusted issuers but not for sanctions,
	/// so matched against every issuer in vain; the receiver has none. What each sanction
	/// claim costs a check ([`Pallet::spared_execution`]).
	#[benchmark]
	fn check_with_sanction_claims(s: Linear<0, { T::MaxClaimsPerTopic::get() }>) {
		let (asset, from, to) = movement::<T>();
		list_crowd::<T>(Scope::Global, T::MaxTrustedIssuers::get());
		list_crowd::<T>(Scope::Asset(asset), T::MaxTrustedIssuers::get());
		let sender = KeyIdentity::<T>::get(&from).map(|k| k.identity).unwrap_or_default();
		give_sanction_claims::<T>(sender, s);
		KeyIdentity::<T>::insert(&from, Pallet::<T>::key_record(sender));
		let result;
		#[block]
		{
			result = Pallet::<T>::check_transfer(asset, &from, &to, 1u32.into());
		}
		assert_eq!(result, Ok(()));
		assert_eq!(Claims::<T>::get(sender, ClaimTopic::Sanctioned).len() as u32, s);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
