#!/usr/bin/env bash
# Measures what an erasure leaves in PostgreSQL's files (issue 16; the figures are in README.md, "GDPR").
# Starts a throwaway cluster, runs the service against it, creates a contact with notes that name her,
# erases her through the API (the service then VACUUMs the tables it wrote), then counts the occurrences of her personal values in the database's
# relation files (base/<db oid>/*) and in the WAL (pg_wal/*) after each of: the erasure (CHECKPOINT),
# plain VACUUM (CHECKPOINT), VACUUM FULL (CHECKPOINT).
#
#   tests/gdpr/pg-file-scan.sh        (needs a debug build: cargo build -p opportunity-service)
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=tests/lib/postgres.sh
source "$REPO_ROOT/tests/lib/postgres.sh"

BIN="$REPO_ROOT/target/debug/opportunity-service"
VALUES=(Quintessa Brightwater quintessa.brightwater@globex.example "+49 30 9876543" "Chief Alchemist")
SERVICE_PID=""
DATA=""

cleanup() {
  if [[ -n $SERVICE_PID ]]; then kill "$SERVICE_PID" 2>/dev/null || true; fi
  if [[ -n ${PG_DIR:-} ]]; then pg_stop; fi
  if [[ -n $DATA ]]; then rm -rf -- "$DATA"; fi
}
trap cleanup EXIT

# count FILES...: occurrences of every value (as written and lower-cased) in the files, one line per value.
count() {
  local value total
  for value in "${VALUES[@]}"; do
    total=0
    for needle in "$value" "${value,,}"; do
      total=$((total + $({ cat "$@" 2>/dev/null | grep -a -o -F -- "$needle" || true; } | wc -l)))
    done
    printf '    %-40s %s\n' "$value" "$total"
  done
}

scan() {
  local when="$1" oid
  pg_psql postgres -c "CHECKPOINT"
  oid="$(pg_psql postgres -At -c "SELECT oid FROM pg_database WHERE datname = 'scan'")"
  echo "  $when: relation files (base/$oid/*)"
  count "$PG_DIR/data/base/$oid"/*
  echo "  $when: WAL (pg_wal/0*)"
  count "$PG_DIR/data/pg_wal"/0*
}

api() {
  curl -sS -f -X "$1" "$URL/v1$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "${@:3}"
}

main() {
  [[ -x $BIN ]] || die "build the service first: cargo build -p opportunity-service"
  PG_PARENT_DIR="${PG_PARENT_DIR:-/tmp}" pg_start
  pg_psql postgres -c "CREATE DATABASE scan OWNER $PG_APP_ROLE"
  DATA="$(mktemp -d)"
  local port
  port="$(free_port)"
  URL="http://127.0.0.1:$port"
  "$BIN" --bind "127.0.0.1:$port" --data-dir "$DATA" --database-url "$(pg_url scan)" \
    --log-format json serve >"$DATA/service.log" 2>&1 &
  SERVICE_PID=$!
  wait_for_http "$URL/v1/health/ready" 60
  TOKEN="$("$BIN" --data-dir "$DATA" token --role both --sub dpo)"
  local account contact opportunity
  account="$(api POST /accounts -d '{"name":"Globex"}' | jq -r .id)"
  contact="$(api POST /contacts -d "{\"account_id\":\"$account\",\"first_name\":\"Quintessa\",\"last_name\":\"Brightwater\",
    \"email\":\"quintessa.brightwater@globex.example\",\"phone\":\"+49 30 9876543\",\"job_title\":\"Chief Alchemist\",
    \"lawful_basis\":\"legitimate_interests\"}" | jq -r .id)"
  opportunity="$(api POST /opportunities -d "{\"name\":\"Seats\",\"account_id\":\"$account\",\"currency\":\"EUR\",
    \"primary_contact_id\":\"$contact\"}" | jq -r .id)"
  api POST "/opportunities/$opportunity/notes" -d '{"body":"Quintessa Brightwater wants a price lock."}' >/dev/null
  api GET "/contacts/$contact" >/dev/null
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'): occurrences of each personal value"
  scan "before the erasure"
  api POST "/gdpr/contacts/$contact/erasure" -d '{"reason":"DSR-1"}' >/dev/null
  sleep 2 # the service's VACUUM after the erasure runs in the background
  scan "after the erasure"
  pg_psql scan -c "VACUUM"
  scan "after VACUUM"
  pg_psql scan -c "VACUUM FULL"
  scan "after VACUUM FULL"
}

main "$@"
