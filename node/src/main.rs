//! The Consort node.

#![warn(missing_docs)]
// The error types are sc-cli's and sc-service's, returned once per command: their size
// costs nothing here.
#![allow(clippy::result_large_err)]

mod admission;
mod chain_spec;
mod cli;
mod command;
mod observer;
mod rpc;
mod service;

/// jemalloc instead of the system's allocator: block building and transaction validation
/// spend more of their time in the node's host functions than in the runtime, and glibc's
/// malloc and free were a fifth of the proposer's time (BENCHMARKS, "Where a block's time
/// goes").
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> sc_cli::Result<()> {
	command::run()
}
