//! # Consortium governance pallet
//!
//! The consortium's council decides who validates and which runtime the chain runs. This
//! pallet holds the decisions that have no home in a stock FRAME pallet:
//!
//! - the validator set, which it hands to `pallet-session` as its [`SessionManager`], so a
//!   validator added or removed by the council takes effect at the next session change;
//! - when a session ends ([`RotateOnChange`]): at a [`Config::SessionPeriod`] boundary, and
//!   only if ending it changes the validators or their keys. A session change costs a whole
//!   block (pallet-session charges it `max_block`), and every change of set makes GRANDPA and
//!   BEEFY hand over to a new authority set, which the bridge's light clients must follow;
//!   rotating on a fixed period alone paid both every period for nothing;
//! - the authorization of a runtime upgrade by the council, without a sudo key.
//!
//! Who may call is decided by [`Config::GovernanceOrigin`]; the runtime sets it to a
//! two-thirds majority of the council.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub mod weights;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;
use sp_staking::SessionIndex;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config
		+ pallet_session::Config<ValidatorId = <Self as frame_system::Config>::AccountId>
	{
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// The origin that changes the validator set and authorizes upgrades.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The most validators the set may hold.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// The fewest validators the set may be left with by a removal.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Sessions may end only at multiples of this many blocks, and do only when ending one
		/// changes something; zero never ends one.
		#[pallet::constant]
		type SessionPeriod: Get<BlockNumberFor<Self>>;
		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The validators that the next session will be given.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of the first sessions.
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut unique = self.validators.clone();
			unique.sort();
			unique.dedup();
			assert_eq!(unique.len(), self.validators.len(), "genesis validators must be unique");
			assert!(
				self.validators.is_empty()
					|| self.validators.len() as u32 >= T::MinValidators::get(),
				"genesis has fewer validators than MinValidators"
			);
			let bounded =
				BoundedVec::<T::AccountId, T::MaxValidators>::try_from(self.validators.clone())
					.expect("genesis has more validators than MaxValidators");
			Validators::<T>::put(bounded);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator joins the set from the next session on.
		ValidatorAdded { who: T::AccountId },
		/// A validator leaves the set from the next session on.
		ValidatorRemoved { who: T::AccountId },
		/// The council authorized a runtime upgrade to the code with this hash.
		UpgradeAuthorized { code_hash: T::Hash },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set is full: `MaxValidators` reached.
		TooManyValidators,
		/// Removing the account would leave fewer than `MinValidators`.
		TooFewValidators,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the validator set; it authors from the session after next once its
		/// session keys are set.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|validators| -> DispatchResult {
				ensure!(!validators.contains(&who), Error::<T>::AlreadyValidator);
				validators.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
				Ok(())
			})?;
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the validator set from the next session change on.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|validators| -> DispatchResult {
				let position =
					validators.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
				ensure!(
					validators.len() as u32 > T::MinValidators::get(),
					Error::<T>::TooFewValidators
				);
				validators.remove(position);
				Ok(())
			})?;
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// Authorizes an upgrade to the runtime whose code hashes to `code_hash`; anyone may
		/// then apply it with `System::apply_authorized_upgrade`.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::authorize_upgrade())]
		pub fn authorize_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			frame_system::Pallet::<T>::do_authorize_upgrade(code_hash, true);
			Self::deposit_event(Event::UpgradeAuthorized { code_hash });
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Charges the check that [`RotateOnChange`] makes at each period boundary, which
		/// pallet-session does not charge when the session goes on.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			if Self::at_session_boundary(now) {
				<T as Config>::WeightInfo::session_change_check()
			} else {
				Weight::zero()
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The set's invariants: no duplicates and never fewer than `MinValidators`.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let validators = Validators::<T>::get();
		let mut sorted = validators.to_vec();
		sorted.sort();
		sorted.dedup();
		frame_support::ensure!(sorted.len() == validators.len(), "duplicate validator");
		frame_support::ensure!(
			validators.is_empty() || validators.len() as u32 >= T::MinValidators::get(),
			"fewer validators than MinValidators"
		);
		Ok(())
	}
}

/// How the session queued in pallet-session differs from what the consortium decided.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueuedSetDrift {
	/// The validators with session keys are not the queued validators, in the same order.
	pub validators: bool,
	/// A queued validator's next keys are not its queued keys.
	pub keys: bool,
}

impl<T: Config> Pallet<T> {
	/// Whether `now` is a block at which a session may end.
	pub fn at_session_boundary(now: BlockNumberFor<T>) -> bool {
		let period = T::SessionPeriod::get();
		!period.is_zero() && (now % period).is_zero()
	}

	/// Compares the queued session with the validators and their next keys. Validators that
	/// have not set keys are left out, as pallet-session leaves them out of a session, so a
	/// validator admitted before its bank set keys changes nothing until it does. Reads at most
	/// `MaxValidators` keys.
	pub fn queued_set_drift() -> QueuedSetDrift {
		let queued = pallet_session::QueuedKeys::<T>::get();
		let mut drift = QueuedSetDrift::default();
		let mut queued_entries = queued.iter();
		for validator in Validators::<T>::get().iter() {
			let Some(keys) = pallet_session::NextKeys::<T>::get(validator) else {
				continue;
			};
			match queued_entries.next() {
				Some((queued_validator, queued_keys)) if queued_validator == validator => {
					drift.keys |= queued_keys != &keys;
				}
				_ => {
					drift.validators = true;
					return drift;
				}
			}
		}
		drift.validators = queued_entries.next().is_some();
		drift
	}

	/// Whether ending the session now would change anything: a queued set not yet active, or
	/// validators or keys that differ from the queued ones.
	pub fn session_change_pending() -> bool {
		if pallet_session::QueuedChanged::<T>::get() {
			return true;
		}
		let drift = Self::queued_set_drift();
		drift.validators || drift.keys
	}
}

/// Ends a session at a [`Config::SessionPeriod`] boundary when
/// [`Pallet::session_change_pending`] says that ending it changes something. A change takes
/// two endings, as in pallet-session: one queues the new set, the next makes it active.
pub struct RotateOnChange<T>(PhantomData<T>);

impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for RotateOnChange<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		Pallet::<T>::at_session_boundary(now) && Pallet::<T>::session_change_pending()
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	/// Hands over the validators only when the keyed ones differ from the queued ones: handing
	/// them over marks the queued set changed, which would end the next session too.
	fn new_session(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::queued_set_drift().validators.then(|| Validators::<T>::get().into_inner())
	}

	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Some(Validators::<T>::get().into_inner())
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}
