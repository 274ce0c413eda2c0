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
# Suite-wide secrets scan: the sandbox and the fake servers append every secret they issue to a
# fresh ledger, every tvpair run logs at debug level and its output is kept, and after ctest
# tests/secrets/scan-suite.py looks for every ledger value in all the suite printed or left.
scan_dir="$build/secret-scan"
rm -rf "$scan_dir" "$build/test-output"
mkdir -p "$scan_dir"
export TVPAIR_SECRET_LEDGER="$scan_dir/ledger-$(date -u +%Y%m%dT%H%M%SZ)-$$.tsv"
(umask 077 && : >"$TVPAIR_SECRET_LEDGER")
export TVPAIR_TEST_CAPTURE_DIR="$build/test-output"
export TVPAIR_LOG_LEVEL=debug
ctest_rc=0
ctest --output-on-failure -j2 --timeout 600 "$@" || ctest_rc=$?
scan_rc=0
scan_args=(--ledger "$TVPAIR_SECRET_LEDGER" --require "$build/Testing/Temporary/LastTest.log")
[[ $# -gt 0 ]] && scan_args+=(--allow-empty-ledger)  # a partial run may start no sandbox
python3 "$root/tests/secrets/scan-suite.py" "${scan_args[@]}" "$build" || scan_rc=$?
unset TVPAIR_SECRET_LEDGER TVPAIR_TEST_CAPTURE_DIR TVPAIR_LOG_LEVEL
if ((ctest_rc != 0 || scan_rc != 0)); then
  echo "run-all: ctest exit $ctest_rc, secrets scan exit $scan_rc" >&2
  exit 1
fi

# The whole suite again under ASan + UBSan + LSan (clang), in a build that also holds the
# libFuzzer targets; then every fuzzer for a bounded time, two at a time.
# TVPAIR_SKIP_SANITIZERS=1 leaves both out for a quick local run; CI runs them.
if [[ "${TVPAIR_SKIP_SANITIZERS:-0}" != 1 ]]; then
  asan_build="${TVPAIR_ASAN_BUILD_DIR:-$root/build-asan}"
  TVPAIR_ASAN_BUILD_DIR="$asan_build" bash "$root/tests/run-sanitizers.sh"
  # A fixed seed: the gate repeats what was fuzzed before the commit (run-fuzzers.sh). 30 s a
  # target keeps the whole run under an hour on two cores with 21 targets (longer runs on demand:
  # tests/fuzz/run-fuzzers.sh SECONDS).
  TVPAIR_FUZZ_SEED="${TVPAIR_FUZZ_SEED:-1}" TVPAIR_FUZZ_BUILD_DIR="$asan_build" \
    bash "$root/tests/fuzz/run-fuzzers.sh" "${TVPAIR_FUZZ_SECONDS:-30}"
fi
