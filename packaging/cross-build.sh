#!/usr/bin/env bash
# Cross-builds tvpair for ARM on a Debian 12 amd64 machine and runs the tests under qemu.
#
#   bash packaging/cross-build.sh [arm64|armhf] [--deb] [--no-install] [--no-tests] [--deps-only] [--bench]
#
# From a clean machine (as root): installs Debian's cross compiler (g++-<triplet>),
# qemu-user-static and the Debian :<arch> packages of Qt 6, qrencode and OpenSSL, configures
# with packaging/toolchains/*.cmake (the Qt host tools moc/rcc/qmlcachegen stay amd64:
# QT_HOST_PATH=/usr), builds in build-<arch>, runs `ctest -L unit` and `ctest -L integration`
# through qemu-<arch>-static (the toolchain's CMAKE_CROSSCOMPILING_EMULATOR; the sandbox is
# node on the build machine), prints the stripped binary size and indicative start-up times
# under qemu (emulated: a real board is typically several times faster), and with --deb
# builds tvpair_<ver>-1_<arch>.deb. The tests' own needs come first: node, npm and the e2e tools
# (installed with the rest), then `npm ci` in tests/sandbox; the script stops before the build
# when one is missing rather than run tests that cannot pass.
#
# Where the :<arch> packages go (TVPAIR_CROSS_MODE, default auto):
#   multiarch  next to the amd64 ones (dpkg --add-architecture). Multi-Arch: same libraries
#              must have the same version on both architectures, so when the machine's amd64
#              packages are older than the archive's, apt would upgrade them (perl, dpkg, glib,
#              mesa, OpenSSL, systemd libs ...).
#   sysroot    extracted into a sysroot (mmdebstrap --variant=extract; default
#              /srv/tvpair-sysroot-<arch>, or TVPAIR_SYSROOT): nothing of the machine changes
#              beyond new amd64 packages (g++-<triplet>, qemu-user-static, mmdebstrap).
#   auto       multiarch if the :<arch> packages are installed already or would install
#              without upgrading or removing any installed package (apt-get -s), else sysroot.
#
# --bench builds only what tests/bench runs under the emulator (run-benchmarks.sh --only
# display-aarch64): tvpair, its UI module and tvpair_bench_ui (the test tree is configured for the
# latter, no test is built or run), and adds the runtime the real-display rows need on the build
# machine's Xvfb: Mesa's GL/GLX drivers (Qt Quick's default OpenGL scene graph, llvmpipe) and curl
# (the headless row's baseline). A sysroot that has every package asked for is kept as it is.
#
# Environment: TVPAIR_JOBS (default 2), TVPAIR_CROSS_BUILD_DIR (default build-<arch>),
# TVPAIR_CROSS_MODE, TVPAIR_SYSROOT, TVPAIR_CROSS_TEST_LABELS (default "unit|integration"),
# TVPAIR_CROSS_E2E (default 1; 0 leaves out the e2e journeys and their tools).
set -euo pipefail
{ # the whole script is read before it runs: editing it meanwhile cannot change a running build
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

arch=arm64; make_deb=0; do_install=1; do_tests=1; deps_only=0; bench=0
for a in "$@"; do
  case "$a" in
    arm64|aarch64) arch=arm64 ;;
    armhf|arm) arch=armhf ;;
    --deb) make_deb=1 ;;
    --no-install) do_install=0 ;;
    --no-tests) do_tests=0 ;;
    --deps-only) deps_only=1 ;;
    --bench) bench=1; do_tests=0 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "cross-build: unknown argument $a" >&2; exit 2 ;;
  esac
done
case "$arch" in
  arm64) triplet=aarch64-linux-gnu;   qemu=qemu-aarch64-static; toolchain=aarch64-linux-gnu.cmake ;;
  armhf) triplet=arm-linux-gnueabihf; qemu=qemu-arm-static;     toolchain=armhf-linux-gnueabihf.cmake ;;
esac
build="${TVPAIR_CROSS_BUILD_DIR:-$root/build-$arch}"
jobs="${TVPAIR_JOBS:-2}"
mode="${TVPAIR_CROSS_MODE:-auto}"
sysroot="${TVPAIR_SYSROOT:-}"
if [ -n "$sysroot" ]; then mode=sysroot; fi
[ -n "$sysroot" ] || sysroot="/srv/tvpair-sysroot-$arch"
case "$mode" in auto|multiarch|sysroot) ;; *) echo "cross-build: TVPAIR_CROSS_MODE must be auto, multiarch or sysroot, not '$mode'" >&2; exit 2 ;; esac
log() { echo "cross-build[$arch]: $*" >&2; }
t_start=$(date +%s)

# The target's packages: to build against, and (runtime only) so that the UI and the
# offscreen platform also start under qemu.
target_pkgs=(qt6-base-dev qt6-declarative-dev libqrencode-dev libssl-dev
             libgl-dev libegl-dev libxkbcommon-dev libc6-dev libstdc++-12-dev
             qt6-qpa-plugins qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
             qml6-module-qtquick-window)
[ "$bench" = 0 ] || target_pkgs+=(libgl1-mesa-dri libglx-mesa0 libegl-mesa0 curl)
host_pkgs=(g++-"$triplet" qemu-user-static cmake ninja-build pkg-config file
           qt6-base-dev-tools qt6-declarative-dev-tools dpkg-dev)

# What the tests need on the build machine (the same packages as packaging/install-deps.sh):
# node for configuring the tests and for the sandbox, npm for the sandbox's packages, and for the
# e2e journeys Xvfb, xdotool, ImageMagick's import, zbarimg, tesseract and python3.
labels="${TVPAIR_CROSS_TEST_LABELS:-unit|integration}"
need_sandbox=0; need_e2e=0
if [ "$do_tests" = 1 ]; then
  [ "$labels" = unit ] || need_sandbox=1
  if [ "${TVPAIR_CROSS_E2E:-1}" = 1 ] && [[ "$labels" == *integration* ]]; then need_e2e=1; fi
  host_pkgs+=(python3)
  command -v node >/dev/null 2>&1 || host_pkgs+=(nodejs)
  if [ "$need_sandbox" = 1 ] && ! command -v npm >/dev/null 2>&1; then host_pkgs+=(npm); fi
  [ "$need_e2e" = 0 ] || host_pkgs+=(xvfb xauth xdotool imagemagick zbar-tools tesseract-ocr tesseract-ocr-eng
                                     fonts-dejavu-core)
fi

# Lines of `apt-get -s install` that upgrade or remove an installed package; "apt-get: ..." when
# apt cannot install them at all.
apt_changes() {
  local out
  out="$(apt-get -s install --no-install-recommends --no-upgrade "$@" 2>&1)" \
    || { echo "apt-get: $(echo "$out" | grep -E '^ [^ ]|^E:' | head -n 3 | tr -s ' \n' ' ')"; return 0; }
  echo "$out" | grep -E '^(Inst [^ ]+ \[|Remv )' || true
}

# Debian's :<arch> packages extracted into $sysroot (no maintainer scripts: nothing there runs
# except under qemu). Also a dpkg database of them for dpkg-shlibdeps (--deb), with the paths as
# seen from the build machine: $sysroot/var/lib/tvpair-shlibdeps.
make_sysroot() {
  local codename tmp sources=() f deb pkg a name ctrl stamp
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  stamp="$codename $arch ${target_pkgs[*]}"
  if [ -f "$sysroot/.tvpair-sysroot" ] && [ "$(cat "$sysroot/.tvpair-sysroot")" = "$stamp" ]; then
    log "sysroot $sysroot is up to date"; return 0
  fi
  # Made with more packages (--bench) than asked for now: up to date too.
  if [ -f "$sysroot/.tvpair-sysroot" ]; then
    local have missing=0; have=" $(sed 's/ (without.*//' "$sysroot/.tvpair-sysroot") "
    case "$have" in " $codename $arch "*) ;; *) missing=1 ;; esac
    for pkg in "${target_pkgs[@]}"; do case "$have" in *" $pkg "*) ;; *) missing=1 ;; esac; done
    if [ "$missing" = 0 ]; then log "sysroot $sysroot has every package asked for"; return 0; fi
  fi
  # The machine's own apt sources for this release (main, updates, security), as given.
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -s "$f" ] && grep -q "$codename" "$f" && sources+=("$f")
  done
  tmp="$sysroot.new"; rm -rf "$tmp"
  log "mmdebstrap: :$arch packages into $sysroot (${#sources[@]} apt source files)"
  local mm=(mmdebstrap --quiet --variant=extract --mode=root --arch="$arch" --skip=essential/unlink
            --skip=cleanup/apt/cache --include="$(IFS=,; echo "${target_pkgs[*]}")" "$codename" "$tmp")
  if ! "${mm[@]}" "${sources[@]}"; then
    # Seen here: the security suite's :armhf index failing to download ("Mirror sync in
    # progress?"). Without it the sysroot lacks the latest security updates: fine to build and
    # test against, and the next run tries again (the stamp says so).
    log "mmdebstrap failed; retrying without the security suite"
    local nosec; nosec="$(mktemp -d)"; rm -rf "$tmp"
    for f in "${sources[@]}"; do
      case "$f" in
        *.sources) awk 'BEGIN{RS="";ORS="\n\n"} !/-security/' "$f" >"$nosec/$(basename "$f")" ;;
        *) grep -v -- '-security' "$f" >"$nosec/$(basename "$f")" || true ;;
      esac
    done
    "${mm[@]}" "$nosec"/*
    rm -rf "$nosec"
    stamp="$stamp (without the security suite)"
    log "WARNING: $sysroot was made without the security suite"
  fi
  # Absolute symlinks (libm.so -> /lib/...) would point into the build machine: make them relative.
  while IFS= read -r -d '' f; do
    ln -sfn "$(realpath -m --relative-to="$(dirname "$f")" "$tmp$(readlink "$f")")" "$f"
  done < <(find "$tmp" -type l -lname '/*' -print0)
  local db="$tmp/var/lib/tvpair-shlibdeps"
  mkdir -p "$db/info" "$db/updates" "$db/triggers"; : >"$db/status"; : >"$db/available"
  echo 1 >"$db/info/format"   # multi-arch layout: info/<pkg>:<arch>.list
  for deb in "$tmp"/var/cache/apt/archives/*.deb; do
    pkg="$(dpkg-deb -f "$deb" Package)"; a="$(dpkg-deb -f "$deb" Architecture)"; name="$pkg"
    [ "$(dpkg-deb -f "$deb" Multi-Arch)" = same ] && name="$pkg:$a"
    { echo "Package: $pkg"; echo "Status: install ok installed"
      dpkg-deb -f "$deb" Version Architecture Multi-Arch Maintainer Description; echo; } >>"$db/status"
    dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/*$' \
      | sed "s|^|$sysroot|" >"$db/info/$name.list"
    ctrl="$(mktemp -d)"; dpkg-deb -e "$deb" "$ctrl"
    for f in shlibs symbols; do [ ! -f "$ctrl/$f" ] || cp "$ctrl/$f" "$db/info/$name.$f"; done
    rm -rf "$ctrl"
  done
  rm -f "$tmp"/var/cache/apt/archives/*.deb
  echo "$stamp" >"$tmp/.tvpair-sysroot"
  rm -rf "$sysroot"; mv "$tmp" "$sysroot"
  log "sysroot ready: $(du -sh "$sysroot" | cut -f1)"
}

# ---- 1. packages -------------------------------------------------------------------------------
have_target_pkgs() { dpkg-query -W -f='${Status}\n' "${target_pkgs[@]/%/:$arch}" 2>/dev/null | grep -c 'install ok installed' | grep -qx "${#target_pkgs[@]}"; }
if [ "$do_install" = 1 ]; then
  [ "$(id -u)" -eq 0 ] || { log "needs root to install packages (or pass --no-install)"; exit 1; }
  log "apt-get update"
  apt-get update -qq
  if [ "$mode" = auto ]; then
    if have_target_pkgs; then
      mode=multiarch
    else
      added_arch=0
      if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
        dpkg --add-architecture "$arch"; added_arch=1
        # Taken away again if anything below fails before the packages are in.
        trap 'dpkg --remove-architecture "$arch" 2>/dev/null || true' EXIT
        apt-get update -qq || log "WARNING: apt-get update failed for some :$arch lists (see above)"
      fi
      changes="$(apt_changes "${host_pkgs[@]}" "${target_pkgs[@]/%/:$arch}")"
      if [ -n "$changes" ]; then
        mode=sysroot
        case "$changes" in
          apt-get:*) log "the :$arch packages cannot be installed next to the amd64 ones (${changes#apt-get: }): using a sysroot instead" ;;
          *) log "the :$arch packages next to the amd64 ones would upgrade or remove $(echo "$changes" | wc -l) installed packages ($(echo "$changes" | awk '{print $2}' | head -n 8 | tr '\n' ' ')...): using a sysroot instead" ;;
        esac
        if [ "$added_arch" = 1 ]; then dpkg --remove-architecture "$arch"; fi
      else
        mode=multiarch
      fi
      trap - EXIT
    fi
  fi
  log "mode: $mode"
  if [ "$mode" = sysroot ]; then
    all=("${host_pkgs[@]}" mmdebstrap)
  else
    dpkg --print-foreign-architectures | grep -qx "$arch" || { dpkg --add-architecture "$arch"; apt-get update -qq; }
    all=("${host_pkgs[@]}"); for p in "${target_pkgs[@]}"; do all+=("$p:$arch"); done
  fi
  changes="$(apt_changes "${all[@]}")"
  if [ -n "$changes" ] && [ "${TVPAIR_CROSS_ALLOW_UPGRADES:-0}" != 1 ]; then
    log "installing would upgrade or remove installed packages; refusing (TVPAIR_CROSS_ALLOW_UPGRADES=1 allows it):"
    echo "$changes" >&2; exit 1
  fi
  log "apt-get install ${all[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --no-upgrade "${all[@]}" >/dev/null
  if [ "$mode" = sysroot ]; then make_sysroot; fi
elif [ "$mode" = auto ]; then
  if have_target_pkgs; then mode=multiarch; elif [ -f "$sysroot/.tvpair-sysroot" ]; then mode=sysroot
  else log "no :$arch packages and no sysroot at $sysroot: run without --no-install first"; exit 1; fi
fi

# ---- 1b. what the tests need, checked before the long build -----------------------------------
# A test that cannot pass here is a failure of this script, not a test result: stop with the
# reason instead of building for half an hour and then running it.
if [ "$do_tests" = 1 ]; then
  missing=""
  tools=(node python3); [ "$need_sandbox" = 0 ] || tools+=(npm); [ "$need_e2e" = 0 ] || tools+=(Xvfb xdotool import zbarimg tesseract)
  for tool in "${tools[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=" $tool"; done
  if [ -n "$missing" ]; then
    log "the tests need$missing on this machine: run as root without --no-install (or packaging/install-deps.sh)," \
        "or leave them out (--no-tests, TVPAIR_CROSS_TEST_LABELS=unit, TVPAIR_CROSS_E2E=0)"
    exit 1
  fi
  if [ "$need_sandbox" = 1 ]; then
    # The sandbox's packages, exactly as the lock file pins them (as tests/run-all.sh does).
    log "npm ci in tests/sandbox"
    if ! (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error >&2) \
       || [ ! -d "$root/tests/sandbox/node_modules/oidc-provider" ]; then
      log "npm ci in tests/sandbox failed (see above): the integration tests and the e2e journeys need the" \
          "sandbox's packages; stopping (TVPAIR_CROSS_TEST_LABELS=unit runs the unit tests without them)"
      exit 1
    fi
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    if [ "$node_major" -lt 20 ]; then
      log "node $(node --version) is too old for the sandbox (tests/sandbox/package.json: node >= 20); stopping"
      exit 1
    fi
  fi
fi

if [ "$deps_only" = 1 ]; then log "packages ready ($mode); --deps-only: stopping here"; exit 0; fi

# ---- 2. configure + build ----------------------------------------------------------------------
cfg=(-DCMAKE_TOOLCHAIN_FILE="$root/packaging/toolchains/$toolchain" -DCMAKE_BUILD_TYPE=Release
     -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Keychain=ON
     -DTVPAIR_BUILD_BRIDGE=OFF)  # the bridge runs beside the operator's identity server, not on a TV
if [ "$mode" = sysroot ]; then cfg+=(-DTVPAIR_SYSROOT="$sysroot"); else cfg+=(-DTVPAIR_SYSROOT=); fi
if command -v ccache >/dev/null 2>&1; then cfg+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# A build dir configured for the other mode: start its cache afresh (CMAKE_SYSROOT changes).
if [ -f "$build/CMakeCache.txt" ] && ! grep -qx "TVPAIR_SYSROOT:[A-Z]*=$([ "$mode" = sysroot ] && echo "$sysroot")" "$build/CMakeCache.txt"; then
  log "$build was configured for another sysroot: removing its CMakeCache.txt"
  rm -f "$build/CMakeCache.txt"
fi
log "configure $build ($mode)"
cmake -S "$root" -B "$build" -G Ninja "${cfg[@]}" \
  -DTVPAIR_BUILD_TESTS="$([ "$do_tests" = 1 ] || [ "$bench" = 1 ] && echo ON || echo OFF)" >/dev/null
targets=(); [ "$bench" = 0 ] || targets=(--target tvpair tvpair_bench_ui)
log "build (-j$jobs${targets[*]:+ ${targets[*]}})"
# -k 0: a test target someone else is still writing must not stop tvpair and the other tests.
build_rc=0
cmake --build "$build" -j"$jobs" "${targets[@]}" -- -k 0 || build_rc=$?
[ -x "$build/app/tvpair" ] || { log "tvpair did not build"; exit 1; }
[ "$build_rc" = 0 ] || log "WARNING: some targets failed to build (see above); carrying on with what built"
file "$build/app/tvpair" | sed 's/^/  /' >&2
log "built in $(( $(date +%s) - t_start )) s since the start of this script"

# Same as the toolchain's CMAKE_CROSSCOMPILING_EMULATOR: multiarch runs with the installed
# libc6:$arch and no -L; a sysroot is qemu's -L.
emu=("$qemu"); [ "$mode" != sysroot ] || emu+=(-L "$sysroot")
# qemu 7.2's -L does not cover faccessat()/statx(): Qt finds its plugins and QML modules in the
# sysroot only when told where they are (as tests/CMakeLists.txt does for the tests).
if [ "$mode" = sysroot ]; then
  export QT_PLUGIN_PATH="$sysroot/usr/lib/$triplet/qt6/plugins" QML_IMPORT_PATH="$sysroot/usr/lib/$triplet/qt6/qml"
fi

# ---- 3. tests under qemu -----------------------------------------------------------------------
# Child processes work under qemu too: tests/CMakeLists.txt preloads
# tests/support/qemu_forkfd_fallback.cpp (QProcess under qemu < 8.0) and sets TVPAIR_TEST_LAUNCHER
# so the tests start this build's ARM binaries through the emulator; timeouts are scaled
# (TVPAIR_CROSS_TIMEOUT_FACTOR). The sandbox fixture is node on the build machine.
test_rc=0
if [ "$do_tests" = 1 ]; then
  # Label ui here is the QML scene tests (they need qml6-module-qttest, which is not in the
  # target's packages) and the e2e journeys, which run in a second pass below.
  log "ctest -L '$labels' -LE ui under $qemu"
  t=$(date +%s)
  (cd "$build" && QT_QPA_PLATFORM=offscreen ctest -L "$labels" -LE ui --output-on-failure -j"$jobs") \
    | tee "$build/ctest-qemu.log" || test_rc=$?   # pipefail: ctest's status
  log "tests under qemu took $(( $(date +%s) - t )) s"
  # ctest counts a QSKIP as passed: name every skipped test function, and fail on them.
  skipped="$(grep -E '^SKIP +:' "$build/Testing/Temporary/LastTest.log" 2>/dev/null || true)"
  if [ -n "$skipped" ]; then
    log "test functions SKIPPED under qemu (counted as failures):"; echo "$skipped" >&2
    [ "$test_rc" != 0 ] || test_rc=1
  fi
  # The e2e journeys (tests/e2e): the ARM tvpair window under the build machine's Xvfb, driven by
  # xdotool, read back by OCR and zbarimg; journey.py starts it through the emulator.
  # TVPAIR_CROSS_E2E=0 leaves them out (their tools were checked in 1b).
  if [ "$need_e2e" = 1 ]; then
    log "e2e journeys under $qemu"
    t=$(date +%s)
    e2e_rc=0
    (cd "$build" && ctest -R '^e2e_' --output-on-failure -j"$jobs") | tee "$build/ctest-qemu-e2e.log" || e2e_rc=$?
    log "e2e journeys under qemu took $(( $(date +%s) - t )) s (screenshots: $build/e2e-artifacts)"
    [ "$e2e_rc" = 0 ] || test_rc=$e2e_rc
  fi
fi

# ---- 4. size and indicative start-up times -----------------------------------------------------
"$triplet-strip" -o "$build/tvpair.stripped" "$build/app/tvpair"
log "binary: $(stat -c %s "$build/app/tvpair") bytes unstripped, $(stat -c %s "$build/tvpair.stripped") bytes stripped ($(du -h "$build/tvpair.stripped" | cut -f1))"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
t=$(date +%s%N); v="$("${emu[@]}" "$build/app/tvpair" --version)"; log "under qemu: '$v' in $(ms "$t") ms (indicative only)"

if command -v node >/dev/null 2>&1 && [ -d "$root/tests/sandbox/node_modules/oidc-provider" ]; then
  tmp="$(mktemp -d)"
  node "$root/tests/sandbox/server.js" --port 0 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
  spid=$!
  for _ in $(seq 1 150); do grep -q '"ready":true' "$tmp/sandbox.out" 2>/dev/null && break; sleep 0.2; done
  port="$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$tmp/sandbox.out" | head -n1)"
  if [ -n "$port" ]; then
    sed "s/127.0.0.1:8740/127.0.0.1:$port/g" "$root/resources/config/sandbox.json" >"$tmp/config.json"
    t=$(date +%s%N)
    "${emu[@]}" "$build/app/tvpair" --headless --config "$tmp/config.json" --store "$tmp/store" \
      >"$tmp/events" 2>"$tmp/err" &
    apid=$!
    got=""
    for _ in $(seq 1 600); do
      grep -q '"event":"user_code"' "$tmp/events" && { got=$(ms "$t"); break; }
      kill -0 $apid 2>/dev/null || break
      sleep 0.05
    done
    kill $apid 2>/dev/null || true; wait $apid 2>/dev/null || true
    if [ -n "$got" ]; then log "under qemu: headless start to first user_code event: $got ms (indicative only)"
    else log "headless run under qemu gave no user_code event:"; cat "$tmp/err" >&2; fi
  else
    log "sandbox did not start; skipped the headless timing"
  fi
  kill $spid 2>/dev/null || true; wait $spid 2>/dev/null || true
  rm -rf "$tmp"
else
  log "no node or no tests/sandbox/node_modules (npm ci there): skipped the headless timing"
fi

# ---- 5. optional: the Debian package for the target ---------------------------------------------
if [ "$make_deb" = 1 ]; then
  # cpack builds "all" first: when some test target failed to build above, package from a
  # build dir of its own without tests (tvpair is all the package needs).
  debbuild="$build"
  if [ "$build_rc" != 0 ]; then
    debbuild="$build-deb"
    cmake -S "$root" -B "$debbuild" -G Ninja "${cfg[@]}" -DTVPAIR_BUILD_TESTS=OFF >/dev/null
    cmake --build "$debbuild" -j"$jobs" --target tvpair
  fi
  # dpkg-shlibdeps resolves the :$arch libraries with the target's objdump when DEB_HOST_* say
  # so; with a sysroot it finds them through LD_LIBRARY_PATH and their packages in the sysroot's
  # dpkg database (DPKG_ADMINDIR, made by make_sysroot).
  eval "$(dpkg-architecture -a"$arch" -s 2>/dev/null)"
  export DEB_HOST_ARCH DEB_HOST_GNU_TYPE DEB_HOST_MULTIARCH
  rm -f "$debbuild"/tvpair_*.deb
  if [ "$mode" = sysroot ]; then
    (cd "$debbuild" && DPKG_ADMINDIR="$sysroot/var/lib/tvpair-shlibdeps" \
       LD_LIBRARY_PATH="$sysroot/lib/$triplet:$sysroot/usr/lib/$triplet" cpack -G DEB >/dev/null)
  else
    (cd "$debbuild" && cpack -G DEB >/dev/null)
  fi
  deb="$(ls "$debbuild"/tvpair_*.deb | head -n1)"
  log "package: $deb ($(du -h "$deb" | cut -f1))"
  dpkg-deb -f "$deb" Architecture Depends >&2
fi

log "done in $(( $(date +%s) - t_start )) s"
[ "$build_rc" = 0 ] || log "WARNING: the build had failures (exit status reflects the tests only)"
exit "$test_rc"
}
