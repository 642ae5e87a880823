# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster for tests. Source after common.sh:
#
#   pg_start                       # exports DATABASE_URL_PG=postgres://app:app@127.0.0.1:PORT/opportunities
#   url="$(pg_create_db scratch)"  # another empty database owned by app
#   pg_stop                        # stops the server and deletes its directory (safe to call twice)
#
# The cluster directory is created under $PG_PARENT_DIR (default /tmp). tests/run.sh points that at its own
# run directory so its exit trap can stop every cluster the run started (pg_stop_dir), whatever failed.
#
# Data and socket live in a fresh `mktemp -d`; durability is off (fsync, synchronous_commit, full_page_writes)
# because the cluster is thrown away, unless PG_DURABLE=1 (a test that crashes the server and counts what
# survived needs what production has). The server refuses to run as root, so as root it runs as the `postgres`
# OS user. Authentication is trust; the role app (password app, CREATEDB) owns the databases.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_SUPERUSER=postgres
PG_APP_ROLE=app
PG_APP_PASSWORD=app
PG_APP_DB=opportunities
PG_PARENT_DIR="${PG_PARENT_DIR:-/tmp}"

# pg_as CMD...: run a server-side command as the postgres OS user when we are root, else as ourselves.
pg_as() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_ensure_binaries: make sure PostgreSQL 15 server binaries and the postgres OS user exist; install
# them from Debian when running as root on a fresh machine.
pg_ensure_binaries() {
  if [[ ! -x "$PG_BIN/initdb" ]]; then
    if ((EUID != 0)) || ! command -v apt-get >/dev/null 2>&1; then
      die "PostgreSQL 15 server binaries not found in $PG_BIN (Debian: apt-get install postgresql-15)"
    fi
    log "PostgreSQL 15 not found in $PG_BIN; installing postgresql-15 with apt-get"
    apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null \
      || die "apt-get install postgresql-15 failed"
    [[ -x "$PG_BIN/initdb" ]] || die "postgresql-15 installed but $PG_BIN/initdb is still missing"
  fi
  if ((EUID == 0)) && ! id -u postgres >/dev/null 2>&1; then
    log "creating OS user postgres"
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres \
      || die "useradd postgres failed"
  fi
}

# pg_psql DB ARGS...: psql as the superuser over TCP to the running test cluster.
pg_psql() {
  local db="$1"
  shift
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d "$db" "$@"
}

# pg_start: start the cluster and create role app and database opportunities; exports PG_DIR, PG_PORT and
# DATABASE_URL_PG. The server log is $PG_DIR/server.log.
pg_start() {
  [[ -z "${PG_DIR:-}" ]] || die "pg_start: a test cluster is already running in $PG_DIR"
  pg_ensure_binaries

  # Not $TMPDIR: the postgres user must be able to reach the directory.
  PG_DIR="$(mktemp -d "$PG_PARENT_DIR/test-pg.XXXXXX")"
  export PG_DIR
  mkdir "$PG_DIR/data" "$PG_DIR/socket"
  ((EUID != 0)) || chown -R postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR/data"

  log "initdb in $PG_DIR"
  pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$PG_SUPERUSER" --auth=trust --encoding=UTF8 --no-locale --no-sync \
    >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2
    pg_stop
    die "initdb failed (log above)"
  }

  PG_PORT="$(free_port)"
  export PG_PORT
  local durability=off
  [[ "${PG_DURABLE:-0}" == 1 ]] && durability=on
  cat >>"$PG_DIR/data/postgresql.conf" <<EOF

# throwaway test cluster (tests/lib/postgres.sh): durability $durability (PG_DURABLE=1 turns it on)
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR/socket'
fsync = $durability
synchronous_commit = $durability
full_page_writes = $durability
max_connections = 200
EOF

  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null || {
    cat "$PG_DIR/server.log" >&2 || true
    pg_stop
    die "PostgreSQL did not start (log above)"
  }

  pg_psql postgres -c "CREATE ROLE $PG_APP_ROLE LOGIN CREATEDB PASSWORD '$PG_APP_PASSWORD'" \
    -c "CREATE DATABASE $PG_APP_DB OWNER $PG_APP_ROLE" || {
    pg_stop
    die "creating role $PG_APP_ROLE and database $PG_APP_DB failed"
  }

  DATABASE_URL_PG="$(pg_url "$PG_APP_DB")"
  export DATABASE_URL_PG
  log "PostgreSQL ready: $DATABASE_URL_PG"
}

# pg_url DB: connection URL for role app to database DB on the test cluster.
pg_url() {
  printf 'postgres://%s:%s@127.0.0.1:%s/%s\n' "$PG_APP_ROLE" "$PG_APP_PASSWORD" "$PG_PORT" "$1"
}

# pg_create_db NAME: create an empty database NAME owned by app and print its URL.
pg_create_db() {
  local name="$1"
  [[ -n "${PG_DIR:-}" ]] || die "pg_create_db: no test cluster running (call pg_start)"
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "pg_create_db: invalid database name '$name'"
  pg_psql postgres -c "CREATE DATABASE $name OWNER $PG_APP_ROLE" || die "CREATE DATABASE $name failed"
  pg_url "$name"
}

# pg_stop: stop the test cluster started by pg_start in this shell (if any) and delete its directory.
pg_stop() {
  [[ -n "${PG_DIR:-}" ]] || return 0
  local dir="$PG_DIR"
  unset PG_DIR PG_PORT DATABASE_URL_PG
  pg_stop_dir "$dir"
}

# pg_stop_dir DIR: stop the cluster whose directory (made by pg_start) is DIR, then delete DIR. If the server
# will not stop, DIR is kept for its server.log and the call fails.
pg_stop_dir() {
  local dir="$1"
  [[ -d "$dir" ]] || return 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    log "stopping PostgreSQL in $dir"
    pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null || {
      log "warning: pg_ctl stop failed; leaving $dir (see server.log there)"
      return 1
    }
  fi
  # The cluster holds a database per test (gigabytes after cargo-test): delete it in the background, so
  # the run goes on; the run's exit trap deletes whatever is left under RUN_DIR.
  mv "$dir" "$dir.deleting" && { rm -rf "$dir.deleting" & }
}
