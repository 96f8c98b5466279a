#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throw-away PostgreSQL 15 cluster, then stops and removes the cluster (also on failure).
# The command sees BESUK_TEST_POSTGRES=postgresql://besuk@127.0.0.1:PORT/postgres (a superuser, trust auth,
# loopback only, fsync off: for tests, never for data).
# Without PostgreSQL 15 installed, it says so and runs the command alone (the SQLite suite still runs).
# Usage: packaging/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL 15 is not installed; running without it (packaging/install-deps.sh installs it)" >&2
  exec "$@"
fi

dir=$(mktemp -d /tmp/besuk-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then # initdb refuses root: the cluster belongs to the postgres user
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U besuk -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
started=""
for _ in 1 2 3 4 5; do
  port=$(shuf -i 20000-60000 -n 1)
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" \
      -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
    started=yes
    break
  fi
done
[ -n "$started" ] || { echo "with-postgres: the server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }

export BESUK_TEST_POSTGRES="postgresql://besuk@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$port"
"$@"
