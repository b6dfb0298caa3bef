//! The Consort node.

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod observer;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
