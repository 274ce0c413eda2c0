SUMMARY = "tvpair: TV sign-in (OAuth device flow) and payment entitlements, 10-foot Qt UI"
DESCRIPTION = "Signs a viewer in on a TV without typing a password (RFC 8628 device flow, \
user code + QR code), then lists products and entitlements from the operator's payment \
provider. Runs as a systemd kiosk on eglfs (KMS/DRM) with remote-control input from evdev."
HOMEPAGE = "https://git.example.com/tvpair"
SECTION = "multimedia"
# The project has not chosen a licence yet: replace with the real one and add LIC_FILES_CHKSUM.
LICENSE = "CLOSED"

# Point this at the real repository (or use externalsrc for local work:
#   INHERIT += "externalsrc"  and  EXTERNALSRC:pn-tvpair = "/path/to/tvpair" in local.conf).
SRC_URI = "git://git.example.com/tvpair.git;protocol=https;branch=main"
SRCREV = "${AUTOREV}"
PV = "0.1.0+git${SRCPV}"
S = "${WORKDIR}/git"

inherit qt6-cmake pkgconfig systemd useradd

# qtdeclarative-native: qmlcachegen / qmltyperegistrar run on the build host.
# qrencode is the meta-oe recipe that provides libqrencode.
DEPENDS = "qtbase qtdeclarative qtdeclarative-native qrencode openssl"

# TvPair is a static QML plugin inside the binary; only Qt's own QML modules and the platform
# plugins are needed at run time (QtQuick, QtQuick.Window,
# QtQml.WorkerScript from qtdeclarative-qmlplugins; eglfs/linuxfb/evdev/libinput from
# qtbase-plugins). qtbase needs PACKAGECONFIG "eglfs kms gbm libinput openssl" (see README.md;
# without openssl Qt Network has no TLS and every https request fails).
RDEPENDS:${PN} = "qtdeclarative-qmlplugins qtbase-plugins"
RRECOMMENDS:${PN} = "ttf-dejavu-sans"

EXTRA_OECMAKE += " \
    -DTVPAIR_BUILD_TESTS=OFF \
    -DTVPAIR_BUILD_UI=ON \
    -DTVPAIR_BUILD_BRIDGE=OFF \
    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Keychain=ON \
    -DTVPAIR_SYSTEMD_UNITDIR=${systemd_system_unitdir} \
"

# CMake's install rules (top-level CMakeLists.txt, packaging block) install:
#   ${bindir}/tvpair, ${sysconfdir}/tvpair/config.json (template), the unit into
#   ${systemd_system_unitdir}, docs + examples into ${docdir}/tvpair (-> tvpair-doc).
do_install:append() {
    install -d -m 0755 ${D}${sysconfdir}/tvpair
    # The tenant config for this product line: drop files/config.json next to this recipe
    # (SRC_URI += "file://config.json") to replace the template.
    if [ -f ${WORKDIR}/config.json ]; then
        install -m 0644 ${WORKDIR}/config.json ${D}${sysconfdir}/tvpair/config.json
    fi
}

CONFFILES:${PN} = "${sysconfdir}/tvpair/config.json"
# The UI module (dlopen()ed by /usr/bin/tvpair, no soname, not a -dev file).
FILES:${PN} += "${systemd_system_unitdir}/tvpair.service ${systemd_system_unitdir}/tvpair-store-key.service \
                 ${libdir}/tvpair/libtvpair_ui.so"

SYSTEMD_SERVICE:${PN} = "tvpair.service"
SYSTEMD_AUTO_ENABLE:${PN} = "enable"

# System user; the unit's SupplementaryGroups= names input, video and render (-f: ok if present).
USERADD_PACKAGES = "${PN}"
GROUPADD_PARAM:${PN} = "-r -f input; -r -f video; -r -f render; -r tvpair"
USERADD_PARAM:${PN} = "-r -g tvpair -G input,video,render -d /var/lib/tvpair -M -s /sbin/nologin -c 'tvpair kiosk' tvpair"

# First boot: tvpair-store-key.service (installed with the app, pulled in by tvpair.service)
# creates the store key as an encrypted systemd credential (TPM2 and/or host key; the host key
# lives on the device, so this cannot happen at image build time), through a temporary name.
