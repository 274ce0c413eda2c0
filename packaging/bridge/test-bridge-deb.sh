#!/usr/bin/env bash
# Checks a tvpair-bridge .deb without installing it on this machine: the files are where the
# unit and the README say, the unit passes systemd-analyze verify, and the packaged binary
# accepts the example config with real keys (--check-config exits 0).
#   bash packaging/bridge/test-bridge-deb.sh build-bridge-deb/tvpair-bridge_*.deb
set -euo pipefail
deb="${1:?the .deb}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-bridge-deb: FAIL: $*" >&2; exit 1; }

[ "$(dpkg-deb -f "$deb" Package)" = tvpair-bridge ] || fail "package name"
dpkg-deb -f "$deb" Depends | grep -q libmicrohttpd12 || fail "Depends lacks libmicrohttpd12"
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/tvpair-bridge lib/systemd/system/tvpair-bridge.service \
         usr/share/doc/tvpair-bridge/README.md usr/share/doc/tvpair-bridge/copyright \
         usr/share/doc/tvpair-bridge/examples/bridge.example.json \
         usr/share/doc/tvpair-bridge/examples/nginx-tvpair-bridge.conf; do
  [ -f "$work/root/$f" ] || fail "missing /$f"
done
unit="$work/root/lib/systemd/system/tvpair-bridge.service"
for want in DynamicUser=yes StateDirectory=tvpair-bridge ProtectSystem=strict NoNewPrivileges=yes \
            LoadCredential=1.key: LoadCredential=signing.pem: CapabilityBoundingSet=; do
  grep -q "^$want" "$unit" || fail "unit lacks $want"
done
if command -v systemd-analyze >/dev/null 2>&1; then
  # Only the ExecStart binary is absent here (the package is not installed).
  out="$(systemd-analyze verify "$unit" 2>&1 | grep -v 'is not executable' || true)"
  [ -z "$out" ] || fail "systemd-analyze verify: $out"
fi

# The example config as an operator fills it in, with keys where the credentials would be.
mkdir -p "$work/creds" "$work/state"
openssl rand -hex 32 >"$work/creds/1.key"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/creds/signing.pem" 2>/dev/null
sed -e "s#/run/credentials/tvpair-bridge.service#$work/creds#g" \
    -e "s#/var/lib/tvpair-bridge#$work/state#g" \
    "$work/root/usr/share/doc/tvpair-bridge/examples/bridge.example.json" >"$work/bridge.json"
"$work/root/usr/bin/tvpair-bridge" --config "$work/bridge.json" --check-config >/dev/null \
  || fail "--check-config with the example config"
[ -f "$work/state/bridge.db" ] || fail "the store was not created in the state directory"
echo "test-bridge-deb: ok ($(basename "$deb"))"
