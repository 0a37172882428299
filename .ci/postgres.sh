#!/usr/bin/env bash
# A private PostgreSQL server for the test run: Debian's server package, a throw-away cluster in
# /tmp/cxdesk-pg listening on a Unix socket only (reachable inside the test run's network namespace),
# trust authentication, no fsync. Prints the URL for CXDESK_TEST_DATABASE_URL.
# Usage: bash .ci/postgres.sh start|stop
set -euo pipefail
dir=/tmp/cxdesk-pg
port=54329
action="${1:-start}"

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# the server refuses to run as root: as root it runs as the postgres user Debian's package made
as_owner=()
if [ "$(id -u)" = 0 ]; then
    as_owner=(runuser -u postgres --)
fi

if [ "$action" = stop ]; then
    [ -d "$dir/data" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
    exit 0
fi

if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
fi
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2
echo "postgresql+psycopg://postgres@/postgres?host=$dir&port=$port"
