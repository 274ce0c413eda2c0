#!/usr/bin/env bash
# Installs what building, testing and the demo need on Debian 12 (run as root; safe to run twice).
# Only Debian's packages: Qt 6.4, qrencode, OpenSSL, Node (already on the machine or from Debian).
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git ca-certificates curl
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-l10n-tools
  qml6-module-qtquick qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtqml
  qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtquick-shapes
  libqrencode-dev libssl-dev libgl-dev libegl-dev libxkbcommon-dev
  zbar-tools xvfb xauth xdotool x11-utils imagemagick tesseract-ocr tesseract-ocr-eng python3
  fonts-dejavu-core
  nginx-light dpkg-dev systemd openssl
  systemd-container mmdebstrap  # tests/bridge: bridge_systemd boots the .deb under systemd-nspawn
  clang libclang-rt-14-dev
  qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 libsecret-tools
  libmicrohttpd-dev libqt6sql6-sqlite libqt6sql6-psql postgresql
  chromium  # tests/bridge: the phone of the fragment-mode journey, a real headless browser
  qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin pulseaudio pulseaudio-utils
  speech-dispatcher speech-dispatcher-espeak-ng
)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
