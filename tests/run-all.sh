#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 machine: installs what it needs, builds, runs ctest.
# Usage: bash tests/run-all.sh [extra ctest args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TVPAIR_BUILD_DIR:-$root/build}"

bash "$root/packaging/install-deps.sh"
(cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

cd "$build"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j2 --timeout 600 "$@"
