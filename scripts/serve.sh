#!/usr/bin/env bash
# Builds the package (pkg/) and serves the page on 127.0.0.1; prints the URL.
# Usage: scripts/serve.sh [port]      (SKIP_BUILD=1 serves the existing pkg/)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-}" = 1 ] || bash scripts/build-pkg.sh
exec node tests/e2e/static-server.js "${1:-8080}"
