#!/usr/bin/env bash
# Installs the tvpair Debian package on this machine, checks it, runs it against the local
# sandbox, and purges it again (also the tvpair user/groups and the systemd host key when this
# script's install created them). Needs root and apt. Exit 0 = all checks passed, 77 = skipped.
#
#   bash packaging/test-deb.sh [path/to/tvpair_*.deb]    # without a path: packaging/build-deb.sh
#
# Refuses to run when a tvpair package is already installed (it would be purged afterwards).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ "$(id -u)" -ne 0 ]; then echo "test-deb: needs root (apt-get install); skipped" >&2; exit 77; fi
if dpkg-query -W -f='${Status}' tvpair 2>/dev/null | grep -q "ok installed"; then
  echo "test-deb: a tvpair package is already installed; not touching it" >&2; exit 1
fi

deb="${1:-}"
if [ -z "$deb" ]; then deb="$(bash "$root/packaging/build-deb.sh" | tail -n1)"; fi
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
[ -f "$deb" ] || { echo "test-deb: no package at $deb" >&2; exit 1; }

failures=0
ok()   { echo "  ok   $*"; }
bad()  { echo "  FAIL $*"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi; }

# What the install may create on this machine, so the cleanup can put it back.
pre_groups=(); for g in input video render tvpair; do getent group "$g" >/dev/null && pre_groups+=("$g"); done
pre_user=0; getent passwd tvpair >/dev/null && pre_user=1
pre_hostkey=0; [ -e /var/lib/systemd/credential.secret ] && pre_hostkey=1

work="$(mktemp -d /tmp/tvpair-test-deb.XXXXXX)"
chmod 755 "$work"
sandbox_pid=""; app_pid=""
cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  if dpkg-query -W -f='${Status}' tvpair 2>/dev/null | grep -q "ok installed"; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tvpair >/dev/null 2>&1
  fi
  if [ "$pre_user" = 0 ] && getent passwd tvpair >/dev/null; then deluser --quiet --system tvpair >/dev/null 2>&1; fi
  for g in tvpair input render video; do
    if ! printf '%s\n' "${pre_groups[@]}" | grep -qx "$g" && getent group "$g" >/dev/null; then
      delgroup --quiet --system "$g" >/dev/null 2>&1
    fi
  done
  [ "$pre_hostkey" = 0 ] && rm -f /var/lib/systemd/credential.secret
  rm -rf "$work"
}
trap cleanup EXIT

echo "test-deb: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
echo "test-deb: apt-get install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log" >&2; echo "test-deb: install failed" >&2; exit 1; }

echo "test-deb: files and permissions"
check "/usr/bin/tvpair root:root 0755" test "$(stat -c '%U:%G %a' /usr/bin/tvpair)" = "root:root 755"
check "/usr/bin/tvpair is stripped" sh -c 'file -L /usr/bin/tvpair | grep -q ", stripped"'
check "/usr/bin/tvpair: all shared libraries resolve" sh -c '! ldd /usr/bin/tvpair | grep -q "not found"'
check "UI module /usr/lib/<multiarch>/tvpair/libtvpair_ui.so 0644, stripped" sh -c \
  'm="$(dpkg -L tvpair | grep "/tvpair/libtvpair_ui\.so$")" && [ "$(stat -c %a "$m")" = 644 ] && file -L "$m" | grep -q ", stripped"'
check "/usr/bin/tvpair does not link Qt Gui, Quick or Qml (headless never loads them)" sh -c \
  '! readelf -d /usr/bin/tvpair | grep -Eq "NEEDED.*libQt6(Gui|Quick|Qml)"'
check "no QML files installed (TvPair is compiled in)" sh -c '! dpkg -L tvpair | grep -q "\.qml$"'
check "/etc/tvpair/config.json root:root 0644" test "$(stat -c '%U:%G %a' /etc/tvpair/config.json)" = "root:root 644"
check "/etc/tvpair/config.json is a conffile" sh -c "dpkg-query -W -f='\${Conffiles}' tvpair | grep -q ' /etc/tvpair/config.json '"
check "unit /lib/systemd/system/tvpair.service 0644" test "$(stat -c '%a' /lib/systemd/system/tvpair.service)" = 644
check "unit /lib/systemd/system/tvpair-store-key.service 0644, wanted by tvpair.service" sh -c \
  '[ "$(stat -c %a /lib/systemd/system/tvpair-store-key.service)" = 644 ] && grep -q "^Wants=.*tvpair-store-key.service" /lib/systemd/system/tvpair.service'
check "docs + examples" test -f /usr/share/doc/tvpair/README.packaging.md -a -f /usr/share/doc/tvpair/examples/eglfs-kms.json
check "system user tvpair (nologin)" sh -c 'getent passwd tvpair | grep -q ":/usr/sbin/nologin$" && [ "$(id -u tvpair)" -lt 1000 ]'
check "tvpair in groups input video render" sh -c 'id -nG tvpair | tr " " "\n" | grep -qx input && id -nG tvpair | tr " " "\n" | grep -qx video && id -nG tvpair | tr " " "\n" | grep -qx render'
check "/var/lib/tvpair tvpair:tvpair 0700" test "$(stat -c '%U:%G %a' /var/lib/tvpair)" = "tvpair:tvpair 700"
check "Depends names the QML runtime modules" sh -c "dpkg-query -W -f='\${Depends}' tvpair | grep -Eq 'qml6-module-qtquick(,|\$)'"
check "Depends has no Qt Quick Controls (plain Qt Quick UI)" sh -c "! dpkg-query -W -f='\${Depends}' tvpair | grep -q qtquick-controls"
if command -v systemd-creds >/dev/null 2>&1; then
  check "store key credential /etc/tvpair/store-key.cred 0600" test "$(stat -c '%a' /etc/tvpair/store-key.cred)" = 600
fi
if command -v systemd-analyze >/dev/null 2>&1; then
  # Offline verification; without a running systemd only unit syntax and referenced paths count.
  for unit in tvpair.service tvpair-store-key.service; do
    if systemd-analyze verify "/lib/systemd/system/$unit" >"$work/verify.log" 2>&1 \
       && ! grep -v -e "Failed to connect" -e "Cannot add dependency job" "$work/verify.log" | grep -qi "$unit"; then
      ok "systemd-analyze verify $unit"
    else
      bad "systemd-analyze verify $unit:"; sed 's/^/       /' "$work/verify.log"
    fi
  done
  systemd-analyze security --offline=yes /lib/systemd/system/tvpair.service 2>/dev/null | tail -n1 | sed 's/^/  info /' || true
fi

echo "test-deb: run"
v="$(/usr/bin/tvpair --version)"; [ "$v" = "tvpair $(dpkg-query -W -f='${Version}' tvpair | sed 's/-[^-]*$//')" ] \
  && ok "tvpair --version -> $v" || bad "tvpair --version -> $v"

# Sandbox: identity + payment emulator on an ephemeral loopback port.
if [ ! -d "$root/tests/sandbox/node_modules/oidc-provider" ]; then
  (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$root/tests/sandbox/server.js" --port 0 --test-endpoints >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 150); do grep -q '"ready":true' "$work/sandbox.out" 2>/dev/null && break; sleep 0.2; done
port="$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$work/sandbox.out" | head -n1)"
[ -n "$port" ] || { cat "$work/sandbox.err" >&2; echo "test-deb: the sandbox did not start" >&2; exit 1; }
sed "s/127.0.0.1:8740/127.0.0.1:$port/g" "$root/resources/config/sandbox.json" >"$work/config.json"
chmod 644 "$work/config.json"

# As the service would: user tvpair, sealed store, the key from the credential the postinst made.
install -d -o tvpair -g tvpair -m 0700 "$work/store"
envs=(QT_QPA_PLATFORM=offscreen HOME="$work")
if [ -f /etc/tvpair/store-key.cred ]; then
  install -d -o tvpair -g tvpair -m 0700 "$work/creds"
  systemd-creds decrypt --name=tvpair-store-key /etc/tvpair/store-key.cred "$work/creds/tvpair-store-key"
  chown tvpair:tvpair "$work/creds/tvpair-store-key"; chmod 400 "$work/creds/tvpair-store-key"
  envs+=(CREDENTIALS_DIRECTORY="$work/creds")
fi
start=$(date +%s%N)
runuser -u tvpair -- env "${envs[@]}" /usr/bin/tvpair --headless --config "$work/config.json" --store "$work/store" \
  >"$work/events.jsonl" 2>"$work/app.err" &
app_pid=$!
code=""
for _ in $(seq 1 300); do
  code="$(sed -n 's/.*"event":"user_code","user_code":"\([^"]*\)".*/\1/p' "$work/events.jsonl" | head -n1)"
  [ -n "$code" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -n "$code" ]; then
  ok "headless: first user_code event after $(( ($(date +%s%N) - start) / 1000000 )) ms ($code)"
else
  bad "headless: no user_code event"; sed 's/^/       /' "$work/app.err" "$work/events.jsonl"
fi

# Beyond the first event: approve as alice and expect products + entitlements and exit 0.
if [ -n "$code" ]; then
  curl -fsS -X POST -H 'content-type: application/json' \
    -d "{\"user_code\":\"$code\",\"account\":\"alice\"}" "http://127.0.0.1:$port/test/approve" >/dev/null
  rc=0; timeout 60 tail --pid="$app_pid" -f /dev/null || rc=$?
  wait "$app_pid" && rc=0 || rc=$?
  app_pid=""
  if [ "$rc" = 0 ] && grep -q '"event":"signed_in"' "$work/events.jsonl" && grep -q '"event":"entitlements"' "$work/events.jsonl"; then
    ok "headless: approved -> signed_in, entitlements, exit 0"
  else
    bad "headless after approval: exit $rc"; sed 's/^/       /' "$work/app.err"
  fi
  check "sealed store written with mode 0600 files, no plaintext token" sh -c \
    "[ -n \"\$(ls -A '$work/store')\" ] && ! find '$work/store' -type f ! -perm 600 | grep -q . && ! grep -rqa 'refresh_token' '$work/store'"
fi

# The window: tvpair loads its UI module from the installed libdir (offscreen here) and keeps
# showing the sign-in screen; a module it cannot find or bind exits 2 at once.
install -d -o tvpair -g tvpair -m 0700 "$work/store-ui"
runuser -u tvpair -- env "${envs[@]}" /usr/bin/tvpair --config "$work/config.json" --store "$work/store-ui" \
  >/dev/null 2>"$work/ui.err" &
ui_pid=$!
sleep 5
tvpair_pid="$(pgrep -u tvpair -x tvpair | head -n1)"  # runuser's child
if [ -n "$tvpair_pid" ] && grep -q '/tvpair/libtvpair_ui\.so$' "/proc/$tvpair_pid/maps"; then
  ok "UI: the installed module is loaded and the window runs"
else
  bad "UI: not running with its module"; sed 's/^/       /' "$work/ui.err"
fi
kill "$ui_pid" 2>/dev/null || true; wait "$ui_pid" 2>/dev/null || true

echo "test-deb: purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tvpair >/dev/null 2>&1 && ok "apt-get purge tvpair" || bad "apt-get purge tvpair"
check "/usr/bin/tvpair gone" test ! -e /usr/bin/tvpair
check "/etc/tvpair gone after purge" test ! -e /etc/tvpair
check "/var/lib/tvpair gone after purge" test ! -e /var/lib/tvpair

if [ "$failures" -gt 0 ]; then echo "test-deb: $failures check(s) failed" >&2; exit 1; fi
echo "test-deb: all checks passed"
