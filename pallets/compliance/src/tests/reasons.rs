use crate::*;
use codec::Encode;

#[test]
fn reason_codes_are_stable() {
	// These numbers are published (runtime API, JSON-RPC, the bridge's contracts): a change
	// here breaks every client.
	assert_eq!(Rejection::UnknownAsset.code(), 1);
	assert_eq!(Rejection::AssetPaused.code(), 2);
	assert_eq!(Rejection::SenderSanctioned.code(), 10);
	assert_eq!(Rejection::ReceiverRuleFailed(3).code(), 13);
	assert_eq!(Rejection::MaxHoldersReached.code(), 23);
	assert_eq!(Rejection::ReceiverKeyRevoked.code(), 31);
	assert_eq!(Rejection::ReceiverRuleFailed(3).encode(), vec![13, 3]);
}

#[test]
fn each_reason_maps_to_its_erc1066_status() {
	assert_eq!(Rejection::InsufficientHolding.status(), 0x52);
	assert_eq!(Rejection::AssetPaused.status(), 0x54);
	assert_eq!(Rejection::LockedUp.status(), 0x55);
	assert_eq!(Rejection::SenderAccountFrozen.status(), 0x56);
	assert_eq!(Rejection::ReceiverAboveMaximumHolding.status(), 0x57);
	assert_eq!(Rejection::UnknownAsset.status(), 0x50);
}

#[test]
fn the_reason_word_carries_the_code_and_the_failed_clause() {
	let word = Rejection::SenderRuleFailed(5).reason_word();
	assert_eq!((word[30], word[31]), (5, 12));
	assert!(word[..30].iter().all(|b| *b == 0));
	assert_eq!(Rejection::LockedUp.reason_word()[31], 16);
}
