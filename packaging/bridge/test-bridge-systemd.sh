#!/usr/bin/env bash
# The tvpair-bridge package under a real systemd as PID 1: a Debian 12 rootfs (mmdebstrap,
# cached) with the .deb installed and the operator's README steps done (keys, config,
# `systemctl enable`), booted with `systemd-nspawn -b` (own network namespace: loopback only,
# no port to collide with). Checked, from outside through nsenter:
#   - the unit starts at boot and answers /healthz and the RFC 8414 metadata;
#   - the hardening on the running process: /proc/<pid>/status (NoNewPrivs 1, no capabilities,
#     seccomp filter, a dynamic non-root uid), in its mount namespace a write to /usr and /etc
#     fails with EROFS, /root and the host's /tmp are not visible, the state directory is
#     writable by the service's user; `systemctl show` values; the live exposure score;
#   - SIGKILL: Restart= brings it back (NRestarts + 1, new PID) and a device code issued
#     before the kill is still pending (the store survived); an unknown code is refused;
#   - `systemctl reload` is refused (the unit has no ExecReload) and leaves the process alone,
#     so does SIGHUP (ignored);
#     `systemctl stop` ends it with SIGTERM, cleanly (Result=success, exit 0), `start` (Type=notify:
#     returns once the bridge sent READY=1, so /healthz answers at the first try) again
#     keeps the store; a broken config fails in ExecStartPre with exit 2 and one line naming
#     what is wrong, and is not restarted (failed/failed, NRestarts unchanged);
#   - no secret (device code, upstream client secret, sealing key, signing key) in the journal
#     or on the console.
#
#   bash packaging/bridge/test-bridge-systemd.sh PATH/TO/tvpair-bridge   # packages it first
#   bash packaging/bridge/test-bridge-systemd.sh build-bridge-deb/tvpair-bridge_*.deb
#
# Root only (mmdebstrap, mount, nspawn); exits 77 (skipped) otherwise. The rootfs is cached in
# $TVPAIR_BRIDGE_SYSTEMD_CACHE/rootfs (default ./build-bridge-systemd, gitignored, outside the
# ctest build tree so the suite's secrets scan does not walk it), rebuilt only when the package
# list changes (or TVPAIR_BRIDGE_SYSTEMD_REBUILD=1): about 2 minutes with a Debian mirror.
# The last run's console.log, journal.txt, dpkg.log stay in $TVPAIR_BRIDGE_SYSTEMD_DIR
# (default: the cache directory).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
arg="${1:?the tvpair-bridge binary or a tvpair-bridge .deb}"
me=test-bridge-systemd
cache="${TVPAIR_BRIDGE_SYSTEMD_CACHE:-$root/build-bridge-systemd}"
dir="${TVPAIR_BRIDGE_SYSTEMD_DIR:-$cache}"
NSPAWN_REBUILD="${TVPAIR_BRIDGE_SYSTEMD_REBUILD:-0}"
. "$root/packaging/lib/nspawn-systemd.sh"
nspawn_setup

# ------------------------------------------------------------------------ package and rootfs
case "$arg" in
  *.deb) deb="$(realpath "$arg")" ;;
  *) deb="$(TVPAIR_BRIDGE_BIN="$(realpath "$arg")" bash "$here/build-bridge-deb.sh" "$dir/deb" 2>/dev/null | tail -n 1)" ;;
esac
[ -f "$deb" ] || fail "no .deb ($deb)"
# curl and openssl: the operator's key commands and the checks.
nspawn_rootfs "$deb" curl openssl
nspawn_overlay

step "dpkg -i $(basename "$deb"); the README's steps: keys, config, systemctl enable"
cp "$deb" "$m/tmp/tvpair-bridge.deb"
chroot "$m" dpkg -i /tmp/tvpair-bridge.deb >"$dir/dpkg.log" 2>&1 || { cat "$dir/dpkg.log" >&2; fail "dpkg -i"; }
rm "$m/tmp/tvpair-bridge.deb"
chroot "$m" sh -ec '
  install -d -m 700 /etc/tvpair-bridge/keys
  openssl rand -hex 32 > /etc/tvpair-bridge/keys/1.key
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out /etc/tvpair-bridge/signing.pem 2>/dev/null
  chmod 600 /etc/tvpair-bridge/keys/1.key /etc/tvpair-bridge/signing.pem
  install -m 600 /usr/share/doc/tvpair-bridge/examples/bridge.example.json /etc/tvpair-bridge/bridge.json
  systemctl enable tvpair-bridge 2>/dev/null'
# A client secret of its own, to look for in the journal (never printed).
client_secret="$(openssl rand -hex 24)"
sed -i "s/REPLACE-WITH-THE-CLIENT-SECRET/$client_secret/" "$m/etc/tvpair-bridge/bridge.json"
grep -q "$client_secret" "$m/etc/tvpair-bridge/bridge.json" || fail "the example config has no client secret to replace"
[ -L "$m/etc/systemd/system/multi-user.target.wants/tvpair-bridge.service" ] || fail "systemctl enable made no link"
echo marker >"$m/root/tvpair-marker"
echo marker >"$m/tmp/tvpair-marker"

# Its own network namespace: loopback only, no port to collide with.
nspawn_boot --private-network

# ------------------------------------------------------------------------ helpers
base=http://127.0.0.1:8741   # the example config's listen address, inside the container
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get(sys.argv[1], ""))' "$1"; }
prop() { ct systemctl show -p "$1" --value tvpair-bridge.service; }
healthy() {   # waits (bounded) until the service answers /healthz; prints the answer
  local out
  for _ in $(seq 200); do
    out="$(ct curl -sS -m 5 "$base/healthz" 2>/dev/null)" && { echo "$out"; return 0; }
    [ "$(prop ActiveState)" = failed ] && break
    sleep 0.3
  done
  ct systemctl status --no-pager tvpair-bridge >&2 || true
  return 1
}
poll() {   # the TV's token request for device code $1; prints the error code
  ct curl -sS -m 10 -d grant_type=urn:ietf:params:oauth:grant-type:device_code \
    --data-urlencode "device_code=$1" -d client_id=tv-app "$base/token" | json error
}

# ------------------------------------------------------------------------ started at boot
[ "$(prop UnitFileState)" = enabled ] || fail "the unit is not enabled"
h="$(healthy)" || fail "tvpair-bridge did not answer /healthz after boot"
[ "$(json status <<<"$h")" = ok ] || fail "/healthz: $h"
for path in /.well-known/oauth-authorization-server /.well-known/openid-configuration; do
  md="$(ct curl -sS -m 5 "$base$path")" || fail "$path did not answer"
  [ "$(json issuer <<<"$md")" = https://tv-login.example.com ] || fail "$path: issuer is not the public_url: $md"
  [ "$(json device_authorization_endpoint <<<"$md")" = https://tv-login.example.com/device_authorization ] \
    || fail "$path: no device_authorization_endpoint: $md"
  [ "$(json token_endpoint <<<"$md")" = https://tv-login.example.com/token ] || fail "$path: token_endpoint: $md"
done
step "started at boot; /healthz ok; RFC 8414 metadata names https://tv-login.example.com"

# ------------------------------------------------------------------------ hardening in force
pid="$(prop MainPID)"
[ "$pid" -gt 0 ] || fail "no MainPID"
[ "$(ct readlink "/proc/$pid/exe")" = /usr/bin/tvpair-bridge ] || fail "MainPID $pid is not /usr/bin/tvpair-bridge"
st="$(ct cat "/proc/$pid/status")"
field() { awk -v k="$1:" '$1 == k { print $2 }' <<<"$st"; }
[ "$(field NoNewPrivs)" = 1 ] || fail "NoNewPrivs is $(field NoNewPrivs), not 1"
for c in CapInh CapPrm CapEff CapBnd CapAmb; do
  [ "$(field $c)" = 0000000000000000 ] || fail "$c is $(field $c), not 0"
done
[ "$(field Seccomp)" = 2 ] || fail "no seccomp filter (Seccomp: $(field Seccomp))"
uid="$(field Uid)"; gid="$(field Gid)"
[ "$uid" -ge 61184 ] && [ "$uid" -le 65519 ] || fail "uid $uid is not a DynamicUser uid (61184-65519)"
[ "$(ct stat -c %u:%a /var/lib/private/tvpair-bridge)" = "$uid:700" ] || fail "state directory: $(ct stat -c %u:%a /var/lib/private/tvpair-bridge), want $uid:700"
ct test -s /var/lib/private/tvpair-bridge/bridge.db || fail "no store in the state directory"
lim="$(ct cat "/proc/$pid/limits" | grep '^Max open files')"
# 65536, or the hard limit PID 1 has when that is lower (systemd cannot raise it then; this
# machine's sandbox lacks CAP_SYS_RESOURCE and gives 20000).
cap="$(awk '/^Max open files/ { print $5 }' "/proc/$leader/limits")"
want_nofile=65536; [ "$cap" != unlimited ] && [ "$cap" -lt 65536 ] && want_nofile="$cap"
grep -Eq "^Max open files +$want_nofile +$want_nofile " <<<"$lim" || fail "LimitNOFILE: want $want_nofile, $lim"
# In the service's own mount namespace: even root cannot write to the read-only system.
svc() { ct nsenter -t "$pid" -m "$@"; }
nspawn_writes_refused "$pid" /usr/tvpair-probe /etc/tvpair-probe /var/lib/tvpair-probe
svc test ! -e /root/tvpair-marker || fail "ProtectHome: /root is visible to the service"
svc test ! -e /tmp/tvpair-marker || fail "PrivateTmp: the system's /tmp is visible to the service"
ct test -e /dev/console || fail "the container has no /dev/console to hide"
svc test ! -e /dev/console || fail "PrivateDevices: /dev/console is visible to the service"
svc setpriv --reuid="$uid" --regid="$gid" --clear-groups sh -c \
  'echo x > /var/lib/tvpair-bridge/.probe && rm /var/lib/tvpair-bridge/.probe' \
  || fail "the state directory is not writable by the service's user"
# What systemd says it applied.
want="DynamicUser=yes NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes
PrivateDevices=yes PrivateUsers=yes ProtectKernelTunables=yes ProtectKernelModules=yes
ProtectControlGroups=yes MemoryDenyWriteExecute=yes RestrictSUIDSGID=yes LockPersonality=yes
CapabilityBoundingSet= AmbientCapabilities= Restart=on-abnormal StateDirectory=tvpair-bridge
UMask=0077 LimitNOFILE=65536 RemoveIPC=yes Type=notify NotifyAccess=main"
show="$(ct systemctl show --all tvpair-bridge.service)"
for kv in $want; do
  grep -qxF "$kv" <<<"$show" || fail "systemctl show: want $kv, has '$(grep "^${kv%%=*}=" <<<"$show")'"
done
grep -q '^SystemCallFilter=.' <<<"$show" || fail "systemctl show: no SystemCallFilter"
exposure="$(ct systemd-analyze security --no-pager tvpair-bridge.service 2>&1 | tail -n 1)"
score="$(sed -n 's/.*exposure level for tvpair-bridge.service: \([0-9.]*\).*/\1/p' <<<"$exposure")"
[ -n "$score" ] || fail "systemd-analyze security: $exposure"
python3 -c "import sys; sys.exit(0 if float('$score') <= 2.0 else 1)" || fail "live exposure $score > 2.0"
step "hardening in force: uid $uid (dynamic), NoNewPrivs 1, no capabilities, seccomp, /usr /etc /var/lib read-only, state dir writable, live exposure $score"

# ------------------------------------------------------------------------ SIGKILL and Restart=
da="$(ct curl -sS -m 10 -d client_id=tv-app -d scope=openid "$base/device_authorization")"
device_code="$(json device_code <<<"$da")"
[ -n "$device_code" ] || fail "no device_code from /device_authorization"
n0="$(prop NRestarts)"
pid2="$(nspawn_sigkill_restarted tvpair-bridge.service)"
h="$(healthy)" || fail "no /healthz after the restart"
[ "$pid2" != "$pid" ] || fail "the same MainPID after SIGKILL"
uid2="$(ct awk '$1 == "Uid:" { print $2 }' "/proc/$pid2/status")"
e="$(poll "$device_code")"
case "$e" in authorization_pending|slow_down) ;; *) fail "the code issued before SIGKILL: '$e' (want authorization_pending)" ;; esac
e2="$(poll "$(openssl rand -hex 16)")"
[ "$e2" = invalid_grant ] || fail "an unknown device code: '$e2' (want invalid_grant)"
step "SIGKILL: restarted (NRestarts $n0 -> $((n0 + 1)), PID $pid -> $pid2, uid $uid -> $uid2); the code issued before is '$e', an unknown one '$e2'"

# ------------------------------------------------------------------------ reload, stop, start
out="$(ct systemctl reload tvpair-bridge 2>&1)" && fail "systemctl reload succeeded, but the unit has no ExecReload"
grep -q 'not applicable' <<<"$out" || fail "systemctl reload: $out"
[ "$(prop MainPID)" = "$pid2" ] && [ "$(prop ActiveState)" = active ] || fail "systemctl reload touched the process"
# SIGHUP (a reload habit) is ignored: systemd counts death by SIGHUP as clean and would not restart.
sigign="$(ct awk '$1 == "SigIgn:" { print $2 }' "/proc/$pid2/status")"
(( (16#$sigign & 1) == 1 )) || fail "SIGHUP is not ignored (SigIgn $sigign)"
ct systemctl kill -s HUP tvpair-bridge
healthy >/dev/null || fail "no /healthz after SIGHUP"
[ "$(prop MainPID)" = "$pid2" ] && [ "$(prop NRestarts)" = 1 ] || fail "SIGHUP ended the process"
ct systemctl stop tvpair-bridge
[ "$(prop ActiveState)" = inactive ] || fail "after stop: ActiveState $(prop ActiveState)"
[ "$(prop Result)" = success ] || fail "after stop: Result $(prop Result) (SIGTERM not handled cleanly?)"
[ "$(prop ExecMainStatus)" = 0 ] || fail "after stop: exit status $(prop ExecMainStatus)"
ct test ! -e "/proc/$pid2" || fail "after stop: PID $pid2 still runs"
ct systemctl start tvpair-bridge
# Type=notify: `systemctl start` returned after READY=1, so the first request is answered (no retry).
ct curl -sS -m 5 "$base/healthz" >/dev/null || fail "/healthz did not answer right after systemctl start returned (READY=1 too early?)"
e="$(poll "$device_code")"
case "$e" in authorization_pending|slow_down) ;; *) fail "the code after stop and start: '$e'" ;; esac
step "reload refused ('not applicable'), process untouched; SIGHUP ignored; stop: Result=success exit 0; start: the code still '$e'"

# A broken config: ExecStartPre (--check-config) exits 2 with one line naming the file, and the
# unit is not restarted (Restart=on-abnormal; RestartPreventExitStatus= would not cover ExecStartPre).
cp "$m/etc/tvpair-bridge/bridge.json" "$run/bridge.json.good"
sed -i 's/"127.0.0.1:8741"/"127.0.0.1:99999"/' "$m/etc/tvpair-bridge/bridge.json"
n0="$(prop NRestarts)"
ct systemctl restart tvpair-bridge 2>/dev/null && fail "systemctl restart with a broken config succeeded"
[ "$(prop ActiveState)/$(prop SubState)" = failed/failed ] \
  || fail "broken config: $(prop ActiveState)/$(prop SubState) (want failed/failed, no auto-restart)"
[ "$(prop NRestarts)" = "$n0" ] || fail "broken config: restarted"
line="$(ct journalctl -u tvpair-bridge -o cat --no-pager | grep '^tvpair-bridge: ' | tail -n 1)"
grep -q 'listen' <<<"$line" || fail "broken config: the journal's last line does not name what is wrong: $line"
cp "$run/bridge.json.good" "$m/etc/tvpair-bridge/bridge.json"
ct systemctl reset-failed tvpair-bridge
ct systemctl start tvpair-bridge
healthy >/dev/null || fail "no /healthz with the config restored"
step "broken config: failed/failed, not restarted; journal: $line"

# ------------------------------------------------------------------------ the journal
ct journalctl --no-pager -o cat >"$dir/journal.txt"
! grep -q 'could not tell the service manager' "$dir/journal.txt" || fail "the bridge could not send READY=1: $(grep 'could not tell' "$dir/journal.txt" | head -n 1)"
n="$(grep -c '^{"ready":true' "$dir/journal.txt" || true)"
[ "$n" -ge 4 ] || fail "the journal has $n ready lines of tvpair-bridge, want 4 (boot, SIGKILL, start, restore)"
key="$(cat "$m/etc/tvpair-bridge/keys/1.key")"
sig="$(sed -n 2p "$m/etc/tvpair-bridge/signing.pem")"
for f in "$dir/journal.txt" "$dir/console.log"; do
  for s in "$device_code" "$client_secret" "$key" "$sig"; do
    ! grep -qF -- "$s" "$f" || fail "a secret is in $(basename "$f")"
  done
done
step "journal ($(wc -l <"$dir/journal.txt") lines, $n ready lines): no device code, client secret, sealing key or signing key"

nspawn_poweroff
echo "test-bridge-systemd: ok ($(($(date +%s) - t0)) s; systemd $(chroot "$rootfs" dpkg-query -W -f='${Version}' systemd) as PID 1 in systemd-nspawn)"
