//! `token_balances`, `token_holders`, `token_canTransferByPartition`, `token_documents` and
//! `token_portfolio`: what a wallet, a register of holders and a portfolio screen read of the
//! ledger, at the best block or any other. Amounts are in the assets' smallest units, as JSON numbers.

use std::{collections::BTreeMap, fmt::Debug, sync::Arc};

use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
pub use pallet_token_runtime_api::TokenApi as TokenRuntimeApi;
use pallet_token_runtime_api::{
	AssetKind, DocumentInfo, IdentityId, PartitionHolding, Position, PriceSource, TransferRefusal,
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// The JSON-RPC error code of a read the runtime could not answer (an unknown block, a
/// runtime without the API); the same code as compliance's dry run.
pub const RUNTIME_ERROR: i32 = 4100;
/// The most holders one page returns.
pub const MAX_PAGE: u32 = 1_000;

/// A balance in one partition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionBalance<Balance> {
	/// The partition, as ERC-1410's bytes32.
	pub partition: H256,
	pub balance: Balance,
	/// What is held for open orders, subscriptions, instructions and distributions.
	pub reserved: Balance,
}

/// A holder and its balance across partitions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder<AccountId, Balance> {
	pub holder: AccountId,
	pub balance: Balance,
}

/// A document (ERC-1643).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssetDocument {
	/// The name, as ERC-1643's bytes32.
	pub name: H256,
	/// The URI, as UTF-8 (bytes that are not are replaced).
	pub uri: String,
	pub content_hash: H256,
	/// Unix milliseconds.
	pub updated_at: u64,
}

/// One holding of a portfolio and what it is worth.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Holding<AccountId, AssetId, Balance> {
	pub account: AccountId,
	pub asset: AssetId,
	/// `equity`, `debt`, `fundUnit`, `cash` or `other`.
	pub kind: String,
	pub balance: Balance,
	/// The cash token it is valued in, if it has a price.
	pub valued_in: Option<AssetId>,
	pub value: Option<u128>,
	/// `lastTrade`, `agent` or `cash`.
	pub price_source: Option<String>,
}

/// The value of a portfolio's priced holdings in one cash token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CashTotal<AssetId> {
	pub cash: AssetId,
	pub value: u128,
}

/// An identity's holdings and their total value in each cash token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio<AccountId, AssetId, Balance> {
	pub holdings: Vec<Holding<AccountId, AssetId, Balance>>,
	/// The value of every priced holding, summed per cash token, by cash token.
	pub totals: Vec<CashTotal<AssetId>>,
	/// How many holdings have no price and are left out of the totals.
	pub unpriced: u32,
}

/// The answer to `token_canTransferByPartition`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferVerdict {
	pub allowed: bool,
	/// The ERC-1066 status byte: 0x51 when allowed, 0x52 for too little balance, 0x50 for
	/// another failure of the transfer, compliance's status for its refusals.
	pub status: u8,
	/// What says no, by name (compliance's rule, with the failed clause where there is one).
	pub reason: Option<String>,
}

impl From<Result<(), TransferRefusal>> for TransferVerdict {
	fn from(answer: Result<(), TransferRefusal>) -> Self {
		match answer {
			Ok(()) => TransferVerdict { allowed: true, status: 0x51, reason: None },
			Err(refusal) => TransferVerdict {
				allowed: false,
				status: refusal.status(),
				reason: Some(match refusal {
					TransferRefusal::Refused(rejection) => format!("{rejection:?}"),
					other => format!("{other:?}"),
				}),
			},
		}
	}
}

fn kind_name(kind: AssetKind) -> String {
	match kind {
		AssetKind::Equity => "equity",
		AssetKind::Debt => "debt",
		AssetKind::FundUnit => "fundUnit",
		AssetKind::Cash => "cash",
		AssetKind::Other => "other",
	}
	.into()
}

fn source_name(source: PriceSource) -> String {
	match source {
		PriceSource::LastTrade => "lastTrade",
		PriceSource::Agent => "agent",
		PriceSource::Cash => "cash",
	}
	.into()
}

impl<AccountId, AssetId: Ord + Copy, Balance> From<Vec<Position<AccountId, AssetId, Balance>>>
	for Portfolio<AccountId, AssetId, Balance>
{
	fn from(positions: Vec<Position<AccountId, AssetId, Balance>>) -> Self {
		let mut totals = BTreeMap::new();
		let mut unpriced = 0u32;
		let holdings = positions
			.into_iter()
			.map(|position| {
				match position.valuation {
					Some(v) => {
						let total: &mut u128 = totals.entry(v.cash).or_default();
						*total = total.saturating_add(v.value);
					}
					None => unpriced = unpriced.saturating_add(1),
				}
				Holding {
					account: position.account,
					asset: position.asset,
					kind: kind_name(position.kind),
					balance: position.balance,
					valued_in: position.valuation.map(|v| v.cash),
					value: position.valuation.map(|v| v.value),
					price_source: position.valuation.map(|v| source_name(v.source)),
				}
			})
			.collect();
		let totals = totals.into_iter().map(|(cash, value)| CashTotal { cash, value }).collect();
		Portfolio { holdings, totals, unpriced }
	}
}

/// The reads. `at` defaults to the best block.
#[rpc(client, server)]
pub trait TokenApi<BlockHash, AccountId, AssetId, Balance> {
	/// An account's balance of an asset in each partition it holds.
	#[method(name = "token_balances")]
	fn balances(
		&self,
		asset: AssetId,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PartitionBalance<Balance>>>;

	/// Holders of an asset with their balances, a page at a time (100 unless said, at most
	/// 1,000): pass the last holder of a page as `after` for the next.
	#[method(name = "token_holders")]
	fn holders(
		&self,
		asset: AssetId,
		after: Option<AccountId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Holder<AccountId, Balance>>>;

	/// Would `amount` of `from`'s free units (in `partition`, the default unless said) move
	/// to `to` now? The ledger's checks and compliance's together.
	#[method(name = "token_canTransferByPartition")]
	fn can_transfer_by_partition(
		&self,
		asset: AssetId,
		from: AccountId,
		to: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<TransferVerdict>;

	/// Every document of an asset (ERC-1643 `getAllDocuments` with their contents).
	#[method(name = "token_documents")]
	fn documents(&self, asset: AssetId, at: Option<BlockHash>) -> RpcResult<Vec<AssetDocument>>;

	/// Every holding of every key of an identity, valued at the last trade price or the
	/// asset agent's price, with totals per cash token.
	#[method(name = "token_portfolio")]
	fn portfolio(
		&self,
		identity: IdentityId,
		at: Option<BlockHash>,
	) -> RpcResult<Portfolio<AccountId, AssetId, Balance>>;
}

/// The reads over a client.
pub struct Token<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Token<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

fn runtime_error(error: impl Debug) -> ErrorObjectOwned {
	ErrorObject::owned(
		RUNTIME_ERROR,
		"the runtime could not answer the ledger read",
		Some(format!("{error:?}")),
	)
}

impl<C, Block, AccountId, AssetId, Balance>
	TokenApiServer<<Block as BlockT>::Hash, AccountId, AssetId, Balance> for Token<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TokenRuntimeApi<Block, AccountId, AssetId, Balance>,
	AccountId: Codec + Serialize + DeserializeOwned + Send + Sync + 'static,
	AssetId: Codec + Serialize + DeserializeOwned + Ord + Copy + Send + Sync + 'static,
	Balance: Codec + Serialize + DeserializeOwned + Send + Sync + 'static,
{
	fn balances(
		&self,
		asset: AssetId,
		who: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<PartitionBalance<Balance>>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let held = self.client.runtime_api().balances(at, asset, who).map_err(runtime_error)?;
		Ok(held
			.into_iter()
			.map(|h: PartitionHolding<Balance>| PartitionBalance {
				partition: H256(h.partition),
				balance: h.balance,
				reserved: h.reserved,
			})
			.collect())
	}

	fn holders(
		&self,
		asset: AssetId,
		after: Option<AccountId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<Holder<AccountId, Balance>>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let limit = limit.unwrap_or(100).min(MAX_PAGE);
		let holders =
			self.client.runtime_api().holders(at, asset, after, limit).map_err(runtime_error)?;
		Ok(holders.into_iter().map(|(holder, balance)| Holder { holder, balance }).collect())
	}

	fn can_transfer_by_partition(
		&self,
		asset: AssetId,
		from: AccountId,
		to: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<TransferVerdict> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let partition = partition.map(|p| p.0).unwrap_or_default();
		let answer = self
			.client
			.runtime_api()
			.can_transfer(at, asset, partition, from, to, amount)
			.map_err(runtime_error)?;
		Ok(answer.into())
	}

	fn documents(&self, asset: AssetId, at: Option<Block::Hash>) -> RpcResult<Vec<AssetDocument>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let documents = self.client.runtime_api().documents(at, asset).map_err(runtime_error)?;
		Ok(documents
			.into_iter()
			.map(|d: DocumentInfo| AssetDocument {
				name: H256(d.name),
				uri: String::from_utf8_lossy(&d.uri).into_owned(),
				content_hash: d.content_hash,
				updated_at: d.updated_at,
			})
			.collect())
	}

	fn portfolio(
		&self,
		identity: IdentityId,
		at: Option<Block::Hash>,
	) -> RpcResult<Portfolio<AccountId, AssetId, Balance>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let positions = self.client.runtime_api().portfolio(at, identity).map_err(runtime_error)?;
		Ok(positions.into())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_token_runtime_api::Valuation;

	#[test]
	fn a_refused_transfer_answers_its_erc_1066_status_and_what_says_no() {
		let poor = TransferVerdict::from(Err(TransferRefusal::InsufficientBalance));
		assert_eq!((poor.allowed, poor.status), (false, 0x52));
		assert_eq!(poor.reason.as_deref(), Some("InsufficientBalance"));
		let ok = TransferVerdict::from(Ok(()));
		assert_eq!((ok.allowed, ok.status, ok.reason), (true, 0x51, None));
	}

	#[test]
	fn a_portfolio_totals_priced_holdings_per_cash_token_and_counts_the_rest() {
		let position = |asset, valuation| Position {
			account: 1u64,
			asset,
			kind: AssetKind::Equity,
			balance: 10u128,
			valuation,
		};
		let in_chf = |value, source| Some(Valuation { cash: 9u32, value, source });
		let portfolio = Portfolio::from(vec![
			position(1, in_chf(500, PriceSource::LastTrade)),
			position(2, in_chf(250, PriceSource::Agent)),
			position(3, None),
		]);
		assert_eq!(portfolio.totals, vec![CashTotal { cash: 9, value: 750 }]);
		assert_eq!(portfolio.unpriced, 1);
		let json = serde_json::to_value(&portfolio).unwrap();
		assert_eq!(json["holdings"][0]["priceSource"], "lastTrade");
		assert_eq!(json["holdings"][1]["kind"], "equity");
		assert_eq!(json["holdings"][2]["value"], serde_json::Value::Null);
	}
}
