#!/usr/bin/env bash
# Builds the Debian package of tvpair with CPack (DEB generator) for the build machine's
# architecture (Debian 12). Output: build-deb/tvpair_<version>-1_<arch>.deb (path printed last).
#
#   bash packaging/build-deb.sh            # build dir: $TVPAIR_DEB_BUILD_DIR or ./build-deb
#   TVPAIR_DEB_KEYCHAIN=1 bash packaging/build-deb.sh   # also build the desktop keychain back end
#   TVPAIR_JOBS=1 bash packaging/build-deb.sh           # parallel jobs (default 2)
#   TVPAIR_DEB_BUILD_TYPE=RelWithDebInfo bash packaging/build-deb.sh   # default Release; RelWithDebInfo
#     shares ccache hits with the test build (CMAKE_CXX_COMPILER_LAUNCHER=ccache in the environment)
#
# Needs what packaging/install-deps.sh installs, plus dpkg-dev (dpkg-shlibdeps) and file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TVPAIR_DEB_BUILD_DIR:-$root/build-deb}"
jobs="${TVPAIR_JOBS:-2}"

need=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v file >/dev/null 2>&1 || need+=(file)
command -v cmake >/dev/null 2>&1 || need+=(cmake)
command -v ninja >/dev/null 2>&1 || need+=(ninja-build)
if [ ${#need[@]} -gt 0 ]; then
  echo "build-deb: installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

keychain=(-DCMAKE_DISABLE_FIND_PACKAGE_Qt6Keychain=ON)
[ "${TVPAIR_DEB_KEYCHAIN:-0}" = 1 ] && keychain=(-DCMAKE_DISABLE_FIND_PACKAGE_Qt6Keychain=OFF)

cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE="${TVPAIR_DEB_BUILD_TYPE:-Release}" \
  -DCMAKE_INSTALL_PREFIX=/usr \
  -DTVPAIR_BUILD_TESTS=OFF \
  -DTVPAIR_BUILD_UI=ON \
  "${keychain[@]}" >/dev/null
cmake --build "$build" -j"$jobs" --target tvpair
rm -f "$build"/tvpair_*.deb
(cd "$build" && cpack -G DEB >/dev/null)

deb="$(ls "$build"/tvpair_*.deb | head -n1)"
echo "build-deb: $(du -h "$deb" | cut -f1)  $(basename "$deb")" >&2
dpkg-deb -f "$deb" Package Version Architecture Depends Installed-Size >&2
echo "$deb"
