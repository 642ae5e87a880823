"""Webhook figures on this machine (bench/webhooks.sh runs it against a release build).

1. The cost of the outbox and of deliveries on a write: POST /v1/opportunities p50/p99, at a fixed
   concurrency, with no subscription, then with SUBSCRIPTIONS subscriptions to a local receiver whose
   deliveries run meanwhile (the dispatcher shares the CPUs and the database with the writes).
2. Events delivered per second: every event of part 1 fanned out to every subscription, from the first
   delivery to the last, as a local receiver (http.server, answering 204) counts them.
Environment: OMS_URL, OMS_TOKEN, WRITES (per phase, default 600), CONCURRENCY (default 4),
SUBSCRIPTIONS (default 4).
"""

import json
import os
import statistics
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

URL = os.environ["OMS_URL"]
TOKEN = os.environ["OMS_TOKEN"]
WRITES = int(os.environ.get("WRITES", "600"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "4"))
SUBSCRIPTIONS = int(os.environ.get("SUBSCRIPTIONS", "4"))

received = []
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", "0")))
        with lock:
            received.append((time.monotonic(), self.headers["webhook-id"]))
        self.send_response(204)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(URL + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {TOKEN}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read() or b"null")


def writes(account_id, count):
    def one(index):
        started = time.perf_counter()
        call("POST", "/v1/opportunities", {"name": f"Deal {index}", "account_id": account_id,
                                           "amount": "125000.00", "currency": "EUR"})
        return (time.perf_counter() - started) * 1000
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        latencies = sorted(pool.map(one, range(count)))
    return latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99) - 1]


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    account = call("POST", "/v1/accounts", {"name": "Bench"})["id"]
    writes(account, 50)  # warm-up
    without = writes(account, WRITES)
    for _ in range(SUBSCRIPTIONS):
        call("POST", "/v1/webhook-subscriptions", {"url": hook, "event_types": ["opportunity.created"]})
    with_subscriptions = writes(account, WRITES)
    expected = WRITES * SUBSCRIPTIONS
    deadline = time.monotonic() + 600
    while len(received) < expected and time.monotonic() < deadline:
        time.sleep(0.2)
    with lock:
        times = [at for at, _ in received]
        distinct = len({(at, event) for at, event in received})
    span = max(times) - min(times) if len(times) > 1 else float("nan")
    print(f"| POST /v1/opportunities, no subscription | {WRITES} writes, {CONCURRENCY} at a time | "
          f"p50 {without[0]:.1f} ms, p99 {without[1]:.1f} ms |")
    print(f"| POST /v1/opportunities, {SUBSCRIPTIONS} subscriptions delivering | {WRITES} writes, "
          f"{CONCURRENCY} at a time | p50 {with_subscriptions[0]:.1f} ms, p99 {with_subscriptions[1]:.1f} ms |")
    print(f"| Deliveries to a local receiver | {len(received)} of {expected} ({distinct} distinct), "
          f"{SUBSCRIPTIONS} subscriptions | {len(received) / span:.0f} events/s |")


if __name__ == "__main__":
    main()
