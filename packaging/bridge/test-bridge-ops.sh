#!/usr/bin/env bash
# What an operator's checks say about the bridge's example files, without installing anything:
#   - `nginx -t` accepts the example site (packaging/bridge/nginx-tvpair-bridge.conf) inside a
#     minimal nginx.conf, with a self-signed certificate made here by openssl in place of the
#     Let's Encrypt paths; and refuses the same site with one brace missing (the check can fail);
#   - `systemd-analyze verify` finds nothing in the unit (tvpair-bridge.service, ExecStart pointed
#     at the binary under test), and flags a unit with a misspelled directive;
#   - `systemd-analyze security --offline=true` rates the unit's exposure at most 2.0 ("OK").
#
#   bash packaging/bridge/test-bridge-ops.sh PATH/TO/tvpair-bridge
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:?the tvpair-bridge binary}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-bridge-ops: FAIL: $*" >&2; exit 1; }
for tool in nginx openssl systemd-analyze; do
  command -v "$tool" >/dev/null 2>&1 || fail "needs $tool (packaging/install-deps.sh installs it)"
done

# --- nginx -t ---------------------------------------------------------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj /CN=tv-login.example.com -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null \
  || fail "openssl could not make a self-signed certificate"
site() {
  sed -e "s#/etc/letsencrypt/live/tv-login.example.com#$work#g" -e "s#/var/log/nginx#$work#g" \
    "$here/nginx-tvpair-bridge.conf"
}
site >"$work/site.conf"
grep -q "$work/fullchain.pem" "$work/site.conf" || fail "the site no longer names the certificate path this check replaces"
nginx_conf() {
  cat <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    access_log $work/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    include $1;
}
CONF
}
nginx_conf "$work/site.conf" >"$work/nginx.conf"
out="$(nginx -t -q -e "$work/error.log" -p "$work" -c "$work/nginx.conf" 2>&1)" \
  || fail "nginx -t refused the example site: $out"
[ -z "$out" ] || fail "nginx -t warned about the example site: $out"
# The same check on a site with its last closing brace gone must fail.
site | sed '$ s/}//' >"$work/broken.conf"
nginx_conf "$work/broken.conf" >"$work/nginx-broken.conf"
if nginx -t -q -e "$work/error.log" -p "$work" -c "$work/nginx-broken.conf" >/dev/null 2>&1; then
  fail "nginx -t accepted a site with a missing brace: the check proves nothing"
fi

# --- systemd-analyze ----------------------------------------------------------------------
# The unit verbatim but for where the binary is (it is not installed on this machine).
unit="$work/tvpair-bridge.service"
sed "s#/usr/bin/tvpair-bridge#$(realpath "$bin")#g" "$here/tvpair-bridge.service" >"$unit"
grep -q "^ExecStart=$(realpath "$bin") " "$unit" || fail "the unit's ExecStart is not /usr/bin/tvpair-bridge"
out="$(cd "$work" && systemd-analyze verify "$unit" 2>&1)" || fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify: $out"
mkdir -p "$work/typo"
sed 's/^ProtectSystem=/ProtectSytem=/' "$unit" >"$work/typo/tvpair-bridge.service"
out="$(cd "$work" && systemd-analyze verify "$work/typo/tvpair-bridge.service" 2>&1 || true)"
echo "$out" | grep -q "ProtectSytem" || fail "systemd-analyze verify did not flag a misspelled directive"
exposure="$(systemd-analyze security --offline=true --threshold=20 "$unit" 2>&1)" \
  || fail "exposure above 2.0: $(echo "$exposure" | tail -1)"
echo "test-bridge-ops: ok (nginx -t: the example site with a self-signed certificate;" \
  "systemd-analyze verify: clean; $(echo "$exposure" | grep -o 'exposure level.*' | sed 's/ *[^ -~]*$//'))"
