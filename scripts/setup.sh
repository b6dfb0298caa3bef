#!/usr/bin/env bash
# Installs what building Consort needs, idempotently: Debian packages, the Wasm target and
# rust-src. Rust itself comes from rustup (https://rustup.rs); it cannot be installed here.
set -euo pipefail

packages=(protobuf-compiler clang libclang-dev)
# Node.js and npm compile the bridge's contracts (solc-js) and bring the EVM node (anvil).
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	echo "setup: installing ${missing[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v rustup >/dev/null 2>&1; then
	echo "setup: rustup is missing; install Rust with rustup first" >&2
	exit 1
fi
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src

# The bridge's contracts: the Solidity compiler and a local EVM node, from the npm registry.
contracts="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bridge/contracts"
if [ ! -x "$contracts/node_modules/.bin/anvil" ] || [ "$contracts/package-lock.json" -nt "$contracts/node_modules/.package-lock.json" ]; then
	echo "setup: installing the bridge's npm packages"
	npm ci --prefix "$contracts" --no-audit --no-fund --loglevel=error
fi
