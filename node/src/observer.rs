//! The read-only RPC of a regulator's observer node.
//!
//! An observer serves every read and subscription a full node serves, but it is not a way
//! into the chain: methods that submit extrinsics answer [`READ_ONLY_CODE`], and unsafe
//! methods are denied as on any public endpoint.

use jsonrpsee::{types::ErrorObjectOwned, RpcModule};
use sc_rpc_api::DenyUnsafe;
use sc_rpc_server::{RpcEndpoint, RpcMethods};

/// The JSON-RPC error code of a write refused by an observer.
pub const READ_ONLY_CODE: i32 = 4030;
/// The message that goes with [`READ_ONLY_CODE`].
pub const READ_ONLY_MESSAGE: &str =
	"this node is a read-only observer: it does not accept extrinsics; submit them to a validator";

/// Methods that put something into the transaction pool or the keystore.
const WRITE_METHODS: [&str; 9] = [
	"author_submitExtrinsic",
	"author_submitAndWatchExtrinsic",
	"author_insertKey",
	"author_rotateKeys",
	"author_rotateKeysWithOwner",
	"author_removeExtrinsic",
	"transaction_v1_broadcast",
	"transactionWatch_v1_submitAndWatch",
	"offchain_localStorageSet",
];

/// The node's RPC module with every write method answering [`READ_ONLY_CODE`] and unsafe
/// methods denied.
pub fn read_only(mut module: RpcModule<()>) -> Result<RpcModule<()>, String> {
	for method in WRITE_METHODS {
		module.remove_method(method);
		module
			.register_method(method, |_, _, _| {
				Err::<(), _>(ErrorObjectOwned::owned(READ_ONLY_CODE, READ_ONLY_MESSAGE, None::<()>))
			})
			.map_err(|e| format!("registering the refusal of {method}: {e}"))?;
	}
	module.extensions_mut().insert(DenyUnsafe::Yes);
	Ok(module)
}

/// The endpoints of an observer: those configured, restricted to safe methods.
pub fn safe_endpoints(endpoints: &[RpcEndpoint]) -> Vec<RpcEndpoint> {
	endpoints
		.iter()
		.cloned()
		.map(|mut endpoint| {
			endpoint.rpc_methods = RpcMethods::Safe;
			endpoint
		})
		.collect()
}

/// An endpoint that accepts no connection, on a random local port: Substrate's standard RPC
/// server, which would accept writes, must bind somewhere but must not be reachable.
pub fn closed_endpoint(endpoints: &[RpcEndpoint]) -> Option<RpcEndpoint> {
	let mut closed = endpoints.first()?.clone();
	closed.listen_addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
	closed.max_connections = 0;
	closed.rpc_methods = RpcMethods::Safe;
	closed.retry_random_port = true;
	closed.is_optional = false;
	Some(closed)
}
