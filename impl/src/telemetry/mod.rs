//! Logging set-up, the same for the server and the Lambda.
//!
//! One access line per request is a feature, so it must be cheap: the filter is a static table of
//! targets and levels (decided once per call site, no matching per event) unless `RUST_LOG` asks
//! for span or field filters, and the server appends lines to a buffer that a writer thread writes
//! out in batches (see [`batch`]): no system call and no thread wake-up per line.

mod batch;

use tracing_subscriber::filter::{EnvFilter, Targets};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

use crate::config::LogFormat;

const DEFAULT_FILTER: &str = "info,sqlx=warn";

/// Where log lines go: through a writer thread, or straight to standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// A bounded buffer written out by a thread every few milliseconds (lines beyond the bound are
    /// dropped and counted, never waited for): for the server.
    Background,
    /// Written on the calling thread: for the Lambda, whose environment may be frozen or discarded
    /// as soon as an invocation returns, so a line must be out before it does.
    Direct,
}

/// Keeps the writer thread alive; dropping it flushes what is queued. Hold it for the process's
/// lifetime.
#[must_use = "logs stop when the guard is dropped"]
pub struct Logging {
    _writer: Option<batch::Flusher>,
}

/// Installs the global subscriber: `RUST_LOG` or `info,sqlx=warn`, in `format` (`auto`: JSON
/// unless standard output is a terminal). JSON lines carry the request span's fields (request id,
/// operation) flattened, for CloudWatch Logs Insights.
pub fn init(format: LogFormat, writer: Writer) -> Logging {
    let directives = std::env::var("RUST_LOG").unwrap_or_else(|_| DEFAULT_FILTER.to_owned());
    // Targets cannot express span or field filters; EnvFilter can, at a cost per event.
    let (targets, env_filter) = match directives.parse::<Targets>() {
        Ok(targets) => (Some(targets), None),
        Err(_) => (
            None,
            Some(
                EnvFilter::try_new(&directives).unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER)),
            ),
        ),
    };
    let (make_writer, guard) = match writer {
        Writer::Background => {
            let (writer, flusher) = batch::stdout();
            (
                tracing_subscriber::fmt::writer::BoxMakeWriter::new(writer),
                Some(flusher),
            )
        }
        Writer::Direct => (
            tracing_subscriber::fmt::writer::BoxMakeWriter::new(std::io::stdout),
            None,
        ),
    };
    let (json, pretty) = match format.resolved() {
        LogFormat::Pretty => (
            None,
            Some(tracing_subscriber::fmt::layer().with_writer(make_writer)),
        ),
        _ => (
            Some(
                tracing_subscriber::fmt::layer()
                    .json()
                    .flatten_event(true)
                    .with_span_list(false)
                    .with_writer(make_writer),
            ),
            None,
        ),
    };
    tracing_subscriber::registry()
        .with(targets)
        .with(env_filter)
        .with(json)
        .with(pretty)
        .init();
    Logging { _writer: guard }
}
