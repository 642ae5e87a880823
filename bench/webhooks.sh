#!/usr/bin/env bash
# Webhook figures (README "Change events"): the write cost with and without subscriptions, and events
# delivered per second to a local receiver. Builds the release binary, starts a throwaway PostgreSQL
# cluster and the service (development token, local receivers allowed, rate limit raised), runs
# bench/webhooks.py, and cleans up.
#
#   bench/webhooks.sh            # WRITES=600 CONCURRENCY=4 SUBSCRIPTIONS=4 by default
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"
# shellcheck source=tests/lib/postgres.sh
source "$REPO_ROOT/tests/lib/postgres.sh"

RUN_DIR="$(mktemp -d /tmp/bench-webhooks.XXXXXX)"
chmod 755 "$RUN_DIR"
export RUN_DIR PG_PARENT_DIR="$RUN_DIR" ARTIFACTS_DIR="$RUN_DIR/logs"
mkdir -p "$ARTIFACTS_DIR"
trap 'stop_backgrounds; pg_stop; rm -rf "$RUN_DIR"' EXIT

log "building the release binary"
cargo build --release --locked -p opportunity-service --bin opportunity-service
bin="$REPO_ROOT/target/release/opportunity-service"
pg_start >/dev/null
url="$(pg_create_db bench_webhooks)"
port="$(free_port)"
token="$("$bin" --data-dir "$RUN_DIR/data" token --role admin --sub bench --ttl 7200)"
OMS_RATE_LIMIT_PER_SECOND=10000000 OMS_RATE_LIMIT_BURST=10000000 \
  start_background bench-service "$bin" --bind "127.0.0.1:$port" --data-dir "$RUN_DIR/data" \
  --database-url "$url" --log-format json --webhook-allow-loopback-http
wait_for_http "http://127.0.0.1:$port/v1/health/ready" 60
echo "| What | Load | Result |"
echo "|---|---|---|"
OMS_URL="http://127.0.0.1:$port" OMS_TOKEN="$token" python3 "$REPO_ROOT/bench/webhooks.py"
echo
echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), bench/webhooks.sh (release build, $(postgres --version))"
