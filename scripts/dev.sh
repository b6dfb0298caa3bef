#!/usr/bin/env bash
# Sets up the machine, builds the node and runs a one-node dev chain (Alice validates;
# dev accounts are funded). Extra arguments go to the node. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo build --release -p consort-node
exec "$CONSORT_NODE" --dev --rpc-cors all "$@"
