//! `matching_market`, `matching_bestBidOffer`, `matching_depth`, `matching_openOrders`,
//! `matching_recentTrades` and `matching_lastPrice`: what a trading screen and a portfolio
//! valuation read of the order books, at the best block or any other. Prices are cash units
//! per lot and quantities security units, as JSON numbers.

use std::{fmt::Debug, sync::Arc};

use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
use pallet_matching::{MarketStatus, Side, TimeInForce};
pub use pallet_matching_runtime_api::MatchingApi as MatchingRuntimeApi;
use pallet_matching_runtime_api::{MarketId, OrderId, Price, PriceLevel};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// The JSON-RPC error code of a read the runtime could not answer (an unknown block, a
/// runtime without the API); the same code as compliance's dry run.
pub const RUNTIME_ERROR: i32 = 4100;
/// The JSON-RPC error code of a read of a market that does not exist.
pub const UNKNOWN_MARKET: i32 = 4101;

/// Prices shown by `matching_depth` when the caller does not say.
pub const DEFAULT_DEPTH: u32 = 20;
/// The most orders or trades one read returns.
pub const MAX_PAGE: u32 = 1_000;

/// One price of one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookLevel {
	pub price: u128,
	pub quantity: u128,
	pub orders: u32,
}

impl From<PriceLevel> for BookLevel {
	fn from(level: PriceLevel) -> Self {
		BookLevel { price: level.price, quantity: level.quantity, orders: level.orders }
	}
}

/// The best bid and offer; either is null on an empty side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookTop {
	pub bid: Option<BookLevel>,
	pub ask: Option<BookLevel>,
}

/// Each side's prices, best first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookDepth {
	pub bids: Vec<BookLevel>,
	pub asks: Vec<BookLevel>,
}

/// A market's assets, parameters, status and prices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MarketInfo<AssetId, AccountId> {
	pub security: AssetId,
	pub partition: H256,
	pub cash: AssetId,
	pub tick_size: u128,
	pub lot_size: u128,
	pub min_quantity: u128,
	pub price_band_bps: Option<u32>,
	pub maker_fee_bps: u16,
	pub taker_fee_bps: u16,
	pub fee_collector: AccountId,
	/// `open`, `halted` or `closed`.
	pub status: String,
	pub reference_price: Option<u128>,
	pub last_price: Option<u128>,
	pub trades: u64,
}

/// A resting order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenOrder<AccountId> {
	pub id: OrderId,
	pub market: MarketId,
	pub owner: AccountId,
	/// `buy` or `sell`.
	pub side: String,
	pub price: u128,
	pub quantity: u128,
	pub remaining: u128,
	/// What is reserved for it: securities for an ask, cash for a bid.
	pub reserved: u128,
	/// Unix milliseconds after which a good-till-time order no longer trades.
	pub expires_at: Option<u64>,
	pub post_only: bool,
	pub client_order_id: Option<u128>,
	pub placed_at: u64,
}

/// A trade, as the tape shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TradeReport<AccountId> {
	pub maker_order: OrderId,
	pub taker_order: OrderId,
	pub buyer: AccountId,
	pub seller: AccountId,
	pub price: u128,
	pub quantity: u128,
	/// Unix milliseconds.
	pub at: u64,
}

fn side_name(side: Side) -> String {
	match side {
		Side::Buy => "buy",
		Side::Sell => "sell",
	}
	.into()
}

fn status_name(status: MarketStatus) -> String {
	match status {
		MarketStatus::Open => "open",
		MarketStatus::Halted => "halted",
		MarketStatus::Closed => "closed",
	}
	.into()
}

impl<AssetId, AccountId> From<pallet_matching::Market<AssetId, AccountId>>
	for MarketInfo<AssetId, AccountId>
{
	fn from(market: pallet_matching::Market<AssetId, AccountId>) -> Self {
		let params = market.params;
		MarketInfo {
			security: market.security,
			partition: H256(market.partition),
			cash: market.cash,
			tick_size: params.tick_size,
			lot_size: params.lot_size,
			min_quantity: params.min_quantity,
			price_band_bps: params.price_band_bps,
			maker_fee_bps: params.maker_fee_bps,
			taker_fee_bps: params.taker_fee_bps,
			fee_collector: params.fee_collector,
			status: status_name(market.status),
			reference_price: market.reference_price,
			last_price: market.last_price,
			trades: market.trades,
		}
	}
}

impl<AccountId> From<(OrderId, pallet_matching::Order<AccountId>)> for OpenOrder<AccountId> {
	fn from((id, order): (OrderId, pallet_matching::Order<AccountId>)) -> Self {
		let expires_at = match order.time_in_force {
			TimeInForce::GoodTillTime(at) => Some(at),
			_ => None,
		};
		OpenOrder {
			id,
			market: order.market,
			owner: order.owner,
			side: side_name(order.side),
			price: order.price,
			quantity: order.quantity,
			remaining: order.remaining,
			reserved: order.reserved,
			expires_at,
			post_only: order.post_only,
			client_order_id: order.client_order_id,
			placed_at: order.placed_at,
		}
	}
}

impl<AccountId> From<pallet_matching::Trade<AccountId>> for TradeReport<AccountId> {
	fn from(trade: pallet_matching::Trade<AccountId>) -> Self {
		TradeReport {
			maker_order: trade.maker_order,
			taker_order: trade.taker_order,
			buyer: trade.buyer,
			seller: trade.seller,
			price: trade.price,
			quantity: trade.quantity,
			at: trade.at,
		}
	}
}

/// The reads. `at` defaults to the best block.
#[rpc(client, server)]
pub trait MatchingApi<BlockHash, AccountId, AssetId> {
	/// A market's assets, parameters, status and prices.
	#[method(name = "matching_market")]
	fn market(
		&self,
		market: MarketId,
		at: Option<BlockHash>,
	) -> RpcResult<MarketInfo<AssetId, AccountId>>;

	/// The best bid and offer of a market.
	#[method(name = "matching_bestBidOffer")]
	fn best_bid_offer(&self, market: MarketId, at: Option<BlockHash>) -> RpcResult<BookTop>;

	/// Up to `levels` prices (20 unless said) of each side of a market, best first.
	#[method(name = "matching_depth")]
	fn depth(
		&self,
		market: MarketId,
		levels: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<BookDepth>;

	/// An account's resting orders, in `market` or all markets, by id, after `after`, at most
	/// `limit` (at most 1,000; 100 unless said).
	#[method(name = "matching_openOrders")]
	fn open_orders(
		&self,
		who: AccountId,
		market: Option<MarketId>,
		after: Option<OrderId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<OpenOrder<AccountId>>>;

	/// A market's last trades, newest first (as many as the runtime keeps, unless `limit`).
	#[method(name = "matching_recentTrades")]
	fn recent_trades(
		&self,
		market: MarketId,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TradeReport<AccountId>>>;

	/// The price of a market's last trade, or null before its first.
	#[method(name = "matching_lastPrice")]
	fn last_price(&self, market: MarketId, at: Option<BlockHash>) -> RpcResult<Option<Price>>;
}

/// The reads over a client.
pub struct Matching<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Matching<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

fn runtime_error(error: impl Debug) -> ErrorObjectOwned {
	ErrorObject::owned(
		RUNTIME_ERROR,
		"the runtime could not answer the order-book read",
		Some(format!("{error:?}")),
	)
}

fn unknown_market(market: MarketId) -> ErrorObjectOwned {
	ErrorObject::owned(UNKNOWN_MARKET, format!("there is no market {market}"), None::<()>)
}

impl<C, Block> Matching<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	/// The block to read at (the best unless `at`), once `market` is known to exist there.
	fn existing_market<AccountId: Codec, AssetId: Codec>(
		&self,
		market: MarketId,
		at: Option<Block::Hash>,
	) -> RpcResult<Block::Hash>
	where
		C::Api: MatchingRuntimeApi<Block, AccountId, AssetId>,
	{
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let record = MatchingRuntimeApi::<Block, AccountId, AssetId>::market(
			&*self.client.runtime_api(),
			at,
			market,
		)
		.map_err(runtime_error)?;
		record.map(|_| at).ok_or_else(|| unknown_market(market))
	}
}

impl<C, Block, AccountId, AssetId> MatchingApiServer<<Block as BlockT>::Hash, AccountId, AssetId>
	for Matching<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: MatchingRuntimeApi<Block, AccountId, AssetId>,
	AccountId: Codec + Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
	AssetId: Codec + Serialize + DeserializeOwned + Send + Sync + 'static,
{
	fn market(
		&self,
		market: MarketId,
		at: Option<Block::Hash>,
	) -> RpcResult<MarketInfo<AssetId, AccountId>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let record = self.client.runtime_api().market(at, market).map_err(runtime_error)?;
		record.map(Into::into).ok_or_else(|| unknown_market(market))
	}

	fn best_bid_offer(&self, market: MarketId, at: Option<Block::Hash>) -> RpcResult<BookTop> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let top = self
			.client
			.runtime_api()
			.best_bid_offer(at, market)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_market(market))?;
		Ok(BookTop { bid: top.bid.map(Into::into), ask: top.ask.map(Into::into) })
	}

	fn depth(
		&self,
		market: MarketId,
		levels: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<BookDepth> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let levels = levels.unwrap_or(DEFAULT_DEPTH);
		let depth = self
			.client
			.runtime_api()
			.depth(at, market, levels)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_market(market))?;
		let side = |levels: Vec<PriceLevel>| levels.into_iter().map(Into::into).collect();
		Ok(BookDepth { bids: side(depth.bids), asks: side(depth.asks) })
	}

	fn open_orders(
		&self,
		who: AccountId,
		market: Option<MarketId>,
		after: Option<OrderId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<OpenOrder<AccountId>>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let limit = limit.unwrap_or(100).min(MAX_PAGE);
		let orders = self
			.client
			.runtime_api()
			.open_orders(at, who, market, after, limit)
			.map_err(runtime_error)?;
		Ok(orders.into_iter().map(Into::into).collect())
	}

	fn recent_trades(
		&self,
		market: MarketId,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<TradeReport<AccountId>>> {
		let at = self.existing_market::<AccountId, AssetId>(market, at)?;
		let limit = limit.unwrap_or(MAX_PAGE).min(MAX_PAGE);
		let trades =
			self.client.runtime_api().recent_trades(at, market, limit).map_err(runtime_error)?;
		Ok(trades.into_iter().map(Into::into).collect())
	}

	fn last_price(&self, market: MarketId, at: Option<Block::Hash>) -> RpcResult<Option<Price>> {
		let at = self.existing_market::<AccountId, AssetId>(market, at)?;
		self.client.runtime_api().last_price(at, market).map_err(runtime_error)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_book_reads_as_json_with_numbers_and_names() {
		let top =
			BookTop { bid: Some(BookLevel { price: 95, quantity: 30, orders: 2 }), ask: None };
		assert_eq!(
			serde_json::to_value(&top).unwrap(),
			serde_json::json!({"bid": {"price": 95, "quantity": 30, "orders": 2}, "ask": null})
		);
	}

	#[test]
	fn an_order_shows_its_side_and_expiry() {
		let order = pallet_matching::Order {
			market: 3,
			owner: 7u64,
			identity: 1,
			side: Side::Sell,
			price: 100,
			quantity: 20,
			remaining: 10,
			reserved: 10,
			time_in_force: TimeInForce::GoodTillTime(1_000),
			post_only: true,
			self_trade: pallet_matching::SelfTradePrevention::CancelNewest,
			client_order_id: Some(42),
			placed_at: 500,
			prev: None,
			next: None,
		};
		let json = serde_json::to_value(OpenOrder::from((9, order))).unwrap();
		assert_eq!(json["side"], "sell");
		assert_eq!(json["expiresAt"], 1_000);
		assert_eq!(json["clientOrderId"], 42);
		assert_eq!(json["remaining"], 10);
	}
}
