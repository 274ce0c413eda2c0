# Cross toolchain: Debian 12 amd64 host -> aarch64 (arm64) target.
#
# Uses Debian's cross compilers (crossbuild-essential-arm64) and Debian's multi-arch :arm64
# dev packages installed next to the amd64 ones (qt6-base-dev:arm64, qt6-declarative-dev:arm64,
# libqrencode-dev:arm64, libssl-dev:arm64). Host tools (moc, rcc, qmlcachegen, qmltyperegistrar)
# come from the amd64 qt6-base-dev-tools / qt6-declarative-dev-tools (QT_HOST_PATH=/usr).
# packaging/cross-build.sh installs all of that and drives the build.
#
#   cmake -S . -B build-arm64 -G Ninja \
#         -DCMAKE_TOOLCHAIN_FILE=packaging/toolchains/aarch64-linux-gnu.cmake
#
# Optional: TVPAIR_SYSROOT (cache variable or environment) = a debootstrap'd arm64 root file
# system to build against instead of the host's multi-arch directories.
set(TVPAIR_TARGET_TRIPLET aarch64-linux-gnu)
set(TVPAIR_QEMU qemu-aarch64-static)
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross-common.cmake)
