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
		let builder = || {
			substrate_wasm_builder::WasmBuilder::init_with_defaults()
				.append_to_rust_flags(format!("--remap-path-prefix={workspace_root}=/consort"))
				.append_to_rust_flags(format!("--remap-path-prefix={cargo_home}=/cargo"))
		};
		builder().build();
		// The upgrade probe: the runtime again with the next spec version. It shares the
		// dependencies' build, so it costs one more compilation of this crate. A benchmarking
		// build has no use for it.
		let probe = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default())
			.join("upgrade_probe.rs");
		if std::env::var_os("CARGO_FEATURE_RUNTIME_BENCHMARKS").is_some() {
			let none = "pub const WASM_BINARY_PATH: Option<&str> = None;\n\
				pub const WASM_BINARY: Option<&[u8]> = None;\n\
				pub const WASM_BINARY_BLOATY: Option<&[u8]> = None;\n";
			if std::fs::read_to_string(&probe).ok().as_deref() != Some(none) {
				std::fs::write(&probe, none).expect("OUT_DIR is writable");
			}
		} else {
			builder().enable_feature("upgrade-probe").set_file_name("upgrade_probe.rs").build();
		}
	}
}
