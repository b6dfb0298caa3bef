//! Weights for `pallet_token`.
//!
//! PROVISIONAL, not measured: 100 us and 12 reads and writes per call (per partition for a
//! recovery), above what each call touches, until scripts/benchmarks.sh regenerates this file
//! from the pallet's benchmarks.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// The weight of each call of `pallet_token`.
pub trait WeightInfo {
	fn create_asset() -> Weight;
	fn set_identifiers() -> Weight;
	fn set_supply_cap() -> Weight;
	fn set_role() -> Weight;
	fn renounce_control() -> Weight;
	fn offer_ownership() -> Weight;
	fn accept_ownership() -> Weight;
	fn issue() -> Weight;
	fn close_issuance() -> Weight;
	fn redeem() -> Weight;
	fn transfer() -> Weight;
	fn authorize_operator() -> Weight;
	fn revoke_operator() -> Weight;
	fn operator_transfer() -> Weight;
	fn operator_redeem() -> Weight;
	fn controller_transfer() -> Weight;
	fn controller_redeem() -> Weight;
	fn recover_balances(p: u32) -> Weight;
	fn set_document() -> Weight;
	fn remove_document() -> Weight;
}

fn provisional(reads_writes: u64, db: frame_support::weights::RuntimeDbWeight) -> Weight {
	Weight::from_parts(100_000_000, 20_000)
		.saturating_add(db.reads_writes(reads_writes, reads_writes))
}

/// Weights for the runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_asset() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn set_identifiers() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn set_supply_cap() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn set_role() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn renounce_control() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn offer_ownership() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn accept_ownership() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn issue() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn close_issuance() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn redeem() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn transfer() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn authorize_operator() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn revoke_operator() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn operator_transfer() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn operator_redeem() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn controller_transfer() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn controller_redeem() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn recover_balances(p: u32) -> Weight {
		provisional(12, T::DbWeight::get()).saturating_mul(u64::from(p.max(1)))
	}
	fn set_document() -> Weight {
		provisional(12, T::DbWeight::get())
	}
	fn remove_document() -> Weight {
		provisional(12, T::DbWeight::get())
	}
}

// For tests.
impl WeightInfo for () {
	fn create_asset() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn set_identifiers() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn set_supply_cap() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn set_role() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn renounce_control() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn offer_ownership() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn accept_ownership() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn issue() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn close_issuance() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn redeem() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn transfer() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn authorize_operator() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn revoke_operator() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn operator_transfer() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn operator_redeem() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn controller_transfer() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn controller_redeem() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn recover_balances(p: u32) -> Weight {
		provisional(12, RocksDbWeight::get()).saturating_mul(u64::from(p.max(1)))
	}
	fn set_document() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
	fn remove_document() -> Weight {
		provisional(12, RocksDbWeight::get())
	}
}
