#!/usr/bin/env bash
# Lints the OpenAPI contract: Spectral with api/.spectral.yaml (any warning fails) and openapi-spec-validator.
#   tests/lint-contract.sh               # lints api/openapi.yaml
#   SPEC=/path/to/other.yaml tests/lint-contract.sh
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SPEC="${SPEC:-$REPO_ROOT/api/openapi.yaml}"
RULESET="${RULESET:-$REPO_ROOT/api/.spectral.yaml}"

main() {
  [[ -f "$SPEC" ]] || die "contract not found: $SPEC"
  [[ -f "$RULESET" ]] || die "Spectral ruleset not found: $RULESET"
  ensure_node_tools
  ensure_venv "$REPO_ROOT/tools/requirements.txt"

  local failed=()
  log "spectral lint $SPEC"
  spectral lint --fail-severity=warn --ruleset "$RULESET" "$SPEC" || failed+=(spectral)

  log "openapi-spec-validator $SPEC"
  openapi-spec-validator "$SPEC" || failed+=(openapi-spec-validator)

  log "every input value bounded $SPEC"
  python "$REPO_ROOT/tests/contract_bounds.py" "$SPEC" || failed+=(contract-bounds)

  ((${#failed[@]} == 0)) || die "contract lint failed: ${failed[*]}"
  log "contract lint passed"
}

main "$@"
