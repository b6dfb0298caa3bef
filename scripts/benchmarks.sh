#!/usr/bin/env bash
# Benchmarks Consort's pallets on this machine and writes each pallet's weights.rs from
# scripts/weight-template.hbs. Run it on the reference machine after any change to a pallet's
# calls or storage, and commit the result. The node is built with `runtime-benchmarks`, a
# feature set of its own: expect a long first build. The raw results land in
# target/benchmarks/ of the build cache, for docs/BENCHMARKS.md. Name pallets to measure only
# those: `scripts/benchmarks.sh matching token`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ "${SKIP_BUILD:-0}" != 1 ]; then
	cargo build --release -p consort-node --features runtime-benchmarks
fi
results="$CARGO_TARGET_DIR/benchmarks"
mkdir -p "$results"
pallets=("$@")
((${#pallets[@]})) || pallets=(consortium compliance token matching)
for pallet in "${pallets[@]}"; do
	"$CONSORT_NODE" benchmark pallet \
		--chain dev \
		--pallet "pallet_$pallet" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--template scripts/weight-template.hbs \
		--json-file "$results/pallet_$pallet.json" \
		--output "pallets/$pallet/src/weights.rs"
done
echo "pallets/*/src/weights.rs regenerated; raw results in $results"
