# Cross toolchain: Debian 12 amd64 host -> 32-bit ARM hard-float (Debian armhf, ARMv7 + VFPv3-D16).
#
# Same scheme as aarch64-linux-gnu.cmake: g++-arm-linux-gnueabihf plus the :armhf dev packages
# (qt6-base-dev:armhf, qt6-declarative-dev:armhf, libqrencode-dev:armhf, libssl-dev:armhf, all
# present in Debian 12) installed multi-arch or in a sysroot (TVPAIR_SYSROOT, default
# /srv/tvpair-sysroot-armhf from cross-build.sh), host Qt tools from amd64, tests under qemu-arm-static.
#
#   bash packaging/cross-build.sh armhf
set(TVPAIR_TARGET_TRIPLET arm-linux-gnueabihf)
set(TVPAIR_QEMU qemu-arm-static)
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7l)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross-common.cmake)
