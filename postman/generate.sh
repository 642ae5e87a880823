#!/usr/bin/env bash
# Generates QA's Postman collection from the contract with Portman (which uses openapi-to-postmanv2):
#
#   postman/generate.sh                   # write postman/opportunity-service.postman_collection.json
#   postman/generate.sh --check           # regenerate into a temporary file; fail if the committed one differs
#   postman/generate.sh --mock-collection OUT   # the mock check's collection (not committed), to OUT
#
# Inputs: api/openapi.yaml, postman/portman-config.yaml (tests, variables, flows; portman-mock-config.yaml for
# the mock check), postman/postman-config.json (conversion options) and postman/scripts/. The collection is
# build output: edit those, never the collection.
# Portman and openapi-to-postmanv2 are pinned in tools/package.json and installed into tools/node_modules.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"

POSTMAN_DIR="$REPO_ROOT/postman"
COLLECTION="$POSTMAN_DIR/opportunity-service.postman_collection.json"

usage() {
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# generate CONFIG OUT: write the collection Portman makes with postman/CONFIG, normalised, to OUT.
generate() {
  local config="$1" out="$2" work
  work="$(mktemp -d)"
  # Portman writes scratch files under ./tmp and resolves `file:` script paths from the working directory,
  # so it runs in a scratch directory that sees postman/ under its own name.
  ln -s "$POSTMAN_DIR" "$work/postman"
  # A clean environment: Portman would turn any PORTMAN_* variable into a collection variable.
  if ! (cd "$work" && env -i PATH="$PATH" HOME="${HOME:-/tmp}" portman \
    --local "$REPO_ROOT/api/openapi.yaml" \
    --portmanConfigFile "postman/$config" \
    --postmanConfigFile postman/postman-config.json \
    --collectionName "Opportunity Management API" \
    --output "$work/raw.json" --logAssignVariables false --warn true) >"$work/portman.log" 2>&1; then
    cat "$work/portman.log" >&2
    rm -rf "$work"
    die "portman failed"
  fi
  # Portman reports what it could not apply (an unknown operationId in the config, a schema it could not
  # turn into a test) and carries on; for us that is a broken config.
  if grep -Eiq 'warning|missing|invalid|not found|skipped|unable|error' "$work/portman.log"; then
    cat "$work/portman.log" >&2
    rm -rf "$work"
    die "portman reported a problem (above)"
  fi
  node "$POSTMAN_DIR/normalize.js" "$work/raw.json" "$out"
  rm -rf "$work"
}

main() {
  local mode=write
  case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    --mock-collection)
      [[ -n "${2:-}" ]] || die "--mock-collection needs an output file"
      ensure_node_tools
      generate portman-mock-config.yaml "$2"
      return 0
      ;;
    -h | --help)
      usage
      return 0
      ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
  ensure_node_tools

  if [[ "$mode" == write ]]; then
    generate portman-config.yaml "$COLLECTION"
    log "wrote ${COLLECTION#"$REPO_ROOT"/}"
    return 0
  fi

  [[ -f "$COLLECTION" ]] || die "${COLLECTION#"$REPO_ROOT"/} is missing: run postman/generate.sh"
  local fresh
  fresh="$(mktemp)"
  generate portman-config.yaml "$fresh"
  if ! diff -u "$COLLECTION" "$fresh" >"$fresh.diff"; then
    head -n 60 "$fresh.diff" >&2
    rm -f "$fresh" "$fresh.diff"
    die "${COLLECTION#"$REPO_ROOT"/} is stale or was edited by hand: run postman/generate.sh and commit the result"
  fi
  rm -f "$fresh" "$fresh.diff"
  log "${COLLECTION#"$REPO_ROOT"/} is what the contract and postman/portman-config.yaml generate"
}

main "$@"
