"""API Gateway REST API proxy events, through the Lambda runtime API, to opportunity-lambda.

tests/run.sh (stage `lambda`) starts `cargo lambda watch --only-lambda-apis` (the local Lambda
runtime API) and the function built from impl/src/bin/opportunity-lambda.rs polling it, then runs
this. Each case sends a real-shaped REST API proxy event (Cognito authorizer claims in
requestContext, stage, multiValueHeaders, multiValueQueryStringParameters) to the emulator's Invoke
endpoint, the way API Gateway's Lambda integration does, and checks the proxy response: status,
headers, problem bodies. Then it checks the function's log: the Embedded Metric Format lines it
wrote, one per invocation, against the requests sent. Also prints init and invoke latencies.

Environment: LAMBDA_INVOKE_URL, FUNCTION_LOG (the function's stdout+stderr), CARGO_LAMBDA (the
`cargo lambda` command, for one invoke through its CLI), INVOKE_PORT and COGNITO_JSON (the moto
Cognito pool the function trusts; tokens, see oms.bearer_token).
"""

import base64
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter

from oms import Checks, bearer_token, http

INVOKE_URL = os.environ["LAMBDA_INVOKE_URL"]
FUNCTION_LOG = os.environ["FUNCTION_LOG"]
HOST = "abc123defg.execute-api.eu-west-1.amazonaws.com"
STAGE = "prod"

checks = Checks()
# operation -> Counter(requests, client_errors, errors): what the EMF lines must add up to.
expected_metrics = {}


def jwt_claims(token: str) -> dict:
    """The token's payload, unverified: what API Gateway's Cognito authorizer hands on as claims."""
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def rest_event(method, path, *, resource=None, path_parameters=None, token=None, body=None,
               query=None, headers=None, stage_in_path=False, base64_body=False):
    """A REST API (v1) Lambda proxy integration event, as API Gateway sends it."""
    sent_headers = {
        "Accept": "application/json",
        "Host": HOST,
        "User-Agent": "lambda-events-test/1.0",
        "X-Amzn-Trace-Id": f"Root=1-{int(time.time()):08x}-{uuid.uuid4().hex[:24]}",
        "X-Forwarded-For": "203.0.113.7",
        "X-Forwarded-Port": "443",
        "X-Forwarded-Proto": "https",
    }
    if token is not None:
        sent_headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        sent_headers["Content-Type"] = "application/json"
    sent_headers.update(headers or {})
    authorizer = None
    if token is not None and token.count(".") == 2:
        # API Gateway passes claims as strings; groups as one comma-separated string.
        claims = {key: (",".join(value) if isinstance(value, list) else str(value))
                  for key, value in jwt_claims(token).items()}
        authorizer = {"claims": claims}
    text = None
    if body is not None:
        text = json.dumps(body)
        if base64_body:
            text = base64.b64encode(text.encode()).decode()
    now = time.time()
    return {
        "resource": resource or path,
        "path": (f"/{STAGE}" if stage_in_path else "") + path,
        "httpMethod": method,
        "headers": sent_headers,
        "multiValueHeaders": {name: [value] for name, value in sent_headers.items()},
        "queryStringParameters": {k: v[-1] for k, v in query.items()} if query else None,
        "multiValueQueryStringParameters": query or None,
        "pathParameters": path_parameters,
        "stageVariables": None,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "abc123defg",
            "authorizer": authorizer,
            "domainName": HOST,
            "domainPrefix": "abc123defg",
            "extendedRequestId": uuid.uuid4().hex[:16],
            "httpMethod": method,
            "identity": {"sourceIp": "203.0.113.7", "userAgent": "lambda-events-test/1.0"},
            "path": f"/{STAGE}{path}",
            "protocol": "HTTP/1.1",
            "requestId": str(uuid.uuid4()),
            "requestTime": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
            "requestTimeEpoch": int(now * 1000),
            "resourceId": "abc123",
            "resourcePath": resource or path,
            "stage": STAGE,
        },
        "body": text,
        "isBase64Encoded": base64_body,
    }


class Answer:
    """A proxy response, with headers looked up case-insensitively and the body parsed."""

    def __init__(self, proxy_response: dict, seconds: float):
        self.raw = proxy_response
        self.seconds = seconds
        self.status = proxy_response.get("statusCode")
        self.headers = {}
        for name, values in (proxy_response.get("multiValueHeaders") or {}).items():
            self.headers[name.lower()] = ", ".join(values)
        for name, value in (proxy_response.get("headers") or {}).items():
            self.headers.setdefault(name.lower(), value)
        body = proxy_response.get("body") or ""
        if proxy_response.get("isBase64Encoded"):
            body = base64.b64decode(body).decode()
        self.text = body
        try:
            self.json = json.loads(body) if body else None
        except ValueError:
            self.json = None


def invoke(event: dict, operation: str) -> Answer:
    """Sends one event through the runtime API and records what the function's metrics must show."""
    started = time.perf_counter()
    status, _, proxy_response = http("POST", INVOKE_URL, body=event)
    seconds = time.perf_counter() - started
    if status != 200 or not isinstance(proxy_response, dict):
        raise SystemExit(f"the Invoke API answered {status}: {proxy_response!r}")
    answer = Answer(proxy_response, seconds)
    counts = expected_metrics.setdefault(operation, Counter())
    counts["requests"] += 1
    if 400 <= answer.status < 500:
        counts["client_errors"] += 1
    if answer.status >= 500:
        counts["errors"] += 1
    return answer


def expect_common_headers(answer: Answer, what: str):
    checks.expect(bool(re.fullmatch(r"[A-Za-z0-9._-]{1,64}", answer.headers.get("x-request-id", ""))),
                  f"{what}: an X-Request-Id header")
    checks.equal(answer.headers.get("x-content-type-options"), "nosniff", f"{what}: nosniff")
    checks.expect("max-age=" in answer.headers.get("strict-transport-security", ""), f"{what}: HSTS")
    checks.equal(answer.raw.get("isBase64Encoded"), False, f"{what}: a text body")


def expect_problem(answer: Answer, status: int, code: str, what: str):
    checks.equal(answer.status, status, f"{what}: status")
    checks.equal(answer.headers.get("content-type"), "application/problem+json", f"{what}: content type")
    problem = answer.json or {}
    checks.equal(problem.get("status"), status, f"{what}: problem status")
    checks.equal(problem.get("code"), code, f"{what}: problem code")
    checks.expect(str(problem.get("type", "")).endswith(code.replace("_", "-")) or
                  str(problem.get("type", "")).endswith(code), f"{what}: problem type names the code")
    checks.equal(problem.get("request_id"), answer.headers.get("x-request-id"),
                 f"{what}: problem request_id is the X-Request-Id header")
    expect_common_headers(answer, what)


def main() -> int:
    admin = bearer_token("admin", "lambda-admin")
    sales = bearer_token("sales-manager", "lambda-sales")

    # ── the stage prefix: API Gateway's path with and without /{stage} ──
    for stage_in_path in (False, True):
        what = f"liveness, stage in path: {stage_in_path}"
        answer = invoke(rest_event("GET", "/v1/health/live", stage_in_path=stage_in_path), "getLiveness")
        checks.equal(answer.status, 200, f"{what}: status")
        checks.expect(answer.headers.get("content-type", "").startswith("application/json"), f"{what}: JSON")
        expect_common_headers(answer, what)

    # ── 401: no token, and a token that is not one ──
    answer = invoke(rest_event("GET", "/v1/accounts"), "listAccounts")
    expect_problem(answer, 401, "unauthenticated", "no token")
    checks.equal(answer.headers.get("www-authenticate"), "Bearer", "no token: WWW-Authenticate")
    answer = invoke(rest_event("GET", "/v1/accounts", token="not-a-jwt"), "listAccounts")
    expect_problem(answer, 401, "invalid_token", "malformed token")
    checks.expect('error="invalid_token"' in answer.headers.get("www-authenticate", ""),
                  "malformed token: WWW-Authenticate names invalid_token")

    # ── writes and reads with tokens (claims in requestContext.authorizer, as Cognito puts them) ──
    answer = invoke(rest_event("POST", "/v1/accounts", token=admin, stage_in_path=True,
                               body={"name": "Globex Lambda", "country": "DE", "tags": ["lambda"]}),
                    "createAccount")
    checks.equal(answer.status, 201, "create account: status")
    account = answer.json or {}
    account_id = account.get("id", "missing")
    checks.expect(answer.headers.get("location", "").endswith(f"/v1/accounts/{account_id}"),
                  f"create account: Location names the new account ({answer.headers.get('location')})")
    checks.expect(bool(answer.headers.get("etag")), "create account: ETag")
    expect_common_headers(answer, "create account")

    answer = invoke(rest_event("GET", f"/v1/accounts/{account_id}", resource="/v1/accounts/{account_id}",
                               path_parameters={"account_id": account_id}, token=sales,
                               headers={"X-Request-Id": "lambda-test-read-1"}), "getAccount")
    checks.equal(answer.status, 200, "read account with a token: status")
    checks.equal((answer.json or {}).get("name"), "Globex Lambda", "read account: name")
    checks.equal(answer.headers.get("x-request-id"), "lambda-test-read-1", "read account: request id kept")
    checks.expect(bool(answer.headers.get("etag")), "read account: ETag")

    answer = invoke(rest_event("GET", "/v1/accounts", token=admin, query={"limit": ["1"]}), "listAccounts")
    checks.equal(answer.status, 200, "list accounts (multi-value query): status")
    checks.expect(len((answer.json or {}).get("data", [None, None])) == 1, "list accounts: limit=1 honoured")
    answer = invoke(rest_event("GET", "/v1/accounts", token=admin, query={"limit": ["0"]}), "listAccounts")
    expect_problem(answer, 400, "invalid_parameter", "limit=0")

    answer = invoke(rest_event("POST", "/v1/accounts", token=admin, base64_body=True,
                               body={"name": "Initech (base64 body)"}), "createAccount")
    checks.equal(answer.status, 201, "create account, base64-encoded event body: status")

    # ── 422, 403, 404, 405 ──
    answer = invoke(rest_event("POST", "/v1/accounts", token=admin, body={"name": "", "country": "Germany"}),
                    "createAccount")
    expect_problem(answer, 422, "validation_failed", "invalid account")
    pointers = sorted(error.get("pointer", "") for error in (answer.json or {}).get("errors", []))
    checks.expect("/name" in pointers and "/country" in pointers, f"invalid account: both fields named ({pointers})")

    answer = invoke(rest_event("GET", "/v1/accounts", token=jwt_swap_roles(sales)), "listAccounts")
    expect_problem(answer, 401, "invalid_token", "token with a forged payload")

    answer = invoke(rest_event("DELETE", f"/v1/accounts/{account_id}", resource="/v1/accounts/{account_id}",
                               path_parameters={"account_id": account_id}, token=sales,
                               headers={"If-Match": '"any"'}), "deleteAccount")
    expect_problem(answer, 403, "forbidden", "a Sales Manager deleting an account")

    answer = invoke(rest_event("GET", "/v1/no-such-thing", token=admin), "NoRoute")
    expect_problem(answer, 404, "not_found", "unknown path")
    answer = invoke(rest_event("PUT", "/v1/accounts", token=admin, body={}), "NoRoute")
    expect_problem(answer, 405, "method_not_allowed", "wrong method")
    checks.expect("GET" in answer.headers.get("allow", ""), "wrong method: Allow header")

    # ── a partner's server: client-credentials tokens, the clients from the function's environment ──
    read_only = partner_token("lambda-partner", "opportunities.read")
    answer = invoke(rest_event("GET", f"/v1/accounts/{account_id}", resource="/v1/accounts/{account_id}",
                               path_parameters={"account_id": account_id}, token=read_only), "getAccount")
    checks.equal(answer.status, 200, "partner client with opportunities.read reads an account: status")
    answer = invoke(rest_event("POST", "/v1/accounts", token=read_only, body={"name": "Partner Lambda"}),
                    "createAccount")
    expect_problem(answer, 403, "forbidden", "partner client without opportunities.write")
    checks.expect("opportunities.write" in str((answer.json or {}).get("detail")),
                  "the 403 names the missing scope")
    answer = invoke(rest_event("GET", "/v1/accounts", token=partner_token("lambda-partner-off", "opportunities.read")),
                    "listAccounts")
    expect_problem(answer, 401, "invalid_token", "a client disabled by OMS_OAUTH_DISABLED_CLIENT_IDS")

    # ── the same through `cargo lambda invoke` (the CLI a developer uses) ──
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as event_file:
        json.dump(rest_event("GET", "/v1/health/live", stage_in_path=True), event_file)
    expected_metrics.setdefault("getLiveness", Counter())["requests"] += 1
    cli = subprocess.run(
        os.environ["CARGO_LAMBDA"].split() + ["invoke", "-A", "127.0.0.1", "-P", os.environ["INVOKE_PORT"],
                                              "--data-file", event_file.name, "_"],
        capture_output=True, text=True, timeout=60)
    os.unlink(event_file.name)
    try:
        cli_answer = Answer(json.loads(cli.stdout), 0)
        checks.equal(cli_answer.status, 200, "cargo lambda invoke: status")
    except ValueError:
        checks.expect(False, f"cargo lambda invoke printed a proxy response (rc {cli.returncode}): "
                             f"{cli.stdout[:300]} {cli.stderr[:300]}")

    # ── latency: warm invocations of one read ──
    warm = []
    for _ in range(40):
        answer = invoke(rest_event("GET", f"/v1/accounts/{account_id}", token=admin), "getAccount")
        warm.append(answer.seconds * 1000)
        checks.equal(answer.status, 200, "warm read: status")
    warm.sort()
    print(f"warm invoke round trip through the runtime API (40 reads): median {statistics.median(warm):.1f} ms, "
          f"p95 {warm[int(len(warm) * 0.95) - 1]:.1f} ms, max {warm[-1]:.1f} ms", flush=True)

    check_log()
    return checks.finish()


def partner_token(client_id: str, *scopes: str) -> str:
    """A client-credentials access token as the moto pool would issue it (moto has no token endpoint, so
    it is signed here with the pool's own key): Cognito's claims for that grant and no others."""
    from joserfc import jwt
    from joserfc.jwk import RSAKey

    with open(os.environ["COGNITO_JSON"], encoding="utf-8") as file:
        cognito = json.load(file)
    now = int(time.time())
    claims = {"sub": client_id, "token_use": "access", "auth_time": now, "iss": cognito["issuer"],
              "exp": now + 600, "iat": now, "version": 2, "jti": str(uuid.uuid4()), "client_id": client_id,
              "scope": " ".join(f"https://api.opportunities.example.net/{scope}" for scope in scopes)}
    return jwt.encode({"alg": "RS256", "kid": "dummy"}, claims, RSAKey.import_key(cognito["signing_key"]))


def jwt_swap_roles(token: str) -> str:
    """The same token with its payload claiming Admin: the signature no longer matches."""
    header, payload, signature = token.split(".")
    claims = jwt_claims(token)
    for key in list(claims):
        if "group" in key or "role" in key:
            claims[key] = ["Admin"]
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{header}.{forged}.{signature}"


EMF_UNITS = {"Count", "Milliseconds", "Seconds", "Microseconds", "Bytes", "Percent", "None"}


def check_log():
    """The function's log: init time, one EMF line per invocation, figures matching the requests."""
    time.sleep(0.5)  # the last line is written right after the last answer
    with open(FUNCTION_LOG, encoding="utf-8", errors="replace") as log:
        lines = log.read().splitlines()
    documents = []
    for line in lines:
        try:
            documents.append(json.loads(line))
        except ValueError:
            continue
    ready = [doc for doc in documents if doc.get("message") == "ready for events"]
    checks.equal(len(ready), 1, "the function started once (pool, contract, keys set up once)")
    if ready:
        print(f"cold start: init {ready[0].get('init_ms')} ms (process start to ready for events)", flush=True)
    answered = [doc for doc in documents if doc.get("message") == "answered"]
    if answered:
        in_function = sorted(doc.get("latency_us", 0) / 1000 for doc in answered)
        print(f"in-function latency (edge.handle, {len(in_function)} requests): median "
              f"{statistics.median(in_function):.2f} ms, max {in_function[-1]:.2f} ms", flush=True)

    emf = [doc for doc in documents if "_aws" in doc]
    sums = {}
    for doc in emf:
        directive = doc["_aws"]
        checks.expect(isinstance(directive.get("Timestamp"), int), "EMF: integer Timestamp")
        for metrics_directive in directive.get("CloudWatchMetrics", []):
            checks.equal(metrics_directive.get("Namespace"), "OpportunityService", "EMF: namespace")
            for dimension_set in metrics_directive.get("Dimensions", []):
                for dimension in dimension_set:
                    checks.expect(isinstance(doc.get(dimension), str), f"EMF: dimension {dimension} is a string member")
            for metric in metrics_directive.get("Metrics", []):
                name = metric.get("Name")
                checks.expect(metric.get("Unit") in EMF_UNITS, f"EMF: unit of {name}")
                value = doc.get(name)
                values = value if isinstance(value, list) else [value]
                checks.expect(0 < len(values) <= 100 and all(isinstance(v, (int, float)) for v in values),
                              f"EMF: {name} is a number or up to 100 numbers")
        counts = sums.setdefault(doc.get("Operation"), Counter())
        counts["requests"] += doc.get("Requests", 0)
        counts["client_errors"] += doc.get("ClientErrors", 0)
        counts["errors"] += doc.get("Errors", 0)
        checks.equal(doc.get("Service"), "opportunity-service", "EMF: Service dimension")
        checks.expect(doc.get("Access") in ("read", "write"), "EMF: Access dimension")
        checks.expect(doc.get("Caller") in ("anonymous", "user", "client"), "EMF: Caller dimension")
    checks.equal(len(emf), sum(c["requests"] for c in expected_metrics.values()),
                 "EMF: one line per invocation")
    # The partner client's two calls with an accepted token (a read, a write its scope refuses); the
    # disabled client's 401 counts as anonymous.
    checks.equal(sum(1 for doc in emf if doc.get("Caller") == "client"), 2, "EMF: calls of partner clients")
    for operation, counts in expected_metrics.items():
        checks.equal(dict(sums.get(operation, Counter()) + Counter()), dict(counts + Counter()),
                     f"EMF: figures of {operation}")


if __name__ == "__main__":
    sys.exit(main())
