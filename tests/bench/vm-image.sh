#!/usr/bin/env bash
# Guest image of the VM rows of the benchmark (display_vm.py; README.md, figure 9): the same kind of
# guest as packaging/vm-test.sh (Debian 12 rootfs by mmdebstrap, QEMU TCG, bochs-drm with /dev/fb0),
# but with the build tree's binaries instead of a .deb, so it needs no second (packaging) build:
#   /opt/tvpair-bench/tvpair + libtvpair_ui.so (the executable finds the module next to itself)
#   /opt/tvpair-bench/tvpair_bench_ui            (its `bare` window is the baseline)
#   /sbin/tvpair-bench-init                      (tests/bench/vm-init.sh, the guest's PID 1)
# Runtime packages: packaging/vm-test.sh's guest list + the package's Depends (CMakeLists.txt) + the
# Debian packages owning every library the two binaries and the module link (ldd + dpkg -S on this
# Debian 12 host); what is missing from a cached rootfs is apt-get installed into it.
#
#   bash tests/bench/vm-image.sh BUILD_DIR OUT_DIR     # root; prints nothing, writes OUT_DIR/{rootfs.ext4,vmlinuz,initrd.img}
#   BENCH_VM_REBUILD_ROOTFS=1 ...                      # a new rootfs (else OUT_DIR/rootfs is reused)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$1"; out="$2"
say() { echo "vm-image: $*" >&2; }
[ "$(id -u)" -eq 0 ] || { say "needs root (apt-get, mmdebstrap, chroot)"; exit 77; }
mkdir -p "$out"

need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
command -v mke2fs >/dev/null || need+=(e2fsprogs)
command -v zbarimg >/dev/null || need+=(zbar-tools)
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

base="linux-image-amd64,initramfs-tools,udev,kmod,mount,iproute2,socat,procps,libinput-bin,fonts-dejavu-core"
base+=",libegl-mesa0,libgl1-mesa-dri,libgbm1,libegl1,evtest,adduser,libqt6opengl6,qml6-module-qtqml"
base+=",qml6-module-qtqml-workerscript,qml6-module-qtquick,qml6-module-qtquick-window"
base+=",libqt6core6,libqt6gui6,libqt6network6,libqt6qml6,libqt6quick6,libqrencode4,libsqlite3-0,libssl3"
rootfs="$out/rootfs"
. "$root/packaging/lib/debian-rootfs.sh"
if [ "${BENCH_VM_REBUILD_ROOTFS:-0}" = 1 ] || ! debian_rootfs_current "$rootfs" "$base" keep-lists; then
  say "mmdebstrap bookworm -> $rootfs (log $out/mmdebstrap.log; a few minutes)"
  # keep-lists: what the binaries need beyond $base is apt-get installed into it below.
  DEBIAN_ROOTFS_REBUILD=1 debian_rootfs "$rootfs" "$base" "$out/mmdebstrap.log" keep-lists \
    || { say "mmdebstrap failed"; exit 1; }
fi

bins=("$build/app/tvpair" "$build/app/libtvpair_ui.so" "$build/tests/bench/tvpair_bench_ui")
for b in "${bins[@]}"; do [ -f "$b" ] || { say "missing $b (build the targets tvpair tvpair_bench_ui)"; exit 2; }; done

# Libraries of the build's binaries -> their Debian packages (host = Debian 12 like the guest).
# The executable's own module and libraries from the build tree are not packages.
pkgs="$(ldd "${bins[@]}" 2>/dev/null | awk '/=> \//{print $3}' | sort -u | while read -r lib; do
          dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true
        done | cut -d: -f1 | sort -u)"
missing=()
for p in $pkgs; do chroot "$rootfs" dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install into the rootfs: ${missing[*]}"
  mount --bind /proc "$rootfs/proc"
  trap 'umount "$rootfs/proc" 2>/dev/null || true' EXIT
  chroot "$rootfs" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive chroot "$rootfs" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  chroot "$rootfs" apt-get clean
  umount "$rootfs/proc"; trap - EXIT
fi

install -d "$rootfs/opt/tvpair-bench"
install -m 0755 "${bins[@]}" "$rootfs/opt/tvpair-bench/"
install -m 0755 "$root/tests/bench/vm-init.sh" "$rootfs/sbin/tvpair-bench-init"
install -m 0644 "$root/resources/config/sandbox.json" "$rootfs/opt/tvpair-bench/config.template.json"
printf '{ "device": "/dev/dri/card0", "hwcursor": false, "pbuffers": true }\n' >"$rootfs/opt/tvpair-bench/eglfs-kms.json"
[ -s "$rootfs/etc/machine-id" ] && grep -qv uninitialized "$rootfs/etc/machine-id" \
  || od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$rootfs/etc/machine-id"
echo "tvpair-bench-vm" >"$rootfs/etc/hostname"

cp "$(ls "$rootfs"/boot/vmlinuz-* | sort -V | tail -n1)" "$out/vmlinuz"
cp "$(ls "$rootfs"/boot/initrd.img-* | sort -V | tail -n1)" "$out/initrd.img"
size_mb=$(( $(du -sm "$rootfs" | cut -f1) + 300 ))
rm -f "$out/rootfs.ext4"
nice -n 10 mke2fs -q -t ext4 -F -L tvpairbench -d "$rootfs" "$out/rootfs.ext4" "${size_mb}M" >/dev/null
say "image $out/rootfs.ext4 (${size_mb} MB)"
