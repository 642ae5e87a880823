//! The reports read totals that triggers keep beside the opportunities. These scenarios check that
//! the totals are what a full scan of the opportunities says, exactly, for every currency: after
//! thousands of random operations through the API (some concurrent, some failing or rolled back),
//! and for a database that held opportunities before the totals existed.
//!
//! The full scan is the statements the reports ran before the totals (kept here as the oracle).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use opportunity_service::auth::Role;
use opportunity_service::domain::money::{format_scaled, Currency};
use opportunity_service::store::reports::{ForecastMonth, ReportFilter};
use opportunity_service::store::sql::{Sql, Value};
use opportunity_service::store::Store;
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use serde_json::json;
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _, Executor as _, Row as _};

use crate::helpers::{fresh_database, test_config, Backend, TestApp};
use crate::on_both_stores;
use crate::opportunity_lists::{
    create_account, Db, NEGOTIATION, PARTNERS, PARTNER_LEAD, PARTNER_WON, PROPOSAL, QUALIFICATION,
    SALES,
};

on_both_stores!(
    report_totals_equal_a_full_scan_after_random_concurrent_operations,
    a_database_with_opportunities_gets_exact_totals_when_migrated,
);

const NEEDS_ANALYSIS: &str = "a0000000-0000-4000-8000-000000000102";
const SALES_OPEN_STAGES: [&str; 4] = [QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION];
const OWNERS: [&str; 4] = ["ann", "ben", "cho", "dev"];
/// Two, none and three decimals.
const CURRENCIES: [&str; 4] = ["EUR", "JPY", "KWD", "USD"];
/// Concurrent clients, and the operations each makes per round.
const WORKERS: u64 = 4;
const OPERATIONS_PER_WORKER: usize = 300;
const ROUNDS: usize = 2;

// ---------------------------------------------------------------------------------------------
// The oracle: the full-scan statements the reports ran before the totals.

const SPLIT: i128 = 100_000_000;

fn split_sum(factor: &str, name: &str) -> String {
    format!(
        "CAST(SUM((o.amount_e4 / {SPLIT}) * {factor}) AS BIGINT) AS {name}_high, \
         CAST(SUM((o.amount_e4 % {SPLIT}) * {factor}) AS BIGINT) AS {name}_low"
    )
}

fn push_conditions(filter: &ReportFilter, sql: &mut Sql) {
    if let Some(owner_id) = &filter.owner_id {
        let owner_id = sql.bind(Value::Text(owner_id.clone()));
        sql.push(&format!(" AND o.owner_id = {owner_id}"));
    }
    for (bound, comparison) in [
        (&filter.close_date_from, ">="),
        (&filter.close_date_to, "<="),
    ] {
        if let Some(date) = bound {
            let date = sql.bind(Value::Text(date.clone()));
            sql.push(&format!(" AND o.expected_close_date {comparison} {date}"));
        }
    }
}

fn scan_summary_statement(pipeline_id: &str, filter: &ReportFilter) -> Sql {
    let mut sql = Sql::new(format!(
        "SELECT o.stage_id, o.currency, COUNT(*) AS count, {}, {} \
         FROM stages s JOIN opportunities o ON o.stage_id = s.id \
         WHERE o.deleted_at IS NULL",
        split_sum("1", "amount"),
        split_sum("o.probability", "weighted"),
    ));
    let pipeline_id = sql.bind(Value::Text(pipeline_id.to_owned()));
    sql.push(&format!(" AND s.pipeline_id = {pipeline_id}"));
    push_conditions(filter, &mut sql);
    sql.push(" GROUP BY o.stage_id, o.currency");
    sql
}

fn scan_forecast_statement(pipeline_id: Option<&str>, filter: &ReportFilter) -> Sql {
    let mut sql = Sql::new(format!(
        "SELECT SUBSTR(o.expected_close_date, 1, 7) AS close_month, o.currency, COUNT(*) AS count, \
         {}, {}, {}, {}, {} \
         FROM stages s JOIN opportunities o ON o.stage_id = s.id \
         WHERE o.deleted_at IS NULL AND s.kind IN ('open', 'won') AND o.status IN ('open', 'won') \
         AND o.expected_close_date IS NOT NULL",
        split_sum("1", "amount"),
        split_sum(
            "CASE WHEN o.status = 'won' THEN 100 ELSE o.probability END",
            "weighted"
        ),
        split_sum(
            "CASE WHEN o.status = 'open' AND s.forecast_category = 'commit' THEN 1 ELSE 0 END",
            "commit"
        ),
        split_sum(
            "CASE WHEN o.status = 'open' AND s.forecast_category IN ('commit', 'best_case') THEN 1 ELSE 0 END",
            "best_case"
        ),
        split_sum("CASE WHEN o.status = 'won' THEN 1 ELSE 0 END", "won"),
    ));
    if let Some(pipeline_id) = pipeline_id {
        let pipeline_id = sql.bind(Value::Text(pipeline_id.to_owned()));
        sql.push(&format!(" AND s.pipeline_id = {pipeline_id}"));
    }
    push_conditions(filter, &mut sql);
    sql.push(
        " GROUP BY SUBSTR(o.expected_close_date, 1, 7), o.currency ORDER BY close_month, o.currency",
    );
    sql
}

fn joined(row: &sqlx::any::AnyRow, name: &str) -> i128 {
    let high: i64 = row.get(format!("{name}_high").as_str());
    let low: i64 = row.get(format!("{name}_low").as_str());
    i128::from(high) * SPLIT + i128::from(low)
}

/// `(stage_id, currency) -> (count, amount_e4, weighted_e6)` by a full scan.
async fn scanned_summary(
    database: &mut AnyConnection,
    pipeline_id: &str,
    filter: &ReportFilter,
) -> BTreeMap<(String, String), (i64, i128, i128)> {
    let sql = scan_summary_statement(pipeline_id, filter);
    sqlx::query_with(sql.text(), sql.arguments())
        .fetch_all(database)
        .await
        .expect("the full-scan summary")
        .iter()
        .map(|row| {
            (
                (row.get("stage_id"), row.get("currency")),
                (
                    row.get("count"),
                    joined(row, "amount"),
                    joined(row, "weighted"),
                ),
            )
        })
        .collect()
}

/// The forecast by a full scan, in the store's own type.
async fn scanned_forecast(
    database: &mut AnyConnection,
    pipeline_id: Option<&str>,
    filter: &ReportFilter,
) -> Vec<ForecastMonth> {
    let sql = scan_forecast_statement(pipeline_id, filter);
    sqlx::query_with(sql.text(), sql.arguments())
        .fetch_all(database)
        .await
        .expect("the full-scan forecast")
        .iter()
        .map(|row| ForecastMonth {
            month: row.get("close_month"),
            currency: row.get("currency"),
            count: row.get("count"),
            amount_e4: joined(row, "amount"),
            weighted_e6: joined(row, "weighted"),
            commit_e4: joined(row, "commit"),
            best_case_e4: joined(row, "best_case"),
            won_e4: joined(row, "won"),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// What the API shows, and the full scan shown the same way.

fn decimals(currency: &str) -> u32 {
    Currency::parse(currency).map_or(4, Currency::minor_digits)
}

fn amount(currency: &str, e4: i128) -> String {
    format_scaled(e4, 4, decimals(currency))
}

/// The contract's rule: rounded half up, once, to the currency's minor unit.
fn weighted(currency: &str, e6: i128) -> String {
    let decimals = decimals(currency);
    let step = 10_i128.pow(6 - decimals);
    format_scaled((e6 + step / 2).div_euclid(step) * step, 6, decimals)
}

/// A report's totals as `(stage or month, currency, count, amounts...)` lines.
type Lines = Vec<Vec<String>>;

fn summary_lines(scan: &BTreeMap<(String, String), (i64, i128, i128)>) -> (Lines, Lines) {
    let mut totals: BTreeMap<&str, (i64, i128, i128)> = BTreeMap::new();
    let mut stages = Vec::new();
    for ((stage_id, currency), (count, amount_e4, weighted_e6)) in scan {
        stages.push(vec![
            stage_id.clone(),
            currency.clone(),
            count.to_string(),
            amount(currency, *amount_e4),
            weighted(currency, *weighted_e6),
        ]);
        let total = totals.entry(currency).or_default();
        total.0 += count;
        total.1 += amount_e4;
        total.2 += weighted_e6;
    }
    let totals = totals
        .into_iter()
        .map(|(currency, (count, amount_e4, weighted_e6))| {
            vec![
                currency.to_owned(),
                count.to_string(),
                amount(currency, amount_e4),
                weighted(currency, weighted_e6),
            ]
        })
        .collect();
    (stages, totals)
}

fn text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn served_summary_lines(summary: &serde_json::Value) -> (Lines, Lines) {
    let total_line = |total: &serde_json::Value| {
        ["currency", "count", "amount", "weighted_amount"]
            .iter()
            .map(|field| text(&total[field]))
            .collect::<Vec<_>>()
    };
    let mut stages: Lines = Vec::new();
    for stage in summary["stages"].as_array().expect("stages") {
        for total in stage["totals"].as_array().expect("stage totals") {
            let mut line = vec![text(&stage["stage_id"])];
            line.extend(total_line(total));
            stages.push(line);
        }
    }
    stages.sort();
    let totals = summary["totals"]
        .as_array()
        .expect("totals")
        .iter()
        .map(total_line)
        .collect();
    (stages, totals)
}

fn forecast_lines(months: &[ForecastMonth]) -> Lines {
    months
        .iter()
        .map(|m| {
            let c = m.currency.as_str();
            vec![
                m.month.clone(),
                m.currency.clone(),
                m.count.to_string(),
                amount(c, m.amount_e4),
                weighted(c, m.weighted_e6),
                amount(c, m.commit_e4),
                amount(c, m.best_case_e4),
                amount(c, m.won_e4),
            ]
        })
        .collect()
}

fn served_forecast_lines(forecast: &serde_json::Value) -> Lines {
    forecast["months"]
        .as_array()
        .expect("months")
        .iter()
        .map(|month| {
            [
                "month",
                "currency",
                "count",
                "amount",
                "weighted_amount",
                "commit_amount",
                "best_case_amount",
                "won_amount",
            ]
            .iter()
            .map(|field| text(&month[field]))
            .collect()
        })
        .collect()
}

/// Every narrowing the reports offer over `pipelines` (`None`: the default one for the summary,
/// every one for the forecast); no owner, an owner, and one without opportunities; close-date
/// ranges within a month, across month and year boundaries, of whole months, open at either end,
/// and empty.
fn narrowings(pipelines: &[Option<&'static str>]) -> Vec<(Option<&'static str>, ReportFilter)> {
    let ranges: [(Option<&str>, Option<&str>); 9] = [
        (None, None),
        (Some("2026-03-10"), Some("2026-03-20")),
        (Some("2026-01-15"), Some("2026-04-10")),
        (Some("2026-02-01"), Some("2026-02-28")),
        (Some("2026-05-31"), Some("2026-06-01")),
        (Some("2026-11-20"), Some("2027-02-03")),
        (Some("2026-06-15"), None),
        (None, Some("2026-04-30")),
        (Some("2026-05-01"), Some("2026-04-01")),
    ];
    let mut narrowings = Vec::new();
    for &pipeline in pipelines {
        for owner in [None, Some("ann"), Some("nobody")] {
            for (from, to) in ranges {
                narrowings.push((
                    pipeline,
                    ReportFilter {
                        owner_id: owner.map(str::to_owned),
                        close_date_from: from.map(str::to_owned),
                        close_date_to: to.map(str::to_owned),
                    },
                ));
            }
        }
    }
    narrowings
}

fn query(pipeline: Option<&str>, filter: &ReportFilter) -> String {
    let mut parameters = Vec::new();
    if let Some(pipeline) = pipeline {
        parameters.push(format!("pipeline_id={pipeline}"));
    }
    if let Some(owner) = &filter.owner_id {
        parameters.push(format!("owner_id={owner}"));
    }
    if let Some(from) = &filter.close_date_from {
        parameters.push(format!("close_date_from={from}"));
    }
    if let Some(to) = &filter.close_date_to {
        parameters.push(format!("close_date_to={to}"));
    }
    format!("?{}", parameters.join("&"))
}

/// Both reports under every narrowing, as served and as the full scan says; returns how many
/// comparisons were made.
async fn assert_reports_equal_the_scan(world: &World, database: &mut AnyConnection) -> usize {
    let mut compared = 0;
    for (pipeline, filter) in narrowings(&[None, Some(SALES), Some(PARTNERS)]) {
        let query = query(pipeline, &filter);
        let served = world
            .request("GET", &format!("/v1/reports/pipeline-summary{query}"), None)
            .await;
        assert_eq!(served.status, 200, "summary {query}");
        let scan = scanned_summary(database, pipeline.unwrap_or(SALES), &filter).await;
        assert_eq!(
            served_summary_lines(&served.json()),
            summary_lines(&scan),
            "summary {query}"
        );
        let served = world
            .request("GET", &format!("/v1/reports/forecast{query}"), None)
            .await;
        assert_eq!(served.status, 200, "forecast {query}");
        let scan = scanned_forecast(database, pipeline, &filter).await;
        assert_eq!(
            served_forecast_lines(&served.json()),
            forecast_lines(&scan),
            "forecast {query}"
        );
        compared += 2;
    }
    compared
}

// ---------------------------------------------------------------------------------------------
// Random operations through the API.

struct World {
    app: TestApp,
    token: String,
    accounts: Vec<String>,
}

/// What one client created: opportunities (with whether they are in the partner pipeline) and
/// their line items. Each client changes only its own opportunities, so that clients run
/// concurrently on the same totals but never on the same opportunity rows (where the service's
/// own lock order, not the totals, decides what happens).
#[derive(Default)]
struct Mine {
    opportunities: Vec<(String, bool)>,
    line_items: HashMap<String, Vec<String>>,
}

impl Mine {
    fn any(&self, rng: &mut StdRng) -> Option<(String, bool)> {
        if self.opportunities.is_empty() {
            return None;
        }
        Some(self.opportunities[rng.gen_range(0..self.opportunities.len())].clone())
    }

    fn remember(&mut self, created: &serde_json::Value) {
        let id = text(&created["id"]);
        let partner = text(&created["pipeline_id"]) == PARTNERS;
        self.opportunities.push((id, partner));
    }
}

/// A response's status and body.
struct Served {
    status: u16,
    body: bytes::Bytes,
}

impl Served {
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

impl World {
    async fn request(&self, method: &str, path: &str, body: Option<serde_json::Value>) -> Served {
        let authorization = format!("Bearer {}", self.token);
        let body = body.map(|body| body.to_string());
        let response = self
            .app
            .raw(
                method,
                path,
                &[
                    ("authorization", authorization.as_str()),
                    ("content-type", "application/json"),
                    ("if-match", "*"),
                ],
                body.as_deref(),
            )
            .await;
        assert!(
            response.status < 500,
            "{method} {path}: {} {}",
            response.status,
            String::from_utf8_lossy(&response.body)
        );
        Served {
            status: response.status,
            body: response.body,
        }
    }
}

/// An amount in `currency`'s minor unit: mostly modest, sometimes the largest the contract takes.
fn random_amount(rng: &mut StdRng, currency: &str) -> String {
    let whole: u64 = match rng.gen_range(0..10) {
        0 => rng.gen_range(9_000_000_000_000..10_000_000_000_000),
        1 => 0,
        _ => rng.gen_range(1..1_000_000),
    };
    match decimals(currency) {
        0 => whole.to_string(),
        digits => format!(
            "{whole}.{:0width$}",
            rng.gen_range(0..10_u64.pow(digits)),
            width = digits as usize
        ),
    }
}

/// A close date in 2026 or early 2027, or none.
fn random_close_date(rng: &mut StdRng) -> Option<String> {
    if rng.gen_bool(0.15) {
        return None;
    }
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
    let date = start + chrono::Duration::days(rng.gen_range(0..456));
    Some(date.format("%Y-%m-%d").to_string())
}

fn random_opportunity(rng: &mut StdRng, world: &World) -> serde_json::Value {
    let currency = CURRENCIES[rng.gen_range(0..CURRENCIES.len())];
    let partner = rng.gen_bool(0.25);
    let mut body = json!({
        "name": "Random deal",
        "account_id": world.accounts[rng.gen_range(0..world.accounts.len())],
        "owner_id": OWNERS[rng.gen_range(0..OWNERS.len())],
        "pipeline_id": if partner { PARTNERS } else { SALES },
        "stage_id": if partner { PARTNER_LEAD } else { SALES_OPEN_STAGES[rng.gen_range(0..4)] },
        "amount": random_amount(rng, currency),
        "currency": currency,
    });
    if let Some(date) = random_close_date(rng) {
        body["expected_close_date"] = json!(date);
    }
    if rng.gen_bool(0.3) {
        body["probability"] = json!(rng.gen_range(0..=100));
    }
    body
}

fn random_patch(rng: &mut StdRng) -> serde_json::Value {
    let mut patch = json!({});
    if rng.gen_bool(0.4) {
        let currency = CURRENCIES[rng.gen_range(0..CURRENCIES.len())];
        patch["currency"] = json!(currency);
        patch["amount"] = json!(random_amount(rng, currency));
    } else if rng.gen_bool(0.3) {
        // Whole units are valid in every currency, whichever the opportunity has.
        patch["amount"] = json!(rng.gen_range(0..100_000).to_string());
    }
    if rng.gen_bool(0.3) {
        patch["probability"] = json!(rng.gen_range(0..=100));
    }
    if rng.gen_bool(0.4) {
        patch["expected_close_date"] = json!(random_close_date(rng));
    }
    if rng.gen_bool(0.3) {
        patch["owner_id"] = json!(OWNERS[rng.gen_range(0..OWNERS.len())]);
    }
    if patch.as_object().is_some_and(serde_json::Map::is_empty) {
        patch["next_step"] = json!("Call back");
    }
    patch
}

/// One random operation; what it answers does not matter (a 409 for winning a lost opportunity
/// is fine), only that the service never fails.
async fn random_operation(world: &World, mine: &mut Mine, rng: &mut StdRng) {
    let Some((id, partner)) = mine.any(rng) else {
        let created = world
            .request(
                "POST",
                "/v1/opportunities",
                Some(random_opportunity(rng, world)),
            )
            .await;
        assert_eq!(created.status, 201);
        mine.remember(&created.json());
        return;
    };
    let path = format!("/v1/opportunities/{id}");
    match rng.gen_range(0..100) {
        0..=17 => {
            let created = world
                .request(
                    "POST",
                    "/v1/opportunities",
                    Some(random_opportunity(rng, world)),
                )
                .await;
            assert_eq!(
                created.status,
                201,
                "{}",
                String::from_utf8_lossy(&created.body)
            );
            mine.remember(&created.json());
        }
        18..=35 => {
            world.request("PATCH", &path, Some(random_patch(rng))).await;
        }
        36..=45 => {
            let stage = if partner {
                PARTNER_LEAD
            } else {
                SALES_OPEN_STAGES[rng.gen_range(0..4)]
            };
            let mut body = json!({ "stage_id": stage });
            if rng.gen_bool(0.3) {
                body["probability"] = json!(rng.gen_range(0..=100));
            }
            world
                .request("POST", &format!("{path}/move"), Some(body))
                .await;
        }
        46..=51 => {
            let body = if partner {
                json!({ "stage_id": PARTNER_WON })
            } else {
                json!({})
            };
            world
                .request("POST", &format!("{path}/win"), Some(body))
                .await;
        }
        52..=56 => {
            world
                .request(
                    "POST",
                    &format!("{path}/lose"),
                    Some(json!({ "lost_reason": "Price" })),
                )
                .await;
        }
        57..=62 => {
            world
                .request("POST", &format!("{path}/reopen"), Some(json!({})))
                .await;
        }
        63..=70 => {
            let line = json!({
                "product": "Seats",
                "quantity": format!("{}.{}", rng.gen_range(0..500), rng.gen_range(0..10)),
                "unit_price": rng.gen_range(0..10_000).to_string(),
                "discount_percent": rng.gen_range(0..=30).to_string(),
            });
            let created = world
                .request("POST", &format!("{path}/line-items"), Some(line))
                .await;
            if created.status == 201 {
                mine.line_items
                    .entry(id)
                    .or_default()
                    .push(text(&created.json()["id"]));
            }
        }
        71..=76 => {
            let line = mine
                .line_items
                .get(&id)
                .and_then(|lines| lines.last().cloned());
            if let Some(line) = line {
                if rng.gen_bool(0.5) {
                    world
                        .request("DELETE", &format!("{path}/line-items/{line}"), None)
                        .await;
                } else {
                    let patch = json!({ "quantity": rng.gen_range(1..1000).to_string() });
                    world
                        .request("PATCH", &format!("{path}/line-items/{line}"), Some(patch))
                        .await;
                }
            }
        }
        77..=82 => {
            world.request("DELETE", &path, None).await;
        }
        83..=87 => {
            world
                .request("POST", &format!("{path}/restore"), None)
                .await;
        }
        88..=89 => {
            world.request("POST", &format!("{path}/purge"), None).await;
        }
        90..=94 => {
            // Atomic batches; a third of them fail on their last item (an external id that is
            // taken), after the others were written, and must leave no trace.
            let size = rng.gen_range(1..5);
            let mut items: Vec<serde_json::Value> =
                (0..size).map(|_| random_opportunity(rng, world)).collect();
            let failing = rng.gen_bool(0.33);
            if failing {
                let mut taken = random_opportunity(rng, world);
                taken["external_id"] = json!("taken");
                items.push(taken);
            }
            let served = world
                .request(
                    "POST",
                    "/v1/opportunities/batch-create",
                    Some(json!({ "items": items })),
                )
                .await;
            if failing {
                assert_ne!(served.status, 200, "a batch with a taken external id");
            } else {
                assert_eq!(
                    served.status,
                    200,
                    "{}",
                    String::from_utf8_lossy(&served.body)
                );
                for result in served.json()["items"].as_array().into_iter().flatten() {
                    if result["opportunity"].is_object() {
                        mine.remember(&result["opportunity"]);
                    }
                }
            }
        }
        _ => {
            let mut items = Vec::new();
            for _ in 0..rng.gen_range(1..4) {
                if let Some((id, _)) = mine.any(rng) {
                    items.push(json!({ "id": id, "if_match": "*", "patch": random_patch(rng) }));
                }
            }
            world
                .request(
                    "POST",
                    "/v1/opportunities/batch-update",
                    Some(json!({ "items": items })),
                )
                .await;
        }
    }
}

/// Changes made on the test's own connection while the clients run: a transaction rolled back
/// after it changed opportunities, one with a savepoint rolled back inside it, and a stage edit
/// (read at report time, so it needs no rewrite of the totals). On opportunities of the test's
/// own, beside the clients' (see [`Mine`]).
async fn direct_changes(
    mine: &Mine,
    database: &mut AnyConnection,
    backend: Backend,
    rng: &mut StdRng,
) {
    let ids: Vec<String> = (0..3)
        .filter_map(|_| mine.any(rng).map(|(id, _)| id))
        .collect();
    direct_transactions(database, backend, &ids)
        .await
        .expect("the direct transactions");
    let category = ["commit", "best_case", "pipeline"][rng.gen_range(0..3)];
    sqlx::query("UPDATE stages SET forecast_category = $1 WHERE id = $2")
        .bind(category)
        .bind(PROPOSAL)
        .execute(&mut *database)
        .await
        .expect("edit a stage");
}

async fn direct_transactions(
    database: &mut AnyConnection,
    backend: Backend,
    ids: &[String],
) -> Result<(), sqlx::Error> {
    let begin = match backend {
        Backend::Postgres => "BEGIN",
        Backend::Sqlite => "BEGIN IMMEDIATE",
    };
    let (first, second, third) = (&ids[0], &ids[1], &ids[2]);
    let mut transaction = database.begin_with(begin).await?;
    for id in [first, second] {
        sqlx::query(
            "UPDATE opportunities SET amount_e4 = amount_e4 + 123456789, owner_id = 'ann', \
             expected_close_date = '2026-07-04', deleted_at = NULL WHERE id = $1",
        )
        .bind(id)
        .execute(&mut *transaction)
        .await?;
    }
    sqlx::query("DELETE FROM opportunities WHERE id = $1")
        .bind(third)
        .execute(&mut *transaction)
        .await?;
    transaction.rollback().await?;

    let mut transaction = database.begin_with(begin).await?;
    sqlx::query("UPDATE opportunities SET amount_e4 = amount_e4 + 1 WHERE id = $1")
        .bind(first)
        .execute(&mut *transaction)
        .await?;
    {
        let mut savepoint = transaction.begin().await?;
        sqlx::query("UPDATE opportunities SET owner_id = 'ann', currency = 'KWD' WHERE id = $1")
            .bind(second)
            .execute(&mut *savepoint)
            .await?;
        savepoint.rollback().await?;
    }
    sqlx::query("UPDATE opportunities SET expected_close_date = '2026-12-31' WHERE id = $1")
        .bind(third)
        .execute(&mut *transaction)
        .await?;
    transaction.commit().await
}

async fn report_totals_equal_a_full_scan_after_random_concurrent_operations(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            "--rate-limit-per-second",
            "1000000",
            "--rate-limit-burst",
            "1000000",
        ],
    )
    .await;
    let db = Db::open(&app).await;
    db.add_partner_pipeline().await;
    let mut accounts = vec![db.account_id.clone()];
    accounts.push(create_account(&app, "Initech").await);
    let world = Arc::new(World {
        token: app.token("admin-1", &[Role::Admin]),
        app,
        accounts,
    });
    // The external id every failing batch collides with.
    let mut taken = random_opportunity(&mut StdRng::seed_from_u64(0), &world);
    taken["external_id"] = json!("taken");
    let created = world
        .request("POST", "/v1/opportunities", Some(taken))
        .await;
    // Not remembered: no operation may free the external id.
    assert_eq!(created.status, 201);

    let mut database = world.app.database().await;
    let mut rng = StdRng::seed_from_u64(7);
    let mut direct = Mine::default();
    for _ in 0..20 {
        random_operation(&world, &mut direct, &mut rng).await;
    }
    let mut clients: Vec<Mine> = (0..WORKERS).map(|_| Mine::default()).collect();
    let mut compared = 0;
    let mut compared_with_pending = 0;
    for round in 0..ROUNDS {
        let workers: Vec<_> = clients
            .drain(..)
            .zip(0_u64..)
            .map(|(mut mine, worker)| {
                let world = Arc::clone(&world);
                let seed = (round as u64) * 100 + worker;
                tokio::spawn(async move {
                    let mut rng = StdRng::seed_from_u64(seed);
                    for _ in 0..OPERATIONS_PER_WORKER {
                        random_operation(&world, &mut mine, &mut rng).await;
                    }
                    mine
                })
            })
            .collect();
        // Alongside the clients: direct transactions on the test's connection.
        for _ in 0..5 {
            direct_changes(&direct, &mut database, backend, &mut rng).await;
        }
        for worker in workers {
            clients.push(worker.await.expect("a client finishes"));
        }
        // PostgreSQL: changes wait in opportunity_report_pending until the service's background
        // task folds them into the totals (every second, also during the operations above).
        // The reports are exact with changes pending and right after folding them.
        let pending = pending_rows(&mut database).await;
        compared += assert_reports_equal_the_scan(&world, &mut database).await;
        if backend == Backend::Postgres {
            compared_with_pending += usize::from(pending > 0);
            // The service's own task may be folding at this moment: then this call skips.
            for _ in 0..100 {
                sqlx::query_scalar::<_, i64>("SELECT opportunity_report_compact()")
                    .fetch_one(&mut database)
                    .await
                    .expect("folding the pending totals");
                if pending_rows(&mut database).await == 0 {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            assert_eq!(pending_rows(&mut database).await, 0, "folded");
            compared += assert_reports_equal_the_scan(&world, &mut database).await;
        }
    }
    if backend == Backend::Postgres {
        assert!(
            compared_with_pending > 0,
            "no comparison ran with changes pending"
        );
    }
    let live: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM opportunities WHERE deleted_at IS NULL")
            .fetch_one(&mut database)
            .await
            .expect("a count");
    assert!(live > 200, "the operations left {live} live opportunities");
    assert!(compared > 300);
    database.close().await.expect("close");
}

async fn pending_rows(database: &mut AnyConnection) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM opportunity_report_pending")
        .fetch_one(database)
        .await
        .expect("a count")
}

// ---------------------------------------------------------------------------------------------
// An existing database.

/// The migration that creates the totals (the same version in migrations/postgres and
/// migrations/sqlite).
const TOTALS_MIGRATION: i64 = 20_261_203_090_000;

async fn a_database_with_opportunities_gets_exact_totals_when_migrated(backend: Backend) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = fresh_database(backend, dir.path()).await;
    let config = test_config(&url, dir.path(), 2, &[]);
    let store = Store::connect(&config).await.expect("connect");
    // The schema as it was before the totals.
    let all = opportunity_service::store::migrator(store.backend());
    let before = Migrator {
        migrations: Cow::Owned(
            all.iter()
                .filter(|migration| migration.version < TOTALS_MIGRATION)
                .cloned()
                .collect(),
        ),
        ..Migrator::DEFAULT
    };
    before
        .run(store.pool())
        .await
        .expect("the earlier migrations");

    let mut database = AnyConnection::connect(&url).await.expect("connect");
    database
        .execute(
            "INSERT INTO accounts (id, name, created_at, updated_at, version) \
             VALUES ('c0000000-0000-4000-8000-000000000001', 'Acme', 1, 1, 1)",
        )
        .await
        .expect("an account");
    let stages: [(&str, &str); 6] = [
        (QUALIFICATION, "open"),
        (PROPOSAL, "open"),
        (NEGOTIATION, "open"),
        ("a0000000-0000-4000-8000-000000000105", "won"),
        ("a0000000-0000-4000-8000-000000000106", "lost"),
        (NEEDS_ANALYSIS, "open"),
    ];
    let mut rng = StdRng::seed_from_u64(11);
    for n in 0..400 {
        let (stage, status) = stages[rng.gen_range(0..stages.len())];
        let currency = CURRENCIES[rng.gen_range(0..CURRENCIES.len())];
        let amount_e4 =
            opportunity_service::domain::money::parse_scaled(&random_amount(&mut rng, currency), 4)
                .expect("an amount");
        sqlx::query(
            "INSERT INTO opportunities (id, name, account_id, owner_id, pipeline_id, stage_id, status, \
             amount_e4, currency, amount_source, probability, expected_close_date, closed_at, lost_reason, \
             stage_entered_at, created_at, updated_at, version, deleted_at) \
             VALUES ($1, 'Old deal', 'c0000000-0000-4000-8000-000000000001', $2, $3, $4, $5, $6, $7, \
             'manual', $8, $9, $10, $11, 1, 1, 1, 1, $12)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(OWNERS[rng.gen_range(0..OWNERS.len())])
        .bind(SALES)
        .bind(stage)
        .bind(status)
        .bind(amount_e4)
        .bind(currency)
        .bind(rng.gen_range(0..=100_i64))
        .bind(random_close_date(&mut rng))
        .bind((status != "open").then_some(1_i64))
        .bind((status == "lost").then_some("Price"))
        .bind((n % 10 == 0).then_some(2_i64))
        .execute(&mut database)
        .await
        .expect("an opportunity from before the totals");
    }

    store.migrate().await.expect("the totals migration");
    let mut compared = 0;
    for (pipeline, filter) in narrowings(&[None, Some(SALES)]) {
        let summary = store
            .pipeline_summary(pipeline, &filter)
            .await
            .expect("the summary");
        let served: BTreeMap<(String, String), (i64, i128, i128)> = summary
            .stages
            .iter()
            .flat_map(|stage| {
                stage.totals.iter().map(|sums| {
                    (
                        (stage.stage.id.clone(), sums.currency.clone()),
                        (sums.count, sums.amount_e4, sums.weighted_e6),
                    )
                })
            })
            .collect();
        let scan = scanned_summary(&mut database, pipeline.unwrap_or(SALES), &filter).await;
        assert_eq!(served, scan, "summary {}", query(pipeline, &filter));
        let forecast = store
            .forecast(pipeline, &filter)
            .await
            .expect("the forecast");
        let scan = scanned_forecast(&mut database, pipeline, &filter).await;
        assert_eq!(forecast, scan, "forecast {}", query(pipeline, &filter));
        compared += 1;
    }
    assert!(compared > 0);
    let non_empty: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM opportunity_report_totals WHERE opportunity_count > 0",
    )
    .fetch_one(&mut database)
    .await
    .expect("a count");
    assert!(non_empty > 0, "the migration built no totals");
    database.close().await.expect("close");
}
