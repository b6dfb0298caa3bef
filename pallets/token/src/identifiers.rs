//! Check digits of the public identifiers an asset carries: ISIN (ISO 6166), CUSIP and LEI
//! (ISO 17442). A mistyped identifier would attach a token to the wrong security, so the
//! pallet refuses one whose check digits do not add up.

/// The value of an alphanumeric character in all three schemes: 0-9 for digits, 10-35 for
/// upper-case letters; `None` for anything else.
fn value(c: u8) -> Option<u32> {
	match c {
		b'0'..=b'9' => Some(u32::from(c - b'0')),
		b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
		_ => None,
	}
}

/// The sum of the digits of `n` after doubling it or not, as the Luhn family of checks adds.
fn luhn_term(digit: u32, double: bool) -> u32 {
	let n = if double { digit * 2 } else { digit };
	n / 10 + n % 10
}

/// An ISIN: two letters (the country), nine alphanumerics, and a Luhn check digit over the
/// digits obtained by writing each letter as its two-digit value.
pub fn is_valid_isin(code: &[u8; 12]) -> bool {
	if !code[..2].iter().all(u8::is_ascii_uppercase) || !code[11].is_ascii_digit() {
		return false;
	}
	// Up to 24 digits once the letters are expanded; walk them from the right.
	let mut digits = [0u32; 24];
	let mut len = 0;
	for &c in code {
		let Some(v) = value(c) else { return false };
		if v >= 10 {
			digits[len] = v / 10;
			digits[len + 1] = v % 10;
			len += 2;
		} else {
			digits[len] = v;
			len += 1;
		}
	}
	let sum: u32 = digits[..len]
		.iter()
		.rev()
		.enumerate()
		.map(|(position, &digit)| luhn_term(digit, position % 2 == 1))
		.sum();
	sum.is_multiple_of(10)
}

/// A CUSIP: eight alphanumerics (or `*`, `@`, `#`) and a check digit that doubles every
/// second character's value.
pub fn is_valid_cusip(code: &[u8; 9]) -> bool {
	let mut sum = 0;
	for (position, &c) in code[..8].iter().enumerate() {
		let v = match c {
			b'*' => 36,
			b'@' => 37,
			b'#' => 38,
			_ => match value(c) {
				Some(v) => v,
				None => return false,
			},
		};
		sum += luhn_term(v, position % 2 == 1);
	}
	let check = (10 - sum % 10) % 10;
	value(code[8]) == Some(check)
}

/// An LEI: eighteen alphanumerics and two check digits, such that the whole code, letters
/// written as their two-digit values, is 1 modulo 97 (ISO 7064 MOD 97-10).
pub fn is_valid_lei(code: &[u8; 20]) -> bool {
	if !code[18].is_ascii_digit() || !code[19].is_ascii_digit() {
		return false;
	}
	let mut remainder = 0u32;
	for &c in code {
		let Some(v) = value(c) else { return false };
		remainder = if v >= 10 { (remainder * 100 + v) % 97 } else { (remainder * 10 + v) % 97 };
	}
	remainder == 1
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn real_isins_pass_and_a_changed_digit_fails() {
		for isin in [b"US0378331005", b"DE000BAY0017", b"CH0012032048", b"GB0002634946"] {
			assert!(is_valid_isin(isin), "{}", core::str::from_utf8(isin).unwrap());
		}
		assert!(!is_valid_isin(b"US0378331006"));
		assert!(!is_valid_isin(b"US0378331x05"));
		assert!(!is_valid_isin(b"1S0378331005"));
		assert!(!is_valid_isin(b"US037833100A"));
	}

	#[test]
	fn real_cusips_pass_and_a_changed_digit_fails() {
		for cusip in [b"037833100", b"38259P508", b"594918104"] {
			assert!(is_valid_cusip(cusip), "{}", core::str::from_utf8(cusip).unwrap());
		}
		assert!(!is_valid_cusip(b"037833101"));
		assert!(!is_valid_cusip(b"03783310 "));
	}

	#[test]
	fn real_leis_pass_and_a_changed_digit_fails() {
		for lei in [b"HWUPKR0MPOU8FGXBT394", b"5493001KJTIIGC8Y1R12", b"529900T8BM49AURSDO55"] {
			assert!(is_valid_lei(lei), "{}", core::str::from_utf8(lei).unwrap());
		}
		assert!(!is_valid_lei(b"HWUPKR0MPOU8FGXBT395"));
		assert!(!is_valid_lei(b"hwupkr0mpou8fgxbt394"));
		assert!(!is_valid_lei(b"HWUPKR0MPOU8FGXBT3A4"));
	}
}
