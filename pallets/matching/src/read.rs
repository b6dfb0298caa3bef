//! What clients read of the books, for the runtime API: best bid and offer, depth, an
//! account's open orders, recent trades and the last price. None of it runs in a block.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// Where a market's tape entry number `number` is kept among its `TapeLength` last.
	pub(crate) fn tape_slot(number: u64) -> u32 {
		let kept = u64::from(T::TapeLength::get().max(1));
		// Below `kept`, which is a `u32`.
		u32::try_from(number % kept).unwrap_or_default()
	}

	fn level(market: MarketId, side: Side, price: Price) -> Option<PriceLevel> {
		Levels::<T>::get((market, side, price)).map(|level| PriceLevel {
			price,
			quantity: level.quantity,
			orders: level.orders,
		})
	}

	/// The best price of each side of `market` with what rests there; `None` for an unknown
	/// market.
	pub fn best_bid_offer(market: MarketId) -> Option<BestBidOffer> {
		Markets::<T>::contains_key(market).then(|| {
			let best = |side| {
				PriceLevels::<T>::get(market, side)
					.first()
					.and_then(|price| Self::level(market, side, *price))
			};
			BestBidOffer { bid: best(Side::Buy), ask: best(Side::Sell) }
		})
	}

	/// Up to `levels` prices of each side of `market`, best first; `None` for an unknown
	/// market.
	pub fn depth(market: MarketId, levels: u32) -> Option<Depth> {
		Markets::<T>::contains_key(market).then(|| {
			let side = |side| {
				PriceLevels::<T>::get(market, side)
					.iter()
					.take(levels as usize)
					.filter_map(|price| Self::level(market, side, *price))
					.collect()
			};
			Depth { bids: side(Side::Buy), asks: side(Side::Sell) }
		})
	}

	/// `who`'s resting orders, in `market` or in all, by id from just after `after`, at most
	/// `limit` of them.
	pub fn open_orders(
		who: &T::AccountId,
		market: Option<MarketId>,
		after: Option<OrderId>,
		limit: u32,
	) -> Vec<(OrderId, OrderOf<T>)> {
		// Keys first, so that only the page's orders are read and decoded.
		let mut keys: Vec<(MarketId, OrderId)> = match market {
			Some(market) => {
				Orders::<T>::iter_key_prefix((who, market)).map(|id| (market, id)).collect()
			}
			None => Orders::<T>::iter_key_prefix((who,)).collect(),
		};
		keys.sort_unstable_by_key(|(_, id)| *id);
		keys.into_iter()
			.filter(|(_, id)| after.is_none_or(|after| *id > after))
			.take(limit as usize)
			.filter_map(|(market, id)| Orders::<T>::get((who, market, id)).map(|order| (id, order)))
			.collect()
	}

	/// The last `limit` trades of `market` (no more than it keeps), newest first.
	pub fn recent_trades(market: MarketId, limit: u32) -> Vec<TradeOf<T>> {
		Self::tape(market)
			.flat_map(|entry| entry.trades().rev().collect::<Vec<_>>())
			.take(limit as usize)
			.collect()
	}

	/// The entries `market` keeps on its tape, newest first.
	pub(crate) fn tape(market: MarketId) -> impl Iterator<Item = TapeEntryOf<T>> {
		let entries =
			Markets::<T>::get(market).map(|record| record.tape_entries).unwrap_or_default();
		let kept = entries.min(u64::from(T::TapeLength::get()));
		(1..=kept).filter_map(move |back| {
			let number = entries.checked_sub(back)?;
			Tape::<T>::get(market, Self::tape_slot(number))
		})
	}

	/// The price of `market`'s last trade.
	pub fn last_price(market: MarketId) -> Option<Price> {
		Markets::<T>::get(market).and_then(|m| m.last_price)
	}

	/// What `security` last traded at, for portfolio valuation: in the market of it with the
	/// most trades, its last price per lot, dated by that trade.
	pub fn market_price(security: T::AssetId) -> Option<pallet_token::ValuationPrice<T::AssetId>> {
		let (_, market) = Markets::<T>::iter()
			.filter(|(_, m)| m.security == security && m.last_price.is_some())
			.max_by_key(|(_, m)| m.trades)?;
		let set_at = market.last_traded_at.unwrap_or_default();
		Some(pallet_token::ValuationPrice {
			cash: market.cash,
			price: market.last_price?,
			per: market.params.lot_size,
			set_at,
		})
	}
}
