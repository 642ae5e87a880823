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
STAGE_MODES=()
STAGE_STARTS=()
STAGE_BG_PIDS=()
STAGE_PID=
PREFETCH_PID=
SELECTED=("$@")

# --- stages ---------------------------------------------------------------------------------------

# build_service: the service's binaries (target/debug/opportunity-service, opportunity-lambda), built
# once per run. `--all-targets` gives them the features the test targets need (the generated client,
# a dev-dependency), so this is the build `cargo test` already made: a plain `cargo build` would
# compile the generated crate and everything above it a second time for other features.
build_service() {
  require_cmd cargo
  cargo build -p opportunity-service --locked --all-targets
}

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
  cargo clippy -p opportunity-service -p bench-baseline -p bench-load --all-targets --no-deps --locked -- -D warnings
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
  local url
  url="$(pg_create_db contract_tests)"
  # Rate limits are the security stage's: here a 429 would stand in for the answer each check looks for.
  start_dev_server contract-server --database-url "$url" --rate-limit-per-second 1000000 --rate-limit-burst 1000000
  mkdir -p "$ARTIFACTS_DIR/schemathesis"
  st --config-file "$REPO_ROOT/tests/schemathesis.toml" run "$REPO_ROOT/api/openapi.yaml" --url "$SERVER_URL" \
    -H "Authorization: Bearer $SERVER_TOKEN" \
    --checks all --seed 20261125 --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-20}" \
    --workers 1 --no-color --generation-database none \
    --report junit --report-dir "$ARTIFACTS_DIR/schemathesis"
}

# The security suite (tests/security) against the live server in production mode, trusting a Cognito
# user pool that moto's server mode emulates: forged tokens, the role matrix, BOLA, mass assignment,
# bad bodies, rate limits, headers, start-up refusals, and the service's log read back for leaks.
stage_security() {
  [[ -n "${DATABASE_URL_PG:-}" ]] || die "DATABASE_URL_PG is not set: stage postgres-start failed or was not selected"
  ensure_venv
  require_cmd cargo
  build_service
  local bin="$REPO_ROOT/target/debug/opportunity-service"
  local moto_port port url cognito="$RUN_DIR/cognito.json"
  start_moto moto_port security-moto
  python "$REPO_ROOT/tests/security/cognito.py" "http://127.0.0.1:$moto_port" >"$cognito"
  field() { python -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$cognito" "$1"; }
  port="$(free_port)"
  url="$(pg_create_db security)"
  # Limits low enough for the suite to reach them; the suite reads the service's log (debug level) back.
  start_background security-server env OMS_ENVIRONMENT=production \
    OMS_TOKEN_ISSUER="$(field issuer)" OMS_JWKS_URL="$(field jwks_url)" OMS_TOKEN_CLIENT_ID="$(field client_id)" \
    OMS_RATE_LIMIT_PER_SECOND=50 OMS_RATE_LIMIT_BURST=100 RUST_LOG=debug,sqlx=warn,hyper=info \
    "$bin" --bind "127.0.0.1:$port" --database-url "$url" --data-dir "$RUN_DIR/security-data" --log-format json
  wait_for_http "http://127.0.0.1:$port/v1/health/ready" 60
  OMS_URL="http://127.0.0.1:$port" COGNITO_JSON="$cognito" OMS_BIN="$bin" OMS_LOG="$ARTIFACTS_DIR/security-server.log" \
    python -m pytest -q -p no:cacheprovider "$REPO_ROOT/tests/security" \
    --junitxml "$ARTIFACTS_DIR/security-junit.xml"
}

# A partner's pooled client (Python requests, a keep-alive pool of 2, no resend of a POST) sends 1,000
# mixed refused and accepted requests, then a raw socket sends a body 0.3 s after its head: zero
# connection errors, on SQLite and on PostgreSQL (tests/connections/pooled_clients.py).
stage_pooled_clients() {
  [[ -n "${DATABASE_URL_PG:-}" ]] || die "DATABASE_URL_PG is not set: stage postgres-start failed or was not selected"
  ensure_venv
  local store nobody
  for store in sqlite postgres; do
    if [[ "$store" == postgres ]]; then
      start_dev_server pooled-postgres --database-url "$(pg_create_db pooled_clients)"
    else
      start_dev_server pooled-sqlite
    fi
    nobody="$("$SERVER_BIN" --data-dir "$SERVER_DATA" token --role none --sub pooled-nobody)"
    log "pooled clients on $store"
    OMS_URL="$SERVER_URL" OMS_TOKEN="$SERVER_TOKEN" OMS_NOBODY_TOKEN="$nobody" \
      python "$REPO_ROOT/tests/connections/pooled_clients.py"
    stop_background "pooled-$store"
  done
}

# The contract's examples make a working mock for partners: `prism mock --errors` answers one request per
# operation, built from the request examples, with the response examples; Newman checks each answer against
# the contract (postman/portman-mock-config.yaml) and Prism must report no violation.
stage_mock() {
  ensure_node_tools
  local collection="$RUN_DIR/mock.postman_collection.json" port url
  "$REPO_ROOT/postman/generate.sh" --mock-collection "$collection"
  port="$(free_port)"
  url="http://127.0.0.1:$port"
  start_background prism-mock prism mock "$REPO_ROOT/api/openapi.yaml" --errors --host 127.0.0.1 --port "$port"
  wait_for_http "$url/v1/health/live" 60
  local failed=0
  run_newman mock "$collection" --env-var "baseUrl=$url" || failed=1
  stop_background prism-mock
  prism_violations "$ARTIFACTS_DIR/prism-mock.log" all
  ((failed == 0)) || die "Newman: the mock does not answer as the contract says (above)"
}

# QA's Postman collection: stale when it is not what postman/generate.sh makes of the contract; then run by
# Newman against the live server (SQLite) through Prism proxies that check every request and response
# against the contract. Zero failures and zero violations.
stage_postman() {
  ensure_node_tools
  "$REPO_ROOT/postman/generate.sh" --check
  start_dev_server postman-server --oauth-client-ids postman-partner
  # The collection runs as a partner's client holding every scope, its token by client credentials.
  start_token_endpoint postman-token-endpoint "$SERVER_DATA" \
    postman-partner:postman-secret:opportunities.read,opportunities.write,opportunities.admin,opportunities.gdpr
  local sales_manager_token
  sales_manager_token="$("$SERVER_BIN" --data-dir "$SERVER_DATA" token --role sales-manager --sub postman-sales-manager --ttl 7200)"

  # baseUrl: with --errors Prism answers a request or response that breaks the contract with an error of its
  # own, which fails the collection's tests. invalidRequestBaseUrl: for the requests that break the contract
  # on purpose (no token, a bad body); Prism forwards them and still checks the service's answers.
  local strict lenient
  strict="$(free_port)"
  lenient="$(free_port)"
  while [[ "$lenient" == "$strict" ]]; do lenient="$(free_port)"; done
  start_background prism-proxy prism proxy "$REPO_ROOT/api/openapi.yaml" "$SERVER_URL" --errors \
    --host 127.0.0.1 --port "$strict"
  start_background prism-proxy-invalid-requests prism proxy "$REPO_ROOT/api/openapi.yaml" "$SERVER_URL" \
    --host 127.0.0.1 --port "$lenient"
  wait_for_http "http://127.0.0.1:$strict/v1/health/live" 60
  wait_for_http "http://127.0.0.1:$lenient/v1/health/live" 60

  local failed=0
  run_newman postman "$REPO_ROOT/postman/opportunity-service.postman_collection.json" \
    --environment "$REPO_ROOT/postman/local.postman_environment.json" \
    --env-var "baseUrl=http://127.0.0.1:$strict" \
    --env-var "invalidRequestBaseUrl=http://127.0.0.1:$lenient" \
    --env-var "tokenUrl=$TOKEN_URL" --env-var "clientId=postman-partner" --env-var "clientSecret=postman-secret" \
    --env-var "salesManagerToken=$sales_manager_token" \
    --env-var "salesManagerSub=postman-sales-manager" || failed=1
  stop_background prism-proxy
  stop_background prism-proxy-invalid-requests
  stop_background postman-server
  stop_background postman-token-endpoint
  prism_violations "$ARTIFACTS_DIR/prism-proxy.log" all
  prism_violations "$ARTIFACTS_DIR/prism-proxy-invalid-requests.log" response
  ((failed == 0)) || die "Newman: the collection failed (above)"
}

# run_newman NAME COLLECTION NEWMAN_ARGS...: run a collection, JUnit report in $ARTIFACTS_DIR/NAME/; fails on
# any failed test or script error.
run_newman() {
  local name="$1" collection="$2"
  shift 2
  mkdir -p "$ARTIFACTS_DIR/$name"
  COLUMNS=120 newman run "$collection" "$@" \
    --reporters cli,junit --reporter-junit-export "$ARTIFACTS_DIR/$name/newman-junit.xml" \
    --disable-unicode --color off --timeout-request 30000
}

# prism_violations LOG all|response: fail when Prism logged a contract violation (of any kind, or only in the
# responses); print them. With --errors, Prism logs a response violation as the error it answers instead.
prism_violations() {
  local log="$1" kind="$2" pattern='Violation: '
  [[ -f "$log" ]] || die "no Prism log at $log"
  grep -q 'Request received' "$log" || die "$log records no request: was Prism in the path?"
  [[ "$kind" == response ]] && pattern='Violation: response'
  if grep -F -e "$pattern" -e 'Request terminated with error' "$log" >&2; then
    die "Prism found contract violations (above; log ${log#"$REPO_ROOT"/})"
  fi
  log "Prism: no contract violation in ${log#"$REPO_ROOT"/} ($kind)"
}

# sam-template.yaml, offline (AWS is out of reach): the API definition derived from the contract, then
# cfn-lint with no errors or warnings on the template and on the template with the definition inlined,
# SAM's own transform, the cfn-guard policy of deploy/policy/, and the proof that the policy can fail:
# each element broken in turn in a copy of the template must fail its rule (tests/deploy/).
stage_sam_template() {
  ensure_venv
  ensure_cfn_guard
  python "$REPO_ROOT/deploy/build-api-definition.py"
  python "$REPO_ROOT/tests/deploy/template_checks.py" lint
  python "$REPO_ROOT/tests/deploy/template_checks.py" policy
  python "$REPO_ROOT/tests/deploy/template_checks.py" mutations
}

# The delivery pipeline's GitHub Actions workflows, linted by actionlint, with shellcheck on every `run:`.
stage_workflows() {
  ensure_venv
  ensure_apt_command shellcheck shellcheck
  actionlint -no-color -shellcheck "$(command -v shellcheck)"
  log "actionlint: $(find "$REPO_ROOT/.github/workflows" -name '*.yml' | wc -l) workflows, no problems"
}

# start_moto PORT-VAR NAME: start moto's server mode (local stand-in for CloudWatch and Secrets Manager)
# on a free port and wait for it; sets the variable named PORT-VAR.
start_moto() {
  local -n started_port="$1"
  started_port="$(free_port)"
  start_background "$2" moto_server -H 127.0.0.1 -p "$started_port"
  wait_for_http "http://127.0.0.1:$started_port/moto-api/" 60
}

# The Lambda entry point under the local Lambda runtime API of `cargo lambda watch`, fed real-shaped API
# Gateway REST API proxy events (tests/aws/lambda_events.py); its database credentials come from a
# Secrets Manager secret (moto) naming the PostgreSQL test cluster, as in AWS. Then the webhook dispatcher
# function beside it, fed scheduled and other events (tests/aws/dispatcher_events.py).
stage_lambda() {
  [[ -n "${DATABASE_URL_PG:-}" ]] || die "DATABASE_URL_PG is not set: stage postgres-start failed or was not selected"
  ensure_venv
  ensure_venv "$REPO_ROOT/tools/requirements-lambda.txt"
  require_cmd cargo
  build_service
  local function="$REPO_ROOT/target/debug/opportunity-lambda"
  local dispatcher="$REPO_ROOT/target/debug/opportunity-dispatcher" webhook_key_arn
  local data="$RUN_DIR/lambda-data" url runtime_port moto_port secret_arn cognito="$RUN_DIR/lambda-cognito.json"
  url="$(pg_create_db lambda_events)"
  start_moto moto_port lambda-moto
  # A Lambda runs in production mode, so it trusts a Cognito pool only: moto's, on the same server.
  python "$REPO_ROOT/tests/security/cognito.py" "http://127.0.0.1:$moto_port" >"$cognito"
  cognito_field() { python -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$cognito" "$1"; }
  export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=eu-west-1
  secret_arn="$(python - "$url" "http://127.0.0.1:$moto_port" <<'PY'
import json, os, sys, urllib.parse, boto3
url = urllib.parse.urlparse(sys.argv[1])
client = boto3.client("secretsmanager", endpoint_url=sys.argv[2], region_name=os.environ["AWS_REGION"])
secret = {"engine": "postgres", "username": url.username, "password": url.password, "host": "db.invalid",
          "port": url.port, "dbname": url.path.lstrip("/")}
print(client.create_secret(Name="oms/lambda-test/db", SecretString=json.dumps(secret))["ARN"])
PY
)"
  # The key that seals webhook secrets, a secret of its own (the template's WebhookSecretsKeyArn).
  webhook_key_arn="$(python - "http://127.0.0.1:$moto_port" <<'PY'
import os, secrets, sys, boto3
client = boto3.client("secretsmanager", endpoint_url=sys.argv[1], region_name=os.environ["AWS_REGION"])
print(client.create_secret(Name="oms/lambda-test/webhook-secrets-key", SecretString=secrets.token_hex(32))["ARN"])
PY
)"
  runtime_port="$(free_port)"
  start_background lambda-runtime cargo lambda watch --only-lambda-apis -A 127.0.0.1 -P "$runtime_port"
  # Every path but the runtime and invoke APIs goes to the function (as a function URL) and waits: wait
  # for the emulator's own word instead.
  local deadline=$((SECONDS + 60))
  until grep -q "starting Runtime server" "$ARTIFACTS_DIR/lambda-runtime.log"; do
    ((SECONDS < deadline)) || die "cargo lambda watch did not start within 60 s (see its log)"
    sleep 0.2
  done
  # The environment Lambda gives a function, plus ours: the secret and the host to use its credentials on.
  start_background lambda-function env AWS_LAMBDA_FUNCTION_NAME=_ AWS_LAMBDA_FUNCTION_VERSION=1 \
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 AWS_LAMBDA_RUNTIME_API="http://127.0.0.1:$runtime_port/.rt" \
    AWS_ENDPOINT_URL="http://127.0.0.1:$moto_port" DATABASE_SECRET_ARN="$secret_arn" OMS_DB_HOST=127.0.0.1 \
    OMS_TOKEN_ISSUER="$(cognito_field issuer)" OMS_JWKS_URL="$(cognito_field jwks_url)" \
    OMS_TOKEN_CLIENT_ID="$(cognito_field client_id)" OMS_DATA_DIR="$data" OMS_WEBHOOK_SECRETS_KEY_ARN="$webhook_key_arn" \
    OMS_OAUTH_CLIENT_IDS=lambda-partner,lambda-partner-off OMS_OAUTH_DISABLED_CLIENT_IDS=lambda-partner-off "$function"
  LAMBDA_INVOKE_URL="http://127.0.0.1:$runtime_port/2015-03-31/functions/_/invocations" \
    FUNCTION_LOG="$ARTIFACTS_DIR/lambda-function.log" CARGO_LAMBDA="cargo lambda" INVOKE_PORT="$runtime_port" \
    COGNITO_JSON="$cognito" python "$REPO_ROOT/tests/aws/lambda_events.py"

  # The webhook dispatcher, a function of its own beside it (sam-template's WebhookDispatcherFunction, named
  # for its binary, as the emulator routes functions), fed scheduled and other events.
  local -a dispatcher_env=(AWS_LAMBDA_FUNCTION_NAME=opportunity-dispatcher AWS_LAMBDA_FUNCTION_VERSION=1
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 "AWS_LAMBDA_RUNTIME_API=http://127.0.0.1:$runtime_port/.rt/opportunity-dispatcher"
    "AWS_ENDPOINT_URL=http://127.0.0.1:$moto_port" "DATABASE_SECRET_ARN=$secret_arn" OMS_DB_HOST=127.0.0.1
    "OMS_WEBHOOK_SECRETS_KEY_ARN=$webhook_key_arn" OMS_WEBHOOK_TIMEOUT_MS=2000 "OMS_DATA_DIR=$RUN_DIR/dispatcher-data")
  start_background lambda-dispatcher env "${dispatcher_env[@]}" "$dispatcher"
  DISPATCHER_INVOKE_URL="http://127.0.0.1:$runtime_port/2015-03-31/functions/opportunity-dispatcher/invocations" \
    API_INVOKE_URL="http://127.0.0.1:$runtime_port/2015-03-31/functions/_/invocations" \
    LAMBDA_INVOKE_URL="http://127.0.0.1:$runtime_port/2015-03-31/functions/_/invocations" \
    FUNCTION_LOG="$ARTIFACTS_DIR/lambda-function.log" DISPATCHER_LOG="$ARTIFACTS_DIR/lambda-dispatcher.log" \
    DISPATCHER_BIN="$dispatcher" DISPATCHER_ENV_JSON="$(python -c 'import json, sys; print(json.dumps(dict(arg.split("=", 1) for arg in sys.argv[1:])))' "${dispatcher_env[@]}")" \
    COGNITO_JSON="$cognito" python "$REPO_ROOT/tests/aws/dispatcher_events.py"
}

# The deployable: `cargo lambda build` of the function, timed (README "The Lambda" says what this proves and
# what not; `LAMBDA_BUILD_PROFILE=release` builds what a deploy ships).
stage_lambda_build() {
  ensure_venv "$REPO_ROOT/tools/requirements-lambda.txt"
  require_cmd cargo
  local started=$SECONDS
  local function
  for function in opportunity-lambda opportunity-dispatcher; do rm -f "$REPO_ROOT/target/lambda/$function/bootstrap"; done
  # Both functions of sam-template.yaml: the API's and the webhook dispatcher's.
  cargo lambda build --profile "${LAMBDA_BUILD_PROFILE:-lambda-ci}" --bin opportunity-lambda --bin opportunity-dispatcher --locked
  for function in opportunity-lambda opportunity-dispatcher; do
    [[ -s "$REPO_ROOT/target/lambda/$function/bootstrap" ]] || die "cargo lambda build made no bootstrap for $function"
    log "deployable built: target/lambda/$function/bootstrap, $(du -h "$REPO_ROOT/target/lambda/$function/bootstrap" | cut -f1)"
  done
  log "cargo lambda build of both functions: $((SECONDS - started)) s"
}

# The standalone server's metrics, published to moto's CloudWatch and read back (tests/aws/cloudwatch_metrics.py).
stage_metrics() {
  ensure_venv
  require_cmd cargo
  build_service
  local service="$REPO_ROOT/target/debug/opportunity-service"
  local data="$RUN_DIR/metrics-data" port moto_port
  "$service" --data-dir "$data" token >/dev/null
  start_moto moto_port metrics-moto
  port="$(free_port)"
  start_background metrics-server env AWS_ENDPOINT_URL="http://127.0.0.1:$moto_port" AWS_ACCESS_KEY_ID=testing \
    AWS_SECRET_ACCESS_KEY=testing OMS_METRICS_REGION=us-east-1 OMS_METRICS_INTERVAL_SECS=1 \
    "$service" --bind "127.0.0.1:$port" --data-dir "$data" --log-format json
  # No wait_for_http: its request would count; the test waits for the server itself.
  SERVICE_URL="http://127.0.0.1:$port" MOTO_URL="http://127.0.0.1:$moto_port" METRICS_NAMESPACE=OpportunityService \
    OMS_SERVICE_BIN="$service" OMS_DATA_DIR="$data" python "$REPO_ROOT/tests/aws/cloudwatch_metrics.py"
}

# Writes under faults (tests/faults/fault_load.py), about a minute: an open-loop load of 60 POSTs/s for 30 s
# (opportunities with line items, line items, stage moves; each its own Idempotency-Key) against the real
# server on a PostgreSQL cluster of the stage's own with durability on (PG_DURABLE=1), while PostgreSQL
# restarts with -m fast, then -m immediate, and the service is killed with SIGKILL and started again on the
# same port. Then the database is read back: every write answered 2xx whole (line items, stage history, audit
# rows, derived amount, idempotency record), none half-applied, no 500, each unanswered or 5xx write retried
# with its key and applied exactly once, and the service serving again within 5 s of each fault.
stage_faults() {
  ensure_venv
  build_service
  local bin="$REPO_ROOT/target/debug/opportunity-service" data="$RUN_DIR/faults-data" port url token prelude
  local -a server
  # Its own cluster, since it restarts it: the run's shared one (postgres-start) stays untouched.
  unset PG_DIR PG_PORT DATABASE_URL_PG
  PG_DURABLE=1 pg_start
  url="$(pg_create_db faults)"
  port="$(free_port)"
  token="$("$bin" --data-dir "$data" token --role admin --sub faults-admin --ttl 7200)"
  server=(env OMS_RATE_LIMIT_PER_SECOND=100000 OMS_RATE_LIMIT_BURST=100000 RUST_LOG=warn
    "$bin" --bind "127.0.0.1:$port" --database-url "$url" --data-dir "$data" --log-format json)
  start_background faults-server "${server[@]}"
  wait_for_http "http://127.0.0.1:$port/v1/health/ready" 60
  # The fault commands run in a shell of their own: they bring the helpers and the values they use.
  prelude="source ${REPO_ROOT@Q}/tests/lib/common.sh; source ${REPO_ROOT@Q}/tests/lib/postgres.sh; RUN_DIR=${RUN_DIR@Q};"
  local pg_ctl="pg_as ${PG_BIN@Q}/pg_ctl -D ${PG_DIR@Q}/data -l ${PG_DIR@Q}/server.log -w -t 60"
  FAULT_PG_FAST="$prelude $pg_ctl -m fast restart >/dev/null" \
    FAULT_PG_IMMEDIATE="$prelude $pg_ctl -m immediate restart >/dev/null" \
    FAULT_SERVICE_KILL="$prelude kill -KILL -- -\$(cat \"\$RUN_DIR/faults-server.pid\"); mv \"\$ARTIFACTS_DIR/faults-server.log\" \"\$ARTIFACTS_DIR/faults-server-killed.log\"; start_background faults-server ${server[*]@Q}" \
    OMS_URL="http://127.0.0.1:$port" OMS_TOKEN="$token" FAULTS_PRINCIPAL=faults-admin \
    PSQL="$PG_BIN/psql -X -q -h 127.0.0.1 -p $PG_PORT -U $PG_SUPERUSER -d faults" \
    FAULTS_SECONDS="${FAULTS_SECONDS:-30}" FAULTS_RATE="${FAULTS_RATE:-60}" \
    FAULTS_REPORT="$ARTIFACTS_DIR/faults-writes.jsonl" python "$REPO_ROOT/tests/faults/fault_load.py"
  stop_background faults-server
  pg_stop
}

# start_dev_server NAME [SERVER_ARGS...]: build and start the service in development mode with a fresh data
# dir (on SQLite unless SERVER_ARGS name a --database-url), wait until it is live, and set for the caller
# SERVER_URL, SERVER_TOKEN (an Admin token of the development issuer, subject NAME), SERVER_BIN and
# SERVER_DATA (to mint more tokens: `"$SERVER_BIN" --data-dir "$SERVER_DATA" token ...`).
start_dev_server() {
  local name="$1" port
  shift
  require_cmd cargo
  build_service
  SERVER_BIN="$REPO_ROOT/target/debug/opportunity-service"
  SERVER_DATA="$RUN_DIR/$name-data"
  port="$(free_port)"
  # The token first: it creates the signing key the server then loads.
  SERVER_TOKEN="$("$SERVER_BIN" --data-dir "$SERVER_DATA" token --role admin --sub "$name" --ttl 7200)"
  start_background "$name" "$SERVER_BIN" --bind "127.0.0.1:$port" --data-dir "$SERVER_DATA" --log-format json "$@"
  SERVER_URL="http://127.0.0.1:$port"
  wait_for_http "$SERVER_URL/v1/health/live" 60
}

# start_token_endpoint NAME DATA_DIR CLIENT...: a Cognito-like OAuth 2.0 token endpoint (client credentials,
# tests/lib/token_endpoint.py) signing with the development key of DATA_DIR, for CLIENT (ID:SECRET:SCOPES);
# sets TOKEN_URL for the caller.
start_token_endpoint() {
  local name="$1" data="$2" port client
  shift 2
  ensure_venv
  port="$(free_port)"
  local args=(--data-dir "$data" --port "$port")
  for client in "$@"; do args+=(--client "$client"); done
  start_background "$name" python "$REPO_ROOT/tests/lib/token_endpoint.py" "${args[@]}"
  wait_for_http "http://127.0.0.1:$port/health" 30
  TOKEN_URL="http://127.0.0.1:$port/oauth2/token"
}

# The README's "For partners" walkthrough, run as written by tests/walkthrough.py: a partner's server gets a
# token by client credentials (from tests/lib/token_endpoint.py) and calls the service with its scopes.
stage_partner_walkthrough() {
  ensure_apt_command curl curl
  ensure_apt_command jq jq
  start_dev_server partner-walkthrough-server --oauth-client-ids partner-demo
  start_token_endpoint partner-token-endpoint "$SERVER_DATA" partner-demo:demo-secret:opportunities.read,opportunities.write
  WALKTHROUGH_MARKER=partner-walkthrough URL="$SERVER_URL/v1" TOKEN_URL="$TOKEN_URL" OMS_BIN="$SERVER_BIN" \
    OMS_DATA="$SERVER_DATA" python3 "$REPO_ROOT/tests/walkthrough.py"
}

# The partner SDKs: generate both (no avoidable generator warning, no invented model name), compile them
# and their smoke tests strictly, and run the smoke tests against the live server, as an Admin user and as a
# partner's client with a token from the client-credentials grant (tests/lib/token_endpoint.py); each also
# pages through the change feed and receives a webhook on 127.0.0.1, verified by standardwebhooks.
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
  # The smoke tests receive webhooks on 127.0.0.1: the development setting that allows them.
  start_dev_server sdk-server --oauth-client-ids sdk-partner --webhook-allow-loopback-http
  start_token_endpoint sdk-token-endpoint "$SERVER_DATA" sdk-partner:sdk-secret:opportunities.read,opportunities.write
  OMS_URL="$SERVER_URL" OMS_TOKEN="$SERVER_TOKEN" OMS_TOKEN_URL="$TOKEN_URL" OMS_CLIENT_ID=sdk-partner \
    OMS_CLIENT_SECRET=sdk-secret "$REPO_ROOT/sdk/smoke/run.sh"
}

# /docs in headless Chromium (Debian's): every operation rendered, no console error, no request leaving
# the service; the screenshot is kept in tests/artifacts/docs.png.
stage_docs() {
  ensure_apt_command chromium chromium
  ensure_node_tools "$REPO_ROOT/tools/consumers"
  start_dev_server docs-server
  NODE_PATH="$REPO_ROOT/tools/consumers/node_modules" CHROMIUM="$(command -v chromium)" \
    node "$REPO_ROOT/tests/docs/check-docs.js" "$SERVER_URL" "$ARTIFACTS_DIR/docs.png"
}

# Every request example of the contract, sent to the live service (tests/contract_examples.py): cursors
# decode, bodies pass validation, and every id is either made by the script's scenario or marked
# x-example-placeholder in the contract; an example refused for any other reason fails.
stage_contract_examples() {
  ensure_venv
  start_dev_server examples-server
  OMS_URL="$SERVER_URL" OMS_BIN="$SERVER_BIN" OMS_DATA="$SERVER_DATA" python "$REPO_ROOT/tests/contract_examples.py"
  # Proof that it can fail: with the cursor the contract used to show, listAccounts' example is refused.
  local stale="$RUN_DIR/stale-cursor.yaml"
  python - "$REPO_ROOT/api/openapi.yaml" "$stale" <<'PY'
import sys, yaml
spec = yaml.safe_load(open(sys.argv[1]))
spec["components"]["parameters"]["AccountCursor"]["example"] = "eyJrIjoiMjAyNi0xMS0yMCJ9"
yaml.safe_dump(spec, open(sys.argv[2], "w"), sort_keys=False)
PY
  start_dev_server examples-self-test
  if OMS_URL="$SERVER_URL" OMS_BIN="$SERVER_BIN" OMS_DATA="$SERVER_DATA" python "$REPO_ROOT/tests/contract_examples.py" \
    "$stale" >"$RUN_DIR/stale-cursor.log" 2>&1 || ! grep -q 'listAccounts: GET /v1/accounts answered 400' "$RUN_DIR/stale-cursor.log"; then
    cat "$RUN_DIR/stale-cursor.log"
    die "tests/contract_examples.py did not catch the refused example cursor eyJrIjoiMjAyNi0xMS0yMCJ9"
  fi
  log "tests/contract_examples.py catches a refused example (the old cursor eyJrIjoiMjAyNi0xMS0yMCJ9)"
}

# The README's walkthrough ("Five minutes with curl"), run as written by tests/walkthrough.py against a
# service started as `cargo run` starts it (development issuer, SQLite): every command succeeds and every
# answer has the status (and ETag) its comment in the README says.
stage_walkthrough() {
  ensure_apt_command curl curl
  ensure_apt_command jq jq
  start_dev_server walkthrough-server
  URL="$SERVER_URL/v1" OMS_BIN="$SERVER_BIN" OMS_DATA="$SERVER_DATA" python3 "$REPO_ROOT/tests/walkthrough.py"
}

# The contract against the last released one (api/released/v1.yaml), and proof that the check catches a
# removed response field.
stage_breaking_changes() {
  "$REPO_ROOT/tests/breaking-changes.sh" --self-test
}

# Webhooks end to end against the binary: deliveries verified by the PyPI standardwebhooks package,
# secret rotation, the service killed mid-delivery and restarted, erasure (tests/webhooks/scenario.py).
stage_webhooks() {
  ensure_venv
  build_service
  OMS_BIN="$REPO_ROOT/target/debug/opportunity-service" WORK_DIR="$RUN_DIR" python3 "$REPO_ROOT/tests/webhooks/scenario.py"
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

# stage NAME FUNCTION [background]: declare a stage; stages run in declaration order. A background stage
# starts in its turn and then runs beside the stages after it: only for a stage that needs mostly CPU while
# those after it mostly wait (on servers, on the network), and that neither needs nor changes anything they
# use. Its output is printed, and its result recorded, when it ends; the run waits for it before the summary.
stage() {
  STAGE_NAMES+=("$1")
  STAGE_FNS+=("$2")
  STAGE_MODES+=("${3:-foreground}")
}

# run_stage INDEX: run one declared stage, timed, and record its result for the summary (a background
# stage: start it; finish_stage records it).
run_stage() {
  local name="${STAGE_NAMES[$1]}" fn="${STAGE_FNS[$1]}"
  if ! selected "$name"; then
    STAGE_RESULTS[$1]="not selected"
    STAGE_TIMES[$1]="-"
    return 0
  fi

  STAGE_STARTS[$1]="$(now_ms)"
  if [[ "${STAGE_MODES[$1]}" == background ]]; then
    log "stage $name started in the background (its output: when it ends, and in ${ARTIFACTS_DIR#"$REPO_ROOT"/}/stage-$name.log)"
    (
      set -e
      cd "$REPO_ROOT"
      "$fn"
    ) >"$ARTIFACTS_DIR/stage-$name.log" 2>&1 &
    STAGE_BG_PIDS[$1]=$!
    return 0
  fi

  printf '\n==== [%d/%d] %s ====\n' $(($1 + 1)) "${#STAGE_NAMES[@]}" "$name"
  local rc
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
  finish_stage "$1" "$rc"
}

# wait_background_stages: wait for each background stage still running, print its output, record it.
wait_background_stages() {
  local i rc
  for i in "${!STAGE_BG_PIDS[@]}"; do
    set +e
    wait "${STAGE_BG_PIDS[i]}"
    rc=$?
    set -e
    unset "STAGE_BG_PIDS[$i]"
    printf '\n==== [%d/%d] %s (ran in the background) ====\n' $((i + 1)) "${#STAGE_NAMES[@]}" "${STAGE_NAMES[i]}"
    cat "$ARTIFACTS_DIR/stage-${STAGE_NAMES[i]}.log"
    finish_stage "$i" "$rc"
  done
}

# finish_stage INDEX RC: record a stage's time (from its start to now) and result.
finish_stage() {
  local name="${STAGE_NAMES[$1]}" ms=$(($(now_ms) - STAGE_STARTS[$1]))
  STAGE_TIMES[$1]="$(printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)))"
  if (($2 == 0)); then
    STAGE_RESULTS[$1]="ok"
    log "stage $name passed"
  else
    STAGE_RESULTS[$1]="FAILED (exit $2)"
    log "stage $name FAILED (exit $2)"
  fi
}

# prefetch: install, in the background, the tools the selected stages will ask for, so downloads and
# installs overlap the stages before them instead of adding to the run. Each ensure_* takes an install
# lock, so a stage that gets there first installs and the other waits; whatever fails here is tried again,
# and reported, by the stage that needs it. Output: tests/artifacts/prefetch.log.
prefetch() {
  if selected lint-contract || selected contract-tests || selected security || selected metrics \
    || selected sam-template || selected workflows || selected sdk || selected breaking-changes; then
    ensure_venv
  fi
  if selected lambda || selected lambda-build; then ensure_venv "$REPO_ROOT/tools/requirements-lambda.txt"; fi
  if selected lint-contract || selected mock || selected postman; then ensure_node_tools; fi
  if selected breaking-changes || selected sdk || selected docs; then
    ensure_node_tools "$REPO_ROOT/tools/consumers"
  fi
  if selected docs; then ensure_apt_command chromium chromium; fi
  if selected workflows; then ensure_apt_command shellcheck shellcheck; fi
  if selected sam-template; then ensure_cfn_guard; fi
  log "prefetch done"
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
  local pid
  for pid in "$STAGE_PID" "${STAGE_BG_PIDS[@]}" "$PREFETCH_PID"; do
    [[ -n "$pid" ]] || continue
    kill_tree "$pid"
    wait "$pid" 2>/dev/null || true
  done
  exit "$1"
}

# Stops everything the run started: background servers, then any PostgreSQL cluster under RUN_DIR.
cleanup() {
  local dir
  stop_backgrounds || true
  for dir in "$RUN_DIR"/test-pg.*; do
    [[ -d "$dir" && "$dir" != *.deleting ]] && { pg_stop_dir "$dir" || true; }
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
  stage mock stage_mock
  stage breaking-changes stage_breaking_changes
  stage fmt stage_fmt
  stage clippy stage_clippy
  stage postgres-start stage_postgres_start
  stage cargo-test stage_cargo_test
  # CPU for minutes; the stages after it mostly wait on servers.
  stage lambda-build stage_lambda_build background
  stage contract-tests stage_contract_tests
  stage security stage_security
  stage pooled-clients stage_pooled_clients
  stage lambda stage_lambda
  stage metrics stage_metrics
  stage faults stage_faults
  stage sdk stage_sdk
  stage docs stage_docs
  stage contract-examples stage_contract_examples
  stage walkthrough stage_walkthrough
  stage partner-walkthrough stage_partner_walkthrough
  stage webhooks stage_webhooks
  stage postgres-stop stage_postgres_stop
  stage postman stage_postman
  stage sam-template stage_sam_template
  stage workflows stage_workflows
  check_selection

  RUN_DIR="$(mktemp -d /tmp/test-run.XXXXXX)"
  chmod 755 "$RUN_DIR" # the postgres user must reach its cluster directory inside
  export RUN_DIR PG_PARENT_DIR="$RUN_DIR"
  trap cleanup EXIT
  trap 'on_signal 130' INT
  trap 'on_signal 143' TERM

  mkdir -p "$ARTIFACTS_DIR"
  prefetch >"$ARTIFACTS_DIR/prefetch.log" 2>&1 &
  PREFETCH_PID=$!

  local i
  for i in "${!STAGE_NAMES[@]}"; do run_stage "$i"; done
  wait_background_stages
  # The prefetch ended long ago; its result does not count (each stage installed what it used).
  wait "$PREFETCH_PID" || log "the prefetch failed (tests/artifacts/prefetch.log); the stages that needed it said so"
  PREFETCH_PID=
  print_summary
}

main "$@"
