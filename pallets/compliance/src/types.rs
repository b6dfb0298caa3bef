//! The data of compliance: identities, claims, rules, restrictions and the reasons a
//! movement is refused.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{traits::AtLeast32BitUnsigned, Permill};

/// An identity: a person or an entity, known to a registrar, that owns accounts.
pub type IdentityId = u64;

/// Milliseconds since the Unix epoch, as `pallet-timestamp` keeps time.
pub type Moment = u64;

/// A partition of an asset's balances (ERC-1410), as its 32-byte name.
pub type Partition = [u8; 32];

/// The most countries one condition or restriction may list.
pub const MAX_COUNTRIES: u32 = 64;
/// The most conditions in one clause of a rule set (any of them may hold).
pub const MAX_CONDITIONS_PER_CLAUSE: u32 = 4;
/// The most clauses on one side of a rule set (all of them must hold).
pub const MAX_CLAUSES: u32 = 8;
/// The most claim topics one trusted issuer may be trusted for in one scope.
pub const MAX_TOPICS_PER_ISSUER: u32 = 16;
/// The most conditions of one rule set, both sides together.
pub const MAX_RULE_CONDITIONS: u32 = 2 * MAX_CLAUSES * MAX_CONDITIONS_PER_CLAUSE;

/// The furthest ahead an off-chain claim signature's deadline may be, in milliseconds (30
/// days): the chain remembers a used signature until its deadline day is over.
pub const MAX_CLAIM_SIGNATURE_LIFETIME: Moment = 30 * crate::calendar::MILLIS_PER_DAY;
/// How many used claim signatures one pruning step removes.
pub const SIGNATURE_PRUNING_BATCH: u32 = 64;

/// An ISO 3166-1 alpha-2 country code, two upper-case ASCII letters (`*b"US"`).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct CountryCode(pub [u8; 2]);

impl CountryCode {
	/// Whether the code is two upper-case ASCII letters; the pallet accepts no other.
	pub fn is_well_formed(&self) -> bool {
		self.0.iter().all(u8::is_ascii_uppercase)
	}
}

/// A list of countries, bounded.
pub type Countries = BoundedVec<CountryCode, ConstU32<MAX_COUNTRIES>>;

/// Whether an identity is a natural person or a legal entity.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum IdentityKind {
	Person,
	Entity,
}

/// The investor categories that offerings are restricted to.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum InvestorType {
	Retail,
	Professional,
	Institutional,
}

/// What a claim is about; the key under which an identity's claims are kept.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ClaimTopic {
	#[codec(index = 0)]
	Kyc,
	#[codec(index = 1)]
	Aml,
	#[codec(index = 2)]
	Accredited,
	#[codec(index = 3)]
	QualifiedInvestor,
	#[codec(index = 4)]
	InvestorType,
	#[codec(index = 5)]
	Jurisdiction,
	#[codec(index = 6)]
	Affiliate,
	#[codec(index = 7)]
	Exempted,
	#[codec(index = 8)]
	Sanctioned,
	/// A topic that the consortium or an asset's issuer defines off chain.
	#[codec(index = 9)]
	Custom(u32),
}

/// A claim about an identity, with the value it asserts where the topic has one.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Claim {
	/// Know-your-customer checks passed.
	#[codec(index = 0)]
	Kyc,
	/// Anti-money-laundering screening passed.
	#[codec(index = 1)]
	Aml,
	/// An accredited investor (US Reg D, Rule 501).
	#[codec(index = 2)]
	Accredited,
	/// A qualified or professional investor (EU MiFID II, APAC equivalents).
	#[codec(index = 3)]
	QualifiedInvestor,
	/// The investor's category.
	#[codec(index = 4)]
	InvestorType(InvestorType),
	/// The country whose law the identity is subject to.
	#[codec(index = 5)]
	Jurisdiction(CountryCode),
	/// An affiliate of the issuer.
	#[codec(index = 6)]
	Affiliate,
	/// Exempted, for rules that let exempted identities through.
	#[codec(index = 7)]
	Exempted,
	/// On a sanctions or block list: refused in every movement of every asset.
	#[codec(index = 8)]
	Sanctioned,
	/// A claim of a custom topic.
	#[codec(index = 9)]
	Custom(u32),
}

impl Claim {
	/// The topic this claim is kept and looked up under.
	pub fn topic(&self) -> ClaimTopic {
		match self {
			Claim::Kyc => ClaimTopic::Kyc,
			Claim::Aml => ClaimTopic::Aml,
			Claim::Accredited => ClaimTopic::Accredited,
			Claim::QualifiedInvestor => ClaimTopic::QualifiedInvestor,
			Claim::InvestorType(_) => ClaimTopic::InvestorType,
			Claim::Jurisdiction(_) => ClaimTopic::Jurisdiction,
			Claim::Affiliate => ClaimTopic::Affiliate,
			Claim::Exempted => ClaimTopic::Exempted,
			Claim::Sanctioned => ClaimTopic::Sanctioned,
			Claim::Custom(topic) => ClaimTopic::Custom(*topic),
		}
	}
}

/// Where a claim or an issuer's trust applies: every asset, or one.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Scope<AssetId> {
	Global,
	Asset(AssetId),
}

impl<AssetId: PartialEq> Scope<AssetId> {
	/// Whether something in this scope applies to `asset`.
	pub fn covers(&self, asset: &AssetId) -> bool {
		match self {
			Scope::Global => true,
			Scope::Asset(scoped) => scoped == asset,
		}
	}
}

/// A claim as stored: what, by whom, for what, since and until when, and the hash of the
/// evidence the issuer keeps off chain (no personal data is stored on chain).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ClaimRecord<AccountId, AssetId> {
	pub claim: Claim,
	pub issuer: AccountId,
	pub scope: Scope<AssetId>,
	pub issued_at: Moment,
	pub expires_at: Option<Moment>,
	pub evidence: H256,
}

impl<AccountId, AssetId> ClaimRecord<AccountId, AssetId> {
	/// Whether the claim still counts at `now`: it expires at the first instant of its
	/// expiry, not after it.
	pub fn is_current(&self, now: Moment) -> bool {
		self.expires_at.is_none_or(|expiry| now < expiry)
	}
}

/// A claim as its issuer signs it off chain, for anyone to submit before `deadline`, which
/// is at most [`MAX_CLAIM_SIGNATURE_LIFETIME`] ahead when it is submitted.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ClaimAttestation<AccountId, AssetId> {
	pub issuer: AccountId,
	pub identity: IdentityId,
	pub claim: Claim,
	pub scope: Scope<AssetId>,
	pub expires_at: Option<Moment>,
	pub evidence: H256,
	pub deadline: Moment,
}

/// The claim topics an issuer is trusted for.
pub type TrustedTopics = BoundedVec<ClaimTopic, ConstU32<MAX_TOPICS_PER_ISSUER>>;

/// The claim topics an issuer is trusted for, as kept in storage: a bit for each named topic
/// and the custom ones listed. Every check reads up to three lists of trusted issuers, so a
/// list must decode in a few copies, not topic by topic.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TopicSet {
	/// Bit `n` is the named topic of codec index `n`.
	named: u16,
	/// Sorted, each once.
	custom: BoundedVec<u32, ConstU32<MAX_TOPICS_PER_ISSUER>>,
}

impl TopicSet {
	/// The named topics, each at its bit.
	const NAMED: [ClaimTopic; 9] = [
		ClaimTopic::Kyc,
		ClaimTopic::Aml,
		ClaimTopic::Accredited,
		ClaimTopic::QualifiedInvestor,
		ClaimTopic::InvestorType,
		ClaimTopic::Jurisdiction,
		ClaimTopic::Affiliate,
		ClaimTopic::Exempted,
		ClaimTopic::Sanctioned,
	];

	/// The bit of a named topic; `None` for a custom one.
	fn bit(topic: &ClaimTopic) -> Option<u16> {
		Self::NAMED.iter().position(|named| named == topic).map(|index| 1u16 << index)
	}

	pub fn contains(&self, topic: &ClaimTopic) -> bool {
		match topic {
			ClaimTopic::Custom(custom) => self.custom.binary_search(custom).is_ok(),
			named => Self::bit(named).is_some_and(|bit| self.named & bit != 0),
		}
	}

	pub fn is_empty(&self) -> bool {
		self.named == 0 && self.custom.is_empty()
	}

	/// The topics, in their order as claim topics.
	pub fn topics(&self) -> alloc::vec::Vec<ClaimTopic> {
		Self::NAMED
			.iter()
			.copied()
			.filter(|topic| self.contains(topic))
			.chain(self.custom.iter().copied().map(ClaimTopic::Custom))
			.collect()
	}
}

impl From<&TrustedTopics> for TopicSet {
	fn from(topics: &TrustedTopics) -> Self {
		let mut set = TopicSet::default();
		let mut custom = alloc::vec::Vec::new();
		for topic in topics.iter() {
			match topic {
				ClaimTopic::Custom(c) => custom.push(*c),
				named => set.named |= Self::bit(named).unwrap_or(0),
			}
		}
		custom.sort_unstable();
		custom.dedup();
		// At most as many as `topics`, which is bounded the same.
		set.custom = BoundedVec::truncate_from(custom);
		set
	}
}

/// An issuer trusted in one scope, for some claim topics.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TrustedIssuer<AccountId> {
	pub issuer: AccountId,
	pub topics: TopicSet,
}

/// What an active key tells a check in one read: the identity it acts for, and every
/// sanction claim about that identity on record (from any issuer, in any scope, current or
/// not), copied from its claims whenever they change. A movement refuses any sanctioned party,
/// so every check weighs them; kept beside the identity they save it a read a party.
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxClaims))]
#[codec(mel_bound(AccountId: MaxEncodedLen, AssetId: MaxEncodedLen))]
pub struct KeyRecord<
	AccountId: Clone + Eq + core::fmt::Debug,
	AssetId: Clone + Eq + core::fmt::Debug,
	MaxClaims: frame_support::traits::Get<u32>,
> {
	pub identity: IdentityId,
	pub sanction_claims: BoundedVec<ClaimRecord<AccountId, AssetId>, MaxClaims>,
}

/// An identity: its kind, its accounts (keys), and the registrar that vouched for it and
/// may recover its keys.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxKeys))]
#[codec(mel_bound(AccountId: MaxEncodedLen))]
pub struct IdentityRecord<AccountId, MaxKeys: frame_support::traits::Get<u32>> {
	pub kind: IdentityKind,
	/// The identity's keys. The first is its primary key, the one that manages the others;
	/// each key acts for the identity.
	pub keys: BoundedVec<AccountId, MaxKeys>,
	/// Keys the primary key invited that have not joined yet. Keys and invitations together
	/// are at most `MaxKeys`.
	pub invited: BoundedVec<AccountId, MaxKeys>,
	pub registrar: AccountId,
}

impl<AccountId: PartialEq, MaxKeys: frame_support::traits::Get<u32>>
	IdentityRecord<AccountId, MaxKeys>
{
	/// The key that manages the others.
	pub fn primary(&self) -> Option<&AccountId> {
		self.keys.first()
	}

	/// Whether one more key or invitation fits.
	pub fn has_room(&self) -> bool {
		self.keys.len().saturating_add(self.invited.len()) < MaxKeys::get() as usize
	}
}

/// One requirement on a party to a movement.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum Condition {
	/// Holds a current claim of this topic from an issuer trusted for it.
	#[codec(index = 0)]
	HasClaim(ClaimTopic),
	/// Holds no current claim of this topic from a trusted issuer.
	#[codec(index = 1)]
	LacksClaim(ClaimTopic),
	/// Its trusted jurisdiction claim names one of these countries.
	#[codec(index = 2)]
	JurisdictionIn(Countries),
	/// It has a trusted jurisdiction claim, and the country is none of these. An identity
	/// without a jurisdiction fails: compliance fails closed.
	#[codec(index = 3)]
	JurisdictionNotIn(Countries),
	/// Its trusted investor-type claim is one of these.
	#[codec(index = 4)]
	InvestorTypeIn(BoundedVec<InvestorType, ConstU32<3>>),
	/// It is this identity (for example the issuer, in a primary distribution).
	#[codec(index = 5)]
	IdentityIs(IdentityId),
}

/// Conditions of which at least one must hold.
pub type Clause = BoundedVec<Condition, ConstU32<MAX_CONDITIONS_PER_CLAUSE>>;

/// The rules of an asset, as data: every clause of the sender's side must hold for the
/// sender, every clause of the receiver's side for the receiver (a conjunction of
/// disjunctions, so any combination of AND and OR can be written, and the clause that
/// failed is the reason given).
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct RuleSet {
	pub sender: BoundedVec<Clause, ConstU32<MAX_CLAUSES>>,
	pub receiver: BoundedVec<Clause, ConstU32<MAX_CLAUSES>>,
}

impl RuleSet {
	/// Its conditions, both sides together: a check reads at most one claim for each.
	pub fn conditions(&self) -> u32 {
		self.sender_conditions().saturating_add(self.receiver_conditions())
	}

	/// Its conditions on the sender.
	pub fn sender_conditions(&self) -> u32 {
		Self::count(&self.sender)
	}

	/// Its conditions on the receiver.
	pub fn receiver_conditions(&self) -> u32 {
		Self::count(&self.receiver)
	}

	fn count(clauses: &[Clause]) -> u32 {
		let conditions = clauses.iter().map(|c| c.len()).sum::<usize>();
		u32::try_from(conditions).unwrap_or(u32::MAX).min(MAX_CLAUSES * MAX_CONDITIONS_PER_CLAUSE)
	}
}

/// A restriction that an identity may be exempted from.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Restriction {
	#[codec(index = 0)]
	MaxHolders,
	#[codec(index = 1)]
	MaxHoldersInJurisdiction,
	#[codec(index = 2)]
	MaxOwnership,
	#[codec(index = 3)]
	MinHolding,
	#[codec(index = 4)]
	MaxHolding,
	#[codec(index = 5)]
	LockUp,
	#[codec(index = 6)]
	HoldingPeriod,
	#[codec(index = 7)]
	DistributionWindow,
	#[codec(index = 8)]
	DailyLimit,
	#[codec(index = 9)]
	MonthlyLimit,
	#[codec(index = 10)]
	Rules,
}

/// A cap on the number of holders in one jurisdiction.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct JurisdictionCap {
	pub country: CountryCode,
	pub max_holders: u32,
}

/// A distribution-compliance period (Reg S style): until `until`, no identity of
/// `country` may receive the asset, by issuance or by transfer.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct DistributionWindow {
	pub country: CountryCode,
	pub until: Moment,
}

/// The transfer restrictions of an asset; each is off when `None` or empty. Holders are
/// counted by identity, not by account, as securities law counts them.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	frame_support::DefaultNoBound,
)]
pub struct Restrictions<Balance> {
	/// At most this many identities hold the asset.
	pub max_holders: Option<u32>,
	/// At most this many holders of a jurisdiction.
	pub max_holders_per_jurisdiction: BoundedVec<JurisdictionCap, ConstU32<MAX_COUNTRIES>>,
	/// No identity acquires from another holder more than this share of the supply.
	/// Issuance is not held to it (as Polymath's percentage transfer manager allows primary
	/// issuance): while a supply is created, its first investors hold all of it. An issuer
	/// that caps what one investor is issued sets `max_holding`.
	pub max_ownership: Option<Permill>,
	/// A holding that is not zero is at least this.
	pub min_holding: Option<Balance>,
	/// No identity holds more than this.
	pub max_holding: Option<Balance>,
	/// Nothing is transferred before this instant (issuance and redemption go on).
	pub lock_up_until: Option<Moment>,
	/// A holder transfers only what it has held for this many milliseconds (Rule 144 style),
	/// counted per lot of acquisition (see [`Holding::acquire`]).
	pub holding_period: Option<Moment>,
	/// Countries whose identities receive nothing until a date.
	pub distribution_windows: BoundedVec<DistributionWindow, ConstU32<MAX_COUNTRIES>>,
	/// At most this much moved (sent plus received) by one identity per UTC day. Volume is
	/// recorded only while the asset has a daily or monthly limit, so assets without one pay
	/// no writes for it: a limit counts what moves from when it is set, as an ERC-3643
	/// time-transfers module counts from when it is bound.
	pub daily_limit: Option<Balance>,
	/// At most this much moved by one identity per UTC calendar month.
	pub monthly_limit: Option<Balance>,
}

impl<Balance: PartialEq> Restrictions<Balance> {
	/// Whether every restriction is off.
	pub fn are_off(&self) -> bool {
		*self == Self::default()
	}

	/// Whether any restriction weighs what a sender keeps after it lets go.
	pub fn weigh_what_is_kept(&self) -> bool {
		self.holding_period.is_some() || self.min_holding.is_some()
	}

	/// Whether any restriction depends on what the receiver holds or how many hold.
	pub fn limit_holdings(&self) -> bool {
		self.min_holding.is_some()
			|| self.max_holding.is_some()
			|| self.max_ownership.is_some()
			|| self.max_holders.is_some()
			|| !self.max_holders_per_jurisdiction.is_empty()
	}

	/// Whether any restriction weighs identities' holdings, which only an asset that keeps
	/// them ([`AssetProfile::keeps_holdings`]) may have.
	pub fn need_holdings(&self) -> bool {
		self.limit_holdings() || self.weigh_what_is_kept()
	}
}

/// What every check of an asset reads first, in one item: that compliance knows the asset,
/// whether it moves, and which of its rules, restrictions and freezes exist, so that a check
/// reads only those.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct AssetProfile {
	/// Every movement of the asset is paused.
	pub paused: bool,
	/// The conditions of its rule set on the sender, which a check of a seller alone reads.
	/// A check reads the rules only if a side it weighs has conditions.
	pub sender_conditions: u32,
	/// The conditions of its rule set on the receiver, which a check of a buyer alone reads.
	pub receiver_conditions: u32,
	/// Some restriction is on.
	pub restricted: bool,
	/// How many of its accounts are frozen.
	pub frozen_accounts: u32,
	/// How many of its identities are frozen.
	pub frozen_identities: u32,
	/// How many identities have part of their holding frozen.
	pub partial_freezes: u32,
	/// Each identity's holding of the asset, summed over its accounts, is kept
	/// ([`crate::Holdings`]), with the count of holders in all and by jurisdiction: the state
	/// that holder caps, holding caps and floors, ownership shares, holding periods and
	/// partial freezes weigh. An asset without any of them may do without it, as an
	/// ERC-3643 token keeps identity balances only for a compliance module bound to it: its
	/// movements then read and write no holdings. Chosen while nothing of the asset is
	/// issued, so a holding kept is always the whole of one.
	pub keeps_holdings: bool,
}

impl AssetProfile {
	/// A newly registered asset's: moving, without rules, restrictions or freezes, keeping
	/// its identities' holdings.
	pub fn at_registration() -> Self {
		Self { keeps_holdings: true, ..Default::default() }
	}

	/// The conditions of its rule set, both sides together.
	pub fn conditions(&self) -> u32 {
		self.sender_conditions.saturating_add(self.receiver_conditions)
	}

	/// Whether a check must read its parties' freezes.
	pub fn has_freezes(&self) -> bool {
		self.frozen_accounts > 0 || self.frozen_identities > 0 || self.partial_freezes > 0
	}
}

/// The most lots a holding keeps apart; see [`Holding::acquire`].
pub const MAX_LOTS: u32 = 8;

/// The part of a holding acquired on one day. A holding period runs for each lot from its
/// own acquisition, as Rule 144 counts it, so buying more (or being sent dust) does not
/// restart the clock of what was held before.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Lot<Balance> {
	pub amount: Balance,
	/// The latest acquisition that went into the lot.
	pub acquired_at: Moment,
}

/// What compliance knows of an identity's position in an asset.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Holding<Balance> {
	/// The sum over all the identity's accounts and partitions.
	pub balance: Balance,
	/// The jurisdiction the holder was counted in when it became a holder, so the count
	/// it joined is the count it leaves.
	pub counted_in: Option<CountryCode>,
	/// The balance by acquisition, oldest first; the amounts sum to `balance`.
	pub lots: BoundedVec<Lot<Balance>, ConstU32<MAX_LOTS>>,
	/// When this holding was last written: a later extrinsic of the same block that rewrites
	/// it finds it in the block's overlay and is given back its read and write.
	pub written: crate::block_cache::WriteStamp,
}

impl<Balance: AtLeast32BitUnsigned + Copy> Holding<Balance> {
	/// Adds `amount` acquired at `now`. An acquisition on the day of the newest lot joins it,
	/// and so does any once all lots are taken; the lot then counts from `now`. A lot's clock
	/// can only move later, never earlier, and only the newest lot's: what was held for
	/// longer keeps its time. `None` on overflow.
	pub fn acquire(&mut self, amount: Balance, now: Moment) -> Option<()> {
		self.balance = self.balance.checked_add(&amount)?;
		let day = crate::calendar::day_index(now);
		let full = self.lots.is_full();
		match self.lots.last_mut() {
			Some(newest) if full || crate::calendar::day_index(newest.acquired_at) == day => {
				newest.amount = newest.amount.checked_add(&amount)?;
				newest.acquired_at = newest.acquired_at.max(now);
			}
			_ => self.lots.try_push(Lot { amount, acquired_at: now }).ok()?,
		}
		Some(())
	}

	/// Takes `amount` away, from the oldest lots first: a holder under a holding period sells
	/// what has served it. `None` if the holding is smaller.
	pub fn dispose(&mut self, amount: Balance) -> Option<()> {
		self.balance = self.balance.checked_sub(&amount)?;
		let mut rest = amount;
		while !rest.is_zero() {
			let oldest = self.lots.get_mut(0)?;
			let taken = oldest.amount.min(rest);
			oldest.amount = oldest.amount.checked_sub(&taken)?;
			rest = rest.checked_sub(&taken)?;
			if oldest.amount.is_zero() {
				self.lots.remove(0);
			}
		}
		Some(())
	}

	/// How much of the holding was acquired at or before `cutoff`.
	pub fn acquired_by(&self, cutoff: Moment) -> Balance {
		self.lots
			.iter()
			.take_while(|lot| lot.acquired_at <= cutoff)
			.fold(Balance::zero(), |sum, lot| sum.saturating_add(lot.amount))
	}
}

/// How much an identity moved of an asset in the current day and month.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Volume<Balance> {
	pub day: u32,
	pub day_amount: Balance,
	pub month: u32,
	pub month_amount: Balance,
}

/// Why a movement is refused: a stable code, the same in the runtime, its API, the node's
/// JSON-RPC and the bridge's contracts. The codec index is the code; never renumber.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
	frame_support::PalletError,
)]
pub enum Rejection {
	/// The asset is not known to compliance.
	#[codec(index = 1)]
	UnknownAsset,
	/// The asset is paused: nothing moves.
	#[codec(index = 2)]
	AssetPaused,
	/// The sending account belongs to no identity.
	#[codec(index = 3)]
	SenderNotIdentified,
	/// The receiving account belongs to no identity.
	#[codec(index = 4)]
	ReceiverNotIdentified,
	/// The sending account was replaced in a key recovery and may no longer send.
	#[codec(index = 5)]
	SenderKeyRevoked,
	/// The sending account is frozen for this asset.
	#[codec(index = 6)]
	SenderAccountFrozen,
	/// The receiving account is frozen for this asset.
	#[codec(index = 7)]
	ReceiverAccountFrozen,
	/// The sender's identity is frozen for this asset.
	#[codec(index = 8)]
	SenderIdentityFrozen,
	/// The receiver's identity is frozen for this asset.
	#[codec(index = 9)]
	ReceiverIdentityFrozen,
	/// The sender is sanctioned.
	#[codec(index = 10)]
	SenderSanctioned,
	/// The receiver is sanctioned.
	#[codec(index = 11)]
	ReceiverSanctioned,
	/// The sender fails clause `n` (from 0) of the sender's rules.
	#[codec(index = 12)]
	SenderRuleFailed(u8),
	/// The receiver fails clause `n` (from 0) of the receiver's rules.
	#[codec(index = 13)]
	ReceiverRuleFailed(u8),
	/// The sender's identity holds less than the amount.
	#[codec(index = 14)]
	InsufficientHolding,
	/// The amount would touch the frozen part of the sender's holding.
	#[codec(index = 15)]
	HoldingPartlyFrozen,
	/// The asset is locked up.
	#[codec(index = 16)]
	LockedUp,
	/// The sender's holding period has not passed.
	#[codec(index = 17)]
	HoldingPeriodNotPassed,
	/// The receiver's country is in a distribution-compliance window.
	#[codec(index = 18)]
	DistributionWindowOpen,
	/// The sender would be left with a holding below the minimum (and above zero).
	#[codec(index = 19)]
	SenderBelowMinimumHolding,
	/// The receiver would hold less than the minimum.
	#[codec(index = 20)]
	ReceiverBelowMinimumHolding,
	/// The receiver would hold more than the maximum.
	#[codec(index = 21)]
	ReceiverAboveMaximumHolding,
	/// The receiver would hold more than the maximum share of the supply.
	#[codec(index = 22)]
	ReceiverAboveMaximumOwnership,
	/// A new holder would exceed the asset's holder cap.
	#[codec(index = 23)]
	MaxHoldersReached,
	/// A new holder would exceed the holder cap of its jurisdiction.
	#[codec(index = 24)]
	MaxHoldersInJurisdictionReached,
	/// The sender would exceed its daily volume.
	#[codec(index = 25)]
	SenderDailyLimit,
	/// The receiver would exceed its daily volume.
	#[codec(index = 26)]
	ReceiverDailyLimit,
	/// The sender would exceed its monthly volume.
	#[codec(index = 27)]
	SenderMonthlyLimit,
	/// The receiver would exceed its monthly volume.
	#[codec(index = 28)]
	ReceiverMonthlyLimit,
	/// A holder cap counts by jurisdiction and the new holder has no trusted jurisdiction.
	#[codec(index = 29)]
	ReceiverJurisdictionUnknown,
	/// An amount of zero moves nothing and is refused.
	#[codec(index = 30)]
	ZeroAmount,
	/// The receiving account was replaced in a key recovery and may no longer receive.
	#[codec(index = 31)]
	ReceiverKeyRevoked,
}

impl Rejection {
	/// The stable reason code: the codec index.
	pub fn code(&self) -> u8 {
		self.encode().first().copied().unwrap_or_default()
	}

	/// The ERC-1066 status byte that ERC-1400's `canTransfer` returns with the reason.
	pub fn status(&self) -> u8 {
		use Rejection::*;
		match self {
			InsufficientHolding => 0x52,
			AssetPaused => 0x54,
			LockedUp | HoldingPeriodNotPassed | HoldingPartlyFrozen => 0x55,
			SenderNotIdentified
			| SenderKeyRevoked
			| SenderAccountFrozen
			| SenderIdentityFrozen
			| SenderSanctioned
			| SenderRuleFailed(_)
			| SenderBelowMinimumHolding
			| SenderDailyLimit
			| SenderMonthlyLimit => 0x56,
			ReceiverNotIdentified
			| ReceiverKeyRevoked
			| ReceiverAccountFrozen
			| ReceiverIdentityFrozen
			| ReceiverSanctioned
			| ReceiverRuleFailed(_)
			| DistributionWindowOpen
			| ReceiverBelowMinimumHolding
			| ReceiverAboveMaximumHolding
			| ReceiverAboveMaximumOwnership
			| MaxHoldersReached
			| MaxHoldersInJurisdictionReached
			| ReceiverDailyLimit
			| ReceiverMonthlyLimit
			| ReceiverJurisdictionUnknown => 0x57,
			UnknownAsset | ZeroAmount => 0x50,
		}
	}

	/// The ERC-1400 reason word: the code in the last byte and, for a rule, the clause
	/// in the byte before it, so the word fits the contracts' `bytes32`.
	pub fn reason_word(&self) -> [u8; 32] {
		let mut word = [0u8; 32];
		word[31] = self.code();
		if let Rejection::SenderRuleFailed(clause) | Rejection::ReceiverRuleFailed(clause) = self {
			word[30] = *clause;
		}
		word
	}
}
