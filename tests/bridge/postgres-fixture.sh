#!/usr/bin/env bash
# A throw-away PostgreSQL from Debian's package for the bridge tests:
#   postgres-fixture.sh start FIXTURE_DIR   initdb into a temporary directory, start it on a
#                                           unix socket in that directory (no TCP port, so
#                                           parallel builds cannot collide), write the socket
#                                           directory to FIXTURE_DIR/socket-dir
#   postgres-fixture.sh stop FIXTURE_DIR    stop it and delete everything
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user (or
# `nobody`) through runuser. Authentication is `trust` on the socket, whose directory only
# the cluster's owner (and root) can enter.
set -euo pipefail
cmd=${1:?start or stop}
fixture=${2:?fixture directory}

pgbin=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [ -x "$d/initdb" ] && pgbin=$d && break
done
if [ -z "$pgbin" ]; then
  pgbin=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  as_owner=(runuser -u "$owner" --)
fi

stop() {
  [ -f "$fixture/socket-dir" ] || return 0
  local run
  run=$(cat "$fixture/socket-dir")
  if [ -d "$run/data" ]; then
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$run/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  case "$run" in /tmp/tvpair-pg.*) rm -rf "$run" ;; esac
  rm -f "$fixture/socket-dir"
}

case "$cmd" in
start)
  [ -x "$pgbin/initdb" ] || { echo "postgres-fixture: initdb not found (Debian: postgresql)" >&2; exit 1; }
  stop
  mkdir -p "$fixture"
  run=$(mktemp -d /tmp/tvpair-pg.XXXXXX)  # short: a socket path has at most 107 bytes
  echo "$run" >"$fixture/socket-dir"
  [ ${#as_owner[@]} -eq 0 ] || chown "$owner:" "$run"
  if ! "${as_owner[@]}" "$pgbin/initdb" -D "$run/data" --auth=trust --username=bridge --no-sync \
        --encoding=UTF8 --locale=C >"$run/initdb.log" 2>&1; then
    cat "$run/initdb.log" >&2
    stop
    exit 1
  fi
  # fsync off: the tests kill bridges, never the database server.
  if ! "${as_owner[@]}" "$pgbin/pg_ctl" -D "$run/data" -l "$run/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $run -p 5432 -c fsync=off -c max_connections=40 -c shared_buffers=16MB" \
        start >/dev/null; then
    cat "$run/server.log" >&2 || true
    stop
    exit 1
  fi
  echo "postgres-fixture: PostgreSQL on the socket in $run"
  ;;
stop) stop ;;
*) echo "usage: $0 start|stop FIXTURE_DIR" >&2; exit 2 ;;
esac
