"""Webhooks end to end against the real binary (tests/run.sh stage `webhooks`).

A receiver (the standard library's http.server) verifies every delivery with the PyPI
`standardwebhooks` package, an implementation independent of ours. The scenario: a change is
delivered and verifies (a tampered body does not); after a secret rotation deliveries verify with
the old and the new secret; the service killed (SIGKILL) while a receiver is still answering, then
restarted: the event is delivered after the dead dispatcher's lease runs out, nothing lost; an
erased contact's personal values appear in no delivery. Environment: OMS_BIN, WORK_DIR.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

BIN = os.environ["OMS_BIN"]
WORK = os.environ["WORK_DIR"]
DATA = os.path.join(WORK, "webhooks-data")
TIMEOUT_MS = 2000  # the receiver timeout; a claim's lease is 20 s longer


class Receiver:
    def __init__(self):
        self.lock = threading.Lock()
        self.received = []  # (headers, body)
        self.pause = 0.0
        self.started = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                receiver.started.set()
                if receiver.pause:
                    time.sleep(receiver.pause)
                with receiver.lock:
                    receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def deliveries(self):
        with self.lock:
            return list(self.received)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Service:
    def __init__(self):
        self.port = free_port()
        self.token = subprocess.check_output(
            [BIN, "--data-dir", DATA, "token", "--role", "admin", "--sub", "webhooks", "--ttl", "3600"],
            text=True).strip()
        self.process = None
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self):
        log = open(os.path.join(WORK, "webhooks-server.log"), "a")
        self.process = subprocess.Popen(
            [BIN, "--bind", f"127.0.0.1:{self.port}", "--data-dir", DATA, "--log-format", "json",
             "--webhook-allow-loopback-http", "--webhook-retry-base-ms", "200",
             "--webhook-timeout-ms", str(TIMEOUT_MS)],
            stdout=log, stderr=log)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/v1/health/ready", timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        sys.exit("the service did not become ready")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def call(self, method, path, body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        with urllib.request.urlopen(request, timeout=10) as answer:
            text = answer.read()
            return answer.status, dict(answer.headers), json.loads(text) if text else None


def wait_for(what, check, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    sys.exit(f"FAIL: {what} not within {seconds} s")


def verified_ids(receiver, *secrets):
    """The webhook-ids of the deliveries standardwebhooks verifies with one of secrets."""
    ids = []
    for headers, body in receiver.deliveries():
        for secret in secrets:
            try:
                Webhook(secret).verify(body, headers)
                ids.append(headers["webhook-id"])
                break
            except WebhookVerificationError:
                pass
    return ids


def main():
    receiver = Receiver()
    service = Service()
    service.start()
    try:
        _, _, created = service.call("POST", "/v1/webhook-subscriptions", {"url": receiver.url})
        secret = created["secret"]
        subscription = created["subscription"]["id"]
        service.call("POST", "/v1/accounts", {"name": "Globex"})
        wait_for("a delivery", lambda: receiver.deliveries())
        headers, body = receiver.deliveries()[0]
        payload = Webhook(secret).verify(body, headers)
        assert payload["type"] == "account.created", payload
        try:
            Webhook(secret).verify(body.replace(b"Globex", b"Initech").replace(b"created", b"deleted"), headers)
            sys.exit("FAIL: a tampered body verified")
        except WebhookVerificationError:
            pass
        print("ok   a delivery verifies with standardwebhooks; a tampered one does not")

        _, _, rotated = service.call("POST", f"/v1/webhook-subscriptions/{subscription}/rotate-secret")
        new_secret = rotated["secret"]
        service.call("POST", "/v1/accounts", {"name": "Initech"})
        wait_for("a second delivery", lambda: len(receiver.deliveries()) >= 2)
        last = receiver.deliveries()[-1]
        Webhook(secret).verify(last[1], last[0])
        Webhook(new_secret).verify(last[1], last[0])
        print("ok   after rotation a delivery verifies with the old and the new secret")

        # Killed mid-delivery: the receiver holds the request; the service dies; it restarts.
        receiver.pause = TIMEOUT_MS / 1000 * 0.8
        receiver.started.clear()
        before = len(receiver.deliveries())
        service.call("POST", "/v1/accounts", {"name": "Umbrella"})
        wait_for("the delivery in flight", receiver.started.is_set)
        service.kill()
        receiver.pause = 0
        service.start()
        _, _, feed = service.call("GET", "/v1/events?limit=200")
        event_ids = [event["id"] for event in feed["data"]]
        wait_for("every event delivered after the restart",
                 lambda: set(event_ids) <= set(verified_ids(receiver, secret, new_secret)), seconds=60)
        # The attempt the dead service made has no recorded outcome: the restarted one sends it again
        # once the claim's lease has run out, and logs it delivered.
        def all_logged_delivered():
            _, _, log = service.call("GET", f"/v1/webhook-subscriptions/{subscription}/deliveries?limit=200")
            return log["data"] and all(entry["status"] == "delivered" for entry in log["data"])
        wait_for("the restarted service logs every delivery delivered", all_logged_delivered, seconds=90)
        print(f"ok   killed mid-delivery and restarted: all {len(event_ids)} events delivered and logged "
              f"({len(receiver.deliveries()) - before} requests since the kill, the receiver deduplicates)")

        # Erasure: no personal value in any delivery.
        _, _, account = service.call("POST", "/v1/accounts", {"name": "Stark"})
        _, _, contact = service.call("POST", "/v1/contacts", {
            "account_id": account["id"], "first_name": "Wilhelmina", "last_name": "Quackenbush",
            "email": "wilhelmina@stark.example", "lawful_basis": "legitimate_interests"})
        service.call("POST", f"/v1/gdpr/contacts/{contact['id']}/erasure", {"reason": "DSR-7"})
        _, _, feed = service.call("GET", "/v1/events?limit=200")
        event_ids = [event["id"] for event in feed["data"]]
        wait_for("the erasure delivered", lambda: set(event_ids) <= set(verified_ids(receiver, secret, new_secret)),
                 seconds=60)
        for _, body in receiver.deliveries():
            for personal in (b"Wilhelmina", b"Quackenbush", b"stark.example"):
                assert personal not in body, (personal, body)
        assert any(b"contact.erased" in body for _, body in receiver.deliveries())
        print("ok   erasure: a contact.erased event, and no personal value in any delivery")
    finally:
        service.stop()
        receiver.server.shutdown()


if __name__ == "__main__":
    main()
