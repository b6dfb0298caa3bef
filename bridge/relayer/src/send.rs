//! Sending one transaction until it is mined: when no receipt comes in time, the same
//! transaction is sent again under the same nonce with higher fees, a bounded number of
//! times. Every version shares the nonce, so at most one of them is ever mined.
//!
//! The nonce is the account's mined transaction count, not its pending one: a transaction that
//! a relayer sent before it was killed, and that is still pending, is replaced by the new one
//! (outbid by the same bounded raises), never queued behind. One relayer per account.

use alloy::{
	network::TransactionBuilder,
	primitives::TxHash,
	providers::{DynProvider, PendingTransactionError, Provider, WatchTxError},
	rpc::types::{TransactionReceipt, TransactionRequest},
};
use std::time::Duration;

/// How much a replacement raises both fees: an eighth, above the tenth that Ethereum's and
/// Polygon's nodes require before they replace a pending transaction.
fn bumped(fee: u128) -> u128 {
	fee.saturating_add(fee / 8).saturating_add(1)
}

/// How a transaction was mined: its receipt and every hash sent for it, first to last.
#[derive(Debug)]
pub struct Mined {
	pub receipt: TransactionReceipt,
	pub sent: Vec<TxHash>,
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
	#[error("{0}")]
	Node(String),
	#[error("none of the {} versions sent was mined in time (last {last})", sent.len())]
	NotMined { sent: Vec<TxHash>, last: TxHash },
	#[error("a pending transaction of this account holds nonce {nonce} at fees that the allowed raises do not outbid")]
	Outbid { nonce: u64 },
}

fn node(error: impl std::fmt::Display) -> SendError {
	SendError::Node(error.to_string())
}

/// Whether the node refused a transaction because a pending one of the account holds its
/// nonce and the new one does not pay enough more to replace it (geth and anvil say
/// "replacement transaction underpriced", or "already known" for the same transaction).
fn refused_as_underpriced(error: &alloy::transports::TransportError) -> bool {
	error.as_error_resp().is_some_and(|response| {
		let message = response.message.to_lowercase();
		message.contains("underpriced") || message.contains("already known")
	})
}

/// Sends `tx` from `from` under the account's mined transaction count and waits up to
/// `timeout` for its receipt. If none comes, sends it again with the same nonce and both fees
/// raised by an eighth, and waits again; a send refused because a pending transaction of the
/// account (a killed run's) holds the nonce at higher fees is raised the same way. At most
/// `bumps` raises in all. Before each replacement, and when a replacement is refused, it looks
/// for a receipt of every version sent so far, since an earlier one may have been mined
/// meanwhile.
pub async fn send_with_fee_bumps(
	provider: &DynProvider,
	from: alloy::primitives::Address,
	tx: TransactionRequest,
	timeout: Duration,
	bumps: u32,
) -> Result<Mined, SendError> {
	let fees = provider.estimate_eip1559_fees().await.map_err(node)?;
	let (mut max_fee, mut priority) = (fees.max_fee_per_gas, fees.max_priority_fee_per_gas);
	let mut tx = tx.with_from(from);
	// On the mined state: a pending transaction that this one replaces must not count, or the
	// estimate is of another execution (anvil estimates on its pending block by default).
	let gas = provider
		.estimate_gas(tx.clone())
		.block(alloy::eips::BlockId::latest())
		.await
		.map_err(node)?;
	let nonce = provider.get_transaction_count(from).latest().await.map_err(node)?;
	tx = tx.with_gas_limit(gas).with_nonce(nonce);
	let mut sent: Vec<TxHash> = Vec::new();
	let mut raises = 0;
	loop {
		tx = tx.with_max_fee_per_gas(max_fee).with_max_priority_fee_per_gas(priority);
		let pending = match provider.send_transaction(tx.clone()).await {
			Ok(pending) => pending,
			Err(error) if refused_as_underpriced(&error) => {
				if let Some(receipt) = mined_among(provider, &sent).await? {
					return Ok(Mined { receipt, sent });
				}
				if raises == bumps {
					return Err(SendError::Outbid { nonce });
				}
				raises += 1;
				(max_fee, priority) = (bumped(max_fee), bumped(priority));
				tracing::warn!(
					nonce,
					max_fee,
					"a pending transaction of ours holds the nonce: outbidding it"
				);
				continue;
			}
			// A replacement refused because an earlier version was mined (its nonce is used).
			Err(error) if !sent.is_empty() => {
				return match mined_among(provider, &sent).await? {
					Some(receipt) => Ok(Mined { receipt, sent }),
					None => Err(node(error)),
				};
			}
			Err(error) => return Err(node(error)),
		};
		let hash = *pending.tx_hash();
		sent.push(hash);
		match pending.with_timeout(Some(timeout)).get_receipt().await {
			Ok(receipt) => return Ok(Mined { receipt, sent }),
			Err(PendingTransactionError::TxWatcher(WatchTxError::Timeout)) => {
				if let Some(receipt) = mined_among(provider, &sent).await? {
					return Ok(Mined { receipt, sent });
				}
				if raises == bumps {
					return Err(SendError::NotMined { last: hash, sent });
				}
				raises += 1;
				(max_fee, priority) = (bumped(max_fee), bumped(priority));
				tracing::warn!(
					tx = %hash,
					nonce,
					max_fee,
					"not mined in time: sending it again with higher fees"
				);
			}
			Err(error) => return Err(node(error)),
		}
	}
}

/// The receipt of whichever of `sent` was mined, if one was.
async fn mined_among(
	provider: &DynProvider,
	sent: &[TxHash],
) -> Result<Option<TransactionReceipt>, SendError> {
	for hash in sent {
		if let Some(receipt) = provider.get_transaction_receipt(*hash).await.map_err(node)? {
			return Ok(Some(receipt));
		}
	}
	Ok(None)
}

#[cfg(all(test, feature = "testing"))]
mod tests {
	use super::*;
	use crate::testing::evm_with;
	use alloy::primitives::{Address, U256};

	/// Sends `tx` with a receipt timeout of 1.5 s and two raises, on a chain that mines one
	/// block `after` the send begins, as on a congested chain; what was mined.
	async fn send_and_mine_after(
		evm: &crate::testing::Evm,
		from: Address,
		tx: TransactionRequest,
		after: Duration,
	) -> Mined {
		let sending = {
			let provider = evm.provider.clone();
			tokio::spawn(async move {
				send_with_fee_bumps(&provider, from, tx, Duration::from_millis(1_500), 2).await
			})
		};
		tokio::time::sleep(after).await;
		let _: String = evm.provider.raw_request("evm_mine".into(), ()).await.expect("mined");
		sending.await.expect("the task ends").expect("the transaction is mined")
	}

	#[tokio::test]
	async fn a_transaction_not_mined_in_time_is_replaced_with_higher_fees_and_mined_once() {
		let evm = evm_with(31_337, &["--no-mining"]);
		let from = evm.node.addresses()[0];
		let to = Address::repeat_byte(0x42);
		let value = U256::from(1_000_000u64);
		let tx = TransactionRequest::default().with_to(to).with_value(value);
		// Past the first timeout, the pool holds the replacement; then a block is mined.
		let mined = send_and_mine_after(&evm, from, tx, Duration::from_millis(2_500)).await;

		assert_eq!(mined.sent.len(), 2, "sent once, replaced once");
		assert_eq!(mined.receipt.transaction_hash, mined.sent[1], "the replacement was mined");
		let first = evm.provider.get_transaction_by_hash(mined.sent[0]).await.expect("asked");
		assert!(first.is_none(), "the first version is gone from the pool");
		let replacement = evm
			.provider
			.get_transaction_by_hash(mined.sent[1])
			.await
			.expect("asked")
			.expect("the replacement is on chain");
		use alloy::consensus::Transaction as _;
		assert_eq!(replacement.nonce(), 0, "the replacement kept the nonce");
		assert_eq!(evm.provider.get_balance(to).await.expect("read"), value, "paid once");
		assert_eq!(evm.provider.get_transaction_count(from).await.expect("read"), 1);
	}

	/// What a relayer killed mid-submission leaves behind: a transaction pending in the pool.
	async fn left_pending(evm: &crate::testing::Evm, fees: Option<(u128, u128)>) -> TxHash {
		let mut tx = TransactionRequest::default()
			.with_to(Address::repeat_byte(0x41))
			.with_value(U256::from(1u64));
		if let Some((max_fee, priority)) = fees {
			tx = tx.with_max_fee_per_gas(max_fee).with_max_priority_fee_per_gas(priority);
		}
		*evm.provider.send_transaction(tx).await.expect("sent").tx_hash()
	}

	#[tokio::test]
	async fn a_transaction_left_pending_by_an_earlier_run_is_outbid_not_queued_behind() {
		let evm = evm_with(31_339, &["--no-mining"]);
		let from = evm.node.addresses()[0];
		let left = left_pending(&evm, None).await;
		let to = Address::repeat_byte(0x42);
		let value = U256::from(1_000_000u64);
		let tx = TransactionRequest::default().with_to(to).with_value(value);
		let mined = send_and_mine_after(&evm, from, tx, Duration::from_millis(1_000)).await;

		assert_eq!(mined.sent.len(), 1, "sent once, in place of the pending one");
		let on_chain = evm
			.provider
			.get_transaction_by_hash(mined.receipt.transaction_hash)
			.await
			.expect("asked")
			.expect("on chain");
		use alloy::consensus::Transaction as _;
		assert_eq!(on_chain.nonce(), 0, "it took the pending transaction's nonce");
		assert!(evm.provider.get_transaction_by_hash(left).await.expect("asked").is_none());
		let balance = |who| evm.provider.get_balance(who);
		assert_eq!(balance(Address::repeat_byte(0x41)).await.expect("read"), U256::ZERO);
		assert_eq!(balance(to).await.expect("read"), value);
		assert_eq!(evm.provider.get_transaction_count(from).await.expect("read"), 1);
	}

	#[tokio::test]
	async fn a_pending_transaction_that_the_raises_cannot_outbid_is_named_and_left_to_be_mined() {
		let evm = evm_with(31_340, &["--no-mining"]);
		let from = evm.node.addresses()[0];
		let fees = evm.provider.estimate_eip1559_fees().await.expect("fees");
		let ten_times = (fees.max_fee_per_gas * 10, fees.max_priority_fee_per_gas * 10);
		left_pending(&evm, Some(ten_times)).await;
		let to = Address::repeat_byte(0x42);
		let tx = TransactionRequest::default().with_to(to).with_value(U256::from(5u64));

		let result =
			send_with_fee_bumps(&evm.provider, from, tx, Duration::from_millis(500), 2).await;
		assert!(matches!(result, Err(SendError::Outbid { nonce: 0 })), "{result:?}");
		let _: String = evm.provider.raw_request("evm_mine".into(), ()).await.expect("mined");
		let balance = |who| evm.provider.get_balance(who);
		assert_eq!(balance(Address::repeat_byte(0x41)).await.expect("read"), U256::from(1u64));
		assert_eq!(balance(to).await.expect("read"), U256::ZERO);
	}

	#[tokio::test]
	async fn a_transaction_never_mined_is_given_up_after_its_bumps() {
		let evm = evm_with(31_338, &["--no-mining"]);
		let from = evm.node.addresses()[0];
		let tx = TransactionRequest::default()
			.with_to(Address::repeat_byte(0x42))
			.with_value(U256::from(1u64));
		let result =
			send_with_fee_bumps(&evm.provider, from, tx, Duration::from_millis(500), 1).await;
		match result {
			Err(SendError::NotMined { sent, .. }) => assert_eq!(sent.len(), 2),
			other => panic!("expected NotMined, got {other:?}"),
		}
		assert_eq!(evm.provider.get_transaction_count(from).await.expect("read"), 0);
	}
}
