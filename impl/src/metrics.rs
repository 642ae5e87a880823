//! Request metrics per operation: count, errors and latency, kept in memory and sent to CloudWatch
//! off the request path.
//!
//! [`Edge::handle`](crate::http::Edge::handle) makes one [`Metrics::record`] call per request: a
//! short lock over a small map, no I/O. What leaves the process, and when, depends on where it runs:
//! - the standalone server drains the map every `OMS_METRICS_INTERVAL_SECS` in a background task
//!   and sends one batched `PutMetricData` ([`spawn_cloudwatch_publisher`]);
//! - the Lambda drains it at the end of each invocation and prints Embedded Metric Format lines
//!   to stdout ([`Metrics::emf_lines`]), which CloudWatch Logs turns into the same metrics (a
//!   background task would be frozen between invocations, and a call to CloudWatch would add to
//!   the invocation's duration).
//!
//! Both publish the same metrics under the same names: `Requests`, `Errors` (5xx), `ClientErrors`
//! (4xx) as counts and `Latency` in milliseconds (as values with counts, so that CloudWatch can
//! answer percentiles: p99 alarms), each with the dimension sets `{Service, Operation}`,
//! `{Service, Access}` (`read` for GET and HEAD, `write` for the rest: the two have their own
//! latency targets) and `{Service, Caller}` (`user`, a partner's `client`, or `anonymous` when no
//! token was accepted: what partners' servers cost and suffer is seen apart from people's).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_sdk_cloudwatch::types::{Dimension, MetricDatum, StandardUnit};
use http::{Method, StatusCode};

/// The operation label of a request that matched no route of the contract.
pub const NO_ROUTE: &str = "NoRoute";

/// Largest number of distinct values one `PutMetricData` datum may carry.
const VALUES_PER_DATUM: usize = 150;
/// Datums per `PutMetricData` call (the API takes up to 1000 per request; fewer keeps each
/// request well under its 1 MB payload limit).
const DATUMS_PER_CALL: usize = 500;
/// Largest number of values one EMF metric may carry.
const VALUES_PER_EMF_METRIC: usize = 100;

/// Whether an operation reads or writes: reads and writes have different latency targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Access {
    Read,
    Write,
}

impl Access {
    /// `read` for GET and HEAD, `write` for every other method.
    pub fn of(method: &Method) -> Self {
        if method == Method::GET || method == Method::HEAD {
            Access::Read
        } else {
            Access::Write
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Write => "write",
        }
    }
}

/// Where the metrics go and under which names.
#[derive(Debug, Clone)]
pub struct MetricsConfig {
    /// CloudWatch namespace.
    pub namespace: String,
    /// Value of the `Service` dimension.
    pub service: String,
}

/// Who made a request, as the metrics tell callers apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Caller {
    /// No token was accepted (public operations, refused tokens, unknown routes).
    Anonymous,
    User,
    Client,
}

impl Caller {
    const ALL: [Caller; 3] = [Caller::Anonymous, Caller::User, Caller::Client];

    pub fn as_str(self) -> &'static str {
        match self {
            Caller::Anonymous => "anonymous",
            Caller::User => "user",
            Caller::Client => "client",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Counts and latencies of one operation since the last drain.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationStats {
    pub requests: u64,
    /// Answers with a 5xx status.
    pub errors: u64,
    /// Answers with a 4xx status.
    pub client_errors: u64,
    /// Latency histogram: bucket value in milliseconds (see [`bucket_ms`]) → count.
    latencies: BTreeMap<LatencyBucket, u64>,
}

/// A latency in hundredths of a millisecond, rounded to two significant digits (at most 5 % off):
/// enough for percentiles, and few distinct values per interval.
type LatencyBucket = u64;

impl OperationStats {
    fn record(&mut self, status: StatusCode, latency: Duration) {
        self.requests += 1;
        if status.is_server_error() {
            self.errors += 1;
        } else if status.is_client_error() {
            self.client_errors += 1;
        }
        *self.latencies.entry(bucket_ms(latency)).or_insert(0) += 1;
    }

    fn merge(&mut self, other: &OperationStats) {
        self.requests += other.requests;
        self.errors += other.errors;
        self.client_errors += other.client_errors;
        for (bucket, count) in &other.latencies {
            *self.latencies.entry(*bucket).or_insert(0) += count;
        }
    }

    /// `(milliseconds, count)` pairs, ascending.
    pub fn latencies_ms(&self) -> impl Iterator<Item = (f64, u64)> + '_ {
        self.latencies
            .iter()
            .map(|(bucket, count)| (*bucket as f64 / 100.0, *count))
    }
}

/// Rounds a latency to two significant digits, in hundredths of a millisecond.
fn bucket_ms(latency: Duration) -> LatencyBucket {
    let hundredths = (latency.as_micros() / 10).max(1) as u64;
    let mut scale = 1;
    while hundredths / scale >= 100 {
        scale *= 10;
    }
    (hundredths + scale / 2) / scale * scale
}

/// One drained entry: an operation, whether it reads or writes, who called it, and its figures.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationSnapshot {
    pub operation: String,
    pub access: Access,
    pub caller: Caller,
    pub stats: OperationStats,
}

/// The in-memory aggregator. Cheap to record into from any number of requests at once.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Per operation: its access kind and its figures per [`Caller`] (indexed by `Caller::index`).
    by_operation: Mutex<HashMap<String, (Access, [OperationStats; 3])>>,
}

impl Metrics {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one answered request. No I/O, one short lock; allocates only the first time an
    /// operation is seen.
    pub fn record(
        &self,
        operation: &str,
        access: Access,
        caller: Caller,
        status: StatusCode,
        latency: Duration,
    ) {
        let Ok(mut map) = self.by_operation.lock() else {
            return; // a panic while holding the lock: metrics are lost, requests go on
        };
        match map.get_mut(operation) {
            Some((_, stats)) => stats[caller.index()].record(status, latency),
            None => {
                let mut stats: [OperationStats; 3] = Default::default();
                stats[caller.index()].record(status, latency);
                map.insert(operation.to_owned(), (access, stats));
            }
        }
    }

    /// Takes everything recorded since the last drain: one entry per operation and caller that
    /// made requests, sorted by operation, then caller.
    pub fn drain(&self) -> Vec<OperationSnapshot> {
        let taken = match self.by_operation.lock() {
            Ok(mut map) => std::mem::take(&mut *map),
            Err(_) => return Vec::new(),
        };
        let mut snapshots: Vec<_> = taken
            .into_iter()
            .flat_map(|(operation, (access, stats))| {
                Caller::ALL
                    .into_iter()
                    .zip(stats)
                    .filter(|(_, stats)| stats.requests > 0)
                    .map(move |(caller, stats)| OperationSnapshot {
                        operation: operation.clone(),
                        access,
                        caller,
                        stats,
                    })
            })
            .collect();
        snapshots.sort_by(|a, b| a.operation.cmp(&b.operation).then(a.caller.cmp(&b.caller)));
        snapshots
    }

    /// Drains the aggregator into Embedded Metric Format lines (one JSON object each), for a
    /// Lambda to print to stdout at the end of an invocation. Empty when nothing was recorded.
    pub fn emf_lines(&self, config: &MetricsConfig, timestamp: SystemTime) -> Vec<String> {
        let millis = timestamp
            .duration_since(UNIX_EPOCH)
            .map(|elapsed| elapsed.as_millis() as u64)
            .unwrap_or(0);
        let mut lines = Vec::new();
        for snapshot in self.drain() {
            let values: Vec<f64> = snapshot
                .stats
                .latencies_ms()
                .flat_map(|(ms, count)| std::iter::repeat_n(ms, count as usize))
                .collect();
            for (index, chunk) in values.chunks(VALUES_PER_EMF_METRIC).enumerate() {
                // Counters travel once, with the first chunk of latencies.
                let counters = index == 0;
                lines.push(emf_line(config, &snapshot, chunk, counters, millis).to_string());
            }
        }
        lines
    }
}

fn emf_line(
    config: &MetricsConfig,
    snapshot: &OperationSnapshot,
    latencies_ms: &[f64],
    counters: bool,
    timestamp_ms: u64,
) -> serde_json::Value {
    let mut metrics = vec![serde_json::json!({"Name": "Latency", "Unit": "Milliseconds"})];
    if counters {
        metrics.extend([
            serde_json::json!({"Name": "Requests", "Unit": "Count"}),
            serde_json::json!({"Name": "Errors", "Unit": "Count"}),
            serde_json::json!({"Name": "ClientErrors", "Unit": "Count"}),
        ]);
    }
    let mut line = serde_json::json!({
        "_aws": {
            "Timestamp": timestamp_ms,
            "CloudWatchMetrics": [{
                "Namespace": config.namespace,
                "Dimensions": [["Service", "Operation"], ["Service", "Access"], ["Service", "Caller"]],
                "Metrics": metrics,
            }],
        },
        "Service": config.service,
        "Operation": snapshot.operation,
        "Access": snapshot.access.as_str(),
        "Caller": snapshot.caller.as_str(),
        "Latency": latencies_ms,
    });
    if counters {
        line["Requests"] = snapshot.stats.requests.into();
        line["Errors"] = snapshot.stats.errors.into();
        line["ClientErrors"] = snapshot.stats.client_errors.into();
    }
    line
}

/// The `PutMetricData` datums for one drain: per operation, and rolled up per access kind and per
/// caller.
pub fn metric_data(
    config: &MetricsConfig,
    snapshots: &[OperationSnapshot],
    timestamp: SystemTime,
) -> Vec<MetricDatum> {
    let mut by_operation: BTreeMap<&str, OperationStats> = BTreeMap::new();
    let mut by_access: BTreeMap<Access, OperationStats> = BTreeMap::new();
    let mut by_caller: BTreeMap<Caller, OperationStats> = BTreeMap::new();
    for snapshot in snapshots {
        by_operation
            .entry(snapshot.operation.as_str())
            .or_default()
            .merge(&snapshot.stats);
        by_access
            .entry(snapshot.access)
            .or_default()
            .merge(&snapshot.stats);
        by_caller
            .entry(snapshot.caller)
            .or_default()
            .merge(&snapshot.stats);
    }
    let service = dimension("Service", &config.service);
    let mut data = Vec::new();
    for (operation, stats) in &by_operation {
        let dimensions = [service.clone(), dimension("Operation", operation)];
        push_data(&mut data, &dimensions, stats, timestamp);
    }
    for (access, stats) in &by_access {
        let dimensions = [service.clone(), dimension("Access", access.as_str())];
        push_data(&mut data, &dimensions, stats, timestamp);
    }
    for (caller, stats) in &by_caller {
        let dimensions = [service.clone(), dimension("Caller", caller.as_str())];
        push_data(&mut data, &dimensions, stats, timestamp);
    }
    data
}

fn dimension(name: &str, value: &str) -> Dimension {
    Dimension::builder().name(name).value(value).build()
}

fn push_data(
    data: &mut Vec<MetricDatum>,
    dimensions: &[Dimension],
    stats: &OperationStats,
    timestamp: SystemTime,
) {
    let timestamp = aws_sdk_cloudwatch::primitives::DateTime::from(timestamp);
    let datum = |name: &str, unit: StandardUnit| {
        MetricDatum::builder()
            .metric_name(name)
            .set_dimensions(Some(dimensions.to_vec()))
            .unit(unit)
            .timestamp(timestamp)
    };
    for (name, value) in [
        ("Requests", stats.requests),
        ("Errors", stats.errors),
        ("ClientErrors", stats.client_errors),
    ] {
        data.push(datum(name, StandardUnit::Count).value(value as f64).build());
    }
    let latencies: Vec<(f64, u64)> = stats.latencies_ms().collect();
    for chunk in latencies.chunks(VALUES_PER_DATUM) {
        data.push(
            datum("Latency", StandardUnit::Milliseconds)
                .set_values(Some(chunk.iter().map(|(ms, _)| *ms).collect()))
                .set_counts(Some(chunk.iter().map(|(_, count)| *count as f64).collect()))
                .build(),
        );
    }
}

/// Starts the background task that drains `metrics` every `interval` and sends the data to
/// CloudWatch with `PutMetricData`. Requests never wait for it; a failed call is logged and its
/// data dropped (metrics are best effort, the service is not). The endpoint follows the SDK's own
/// configuration (`AWS_ENDPOINT_URL`), which is how the tests point it at a local CloudWatch.
pub async fn spawn_cloudwatch_publisher(
    metrics: Arc<Metrics>,
    config: MetricsConfig,
    region: String,
    interval: Duration,
) -> CloudWatchPublisher {
    let sdk = crate::aws::sdk_config(region).await;
    let client = aws_sdk_cloudwatch::Client::new(&sdk);
    let publisher = CloudWatchPublisher {
        metrics,
        config,
        client,
    };
    let background = publisher.clone();
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticks.tick().await; // the first tick is immediate
        loop {
            ticks.tick().await;
            background.flush().await;
        }
    });
    tracing::info!(
        interval_secs = interval.as_secs(),
        namespace = %publisher.config.namespace,
        "publishing metrics to CloudWatch"
    );
    publisher
}

/// Sends what the aggregator holds to CloudWatch; also called once at shutdown.
#[derive(Clone)]
pub struct CloudWatchPublisher {
    metrics: Arc<Metrics>,
    config: MetricsConfig,
    client: aws_sdk_cloudwatch::Client,
}

impl CloudWatchPublisher {
    /// Drains the aggregator and sends its content in as few calls as the API allows.
    pub async fn flush(&self) {
        let snapshots = self.metrics.drain();
        if snapshots.is_empty() {
            return;
        }
        let data = metric_data(&self.config, &snapshots, SystemTime::now());
        for batch in data.chunks(DATUMS_PER_CALL) {
            let sent = self
                .client
                .put_metric_data()
                .namespace(&self.config.namespace)
                .set_metric_data(Some(batch.to_vec()))
                .send()
                .await;
            if let Err(error) = sent {
                tracing::warn!(
                    error = %aws_sdk_cloudwatch::error::DisplayErrorContext(&error),
                    datums = batch.len(),
                    "PutMetricData failed; these metrics are dropped"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> MetricsConfig {
        MetricsConfig {
            namespace: "OpportunityService".to_owned(),
            service: "opportunity-service".to_owned(),
        }
    }

    #[test]
    fn latency_buckets_keep_two_significant_digits() {
        assert_eq!(bucket_ms(Duration::from_micros(1_234)), 120); // 1.2 ms
        assert_eq!(bucket_ms(Duration::from_micros(87_654)), 8_800); // 88 ms
        assert_eq!(bucket_ms(Duration::from_micros(199_400)), 20_000); // 200 ms
        assert_eq!(bucket_ms(Duration::ZERO), 1);
    }

    #[test]
    fn drain_counts_per_operation_and_empties_the_aggregator() {
        let metrics = Metrics::new();
        metrics.record(
            "getOpportunity",
            Access::Read,
            Caller::User,
            StatusCode::OK,
            Duration::from_millis(3),
        );
        metrics.record(
            "getOpportunity",
            Access::Read,
            Caller::User,
            StatusCode::NOT_FOUND,
            Duration::from_millis(3),
        );
        metrics.record(
            "createOpportunity",
            Access::Write,
            Caller::Client,
            StatusCode::INTERNAL_SERVER_ERROR,
            Duration::from_millis(40),
        );
        let drained = metrics.drain();
        assert_eq!(drained.len(), 2);
        assert_eq!(drained[0].operation, "createOpportunity");
        assert_eq!((drained[0].stats.requests, drained[0].stats.errors), (1, 1));
        assert_eq!(drained[1].stats.requests, 2);
        assert_eq!(drained[1].stats.client_errors, 1);
        assert_eq!(
            drained[1].stats.latencies_ms().collect::<Vec<_>>(),
            vec![(3.0, 2)]
        );
        assert!(metrics.drain().is_empty());
    }

    #[test]
    fn callers_are_counted_apart_and_operations_together() {
        let metrics = Metrics::new();
        for caller in [
            Caller::User,
            Caller::Client,
            Caller::Client,
            Caller::Anonymous,
        ] {
            metrics.record(
                "listOpportunities",
                Access::Read,
                caller,
                StatusCode::OK,
                Duration::from_millis(2),
            );
        }
        let drained = metrics.drain();
        let callers: Vec<(Caller, u64)> = drained
            .iter()
            .map(|snapshot| (snapshot.caller, snapshot.stats.requests))
            .collect();
        assert_eq!(
            callers,
            vec![
                (Caller::Anonymous, 1),
                (Caller::User, 1),
                (Caller::Client, 2)
            ]
        );
        let data = metric_data(&config(), &drained, SystemTime::now());
        let requests = |name: &str, value: &str| {
            data.iter()
                .find(|datum| {
                    datum.metric_name() == Some("Requests")
                        && datum
                            .dimensions()
                            .iter()
                            .any(|d| d.name() == Some(name) && d.value() == Some(value))
                })
                .and_then(MetricDatum::value)
        };
        assert_eq!(requests("Operation", "listOpportunities"), Some(4.0));
        assert_eq!(requests("Caller", "client"), Some(2.0));
        assert_eq!(requests("Caller", "user"), Some(1.0));
        assert_eq!(requests("Caller", "anonymous"), Some(1.0));
    }

    #[test]
    fn put_metric_data_has_per_operation_and_per_access_datums() {
        let metrics = Metrics::new();
        for status in [StatusCode::OK, StatusCode::BAD_GATEWAY] {
            metrics.record(
                "listAccounts",
                Access::Read,
                Caller::User,
                status,
                Duration::from_millis(5),
            );
        }
        let data = metric_data(&config(), &metrics.drain(), SystemTime::now());
        // 3 counters + 1 latency datum, for the operation, the `read` and the `user` roll-ups.
        assert_eq!(data.len(), 12);
        let errors = data
            .iter()
            .find(|datum| {
                datum.metric_name() == Some("Errors")
                    && datum
                        .dimensions()
                        .iter()
                        .any(|d| d.name() == Some("Access") && d.value() == Some("read"))
            })
            .and_then(MetricDatum::value);
        assert_eq!(errors, Some(1.0));
        let latency = data
            .iter()
            .find(|datum| datum.metric_name() == Some("Latency"))
            .map(|datum| (datum.values().to_vec(), datum.counts().to_vec()));
        assert_eq!(latency, Some((vec![5.0], vec![2.0])));
    }

    #[test]
    fn emf_lines_declare_every_metric_they_carry() {
        let metrics = Metrics::new();
        metrics.record(
            "deleteAccount",
            Access::Write,
            Caller::Client,
            StatusCode::NO_CONTENT,
            Duration::from_millis(12),
        );
        let lines = metrics.emf_lines(&config(), UNIX_EPOCH + Duration::from_secs(1));
        assert_eq!(lines.len(), 1);
        let line: serde_json::Value = serde_json::from_str(&lines[0]).unwrap_or_default();
        assert_eq!(line["_aws"]["Timestamp"], 1000);
        let directive = &line["_aws"]["CloudWatchMetrics"][0];
        assert_eq!(directive["Namespace"], "OpportunityService");
        for metric in directive["Metrics"].as_array().into_iter().flatten() {
            let name = metric["Name"].as_str().unwrap_or_default();
            assert!(!line[name].is_null(), "{name} is declared but missing");
        }
        assert_eq!(line["Operation"], "deleteAccount");
        assert_eq!(line["Access"], "write");
        assert_eq!(line["Caller"], "client");
        assert_eq!(line["Requests"], 1);
        assert_eq!(line["Latency"], serde_json::json!([12.0]));
        assert!(metrics.emf_lines(&config(), SystemTime::now()).is_empty());
    }
}
