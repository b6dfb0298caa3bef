#!/usr/bin/env bash
# Runs every test of the workspace, unit and multi-node, in one (release) profile, then the
# pallets' benchmark tests (each benchmark run once on the pallet's mock, asserting its
# worst case is reached), which need the `runtime-benchmarks` feature.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
status=0
cargo test --release --workspace --no-fail-fast "$@" || status=$?
cargo test --release -p pallet-consortium -p pallet-compliance -p pallet-token -p pallet-matching -p pallet-anchor --features runtime-benchmarks \
	--no-fail-fast benchmark || status=$?
exit $status
