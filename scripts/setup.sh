#!/usr/bin/env bash
# Installs everything the build, the page and the tests need, skipping what is already there.
# Safe to run again and again; the serve and test commands call it first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '[setup] %s\n' "$*" >&2; }

# Rust: the wasm target and the lint/format components.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# wasm-bindgen's CLI must match the library version pinned in Cargo.toml exactly.
want=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -1)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (a few minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi
if ! command -v wasm-pack >/dev/null 2>&1; then
  log "installing wasm-pack (a few minutes)"
  cargo install wasm-pack
fi

# Chromium and its driver, for the browser tests.
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  log "installing chromium and chromium-driver"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Node tooling (binaryen's wasm-opt, playwright-core, ...), pinned by package-lock.json.
if ! [ -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing node dev dependencies"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# wasm-pack looks for `wasm-opt` on PATH (and otherwise tries a download, which fails here).
# Debian's binaryen is too old and corrupts wasm-bindgen's output, so use npm's binaryen.
mkdir -p .tools/bin
cat > .tools/bin/wasm-opt <<WRAP
#!/bin/sh
exec node "$root/node_modules/binaryen/bin/wasm-opt" "\$@"
WRAP
chmod +x .tools/bin/wasm-opt
log "ready"
