"""The webhook dispatcher function (impl/src/bin/opportunity-dispatcher.rs) under the local Lambda runtime API.

tests/run.sh (stage `lambda`, after tests/aws/lambda_events.py) runs the dispatcher polling `cargo lambda
watch` as the function `dispatcher`, beside the API function `_`, both on the PostgreSQL test database and
the webhook secrets key of a Secrets Manager secret (moto), as in AWS. Then:

- started with the development allowance OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP, the dispatcher refuses to start
  (a Lambda is production, and 127.0.0.1 there is the runtime API);
- a subscription is made through the API function (production rules: an https URL on a public name) and
  an account created, so one delivery is due;
- an event that is not a scheduled event (an API Gateway proxy event, an S3 notification) is refused:
  the invocation fails naming why, and nothing is fanned out or attempted;
- the account's event is in the feed (read through the API function);
- an EventBridge scheduled event runs the dispatcher's rounds: the delivery is attempted once, under the
  production SSRF guard (the name does not resolve here, so the attempt fails and is logged for a retry);
- the function's log holds one Embedded Metric Format line, for the scheduled invocation, whose backlog
  age, failed deliveries and attempts match the database.

What this cannot show locally: a delivery received. In production the guard lets a dispatcher reach public
https addresses only, and this machine has none; signed deliveries to real receivers, verified by
standardwebhooks, are the `webhooks` stage's and the cargo tests' (the same `webhooks::dispatcher` code).

Environment: DISPATCHER_INVOKE_URL, API_INVOKE_URL, DISPATCHER_LOG (the function's stdout+stderr),
DISPATCHER_BIN and DISPATCHER_ENV_JSON (to start a second instance that must refuse), COGNITO_JSON.
"""

import json
import os
import subprocess
import sys
import time
import uuid

from lambda_events import Answer, rest_event
from oms import Checks, bearer_token, http

DISPATCHER_URL = os.environ["DISPATCHER_INVOKE_URL"]
API_URL = os.environ["API_INVOKE_URL"]
DISPATCHER_LOG = os.environ["DISPATCHER_LOG"]

checks = Checks()


def api(method, path, *, token, body=None, resource=None, path_parameters=None, query=None):
    status, _, proxy_response = http("POST", API_URL, body=rest_event(
        method, path, token=token, body=body, resource=resource, path_parameters=path_parameters, query=query))
    if status != 200 or not isinstance(proxy_response, dict):
        raise SystemExit(f"the API function's Invoke answered {status}: {proxy_response!r}")
    return Answer(proxy_response, 0)


def dispatch(event):
    """(status, answer) of one invocation of the dispatcher."""
    status, _, answer = http("POST", DISPATCHER_URL, body=event)
    return status, answer


def scheduled_event():
    """What an EventBridge rule on a schedule sends its target."""
    return {
        "version": "0", "id": str(uuid.uuid4()), "detail-type": "Scheduled Event", "source": "aws.events",
        "account": "123456789012", "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "region": "eu-west-1", "resources": ["arn:aws:events:eu-west-1:123456789012:rule/webhooks-every-minute"],
        "detail": {},
    }


def emf_lines():
    lines = []
    with open(DISPATCHER_LOG, encoding="utf-8", errors="replace") as log:
        for line in log:
            line = line.strip()
            if line.startswith("{") and '"_aws"' in line:
                lines.append(json.loads(line))
    return lines


def refuses_loopback_allowance():
    environment = dict(os.environ, **json.loads(os.environ["DISPATCHER_ENV_JSON"]),
                       OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP="true")
    try:
        run = subprocess.run([os.environ["DISPATCHER_BIN"]], env=environment, capture_output=True, text=True,
                             timeout=30)
    except subprocess.TimeoutExpired:
        checks.expect(False, "start-up: with OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP the dispatcher kept running")
        return
    checks.expect(run.returncode != 0, "start-up: with OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP the dispatcher exits non-zero")
    checks.expect("refusing to start in production with OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP" in run.stdout + run.stderr,
                  f"start-up: the refusal names the setting ({(run.stdout + run.stderr)[-300:]!r})")


def main() -> int:
    refuses_loopback_allowance()
    admin = bearer_token("admin", "lambda-admin")

    created = api("POST", "/v1/webhook-subscriptions", token=admin,
                  body={"url": "https://hooks.partner.example/opportunities", "event_types": ["account.created"]})
    checks.equal(created.status, 201, f"subscribe through the API function ({created.text[:300]})")
    subscription = (created.json or {}).get("subscription", {}).get("id")
    account = api("POST", "/v1/accounts", token=admin, body={"name": f"Dispatcher {uuid.uuid4().hex[:8]}"})
    checks.equal(account.status, 201, "an account created: one account.created event")

    account_id = (account.json or {}).get("id")
    feed = None
    deadline = time.time() + 10
    while time.time() < deadline:
        feed = api("GET", "/v1/events", token=admin, query={"resource": [account_id]})
        if (feed.json or {}).get("data"):
            break
        time.sleep(0.2)
    checks.expect(bool((feed.json or {}).get("data")), f"the account's event is in the feed ({feed.text[:300]})")

    def deliveries():
        answer = api("GET", f"/v1/webhook-subscriptions/{subscription}/deliveries", token=admin,
                     resource="/v1/webhook-subscriptions/{subscription_id}/deliveries",
                     path_parameters={"subscription_id": subscription})
        checks.equal(answer.status, 200, "the delivery log")
        return (answer.json or {}).get("data", [])

    # ── not a scheduled event: refused, nothing done ──
    for what, event in (
        ("an API Gateway proxy event", rest_event("GET", "/v1/health/live")),
        ("an S3 notification", {"source": "aws.s3", "detail-type": "Object Created", "detail": {}}),
        ("an empty event", {}),
    ):
        status, answer = dispatch(event)
        text = json.dumps(answer)
        checks.expect("refusing an event that is not an EventBridge scheduled event" in text,
                      f"{what}: refused, naming why (status {status}: {text[:300]})")
        checks.expect(not (isinstance(answer, dict) and "attempted" in answer), f"{what}: no dispatch ran")
    checks.equal(deliveries(), [], "after the refused events: nothing fanned out or attempted")

    # ── a scheduled event: the rounds run ──
    started = time.time()
    status, answer = dispatch(scheduled_event())
    checks.equal(status, 200, "scheduled event: the invocation succeeds")
    attempted = (answer or {}).get("attempted") if isinstance(answer, dict) else None
    checks.equal(attempted, 1, f"scheduled event: one delivery attempted ({answer!r})")
    print(f"scheduled dispatch: {attempted} attempt(s) in {time.time() - started:.2f} s", flush=True)
    log = deliveries()
    checks.equal(len(log), 1, "scheduled event: one delivery in the log")
    if log:
        delivery = log[0]
        checks.equal(delivery.get("event_type"), "account.created", "the delivery is the account's event")
        checks.equal(delivery.get("attempts"), 1, "attempted once")
        checks.equal(delivery.get("status"), "pending", "a failed attempt stays pending, for a retry")
        checks.expect(bool(delivery.get("last_error")), f"the attempt's error is logged ({delivery.get('last_error')!r})")
        checks.expect(delivery.get("next_attempt_at") is not None, "a retry is scheduled")
        print(f"the attempt, as logged: {delivery.get('last_error')!r}", flush=True)

    # ── the dispatcher's metrics (EMF), one line per dispatch ──
    time.sleep(0.5)  # the log file is written by the function's own process
    emf = emf_lines()
    checks.equal(len(emf), 1, "EMF: one line, for the scheduled invocation only")
    if emf:
        doc = emf[-1]
        directive = doc["_aws"]["CloudWatchMetrics"][0]
        checks.expect(isinstance(doc["_aws"].get("Timestamp"), int), "EMF: integer Timestamp")
        checks.equal(directive.get("Namespace"), "OpportunityService", "EMF: namespace")
        checks.equal(directive.get("Dimensions"), [["Service"]], "EMF: dimensions")
        names = {metric["Name"]: metric["Unit"] for metric in directive.get("Metrics", [])}
        checks.equal(names, {"WebhookBacklogAgeSeconds": "Seconds", "WebhookDeliveriesFailed": "Count",
                             "WebhookAttempts": "Count"}, "EMF: metrics and units")
        checks.equal(doc.get("Service"), "opportunity-service", "EMF: Service dimension")
        checks.equal(doc.get("WebhookAttempts"), 1, "EMF: attempts")
        checks.equal(doc.get("WebhookDeliveriesFailed"), 0, "EMF: no delivery failed for good")
        age = doc.get("WebhookBacklogAgeSeconds")
        checks.expect(isinstance(age, int) and 0 <= age <= time.time() - started + 60,
                      f"EMF: backlog age of the pending delivery in seconds ({age!r})")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
