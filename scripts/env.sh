# Sourced by the scripts: one build cache for every run, outside the clone, so CI and a
# developer's shell reuse it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/consort-target}"
export CONSORT_NODE="$CARGO_TARGET_DIR/release/consort-node"
