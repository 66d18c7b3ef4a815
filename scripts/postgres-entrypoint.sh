#!/bin/sh
# PID 1 of storage-shares-test/postgres:15: behaves like the official image as far as
# Testcontainers' PostgreSQLContainer relies on it (POSTGRES_USER/PASSWORD/DB, a first start that
# initialises the cluster, and "ready to accept connections" logged twice).
set -eu
case "${1:-}" in -*) set -- postgres "$@" ;; esac

if [ "$(id -u)" = 0 ]; then
  chown -R postgres:postgres "$PGDATA" /var/run/postgresql
  exec su postgres -s /bin/sh -c 'exec /usr/local/entrypoint.sh "$@"' -- sh "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  user="${POSTGRES_USER:-postgres}"
  db="${POSTGRES_DB:-$user}"
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" > "$pwfile"
  initdb --username="$user" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
  rm -f "$pwfile"
  printf "listen_addresses = '*'\njit = off\n" >> "$PGDATA/postgresql.conf"
  # Trusted like the embedded test server: a SCRAM handshake per connection made a loaded machine's
  # pool miss its 3 s timeout when 32 threads raced for connections. The password is still set.
  echo "host all all all trust" >> "$PGDATA/pg_hba.conf"
  # The temporary server logs "ready to accept connections" too: the wait strategy counts on it.
  pg_ctl -o "-c listen_addresses=''" -w start >&2
  if [ "$db" != postgres ]; then
    psql -v ON_ERROR_STOP=1 --username "$user" --dbname postgres -c "CREATE DATABASE \"$db\"" >/dev/null
  fi
  pg_ctl -m fast -w stop >&2
fi
exec "$@"
