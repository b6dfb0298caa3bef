//! `compliance_canTransfer`, `compliance_canIssue` and `compliance_canRedeem`: a dApp asks
//! the node before it signs, and gets the answer the runtime will give, with the ERC-1066
//! status byte and the stable reason code of the rule that says no.

use std::{fmt::Debug, sync::Arc};

use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
pub use pallet_compliance_runtime_api::ComplianceApi as ComplianceRuntimeApi;
use pallet_compliance_runtime_api::{Partition, Rejection};
use serde::{de::DeserializeOwned, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// The JSON-RPC error code of a dry run the runtime could not answer (an unknown block, a
/// runtime without the API).
pub const RUNTIME_ERROR: i32 = 4100;

/// The answer to a dry run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
	/// Whether the movement may happen.
	pub allowed: bool,
	/// The ERC-1066 status byte: 0x51 when allowed, else the rejection's status.
	pub status: u8,
	/// The stable reason code (0 when allowed).
	pub code: u8,
	/// The rule that says no, by name, with the failed clause where there is one.
	pub reason: Option<String>,
	/// The ERC-1400 `bytes32` reason, as the bridge's contracts return it.
	pub reason_word: H256,
}

impl From<Result<(), Rejection>> for Verdict {
	fn from(answer: Result<(), Rejection>) -> Self {
		match answer {
			Ok(()) => Verdict {
				allowed: true,
				status: 0x51,
				code: 0,
				reason: None,
				reason_word: H256::zero(),
			},
			Err(rejection) => Verdict {
				allowed: false,
				status: rejection.status(),
				code: rejection.code(),
				reason: Some(format!("{rejection:?}")),
				reason_word: H256(rejection.reason_word()),
			},
		}
	}
}

/// The dry-run methods. `partition` defaults to the default partition (all zeros); `at`
/// to the best block.
#[rpc(client, server)]
pub trait ComplianceApi<BlockHash, AccountId, AssetId, Balance> {
	/// May `amount` of `asset` move from `from` to `to`?
	#[method(name = "compliance_canTransfer")]
	fn can_transfer(
		&self,
		asset: AssetId,
		from: AccountId,
		to: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<Verdict>;

	/// May `amount` of `asset` be issued to `to`?
	#[method(name = "compliance_canIssue")]
	fn can_issue(
		&self,
		asset: AssetId,
		to: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<Verdict>;

	/// May `from` redeem `amount` of `asset`?
	#[method(name = "compliance_canRedeem")]
	fn can_redeem(
		&self,
		asset: AssetId,
		from: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<Verdict>;
}

/// The dry-run methods over a client.
pub struct Compliance<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Compliance<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

fn runtime_error(error: impl Debug) -> ErrorObjectOwned {
	ErrorObject::owned(
		RUNTIME_ERROR,
		"the runtime could not answer the compliance dry run",
		Some(format!("{error:?}")),
	)
}

fn partition_of(partition: Option<H256>) -> Partition {
	partition.map(|p| p.0).unwrap_or_default()
}

impl<C, Block, AccountId, AssetId, Balance>
	ComplianceApiServer<<Block as BlockT>::Hash, AccountId, AssetId, Balance> for Compliance<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ComplianceRuntimeApi<Block, AccountId, AssetId, Balance>,
	AccountId: Codec + DeserializeOwned + Send + Sync + 'static,
	AssetId: Codec + DeserializeOwned + Send + Sync + 'static,
	Balance: Codec + DeserializeOwned + Send + Sync + 'static,
{
	fn can_transfer(
		&self,
		asset: AssetId,
		from: AccountId,
		to: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let answer = self
			.client
			.runtime_api()
			.can_transfer(at, asset, partition_of(partition), from, to, amount)
			.map_err(runtime_error)?;
		Ok(answer.into())
	}

	fn can_issue(
		&self,
		asset: AssetId,
		to: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let answer = self
			.client
			.runtime_api()
			.can_issue(at, asset, partition_of(partition), to, amount)
			.map_err(runtime_error)?;
		Ok(answer.into())
	}

	fn can_redeem(
		&self,
		asset: AssetId,
		from: AccountId,
		amount: Balance,
		partition: Option<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let answer = self
			.client
			.runtime_api()
			.can_redeem(at, asset, partition_of(partition), from, amount)
			.map_err(runtime_error)?;
		Ok(answer.into())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_allowed_movement_answers_status_0x51_and_no_reason() {
		let verdict = Verdict::from(Ok(()));
		assert!(verdict.allowed);
		assert_eq!((verdict.status, verdict.code, verdict.reason), (0x51, 0, None));
	}

	#[test]
	fn a_refused_movement_answers_its_status_code_and_rule() {
		let verdict = Verdict::from(Err(Rejection::ReceiverRuleFailed(2)));
		assert!(!verdict.allowed);
		assert_eq!(verdict.status, 0x57);
		assert_eq!(verdict.code, 13);
		assert_eq!(verdict.reason.as_deref(), Some("ReceiverRuleFailed(2)"));
		assert_eq!(verdict.reason_word.0[30..], [2, 13]);
	}
}
