#!/usr/bin/env bash
# The one command that runs every test (CI runs it through .ci/run).
#
#   tests/run.sh                 # every stage, in order
#   tests/run.sh STAGE...        # only the named stages (the others are listed as "not selected")
#
# Each stage runs in its own subshell with `set -e`, so a failing stage fails alone and the rest still run;
# the run exits non-zero if any stage failed, after printing a summary table. A stage that cannot do its
# job (missing tool, missing file) fails; nothing is skipped quietly. Everything the run starts (PostgreSQL
# clusters, background servers) lives under RUN_DIR and is stopped by the exit trap.
#
# To add a stage: write a `stage_*` function and add a `stage NAME FUNCTION` line to main.
set -euo pipefail
exec 2>&1 # one stream, so logs and tool output stay in order in CI's log
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=tests/lib/postgres.sh
source "$REPO_ROOT/tests/lib/postgres.sh"

STAGE_NAMES=()
STAGE_FNS=()
STAGE_RESULTS=()
STAGE_TIMES=()
STAGE_PID=
SELECTED=("$@")

# --- stages ---------------------------------------------------------------------------------------

stage_codegen_check() {
  [[ -x "$REPO_ROOT/codegen.sh" ]] || die "codegen.sh not found or not executable"
  "$REPO_ROOT/codegen.sh" --check
}

stage_lint_contract() {
  "$REPO_ROOT/tests/lint-contract.sh"
}

stage_fmt() {
  require_cmd cargo
  cargo fmt --all -- --check
}

# The generated crate is a dependency we do not edit, so clippy holds only our crate to -D warnings.
stage_clippy() {
  require_cmd cargo
  cargo clippy -p opportunity-service --all-targets --no-deps --locked -- -D warnings
}

stage_postgres_start() {
  pg_start
  export_to_run PG_DIR PG_PORT DATABASE_URL_PG
}

# One suite, run against SQLite and (through DATABASE_URL_PG) PostgreSQL.
stage_cargo_test() {
  require_cmd cargo
  [[ -n "${DATABASE_URL_PG:-}" ]] || die "DATABASE_URL_PG is not set: stage postgres-start failed or was not selected"
  cargo test -p opportunity-service --locked
  local listed
  listed="$(cargo test -p opportunity-service --locked --test api -- --list 2>/dev/null)"
  log "behavioural scenarios per store: sqlite $(grep -c '::sqlite::.*: test$' <<<"$listed"), postgres $(grep -c '::postgres::.*: test$' <<<"$listed")"
}

# Schemathesis against the live server on PostgreSQL with an Admin token: every check (negative data
# rejection and stateful links included), a fixed seed, zero failures allowed.
stage_contract_tests() {
  [[ -n "${DATABASE_URL_PG:-}" ]] || die "DATABASE_URL_PG is not set: stage postgres-start failed or was not selected"
  ensure_venv
  require_cmd cargo
  cargo build -p opportunity-service --locked
  local bin="$REPO_ROOT/target/debug/opportunity-service"
  local data="$RUN_DIR/contract-tests-data" port url token
  port="$(free_port)"
  url="$(pg_create_db contract_tests)"
  # The token first: it creates the signing key the server then loads.
  token="$("$bin" --data-dir "$data" token --role admin --sub schemathesis-admin --ttl 7200)"
  start_background contract-server "$bin" --bind "127.0.0.1:$port" --database-url "$url" --data-dir "$data" \
    --log-format json
  wait_for_http "http://127.0.0.1:$port/v1/health/live" 60
  mkdir -p "$ARTIFACTS_DIR/schemathesis"
  st --config-file "$REPO_ROOT/tests/schemathesis.toml" run "$REPO_ROOT/api/openapi.yaml" --url "http://127.0.0.1:$port" \
    -H "Authorization: Bearer $token" \
    --checks all --seed 20261125 --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-20}" \
    --workers 1 --no-color --generation-database none \
    --report junit --report-dir "$ARTIFACTS_DIR/schemathesis"
}

# start_dev_server NAME: build and start the service on SQLite in development mode with a fresh data dir,
# and set SERVER_URL and SERVER_TOKEN (an Admin token from the development issuer) for the caller.
start_dev_server() {
  require_cmd cargo
  cargo build -p opportunity-service --locked
  local bin="$REPO_ROOT/target/debug/opportunity-service" data="$RUN_DIR/$1-data" port
  port="$(free_port)"
  # The token first: it creates the signing key the server then loads.
  SERVER_TOKEN="$("$bin" --data-dir "$data" token --role admin --sub "$1" --ttl 3600)"
  start_background "$1" "$bin" --bind "127.0.0.1:$port" --data-dir "$data" --log-format json
  SERVER_URL="http://127.0.0.1:$port"
  wait_for_http "$SERVER_URL/v1/health/live" 60
}

# The partner SDKs: generate both (no avoidable generator warning, no invented model name), compile them
# and their smoke tests strictly, and run the smoke tests against the live server.
stage_sdk() {
  # First prove the name check bites: an inline response schema must fail generation.
  ensure_venv
  local inline="$RUN_DIR/inline-schema.yaml"
  python3 - "$REPO_ROOT/api/openapi.yaml" "$inline" <<'PY'
import sys, yaml
spec = yaml.safe_load(open(sys.argv[1]))
ok = spec["paths"]["/v1/health/live"]["get"]["responses"]["200"]
ok["content"]["application/json"]["schema"] = {"type": "object", "properties": {"status": {"type": "string"}}}
yaml.safe_dump(spec, open(sys.argv[2], "w"), sort_keys=False)
PY
  if SPEC="$inline" "$REPO_ROOT/sdk/generate.sh" typescript >"$RUN_DIR/inline-schema.log" 2>&1 \
    || ! grep -q 'GetLiveness200Response' "$RUN_DIR/inline-schema.log"; then
    cat "$RUN_DIR/inline-schema.log"
    die "sdk/generate.sh did not catch the invented model GetLiveness200Response"
  fi
  log "sdk/generate.sh refuses a contract with an inline response schema (GetLiveness200Response)"
  "$REPO_ROOT/sdk/generate.sh"
  start_dev_server sdk-server
  OMS_URL="$SERVER_URL" OMS_TOKEN="$SERVER_TOKEN" "$REPO_ROOT/sdk/smoke/run.sh"
}

# /docs in headless Chromium (Debian's): every operation rendered, no console error, no request leaving
# the service; the screenshot is kept in tests/artifacts/docs.png.
stage_docs() {
  if ! command -v chromium >/dev/null 2>&1; then
    log "installing Debian's chromium"
    { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || die "apt-get install chromium failed"
  fi
  ensure_node_tools "$REPO_ROOT/tools/consumers"
  start_dev_server docs-server
  NODE_PATH="$REPO_ROOT/tools/consumers/node_modules" CHROMIUM="$(command -v chromium)" \
    node "$REPO_ROOT/tests/docs/check-docs.js" "$SERVER_URL" "$ARTIFACTS_DIR/docs.png"
}

# The contract against the last released one (api/released/v1.yaml), and proof that the check catches a
# removed response field.
stage_breaking_changes() {
  "$REPO_ROOT/tests/breaking-changes.sh" --self-test
}

stage_postgres_stop() {
  [[ -n "${PG_DIR:-}" ]] || die "no PostgreSQL cluster to stop (stage postgres-start failed or was not selected)"
  pg_stop
  export_to_run PG_DIR PG_PORT DATABASE_URL_PG
}

# --- machinery ------------------------------------------------------------------------------------

# export_to_run VAR...: hand variables set inside a stage (a subshell) to the stages after it;
# unset variables are unset for them too.
export_to_run() {
  local var
  for var in "$@"; do
    if [[ -n "${!var+set}" ]]; then
      printf 'export %s=%q\n' "$var" "${!var}"
    else
      printf 'unset %s\n' "$var"
    fi
  done >>"$RUN_DIR/exports.sh"
}

selected() {
  ((${#SELECTED[@]} == 0)) && return 0
  local name
  for name in "${SELECTED[@]}"; do [[ "$name" == "$1" ]] && return 0; done
  return 1
}

now_ms() {
  date +%s%3N
}

# stage NAME FUNCTION: declare a stage; stages run in declaration order.
stage() {
  STAGE_NAMES+=("$1")
  STAGE_FNS+=("$2")
}

# run_stage INDEX: run one declared stage, timed, and record its result for the summary.
run_stage() {
  local name="${STAGE_NAMES[$1]}" fn="${STAGE_FNS[$1]}"
  if ! selected "$name"; then
    STAGE_RESULTS+=("not selected")
    STAGE_TIMES+=("-")
    return 0
  fi

  printf '\n==== [%d/%d] %s ====\n' $(($1 + 1)) "${#STAGE_NAMES[@]}" "$name"
  local start rc
  start="$(now_ms)"
  : >"$RUN_DIR/exports.sh"
  # errexit must be live inside the stage; it would be ignored in an `if`/`||` context, so test $? instead.
  # The stage runs in the background and we wait for it, so a signal reaches our trap at once.
  set +e
  (
    set -e
    cd "$REPO_ROOT"
    "$fn"
  ) &
  STAGE_PID=$!
  wait "$STAGE_PID"
  rc=$?
  STAGE_PID=
  set -e
  # shellcheck source=/dev/null
  source "$RUN_DIR/exports.sh"

  local ms=$(($(now_ms) - start))
  STAGE_TIMES+=("$(printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)))")
  if ((rc == 0)); then
    STAGE_RESULTS+=("ok")
    log "stage $name passed"
  else
    STAGE_RESULTS+=("FAILED (exit $rc)")
    log "stage $name FAILED (exit $rc)"
  fi
}

print_summary() {
  local i failed=() width=5
  for i in "${!STAGE_NAMES[@]}"; do
    ((${#STAGE_NAMES[i]} > width)) && width=${#STAGE_NAMES[i]}
  done
  printf '\n==== summary ====\n'
  printf "%-${width}s  %8s  %s\n" STAGE SECONDS RESULT
  for i in "${!STAGE_NAMES[@]}"; do
    printf "%-${width}s  %8s  %s\n" "${STAGE_NAMES[i]}" "${STAGE_TIMES[i]}" "${STAGE_RESULTS[i]}"
    [[ "${STAGE_RESULTS[i]}" == ok || "${STAGE_RESULTS[i]}" == "not selected" ]] || failed+=("${STAGE_NAMES[i]}")
  done
  if ((${#failed[@]} == 0)); then
    printf 'tests/run.sh: all selected stages succeeded\n'
    return 0
  fi
  printf 'tests/run.sh: stages FAILED: %s\n' "${failed[*]}"
  return 1
}

# kill_tree PID: TERM a process and all its descendants, children first.
kill_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$child"; done
  kill -TERM "$1" 2>/dev/null || true
}

# On INT/TERM: stop the running stage, then exit (which runs cleanup).
on_signal() {
  log "interrupted; stopping"
  if [[ -n "$STAGE_PID" ]]; then
    kill_tree "$STAGE_PID"
    wait "$STAGE_PID" 2>/dev/null || true
  fi
  exit "$1"
}

# Stops everything the run started: background servers, then any PostgreSQL cluster under RUN_DIR.
cleanup() {
  local dir
  stop_backgrounds || true
  for dir in "$RUN_DIR"/test-pg.*; do
    [[ -d "$dir" ]] && { pg_stop_dir "$dir" || true; }
  done
  rm -rf "$RUN_DIR"
}

# Every name given on the command line must be a declared stage.
check_selection() {
  local name
  for name in "${SELECTED[@]}"; do
    [[ " ${STAGE_NAMES[*]} " == *" $name "* ]] || die "unknown stage '$name' (stages: ${STAGE_NAMES[*]})"
  done
}

main() {
  stage codegen-check stage_codegen_check
  stage lint-contract stage_lint_contract
  stage breaking-changes stage_breaking_changes
  stage fmt stage_fmt
  stage clippy stage_clippy
  stage postgres-start stage_postgres_start
  stage cargo-test stage_cargo_test
  stage contract-tests stage_contract_tests
  stage sdk stage_sdk
  stage docs stage_docs
  stage postgres-stop stage_postgres_stop
  check_selection

  RUN_DIR="$(mktemp -d /tmp/test-run.XXXXXX)"
  chmod 755 "$RUN_DIR" # the postgres user must reach its cluster directory inside
  export RUN_DIR PG_PARENT_DIR="$RUN_DIR"
  trap cleanup EXIT
  trap 'on_signal 130' INT
  trap 'on_signal 143' TERM

  local i
  for i in "${!STAGE_NAMES[@]}"; do run_stage "$i"; done
  print_summary
}

main "$@"
