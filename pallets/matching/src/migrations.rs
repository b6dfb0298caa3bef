//! Storage migrations, each run once by the runtime's executive on the upgrade that brings
//! it, and only on a chain whose storage is at the version it starts from.

/// Version 1: a market's tape keeps one entry for each order that traded, with all the fills
/// it made, where version 0 kept one entry a fill (`RecentTrades`).
pub mod v1 {
	use crate::{pallet::*, types::*};
	use codec::{Decode, Encode};
	#[cfg(feature = "try-runtime")]
	use frame_support::storage::{storage_prefix, unhashed};
	use frame_support::{
		migrations::VersionedMigration,
		storage::migration,
		traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		StorageHasher, Twox64Concat,
	};
	use pallet_compliance::Partition;

	/// A market as version 0 kept it: without `last_traded_at` and `tape_entries`.
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

	/// Version 0's ring of a market's last trades, one a fill.
	const RECENT_TRADES: &[u8] = b"RecentTrades";

	/// Gives every market an empty tape, dated by its last trade, and removes version 0's
	/// trades, one a fill: its trades from now on are kept an order at a time. Its trade
	/// count and last price stay.
	pub struct TapePerOrder<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for TapePerOrder<T> {
		fn on_runtime_upgrade() -> Weight {
			let pallet = Pallet::<T>::name().as_bytes();
			let (mut markets, mut trades) = (0u64, 0u64);
			Markets::<T>::translate::<MarketV0<T::AssetId, T::AccountId>, _>(|id, old| {
				markets = markets.saturating_add(1);
				// Bounded by version 0's ring, `MaxRecentTrades` (64 in Consort's runtime).
				let kept = migration::storage_iter_with_suffix::<TradeOf<T>>(
					pallet,
					RECENT_TRADES,
					&Twox64Concat::hash(&id.encode()),
				)
				.drain();
				let last_traded_at = kept
					.map(|(_, trade)| {
						trades = trades.saturating_add(1);
						trade.at
					})
					.max();
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
					last_traded_at,
				})
			});
			// Each market and old trade read and written, and each walk's closing look for a
			// next key: one a market's trades, one the markets'.
			let reads = markets.saturating_mul(2).saturating_add(trades).saturating_add(1);
			T::DbWeight::get().reads_writes(reads, markets.saturating_add(trades))
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let prefix = storage_prefix(Pallet::<T>::name().as_bytes(), RECENT_TRADES);
			frame_support::ensure!(
				!unhashed::contains_prefixed_key(&prefix),
				"version 0's trades are removed"
			);
			Ok(())
		}
	}

	/// [`TapePerOrder`], run only on a chain at version 0.
	pub type MigrateToV1<T> =
		VersionedMigration<0, 1, TapePerOrder<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
