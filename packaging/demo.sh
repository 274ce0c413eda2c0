#!/usr/bin/env bash
# The demo from a fresh Debian 12 machine: installs what it needs, builds, starts the sandbox
# (identity + payment emulator) on 127.0.0.1:8740 and runs tvpair against it — a window with
# the remote emulator when a display is present, headless otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TVPAIR_BUILD_DIR:-$root/build}"
port="${TVPAIR_SANDBOX_PORT:-8740}"

# Set-up output goes to stderr: in headless mode stdout carries only the app's JSON events.
bash "$root/packaging/install-deps.sh" >&2
(cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error) >&2
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target tvpair >&2

mkdir -p "$build/demo"
node "$root/tests/sandbox/server.js" --port "$port" --interval 2 >"$build/demo/sandbox.out" 2>"$build/demo/sandbox.err" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q '"ready":true' "$build/demo/sandbox.out" 2>/dev/null && break
  kill -0 $sandbox 2>/dev/null || { echo "demo: the sandbox did not start; see $build/demo/sandbox.err" >&2; exit 1; }
  sleep 0.2
done
grep -q '"ready":true' "$build/demo/sandbox.out" || { echo "demo: the sandbox did not start in time" >&2; exit 1; }

echo "Sandbox on http://127.0.0.1:$port — sign in with alice/alice, bob/bob, carol/carol or dave/dave." >&2
# The sandbox keeps its state in memory, so a session from an earlier demo run is stale: start clean.
rm -rf "$build/demo/store"
export TVPAIR_SANDBOX_PORT="$port"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$build/app/tvpair" --store "$build/demo/store" --remote-emulator "$@"
else
  echo "No display: running headless. Open the verification URI below in a browser and enter the code." >&2
  "$build/app/tvpair" --headless --keep-trying --store "$build/demo/store" "$@"
fi
