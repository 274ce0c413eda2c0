# A Debian 12 (bookworm) root file system made with mmdebstrap, cached: sourced by the scripts
# that boot one (packaging/vm-test.sh, tests/bench/vm-image.sh, packaging/lib/nspawn-systemd.sh).
#
#   debian_rootfs DIR PACKAGES LOG [keep-lists]
#
# PACKAGES: comma-separated (mmdebstrap --include). Rebuilt only when PACKAGES change (the stamp
# DIR/.tvpair-stamp) or DEBIAN_ROOTFS_REBUILD=1; built in DIR.new and renamed, so an interrupted
# build leaves no half rootfs behind. `keep-lists` keeps apt's package lists (for a later
# apt-get install into it). Returns 1 after printing the log's tail when mmdebstrap fails.
#
#   debian_rootfs_current DIR PACKAGES [keep-lists]   # true when DIR was made from exactly these
#
# Callers that announce a build ask debian_rootfs_current first.
debian_rootfs_stamp() { echo "bookworm $1${2:+ $2}"; }
debian_rootfs_current() {
  [ "$(cat "$1/.tvpair-stamp" 2>/dev/null)" = "$(debian_rootfs_stamp "$2" "${3:-}")" ]
}
debian_rootfs() {
  local dir="$1" include="$2" log="$3" keep="${4:-}"
  if [ "${DEBIAN_ROOTFS_REBUILD:-0}" != 1 ] && debian_rootfs_current "$dir" "$include" "$keep"; then
    return 0
  fi
  local hook='rm -f "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*_Packages'
  [ -n "$keep" ] && hook='rm -f "$1"/var/cache/apt/archives/*.deb'
  rm -rf "$dir" "$dir.new"
  nice -n 10 mmdebstrap --variant=apt --mode=root --include="$include" --customize-hook="$hook" \
    bookworm "$dir.new" \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main" >"$log" 2>&1 \
    || { tail -n 30 "$log" >&2; return 1; }
  debian_rootfs_stamp "$include" "$keep" >"$dir.new/.tvpair-stamp"
  mv "$dir.new" "$dir"
}
