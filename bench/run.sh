#!/usr/bin/env bash
# The service's speed against its yardstick, on this machine, with figures to quote.
#
#   bench/run.sh [SECONDS]        # each measurement runs SECONDS (default 15)
#
# Builds both release binaries, starts a throwaway PostgreSQL cluster, creates one account through the
# API, then drives with wrk (2 threads, 32 connections, keep-alive) three measurements:
#   1. baseline: bench/baseline, a bare hyper server that verifies the RS256 token and reads the
#      account by primary key (the "about 10,000 req/s" of the developers' guide);
#   2. service read: GET /v1/accounts/{id} through the full stack (contract routing and validation,
#      token, roles, rate limiter, generated server, store, problem rewriting, JSON logs to a file);
#   3. service write: POST /v1/accounts (validation, one transaction with its audit row).
# The rate limit is raised for the run (the limiter still runs on every request): one principal at
# thousands of requests per second would otherwise be, correctly, refused.
# wrk, the servers and PostgreSQL share the machine: the figures are for the whole box.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"
# shellcheck source=tests/lib/postgres.sh
source "$REPO_ROOT/tests/lib/postgres.sh"

SECONDS_EACH="${1:-15}"
if ! command -v wrk >/dev/null; then
  ((EUID == 0)) || die "wrk not found (Debian: apt-get install wrk)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || die "could not install wrk"
fi
RUN_DIR="$(mktemp -d /tmp/bench.XXXXXX)"
chmod 755 "$RUN_DIR"
export RUN_DIR PG_PARENT_DIR="$RUN_DIR" ARTIFACTS_DIR="$RUN_DIR/logs"
trap 'stop_backgrounds; pg_stop; rm -rf "$RUN_DIR"' EXIT

cargo build --release --locked -p opportunity-service -p bench-baseline
bin="$REPO_ROOT/target/release/opportunity-service"
pg_start >/dev/null
data="$RUN_DIR/data"
token="$("$bin" --data-dir "$data" token --role admin --sub bench --ttl 3600)"
openssl pkey -in "$data/dev-signing-key.pem" -pubout -out "$RUN_DIR/public.pem" 2>/dev/null

service_port="$(free_port)"
OMS_RATE_LIMIT_PER_SECOND=10000000 OMS_RATE_LIMIT_BURST=10000000 \
  start_background service "$bin" --bind "127.0.0.1:$service_port" --database-url "$DATABASE_URL_PG" \
  --data-dir "$data" --log-format json
wait_for_http "http://127.0.0.1:$service_port/v1/health/ready" 60
account_id="$(curl -sf -X POST "http://127.0.0.1:$service_port/v1/accounts" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"name":"Benchmark GmbH","domain":"bench.example","country":"DE","tags":["bench"]}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"

baseline_port="$(free_port)"
start_background baseline "$REPO_ROOT/target/release/bench-baseline" "127.0.0.1:$baseline_port" \
  "$DATABASE_URL_PG" "$RUN_DIR/public.pem" "$(python3 -c 'import base64, json, sys; p = sys.argv[1].split(".")[1]; print(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))["iss"])' "$token")"
wait_for_http "http://127.0.0.1:$baseline_port/" 30
for url in "http://127.0.0.1:$baseline_port/v1/accounts/$account_id" "http://127.0.0.1:$service_port/v1/accounts/$account_id"; do
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")"
  [[ "$status" == 200 ]] || die "$url answered $status, not 200"
done

cat >"$RUN_DIR/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Benchmark write","country":"FR","tags":["bench"]}'
LUA

# measure NAME URL [wrk args...]: one wrk run; prints "NAME req/s p50 p99 non-2xx".
measure() {
  local name="$1" url="$2" out
  shift 2
  out="$(wrk -t2 -c32 -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $token" "$@" "$url")"
  printf '%s\n' "$out" >"$RUN_DIR/$name.wrk"
  awk -v name="$name" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $5 }
    END { printf "%-16s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n", name, rps, p50, p99, errors + 0 }' \
    "$RUN_DIR/$name.wrk"
}

printf '\nmachine: %s, %s cores; %s s per measurement; wrk -t2 -c32\n' "$(uname -m)" "$(nproc)" "$SECONDS_EACH"
measure baseline-read "http://127.0.0.1:$baseline_port/v1/accounts/$account_id" | tee "$RUN_DIR/baseline.txt"
measure service-read "http://127.0.0.1:$service_port/v1/accounts/$account_id" | tee "$RUN_DIR/service.txt"
measure service-write "http://127.0.0.1:$service_port/v1/accounts" -s "$RUN_DIR/post.lua"
python3 - "$RUN_DIR/baseline.txt" "$RUN_DIR/service.txt" <<'PY'
import sys
baseline, service = (float(open(path).read().split()[1]) for path in sys.argv[1:])
print(f"service read throughput is {100 * service / baseline:.0f}% of the baseline's")
PY
