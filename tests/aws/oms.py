"""Helpers shared by the AWS-side tests (tests/aws/*.py), run by tests/run.sh with tools/.venv's Python.

Tokens come from one function, bearer_token(), so that the tests can switch from the development
issuer to Cognito-shaped tokens without touching a test.
"""

import json
import os
import subprocess
import urllib.error
import urllib.request


COGNITO_USERS = {"admin": "admin", "sales-manager": "manager-a"}


def bearer_token(role: str, sub: str) -> str:
    """An access token for `role` (admin, sales-manager) that the service under test accepts.

    With COGNITO_JSON (what tests/security/cognito.py printed): the access token of the moto
    Cognito pool's user in that role; `sub` is then the pool's, not the one asked for. A service
    in production mode (the Lambda counts as production) accepts nothing else. Without it: the
    development issuer of the data directory the service was started with
    (OMS_SERVICE_BIN --data-dir OMS_DATA_DIR token ...).
    """
    if os.environ.get("COGNITO_JSON"):
        with open(os.environ["COGNITO_JSON"], encoding="utf-8") as file:
            return json.load(file)["users"][COGNITO_USERS[role]]["access"]
    return subprocess.run(
        [os.environ["OMS_SERVICE_BIN"], "--data-dir", os.environ["OMS_DATA_DIR"], "token",
         "--role", role, "--sub", sub, "--ttl", "3600"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()


def http(method: str, url: str, *, body=None, headers=None):
    """(status, headers, parsed JSON body or None) of one HTTP request; never raises on a status."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, response_headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, response_headers, raw = error.code, error.headers, error.read()
    return status, response_headers, (json.loads(raw) if raw else None)


class Checks:
    """Collects failed expectations, so one run reports all of them, then fails."""

    def __init__(self):
        self.passed = 0
        self.failures = []

    def expect(self, condition: bool, what: str):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print(f"FAIL: {what}", flush=True)

    def equal(self, actual, expected, what: str):
        self.expect(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")

    def finish(self) -> int:
        print(f"{self.passed} passed, {len(self.failures)} failed", flush=True)
        return 1 if self.failures else 0
