#!/bin/sh
# PID 1 of the tvpair test VM (packaging/vm-test.sh boots the kernel with init=/sbin/tvpair-vm-init).
# No systemd: mounts, udev (libinput and Qt's device discovery need its database), user-mode
# network, a forward of 127.0.0.1:<port> to the host sandbox (10.0.2.2:<port>), then tvpair once per platform,
# as the package's system user `tvpair` (groups video/input/render give it /dev/fb0,
# /dev/dri/* and /dev/input/event*). Markers "TVPAIR-VM: ..." on the serial console drive the host.
# Kernel command line: tvpair.port=<host sandbox port> tvpair.platforms=linuxfb,eglfs
#   tvpair.timeout=<seconds per platform>
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
say() { echo "TVPAIR-VM: $*" > /dev/console; }

mountpoint -q /proc || mount -t proc proc /proc
mountpoint -q /sys || mount -t sysfs sys /sys
mountpoint -q /dev || mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm
mountpoint -q /dev/pts || mount -t devpts devpts /dev/pts
mountpoint -q /dev/shm || mount -t tmpfs tmpfs /dev/shm
mountpoint -q /run || mount -t tmpfs -o mode=0755 tmpfs /run
mountpoint -q /tmp || mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -o remount,rw / 2>/dev/null
echo tvpair-vm > /proc/sys/kernel/hostname

arg() { tr ' ' '\n' < /proc/cmdline | sed -n "s/^$1=//p" | tail -n1; }
port="$(arg tvpair.port)"
platforms="$(arg tvpair.platforms | tr ',' ' ')"
[ -n "$platforms" ] || platforms="linuxfb eglfs"
per="$(arg tvpair.timeout)"; [ -n "$per" ] || per=900
say "init up, $(uname -r), sandbox port ${port:-?}, platforms: $platforms"

# udev: loads bochs-drm / e1000 / atkbd modules and tags the input devices for libinput.
/lib/systemd/systemd-udevd --daemon --resolve-names=early
udevadm trigger --type=subsystems --action=add
udevadm trigger --type=devices --action=add
udevadm settle --timeout=120
say "devices: $(ls /dev/dri/ 2>/dev/null | tr '\n' ' ')| $(ls /dev/fb* 2>/dev/null | tr '\n' ' ')| $(ls /dev/input/ 2>/dev/null | tr '\n' ' ')"
for d in /sys/class/drm/card0/device/driver /sys/class/graphics/fb0/name; do
  [ -e "$d" ] && say "$d: $(basename "$(readlink -f "$d")" 2>/dev/null) $(cat "$d" 2>/dev/null)"
done
for e in /sys/class/input/event*; do [ -e "$e" ] && say "$(basename "$e"): $(cat "$e/device/name")"; done
ls -l /dev/fb0 /dev/dri/* /dev/input/event* 2>/dev/null | sed 's/^/TVPAIR-VM: dev /' > /dev/console

# QEMU user networking: guest 10.0.2.15, host 10.0.2.2.
ip link set lo up
ip link set eth0 up && ip addr add 10.0.2.15/24 dev eth0 && ip route add default via 10.0.2.2
# The sandbox's issuer is http://127.0.0.1:<port> (its discovery document names that origin),
# and the config needs loopback http (allow_insecure_loopback): the same port on the guest's
# loopback is forwarded to the host (10.0.2.2), and /etc/tvpair/config.json names it.
port="${port:-8740}"
sed "s/127\.0\.0\.1:8740/127.0.0.1:$port/g" /etc/tvpair/vm-config.template.json > /etc/tvpair/config.json
socat "TCP-LISTEN:$port,bind=127.0.0.1,fork,reuseaddr" "TCP:10.0.2.2:$port" &
sleep 1
say "forward 127.0.0.1:$port -> 10.0.2.2:$port, issuer $(grep -o "\"issuer\": *\"[^\"]*\"" /etc/tvpair/config.json)"

# Control channel from the host on the second serial port: "stop" ends the current run.
stty -F /dev/ttyS1 raw -echo 115200 2>/dev/null
( while read -r cmd; do
    case "$cmd" in
      stop*) say "host asked to stop"; pkill -TERM -x tvpair ;;
    esac
  done < /dev/ttyS1 ) &

kms="QT_QPA_EGLFS_INTEGRATION=eglfs_kms QT_QPA_EGLFS_KMS_CONFIG=/etc/tvpair/eglfs-kms.json QT_QPA_EGLFS_ALWAYSSET=1 QT_QPA_EGLFS_HIDECURSOR=1"
for p in $platforms; do
  ctty=""
  case "$p" in
    # As the kiosk unit runs it: no controlling terminal (Qt's linuxfb cannot switch the VT to
    # graphics mode; the console's cursor stays on), input through libinput.
    linuxfb) env="QT_QPA_PLATFORM=linuxfb:fb=/dev/fb0 QT_QUICK_BACKEND=software" ;;
    eglfs) env="QT_QPA_PLATFORM=eglfs $kms" ;;
    # tty1 as the controlling terminal (what TTYPath=/dev/tty1 in a unit gives): linuxfb puts
    # the VT in KD_GRAPHICS mode, no console cursor over the UI.
    linuxfb-tty1) env="QT_QPA_PLATFORM=linuxfb:fb=/dev/fb0 QT_QUICK_BACKEND=software"; ctty=/dev/tty1 ;;
    # Qt's own evdev keyboard handler instead of libinput (raw evdev codes, Qt's built-in keymap).
    linuxfb-evdev) env="QT_QPA_PLATFORM=linuxfb:fb=/dev/fb0 QT_QUICK_BACKEND=software QT_QPA_FB_NO_LIBINPUT=1" ;;
    eglfs-evdev) env="QT_QPA_PLATFORM=eglfs $kms QT_QPA_EGLFS_NO_LIBINPUT=1" ;;
    # GBM/EGL forced to Mesa's software paths (the default already falls back to kms_swrast).
    eglfs-sw) env="QT_QPA_PLATFORM=eglfs $kms GBM_ALWAYS_SOFTWARE=1 LIBGL_ALWAYS_SOFTWARE=1" ;;
    *) say "unknown platform $p"; continue ;;
  esac
  say "start $p ($env${ctty:+, controlling tty $ctty})"
  # A fresh store each run: the screen starts at sign-in.
  rm -rf /var/lib/tvpair/*
  install -d -o tvpair -g tvpair -m 0700 /run/tvpair
  start=$(date +%s)
  set -- runuser -u tvpair -- env HOME=/var/lib/tvpair XDG_RUNTIME_DIR=/run/tvpair \
    QT_LOGGING_RULES="${TVPAIR_VM_LOG_RULES:-qt.qpa.*=true;qt.qpa.input.events=false}" \
    $env /usr/bin/tvpair --store /var/lib/tvpair
  if [ -n "$ctty" ]; then
    # A new session whose leader opens the tty: it becomes the controlling terminal.
    timeout -k 10 "$per" setsid -w sh -c 'exec < "$0"; exec "$@"' "$ctty" "$@" > /dev/console 2>&1
  else
    timeout -k 10 "$per" "$@" > /dev/console 2>&1
  fi
  rc=$?
  say "end $p rc=$rc after $(( $(date +%s) - start )) s"
done
say "all done"
sync
echo o > /proc/sysrq-trigger
sleep 30
