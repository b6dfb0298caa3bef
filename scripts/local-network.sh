#!/usr/bin/env bash
# Starts the local consortium on this machine: validators Alice, Bob, Charlie and Dave, and
# an observer run for a regulator (Eve). Each node has its own database under
# .local-network/. Ctrl-C stops them all.
#
#   node      p2p    rpc (ws+http)  prometheus
#   alice     30333  9944           9615
#   bob       30334  9945           9616
#   charlie   30335  9946           9617
#   dave      30336  9947           9618
#   observer  30337  9948           9619
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$CONSORT_NODE" ] || { scripts/setup.sh && cargo build --release -p consort-node; }

base=.local-network
mkdir -p "$base"
keys=chain-spec/local
peer_ids=(
	12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp
	12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD
	12D3KooWSCufgHzV4fCwRijfH2k3abrpAJxTKxEvN1FDuRXA2U9x
	12D3KooWSsChzF81YDUKpe9Uk5AHV5oqAaXAcWNSPYgoLauUk4st
)
bootnode="/ip4/127.0.0.1/tcp/30333/p2p/${peer_ids[0]}"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM

names=(alice bob charlie dave)
for i in 0 1 2 3; do
	name=${names[$i]}
	"$CONSORT_NODE" --chain "$keys/../local.json" --base-path "$base/$name" --name "$name" \
		--"$name" --validator --node-key-file "$keys/$name.node-key" \
		--port $((30333 + i)) --rpc-port $((9944 + i)) --prometheus-port $((9615 + i)) \
		--bootnodes "$bootnode" --no-mdns >"$base/$name.log" 2>&1 &
	pids+=($!)
done

reserved=()
for i in 0 1 2 3; do reserved+=(--reserved-nodes "/ip4/127.0.0.1/tcp/$((30333 + i))/p2p/${peer_ids[$i]}"); done
"$CONSORT_NODE" --chain "$keys/../local.json" --base-path "$base/observer" --name observer \
	--observer --node-key-file "$keys/observer.node-key" \
	--port 30337 --rpc-port 9948 --prometheus-port 9619 "${reserved[@]}" --no-mdns \
	>"$base/observer.log" 2>&1 &
pids+=($!)

echo "local consortium running; logs in $base/*.log; RPC ws://127.0.0.1:9944 (alice) .. 9948 (observer)"
wait
