//! Storage migrations, each run once by the runtime's executive on the upgrade that brings
//! it, and only on a chain whose storage is at the version it starts from.

/// Version 1: a market's tape keeps one entry for each order that traded, with all the fills
/// it made, where version 0 kept one entry a fill (`RecentTrades`).
pub mod v1 {
	use crate::{pallet::*, types::*};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		storage::{storage_prefix, unhashed},
		traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use pallet_compliance::Partition;

	/// A market as version 0 kept it: without `tape_entries`.
	#[derive(Encode, Decode)]
	pub struct MarketV0<AssetId, AccountId> {
		pub security: AssetId,
		pub partition: Partition,
		pub cash: AssetId,
		pub params: MarketParams<AccountId>,
		pub status: MarketStatus,
		pub reference_price: Option<Price>,
		pub last_price: Option<Price>,
		pub trades: u64,
	}

	/// The most entries version 0 kept: one a trade, `TapeLength` (then `MaxRecentTrades`,
	/// 64 in Consort's runtime) a market, so the clearing below is bounded by the markets.
	const CLEARED_AT_MOST_A_MARKET: u32 = 1_024;

	/// Gives every market an empty tape: its old entries, one a fill, are removed, and its
	/// trades from now on are kept an order at a time. Its trade count and last price stay.
	pub struct TapePerOrder<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for TapePerOrder<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut markets = 0u32;
			Markets::<T>::translate::<MarketV0<T::AssetId, T::AccountId>, _>(|_, old| {
				markets = markets.saturating_add(1);
				Some(Market {
					security: old.security,
					partition: old.partition,
					cash: old.cash,
					params: old.params,
					status: old.status,
					reference_price: old.reference_price,
					last_price: old.last_price,
					trades: old.trades,
					tape_entries: 0,
				})
			});
			let prefix = storage_prefix(Pallet::<T>::name().as_bytes(), b"RecentTrades");
			let limit = markets.saturating_add(1).saturating_mul(CLEARED_AT_MOST_A_MARKET);
			let cleared = unhashed::clear_prefix(&prefix, Some(limit), None);
			let markets = u64::from(markets);
			T::DbWeight::get().reads_writes(
				markets.saturating_add(u64::from(cleared.loops)),
				markets.saturating_add(u64::from(cleared.unique)),
			)
		}
	}

	/// [`TapePerOrder`], run only on a chain at version 0.
	pub type MigrateToV1<T> =
		VersionedMigration<0, 1, TapePerOrder<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
