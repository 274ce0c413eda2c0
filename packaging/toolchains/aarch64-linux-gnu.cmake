# Cross toolchain: Debian 12 amd64 host -> aarch64 (arm64) target.
#
# Uses Debian's cross compiler (g++-aarch64-linux-gnu) and Debian's :arm64
# dev packages installed next to the amd64 ones (qt6-base-dev:arm64, qt6-declarative-dev:arm64,
# libqrencode-dev:arm64, libssl-dev:arm64). Host tools (moc, rcc, qmlcachegen, qmltyperegistrar)
# come from the amd64 qt6-base-dev-tools / qt6-declarative-dev-tools (QT_HOST_PATH=/usr).
# packaging/cross-build.sh installs all of that and drives the build.
#
#   cmake -S . -B build-arm64 -G Ninja \
#         -DCMAKE_TOOLCHAIN_FILE=packaging/toolchains/aarch64-linux-gnu.cmake
#
# Optional: TVPAIR_SYSROOT (cache variable or environment) = an arm64 root file system to build
# against instead of the host's multi-arch directories; packaging/cross-build.sh makes one with
# mmdebstrap (/srv/tvpair-sysroot-arm64) when the :arm64 packages cannot be installed next to the
# amd64 ones without upgrading those. Absolute symlinks in it must be relative (the script does it).
set(TVPAIR_TARGET_TRIPLET aarch64-linux-gnu)
set(TVPAIR_QEMU qemu-aarch64-static)
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross-common.cmake)
