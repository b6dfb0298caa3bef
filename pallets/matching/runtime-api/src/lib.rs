//! The runtime API of the order books, for the node's JSON-RPC: what a trading screen and a
//! portfolio valuation read.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_matching::{
	BestBidOffer, Depth, Market, MarketId, Order, OrderId, Price, PriceLevel, Trade,
};

sp_api::decl_runtime_apis! {
	/// Reads of the order books at a block.
	pub trait MatchingApi<AccountId, AssetId>
	where
		AccountId: Codec,
		AssetId: Codec,
	{
		/// A market's assets, parameters, status and prices.
		fn market(market: MarketId) -> Option<Market<AssetId, AccountId>>;
		/// The best bid and offer of a market; `None` for an unknown market.
		fn best_bid_offer(market: MarketId) -> Option<BestBidOffer>;
		/// Up to `levels` prices of each side, best first; `None` for an unknown market.
		fn depth(market: MarketId, levels: u32) -> Option<Depth>;
		/// An account's resting orders (in one market, or all), by id after `after`.
		fn open_orders(
			who: AccountId,
			market: Option<MarketId>,
			after: Option<OrderId>,
			limit: u32,
		) -> Vec<(OrderId, Order<AccountId>)>;
		/// A market's last trades, newest first.
		fn recent_trades(market: MarketId, limit: u32) -> Vec<Trade<AccountId>>;
		/// The price of a market's last trade.
		fn last_price(market: MarketId) -> Option<Price>;
	}
}
