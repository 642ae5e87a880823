"""Writes under faults: an open-loop write load against the real server on PostgreSQL while the database
restarts and the service is killed, then the database read back.

tests/run.sh's stage `faults` runs this. The load is open-loop: request i is due at start + i / rate,
sent when due whether or not earlier ones were answered, each on its own connection, each a POST with its
own Idempotency-Key and X-Request-Id (the service writes the request id into every audit row it commits,
which ties each row back to the request that wrote it). Most requests create an opportunity with two line
items; the rest add a line item to, or move the stage of, an opportunity created earlier (at most one
follow-up per opportunity, so its expected state is known).

While the load runs, three faults strike, each a shell command from the stage: PostgreSQL restarted with
`pg_ctl restart -m fast`, then with `-m immediate` (a crash, recovered from the WAL), then the service killed
with SIGKILL and started again on the same port.
Afterwards:
  - every write answered 2xx must be in the database with all its parts (the opportunity, its line items,
    its stage history, its audit rows, its amount derived from its line items, its idempotency record);
  - every write answered 5xx or left unanswered must be applied whole or not at all;
  - each of those is sent again with the same Idempotency-Key: it must replay the original answer or
    complete now, and never apply twice.

Figures are printed; the exit status is 1 when an acknowledged write is lost, a write is half applied, a
500 was answered, a write applied twice, a write failed with no fault under way, a client waited over
MAX_WAIT_S for an answer, or the service took over MAX_RECOVERY_S to recover from a fault.

Environment: OMS_URL, OMS_TOKEN (an Admin token; its subject is FAULTS_PRINCIPAL), PSQL (a psql command line
for the service's database, as superuser), FAULT_PG_FAST, FAULT_PG_IMMEDIATE, FAULT_SERVICE_KILL (the fault
commands), FAULTS_RATE (writes per second, default 60), FAULTS_SECONDS (load duration, default 60).
"""

import asyncio
import collections
import json
import os
import subprocess
import sys
import time
import urllib.parse
import uuid

URL = urllib.parse.urlsplit(os.environ["OMS_URL"])
TOKEN = os.environ["OMS_TOKEN"]
PRINCIPAL = os.environ["FAULTS_PRINCIPAL"]
PSQL = os.environ["PSQL"]
RATE = float(os.environ.get("FAULTS_RATE", "60"))
SECONDS = float(os.environ.get("FAULTS_SECONDS", "60"))
# The faults, in order, spread over the load with time to recover between them: shell commands from the stage.
FAULTS = [
    {"at": SECONDS * 0.2, "name": "postgres restart -m fast", "command": os.environ["FAULT_PG_FAST"]},
    {"at": SECONDS * 0.45, "name": "postgres restart -m immediate", "command": os.environ["FAULT_PG_IMMEDIATE"]},
    {"at": SECONDS * 0.7, "name": "service SIGKILL and restart", "command": os.environ["FAULT_SERVICE_KILL"]},
]
MAX_RECOVERY_S = 5.0
# The longest a client may wait for its answer (or a refused connection), fault or not: under the service's
# request timeout (15 s) and the client's (REQUEST_TIMEOUT_S), so that a request left hanging is caught; over
# the pool's acquire timeout (3 s) plus a restart, so that a slow machine does not fail it.
MAX_WAIT_S = 10.0
REQUEST_TIMEOUT_S = 20.0
NEEDS_ANALYSIS = "a0000000-0000-4000-8000-000000000102"


class Write:
    """One POST of the load: what was sent, and what came back (if anything)."""

    def __init__(self, kind, path, body, if_match=None, opportunity=None):
        self.kind = kind  # create | line_item | move
        self.key = str(uuid.uuid4())
        self.request_id = "faults-" + self.key
        self.path = path
        self.body = body
        self.if_match = if_match
        self.opportunity = opportunity  # for follow-ups: the Write that created it
        self.sent_at = None
        self.answered_at = None
        self.status = None  # None: no answer (connection error or timeout)
        self.error = None
        self.answer = None
        self.retry = None  # (status, replayed, answer) of the retry, if one was needed


async def post(path, body, headers, timeout=REQUEST_TIMEOUT_S):
    """One POST on a fresh connection. Returns (status, headers, parsed body)."""
    payload = json.dumps(body).encode()
    head = [
        f"POST {path} HTTP/1.1",
        f"Host: {URL.netloc}",
        "Connection: close",
        "Content-Type: application/json",
        f"Content-Length: {len(payload)}",
        f"Authorization: Bearer {TOKEN}",
    ] + [f"{name}: {value}" for name, value in headers.items()]
    request = ("\r\n".join(head) + "\r\n\r\n").encode() + payload

    async def exchange():
        reader, writer = await asyncio.open_connection(URL.hostname, URL.port)
        try:
            writer.write(request)
            await writer.drain()
            return await reader.read()
        finally:
            writer.close()

    raw = await asyncio.wait_for(exchange(), timeout)
    if not raw:
        raise ConnectionError("closed without an answer")
    head, _, content = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    answer_headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        answer_headers[name.strip().lower()] = value.strip()
    try:
        parsed = json.loads(content) if content else None
    except ValueError:
        parsed = {"unparsed": content[:200].decode("latin-1")}
    return status, answer_headers, parsed


def write_headers(write, request_id):
    headers = {"Idempotency-Key": write.key, "X-Request-Id": request_id}
    if write.if_match:
        headers["If-Match"] = write.if_match
    return headers


async def send(write, started):
    write.sent_at = time.monotonic() - started
    try:
        status, headers, body = await post(write.path, write.body, write_headers(write, write.request_id))
        write.status, write.answer = status, (headers, body)
    except (OSError, asyncio.TimeoutError, ConnectionError, ValueError, IndexError) as error:
        write.error = type(error).__name__
    write.answered_at = time.monotonic() - started


def psql(query):
    """Rows of `query` as lists of strings (tab-separated psql output)."""
    out = subprocess.run(
        PSQL.split() + ["-At", "-F", "\t", "-c", query], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


async def run_load(account_id):
    started = time.monotonic()
    writes, tasks = [], []
    ready = collections.deque()  # creates answered 201, not yet followed up
    total = int(RATE * SECONDS)
    faults = sorted(FAULTS, key=lambda fault: fault["at"])
    fault_log = []

    async def run_fault(fault):
        began = time.monotonic() - started
        process = await asyncio.create_subprocess_exec("bash", "-c", fault["command"])
        code = await process.wait()
        fault_log.append({"name": fault["name"], "began": began, "took": time.monotonic() - started - began,
                          "exit": code})

    fault_tasks = []
    for i in range(total):
        due = i / RATE
        while faults and faults[0]["at"] <= due:
            fault_tasks.append(asyncio.ensure_future(run_fault(faults.pop(0))))
        delay = due - (time.monotonic() - started)
        if delay > 0:
            await asyncio.sleep(delay)
        # Follow-ups for every fifth request, when a created opportunity is there to follow up.
        while ready and ready[0].status != 201:
            ready.popleft()
        if i % 5 == 4 and ready:
            created = ready.popleft()
            opportunity_id = created.answer[1]["id"]
            etag = created.answer[0].get("etag")
            if i % 10 == 4:
                write = Write("move", f"/v1/opportunities/{opportunity_id}/move", {"stage_id": NEEDS_ANALYSIS},
                              etag, created)
            else:
                write = Write("line_item", f"/v1/opportunities/{opportunity_id}/line-items", None, etag, created)
                write.body = {"product": "faults item " + write.key, "quantity": "3", "unit_price": "7.50"}
        else:
            write = Write("create", "/v1/opportunities", None)
            write.body = {
                "name": "faults " + write.key,
                "account_id": account_id,
                "currency": "EUR",
                "line_items": [
                    {"product": "Seats", "quantity": "10", "unit_price": "99.00"},
                    {"product": "Support", "quantity": "1", "unit_price": "500.00", "discount_percent": "10"},
                ],
            }
        writes.append(write)
        task = asyncio.ensure_future(send(write, started))
        if write.kind == "create":
            task.add_done_callback(lambda _, write=write: ready.append(write) if write.status == 201 else None)
        tasks.append(task)
    load_seconds = time.monotonic() - started
    await asyncio.gather(*tasks)
    await asyncio.gather(*fault_tasks)
    return writes, fault_log, load_seconds, started


def recovery_times(writes, fault_log, load_seconds):
    """Per fault: seconds from its start until the service answered 2xx again, that is the first 2xx
    answer to a request sent after the first failure (non-2xx or no answer) the fault caused. 0 when
    no request failed. A failure belongs to the fault during whose window it was *answered* (or refused):
    a request sent just before the next fault and failed by it belongs to the next fault, not this one."""
    out = []
    bounds = [fault["began"] for fault in fault_log] + [load_seconds + REQUEST_TIMEOUT_S]
    for index, fault in enumerate(fault_log):
        end = bounds[index + 1]
        failed = [w for w in writes
                  if not (w.status and 200 <= w.status < 300) and fault["began"] <= w.answered_at < end]
        if not failed:
            out.append((fault, 0.0, 0))
            continue
        first_failure = min(w.answered_at for w in failed)
        after = [w.answered_at for w in writes
                 if first_failure <= w.sent_at < end and w.status and 200 <= w.status < 300]
        recovered = (min(after) - fault["began"]) if after else float("inf")
        out.append((fault, recovered, len(failed)))
    return out


def waited_too_long(writes):
    """Writes whose answer (or refusal) took over MAX_WAIT_S: whatever a fault does, a client is answered
    (2xx, a retryable 503, or a refused connection) within that, never left hanging until a timeout."""
    return [w for w in writes if w.answered_at - w.sent_at > MAX_WAIT_S]


def failed_before_any_fault(writes, fault_log):
    first = fault_log[0]["began"] if fault_log else float("inf")
    return [w for w in writes if w.answered_at < first and not (w.status and 200 <= w.status < 300)]


async def retry_unfinished(writes):
    """Sends each write answered 5xx or not at all again, same key and body, until it gets an answer other
    than 409 idempotency_request_in_progress, for 45 s at most (the claim of a request the service was
    killed in is taken over after its 30 s lease); 50 at a time, and all within 60 s, so that the stage
    stays bounded. A write still without an answer then counts as a retry that did not complete."""
    gate = asyncio.Semaphore(50)
    phase_ends = time.monotonic() + 60

    async def again(write):
        async with gate:
            deadline = min(time.monotonic() + 45, phase_ends)
            attempt = 0
            while True:
                attempt += 1
                try:
                    status, headers, body = await post(
                        write.path, write.body, write_headers(write, f"{write.request_id}-retry{attempt}"),
                        timeout=max(1.0, deadline - time.monotonic()))
                except (OSError, asyncio.TimeoutError, ConnectionError, ValueError, IndexError) as error:
                    status, headers, body = None, {}, {"error": type(error).__name__}
                busy = status == 409 and (body or {}).get("code") == "idempotency_request_in_progress"
                if (status is None or status >= 500 or busy) and time.monotonic() < deadline:
                    await asyncio.sleep(float(headers.get("retry-after", "1")))
                    continue
                write.retry = (status, headers.get("idempotent-replayed") == "true", body)
                return

    unfinished = [w for w in writes if w.status is None or w.status >= 500]
    await asyncio.gather(*(again(w) for w in unfinished))
    return unfinished


def verify(writes):
    """Reads the database back. Returns a dict of problem lists."""
    # One statement, so one snapshot: requests still finishing on the server (a retry whose client gave
    # up) cannot commit between the reads and look half-written.
    (snapshot,), = psql(f"""SELECT (json_build_object(
        'audits', (SELECT COALESCE(json_agg(json_build_array(request_id, action, resource_type, resource_id)), '[]')
                   FROM audit_events WHERE request_id LIKE 'faults-%'),
        'opportunities', (SELECT COALESCE(json_agg(json_build_array(id, name, stage_id, amount_e4)), '[]')
                          FROM opportunities WHERE name LIKE 'faults %'),
        'lines', (SELECT COALESCE(json_agg(json_build_array(opportunity_id, product, total_e4)), '[]') FROM line_items),
        'history', (SELECT COALESCE(json_agg(json_build_array(opportunity_id, stage_id)), '[]') FROM stage_history),
        'keys', (SELECT COALESCE(json_agg(json_build_array(idem_key, state, COALESCE(status, 0))), '[]')
                 FROM idempotency_keys WHERE principal = '{PRINCIPAL}')))::jsonb::text""")
    snapshot = json.loads(snapshot)
    audits = collections.defaultdict(list)
    for request_id, action, kind, resource in snapshot["audits"]:
        audits[request_id.split("-retry")[0]].append((action, kind, resource))
    opportunities = collections.defaultdict(list)
    stage_of = {}
    for opp_id, name, stage_id, amount in snapshot["opportunities"]:
        opportunities[name].append({"id": opp_id, "amount": int(amount)})
        stage_of[opp_id] = stage_id
    lines = collections.defaultdict(list)
    line_sums = collections.Counter()
    for opp_id, product, total in snapshot["lines"]:
        lines[opp_id].append(product)
        line_sums[opp_id] += int(total)
    history = collections.defaultdict(list)
    for opp_id, stage_id in snapshot["history"]:
        history[opp_id].append(stage_id)
    keys = {key: (state, str(status)) for key, state, status in snapshot["keys"]}

    problems = collections.defaultdict(list)

    def committed(write):
        """Whether the write's own transaction (or its retry's) committed, and whole."""
        rows = audits.get(write.request_id, [])
        if write.kind == "create":
            found = opportunities.get(write.body["name"], [])
            if len(found) > 1:
                problems["applied twice"].append(write.key)
            if not found:
                if rows:
                    problems["half-written"].append(f"{write.key}: audit rows without the opportunity")
                return False
            opp = found[0]
            whole = (lines[opp["id"]].count("Seats") == 1 and lines[opp["id"]].count("Support") == 1
                     and history[opp["id"]]
                     and ("create", "opportunity", opp["id"]) in rows
                     and sum(1 for r in rows if r[:2] == ("create", "line_item")) == 2
                     and opp["amount"] == line_sums[opp["id"]])
            if not whole:
                problems["half-written"].append(f"{write.key}: opportunity {opp['id']} without all its parts")
            return True
        opp_id = write.opportunity.answer[1]["id"]
        if write.kind == "line_item":
            product = write.body["product"]
            count = lines[opp_id].count(product)
            if count > 1:
                problems["applied twice"].append(write.key)
            has_audit = any(r[:2] == ("create", "line_item") for r in rows)
            if bool(count) != has_audit:
                problems["half-written"].append(f"{write.key}: line item {count}, audit {has_audit}")
            return count > 0
        moved = NEEDS_ANALYSIS in history[opp_id]
        has_audit = any(r[0] == "move_stage" for r in rows)
        stage = stage_of.get(opp_id)
        if moved != has_audit or moved != (stage == NEEDS_ANALYSIS):
            problems["half-written"].append(f"{write.key}: history {moved}, audit {has_audit}, stage {stage}")
        return moved

    for write in writes:
        applied = committed(write)
        acknowledged = write.status is not None and 200 <= write.status < 300
        if acknowledged:
            if not applied:
                problems["acknowledged and lost"].append(write.key)
            if keys.get(write.key) != ("done", str(write.status)):
                problems["acknowledged without its idempotency record"].append(f"{write.key}: {keys.get(write.key)}")
            if write.kind == "create":
                stored = opportunities[write.body["name"]]
                if stored and stored[0]["id"] != write.answer[1]["id"]:
                    problems["acknowledged and lost"].append(f"{write.key}: stored id differs from the answer's")
        if write.retry is not None:
            status, replayed, body = write.retry
            if status is None or not (200 <= status < 300 or status == 412 and write.kind != "create"):
                problems["retry did not complete"].append(f"{write.key}: {write.kind} retried, {status} {body}")
            elif not applied:
                problems["retry answered but nothing stored"].append(write.key)
    return problems


async def main():
    status, _, account = await post("/v1/accounts", {"name": "Faults Inc", "country": "DE"},
                                    {"X-Request-Id": "faults-setup"})
    if status != 201:
        sys.exit(f"creating the account answered {status}: {account}")
    writes, fault_log, load_seconds, _ = await run_load(account["id"])
    recoveries = recovery_times(writes, fault_log, load_seconds)
    unfinished = await retry_unfinished(writes)
    problems = verify(writes)
    report = os.environ.get("FAULTS_REPORT")
    if report:
        with open(report, "w") as out:
            for w in writes:
                out.write(json.dumps({"kind": w.kind, "key": w.key, "sent": round(w.sent_at, 3),
                                      "answered": round(w.answered_at, 3), "status": w.status, "error": w.error,
                                      "retry": w.retry[:2] if w.retry else None}) + "\n")

    statuses = collections.Counter(str(w.status) if w.status else "no answer" for w in writes)
    errors = collections.Counter(w.error for w in writes if w.error)
    retries = collections.Counter(
        ("replayed " if w.retry[1] else "answered ") + str(w.retry[0]) for w in unfinished)
    print(f"load: {len(writes)} writes in {load_seconds:.1f} s (open loop at {RATE:g}/s; "
          f"{collections.Counter(w.kind for w in writes)})")
    print("statuses: " + ", ".join(f"{code}: {count}" for code, count in sorted(statuses.items())))
    print(f"connection errors and timeouts: {sum(errors.values())} {dict(errors)}")
    for fault, recovered, failed in recoveries:
        print(f"fault {fault['name']} at {fault['began']:.1f} s (command took {fault['took']:.1f} s, exit "
              f"{fault['exit']}): {failed} writes failed, serving again after {recovered:.2f} s")
    print(f"retried with the same Idempotency-Key: {len(unfinished)} ({dict(retries)})")
    failures = 0
    checks = ["acknowledged and lost", "half-written", "applied twice",
              "acknowledged without its idempotency record", "retry did not complete",
              "retry answered but nothing stored"]
    for check in checks:
        found = problems.get(check, [])
        print(f"{check}: {len(found)}" + (f"  e.g. {found[:3]}" if found else ""))
        failures += len(found)
    five_hundreds = statuses.get("500", 0)
    print(f"500s: {five_hundreds}")
    failures += five_hundreds
    for label, found in [(f"answered or refused after more than {MAX_WAIT_S:g} s", waited_too_long(writes)),
                         ("failed before any fault", failed_before_any_fault(writes, fault_log))]:
        print(f"{label}: {len(found)}" + "".join(
            f"\n  {w.kind} {w.key} sent at {w.sent_at:.2f} s, {w.status or w.error} at {w.answered_at:.2f} s"
            for w in found[:5]))
        failures += len(found)
    for fault, recovered, _ in recoveries:
        if recovered > MAX_RECOVERY_S or fault["exit"] != 0:
            print(f"FAILED: fault {fault['name']}: recovery {recovered:.2f} s (limit {MAX_RECOVERY_S} s), "
                  f"command exit {fault['exit']}")
            failures += 1
    if failures:
        print("faults: FAILED")
        sys.exit(1)
    print("faults: every acknowledged write whole, nothing half-written, no 500, every retry completed once")


if __name__ == "__main__":
    asyncio.run(main())
