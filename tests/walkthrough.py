#!/usr/bin/env python3
"""Runs the README's walkthrough as written against a live service (tests/run.sh stage walkthrough).

    URL=http://127.0.0.1:PORT/v1 OMS_BIN=target/debug/opportunity-service OMS_DATA=DATA_DIR \
        python3 tests/walkthrough.py [README.md]

The walkthrough is every ```bash block that follows a line starting with `<!-- walkthrough` (or
`<!-- $WALKTHROUGH_MARKER`: the partners' walkthrough is `partner-walkthrough`). Its text
is run unchanged by `bash -e`, so a failing command (curl unable to connect, jq given no JSON) fails.
Two things differ from a reader's terminal, both outside the text:
- `URL` comes from the environment (the block says `URL=${URL:-http://127.0.0.1:8080/v1}`), so the
  test's service on a free port is used instead of `cargo run`'s 8080;
- `cargo` is a shell function (defined through BASH_ENV, before the block runs) that answers
  `cargo run -q -- ARGS` by running the service binary the stage built with `--data-dir` of the test's
  service: what `cargo run -q --` does in a checkout (the binary with the default `.data`), without
  compiling again, and with the test service's data directory, since a token belongs to the data
  directory that minted it. Any other cargo command fails.

Each `api ...` command carries its expected answer in its trailing comment (`# 201 ETag "1"`, `# 412`);
every `api` line must have one. The `api` function prints `HTTP <status> ETag: <etag>` per request; the
printed statuses (and ETags, where the comment names one) must be the expected ones, in order.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SHIM = r'''
# tests/walkthrough.py: `cargo run -q -- ARGS` as in a checkout, with the test service's binary and data.
cargo() {
  if [[ "${1:-} ${2:-} ${3:-}" != "run -q --" ]]; then
    echo "walkthrough shim: only 'cargo run -q -- ...' is provided, not: cargo $*" >&2
    return 2
  fi
  shift 3
  "$OMS_BIN" --data-dir "$OMS_DATA" "$@"
}
'''


def blocks(readme: str) -> list[str]:
    """The ```bash blocks marked by a preceding `<!-- walkthrough` line."""
    marker = re.escape(os.environ.get("WALKTHROUGH_MARKER", "walkthrough"))
    found = re.findall(rf"^<!-- {marker}[^\n]*-->\n```bash\n(.*?)^```$", readme, flags=re.S | re.M)
    if not found:
        raise SystemExit("README.md has no walkthrough block (a ```bash block after <!-- walkthrough -->)")
    return found


def expectations(script: str) -> list[tuple[int, str | None, str]]:
    """(status, ETag or None, command) of each `api` command, from its trailing comment."""
    logical = re.sub(r"\\\n", " ", script)  # continuation lines
    wanted = []
    pending = ""
    for line in logical.split("\n"):
        # A command may also span lines inside a double-quoted string: join until quotes balance.
        pending = f"{pending}\n{line}" if pending else line
        if _open_quotes(pending):
            continue
        command, pending = pending, ""
        if not re.match(r"^\s*api\s", command):
            continue
        match = re.search(r"#\s*(\d{3})\b(?:\s+ETag\s+(\"[^\"]*\"))?", command.rsplit("\n", 1)[-1])
        if not match:
            raise SystemExit(f"walkthrough: this api command has no expected status in its comment:\n{command}")
        wanted.append((int(match.group(1)), match.group(2), command.strip().split("\n")[0][:90]))
    return wanted


def _open_quotes(text: str) -> bool:
    """Whether a double-quoted string is still open at the end of text (outside comments, escapes)."""
    inside_double = inside_single = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and not inside_single:
            i += 2
            continue
        if char == "#" and not inside_double and not inside_single:
            newline = text.find("\n", i)
            if newline < 0:
                break
            i = newline
            continue
        if char == '"' and not inside_single:
            inside_double = not inside_double
        elif char == "'" and not inside_double:
            inside_single = not inside_single
        i += 1
    return inside_double or inside_single


def main() -> int:
    readme_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO_ROOT, "README.md")
    with open(readme_path, encoding="utf-8") as f:
        script = "\n".join(blocks(f.read()))
    wanted = expectations(script)
    for name in ("URL", "OMS_BIN", "OMS_DATA"):
        if not os.environ.get(name):
            raise SystemExit(f"walkthrough: {name} is not set")
    with tempfile.TemporaryDirectory() as work:
        shim = os.path.join(work, "cargo-shim.sh")
        with open(shim, "w", encoding="utf-8") as f:
            f.write(SHIM)
        walkthrough = os.path.join(work, "walkthrough.sh")
        with open(walkthrough, "w", encoding="utf-8") as f:
            f.write(script)
        print(f"walkthrough: {len(wanted)} requests, run by bash -e against {os.environ['URL']}", flush=True)
        ran = subprocess.run(["bash", "-e", walkthrough], env={**os.environ, "BASH_ENV": shim},
                             cwd=work, capture_output=True, text=True, timeout=300)
    print(ran.stdout, end="")
    print(ran.stderr, end="", file=sys.stderr)
    if ran.returncode != 0:
        print(f"walkthrough: a command failed (bash exited {ran.returncode}; its output is above)")
        return 1
    got = re.findall(r"^HTTP (\d{3}) ETag: (.*)$", ran.stdout, flags=re.M)
    problems = []
    if len(got) != len(wanted):
        problems.append(f"{len(wanted)} api commands in the README, {len(got)} answers printed")
    for (status, etag, command), (got_status, got_etag) in zip(wanted, got):
        if int(got_status) != status or (etag is not None and got_etag != etag):
            expected = f"{status}" + (f" ETag {etag}" if etag else "")
            problems.append(f"{command}: expected {expected}, got {got_status} ETag {got_etag}")
    if problems:
        print("walkthrough: the README says otherwise than the service answers:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"walkthrough: all {len(wanted)} answers as the README says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
