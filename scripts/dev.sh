#!/usr/bin/env bash
# Sets up the machine, builds the node and runs a one-node dev chain (Alice validates;
# dev accounts are funded). Extra arguments go to the node. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo build --release -p consort-node
# A dev chain takes bursts of many senders' extrinsics (consort-bench), which overflow the
# default pool's 819 future extrinsics a view: see README, "Block time and finality". A pool
# option given here wins.
pool=(--pool-limit 40960)
for arg in "$@"; do
	case "$arg" in --pool-limit* | --pool-type*) pool=() ;; esac
done
exec "$CONSORT_NODE" --dev --rpc-cors all "${pool[@]}" "$@"
