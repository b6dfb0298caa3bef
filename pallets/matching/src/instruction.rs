//! Settlement instructions: trades agreed off the book (OTC, FIX, a broker) that settle on
//! chain through the same ledger path as a fill. Each sending party affirms, reserving what
//! it sends; once all have, every leg moves in one storage transaction, each cleared by
//! compliance, at once or at the start of a chosen block. Any party may reject it and its
//! creator may withdraw it until then; what was reserved is released.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	ensure,
	storage::{with_transaction, TransactionOutcome},
	traits::Get,
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compliance::IdentityRegistry;
use pallet_token::{AssetLedger, SettlementError};
use sp_runtime::{traits::Zero, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// The distinct senders of an instruction's legs, in the order they first appear.
	pub(crate) fn senders(legs: &LegsOf<T>) -> alloc::vec::Vec<T::AccountId> {
		let mut senders = alloc::vec::Vec::with_capacity(legs.len());
		for leg in legs.iter() {
			if !senders.contains(&leg.from) {
				senders.push(leg.from.clone());
			}
		}
		senders
	}

	/// Records an instruction after checking its legs and, if it settles at a block, books
	/// it for that block.
	pub(crate) fn do_create_instruction(
		creator: T::AccountId,
		legs: LegsOf<T>,
		settle_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		ensure!(T::Identities::active_identity(&creator).is_some(), Error::<T>::NotIdentified);
		ensure!(!legs.is_empty(), Error::<T>::NoLegs);
		// No one books other parties' reservations and settlement slots without being one.
		ensure!(
			legs.iter().any(|leg| leg.from == creator || leg.to == creator),
			Error::<T>::CreatorNotAParty
		);
		for leg in legs.iter() {
			ensure!(!leg.amount.is_zero(), Error::<T>::ZeroQuantity);
			ensure!(leg.from != leg.to, Error::<T>::LegToSelf);
			ensure!(T::Ledger::kind(leg.asset).is_some(), Error::<T>::UnknownAsset);
			for party in [&leg.from, &leg.to] {
				ensure!(
					T::Identities::active_identity(party).is_some(),
					Error::<T>::PartyNotIdentified
				);
			}
		}
		let id = NextInstructionId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		if let Some(block) = settle_at {
			ensure!(
				block > frame_system::Pallet::<T>::block_number(),
				Error::<T>::SettlementBlockPassed
			);
			let booked = ScheduledWeight::<T>::get(block)
				.saturating_add(Self::booking_weight(Self::legs_count(&legs)));
			ensure!(
				Self::settle_hook_base()
					.saturating_add(booked)
					.all_lte(T::MaxScheduledWeight::get()),
				Error::<T>::TooManyScheduled
			);
			ScheduledInstructions::<T>::try_mutate(block, |ids| ids.try_push(id))
				.map_err(|_| Error::<T>::TooManyScheduled)?;
			ScheduledWeight::<T>::insert(block, booked);
		}
		NextInstructionId::<T>::put(next);
		Instructions::<T>::insert(
			id,
			Instruction {
				creator: creator.clone(),
				legs: legs.clone(),
				settle_at,
				affirmed: Default::default(),
			},
		);
		Self::deposit_event(Event::InstructionCreated {
			instruction: id,
			creator,
			legs,
			settle_at,
		});
		Ok(())
	}

	/// `who` affirms an instruction and reserves what it sends; the last affirmation of an
	/// instruction without a settlement block settles it.
	/// Returns the affirmation's weight, with what the legs' assets add to their movements and
	/// the holder counts they changed if it settled the instruction.
	pub(crate) fn do_affirm(who: T::AccountId, id: InstructionId) -> Result<Weight, DispatchError> {
		let mut instruction = Instructions::<T>::get(id).ok_or(Error::<T>::UnknownInstruction)?;
		let senders = Self::senders(&instruction.legs);
		ensure!(senders.contains(&who), Error::<T>::NotASender);
		ensure!(!instruction.affirmed.contains(&who), Error::<T>::AlreadyAffirmed);
		for leg in instruction.legs.iter().filter(|leg| leg.from == who) {
			ensure!(
				T::Ledger::free_balance(leg.asset, &leg.partition, &who) >= leg.amount,
				Error::<T>::InsufficientBalance
			);
			T::Ledger::reserve(leg.asset, &leg.partition, &who, leg.amount)?;
		}
		instruction.affirmed.try_push(who.clone()).map_err(|_| Error::<T>::CorruptBook)?;
		Self::deposit_event(Event::InstructionAffirmed { instruction: id, by: who });
		let mut weight = T::WeightInfo::affirm_instruction(Self::legs_count(&instruction.legs));
		if instruction.settle_at.is_none() && instruction.affirmed.len() == senders.len() {
			let mut holders_changed = 0u32;
			Self::move_legs(&instruction, &mut holders_changed).map_err(
				|failure| match failure {
					(leg, SettlementError::Refused(reason)) => {
						Error::<T>::LegRefused { leg, reason }.into()
					}
					(_, SettlementError::Failed(error)) => error,
				},
			)?;
			Instructions::<T>::remove(id);
			Self::deposit_event(Event::InstructionSettled { instruction: id });
			weight.saturating_accrue(Self::legs_movements(&instruction.legs));
			weight.saturating_accrue(Self::holders_changed(holders_changed));
		} else {
			Instructions::<T>::insert(id, instruction);
		}
		Ok(weight)
	}

	/// `who` takes back its affirmation and what it reserved.
	pub(crate) fn do_withdraw_affirmation(who: T::AccountId, id: InstructionId) -> DispatchResult {
		let mut instruction = Instructions::<T>::get(id).ok_or(Error::<T>::UnknownInstruction)?;
		let at =
			instruction.affirmed.iter().position(|a| *a == who).ok_or(Error::<T>::NotAffirmed)?;
		Self::release_legs_of(&instruction, &who)?;
		instruction.affirmed.remove(at);
		Instructions::<T>::insert(id, instruction);
		Self::deposit_event(Event::AffirmationWithdrawn { instruction: id, by: who });
		Ok(())
	}

	/// Ends an instruction that will not settle: releases what every affirming sender
	/// reserved, frees its settlement slot and forgets it. Every release is attempted; the
	/// first that fails (the ledger and the instruction disagree) is reported.
	pub(crate) fn drop_instruction(
		id: InstructionId,
		instruction: &InstructionOf<T>,
	) -> DispatchResult {
		let mut outcome = Ok(());
		for sender in instruction.affirmed.iter() {
			let released = Self::release_legs_of(instruction, sender);
			outcome = outcome.and(released);
		}
		if let Some(block) = instruction.settle_at {
			let emptied = ScheduledInstructions::<T>::mutate_exists(block, |ids| {
				let Some(list) = ids else { return true };
				list.retain(|booked| *booked != id);
				if list.is_empty() {
					*ids = None;
				}
				ids.is_none()
			});
			if emptied {
				ScheduledWeight::<T>::remove(block);
			} else {
				let freed = Self::booking_weight(Self::legs_count(&instruction.legs));
				ScheduledWeight::<T>::mutate(block, |booked| {
					*booked = booked.saturating_sub(freed)
				});
			}
		}
		Instructions::<T>::remove(id);
		outcome
	}

	fn release_legs_of(instruction: &InstructionOf<T>, sender: &T::AccountId) -> DispatchResult {
		let mut outcome = Ok(());
		for leg in instruction.legs.iter().filter(|leg| leg.from == *sender) {
			let released = T::Ledger::unreserve(leg.asset, &leg.partition, sender, leg.amount);
			outcome = outcome.and(released);
		}
		outcome
	}

	/// Moves every leg from its sender's reservation, cleared by compliance, counting in
	/// `holders_changed` the legs that made a new holder or let one go; on failure says which
	/// leg (numbered from 0) and why, and the caller must roll back (the count stays: the
	/// work was done).
	fn move_legs(
		instruction: &InstructionOf<T>,
		holders_changed: &mut u32,
	) -> Result<(), (u8, SettlementError)> {
		let memo = &mut Default::default();
		for (index, leg) in instruction.legs.iter().enumerate() {
			let (asset, partition) = (leg.asset, &leg.partition);
			T::Ledger::transfer_reserved(memo, asset, partition, &leg.from, &leg.to, leg.amount)
				.map_err(|error| (u8::try_from(index).unwrap_or(u8::MAX), error))?
				.count(holders_changed);
		}
		Ok(())
	}

	/// Settles the instructions booked for block `now`: each whose senders all affirmed
	/// moves in its own storage transaction; the others, and any a leg of which cannot
	/// move, fail and release what was reserved. Returns the weight used.
	pub(crate) fn settle_scheduled(now: BlockNumberFor<T>) -> Weight {
		let ids = ScheduledInstructions::<T>::take(now);
		ScheduledWeight::<T>::remove(now);
		let mut weight = Self::settle_hook_base();
		for id in ids {
			weight.saturating_accrue(T::DbWeight::get().reads(1));
			// Gone: rejected or withdrawn since it was booked.
			let Some(instruction) = Instructions::<T>::get(id) else { continue };
			weight.saturating_accrue(Self::scheduled_weight(&instruction));
			let all_affirmed = instruction.affirmed.len() == Self::senders(&instruction.legs).len();
			let mut holders_changed = 0u32;
			let failure = if all_affirmed {
				with_transaction(|| match Self::move_legs(&instruction, &mut holders_changed) {
					Ok(()) => TransactionOutcome::Commit(Ok::<_, DispatchError>(None)),
					Err((leg, SettlementError::Refused(reason))) => {
						TransactionOutcome::Rollback(Ok(Some(InstructionFailure::Refused {
							leg,
							reason,
						})))
					}
					Err((leg, SettlementError::Failed(_))) => {
						TransactionOutcome::Rollback(Ok(Some(InstructionFailure::LegFailed {
							leg,
						})))
					}
				})
				.unwrap_or(Some(InstructionFailure::LegFailed { leg: 0 }))
			} else {
				Some(InstructionFailure::NotAffirmed)
			};
			weight.saturating_accrue(Self::holders_changed(holders_changed));
			match failure {
				None => {
					Instructions::<T>::remove(id);
					Self::deposit_event(Event::InstructionSettled { instruction: id });
				}
				Some(reason) => {
					// Releasing what was reserved for it cannot fail unless the ledger and
					// the instruction disagree; every release is attempted and the
					// instruction is gone either way, so it does not come back.
					let _ = Self::drop_instruction(id, &instruction);
					Self::deposit_event(Event::InstructionFailed { instruction: id, reason });
				}
			}
		}
		weight
	}

	/// What a booked instruction costs to settle or fail, but for the holders its legs make
	/// or let go: every one of its legs moved, with what its asset's rules add to the leg's
	/// check, and its live checkpoints and its parties' holdings to the movement.
	pub(crate) fn scheduled_weight(instruction: &InstructionOf<T>) -> Weight {
		T::WeightInfo::settle_scheduled(Self::legs_count(&instruction.legs))
			.saturating_add(Self::legs_movements(&instruction.legs))
	}

	/// What booking an instruction of `legs` legs takes of its block's `MaxScheduledWeight`:
	/// the most it can cost to settle, however its assets' rules and checkpoints grow before
	/// then, with every leg making a new holder or letting one go.
	pub fn booking_weight(legs: u32) -> Weight {
		T::DbWeight::get()
			.reads(1)
			.saturating_add(T::WeightInfo::settle_scheduled(legs))
			.saturating_add(Self::legs_worst(legs))
	}

	/// The most that any assets add to `legs` legs' movements: each leg's check, checkpoints
	/// and holder counts ([`Self::movements`]) and both its parties' holdings.
	pub(crate) fn legs_worst(legs: u32) -> Weight {
		let holdings =
			T::Ledger::max_holding_weight().saturating_mul(legs.saturating_mul(2).into());
		Self::movements(legs).saturating_add(holdings)
	}

	/// What the settling hook costs before any instruction: taking the block's list and its
	/// booked weight, and reading the time, which hooks read before the timestamp inherent
	/// sets it (the benchmarks, like transactions, find it already read).
	pub(crate) fn settle_hook_base() -> Weight {
		T::DbWeight::get().reads_writes(3, 2)
	}

	pub(crate) fn legs_count(legs: &LegsOf<T>) -> u32 {
		u32::try_from(legs.len()).unwrap_or(u32::MAX)
	}

	/// What each leg's asset adds to its movement and to both its parties' holdings, each
	/// asset's rules and checkpoints read once however many legs move it. A party in several
	/// legs of an asset is charged its holding in each: over, never under.
	fn legs_movements(legs: &LegsOf<T>) -> Weight {
		let mut priced: alloc::vec::Vec<(T::AssetId, Weight)> =
			alloc::vec::Vec::with_capacity(legs.len());
		legs.iter().fold(Weight::zero(), |weight, leg| {
			let each = match priced.iter().find(|(asset, _)| *asset == leg.asset) {
				Some((_, each)) => *each,
				None => {
					let holdings = T::Ledger::holding_weight(leg.asset).saturating_mul(2);
					let each = Self::movement(leg.asset).saturating_add(holdings);
					priced.push((leg.asset, each));
					each
				}
			};
			weight.saturating_add(each)
		})
	}
}
