#!/usr/bin/env bash
# The service at a given data volume and request rate, on this machine, with figures to quote.
#
#   bench/run.sh [--rows N] [--rate R] [--seconds S] [--fsync on|off] [--ops "get list ..."]
#                [--steady-rate R] [--saturation-seconds S] [--rounds N]
#
#   --rows N                opportunities to seed (default 10000; the plan's volume is 1000000-3000000)
#   --rate R                the fixed rate each operation is offered, requests per second (default 500)
#   --seconds S             how long each operation is measured, after 3 s of warm-up at the same rate (default 30)
#   --fsync on|off          PostgreSQL durability during the runs (default on: fsync, synchronous_commit and
#                           full_page_writes on, as in production; off shows what durability costs)
#   --ops "..."             which of get list deep create patch move summary forecast mixed overload (default: all)
#   --overload-rate R       the overload profile's rate: reports 20/21 of it, gets 1/21 (default 2100)
#   --steady-rate R         the mixed profile also runs at this rate (default 100: the plan's steady load)
#   --saturation-seconds S  each wrk run of the saturation comparison (default 10)
#   --rounds N              interleaved baseline/service saturation rounds (default 3; the median ratio is reported)
#   --compare BIN           another build of the service (say, the release binary of the commit before a
#                           change, copied aside): it also runs, and joins each saturation round after
#                           the service, so that a change's cost shows as a ratio measured side by side
#   --keep DIR              keep the seeded PostgreSQL cluster in DIR and reuse it on the next run with the same DIR
#                           and --rows (seeding 1M rows takes minutes, 3M tens of minutes; migrations still run).
#                           Writes of earlier runs stay in it: a few thousand rows, noise at these volumes.
#
# What it does: builds the release binaries (the service, bench/baseline, bench/load); starts a
# throwaway PostgreSQL 15 cluster; applies the migrations with `opportunity-service migrate`; seeds
# N opportunities with bench/seed.sql (set-based SQL, durability off while loading, then VACUUM
# ANALYZE as autovacuum would have); samples ids into files with bench/sample.sql; starts the
# service with its default logging and a development token (the rate limit raised: one principal
# at hundreds of requests per second would otherwise, correctly, be refused; the limiter still runs);
# then for each operation runs bench-load (bench/load), an open-loop generator that sends at the
# fixed rate whatever the answers do and times each request from when it was due, so queueing
# counts; then compares saturation throughput of GET /v1/accounts/{id} with bench/baseline (wrk -t2
# -c32, rounds interleaved, the median ratio); and prints a Markdown table with the machine, the
# command and the date. The load generator, the service and PostgreSQL share the machine.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"
# shellcheck source=tests/lib/postgres.sh
source "$REPO_ROOT/tests/lib/postgres.sh"

ROWS=10000
RATE=500
SECONDS_EACH=30
FSYNC=on
OPS="get list deep create patch move summary forecast mixed overload"
OVERLOAD_RATE=2100
STEADY_RATE=100
SATURATION_SECONDS=10
ROUNDS=3
KEEP=""
COMPARE=""
COMMAND="bench/run.sh $*"

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while (($#)); do
  case "$1" in
    --rows) ROWS="$2" ;;
    --rate) RATE="$2" ;;
    --seconds) SECONDS_EACH="$2" ;;
    --fsync) FSYNC="$2" ;;
    --ops) OPS="$2" ;;
    --steady-rate) STEADY_RATE="$2" ;;
    --saturation-seconds) SATURATION_SECONDS="$2" ;;
    --rounds) ROUNDS="$2" ;;
    --keep) KEEP="$2" ;;
    --compare) COMPARE="$2" ;;
    --overload-rate) OVERLOAD_RATE="$2" ;;
    -h | --help) usage ;;
    *) usage ;;
  esac
  (($# >= 2)) || usage
  shift 2
done
[[ "$ROWS" =~ ^[0-9]+$ && "$ROWS" -gt 0 ]] || die "--rows must be a positive integer"
[[ "$FSYNC" == on || "$FSYNC" == off ]] || die "--fsync must be on or off"
[[ -z "$COMPARE" || -x "$COMPARE" ]] || die "--compare $COMPARE is not an executable"
for op in $OPS; do
  [[ " get list deep create patch move summary forecast mixed overload " == *" $op "* ]] || die "unknown operation $op"
done

if ! command -v wrk >/dev/null; then
  ((EUID == 0)) || die "wrk not found (Debian: apt-get install wrk)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || die "could not install wrk"
fi
RUN_DIR="$(mktemp -d /tmp/bench.XXXXXX)"
chmod 755 "$RUN_DIR"
# The logs (the service's, the baseline's, PostgreSQL's start) outlive the run, so that an error in
# the table can be traced afterwards: tests/artifacts/bench-DATE (git-ignored).
ARTIFACTS_DIR="$REPO_ROOT/tests/artifacts/bench-$(date -u +%Y%m%dT%H%M%SZ)"
export RUN_DIR PG_PARENT_DIR="$RUN_DIR" ARTIFACTS_DIR
if [[ -n "$KEEP" ]]; then
  mkdir -p "$KEEP"
  KEEP="$(cd "$KEEP" && pwd)"
  chmod 755 "$KEEP"
  # A kept cluster is stopped, never deleted.
  trap 'stop_backgrounds; [[ -z "${PG_DIR:-}" ]] || pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null; rm -rf "$RUN_DIR"' EXIT
else
  trap 'stop_backgrounds; pg_stop; rm -rf "$RUN_DIR"' EXIT
fi

log "building the release binaries"
# Only the binaries the runs use (the Lambda and dispatcher binaries would add minutes of linking).
cargo build --release --locked -p opportunity-service -p bench-baseline --bin opportunity-service --bin bench-baseline
# On its own: built together, hyper's client features would change the service's build.
cargo build --release --locked -p bench-load
bin="$REPO_ROOT/target/release/opportunity-service"
load="$REPO_ROOT/target/release/bench-load"

# pg_resume DIR: start the kept cluster of an earlier run (made by pg_start under DIR) on a free port.
pg_resume() {
  PG_DIR="$1"
  PG_PORT="$(free_port)"
  export PG_DIR PG_PORT
  echo "port = $PG_PORT" >>"$PG_DIR/data/postgresql.conf"
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 300 start >/dev/null ||
    die "the kept cluster in $PG_DIR did not start (see $PG_DIR/server.log)"
  DATABASE_URL_PG="$(pg_url "$PG_APP_DB")"
  export DATABASE_URL_PG
}
kept=""
if [[ -n "$KEEP" ]]; then
  kept="$(find "$KEEP" -maxdepth 2 -name "seeded-$ROWS" -printf '%h\n' | head -1)"
fi
if [[ -n "$kept" ]]; then
  log "reusing the cluster seeded with $ROWS opportunities in $kept"
  pg_resume "$kept"
else
  [[ -z "$KEEP" ]] || PG_PARENT_DIR="$KEEP"
  pg_start >/dev/null
fi
# Room for the data set in memory, and checkpoints spaced as on a production server; durability is
# set after the load (the test cluster starts without it).
pg_psql postgres -c "ALTER SYSTEM SET shared_buffers = '2GB'" -c "ALTER SYSTEM SET effective_cache_size = '12GB'" \
  -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '15min'"
pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 restart >/dev/null ||
  die "PostgreSQL did not restart (see $PG_DIR/server.log)"
psql_app() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@" "$DATABASE_URL_PG"; }

"$bin" --database-url "$DATABASE_URL_PG" migrate >"$RUN_DIR/migrate.log" 2>&1 || {
  cat "$RUN_DIR/migrate.log" >&2
  die "migrate failed"
}
if [[ -n "$kept" ]]; then
  seed_seconds="$(cat "$kept/seeded-$ROWS")"
else
  log "seeding $ROWS opportunities"
  seed_start=$SECONDS
  pg_psql postgres -c "ALTER SYSTEM SET fsync = off" -c "ALTER SYSTEM SET synchronous_commit = off" \
    -c "ALTER SYSTEM SET full_page_writes = off" -c "SELECT pg_reload_conf()" >/dev/null
  psql_app -v rows="$ROWS" -f "$REPO_ROOT/bench/seed.sql"
  seed_seconds=$((SECONDS - seed_start))
  log "seeded in ${seed_seconds}s; VACUUM ANALYZE"
  pg_psql opportunities -c "VACUUM ANALYZE"
  [[ -z "$KEEP" ]] || echo "$seed_seconds" >"$PG_DIR/seeded-$ROWS"
fi
# Set both ways: a kept cluster remembers the last run's setting.
pg_psql postgres -c "ALTER SYSTEM SET fsync = $FSYNC" -c "ALTER SYSTEM SET synchronous_commit = $FSYNC" \
  -c "ALTER SYSTEM SET full_page_writes = $FSYNC" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
pg_psql postgres -c "CHECKPOINT"
durability="$(pg_psql postgres -At -c "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
  WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers')")"
database_size="$(pg_psql opportunities -At -c "SELECT pg_size_pretty(pg_database_size('opportunities'))")"
log "PostgreSQL: $durability; database $database_size"

samples="$RUN_DIR/samples"
mkdir -p "$samples"
psql_app -v dir="$samples" -f "$REPO_ROOT/bench/sample.sql"

data="$RUN_DIR/data"
token="$("$bin" --data-dir "$data" token --role admin --sub bench --ttl 86400)"
openssl pkey -in "$data/dev-signing-key.pem" -pubout -out "$RUN_DIR/public.pem" 2>/dev/null
service_port="$(free_port)"
service="http://127.0.0.1:$service_port"
OMS_RATE_LIMIT_PER_SECOND=10000000 OMS_RATE_LIMIT_BURST=10000000 \
  start_background service "$bin" --bind "127.0.0.1:$service_port" --database-url "$DATABASE_URL_PG" --data-dir "$data"
wait_for_http "$service/v1/health/ready" 60
service_pid="$(cat "$RUN_DIR/service.pid")"
rss_idle_kb="$(awk '/^VmRSS/ { print $2 }' "/proc/$service_pid/status")"

# The sampled data must make answers the runs count as successes (a cursor format the service no
# longer reads would otherwise show as errors).
account_id="$(head -1 "$samples/accounts.txt")"
for path in "/v1/opportunities/$(head -1 "$samples/opportunities.txt")" "/v1/accounts/$account_id" \
  "/v1/opportunities?limit=50&cursor=$(head -1 "$samples/cursors.txt")"; do
  status="$(curl -s -o "$RUN_DIR/check.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$service$path")"
  [[ "$status" == 200 ]] || die "$path answered $status, not 200: $(head -c 500 "$RUN_DIR/check.json")"
done

results="$RUN_DIR/results.jsonl"
: >"$results"
# run_load PROFILE RATE: one open-loop run; its JSON lines, tagged with the profile, go to $results.
run_load() {
  local profile="$1" rate="$2"
  log "$profile at $rate req/s for ${SECONDS_EACH}s"
  "$load" --url "$service" --token "$token" --data "$samples" --profile "$profile" --rate "$rate" \
    --seconds "$SECONDS_EACH" --warmup 3 |
    python3 -c 'import json, sys
for line in sys.stdin:
    row = json.loads(line)
    row["profile"] = sys.argv[1]
    print(json.dumps(row))' "$profile@$rate" >>"$results"
  sleep 2
}
for op in $OPS; do
  if [[ "$op" == mixed ]]; then
    [[ "$STEADY_RATE" == "$RATE" ]] || run_load mixed "$STEADY_RATE"
  fi
  if [[ "$op" == overload ]]; then
    run_load overload "$OVERLOAD_RATE"
  else
    run_load "$op" "$RATE"
  fi
done

baseline_port="$(free_port)"
issuer="$(python3 -c 'import base64, json, sys; p = sys.argv[1].split(".")[1]; print(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))["iss"])' "$token")"
start_background baseline "$REPO_ROOT/target/release/bench-baseline" "127.0.0.1:$baseline_port" \
  "$DATABASE_URL_PG" "$RUN_DIR/public.pem" "$issuer"
wait_for_http "http://127.0.0.1:$baseline_port/" 30
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$baseline_port/v1/accounts/$account_id")"
[[ "$status" == 200 ]] || die "the baseline answered $status for account $account_id, not 200"
compared=""
if [[ -n "$COMPARE" ]]; then
  compared="http://127.0.0.1:$(free_port)"
  OMS_RATE_LIMIT_PER_SECOND=10000000 OMS_RATE_LIMIT_BURST=10000000 \
    start_background compared "$COMPARE" --bind "${compared#http://}" --database-url "$DATABASE_URL_PG" --data-dir "$data"
  wait_for_http "$compared/v1/health/ready" 60
fi
# saturate NAME URL: one closed-loop wrk run at saturation; prints requests per second.
saturate() {
  local name="$1" url="$2"
  wrk -t2 -c32 -d"${SATURATION_SECONDS}s" --latency -H "Authorization: Bearer $token" "$url" >"$RUN_DIR/$name.wrk"
  awk '/Requests\/sec/ { print $2 }' "$RUN_DIR/$name.wrk"
}
saturation="$RUN_DIR/saturation.txt"
: >"$saturation"
for round in $(seq 1 "$ROUNDS"); do
  log "saturation round $round of $ROUNDS: baseline, then service (GET /v1/accounts/{id}, wrk -t2 -c32, ${SATURATION_SECONDS}s each)"
  baseline_rps="$(saturate "baseline-$round" "http://127.0.0.1:$baseline_port/v1/accounts/$account_id")"
  service_rps="$(saturate "service-$round" "$service/v1/accounts/$account_id")"
  compared_rps=""
  [[ -z "$compared" ]] || compared_rps="$(saturate "compared-$round" "$compared/v1/accounts/$account_id")"
  echo "$baseline_rps $service_rps $compared_rps" >>"$saturation"
done
rss_peak_kb="$(awk '/^VmHWM/ { print $2 }' "/proc/$service_pid/status")"
rss_now_kb="$(awk '/^VmRSS/ { print $2 }' "/proc/$service_pid/status")"

cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
memory_gb="$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
python3 - "$results" "$saturation" <<PY
import json, statistics, sys

rows = [json.loads(line) for line in open(sys.argv[1])]
print()
print("$(date -u '+%Y-%m-%d %H:%M UTC'), \`$COMMAND\`, commit $(git -C "$REPO_ROOT" rev-parse --short HEAD)")
print("machine: $(uname -m), $(nproc) cores ($cpu), ${memory_gb} GB; PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'): $durability")
print("data: $ROWS opportunities seeded in ${seed_seconds} s, database $database_size; each run ${SECONDS_EACH} s after 3 s of warm-up, open loop")
print()
print("| operation | offered req/s | achieved req/s | p50 ms | p99 ms | errors |")
print("|---|---|---|---|---|---|")
def line(row):
    profile, rate = row["profile"].split("@")
    name = row["operation"]
    if profile in ("mixed", "overload"):
        name = f"{profile} at {rate}: " + ("all" if name == "all" else name)
    if "shape" in row:
        name += f" ({row['shape']})"
    errors = ", ".join(f"{status}: {count}" for status, count in row["errors"].items()) or "0"
    if row["scheduler_late_p99_ms"] > 5:
        errors += f" (generator late, p99 {row['scheduler_late_p99_ms']:.1f} ms)"
    print(f"| {name} | {row['offered_per_second']:.0f} | {row['achieved_per_second']:.0f} | "
          f"{row['p50_ms']:.2f} | {row['p99_ms']:.2f} | {errors} |")
for row in rows:
    if "shape" not in row:
        line(row)
shapes = [row for row in rows if "shape" in row and row["profile"].split("@")[0] not in ("mixed", "overload")]
if shapes:
    print()
    print("by request shape (the same runs):")
    print()
    print("| operation (shape) | offered req/s | achieved req/s | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|")
    for row in shapes:
        line(row)
rounds = [list(map(float, line.split())) for line in open(sys.argv[2]) if line.strip()]
pairs = [(row[0], row[1]) for row in rounds]
ratios = [service / baseline for baseline, service in pairs]
print()
print("saturation, GET /v1/accounts/{id}, wrk -t2 -c32, ${SATURATION_SECONDS} s per run, rounds interleaved: "
      + "; ".join(f"baseline {b:,.0f} req/s, service {s:,.0f} req/s ({s / b:.2f})" for b, s in pairs))
print(f"service / baseline, median of {len(ratios)}: {statistics.median(ratios):.2f}")
if all(len(row) == 3 for row in rounds):
    print("compared with ${COMPARE} in the same rounds: "
          + "; ".join(f"{c:,.0f} req/s (service / it: {s / c:.2f})" for _, s, c in rounds))
    print(f"service / compared, median of {len(rounds)}: {statistics.median(s / c for _, s, c in rounds):.2f}")
print("service RSS: $((rss_idle_kb / 1024)) MB idle after start, $((rss_now_kb / 1024)) MB at the end, $((rss_peak_kb / 1024)) MB peak")
PY
log "logs of this run: ${ARTIFACTS_DIR#"$REPO_ROOT"/}"
