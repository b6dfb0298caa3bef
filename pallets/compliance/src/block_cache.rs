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
//! Two more things count as hits, each a read or write the benchmarks charge that the call
//! did not pay the database for: the rewrite of an order an earlier extrinsic of the block
//! placed, and the sanction claims of a party that has none on record, which a check skips.

use crate::{
	pallet::{BlockCache as CachedKeysOf, Config},
	types::IdentityId,
};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, traits::Get, weights::Weight, BoundedVec};
use scale_info::TypeInfo;

/// The most keys a block's record holds; notes beyond them refund nothing.
pub const MAX_CACHED_KEYS: u32 = 64;

/// Reads and writes that found their key already touched by an earlier extrinsic of the
/// block, counted from the start of the block.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CacheHits {
	pub reads: u32,
	pub writes: u32,
}

impl CacheHits {
	/// The hits made after `start`.
	pub fn since(self, start: CacheHits) -> CacheHits {
		CacheHits {
			reads: self.reads.saturating_sub(start.reads),
			writes: self.writes.saturating_sub(start.writes),
		}
	}

	/// What these hits were charged at the database's prices.
	pub fn weight<T: frame_system::Config>(self) -> Weight {
		T::DbWeight::get().reads_writes(self.reads.into(), self.writes.into())
	}
}

/// Bytes of one key's entry in the record: the key's id (the first eight bytes of its
/// twox-128 hash), then the [`context`] numbers of who last read and who last wrote it, each
/// little-endian.
const ENTRY: usize = 16;

/// The most parties of one extrinsic given back the sanction claims they had none of: a
/// sweep's makers and its taker fit.
pub const MAX_UNREAD_PARTIES: u32 = 24;

/// The block's record: its keys, sorted, and the hits so far.
///
/// Every note reads and rewrites the whole record, a dozen times per order, so its keys are
/// packed as bytes ([`ENTRY`] a key): the record then decodes and encodes as one copy rather
/// than field by field, which in a busy block cost an order more than its own reads did.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CachedKeys {
	pub hits: CacheHits,
	/// The identities whose sanction claims the extrinsic numbered `unread_by` (as
	/// [`context`] numbers them) had no need to read.
	pub unread: BoundedVec<IdentityId, ConstU32<MAX_UNREAD_PARTIES>>,
	pub unread_by: u32,
	entries: BoundedVec<u8, ConstU32<{ MAX_CACHED_KEYS * ENTRY as u32 }>>,
}

impl CachedKeys {
	/// How many keys the record holds.
	pub fn len(&self) -> usize {
		self.entries.len() / ENTRY
	}

	pub fn is_empty(&self) -> bool {
		self.entries.is_empty()
	}

	fn key_at(&self, at: usize) -> u64 {
		let start = at.saturating_mul(ENTRY);
		let mut id = [0u8; 8];
		if let Some(bytes) = self.entries.get(start..start.saturating_add(8)) {
			id.copy_from_slice(bytes);
		}
		u64::from_le_bytes(id)
	}

	/// Where `key` is, or where it would go to keep the keys sorted.
	fn find(&self, key: u64) -> Result<usize, usize> {
		let (mut low, mut high) = (0, self.len());
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
		let start = at.saturating_mul(ENTRY).saturating_add(8);
		let number = |from: usize| {
			let mut bytes = [0u8; 4];
			if let Some(slice) = self.entries.get(from..from.saturating_add(4)) {
				bytes.copy_from_slice(slice);
			}
			u32::from_le_bytes(bytes)
		};
		(number(start), number(start.saturating_add(4)))
	}

	fn set_accesses(&mut self, at: usize, read_by: u32, written_by: u32) {
		let start = at.saturating_mul(ENTRY).saturating_add(8);
		let mut accesses = [0u8; 8];
		accesses[..4].copy_from_slice(&read_by.to_le_bytes());
		accesses[4..].copy_from_slice(&written_by.to_le_bytes());
		if let Some(slice) = self.entries.get_mut(start..start.saturating_add(8)) {
			slice.copy_from_slice(&accesses);
		}
	}

	/// Inserts a key at `at`; a full record takes no more.
	fn insert(&mut self, at: usize, key: u64, read_by: u32, written_by: u32) {
		if self.len() >= MAX_CACHED_KEYS as usize {
			return;
		}
		let mut entry = [0u8; ENTRY];
		entry[..8].copy_from_slice(&key.to_le_bytes());
		entry[8..12].copy_from_slice(&read_by.to_le_bytes());
		entry[12..].copy_from_slice(&written_by.to_le_bytes());
		let mut entries = core::mem::take(&mut self.entries).into_inner();
		let start = at.saturating_mul(ENTRY).min(entries.len());
		entries.splice(start..start, entry);
		self.entries = BoundedVec::truncate_from(entries);
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

fn note<T: Config>(key: &[u8], access: Access) {
	let now = context::<T>();
	CachedKeysOf::<T>::mutate(|cache| note_in(cache, now, id(key), access));
}

/// Notes the access of `key` by `now` in `cache`, counting a hit if an earlier extrinsic
/// touched it.
fn note_in(cache: &mut CachedKeys, now: u32, key: u64, access: Access) {
	let at = match cache.find(key) {
		Ok(at) => at,
		Err(at) => {
			let (read_by, written_by) = match access {
				Access::Read => (now, 0),
				Access::Write => (0, now),
			};
			// A full record refunds nothing more this block.
			cache.insert(at, key, read_by, written_by);
			return;
		}
	};
	let (read_by, written_by) = cache.accesses(at);
	let earlier = |by: u32| by != 0 && by != now;
	let hit = match access {
		// Counted once per extrinsic, and not after its own write (as the benchmarks).
		Access::Read if read_by == now || written_by == now => false,
		Access::Read => {
			cache.set_accesses(at, now, written_by);
			earlier(read_by) || earlier(written_by)
		}
		Access::Write if written_by == now => false,
		Access::Write => {
			cache.set_accesses(at, read_by, now);
			earlier(written_by)
		}
	};
	if hit && now >= 2 {
		match access {
			Access::Read => cache.hits.reads = cache.hits.reads.saturating_add(1),
			Access::Write => cache.hits.writes = cache.hits.writes.saturating_add(1),
		}
	}
}

/// Notes a read of the storage item at `key`.
pub fn note_read<T: Config>(key: &[u8]) {
	note::<T>(key, Access::Read)
}

/// Notes a read and then a write of the storage item at `key`, in one write of the record.
pub fn note_read_and_write<T: Config>(key: &[u8]) {
	let now = context::<T>();
	let key = id(key);
	CachedKeysOf::<T>::mutate(|cache| {
		note_in(cache, now, key, Access::Read);
		note_in(cache, now, key, Access::Write);
	});
}

/// Notes a write of the storage item at `key`.
pub fn note_write<T: Config>(key: &[u8]) {
	note::<T>(key, Access::Write)
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
	CachedKeysOf::<T>::mutate(|cache| {
		cache.hits.reads = cache.hits.reads.saturating_add(1);
		cache.hits.writes = cache.hits.writes.saturating_add(1);
	});
}

/// Notes, in one write of the record, what a check that said yes read of the shared records
/// (`reads`), and counts as a hit the read of each party's sanction claims that it had no need
/// to make (`unread`), since the party's key says none are on record: the benchmarks charge
/// every party's. An identity counts once per extrinsic, as the benchmarks count the read;
/// outside an extrinsic, or past [`MAX_UNREAD_PARTIES`] in one, it counts nothing.
pub fn note_check<T: Config>(reads: &[impl AsRef<[u8]>], unread: &[IdentityId]) {
	let now = context::<T>();
	CachedKeysOf::<T>::mutate(|cache| {
		for key in reads {
			note_in(cache, now, id(key.as_ref()), Access::Read);
		}
		if now < 2 {
			return;
		}
		if cache.unread_by != now {
			cache.unread.clear();
			cache.unread_by = now;
		}
		for identity in unread {
			if cache.unread.contains(identity) || cache.unread.try_push(*identity).is_err() {
				continue;
			}
			cache.hits.reads = cache.hits.reads.saturating_add(1);
		}
	});
}

/// The hits of this block so far.
pub fn hits<T: Config>() -> CacheHits {
	CachedKeysOf::<T>::get().hits
}

/// Fills the record with keys no call touches, leaving room for the call's own, as a busy
/// block would have left it, so that a benchmark measures the notes at their dearest.
#[cfg(feature = "runtime-benchmarks")]
pub fn fill_as_busy<R: crate::traits::SharedRecords>() {
	for n in 0..MAX_CACHED_KEYS.saturating_sub(16) {
		R::note_read(&n.to_le_bytes());
	}
}
