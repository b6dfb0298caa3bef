#!/usr/bin/env bash
# Runs every test of the workspace, unit and multi-node, in one (release) profile.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo test --release --workspace --no-fail-fast "$@"
