#!/usr/bin/env bash
# The JavaScript tests: the built package in Node, and the page, highlight() and the custom element
# in real Chromium (playwright-core). Needs pkg/ (scripts/build-pkg.sh) and scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/package.json ] || { echo "[test-js] pkg/ is missing: run scripts/build-pkg.sh first" >&2; exit 1; }
node --test --test-concurrency=1 tests/e2e/ tests/js/
