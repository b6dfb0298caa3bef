//! Documents (ERC-1643): set, update, remove, bounded per asset.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

const PROSPECTUS: DocumentName = *b"prospectus\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
const TERMS: DocumentName = *b"terms\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
const KIID: DocumentName = *b"kiid\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

fn set(name: DocumentName, uri: &[u8], hash: u8) -> sp_runtime::DispatchResult {
	Token::set_document(
		RuntimeOrigin::signed(issuer()),
		ASSET,
		name,
		bounded(uri),
		H256::repeat_byte(hash),
	)
}

#[test]
fn the_owner_sets_and_updates_a_document_with_its_hash_and_time() {
	run_test(|| {
		assert_ok!(set(PROSPECTUS, b"ipfs://bafy-prospectus-v1", 1));
		let document = Documents::<Test>::get(ASSET, PROSPECTUS).unwrap();
		assert_eq!(document.content_hash, H256::repeat_byte(1));
		assert_eq!(document.updated_at, START);
		set_now(START + 1_000);
		assert_ok!(set(PROSPECTUS, b"ipfs://bafy-prospectus-v2", 2));
		let document = Documents::<Test>::get(ASSET, PROSPECTUS).unwrap();
		assert_eq!(document.uri.to_vec(), b"ipfs://bafy-prospectus-v2".to_vec());
		assert_eq!(document.updated_at, START + 1_000);
		assert_eq!(Assets::<Test>::get(ASSET).unwrap().documents, 1, "an update is no new one");
		assert_eq!(
			last_event(),
			Event::DocumentSet {
				asset: ASSET,
				name: PROSPECTUS,
				uri: bounded(b"ipfs://bafy-prospectus-v2"),
				content_hash: H256::repeat_byte(2),
			}
		);
	});
}

#[test]
fn the_owner_removes_a_document() {
	run_test(|| {
		assert_ok!(set(PROSPECTUS, b"https://example.org/p.pdf", 1));
		assert_ok!(Token::remove_document(RuntimeOrigin::signed(issuer()), ASSET, PROSPECTUS));
		assert_eq!(Documents::<Test>::get(ASSET, PROSPECTUS), None);
		assert_eq!(last_event(), Event::DocumentRemoved { asset: ASSET, name: PROSPECTUS });
		assert_noop!(
			Token::remove_document(RuntimeOrigin::signed(issuer()), ASSET, PROSPECTUS),
			Error::<Test>::UnknownDocument
		);
	});
}

#[test]
fn an_asset_has_a_bounded_number_of_documents() {
	run_test(|| {
		assert_ok!(set(PROSPECTUS, b"a", 1));
		assert_ok!(set(TERMS, b"b", 2));
		assert_noop!(set(KIID, b"c", 3), Error::<Test>::TooManyDocuments);
		assert_ok!(Token::remove_document(RuntimeOrigin::signed(issuer()), ASSET, TERMS));
		assert_ok!(set(KIID, b"c", 3));
	});
}

#[test]
fn only_the_owner_sets_documents_and_they_need_a_name_and_a_uri() {
	run_test(|| {
		assert_noop!(
			Token::set_document(
				RuntimeOrigin::signed(alice()),
				ASSET,
				PROSPECTUS,
				bounded(b"x"),
				H256::zero()
			),
			Error::<Test>::NotOwner
		);
		assert_noop!(set([0; 32], b"x", 1), Error::<Test>::InvalidDocument);
		assert_noop!(set(PROSPECTUS, b"", 1), Error::<Test>::InvalidDocument);
	});
}
