#!/usr/bin/env bash
# Regenerates generated/ (the `opportunity-api` crate, Rust path `opportunity_api`) from the OpenAPI
# contract with openapi-generator `rust-server`, pinned in tools/requirements-codegen.txt.
#
#   ./codegen.sh            replace generated/ wholesale with fresh output
#   ./codegen.sh --check    generate into a temp dir and compare with generated/ (never modifies it)
#
# Environment: SPEC=path/to/openapi.yaml (default api/openapi.yaml, relative to this script's dir).
# Inputs: codegen/config.yaml (additional properties), codegen/.openapi-generator-ignore (what to
# leave out), codegen/templates/ (only templates we changed; passed with -t). The generator reads the
# contract without the response headers the edge sets (codegen/strip-edge-headers.py says why).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly ROOT
cd "$ROOT"

readonly SPEC="${SPEC:-api/openapi.yaml}"
readonly OUT_DIR="generated"
readonly CONFIG="codegen/config.yaml"
readonly IGNORE_FILE="codegen/.openapi-generator-ignore"
readonly TEMPLATES="codegen/templates"
readonly VENV="tools/.venv"
readonly REQUIREMENTS="tools/requirements-codegen.txt"
readonly CLI="$VENV/bin/openapi-generator-cli"
readonly MIN_JAVA=11

TMP_ROOT=""
STAGING=""

cleanup() {
  if [[ -n $TMP_ROOT ]]; then rm -rf -- "$TMP_ROOT"; fi
  if [[ -n $STAGING ]]; then rm -rf -- "$STAGING"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { echo "codegen.sh: $*" >&2; }
die() {
  echo "codegen.sh: error: $*" >&2
  exit 1
}

usage() {
  cat <<EOF
Usage: ./codegen.sh [--check]
  (no args)  regenerate $OUT_DIR/ from \$SPEC (default api/openapi.yaml)
  --check    regenerate into a temp dir and compare with $OUT_DIR/; exit 1 naming each difference
EOF
}

require_cmd() {
  local cmd=$1 hint=$2
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' not found on PATH: $hint"
}

check_java() {
  require_cmd java "openapi-generator needs a Java $MIN_JAVA+ runtime (e.g. apt-get install openjdk-17-jre-headless)"
  local major
  major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  [[ -n $major && $major -ge $MIN_JAVA ]] ||
    die "openapi-generator needs Java $MIN_JAVA+, found: $(java -version 2>&1 | head -n 1)"
}

check_prereqs() {
  check_java
  require_cmd python3 "needed to create $VENV (apt-get install python3 python3-venv)"
  require_cmd rustfmt "needed to format generated code (rustup component add rustfmt)"
  require_cmd diff "apt-get install diffutils"
  [[ -f $SPEC ]] || die "spec not found: $SPEC (set SPEC=... to use another file)"
  [[ -f $REQUIREMENTS ]] || die "missing $REQUIREMENTS"
}

pinned_version() {
  local version
  version="$(sed -n 's/^openapi-generator-cli==\([^[:space:]]*\).*/\1/p' "$REQUIREMENTS")"
  [[ -n $version ]] || die "$REQUIREMENTS must pin openapi-generator-cli==<version>"
  echo "$version"
}

installed_version() {
  if [[ -x $CLI ]]; then "$CLI" version 2>/dev/null | tail -n 1 || true; fi
}

# tools/.venv is shared with other scripts (tests/lib/common.sh's ensure_venv, which may be installing
# into it from tests/run.sh's prefetch): hold its install lock while creating it or installing into it.
ensure_generator() {
  mkdir -p "$(dirname "$VENV")"
  {
    flock 9 || die "could not lock $VENV.install-lock"
    install_generator
  } 9>"$VENV.install-lock"
}

# Create the venv if missing, and only (re)install the pinned generator when it is absent or reports
# another version (or PyYAML, which codegen/strip-edge-headers.py reads the contract with, is missing).
install_generator() {
  local want
  want="$(pinned_version)"
  if [[ ! -x $VENV/bin/python ]]; then
    log "creating $VENV"
    python3 -m venv "$VENV" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
  fi
  if [[ "$(installed_version)" == "$want" ]] && "$VENV/bin/python" -c 'import yaml' 2>/dev/null; then return 0; fi
  log "installing openapi-generator-cli==$want into $VENV"
  local -a pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
  "${pip[@]}" -r "$REQUIREMENTS"
  if [[ "$(installed_version)" != "$want" ]]; then
    # pip thinks the pin is satisfied but the entry point disagrees (a damaged install).
    "${pip[@]}" --force-reinstall --no-deps -r "$REQUIREMENTS"
  fi
  [[ "$(installed_version)" == "$want" ]] ||
    die "$CLI reports '$(installed_version)', expected $want"
}

# Format with rustfmt so output is stable; use the repo's rustfmt.toml if one appears, so that
# `cargo fmt --check` over the workspace agrees with what this script writes.
format_rust() {
  local dir=$1
  local -a args=(--edition 2021)
  if [[ -f rustfmt.toml || -f .rustfmt.toml ]]; then args+=(--config-path "$ROOT"); fi
  find "$dir" -name '*.rs' -type f -print0 | sort -z | xargs -0 -r rustfmt "${args[@]}"
}

# generate_into DIR: DIR must not exist yet.
generate_into() {
  local dir=$1 gen_log="$TMP_ROOT/generator.log"
  mkdir -p "$dir"
  # The generator reads .openapi-generator-ignore from the output dir (--ignore-file-override
  # had no effect in 7.26.0), so seed it there and remove it afterwards.
  cp "$IGNORE_FILE" "$dir/.openapi-generator-ignore"
  local spec="$TMP_ROOT/openapi.json"
  "$VENV/bin/python" codegen/strip-edge-headers.py "$SPEC" "$spec" || die "codegen/strip-edge-headers.py failed"
  local -a args=(generate -g rust-server -i "$spec" -o "$dir" -c "$CONFIG")
  if compgen -G "$TEMPLATES/*.mustache" >/dev/null; then args+=(-t "$TEMPLATES"); fi
  if ! "$CLI" "${args[@]}" >"$gen_log" 2>&1; then
    cat "$gen_log" >&2
    die "openapi-generator failed (log above)"
  fi
  # Surface generator warnings once each (it repeats them per operation).
  grep -E '^\[[^]]*\] (WARN|ERROR)' "$gen_log" | LC_ALL=C sort -u >&2 || true
  rm -f "$dir/.openapi-generator-ignore"
  format_rust "$dir"
}

replace_output() {
  local fresh=$1
  # Stage next to generated/ so the final swap is a rename on the same filesystem.
  STAGING="$(mktemp -d "$ROOT/.generated.tmp.XXXXXX")"
  cp -R "$fresh/." "$STAGING/"
  chmod "$(umask -S)" "$STAGING"
  rm -rf -- "$OUT_DIR"
  mv "$STAGING" "$OUT_DIR"
  STAGING=""
  log "regenerated $OUT_DIR/ from $SPEC"
}

compare_output() {
  local fresh=$1 report="$TMP_ROOT/diff.txt"
  [[ -d $OUT_DIR ]] || die "$OUT_DIR/ does not exist; run ./codegen.sh"
  if LC_ALL=C diff -rq "$OUT_DIR" "$fresh" >"$report"; then
    echo "$OUT_DIR/ is up to date"
    return 0
  fi
  echo "$OUT_DIR/ is out of date with $SPEC (run ./codegen.sh):" >&2
  local line path
  while IFS= read -r line; do
    case $line in
      "Files $OUT_DIR/"*" differ")
        path="${line#Files }"
        echo "  differs: ${path%% and *}" >&2
        ;;
      "Only in $OUT_DIR"*)
        path="${line#Only in }"
        echo "  extra (no longer generated): ${path%%: *}/${path#*: }" >&2
        ;;
      "Only in $fresh"*)
        path="${line#Only in "$fresh"}"
        path="${path%%: *}/${line##*: }"
        echo "  missing: $OUT_DIR${path}" >&2
        ;;
      *) echo "  $line" >&2 ;;
    esac
  done <"$report"
  return 1
}

main() {
  local mode=generate
  case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    -h | --help)
      usage
      return 0
      ;;
    *)
      usage >&2
      die "unknown argument: $1"
      ;;
  esac
  [[ $# -le 1 ]] || die "too many arguments"

  check_prereqs
  ensure_generator
  TMP_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/codegen.XXXXXX")"
  generate_into "$TMP_ROOT/out"
  if [[ $mode == check ]]; then
    compare_output "$TMP_ROOT/out"
  else
    replace_output "$TMP_ROOT/out"
  fi
}

main "$@"
