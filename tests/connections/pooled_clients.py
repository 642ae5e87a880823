"""A partner's pooled client against the live service: 1,000 mixed refused and accepted requests
over a small keep-alive pool (Python requests, which never resends a POST a closed connection ate),
then a raw socket that sends a body late after its head. Zero connection errors allowed.

    OMS_URL=http://127.0.0.1:8080 OMS_TOKEN=<admin> OMS_NOBODY_TOKEN=<no role> python pooled_clients.py
"""

import os
import socket
import sys
import threading
import time
import urllib.parse

import requests
from requests.adapters import HTTPAdapter

URL = os.environ["OMS_URL"].rstrip("/")
ADMIN = {"Authorization": f"Bearer {os.environ['OMS_TOKEN']}"}
NOBODY = {"Authorization": f"Bearer {os.environ['OMS_NOBODY_TOKEN']}"}
JSON = {"Content-Type": "application/json"}
PATCH = {"Content-Type": "application/merge-patch+json"}
ACCOUNT = b'{"name":"Initech","country":"DE"}'
TOTAL = int(os.environ.get("POOLED_REQUESTS", "1000"))


def session() -> requests.Session:
    pooled = requests.Session()
    adapter = HTTPAdapter(pool_connections=1, pool_maxsize=2, max_retries=0)
    pooled.mount("http://", adapter)
    return pooled


def main() -> int:
    pooled = session()
    created = pooled.post(f"{URL}/v1/accounts", data=ACCOUNT, headers={**JSON, **ADMIN}, timeout=10)
    assert created.status_code == 201, created.text
    account = created.json()["id"]
    mix = [
        ("POST", "/v1/accounts", JSON, ACCOUNT, 401),  # no token: refused before the body
        ("POST", "/v1/accounts", {**JSON, **NOBODY}, ACCOUNT, 403),  # no role
        ("PATCH", f"/v1/accounts/{account}", {**PATCH, **ADMIN}, b'{"name":"Initrode"}', 428),  # no If-Match
        ("POST", "/v1/accounts", {**JSON, **ADMIN}, b" " * 1_100_000, 413),  # over the 1 MiB limit
        ("POST", "/v1/nothing-here", JSON, ACCOUNT, 404),
        ("GET", f"/v1/accounts/{account}", ADMIN, None, 200),
        ("POST", "/v1/accounts", {**JSON, **ADMIN}, ACCOUNT, 201),
    ]
    failures: list[str] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def worker(offset: int) -> None:
        for index in range(offset, TOTAL, 2):
            method, path, headers, body, expected = mix[index % len(mix)]
            try:
                answer = pooled.request(method, f"{URL}{path}", data=body, headers=headers, timeout=10)
                status = answer.status_code
            except requests.exceptions.ConnectionError as error:
                with lock:
                    failures.append(f"{method} {path}: connection error {error}")
                continue
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status != expected:
                    failures.append(f"{method} {path}: {status}, expected {expected}")

    threads = [threading.Thread(target=worker, args=(offset,)) for offset in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"requests Session, pool of 2: {TOTAL} requests, statuses {dict(sorted(statuses.items()))}, "
          f"{sum('connection error' in f for f in failures)} connection errors")
    failures += late_body_keeps_the_connection()
    for failure in failures[:20]:
        print("FAIL", failure)
    return 1 if failures else 0


def late_body_keeps_the_connection() -> list[str]:
    """Head, 0.3 s of silence, then the body: the 401 comes, and the next request on the same
    socket is answered."""
    parsed = urllib.parse.urlparse(URL)
    failures = []
    for round_ in range(5):
        with socket.create_connection((parsed.hostname, parsed.port), timeout=10) as raw:
            raw.sendall(b"POST /v1/accounts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                        b"Content-Length: %d\r\n\r\n" % len(ACCOUNT))
            time.sleep(0.3)
            try:
                raw.sendall(ACCOUNT)
                first = read_response(raw)
                raw.sendall(b"GET /v1/health/live HTTP/1.1\r\nHost: test\r\n\r\n")
                second = read_response(raw)
            except OSError as error:
                failures.append(f"late body, round {round_}: {error!r}")
                continue
            if (first, second) != (401, 200):
                failures.append(f"late body, round {round_}: answers {first}, {second}")
    print(f"raw socket, body 0.3 s after the head: 5 rounds, {len(failures)} failures")
    return failures


def read_response(raw: socket.socket) -> int:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = raw.recv(65536)
        if not chunk:
            raise ConnectionError("closed before an answer")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = raw.recv(65536)
        if not chunk:
            raise ConnectionError("closed in the middle of a body")
        rest += chunk
    return int(lines[0].split(" ")[1])


if __name__ == "__main__":
    sys.exit(main())
