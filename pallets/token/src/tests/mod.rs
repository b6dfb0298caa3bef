//! The token pallet's behaviour, call by call, on a runtime with the real compliance pallet.
//! Every test ends with both pallets' invariants checked (see `mock::run_test`).

mod assets;
mod audit;
mod bad_input;
mod compliance;
mod controller;
mod corporate_actions;
mod documents;
mod movements;
mod operators;
mod reads;
mod reservations;
