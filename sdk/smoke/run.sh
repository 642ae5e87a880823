#!/usr/bin/env bash
# Compiles and runs both SDK smoke tests against a live server; sdk/generate.sh must have run.
#
#   OMS_URL=http://127.0.0.1:8080 OMS_TOKEN=$(cargo run -q -- token --role admin) \
#     OMS_TOKEN_URL=http://127.0.0.1:9090/oauth2/token OMS_CLIENT_ID=partner-demo OMS_CLIENT_SECRET=demo-secret \
#     sdk/smoke/run.sh [typescript|python]
# (a partner client: `cargo run -- --oauth-client-ids partner-demo` and tests/lib/token_endpoint.py, as in
# README "For partners").
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../tests/lib/common.sh"

readonly OUT="$REPO_ROOT/sdk/out"
: "${OMS_URL:?set OMS_URL to the server, e.g. http://127.0.0.1:8080}"
: "${OMS_TOKEN:?set OMS_TOKEN to a bearer token (opportunity-service token --role admin)}"
: "${OMS_TOKEN_URL:?set OMS_TOKEN_URL to an OAuth 2.0 token endpoint (tests/lib/token_endpoint.py, or Cognito's)}"
: "${OMS_CLIENT_ID:?set OMS_CLIENT_ID to a partner client the server accepts (--oauth-client-ids)}"
: "${OMS_CLIENT_SECRET:?set OMS_CLIENT_SECRET to that client's secret}"
export OMS_URL OMS_TOKEN OMS_TOKEN_URL OMS_CLIENT_ID OMS_CLIENT_SECRET

sdk_typescript() {
  [[ -d "$OUT/typescript/src" ]] || die "no TypeScript SDK in ${OUT#"$REPO_ROOT"/}/typescript: run sdk/generate.sh"
  ensure_node_tools "$REPO_ROOT/tools/consumers"
  log "tsc --strict: the generated TypeScript SDK"
  tsc -p "$OUT/typescript" --strict --lib es2020,dom
  log "tsc --strict --noEmit: the smoke test"
  tsc -p "$REPO_ROOT/sdk/smoke/ts" --noEmit
  tsc -p "$REPO_ROOT/sdk/smoke/ts"
  # The compiled smoke test imports the SDK by its package name, as a partner's code would.
  mkdir -p "$OUT/node_modules/@opportunities"
  ln -sfn ../../typescript "$OUT/node_modules/@opportunities/sdk"
  # standardwebhooks (the receiver's independent signature check) comes from tools/consumers.
  NODE_PATH="$OUT/node_modules:$REPO_ROOT/tools/consumers/node_modules" node "$OUT/smoke-ts/smoke.js"
}

sdk_python() {
  [[ -d "$OUT/python/opportunity_client" ]] || die "no Python SDK in ${OUT#"$REPO_ROOT"/}/python: run sdk/generate.sh"
  TOOLS_VENV="$OUT/python-venv" ensure_venv "$REPO_ROOT/sdk/smoke/python/requirements.txt"
  PYTHONPATH="$OUT/python" "$OUT/python-venv/bin/python" "$REPO_ROOT/sdk/smoke/python/smoke.py"
}

main() {
  local langs=("$@") lang
  ((${#langs[@]})) || langs=(typescript python)
  for lang in "${langs[@]}"; do
    case "$lang" in
      typescript | python) "sdk_$lang" ;;
      *) die "unknown SDK language '$lang' (typescript, python)" ;;
    esac
  done
}

main "$@"
