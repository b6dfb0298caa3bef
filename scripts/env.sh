# Sourced by the scripts: one build cache for every run, outside the clone, so CI and a
# developer's shell reuse it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/consort-target}"
export CONSORT_NODE="$CARGO_TARGET_DIR/release/consort-node"
# The runtime's Wasm is built in a nested workspace under the target folder, outside the
# clone: point it at our Cargo.lock, so the Wasm uses the same locked versions as the rest.
export WASM_BUILD_WORKSPACE_HINT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
