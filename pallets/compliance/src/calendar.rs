//! UTC days and calendar months, for volume limits: a day begins at 00:00 UTC, a month on
//! its first day, as a trading desk counts them.

use crate::types::Moment;

/// Milliseconds in a UTC day.
pub const MILLIS_PER_DAY: Moment = 86_400_000;

/// Days since 1970-01-01 (UTC) at `now`.
pub fn day_index(now: Moment) -> u32 {
	u32::try_from(now / MILLIS_PER_DAY).unwrap_or(u32::MAX)
}

/// Calendar months since January 1970 (UTC) on day `day` since 1970-01-01.
pub fn month_index(day: u32) -> u32 {
	let (year, month) = year_and_month(day);
	year.saturating_sub(1970).saturating_mul(12).saturating_add(month.saturating_sub(1))
}

/// The Gregorian (year, month 1..=12) of day `day` since 1970-01-01, by Howard Hinnant's
/// `civil_from_days`, in unsigned arithmetic (days before 1970 do not occur). `day` is below
/// 2^32, so every value stays below 2^36 and each subtraction takes away less than it is
/// taken from; the operations saturate all the same, as everywhere in the runtime.
pub fn year_and_month(day: u32) -> (u32, u32) {
	// Shift the epoch to 0000-03-01, so leap days fall at the end of a 400-year era.
	let z = u64::from(day).saturating_add(719_468);
	let era = z / 146_097;
	let day_of_era = z % 146_097;
	let year_of_era = day_of_era
		.saturating_sub(day_of_era / 1_460)
		.saturating_add(day_of_era / 36_524)
		.saturating_sub(day_of_era / 146_096)
		/ 365;
	let day_of_year = day_of_era.saturating_sub(
		year_of_era
			.saturating_mul(365)
			.saturating_add(year_of_era / 4)
			.saturating_sub(year_of_era / 100),
	);
	let shifted_month = day_of_year.saturating_mul(5).saturating_add(2) / 153;
	let month = if shifted_month < 10 {
		shifted_month.saturating_add(3)
	} else {
		shifted_month.saturating_sub(9)
	};
	let year =
		year_of_era.saturating_add(era.saturating_mul(400)).saturating_add(u64::from(month <= 2));
	(u32::try_from(year).unwrap_or(u32::MAX), u32::try_from(month).unwrap_or(12))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn days_map_to_their_calendar_month() {
		assert_eq!(year_and_month(0), (1970, 1));
		assert_eq!(year_and_month(30), (1970, 1));
		assert_eq!(year_and_month(31), (1970, 2));
		// 2024 is a leap year: 2024-02-29 is day 19782, 2024-03-01 day 19783.
		assert_eq!(year_and_month(19_782), (2024, 2));
		assert_eq!(year_and_month(19_783), (2024, 3));
		// 2000-02-29 exists (divisible by 400), 2100-02-29 does not.
		assert_eq!(year_and_month(11_016), (2000, 2));
		assert_eq!(year_and_month(47_540), (2100, 2));
		assert_eq!(year_and_month(47_541), (2100, 3));
		// 2026-11-24.
		assert_eq!(year_and_month(20_781), (2026, 11));
	}

	#[test]
	fn a_day_begins_at_midnight_utc() {
		assert_eq!(day_index(MILLIS_PER_DAY - 1), 0);
		assert_eq!(day_index(MILLIS_PER_DAY), 1);
	}

	#[test]
	fn months_count_from_january_1970() {
		assert_eq!(month_index(0), 0);
		assert_eq!(month_index(19_783), (2024 - 1970) * 12 + 2);
	}
}
