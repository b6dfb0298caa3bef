//! The one question (may this movement happen?) and the bookkeeping of the movements that
//! did happen.
//!
//! Every check reads a fixed set of storage items per party: its key, freezes, the claim
//! topics the asset's rules name, its holding and volume, and the asset's trusted issuers,
//! rules, restrictions and counters. None of it grows with the number of holders, claims
//! or identities on chain.

use crate::{
	block_cache::{self, Unspent, WriteStamp},
	pallet::*,
	traits::{IdentityRegistry, SharedRecords, TransferCompliance},
	types::*,
	weights::WeightInfo as _,
	KeyRecordOf,
};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::{pallet_prelude::*, BoundedVec};
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchResult,
};

/// Which end of a movement a party is at, to name the right rejection.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
	Sender,
	Receiver,
}

impl Side {
	fn pick(self, sender: Rejection, receiver: Rejection) -> Rejection {
		match self {
			Side::Sender => sender,
			Side::Receiver => receiver,
		}
	}
}

/// The issuers an asset trusts: those trusted for every asset and its own.
struct TrustedLists<T: Config> {
	global: BoundedVec<TrustedIssuer<T::AccountId>, T::MaxTrustedIssuers>,
	for_asset: BoundedVec<TrustedIssuer<T::AccountId>, T::MaxTrustedIssuers>,
}

impl<T: Config> TrustedLists<T> {
	fn load(asset: T::AssetId) -> Self {
		Self {
			global: TrustedIssuers::<T>::get(Scope::Global),
			for_asset: TrustedIssuers::<T>::get(Scope::Asset(asset)),
		}
	}

	/// How many entries both lists hold.
	fn listed(&self) -> u32 {
		let listed = self.global.len().saturating_add(self.for_asset.len());
		u32::try_from(listed).unwrap_or(u32::MAX)
	}
}

/// The lists a view reads: its own, or those a [`CheckMemo`] keeps for the call.
enum Lists<'a, T: Config> {
	Loaded(TrustedLists<T>),
	Remembered {
		lists: &'a TrustedLists<T>,
		/// Whether this check read them into the memo.
		read_here: bool,
		/// Whether a check of the memo that passed has noted the asset's records.
		noted: bool,
	},
}

/// What a call that checks many movements of the same assets between the same parties (the
/// fills of one sweep) reads once: each asset's profile and lists of trusted issuers, and
/// each party's key record. No movement changes them: only compliance's own calls do (by
/// governance, registrars, key holders, claim issuers and asset agents), so a memo made for
/// one call stays true to its end; it must not outlive the call.
///
/// A check that finds an asset here spends nothing on reading its lists, so it gives back no
/// execution for entries it did not meet ([`Pallet::spared_execution`]): the benchmarks of the
/// calls that check again and again measure those checks with the lists remembered.
pub struct CheckMemo<T: Config> {
	assets: Vec<(T::AssetId, RememberedAsset<T>)>,
	keys: BTreeMap<T::AccountId, KeyRecordOf<T>>,
}

impl<T: Config> Default for CheckMemo<T> {
	fn default() -> Self {
		Self { assets: Vec::new(), keys: Default::default() }
	}
}

struct RememberedAsset<T: Config> {
	profile: AssetProfile,
	/// Its lists and the time, read by the first check that got past the parties' keys.
	lists: Option<(TrustedLists<T>, Moment)>,
	/// Whether a check that passed noted the asset's shared records in the block's cache.
	noted: bool,
}

impl<T: Config> CheckMemo<T> {
	/// The asset's profile, read now if it was not yet.
	fn remember_asset(
		assets: &mut Vec<(T::AssetId, RememberedAsset<T>)>,
		asset: T::AssetId,
	) -> Result<&mut RememberedAsset<T>, Rejection> {
		let at = match assets.iter().position(|(a, _)| *a == asset) {
			Some(at) => at,
			None => {
				let profile = AssetProfiles::<T>::get(asset).ok_or(Rejection::UnknownAsset)?;
				assets.push((asset, RememberedAsset { profile, lists: None, noted: false }));
				assets.len().saturating_sub(1)
			}
		};
		assets.get_mut(at).map(|(_, remembered)| remembered).ok_or(Rejection::UnknownAsset)
	}

	fn profile(&self, asset: T::AssetId) -> Option<&AssetProfile> {
		self.assets.iter().find(|(a, _)| *a == asset).map(|(_, r)| &r.profile)
	}

	fn identity(&self, account: &T::AccountId) -> Option<IdentityId> {
		self.keys.get(account).map(|record| record.identity)
	}
}

/// One asset's view of the claims: which issuers it trusts, at which time.
struct ClaimView<'a, T: Config> {
	asset: T::AssetId,
	now: Moment,
	lists: Lists<'a, T>,
	/// How many sanction claims short of a full list each party checked had, added up.
	sanction_claims_short: u32,
	/// Whether the check read the asset's rule set.
	rules_read: bool,
}

impl<'a, T: Config> ClaimView<'a, T> {
	fn load(asset: T::AssetId) -> Self {
		Self {
			asset,
			now: Pallet::<T>::now(),
			lists: Lists::Loaded(TrustedLists::load(asset)),
			sanction_claims_short: 0,
			rules_read: false,
		}
	}

	/// A view through the lists a memo keeps for `asset`, which it reads now if it has not
	/// yet (`read_here`).
	fn remembered(asset: T::AssetId, remembered: &'a mut RememberedAsset<T>) -> Self {
		let read_here = remembered.lists.is_none();
		let noted = remembered.noted;
		let (lists, now) =
			remembered.lists.get_or_insert_with(|| (TrustedLists::load(asset), Pallet::<T>::now()));
		Self {
			asset,
			now: *now,
			lists: Lists::Remembered { lists, read_here, noted },
			sanction_claims_short: 0,
			rules_read: false,
		}
	}

	fn lists(&self) -> &TrustedLists<T> {
		match &self.lists {
			Lists::Loaded(lists) => lists,
			Lists::Remembered { lists, .. } => lists,
		}
	}

	fn trusts(&self, issuer: &T::AccountId, topic: ClaimTopic) -> bool {
		let lists = self.lists();
		lists
			.global
			.iter()
			.chain(lists.for_asset.iter())
			.any(|t| &t.issuer == issuer && t.topics.contains(&topic))
	}

	/// The first current claim of `topic` about `identity` that applies to the asset and
	/// comes from an issuer trusted for the topic.
	fn claim(&self, identity: IdentityId, topic: ClaimTopic) -> Option<Claim> {
		self.first_trusted(&Claims::<T>::get(identity, topic), topic)
	}

	/// The first of `claims` of `topic` that is current, applies to the asset and comes from
	/// an issuer trusted for the topic.
	fn first_trusted(
		&self,
		claims: &[ClaimRecord<T::AccountId, T::AssetId>],
		topic: ClaimTopic,
	) -> Option<Claim> {
		claims
			.iter()
			.find(|c| {
				c.is_current(self.now)
					&& c.scope.covers(&self.asset)
					&& self.trusts(&c.issuer, topic)
			})
			.map(|c| c.claim)
	}

	fn jurisdiction(&self, identity: IdentityId) -> Option<CountryCode> {
		match self.claim(identity, ClaimTopic::Jurisdiction) {
			Some(Claim::Jurisdiction(country)) => Some(country),
			_ => None,
		}
	}

	fn investor_type(&self, identity: IdentityId) -> Option<InvestorType> {
		match self.claim(identity, ClaimTopic::InvestorType) {
			Some(Claim::InvestorType(kind)) => Some(kind),
			_ => None,
		}
	}

	fn holds(&self, identity: IdentityId, condition: &Condition) -> bool {
		match condition {
			Condition::HasClaim(topic) => self.claim(identity, *topic).is_some(),
			Condition::LacksClaim(topic) => self.claim(identity, *topic).is_none(),
			Condition::JurisdictionIn(countries) => {
				self.jurisdiction(identity).is_some_and(|c| countries.contains(&c))
			}
			Condition::JurisdictionNotIn(countries) => {
				self.jurisdiction(identity).is_some_and(|c| !countries.contains(&c))
			}
			Condition::InvestorTypeIn(kinds) => {
				self.investor_type(identity).is_some_and(|k| kinds.contains(&k))
			}
			Condition::IdentityIs(expected) => identity == *expected,
		}
	}

	/// The asset's rule set, read only when it has conditions on the sides the check weighs
	/// (`conditions` of them): a record every check of the asset shares, noted as such once
	/// the check says yes.
	fn rules(&mut self, conditions: u32) -> RuleSet {
		if conditions == 0 {
			return RuleSet::default();
		}
		self.rules_read = true;
		Rules::<T>::get(self.asset)
	}

	/// Weighs the sanction claims the party's key carries: no read of its claims.
	fn ensure_not_sanctioned(
		&mut self,
		party: &KeyRecordOf<T>,
		side: Side,
	) -> Result<(), Rejection> {
		let full = T::MaxClaimsPerTopic::get();
		let claims = &party.sanction_claims;
		let short = full.saturating_sub(u32::try_from(claims.len()).unwrap_or(full));
		self.sanction_claims_short = self.sanction_claims_short.saturating_add(short);
		match self.first_trusted(claims, ClaimTopic::Sanctioned) {
			Some(_) => Err(side.pick(Rejection::SenderSanctioned, Rejection::ReceiverSanctioned)),
			None => Ok(()),
		}
	}

	/// After a check that said yes: notes in the block's cache, in one go
	/// ([`block_cache::note_check`]), the shared records every such check of the asset reads
	/// (its profile, both lists of trusted issuers, and its rule set if it read it), with the
	/// execution of the list entries it did not meet ([`Pallet::spared_execution`]). Noted
	/// only then, so that a refusal leaves storage as it was; a refused check is given back
	/// nothing.
	///
	/// A check that found its asset in a memo notes the records only if no check of the memo
	/// that passed has (a key counts once per extrinsic anyway), and gives back execution only
	/// if it read the lists itself.
	fn passed(self) {
		let read_lists = match self.lists {
			Lists::Loaded(_) => true,
			// A check of the memo that read the lists noted nothing before it.
			Lists::Remembered { noted: true, .. } => return,
			Lists::Remembered { read_here, .. } => read_here,
		};
		let spared = if read_lists {
			Pallet::<T>::spared_execution(self.lists().listed(), self.sanction_claims_short)
		} else {
			0
		};
		let asset = self.asset;
		let mut reads = alloc::vec![
			AssetProfiles::<T>::hashed_key_for(asset),
			TrustedIssuers::<T>::hashed_key_for(Scope::Global),
			TrustedIssuers::<T>::hashed_key_for(Scope::Asset(asset)),
		];
		if self.rules_read {
			reads.push(Rules::<T>::hashed_key_for(asset));
		}
		block_cache::note_check::<T>(&reads, spared);
	}

	fn ensure_rules(
		&self,
		rules: &RuleSet,
		identity: IdentityId,
		side: Side,
	) -> Result<(), Rejection> {
		let clauses = match side {
			Side::Sender => &rules.sender,
			Side::Receiver => &rules.receiver,
		};
		if clauses.is_empty() || exempt::<T>(self.asset, identity, Restriction::Rules) {
			return Ok(());
		}
		match clauses.iter().position(|clause| !clause.iter().any(|c| self.holds(identity, c))) {
			Some(failed) => {
				// At most MAX_CLAUSES (8) clauses, so the index fits a byte.
				let clause = u8::try_from(failed).unwrap_or(u8::MAX);
				Err(side.pick(
					Rejection::SenderRuleFailed(clause),
					Rejection::ReceiverRuleFailed(clause),
				))
			}
			None => Ok(()),
		}
	}
}

/// An identity's holding before a movement, and what it keeps after it.
type HoldingSpent<Balance> = (Holding<Balance>, Balance);

/// How a receiver comes by what it receives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Acquisition {
	Issuance,
	Transfer,
}

fn exempt<T: Config>(asset: T::AssetId, identity: IdentityId, restriction: Restriction) -> bool {
	Exemptions::<T>::contains_key(asset, (identity, restriction))
}

impl<T: Config> Pallet<T> {
	/// May `amount` of `asset` move from `from` to `to`? `Ok`, or the first rule that says no.
	pub fn check_transfer(
		asset: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		Self::check_transfer_remembering(&mut CheckMemo::default(), asset, from, to, amount)
	}

	/// [`Self::check_transfer`], reading the asset's profile and lists and the parties' keys
	/// through `memo`, which keeps them for the call's next checks.
	pub fn check_transfer_remembering(
		memo: &mut CheckMemo<T>,
		asset: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		let CheckMemo { assets, keys } = memo;
		let remembered = CheckMemo::<T>::remember_asset(assets, asset)?;
		let profile = remembered.profile.clone();
		Self::ensure_movable(&profile, amount)?;
		Self::remember_party(keys, asset, &profile, from, Side::Sender)?;
		Self::remember_party(keys, asset, &profile, to, Side::Receiver)?;
		let sender = keys.get(from).ok_or(Rejection::SenderNotIdentified)?;
		let receiver = keys.get(to).ok_or(Rejection::ReceiverNotIdentified)?;
		let view = ClaimView::remembered(asset, remembered);
		Self::check_between(view, &profile, sender, receiver, amount)?;
		remembered.noted = true;
		Ok(())
	}

	/// The rest of a check of a movement between two parties that may take part.
	fn check_between(
		mut view: ClaimView<T>,
		profile: &AssetProfile,
		sender: &KeyRecordOf<T>,
		receiver: &KeyRecordOf<T>,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		let asset = view.asset;
		view.ensure_not_sanctioned(sender, Side::Sender)?;
		view.ensure_not_sanctioned(receiver, Side::Receiver)?;
		let (sender, receiver) = (sender.identity, receiver.identity);
		let sender_holding = Self::spend_from_holding(asset, profile, sender, amount)?;
		if sender == receiver {
			// Between two accounts of one owner: nobody acquires or disposes of anything.
			view.passed();
			return Ok(());
		}

		let rules = view.rules(profile.conditions());
		view.ensure_rules(&rules, sender, Side::Sender)?;
		view.ensure_rules(&rules, receiver, Side::Receiver)?;

		let restrictions = Self::restrictions(asset, profile);
		Self::ensure_not_locked_up(&view, &restrictions, sender)?;
		if let Some((holding, left)) = &sender_holding {
			Self::ensure_keeps_enough(&view, &restrictions, sender, holding, *left)?;
		}
		Self::ensure_distribution_window_closed(&view, &restrictions, receiver)?;

		let departing = sender_holding
			.as_ref()
			.and_then(|(holding, left)| left.is_zero().then_some(holding.counted_in));
		Self::ensure_can_acquire(
			&view,
			&restrictions,
			receiver,
			amount,
			Acquisition::Transfer,
			departing,
		)?;
		Self::ensure_within_volume(&view, &restrictions, sender, amount, Side::Sender)?;
		Self::ensure_within_volume(&view, &restrictions, receiver, amount, Side::Receiver)?;
		view.passed();
		Ok(())
	}

	/// The most that `asset`'s rules, restrictions and freezes add to one check of both
	/// parties: as many rule conditions as the asset has, each read, every restriction at its
	/// dearest if any is on, and both parties' freezes if the asset has any. It reads the
	/// asset's profile, which a check reads first, so asked after one this reads nothing new.
	pub fn check_weight(asset: T::AssetId) -> Weight {
		Self::profile_weight(asset, AssetProfile::conditions)
	}

	/// [`Self::check_weight`] of a check of the receiver alone ([`Self::check_buy`],
	/// [`Self::check_issue`]), which weighs only the rules' conditions on the receiver.
	pub fn buyer_check_weight(asset: T::AssetId) -> Weight {
		Self::profile_weight(asset, |profile| profile.receiver_conditions)
	}

	/// [`Self::check_weight`] of a check of the sender alone ([`Self::check_sell`]), which
	/// weighs only the rules' conditions on the sender.
	pub fn seller_check_weight(asset: T::AssetId) -> Weight {
		Self::profile_weight(asset, |profile| profile.sender_conditions)
	}

	fn profile_weight(asset: T::AssetId, conditions: impl Fn(&AssetProfile) -> u32) -> Weight {
		let profile = AssetProfiles::<T>::get(asset).unwrap_or_default();
		Self::rules_weight(
			conditions(&profile),
			u32::from(profile.restricted),
			u32::from(profile.has_freezes()),
		)
	}

	/// What `conditions` rule conditions and the restrictions, if `restricted`, add to a
	/// check of an asset without either. The calls that ask are benchmarked with their checks
	/// against assets without rules, between parties at their dearest ([`crate::benchmarking::identify`]),
	/// so their own weights hold the rest of the check.
	///
	/// With any condition the rule set itself is read too. The fit in `c` spreads that one
	/// read over the conditions (from 0 to 64), so a few conditions would be charged for it
	/// in part only; it is added whole.
	///
	/// With a restriction or a freeze, a seller's half of a check ([`Self::check_sell`])
	/// reads the seller's holding, which it leaves alone otherwise and the calls that ask are
	/// benchmarked without: one read more. A whole check of an asset that keeps holdings reads
	/// the holding either way, so it is charged that read twice.
	pub(crate) fn rules_weight(conditions: u32, restricted: u32, frozen: u32) -> Weight {
		let read = T::DbWeight::get().reads(1);
		let rule_set = if conditions > 0 { read } else { Weight::zero() };
		let holding = if restricted > 0 || frozen > 0 { read } else { Weight::zero() };
		T::WeightInfo::can_transfer(conditions, restricted, frozen)
			.saturating_sub(T::WeightInfo::can_transfer(0, 0, 0))
			.saturating_add(rule_set)
			.saturating_add(holding)
	}

	/// The execution, in picoseconds, that the benchmarks of the calls that ask charge a check
	/// for list entries it did not meet: trusted issuers short of two full lists (the global
	/// one and the asset's) when it met `listed`, and `sanction_claims_short` sanction claims
	/// short of a full list, added up over the parties it checked. The calls are benchmarked
	/// with every list full ([`crate::benchmarking::identify`] and
	/// [`crate::benchmarking::trust_issuers_for`]), so this never gives back more than they
	/// were charged.
	///
	/// Each kind of entry is priced by its own benchmark with the other kind at the cheaper
	/// end: a trusted issuer at what reading it costs a check that matches no claim against
	/// it, and a sanction claim at what matching it against two full lists costs. A check's
	/// cost grows with issuers times claims, so these two prices never add up to more than
	/// the entries missed saved: the product's share falls to the claims.
	pub(crate) fn spared_execution(listed: u32, sanction_claims_short: u32) -> u64 {
		let full = T::MaxTrustedIssuers::get().saturating_mul(2);
		let issuers_short = full.saturating_sub(listed);
		let per_issuer = T::WeightInfo::check_with_trusted_issuers(issuers_short)
			.saturating_sub(T::WeightInfo::check_with_trusted_issuers(0));
		let per_claim = T::WeightInfo::check_with_sanction_claims(sanction_claims_short)
			.saturating_sub(T::WeightInfo::check_with_sanction_claims(0));
		per_issuer.saturating_add(per_claim).ref_time()
	}

	/// May `amount` of `asset` be issued to `to`? Checks the receiver.
	pub fn check_issue(
		asset: T::AssetId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		let profile = Self::movable(asset, amount)?;
		let receiver = Self::party(asset, &profile, to, Side::Receiver)?;
		let mut view = ClaimView::<T>::load(asset);
		view.ensure_not_sanctioned(&receiver, Side::Receiver)?;
		let receiver = receiver.identity;
		let rules = view.rules(profile.receiver_conditions);
		view.ensure_rules(&rules, receiver, Side::Receiver)?;
		let restrictions = Self::restrictions(asset, &profile);
		Self::ensure_distribution_window_closed(&view, &restrictions, receiver)?;
		Self::ensure_can_acquire(
			&view,
			&restrictions,
			receiver,
			amount,
			Acquisition::Issuance,
			None,
		)?;
		view.passed();
		Ok(())
	}

	/// May `from` redeem `amount` of `asset`? Checks the holder.
	pub fn check_redeem(
		asset: T::AssetId,
		from: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		let profile = Self::movable(asset, amount)?;
		let holder = Self::party(asset, &profile, from, Side::Sender)?;
		let mut view = ClaimView::<T>::load(asset);
		view.ensure_not_sanctioned(&holder, Side::Sender)?;
		Self::spend_from_holding(asset, &profile, holder.identity, amount)?;
		view.passed();
		Ok(())
	}

	fn ensure_not_locked_up(
		view: &ClaimView<T>,
		restrictions: &Restrictions<T::Balance>,
		sender: IdentityId,
	) -> Result<(), Rejection> {
		if let Some(until) = restrictions.lock_up_until {
			ensure!(
				view.now >= until || exempt::<T>(view.asset, sender, Restriction::LockUp),
				Rejection::LockedUp
			);
		}
		Ok(())
	}

	/// The restrictions that weigh what the sender keeps, `left` of `holding`: the holding
	/// period (only lots held for it may go) and the minimum holding.
	fn ensure_keeps_enough(
		view: &ClaimView<T>,
		restrictions: &Restrictions<T::Balance>,
		sender: IdentityId,
		holding: &Holding<T::Balance>,
		left: T::Balance,
	) -> Result<(), Rejection> {
		if let Some(period) = restrictions.holding_period {
			// Only lots held for the whole period may go; `left` is what stays.
			let served = match view.now.checked_sub(period) {
				Some(cutoff) => holding.acquired_by(cutoff),
				None => Zero::zero(),
			};
			ensure!(
				holding.balance.saturating_sub(left) <= served
					|| exempt::<T>(view.asset, sender, Restriction::HoldingPeriod),
				Rejection::HoldingPeriodNotPassed
			);
		}
		if let Some(min) = restrictions.min_holding {
			ensure!(
				left.is_zero()
					|| left >= min || exempt::<T>(view.asset, sender, Restriction::MinHolding),
				Rejection::SenderBelowMinimumHolding
			);
		}
		Ok(())
	}

	/// The seller's half of [`Self::check_transfer`], before a buyer is known: may `from`
	/// send `amount` of `asset` to another holder?
	///
	/// It weighs `amount` against the seller's holding only where a partial freeze or a
	/// restriction on what the seller keeps needs the holding: the callers (an order, a
	/// subscription) reserve what is sold from the account's free balance, which already
	/// bounds it by the holding, so the holding is not read for nothing.
	pub fn check_sell(
		asset: T::AssetId,
		from: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		let profile = Self::movable(asset, amount)?;
		let seller = Self::party(asset, &profile, from, Side::Sender)?;
		let mut view = ClaimView::<T>::load(asset);
		view.ensure_not_sanctioned(&seller, Side::Sender)?;
		let seller = seller.identity;
		let rules = view.rules(profile.sender_conditions);
		view.ensure_rules(&rules, seller, Side::Sender)?;
		let restrictions = Self::restrictions(asset, &profile);
		Self::ensure_not_locked_up(&view, &restrictions, seller)?;
		if profile.partial_freezes > 0 || restrictions.weigh_what_is_kept() {
			if let Some((holding, left)) =
				Self::spend_from_holding(asset, &profile, seller, amount)?
			{
				Self::ensure_keeps_enough(&view, &restrictions, seller, &holding, left)?;
			}
		}
		Self::ensure_within_volume(&view, &restrictions, seller, amount, Side::Sender)?;
		view.passed();
		Ok(())
	}

	/// The buyer's half of [`Self::check_transfer`], before a seller is known: may `to`
	/// acquire `amount` of `asset` from another holder?
	pub fn check_buy(
		asset: T::AssetId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		let profile = Self::movable(asset, amount)?;
		let buyer = Self::party(asset, &profile, to, Side::Receiver)?;
		let mut view = ClaimView::<T>::load(asset);
		view.ensure_not_sanctioned(&buyer, Side::Receiver)?;
		let buyer = buyer.identity;
		let rules = view.rules(profile.receiver_conditions);
		view.ensure_rules(&rules, buyer, Side::Receiver)?;
		let restrictions = Self::restrictions(asset, &profile);
		Self::ensure_distribution_window_closed(&view, &restrictions, buyer)?;
		Self::ensure_can_acquire(&view, &restrictions, buyer, amount, Acquisition::Transfer, None)?;
		Self::ensure_within_volume(&view, &restrictions, buyer, amount, Side::Receiver)?;
		view.passed();
		Ok(())
	}

	/// The asset's profile, if compliance knows the asset, it is not paused and `amount` is
	/// something.
	fn movable(asset: T::AssetId, amount: T::Balance) -> Result<AssetProfile, Rejection> {
		let profile = AssetProfiles::<T>::get(asset).ok_or(Rejection::UnknownAsset)?;
		Self::ensure_movable(&profile, amount)?;
		Ok(profile)
	}

	/// The asset is not paused and `amount` is something.
	fn ensure_movable(profile: &AssetProfile, amount: T::Balance) -> Result<(), Rejection> {
		ensure!(!profile.paused, Rejection::AssetPaused);
		ensure!(!amount.is_zero(), Rejection::ZeroAmount);
		Ok(())
	}

	/// The asset's restrictions, read only when one is on.
	fn restrictions(asset: T::AssetId, profile: &AssetProfile) -> Restrictions<T::Balance> {
		if !profile.restricted {
			return Restrictions::default();
		}
		AssetRestrictions::<T>::get(asset)
	}

	/// The identity behind a party's account, if it may take part at all, as its key records
	/// it. Its freezes are read only when the asset has some.
	fn party(
		asset: T::AssetId,
		profile: &AssetProfile,
		account: &T::AccountId,
		side: Side,
	) -> Result<KeyRecordOf<T>, Rejection> {
		let party = Self::active_key(account, side)?;
		Self::ensure_not_frozen(asset, profile, account, party.identity, side)?;
		Ok(party)
	}

	/// [`Self::party`], with its key record read into `keys` unless it is there already.
	fn remember_party(
		keys: &mut BTreeMap<T::AccountId, KeyRecordOf<T>>,
		asset: T::AssetId,
		profile: &AssetProfile,
		account: &T::AccountId,
		side: Side,
	) -> Result<(), Rejection> {
		let identity = match keys.get(account) {
			Some(party) => party.identity,
			None => {
				let party = Self::active_key(account, side)?;
				let identity = party.identity;
				keys.insert(account.clone(), party);
				identity
			}
		};
		Self::ensure_not_frozen(asset, profile, account, identity, side)
	}

	/// What an active key records of its identity.
	fn active_key(account: &T::AccountId, side: Side) -> Result<KeyRecordOf<T>, Rejection> {
		// An active key is one read; the revoked list is read only to name the refusal.
		KeyIdentity::<T>::get(account).ok_or_else(|| {
			if RevokedKeys::<T>::contains_key(account) {
				side.pick(Rejection::SenderKeyRevoked, Rejection::ReceiverKeyRevoked)
			} else {
				side.pick(Rejection::SenderNotIdentified, Rejection::ReceiverNotIdentified)
			}
		})
	}

	fn ensure_not_frozen(
		asset: T::AssetId,
		profile: &AssetProfile,
		account: &T::AccountId,
		identity: IdentityId,
		side: Side,
	) -> Result<(), Rejection> {
		ensure!(
			profile.frozen_accounts == 0 || !FrozenAccounts::<T>::contains_key(asset, account),
			side.pick(Rejection::SenderAccountFrozen, Rejection::ReceiverAccountFrozen)
		);
		ensure!(
			profile.frozen_identities == 0 || !FrozenIdentities::<T>::contains_key(asset, identity),
			side.pick(Rejection::SenderIdentityFrozen, Rejection::ReceiverIdentityFrozen)
		);
		Ok(())
	}

	/// For an asset that keeps holdings: the identity's holding, and what it keeps once
	/// `amount` is spent from it, which must be there outside its frozen part. `None` for an
	/// asset that keeps none, whose ledger alone knows what is held.
	fn spend_from_holding(
		asset: T::AssetId,
		profile: &AssetProfile,
		identity: IdentityId,
		amount: T::Balance,
	) -> Result<Option<HoldingSpent<T::Balance>>, Rejection> {
		if !profile.keeps_holdings {
			return Ok(None);
		}
		let holding = Holdings::<T>::get(asset, identity).unwrap_or_default();
		let left = Self::ensure_can_spend(asset, profile, identity, &holding, amount)?;
		Ok(Some((holding, left)))
	}

	/// The holder has `amount` outside its frozen part; returns what it keeps.
	fn ensure_can_spend(
		asset: T::AssetId,
		profile: &AssetProfile,
		identity: IdentityId,
		holding: &Holding<T::Balance>,
		amount: T::Balance,
	) -> Result<T::Balance, Rejection> {
		let left = holding.balance.checked_sub(&amount).ok_or(Rejection::InsufficientHolding)?;
		if profile.partial_freezes > 0 {
			let frozen = PartialFreezes::<T>::get(asset, identity).unwrap_or_default();
			ensure!(left >= frozen, Rejection::HoldingPartlyFrozen);
		}
		Ok(left)
	}

	fn ensure_distribution_window_closed(
		view: &ClaimView<T>,
		restrictions: &Restrictions<T::Balance>,
		receiver: IdentityId,
	) -> Result<(), Rejection> {
		let mut open = restrictions.distribution_windows.iter().filter(|w| view.now < w.until);
		let Some(first_open) = open.next() else { return Ok(()) };
		if exempt::<T>(view.asset, receiver, Restriction::DistributionWindow) {
			return Ok(());
		}
		// Without a trusted jurisdiction the receiver could be in a closed country: no.
		let country = view.jurisdiction(receiver).ok_or(Rejection::ReceiverJurisdictionUnknown)?;
		let blocked = first_open.country == country || open.any(|w| w.country == country);
		ensure!(!blocked, Rejection::DistributionWindowOpen);
		Ok(())
	}

	/// The receiver may hold `amount` more, which it acquires by `acquisition`. `departing`
	/// is `Some(counted_in)` when the sender leaves the holders with this movement, so a
	/// holder cap that is full lets one holder replace another. Reads nothing unless a
	/// restriction limits holdings.
	fn ensure_can_acquire(
		view: &ClaimView<T>,
		restrictions: &Restrictions<T::Balance>,
		receiver: IdentityId,
		amount: T::Balance,
		acquisition: Acquisition,
		departing: Option<Option<CountryCode>>,
	) -> Result<(), Rejection> {
		if !restrictions.limit_holdings() {
			return Ok(());
		}
		let asset = view.asset;
		let holding = Holdings::<T>::get(asset, receiver).unwrap_or_default();
		let new_balance = holding.balance.saturating_add(amount);
		if let Some(min) = restrictions.min_holding {
			ensure!(
				new_balance >= min || exempt::<T>(asset, receiver, Restriction::MinHolding),
				Rejection::ReceiverBelowMinimumHolding
			);
		}
		if let Some(max) = restrictions.max_holding {
			ensure!(
				new_balance <= max || exempt::<T>(asset, receiver, Restriction::MaxHolding),
				Rejection::ReceiverAboveMaximumHolding
			);
		}
		// A share of the supply bounds the secondary market: during an issuance the first
		// investors would hold all of a supply that is still being created.
		if let (Some(share), Acquisition::Transfer) = (restrictions.max_ownership, acquisition) {
			ensure!(
				new_balance <= share.mul_floor(Supply::<T>::get(asset))
					|| exempt::<T>(asset, receiver, Restriction::MaxOwnership),
				Rejection::ReceiverAboveMaximumOwnership
			);
		}
		if !holding.balance.is_zero() {
			return Ok(());
		}
		// A new holder.
		if let Some(max) = restrictions.max_holders {
			let after = HolderCount::<T>::get(asset)
				.saturating_add(1)
				.saturating_sub(u32::from(departing.is_some()));
			ensure!(
				after <= max || exempt::<T>(asset, receiver, Restriction::MaxHolders),
				Rejection::MaxHoldersReached
			);
		}
		if !restrictions.max_holders_per_jurisdiction.is_empty()
			&& !exempt::<T>(asset, receiver, Restriction::MaxHoldersInJurisdiction)
		{
			let country =
				view.jurisdiction(receiver).ok_or(Rejection::ReceiverJurisdictionUnknown)?;
			if let Some(cap) =
				restrictions.max_holders_per_jurisdiction.iter().find(|c| c.country == country)
			{
				let after = JurisdictionHolderCount::<T>::get(asset, country)
					.saturating_add(1)
					.saturating_sub(u32::from(departing == Some(Some(country))));
				ensure!(after <= cap.max_holders, Rejection::MaxHoldersInJurisdictionReached);
			}
		}
		Ok(())
	}

	fn ensure_within_volume(
		view: &ClaimView<T>,
		restrictions: &Restrictions<T::Balance>,
		identity: IdentityId,
		amount: T::Balance,
		side: Side,
	) -> Result<(), Rejection> {
		if restrictions.daily_limit.is_none() && restrictions.monthly_limit.is_none() {
			return Ok(());
		}
		let volume = Self::current_volume(view.asset, identity, view.now);
		if let Some(limit) = restrictions.daily_limit {
			ensure!(
				volume.day_amount.saturating_add(amount) <= limit
					|| exempt::<T>(view.asset, identity, Restriction::DailyLimit),
				side.pick(Rejection::SenderDailyLimit, Rejection::ReceiverDailyLimit)
			);
		}
		if let Some(limit) = restrictions.monthly_limit {
			ensure!(
				volume.month_amount.saturating_add(amount) <= limit
					|| exempt::<T>(view.asset, identity, Restriction::MonthlyLimit),
				side.pick(Rejection::SenderMonthlyLimit, Rejection::ReceiverMonthlyLimit)
			);
		}
		Ok(())
	}

	/// What an identity moved today and this month: the stored volume, reset where the day
	/// or the month has turned since.
	pub fn current_volume(
		asset: T::AssetId,
		identity: IdentityId,
		now: Moment,
	) -> Volume<T::Balance> {
		let day = crate::calendar::day_index(now);
		let month = crate::calendar::month_index(day);
		let mut volume = Volumes::<T>::get(asset, identity).unwrap_or_default();
		if volume.day != day {
			volume.day = day;
			volume.day_amount = Zero::zero();
		}
		if volume.month != month {
			volume.month = month;
			volume.month_amount = Zero::zero();
		}
		volume
	}

	fn record_volume(asset: T::AssetId, identity: IdentityId, amount: T::Balance, now: Moment) {
		let mut volume = Self::current_volume(asset, identity, now);
		volume.day_amount = volume.day_amount.saturating_add(amount);
		volume.month_amount = volume.month_amount.saturating_add(amount);
		Volumes::<T>::insert(asset, identity, volume);
	}

	fn credit(asset: T::AssetId, identity: IdentityId, amount: T::Balance) -> DispatchResult {
		let now = Self::now();
		Holdings::<T>::try_mutate(asset, identity, |slot| -> DispatchResult {
			let holding = slot.get_or_insert_with(Holding::default);
			let new_holder = holding.balance.is_zero();
			holding.acquire(amount, now).ok_or(Error::<T>::Overflow)?;
			holding.written = block_cache::note_stamped_rewrite::<T>(holding.written);
			if new_holder {
				let country = ClaimView::<T>::load(asset).jurisdiction(identity);
				holding.counted_in = country;
				HolderCount::<T>::try_mutate(asset, |count| {
					*count = count.checked_add(1).ok_or(Error::<T>::Overflow)?;
					Ok::<_, Error<T>>(())
				})?;
				if let Some(country) = country {
					JurisdictionHolderCount::<T>::try_mutate(asset, country, |count| {
						*count = count.checked_add(1).ok_or(Error::<T>::Overflow)?;
						Ok::<_, Error<T>>(())
					})?;
				}
			}
			Ok(())
		})
	}

	fn debit(asset: T::AssetId, identity: IdentityId, amount: T::Balance) -> DispatchResult {
		Holdings::<T>::try_mutate_exists(asset, identity, |slot| -> DispatchResult {
			let holding = slot.as_mut().ok_or(Error::<T>::InsufficientHolding)?;
			holding.dispose(amount).ok_or(Error::<T>::InsufficientHolding)?;
			holding.written = block_cache::note_stamped_rewrite::<T>(holding.written);
			if holding.balance.is_zero() {
				HolderCount::<T>::try_mutate(asset, |count| {
					*count = count.checked_sub(1).ok_or(Error::<T>::Overflow)?;
					Ok::<_, Error<T>>(())
				})?;
				if let Some(country) = holding.counted_in {
					JurisdictionHolderCount::<T>::try_mutate_exists(asset, country, |count| {
						let left =
							count.unwrap_or_default().checked_sub(1).ok_or(Error::<T>::Overflow)?;
						*count = (left > 0).then_some(left);
						Ok::<_, Error<T>>(())
					})?;
				}
				*slot = None;
			}
			Ok(())
		})
	}

	fn identity_of(account: &T::AccountId) -> Result<IdentityId, Error<T>> {
		Self::key_identity(account).ok_or(Error::<T>::NotIdentified)
	}
}

impl<T: Config> TransferCompliance<T::AccountId, T::AssetId, T::Balance> for Pallet<T> {
	fn register_asset(asset: T::AssetId, agent: &T::AccountId) -> DispatchResult {
		let agent = Self::active_identity(agent).ok_or(Error::<T>::NotIdentified)?;
		Self::do_register_asset(asset, agent)
	}

	type Memo = CheckMemo<T>;

	fn can_transfer_remembering(
		memo: &mut CheckMemo<T>,
		asset: T::AssetId,
		_partition: &Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		Self::check_transfer_remembering(memo, asset, from, to, amount)
	}

	fn can_issue(
		asset: T::AssetId,
		_partition: &Partition,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		Self::check_issue(asset, to, amount)
	}

	fn can_redeem(
		asset: T::AssetId,
		_partition: &Partition,
		from: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		Self::check_redeem(asset, from, amount)
	}

	fn can_buy(
		asset: T::AssetId,
		_partition: &Partition,
		who: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		Self::check_buy(asset, who, amount)
	}

	fn can_sell(
		asset: T::AssetId,
		_partition: &Partition,
		who: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), Rejection> {
		Self::check_sell(asset, who, amount)
	}

	fn check_weight(asset: T::AssetId) -> Weight {
		Self::check_weight(asset)
	}

	fn buyer_check_weight(asset: T::AssetId) -> Weight {
		Self::buyer_check_weight(asset)
	}

	fn seller_check_weight(asset: T::AssetId) -> Weight {
		Self::seller_check_weight(asset)
	}

	fn is_paused(asset: T::AssetId) -> bool {
		AssetProfiles::<T>::get(asset).is_some_and(|profile| profile.paused)
	}

	fn keeps_holdings(asset: T::AssetId) -> bool {
		Self::keeps_holdings(asset)
	}

	fn max_check_weight() -> Weight {
		Self::rules_weight(MAX_RULE_CONDITIONS, 1, 1)
	}

	fn transferred_remembering(
		memo: &CheckMemo<T>,
		asset: T::AssetId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		let identity = |key| memo.identity(key).map_or_else(|| Self::identity_of(key), Ok);
		let sender = identity(from)?;
		let receiver = identity(to)?;
		if sender == receiver || amount.is_zero() {
			return Ok(());
		}
		let profile = match memo.profile(asset) {
			Some(profile) => profile.clone(),
			None => AssetProfiles::<T>::get(asset).unwrap_or_default(),
		};
		if profile.keeps_holdings {
			Self::debit(asset, sender, amount)?;
			Self::credit(asset, receiver, amount)?;
		}
		// Restrictions are read only for an asset whose profile says it has some.
		let restrictions = Self::restrictions(asset, &profile);
		if restrictions.daily_limit.is_some() || restrictions.monthly_limit.is_some() {
			let now = Self::now();
			Self::record_volume(asset, sender, amount, now);
			Self::record_volume(asset, receiver, amount, now);
		}
		Ok(())
	}

	fn issued(asset: T::AssetId, to: &T::AccountId, amount: T::Balance) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let receiver = Self::identity_of(to)?;
		if Self::keeps_holdings(asset) {
			Self::credit(asset, receiver, amount)?;
		}
		Supply::<T>::try_mutate(asset, |supply| {
			*supply = supply.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})
	}

	fn redeemed(asset: T::AssetId, from: &T::AccountId, amount: T::Balance) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let holder = Self::identity_of(from)?;
		// A controller's redemption asks nothing first, so the asset's profile is read only
		// where a holding is missing: an asset that keeps none, or a broken record.
		if Holdings::<T>::contains_key(asset, holder) || Self::keeps_holdings(asset) {
			Self::debit(asset, holder, amount)?;
		}
		Supply::<T>::try_mutate_exists(asset, |supply| {
			let left = supply
				.unwrap_or_default()
				.checked_sub(&amount)
				.ok_or(Error::<T>::InsufficientHolding)?;
			*supply = (!left.is_zero()).then_some(left);
			Ok(())
		})
	}
}

impl<T: Config> SharedRecords for Pallet<T> {
	fn note_read(key: &[u8]) {
		block_cache::note_read::<T>(key)
	}

	fn note_write(key: &[u8]) {
		block_cache::note_write::<T>(key)
	}

	fn note_read_and_write(key: &[u8]) {
		block_cache::note_read_and_write::<T>(key)
	}

	fn note_rewrite_of_earlier() {
		block_cache::note_rewrite_of_earlier::<T>()
	}

	fn note_stamped_rewrite(last: WriteStamp) -> WriteStamp {
		block_cache::note_stamped_rewrite::<T>(last)
	}

	fn unspent() -> Unspent {
		block_cache::unspent::<T>()
	}
}

impl<T: Config> IdentityRegistry<T::AccountId, T::AssetId> for Pallet<T> {
	fn active_identity(key: &T::AccountId) -> Option<IdentityId> {
		Pallet::<T>::active_identity(key)
	}

	fn identity_of(key: &T::AccountId) -> Option<IdentityId> {
		Pallet::<T>::key_identity(key)
	}

	fn keys_of(identity: IdentityId) -> Vec<T::AccountId> {
		Identities::<T>::get(identity).map(|record| record.keys.into_inner()).unwrap_or_default()
	}

	fn jurisdiction_of(asset: T::AssetId, identity: IdentityId) -> Option<CountryCode> {
		ClaimView::<T>::load(asset).jurisdiction(identity)
	}
}
