//! Consort's relayer: it carries what the consortium finalized to the contracts on Ethereum
//! and Polygon, and nothing it carries is trusted there. The contracts check every signature
//! and proof themselves; this crate only puts chain data into the shape they take.

pub mod beefy;
pub mod checkpoint;
pub mod config;
pub mod consort;
pub mod contracts;
pub mod metrics;
pub mod reconcile;
pub mod relay;
pub mod send;
#[cfg(feature = "testing")]
pub mod testing;
