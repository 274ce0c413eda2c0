# Shared part of the Debian multi-arch cross toolchains. Expects TVPAIR_TARGET_TRIPLET and
# TVPAIR_QEMU from the including toolchain file. Not meant to be used on its own.

# --- compilers (Debian: g++-<triplet> from crossbuild-essential-<arch>) ---------------------
set(CMAKE_C_COMPILER   ${TVPAIR_TARGET_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${TVPAIR_TARGET_TRIPLET}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${TVPAIR_TARGET_TRIPLET})

# --- where target libraries and CMake packages live -----------------------------------------
# Default: Debian multi-arch on the build host (/usr/lib/<triplet>, /usr/include/<triplet>).
# With TVPAIR_SYSROOT: a debootstrap'd target root (same layout, below the sysroot).
if(NOT DEFINED TVPAIR_SYSROOT AND DEFINED ENV{TVPAIR_SYSROOT})
  set(TVPAIR_SYSROOT "$ENV{TVPAIR_SYSROOT}")
endif()
# try_compile() projects re-read this file: forward our variables to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TVPAIR_SYSROOT QT_HOST_PATH QT_HOST_PATH_CMAKE_DIR)

if(TVPAIR_SYSROOT)
  set(CMAKE_SYSROOT "${TVPAIR_SYSROOT}")
  set(CMAKE_FIND_ROOT_PATH "${TVPAIR_SYSROOT}")
  set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
  set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
  set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
  set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
  set(_tvpair_target_root "${TVPAIR_SYSROOT}")
  # Running target programs under `qemu -L <sysroot>`: qemu-user 7.2 maps open()/stat() into the
  # sysroot but not faccessat()/statx(), which Qt uses to check that its plugin and QML
  # directories exist, so Qt would find no platform, TLS or QML plugins. Give Qt those
  # directories as the build machine sees them (tests/CMakeLists.txt puts this into every
  # test's environment; cross-build.sh exports it for its own runs).
  set(TVPAIR_CROSS_RUN_ENV
      "QT_PLUGIN_PATH=${TVPAIR_SYSROOT}/usr/lib/${TVPAIR_TARGET_TRIPLET}/qt6/plugins"
      "QML_IMPORT_PATH=${TVPAIR_SYSROOT}/usr/lib/${TVPAIR_TARGET_TRIPLET}/qt6/qml")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "${TVPAIR_SYSROOT}")
  set(ENV{PKG_CONFIG_LIBDIR}
      "${TVPAIR_SYSROOT}/usr/lib/${TVPAIR_TARGET_TRIPLET}/pkgconfig:${TVPAIR_SYSROOT}/usr/share/pkgconfig")
else()
  # Multi-arch: target and host share /usr; the library architecture keeps them apart.
  set(_tvpair_target_root "")
  # pkg-config must only see the target's .pc files, never the amd64 ones.
  set(ENV{PKG_CONFIG_LIBDIR}
      "/usr/lib/${TVPAIR_TARGET_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
  unset(ENV{PKG_CONFIG_PATH})
endif()
list(PREPEND CMAKE_PREFIX_PATH "/usr/lib/${TVPAIR_TARGET_TRIPLET}/cmake")

# --- Qt: target libraries from :<arch>, host tools from the build machine -------------------
# moc, rcc, uic, qmlcachegen, qmltyperegistrar, qmlimportscanner are the amd64 binaries in
# /usr/lib/qt6/libexec (qt6-base-dev-tools, qt6-declarative-dev-tools; Multi-Arch: foreign).
if(NOT QT_HOST_PATH)
  set(QT_HOST_PATH "/usr" CACHE PATH "Qt host tools prefix (the build machine's Qt)")
endif()
if(NOT QT_HOST_PATH_CMAKE_DIR)
  execute_process(COMMAND dpkg-architecture -qDEB_BUILD_MULTIARCH
                  OUTPUT_VARIABLE _tvpair_build_multiarch OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT _tvpair_build_multiarch)
    set(_tvpair_build_multiarch x86_64-linux-gnu)
  endif()
  set(QT_HOST_PATH_CMAKE_DIR "/usr/lib/${_tvpair_build_multiarch}/cmake"
      CACHE PATH "CMake packages of the host Qt (Qt6CoreTools, Qt6QmlTools, ...)")
endif()

# --- running target binaries (ctest, custom commands) under user-mode qemu ------------------
# Multi-arch (no sysroot): run WITHOUT -L. The :<arch> dev packages pull in the target's own
# libc6:<arch> (loader /lib/ld-linux-*.so, libs in /usr/lib/<triplet>), which is what a board
# runs. `-L /usr/<triplet>` would instead load the cross-compiler's libc (libc6-<arch>-cross,
# Debian 12: 2.36-8cross1), and with that runtime the first pthread_create() hangs under
# qemu 7.2 (seen on this project's build machines: every Qt test hung in QtTest's watchdog thread).
# With TVPAIR_SYSROOT: -L <sysroot>, where the sysroot's own libc is used.
find_program(TVPAIR_QEMU_EXECUTABLE ${TVPAIR_QEMU})
if(TVPAIR_QEMU_EXECUTABLE)
  if(TVPAIR_SYSROOT)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${TVPAIR_QEMU_EXECUTABLE};-L;${TVPAIR_SYSROOT}")
  elseif(EXISTS "/usr/lib/${TVPAIR_TARGET_TRIPLET}/libc.so.6")
    set(CMAKE_CROSSCOMPILING_EMULATOR "${TVPAIR_QEMU_EXECUTABLE}")
  else()
    # Only the cross libc is there (no :<arch> packages): better than nothing for static tools.
    set(CMAKE_CROSSCOMPILING_EMULATOR "${TVPAIR_QEMU_EXECUTABLE};-L;/usr/${TVPAIR_TARGET_TRIPLET}")
  endif()
endif()
