"""The security suite: attacks on tokens, the role matrix, ownership (BOLA), mass assignment, bad
bodies, rate limits, headers and logs, against the live server trusting a Cognito user pool that
moto's server mode emulates (tests/security/cognito.py set it up; tests/run.sh stage `security`).

Environment: OMS_URL (the service), COGNITO_JSON (cognito.py's output), OMS_BIN (the binary, for the
start-up refusals), OMS_LOG (the service's log file).
"""

import base64
import hashlib
import hmac
import json
import os
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import yaml
from joserfc import jwt
from joserfc.jwk import RSAKey

URL = os.environ["OMS_URL"]
COGNITO = json.loads(Path(os.environ["COGNITO_JSON"]).read_text())
USERS = COGNITO["users"]
POOL_KEY = RSAKey.import_key(COGNITO["signing_key"])
CONTRACT = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "api" / "openapi.yaml").read_text()
)
# Everything the suite sends that a log line must never hold.
SECRETS_SENT: set[str] = set()


def access(user: str) -> str:
    token = USERS[user]["access"]
    SECRETS_SENT.add(token)
    return token


def call(method: str, path: str, token: str | None = None, **kwargs) -> requests.Response:
    headers = kwargs.pop("headers", {})
    if method == "PATCH" and "json" in kwargs:
        kwargs["data"] = json.dumps(kwargs.pop("json"))
        headers["Content-Type"] = "application/merge-patch+json"
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.request(method, URL + path, headers=headers, timeout=30, **kwargs)


def assert_problem(response: requests.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["Content-Type"] == "application/problem+json", response.headers
    problem = response.json()
    assert problem["status"] == status
    assert problem["request_id"] == response.headers["X-Request-Id"]
    if code is not None:
        assert problem["code"] == code, problem
    return problem


def assert_invalid_token(response: requests.Response, reason: str) -> None:
    problem = assert_problem(response, 401, "invalid_token")
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith('Bearer error="invalid_token"'), challenge
    assert reason.lower() in problem["detail"].lower(), (reason, problem["detail"])


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def claims_of(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def pool_signed(claims: dict, kid: str = "dummy", key: RSAKey = POOL_KEY) -> str:
    """A token signed with the pool's own key (or `key`) carrying exactly `claims`."""
    token = jwt.encode({"alg": "RS256", "kid": kid}, claims, key)
    SECRETS_SENT.add(token)
    return token


def valid_claims(user: str = "admin", **changes) -> dict:
    claims = claims_of(USERS[user]["access"])
    now = int(time.time())
    claims.update(iat=now, auth_time=now, exp=now + 600)
    claims.update(changes)
    return claims


# ── Authentication ────────────────────────────────────────────────────────────────────────────


def test_a_pool_token_is_accepted_and_its_groups_are_roles():
    response = call("GET", "/v1/audit-events", access("admin"))
    assert response.status_code == 200, response.text
    response = call("GET", "/v1/accounts", access("manager-a"))
    assert response.status_code == 200, response.text


def test_a_token_minted_with_the_pool_key_is_accepted_so_the_forgeries_below_fail_for_their_flaw():
    assert call("GET", "/v1/accounts", pool_signed(valid_claims())).status_code == 200


@pytest.mark.parametrize(
    ("case", "token", "reason"),
    [
        (
            "alg none",
            lambda: b64(json.dumps({"alg": "none", "kid": "dummy"}).encode())
            + "."
            + b64(json.dumps(valid_claims()).encode())
            + ".",
            "well-formed",
        ),
        (
            "HS256 signed with the public key",
            lambda: hs256_with_public_key(valid_claims()),
            "RS256",
        ),
        (
            "unknown kid",
            lambda: pool_signed(valid_claims(), kid="attacker", key=RSAKey.generate_key(2048)),
            "signing key",
        ),
        (
            "known kid, another key",
            lambda: pool_signed(valid_claims(), key=RSAKey.generate_key(2048)),
            "signature",
        ),
        ("expired", lambda: pool_signed(valid_claims(exp=int(time.time()) - 120)), "expired"),
        (
            "not yet valid",
            lambda: pool_signed(valid_claims(nbf=int(time.time()) + 600)),
            "not valid yet",
        ),
        (
            "issued in the future",
            lambda: pool_signed(valid_claims(iat=int(time.time()) + 600)),
            "future",
        ),
        (
            "another issuer",
            lambda: pool_signed(
                valid_claims(iss="https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other")
            ),
            "issuer",
        ),
        (
            "another app client",
            lambda: USERS["admin"]["other_client_access"],
            "another client",
        ),
        ("an id token", lambda: USERS["admin"]["id"], "not an access token"),
        (
            "tampered payload",
            lambda: tampered(USERS["manager-a"]["access"], {"cognito:groups": ["Admin"]}),
            "signature",
        ),
        ("no sub", lambda: pool_signed({k: v for k, v in valid_claims().items() if k != "sub"}), ""),
        ("garbage", lambda: "not-a-jwt", "well-formed"),
        ("three garbage parts", lambda: "aaa.bbb.ccc", "well-formed"),
    ],
)
def test_forged_and_misused_tokens_are_401_invalid_token(case, token, reason):
    value = token()
    SECRETS_SENT.add(value)
    assert_invalid_token(call("GET", "/v1/accounts", value), reason)


def hs256_with_public_key(claims: dict) -> str:
    public_pem = POOL_KEY.as_pem(private=False)
    header = b64(json.dumps({"alg": "HS256", "kid": "dummy"}).encode())
    payload = b64(json.dumps(claims).encode())
    signature = hmac.new(public_pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(signature)}"


def tampered(token: str, changes: dict) -> str:
    header, payload, signature = token.split(".")
    claims = claims_of(token)
    claims.update(changes)
    return f"{header}.{b64(json.dumps(claims).encode())}.{signature}"


def test_a_missing_authorization_header_is_401_with_a_bare_challenge():
    response = call("GET", "/v1/accounts")
    assert_problem(response, 401, "unauthenticated")
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "value",
    ["", "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Token abc", "bearer\tabc", "Bearer " + "A" * 6000],
)
def test_empty_and_garbled_authorization_headers_are_401(value):
    response = call("GET", "/v1/accounts", headers={"Authorization": value})
    problem = assert_problem(response, 401)
    assert problem["code"] in ("unauthenticated", "invalid_token")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_the_bearer_scheme_is_case_insensitive():
    response = call("GET", "/v1/accounts", headers={"Authorization": "bEaReR " + access("admin")})
    assert response.status_code == 200


# ── Authorization: the role matrix, written out ───────────────────────────────────────────────

A, S = "Admin", "SalesManager"
PUBLIC = "public"
ROLE_MATRIX = {
    "getLiveness": PUBLIC,
    "getReadiness": PUBLIC,
    "getContract": PUBLIC,
    "listAccounts": {A, S},
    "createAccount": {A, S},
    "getAccount": {A, S},
    "updateAccount": {A, S},
    "deleteAccount": {A},
    "listContacts": {A, S},
    "createContact": {A, S},
    "getContact": {A, S},
    "updateContact": {A, S},
    "deleteContact": {A},
    "listPipelines": {A, S},
    "createPipeline": {A},
    "getPipeline": {A, S},
    "updatePipeline": {A},
    "deletePipeline": {A},
    "createStage": {A},
    "updateStage": {A},
    "deleteStage": {A},
    "listOpportunities": {A, S},
    "createOpportunity": {A, S},
    "batchCreateOpportunities": {A, S},
    "batchUpdateOpportunities": {A, S},
    "upsertOpportunityByExternalId": {A, S},
    "getOpportunity": {A, S},
    "updateOpportunity": {A, S},
    "deleteOpportunity": {A, S},  # soft delete, own opportunities only (see BOLA below)
    "restoreOpportunity": {A, S},
    "purgeOpportunity": {A},  # hard deletion
    "winOpportunity": {A, S},
    "loseOpportunity": {A, S},
    "reopenOpportunity": {A, S},
    "moveOpportunityStage": {A, S},
    "listStageHistory": {A, S},
    "listLineItems": {A, S},
    "createLineItem": {A, S},
    "updateLineItem": {A, S},
    "deleteLineItem": {A, S},
    "listNotes": {A, S},
    "createNote": {A, S},
    "deleteNote": {A, S},
    "getPipelineSummary": {A, S},
    "getForecast": {A, S},
    "exportContactData": {A},
    "eraseContact": {A},
    "restrictContactProcessing": {A},
    "unrestrictContactProcessing": {A},
    "placeLegalHold": {A},
    "releaseLegalHold": {A},
    "listAuditEvents": {A},
    "getContactConsents": {A, S},
    "recordContactConsent": {A, S},
    "listChangeEvents": {A, S},
    "listWebhookSubscriptions": {A},
    "createWebhookSubscription": {A},
    "getWebhookSubscription": {A},
    "updateWebhookSubscription": {A},
    "deleteWebhookSubscription": {A},
    "rotateWebhookSecret": {A},
    "sendTestWebhook": {A},
    "listWebhookDeliveries": {A},
    "redeliverWebhooks": {A},
}


def operations():
    for path, item in CONTRACT["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                yield method.upper(), path, operation


def test_the_contract_declares_exactly_the_role_matrix():
    declared = {
        operation["operationId"]: PUBLIC
        if operation.get("x-public")
        else set(operation["x-roles"])
        for _, _, operation in operations()
    }
    assert declared == ROLE_MATRIX


def concrete(path: str) -> str:
    for name in ("account_id", "contact_id", "pipeline_id", "stage_id", "opportunity_id",
                 "line_item_id", "note_id", "subscription_id"):
        path = path.replace("{" + name + "}", str(uuid.uuid4()))
    return path.replace("{external_id}", "matrix-" + uuid.uuid4().hex[:8])


@pytest.mark.parametrize("user", ["admin", "manager-a", "both", "nobody"])
def test_each_role_against_each_operation(user):
    roles = set(USERS[user]["groups"])
    token = access(user)
    failures = []
    for method, path, operation in operations():
        allowed = ROLE_MATRIX[operation["operationId"]]
        response = call(
            method,
            concrete(path),
            token,
            headers={"If-Match": "*", "Content-Type": "application/json"},
            data="{}" if "requestBody" in operation else None,
        )
        expect_allowed = allowed == PUBLIC or bool(roles & allowed)
        if expect_allowed and response.status_code in (401, 403):
            failures.append(f"{operation['operationId']}: {response.status_code} for {user}")
        if not expect_allowed:
            if response.status_code != 403 or response.json().get("code") != "forbidden":
                failures.append(
                    f"{operation['operationId']}: {response.status_code} for {user}, wanted 403"
                )
        assert response.headers["Content-Type"].startswith(
            ("application/json", "application/problem+json", "application/yaml")
        ) or response.status_code == 204, (operation["operationId"], response.headers)
    assert not failures, "\n".join(failures)


def create_account(token: str) -> dict:
    response = call("POST", "/v1/accounts", token, json={"name": f"Acme {uuid.uuid4().hex[:6]}"})
    assert response.status_code == 201, response.text
    return response.json()


def create_opportunity(token: str, **fields) -> requests.Response:
    account = create_account(token)
    body = {"name": "Acme - 40 seats", "account_id": account["id"], "currency": "EUR",
            "amount": "40000.00", **fields}
    body = {key: value for key, value in body.items() if value is not None}
    return call("POST", "/v1/opportunities", token, json=body)


def test_a_sales_manager_cannot_change_or_close_another_managers_opportunity():
    created = create_opportunity(access("manager-a"))
    assert created.status_code == 201, created.text
    opportunity, etag = created.json(), created.headers["ETag"]
    path = f"/v1/opportunities/{opportunity['id']}"
    intruder = access("manager-b")

    assert call("GET", path, intruder).status_code == 200, "both roles read all sales data"
    attempts = [
        ("PATCH", path, {"name": "Mine now"}),
        ("POST", path + "/win", {}),
        ("POST", path + "/lose", {"lost_reason": "price"}),
        ("DELETE", path, None),
        ("POST", path + "/line-items", {"product": "Seat", "quantity": "1",
                                        "unit_price": "10.00"}),
    ]
    for method, target, body in attempts:
        response = call(method, target, intruder, headers={"If-Match": etag}, json=body)
        assert_problem(response, 403, "forbidden")
    # Nothing changed.
    after = call("GET", path, access("manager-a"))
    assert after.headers["ETag"] == etag
    assert after.json()["name"] == "Acme - 40 seats"
    # The owner and an Admin may.
    response = call("PATCH", path, access("manager-a"), headers={"If-Match": etag},
                    json={"name": "Acme - 45 seats"})
    assert response.status_code == 200, response.text
    response = call("PATCH", path, access("admin"), headers={"If-Match": response.headers["ETag"]},
                    json={"owner_id": USERS["manager-b"]["sub"]})
    assert response.status_code == 200, response.text
    assert response.json()["owner_id"] == USERS["manager-b"]["sub"]


# ── Mass assignment ───────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "field",
    [
        {"id": str(uuid.uuid4())},
        {"status": "won"},
        {"version": 7},
        {"created_at": "2020-01-01T00:00:00Z"},
        {"updated_at": "2020-01-01T00:00:00Z"},
        {"deleted_at": "2020-01-01T00:00:00Z"},
        {"is_admin": True},
    ],
    ids=lambda field: next(iter(field)),
)
def test_server_owned_and_unknown_fields_are_rejected_not_ignored(field):
    response = create_opportunity(access("manager-a"), **field)
    problem = assert_problem(response, 422)
    assert any(error["pointer"] == "/" + next(iter(field)) for error in problem["errors"]), problem


def test_a_sales_manager_cannot_make_someone_else_the_owner():
    response = create_opportunity(access("manager-a"), owner_id=USERS["manager-b"]["sub"])
    assert_problem(response, 403, "forbidden")
    response = create_opportunity(access("admin"), owner_id=USERS["manager-b"]["sub"])
    assert response.status_code == 201, response.text
    assert response.json()["owner_id"] == USERS["manager-b"]["sub"]


def test_the_amount_of_an_opportunity_with_line_items_is_derived_not_written():
    created = create_opportunity(
        access("manager-a"),
        amount=None,
        line_items=[{"product": "Seat", "quantity": "2", "unit_price": "100.00"}],
    )
    assert created.status_code == 201, created.text
    assert created.json()["amount"] == "200.00"
    response = call("PATCH", f"/v1/opportunities/{created.json()['id']}", access("manager-a"),
                    headers={"If-Match": created.headers["ETag"]}, json={"amount": "1.00"})
    assert_problem(response, 422, "amount_derived_from_line_items")


# ── Bodies ────────────────────────────────────────────────────────────────────────────────────


def post_raw(body: bytes, content_type: str = "application/json") -> requests.Response:
    return call("POST", "/v1/accounts", access("admin"),
                headers={"Content-Type": content_type}, data=body)


def test_an_oversize_body_is_413():
    assert_problem(post_raw(b'{"name":"' + b"x" * (1024 * 1024 + 10) + b'"}'), 413)


def test_malformed_json_is_400():
    assert_problem(post_raw(b'{"name": "Acme",'), 400)


def test_a_wrong_content_type_is_415():
    assert_problem(post_raw(b"name=Acme", "application/x-www-form-urlencoded"), 415)


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"name": 42}, "/name"),
        ({"name": ["Acme"]}, "/name"),
        ({"name": "Acme", "employee_count": "many"}, "/employee_count"),
        ({"name": "x" * 100_000}, "/name"),
        ({"name": "Acme", "tags": ["t"] * 10_000}, "/tags"),
        ({"name": "Acme", "country": "Atlantis"}, "/country"),
    ],
    ids=["number-for-string", "array-for-string", "string-for-integer", "huge-string",
         "huge-array", "pattern"],
)
def test_wrongly_typed_and_oversized_values_are_422_with_a_pointer(body, pointer):
    problem = assert_problem(post_raw(json.dumps(body).encode()), 422)
    assert pointer in [error["pointer"] for error in problem["errors"]], problem


def test_deep_nesting_is_refused():
    body = b'{"name":"Acme","tags":' + b"[" * 5000 + b"]" * 5000 + b"}"
    problem = assert_problem(post_raw(body), 422)
    assert problem["errors"][0]["code"] == "too_deep"


# ── Abuse limits, headers ─────────────────────────────────────────────────────────────────────


def test_the_rate_limit_is_reached_and_recovered():
    token = access("both")  # a principal no other test uses heavily
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: call("GET", "/v1/health/live"), range(1)))
        responses = list(pool.map(lambda _: call("GET", "/v1/pipelines", token), range(400)))
    statuses = [response.status_code for response in responses]
    assert set(statuses) <= {200, 429}, set(statuses)
    refused = [response for response in responses if response.status_code == 429]
    assert refused, "400 requests at once exceed a burst of 100"
    problem = assert_problem(refused[0], 429, "rate_limited")
    retry_after = int(refused[0].headers["Retry-After"])
    assert retry_after >= 1
    assert refused[0].headers["RateLimit-Remaining"] == "0"
    assert refused[0].headers["RateLimit-Limit"] == "100"
    assert "Retry after" in problem["detail"]
    # Another principal is unaffected; the limited one recovers after Retry-After.
    assert call("GET", "/v1/pipelines", access("admin")).status_code == 200
    time.sleep(retry_after)
    recovered = call("GET", "/v1/pipelines", token)
    assert recovered.status_code == 200, recovered.text
    assert int(recovered.headers["RateLimit-Remaining"]) >= 0


@pytest.mark.parametrize(
    ("method", "path", "token"),
    [("GET", "/v1/accounts", "admin"), ("GET", "/v1/accounts", None),
     ("GET", "/v1/nowhere", None), ("GET", "/v1/health/live", None)],
)
def test_security_headers_are_on_every_response(method, path, token):
    response = call(method, path, access(token) if token else None)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Access-Control-Allow-Origin" not in response.headers


def test_personal_data_is_not_cached():
    account = create_account(access("admin"))
    contact = call("POST", "/v1/contacts", access("admin"), json={
        "account_id": account["id"], "first_name": "Ingrid", "last_name": "Bergström",
        "email": "ingrid.bergstrom@example.se", "lawful_basis": "legitimate_interests"})
    assert contact.status_code == 201, contact.text
    SECRETS_SENT.update({"ingrid.bergstrom@example.se", "Bergström"})
    response = call("GET", f"/v1/contacts/{contact.json()['id']}", access("admin"))
    assert response.headers["Cache-Control"] == "no-store"


# ── Start-up refusals ─────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "environment",
    [{"OMS_ENVIRONMENT": "production"}, {"AWS_LAMBDA_FUNCTION_NAME": "opportunities"}],
    ids=["production", "lambda"],
)
def test_the_development_issuer_cannot_be_switched_on_in_production(environment, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith("OMS_")}
    env.update(environment)
    server = subprocess.run(
        [os.environ["OMS_BIN"], "--data-dir", str(tmp_path), "--bind", "127.0.0.1:0",
         "--database-url", f"sqlite://{tmp_path}/db.sqlite3?mode=rwc"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert server.returncode != 0
    assert "refusing to start in production" in server.stderr, server.stderr
    token = subprocess.run([os.environ["OMS_BIN"], "--data-dir", str(tmp_path), "token"],
                           env=env, capture_output=True, text=True, timeout=60)
    assert token.returncode != 0 and not token.stdout.strip()
    assert not (tmp_path / "dev-signing-key.pem").exists()


# ── Logs (keep last: it reads what every test above made the service log) ────────────────────


def test_zz_logs_hold_no_tokens_and_no_personal_data():
    time.sleep(0.5)
    log = Path(os.environ["OMS_LOG"]).read_text()
    assert '"answered"' in log or "answered" in log, "the log is the service's"
    leaks = [secret[:24] + "…" for secret in SECRETS_SENT if secret and secret in log]
    assert not leaks, leaks
    assert "eyJ" not in log, "something JWT-shaped reached the log"
