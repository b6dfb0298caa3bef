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

fn main() -> sc_cli::Result<()> {
	command::run()
}
