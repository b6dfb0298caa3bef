//! A regulator's observer sees only blocks and events. This test rebuilds every holder's
//! balance of every partition, the part of it reserved, and every partition's supply from the
//! token pallet's events alone, after random streams of every kind of movement (issuance,
//! transfers by holders and operators, redemptions, forced operations, recovery, reservations
//! and their settlement, distributions), and holds them against the ledger at every step.

use crate::{mock::*, *};
use alloc::collections::BTreeMap;
use codec::Encode;
use frame_support::{assert_ok, BoundedVec};
use sp_runtime::{DispatchError, Permill};

/// Alice's second key: recovery moves what it holds to her first.
fn alices_spare_key() -> AccountId {
	account(11)
}

fn holders() -> [AccountId; 5] {
	[alice(), bob(), carol(), issuer(), alices_spare_key()]
}

/// A reproducible stream of draws.
struct Draws {
	seed: u64,
	drawn: u64,
}

impl Draws {
	fn below(&mut self, bound: u64) -> u64 {
		self.drawn += 1;
		let hash = sp_io::hashing::blake2_256(&(self.seed, self.drawn).encode());
		let mut word = [0u8; 8];
		word.copy_from_slice(&hash[..8]);
		u64::from_le_bytes(word) % bound
	}

	fn holder(&mut self) -> AccountId {
		holders()[self.below(5) as usize].clone()
	}

	fn amount(&mut self, most: u64) -> Balance {
		Balance::from(1 + self.below(most))
	}
}

/// What the observer knows, from events only: each holding's balance and the part of it
/// reserved, and each partition's supply.
#[derive(Default)]
struct Observer {
	held: BTreeMap<(AssetId, AccountId, Partition), (Balance, Balance)>,
	supply: BTreeMap<(AssetId, Partition), Balance>,
}

impl Observer {
	fn credit(&mut self, asset: AssetId, partition: Partition, to: &AccountId, amount: Balance) {
		let held = self.held.entry((asset, to.clone(), partition)).or_default();
		held.0 = held.0.checked_add(amount).expect("no balance overflows");
	}

	fn debit(
		&mut self,
		asset: AssetId,
		partition: Partition,
		from: &AccountId,
		amount: Balance,
		from_reserved: bool,
	) {
		let key = (asset, from.clone(), partition);
		let held = self.held.get_mut(&key).expect("a debit is of a holding");
		held.0 = held.0.checked_sub(amount).expect("within the balance");
		if from_reserved {
			held.1 = held.1.checked_sub(amount).expect("within the reserve");
		}
		assert!(held.1 <= held.0, "a holder keeps what is reserved");
		if held.0 == 0 {
			self.held.remove(&key);
		}
	}

	fn reserve(&mut self, asset: AssetId, partition: Partition, who: &AccountId, amount: i128) {
		let held = self.held.get_mut(&(asset, who.clone(), partition)).expect("a holding");
		held.1 = held.1.checked_add_signed(amount).expect("a reserve within its bounds");
		assert!(held.1 <= held.0, "nothing beyond the balance is reserved");
	}

	fn issue(&mut self, asset: AssetId, partition: Partition, amount: Balance, out: bool) {
		let supply = self.supply.entry((asset, partition)).or_default();
		*supply = if out { supply.checked_sub(amount) } else { supply.checked_add(amount) }
			.expect("a supply within its bounds");
		if *supply == 0 {
			self.supply.remove(&(asset, partition));
		}
	}

	fn see(&mut self, event: &Event<Test>) {
		match event.clone() {
			Event::Issued { asset, partition, to, amount, .. } => {
				self.credit(asset, partition, &to, amount);
				self.issue(asset, partition, amount, false);
			}
			Event::Transferred { asset, partition, from, to, amount, .. }
			| Event::ControllerTransfer { asset, partition, from, to, amount, .. }
			| Event::BalanceRecovered { asset, partition, lost: from, to, amount, .. } => {
				self.debit(asset, partition, &from, amount, false);
				self.credit(asset, partition, &to, amount);
			}
			Event::ReservedTransferred { asset, partition, from, to, amount } => {
				self.debit(asset, partition, &from, amount, true);
				self.credit(asset, partition, &to, amount);
			}
			Event::Redeemed { asset, partition, from, amount, .. }
			| Event::ControllerRedemption { asset, partition, from, amount, .. } => {
				self.debit(asset, partition, &from, amount, false);
				self.issue(asset, partition, amount, true);
			}
			Event::Reserved { asset, partition, who, amount } => {
				self.reserve(asset, partition, &who, i128::try_from(amount).unwrap());
			}
			Event::Unreserved { asset, partition, who, amount } => {
				self.reserve(asset, partition, &who, -i128::try_from(amount).unwrap());
			}
			_ => {}
		}
	}

	fn agrees_with_the_ledger(&self, context: &str) {
		let mut held = BTreeMap::new();
		for (asset, who, account) in AccountBalances::<Test>::iter() {
			for holding in account.partitions {
				held.insert(
					(asset, who.clone(), holding.partition),
					(holding.balance, holding.reserved),
				);
			}
		}
		assert_eq!(self.held, held, "{context}: balances and reserves");
		let supply: BTreeMap<_, _> = PartitionSupply::<Test>::iter()
			.filter(|(_, _, supply)| *supply != 0)
			.map(|(asset, partition, supply)| ((asset, partition), supply))
			.collect();
		assert_eq!(self.supply, supply, "{context}: partition supplies");
	}
}

/// One random operation, in its own storage layer as a dispatched call would be: a failure
/// leaves neither storage nor events behind.
fn random_operation(draws: &mut Draws, distributions: &mut Vec<DistributionId>) -> &'static str {
	let asset = if draws.below(3) == 0 { CASH } else { ASSET };
	let partition = if asset == ASSET && draws.below(3) == 0 { LOCKED } else { DEFAULT };
	let (from, to) = (draws.holder(), draws.holder());
	let signed = |who: &AccountId| RuntimeOrigin::signed(who.clone());
	let controller = signed(&issuer());
	let (name, result): (&str, Result<(), DispatchError>) = match draws.below(14) {
		0 | 1 => ("issue", {
			let amount = draws.amount(100);
			frame_support::storage::with_storage_layer(|| {
				Token::issue(controller, asset, partition, to, amount, data(b"audit"))
					.map(|_| ())
					.map_err(|e| e.error)
			})
		}),
		2..=4 => ("transfer", {
			let amount = draws.amount(60);
			frame_support::storage::with_storage_layer(|| {
				Token::transfer(signed(&from), asset, partition, to, amount, data(b""))
					.map(|_| ())
					.map_err(|e| e.error)
			})
		}),
		5 => ("operator transfer", {
			let amount = draws.amount(40);
			frame_support::storage::with_storage_layer(|| {
				let operator = signed(&bob());
				Token::operator_transfer(operator, asset, partition, alice(), to, amount, data(b""))
					.map(|_| ())
					.map_err(|e| e.error)
			})
		}),
		6 => ("redeem", {
			let amount = draws.amount(30);
			frame_support::storage::with_storage_layer(|| {
				Token::redeem(signed(&from), asset, partition, amount, data(b""))
					.map(|_| ())
					.map_err(|e| e.error)
			})
		}),
		7 => ("forced transfer or redemption", {
			let amount = draws.amount(30);
			let reason = data(b"court order");
			frame_support::storage::with_storage_layer(|| {
				if draws.below(2) == 0 {
					Token::controller_transfer(
						controller, asset, partition, from, to, amount, reason,
					)
				} else {
					Token::controller_redeem(controller, asset, partition, from, amount, reason)
				}
				.map(|_| ())
				.map_err(|e| e.error)
			})
		}),
		8 => ("recovery", {
			let (lost, to) = if draws.below(2) == 0 {
				(alices_spare_key(), alice())
			} else {
				(alice(), alices_spare_key())
			};
			frame_support::storage::with_storage_layer(|| {
				Token::recover_balances(controller, asset, lost, to, data(b"lost key"))
					.map(|_| ())
					.map_err(|e| e.error)
			})
		}),
		// As the matching pallet would: of the security only, whose units nothing else holds
		// back (a distribution reserves its payer's cash, which no one else may release).
		9 | 10 => ("reserve or release", {
			let asset = ASSET;
			let amount = draws.amount(50);
			frame_support::storage::with_storage_layer(|| {
				if draws.below(2) == 0 {
					<Token as AssetLedger<_, _, _>>::reserve(asset, &partition, &from, amount)
				} else {
					<Token as AssetLedger<_, _, _>>::unreserve(asset, &partition, &from, amount)
				}
			})
		}),
		11 => ("settlement", {
			let asset = ASSET;
			let amount = draws.amount(50);
			frame_support::storage::with_storage_layer(|| {
				<Token as AssetLedger<_, _, _>>::transfer_reserved(
					&mut Default::default(),
					asset,
					&partition,
					&from,
					&to,
					amount,
				)
				.map(|_| ())
				.map_err(Token::dispatch_error)
			})
		}),
		12 => ("distribution", {
			let total = draws.amount(200);
			let now = Token::now();
			frame_support::storage::with_storage_layer(|| {
				Token::create_checkpoint(controller.clone(), ASSET)?;
				let checkpoint = Assets::<Test>::get(ASSET).expect("the asset").last_checkpoint;
				let id = NextDistributionId::<Test>::get();
				Token::distribute(
					controller,
					ASSET,
					checkpoint,
					CASH,
					total,
					now,
					now + 60_000,
					Permill::from_percent(15),
					BoundedVec::default(),
				)?;
				distributions.push(id);
				Ok(())
			})
		}),
		_ => ("payment or reclaim", {
			let Some(&distribution) = distributions.last() else { return "nothing to pay" };
			frame_support::storage::with_storage_layer(|| match draws.below(3) {
				0 => Token::claim_distribution(signed(&from), distribution)
					.map(|_| ())
					.map_err(|e| e.error),
				1 => Token::push_distribution(
					controller,
					distribution,
					BoundedVec::truncate_from(holders().to_vec()),
				),
				_ => Token::reclaim_distribution(controller, distribution),
			})
		}),
	};
	if draws.below(8) == 0 {
		set_now(Token::now() + 2_000);
	}
	if result.is_ok() {
		name
	} else {
		"refused"
	}
}

/// The variant's name, to count what a stream covered: the last segment of the path its `Debug` starts with.
fn event_name(event: &Event<Test>) -> String {
	let shown = format!("{event:?}");
	let path = shown.split([' ', '(', '{']).next().unwrap_or_default();
	path.rsplit("::").next().unwrap_or_default().to_string()
}

#[test]
fn a_regulator_rebuilds_every_balance_reserve_and_supply_from_events_alone() {
	for seed in 1..=4u64 {
		run_test(|| {
			let alice_identity = pallet_compliance::Pallet::<Test>::active_identity(&alice())
				.expect("alice is identified");
			add_key(&alice(), alice_identity, &alices_spare_key());
			assert_ok!(Token::authorize_operator(
				RuntimeOrigin::signed(alice()),
				ASSET,
				bob(),
				None
			));
			System::reset_events();
			let mut observer = Observer::default();
			// The payer's cash, so that distributions can be announced from the start.
			issue(CASH, DEFAULT, &issuer(), 10_000);
			for event in events() {
				observer.see(&event);
			}
			System::reset_events();
			let mut draws = Draws { seed, drawn: 0 };
			let mut distributions = Vec::new();
			let mut done = BTreeMap::<&str, u32>::new();
			let mut seen = BTreeMap::<String, u32>::new();
			for step in 0..400 {
				let what = random_operation(&mut draws, &mut distributions);
				*done.entry(what).or_default() += 1;
				for event in events() {
					*seen.entry(event_name(&event)).or_default() += 1;
					observer.see(&event);
				}
				System::reset_events();
				observer.agrees_with_the_ledger(&format!("seed {seed} step {step} ({what})"));
			}
			// Every kind of movement happened, and some were refused.
			for kind in [
				"issue",
				"transfer",
				"operator transfer",
				"redeem",
				"forced transfer or redemption",
				"recovery",
				"reserve or release",
				"settlement",
				"distribution",
				"payment or reclaim",
				"refused",
			] {
				assert!(
					done.get(kind).is_some_and(|n| *n > 0),
					"seed {seed}: no {kind} in {done:?}"
				);
			}
			// And the observer met every event that changes a holding: a call that succeeded
			// without moving anything (a push that skipped every holder) does not count.
			for event in [
				"Issued",
				"Transferred",
				"ReservedTransferred",
				"Redeemed",
				"ControllerTransfer",
				"ControllerRedemption",
				"BalanceRecovered",
				"Reserved",
				"Unreserved",
				"DistributionPaid",
			] {
				assert!(seen.contains_key(event), "seed {seed}: no {event} in {seen:?}");
			}
		});
	}
}
