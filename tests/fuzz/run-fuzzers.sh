#!/usr/bin/env bash
# Builds the libFuzzer targets into build-fuzz (clang, fuzzer+ASan+UBSan) and runs each for a
# while; fails when any target finds a crash, a leak, a timeout or a broken invariant.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET (default 20)] [TARGET...]
#
# Seeds: tests/fuzz/corpus/<target>/ (read only here). What a run discovers goes to
# build-fuzz/fuzz-corpus/<target>/ and survives between runs; crash inputs go to
# build-fuzz/fuzz-artifacts/<target>/. Keep a reproducer as a regression test by copying it
# to tests/fuzz/corpus/<target>/regress-<what> (ctest runs every corpus input: label fuzz).
# Environment: TVPAIR_FUZZ_BUILD_DIR (default <root>/build-fuzz), TVPAIR_FUZZ_JOBS (build -j, 2),
# TVPAIR_FUZZ_PARALLEL (targets fuzzed at once, default: the number of cores),
# TVPAIR_FUZZ_WORKERS (parallel fuzzing processes per target, default 1),
# TVPAIR_FUZZ_WORK_DIR (what runs discover, default <build>/fuzz-corpus),
# TVPAIR_FUZZ_SEED (libFuzzer -seed; default: a new random seed each run).
# A gate wants the same inputs every time: tests/run-all.sh fixes the seed, so a slower machine
# explores a prefix of what a longer local run with that seed already explored, and a finding
# there is reproducible. Exploring anew (no seed) is for long runs by hand.
# A build dir that is already configured with TVPAIR_FUZZ=ON (tests/run-sanitizers.sh makes one
# that serves both the ASan suite and the fuzzers) is built as it is, not re-configured.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-20}"
[[ $# -gt 0 ]] && shift
build="${TVPAIR_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${TVPAIR_FUZZ_JOBS:-2}"
workers="${TVPAIR_FUZZ_WORKERS:-1}"

command -v clang++ >/dev/null || { echo "run-fuzzers: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

# The build date (TVPAIR_BUILD_EPOCH) comes from string(TIMESTAMP) at configure time; a fixed
# SOURCE_DATE_EPOCH keeps a re-configure from rebuilding the whole core every run.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 1767225600)}"
parallel="${TVPAIR_FUZZ_PARALLEL:-$(nproc)}"
if ! grep -Eq '^TVPAIR_FUZZ:[A-Z]+=(ON|1|TRUE)$' "$build/CMakeCache.txt" 2>/dev/null; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DTVPAIR_FUZZ=ON -DTVPAIR_BUILD_UI=OFF -DTVPAIR_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$build" -j"$jobs" --target tvpair_fuzzers

if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  mapfile -t targets < <(cd "$root/tests/fuzz/corpus" && ls -d fuzz_* | sort)
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
export QT_HASH_SEED=0  # QHash order is part of what a seeded run repeats

# One target: fuzz it, then write its result line (and the evidence of a finding) to $results/<t>.
fuzz_one() {
  local t="$1" bin="$build/tests/fuzz/$1" work="${TVPAIR_FUZZ_WORK_DIR:-$build/fuzz-corpus}/$1" art="$build/fuzz-artifacts/$1"
  local log="$build/fuzz-logs/$1.log" out="$results/$1" rc start took execs cov
  mkdir -p "$work" "$art" "$(dirname "$log")"
  local args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536
              -artifact_prefix="$art/" -print_final_stats=1)
  if [[ "$workers" -gt 1 ]]; then args+=(-fork="$workers" -ignore_crashes=0); fi
  if [[ -n "${TVPAIR_FUZZ_SEED:-}" ]]; then args+=(-seed="$TVPAIR_FUZZ_SEED"); fi
  start=$(date +%s)
  set +e
  "$bin" "${args[@]}" "$work" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  took=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  if [[ $rc -eq 0 ]]; then
    printf '%-22s %8s %10s %8s %s\n' "$t" "$took" "${execs:-?}" "${cov:-?}" ok >"$out"
  else
    { printf '%-22s %8s %10s %8s %s\n' "$t" "$took" "${execs:-?}" "${cov:-?}" "FAILED (rc $rc, log $log)"
      grep -E 'ERROR|SUMMARY|invariant failed|Test unit written' "$log" | head -8 | sed 's/^/    /'
    } >"$out.failed"
  fi
}

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
running=0
for t in "${targets[@]}"; do
  fuzz_one "$t" &
  running=$((running + 1))
  if [[ $running -ge $parallel ]]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=()
printf '%-22s %8s %10s %8s %s\n' target seconds execs cov result
for t in "${targets[@]}"; do
  if [[ -f "$results/$t" ]]; then
    cat "$results/$t"
  elif [[ -f "$results/$t.failed" ]]; then
    cat "$results/$t.failed"; failed+=("$t")
  else
    printf '%-22s %8s %10s %8s %s\n' "$t" - - - "FAILED (no result: the runner itself died)"; failed+=("$t")
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "run-fuzzers: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "run-fuzzers: all ${#targets[@]} targets ran ${secs}s without a finding (${parallel} at a time, seed ${TVPAIR_FUZZ_SEED:-random})"
