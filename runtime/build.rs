//! Builds the Wasm runtime, with file paths made relative so that the same source gives the
//! same Wasm wherever the repository and the Cargo home are.

fn main() {
	#[cfg(feature = "std")]
	{
		// Read when the script runs, not when it was compiled: the compiled script is cached
		// in the shared build folder and reused by clones at other paths.
		let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
		let workspace_root = std::path::Path::new(&manifest_dir)
			.parent()
			.map(|p| p.display().to_string())
			.unwrap_or_default();
		let cargo_home = std::env::var("CARGO_HOME")
			.ok()
			.or_else(|| std::env::var("HOME").ok().map(|home| format!("{home}/.cargo")))
			.unwrap_or_default();
		// The build cache lives outside the clone; tell the builder where the workspace is.
		std::env::set_var("WASM_BUILD_WORKSPACE_HINT", &workspace_root);
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.append_to_rust_flags(format!("--remap-path-prefix={workspace_root}=/consort"))
			.append_to_rust_flags(format!("--remap-path-prefix={cargo_home}=/cargo"))
			.build();
	}
}
