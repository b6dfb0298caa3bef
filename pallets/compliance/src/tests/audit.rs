//! A regulator's observer sees only blocks and events. These tests rebuild the whole
//! compliance state from the pallet's events and compare it with storage.

use super::{set_restrictions, set_rules};
use crate::{mock::*, *};
use frame_support::assert_ok;
use sp_core::H256;
use std::collections::{BTreeMap, BTreeSet};

type ClaimKey = (IdentityId, ClaimTopic, AccountId, Scope<AssetId>);

#[derive(Default, PartialEq, Debug)]
struct Audit {
	registrars: BTreeSet<AccountId>,
	identities: BTreeMap<IdentityId, IdentityAudit>,
	revoked: BTreeSet<AccountId>,
	trusted: BTreeMap<(Scope<AssetId>, AccountId), Vec<ClaimTopic>>,
	claims: BTreeMap<ClaimKey, (Claim, Moment, Option<Moment>, H256)>,
	agents: BTreeMap<AssetId, IdentityId>,
	rules: BTreeMap<AssetId, RuleSet>,
	restrictions: BTreeMap<AssetId, Restrictions<Balance>>,
	exemptions: BTreeSet<(AssetId, IdentityId, Restriction)>,
	frozen_accounts: BTreeSet<(AssetId, AccountId)>,
	frozen_identities: BTreeSet<(AssetId, IdentityId)>,
	partial_freezes: BTreeMap<(AssetId, IdentityId), Balance>,
	paused: BTreeSet<AssetId>,
	without_holdings: BTreeSet<AssetId>,
}

#[derive(PartialEq, Debug)]
struct IdentityAudit {
	kind: IdentityKind,
	primary: AccountId,
	keys: BTreeSet<AccountId>,
	invited: BTreeSet<AccountId>,
	registrar: AccountId,
}

fn toggle<K: Ord>(set: &mut BTreeSet<K>, key: K, on: bool) {
	if on {
		set.insert(key);
	} else {
		set.remove(&key);
	}
}

/// The state as the events tell it.
fn from_events(events: &[Event<Test>]) -> Audit {
	let mut a = Audit::default();
	for event in events.iter().cloned() {
		match event {
			Event::RegistrarAdded { registrar } => {
				a.registrars.insert(registrar);
			}
			Event::RegistrarRemoved { registrar } => {
				a.registrars.remove(&registrar);
			}
			Event::IdentityRegistered { identity, kind, key, registrar } => {
				let keys = BTreeSet::from([key.clone()]);
				let invited = BTreeSet::new();
				let record = IdentityAudit { kind, primary: key, keys, invited, registrar };
				a.identities.insert(identity, record);
			}
			Event::KeyInvited { identity, key } => {
				a.identities.get_mut(&identity).unwrap().invited.insert(key);
			}
			Event::KeyInvitationWithdrawn { identity, key } => {
				a.identities.get_mut(&identity).unwrap().invited.remove(&key);
			}
			Event::KeyAdded { identity, key } => {
				let record = a.identities.get_mut(&identity).unwrap();
				record.invited.remove(&key);
				record.keys.insert(key);
			}
			Event::PrimaryKeySet { identity, key } => {
				a.identities.get_mut(&identity).unwrap().primary = key;
			}
			Event::KeyRemoved { identity, key } => {
				a.identities.get_mut(&identity).unwrap().keys.remove(&key);
				a.revoked.remove(&key);
			}
			Event::KeyRecovered { identity, lost, new, revoked } => {
				let record = a.identities.get_mut(&identity).unwrap();
				record.invited.remove(&new);
				record.keys.insert(new.clone());
				if record.primary == lost {
					record.primary = new;
				}
				if revoked {
					a.revoked.insert(lost);
				} else {
					record.keys.remove(&lost);
				}
			}
			Event::TrustedIssuerSet { scope, issuer, topics } => {
				let mut topics = topics.into_inner();
				topics.sort();
				a.trusted.insert((scope, issuer), topics);
			}
			Event::TrustedIssuerRemoved { scope, issuer } => {
				a.trusted.remove(&(scope, issuer));
			}
			Event::ClaimAdded {
				identity,
				claim,
				issuer,
				scope,
				issued_at,
				expires_at,
				evidence,
			} => {
				a.claims.insert(
					(identity, claim.topic(), issuer, scope),
					(claim, issued_at, expires_at, evidence),
				);
			}
			Event::ClaimRevoked { identity, topic, issuer, scope } => {
				a.claims.remove(&(identity, topic, issuer, scope));
			}
			Event::AssetRegistered { asset, agent }
			| Event::ComplianceAgentChanged { asset, agent } => {
				a.agents.insert(asset, agent);
			}
			Event::RulesSet { asset, rules } => {
				a.rules.insert(asset, rules);
			}
			Event::RestrictionsSet { asset, restrictions } => {
				a.restrictions.insert(asset, restrictions);
			}
			Event::ExemptionSet { asset, identity, restriction, exempt } => {
				toggle(&mut a.exemptions, (asset, identity, restriction), exempt)
			}
			Event::AccountFreezeSet { asset, account, frozen } => {
				toggle(&mut a.frozen_accounts, (asset, account), frozen)
			}
			Event::IdentityFreezeSet { asset, identity, frozen } => {
				toggle(&mut a.frozen_identities, (asset, identity), frozen)
			}
			Event::PartialFreezeSet { asset, identity, amount } => {
				if amount == 0 {
					a.partial_freezes.remove(&(asset, identity));
				} else {
					a.partial_freezes.insert((asset, identity), amount);
				}
			}
			Event::PauseSet { asset, paused } => toggle(&mut a.paused, asset, paused),
			Event::KeepsHoldingsSet { asset, keeps } => {
				toggle(&mut a.without_holdings, asset, !keeps)
			}
			Event::__Ignore(..) => {}
		}
	}
	a
}

/// The state as storage holds it.
fn from_storage() -> Audit {
	Audit {
		registrars: Registrars::<Test>::iter_keys().collect(),
		identities: Identities::<Test>::iter()
			.map(|(id, r)| {
				let record = IdentityAudit {
					kind: r.kind,
					primary: r.keys[0].clone(),
					keys: r.keys.into_iter().collect(),
					invited: r.invited.into_iter().collect(),
					registrar: r.registrar,
				};
				(id, record)
			})
			.collect(),
		revoked: RevokedKeys::<Test>::iter_keys().collect(),
		trusted: TrustedIssuers::<Test>::iter()
			.flat_map(|(scope, list)| {
				list.into_iter().map(move |t| ((scope, t.issuer), t.topics.topics()))
			})
			.collect(),
		claims: Claims::<Test>::iter()
			.flat_map(|(identity, topic, list)| {
				list.into_iter().map(move |c| {
					(
						(identity, topic, c.issuer, c.scope),
						(c.claim, c.issued_at, c.expires_at, c.evidence),
					)
				})
			})
			.collect(),
		agents: ComplianceAgents::<Test>::iter().collect(),
		rules: Rules::<Test>::iter().collect(),
		restrictions: AssetRestrictions::<Test>::iter().collect(),
		exemptions: Exemptions::<Test>::iter_keys()
			.map(|(asset, (identity, restriction))| (asset, identity, restriction))
			.collect(),
		frozen_accounts: FrozenAccounts::<Test>::iter_keys().collect(),
		frozen_identities: FrozenIdentities::<Test>::iter_keys().collect(),
		partial_freezes: PartialFreezes::<Test>::iter().map(|(a, i, b)| ((a, i), b)).collect(),
		paused: AssetProfiles::<Test>::iter().filter(|(_, p)| p.paused).map(|(a, _)| a).collect(),
		without_holdings: AssetProfiles::<Test>::iter()
			.filter(|(_, p)| !p.keeps_holdings)
			.map(|(a, _)| a)
			.collect(),
	}
}

#[test]
fn a_regulator_rebuilds_the_whole_compliance_state_from_events_alone() {
	run_test(|| {
		let agent = RuntimeOrigin::signed(issuer());
		let (alice, bob, carol) = (account(1), account(2), account(3));
		let alice_id = investor(&alice, b"US");
		let bob_id = investor(&bob, b"DE");
		investor(&carol, b"FR");
		assert_ok!(Compliance::add_registrar(RuntimeOrigin::root(), account(9)));
		assert_ok!(Compliance::remove_registrar(RuntimeOrigin::root(), account(9)));

		// Keys: invited and joined, invitations withdrawn and pending, the primary handed on,
		// removed, recovered with and without holdings.
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(alice.clone()), account(11)));
		assert_ok!(Compliance::join_identity(RuntimeOrigin::signed(account(11)), alice_id));
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(alice.clone()), account(14)));
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(alice.clone()), account(14)));
		assert_ok!(Compliance::invite_key(RuntimeOrigin::signed(alice.clone()), account(15)));
		assert_ok!(Compliance::set_primary_key(RuntimeOrigin::signed(alice.clone()), account(11)));
		assert_ok!(Compliance::remove_key(RuntimeOrigin::signed(account(11)), alice.clone()));
		assert_ok!(issue(ASSET, &bob, 10));
		assert_ok!(Compliance::recover_key(
			RuntimeOrigin::root(),
			bob_id,
			bob.clone(),
			account(12)
		));
		assert_ok!(Compliance::recover_key(
			RuntimeOrigin::root(),
			alice_id,
			account(11),
			account(13)
		));

		// Claims: replaced, expiring, revoked; issuers trusted, changed, removed.
		claim(&kyc_provider(), bob_id, Claim::Jurisdiction(CountryCode(*b"AT")));
		assert_ok!(Compliance::add_claim(
			RuntimeOrigin::signed(accreditor()),
			alice_id,
			Claim::Accredited,
			Scope::Global,
			Some(START + DAY),
			H256::repeat_byte(7)
		));
		assert_ok!(Compliance::revoke_claim(
			RuntimeOrigin::root(),
			alice_id,
			ClaimTopic::Aml,
			kyc_provider(),
			Scope::Global
		));
		assert_ok!(Compliance::set_trusted_issuer(
			agent.clone(),
			Scope::Asset(ASSET),
			account(50),
			topics(&[ClaimTopic::Custom(7)])
		));
		assert_ok!(Compliance::set_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			accreditor(),
			topics(&[ClaimTopic::Accredited])
		));
		assert_ok!(Compliance::remove_trusted_issuer(
			RuntimeOrigin::root(),
			Scope::Global,
			screener()
		));

		// Asset rules and restrictions, exemptions, freezes, pause.
		set_rules(rules(vec![], vec![clause(vec![Condition::HasClaim(ClaimTopic::Kyc)])]));
		set_restrictions(Restrictions { max_holders: Some(10), ..Default::default() });
		set_restrictions(Restrictions { daily_limit: Some(5), ..Default::default() });
		assert_ok!(Compliance::set_exemption(
			agent.clone(),
			ASSET,
			bob_id,
			Restriction::DailyLimit,
			true
		));
		assert_ok!(Compliance::set_exemption(
			agent.clone(),
			ASSET,
			alice_id,
			Restriction::LockUp,
			true
		));
		assert_ok!(Compliance::set_exemption(
			agent.clone(),
			ASSET,
			alice_id,
			Restriction::LockUp,
			false
		));
		assert_ok!(Compliance::freeze_account(agent.clone(), ASSET, carol.clone(), true));
		assert_ok!(Compliance::freeze_identity(agent.clone(), ASSET, bob_id, true));
		assert_ok!(Compliance::freeze_identity(agent.clone(), ASSET, bob_id, false));
		assert_ok!(Compliance::set_partial_freeze(agent.clone(), ASSET, bob_id, 4));
		assert_ok!(Compliance::set_paused(agent.clone(), ASSET, true));
		assert_ok!(Compliance::set_paused(agent.clone(), ASSET, false));
		assert_ok!(Compliance::set_paused(agent.clone(), ASSET, true));
		assert_ok!(Compliance::register_asset(RuntimeOrigin::root(), 8, bob_id));
		assert_ok!(Compliance::set_compliance_agent(RuntimeOrigin::root(), 8, alice_id));
		let alice_now = RuntimeOrigin::signed(account(13));
		assert_ok!(Compliance::set_keeps_holdings(alice_now.clone(), 8, false));
		assert_ok!(Compliance::set_keeps_holdings(alice_now.clone(), 8, true));
		assert_ok!(Compliance::set_keeps_holdings(alice_now, 8, false));

		let rebuilt = from_events(&events());
		assert_eq!(rebuilt, from_storage());
		// And the rebuilt state is not trivially empty.
		assert_eq!(rebuilt.identities.len(), 4);
		assert!(rebuilt.revoked.contains(&bob));
		let alice_record = &rebuilt.identities[&alice_id];
		assert_eq!(alice_record.primary, account(13), "the lost primary's recovery is primary");
		assert_eq!(alice_record.invited, BTreeSet::from([account(15)]));
		assert_eq!(rebuilt.agents.get(&8), Some(&alice_id));
		assert_eq!(rebuilt.without_holdings, BTreeSet::from([8]));
	});
}
