#!/bin/sh
# PID 1 of the benchmark VM (tests/bench/display_vm.py boots it with init=/sbin/tvpair-bench-init;
# image: tests/bench/vm-image.sh). Like packaging/vm/init.sh: mounts, udev, user-mode network, a
# forward of 127.0.0.1:<port> to the host's sandbox (10.0.2.2:<port>). Then it waits for commands
# from the host on the second serial port (/dev/ttyS1), one run each:
#   run <id> <linuxfb|eglfs|eglfs-swsg|auto> <tvpair|bare> <hold s> <tail s>
#   quit
# A run: the screen cleared (/dev/fb0 zeroed), "TVPAIR-BENCH: started <id>" on the console, the
# process started (fresh store and caches), and after <hold> s it is ended; its CPU time over the
# last <tail> s (utime+stime from /proc, in clock ticks, and the elapsed /proc/uptime) and its
# VmHWM are reported: "TVPAIR-BENCH: result <id> alive=1 ticks=<n> hz=<n> wall=<s> hwm_kb=<n>", for
# tvpair also the frames it drew in its last TVPAIR_FRAME_STATS period (frames=<n>/<s>) and the
# platform it ran on (platform=<name>).
# Runs as root (the kiosk unit's user `tvpair` changes nothing measured here).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
say() { echo "TVPAIR-BENCH: $*" > /dev/console; }

mountpoint -q /proc || mount -t proc proc /proc
mountpoint -q /sys || mount -t sysfs sys /sys
mountpoint -q /dev || mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm
mountpoint -q /dev/pts || mount -t devpts devpts /dev/pts
mountpoint -q /dev/shm || mount -t tmpfs tmpfs /dev/shm
mountpoint -q /run || mount -t tmpfs -o mode=0755 tmpfs /run
mountpoint -q /tmp || mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -o remount,rw / 2>/dev/null
echo tvpair-bench-vm > /proc/sys/kernel/hostname

arg() { tr ' ' '\n' < /proc/cmdline | sed -n "s/^$1=//p" | tail -n1; }
port="$(arg tvpair.port)"; port="${port:-8740}"

/lib/systemd/systemd-udevd --daemon --resolve-names=early
udevadm trigger --type=subsystems --action=add
udevadm trigger --type=devices --action=add
udevadm settle --timeout=120
say "devices: $(ls /dev/dri/ 2>/dev/null | tr '\n' ' ')| $(ls /dev/fb* 2>/dev/null | tr '\n' ' ')| $(cat /sys/class/graphics/fb0/virtual_size 2>/dev/null)"
# No blinking console cursor over the screen being captured.
echo 0 > /sys/class/graphics/fbcon/cursor_blink 2>/dev/null
printf '\033[2J\033[?25l' > /dev/tty1 2>/dev/null

ip link set lo up
ip link set eth0 up && ip addr add 10.0.2.15/24 dev eth0 && ip route add default via 10.0.2.2
sed "s/127\.0\.0\.1:8740/127.0.0.1:$port/g" /opt/tvpair-bench/config.template.json > /opt/tvpair-bench/config.json
socat "TCP-LISTEN:$port,bind=127.0.0.1,fork,reuseaddr" "TCP:10.0.2.2:$port" &
mkdir -p /run/bench && chmod 0700 /run/bench

kms="QT_QPA_EGLFS_INTEGRATION=eglfs_kms QT_QPA_EGLFS_KMS_CONFIG=/opt/tvpair-bench/eglfs-kms.json QT_QPA_EGLFS_ALWAYSSET=1 QT_QPA_EGLFS_HIDECURSOR=1"
hz="$(getconf CLK_TCK)"
cpu() { [ -r "/proc/$1/stat" ] && sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
up() { cut -d' ' -f1 /proc/uptime; }

run() {  # id platform variant hold tail
  id="$1"; hold="$4"; tail="$5"
  case "$2" in
    linuxfb) env="QT_QPA_PLATFORM=linuxfb:fb=/dev/fb0 QT_QUICK_BACKEND=software" ;;
    eglfs) env="QT_QPA_PLATFORM=eglfs $kms" ;;
    # eglfs with Qt Quick's software scene graph (Qt composites the backing store with GL once per
    # change): what the app would pick if the VM's bochs-drm card (no 3D) did not count as a GPU.
    eglfs-swsg) env="QT_QPA_PLATFORM=eglfs $kms QT_QUICK_BACKEND=software" ;;
    # The kiosk unit's setting: tvpair picks eglfs or linuxfb itself (app/SceneGraphChoice). The
    # bare window knows no "auto": it gets what tvpair picks here (eglfs only with a render node).
    auto)
      if [ "$3" = tvpair ]; then env="QT_QPA_PLATFORM=auto $kms"
      elif ls /dev/dri/renderD* >/dev/null 2>&1; then env="QT_QPA_PLATFORM=eglfs $kms"
      else env="QT_QPA_PLATFORM=linuxfb QT_QUICK_BACKEND=software"; fi ;;
    *) say "result $id error=unknown-platform"; return ;;
  esac
  case "$3" in
    tvpair) set -- /opt/tvpair-bench/tvpair --config /opt/tvpair-bench/config.json --store "/tmp/store-$id"
            env="$env TVPAIR_FRAME_STATS=$tail TVPAIR_LOG_LEVEL=info" ;;
    bare) set -- /opt/tvpair-bench/tvpair_bench_ui bare --hold $((hold + 60)) ;;
    *) say "result $id error=unknown-variant"; return ;;
  esac
  rm -rf /tmp/store-* /tmp/cache-* /tmp/config-*
  mkdir -p "/tmp/store-$id" "/tmp/cache-$id" "/tmp/config-$id"
  dd if=/dev/zero of=/dev/fb0 bs=1M 2>/dev/null
  sleep 1
  say "started $id"
  env HOME=/root XDG_RUNTIME_DIR=/run/bench XDG_CACHE_HOME="/tmp/cache-$id" XDG_CONFIG_HOME="/tmp/config-$id" \
    $env "$@" > "/tmp/$id.log" 2>&1 &
  pid=$!
  sleep $((hold - tail))
  c0="$(cpu $pid)"; u0="$(up)"
  sleep "$tail"
  c1="$(cpu $pid)"; u1="$(up)"
  hwm="$(awk '/^VmHWM:/{print $2}' "/proc/$pid/status" 2>/dev/null)"
  if [ -n "$c0" ] && [ -n "$c1" ]; then
    kill -TERM "$pid" 2>/dev/null; sleep 2; kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    # "frames: 10 in the last 10.0 s, ..." (app/FrameStats.cpp) and "window ... on linuxfb" (UiShell).
    fr="$(grep -o 'frames: [0-9]* in the last [0-9.]* s' "/tmp/$id.log" | tail -n1 | awk '{print "frames=" $2 "/" $6}')"
    pl="$(grep -o 'window .* on [a-z]*' "/tmp/$id.log" | tail -n1 | awk '{print "platform=" $NF}')"
    say "result $id alive=1 ticks=$((c1 - c0)) hz=$hz wall=$(echo "$u1 $u0" | awk '{printf "%.2f", $1 - $2}') hwm_kb=$hwm $fr $pl"
  else
    wait "$pid"; rc=$?
    say "result $id alive=0 rc=$rc"
    tail -n 5 "/tmp/$id.log" | sed 's/^/TVPAIR-BENCH: log /' > /dev/console
  fi
}

# Page cache warm, as on the host's Xvfb rows: the binaries, Qt, its QML modules and plugins, Mesa.
cat /opt/tvpair-bench/* /usr/lib/x86_64-linux-gnu/libQt6* /usr/lib/x86_64-linux-gnu/dri/* > /dev/null 2>&1
find /usr/lib/x86_64-linux-gnu/qt6 -type f -exec cat {} + > /dev/null 2>&1

exec 3< /dev/ttyS1
stty -F /dev/ttyS1 raw -echo 115200 2>/dev/null
say "ready port=$port"
while read -r cmd a1 a2 a3 a4 a5 <&3; do
  case "$cmd" in
    run) run "$a1" "$a2" "$a3" "$a4" "$a5" ;;
    quit) break ;;
  esac
done
say "all done"
sync
echo o > /proc/sysrq-trigger
sleep 30
