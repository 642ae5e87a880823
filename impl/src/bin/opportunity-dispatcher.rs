//! The AWS Lambda function that delivers webhooks: started by an EventBridge schedule (every
//! minute), it runs the dispatcher's rounds (`webhooks::dispatcher`) until nothing is due or its
//! time is nearly up. The request function never delivers: a Lambda is frozen between requests,
//! so a timer inside it would not run. Any number of invocations may overlap: deliveries are
//! claimed with leases (`FOR UPDATE SKIP LOCKED`), so none is sent twice at once, and an
//! invocation cut off mid-delivery leaves its claims to expire and be sent again.
//!
//! Configuration: the request function's environment (database secret, `OMS_DB_HOST`), plus the
//! key that seals webhook secrets (`OMS_WEBHOOK_SECRETS_KEY_ARN`, read from Secrets Manager once
//! per execution environment). A Lambda runs in production, so the SSRF guard's development
//! allowance (`OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP`) is refused at start, as the server refuses it.
//!
//! Only a scheduled event starts a dispatch ([`ScheduledEvent`]); anything else is refused, so a
//! misrouted event source (an API Gateway route, a queue) cannot drive deliveries.

use std::time::{Duration, Instant};

use clap::Parser;
use lambda_runtime::{service_fn, LambdaEvent};
use opportunity_service::config::{Config, LogFormat};
use opportunity_service::store::Store;
use opportunity_service::telemetry;
use opportunity_service::webhooks::dispatcher::Dispatcher;
use opportunity_service::webhooks::secrets::SecretBox;

#[derive(Parser)]
#[command(
    name = "opportunity-dispatcher",
    version,
    about = "Delivers webhooks as an AWS Lambda function (EventBridge scheduled events)"
)]
struct Cli {
    #[command(flatten)]
    config: Config,
}

/// The time an invocation assumes it has when the runtime's deadline is already past at its start.
/// Lambda never sends such a deadline (it is the start plus the function's `Timeout`, 60 s in
/// `sam-template.yaml`); local runtime emulators do (`cargo lambda watch` sends a constant 600000 ms
/// since the epoch). Overrunning is safe anyway: an invocation cut off mid-delivery leaves its
/// claims to expire and be sent again.
const ASSUMED_TIMEOUT: Duration = Duration::from_secs(60);

/// What starts a dispatch: an EventBridge rule's scheduled event (`source` `aws.events`), or the
/// same shape sent by the EventBridge Scheduler schedule of `sam-template.yaml` (its `Input`,
/// `source` `aws.scheduler`). Both say `detail-type: Scheduled Event`.
#[derive(Debug, serde::Deserialize)]
struct ScheduledEvent {
    source: String,
    #[serde(rename = "detail-type")]
    detail_type: String,
}

impl ScheduledEvent {
    /// The event, if it is a scheduled one; else why it is refused.
    fn parse(payload: serde_json::Value) -> Result<Self, String> {
        let event: ScheduledEvent = serde_json::from_value(payload).map_err(|error| {
            format!("refusing an event that is not an EventBridge scheduled event: {error}")
        })?;
        if event.detail_type != "Scheduled Event"
            || !matches!(event.source.as_str(), "aws.events" | "aws.scheduler")
        {
            return Err(format!(
                "refusing an event that is not an EventBridge scheduled event (source {:?}, \
                 detail-type {:?})",
                event.source, event.detail_type
            ));
        }
        Ok(event)
    }
}

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let config = Cli::parse().config;
    let _logging = telemetry::init(LogFormat::Json, telemetry::Writer::Direct);
    config.check_webhook_guard()?;
    let config = opportunity_service::server::resolve_aws_secrets(&config).await?;
    let store = Store::connect(&config).await?;
    store.migrate().await?;
    let secrets = SecretBox::from_config(&config)?.ok_or_else(|| {
        anyhow::anyhow!(
            "the dispatcher needs OMS_WEBHOOK_SECRETS_KEY or OMS_WEBHOOK_SECRETS_KEY_ARN"
        )
    })?;
    let dispatcher = Dispatcher::new(store.clone(), secrets, &config)?;
    let namespace = config.aws.metrics_namespace.clone();
    lambda_runtime::run(service_fn(move |event: LambdaEvent<serde_json::Value>| {
        let dispatcher = dispatcher.clone();
        let store = store.clone();
        let namespace = namespace.clone();
        async move {
            let schedule = ScheduledEvent::parse(event.payload).map_err(|refusal| {
                tracing::warn!(%refusal, "webhook dispatch refused");
                lambda_runtime::Error::from(refusal)
            })?;
            tracing::info!(source = %schedule.source, "webhook dispatch started");
            let remaining = event
                .context
                .deadline()
                .duration_since(std::time::SystemTime::now())
                .unwrap_or_else(|_| {
                    tracing::warn!(
                        assumed_seconds = ASSUMED_TIMEOUT.as_secs(),
                        "the invocation's deadline had passed before it started: assuming the function's timeout"
                    );
                    ASSUMED_TIMEOUT
                });
            let attempted = dispatcher.drain(Instant::now() + remaining).await?;
            tracing::info!(attempted, "webhook dispatch finished");
            let (backlog_age, failed) = store.webhook_backlog().await?;
            // Embedded Metric Format: CloudWatch turns this log line into the metrics the
            // template's alarms watch (backlog age, deliveries that failed for good).
            println!(
                "{}",
                serde_json::json!({
                    "_aws": {
                        "Timestamp": chrono::Utc::now().timestamp_millis(),
                        "CloudWatchMetrics": [{
                            "Namespace": namespace,
                            "Dimensions": [["Service"]],
                            "Metrics": [
                                {"Name": "WebhookBacklogAgeSeconds", "Unit": "Seconds"},
                                {"Name": "WebhookDeliveriesFailed", "Unit": "Count"},
                                {"Name": "WebhookAttempts", "Unit": "Count"}
                            ]
                        }]
                    },
                    "Service": "opportunity-service",
                    "WebhookBacklogAgeSeconds": backlog_age,
                    "WebhookDeliveriesFailed": failed,
                    "WebhookAttempts": attempted,
                })
            );
            Ok::<_, lambda_runtime::Error>(serde_json::json!({ "attempted": attempted }))
        }
    }))
    .await
}

#[cfg(test)]
mod tests {
    use super::ScheduledEvent;

    #[test]
    fn scheduled_events_start_a_dispatch_and_nothing_else_does() {
        let rule = serde_json::json!({
            "version": "0", "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
            "detail-type": "Scheduled Event", "source": "aws.events", "account": "123456789012",
            "time": "2026-12-03T16:00:00Z", "region": "eu-west-1",
            "resources": ["arn:aws:events:eu-west-1:123456789012:rule/every-minute"], "detail": {}
        });
        assert!(ScheduledEvent::parse(rule).is_ok());
        let scheduler =
            serde_json::json!({"source": "aws.scheduler", "detail-type": "Scheduled Event"});
        assert!(ScheduledEvent::parse(scheduler).is_ok());
        for refused in [
            serde_json::json!({}),
            serde_json::json!({"httpMethod": "GET", "path": "/v1/health/live"}),
            serde_json::json!({"source": "aws.s3", "detail-type": "Object Created"}),
            serde_json::json!({"source": "partner.app", "detail-type": "Scheduled Event"}),
        ] {
            assert!(ScheduledEvent::parse(refused).is_err());
        }
    }
}
