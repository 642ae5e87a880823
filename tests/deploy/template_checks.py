#!/usr/bin/env python3
"""Offline checks of sam-template.yaml (tests/run.sh stage `sam-template` runs them all).

    template_checks.py render OUT       write the template with the derived API definition inlined
    template_checks.py lint             cfn-lint on sam-template.yaml and on the inlined template; the
                                        SAM transform (every ${...} of the definition resolves); the
                                        definition is OpenAPI 3.0 and its gateway responses problems
    template_checks.py policy           cfn-guard rules of deploy/policy/ on the inlined template
    template_checks.py mutations        break each element in a copy of the template: its rule must fail

Needs deploy/build-api-definition.py to have written build/api-definition.json, cfn-lint and
aws-sam-translator (tools/requirements.txt) and cfn-guard (tests/run.sh installs it).
"""

from __future__ import annotations

import copy
import json
import logging
import os
import pathlib
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from typing import Callable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import cfn_template  # noqa: E402

REPO_ROOT = cfn_template.REPO_ROOT
POLICY_DIR = REPO_ROOT / "deploy" / "policy"
GUARD = os.environ.get("CFN_GUARD", "cfn-guard")


# ---- cfn-guard ---------------------------------------------------------------------------------

def guard_rule_names() -> list[str]:
    names = []
    for rules in sorted(POLICY_DIR.glob("*.guard")):
        names += re.findall(r"(?m)^rule\s+(\w+)", rules.read_text(encoding="utf-8"))
    if not names:
        raise SystemExit(f"no rules in {POLICY_DIR}")
    return names


def guard_statuses(templates: dict[str, dict]) -> dict[str, dict[str, str]]:
    """Run cfn-guard once over several templates: {template name: {rule: PASS | FAIL | SKIP}}."""
    with tempfile.TemporaryDirectory(prefix="guard-") as tmp:
        for name, template in templates.items():
            (pathlib.Path(tmp) / f"{name}.json").write_text(json.dumps(template), encoding="utf-8")
        proc = subprocess.run(
            [GUARD, "validate", "--rules", str(POLICY_DIR), "--data", tmp,
             "--output-format", "json", "--show-summary", "none", "--structured"],
            capture_output=True, text=True, check=False,
        )
    # 0: all compliant, 19: some rule failed; anything else is a broken rule file or a guard error.
    if proc.returncode not in (0, 19):
        raise SystemExit(f"cfn-guard failed (exit {proc.returncode}):\n{proc.stderr}\n{proc.stdout[:4000]}")
    reports = json.loads(proc.stdout)
    if isinstance(reports, dict):
        reports = [reports]
    statuses: dict[str, dict[str, str]] = {}
    for report in reports:
        name = pathlib.Path(report["name"]).stem
        rules = statuses.setdefault(name, {})
        for rule in report.get("compliant", []):
            rules[rule] = "PASS"
        for rule in report.get("not_applicable", []):
            rules[rule] = "SKIP"
        for clause in report.get("not_compliant", []):
            rules[clause["Rule"]["name"]] = "FAIL"
    missing = set(templates) - set(statuses)
    if missing:
        raise SystemExit(f"cfn-guard reported nothing for {sorted(missing)}:\n{proc.stdout[:4000]}")
    return statuses


def command_policy() -> int:
    names = guard_rule_names()
    statuses = guard_statuses({"sam-template": cfn_template.rendered()})["sam-template"]
    failed = 0
    for name in names:
        status = statuses.get(name, "MISSING")
        print(f"  {status:7} {name}")
        failed += status != "PASS"  # a skipped rule proved nothing: it fails too
    if failed:  # cfn-guard's own account of what did not hold
        with tempfile.TemporaryDirectory(prefix="guard-") as tmp:
            data = pathlib.Path(tmp) / "sam-template.json"
            data.write_text(json.dumps(cfn_template.rendered(), indent=1), encoding="utf-8")
            subprocess.run([GUARD, "validate", "--rules", str(POLICY_DIR), "--data", str(data),
                            "--show-summary", "fail", "--output-format", "single-line-summary"], check=False)
    print(f"policy: {len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


# ---- mutations: each element of the policy, broken one at a time -------------------------------

Mutation = Callable[[dict], None]


def at(template: dict, *path):
    node = template
    for key in path:
        node = node[key]
    return node


def delete(*path) -> Mutation:
    def mutate(template: dict) -> None:
        parent = at(template, *path[:-1])
        if isinstance(parent, list):
            parent.pop(path[-1])
        else:
            del parent[path[-1]]
    return mutate


def put(*path_and_value) -> Mutation:
    *path, value = path_and_value

    def mutate(template: dict) -> None:
        at(template, *path[:-1])[path[-1]] = copy.deepcopy(value)
    return mutate


def each_operation(change: Callable[[str, str, dict], None], limit: int | None = None) -> Mutation:
    def mutate(template: dict) -> None:
        done = 0
        for path, item in at(template, *API, "paths").items():
            for method, operation in item.items():
                if method in ("get", "put", "post", "delete", "patch") and (limit is None or done < limit):
                    change(path, method, operation)
                    done += 1
    return mutate


def first_private_operation(change: Callable[[dict], None]) -> Mutation:
    def mutate(template: dict) -> None:
        for item in at(template, *API, "paths").values():
            for operation in item.values():
                if isinstance(operation, dict) and "x-public" not in operation and "security" in operation:
                    change(operation)
                    return
        raise AssertionError("no private operation")
    return mutate


def waf_rule(name: str) -> Mutation:
    def mutate(template: dict) -> None:
        rules = at(template, "Resources", "WebAcl", "Properties", "Rules")
        rules[:] = [rule for rule in rules if rule["Name"] != name]
    return mutate


def drop_canary_alarm(alarm: str) -> Mutation:
    def mutate(template: dict) -> None:
        alarms = at(template, *FUNCTION, "DeploymentPreference", "Alarms")
        alarms[:] = [ref for ref in alarms if ref != {"Ref": alarm}]
    return mutate


def add_env(name: str, value) -> Mutation:
    return put(*FUNCTION, "Environment", "Variables", name, value)


API = ("Resources", "Api", "Properties", "DefinitionBody")
FUNCTION = ("Resources", "OpportunityFunction", "Properties")
RETENTION = ("Resources", "RetentionFunction", "Properties")
SCHEMES = (*API, "components", "securitySchemes")


@dataclass
class Case:
    rule: str
    what: str
    mutate: Mutation


CASES = [
    # the authorizer
    Case("cognito_authorizer", "the Cognito authorizer scheme removed", delete(*SCHEMES, "bearerAuth")),
    Case("cognito_authorizer", "the authorizer of another user pool",
         put(*SCHEMES, "bearerAuth", "x-amazon-apigateway-authorizer", "providerARNs",
             ["arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_other"])),
    Case("cognito_authorizer", "the authorizer names no user pool",
         put(*SCHEMES, "bearerAuth", "x-amazon-apigateway-authorizer", "providerARNs", [])),
    Case("cognito_authorizer", "the authorizer is a Lambda authorizer",
         put(*SCHEMES, "bearerAuth", "x-amazon-apigateway-authtype", "custom")),
    Case("cognito_authorizer", "one private operation without the authorizer",
         first_private_operation(lambda op: op["security"][0].pop("bearerAuth"))),
    Case("cognito_authorizer", "one private operation without scopes (ID tokens only)",
         first_private_operation(lambda op: op["security"][0].update(bearerAuth=[]))),
    Case("cognito_authorizer", "one private operation without the users' scopes",
         first_private_operation(lambda op: op["security"][0]["bearerAuth"]["Fn::Split"][1]["Fn::Sub"][1].update(
             UserScopes="openid"))),
    # partners' servers (issue 14)
    Case("partner_oauth", "no resource server", delete("Resources", "OAuthResourceServer")),
    Case("partner_oauth", "the resource server on another pool",
         put("Resources", "OAuthResourceServer", "Properties", "UserPoolId", "eu-west-1_other")),
    Case("partner_oauth", "a scope missing from the resource server",
         delete("Resources", "OAuthResourceServer", "Properties", "Scopes", 3)),
    Case("partner_oauth", "a scope renamed on the resource server",
         put("Resources", "OAuthResourceServer", "Properties", "Scopes", 2, "ScopeName", "admin")),
    Case("partner_oauth", "one private operation without its partner scope",
         first_private_operation(lambda op: op["security"][0]["bearerAuth"]["Fn::Split"][1].update(
             {"Fn::Sub": ["${UserScopes}", op["security"][0]["bearerAuth"]["Fn::Split"][1]["Fn::Sub"][1]]}))),
    Case("partner_oauth", "one private operation with a scope of another resource server",
         first_private_operation(lambda op: op["security"][0]["bearerAuth"]["Fn::Split"][1]["Fn::Sub"].__setitem__(
             0, "${UserScopes},https://other.example.net/opportunities.read"))),
    Case("partner_oauth", "the service not told the resource server",
         delete(*FUNCTION, "Environment", "Variables", "OMS_OAUTH_RESOURCE_SERVER")),
    Case("partner_oauth", "disabled clients not configurable",
         delete(*FUNCTION, "Environment", "Variables", "OMS_OAUTH_DISABLED_CLIENT_IDS")),
    Case("partner_oauth", "a partner client with the authorization code grant",
         put("Resources", "PartnerAppClient", "Properties", "AllowedOAuthFlows", ["client_credentials", "code"])),
    Case("partner_oauth", "a partner client without a secret",
         put("Resources", "PartnerAppClient", "Properties", "GenerateSecret", False)),
    Case("partner_oauth", "a partner client holding the admin scope",
         put("Resources", "PartnerAppClient", "Properties", "AllowedOAuthScopes", 1,
             {"Fn::Sub": "${OAuthResourceServerIdentifier}/opportunities.admin"})),
    # API keys and the usage plan
    Case("api_key_required", "one operation without the API key",
         each_operation(lambda p, m, op: op["security"][0].pop("apiKey"), limit=1)),
    Case("api_key_required", "the API key scheme removed", delete(*SCHEMES, "apiKey")),
    Case("usage_plan_limits", "the usage plan removed", delete("Resources", "UsagePlan")),
    Case("usage_plan_limits", "rate 1000 req/s", put("Resources", "UsagePlan", "Properties", "Throttle", "RateLimit", 1000)),
    Case("usage_plan_limits", "burst 5000", put("Resources", "UsagePlan", "Properties", "Throttle", "BurstLimit", 5000)),
    Case("usage_plan_limits", "no daily quota", delete("Resources", "UsagePlan", "Properties", "Quota")),
    Case("usage_plan_limits", "a monthly quota", put("Resources", "UsagePlan", "Properties", "Quota", "Period", "MONTH")),
    Case("usage_plan_limits", "no key in the plan", delete("Resources", "ClientApiKeyInUsagePlan")),
    Case("usage_plan_limits", "the stage throttles at 10000 req/s",
         put("Resources", "Api", "Properties", "MethodSettings", 0, "ThrottlingRateLimit", 10000)),
    # the gateway's own behaviour
    Case("request_validation", "no default request validator", delete(*API, "x-amazon-apigateway-request-validator")),
    Case("request_validation", "bodies not validated",
         put(*API, "x-amazon-apigateway-request-validators", "body-and-parameters", "validateRequestBody", False)),
    Case("problem_json_errors", "gateway errors as application/json",
         put(*API, "x-amazon-apigateway-gateway-responses", "THROTTLED", "responseParameters",
             "gatewayresponse.header.Content-Type", "'application/json'")),
    Case("problem_json_errors", "no default 5xx response", delete(*API, "x-amazon-apigateway-gateway-responses", "DEFAULT_5XX")),
    Case("integration_live_alias", "an operation integrated with $LATEST instead of the alias",
         each_operation(lambda p, m, op: op["x-amazon-apigateway-integration"]["uri"].update(
             {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
                         "${OpportunityFunction.Arn}/invocations"}), limit=1)),
    Case("integration_live_alias", "an operation without integration",
         each_operation(lambda p, m, op: op.pop("x-amazon-apigateway-integration"), limit=1)),
    Case("integration_live_alias", "no alias", delete(*FUNCTION, "AutoPublishAlias")),
    Case("json_access_logs", "no access logs", delete("Resources", "Api", "Properties", "AccessLogSetting")),
    Case("json_access_logs", "CLF access logs",
         put("Resources", "Api", "Properties", "AccessLogSetting", "Format", "$context.requestId $context.status")),
    # WAF
    Case("waf", "the web ACL removed", delete("Resources", "WebAcl")),
    Case("waf", "no common rule set", waf_rule("AWSManagedRulesCommonRuleSet")),
    Case("waf", "no known-bad-inputs rule set", waf_rule("AWSManagedRulesKnownBadInputsRuleSet")),
    Case("waf", "no rate-based rule", waf_rule("RateLimitPerIp")),
    Case("waf", "the rate-based rule only counts",
         put("Resources", "WebAcl", "Properties", "Rules", 2, "Action", {"Count": {}})),
    Case("waf_association", "the web ACL not associated", delete("Resources", "WebAclAssociation")),
    Case("waf_association", "associated with another API",
         put("Resources", "WebAclAssociation", "Properties", "ResourceArn",
             {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/abc123/stages/prod"})),
    # alarms and the canary
    Case("alarm_5xx_rate", "the 5xx alarm removed", delete("Resources", "Api5xxRateAlarm")),
    Case("alarm_5xx_rate", "5xx threshold 10%", put("Resources", "Api5xxRateAlarm", "Properties", "Threshold", 10)),
    Case("alarm_latency", "the read latency alarm removed", delete("Resources", "ReadLatencyP99Alarm")),
    Case("alarm_latency", "read threshold 1000 ms", put("Resources", "ReadLatencyP99Alarm", "Properties", "Threshold", 1000)),
    Case("alarm_latency", "write threshold 2000 ms", put("Resources", "WriteLatencyP99Alarm", "Properties", "Threshold", 2000)),
    Case("alarm_latency", "write latency on the mean, not p99",
         put("Resources", "WriteLatencyP99Alarm", "Properties", "ExtendedStatistic", "p50")),
    Case("alarm_throttles", "the throttles alarm removed", delete("Resources", "FunctionThrottlesAlarm")),
    Case("alarm_throttles", "throttles tolerated up to 100", put("Resources", "FunctionThrottlesAlarm", "Properties", "Threshold", 100)),
    Case("alarms_notify", "an alarm that notifies nobody", delete("Resources", "FunctionErrorsAlarm", "Properties", "AlarmActions")),
    Case("alarms_notify", "an alarm with an empty action list", put("Resources", "ReadLatencyP99Alarm", "Properties", "AlarmActions", [])),
    Case("canary_rollback", "no deployment preference", delete(*FUNCTION, "DeploymentPreference")),
    Case("canary_rollback", "all at once", put(*FUNCTION, "DeploymentPreference", "Type", "AllAtOnce")),
    Case("canary_rollback", "canary disabled", put(*FUNCTION, "DeploymentPreference", "Enabled", False)),
    Case("canary_rollback", "5xx alarm does not roll back", drop_canary_alarm("Api5xxRateAlarm")),
    Case("canary_rollback", "read latency alarm does not roll back", drop_canary_alarm("ReadLatencyP99Alarm")),
    Case("canary_rollback", "write latency alarm does not roll back", drop_canary_alarm("WriteLatencyP99Alarm")),
    Case("canary_rollback", "throttles alarm does not roll back", drop_canary_alarm("FunctionThrottlesAlarm")),
    # secrets, network, IAM
    Case("secrets_manager", "the secret ARN not given to the function", delete(*FUNCTION, "Environment", "Variables", "DATABASE_SECRET_ARN")),
    Case("secrets_manager", "a password in an environment variable", add_env("DB_PASSWORD", "hunter2")),
    Case("secrets_manager", "a database URL with credentials in an environment variable",
         add_env("DATABASE_URL", "postgres://oms:hunter2@db/oms")),
    Case("secrets_manager", "a password parameter",
         put("Parameters", "DatabasePassword", {"Type": "String", "NoEcho": True})),
    Case("secrets_manager", "the proxy logs in without the secret",
         put("Resources", "DatabaseProxy", "Properties", "Auth", 0, "SecretArn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:other")),
    Case("secrets_manager", "the function may read every secret",
         put(*FUNCTION, "Policies", 0, "Statement", 0, "Resource", "*")),
    Case("least_privilege", "a wildcard action",
         put(*FUNCTION, "Policies", 0, "Statement", 0, "Action", "secretsmanager:*")),
    Case("least_privilege", "an administrator managed policy", put(*FUNCTION, "Policies", 1, "AdministratorAccess")),
    Case("two_az_vpc", "the function outside the VPC", delete(*FUNCTION, "VpcConfig")),
    Case("two_az_vpc", "the function in one subnet", delete(*FUNCTION, "VpcConfig", "SubnetIds", 1)),
    Case("two_az_vpc", "the proxy in one subnet", delete("Resources", "DatabaseProxy", "Properties", "VpcSubnetIds", 1)),
    Case("two_az_vpc", "the same subnet twice",
         put(*FUNCTION, "VpcConfig", "SubnetIds", 1, {"Ref": "PrivateSubnetIdA"})),
    Case("rds_proxy", "the function connects to the database directly",
         put(*FUNCTION, "Environment", "Variables", "OMS_DB_HOST", "db.example.internal")),
    Case("rds_proxy", "the proxy without TLS", put("Resources", "DatabaseProxy", "Properties", "RequireTLS", False)),
    # tracing, encryption, logs
    Case("xray", "function tracing pass-through", put(*FUNCTION, "Tracing", "PassThrough")),
    Case("xray", "API tracing off", put("Resources", "Api", "Properties", "TracingEnabled", False)),
    Case("encryption", "a log group without KMS", delete("Resources", "ApiAccessLogGroup", "Properties", "KmsKeyId")),
    Case("encryption", "the alarm topic unencrypted", delete("Resources", "AlarmTopic", "Properties", "KmsMasterKeyId")),
    Case("encryption", "key rotation off", put("Resources", "EncryptionKey", "Properties", "EnableKeyRotation", False)),
    Case("log_retention", "a log group kept forever", delete("Resources", "WafLogGroup", "Properties", "RetentionInDays")),
    Case("log_retention", "function logs to the default (unretained) group", delete(*FUNCTION, "LoggingConfig")),
    # the function itself and operations
    Case("lambda_shape", "x86_64", put(*FUNCTION, "Architectures", ["x86_64"])),
    Case("lambda_shape", "no architecture (x86_64 by default)", put(*FUNCTION, "Architectures", [])),
    Case("lambda_shape", "another build method", put("Resources", "OpportunityFunction", "Metadata", "BuildMethod", "makefile")),
    Case("concurrency", "no reserved concurrency", delete(*FUNCTION, "ReservedConcurrentExecutions")),
    Case("concurrency", "no provisioned concurrency", delete(*FUNCTION, "ProvisionedConcurrencyConfig")),
    Case("operations", "no dashboard", delete("Resources", "Dashboard")),
    Case("operations", "no budget", delete("Resources", "CostBudget")),
    Case("operations", "a budget that notifies nobody",
         put("Resources", "CostBudget", "Properties", "NotificationsWithSubscribers", [])),
    Case("operations", "no tags", delete("Globals", "Function", "Tags")),
    # webhook delivery
    Case("webhook_dispatcher", "no dispatcher function", delete("Resources", "WebhookDispatcherFunction")),
    Case("webhook_dispatcher", "the dispatcher not on a schedule",
         delete("Resources", "WebhookDispatcherFunction", "Properties", "Events")),
    Case("webhook_dispatcher", "the dispatcher every hour",
         put("Resources", "WebhookDispatcherFunction", "Properties", "Events", "EveryMinute", "Properties",
             "ScheduleExpression", "rate(1 hour)")),
    Case("webhook_dispatcher", "the sealing key in a plain variable",
         put("Resources", "WebhookDispatcherFunction", "Properties", "Environment", "Variables",
             "OMS_WEBHOOK_SECRETS_KEY", "00" * 32)),
    Case("webhook_dispatcher", "no backlog alarm", delete("Resources", "WebhookBacklogAgeAlarm")),
    Case("webhook_dispatcher", "the backlog alarm quiet when no metric comes",
         put("Resources", "WebhookBacklogAgeAlarm", "Properties", "TreatMissingData", "notBreaching")),
    Case("webhook_dispatcher", "a timer in the request function",
         put(*FUNCTION, "Events", {"Tick": {"Type": "ScheduleV2", "Properties": {"ScheduleExpression": "rate(1 minute)"}}})),
    Case("operations", "a stage named test", put("Parameters", "Stage", "AllowedValues", ["test", "prod"])),
    # retention (issue 16)
    Case("retention_schedule", "no retention function", delete("Resources", "RetentionFunction")),
    Case("retention_schedule", "no schedule", delete(*RETENTION, "Events")),
    Case("retention_schedule", "a schedule every 30 days",
         put(*RETENTION, "Events", "Daily", "Properties", "Schedule", "rate(30 days)")),
    Case("retention_schedule", "the schedule disabled", put(*RETENTION, "Events", "Daily", "Properties", "Enabled", False)),
    Case("retention_schedule", "runs in parallel", put(*RETENTION, "ReservedConcurrentExecutions", 10)),
    Case("retention_schedule", "outside the VPC", delete(*RETENTION, "VpcConfig")),
    Case("retention_schedule", "a database URL with credentials",
         put(*RETENTION, "Environment", "Variables", "DATABASE_URL", "postgres://oms:hunter2@db/oms")),
    Case("retention_schedule", "no errors alarm", delete("Resources", "RetentionErrorsAlarm")),
]


def policy_view(template: dict) -> dict:
    """The template without the parts of the API definition no rule reads (schemas, and each operation's
    parameters, request body and responses): six times less for cfn-guard to read per mutation. Should a
    rule come to read them, the unchanged view fails that rule and says so."""
    view = copy.deepcopy(template)
    body = at(view, *API)
    body.get("components", {}).pop("schemas", None)
    for item in body["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                for key in ("parameters", "requestBody", "responses"):
                    operation.pop(key, None)
    return view


def command_mutations() -> int:
    base = policy_view(cfn_template.rendered())
    names = guard_rule_names()
    templates = {"unchanged": base}
    for index, case in enumerate(CASES):
        mutated = copy.deepcopy(base)
        case.mutate(mutated)
        if mutated == base:
            raise SystemExit(f"mutation {case.what!r} changed nothing")
        templates[f"case-{index:03d}"] = mutated
    statuses = guard_statuses(templates)

    failures = []
    unchanged = statuses["unchanged"]
    if any(unchanged.get(name) != "PASS" for name in names):
        failures.append(f"the unchanged template does not pass every rule: {unchanged}")
    for index, case in enumerate(CASES):
        result = statuses[f"case-{index:03d}"]
        caught = result.get(case.rule) == "FAIL"
        print(f"  {'caught' if caught else 'MISSED':6}  {case.rule:22} {case.what}")
        if not caught:
            failures.append(f"{case.what}: rule {case.rule} is {result.get(case.rule, 'missing')}")
    untested = sorted(set(names) - {case.rule for case in CASES})
    if untested:
        failures.append(f"rules no mutation breaks: {untested}")
    unknown = sorted({case.rule for case in CASES} - set(names))
    if unknown:
        failures.append(f"mutations name rules that do not exist: {unknown}")
    for failure in failures:
        print(f"mutations: {failure}")
    caught = sum(statuses[f"case-{i:03d}"].get(case.rule) == "FAIL" for i, case in enumerate(CASES))
    print(f"mutations: {caught} passed, {len(CASES) - caught} failed ({len(names)} rules, {len(CASES)} mutations)")
    return 1 if failures else 0


# ---- lint --------------------------------------------------------------------------------------

PSEUDO = {"AWS::AccountId", "AWS::Partition", "AWS::Region", "AWS::URLSuffix", "AWS::StackName", "AWS::StackId"}


def sub_variables(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Fn::Sub" and isinstance(value, str):
                yield from re.findall(r"\$\{([^!}][^}]*)\}", value)
            else:
                yield from sub_variables(value)
    elif isinstance(node, list):
        for item in node:
            yield from sub_variables(item)


def sam_transform(template: dict) -> dict:
    """What `sam deploy` hands CloudFormation, as far as SAM's own translator makes it offline."""
    from samtranslator.translator.transform import transform

    logging.getLogger("samtranslator").setLevel(logging.ERROR)  # feature-toggle notices, not findings

    class ManagedPolicies:  # the translator asks IAM for managed policy ARNs; answer for ours
        def load(self):
            return {
                "AWSLambdaVPCAccessExecutionRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
                "AWSXrayWriteOnlyAccess": "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
            }

    template = copy.deepcopy(template)
    for resource in template["Resources"].values():
        if resource.get("Type") == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = "s3://bucket/function.zip"
    os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-1")
    return transform(template, {"Stage": "prod"}, ManagedPolicies())


def placeholders(node):
    """The definition with every intrinsic function replaced by a plain value of the same kind."""
    if isinstance(node, dict):
        if len(node) == 1 and next(iter(node)) == "Fn::Split":
            return []  # a method's authorization scopes: a list at deploy time
        if len(node) == 1 and next(iter(node)) in ("Ref", "Fn::Sub", "Fn::GetAtt"):
            return "aws.cognito.signin.user.admin" if node.get("Ref") == "AccessTokenScopes" else "intrinsic"
        return {key: placeholders(value) for key, value in node.items()}
    if isinstance(node, list):
        return [placeholders(item) for item in node]
    return node


def check_definition(definition: dict, contract: dict) -> list[str]:
    """The derived definition is still OpenAPI 3.0, and the gateway's own errors are problems as the
    contract defines them (rendered with the values API Gateway puts in)."""
    import jsonschema
    from openapi_spec_validator import validate

    problems = []
    document = placeholders(definition)
    for requirement in document.get("security", []) + [
        r for item in document["paths"].values() for op in item.values() if isinstance(op, dict)
        for r in op.get("security", [])
    ]:
        if requirement.get("bearerAuth") == "aws.cognito.signin.user.admin":
            requirement["bearerAuth"] = []  # a Ref to a list parameter: a list of scopes at deploy time
    try:
        validate(document)
    except Exception as error:  # the validator's own error types vary by version
        problems.append(f"the derived definition is not valid OpenAPI: {str(error).splitlines()[0]}")

    schemas = contract["components"]["schemas"]
    problem_schema = {**schemas["Problem"], "components": {"schemas": schemas}}
    for kind, response in definition["x-amazon-apigateway-gateway-responses"].items():
        body = response["responseTemplates"]["application/json"]
        body = body.replace("$context.error.messageString", json.dumps("Unauthorized"))
        body = body.replace("$context.requestId", "0b9c2a6e-6f0e-4d7e-9d1a-3f0c4b8e2a11")
        try:
            rendered = json.loads(body)
            jsonschema.validate(rendered, problem_schema)
        except (ValueError, jsonschema.ValidationError) as error:
            problems.append(f"gateway response {kind} is not a problem of the contract: {str(error).splitlines()[0]}")
            continue
        if str(rendered["status"]) != response["statusCode"]:
            problems.append(f"gateway response {kind}: body status {rendered['status']} != {response['statusCode']}")
    return problems


def check_dashboard(template: dict) -> list[str]:
    body = template["Resources"]["Dashboard"]["Properties"]["DashboardBody"]["Fn::Sub"][0]
    try:
        json.loads(re.sub(r"\$\{[^}]+\}", "x", body))
    except ValueError as error:
        return [f"the dashboard body is not JSON: {error}"]
    return []


def command_lint() -> int:
    with tempfile.TemporaryDirectory(prefix="sam-lint-") as tmp:
        rendered = cfn_template.rendered()
        rendered_path = pathlib.Path(tmp) / "sam-template.rendered.json"
        rendered_path.write_text(json.dumps(rendered, indent=1), encoding="utf-8")
        proc = subprocess.run(["cfn-lint", "--", str(cfn_template.TEMPLATE), str(rendered_path)], check=False)
        if proc.returncode != 0:
            print(f"lint: cfn-lint found problems (exit {proc.returncode})", file=sys.stderr)
            return 1
        print("lint: cfn-lint: no errors, no warnings (sam-template.yaml and the inlined definition)")

        transformed = sam_transform(rendered)
        known = set(transformed["Resources"]) | set(transformed.get("Parameters", {})) | PSEUDO
        body = transformed["Resources"]["Api"]["Properties"]["Body"]
        unresolved = sorted({v.split(".")[0] for v in sub_variables(body)} - known)
        if unresolved:
            print(f"lint: the API definition names what the stack does not have: {unresolved}", file=sys.stderr)
            return 1
        alias = transformed["Resources"].get("OpportunityFunctionAliaslive", {}).get("Type")
        if alias != "AWS::Lambda::Alias":
            print("lint: SAM no longer names the live alias OpportunityFunctionAliaslive", file=sys.stderr)
            return 1
        print(f"lint: SAM transform: {len(transformed['Resources'])} resources; every ${{...}} of the API definition resolves")

    import yaml

    contract = yaml.safe_load((REPO_ROOT / "api" / "openapi.yaml").read_text(encoding="utf-8"))
    definition = at(rendered, *API)
    problems = check_definition(definition, contract) + check_dashboard(rendered)
    for problem in problems:
        print(f"lint: {problem}")
    if problems:
        return 1
    print(f"lint: the derived definition is valid OpenAPI; its {len(definition['x-amazon-apigateway-gateway-responses'])} "
          "gateway responses are problems of the contract's Problem schema; the dashboard is JSON")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "render":
        pathlib.Path(argv[2]).write_text(json.dumps(cfn_template.rendered(), indent=1), encoding="utf-8")
        return 0
    commands = {"lint": command_lint, "policy": command_policy, "mutations": command_mutations}
    if len(argv) != 2 or argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[1]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
