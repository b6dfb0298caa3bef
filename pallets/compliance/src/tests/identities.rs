use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_registrar_registers_an_identity_with_its_first_key() {
	run_test(|| {
		let id = register(&account(1));
		assert_eq!(KeyIdentity::<Test>::get(account(1)), Some(id));
	});
}
