//! The scenarios: what each one pre-signs, and what it places on the book before the clock
//! starts.

use std::{sync::Arc, time::Duration};

use codec::Encode;
use consort_runtime::{RuntimeCall, MILLI_UNIT};
use jsonrpsee::{core::client::ClientT, rpc_params};
use pallet_matching::{
	MarketId, OrderId, OrderKind, Quote, SelfTradePrevention, Side, TimeInForce,
};
use pallet_token::DEFAULT_PARTITION;
use serde::Serialize;
use serde_json::Value;
use sp_core::{sr25519, Pair};

use crate::{
	chain::{extrinsic_hash, sign, Chain, ChainError, ChainInfo, Result},
	load::{self, Pace, Planned, RunOptions},
	world::{Accounts, World},
};

/// A kind of load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
	/// Balance transfers: the baseline (Parity's sTPS method).
	Transfers,
	/// Security-token transfers under a KYC rule on both sides.
	Security,
	/// Post-only limit orders that rest: bids and asks that never cross.
	Orders,
	/// Buy orders (immediate or cancel) that each fill a resting ask, settling both legs.
	Crossing,
	/// A market maker's day: amends, quotes, cancels, and takers that lift the quotes.
	Mixed,
}

impl Scenario {
	pub fn name(self) -> &'static str {
		match self {
			Scenario::Transfers => "transfers",
			Scenario::Security => "security",
			Scenario::Orders => "orders",
			Scenario::Crossing => "crossing",
			Scenario::Mixed => "mixed",
		}
	}

	pub fn trades(self) -> bool {
		matches!(self, Scenario::Orders | Scenario::Crossing | Scenario::Mixed)
	}
}

/// Prices of the scenarios' books, in cash units per lot of one.
const BID_FLOOR: u128 = 1_000;
const ASK_FLOOR: u128 = 2_000;
const LEVELS: u128 = 100;
const CROSS_PRICE: u128 = 1_500;
const MAKER_BID: u128 = 1_400;
const MAKER_ASK: u128 = 1_600;
const QUOTE_BID: u128 = 1_450;
const QUOTE_ASK: u128 = 1_550;
const EXTRA_BID: u128 = 1_300;

/// The most quotes one `replace_quotes` may carry: the runtime's bound.
fn max_quotes() -> usize {
	use frame_support::traits::Get;
	let most: u32 = <consort_runtime::Runtime as pallet_matching::Config>::MaxOrdersPerCall::get();
	most as usize
}

/// One lot at `price`. An order meant to rest is post-only, as a maker's is: it never trades,
/// so the chain charges it up front for no fills. One meant to trade takes its lot from the
/// first maker, so it asks to look at one only and is charged up front for that one.
fn place(market: MarketId, side: Side, price: u128, time_in_force: TimeInForce) -> RuntimeCall {
	RuntimeCall::Matching(pallet_matching::Call::place_order {
		market,
		side,
		kind: OrderKind::Limit { price },
		quantity: 1,
		time_in_force,
		post_only: time_in_force == TimeInForce::GoodTillCancelled,
		self_trade: SelfTradePrevention::CancelNewest,
		client_order_id: None,
		max_makers: (time_in_force != TimeInForce::GoodTillCancelled).then_some(1),
	})
}

fn quotes(market: MarketId, quotes: Vec<Quote>) -> Result<RuntimeCall> {
	Ok(RuntimeCall::Matching(pallet_matching::Call::replace_quotes {
		market,
		cancel: Default::default(),
		quotes: quotes.try_into().map_err(|_| ChainError::Setup("too many quotes".into()))?,
	}))
}

fn quote(side: Side, price: u128, quantity: u128) -> Quote {
	Quote { side, price, quantity, post_only: false, client_order_id: None }
}

/// Signs `calls` (sender, call) in order, each sender's nonces counting up from `nonces`.
pub fn sign_all(
	accounts: &Accounts,
	nonces: &mut [u32],
	info: &ChainInfo,
	calls: Vec<(usize, RuntimeCall)>,
) -> Vec<Planned> {
	calls
		.into_iter()
		.map(|(sender, call)| {
			let nonce = nonces[sender];
			nonces[sender] += 1;
			let bytes = sign(call, &accounts.pairs[sender], nonce, info).encode();
			Planned { sender, hash: extrinsic_hash(&bytes), bytes }
		})
		.collect()
}

/// `count` extrinsics that the pool must refuse, each with a signature that does not match
/// its signer, spread evenly through `plan`.
pub fn spoil(plan: &mut Vec<Planned>, count: usize, info: &ChainInfo) {
	let signer = sr25519::Pair::from_seed(&[7; 32]);
	let claimed = sr25519::Pair::from_seed(&[8; 32]);
	let step = (plan.len() / (count + 1)).max(1);
	for n in 0..count {
		let call =
			RuntimeCall::System(frame_system::Call::remark { remark: n.to_le_bytes().to_vec() });
		let mut xt = sign(call, &signer, 0, info);
		if let sp_runtime::generic::Preamble::Signed(address, _, _) = &mut xt.preamble {
			*address = sp_runtime::MultiAddress::Id(claimed.public().into());
		}
		let bytes = xt.encode();
		let at = ((n + 1) * step + n).min(plan.len());
		plan.insert(at, Planned { sender: usize::MAX - n, hash: extrinsic_hash(&bytes), bytes });
	}
}

/// The timed extrinsics of `scenario`, `count` of them (the mix rounds up to whole cycles),
/// after placing on the book what the scenario trades against.
pub async fn prepare(
	scenario: Scenario,
	chains: &[Arc<Chain>],
	world: &World,
	market: Option<MarketId>,
	accounts: &Accounts,
	count: usize,
) -> Result<Vec<Planned>> {
	let chain = &chains[0];
	let n = accounts.len();
	let mut nonces = accounts.nonces(chain).await?;
	let info = &world.info;
	let market =
		|| market.ok_or_else(|| ChainError::Setup(format!("{} needs a market", scenario.name())));
	let calls: Vec<(usize, RuntimeCall)> = match scenario {
		Scenario::Transfers => (0..count)
			.map(|k| {
				let to = accounts.ids[(k + 1) % n].clone();
				(
					k % n,
					RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
						dest: to.into(),
						value: MILLI_UNIT,
					}),
				)
			})
			.collect(),
		Scenario::Security => (0..count)
			.map(|k| {
				let to = accounts.ids[(k + 1) % n].clone();
				(
					k % n,
					RuntimeCall::Token(pallet_token::Call::transfer {
						asset: world.security,
						partition: DEFAULT_PARTITION,
						to,
						amount: 1,
						data: Default::default(),
					}),
				)
			})
			.collect(),
		Scenario::Orders => {
			let market = market()?;
			(0..count)
				.map(|k| {
					let sender = k % n;
					let level = (k / n) as u128 % LEVELS;
					let call = if sender.is_multiple_of(2) {
						place(market, Side::Buy, BID_FLOOR - level, TimeInForce::GoodTillCancelled)
					} else {
						place(market, Side::Sell, ASK_FLOOR + level, TimeInForce::GoodTillCancelled)
					};
					(sender, call)
				})
				.collect()
		}
		Scenario::Crossing => {
			let market = market()?;
			let sellers = (n / 2).max(1);
			let buyers = n - sellers;
			if buyers == 0 {
				return Err(ChainError::Setup("crossing needs at least two accounts".into()));
			}
			let mut asks = Vec::new();
			let mut left = count;
			let mut k = 0;
			while left > 0 {
				let batch = left.min(max_quotes());
				asks.push((
					k % sellers,
					quotes(market, vec![quote(Side::Sell, CROSS_PRICE, 1); batch])?,
				));
				left -= batch;
				k += 1;
			}
			book(chains, &sign_all(accounts, &mut nonces, info, asks), "crossing: asks").await?;
			(0..count)
				.map(|k| {
					(
						sellers + k % buyers,
						place(market, Side::Buy, CROSS_PRICE, TimeInForce::ImmediateOrCancel),
					)
				})
				.collect()
		}
		Scenario::Mixed => mix(chains, market()?, accounts, &mut nonces, info, count).await?,
	};
	Ok(sign_all(accounts, &mut nonces, info, calls))
}

/// The market makers' mix. A cycle is, per maker: amend its bid, amend its ask, post a
/// two-sided quote at the touch, cancel one order, amend both back; and two takers who hit
/// the touch, one each side. Makers are an eighth of the accounts.
async fn mix(
	chains: &[Arc<Chain>],
	market: MarketId,
	accounts: &Accounts,
	nonces: &mut [u32],
	info: &ChainInfo,
	count: usize,
) -> Result<Vec<(usize, RuntimeCall)>> {
	const PER_CYCLE: usize = 8;
	let n = accounts.len();
	let makers = (n / 8).max(1);
	let takers = n - makers;
	if takers == 0 {
		return Err(ChainError::Setup("the mix needs at least two accounts".into()));
	}
	let cycles = count.div_ceil(PER_CYCLE * makers).max(1);

	// Each maker rests a bid and an ask to amend, and an order to cancel per cycle.
	let mut resting = Vec::new();
	for maker in 0..makers {
		let mut orders = vec![quote(Side::Buy, MAKER_BID, 10), quote(Side::Sell, MAKER_ASK, 10)];
		orders.extend((0..cycles).map(|_| quote(Side::Buy, EXTRA_BID, 1)));
		for chunk in orders.chunks(max_quotes()) {
			resting.push((maker, quotes(market, chunk.to_vec())?));
		}
	}
	book(chains, &sign_all(accounts, nonces, info, resting), "mixed: makers' orders").await?;
	let mut books = Vec::new();
	for maker in 0..makers {
		books.push(open_orders(&chains[0], &accounts.ids[maker], market).await?);
	}

	let amend = |order: OrderId, price: u128| {
		RuntimeCall::Matching(pallet_matching::Call::amend_order {
			market,
			order,
			price,
			quantity: 10,
		})
	};
	let mut calls = Vec::new();
	for cycle in 0..cycles {
		for slot in 0..PER_CYCLE {
			for (maker, orders) in books.iter().enumerate() {
				let taker = makers + (cycle * makers * 2 + maker * 2 + slot) % takers;
				let bid = orders.first_at(MAKER_BID)?;
				let ask = orders.first_at(MAKER_ASK)?;
				let call = match slot {
					0 => amend(bid, MAKER_BID - 1),
					1 => amend(ask, MAKER_ASK + 1),
					2 => quotes(
						market,
						vec![quote(Side::Buy, QUOTE_BID, 1), quote(Side::Sell, QUOTE_ASK, 1)],
					)?,
					3 => RuntimeCall::Matching(pallet_matching::Call::cancel_order {
						market,
						order: orders.nth_at(EXTRA_BID, cycle)?,
					}),
					4 => amend(bid, MAKER_BID),
					5 => amend(ask, MAKER_ASK),
					6 => {
						calls.push((
							taker,
							place(market, Side::Buy, QUOTE_ASK, TimeInForce::ImmediateOrCancel),
						));
						continue;
					}
					_ => {
						calls.push((
							taker,
							place(market, Side::Sell, QUOTE_BID, TimeInForce::ImmediateOrCancel),
						));
						continue;
					}
				};
				calls.push((maker, call));
			}
		}
	}
	Ok(calls)
}

/// A maker's resting orders: (id, price), in id order.
struct OpenOrders(Vec<(OrderId, u128)>);

impl OpenOrders {
	fn nth_at(&self, price: u128, n: usize) -> Result<OrderId> {
		self.0
			.iter()
			.filter(|(_, p)| *p == price)
			.nth(n)
			.map(|(id, _)| *id)
			.ok_or_else(|| ChainError::Setup(format!("a maker lacks order {n} at {price}")))
	}

	fn first_at(&self, price: u128) -> Result<OrderId> {
		self.nth_at(price, 0)
	}
}

async fn open_orders(
	chain: &Chain,
	who: &consort_runtime::AccountId,
	market: MarketId,
) -> Result<OpenOrders> {
	use sp_core::crypto::Ss58Codec;
	let mut out = Vec::new();
	let mut after: Option<OrderId> = None;
	loop {
		let page: Vec<Value> = chain
			.client
			.request("matching_openOrders", rpc_params![who.to_ss58check(), market, after, 100u32])
			.await?;
		for order in &page {
			let number = |field: &str| {
				order[field]
					.as_u64()
					.ok_or_else(|| ChainError::Unexpected(format!("an open order's {field}")))
			};
			out.push((number("id")?, u128::from(number("price")?)));
		}
		match out.last() {
			Some((last, _)) if page.len() == 100 => after = Some(*last),
			_ => break,
		}
	}
	Ok(OpenOrders(out))
}

/// Places `plan` on the book before the clock starts: every one must be finalized and
/// succeed.
async fn book(chains: &[Arc<Chain>], plan: &[Planned], label: &str) -> Result<()> {
	let options = RunOptions {
		label: label.to_string(),
		pace: Pace::Max { window: 2_000 },
		drain_timeout: Duration::from_secs(60),
		in_flight: 256,
		submit_for: None,
	};
	let run = load::run(chains, plan, &options).await?;
	let bad = run.records.iter().find(|r| {
		r.finalized_at.is_none()
			|| r.failure.is_some()
			|| !matches!(r.outcome, load::Outcome::Accepted | load::Outcome::Unwatched)
	});
	match bad {
		Some(record) => Err(ChainError::Setup(format!("{label}: {record:?}"))),
		None => Ok(()),
	}
}
