//! Open-loop load at a fixed rate, for `bench/run.sh`.
//!
//!     bench-load --url http://127.0.0.1:PORT --token TOKEN --data DIR --profile PROFILE \
//!                --rate PER_SECOND --seconds N [--warmup N] [--connections N] [--timeout SECONDS]
//!
//! Request `i` is due at `start + i / rate`, whatever happened to the ones before it: a thread that
//! does nothing else hands each request to the client when it is due, and its latency is measured
//! from that instant to the last byte of the answer. A slow server therefore shows as latency
//! (waiting for a free connection, a full listen queue, the server's own queue all count), never as
//! fewer requests sent: the coordinated omission of closed-loop tools (wrk, ab) cannot happen.
//! Up to `--connections` keep-alive connections are open at once (default 256); a request that finds
//! none free waits for one, and that wait is part of its latency.
//!
//! Profiles (what each request is; ids come from the files `bench/run.sh` samples from the seeded
//! database into DIR, one per line):
//!   get       GET /v1/opportunities/{id}                         opportunities.txt
//!   list      GET /v1/opportunities with filters, 4 shapes in turn: owner + open; pipeline + stage;
//!             currency + amount_min sorted by -amount; a close-date range sorted by close date
//!   deep      GET /v1/opportunities?cursor=... one page deep in the default order   cursors.txt
//!   create    POST /v1/opportunities, every 4th with two line items          accounts.txt
//!   patch     PATCH /v1/opportunities/{id} amount and next step, If-Match: *   patchable.txt
//!   move      POST /v1/opportunities/{id}/move to an open stage of its pipeline, If-Match: *
//!             movable.txt (id TAB comma-separated open stage ids)
//!   summary   GET /v1/reports/pipeline-summary: no filter, a pipeline, an owner, a close-date range
//!   forecast  GET /v1/reports/forecast, the same four shapes
//!   mixed     the plan's mix: 80% reads (get 40, list 20, deep 5, summary 7.5, forecast 7.5),
//!             20% writes (create 8, patch 8, move 4)
//!   overload  reports far beyond what they can serve, with gets alongside: summary and forecast 10/21
//!             each, get 1/21 (at --rate 2100: 2,000 reports and 100 gets a second)
//!
//! A 503 answer without a `Retry-After` header is counted apart, as `503 without Retry-After`.
//!
//! Prints one JSON object per operation (and one for the whole run, `"operation": "all"`) on standard
//! output: offered and achieved rate (2xx answers per second), latency percentiles in milliseconds,
//! errors by status (`transport` for a failed or timed-out exchange), and the generator's own
//! lateness (how late the scheduler thread handed requests over: large values mean this machine,
//! not the server, was the bottleneck).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, Semaphore};

/// The operations a request can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Operation {
    Get,
    List,
    Deep,
    Create,
    Patch,
    Move,
    Summary,
    Forecast,
}

impl Operation {
    fn name(self) -> &'static str {
        match self {
            Operation::Get => "get",
            Operation::List => "list",
            Operation::Deep => "deep",
            Operation::Create => "create",
            Operation::Patch => "patch",
            Operation::Move => "move",
            Operation::Summary => "summary",
            Operation::Forecast => "forecast",
        }
    }

    fn parse(name: &str) -> Option<Operation> {
        [
            Operation::Get,
            Operation::List,
            Operation::Deep,
            Operation::Create,
            Operation::Patch,
            Operation::Move,
            Operation::Summary,
            Operation::Forecast,
        ]
        .into_iter()
        .find(|operation| operation.name() == name)
    }
}

/// The plan's mix, in parts per thousand.
const MIXED: [(Operation, u64); 8] = [
    (Operation::Get, 400),
    (Operation::List, 200),
    (Operation::Deep, 50),
    (Operation::Summary, 75),
    (Operation::Forecast, 75),
    (Operation::Create, 80),
    (Operation::Patch, 80),
    (Operation::Move, 40),
];

struct Options {
    host: String,
    port: u16,
    token: String,
    data: PathBuf,
    profile: String,
    rate: f64,
    seconds: f64,
    warmup: f64,
    connections: usize,
    timeout: Duration,
}

fn options() -> anyhow::Result<Options> {
    let mut values = BTreeMap::new();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let name = flag
            .strip_prefix("--")
            .with_context(|| format!("unexpected argument {flag}"))?
            .to_owned();
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        values.insert(name, value);
    }
    let mut take = |name: &str, default: Option<&str>| -> anyhow::Result<String> {
        values
            .remove(name)
            .or_else(|| default.map(str::to_owned))
            .with_context(|| format!("--{name} is required"))
    };
    let url = take("url", None)?;
    let authority = url
        .strip_prefix("http://")
        .context("--url must be http://HOST:PORT")?
        .trim_end_matches('/');
    let (host, port) = authority
        .rsplit_once(':')
        .context("--url must name a port")?;
    let options = Options {
        host: host.to_owned(),
        port: port.parse().context("--url port")?,
        token: take("token", None)?,
        data: PathBuf::from(take("data", None)?),
        profile: take("profile", None)?,
        rate: take("rate", None)?.parse().context("--rate")?,
        seconds: take("seconds", Some("30"))?.parse().context("--seconds")?,
        warmup: take("warmup", Some("3"))?.parse().context("--warmup")?,
        connections: take("connections", Some("256"))?
            .parse()
            .context("--connections")?,
        timeout: Duration::from_secs_f64(
            take("timeout", Some("10"))?.parse().context("--timeout")?,
        ),
    };
    if let Some(name) = values.keys().next() {
        bail!("unknown option --{name}");
    }
    if options.rate <= 0.0 || options.seconds <= 0.0 {
        bail!("--rate and --seconds must be positive");
    }
    Ok(options)
}

/// The sampled ids and values requests are made of.
struct Data {
    opportunities: Vec<String>,
    patchable: Vec<String>,
    movable: Vec<(String, Vec<String>)>,
    accounts: Vec<String>,
    owners: Vec<String>,
    pipelines: Vec<String>,
    stages: Vec<(String, String)>,
    cursors: Vec<String>,
}

fn lines(dir: &Path, name: &str) -> anyhow::Result<Vec<String>> {
    let path = dir.join(name);
    let text = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let lines: Vec<String> = text
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    if lines.is_empty() {
        bail!("{} is empty", path.display());
    }
    Ok(lines)
}

fn pairs(dir: &Path, name: &str) -> anyhow::Result<Vec<(String, String)>> {
    lines(dir, name)?
        .into_iter()
        .map(|line| {
            line.split_once('\t')
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .with_context(|| format!("{name}: a line without a tab: {line}"))
        })
        .collect()
}

impl Data {
    fn load(dir: &Path) -> anyhow::Result<Data> {
        Ok(Data {
            opportunities: lines(dir, "opportunities.txt")?,
            patchable: lines(dir, "patchable.txt")?,
            movable: pairs(dir, "movable.txt")?
                .into_iter()
                .map(|(id, stages)| (id, stages.split(',').map(str::to_owned).collect()))
                .collect(),
            accounts: lines(dir, "accounts.txt")?,
            owners: lines(dir, "owners.txt")?,
            pipelines: lines(dir, "pipelines.txt")?,
            stages: pairs(dir, "stages.txt")?,
            cursors: lines(dir, "cursors.txt")?,
        })
    }
}

/// xorshift64*: a different, reproducible stream per request.
struct Random(u64);

impl Random {
    fn new(seed: u64) -> Random {
        Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        // n is a sample size, far below 2^32: the modulo bias is negligible.
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A request, built before it is due.
struct Planned {
    operation: Operation,
    /// Which of the operation's request shapes (filters) this is; empty for one-shape operations.
    shape: &'static str,
    method: Method,
    path: String,
    content_type: Option<&'static str>,
    if_match: bool,
    body: Bytes,
}

fn plan(operation: Operation, index: u64, data: &Data) -> Planned {
    let mut random = Random::new(index + 1);
    let get = |shape: &'static str, path: String| Planned {
        operation,
        shape,
        method: Method::GET,
        path,
        content_type: None,
        if_match: false,
        body: Bytes::new(),
    };
    let date = |random: &mut Random| {
        // A day within the seeded close dates (about 3 years back to 6 months ahead).
        let year = this_year() - 2 + random.below(3) as u64;
        format!(
            "{year}-{:02}-{:02}",
            1 + random.below(12),
            1 + random.below(28)
        )
    };
    let report_shape = REPORT_SHAPES[(index % 4) as usize];
    let report_filter = |random: &mut Random| match index % 4 {
        0 => String::new(),
        1 => format!("?pipeline_id={}", random.pick(&data.pipelines)),
        2 => format!("?owner_id={}", random.pick(&data.owners)),
        _ => {
            let from = date(random);
            format!(
                "?close_date_from={from}&close_date_to={}",
                end_of_quarter(&from)
            )
        }
    };
    match operation {
        Operation::Get => get(
            "",
            format!("/v1/opportunities/{}", random.pick(&data.opportunities)),
        ),
        Operation::List => get(
            LIST_SHAPES[(index % 4) as usize],
            match index % 4 {
                0 => format!(
                    "/v1/opportunities?owner_id={}&status=open&limit=50",
                    random.pick(&data.owners)
                ),
                1 => {
                    let (pipeline, stage) = random.pick(&data.stages);
                    format!("/v1/opportunities?pipeline_id={pipeline}&stage_id={stage}&limit=50")
                }
                2 => format!(
                    "/v1/opportunities?currency={}&amount_min={}&sort=-amount&limit=50",
                    ["EUR", "USD", "GBP"][random.below(3)],
                    1000 * (1 + random.below(100))
                ),
                _ => {
                    let from = date(&mut random);
                    format!(
                    "/v1/opportunities?close_date_from={from}&close_date_to={}&sort=expected_close_date&limit=50",
                    end_of_quarter(&from)
                )
                }
            },
        ),
        Operation::Deep => get(
            "",
            format!(
                "/v1/opportunities?limit=50&cursor={}",
                random.pick(&data.cursors)
            ),
        ),
        Operation::Summary => get(
            report_shape,
            format!("/v1/reports/pipeline-summary{}", report_filter(&mut random)),
        ),
        Operation::Forecast => get(
            report_shape,
            format!("/v1/reports/forecast{}", report_filter(&mut random)),
        ),
        Operation::Create => {
            let account = random.pick(&data.accounts);
            let close = format!(
                "2027-{:02}-{:02}",
                1 + random.below(12),
                1 + random.below(28)
            );
            let body = if index % 4 == 0 {
                json!({
                    "name": format!("Bench create {index}"),
                    "account_id": account,
                    "currency": "EUR",
                    "expected_close_date": close,
                    "source": "web",
                    "tags": ["bench"],
                    "line_items": [
                        {"product": "Platform licence (seat, yearly)", "quantity": format!("{}", 1 + random.below(500)), "unit_price": "250.00", "discount_percent": "10"},
                        {"product": "Onboarding package", "quantity": "1", "unit_price": "4800.00"}
                    ]
                })
            } else {
                let currency = ["EUR", "USD", "GBP"][random.below(3)];
                json!({
                    "name": format!("Bench create {index}"),
                    "account_id": account,
                    "amount": format!("{}.00", 1000 + random.below(200_000)),
                    "currency": currency,
                    "expected_close_date": close,
                    "next_step": "Discovery call",
                    "source": "web",
                    "tags": ["bench"]
                })
            };
            Planned {
                operation,
                shape: "",
                method: Method::POST,
                path: "/v1/opportunities".to_owned(),
                content_type: Some("application/json"),
                if_match: false,
                body: Bytes::from(body.to_string()),
            }
        }
        Operation::Patch => {
            // Integer amounts: valid in every currency, JPY included.
            let body = json!({
                "amount": format!("{}", 1000 + random.below(200_000)),
                "next_step": format!("Bench step {index}"),
            });
            Planned {
                operation,
                shape: "",
                method: Method::PATCH,
                path: format!("/v1/opportunities/{}", random.pick(&data.patchable)),
                content_type: Some("application/merge-patch+json"),
                if_match: true,
                body: Bytes::from(body.to_string()),
            }
        }
        Operation::Move => {
            let (id, stages) = random.pick(&data.movable);
            let body = json!({ "stage_id": random.pick(stages) });
            Planned {
                operation,
                shape: "",
                method: Method::POST,
                path: format!("/v1/opportunities/{id}/move"),
                content_type: Some("application/json"),
                if_match: true,
                body: Bytes::from(body.to_string()),
            }
        }
    }
}

/// The current year (UTC, to within a day: enough to aim at the seeded dates).
fn this_year() -> u64 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    1970 + seconds / 31_557_600
}

/// The shapes of `list` requests, in turn.
const LIST_SHAPES: [&str; 4] = [
    "owner + open",
    "pipeline + stage",
    "currency + amount_min, by amount",
    "close-date range, by close date",
];

/// The shapes of report requests, in turn.
const REPORT_SHAPES: [&str; 4] = ["no filter", "pipeline", "owner", "close-date range"];

/// The last day of the quarter after the one `from` (YYYY-MM-DD) is in: ranges of 3-6 months.
fn end_of_quarter(from: &str) -> String {
    let year: u32 = from[..4].parse().unwrap_or(2025);
    let month: u32 = from[5..7].parse().unwrap_or(1);
    let quarter_end = (month - 1) / 3 * 3 + 6;
    if quarter_end > 12 {
        format!("{}-{:02}-30", year + 1, quarter_end - 12)
    } else {
        format!("{year}-{quarter_end:02}-30")
    }
}

/// Reports beyond their capacity with gets alongside, in parts of 21.
const OVERLOAD: [(Operation, u64); 3] = [
    (Operation::Summary, 10),
    (Operation::Forecast, 10),
    (Operation::Get, 1),
];

/// What a 503 without `Retry-After` counts as: the service promises the header on every 503.
const UNAVAILABLE_WITHOUT_RETRY_AFTER: u16 = 1503;

/// Keep-alive HTTP/1.1 connections to one server, at most `limit` at once.
struct Pool {
    address: (String, u16),
    idle: Mutex<Vec<SendRequest<Full<Bytes>>>>,
    permits: Semaphore,
}

impl Pool {
    async fn connect(&self) -> anyhow::Result<SendRequest<Full<Bytes>>> {
        let stream = TcpStream::connect((self.address.0.as_str(), self.address.1)).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(sender)
    }

    fn take_idle(&self) -> Option<SendRequest<Full<Bytes>>> {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        while let Some(sender) = idle.pop() {
            if !sender.is_closed() {
                return Some(sender);
            }
        }
        None
    }

    /// Sends one request; the status, or an error for a failed exchange.
    async fn send(&self, request: Request<Full<Bytes>>) -> anyhow::Result<u16> {
        let _permit = self.permits.acquire().await?;
        let mut sender = match self.take_idle() {
            Some(sender) => sender,
            None => self.connect().await?,
        };
        sender.ready().await?;
        let response = sender.send_request(request).await?;
        let mut status = response.status().as_u16();
        if status == 503 && !response.headers().contains_key(hyper::header::RETRY_AFTER) {
            status = UNAVAILABLE_WITHOUT_RETRY_AFTER;
        }
        response.into_body().collect().await?;
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(sender);
        Ok(status)
    }
}

/// One answered (or failed) request.
struct Outcome {
    operation: Operation,
    shape: &'static str,
    /// From when it was due to the last byte of the answer.
    latency: Duration,
    /// How late the scheduler handed it over.
    lateness: Duration,
    /// The status, or `None` for a failed or timed-out exchange.
    status: Option<u16>,
    finished: Instant,
}

fn percentile(sorted: &[Duration], fraction: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((sorted.len() as f64 * fraction).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

fn summary(
    name: &str,
    outcomes: &[&Outcome],
    offered: f64,
    start: Instant,
    seconds: f64,
) -> serde_json::Value {
    let mut latencies: Vec<Duration> = outcomes.iter().map(|outcome| outcome.latency).collect();
    latencies.sort();
    let mut lateness: Vec<Duration> = outcomes.iter().map(|outcome| outcome.lateness).collect();
    lateness.sort();
    let mut errors: BTreeMap<String, u64> = BTreeMap::new();
    let mut ok = 0_u64;
    for outcome in outcomes {
        match outcome.status {
            Some(status) if (200..300).contains(&status) => ok += 1,
            Some(UNAVAILABLE_WITHOUT_RETRY_AFTER) => {
                *errors
                    .entry("503 without Retry-After".to_owned())
                    .or_default() += 1
            }
            Some(status) => *errors.entry(status.to_string()).or_default() += 1,
            None => *errors.entry("transport".to_owned()).or_default() += 1,
        }
    }
    // Achieved over the measured window, or until the last answer when answers came late.
    let last = outcomes
        .iter()
        .map(|outcome| outcome.finished.duration_since(start).as_secs_f64())
        .fold(seconds, f64::max);
    json!({
        "operation": name,
        "requests": outcomes.len(),
        "offered_per_second": offered,
        "achieved_per_second": ok as f64 / last,
        "p50_ms": percentile(&latencies, 0.50),
        "p90_ms": percentile(&latencies, 0.90),
        "p99_ms": percentile(&latencies, 0.99),
        "max_ms": percentile(&latencies, 1.0),
        "errors": errors,
        "scheduler_late_p99_ms": percentile(&lateness, 0.99),
    })
}

fn main() -> anyhow::Result<()> {
    let options = options()?;
    let data = Arc::new(Data::load(&options.data)?);
    let operations: Vec<(Operation, u64)> = if options.profile == "mixed" {
        MIXED.to_vec()
    } else if options.profile == "overload" {
        OVERLOAD.to_vec()
    } else {
        let operation = Operation::parse(&options.profile)
            .with_context(|| format!("unknown profile {}", options.profile))?;
        vec![(operation, 1)]
    };
    let total_weight: u64 = operations.iter().map(|(_, weight)| weight).sum();
    let choose = move |index: u64| {
        let mut random = Random::new(index ^ 0x5EED);
        let mut point = random.next() % total_weight;
        for (operation, weight) in &operations {
            if point < *weight {
                return *operation;
            }
            point -= weight;
        }
        Operation::Get
    };

    let warmup_count = (options.warmup * options.rate).round() as u64;
    let measured_count = (options.seconds * options.rate).round() as u64;
    let period = Duration::from_secs_f64(1.0 / options.rate);

    // The scheduler: a thread that only sleeps until each request is due and hands it over.
    let (due_sender, mut due_receiver) = mpsc::unbounded_channel::<(u64, Instant, Instant)>();
    let first_due = Instant::now() + Duration::from_millis(200);
    let scheduler = std::thread::spawn(move || {
        for index in 0..warmup_count + measured_count {
            let due = first_due + period.mul_f64(index as f64);
            let now = Instant::now();
            if due > now {
                std::thread::sleep(due - now);
            }
            if due_sender.send((index, due, Instant::now())).is_err() {
                break;
            }
        }
    });

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let outcomes = runtime.block_on(async {
        let pool = Arc::new(Pool {
            address: (options.host.clone(), options.port),
            idle: Mutex::new(Vec::new()),
            permits: Semaphore::new(options.connections),
        });
        let authorization = format!("Bearer {}", options.token);
        let host = format!("{}:{}", options.host, options.port);
        let (outcome_sender, mut outcome_receiver) = mpsc::unbounded_channel::<Outcome>();
        while let Some((index, due, handed)) = due_receiver.recv().await {
            let planned = plan(choose(index), index, &data);
            let mut request = Request::builder()
                .method(planned.method)
                .uri(planned.path)
                .header("host", &host)
                .header("authorization", &authorization);
            if let Some(content_type) = planned.content_type {
                request = request.header("content-type", content_type);
            }
            if planned.if_match {
                request = request.header("if-match", "*");
            }
            let request = request.body(Full::new(planned.body));
            let pool = Arc::clone(&pool);
            let outcome_sender = outcome_sender.clone();
            let timeout = options.timeout;
            let measured = index >= warmup_count;
            let (operation, shape) = (planned.operation, planned.shape);
            tokio::spawn(async move {
                let status = match request {
                    Ok(request) => tokio::time::timeout(timeout, pool.send(request))
                        .await
                        .ok()
                        .and_then(Result::ok),
                    Err(_) => None,
                };
                let finished = Instant::now();
                if measured {
                    let _ = outcome_sender.send(Outcome {
                        operation,
                        shape,
                        latency: finished.duration_since(due),
                        lateness: handed.duration_since(due),
                        status,
                        finished,
                    });
                }
            });
        }
        drop(outcome_sender);
        let mut outcomes = Vec::new();
        while let Some(outcome) = outcome_receiver.recv().await {
            outcomes.push(outcome);
        }
        outcomes
    });
    scheduler
        .join()
        .map_err(|_| anyhow::anyhow!("the scheduler thread panicked"))?;

    let start = first_due + period.mul_f64(warmup_count as f64);
    let mut by_operation: BTreeMap<Operation, Vec<&Outcome>> = BTreeMap::new();
    for outcome in &outcomes {
        by_operation
            .entry(outcome.operation)
            .or_default()
            .push(outcome);
    }
    let all: Vec<&Outcome> = outcomes.iter().collect();
    let count = all.len().max(1) as f64;
    // Each request shape of an operation that has several, marked with "shape".
    let mut by_shape: BTreeMap<(Operation, &str), Vec<&Outcome>> = BTreeMap::new();
    for outcome in outcomes.iter().filter(|outcome| !outcome.shape.is_empty()) {
        by_shape
            .entry((outcome.operation, outcome.shape))
            .or_default()
            .push(outcome);
    }
    for ((operation, shape), outcomes) in &by_shape {
        let offered = options.rate * outcomes.len() as f64 / count;
        let mut line = summary(operation.name(), outcomes, offered, start, options.seconds);
        line["shape"] = json!(shape);
        println!("{line}");
    }
    if by_operation.len() > 1 {
        for (operation, outcomes) in &by_operation {
            let offered = options.rate * outcomes.len() as f64 / count;
            println!(
                "{}",
                summary(operation.name(), outcomes, offered, start, options.seconds)
            );
        }
    }
    println!(
        "{}",
        summary(
            if by_operation.len() > 1 {
                "all"
            } else {
                &options.profile
            },
            &all,
            options.rate,
            start,
            options.seconds
        )
    );
    Ok(())
}
