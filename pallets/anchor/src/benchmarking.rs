//! Benchmarks of every call and sealing step of the anchor, each at its worst case: every
//! bridged slot taken by a real asset, identities with every key they may have, each key
//! holding every partition it may in every bridged asset, the most documents an asset may
//! have, and the most address changes an epoch allows.

use super::*;
use crate::seal::Step;
use alloc::vec::Vec;
use anchor_primitives::{EthAddress, MerkleFrontier};
use core::marker::PhantomData;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_compliance::{IdentityId, Partition};
use sp_core::H256;

/// What the benchmarks need from the runtime: securities with documents, and holders.
pub trait BenchmarkHelper<AccountId, AssetId> {
	/// A new security with the most documents an asset may have.
	fn create_security() -> Result<AssetId, BenchmarkError>;
	/// A new identity with the most keys it may have, each holding one unit of the most
	/// partitions it may of every asset in `assets`; its keys.
	fn holder(
		index: u32,
		assets: &[AssetId],
	) -> Result<(IdentityId, Vec<AccountId>), BenchmarkError>;
}

/// The helper for a runtime with Consort's token and compliance pallets.
pub struct TokenLedgerHelper<T>(PhantomData<T>);

fn partition(n: u32) -> Partition {
	let mut partition = [0u8; 32];
	partition[..4].copy_from_slice(&n.to_be_bytes());
	partition
}

impl<T> BenchmarkHelper<T::AccountId, <T as pallet_token::Config>::AssetId> for TokenLedgerHelper<T>
where
	T: pallet_token::Config + pallet_compliance::Config,
{
	fn create_security() -> Result<<T as pallet_token::Config>::AssetId, BenchmarkError> {
		let issuer: T::AccountId = account("issuer", 0, 0);
		if pallet_compliance::Pallet::<T>::active_identity(&issuer).is_none() {
			pallet_compliance::benchmarking::identify::<T>(&issuer);
		}
		let asset = pallet_token::NextAssetId::<T>::get();
		pallet_token::Pallet::<T>::create_asset(
			RawOrigin::Signed(issuer.clone()).into(),
			BoundedVec::truncate_from(b"Benchmark".to_vec()),
			BoundedVec::truncate_from(b"BNCH".to_vec()),
			pallet_token::AssetKind::Debt,
			0,
			Default::default(),
			None,
		)?;
		let max_uri = <T as pallet_token::Config>::MaxUriLength::get() as usize;
		for n in 0..<T as pallet_token::Config>::MaxDocuments::get() {
			pallet_token::Pallet::<T>::set_document(
				RawOrigin::Signed(issuer.clone()).into(),
				asset,
				partition(n + 1),
				BoundedVec::truncate_from(alloc::vec![b'u'; max_uri]),
				H256::repeat_byte(1),
			)?;
		}
		Ok(asset)
	}

	fn holder(
		index: u32,
		assets: &[<T as pallet_token::Config>::AssetId],
	) -> Result<(IdentityId, Vec<T::AccountId>), BenchmarkError> {
		let issuer: T::AccountId = account("issuer", 0, 0);
		let first: T::AccountId = account("holder", index, 0);
		let identity = pallet_compliance::benchmarking::identify::<T>(&first);
		let mut keys = alloc::vec![first];
		for n in 1..<T as pallet_compliance::Config>::MaxKeysPerIdentity::get() {
			let key: T::AccountId = account("holder", index, n);
			pallet_compliance::benchmarking::add_key::<T>(identity, &key);
			keys.push(key);
		}
		for &asset in assets {
			for key in &keys {
				for p in 0..<T as pallet_token::Config>::MaxPartitionsPerHolder::get() {
					pallet_token::Pallet::<T>::issue(
						RawOrigin::Signed(issuer.clone()).into(),
						asset,
						partition(p),
						key.clone(),
						1u32.into(),
						Default::default(),
					)?;
				}
			}
		}
		Ok((identity, keys))
	}
}

fn bridge_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::BridgeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// Every bridged slot taken by a new security.
fn bridge_all<T: Config>() -> Result<Vec<T::AssetId>, BenchmarkError> {
	let origin = bridge_origin::<T>()?;
	let mut assets = Vec::new();
	for _ in 0..T::MaxBridgedAssets::get() {
		let asset = T::BenchmarkHelper::create_security()?;
		Pallet::<T>::bridge_asset(origin.clone(), asset)?;
		assets.push(asset);
	}
	Ok(assets)
}

/// A key of the benchmark's keystore, its Ethereum address, and its EIP-191 signature of
/// the message linking it to `identity`.
fn eth_signer<T: Config>(identity: IdentityId) -> (EthAddress, [u8; 65]) {
	const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"bach");
	let public = sp_io::crypto::ecdsa_generate(KEY_TYPE, None);
	let sign = |message: &[u8]| {
		let digest = Pallet::<T>::eip191_digest(message);
		sp_io::crypto::ecdsa_sign_prehashed(KEY_TYPE, &public, &digest).map(|signature| signature.0)
	};
	// The address is the recovered key's, whatever message it signed.
	let probe = sign(b"probe").unwrap_or([0; 65]);
	let address = Pallet::<T>::signer_of(b"probe", &probe).unwrap_or_default();
	let signature = sign(&Pallet::<T>::link_message(identity, &address)).unwrap_or([0; 65]);
	(address, signature)
}

/// Links `count` new addresses, one after the other, to `identity` through its `key`.
fn link_addresses<T: Config>(
	identity: IdentityId,
	key: &T::AccountId,
	count: u32,
) -> Result<(), BenchmarkError> {
	for _ in 0..count {
		let (address, signature) = eth_signer::<T>(identity);
		Pallet::<T>::link_eth_address(RawOrigin::Signed(key.clone()).into(), address, signature)?;
	}
	Ok(())
}

/// Forgets every holding recorded in the open epoch.
fn clear_records<T: Config>() {
	let epoch = OpenEpoch::<T>::get();
	let _ = Recorded::<T>::clear_prefix((epoch,), u32::MAX, None);
	let _ = Changes::<T>::clear_prefix((epoch,), u32::MAX, None);
	let _ = ChangeCount::<T>::clear_prefix(epoch, u32::MAX, None);
}

fn sealing<T: Config>(assets: Vec<T::AssetId>) -> SealingOf<T> {
	SealingOf::<T> {
		epoch: OpenEpoch::<T>::get(),
		assets: BoundedVec::truncate_from(assets),
		asset_index: 0,
		change_index: 0,
		leaves: MerkleFrontier::default(),
		entries: MerkleFrontier::default(),
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn bridge_asset() -> Result<(), BenchmarkError> {
		let origin = bridge_origin::<T>()?;
		let mut assets = bridge_all::<T>()?;
		let last = assets.pop().ok_or(BenchmarkError::Weightless)?;
		Pallet::<T>::unbridge_asset(origin.clone(), last)?;
		Bridged::<T>::remove(last);
		BridgedAssets::<T>::put(BoundedVec::truncate_from(assets));
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, last);
		assert_eq!(BridgedAssets::<T>::get().len() as u32, T::MaxBridgedAssets::get());
		Ok(())
	}

	#[benchmark]
	fn unbridge_asset() -> Result<(), BenchmarkError> {
		let origin = bridge_origin::<T>()?;
		let assets = bridge_all::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, assets[0]);
		assert_eq!(Bridged::<T>::get(assets[0]), Some(true));
		Ok(())
	}

	#[benchmark]
	fn set_epoch_length() -> Result<(), BenchmarkError> {
		let origin = bridge_origin::<T>()?;
		let blocks: BlockNumberFor<T> = MIN_EPOCH_LENGTH.into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, blocks);
		assert_eq!(Pallet::<T>::epoch_length(), blocks);
		Ok(())
	}

	#[benchmark]
	fn link_eth_address() -> Result<(), BenchmarkError> {
		let assets = bridge_all::<T>()?;
		let (identity, keys) = T::BenchmarkHelper::holder(0, &assets)?;
		// Linked before, with all but one of the epoch's address changes used.
		link_addresses::<T>(identity, &keys[0], MAX_ADDRESS_CHANGES_PER_EPOCH - 1)?;
		let (address, signature) = eth_signer::<T>(identity);
		// None of the holdings recorded yet, so the call records every one.
		clear_records::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(keys[0].clone()), address, signature);
		assert_eq!(EthAddressOf::<T>::get(identity), Some(address));
		let partitions = <T::Ledger as pallet_token::AssetRecords<_, _, _>>::partitions_held(
			assets[0], &keys[0],
		);
		assert_eq!(Changes::<T>::iter().count(), assets.len() * partitions.len());
		Ok(())
	}

	#[benchmark]
	fn publish_holders(
		n: Linear<1, { T::MaxHoldersPerPublish::get() }>,
	) -> Result<(), BenchmarkError> {
		let assets = bridge_all::<T>()?;
		let mut accounts = Vec::new();
		for index in 0..n {
			let (_, keys) = T::BenchmarkHelper::holder(index, &assets[..1])?;
			accounts.push(keys[0].clone());
		}
		let epoch = OpenEpoch::<T>::get();
		// Issuing recorded them already: clear that, so the call records every one.
		clear_records::<T>();
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), assets[0], BoundedVec::truncate_from(accounts));
		assert!(ChangeCount::<T>::get(epoch, assets[0]) >= n);
		Ok(())
	}

	/// The ledger's report of a changed holding of a bridged asset, at its dearest: the
	/// holding's first change in the epoch, which records it.
	#[benchmark]
	fn holding_changed() -> Result<(), BenchmarkError> {
		let origin = bridge_origin::<T>()?;
		let asset = T::BenchmarkHelper::create_security()?;
		Pallet::<T>::bridge_asset(origin, asset)?;
		let (_, keys) = T::BenchmarkHelper::holder(0, &[asset])?;
		let epoch = OpenEpoch::<T>::get();
		clear_records::<T>();
		#[block]
		{
			<Pallet<T> as pallet_token::OnHoldingChanged<_, _>>::holding_changed(
				asset,
				&partition(0),
				&keys[0],
			);
		}
		assert_eq!(ChangeCount::<T>::get(epoch, asset), 1);
		Ok(())
	}

	#[benchmark]
	fn close_epoch() -> Result<(), BenchmarkError> {
		let origin = bridge_origin::<T>()?;
		let assets = bridge_all::<T>()?;
		// Every asset leaves: each is taken off the list and its ledger stops reporting it.
		for asset in &assets {
			Pallet::<T>::unbridge_asset(origin.clone(), *asset)?;
		}
		let now: BlockNumberFor<T> = T::EpochLength::get();
		#[block]
		{
			Pallet::<T>::close_epoch(now);
		}
		assert!(BridgedAssets::<T>::get().is_empty());
		assert!(!<T::Ledger as pallet_token::AssetRecords<_, _, _>>::holdings_followed(assets[0]));
		Ok(())
	}

	#[benchmark]
	fn seal_change() -> Result<(), BenchmarkError> {
		let assets = bridge_all::<T>()?;
		let (identity, keys) = T::BenchmarkHelper::holder(0, &assets[..1])?;
		link_addresses::<T>(identity, &keys[0], MAX_ADDRESS_CHANGES_PER_EPOCH)?;
		let mut state = sealing::<T>(assets);
		#[block]
		{
			Pallet::<T>::seal_step(&mut state);
		}
		assert_eq!(state.leaves.count, MAX_ADDRESS_CHANGES_PER_EPOCH + 1);
		Ok(())
	}

	#[benchmark]
	fn seal_asset() -> Result<(), BenchmarkError> {
		let assets = bridge_all::<T>()?;
		let mut state = sealing::<T>(assets);
		#[block]
		{
			let step = Pallet::<T>::seal_step(&mut state);
			assert!(matches!(step, Step::Asset));
		}
		assert_eq!(state.entries.count, 1);
		Ok(())
	}

	#[benchmark]
	fn finish_epoch() -> Result<(), BenchmarkError> {
		let assets = bridge_all::<T>()?;
		let mut state = sealing::<T>(assets);
		let _ = Pallet::<T>::seal_step(&mut state);
		let now: BlockNumberFor<T> = T::EpochLength::get();
		#[block]
		{
			Pallet::<T>::finish(&state, now);
		}
		assert!(LatestCommitment::<T>::exists());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
