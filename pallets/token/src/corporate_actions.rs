//! Corporate actions: who may run them, and paying one holder its share of a distribution.

use crate::{pallet::*, types::*, AssetLedger, Moved};
use frame_support::ensure;
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use pallet_compliance::IdentityRegistry;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedSub, Zero},
	DispatchError, DispatchResult, Rounding, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The signer and the asset, if the signer is a key of the corporate actions agent.
	pub(crate) fn ensure_corporate_actions_agent(
		origin: OriginFor<T>,
		asset: T::AssetId,
	) -> Result<(T::AccountId, AssetOf<T>), DispatchError> {
		let who = ensure_signed(origin)?;
		let details = Self::asset(asset)?;
		ensure!(
			Self::identity(&who)? == details.roles.corporate_actions_agent,
			Error::<T>::NotCorporateActionsAgent
		);
		Ok((who, details))
	}

	/// A distribution or ballot starts using a checkpoint, which may not be retired until
	/// it ends.
	pub(crate) fn use_checkpoint(asset: T::AssetId, checkpoint: CheckpointId) -> DispatchResult {
		Checkpoints::<T>::try_mutate(asset, checkpoint, |record| {
			let record = record.as_mut().ok_or(Error::<T>::CheckpointNotLive)?;
			record.uses = record.uses.saturating_add(1);
			Ok(())
		})
	}

	/// A checkpoint's use by a distribution or ballot ended.
	pub(crate) fn release_checkpoint(asset: T::AssetId, checkpoint: CheckpointId) {
		Checkpoints::<T>::mutate(asset, checkpoint, |record| {
			if let Some(record) = record {
				record.uses = record.uses.saturating_sub(1);
			}
		});
	}

	pub(crate) fn ensure_payable(record: &DistributionOf<T>) -> DispatchResult {
		let now = Self::now();
		ensure!(!record.reclaimed, Error::<T>::DistributionReclaimed);
		ensure!(now >= record.pay_from, Error::<T>::DistributionNotStarted);
		ensure!(now < record.expires_at, Error::<T>::DistributionExpired);
		Ok(())
	}

	/// `holder`'s share of a distribution before tax: the total times its balance at the
	/// checkpoint over the supply then, rounded down (the dust goes back to the payer).
	pub fn entitlement(
		record: &DistributionOf<T>,
		holder: &T::AccountId,
	) -> Result<T::Balance, DispatchError> {
		let balance = Self::balance_at(record.asset, record.checkpoint, holder)?;
		let supply = Checkpoints::<T>::get(record.asset, record.checkpoint)
			.ok_or(Error::<T>::CheckpointNotLive)?
			.supply;
		if supply.is_zero() {
			return Ok(Zero::zero());
		}
		let share = multiply_by_rational_with_rounding(
			balance.saturated_into::<u128>(),
			record.total.saturated_into::<u128>(),
			supply.saturated_into::<u128>(),
			Rounding::Down,
		)
		.ok_or(Error::<T>::Overflow)?;
		Ok(share.saturated_into())
	}

	/// The tax rate for `holder`: its jurisdiction's, as a claim trusted for the asset says,
	/// or the default.
	fn withholding_rate(record: &DistributionOf<T>, holder: &T::AccountId) -> sp_runtime::Permill {
		T::Identities::identity_of(holder)
			.and_then(|identity| T::Identities::jurisdiction_of(record.asset, identity))
			.and_then(|country| record.withholding.iter().find(|w| w.country == country))
			.map_or(record.default_withholding, |w| w.rate)
	}

	/// Pays `holder` its share, net of tax, from the payer's reserved cash; the tax is
	/// released to the payer, who remits it. Cleared by the cash token's compliance.
	pub(crate) fn pay(
		distribution: DistributionId,
		record: &mut DistributionOf<T>,
		holder: &T::AccountId,
	) -> Result<Moved, DispatchError> {
		Self::ensure_payable(record)?;
		ensure!(
			!DistributionPayments::<T>::contains_key(distribution, holder),
			Error::<T>::AlreadyPaid
		);
		let gross = Self::entitlement(record, holder)?;
		ensure!(!gross.is_zero(), Error::<T>::NothingToClaim);
		let withheld = Self::withholding_rate(record, holder).mul_floor(gross);
		let net = gross.checked_sub(&withheld).ok_or(Error::<T>::Overflow)?;
		let remaining = record.remaining.checked_sub(&gross).ok_or(Error::<T>::Overflow)?;
		let cash = record.cash;
		let mut moved = Moved::default();
		if holder == &record.payer {
			<Self as AssetLedger<_, _, _>>::unreserve(cash, &DEFAULT_PARTITION, holder, gross)?;
		} else {
			if !net.is_zero() {
				moved = <Self as AssetLedger<_, _, _>>::transfer_reserved(
					&mut Default::default(),
					cash,
					&DEFAULT_PARTITION,
					&record.payer,
					holder,
					net,
				)
				.map_err(Self::dispatch_error)?;
			}
			if !withheld.is_zero() {
				<Self as AssetLedger<_, _, _>>::unreserve(
					cash,
					&DEFAULT_PARTITION,
					&record.payer,
					withheld,
				)?;
			}
		}
		// Only once the cash has moved: a push keeps `record` across holders it skips.
		record.remaining = remaining;
		DistributionPayments::<T>::insert(distribution, holder, ());
		Self::deposit_event(Event::DistributionPaid {
			distribution,
			holder: holder.clone(),
			gross,
			withheld,
			net,
		});
		Ok(moved)
	}
}
