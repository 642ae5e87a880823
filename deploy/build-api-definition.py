#!/usr/bin/env python3
"""Derive the API Gateway definition of the REST API from the contract.

    deploy/build-api-definition.py [--contract api/openapi.yaml] [--out build/api-definition.json]

api/openapi.yaml stays the one source of truth: this script never edits it, it writes a copy that
API Gateway can import, with the extensions only the gateway reads added to it. sam-template.yaml pulls
the copy in through `Fn::Transform: AWS::Include` (sam package uploads it to S3 under its content hash,
so a changed contract gives a new key, a new hash of the body and so a new API deployment).

What the copy adds or changes, and why:
- every operation: an `aws_proxy` integration with the function's `live` alias (so the canary's weights
  apply to API traffic), and the security the gateway enforces: the Cognito authorizer (operations the
  contract marks `security: []` stay without it) and the API key (every operation, so the usage plan
  meters and limits all traffic);
- `bearerAuth` becomes a Cognito user-pool authorizer on the pool of the `UserPoolArn` parameter. The
  methods carry the `AccessTokenScopes` parameter as authorization scopes: with scopes, API Gateway's
  Cognito authorizer takes access tokens (without any it would only take ID tokens), which is the token
  the service itself insists on (OMS_TOKEN_USE=access). Each method also carries the one partner scope
  its `oauth2` requirement names, prefixed with the `OAuthResourceServerIdentifier` parameter, so a
  partner's client-credentials token with that scope passes the gateway (the `oauth2` scheme itself is
  not imported: the gateway knows only its authorizer);
- request validators (body and parameters), on by default, so malformed requests stop at the gateway;
- gateway responses rendered as `application/problem+json` in the service's own problem shape (type,
  code, title, status, detail, request_id), so a client parses one error format whoever answered;
- references to components other than schemas are inlined (API Gateway's import resolves schema
  references into models; the other kinds are the ones its importer is known to handle poorly);
- `servers` is dropped: the stage is the base path, and the paths already start with /v1;
- descriptions, summaries and examples are dropped: the gateway does not need them (the contract is the
  documentation) and without them the definition is a third of the size, far from CloudFormation's
  limit on a processed template.

The output holds CloudFormation intrinsic functions (Fn::Sub, Ref), so it is a template fragment, not a
plain OpenAPI document; tests/deploy/render-template.py inlines it for cfn-lint and the policy checks.
"""

from __future__ import annotations

import argparse
import copy
from http import HTTPStatus
import json
import pathlib
import sys

import yaml

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent

# Logical id SAM gives the alias of `AutoPublishAlias: live` on the function `OpportunityFunction`.
# Referenced by its generated id (not `OpportunityFunction.Alias`) so it resolves whether CloudFormation
# expands the include before or after the SAM transform.
ALIAS_LOGICAL_ID = "OpportunityFunctionAliaslive"

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

AUTHORIZER_SCHEME = "bearerAuth"  # the contract's name for the bearer token: kept, so `security` still matches
API_KEY_SCHEME = "apiKey"
OAUTH2_SCHEME = "oauth2"  # the contract's OAuth 2.0 scheme: each operation names the scope a partner's client needs

PROBLEM_BASE = "https://api.example.com/problems/"

# API Gateway's own answers, as problems. (gateway response type, status, code, title).
# MISSING_AUTHENTICATION_TOKEN is what API Gateway answers for a path or method it has no route for.
GATEWAY_PROBLEMS = [
    ("BAD_REQUEST_BODY", 422, "validation_failed", "The request body is invalid"),
    ("BAD_REQUEST_PARAMETERS", 400, "invalid_parameter", "A parameter is invalid"),
    ("UNAUTHORIZED", 401, "invalid_token", "The bearer token is invalid"),
    ("MISSING_AUTHENTICATION_TOKEN", 404, "not_found", "Not found"),
    ("ACCESS_DENIED", 403, "forbidden", "Not allowed"),
    ("INVALID_API_KEY", 403, "invalid_api_key", "The API key is missing or invalid"),
    ("WAF_FILTERED", 403, "request_blocked", "The request was blocked"),
    ("THROTTLED", 429, "rate_limited", "Too many requests"),
    ("QUOTA_EXCEEDED", 429, "quota_exceeded", "The daily request quota is used up"),
    ("REQUEST_TOO_LARGE", 413, "payload_too_large", "The body is too large"),
    ("UNSUPPORTED_MEDIA_TYPE", 415, "unsupported_media_type", "Unsupported media type"),
    ("INTEGRATION_TIMEOUT", 504, "timeout", "The service did not answer in time"),
    ("INTEGRATION_FAILURE", 502, "bad_gateway", "The service failed to answer"),
    ("DEFAULT_4XX", 400, "bad_request", "The request was refused"),
    ("DEFAULT_5XX", 502, "bad_gateway", "The gateway failed"),
]


def problem_response(status: int, code: str, title: str) -> dict:
    # $context.error.messageString is already a quoted JSON string.
    body = (
        '{"type":"%s%s","code":"%s","title":"%s","status":%d,'
        '"detail":$context.error.messageString,"request_id":"$context.requestId"}'
        % (PROBLEM_BASE, code.replace("_", "-"), code, title, status)
    )
    headers = {
        "gatewayresponse.header.Content-Type": "'application/problem+json'",
        "gatewayresponse.header.X-Request-Id": "context.requestId",
    }
    if status == 401:
        headers["gatewayresponse.header.WWW-Authenticate"] = "'Bearer error=\"invalid_token\"'"
    return {
        "statusCode": str(status),
        "responseParameters": headers,
        "responseTemplates": {"application/json": body},
    }


def resolve_local_ref(document: dict, ref: str):
    node = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def inline_non_schema_refs(node, document: dict, depth: int = 0):
    """Replace every `$ref` that does not point at a schema by a copy of what it points at."""
    if depth > 50:
        raise ValueError("reference cycle outside components/schemas")
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#/components/schemas/"):
            if not ref.startswith("#/"):
                raise ValueError(f"external reference not supported: {ref}")
            target = copy.deepcopy(resolve_local_ref(document, ref))
            return inline_non_schema_refs(target, document, depth + 1)
        return {key: inline_non_schema_refs(value, document, depth) for key, value in node.items()}
    if isinstance(node, list):
        return [inline_non_schema_refs(item, document, depth) for item in node]
    return node


DOCUMENTATION_KEYS = {"description", "summary", "example", "examples"}


def strip_documentation(node, in_properties: bool = False):
    """Drop documentation keys, but never a schema property that happens to be named like one."""
    if isinstance(node, dict):
        return {
            key: strip_documentation(value, in_properties=(key == "properties" and not in_properties))
            for key, value in node.items()
            if in_properties or key not in DOCUMENTATION_KEYS
        }
    if isinstance(node, list):
        return [strip_documentation(item) for item in node]
    return node


def integration() -> dict:
    return {
        "type": "aws_proxy",
        "httpMethod": "POST",
        "uri": {
            "Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
            "${%s}/invocations" % ALIAS_LOGICAL_ID
        },
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": 29000,
    }


def method_scopes(operation: dict, declared: list, path: str, method: str) -> dict:
    """The authorization scopes of a method: the users' (`AccessTokenScopes`) or the partner scope the
    contract's `oauth2` requirement names, as Cognito writes it (`<resource server>/<scope>`). API
    Gateway's Cognito authorizer admits an access token holding any one of them; the service then
    checks roles or scopes exactly."""
    partner = [scopes for requirement in declared for name, scopes in requirement.items() if name == OAUTH2_SCHEME]
    if len(partner) != 1 or len(partner[0]) != 1:
        raise ValueError(f"{method.upper()} {path} ({operation.get('operationId')}) must name exactly one "
                         f"{OAUTH2_SCHEME} scope in its security")
    return {"Fn::Split": [",", {"Fn::Sub": [
        "${UserScopes},${OAuthResourceServerIdentifier}/" + partner[0][0],
        {"UserScopes": {"Fn::Join": [",", {"Ref": "AccessTokenScopes"}]}},
    ]}]}


def derive(contract: dict) -> dict:
    if not str(contract.get("openapi", "")).startswith("3.0"):
        raise ValueError("the contract must be OpenAPI 3.0.x (API Gateway imports 3.0)")
    schemes = contract.get("components", {}).get("securitySchemes", {})
    if AUTHORIZER_SCHEME not in schemes:
        raise ValueError(f"the contract has no securityScheme {AUTHORIZER_SCHEME!r} to map to Cognito")

    api = copy.deepcopy(contract)
    components = api.setdefault("components", {})
    api["paths"] = strip_documentation(inline_non_schema_refs(api["paths"], contract))
    # Only schemas stay as components: every other kind was inlined above.
    api["components"] = {"schemas": strip_documentation(components.get("schemas", {}))}
    api["info"] = {"title": contract["info"]["title"], "version": contract["info"]["version"]}
    api.pop("servers", None)
    api.pop("tags", None)

    # OpenAPI requires a description on every response: the reason phrase is enough for the gateway.
    for item in api["paths"].values():
        for method in METHODS:
            for status, response in item.get(method, {}).get("responses", {}).items():
                phrase = HTTPStatus(int(status)).phrase if status.isdigit() else "Other answers"
                response["description"] = phrase

    default_security = contract.get("security", [])
    operations = 0
    for path, item in api["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            operations += 1
            declared = operation.get("security", default_security)
            needs_token = any(AUTHORIZER_SCHEME in requirement for requirement in declared)
            requirement = {API_KEY_SCHEME: []}
            if needs_token:
                requirement[AUTHORIZER_SCHEME] = method_scopes(operation, declared, path, method)
            operation["security"] = [requirement]
            operation["x-amazon-apigateway-integration"] = integration()
    if operations == 0:
        raise ValueError("the contract has no operations")

    api["security"] = [{API_KEY_SCHEME: [], AUTHORIZER_SCHEME: {"Ref": "AccessTokenScopes"}}]
    api["components"]["securitySchemes"] = {
        AUTHORIZER_SCHEME: {
            "type": "apiKey",
            "name": "Authorization",
            "in": "header",
            "x-amazon-apigateway-authtype": "cognito_user_pools",
            "x-amazon-apigateway-authorizer": {
                "type": "cognito_user_pools",
                "providerARNs": [{"Ref": "UserPoolArn"}],
                "identitySource": "method.request.header.Authorization",
            },
        },
        API_KEY_SCHEME: {"type": "apiKey", "name": "x-api-key", "in": "header"},
    }
    api["x-amazon-apigateway-api-key-source"] = "HEADER"
    api["x-amazon-apigateway-request-validators"] = {
        "body-and-parameters": {"validateRequestBody": True, "validateRequestParameters": True},
    }
    api["x-amazon-apigateway-request-validator"] = "body-and-parameters"
    api["x-amazon-apigateway-gateway-responses"] = {
        kind: problem_response(status, code, title) for kind, status, code, title in GATEWAY_PROBLEMS
    }
    return api


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contract", type=pathlib.Path, default=REPO_ROOT / "api" / "openapi.yaml")
    parser.add_argument("--out", type=pathlib.Path, default=REPO_ROOT / "build" / "api-definition.json")
    args = parser.parse_args()

    contract = yaml.safe_load(args.contract.read_text(encoding="utf-8"))
    try:
        api = derive(contract)
    except (ValueError, KeyError) as error:
        print(f"build-api-definition: {error}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(api, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"build-api-definition: wrote {args.out} ({len(api['paths'])} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
