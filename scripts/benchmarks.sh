#!/usr/bin/env bash
# Benchmarks Consort's pallets on this machine and writes their weights into
# runtime/src/weights/. Run it on the reference machine after any change to a pallet's calls,
# and commit the result. The node is built with `runtime-benchmarks`, a feature set of its
# own: expect a long first build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo build --release -p consort-node --features runtime-benchmarks
for pallet in pallet_consortium pallet_compliance; do
	"$CONSORT_NODE" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--output "runtime/src/weights/$pallet.rs"
done
echo "runtime/src/weights/ regenerated"
