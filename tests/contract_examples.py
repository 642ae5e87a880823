#!/usr/bin/env python3
"""Every request example of the contract, sent to the live service (tests/run.sh stage contract-examples).

    OMS_URL=http://127.0.0.1:PORT OMS_BIN=target/debug/opportunity-service OMS_DATA=DATA_DIR \
        python tests/contract_examples.py [api/openapi.yaml]

The examples are what the mock, the docs and the Postman collection show partners, so each must be one
the service accepts. For every operation the request is built from the contract's examples alone: path
ids, query parameters (cursors included), headers, and the request body example (the media type's
`example`/`examples`, else the schema's). Two kinds of request are sent:

1. As written, for every operation whose example holds a placeholder (a parameter marked
   `x-example-placeholder`, see the contract's "Examples"; the same value in a body means the same
   record). Such a request may be refused only because of the placeholder: 404 when it names a record by
   a placeholder id, 412 when its If-Match is the placeholder ETag, 422 when every invalid field holds a
   placeholder id. Anything else (400 above all: a cursor that does not decode, a body or parameter that
   breaks the contract) fails.
2. In a scenario that runs every operation once, in an order that makes each one valid (the account
   before its contacts, an open opportunity before it is won, ...): the placeholders are replaced by the
   records the scenario created (ETags by the record's current one), everything else is sent as written,
   and the answer must be 2xx or 304, with RateLimit-* on every authenticated answer.

The token is an Admin token whose subject is the contract's example user id, so the owner and actor
filter examples find the scenario's records. The contract's example Idempotency-Key is sent once, on
the first POST of the scenario; every other POST gets a fresh key (one key for two different requests is
refused with 422 by design). An operation added to the contract and not placed in SCENARIO fails the run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from typing import Any

import requests
import requests.structures
import yaml

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 30

# Every operation, in an order in which each one's example is valid for the state the ones before left.
# `setup:NAME` steps are the script's own seeding, not examples (see SETUP).
SCENARIO = [
    "getLiveness", "getReadiness", "getContract",
    "createAccount", "getAccount", "updateAccount", "listAccounts",
    "createContact", "getContact", "updateContact", "listContacts", "recordContactConsent", "getContactConsents",
    "createPipeline", "getPipeline", "updatePipeline", "createStage", "updateStage", "listPipelines",
    "createOpportunity", "getOpportunity", "updateOpportunity",
    "setup:external_id", "upsertOpportunityByExternalId",
    "batchCreateOpportunities", "batchUpdateOpportunities", "listOpportunities",
    "createLineItem", "updateLineItem", "listLineItems", "deleteLineItem",
    "createNote", "listNotes", "deleteNote",
    "moveOpportunityStage", "winOpportunity", "reopenOpportunity", "loseOpportunity", "listStageHistory",
    "getPipelineSummary", "getForecast", "listAuditEvents", "listChangeEvents",
    "createWebhookSubscription", "getWebhookSubscription", "listWebhookSubscriptions",
    "rotateWebhookSecret", "sendTestWebhook", "listWebhookDeliveries", "redeliverWebhooks",
    "updateWebhookSubscription", "deleteWebhookSubscription",
    "exportContactData", "restrictContactProcessing", "unrestrictContactProcessing",
    "placeLegalHold", "releaseLegalHold", "eraseContact",
    "deleteOpportunity", "restoreOpportunity", "purgeOpportunity",
    "deleteStage", "deletePipeline", "deleteContact",
    "setup:remove_account_opportunities", "deleteAccount",
]

# What a create operation's answer gives the placeholders of its kind.
CREATES = {
    "createAccount": "account",
    "createContact": "contact",
    "createPipeline": "pipeline",
    "createOpportunity": "opportunity",
    "createLineItem": "line_item",
    "createNote": "note",
    "createWebhookSubscription": "webhook_subscription",
}


@dataclass
class Operation:
    id: str
    method: str
    path: str
    public: bool
    parameters: list[dict[str, Any]]
    body: tuple[str, Any] | None  # (media type, example)


@dataclass
class Sent:
    status: int
    headers: requests.structures.CaseInsensitiveDict
    body: Any
    text: str


@dataclass
class Run:
    url: str
    token: str
    operations: dict[str, Operation]
    placeholders: dict[str, str]  # example value -> kind
    real: dict[str, str] = field(default_factory=dict)  # kind -> the scenario's record id
    example_key_sent: bool = False
    failures: list[str] = field(default_factory=list)
    sent: int = 0


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def load(spec_path: str) -> tuple[dict[str, Any], dict[str, Operation], dict[str, str]]:
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    operations: dict[str, Operation] = {}
    placeholders: dict[str, str] = {}
    for path, item in spec["paths"].items():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method, op in item.items():
            if method == "parameters":
                continue
            params = shared + [resolve(spec, p) for p in op.get("parameters", [])]
            for param in params:
                kind = param.get("x-example-placeholder")
                if kind:
                    placeholders[str(param["example"])] = kind
            body = None
            for media_type, content in (op.get("requestBody") or {}).get("content", {}).items():
                if "example" in content:
                    example = content["example"]
                elif content.get("examples"):
                    example = resolve(spec, next(iter(content["examples"].values())))["value"]
                else:
                    example = resolve(spec, content.get("schema", {})).get("example")
                if example is None:
                    raise SystemExit(f"{op['operationId']}: request body {media_type} has no example")
                body = (media_type, example)
                break
            operations[op["operationId"]] = Operation(
                id=op["operationId"], method=method.upper(), path=path, public=bool(op.get("x-public")),
                parameters=params, body=body)
    return spec, operations, placeholders


def substitute(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [substitute(item, mapping) for item in value]
    if isinstance(value, dict):
        return {key: substitute(item, mapping) for key, item in value.items()}
    return value


def holds(value: Any, wanted: set[str]) -> bool:
    """Whether a placeholder value occurs anywhere in value."""
    if isinstance(value, str):
        return value in wanted
    if isinstance(value, list):
        return any(holds(item, wanted) for item in value)
    if isinstance(value, dict):
        return any(holds(item, wanted) for item in value.values())
    return False


def at_pointer(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer.lstrip("/").split("/") if pointer else []:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def build(op: Operation, mapping: dict[str, str] | None, etag: str | None = None) -> tuple[str, list, dict, Any]:
    """The request of op's examples: URL path, query pairs, headers, JSON body (or None). With a mapping
    (the scenario), placeholders are replaced by it and a placeholder ETag by etag; without, as written."""
    path = op.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    for param in op.parameters:
        if "example" not in param:
            continue
        value = param["example"]
        placeholder_etag = param.get("x-example-placeholder") == "etag"
        if placeholder_etag and mapping is not None:
            if etag is None:
                if param.get("required"):
                    raise AssertionError(f"{op.id}: no current ETag for the required If-Match")
                continue  # an optional If-Match on a record that cannot be read (restore)
            value = etag
        else:
            value = substitute(value, mapping or {})
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(value))
        elif param["in"] == "query":
            for item in value if isinstance(value, list) else [value]:
                query.append((param["name"], str(item).lower() if isinstance(item, bool) else str(item)))
        elif param["in"] == "header":
            headers[param["name"]] = str(value)
    body = substitute(op.body[1], mapping or {}) if op.body else None
    if op.body:
        headers["Content-Type"] = op.body[0]
    return path, query, headers, body


def send(run: Run, method: str, path: str, query: list | None = None, headers: dict | None = None,
         body: Any = None, public: bool = False) -> Sent:
    all_headers = dict(headers or {})
    if not public:
        all_headers["Authorization"] = f"Bearer {run.token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        all_headers.setdefault("Content-Type", "application/json")
    # One connection per request: what this tests is the examples, not connection reuse.
    response = requests.request(method, run.url + path, params=query or None, headers=all_headers, data=data,
                                timeout=TIMEOUT)
    run.sent += 1
    try:
        parsed = response.json()
    except ValueError:
        parsed = None
    return Sent(response.status_code, response.headers, parsed, response.text)


def fail(run: Run, message: str) -> None:
    run.failures.append(message)
    print(f"  FAIL {message}", flush=True)


# --- 1. the examples as written --------------------------------------------------------------------------

def refused_for_placeholder(run: Run, request: tuple, answer: Sent) -> str | None:
    """Why answer is a refusal the placeholders explain, or None."""
    path, query, headers, body = request
    values = set(run.placeholders)
    etags = {value for value, kind in run.placeholders.items() if kind == "etag"}
    if answer.status == 404 and (holds(path.split("/"), values) or holds(body, values)
                                 or holds([v for _, v in query], values)):
        return "names a record by a placeholder id"
    if answer.status == 412 and headers.get("If-Match") in etags:
        return "If-Match is the placeholder ETag"
    if answer.status == 422 and isinstance(answer.body, dict):
        errors = answer.body.get("errors") or []
        if errors and all(holds(at_pointer(body, error.get("pointer", "")), values) for error in errors):
            return "every invalid field holds a placeholder id"
    return None


def as_written(run: Run) -> None:
    print("== the examples as written (operations whose examples hold placeholders)", flush=True)
    for op in run.operations.values():
        request = build(op, None)
        path, query, headers, body = request
        if "Idempotency-Key" in headers:
            headers["Idempotency-Key"] = str(uuid.uuid4())  # the example key is the scenario's
        if not (holds(path.split("/"), set(run.placeholders)) or holds(body, set(run.placeholders))
                or holds([v for _, v in query], set(run.placeholders))
                or headers.get("If-Match") in run.placeholders):
            continue
        answer = send(run, op.method, path, query, headers, body, op.public)
        if 200 <= answer.status < 300 or answer.status == 304:
            print(f"  ok   {op.id}: {answer.status}", flush=True)
            continue
        reason = refused_for_placeholder(run, request, answer)
        if reason:
            print(f"  ok   {op.id}: {answer.status}, placeholder ({reason})", flush=True)
        else:
            fail(run, f"{op.id} as written: {op.method} {path} answered {answer.status}: {answer.text[:400]}")


# --- 2. the scenario ------------------------------------------------------------------------------------

def current_etag(run: Run, path: str) -> str | None:
    """The ETag of the record a write in op's path changes (a line item's or stage's is its parent's)."""
    match = re.match(r"^(/v1/(?:accounts|contacts|pipelines|opportunities|webhook-subscriptions)/[^/]+)", path)
    if not match:
        return None
    record = match.group(1)
    if record.startswith("/v1/opportunities/by-external-id"):
        record = f"/v1/opportunities/{run.real['opportunity']}"
    answer = send(run, "GET", record)
    if answer.status != 200:
        return None
    return answer.headers.get("ETag")


def setup(run: Run, name: str) -> None:
    """The scenario's own seeding: records the examples need that no example creates."""
    opportunity = f"/v1/opportunities/{run.real['opportunity']}"
    if name == "external_id":
        # The example opportunity carries the example external id, as the Opportunity example shows.
        external_id = run.operations["upsertOpportunityByExternalId"].parameters
        value = next(p["example"] for p in external_id if p["name"] == "external_id")
        answer = send(run, "PATCH", opportunity, headers={"If-Match": "*", "Content-Type": "application/merge-patch+json"},
                      body={"external_id": value})
        expect_setup(run, name, answer, 200)
    elif name == "remove_account_opportunities":
        # The batch example made opportunities on the account; an account with open ones cannot go.
        page = send(run, "GET", "/v1/opportunities", [("account_id", run.real["account"]), ("limit", "200")])
        expect_setup(run, name, page, 200)
        for record in (page.body or {}).get("data", []):
            answer = send(run, "DELETE", f"/v1/opportunities/{record['id']}", headers={"If-Match": "*"})
            expect_setup(run, name, answer, 204)
    else:
        raise SystemExit(f"unknown setup step {name}")


def expect_setup(run: Run, name: str, answer: Sent, status: int) -> None:
    if answer.status != status:
        fail(run, f"setup {name}: expected {status}, got {answer.status}: {answer.text[:300]}")


def learn(run: Run, op: Operation, answer: Sent) -> None:
    """Map the placeholders of the kind op creates to the record it created."""
    kind = CREATES.get(op.id)
    if not kind or not isinstance(answer.body, dict):
        return
    # A new webhook subscription comes with its secret: {subscription, secret}.
    record = answer.body.get("subscription", answer.body) if kind == "webhook_subscription" else answer.body
    run.real[kind] = record["id"]
    if kind == "pipeline":
        # The stage placeholder stands for an open stage of your pipeline that another open stage can
        # replace: the first of two.
        open_stages = [stage for stage in answer.body["stages"] if stage["kind"] == "open"]
        if len(open_stages) < 2:
            fail(run, "createPipeline's example should have two open stages (deleteStage's example removes one)")
        else:
            run.real["stage"] = open_stages[0]["id"]


def mapping_of(run: Run) -> dict[str, str]:
    return {value: run.real[kind] for value, kind in run.placeholders.items() if kind in run.real}


def scenario(run: Run) -> None:
    print("== every operation, its examples with the scenario's records for the placeholders", flush=True)
    placed = [step for step in SCENARIO if not step.startswith("setup:")]
    missing = sorted(set(run.operations) - set(placed))
    unknown = sorted(set(placed) - set(run.operations))
    if missing or unknown or len(placed) != len(set(placed)):
        raise SystemExit(f"SCENARIO is out of date: not placed {missing}, not in the contract {unknown}")
    for step in SCENARIO:
        if step.startswith("setup:"):
            try:
                setup(run, step.removeprefix("setup:"))
            except KeyError as missing:
                fail(run, f"{step}: the scenario has no {missing} (an earlier step failed)")
            continue
        op = run.operations[step]
        mapping = mapping_of(run)
        unmapped = {value for value, kind in run.placeholders.items() if kind not in run.real and kind != "etag"}
        path = build(op, mapping, "")[0]
        etag = current_etag(run, path) if any(p.get("x-example-placeholder") == "etag"
                                              for p in op.parameters) else None
        etags = {value for value, kind in run.placeholders.items() if kind == "etag"}
        if op.body and holds(op.body[1], etags) and "opportunity" in run.real:
            # An ETag in a body (a batch update item's if_match) is the one of the opportunity it names.
            found = current_etag(run, f"/v1/opportunities/{run.real['opportunity']}")
            mapping.update({value: found for value in etags if found})
        try:
            path, query, headers, body = build(op, mapping, etag)
        except AssertionError as error:
            fail(run, str(error))
            continue
        if "Idempotency-Key" in headers:
            if run.example_key_sent:
                headers["Idempotency-Key"] = str(uuid.uuid4())
            run.example_key_sent = True
        if holds(path.split("/"), unmapped) or holds(body, unmapped):
            fail(run, f"{op.id}: runs before the scenario created the records its placeholders stand for")
            continue
        answer = send(run, op.method, path, query, headers, body, op.public)
        if not (200 <= answer.status < 300 or answer.status == 304):
            fail(run, f"{op.id}: {op.method} {path} answered {answer.status}: {answer.text[:400]}")
            continue
        if not op.public:
            absent = [name for name in ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")
                      if name not in answer.headers]
            if absent:
                fail(run, f"{op.id}: the answer lacks {', '.join(absent)}, which the contract declares")
                continue
        learn(run, op, answer)
        print(f"  ok   {op.id}: {answer.status}", flush=True)


def mint_token(binary: str, data_dir: str, subject: str) -> str:
    out = subprocess.run([binary, "--data-dir", data_dir, "token", "--role", "admin", "--sub", subject,
                          "--ttl", "3600"], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def main() -> int:
    spec_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO_ROOT, "api", "openapi.yaml")
    spec, operations, placeholders = load(spec_path)
    owner = resolve(spec, spec["components"]["parameters"]["OwnerFilter"])["example"]
    run = Run(url=os.environ["OMS_URL"].rstrip("/"),
              token=mint_token(os.environ["OMS_BIN"], os.environ["OMS_DATA"], owner),
              operations=operations, placeholders=placeholders)
    kinds = sorted(set(placeholders.values()))
    print(f"{len(operations)} operations; placeholders: {len(placeholders)} values ({', '.join(kinds)})")
    as_written(run)
    scenario(run)
    print(f"{run.sent} requests sent; {len(run.failures)} examples refused")
    if run.failures:
        print("contract examples the service refuses:")
        for failure in run.failures:
            print(f"  - {failure}")
        return 1
    print("every example of the contract is accepted by the service")
    return 0


if __name__ == "__main__":
    sys.exit(main())
