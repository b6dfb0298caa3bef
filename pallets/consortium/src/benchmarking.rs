//! Benchmarks of the consortium pallet's calls, at the worst case: a full validator set.

use super::*;
use codec::Decode;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};

fn fill_validators<T: Config>(count: u32) {
	let validators: Vec<T::AccountId> =
		(0..count).map(|i| account::<T::AccountId>("validator", i, 0)).collect();
	Validators::<T>::put(
		frame_support::BoundedVec::<_, T::MaxValidators>::try_from(validators)
			.expect("count is within MaxValidators"),
	);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill_validators::<T>(T::MaxValidators::get().saturating_sub(1));
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("new-validator", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		fill_validators::<T>(T::MaxValidators::get());
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("validator", T::MaxValidators::get().saturating_sub(1), 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn authorize_upgrade() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let code_hash = T::Hash::default();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code_hash);

		assert!(frame_system::Pallet::<T>::authorized_upgrade().is_some());
		Ok(())
	}

	/// The check at a period boundary when nothing changed, its dearest: every validator of a
	/// full set has keys, queued and unchanged, so every one is read and compared.
	#[benchmark]
	fn session_change_check() {
		fill_validators::<T>(T::MaxValidators::get());
		let keys = <T as pallet_session::Config>::Keys::decode(
			&mut sp_runtime::traits::TrailingZeroInput::zeroes(),
		)
		.expect("keys decode from zeroes");
		let queued: Vec<_> = Validators::<T>::get()
			.into_iter()
			.map(|validator| {
				pallet_session::NextKeys::<T>::insert(&validator, keys.clone());
				(validator, keys.clone())
			})
			.collect();
		pallet_session::QueuedKeys::<T>::put(queued);
		pallet_session::QueuedChanged::<T>::put(false);
		let pending;

		#[block]
		{
			pending = Pallet::<T>::session_change_pending();
		}

		assert!(!pending);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
