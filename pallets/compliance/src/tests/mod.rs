mod audit;
mod bad_input;
mod block_cache;
mod claims;
mod holdings;
mod identities;
mod reasons;
mod restrictions;
mod rules;
mod scenarios;

use crate::{mock::*, *};
use frame_support::assert_ok;

/// The issuer, as the asset's compliance agent, replaces the asset's rules.
fn set_rules(rules: RuleSet) {
	assert_ok!(Compliance::set_rules(RuntimeOrigin::signed(issuer()), ASSET, rules));
}

/// The issuer, as the asset's compliance agent, replaces the asset's restrictions.
fn set_restrictions(restrictions: Restrictions<Balance>) {
	assert_ok!(Compliance::set_restrictions(RuntimeOrigin::signed(issuer()), ASSET, restrictions));
}

fn check(from: &AccountId, to: &AccountId, amount: Balance) -> Result<(), Rejection> {
	Compliance::check_transfer(ASSET, from, to, amount)
}
