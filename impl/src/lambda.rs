//! API Gateway REST API proxy events in, the one [`Edge`] in between, proxy responses out.
//!
//! `lambda_http` turns an event into an `http::Request` and a response back into the proxy
//! response (JSON and problem bodies as text, anything else base64). All that is left here is the
//! stage: the path API Gateway hands over may carry `/{stage}` in front of the contract's paths,
//! and `lambda_http` adds it when it is missing, so it is taken off before the edge routes.
//! The API key API Gateway validated for the usage plan (`requestContext.identity.apiKey`) rides
//! along as [`ValidatedApiKey`], so the service's rate limit is kept per key as the gateway's is.
//! Nothing else differs from the standalone server: same routing, same checks, same handlers.

use std::io::Write as _;
use std::time::SystemTime;

use http::uri::PathAndQuery;
use lambda_http::request::RequestContext;
use lambda_http::RequestExt as _;

use crate::http::{Edge, ResponseBody, ValidatedApiKey};
use crate::metrics::MetricsConfig;

/// Answers one invocation, then writes the invocation's metrics to stdout as Embedded Metric
/// Format lines (CloudWatch Logs extracts them; see [`crate::metrics`]).
pub async fn answer(
    edge: &Edge,
    metrics: &MetricsConfig,
    request: lambda_http::Request,
) -> http::Response<ResponseBody> {
    let response = edge.handle(with_api_key(without_stage(request))).await;
    let lines = edge.metrics().emf_lines(metrics, SystemTime::now());
    if !lines.is_empty() {
        let mut stdout = std::io::stdout().lock();
        for line in lines {
            // A full log stream must not fail the request: the metrics line is lost, that is all.
            let _ = writeln!(stdout, "{line}");
        }
        let _ = stdout.flush();
    }
    response
}

/// The request with the API key the gateway checked, when there is one. Only the request context
/// counts: a client-sent `x-api-key` header proves nothing by itself.
pub fn with_api_key(
    mut request: http::Request<lambda_http::Body>,
) -> http::Request<lambda_http::Body> {
    let api_key = match request.request_context_ref() {
        Some(RequestContext::ApiGatewayV1(context)) => context.identity.api_key.clone(),
        _ => None,
    };
    if let Some(api_key) = api_key.filter(|key| !key.is_empty()) {
        request.extensions_mut().insert(ValidatedApiKey(api_key));
    }
    request
}

/// The request with the REST API stage (`/prod`, `/dev`) taken off the front of its path, so that
/// the edge sees the contract's paths (`/v1/...`). The query string is kept as it is.
pub fn without_stage(request: lambda_http::Request) -> http::Request<lambda_http::Body> {
    let stage = match request.request_context_ref() {
        Some(RequestContext::ApiGatewayV1(context)) => context.stage.clone(),
        _ => None,
    };
    let Some(stage) = stage.filter(|stage| !stage.is_empty() && stage != "$default") else {
        return request;
    };
    let (mut parts, body) = request.into_parts();
    let path = parts.uri.path();
    let stripped = path
        .strip_prefix('/')
        .and_then(|rest| rest.strip_prefix(stage.as_str()))
        .filter(|rest| rest.starts_with('/'));
    if let Some(rest) = stripped {
        let path_and_query = match parts.uri.query() {
            Some(query) => format!("{rest}?{query}"),
            None => rest.to_owned(),
        };
        let mut uri = parts.uri.clone().into_parts();
        if let Ok(path_and_query) = PathAndQuery::try_from(path_and_query) {
            uri.path_and_query = Some(path_and_query);
            if let Ok(uri) = http::Uri::from_parts(uri) {
                parts.uri = uri;
            }
        }
    }
    http::Request::from_parts(parts, body)
}

/// The retention function: EventBridge scheduled events in, one retention run each, its counts out.
pub mod retention {
    use lambda_http::lambda_runtime::{self, service_fn, LambdaEvent};
    use serde_json::Value;

    use crate::config::Config;
    use crate::store::retention::{RetentionPolicy, RetentionReport};
    use crate::store::{now_micros, Store};

    /// Whether `event` is what an EventBridge schedule (rule or Scheduler) delivers. Anything
    /// else is refused, so that the function cannot be made to purge by another trigger.
    pub fn is_scheduled_event(event: &Value) -> bool {
        event.get("detail-type").and_then(Value::as_str) == Some("Scheduled Event")
            && matches!(
                event.get("source").and_then(Value::as_str),
                Some("aws.events" | "aws.scheduler")
            )
    }

    /// Runs one retention pass for a scheduled event.
    pub async fn handle(
        store: &Store,
        policy: RetentionPolicy,
        event: &Value,
        request_id: &str,
    ) -> anyhow::Result<RetentionReport> {
        if !is_scheduled_event(event) {
            anyhow::bail!("the retention function answers EventBridge scheduled events only");
        }
        store
            .run_retention(policy, now_micros(), request_id)
            .await
            .map_err(|error| anyhow::anyhow!("the retention run failed: {error}"))
    }

    /// The function's main loop: connects once per execution environment, then one run per event.
    pub async fn run(config: Config) -> Result<(), lambda_http::Error> {
        let config = crate::server::with_database_url(&config).await?;
        let store = Store::connect(&config).await?;
        store.migrate().await?;
        let policy = RetentionPolicy::from_config(&config);
        lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| {
            let store = store.clone();
            async move {
                let report = handle(&store, policy, &event.payload, &event.context.request_id)
                    .await
                    .map_err(|error| {
                        tracing::error!(
                            error = format!("{error:#}"),
                            "retention refused or failed"
                        );
                        lambda_http::Error::from(format!("{error:#}"))
                    })?;
                Ok::<_, lambda_http::Error>(serde_json::to_value(report)?)
            }
        }))
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(path: &str, stage: &str) -> lambda_http::Request {
        event_with_identity(path, stage, serde_json::json!({"sourceIp": "203.0.113.7"}))
    }

    fn event_with_identity(
        path: &str,
        stage: &str,
        identity: serde_json::Value,
    ) -> lambda_http::Request {
        let event = serde_json::json!({
            "resource": "/{proxy+}",
            "path": path,
            "httpMethod": "GET",
            "headers": {"Host": "abc123.execute-api.eu-west-1.amazonaws.com"},
            "multiValueHeaders": {"Host": ["abc123.execute-api.eu-west-1.amazonaws.com"]},
            "queryStringParameters": {"limit": "5"},
            "multiValueQueryStringParameters": {"limit": ["5"], "stage": ["a", "b"]},
            "pathParameters": {"proxy": "v1/opportunities"},
            "stageVariables": null,
            "requestContext": {
                "accountId": "123456789012",
                "resourceId": "abc",
                "stage": stage,
                "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                "identity": identity,
                "resourcePath": "/{proxy+}",
                "httpMethod": "GET",
                "apiId": "abc123",
                "path": format!("/{stage}{path}"),
            },
            "body": null,
            "isBase64Encoded": false
        });
        lambda_http::request::from_str(&event.to_string()).expect("a REST API proxy event")
    }

    #[test]
    fn the_retention_function_answers_scheduled_events_only() {
        let scheduled = serde_json::json!({
            "version": "0", "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
            "detail-type": "Scheduled Event", "source": "aws.events",
            "account": "123456789012", "time": "2026-12-04T03:00:00Z", "region": "eu-west-1",
            "resources": ["arn:aws:events:eu-west-1:123456789012:rule/oms-retention"], "detail": {}
        });
        assert!(retention::is_scheduled_event(&scheduled));
        let mut forged = scheduled.clone();
        forged["source"] = serde_json::json!("my.app");
        assert!(!retention::is_scheduled_event(&forged));
        assert!(!retention::is_scheduled_event(
            &serde_json::json!({"httpMethod": "POST", "path": "/v1/opportunities"})
        ));
    }

    #[test]
    fn the_stage_is_taken_off_whether_or_not_the_event_path_carries_it() {
        for path in ["/v1/opportunities", "/prod/v1/opportunities"] {
            let request = without_stage(event(path, "prod"));
            assert_eq!(
                request.uri().path(),
                "/v1/opportunities",
                "event path {path}"
            );
            let query = request.uri().query().unwrap_or_default();
            assert!(query.contains("limit=5"), "{query}");
            assert!(
                query.contains("stage=a") && query.contains("stage=b"),
                "{query}"
            );
        }
    }

    #[test]
    fn a_path_that_only_starts_like_the_stage_is_left_alone() {
        let request = without_stage(event("/production/v1/x", "prod"));
        assert_eq!(request.uri().path(), "/production/v1/x");
    }

    #[test]
    fn the_gateway_validated_api_key_keys_the_rate_limit() {
        let identity = serde_json::json!({"sourceIp": "203.0.113.7", "apiKey": "partner-key-1"});
        let request = with_api_key(without_stage(event_with_identity(
            "/v1/opportunities",
            "prod",
            identity,
        )));
        let key = request.extensions().get::<ValidatedApiKey>();
        assert_eq!(
            key.map(|ValidatedApiKey(key)| key.as_str()),
            Some("partner-key-1")
        );

        let request = with_api_key(without_stage(event("/v1/opportunities", "prod")));
        assert!(request.extensions().get::<ValidatedApiKey>().is_none());
    }
}
