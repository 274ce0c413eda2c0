# Shared by the tests that boot a .deb under a real systemd as PID 1 (systemd-nspawn -b on a
# cached mmdebstrap'd Debian 12 rootfs): packaging/bridge/test-bridge-systemd.sh and
# packaging/test-kiosk-systemd.sh. Sourced, not run. The caller sets, before sourcing:
#   me     the script's name, for messages
#   cache  where the rootfs is cached (rootfs/, mmdebstrap.log, .lock)
#   dir    where the last run's logs stay
# and then calls, in order: nspawn_setup, nspawn_rootfs DEB [EXTRA_PACKAGES...],
# nspawn_overlay, nspawn_boot [NSPAWN_ARGS...], its checks through `ct CMD...`, nspawn_poweroff.
. "$(dirname "${BASH_SOURCE[0]}")/debian-rootfs.sh"
t0=$(date +%s)
step() { echo "$me: [$(($(date +%s) - t0)) s] $*" >&2; }
fail() { echo "$me: FAIL: $*" >&2; exit 1; }

# Root check (exit 77 = skipped for ctest), one run at a time per cache, the tools.
nspawn_setup() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "$me: needs root (mmdebstrap, mount, systemd-nspawn); skipped" >&2
    exit 77
  fi
  mkdir -p "$dir" "$cache"
  exec 9>"$cache/.lock"
  flock 9
  local need=()
  command -v systemd-nspawn >/dev/null || need+=(systemd-container)
  command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
  command -v python3 >/dev/null || need+=(python3)
  if [ ${#need[@]} -gt 0 ]; then
    step "apt-get install ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# The rootfs holds systemd, the extra packages and the package's Depends (first of each
# alternative), so dpkg -i needs no network. Rebuilt only when that list changes or
# NSPAWN_REBUILD=1. Sets $rootfs.
nspawn_rootfs() {
  local deb="$1"; shift
  local deps include
  deps="$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/:any//' -e 's/ //g')"
  include="$(printf '%s\n' systemd "$@" $deps | sort -u | paste -sd, -)"
  rootfs="$cache/rootfs"
  if [ "${NSPAWN_REBUILD:-0}" = 1 ] || ! debian_rootfs_current "$rootfs" "$include"; then
    step "mmdebstrap bookworm -> $rootfs (log $cache/mmdebstrap.log)"
    DEBIAN_ROOTFS_REBUILD=1 debian_rootfs "$rootfs" "$include" "$cache/mmdebstrap.log" || fail "mmdebstrap"
  fi
}

# One run: an overlay on the cached rootfs ($m), removed on exit with the container.
nspawn_pid="" leader=""
nspawn_cleanup() {
  if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
    kill -TERM "$nspawn_pid" 2>/dev/null || true   # nspawn: an orderly poweroff of the container
    for _ in $(seq 100); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.3; done
    kill -KILL "$nspawn_pid" 2>/dev/null || true
  fi
  if mountpoint -q "$run/merged" 2>/dev/null; then umount "$run/merged" || umount -l "$run/merged"; fi
  rm -rf "$run"
  if declare -F on_exit >/dev/null; then on_exit; fi   # the caller's own clean-up
}
nspawn_overlay() {
  run="$dir/run"
  trap nspawn_cleanup EXIT
  if mountpoint -q "$run/merged" 2>/dev/null; then umount -l "$run/merged"; fi
  rm -rf "$run"
  mkdir -p "$run/upper" "$run/work" "$run/merged"
  mount -t overlay overlay -o "lowerdir=$rootfs,upperdir=$run/upper,workdir=$run/work" "$run/merged"
  m="$run/merged"
}

# Boots $m (console in $dir/console.log) and waits until the boot is done; `ct CMD` then runs
# CMD in the container's namespaces.
ct() { nsenter -t "$leader" -a "$@"; }
nspawn_boot() {
  step "systemd-nspawn -b $* (console: $dir/console.log)"
  systemd-nspawn -q --keep-unit --register=no "$@" -D "$m" -b >"$dir/console.log" 2>&1 &
  nspawn_pid=$!
  for _ in $(seq 100); do   # the container's PID 1: nspawn's child once it has exec'd systemd
    leader="$(pgrep -P "$nspawn_pid" | head -n 1 || true)"
    [ -n "$leader" ] && [ "$(cat "/proc/$leader/comm" 2>/dev/null)" = systemd ] && break
    leader=""; sleep 0.3
  done
  [ -n "$leader" ] || { tail -n 20 "$dir/console.log" >&2; fail "the container's systemd did not come up"; }
  local state=""
  for _ in $(seq 200); do   # until its private bus socket is there, then until the boot is done
    state="$(timeout 120 nsenter -t "$leader" -a systemctl is-system-running --wait 2>/dev/null || true)"
    [ -n "$state" ] && break
    sleep 0.3
  done
  case "$state" in
    running) ;;
    degraded) echo "$me: boot degraded: $(ct systemctl --failed --no-legend --plain | cut -d' ' -f1 | paste -sd' ')" >&2 ;;
    *) tail -n 30 "$dir/console.log" >&2; fail "boot did not finish: is-system-running says '$state'" ;;
  esac
  step "booted ($state)"
}

# In the mount namespace of process PID, a write to each FILE fails as a read-only file system
# (ProtectSystem=), not for any other reason.
nspawn_writes_refused() {
  local pid="$1" f out; shift
  for f in "$@"; do
    out="$(ct nsenter -t "$pid" -m sh -c "echo x > $f" 2>&1)" && fail "a write to $f succeeded in the service's namespace"
    grep -q 'Read-only file system' <<<"$out" || fail "a write to $f failed, but not read-only: $out"
  done
}

# SIGKILL the main process of UNIT and wait (60 s) until Restart= brought it back active;
# fails unless NRestarts went up by exactly one. Prints the new main PID.
nspawn_sigkill_restarted() {
  local unit="$1" pid n0
  pid="$(ct systemctl show -p MainPID --value "$unit")"
  n0="$(ct systemctl show -p NRestarts --value "$unit")"
  ct sh -c "kill -KILL $pid"
  for _ in $(seq 200); do
    [ "$(ct systemctl show -p NRestarts --value "$unit")" -gt "$n0" ] \
      && [ "$(ct systemctl show -p ActiveState --value "$unit")" = active ] && break
    sleep 0.3
  done
  local n1; n1="$(ct systemctl show -p NRestarts --value "$unit")"
  [ "$n1" = $((n0 + 1)) ] || fail "$unit not restarted after SIGKILL (NRestarts $n0 -> $n1)"
  ct systemctl show -p MainPID --value "$unit"
}

nspawn_poweroff() {
  ct systemctl poweroff >/dev/null 2>&1 || true
  wait "$nspawn_pid" || true
  nspawn_pid=""
}
