#!/usr/bin/env bash
# tvpair benchmarks: one command, one table (see tests/bench/README.md).
#
#   bash tests/bench/run-benchmarks.sh                 # N=5 runs, 60 s idle window (~6 min)
#   BENCH_RUNS=3 bash tests/bench/run-benchmarks.sh    # fewer runs
#   bash tests/bench/run-benchmarks.sh --only headless,ui --idle 30 --deb   # options of bench.py
#   sudo bash tests/bench/run-benchmarks.sh --only display-vm   # rows 9: linuxfb/eglfs in a QEMU VM (root, ~15 min)
#   BENCH_RUNS=3 bash tests/bench/run-benchmarks.sh --only display,display-aarch64   # rows 8a: the ARM
#       build under qemu-aarch64 beside the native rows 8 (needs `sudo bash packaging/cross-build.sh
#       arm64 --bench` first: build-arm64, or BENCH_TARGET_BUILD; ~12 min at 3 runs)
#   bash tests/bench/run-benchmarks.sh bridge [--levels 10000,100000 --clients 32]  # tvpair-bridge (bench_bridge.py)
#
# Builds tvpair and tvpair_bench_ui (Release) in build-bench (override: BENCH_BUILD_DIR), installs
# the openid-client baseline with `npm ci` in tests/bench/node, starts a private sandbox on an
# ephemeral port, measures tvpair beside its baselines interleaved in the same run, and prints
# metric | tvpair | baseline | ratio | target as median (min–max) over N runs. Raw numbers:
# <build>/bench/results.json. Nothing here asserts on time; the verdict column is information.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BENCH_BUILD_DIR:-$root/build-bench}"
jobs="${BENCH_JOBS:-2}"

for tool in cmake ninja node npm curl strip python3; do
  command -v "$tool" >/dev/null || { echo "run-benchmarks: needs $tool" >&2; exit 2; }
done

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
if [ "${1:-}" = bridge ]; then
  shift
  cmake --build "$build" -j"$jobs" --target tvpair-bridge tvpair_bench_bridge >&2
  [ -d "$root/tests/sandbox/node_modules" ] || (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund >&2)
  exec python3 "$root/tests/bench/bench_bridge.py" --build "$build" "$@"
fi
cmake --build "$build" -j"$jobs" --target tvpair tvpair_bench_ui tvpair_bench_grab >&2

[ -d "$root/tests/sandbox/node_modules" ] || (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund >&2)
(cd "$root/tests/bench/node" && npm ci --no-audit --no-fund --silent >&2)

# Rows 8a: the ARM build's own emulator (as its tests run: qemu-<arch>-static, -L <sysroot> when it
# was built against one), the ARM binaries built already by cross-build.sh (no build here).
emu_args=()
if [[ " $* " == *display-aarch64* ]]; then
  tbuild="${BENCH_TARGET_BUILD:-$root/build-arm64}"
  [ -f "$tbuild/CMakeCache.txt" ] || { echo "run-benchmarks: no ARM build in $tbuild: run sudo bash packaging/cross-build.sh arm64 --bench" >&2; exit 2; }
  qemu="$(sed -n 's/^TVPAIR_QEMU_EXECUTABLE:[A-Z]*=//p' "$tbuild/CMakeCache.txt")"
  sysroot="$(sed -n 's/^TVPAIR_SYSROOT:[A-Z]*=//p' "$tbuild/CMakeCache.txt")"
  [ -x "$qemu" ] || { echo "run-benchmarks: $tbuild names no qemu-user emulator (TVPAIR_QEMU_EXECUTABLE)" >&2; exit 2; }
  cmake --build "$tbuild" -j"$jobs" --target tvpair tvpair_bench_ui >&2
  emu_args=(--target-build "$tbuild" --emulator "$qemu${sysroot:+ -L $sysroot}")
fi

exec python3 "$root/tests/bench/bench.py" --build "$build" "${emu_args[@]}" "$@"
