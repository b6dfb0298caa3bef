//! Primary offerings: an issuer sells new securities for cash, at a fixed price or in price
//! tiers, within a window and between a minimum and a maximum raise. Subscribers reserve
//! their cash; at the close each subscription settles on its own (securities issued to the
//! subscriber, cash paid to the issuer) or is refunded, in bounded batches, so no step
//! iterates over all subscribers.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	storage::{with_transaction, TransactionOutcome},
};
use pallet_compliance::{IdentityRegistry, Partition, TransferCompliance};
use pallet_token::{AssetLedger, SettlementError, DEFAULT_PARTITION};
use sp_runtime::{traits::Zero, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Checks an offering's terms and tiers as an issuer proposes them.
	pub(crate) fn ensure_valid_offering(
		terms: &OfferingTerms,
		tiers: &[Tier],
		now: pallet_compliance::Moment,
	) -> DispatchResult {
		let invalid = Error::<T>::InvalidTerms;
		ensure!(!terms.lot_size.is_zero() && !tiers.is_empty(), invalid);
		ensure!(tiers.iter().all(|t| !t.price.is_zero() && !t.lots.is_zero()), invalid);
		// Lots sell cheapest first: a later tier never costs less than an earlier one.
		ensure!(tiers.windows(2).all(|w| w[0].price <= w[1].price), invalid);
		ensure!(!terms.max_raise.is_zero() && terms.min_raise <= terms.max_raise, invalid);
		ensure!(terms.opens_at < terms.closes_at && terms.closes_at > now, invalid);
		ensure!(
			!terms.max_subscription.is_zero() && terms.min_subscription <= terms.max_subscription,
			invalid
		);
		// An offering whose every lot sold still falls short of its minimum could never be
		// funded.
		let mut full = 0u128;
		for tier in tiers {
			let value = tier.price.checked_mul(tier.lots).ok_or(Error::<T>::Overflow)?;
			full = full.checked_add(value).ok_or(Error::<T>::Overflow)?;
		}
		ensure!(full >= terms.min_raise, invalid);
		Ok(())
	}

	/// Opens an offering of `security` in `partition` for `cash`; `issuer` must be a key of
	/// the security's issuance agent.
	pub(crate) fn do_open_offering(
		issuer: T::AccountId,
		security: T::AssetId,
		partition: Partition,
		cash: T::AssetId,
		terms: OfferingTerms,
		tiers: TiersOf<T>,
	) -> DispatchResult {
		Self::ensure_security_for_cash(security, cash)?;
		let agent = T::Ledger::issuance_agent(security);
		ensure!(
			agent.is_some() && agent == T::Identities::active_identity(&issuer),
			Error::<T>::NotIssuanceAgent
		);
		Self::ensure_valid_offering(&terms, &tiers, Self::now())?;
		let most = Self::balance(terms.max_raise)?;
		T::Compliance::can_buy(cash, &DEFAULT_PARTITION, &issuer, most)
			.map_err(Error::<T>::ComplianceRefused)?;
		let offering = NextOfferingId::<T>::get();
		NextOfferingId::<T>::put(offering.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Offerings::<T>::insert(
			offering,
			Offering {
				issuer: issuer.clone(),
				security,
				partition,
				cash,
				terms,
				tiers: tiers.clone(),
				status: OfferingStatus::Open,
				sold: 0,
				raised: 0,
				open_subscriptions: 0,
			},
		);
		Self::deposit_event(Event::OfferingOpened {
			offering,
			issuer,
			security,
			partition,
			cash,
			terms,
			tiers,
		});
		Ok(())
	}

	/// The cash `quantity` more units cost after what is sold: lots are sold cheapest tier
	/// first.
	pub(crate) fn subscription_cost(
		offering: &OfferingOf<T>,
		quantity: Quantity,
	) -> Result<u128, Error<T>> {
		let lot = offering.terms.lot_size;
		let mut sold_lots = offering.sold.checked_div(lot).ok_or(Error::<T>::InvalidTerms)?;
		let mut wanted = quantity.checked_div(lot).ok_or(Error::<T>::InvalidTerms)?;
		let mut cost = 0u128;
		for tier in offering.tiers.iter() {
			if wanted.is_zero() {
				break;
			}
			let left = tier.lots.saturating_sub(sold_lots);
			sold_lots = sold_lots.saturating_sub(tier.lots);
			let taken = left.min(wanted);
			let value = tier.price.checked_mul(taken).ok_or(Error::<T>::Overflow)?;
			cost = cost.checked_add(value).ok_or(Error::<T>::Overflow)?;
			wanted = wanted.saturating_sub(taken);
		}
		ensure!(wanted.is_zero(), Error::<T>::ExceedsOffering);
		Ok(cost)
	}

	/// Whether no further lot can be sold: every lot of the tiers is taken, or the next one
	/// would pass the maximum raise.
	pub(crate) fn sold_out(offering: &OfferingOf<T>) -> bool {
		match Self::subscription_cost(offering, offering.terms.lot_size) {
			Ok(next) => offering.raised.saturating_add(next) > offering.terms.max_raise,
			Err(_) => true,
		}
	}

	/// Subscribes `who` to `quantity` units of an open offering, reserving their cost.
	pub(crate) fn do_subscribe(
		who: &T::AccountId,
		id: OfferingId,
		quantity: Quantity,
	) -> DispatchResult {
		let mut offering = Offerings::<T>::get(id).ok_or(Error::<T>::UnknownOffering)?;
		let now = Self::now();
		ensure!(
			offering.status == OfferingStatus::Open
				&& now >= offering.terms.opens_at
				&& now < offering.terms.closes_at,
			Error::<T>::OfferingNotOpen
		);
		let identity = T::Identities::active_identity(who).ok_or(Error::<T>::NotIdentified)?;
		// The issuer's own money would count towards its minimum raise.
		ensure!(
			T::Ledger::issuance_agent(offering.security) != Some(identity),
			Error::<T>::IssuerMayNotSubscribe
		);
		ensure!(!quantity.is_zero(), Error::<T>::ZeroQuantity);
		ensure!(quantity.is_multiple_of(offering.terms.lot_size), Error::<T>::NotMultipleOfLot);
		let before = Subscribed::<T>::get(id, identity);
		let after = before.checked_add(quantity).ok_or(Error::<T>::Overflow)?;
		ensure!(after >= offering.terms.min_subscription, Error::<T>::BelowMinimumSubscription);
		ensure!(after <= offering.terms.max_subscription, Error::<T>::AboveMaximumSubscription);
		let cost = Self::subscription_cost(&offering, quantity)?;
		let raised = offering.raised.checked_add(cost).ok_or(Error::<T>::Overflow)?;
		ensure!(raised <= offering.terms.max_raise, Error::<T>::ExceedsMaximumRaise);

		let (amount, cash) = (Self::balance(quantity)?, Self::balance(cost)?);
		// The cheap question first: a subscriber without the cash hears so, not a rule.
		ensure!(
			T::Ledger::free_balance(offering.cash, &DEFAULT_PARTITION, who) >= cash,
			Error::<T>::InsufficientBalance
		);
		let refused = Error::<T>::ComplianceRefused;
		T::Compliance::can_issue(offering.security, &offering.partition, who, amount)
			.map_err(refused)?;
		T::Compliance::can_sell(offering.cash, &DEFAULT_PARTITION, who, cash).map_err(refused)?;
		if !cost.is_zero() {
			T::Ledger::reserve(offering.cash, &DEFAULT_PARTITION, who, cash)?;
		}

		let mut subscription = Subscriptions::<T>::get(id, who).unwrap_or(Subscription {
			identity,
			quantity: 0,
			cash: 0,
		});
		if subscription.quantity.is_zero() {
			offering.open_subscriptions =
				offering.open_subscriptions.checked_add(1).ok_or(Error::<T>::Overflow)?;
		}
		subscription.quantity =
			subscription.quantity.checked_add(quantity).ok_or(Error::<T>::Overflow)?;
		subscription.cash = subscription.cash.checked_add(cost).ok_or(Error::<T>::Overflow)?;
		Subscriptions::<T>::insert(id, who, subscription);
		Subscribed::<T>::insert(id, identity, after);
		offering.sold = offering.sold.checked_add(quantity).ok_or(Error::<T>::Overflow)?;
		offering.raised = raised;
		Offerings::<T>::insert(id, offering);
		Self::deposit_event(Event::Subscribed {
			offering: id,
			subscriber: who.clone(),
			quantity,
			cash: cost,
		});
		Ok(())
	}

	/// Ends an offering's subscription period: funded if it raised its minimum, refunding
	/// if not (or if `cancelled`).
	pub(crate) fn do_close_offering(
		id: OfferingId,
		mut offering: OfferingOf<T>,
		cancelled: bool,
	) -> DispatchResult {
		let funded = !cancelled && offering.raised >= offering.terms.min_raise;
		offering.status = match (cancelled, funded) {
			(true, _) => OfferingStatus::Cancelled,
			(false, true) => OfferingStatus::Funded,
			(false, false) => OfferingStatus::Refunding,
		};
		if cancelled {
			Self::deposit_event(Event::OfferingCancelled { offering: id });
		}
		Self::deposit_event(Event::OfferingClosed {
			offering: id,
			funded,
			sold: offering.sold,
			raised: offering.raised,
		});
		Self::finish_or_keep(id, offering);
		Ok(())
	}

	/// Keeps a closed offering while subscriptions are left to settle, and removes it once
	/// none is.
	fn finish_or_keep(id: OfferingId, offering: OfferingOf<T>) {
		if offering.open_subscriptions.is_zero() && offering.status != OfferingStatus::Open {
			Offerings::<T>::remove(id);
			Self::deposit_event(Event::OfferingFinished { offering: id });
		} else {
			Offerings::<T>::insert(id, offering);
		}
	}

	/// Settles or refunds up to `limit` subscriptions of `offering`, the record of `id`, once
	/// it is closed; returns how many, and how many of their movements made a new holder or
	/// let one go.
	pub(crate) fn do_settle_subscriptions(
		id: OfferingId,
		mut offering: OfferingOf<T>,
		limit: u32,
	) -> Result<(u32, u32), DispatchError> {
		let mut holders_changed = 0u32;
		ensure!(offering.status != OfferingStatus::Open, Error::<T>::OfferingNotClosed);
		let batch: alloc::vec::Vec<(T::AccountId, Subscription)> =
			Subscriptions::<T>::iter_prefix(id).take(limit as usize).collect();
		for (subscriber, subscription) in &batch {
			Subscriptions::<T>::remove(id, subscriber);
			Subscribed::<T>::mutate_exists(id, subscription.identity, |total| {
				let left = total.unwrap_or_default().saturating_sub(subscription.quantity);
				*total = (!left.is_zero()).then_some(left);
			});
			offering.open_subscriptions = offering.open_subscriptions.saturating_sub(1);
			let refund = match offering.status {
				OfferingStatus::Funded => Self::settle_subscription(
					&offering,
					subscriber,
					subscription,
					&mut holders_changed,
				)?,
				OfferingStatus::Cancelled => Some(RefundReason::Cancelled),
				_ => Some(RefundReason::BelowMinimum),
			};
			match refund {
				None => Self::deposit_event(Event::SubscriptionSettled {
					offering: id,
					subscriber: subscriber.clone(),
					quantity: subscription.quantity,
					cash: subscription.cash,
				}),
				Some(reason) => {
					if !subscription.cash.is_zero() {
						T::Ledger::unreserve(
							offering.cash,
							&DEFAULT_PARTITION,
							subscriber,
							Self::balance(subscription.cash)?,
						)?;
					}
					Self::deposit_event(Event::SubscriptionRefunded {
						offering: id,
						subscriber: subscriber.clone(),
						cash: subscription.cash,
						reason,
					});
				}
			}
		}
		Self::finish_or_keep(id, offering);
		Ok((batch.len() as u32, holders_changed))
	}

	/// Issues a funded subscription's securities and pays its cash to the issuer, both or
	/// neither. `Some` says why it must be refunded instead. Counts in `holders_changed` the
	/// movements that made a new holder or let one go, rolled back or not: the work was done.
	fn settle_subscription(
		offering: &OfferingOf<T>,
		subscriber: &T::AccountId,
		subscription: &Subscription,
		holders_changed: &mut u32,
	) -> Result<Option<RefundReason>, DispatchError> {
		let amount = Self::balance(subscription.quantity)?;
		let cash = Self::balance(subscription.cash)?;
		with_transaction(|| {
			let settled = T::Ledger::issue(
				offering.security,
				&offering.partition,
				subscriber,
				amount,
				&offering.issuer,
			)
			.and_then(|issued| {
				issued.count(holders_changed);
				if subscription.cash.is_zero() {
					return Ok(());
				}
				T::Ledger::transfer_reserved(
					&mut Default::default(),
					offering.cash,
					&DEFAULT_PARTITION,
					subscriber,
					&offering.issuer,
					cash,
				)?
				.count(holders_changed);
				Ok(())
			});
			match settled {
				Ok(()) => TransactionOutcome::Commit(Ok(None)),
				Err(SettlementError::Refused(reason)) => {
					TransactionOutcome::Rollback(Ok(Some(RefundReason::Refused(reason))))
				}
				Err(SettlementError::Failed(_)) => {
					TransactionOutcome::Rollback(Ok(Some(RefundReason::SettlementFailed)))
				}
			}
		})
	}
}
