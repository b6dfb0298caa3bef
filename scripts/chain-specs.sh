#!/usr/bin/env bash
# Regenerates chain-spec/{dev,local,consortium}.json from the runtime's genesis presets.
# Run it after any change to the runtime or its presets, and commit the result; the test
# `committed_chain_specs_match_what_the_node_generates` fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# The test build's binary: the same features as CI's, so the build cache is shared.
cargo test --release --workspace --no-run
for chain in dev local consortium; do
	"$CONSORT_NODE" build-spec --chain "$chain" --disable-default-bootnode 2>/dev/null >"chain-spec/$chain.json"
done
echo "chain-spec/*.json regenerated"
