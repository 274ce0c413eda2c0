#!/usr/bin/env bash
# The demo from a fresh Debian 12 machine: installs what it needs, builds, starts the sandbox
# (identity + payment emulator) on 127.0.0.1:8740 and runs tvpair against it — a window with
# the remote emulator when a display is present, headless otherwise.
usage() {
  cat <<'USAGE'
usage: bash packaging/demo.sh [--bridge[=prenly|mobilepay|paytronix]] [tvpair arguments...]

  (no flag)         tvpair against the sandbox's device-flow identity server (127.0.0.1:8740)
  --bridge          a code-only identity server of the sandbox (Prenly-like by default; or
  --bridge=NAME     mobilepay, paytronix), tvpair-bridge in front of it on 127.0.0.1:8741
                    (TVPAIR_BRIDGE_PORT), and tvpair signing in through the bridge: code + QR
                    against a server that has no device flow
  --help            this text

Every other argument goes to tvpair (e.g. --config FILE without --bridge, --sign-out).

Environment: TVPAIR_SANDBOX_PORT (8740), TVPAIR_BRIDGE_PORT (8741), TVPAIR_BUILD_DIR (build),
TVPAIR_DEMO_DIR (the run's state, logs and keys; BUILD_DIR/demo), TVPAIR_DEMO_PREBUILT=1
(skip installing, npm ci and building: use what is in TVPAIR_BUILD_DIR, as the tests do).
USAGE
}
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TVPAIR_BUILD_DIR:-$root/build}"
port="${TVPAIR_SANDBOX_PORT:-8740}"
bridge_port="${TVPAIR_BRIDGE_PORT:-8741}"
bridge=""
app_args=()
for arg in "$@"; do
  case "$arg" in
    --help|-h) usage; exit 0 ;;
    --bridge) bridge=prenly ;;
    --bridge=prenly|--bridge=mobilepay|--bridge=paytronix) bridge="${arg#--bridge=}" ;;
    --bridge=*) echo "demo: ${arg}: expected --bridge=prenly, --bridge=mobilepay or --bridge=paytronix" >&2; exit 2 ;;
    *) app_args+=("$arg") ;;
  esac
done
set -- ${app_args[@]+"${app_args[@]}"}

# Set-up output goes to stderr: in headless mode stdout carries only the app's JSON events.
if [ "${TVPAIR_DEMO_PREBUILT:-}" = 1 ]; then
  for bin in "$build/app/tvpair" ${bridge:+"$build/bridge/tvpair-bridge"}; do
    [ -x "$bin" ] || { echo "demo: TVPAIR_DEMO_PREBUILT=1 but $bin is not built" >&2; exit 1; }
  done
else
  bash "$root/packaging/install-deps.sh" >&2
  (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error) >&2
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  targets=(tvpair)
  [ -n "$bridge" ] && targets+=(tvpair-bridge)
  cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >&2
fi

demo="${TVPAIR_DEMO_DIR:-$build/demo}"
mkdir -p "$demo"
node "$root/tests/sandbox/server.js" --port "$port" --interval 2 >"$demo/sandbox.out" 2>"$demo/sandbox.err" &
sandbox=$!
bridge_pid=""
trap 'kill $sandbox $bridge_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q '"ready":true' "$demo/sandbox.out" 2>/dev/null && break
  kill -0 $sandbox 2>/dev/null || { echo "demo: the sandbox did not start; see $demo/sandbox.err" >&2; exit 1; }
  sleep 0.2
done
grep -q '"ready":true' "$demo/sandbox.out" || { echo "demo: the sandbox did not start in time" >&2; exit 1; }

echo "Sandbox on http://127.0.0.1:$port — sign in with alice/alice, bob/bob, carol/carol or dave/dave." >&2
# The sandbox keeps its state in memory, so a session from an earlier demo run is stale: start clean.
rm -rf "$demo/store"
export TVPAIR_SANDBOX_PORT="$port"
if [ -n "$bridge" ]; then
  # tvpair-bridge in front of the code-only server: fresh keys, the server's shipped tenant
  # config as the bridge's upstream, and a TV config whose issuer is the bridge.
  bdir="$demo/bridge"
  rm -rf "$bdir"
  mkdir -p "$bdir/keys"
  (umask 077 && openssl rand -hex 32 >"$bdir/keys/1.key" && openssl genpkey -algorithm EC \
    -pkeyopt ec_paramgen_curve:P-256 -out "$bdir/signing.pem" 2>/dev/null)
  node - "$root/resources/config/$bridge.json" "$bdir" "$port" "$bridge_port" <<'NODE'
const fs = require('fs');
const [shipped, dir, port, bridgePort] = process.argv.slice(2);
const upstream = JSON.parse(fs.readFileSync(shipped, 'utf8').replaceAll('127.0.0.1:8740', `127.0.0.1:${port}`));
const tvOnly = ['app_name', 'flow', 'payment', 'post_logout_redirect_uri', 'end_session_url', 'logout_error_uri'];
for (const k of tvOnly) delete upstream[k];
const base = `http://127.0.0.1:${bridgePort}`;
fs.writeFileSync(`${dir}/bridge-config.json`, JSON.stringify({
  public_url: base, listen: `127.0.0.1:${bridgePort}`, store: 'sqlite:bridge.db', sealing_keys: 'keys',
  signing_key: 'signing.pem', clients: [{ id: 'tv-app', name: 'tvpair demo' }],
  user_code: { ttl: 600, interval: 2 }, upstream,
}, null, 2));
const products = upstream.endpoints && upstream.endpoints.userinfo;
fs.writeFileSync(`${dir}/tv-config.json`, JSON.stringify({
  app_name: `tvpair through tvpair-bridge (${upstream.client_id})`, issuer: base, client_id: 'tv-app',
  scope: 'openid offline_access', allow_insecure_loopback: true,
  identity: { display_name: ['name'], customer_number: 'customer_number' },
  payment: products ? { provider: 'userinfo', claim: 'products' } : { provider: 'none' },
}, null, 2));
NODE
  "$build/bridge/tvpair-bridge" --config "$bdir/bridge-config.json" >"$bdir/bridge.out" 2>"$bdir/bridge.err" &
  bridge_pid=$!
  for _ in $(seq 1 100); do
    grep -q '"ready":true' "$bdir/bridge.out" 2>/dev/null && break
    kill -0 $bridge_pid 2>/dev/null || { echo "demo: tvpair-bridge did not start; see $bdir/bridge.err" >&2; exit 1; }
    sleep 0.2
  done
  grep -q '"ready":true' "$bdir/bridge.out" || { echo "demo: tvpair-bridge did not start in time" >&2; exit 1; }
  echo "tvpair-bridge on http://127.0.0.1:$bridge_port in front of the sandbox's $bridge-like server (no device flow)." >&2
  set -- --config "$bdir/tv-config.json" "$@"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$build/app/tvpair" --store "$demo/store" --remote-emulator "$@"
else
  echo "No display: running headless. Open the verification URI below in a browser and enter the code." >&2
  "$build/app/tvpair" --headless --keep-trying --store "$demo/store" "$@"
fi
