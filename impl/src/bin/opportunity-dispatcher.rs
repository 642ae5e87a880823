//! The AWS Lambda function that delivers webhooks: started by an EventBridge schedule (every
//! minute), it runs the dispatcher's rounds (`webhooks::dispatcher`) until nothing is due or its
//! time is nearly up. The request function never delivers: a Lambda is frozen between requests,
//! so a timer inside it would not run. Any number of invocations may overlap: deliveries are
//! claimed with leases (`FOR UPDATE SKIP LOCKED`), so none is sent twice at once, and an
//! invocation cut off mid-delivery leaves its claims to expire and be sent again.
//!
//! Configuration: the request function's environment (database secret, `OMS_DB_HOST`), plus the
//! key that seals webhook secrets (`OMS_WEBHOOK_SECRETS_KEY_ARN`, read from Secrets Manager once
//! per execution environment).

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

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let config = Cli::parse().config;
    let _logging = telemetry::init(LogFormat::Json, telemetry::Writer::Direct);
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
            let remaining = event
                .context
                .deadline()
                .duration_since(std::time::SystemTime::now())
                .unwrap_or(Duration::ZERO);
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
