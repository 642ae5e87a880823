#!/usr/bin/env bash
# Fails when api/openapi.yaml breaks clients of the last released contract (api/released/v1.yaml), unless
# info.version's major was bumped. Optic's breaking-changes rules (npm @useoptic/optic, pinned in
# tools/consumers) catch removed operations, removed response properties, new required parameters and
# request properties, and changed types; telemetry is off and nothing is uploaded. Not caught (checked):
# a tightened length limit (maxLength 200 -> 50) on a request field. Atlassian's openapi-diff was
# weighed too: it does not look at parameters at all.
#
#   tests/breaking-changes.sh                 compare api/openapi.yaml with api/released/v1.yaml
#   tests/breaking-changes.sh BASE HEAD       compare two files
#   tests/breaking-changes.sh --self-test     also prove the check fails on a removed response field
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
export OPTIC_TELEMETRY_LEVEL=off

major() {
  python3 -c 'import sys, yaml; print(str(yaml.safe_load(open(sys.argv[1]))["info"]["version"]).split(".")[0])' "$1"
}

# check BASE HEAD: 0 when HEAD keeps BASE's clients working or bumps the major version.
check() {
  local base="$1" head="$2" out
  if (($(major "$head") > $(major "$base"))); then
    log "info.version's major went from $(major "$base") to $(major "$head"): breaking changes are allowed"
    return 0
  fi
  out="$(mktemp)"
  if optic diff "$base" "$head" --check --severity error >"$out" 2>&1; then
    grep -E '^(Operations|.*Checks):' "$out" >&2 || true
    log "no breaking change from ${base#"$REPO_ROOT"/} to ${head#"$REPO_ROOT"/}"
    rm -f "$out"
    return 0
  fi
  cat "$out" >&2
  rm -f "$out"
  log "breaking changes from ${base#"$REPO_ROOT"/} to ${head#"$REPO_ROOT"/} (above): keep the old behaviour, or bump info.version's major"
  return 1
}

# The check must fail when a response loses a field, and pass once the major version is bumped.
self_test() {
  local dir
  dir="$(mktemp -d)"
  # shellcheck disable=SC2064
  trap "rm -rf '$dir'" RETURN
  python3 - "$REPO_ROOT/api/released/v1.yaml" "$dir" <<'PY'
import sys, yaml
released, out = sys.argv[1], sys.argv[2]
spec = yaml.safe_load(open(released))
summary = spec["components"]["schemas"]["PipelineSummary"]  # one operation's response: a quick diff
del summary["properties"]["pipeline_name"]
summary["required"].remove("pipeline_name")
yaml.safe_dump(spec, open(f"{out}/removed-field.yaml", "w"), sort_keys=False)
major = int(str(spec["info"]["version"]).split(".")[0])
spec["info"]["version"] = f"{major + 1}.0.0"
yaml.safe_dump(spec, open(f"{out}/removed-field-v2.yaml", "w"), sort_keys=False)
PY
  log "self-test: PipelineSummary.pipeline_name removed from the released contract"
  if check "$REPO_ROOT/api/released/v1.yaml" "$dir/removed-field.yaml" 2>"$dir/log"; then
    cat "$dir/log" >&2
    die "self-test: removing a response field passed the breaking-change check"
  fi
  grep -q "cannot remove response property 'pipeline_name'" "$dir/log" ||
    { cat "$dir/log" >&2; die "self-test: the check failed, but not on the removed pipeline_name"; }
  log "self-test: the removed field fails the check: $(grep -c "cannot remove response property 'pipeline_name'" "$dir/log") responses flagged"
  check "$REPO_ROOT/api/released/v1.yaml" "$dir/removed-field-v2.yaml" 2>/dev/null ||
    die "self-test: the same change with a new major version failed the check"
  log "self-test: with info.version's major bumped the same change passes"
}

main() {
  ensure_venv "$REPO_ROOT/tools/requirements.txt" # PyYAML
  ensure_node_tools "$REPO_ROOT/tools/consumers"
  case "${1:-}" in
    --self-test)
      check "$REPO_ROOT/api/released/v1.yaml" "$REPO_ROOT/api/openapi.yaml"
      self_test
      ;;
    "") check "$REPO_ROOT/api/released/v1.yaml" "$REPO_ROOT/api/openapi.yaml" ;;
    *) check "$1" "$2" ;;
  esac
}

main "$@"
