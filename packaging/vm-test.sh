#!/usr/bin/env bash
# Runs the tvpair Debian package in a QEMU VM (software emulation, no GPU) on the linuxfb and
# eglfs platforms and drives it like a remote does: screenshots through QMP, the QR code decoded
# with zbarimg, keys injected on the VM's PS/2 keyboard (evdev /dev/input/event* in the guest).
# Root, Debian 12 amd64. One line per platform: PASS/FAIL and what was checked.
#
#   bash packaging/vm-test.sh                       # linuxfb, then eglfs
#   TVPAIR_VM_PLATFORMS=linuxfb bash packaging/vm-test.sh
#   TVPAIR_VM_REBUILD_ROOTFS=1 bash packaging/vm-test.sh   # new mmdebstrap rootfs
#
# Steps: apt-get what is missing (qemu-system-x86, mmdebstrap, e2fsprogs, zbar-tools, tesseract-ocr);
# build-deb/tvpair_*.deb with packaging/build-deb.sh when there is none; a bookworm rootfs
# (mmdebstrap, cached in build-vm/rootfs) with the kernel, udev, socat, Mesa and the package's
# Depends; the .deb installed into it with dpkg; an ext4 image (mke2fs -d); the kernel and initrd
# from the rootfs' /boot; the sandbox on the host; qemu-system-x86_64 (TCG) with VGA (bochs-drm:
# /dev/dri/card0 and /dev/fb0 through fbdev emulation), PS/2 keyboard, user networking, serial
# console to build-vm/serial.log, QMP socket; packaging/vm/init.sh as the guest's init;
# packaging/vm/drive.py drives it. Screenshots: build-vm/shots/*.png (build-vm/ is gitignored).
#
# Environment: TVPAIR_VM_DEB (a .deb to test), TVPAIR_VM_FROM_HEAD=1 (build HEAD), TVPAIR_VM_PLATFORMS (linuxfb,eglfs; also eglfs-sw = eglfs with GBM/EGL forced to
# software), TVPAIR_VM_ACCEL (tcg; kvm when it works), TVPAIR_VM_TIMEOUT (whole VM run, s, 3600),
# TVPAIR_VM_SMP (2), TVPAIR_VM_MEM (1024).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build-vm"
platforms="${TVPAIR_VM_PLATFORMS:-linuxfb,eglfs}"
accel="${TVPAIR_VM_ACCEL:-tcg}"
vm_timeout="${TVPAIR_VM_TIMEOUT:-3600}"
t_start=$(date +%s)
step() { echo "vm-test: [$(( $(date +%s) - t_start ))s] $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then echo "vm-test: needs root (apt-get, mmdebstrap, mke2fs)" >&2; exit 77; fi
mkdir -p "$out"

# ---------------------------------------------------------------- host packages
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
command -v mke2fs >/dev/null || need+=(e2fsprogs)
command -v zbarimg >/dev/null || need+=(zbar-tools)
command -v python3 >/dev/null || need+=(python3)
command -v node >/dev/null || need+=(nodejs npm)
if ! command -v tesseract >/dev/null; then need+=(tesseract-ocr); fi
if [ ${#need[@]} -gt 0 ]; then
  step "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ---------------------------------------------------------------- the package
# TVPAIR_VM_DEB=FILE: that package. TVPAIR_VM_FROM_HEAD=1: build the committed tree (git archive
# HEAD -> build-vm/src, build dir build-vm/deb-build), e.g. while the working tree is mid-edit.
# Otherwise build-deb/tvpair_*_amd64.deb, built with packaging/build-deb.sh when missing.
build_deb() {  # <packaging/build-deb.sh> [build dir]
  step "building the package ($1, -j${TVPAIR_JOBS:-2}, nice 10; log build-vm/build-deb.log)"
  TVPAIR_JOBS="${TVPAIR_JOBS:-2}" TVPAIR_DEB_BUILD_DIR="${2:-$root/build-deb}" nice -n 10 bash "$1" >"$out/build-deb.log" 2>&1 \
    || { tail -n 30 "$out/build-deb.log" >&2; echo "vm-test: build-deb failed (TVPAIR_VM_FROM_HEAD=1 builds HEAD)" >&2; exit 1; }
  tail -n1 "$out/build-deb.log"
}
deb="${TVPAIR_VM_DEB:-}"
if [ -z "$deb" ] && [ "${TVPAIR_VM_FROM_HEAD:-0}" = 1 ]; then
  head="$(git -C "$root" rev-parse HEAD)"
  if [ "$(cat "$out/src/.tvpair-vm-commit" 2>/dev/null)" != "$head" ]; then  # else: incremental
    rm -rf "$out/src"; mkdir -p "$out/src"
    git -C "$root" archive HEAD | tar -x -C "$out/src"
    echo "$head" >"$out/src/.tvpair-vm-commit"
  fi
  deb="$(build_deb "$out/src/packaging/build-deb.sh" "$out/deb-build")"
fi
[ -n "$deb" ] || deb="$(ls -t "$root"/build-deb/tvpair_*_amd64.deb 2>/dev/null | head -n1 || true)"
[ -n "$deb" ] || deb="$(build_deb "$root/packaging/build-deb.sh")"
[ -f "$deb" ] || { echo "vm-test: no package at '$deb'" >&2; exit 1; }
step "package: $deb"

# ---------------------------------------------------------------- guest rootfs
# The package's Depends (first alternative, no versions) + what the VM needs around it.
depends="$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/[[:space:]]//g' | grep -v '^$' | sort -u | paste -sd, -)"
extra="linux-image-amd64,initramfs-tools,udev,kmod,mount,iproute2,socat,procps,libinput-bin,fonts-dejavu-core,libegl-mesa0,libgl1-mesa-dri,libgbm1,libegl1,evtest"
include="$extra,$depends"
rootfs="$out/rootfs"
. "$root/packaging/lib/debian-rootfs.sh"
if [ "${TVPAIR_VM_REBUILD_ROOTFS:-0}" = 1 ] || ! debian_rootfs_current "$rootfs" "$include"; then
  step "mmdebstrap bookworm -> build-vm/rootfs (log build-vm/mmdebstrap.log; a few minutes)"
  DEBIAN_ROOTFS_REBUILD=1 debian_rootfs "$rootfs" "$include" "$out/mmdebstrap.log" \
    || { echo "vm-test: mmdebstrap failed" >&2; exit 1; }
fi

step "installing $(basename "$deb") into the rootfs (dpkg -i in a chroot)"
cp "$deb" "$rootfs/tmp/tvpair.deb"
if ! chroot "$rootfs" dpkg -i /tmp/tvpair.deb >"$out/dpkg.log" 2>&1; then
  cat "$out/dpkg.log" >&2; echo "vm-test: dpkg -i failed in the rootfs (TVPAIR_VM_REBUILD_ROOTFS=1?)" >&2; exit 1
fi
rm -f "$rootfs/tmp/tvpair.deb"
install -m 0755 "$root/packaging/vm/init.sh" "$rootfs/sbin/tvpair-vm-init"
install -m 0644 "$root/resources/config/sandbox.json" "$rootfs/etc/tvpair/vm-config.template.json"
cat >"$rootfs/etc/tvpair/eglfs-kms.json" <<'EOF'
{ "device": "/dev/dri/card0", "hwcursor": false, "pbuffers": true }
EOF
# The device-bound store key derives from the machine id.
[ -s "$rootfs/etc/machine-id" ] && grep -qv uninitialized "$rootfs/etc/machine-id" \
  || od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$rootfs/etc/machine-id"
echo "tvpair-vm" >"$rootfs/etc/hostname"

kernel="$(ls "$rootfs"/boot/vmlinuz-* | sort -V | tail -n1)"
initrd="$(ls "$rootfs"/boot/initrd.img-* | sort -V | tail -n1)"
cp "$kernel" "$out/vmlinuz"; cp "$initrd" "$out/initrd.img"
size_mb=$(( $(du -sm "$rootfs" | cut -f1) + 400 ))
step "ext4 image build-vm/rootfs.ext4 (${size_mb} MB, mke2fs -d); kernel $(basename "$kernel")"
rm -f "$out/rootfs.ext4"
nice -n 10 mke2fs -q -t ext4 -F -L tvpairvm -d "$rootfs" "$out/rootfs.ext4" "${size_mb}M" >/dev/null

# ---------------------------------------------------------------- sandbox + VM
shots="$out/shots"
rm -rf "$shots"; mkdir -p "$shots"
rm -f "$out/serial.log" "$out/qmp.sock" "$out/ctl.sock"
sandbox_pid=""; qemu_pid=""
cleanup() {
  set +e
  if [ -n "$qemu_pid" ] && kill -0 "$qemu_pid" 2>/dev/null; then
    kill "$qemu_pid"; sleep 2; kill -9 "$qemu_pid" 2>/dev/null
  fi
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  rm -f "$out/qmp.sock" "$out/ctl.sock"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -d "$root/tests/sandbox/node_modules/oidc-provider" ]; then
  step "npm ci in tests/sandbox"
  (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$root/tests/sandbox/server.js" --port 0 --interval 1 >"$out/sandbox.out" 2>"$out/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 150); do grep -q '"ready":true' "$out/sandbox.out" 2>/dev/null && break; sleep 0.2; done
port="$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$out/sandbox.out" | head -n1)"
[ -n "$port" ] || { cat "$out/sandbox.err" >&2; echo "vm-test: the sandbox did not start" >&2; exit 1; }
issuer="http://127.0.0.1:$port"
step "sandbox $issuer (pid $sandbox_pid)"

per=$(( vm_timeout / 2 ))
step "booting the VM ($accel, platforms $platforms; serial console build-vm/serial.log)"
nice -n 10 qemu-system-x86_64 -M pc -accel "$accel" -m "${TVPAIR_VM_MEM:-1024}" -smp "${TVPAIR_VM_SMP:-2}" \
  -display none -vga none -device VGA,xres=1280,yres=720 \
  -kernel "$out/vmlinuz" -initrd "$out/initrd.img" \
  -append "console=ttyS0,115200 root=/dev/vda rw init=/sbin/tvpair-vm-init net.ifnames=0 quiet loglevel=4 tvpair.port=$port tvpair.platforms=$platforms tvpair.timeout=$per" \
  -drive "file=$out/rootfs.ext4,format=raw,if=virtio" \
  -netdev user,id=n0 -device e1000,netdev=n0 \
  -serial "file:$out/serial.log" \
  -chardev "socket,id=ctl,path=$out/ctl.sock,server=on,wait=off" -serial chardev:ctl \
  -qmp "unix:$out/qmp.sock,server=on,wait=off" \
  -no-reboot >"$out/qemu.log" 2>&1 &
qemu_pid=$!

rc=0
timeout "$vm_timeout" python3 "$root/packaging/vm/drive.py" --qmp "$out/qmp.sock" --ctl "$out/ctl.sock" \
  --serial "$out/serial.log" --out "$shots" --issuer "$issuer" --platforms "$platforms" \
  >"$out/results.txt" 2>"$out/drive.log" || rc=$?
sed 's/^/  /' "$out/drive.log" >&2
if ! grep -q '^RESULT ' "$out/results.txt"; then
  echo "RESULT all FAIL no result from the driver (rc $rc; timeout ${vm_timeout}s?)" >>"$out/results.txt"
fi
# The guest powers off after the last platform.
for _ in $(seq 1 60); do kill -0 "$qemu_pid" 2>/dev/null || break; sleep 1; done

step "done; serial console build-vm/serial.log, screenshots build-vm/shots/"
grep -E '^TVPAIR-VM: (devices|dev |/sys|event|start|end|forward)' "$out/serial.log" | sed 's/^/  guest: /' >&2 || true
sed 's/^RESULT //' "$out/results.txt"
grep -q ' FAIL' "$out/results.txt" && exit 1
[ "$rc" = 0 ] || exit 1
exit 0
