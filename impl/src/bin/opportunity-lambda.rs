//! The AWS Lambda entry point: API Gateway REST API proxy events, answered by the same service
//! stack as the standalone server (`opportunity_service::server::build`).
//!
//! Configuration comes from the same environment variables as the server's (`DATABASE_URL`, or
//! `DATABASE_SECRET_ARN` with `OMS_DB_HOST`; `OMS_TOKEN_ISSUER`, ...). Everything slow happens once
//! per execution environment, before the first event: the database pool, the migrations, the
//! contract, the token keys. Logs are JSON lines unless `OMS_LOG_FORMAT` says otherwise; metrics
//! leave as Embedded Metric Format lines at the end of each invocation.
//!
//! With `OMS_LAMBDA_HANDLER=retention` the same binary is the retention function instead: it
//! answers EventBridge scheduled events (nothing else) by running the retention job once
//! (`opportunity_service::lambda::retention`).

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Instant;

use clap::Parser;
use opportunity_service::config::{Config, LogFormat};
use opportunity_service::{lambda, server, telemetry};

#[derive(Parser)]
#[command(
    name = "opportunity-lambda",
    version,
    about = "The Opportunity Management Service as an AWS Lambda function (API Gateway REST API proxy events)"
)]
struct Cli {
    #[command(flatten)]
    config: Config,
}

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let started = Instant::now();
    let config = Cli::parse().config;
    let log_format = if std::env::var_os("OMS_LOG_FORMAT").is_some() {
        config.log_format
    } else {
        LogFormat::Json
    };
    let _logging = telemetry::init(log_format, telemetry::Writer::Direct);
    if std::env::var("OMS_LAMBDA_HANDLER").is_ok_and(|handler| handler == "retention") {
        return lambda::retention::run(config).await;
    }
    let edge = Arc::new(server::build(&config).await.map_err(|error| {
        tracing::error!(error = format!("{error:#}"), "the function could not start");
        error
    })?);
    let metrics = Arc::new(server::metrics_config(&config));
    tracing::info!(
        init_ms = started.elapsed().as_millis() as u64,
        "ready for events"
    );
    lambda_http::run(lambda_http::service_fn(move |request| {
        let edge = Arc::clone(&edge);
        let metrics = Arc::clone(&metrics);
        async move { Ok::<_, Infallible>(lambda::answer(&edge, &metrics, request).await) }
    }))
    .await
}
