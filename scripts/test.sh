#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit/golden/property/CLI tests and doctests,
# the Wasm build in headless Chromium, then the built npm package from Node and the page in
# Chromium. Installs what is missing first (scripts/setup.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n=== %s\n' "$*"; }

step "format and lints (native and wasm32)"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

step "native tests (unit, golden, property, CLI, doctests)"
cargo test --workspace

step "API docs build without warnings"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p article-annotator

step "Wasm build in headless Chromium (wasm-pack test)"
wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver -- --test wasm

step "npm package build (pkg/)"
bash scripts/build-pkg.sh

step "JavaScript: the built package from Node, the page and embedding in Chromium"
bash scripts/test-js.sh
node --test tests/node/

step "all tests passed"
