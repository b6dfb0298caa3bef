#!/usr/bin/env bash
# Benchmarks Consort's pallets on this machine and writes each pallet's weights.rs from
# scripts/weight-template.hbs. Run it on the reference machine after any change to a pallet's
# calls or storage, and commit the result. The node is built with `runtime-benchmarks`, a
# feature set of its own: expect a long first build. The raw results land in
# target/benchmarks/ of the build cache, for docs/BENCHMARKS.md. Name pallets to measure only
# those: `scripts/benchmarks.sh matching token`. `storage` measures the database's read and
# write cost instead (runtime/src/weights/db.rs), on the chain database at $STORAGE_DB: a dev
# node's --base-path after a consort-bench run, so that the state is not a toy's. `overhead`
# measures what a block and an extrinsic cost before any call runs (runtime/src/weights/
# block_weights.rs and extrinsic_weights.rs); `system_extensions` and `transaction_payment`
# what a signed transaction's extensions cost.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
if [ "${SKIP_BUILD:-0}" != 1 ]; then
	cargo build --release -p consort-node --features runtime-benchmarks
fi
results="$CARGO_TARGET_DIR/benchmarks"
mkdir -p "$results"
pallets=("$@")
((${#pallets[@]})) || pallets=(assets consortium compliance token matching anchor mmr beefy_mmr system_extensions
		transaction_payment balances timestamp utility multisig sudo collective membership overhead)
for pallet in "${pallets[@]}"; do
	if [ "$pallet" = storage ]; then
		db="${STORAGE_DB:?set STORAGE_DB to the --base-path of a dev chain loaded by consort-bench}"
		"$CONSORT_NODE" benchmark storage \
			--chain dev \
			--base-path "$db" \
			--state-version 1 \
			--batch-size 1000 \
			--json-read-path "$results/storage-read.json" \
			--json-write-path "$results/storage-write.json" \
			--template-path scripts/db-weight-template.hbs \
			--header scripts/weight-header.txt \
			--weight-path runtime/src/weights/db.rs
		continue
	fi
	if [ "$pallet" = overhead ]; then
		"$CONSORT_NODE" benchmark overhead \
			--chain dev \
			--header scripts/weight-header.txt \
			--weight-path runtime/src/weights
		continue
	fi
	name="pallet_$pallet"
	[ "$pallet" = system_extensions ] && name=frame_system_extensions
	case "$pallet" in
	# Substrate's pallets: their weights implement the pallet's own trait, in the runtime.
	# The yardstick: its weights beside the raw results, for docs/BENCHMARKS.md, not the tree.
	assets) output=(--template scripts/weight-template.hbs --output "$results/pallet_assets_weights.rs") ;;
	mmr | beefy_mmr | system_extensions | transaction_payment | balances | timestamp | utility | \
		multisig | sudo | collective | membership)
		output=(--output "runtime/src/weights/$name.rs" --header scripts/weight-header.txt)
		;;
	*) output=(--template scripts/weight-template.hbs --output "pallets/$pallet/src/weights.rs") ;;
	esac
	"$CONSORT_NODE" benchmark pallet \
		--chain dev \
		--pallet "$name" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--json-file "$results/$name.json" \
		"${output[@]}"
done
echo "weights regenerated (pallets/*/src/weights.rs, runtime/src/weights/); raw results in $results"
