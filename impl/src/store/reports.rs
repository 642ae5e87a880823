//! Reports over live data: the pipeline summary and the forecast, read from totals the database
//! keeps, never by aggregating opportunities.
//!
//! `opportunity_report_totals` holds, per stage, status and currency, the count of live
//! opportunities and their exact sums, at three period grains (all time, month of expected
//! close, day of it) and two owner grains (every owner, each owner). Triggers on `opportunities`
//! keep it in the same transaction as every change of an opportunity, whichever statement makes it
//! (`migrations/postgres/` and `migrations/sqlite/` explain how each database does it). So a
//! report reads a number of total rows bounded by the pipeline's stages, the currencies and the
//! months asked for, whatever the number of opportunities, and it is as current as a full scan.
//! A close-date range reads whole months from month rows and the two boundary months from day
//! rows. Stage names, kinds and forecast categories are joined at read time. The exact plans are in
//! `docs/query-plans.md`.

use std::collections::BTreeMap;

use sqlx::FromRow;

use super::sql::{Sql, Value};
use super::Store;
use crate::domain::pipeline::Stage;
use crate::error::AppError;

/// Where each amount is split before it is summed (see [`split_sum`]).
const SPLIT: i64 = 100_000_000;

/// Totals in one currency, exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrencySums {
    pub currency: String,
    pub count: i64,
    /// The sum of amounts, times 10^4.
    pub amount_e4: i128,
    /// The sum of amount × probability (a percentage), times 10^4: the weighted amount times 10^6,
    /// still to be rounded to the currency's minor unit.
    pub weighted_e6: i128,
}

impl CurrencySums {
    fn add(&mut self, other: &CurrencySums) {
        self.count += other.count;
        self.amount_e4 += other.amount_e4;
        self.weighted_e6 += other.weighted_e6;
    }
}

/// A stage of the summarised pipeline, with the opportunities in it.
#[derive(Debug, Clone)]
pub struct StageSummary {
    pub stage: Stage,
    /// 0-based, in the pipeline's order.
    pub position: usize,
    /// Opportunities in the stage, all currencies.
    pub count: i64,
    /// Per currency, ordered by currency code; empty for an empty stage.
    pub totals: Vec<CurrencySums>,
}

/// Every stage of one pipeline in order (also empty ones), and the totals over all of them.
#[derive(Debug, Clone)]
pub struct PipelineSummary {
    pub pipeline_id: String,
    pub pipeline_name: String,
    pub stages: Vec<StageSummary>,
    /// Per currency, ordered by currency code.
    pub totals: Vec<CurrencySums>,
}

/// Open and won opportunities expected to close in one month, in one currency. Amounts times 10^4,
/// the weighted amount times 10^6 (see [`CurrencySums::weighted_e6`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForecastMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub currency: String,
    pub count: i64,
    pub amount_e4: i128,
    /// Open amounts weighted by their probability, won amounts in full.
    pub weighted_e6: i128,
    /// Open amounts in `commit` stages.
    pub commit_e4: i128,
    /// Open amounts in `commit` and `best_case` stages.
    pub best_case_e4: i128,
    pub won_e4: i128,
}

/// What both reports can be narrowed to; deleted opportunities are always left out.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    pub owner_id: Option<String>,
    /// Inclusive, `YYYY-MM-DD`; either bound leaves out opportunities without a close date.
    pub close_date_from: Option<String>,
    pub close_date_to: Option<String>,
}

/// The `owner_id` of the total rows that sum every owner's opportunities (the migrations' triggers
/// write each change to its owner's rows and to these).
const ALL_OWNERS: &str = "";

/// Where the totals are: the folded totals and the changes not yet folded into them (PostgreSQL
/// appends each change there so that writers share no row; `Store::compact_report_totals` folds
/// them). A report reads both in one statement, so it sees every change exactly once.
const TOTAL_TABLES: [&str; 2] = ["opportunity_report_totals", "opportunity_report_pending"];

/// One key range of the totals a report reads: a period grain and bounds on the period.
#[derive(Clone)]
struct PeriodRange {
    grain: &'static str,
    /// Inclusive or exclusive lower bound: `(value, ">=" | ">")`.
    lower: Option<(String, &'static str)>,
    upper: Option<(String, &'static str)>,
}

impl ReportFilter {
    /// The period ranges of the totals that hold exactly the opportunities this filter keeps, each
    /// once. Without a close-date bound: all of `unbounded_grain` (`all` for the summary, which
    /// also counts opportunities without a close date; `month` for the forecast, which groups by
    /// month). With one: the months strictly inside the range from month rows, and the days of
    /// the range in its first and last month from day rows.
    fn period_ranges(&self, unbounded_grain: &'static str) -> Vec<PeriodRange> {
        let from = self.close_date_from.as_deref();
        let to = self.close_date_to.as_deref();
        let day = |lower: Option<&str>, upper: Option<&str>| PeriodRange {
            grain: "day",
            lower: lower.map(|date| (date.to_owned(), ">=")),
            upper: upper.map(|date| (date.to_owned(), "<=")),
        };
        match (from, to) {
            (None, None) => vec![PeriodRange {
                grain: unbounded_grain,
                lower: None,
                upper: None,
            }],
            // Within one month (or empty, when `from` is after `to`): days only.
            (Some(from), Some(to)) if month_of(from) >= month_of(to) => {
                vec![day(Some(from), Some(to))]
            }
            _ => {
                let mut ranges = vec![PeriodRange {
                    grain: "month",
                    lower: from.map(|from| (month_of(from).to_owned(), ">")),
                    upper: to.map(|to| (month_of(to).to_owned(), "<")),
                }];
                if let Some(from) = from {
                    let month_end = format!("{}-31", month_of(from));
                    ranges.push(day(Some(from), Some(&month_end)));
                }
                if let Some(to) = to {
                    let month_start = format!("{}-01", month_of(to));
                    ranges.push(day(Some(&month_start), Some(to)));
                }
                ranges
            }
        }
    }

    /// `(SELECT .. UNION ALL SELECT ..) r`: the total (and pending) rows of the stages `stages` selects (SQL
    /// over `s` and `t`, with `pipeline_id` bound where it says `{pipeline}`), of the owner grain
    /// and the period ranges of this filter. One branch per key range, so that each is a range
    /// of the totals' primary key (stage, owner, period grain, period, ...) per stage; an `OR`
    /// of ranges would not be.
    fn push_total_rows(
        &self,
        sql: &mut Sql,
        stages: &str,
        pipeline_id: Option<&str>,
        unbounded_grain: &'static str,
    ) {
        let branches: Vec<String> = self
            .period_ranges(unbounded_grain)
            .into_iter()
            .flat_map(|range| TOTAL_TABLES.map(|table| (table, range.clone())))
            .map(|(table, range)| {
                let mut branch = format!(
                    "SELECT t.stage_id, s.forecast_category, t.status, t.currency, t.period, \
                     t.opportunity_count, t.amount_high, t.amount_low, t.weighted_high, t.weighted_low \
                     FROM stages s JOIN {table} t ON t.stage_id = s.id WHERE {stages}"
                );
                if let Some(pipeline_id) = pipeline_id {
                    let pipeline_id = sql.bind(Value::Text(pipeline_id.to_owned()));
                    branch.push_str(&format!(" AND s.pipeline_id = {pipeline_id}"));
                }
                let owner = self.owner_id.as_deref().unwrap_or(ALL_OWNERS);
                let owner_id = sql.bind(Value::Text(owner.to_owned()));
                branch.push_str(&format!(
                    " AND t.owner_id = {owner_id} AND t.period_grain = '{}'",
                    range.grain
                ));
                for (value, comparison) in [range.lower, range.upper].into_iter().flatten() {
                    let value = sql.bind(Value::Text(value));
                    branch.push_str(&format!(" AND t.period {comparison} {value}"));
                }
                branch
            })
            .collect();
        sql.push(&format!("({}) r", branches.join(" UNION ALL ")));
    }
}

/// `YYYY-MM` of a `YYYY-MM-DD` date, as the totals' month rows are keyed (`substr(date, 1, 7)`).
fn month_of(date: &str) -> &str {
    date.get(..7).unwrap_or(date)
}

/// Why the totals keep each sum in two parts, `{name}_high` and `{name}_low`, that together are
/// `high × 10^8 + low`:
///
/// A single amount may be close to 10^17 (the contract's largest, times 10^4), so the product with
/// a probability, and any sum of a few such, would overflow the 64-bit integers both databases sum
/// in. Each amount is therefore split at 10^8 and the parts summed apart: both stay far below 2^63
/// for tens of millions of opportunities per total, and [`joined`] puts them together in 128 bits.
fn summed(expression: &str, name: &str) -> String {
    format!("CAST(SUM({expression}) AS BIGINT) AS {name}")
}

/// The exact sum of the two parts of a split sum (see [`summed`]).
fn joined(high: i64, low: i64) -> i128 {
    i128::from(high) * i128::from(SPLIT) + i128::from(low)
}

/// `{name}_high` and `{name}_low`: the split sum of the amounts of the total rows where
/// `condition` holds.
fn split_amount(condition: &str, name: &str) -> String {
    let part = |part: &str| {
        summed(
            &format!("CASE WHEN {condition} THEN r.amount_{part} ELSE 0 END"),
            &format!("{name}_{part}"),
        )
    };
    format!("{}, {}", part("high"), part("low"))
}

/// The statement that totals one pipeline's opportunities by stage and currency. Public so that
/// the query-plan test explains exactly what the service runs.
pub fn summary_statement(pipeline_id: &str, filter: &ReportFilter) -> Sql {
    let mut sql = Sql::new(format!(
        "SELECT r.stage_id, r.currency, {}, {}, {}, {}, {} FROM ",
        summed("r.opportunity_count", "count"),
        summed("r.amount_high", "amount_high"),
        summed("r.amount_low", "amount_low"),
        summed("r.weighted_high", "weighted_high"),
        summed("r.weighted_low", "weighted_low"),
    ));
    filter.push_total_rows(&mut sql, "TRUE", Some(pipeline_id), "all");
    sql.push(" GROUP BY r.stage_id, r.currency HAVING SUM(r.opportunity_count) > 0");
    sql
}

/// The statement that totals open and won opportunities by month of expected close and currency,
/// over one pipeline or all. Public so that the query-plan test explains it.
///
/// The totals keep the status; the statement also filters on the stage's kind so that the database
/// can leave out lost stages before it reads any total. Won amounts count in full in the weighted
/// amount; open ones count towards commit and best case by their stage's forecast category.
pub fn forecast_statement(pipeline_id: Option<&str>, filter: &ReportFilter) -> Sql {
    let won = "r.status = 'won'";
    let commit = "r.status = 'open' AND r.forecast_category = 'commit'";
    let best_case = "r.status = 'open' AND r.forecast_category IN ('commit', 'best_case')";
    let mut sql = Sql::new(format!(
        "SELECT SUBSTR(r.period, 1, 7) AS close_month, r.currency, {}, {}, {}, {}, {}, {}, {}, {} FROM ",
        summed("r.opportunity_count", "count"),
        summed("r.amount_high", "amount_high"),
        summed("r.amount_low", "amount_low"),
        summed(
            &format!("CASE WHEN {won} THEN r.amount_high * 100 ELSE r.weighted_high END"),
            "weighted_high"
        ),
        summed(
            &format!("CASE WHEN {won} THEN r.amount_low * 100 ELSE r.weighted_low END"),
            "weighted_low"
        ),
        split_amount(commit, "commit"),
        split_amount(best_case, "best_case"),
        split_amount(won, "won"),
    ));
    filter.push_total_rows(
        &mut sql,
        "s.kind IN ('open', 'won') AND t.status IN ('open', 'won')",
        pipeline_id,
        "month",
    );
    sql.push(
        " GROUP BY SUBSTR(r.period, 1, 7), r.currency HAVING SUM(r.opportunity_count) > 0 \
         ORDER BY close_month, r.currency",
    );
    sql
}

#[derive(FromRow)]
struct StageSumsRow {
    stage_id: String,
    currency: String,
    count: i64,
    amount_high: i64,
    amount_low: i64,
    weighted_high: i64,
    weighted_low: i64,
}

#[derive(FromRow)]
struct ForecastRow {
    close_month: String,
    currency: String,
    count: i64,
    amount_high: i64,
    amount_low: i64,
    weighted_high: i64,
    weighted_low: i64,
    commit_high: i64,
    commit_low: i64,
    best_case_high: i64,
    best_case_low: i64,
    won_high: i64,
    won_low: i64,
}

impl Store {
    /// The summary of one pipeline (the default one for `None`); 404 for an unknown pipeline.
    #[tracing::instrument(skip_all, fields(pipeline_id = ?pipeline_id))]
    pub async fn pipeline_summary(
        &self,
        pipeline_id: Option<&str>,
        filter: &ReportFilter,
    ) -> Result<PipelineSummary, AppError> {
        let pipeline = match pipeline_id {
            Some(pipeline_id) => self.pipeline(pipeline_id).await?,
            None => self.default_pipeline().await?,
        };
        let sql = summary_statement(&pipeline.id, filter);
        let rows = sqlx::query_as_with::<_, StageSumsRow, _>(sql.text(), sql.arguments())
            .fetch_all(self.pool())
            .await?;
        let mut by_stage: BTreeMap<String, Vec<CurrencySums>> = BTreeMap::new();
        for row in rows {
            by_stage
                .entry(row.stage_id)
                .or_default()
                .push(CurrencySums {
                    currency: row.currency,
                    count: row.count,
                    amount_e4: joined(row.amount_high, row.amount_low),
                    weighted_e6: joined(row.weighted_high, row.weighted_low),
                });
        }
        let mut totals: BTreeMap<String, CurrencySums> = BTreeMap::new();
        let stages = pipeline
            .stages
            .positioned()
            .map(|(position, stage)| {
                let mut sums = by_stage.remove(&stage.id).unwrap_or_default();
                sums.sort_by(|a, b| a.currency.cmp(&b.currency));
                for sum in &sums {
                    totals
                        .entry(sum.currency.clone())
                        .and_modify(|total| total.add(sum))
                        .or_insert_with(|| sum.clone());
                }
                StageSummary {
                    stage: stage.clone(),
                    position,
                    count: sums.iter().map(|sum| sum.count).sum(),
                    totals: sums,
                }
            })
            .collect();
        Ok(PipelineSummary {
            pipeline_id: pipeline.id,
            pipeline_name: pipeline.name,
            stages,
            totals: totals.into_values().collect(),
        })
    }

    /// The forecast over one pipeline (404 when it does not exist) or, for `None`, all of them.
    #[tracing::instrument(skip_all, fields(pipeline_id = ?pipeline_id))]
    pub async fn forecast(
        &self,
        pipeline_id: Option<&str>,
        filter: &ReportFilter,
    ) -> Result<Vec<ForecastMonth>, AppError> {
        if let Some(pipeline_id) = pipeline_id {
            self.pipeline(pipeline_id).await?;
        }
        let sql = forecast_statement(pipeline_id, filter);
        let rows = sqlx::query_as_with::<_, ForecastRow, _>(sql.text(), sql.arguments())
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .into_iter()
            .map(|row| ForecastMonth {
                month: row.close_month,
                currency: row.currency,
                count: row.count,
                amount_e4: joined(row.amount_high, row.amount_low),
                weighted_e6: joined(row.weighted_high, row.weighted_low),
                commit_e4: joined(row.commit_high, row.commit_low),
                best_case_e4: joined(row.best_case_high, row.best_case_low),
                won_e4: joined(row.won_high, row.won_low),
            })
            .collect())
    }
}

/// How often the background task folds pending report rows into the totals.
const COMPACT_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

impl Store {
    /// Folds the report changes PostgreSQL has appended (`opportunity_report_pending`) into the
    /// totals; how many pending rows it folded (0 on SQLite, whose triggers update the totals at
    /// once, and when another process is folding at the same moment). Reports are exact whether
    /// or not this has run: it only keeps the pending rows a report reads few.
    pub async fn compact_report_totals(&self) -> Result<i64, AppError> {
        if self.backend != super::Backend::Postgres {
            return Ok(0);
        }
        Ok(sqlx::query_scalar("SELECT opportunity_report_compact()")
            .fetch_one(self.pool())
            .await?)
    }
}

/// Starts the task that folds pending report rows every second, beside requests and never in
/// their way (it locks only total rows, which writers no longer touch). The standalone server and
/// the Lambda both start it: in a Lambda it runs while the environment is thawed, which is when
/// writes arrive, and several environments take turns (one folds at a time, the others skip).
pub fn spawn_report_compactor(store: Store) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(COMPACT_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(error) = store.compact_report_totals().await {
                tracing::warn!(%error, "folding pending report totals failed");
            }
        }
    })
}
