"""The standalone server's metrics reach CloudWatch: moto's server mode stands in for it.

tests/run.sh (stage `metrics`) starts `moto_server` and opportunity-service with AWS_ENDPOINT_URL
pointing at it, dummy credentials and a 1-second publishing interval, then runs this: it waits for
the server, makes
requests of several operations (successes, 4xx), and reads back through the CloudWatch API
(boto3: ListMetrics, GetMetricStatistics) what the server published, per operation and per access
kind, until the figures match or 20 seconds pass.

Environment: SERVICE_URL, MOTO_URL, METRICS_NAMESPACE, OMS_SERVICE_BIN and OMS_DATA_DIR (tokens).
"""

import datetime
import os
import sys
import time
from collections import Counter

import boto3

from oms import Checks, bearer_token, http

SERVICE_URL = os.environ["SERVICE_URL"]
NAMESPACE = os.environ["METRICS_NAMESPACE"]
SERVICE = "opportunity-service"


def main() -> int:
    checks = Checks()
    admin = bearer_token("admin", "metrics-admin")
    auth = {"Authorization": f"Bearer {admin}"}
    expected = {}  # operation -> Counter(Requests, ClientErrors, Errors)
    reads = writes = 0
    callers = Counter()  # user (a token accepted) / anonymous

    def request(operation, method, path, status, **kwargs):
        nonlocal reads, writes
        got, _, _ = http(method, SERVICE_URL + path, **kwargs)
        checks.equal(got, status, f"{method} {path}")
        counts = expected.setdefault(operation, Counter())
        counts["Requests"] += 1
        counts["ClientErrors"] += 1 if 400 <= got < 500 else 0
        counts["Errors"] += 1 if got >= 500 else 0
        callers["user" if "headers" in kwargs and got != 401 else "anonymous"] += 1
        if method == "GET":
            reads += 1
        else:
            writes += 1

    # The server may still be starting: wait for it here, counting every request it answered.
    deadline = time.monotonic() + 60
    while True:
        try:
            request("getLiveness", "GET", "/v1/health/live", 200)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    for _ in range(2):
        request("getLiveness", "GET", "/v1/health/live", 200)
    for _ in range(2):
        request("listAccounts", "GET", "/v1/accounts", 200, headers=auth)
    request("listAccounts", "GET", "/v1/accounts", 401)
    request("createAccount", "POST", "/v1/accounts", 201, headers=auth, body={"name": "Metrics Inc"})
    request("createAccount", "POST", "/v1/accounts", 422, headers=auth, body={"name": ""})
    request("NoRoute", "GET", "/v1/nowhere", 404)

    cloudwatch = boto3.client("cloudwatch", endpoint_url=os.environ["MOTO_URL"], region_name="us-east-1",
                              aws_access_key_id="testing", aws_secret_access_key="testing")
    now = datetime.datetime.now(datetime.timezone.utc)

    def statistic(metric, dimensions, stat="Sum"):
        datapoints = cloudwatch.get_metric_statistics(
            Namespace=NAMESPACE, MetricName=metric,
            Dimensions=[{"Name": name, "Value": value} for name, value in dimensions.items()],
            StartTime=now - datetime.timedelta(minutes=10), EndTime=now + datetime.timedelta(minutes=10),
            Period=60, Statistics=[stat])["Datapoints"]
        values = [point[stat] for point in datapoints]
        return (max(values, default=0) if stat == "Maximum" else sum(values))

    def published():
        return {operation: Counter({metric: statistic(metric, {"Service": SERVICE, "Operation": operation})
                                    for metric in ("Requests", "ClientErrors", "Errors")})
                for operation in expected}

    deadline = time.monotonic() + 20
    while True:
        got = published()
        if all(got[op] == expected[op] for op in expected) or time.monotonic() > deadline:
            break
        time.sleep(1)
    for operation, counts in expected.items():
        checks.equal(dict(got[operation]), dict(counts), f"CloudWatch figures of {operation}")

    names = {(metric["MetricName"], tuple(sorted((d["Name"], d["Value"]) for d in metric["Dimensions"])))
             for page in cloudwatch.get_paginator("list_metrics").paginate(Namespace=NAMESPACE)
             for metric in page["Metrics"]}
    for operation in expected:
        for metric in ("Requests", "Errors", "ClientErrors", "Latency"):
            checks.expect((metric, (("Operation", operation), ("Service", SERVICE))) in names,
                          f"ListMetrics has {metric} of {operation}")
    checks.equal(statistic("Requests", {"Service": SERVICE, "Access": "read"}), reads, "read requests, rolled up")
    checks.equal(statistic("Requests", {"Service": SERVICE, "Access": "write"}), writes, "write requests, rolled up")
    for caller, count in callers.items():
        checks.equal(statistic("Requests", {"Service": SERVICE, "Caller": caller}), count,
                     f"requests of {caller} callers, rolled up")
    latency_samples = statistic("Latency", {"Service": SERVICE, "Operation": "listAccounts"}, "SampleCount")
    checks.equal(latency_samples, 3, "listAccounts latency: one sample per request (values with counts)")
    latency_max = statistic("Latency", {"Service": SERVICE, "Operation": "getLiveness"}, "Maximum")
    checks.expect(0 < latency_max < 5_000, f"getLiveness latency in milliseconds ({latency_max})")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
