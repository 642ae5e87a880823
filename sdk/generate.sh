#!/usr/bin/env bash
# Generates the partner SDKs from the contract into sdk/out/ (build output, git-ignored):
#
#   sdk/generate.sh                     TypeScript (sdk/out/typescript) and Python (sdk/out/python)
#   sdk/generate.sh typescript|python   one of them
#
# openapi-generator is the pinned one from tools/requirements-codegen.txt (the same that builds generated/).
# The script fails when the generator warns about the contract, or when a model is not named by the
# contract (a generator inventing `InlineObject1` or `CreateOpportunity201Response` from an inline
# schema): those are fixed in api/openapi.yaml, never in the output.
set -euo pipefail
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"

readonly SPEC="${SPEC:-$REPO_ROOT/api/openapi.yaml}"
readonly OUT="$REPO_ROOT/sdk/out"

# Warnings a better contract cannot avoid, by generator: the python generator 7.26.0 logs this one for
# every spec, even a one-schema document with no $ref at all (checked); everything else fails the run.
declare -A UNAVOIDABLE=(
  [typescript-fetch]='^$'
  [python]='ModelUtils - Failed to get the schema name: null$'
)

# The contract's component schema names, one a line.
schema_names() {
  python3 - "$SPEC" <<'PY'
import sys, yaml
for name in yaml.safe_load(open(sys.argv[1]))["components"]["schemas"]:
    print(name)
PY
}

# generate LANG GENERATOR CONFIG: into $OUT/LANG, failing on any generator warning.
generate() {
  local lang="$1" generator="$2" config="$3" log
  log="$OUT/$lang.generator.log"
  rm -rf "${OUT:?}/$lang"
  mkdir -p "$OUT"
  if ! openapi-generator-cli generate -g "$generator" -i "$SPEC" -o "$OUT/$lang" -c "$config" \
    --additional-properties "packageVersion=$(spec_version),npmVersion=$(spec_version)" >"$log" 2>&1; then
    cat "$log" >&2
    die "openapi-generator $generator failed (log above)"
  fi
  local warnings
  warnings="$(grep -E '^\[[^]]*\] (WARN|ERROR)' "$log" | grep -Ev "${UNAVOIDABLE[$generator]}" | LC_ALL=C sort -u || true)"
  if [[ -n "$warnings" ]]; then
    printf '%s\n' "$warnings" >&2
    die "openapi-generator $generator warned about the contract (above); fix api/openapi.yaml"
  fi
  log "generated the $lang SDK into ${OUT#"$REPO_ROOT"/}/$lang (no avoidable generator warnings)"
}

spec_version() {
  python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["info"]["version"])' "$SPEC"
}

# check_model_names LANG NAMES_FILE: every generated model must be a schema the contract names.
check_model_names() {
  local lang="$1" generated="$2" invented
  invented="$(LC_ALL=C comm -23 <(LC_ALL=C sort -u "$generated") <(schema_names | LC_ALL=C sort -u))"
  if [[ -n "$invented" ]]; then
    sed 's/^/  /' <<<"$invented" >&2
    die "the $lang SDK has models the contract does not name (above): give the inline schemas a name in components/schemas"
  fi
  log "$lang SDK: $(wc -l <"$generated") models, every one named by the contract"
}

sdk_typescript() {
  generate typescript typescript-fetch "$REPO_ROOT/sdk/typescript.yaml"
  find "$OUT/typescript/src/models" -name '*.ts' ! -name index.ts -printf '%f\n' | sed 's/\.ts$//' \
    >"$OUT/typescript.models"
  check_model_names typescript "$OUT/typescript.models"
}

sdk_python() {
  generate python python "$REPO_ROOT/sdk/python.yaml"
  sed -n 's/^from opportunity_client\.models\.[a-z0-9_]* import \([A-Za-z0-9_]*\)$/\1/p' \
    "$OUT/python/opportunity_client/models/__init__.py" >"$OUT/python.models"
  [[ -s "$OUT/python.models" ]] || die "found no models in the Python SDK's models/__init__.py"
  check_model_names python "$OUT/python.models"
}

main() {
  ensure_venv "$REPO_ROOT/tools/requirements-codegen.txt"
  ensure_venv "$REPO_ROOT/tools/requirements.txt" # PyYAML, to read the contract
  local langs=("$@")
  ((${#langs[@]})) || langs=(typescript python)
  local lang
  for lang in "${langs[@]}"; do
    case "$lang" in
      typescript | python) "sdk_$lang" ;;
      *) die "unknown SDK language '$lang' (typescript, python)" ;;
    esac
  done
}

main "$@"
