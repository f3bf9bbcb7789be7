#!/usr/bin/env bash
# A throwaway PostgreSQL server for the persistence tests, on 127.0.0.1 only.
#
#   .ci/postgres.sh start [--install]   starts one in a new temporary folder and prints two lines for `eval`:
#                                       ITSM_TEST_POSTGRES=<connection string> and ITSM_TEST_POSTGRES_DATA=<folder>;
#                                       --install first installs the server from Debian's packages when it is absent
#   .ci/postgres.sh stop <folder>       stops that server and removes its folder
#
# The server runs as an unprivileged user (initdb refuses root): the current user, or `postgres` (or `nobody`) when the
# script runs as root. Authentication is `trust` on 127.0.0.1: a test server, never a real one.
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb > /dev/null && command -v pg_ctl > /dev/null; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    if ! bin=$(find_bin); then
      if [ "${2:-}" = "--install" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
        echo "PostgreSQL is not installed: installing it from Debian's packages" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2 \
          || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2; }
        bin=$(find_bin)
      else
        echo "error: no PostgreSQL server binaries (initdb, pg_ctl) here; run as root with --install to install them" >&2
        exit 2
      fi
    fi
    owner=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
      owner=postgres
      id postgres > /dev/null 2>&1 || owner=nobody
    fi
    data=$(mktemp -d /tmp/itsm-postgres.XXXXXX)
    chown "$owner" "$data"
    chmod 700 "$data"
    # A free port: the kernel picks one for a socket that is closed again at once.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb" -D "$data/db" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > "$data/initdb.log" 2>&1 \
      || { cat "$data/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start > /dev/null \
      || { cat "$data/server.log" >&2; exit 1; }
    echo "ITSM_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true'"
    echo "ITSM_TEST_POSTGRES_DATA='$data'"
    ;;
  stop)
    data=${2:?usage: postgres.sh stop <folder>}
    bin=$(find_bin)
    owner=$(stat -c %U "$data")
    as_owner "$bin/pg_ctl" -D "$data/db" -m fast -w stop > /dev/null 2>&1 || true
    rm -rf "$data"
    ;;
  *)
    echo "usage: postgres.sh start [--install] | stop <folder>" >&2
    exit 64
    ;;
esac
