//! Logging set-up, the same for the server and the Lambda.

use crate::config::LogFormat;

/// Installs the global subscriber: `RUST_LOG` or `info,sqlx=warn`, in `format`. JSON lines carry
/// the request span's fields (request id, operation) flattened, for CloudWatch Logs Insights.
pub fn init(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Pretty => builder.init(),
    }
}
