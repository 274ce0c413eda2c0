#!/usr/bin/env bash
# Builds the Debian package tvpair-bridge (Debian 12, the build machine's architecture): the
# bridge executable, its hardened systemd unit (not enabled: it needs keys and a config
# first), the README with the operator's steps, the example config and nginx site.
#
#   bash packaging/bridge/build-bridge-deb.sh [BUILD_DIR]   # default $TVPAIR_BRIDGE_DEB_BUILD_DIR or ./build-bridge-deb
#
# Output: BUILD_DIR/tvpair-bridge_<version>-1_<arch>.deb (path printed last).
# TVPAIR_BRIDGE_BIN=PATH packages that binary instead of building one (ctest packages the
# binary of the tree under test that way, in seconds).
# Needs what packaging/install-deps.sh installs, plus dpkg-dev (dpkg-shlibdeps).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-${TVPAIR_BRIDGE_DEB_BUILD_DIR:-$root/build-bridge-deb}}"
jobs="${TVPAIR_JOBS:-2}"

command -v dpkg-shlibdeps >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null
}
bin="${TVPAIR_BRIDGE_BIN:-}"
if [ -z "$bin" ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DTVPAIR_BUILD_TESTS=OFF >/dev/null
  fi
  cmake --build "$build" -j"$jobs" --target tvpair-bridge
  bin="$build/bridge/tvpair-bridge"
fi
mkdir -p "$build"

version="$(sed -n 's/^project(tvpair VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
arch="$(dpkg --print-architecture)"
stage="$build/tvpair-bridge-deb"
rm -rf "$stage"
install -D -m 755 "$bin" "$stage/usr/bin/tvpair-bridge"
strip --strip-unneeded "$stage/usr/bin/tvpair-bridge"
install -D -m 644 "$root/packaging/bridge/tvpair-bridge.service" "$stage/lib/systemd/system/tvpair-bridge.service"
doc="$stage/usr/share/doc/tvpair-bridge"
install -D -m 644 "$root/bridge/README.md" "$doc/README.md"
install -D -m 644 "$root/packaging/debian/copyright" "$doc/copyright"
install -D -m 644 "$root/packaging/bridge/bridge.example.json" "$doc/examples/bridge.example.json"
install -D -m 644 "$root/packaging/bridge/nginx-tvpair-bridge.conf" "$doc/examples/nginx-tvpair-bridge.conf"

# Shared-library dependencies from the binary, plus the Qt SQL driver it loads at run time.
mkdir -p "$stage/debian" "$stage/DEBIAN"
touch "$stage/debian/control"
depends="$(cd "$stage" && dpkg-shlibdeps -O "usr/bin/tvpair-bridge" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
rm -rf "$stage/debian"
cat >"$stage/DEBIAN/control" <<CONTROL
Package: tvpair-bridge
Version: ${version}-1
Architecture: ${arch}
Maintainer: tvpair maintainers <tvpair@example.invalid>
Section: net
Priority: optional
Depends: ${depends}, libqt6sql6-sqlite
Recommends: systemd
Suggests: libqt6sql6-psql, nginx
Installed-Size: $(du -sk "$stage" | cut -f1)
Description: phone sign-in for TVs where the identity server has no device flow
 tvpair-bridge is an RFC 8628 device authorization server towards TVs and an
 authorization code + PKCE client towards the operator's identity server, on the
 viewer's phone. The TV app signs in through it exactly as against a device-flow
 server. SQLite or PostgreSQL store; hardened systemd unit; example nginx site.
CONTROL
rm -f "$build"/tvpair-bridge_*.deb
deb="$build/tvpair-bridge_${version}-1_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "build-bridge-deb: $(du -h "$deb" | cut -f1)  $(basename "$deb")" >&2
dpkg-deb -f "$deb" Package Version Architecture Depends >&2
echo "$deb"
