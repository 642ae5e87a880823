"""One request at a time against the service, counting the statements PostgreSQL logged for each
(bench/roundtrips.sh starts both). Standard library only."""

import json
import os
import sys
import time
import urllib.request
import uuid

URL, TOKEN, PG_LOG = os.environ["OMS_URL"], os.environ["OMS_TOKEN"], os.environ["PG_LOG"]
BACKGROUND = ("opportunity_report_compact", "webhook_", "change_events ORDER BY", "retention")


def call(method, path, body=None, headers=None):
    sent = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    sent.update(headers or {})
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(URL + path, method=method, data=data, headers=sent)
    with urllib.request.urlopen(request) as answer:
        etag = answer.headers.get("ETag")
        return json.loads(answer.read() or b"null"), etag


def counted(label, request, rows, show):
    time.sleep(1.2)  # past the background fold, which runs every second
    with open(PG_LOG) as log:
        log.seek(0, os.SEEK_END)
        start = log.tell()
    result = request()
    time.sleep(0.3)
    with open(PG_LOG) as log:
        log.seek(start)
        new = log.read()
    statements = [line.split("LOG:  ", 1)[1] for line in new.splitlines()
                  if "LOG:  statement:" in line or "LOG:  execute" in line]
    # A connection the pool opens meanwhile sends its session settings (SET ...): not the request's.
    ours = [s for s in statements
            if not any(marker in s for marker in BACKGROUND) and not s.startswith("statement: SET ")]
    rows.append((label, len(ours)))
    if show:
        print(f"--- {label}", *(s[:150] for s in ours), sep="\n  ")
    return result


def main():
    show = "--show" in sys.argv
    rows = []
    key = lambda: {"Idempotency-Key": str(uuid.uuid4())}  # noqa: E731
    account, _ = call("POST", "/v1/accounts", {"name": "Round trips", "country": "DE"})
    base = {"name": "Deal", "account_id": account["id"], "currency": "EUR"}
    lines = [{"product": "A", "quantity": "2", "unit_price": "10.00"},
             {"product": "B", "quantity": "1", "unit_price": "5.00"}]
    counted("create (amount)", lambda: call("POST", "/v1/opportunities", {**base, "amount": "100.00"}), rows, show)
    opp, etag = counted("create (amount), Idempotency-Key",
                        lambda: call("POST", "/v1/opportunities", {**base, "amount": "100.00"}, key()), rows, show)
    counted("create (2 line items), Idempotency-Key",
            lambda: call("POST", "/v1/opportunities", {**base, "line_items": lines}, key()), rows, show)
    path = f"/v1/opportunities/{opp['id']}"
    counted("get by id", lambda: call("GET", path), rows, show)
    counted("list (owner filter, 20)", lambda: call("GET", "/v1/opportunities?owner_id=roundtrips-admin&limit=20"),
            rows, show)
    _, etag = counted("patch, If-Match", lambda: call(
        "PATCH", path, {"next_step": "call"},
        {"If-Match": etag, "Content-Type": "application/merge-patch+json"}), rows, show)
    pipeline, _ = call("GET", f"/v1/pipelines/{opp['pipeline_id']}")
    target = next(s for s in pipeline["stages"] if s["id"] != opp["stage_id"] and s.get("kind", "open") == "open")
    _, etag = counted("move, If-Match, Idempotency-Key", lambda: call(
        "POST", f"{path}/move", {"stage_id": target["id"]}, {"If-Match": etag, **key()}), rows, show)
    counted("add a line item, If-Match, Idempotency-Key", lambda: call(
        "POST", f"{path}/line-items", lines[0], {"If-Match": etag, **key()}), rows, show)
    _, etag = call("GET", path)
    counted("win, If-Match, Idempotency-Key", lambda: call("POST", f"{path}/win", {}, {"If-Match": etag, **key()}),
            rows, show)
    counted("pipeline summary", lambda: call("GET", "/v1/reports/pipeline-summary"), rows, show)
    print("| operation | round trips |\n|---|---|")
    for label, count in rows:
        print(f"| {label} | {count} |")


if __name__ == "__main__":
    main()
