//! The shared records this block has already read or written.
//!
//! A benchmark charges every storage item an extrinsic touches at the price of a database
//! read or write. That is right for the first extrinsic of a block that touches an item, and
//! wrong for the next ones: the node keeps what the block has read in its cache and what it
//! has written in its overlay, and commits each written key once, at the end of the block.
//! Hundreds of orders of one market each read the same market, price lists and compliance
//! profiles; only the first pays the database for them.
//!
//! Pallets note their reads and writes of such shared records here. A note of a key that an
//! earlier extrinsic (or a hook) of this block already read or wrote counts as a hit, and
//! the calls that take part give back a read's or a write's database weight per hit after
//! dispatch. A key is counted at most once per extrinsic, as the benchmarks count it. The
//! record is cleared at the end of every block and never reaches the database; the
//! benchmarks do not count it (it is whitelisted), since the hook clears it in every block.
//!
//! What cannot go wrong: a hit refunds only what the call was charged for that key, and a
//! note the record has no room for, or that a failing extrinsic rolls back, refunds nothing.
//!
//! Every note reads and rewrites the record, a dozen times per order, and in the runtime every
//! heap allocation is a call into the host, dearer than the note's own work. So the record
//! has a fixed layout ([`CachedKeys`]'s encoding) that a note reads into and edits on the
//! stack, allocating nothing; a note that changes nothing writes nothing back.
//!
//! Two more things count as hits, each a read and a write the benchmarks charge that the call
//! did not pay the database for: the rewrite of an order an earlier extrinsic of the block
//! placed, and the rewrite of a party's record (a ledger balance, a compliance holding) that an
//! earlier extrinsic of the block wrote, which carries a [`WriteStamp`] to say so.
//!
//! And one thing more is given back that is not the database's: execution. The benchmarks
//! of the calls that ask compliance measure every check with full lists of trusted issuers
//! and a full list of sanction claims for each party, each matched against every issuer. A
//! check that met shorter lists notes what the entries it did not meet were measured at
//! ([`crate::Pallet::spared_execution`]).

use crate::pallet::{BlockCache as CachedKeysOf, Config};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::Get, weights::Weight};
use scale_info::TypeInfo;

/// The most keys a block's record holds; notes beyond them refund nothing.
pub const MAX_CACHED_KEYS: u32 = 64;

/// What the benchmarks charged that the block's extrinsics did not spend, counted from the
/// start of the block: reads and writes that found their key already touched by an earlier
/// extrinsic of the block, and the execution of list entries the checks did not meet.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Unspent {
	pub reads: u32,
	pub writes: u32,
	/// Picoseconds of execution.
	pub execution: u64,
}

impl Unspent {
	/// What went unspent after `start`.
	pub fn since(self, start: Unspent) -> Unspent {
		Unspent {
			reads: self.reads.saturating_sub(start.reads),
			writes: self.writes.saturating_sub(start.writes),
			execution: self.execution.saturating_sub(start.execution),
		}
	}

	/// What this was charged: the hits at the database's prices, and the execution.
	pub fn weight<T: frame_system::Config>(self) -> Weight {
		T::DbWeight::get()
			.reads_writes(self.reads.into(), self.writes.into())
			.saturating_add(Weight::from_parts(self.execution, 0))
	}
}

/// Bytes of one key's entry: the key's id (the first eight bytes of its twox-128 hash), then
/// the [`context`] numbers of who last read and who last wrote it, each little-endian.
const ENTRY: usize = 16;

/// The block's record. Every field has a fixed size, so its encoding is a fixed layout that
/// the notes edit in place (see [`Record`]).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CachedKeys {
	pub unspent: Unspent,
	key_count: u8,
	/// Sorted by id; the first `key_count` count.
	entries: [[u8; ENTRY]; MAX_CACHED_KEYS as usize],
}

impl CachedKeys {
	/// How many keys the record holds.
	pub fn len(&self) -> usize {
		self.key_count.into()
	}

	pub fn is_empty(&self) -> bool {
		self.key_count == 0
	}
}

// Where each field of [`CachedKeys`] starts in its encoding.
const HIT_READS: usize = 0;
const HIT_WRITES: usize = 4;
const EXECUTION: usize = 8;
const KEY_COUNT: usize = 16;
const ENTRIES: usize = KEY_COUNT + 1;
const RECORD_LEN: usize = ENTRIES + ENTRY * MAX_CACHED_KEYS as usize;

/// The record as it is stored, on the stack. A block without one reads as all zeros: no
/// hits, no keys.
struct Record([u8; RECORD_LEN]);

impl Record {
	fn load<T: Config>() -> Self {
		let mut record = Record([0; RECORD_LEN]);
		let _ = sp_io::storage::read(&CachedKeysOf::<T>::hashed_key(), &mut record.0, 0);
		record
	}

	fn store<T: Config>(&self) {
		sp_io::storage::set(&CachedKeysOf::<T>::hashed_key(), &self.0);
	}

	fn bytes<const N: usize>(&self, at: usize) -> [u8; N] {
		let mut out = [0u8; N];
		if let Some(bytes) = self.0.get(at..at.saturating_add(N)) {
			out.copy_from_slice(bytes);
		}
		out
	}

	fn put(&mut self, at: usize, bytes: &[u8]) {
		if let Some(slot) = self.0.get_mut(at..at.saturating_add(bytes.len())) {
			slot.copy_from_slice(bytes);
		}
	}

	fn u32_at(&self, at: usize) -> u32 {
		u32::from_le_bytes(self.bytes(at))
	}

	fn count(&self, at: usize) -> usize {
		self.0.get(at).copied().unwrap_or(0).into()
	}

	fn add_execution(&mut self, picoseconds: u64) {
		let execution = u64::from_le_bytes(self.bytes(EXECUTION)).saturating_add(picoseconds);
		self.put(EXECUTION, &execution.to_le_bytes());
	}

	fn add_hits(&mut self, reads: u32, writes: u32) {
		let reads = self.u32_at(HIT_READS).saturating_add(reads);
		let writes = self.u32_at(HIT_WRITES).saturating_add(writes);
		self.put(HIT_READS, &reads.to_le_bytes());
		self.put(HIT_WRITES, &writes.to_le_bytes());
	}

	fn entry(at: usize) -> usize {
		ENTRIES.saturating_add(at.saturating_mul(ENTRY))
	}

	fn key_at(&self, at: usize) -> u64 {
		u64::from_le_bytes(self.bytes(Self::entry(at)))
	}

	/// Where `key` is, or where it would go to keep the keys sorted.
	fn find(&self, key: u64) -> Result<usize, usize> {
		let (mut low, mut high) = (0, self.count(KEY_COUNT));
		while low < high {
			let mid = low.saturating_add(high.saturating_sub(low) / 2);
			match self.key_at(mid).cmp(&key) {
				core::cmp::Ordering::Equal => return Ok(mid),
				core::cmp::Ordering::Less => low = mid.saturating_add(1),
				core::cmp::Ordering::Greater => high = mid,
			}
		}
		Err(low)
	}

	/// Who last read and who last wrote the key at `at`.
	fn accesses(&self, at: usize) -> (u32, u32) {
		let start = Self::entry(at).saturating_add(8);
		(self.u32_at(start), self.u32_at(start.saturating_add(4)))
	}

	fn set_accesses(&mut self, at: usize, read_by: u32, written_by: u32) {
		let start = Self::entry(at).saturating_add(8);
		self.put(start, &read_by.to_le_bytes());
		self.put(start.saturating_add(4), &written_by.to_le_bytes());
	}

	/// Inserts a key at `at`; a full record takes no more.
	fn insert(&mut self, at: usize, key: u64, read_by: u32, written_by: u32) {
		let count = self.count(KEY_COUNT);
		if count >= MAX_CACHED_KEYS as usize || at > count {
			return;
		}
		let (from, end) = (Self::entry(at), Self::entry(count));
		self.0.copy_within(from..end, from.saturating_add(ENTRY));
		self.put(from, &key.to_le_bytes());
		self.set_accesses(at, read_by, written_by);
		// At most MAX_CACHED_KEYS, which fits a byte.
		self.put(KEY_COUNT, &[u8::try_from(count.saturating_add(1)).unwrap_or(u8::MAX)]);
	}
}

/// Who is touching storage: 0 for nobody, 1 outside any extrinsic (`on_finalize`, `on_idle`,
/// a benchmark), 2 + its index for an extrinsic. Only an extrinsic can hit; a hook only
/// warms. `on_initialize` runs at index 0, so it counts as the block's first extrinsic (the
/// timestamp inherent), which notes nothing: that can only lose a refund, never add one.
fn context<T: Config>() -> u32 {
	frame_system::Pallet::<T>::extrinsic_index().map_or(1, |index| index.saturating_add(2))
}

fn id(key: &[u8]) -> u64 {
	let hash = sp_io::hashing::twox_128(key);
	let mut first = [0u8; 8];
	first.copy_from_slice(&hash[..8]);
	u64::from_le_bytes(first)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
	Read,
	Write,
}

/// Notes the access of `key` by `now` in `record`, counting a hit if an earlier extrinsic
/// touched it; `false` when that changed nothing.
fn note_in(record: &mut Record, now: u32, key: u64, access: Access) -> bool {
	let at = match record.find(key) {
		Ok(at) => at,
		Err(at) => {
			let (read_by, written_by) = match access {
				Access::Read => (now, 0),
				Access::Write => (0, now),
			};
			// A full record refunds nothing more this block.
			record.insert(at, key, read_by, written_by);
			return true;
		}
	};
	let (read_by, written_by) = record.accesses(at);
	let earlier = |by: u32| by != 0 && by != now;
	let hit = match access {
		// Counted once per extrinsic, and not after its own write (as the benchmarks).
		Access::Read if read_by == now || written_by == now => return false,
		Access::Read => {
			record.set_accesses(at, now, written_by);
			earlier(read_by) || earlier(written_by)
		}
		Access::Write if written_by == now => return false,
		Access::Write => {
			record.set_accesses(at, read_by, now);
			earlier(written_by)
		}
	};
	if hit && now >= 2 {
		match access {
			Access::Read => record.add_hits(1, 0),
			Access::Write => record.add_hits(0, 1),
		}
	}
	true
}

/// Notes the accesses of `key` in one read and at most one write of the record.
fn note<T: Config>(key: &[u8], accesses: &[Access]) {
	let now = context::<T>();
	let key = id(key);
	let mut record = Record::load::<T>();
	let mut changed = false;
	for access in accesses {
		changed |= note_in(&mut record, now, key, *access);
	}
	if changed {
		record.store::<T>();
	}
}

/// Notes a read of the storage item at `key`.
pub fn note_read<T: Config>(key: &[u8]) {
	note::<T>(key, &[Access::Read])
}

/// Notes a read and then a write of the storage item at `key`, in one write of the record.
pub fn note_read_and_write<T: Config>(key: &[u8]) {
	note::<T>(key, &[Access::Read, Access::Write])
}

/// Notes a write of the storage item at `key`.
pub fn note_write<T: Config>(key: &[u8]) {
	note::<T>(key, &[Access::Write])
}

/// Counts a read and a rewrite of a record that an earlier extrinsic of this block wrote,
/// which the caller knows from the record itself (an order placed in this block): the read
/// finds it in the block's overlay and the write is committed with the earlier one. Records
/// of a party's own, such as orders, are too many for the record's keys. Outside an extrinsic
/// it counts nothing, as a note does.
pub fn note_rewrite_of_earlier<T: Config>() {
	if context::<T>() < 2 {
		return;
	}
	let mut record = Record::load::<T>();
	record.add_hits(1, 1);
	record.store::<T>();
}

/// When a record of a party's own (a balance) was last written: the block, and the extrinsic
/// as [`context`] numbers it (0: never). Such records are too many for the block's record of
/// keys, so each carries its own stamp, which a rewrite reads and renews at no extra access.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	codec::DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct WriteStamp {
	/// The block number, saturated: past `u32::MAX` every block looks alike, and no stamp
	/// counts a hit then (see [`note_stamped_rewrite`]).
	block: u32,
	by: u32,
}

/// Notes a read and a rewrite of a record of a party's own that was last written at `last`,
/// and returns the stamp it is to be written with. It counts a hit, a read and a write, if an
/// earlier extrinsic of this block (or a hook before it) wrote the record: the read finds it in
/// the block's overlay and the write is committed with the earlier one. Once per extrinsic, as
/// the benchmarks count a key; outside an extrinsic nothing counts, as with a note.
pub fn note_stamped_rewrite<T: Config>(last: WriteStamp) -> WriteStamp {
	use sp_runtime::SaturatedConversion;
	let block: u32 = frame_system::Pallet::<T>::block_number().saturated_into();
	let now = WriteStamp { block, by: context::<T>() };
	let earlier = last.by != 0 && last.by != now.by && last.block == now.block;
	if earlier && block < u32::MAX {
		note_rewrite_of_earlier::<T>();
	}
	now
}

/// Notes, in one write of the record, what a check that said yes read of the shared records
/// (`reads`), and adds the `spared` picoseconds of execution, every time, as every check
/// spends it; outside an extrinsic no execution counts.
pub fn note_check<T: Config>(reads: &[impl AsRef<[u8]>], spared: u64) {
	let now = context::<T>();
	let mut record = Record::load::<T>();
	let mut changed = false;
	for key in reads {
		changed |= note_in(&mut record, now, id(key.as_ref()), Access::Read);
	}
	if now >= 2 && spared > 0 {
		record.add_execution(spared);
		changed = true;
	}
	if changed {
		record.store::<T>();
	}
}

/// What this block has left unspent so far, read without the rest of the record.
pub fn unspent<T: Config>() -> Unspent {
	let mut unspent = [0u8; KEY_COUNT];
	let _ = sp_io::storage::read(&CachedKeysOf::<T>::hashed_key(), &mut unspent, HIT_READS as u32);
	Unspent::decode(&mut &unspent[..]).unwrap_or_default()
}

/// Fills the record with keys no call touches, leaving room for the call's own, as a busy
/// block would have left it, so that a benchmark measures the notes at their dearest.
#[cfg(feature = "runtime-benchmarks")]
pub fn fill_as_busy<R: crate::traits::SharedRecords>() {
	for n in 0..MAX_CACHED_KEYS.saturating_sub(16) {
		R::note_read(&n.to_le_bytes());
	}
}

#[cfg(test)]
mod layout {
	use super::*;

	#[test]
	fn the_record_edited_in_place_is_the_encoding_of_cached_keys() {
		assert_eq!(CachedKeys::max_encoded_len(), RECORD_LEN);
		let mut record = Record([0; RECORD_LEN]);
		record.add_hits(3, 2);
		record.add_execution(5);
		assert!(note_in(&mut record, 7, 9, Access::Read));
		assert!(note_in(&mut record, 7, 4, Access::Write));
		let decoded = CachedKeys::decode(&mut &record.0[..]).unwrap();
		assert_eq!(decoded.unspent, Unspent { reads: 3, writes: 2, execution: 5 });
		assert_eq!(decoded.len(), 2);
		let entry = |key: u64, read_by: u32, written_by: u32| {
			let mut entry = [0u8; ENTRY];
			entry[..8].copy_from_slice(&key.to_le_bytes());
			entry[8..12].copy_from_slice(&read_by.to_le_bytes());
			entry[12..].copy_from_slice(&written_by.to_le_bytes());
			entry
		};
		assert_eq!(decoded.entries[..2], [entry(4, 0, 7), entry(9, 7, 0)]);
		assert_eq!(decoded.encode(), record.0.to_vec());
	}
}
