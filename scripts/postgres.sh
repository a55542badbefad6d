#!/usr/bin/env bash
# A throwaway PostgreSQL for the store's tests: installs Debian's PostgreSQL if it is missing, then
# starts a cluster of its own in a temporary folder, listening on 127.0.0.1 only, with trust
# authentication and fsync off (nothing in it is meant to survive), and a database `reel_test`.
#
#   eval "$(bash scripts/postgres.sh start)"   # prints: export REEL_TEST_POSTGRES_URL=postgres://…
#   bash scripts/postgres.sh url               # the same line, for a cluster already started
#   bash scripts/postgres.sh restart           # restarts it, data kept (tests of a database restart)
#   bash scripts/postgres.sh stop              # stops it and removes its folder
#
# REEL_PG_PORT picks the port (default 55432; when something else holds it, the next free one).
# Safe to run again: a cluster this script started and that is still up is reused. Run as root, the
# server runs as the `postgres` user (PostgreSQL refuses to run as root). Only the export line goes
# to stdout; everything else to stderr.
set -euo pipefail

port=${REEL_PG_PORT:-55432}
base=${TMPDIR:-/tmp}
cmd=${1:-start}

say() { echo "postgres: $*" >&2; }

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

install_postgres() {
    bindir >/dev/null && return 0
    say "installing PostgreSQL with apt-get"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            say "need root to install PostgreSQL; run: apt-get install postgresql"
            exit 1
        fi
    fi
    # Debian's package creates and starts a `main` cluster on 5432 unless told not to; this
    # script's clusters are its own.
    $sudo mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/reel.conf >/dev/null
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bindir >/dev/null || { say "PostgreSQL installed but no initdb under /usr/lib/postgresql/*/bin"; exit 1; }
}

# Runs a PostgreSQL program as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir_for() { echo "$base/reel-postgres-$1"; }

running() { # port → 0 when this script's cluster for that port is up
    local dir bin
    dir=$(dir_for "$1")
    bin=$(bindir) || return 1
    # A pid file left by a killed server can name a pid since reused: the port must answer too.
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1 && port_taken "$1"
}

port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

url_for() { echo "postgres://postgres@127.0.0.1:$1/reel_test"; }

start() {
    install_postgres
    local bin dir p
    bin=$(bindir)
    # Reuse a cluster of ours; otherwise the first port from $port on that nobody holds.
    for p in $(seq "$port" $((port + 20))); do
        if running "$p"; then
            say "reusing the cluster on 127.0.0.1:$p ($(dir_for "$p"))"
            create_db "$bin" "$p"
            echo "export REEL_TEST_POSTGRES_URL=$(url_for "$p")"
            return 0
        fi
        port_taken "$p" || break
        say "port $p is taken by something else; trying $((p + 1))"
    done
    port_taken "$p" && { say "no free port in $port…$((port + 20))"; exit 1; }

    dir=$(dir_for "$p")
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
    as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $p
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF
    # 9>&-: the server must not inherit (and hold for ever) the lock below.
    as_owner "$bin/pg_ctl" start -w -t 60 -D "$dir/data" -l "$dir/server.log" >/dev/null 9>&- \
        || { tail -n 30 "$dir/server.log" >&2; exit 1; }
    create_db "$bin" "$p"
    say "started on 127.0.0.1:$p ($dir; stop with: bash scripts/postgres.sh stop)"
    echo "export REEL_TEST_POSTGRES_URL=$(url_for "$p")"
}

create_db() { # bin port
    local psql=("$1/psql" -X -q -h 127.0.0.1 -p "$2" -U postgres -d postgres -v ON_ERROR_STOP=1)
    if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'reel_test'")" != 1 ]; then
        "${psql[@]}" -c "CREATE DATABASE reel_test" >/dev/null
    fi
}

stop() {
    local bin dir p
    bin=$(bindir) || { say "PostgreSQL is not installed; nothing to stop"; return 0; }
    for p in $(seq "$port" $((port + 20))); do
        dir=$(dir_for "$p")
        [ -d "$dir" ] || continue
        if running "$p"; then
            as_owner "$bin/pg_ctl" stop -m immediate -D "$dir/data" >/dev/null 2>&1 || true
            say "stopped the cluster on 127.0.0.1:$p"
        fi
        rm -rf "$dir"
    done
}

# The port of this script's running cluster: the one REEL_TEST_POSTGRES_URL names if it is ours,
# else the first found from $port on.
running_port() {
    local p
    p=$(printf '%s' "${REEL_TEST_POSTGRES_URL:-}" | sed -n 's|^postgres://[^/]*:\([0-9][0-9]*\)/.*|\1|p')
    if [ -n "$p" ] && running "$p"; then echo "$p"; return 0; fi
    for p in $(seq "$port" $((port + 20))); do
        if running "$p"; then echo "$p"; return 0; fi
    done
    return 1
}

restart() {
    local p dir
    p=$(running_port) || { say "no cluster is running; start one with: bash scripts/postgres.sh start"; exit 1; }
    dir=$(dir_for "$p")
    # Fast: every client is disconnected, as when a real server restarts.
    as_owner "$(bindir)/pg_ctl" restart -m fast -w -t 60 -D "$dir/data" -l "$dir/server.log" >/dev/null 9>&- \
        || { tail -n 30 "$dir/server.log" >&2; exit 1; }
    say "restarted the cluster on 127.0.0.1:$p"
}

url() {
    local p
    for p in $(seq "$port" $((port + 20))); do
        if running "$p"; then echo "export REEL_TEST_POSTGRES_URL=$(url_for "$p")"; return 0; fi
    done
    say "no cluster is running; start one with: bash scripts/postgres.sh start"
    exit 1
}

# One start or stop at a time: two runs starting together had both removed and re-created the same
# cluster folder, and both failed ("PostgreSQL did not start"). The second now waits, then reuses.
lock() {
    command -v flock >/dev/null 2>&1 || return 0
    exec 9>"$base/reel-postgres.lock"
    flock -w 120 9 || { say "another start or stop held $base/reel-postgres.lock for 2 minutes"; exit 1; }
}

case "$cmd" in
    start) lock; start ;;
    stop) lock; stop ;;
    url) url ;;
    restart) restart ;;
    *) say "usage: scripts/postgres.sh [start|stop|url|restart]"; exit 64 ;;
esac
