#!/usr/bin/env bash
# The whole ctest suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer
# (CMakePresets.json preset `asan`, binary dir build-asan).
#
#   tests/run-sanitizers.sh [extra ctest args, e.g. -L unit or -E tst_soak_refresh]
#
# The UI is built when it configures (Qt Quick found); otherwise it is switched off and said so.
# Leak reports from third-party frames (Qt, Mesa, fontconfig, OpenSSL, glib/dbus) are
# suppressed by tests/lsan.supp; a leak with a tvpair frame on top is never suppressed.
# The same build also holds the libFuzzer targets (TVPAIR_FUZZ=ON): their corpus replays run
# here as ctest label `fuzz`, and tests/fuzz/run-fuzzers.sh can fuzz from this dir
# (TVPAIR_FUZZ_BUILD_DIR) without a second build. The packaging test (label packaging) is left
# out: it installs a .deb on the machine, which says nothing about memory errors; so is label
# translations (every screen in ten languages: text and layout, the same code paths as the UI
# tests that do run here); and label audio (the real speech engine through speech-dispatcher and
# PulseAudio: under ASan it hung until its timeout, cause not yet found; it runs in stage 1).
# Environment: TVPAIR_ASAN_JOBS (build -j, default 2), TVPAIR_ASAN_BUILD_DIR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TVPAIR_ASAN_BUILD_DIR:-$root/build-asan}"
jobs="${TVPAIR_ASAN_JOBS:-2}"

command -v clang++ >/dev/null || { echo "run-sanitizers: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if [[ ! -d "$root/tests/sandbox/node_modules/oidc-provider" ]]; then
  (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
fi

# A fixed build date: a re-configure must not rebuild the whole core (TVPAIR_BUILD_EPOCH).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 1767225600)}"

flags=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++
       "-DCMAKE_CXX_FLAGS=-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
       -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined
       -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=address,undefined
       -DTVPAIR_FUZZ=ON)
ui=ON
if ! cmake -S "$root" -B "$build" "${flags[@]}" -DTVPAIR_BUILD_UI=ON >"$build.configure.log" 2>&1; then
  echo "run-sanitizers: the UI does not configure here (see $build.configure.log); building with TVPAIR_BUILD_UI=OFF" >&2
  ui=OFF
  cmake -S "$root" -B "$build" "${flags[@]}" -DTVPAIR_BUILD_UI=OFF >"$build.configure.log" 2>&1
fi
cmake --build "$build" -j"$jobs"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1"
# The e2e journeys wait on the screen; the instrumented window draws 2-3x slower while the
# fault tests share the two cores, so their waits (never their checks) are stretched here.
export TVPAIR_E2E_TIMEOUT_FACTOR="${TVPAIR_E2E_TIMEOUT_FACTOR:-3}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
cd "$build"
echo "run-sanitizers: UI ${ui}; running ctest under ASan/UBSan/LSan"
ctest --output-on-failure -j2 --timeout 900 -LE "packaging|translations|audio" "$@"
