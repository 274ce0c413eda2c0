#!/usr/bin/env bash
# The tvpair kiosk package under a real systemd as PID 1: a Debian 12 rootfs (mmdebstrap, cached)
# with the .deb installed as into an image (dpkg -i in a chroot: postinst makes the user and
# groups, but systemd-creds cannot make the store-key credential there), /etc/tvpair/config.json
# pointing at the sandbox, `systemctl enable
# tvpair`, booted with `systemd-nspawn -b`. The container shares the host's network namespace, so
# the sandbox started here on the host's 127.0.0.1 is the kiosk's identity and payment server.
# No display in a container: a drop-in sets QT_QPA_PLATFORM=offscreen (the one difference from the
# unit as shipped) and TVPAIR_LOG_LEVEL=debug (to scan the most the app would ever log).
# Checked, from outside through nsenter and the sandbox's request log:
#   - first boot: tvpair-store-key.service makes /etc/tvpair/store-key.cred (root, 600) before
#     the kiosk starts; it is kept (the unit's condition is false) on every later start;
#   - the unit starts at boot as user tvpair (not root), NoNewPrivs 1, no capabilities, /usr and
#     /etc read-only in its mount namespace, /var/lib/tvpair owned by tvpair, mode 700, the
#     credential readable only through $CREDENTIALS_DIRECTORY;
#   - it asks for a code; once approved at the sandbox it gets tokens and asks the payment API;
#   - `systemctl restart`: the new process signs in from the sealed store (a refresh_token grant,
#     no new device authorization): the credential-keyed store survives a restart;
#   - SIGKILL: Restart=on-failure brings it back, signed in from the store again;
#   - a broken config: exit 2 with one line naming the file, not restarted (RestartPreventExitStatus=2);
#   - no secret the sandbox issued (tests/secrets/scan-suite.py over the ledger) in the journal,
#     the console, or the files of /var/lib/tvpair (sealed).
#
#   bash packaging/build-deb.sh && bash packaging/test-kiosk-systemd.sh build-deb/tvpair_*.deb
#
# Root only (mmdebstrap, mount, nspawn); exits 77 (skipped) otherwise. The rootfs is cached in
# $TVPAIR_KIOSK_SYSTEMD_CACHE/rootfs (default ./build-kiosk-systemd, gitignored), rebuilt when the
# package's Depends change (or TVPAIR_KIOSK_SYSTEMD_REBUILD=1). The last run's console.log,
# journal.txt, dpkg.log, sandbox logs stay in $TVPAIR_KIOSK_SYSTEMD_DIR (default: the cache).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
arg="${1:?a tvpair .deb (bash packaging/build-deb.sh makes one)}"
me=test-kiosk-systemd
cache="${TVPAIR_KIOSK_SYSTEMD_CACHE:-$root/build-kiosk-systemd}"
dir="${TVPAIR_KIOSK_SYSTEMD_DIR:-$cache}"
NSPAWN_REBUILD="${TVPAIR_KIOSK_SYSTEMD_REBUILD:-0}"
. "$root/packaging/lib/nspawn-systemd.sh"
nspawn_setup
command -v node >/dev/null || fail "node is needed for the sandbox (packaging/install-deps.sh installs it)"
[ -d "$root/tests/sandbox/node_modules" ] || (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
deb="$(realpath "$arg")"
[ -f "$deb" ] || fail "no .deb ($arg)"
nspawn_rootfs "$deb" curl
nspawn_overlay

# ------------------------------------------------------------------------ the sandbox, on the host
ledger="$dir/ledger.tsv"
(umask 077 && : >"$ledger")
rm -f "$dir/requests.jsonl"
TVPAIR_SECRET_LEDGER="$ledger" node "$root/tests/sandbox/server.js" --port 0 --interval 1 --test-endpoints \
  --log "$dir/requests.jsonl" >"$dir/sandbox.out" 2>"$dir/sandbox.err" &
sandbox_pid=$!
on_exit() { kill "$sandbox_pid" 2>/dev/null || true; }
for _ in $(seq 150); do grep -q '"ready":true' "$dir/sandbox.out" 2>/dev/null && break; sleep 0.2; done
issuer="$(grep -m 1 '"ready":true' "$dir/sandbox.out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["issuer"])')" \
  || fail "the sandbox did not start: $(tail -n 3 "$dir/sandbox.err")"

# ------------------------------------------------------------------------ install as an operator would
step "dpkg -i $(basename "$deb"); config for $issuer; systemctl enable tvpair"
cp "$deb" "$m/tmp/tvpair.deb"
chroot "$m" dpkg -i /tmp/tvpair.deb >"$dir/dpkg.log" 2>&1 || { cat "$dir/dpkg.log" >&2; fail "dpkg -i"; }
rm "$m/tmp/tvpair.deb"
# An image build: in a chroot systemd-creds cannot make the credential (no running system), so the
# postinst leaves it to tvpair-store-key.service on the first boot.
[ ! -e "$m/etc/tvpair/store-key.cred" ] || fail "the postinst made a credential in a chroot (this test expects the first-boot path)"
grep -q 'tvpair-store-key.service creates it' "$dir/dpkg.log" || fail "the postinst did not say who makes the credential: $(grep tvpair: "$dir/dpkg.log")"
python3 - "$root/resources/config/sandbox.json" "$issuer" >"$m/etc/tvpair/config.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["issuer"] = sys.argv[2]
c["payment"]["base_url"] = sys.argv[2] + "/payments/cleeng"
print(json.dumps(c, indent=2))
PY
mkdir -p "$m/etc/systemd/system/tvpair.service.d"
printf '%s\n' '[Service]' 'Environment=QT_QPA_PLATFORM=offscreen' 'Environment=TVPAIR_LOG_LEVEL=debug' \
  >"$m/etc/systemd/system/tvpair.service.d/test.conf"
chroot "$m" systemctl enable tvpair 2>/dev/null
echo marker >"$m/root/tvpair-marker"

nspawn_boot   # the host's network namespace: the sandbox on 127.0.0.1 is reachable

# ------------------------------------------------------------------------ helpers
prop() { ct systemctl show -p "$1" --value tvpair.service; }
# Requests the sandbox logged (one JSON object a line): count those matching a Python expression on r.
count() { python3 - "$dir/requests.jsonl" "$1" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1]):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    if eval(sys.argv[2], {}, {"r": r}):
        n += 1
print(n)
PY
}
device_auths='r.get("path") == "/device/auth" and r.get("status") == 200'
device_grants='r.get("path") == "/token" and r.get("status") == 200 and r.get("grant_type", "").endswith(":device_code")'
refreshes='r.get("path") == "/token" and r.get("status") == 200 and r.get("grant_type") == "refresh_token"'
payments='r.get("path", "").startswith("/payments/") and r.get("status") == 200'
wait_for() {   # wait_for EXPR N: until the sandbox logged at least N such requests (60 s)
  for _ in $(seq 300); do
    [ "$(count "$1")" -ge "$2" ] && return 0
    [ "$(prop ActiveState)" = failed ] && break
    sleep 0.2
  done
  ct journalctl -u tvpair --no-pager -o cat | tail -n 15 >&2
  return 1
}

# ------------------------------------------------------------------------ started at boot, hardened
keyprop() { ct systemctl show -p "$1" --value tvpair-store-key.service; }
[ "$(keyprop Result)/$(keyprop ExecMainStatus)" = success/0 ] || fail "tvpair-store-key.service: $(keyprop Result), exit $(keyprop ExecMainStatus)"
[ "$(ct stat -c %U:%a /etc/tvpair/store-key.cred)" = root:600 ] || fail "/etc/tvpair/store-key.cred: $(ct stat -c %U:%a /etc/tvpair/store-key.cred 2>&1)"
cred_sum="$(ct sha256sum /etc/tvpair/store-key.cred)"
[ "$(prop ActiveState)" = active ] || fail "tvpair.service is $(prop ActiveState) after boot"
pid="$(prop MainPID)"
[ "$(ct readlink "/proc/$pid/exe")" = /usr/bin/tvpair ] || fail "MainPID $pid is not /usr/bin/tvpair"
st="$(ct cat "/proc/$pid/status")"
field() { awk -v k="$1:" '$1 == k { print $2 }' <<<"$st"; }
tvpair_uid="$(chroot "$m" id -u tvpair)"
[ "$(field Uid)" = "$tvpair_uid" ] && [ "$tvpair_uid" != 0 ] || fail "runs as uid $(field Uid), not tvpair ($tvpair_uid)"
[ "$(field NoNewPrivs)" = 1 ] || fail "NoNewPrivs is $(field NoNewPrivs)"
[ "$(field CapEff)" = 0000000000000000 ] || fail "CapEff is $(field CapEff)"
[ "$(ct stat -c %U:%a /var/lib/tvpair)" = tvpair:700 ] || fail "/var/lib/tvpair is $(ct stat -c %U:%a /var/lib/tvpair)"
svc() { ct nsenter -t "$pid" -m "$@"; }
nspawn_writes_refused "$pid" /usr/tvpair-probe /etc/tvpair-probe
svc test ! -e /root/tvpair-marker || fail "ProtectHome: /root is visible to the service"
cred_dir="$(ct cat "/proc/$pid/environ" | tr '\0' '\n' | sed -n 's/^CREDENTIALS_DIRECTORY=//p')"
[ -n "$cred_dir" ] && svc test -s "$cred_dir/tvpair-store-key" || fail "no tvpair-store-key in \$CREDENTIALS_DIRECTORY ($cred_dir)"
step "first boot: tvpair-store-key.service made /etc/tvpair/store-key.cred (root:600); tvpair active: uid $tvpair_uid (tvpair), NoNewPrivs 1, no capabilities, /usr /etc read-only, /var/lib/tvpair tvpair:700, the store key as a credential"

# ------------------------------------------------------------------------ sign in
wait_for "$device_auths" 1 || fail "the kiosk asked for no code"
answer="$(curl -sS -m 10 -H 'content-type: application/json' -d '{"latest": true}' "$issuer/test/approve")"
grep -q '"ok":true' <<<"$answer" || fail "the sandbox did not approve the kiosk's code: $answer"
wait_for "$device_grants" 1 || fail "no tokens after the approval"
wait_for "$payments" 1 || fail "signed in, but no payment API request"
ct sh -c 'ls -A /var/lib/tvpair' | grep -q . || fail "nothing stored in /var/lib/tvpair"
step "code approved at the sandbox: tokens, then the payment API ($(count "$payments") requests)"

# ------------------------------------------------------------------------ restart: signed in from the store
auths0="$(count "$device_auths")"; ref0="$(count "$refreshes")"
ct systemctl restart tvpair
wait_for "$refreshes" $((ref0 + 1)) || fail "after systemctl restart: no refresh from the stored token"
sleep 2
[ "$(count "$device_auths")" = "$auths0" ] || fail "after systemctl restart: asked for a new code (the sealed store was not read)"
[ "$(ct sha256sum /etc/tvpair/store-key.cred)" = "$cred_sum" ] || fail "the credential changed on restart"
[ "$(keyprop ConditionResult)" = no ] || fail "tvpair-store-key.service ran again with a credential in place"
step "systemctl restart: signed in from the sealed store (refresh_token grant, no new code); the credential kept"

# ------------------------------------------------------------------------ SIGKILL and Restart=
pid="$(prop MainPID)"; ref0="$(count "$refreshes")"
pid2="$(nspawn_sigkill_restarted tvpair.service)"
wait_for "$refreshes" $((ref0 + 1)) || fail "after SIGKILL: no refresh from the stored token"
[ "$(count "$device_auths")" = "$auths0" ] || fail "after SIGKILL: asked for a new code"
step "SIGKILL: restarted (PID $pid -> $pid2), signed in from the store again"

# ------------------------------------------------------------------------ a broken config
cp "$m/etc/tvpair/config.json" "$run/config.good"
echo '{"issuer": ' >"$m/etc/tvpair/config.json"
ct systemctl restart tvpair   # (a manual restart sets NRestarts back to 0)
for _ in $(seq 100); do [ "$(prop ActiveState)" = failed ] && break; sleep 0.2; done
[ "$(prop ActiveState)/$(prop ExecMainStatus)" = failed/2 ] || fail "broken config: $(prop ActiveState), exit $(prop ExecMainStatus) (want failed, 2)"
n0="$(prop NRestarts)"
sleep 6   # RestartSec=5s: had it been restarted, it would be by now
[ "$(prop NRestarts)" = "$n0" ] && [ "$(prop ActiveState)" = failed ] \
  || { ct journalctl -u tvpair -o cat --no-pager | tail -n 8 >&2; fail "broken config: restarted (NRestarts $n0 -> $(prop NRestarts), $(prop ActiveState))"; }
line="$(ct journalctl -u tvpair -o cat --no-pager | grep 'config.json' | tail -n 1)"
[ -n "$line" ] || fail "broken config: no journal line names /etc/tvpair/config.json"
cp "$run/config.good" "$m/etc/tvpair/config.json"
ct systemctl reset-failed tvpair
step "broken config: exit 2, failed, not restarted; journal: $line"

# ------------------------------------------------------------------------ no secret anywhere
ct journalctl --no-pager -o cat >"$dir/journal.txt"
scan="$dir/scan"; rm -rf "$scan"; mkdir -p "$scan"
cp "$dir/journal.txt" "$dir/console.log" "$scan/"
cp -r "$m/var/lib/tvpair" "$scan/store"
[ "$(wc -l <"$ledger")" -gt 0 ] || fail "the sandbox's ledger is empty: nothing to look for"
python3 "$root/tests/secrets/scan-suite.py" --ledger "$ledger" "$scan" >"$dir/scan.txt" 2>&1 \
  || { cat "$dir/scan.txt" >&2; fail "a secret the sandbox issued is in the journal, the console or the store"; }
rm -rf "$scan"
step "journal ($(wc -l <"$dir/journal.txt") lines), console, /var/lib/tvpair: none of the $(wc -l <"$ledger") issued secrets ($(tail -n 1 "$dir/scan.txt"))"

nspawn_poweroff
echo "$me: ok ($(($(date +%s) - t0)) s; systemd $(chroot "$rootfs" dpkg-query -W -f='${Version}' systemd) as PID 1 in systemd-nspawn)"
