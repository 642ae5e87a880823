# shellcheck shell=bash
# Helpers shared by the test scripts. Source it; it defines functions and REPO_ROOT, nothing runs.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Repository root: two levels above this file (tests/lib/common.sh), independent of the caller's cwd.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

# Python tools live here (codegen.sh installs its generator into the same venv); override for experiments.
TOOLS_VENV="${TOOLS_VENV:-$REPO_ROOT/tools/.venv}"

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
  log "error: $*"
  exit 1
}

# require_cmd CMD [HINT]: fail with a clear message when a prerequisite is not on PATH.
require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH${2:+ ($2)}"
}

# sha256 of a file, hex only.
file_hash() {
  sha256sum "$1" | cut -d' ' -f1
}

# path_prepend DIR: put DIR first on PATH once.
path_prepend() {
  case ":$PATH:" in
    *":$1:"*) ;;
    *) export PATH="$1:$PATH" ;;
  esac
}

# with_install_lock LOCKFILE COMMAND...: run COMMAND holding an exclusive lock on LOCKFILE, so that two
# installs into the same place (a stage and tests/run.sh's background prefetch, say) take turns; the
# second then finds the first one's stamp and installs nothing. COMMAND runs in a subshell.
with_install_lock() {
  local lockfile="$1"
  shift
  mkdir -p "$(dirname "$lockfile")"
  (
    flock 9 || die "could not lock $lockfile"
    "$@"
  ) 9>"$lockfile"
}

# ensure_venv [REQUIREMENTS_FILE]: make TOOLS_VENV exist and hold the pinned tools, then put its bin/ on PATH.
# pip runs only when the requirements file's hash differs from the stamp left by the last successful install,
# so repeated runs cost nothing. Several requirement files can share the venv: each has its own stamp.
ensure_venv() {
  local requirements="${1:-$REPO_ROOT/tools/requirements.txt}"
  [[ -f "$requirements" ]] || die "requirements file missing: $requirements"
  require_cmd python3 "install Python 3.11 with venv"
  with_install_lock "$TOOLS_VENV.install-lock" install_venv "$requirements"
  path_prepend "$TOOLS_VENV/bin"
}

install_venv() {
  local requirements="$1"
  if ! "$TOOLS_VENV/bin/python" -c '' >/dev/null 2>&1; then
    log "creating Python venv $TOOLS_VENV"
    rm -rf "$TOOLS_VENV"
    python3 -m venv "$TOOLS_VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  fi

  local stamp want
  stamp="$TOOLS_VENV/.stamp-$(basename "$requirements").sha256"
  want="$(file_hash "$requirements")"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    log "installing Python tools from ${requirements#"$REPO_ROOT"/}"
    "$TOOLS_VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" \
      || die "pip install -r $requirements failed"
    printf '%s\n' "$want" >"$stamp"
  fi
}

# ensure_node_tools [DIR]: npm ci in DIR (default tools/; tools/consumers holds the SDK, docs and
# breaking-change tools) when its package-lock.json changed since the last install, then put
# DIR/node_modules/.bin on PATH.
ensure_node_tools() {
  local tools="${1:-$REPO_ROOT/tools}"
  [[ -f "$tools/package-lock.json" ]] || die "missing $tools/package-lock.json"
  require_cmd npm "install Node.js 20 and npm"
  with_install_lock "$tools/node_modules.install-lock" install_node_tools "$tools"
  path_prepend "$tools/node_modules/.bin"
}

install_node_tools() {
  local tools="$1" stamp want
  stamp="$tools/node_modules/.stamp-package-lock.sha256"
  want="$(file_hash "$tools/package-lock.json")"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    log "installing Node tools (npm ci in ${tools#"$REPO_ROOT"/})"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in $tools failed"
    printf '%s\n' "$want" >"$stamp"
  fi
}

# ensure_cfn_guard: put the pinned cfn-guard (crates.io; no registry we reach ships a binary of it) in
# tools/.cargo/bin, built once by cargo install, and export CFN_GUARD with its path. Built at opt-level 1:
# at cargo install's 3 its one big crate takes minutes on one core, and it only ever reads one template.
CFN_GUARD_VERSION=3.2.1
ensure_cfn_guard() {
  local root="$REPO_ROOT/tools/.cargo"
  with_install_lock "$root.install-lock" install_cfn_guard "$root"
  export CFN_GUARD="$root/bin/cfn-guard"
}

install_cfn_guard() {
  local root="$1"
  if [[ "$("$root/bin/cfn-guard" --version 2>/dev/null)" != *" $CFN_GUARD_VERSION" ]]; then
    require_cmd cargo
    log "installing cfn-guard $CFN_GUARD_VERSION with cargo install (once; a few minutes on 2 cores)"
    CARGO_INCREMENTAL=0 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install cfn-guard --version "$CFN_GUARD_VERSION" --locked --root "$root" --quiet \
      || die "cargo install cfn-guard $CFN_GUARD_VERSION failed"
  fi
}

# ensure_apt_command CMD PACKAGE: make CMD available, installing the Debian PACKAGE when it is missing.
# Installs take turns (one lock for the machine's dpkg), and wait for another apt-get holding dpkg's lock.
ensure_apt_command() {
  command -v "$1" >/dev/null 2>&1 && return 0
  ((EUID == 0)) || die "'$1' is missing: apt-get install $2 (as root)"
  with_install_lock /tmp/opportunity-service-apt.install-lock install_apt_package "$1" "$2"
  require_cmd "$1"
}

install_apt_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  local -a apt=(apt-get -o DPkg::Lock::Timeout=300 -y -qq)
  log "installing $2 (apt-get)"
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$2" >/dev/null \
    || { "${apt[@]}" update && DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$2" >/dev/null; } \
    || die "apt-get install $2 failed"
}

# free_port: print a TCP port on 127.0.0.1 that the kernel reports free right now.
free_port() {
  python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# wait_for_http URL [TIMEOUT_SECONDS]: wait until URL answers with any HTTP status (the server is up and
# speaking HTTP); fail after TIMEOUT_SECONDS (default 30).
wait_for_http() {
  local url="$1" timeout="${2:-30}"
  local deadline=$((SECONDS + timeout))
  until python3 - "$url" <<'EOF'
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass  # any status means the server is answering
except Exception:
    sys.exit(1)
EOF
  do
    ((SECONDS < deadline)) || {
      log "no HTTP answer from $url after ${timeout}s"
      return 1
    }
    sleep 0.2
  done
}

# Logs of servers the tests start; kept after the run for reading (git-ignored).
ARTIFACTS_DIR="$REPO_ROOT/tests/artifacts"

# start_background NAME CMD...: start a long-running server in its own process group, logging to
# $ARTIFACTS_DIR/NAME.log, and remember its pid in $RUN_DIR so stop_backgrounds (tests/run.sh's exit trap)
# can stop it.
start_background() {
  local name="$1"
  shift
  : "${RUN_DIR:?start_background needs RUN_DIR (set by tests/run.sh)}"
  mkdir -p "$ARTIFACTS_DIR"
  setsid "$@" >"$ARTIFACTS_DIR/$name.log" 2>&1 </dev/null &
  echo "$!" >"$RUN_DIR/$name.pid"
  log "started $name (pid $!, log ${ARTIFACTS_DIR#"$REPO_ROOT"/}/$name.log)"
}

# stop_backgrounds [NAME...]: stop the named servers start_background started (all of those recorded in
# $RUN_DIR when no name is given), all at once: TERM to each, then one shared 10 s for all of them to exit,
# then KILL for any still there.
stop_backgrounds() {
  [[ -n "${RUN_DIR:-}" ]] || return 0
  local pidfile pid deadline=$((SECONDS + 10)) pidfiles=() pids=()
  if (($# == 0)); then
    pidfiles=("$RUN_DIR"/*.pid)
  else
    for pid in "$@"; do pidfiles+=("$RUN_DIR/$pid.pid"); done
  fi
  for pidfile in "${pidfiles[@]}"; do
    [[ -f "$pidfile" ]] || continue
    pid="$(cat "$pidfile")"
    rm -f "$pidfile"
    kill -0 "$pid" 2>/dev/null || continue
    log "stopping $(basename "$pidfile" .pid) (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    pids+=("$pid")
  done
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
}

# stop_background NAME: stop one server start_background started; a stage calls it to free what it no
# longer needs before the run ends.
stop_background() {
  : "${RUN_DIR:?}"
  stop_backgrounds "$1"
}
