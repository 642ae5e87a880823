#!/usr/bin/env bash
# Database round trips per request: each SQL statement the service sends for one request, counted from
# PostgreSQL's statement log (sqlx's Any driver sends one statement per round trip: no pipelining), one
# request at a time on a throwaway PostgreSQL 15 cluster. The count does not depend on the build profile,
# so the debug build serves.
#
#   bench/roundtrips.sh [--show]     --show also prints each request's statements
#
# Prints a Markdown table: operation, round trips (BEGIN and COMMIT included). Statements of the
# background tasks (the report totals fold, every second; the webhook dispatcher) are not counted.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"
# shellcheck source=tests/lib/postgres.sh
source "$REPO_ROOT/tests/lib/postgres.sh"
cd "$REPO_ROOT"
RUN_DIR="$(mktemp -d)"
export RUN_DIR
cargo build --quiet --locked -p opportunity-service --bin opportunity-service
bin="$REPO_ROOT/target/debug/opportunity-service"
pg_start >/dev/null
trap 'stop_backgrounds; pg_stop >/dev/null; rm -rf "$RUN_DIR"' EXIT
"$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d opportunities \
  -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
port="$(free_port)"
token="$("$bin" --data-dir "$RUN_DIR/data" token --role admin --sub roundtrips-admin --ttl 3600)"
start_background roundtrips-server env OMS_RATE_LIMIT_PER_SECOND=100000 OMS_RATE_LIMIT_BURST=100000 \
  RUST_LOG=warn "$bin" --bind "127.0.0.1:$port" --database-url "$DATABASE_URL_PG" --data-dir "$RUN_DIR/data"
wait_for_http "http://127.0.0.1:$port/v1/health/ready" 60
OMS_URL="http://127.0.0.1:$port" OMS_TOKEN="$token" PG_LOG="$PG_DIR/server.log" \
  python3 "$REPO_ROOT/bench/roundtrips.py" "$@"
