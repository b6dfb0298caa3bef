//! Benchmarks of the matching pallet over the real token and compliance pallets, each call
//! at its worst case for the book: both sides holding orders at as many prices as they may
//! (but for the resting orders' benchmarks, which take the prices a side lists as a
//! component, charged after dispatch as the order found them),
//! an incoming order that fills every maker it may look at (each a different account, each
//! filled in full and taken off the book) and rests what is left at a new best price, fees
//! on. Compliance runs against assets without rules here, between parties and issuer lists at
//! their dearest (compliance's `identify` and `trust_issuers_for`), and the assets have no live
//! checkpoints, are not bridged and keep no identity holdings; each check adds what its asset's
//! rules add to it (`TransferCompliance::check_weight`, or for a placement's checks of one party
//! `buyer_check_weight` and `seller_check_weight`), and each movement also what its asset's
//! checkpoints and the reports of a bridged asset's holdings add
//! (`AssetLedger::movement_weight`), and each party's holding moved what keeping it adds
//! (`AssetLedger::holding_weight`), the dearest before dispatch and the assets' own after.
//! Every party holds what it receives before and after each movement; a movement that makes a
//! new holder or lets one go adds `AssetLedger::holders_changed_weight`.

use super::*;
use core::marker::PhantomData;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_token::DEFAULT_PARTITION;
use sp_runtime::Saturating;

/// What the benchmarks need from the runtime: assets to trade and traders who hold them.
pub trait BenchmarkHelper<AccountId, AssetId> {
	/// A security and a cash token.
	fn create_assets() -> Result<(AssetId, AssetId), BenchmarkError>;
	/// Gives `who` an identity that may trade both, and `amount` of each.
	fn fund(
		who: &AccountId,
		assets: (AssetId, AssetId),
		amount: u128,
	) -> Result<(), BenchmarkError>;
}

/// The helper for a runtime with Consort's token and compliance pallets.
pub struct TokenLedgerHelper<T>(PhantomData<T>);

impl<T> BenchmarkHelper<T::AccountId, <T as pallet_token::Config>::AssetId> for TokenLedgerHelper<T>
where
	T: pallet_token::Config
		+ pallet_compliance::Config<AssetId = <T as pallet_token::Config>::AssetId>,
{
	fn create_assets() -> Result<
		(<T as pallet_token::Config>::AssetId, <T as pallet_token::Config>::AssetId),
		BenchmarkError,
	> {
		let issuer: T::AccountId = account("issuer", 0, 0);
		pallet_compliance::benchmarking::identify::<T>(&issuer);
		let create = |kind| {
			let asset = pallet_token::NextAssetId::<T>::get();
			pallet_token::Pallet::<T>::create_asset(
				RawOrigin::Signed(issuer.clone()).into(),
				BoundedVec::truncate_from(b"Benchmark".to_vec()),
				BoundedVec::truncate_from(b"BNCH".to_vec()),
				kind,
				0,
				Default::default(),
				None,
			)?;
			pallet_compliance::benchmarking::trust_issuers_for::<T>(asset);
			// What keeping holdings adds is charged by `AssetLedger::holding_weight`.
			pallet_compliance::benchmarking::keep_no_holdings::<T>(asset);
			Ok::<_, BenchmarkError>(asset)
		};
		let security = create(pallet_token::AssetKind::Equity)?;
		let cash = create(pallet_token::AssetKind::Cash)?;
		Ok((security, cash))
	}

	fn fund(
		who: &T::AccountId,
		assets: (<T as pallet_token::Config>::AssetId, <T as pallet_token::Config>::AssetId),
		amount: u128,
	) -> Result<(), BenchmarkError> {
		let issuer: T::AccountId = account("issuer", 0, 0);
		if pallet_compliance::Pallet::<T>::active_identity(who).is_none() {
			pallet_compliance::benchmarking::identify::<T>(who);
		}
		let amount = <T as pallet_token::Config>::Balance::try_from(amount)
			.map_err(|_| BenchmarkError::Stop("amount too large"))?;
		for asset in [assets.0, assets.1] {
			pallet_token::Pallet::<T>::issue(
				RawOrigin::Signed(issuer.clone()).into(),
				asset,
				DEFAULT_PARTITION,
				who.clone(),
				amount,
				Default::default(),
			)?;
		}
		Ok(())
	}
}

/// What every trader starts with, of each asset.
const FUNDS: u128 = 1_000_000_000_000;
/// The price of the makers an incoming order sweeps.
const SWEPT: Price = 1_000_000;

fn operator<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::OperatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn params<T: Config>(collector: T::AccountId) -> MarketParamsOf<T> {
	MarketParams {
		tick_size: 1,
		lot_size: 1,
		min_quantity: 1,
		price_band_bps: Some(MAX_BAND_BPS),
		maker_fee_bps: 10,
		taker_fee_bps: 20,
		fee_collector: collector,
	}
}

struct Setup<T: Config> {
	market: MarketId,
	assets: (T::AssetId, T::AssetId),
}

impl<T: Config> Setup<T> {
	fn new() -> Result<Self, BenchmarkError> {
		let assets = T::BenchmarkHelper::create_assets()?;
		let collector: T::AccountId = account("venue", 0, 0);
		T::BenchmarkHelper::fund(&collector, assets, FUNDS)?;
		let market = NextMarketId::<T>::get();
		Pallet::<T>::create_market(
			operator::<T>()?,
			assets.0,
			DEFAULT_PARTITION,
			assets.1,
			params::<T>(collector),
		)?;
		Ok(Setup { market, assets })
	}

	fn trader(&self, name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
		let who: T::AccountId = account(name, index, 0);
		T::BenchmarkHelper::fund(&who, self.assets, FUNDS)?;
		Ok(who)
	}

	fn limit(
		&self,
		who: &T::AccountId,
		side: Side,
		price: Price,
		quantity: Quantity,
	) -> Result<OrderId, BenchmarkError> {
		let id = NextOrderId::<T>::get();
		Pallet::<T>::place_order(
			RawOrigin::Signed(who.clone()).into(),
			self.market,
			side,
			OrderKind::Limit { price },
			quantity,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelNewest,
			Some(u128::MAX),
			None,
		)
		.map_err(|e| e.error)?;
		Ok(id)
	}

	/// Both sides full but for one price each: bids below the swept price, asks above it.
	fn fill_sides(&self) -> Result<(), BenchmarkError> {
		self.fill_sides_to(T::MaxPriceLevels::get().saturating_sub(1))
	}

	/// Orders at `levels` prices on each side: bids below the swept price, asks above it.
	fn fill_sides_to(&self, levels: u32) -> Result<(), BenchmarkError> {
		let filler = self.trader("filler", 0)?;
		for i in 0..levels {
			let step = Price::from(i).saturating_add(1);
			self.limit(&filler, Side::Buy, SWEPT.saturating_sub(step), 1)?;
			self.limit(&filler, Side::Sell, SWEPT.saturating_add(step), 1)?;
		}
		Ok(())
	}

	/// `m` asks of one unit at the swept price, each from its own account.
	fn makers(&self, m: u32) -> Result<(), BenchmarkError> {
		for i in 0..m {
			let maker = self.trader("maker", i)?;
			self.limit(&maker, Side::Sell, SWEPT, 1)?;
		}
		Ok(())
	}
}

/// The key that created the benchmark's assets: their issuance agent.
fn issuer<T: Config>() -> T::AccountId {
	account("issuer", 0, 0)
}

/// Terms open now and for good, one lot a unit, with a minimum raise of one lot at `PRICE`.
fn terms() -> OfferingTerms {
	OfferingTerms {
		lot_size: 1,
		min_raise: OFFERED_PRICE,
		max_raise: u128::MAX,
		opens_at: 0,
		closes_at: u64::MAX,
		min_subscription: 0,
		max_subscription: u128::MAX,
	}
}

/// The price of an offering's lots.
const OFFERED_PRICE: Price = 1_000;

/// `count` tiers of `lots` lots each, dearer by one each.
fn tiers<T: Config>(count: u32, lots: Quantity) -> TiersOf<T> {
	BoundedVec::truncate_from(
		(0..count)
			.map(|i| Tier { price: OFFERED_PRICE.saturating_add(Price::from(i)), lots })
			.collect::<alloc::vec::Vec<_>>(),
	)
}

impl<T: Config> Setup<T> {
	/// Opens an offering of the setup's security with `tiers` tiers of `lots` lots.
	fn offering(&self, tiers_count: u32, lots: Quantity) -> Result<OfferingId, BenchmarkError> {
		let id = NextOfferingId::<T>::get();
		Pallet::<T>::open_offering(
			RawOrigin::Signed(issuer::<T>()).into(),
			self.assets.0,
			DEFAULT_PARTITION,
			self.assets.1,
			terms(),
			tiers::<T>(tiers_count, lots),
		)?;
		Ok(id)
	}

	/// `l` legs of one unit, each of the setup's security and cash in turn, from `sender(i)`
	/// to a receiver of its own.
	fn legs(
		&self,
		l: u32,
		sender: impl Fn(u32) -> Result<T::AccountId, BenchmarkError>,
	) -> Result<LegsOf<T>, BenchmarkError> {
		let mut legs = alloc::vec::Vec::new();
		for i in 0..l {
			let asset = if i % 2 == 0 { self.assets.0 } else { self.assets.1 };
			let amount = T::Balance::from(1u32);
			legs.push(Leg {
				from: sender(i)?,
				to: self.trader("receiver", i)?,
				asset,
				partition: DEFAULT_PARTITION,
				amount,
			});
		}
		Ok(BoundedVec::truncate_from(legs))
	}

	fn instruction(
		&self,
		legs: LegsOf<T>,
		settle_at: Option<BlockNumberFor<T>>,
	) -> Result<InstructionId, BenchmarkError> {
		let id = NextInstructionId::<T>::get();
		let creator = legs.first().map(|leg| leg.from.clone()).ok_or(BenchmarkError::Weightless)?;
		Pallet::<T>::create_instruction(RawOrigin::Signed(creator).into(), legs, settle_at)?;
		Ok(id)
	}

	fn affirm_all(&self, id: InstructionId) -> Result<(), BenchmarkError> {
		let legs = Instructions::<T>::get(id).ok_or(BenchmarkError::Stop("no instruction"))?.legs;
		for sender in Pallet::<T>::senders(&legs) {
			Pallet::<T>::affirm_instruction(RawOrigin::Signed(sender).into(), id)?;
		}
		Ok(())
	}
}

fn later<T: Config>(blocks: u32) -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(blocks.into())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_market() -> Result<(), BenchmarkError> {
		let assets = T::BenchmarkHelper::create_assets()?;
		let origin = operator::<T>()?;
		let market = NextMarketId::<T>::get();
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			assets.0,
			DEFAULT_PARTITION,
			assets.1,
			params::<T>(account("venue", 0, 0)),
		);
		assert!(Markets::<T>::contains_key(market));
		Ok(())
	}

	#[benchmark]
	fn update_market() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let origin = operator::<T>()?;
		let new = MarketParams { maker_fee_bps: 0, ..params::<T>(account("venue", 1, 0)) };
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, setup.market, new.clone());
		assert_eq!(Markets::<T>::get(setup.market).map(|m| m.params), Some(new));
		Ok(())
	}

	#[benchmark]
	fn set_market_status() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let origin = operator::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, setup.market, MarketStatus::Halted);
		assert_eq!(Markets::<T>::get(setup.market).map(|m| m.status), Some(MarketStatus::Halted));
		Ok(())
	}

	#[benchmark]
	fn set_reference_price() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let origin = operator::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, setup.market, SWEPT);
		assert_eq!(Markets::<T>::get(setup.market).and_then(|m| m.reference_price), Some(SWEPT));
		Ok(())
	}

	/// An incoming bid that fills `m` makers in full and rests what is left at a new best
	/// price on a side listing as many prices as it may.
	#[benchmark]
	fn place_order(m: Linear<0, { T::MaxMakersPerOrder::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		setup.fill_sides()?;
		setup.makers(m)?;
		let taker = setup.trader("taker", 0)?;
		let order = NextOrderId::<T>::get();
		let quantity = Quantity::from(m).saturating_add(1);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(taker.clone()),
			setup.market,
			Side::Buy,
			OrderKind::Limit { price: SWEPT },
			quantity,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelNewest,
			Some(u128::MAX),
			None,
		);
		let rested = Orders::<T>::get((&taker, setup.market, order));
		assert_eq!(rested.map(|o| o.remaining), Some(1));
		assert_eq!(Markets::<T>::get(setup.market).map(|m| m.trades), Some(u64::from(m)));
		Ok(())
	}

	/// A bid that crosses nothing and rests at a new best price, both sides listing `p`
	/// prices before it: a book's commonest order, measured on its own rather than as the
	/// intercept of the sweep's fit above.
	#[benchmark]
	fn place_resting_order(
		p: Linear<0, { T::MaxPriceLevels::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		setup.fill_sides_to(p)?;
		let placer = setup.trader("placer", 0)?;
		let order = NextOrderId::<T>::get();
		pallet_compliance::block_cache::fill_as_busy::<T::Compliance>();
		#[extrinsic_call]
		place_order(
			RawOrigin::Signed(placer.clone()),
			setup.market,
			Side::Buy,
			OrderKind::Limit { price: SWEPT },
			1,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelNewest,
			Some(u128::MAX),
			None,
		);
		let rested = Orders::<T>::get((&placer, setup.market, order));
		assert_eq!(rested.map(|o| o.remaining), Some(1));
		assert_eq!(Markets::<T>::get(setup.market).map(|m| m.trades), Some(0));
		Ok(())
	}

	/// A bid that crosses nothing and rests behind another at the best price, rewriting it,
	/// the asks listing `p` prices (the bids' list, which it does not read, `p` and its own).
	#[benchmark]
	fn place_queued_order(
		p: Linear<0, { T::MaxPriceLevels::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		setup.fill_sides_to(p)?;
		let first = setup.trader("first", 0)?;
		setup.limit(&first, Side::Buy, SWEPT, 1)?;
		let placer = setup.trader("placer", 0)?;
		let order = NextOrderId::<T>::get();
		pallet_compliance::block_cache::fill_as_busy::<T::Compliance>();
		#[extrinsic_call]
		place_order(
			RawOrigin::Signed(placer.clone()),
			setup.market,
			Side::Buy,
			OrderKind::Limit { price: SWEPT },
			1,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelNewest,
			Some(u128::MAX),
			None,
		);
		let rested = Orders::<T>::get((&placer, setup.market, order));
		assert_eq!(rested.map(|o| o.prev.map(|at| at.owner)), Some(Some(first)));
		assert_eq!(Levels::<T>::get((setup.market, Side::Buy, SWEPT)).map(|l| l.orders), Some(2));
		Ok(())
	}

	/// A bid that fills one maker in full, fees on, and rests what is left at a new best
	/// price: the first fill of a sweep with what a sweep reads and writes once (the fee
	/// collector's records, the tape entry), measured on its own rather than read off the
	/// intercept of the sweep's fit.
	#[benchmark]
	fn place_crossing_order() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		setup.fill_sides()?;
		setup.makers(1)?;
		let taker = setup.trader("taker", 0)?;
		let order = NextOrderId::<T>::get();
		pallet_compliance::block_cache::fill_as_busy::<T::Compliance>();
		#[extrinsic_call]
		place_order(
			RawOrigin::Signed(taker.clone()),
			setup.market,
			Side::Buy,
			OrderKind::Limit { price: SWEPT },
			2,
			TimeInForce::GoodTillCancelled,
			false,
			SelfTradePrevention::CancelNewest,
			Some(u128::MAX),
			None,
		);
		let rested = Orders::<T>::get((&taker, setup.market, order));
		assert_eq!(rested.map(|o| o.remaining), Some(1));
		assert_eq!(Markets::<T>::get(setup.market).map(|m| m.trades), Some(1));
		Ok(())
	}

	/// Cancels the order in the middle of a queue of three, at the only price of its side:
	/// both neighbours are rewritten.
	#[benchmark]
	fn cancel_order() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		setup.fill_sides()?;
		let owner = setup.trader("owner", 0)?;
		setup.limit(&owner, Side::Buy, SWEPT, 1)?;
		let order = setup.limit(&owner, Side::Buy, SWEPT, 1)?;
		setup.limit(&owner, Side::Buy, SWEPT, 1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), setup.market, order);
		assert!(!Orders::<T>::contains_key((&owner, setup.market, order)));
		Ok(())
	}

	#[benchmark]
	fn reduce_order() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let owner = setup.trader("owner", 0)?;
		let order = setup.limit(&owner, Side::Buy, SWEPT, 10)?;
		#[extrinsic_call]
		amend_order(RawOrigin::Signed(owner.clone()), setup.market, order, SWEPT, 5);
		let reduced = Orders::<T>::get((&owner, setup.market, order));
		assert_eq!(reduced.map(|o| o.remaining), Some(5));
		Ok(())
	}

	/// Cancels `n` orders, each the last of its price.
	#[benchmark]
	fn cancel_all(n: Linear<0, { T::MaxOrdersPerCall::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let owner = setup.trader("owner", 0)?;
		for i in 0..n {
			setup.limit(&owner, Side::Buy, SWEPT.saturating_sub(Price::from(i)), 1)?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), setup.market, n);
		assert_eq!(Orders::<T>::iter_prefix((&owner, setup.market)).count(), 0);
		Ok(())
	}

	/// Cancels `c` quotes and places `q` that rest, each at a new price. Both start at one:
	/// the first cancel and the first quote each read and write records that the rest share
	/// (the first quote both compliance checks' records), which a fit through zero would
	/// spread over the slopes and charge a call with both short of them. A call with none of
	/// one kind is charged those shared records all the same.
	#[benchmark]
	fn replace_quotes(
		c: Linear<1, { T::MaxOrdersPerCall::get() }>,
		q: Linear<1, { T::MaxOrdersPerCall::get() }>,
	) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let owner = setup.trader("maker", 0)?;
		let mut cancel = alloc::vec::Vec::new();
		for i in 0..c {
			cancel.push(setup.limit(&owner, Side::Buy, SWEPT.saturating_sub(Price::from(i)), 1)?);
		}
		let quotes: alloc::vec::Vec<Quote> = (0..q)
			.map(|i| Quote {
				side: Side::Sell,
				price: SWEPT.saturating_add(Price::from(i)),
				quantity: 1,
				post_only: true,
				client_order_id: Some(u128::MAX),
			})
			.collect();
		let cancel = BoundedVec::truncate_from(cancel);
		let quotes = BoundedVec::truncate_from(quotes);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), setup.market, cancel, quotes);
		assert_eq!(Orders::<T>::iter_prefix((&owner, setup.market)).count(), q as usize);
		Ok(())
	}

	#[benchmark]
	fn open_offering(t: Linear<1, { T::MaxTiers::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let id = NextOfferingId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer::<T>()),
			setup.assets.0,
			DEFAULT_PARTITION,
			setup.assets.1,
			terms(),
			tiers::<T>(t, 2),
		);
		assert!(Offerings::<T>::contains_key(id));
		Ok(())
	}

	/// A second subscription of one investor that takes what is left of all `t` tiers.
	#[benchmark]
	fn subscribe(t: Linear<1, { T::MaxTiers::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let offering = setup.offering(t, 2)?;
		let investor = setup.trader("investor", 0)?;
		Pallet::<T>::subscribe(RawOrigin::Signed(investor.clone()).into(), offering, 1)?;
		let rest = Quantity::from(t).saturating_mul(2).saturating_sub(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(investor.clone()), offering, rest);
		assert_eq!(
			Subscriptions::<T>::get(offering, &investor).map(|s| s.quantity),
			Some(rest + 1)
		);
		Ok(())
	}

	/// The issuer closes early, its minimum raised.
	#[benchmark]
	fn close_offering() -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let offering = setup.offering(T::MaxTiers::get(), 2)?;
		let investor = setup.trader("investor", 0)?;
		Pallet::<T>::subscribe(RawOrigin::Signed(investor).into(), offering, 1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer::<T>()), offering);
		let status = Offerings::<T>::get(offering).map(|o| o.status);
		assert_eq!(status, Some(OfferingStatus::Funded));
		Ok(())
	}

	/// Settles `n` funded subscriptions, each of its own investor: issued and paid.
	#[benchmark]
	fn settle_subscriptions(
		n: Linear<0, { T::MaxOrdersPerCall::get() }>,
	) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let offering = setup.offering(1, Quantity::from(n).saturating_add(1))?;
		// One subscription is left over, so the offering stays after the call.
		for i in 0..=n {
			let investor = setup.trader("investor", i)?;
			Pallet::<T>::subscribe(RawOrigin::Signed(investor).into(), offering, 1)?;
		}
		Pallet::<T>::close_offering(RawOrigin::Signed(issuer::<T>()).into(), offering)?;
		// The issuer holds cash already: a payment that makes a new holder is charged after
		// dispatch, for what it changes.
		T::BenchmarkHelper::fund(&issuer::<T>(), setup.assets, FUNDS)?;
		let caller = setup.trader("caller", 0)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), offering, n);
		assert_eq!(Offerings::<T>::get(offering).map(|o| o.open_subscriptions), Some(1));
		Ok(())
	}

	/// `l` legs between distinct parties, booked for a later block.
	#[benchmark]
	fn create_instruction(l: Linear<1, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let legs = setup.legs(l, |i| setup.trader("sender", i))?;
		// The last sender enters it: the check that it is a party reads every leg.
		let creator = legs.last().map(|leg| leg.from.clone()).ok_or(BenchmarkError::Weightless)?;
		let id = NextInstructionId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), legs, Some(later::<T>(10)));
		assert!(Instructions::<T>::contains_key(id));
		Ok(())
	}

	/// The one sender of `l` legs affirms: it reserves and settles all of them.
	#[benchmark]
	fn affirm_instruction(l: Linear<1, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let sender = setup.trader("sender", 0)?;
		let legs = setup.legs(l, |_| Ok(sender.clone()))?;
		let id = setup.instruction(legs, None)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(sender), id);
		assert!(!Instructions::<T>::contains_key(id));
		Ok(())
	}

	/// The one sender of `l` legs takes back its affirmation and what it reserved.
	#[benchmark]
	fn withdraw_affirmation(l: Linear<1, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let sender = setup.trader("sender", 0)?;
		let legs = setup.legs(l, |_| Ok(sender.clone()))?;
		let id = setup.instruction(legs, Some(later::<T>(10)))?;
		setup.affirm_all(id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(sender), id);
		assert_eq!(Instructions::<T>::get(id).map(|i| i.affirmed.len()), Some(0));
		Ok(())
	}

	/// A receiver rejects `l` legs, each of its own sender, all affirmed.
	#[benchmark]
	fn reject_instruction(l: Linear<1, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let legs = setup.legs(l, |i| setup.trader("sender", i))?;
		let receiver = legs[0].to.clone();
		let id = setup.instruction(legs, Some(later::<T>(10)))?;
		setup.affirm_all(id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(receiver), id);
		assert!(!Instructions::<T>::contains_key(id));
		Ok(())
	}

	/// One booked instruction of `l` legs, each of its own sender, settles at its block.
	#[benchmark]
	fn settle_scheduled(l: Linear<1, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		let setup = Setup::<T>::new()?;
		let legs = setup.legs(l, |i| setup.trader("sender", i))?;
		let block = later::<T>(1);
		let id = setup.instruction(legs, Some(block))?;
		setup.affirm_all(id)?;
		#[block]
		{
			Pallet::<T>::settle_scheduled(block);
		}
		assert!(!Instructions::<T>::contains_key(id));
		assert!(ScheduledInstructions::<T>::get(block).is_empty());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
