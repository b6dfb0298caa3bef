//! What clients read of the ledger, for the runtime API: balances by partition, holders
//! (paged), documents and portfolios. None of it runs in a block.

use crate::{pallet::*, traits::SettlementError, types::*, Movement};
use alloc::vec::Vec;
use pallet_compliance::IdentityRegistry;
use sp_runtime::traits::{SaturatedConversion, Zero};

impl<T: Config> Pallet<T> {
	/// `who`'s balance of `asset` in each partition it holds, in the order it received them.
	pub fn balances_of(asset: T::AssetId, who: &T::AccountId) -> Vec<PartitionHolding<T::Balance>> {
		AccountBalances::<T>::get(asset, who)
			.map(|account| account.partitions.into_inner())
			.unwrap_or_default()
	}

	/// Up to `limit` holders of `asset` with their balances, in storage order, from just after
	/// `after` (the last holder of the previous page).
	pub fn holders(
		asset: T::AssetId,
		after: Option<T::AccountId>,
		limit: u32,
	) -> Vec<(T::AccountId, T::Balance)> {
		let holders = match after {
			Some(after) => AccountBalances::<T>::iter_prefix_from(
				asset,
				AccountBalances::<T>::hashed_key_for(asset, after),
			),
			None => AccountBalances::<T>::iter_prefix(asset),
		};
		holders.take(limit as usize).map(|(who, account)| (who, account.balance)).collect()
	}

	/// Every document of `asset` (at most `MaxDocuments`).
	pub fn documents_of(asset: T::AssetId) -> Vec<DocumentInfo> {
		Documents::<T>::iter_prefix(asset)
			.map(|(name, document)| DocumentInfo {
				name,
				uri: document.uri.into_inner(),
				content_hash: document.content_hash,
				updated_at: document.updated_at,
			})
			.collect()
	}

	/// Every holding of every key of `identity`, each valued at `market_price` (the asset's
	/// last trade, where a market has one) or else at its agent's price.
	pub fn portfolio(
		identity: pallet_compliance::IdentityId,
		market_price: impl Fn(T::AssetId) -> Option<ValuationPrice<T::AssetId>>,
	) -> Vec<Position<T::AccountId, T::AssetId, T::Balance>> {
		let keys = T::Identities::keys_of(identity);
		let mut positions = Vec::new();
		for (asset, details) in Assets::<T>::iter() {
			// The asset's price, looked up once, at its first holding among the keys.
			let mut price = None;
			for key in &keys {
				let Some(account) = AccountBalances::<T>::get(asset, key) else { continue };
				if account.balance.is_zero() {
					continue;
				}
				let amount: u128 = account.balance.saturated_into();
				let valuation = if details.kind == AssetKind::Cash {
					Some(Valuation { cash: asset, value: amount, source: PriceSource::Cash })
				} else {
					let priced = *price.get_or_insert_with(|| {
						market_price(asset).map(|price| (price, PriceSource::LastTrade)).or_else(
							|| ValuationPrices::<T>::get(asset).map(|p| (p, PriceSource::Agent)),
						)
					});
					priced.and_then(|(price, source)| {
						Some(Valuation { cash: price.cash, value: price.value_of(amount)?, source })
					})
				};
				positions.push(Position {
					account: key.clone(),
					asset,
					kind: details.kind,
					balance: account.balance,
					valuation,
				});
			}
		}
		positions
	}

	/// Would `amount` of `from`'s free units of `asset` in `partition` move to `to` now?
	/// ERC-1400's `canTransferByPartition`: the ledger's checks and compliance's together.
	pub fn can_transfer_by_partition(
		asset: T::AssetId,
		partition: pallet_compliance::Partition,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Result<(), TransferRefusal> {
		if !Assets::<T>::contains_key(asset) {
			return Err(TransferRefusal::UnknownAsset);
		}
		let memo = &mut Default::default();
		match Self::ensure_transferable(memo, asset, partition, from, to, amount, Movement::Checked)
		{
			Ok(_) => Ok(()),
			Err(SettlementError::Refused(rejection)) => Err(TransferRefusal::Refused(rejection)),
			Err(SettlementError::Failed(error)) => Err(if error == Error::<T>::ZeroAmount.into() {
				TransferRefusal::ZeroAmount
			} else if error == Error::<T>::TransferToSelf.into() {
				TransferRefusal::TransferToSelf
			} else {
				TransferRefusal::InsufficientBalance
			}),
		}
	}
}
