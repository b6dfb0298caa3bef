//! Benchmarks of every call of the token pallet, each at its worst case for the ledger: the
//! most identifiers, the longest names, holders in as many partitions as they may hold. The
//! compliance check inside a movement runs against an asset without rules here, between
//! parties and issuer lists at their dearest (the helper's); a checked movement adds what
//! the asset's rules add to it (`TransferCompliance::check_weight`), the dearest before
//! dispatch and the asset's own after. The parties of a movement hold the asset before and
//! after it; what a movement that makes a new holder or lets one go adds is measured by
//! `transfer_changing_holders` (`AssetLedger::holders_changed_weight`).

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{traits::Get, BoundedVec};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{Bounded, Zero};

/// What the benchmarks need from the runtime.
pub trait BenchmarkHelper<AccountId, AssetId> {
	/// Gives `who` an identity of its own that passes the checks of an asset without rules,
	/// at their dearest.
	fn identify(who: &AccountId) -> IdentityId;
	/// Makes `key` another key of `identity`.
	fn add_key(identity: IdentityId, key: &AccountId);
	/// Gives `asset` as many trusted issuers of its own as a check of it may read.
	fn trust_issuers_for(asset: AssetId);
	/// Moves `identity` (made by `identify`) to a jurisdiction of its own, so that a movement
	/// between it and another identity changes the holder counts of two jurisdictions.
	fn relocate(identity: IdentityId);
	/// Makes `asset`, with nothing issued yet, one whose compliance keeps no identity
	/// holdings.
	fn keep_no_holdings(asset: AssetId);
}

/// The helper of a runtime whose compliance is Consort's: parties, keys and issuer lists made
/// by compliance's own benchmarking helpers.
pub struct ComplianceIdentities<T>(core::marker::PhantomData<T>);

impl<T: pallet_compliance::Config> BenchmarkHelper<T::AccountId, T::AssetId>
	for ComplianceIdentities<T>
{
	fn identify(who: &T::AccountId) -> IdentityId {
		pallet_compliance::benchmarking::identify::<T>(who)
	}
	fn add_key(identity: IdentityId, key: &T::AccountId) {
		pallet_compliance::benchmarking::add_key::<T>(identity, key)
	}
	fn trust_issuers_for(asset: T::AssetId) {
		pallet_compliance::benchmarking::trust_issuers_for::<T>(asset)
	}
	fn relocate(identity: IdentityId) {
		pallet_compliance::benchmarking::relocate::<T>(identity)
	}
	fn keep_no_holdings(asset: T::AssetId) {
		pallet_compliance::benchmarking::keep_no_holdings::<T>(asset)
	}
}

fn identified<T: Config>(name: &'static str, index: u32) -> (T::AccountId, IdentityId) {
	let who: T::AccountId = account(name, index, 0);
	let identity = T::BenchmarkHelper::identify(&who);
	(who, identity)
}

fn full_bytes<S: Get<u32>>(byte: u8) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(vec![byte; S::get() as usize])
}

fn all_identifiers(variant: u8) -> IdentifiersOf {
	let (isin, cusip, lei) = if variant == 0 {
		(*b"US0378331005", *b"037833100", *b"HWUPKR0MPOU8FGXBT394")
	} else {
		(*b"CH0012032048", *b"38259P508", *b"5493001KJTIIGC8Y1R12")
	};
	BoundedVec::truncate_from(vec![
		AssetIdentifier::Isin(isin),
		AssetIdentifier::Cusip(cusip),
		AssetIdentifier::Lei(lei),
	])
}

/// An asset whose every role is `owner`'s identity, with identifiers and no cap.
fn new_asset<T: Config>(owner: &T::AccountId) -> Result<T::AssetId, BenchmarkError> {
	let asset = NextAssetId::<T>::get();
	Pallet::<T>::create_asset(
		RawOrigin::Signed(owner.clone()).into(),
		full_bytes::<T::MaxNameLength>(b'N'),
		full_bytes::<T::MaxSymbolLength>(b'S'),
		AssetKind::Equity,
		MAX_DECIMALS,
		all_identifiers(0),
		None,
	)?;
	T::BenchmarkHelper::trust_issuers_for(asset);
	Ok(asset)
}

fn partition(n: u32) -> Partition {
	let mut p = [0u8; 32];
	p[..4].copy_from_slice(&n.to_le_bytes());
	p[31] = 1;
	p
}

fn amount<T: Config>(n: u32) -> T::Balance {
	n.into()
}

/// Issues `n` units into each of the first `partitions` partitions of `to`, the last one
/// being `target`.
fn fill<T: Config>(
	asset: T::AssetId,
	owner: &T::AccountId,
	to: &T::AccountId,
	partitions: u32,
	target: Partition,
) -> Result<(), BenchmarkError> {
	for i in 0..partitions {
		let p = if i + 1 == partitions { target } else { partition(1_000 + i) };
		Pallet::<T>::issue(
			RawOrigin::Signed(owner.clone()).into(),
			asset,
			p,
			to.clone(),
			amount::<T>(1_000),
			Default::default(),
		)?;
	}
	Ok(())
}

/// An asset, its owner (every role), a sender and a receiver.
type TransferSetup<T> = (
	<T as Config>::AssetId,
	<T as frame_system::Config>::AccountId,
	<T as frame_system::Config>::AccountId,
	<T as frame_system::Config>::AccountId,
);

/// Whether a benchmark's asset keeps its identities' holdings in compliance.
#[derive(PartialEq)]
enum IdentityHoldings {
	Kept,
	NotKept,
}

/// A movement's worst case: the sender holds as many partitions as it may and empties the
/// last; the receiver holds all but one and gains a new one; `checkpoints` were taken since
/// either changed. The asset keeps no identity holdings: what keeping them adds is charged
/// by [`Pallet::holdings_weight`] (both parties) or [`Pallet::holding_weight`] (one).
fn transfer_setup<T: Config>(checkpoints: u32) -> Result<TransferSetup<T>, BenchmarkError> {
	transfer_setup_with::<T>(checkpoints, IdentityHoldings::NotKept)
}

fn transfer_setup_with<T: Config>(
	checkpoints: u32,
	holdings: IdentityHoldings,
) -> Result<TransferSetup<T>, BenchmarkError> {
	let (owner, _) = identified::<T>("owner", 0);
	let asset = new_asset::<T>(&owner)?;
	if holdings == IdentityHoldings::NotKept {
		T::BenchmarkHelper::keep_no_holdings(asset);
	}
	let (from, _) = identified::<T>("from", 0);
	let (to, _) = identified::<T>("to", 0);
	let max = T::MaxPartitionsPerHolder::get();
	fill::<T>(asset, &owner, &from, max, partition(0))?;
	fill::<T>(asset, &owner, &to, max.saturating_sub(1), partition(2_000))?;
	live_checkpoints::<T>(asset, &owner, checkpoints)?;
	Ok((asset, owner, from, to))
}

/// `n` checkpoints taken now: the next change of every holder writes its balance for each.
fn live_checkpoints<T: Config>(
	asset: T::AssetId,
	agent: &T::AccountId,
	n: u32,
) -> Result<(), BenchmarkError> {
	for _ in 0..n {
		Pallet::<T>::create_checkpoint(RawOrigin::Signed(agent.clone()).into(), asset)?;
	}
	Ok(())
}

/// An asset, its agent and a holder of it.
type AssetAgentHolder<T> = (
	<T as Config>::AssetId,
	<T as frame_system::Config>::AccountId,
	<T as frame_system::Config>::AccountId,
);

/// The transfer's worst case, after which the sender's balance changes: its balance at each
/// record date is then read from the record its change wrote. Returns (asset, agent, holder).
fn changed_since_record_date<T: Config>() -> Result<AssetAgentHolder<T>, BenchmarkError> {
	let (asset, owner, holder, to) = transfer_setup::<T>(MAX_LIVE_CHECKPOINTS)?;
	Pallet::<T>::transfer(
		RawOrigin::Signed(holder.clone()).into(),
		asset,
		partition(0),
		to,
		amount::<T>(1),
		Default::default(),
	)?;
	Ok((asset, owner, holder))
}

/// A cash token, `amount` of it held by `holder`, issued by `issuer`.
fn cash<T: Config>(
	issuer: &T::AccountId,
	holder: &T::AccountId,
	amount: T::Balance,
) -> Result<T::AssetId, BenchmarkError> {
	let cash = NextAssetId::<T>::get();
	Pallet::<T>::create_asset(
		RawOrigin::Signed(issuer.clone()).into(),
		full_bytes::<T::MaxNameLength>(b'C'),
		full_bytes::<T::MaxSymbolLength>(b'C'),
		AssetKind::Cash,
		2,
		Default::default(),
		None,
	)?;
	T::BenchmarkHelper::trust_issuers_for(cash);
	Pallet::<T>::issue(
		RawOrigin::Signed(issuer.clone()).into(),
		cash,
		DEFAULT_PARTITION,
		holder.clone(),
		amount,
		Default::default(),
	)?;
	Ok(cash)
}

/// Withholding rates for as many jurisdictions as allowed, Switzerland (the holders' own,
/// see compliance's `identify`) last.
fn all_rates<T: Config>() -> BoundedVec<Withholding, T::MaxWithholdingRates> {
	let n = T::MaxWithholdingRates::get();
	let rates = (0..n).map(|i| {
		let country =
			if i + 1 == n { *b"CH" } else { [b'A' + (i / 26 % 26) as u8, b'A' + (i % 26) as u8] };
		Withholding {
			country: pallet_compliance::CountryCode(country),
			rate: sp_runtime::Permill::from_percent(15),
		}
	});
	BoundedVec::truncate_from(rates.collect::<alloc::vec::Vec<_>>())
}

/// A distribution of `ASSET`'s cash at its first live checkpoint, where `holder` held 1 000
/// units and has changed since; returns (distribution, agent, holder).
fn distribution_setup<T: Config>(
) -> Result<(DistributionId, T::AccountId, T::AccountId), BenchmarkError> {
	let (asset, owner, holder) = changed_since_record_date::<T>()?;
	let cash = cash::<T>(&owner, &owner, amount::<T>(1_000_000_000))?;
	// The holder holds cash already: a payment that makes a new holder is charged after
	// dispatch, for what it changes.
	Pallet::<T>::issue(
		RawOrigin::Signed(owner.clone()).into(),
		cash,
		DEFAULT_PARTITION,
		holder.clone(),
		amount::<T>(1),
		Default::default(),
	)?;
	let distribution = NextDistributionId::<T>::get();
	let checkpoint = Assets::<T>::get(asset).and_then(|a| a.live_checkpoints.first().copied());
	Pallet::<T>::distribute(
		RawOrigin::Signed(owner.clone()).into(),
		asset,
		checkpoint.unwrap_or_default(),
		cash,
		amount::<T>(1_000_000_000),
		0,
		u64::MAX,
		sp_runtime::Permill::zero(),
		all_rates::<T>(),
	)?;
	Ok((distribution, owner, holder))
}

fn choices<T: Config>() -> ChoicesOf<T> {
	let choice = full_bytes::<T::MaxChoiceLength>(b'c');
	BoundedVec::truncate_from(alloc::vec![choice; T::MaxChoices::get() as usize])
}

/// A ballot on `ASSET` at its first live checkpoint, open from 0 to the end of time.
fn ballot_setup<T: Config>() -> Result<(BallotId, T::AccountId, T::AccountId), BenchmarkError> {
	let (asset, owner, holder) = changed_since_record_date::<T>()?;
	let ballot = NextBallotId::<T>::get();
	let checkpoint = Assets::<T>::get(asset).and_then(|a| a.live_checkpoints.first().copied());
	Pallet::<T>::create_ballot(
		RawOrigin::Signed(owner.clone()).into(),
		asset,
		checkpoint.unwrap_or_default(),
		choices::<T>(),
		0,
		u64::MAX,
	)?;
	Ok((ballot, owner, holder))
}

fn data<T: Config>() -> DataOf<T> {
	full_bytes::<T::MaxDataLength>(b'd')
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_asset() {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = NextAssetId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			full_bytes::<T::MaxNameLength>(b'N'),
			full_bytes::<T::MaxSymbolLength>(b'S'),
			AssetKind::Equity,
			MAX_DECIMALS,
			all_identifiers(0),
			Some(T::Balance::max_value()),
		);
		assert!(Assets::<T>::contains_key(asset));
	}

	#[benchmark]
	fn set_identifiers() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, all_identifiers(1));
		assert_eq!(Assets::<T>::get(asset).map(|a| a.identifiers), Some(all_identifiers(1)));
		Ok(())
	}

	#[benchmark]
	fn set_supply_cap() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, Some(amount::<T>(1_000_000)));
		assert_eq!(
			Assets::<T>::get(asset).and_then(|a| a.supply_cap),
			Some(amount::<T>(1_000_000))
		);
		Ok(())
	}

	#[benchmark]
	fn set_role() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let (_, agent) = identified::<T>("agent", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, Role::Controller, agent);
		assert_eq!(Assets::<T>::get(asset).and_then(|a| a.roles.controller), Some(agent));
		Ok(())
	}

	#[benchmark]
	fn renounce_control() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset);
		assert_eq!(Assets::<T>::get(asset).and_then(|a| a.roles.controller), None);
		Ok(())
	}

	#[benchmark]
	fn offer_ownership() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let (_, next) = identified::<T>("next", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, next);
		assert_eq!(Assets::<T>::get(asset).and_then(|a| a.pending_owner), Some(next));
		Ok(())
	}

	#[benchmark]
	fn accept_ownership() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let (next_key, next) = identified::<T>("next", 0);
		Pallet::<T>::offer_ownership(RawOrigin::Signed(owner).into(), asset, next)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(next_key), asset);
		assert_eq!(Assets::<T>::get(asset).map(|a| a.roles.owner), Some(next));
		Ok(())
	}

	/// The asset keeps no identity holdings, as in [`transfer_setup`].
	#[benchmark]
	fn issue() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		T::BenchmarkHelper::keep_no_holdings(asset);
		let (to, _) = identified::<T>("to", 0);
		fill::<T>(
			asset,
			&owner,
			&to,
			T::MaxPartitionsPerHolder::get().saturating_sub(1),
			partition(1),
		)?;
		live_checkpoints::<T>(asset, &owner, MAX_LIVE_CHECKPOINTS)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			asset,
			partition(0),
			to.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert_eq!(Pallet::<T>::held(asset, &to, &partition(0)).balance, amount::<T>(1_000));
		Ok(())
	}

	#[benchmark]
	fn close_issuance() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset);
		assert_eq!(Assets::<T>::get(asset).map(|a| a.issuance_open), Some(false));
		Ok(())
	}

	#[benchmark]
	fn redeem() -> Result<(), BenchmarkError> {
		let (asset, _, from, _) = transfer_setup::<T>(MAX_LIVE_CHECKPOINTS)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(from.clone()), asset, partition(0), amount::<T>(1_000), data::<T>());
		assert!(Pallet::<T>::held(asset, &from, &partition(0)).balance.is_zero());
		Ok(())
	}

	/// With `c` live checkpoints taken since either party changed: the balances each keeps.
	/// The asset keeps no identity holdings; what keeping them adds is
	/// `transfer_keeping_holdings` less `transfer(0)`.
	#[benchmark]
	fn transfer(c: Linear<0, MAX_LIVE_CHECKPOINTS>) -> Result<(), BenchmarkError> {
		let (asset, _, from, to) = transfer_setup::<T>(c)?;
		pallet_compliance::block_cache::fill_as_busy::<T::Compliance>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(from.clone()),
			asset,
			partition(0),
			to.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert_eq!(Pallet::<T>::held(asset, &to, &partition(0)).balance, amount::<T>(1_000));
		let checkpoint = Assets::<T>::get(asset).map_or(0, |details| details.last_checkpoint);
		assert_eq!(CheckpointBalances::<T>::contains_key((asset, checkpoint, &to)), c > 0);
		Ok(())
	}

	/// `transfer(0)` of an asset that keeps its identities' holdings: both parties' holdings
	/// read and written besides. What it costs beyond `transfer(0)` is what keeping holdings
	/// adds to a transfer ([`Pallet::holdings_weight`]).
	#[benchmark]
	fn transfer_keeping_holdings() -> Result<(), BenchmarkError> {
		let (asset, _, from, to) = transfer_setup_with::<T>(0, IdentityHoldings::Kept)?;
		pallet_compliance::block_cache::fill_as_busy::<T::Compliance>();
		#[extrinsic_call]
		transfer(
			RawOrigin::Signed(from.clone()),
			asset,
			partition(0),
			to.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert_eq!(Pallet::<T>::held(asset, &to, &partition(0)).balance, amount::<T>(1_000));
		assert!(T::Compliance::keeps_holdings(asset));
		Ok(())
	}

	/// A transfer that empties its sender's only holding of the asset and makes a new holder
	/// of its receiver, in another jurisdiction: both the ledger's and compliance's holder
	/// counts change on both sides. What it costs beyond `transfer_keeping_holdings` is what
	/// a movement that changes holders adds to its call's benchmark
	/// ([`AssetLedger::holders_changed_weight`]).
	#[benchmark]
	fn transfer_changing_holders() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let (from, _) = identified::<T>("from", 0);
		let (to, receiver) = identified::<T>("to", 0);
		fill::<T>(asset, &owner, &from, 1, partition(0))?;
		T::BenchmarkHelper::relocate(receiver);
		#[extrinsic_call]
		transfer(
			RawOrigin::Signed(from.clone()),
			asset,
			partition(0),
			to.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert!(!AccountBalances::<T>::contains_key(asset, &from));
		assert!(!AssetsHeld::<T>::contains_key(&from));
		assert_eq!(AssetsHeld::<T>::get(&to), 1);
		Ok(())
	}

	#[benchmark]
	fn authorize_operator() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let holder: T::AccountId = account("holder", 0, 0);
		let operator: T::AccountId = account("operator", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.clone()), asset, operator.clone(), Some(partition(0)));
		assert!(Pallet::<T>::is_operator(asset, &holder, &operator, partition(0)));
		Ok(())
	}

	#[benchmark]
	fn revoke_operator() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let holder: T::AccountId = account("holder", 0, 0);
		let operator: T::AccountId = account("operator", 0, 0);
		Pallet::<T>::authorize_operator(
			RawOrigin::Signed(holder.clone()).into(),
			asset,
			operator.clone(),
			Some(partition(0)),
		)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.clone()), asset, operator.clone(), Some(partition(0)));
		assert!(!Pallet::<T>::is_operator(asset, &holder, &operator, partition(0)));
		Ok(())
	}

	#[benchmark]
	fn operator_transfer() -> Result<(), BenchmarkError> {
		let (asset, _, from, to) = transfer_setup::<T>(MAX_LIVE_CHECKPOINTS)?;
		let operator: T::AccountId = account("operator", 0, 0);
		// Authorised for the partition only: both operator lookups are made.
		Pallet::<T>::authorize_operator(
			RawOrigin::Signed(from.clone()).into(),
			asset,
			operator.clone(),
			Some(partition(0)),
		)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			asset,
			partition(0),
			from,
			to.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert_eq!(Pallet::<T>::held(asset, &to, &partition(0)).balance, amount::<T>(1_000));
		Ok(())
	}

	#[benchmark]
	fn operator_redeem() -> Result<(), BenchmarkError> {
		let (asset, _, from, _) = transfer_setup::<T>(MAX_LIVE_CHECKPOINTS)?;
		let operator: T::AccountId = account("operator", 0, 0);
		Pallet::<T>::authorize_operator(
			RawOrigin::Signed(from.clone()).into(),
			asset,
			operator.clone(),
			Some(partition(0)),
		)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			asset,
			partition(0),
			from.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert!(Pallet::<T>::held(asset, &from, &partition(0)).balance.is_zero());
		Ok(())
	}

	#[benchmark]
	fn controller_transfer() -> Result<(), BenchmarkError> {
		let (asset, owner, from, to) = transfer_setup::<T>(MAX_LIVE_CHECKPOINTS)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			asset,
			partition(0),
			from,
			to.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert_eq!(Pallet::<T>::held(asset, &to, &partition(0)).balance, amount::<T>(1_000));
		Ok(())
	}

	#[benchmark]
	fn controller_redeem() -> Result<(), BenchmarkError> {
		let (asset, owner, from, _) = transfer_setup::<T>(MAX_LIVE_CHECKPOINTS)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			asset,
			partition(0),
			from.clone(),
			amount::<T>(1_000),
			data::<T>(),
		);
		assert!(Pallet::<T>::held(asset, &from, &partition(0)).balance.is_zero());
		Ok(())
	}

	#[benchmark]
	fn recover_balances(
		p: Linear<1, { T::MaxPartitionsPerHolder::get() }>,
	) -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let (lost, identity) = identified::<T>("lost", 0);
		let to: T::AccountId = account("new-key", 0, 0);
		T::BenchmarkHelper::add_key(identity, &to);
		fill::<T>(asset, &owner, &lost, p, partition(0))?;
		// The new key holds already, so it keeps its balance at every record date.
		fill::<T>(asset, &owner, &to, 1, partition(0))?;
		live_checkpoints::<T>(asset, &owner, MAX_LIVE_CHECKPOINTS)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, lost.clone(), to.clone(), data::<T>());
		assert!(!AccountBalances::<T>::contains_key(asset, &lost));
		let checkpoint = Assets::<T>::get(asset).map_or(0, |details| details.last_checkpoint);
		assert!(CheckpointBalances::<T>::contains_key((asset, checkpoint, &to)));
		Ok(())
	}

	#[benchmark]
	fn set_document() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let name = [7u8; 32];
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			asset,
			name,
			full_bytes::<T::MaxUriLength>(b'u'),
			H256::repeat_byte(1),
		);
		assert!(Documents::<T>::contains_key(asset, name));
		Ok(())
	}

	#[benchmark]
	fn remove_document() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let name = [7u8; 32];
		Pallet::<T>::set_document(
			RawOrigin::Signed(owner.clone()).into(),
			asset,
			name,
			full_bytes::<T::MaxUriLength>(b'u'),
			H256::repeat_byte(1),
		)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, name);
		assert!(!Documents::<T>::contains_key(asset, name));
		Ok(())
	}

	#[benchmark]
	fn create_checkpoint() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		live_checkpoints::<T>(asset, &owner, MAX_LIVE_CHECKPOINTS.saturating_sub(1))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset);
		assert_eq!(
			Assets::<T>::get(asset).map(|a| a.live_checkpoints.len() as u32),
			Some(MAX_LIVE_CHECKPOINTS)
		);
		Ok(())
	}

	#[benchmark]
	fn retire_checkpoint() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		live_checkpoints::<T>(asset, &owner, MAX_LIVE_CHECKPOINTS)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, 1);
		assert_eq!(Assets::<T>::get(asset).map(|a| a.live_checkpoints.contains(&1)), Some(false));
		Ok(())
	}

	#[benchmark]
	fn distribute() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		live_checkpoints::<T>(asset, &owner, 1)?;
		let cash = cash::<T>(&owner, &owner, amount::<T>(1_000_000))?;
		let distribution = NextDistributionId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			asset,
			1,
			cash,
			amount::<T>(1_000_000),
			0,
			u64::MAX,
			sp_runtime::Permill::zero(),
			all_rates::<T>(),
		);
		assert!(Distributions::<T>::contains_key(distribution));
		Ok(())
	}

	#[benchmark]
	fn claim_distribution() -> Result<(), BenchmarkError> {
		let (distribution, _, holder) = distribution_setup::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.clone()), distribution);
		assert!(DistributionPayments::<T>::contains_key(distribution, &holder));
		Ok(())
	}

	#[benchmark]
	fn reclaim_distribution() -> Result<(), BenchmarkError> {
		let (distribution, owner, _) = distribution_setup::<T>()?;
		Distributions::<T>::mutate(distribution, |record| {
			if let Some(record) = record {
				record.pay_from = 0;
				record.expires_at = 0;
			}
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), distribution);
		assert_eq!(Distributions::<T>::get(distribution).map(|d| d.reclaimed), Some(true));
		Ok(())
	}

	#[benchmark]
	fn create_ballot() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		live_checkpoints::<T>(asset, &owner, 1)?;
		let ballot = NextBallotId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, 1, choices::<T>(), 0, u64::MAX);
		assert!(Ballots::<T>::contains_key(ballot));
		Ok(())
	}

	#[benchmark]
	fn vote() -> Result<(), BenchmarkError> {
		let (ballot, _, holder) = ballot_setup::<T>()?;
		let last = T::MaxChoices::get().saturating_sub(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.clone()), ballot, last);
		assert_eq!(Votes::<T>::get(ballot, &holder), Some(last));
		Ok(())
	}

	#[benchmark]
	fn close_ballot() -> Result<(), BenchmarkError> {
		let (ballot, owner, _) = ballot_setup::<T>()?;
		Ballots::<T>::mutate(ballot, |record| {
			if let Some(record) = record {
				record.starts_at = 0;
				record.ends_at = 0;
			}
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), ballot);
		assert_eq!(Ballots::<T>::get(ballot).map(|b| b.closed), Some(true));
		Ok(())
	}

	#[benchmark]
	fn set_valuation_price() -> Result<(), BenchmarkError> {
		let (owner, _) = identified::<T>("owner", 0);
		let asset = new_asset::<T>(&owner)?;
		let cash = NextAssetId::<T>::get();
		Pallet::<T>::create_asset(
			RawOrigin::Signed(owner.clone()).into(),
			full_bytes::<T::MaxNameLength>(b'C'),
			full_bytes::<T::MaxSymbolLength>(b'C'),
			AssetKind::Cash,
			MAX_DECIMALS,
			Default::default(),
			None,
		)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, Some((cash, 1_234, 100)));
		assert_eq!(ValuationPrices::<T>::get(asset).map(|p| p.price), Some(1_234));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
