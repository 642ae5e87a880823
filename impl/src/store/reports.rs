//! Reports over live data: the pipeline summary and the forecast. The database aggregates
//! (`GROUP BY` stage or month, and currency); the service only receives one row per group and
//! never adds amounts of different currencies.
//!
//! Both statements start from `stages` and reach opportunities through the covering index
//! `opportunities_for_reports` (stage, close date, owner, status, currency, probability, amount),
//! so a report reads index entries of the stages it covers, never the table; the exact plans are
//! in `docs/query-plans.md`.

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

impl ReportFilter {
    fn push_conditions(&self, sql: &mut Sql) {
        if let Some(owner_id) = &self.owner_id {
            let owner_id = sql.bind(Value::Text(owner_id.clone()));
            sql.push(&format!(" AND o.owner_id = {owner_id}"));
        }
        for (bound, comparison) in [(&self.close_date_from, ">="), (&self.close_date_to, "<=")] {
            if let Some(date) = bound {
                let date = sql.bind(Value::Text(date.clone()));
                sql.push(&format!(" AND o.expected_close_date {comparison} {date}"));
            }
        }
    }
}

/// The select-list items `{name}_high` and `{name}_low` that together are `SUM(amount_e4 × factor)`.
///
/// A single amount may be close to 10^17 (the contract's largest, times 10^4), so the product with
/// a probability, and any sum of a few such, would overflow the 64-bit integers both databases sum
/// in. Each amount is therefore split at 10^8 and the parts summed apart: both stay far below 2^63
/// for tens of millions of rows per group, and [`joined`] puts them together in 128 bits.
fn split_sum(factor: &str, name: &str) -> String {
    format!(
        "CAST(SUM((o.amount_e4 / {SPLIT}) * {factor}) AS BIGINT) AS {name}_high, \
         CAST(SUM((o.amount_e4 % {SPLIT}) * {factor}) AS BIGINT) AS {name}_low"
    )
}

/// The exact sum of the two parts [`split_sum`] selects.
fn joined(high: i64, low: i64) -> i128 {
    i128::from(high) * i128::from(SPLIT) + i128::from(low)
}

/// The statement that aggregates one pipeline's opportunities by stage and currency. Public so
/// that the query-plan test explains exactly what the service runs.
pub fn summary_statement(pipeline_id: &str, filter: &ReportFilter) -> Sql {
    let mut sql = Sql::new(format!(
        "SELECT o.stage_id, o.currency, COUNT(*) AS count, {}, {} \
         FROM stages s JOIN opportunities o ON o.stage_id = s.id \
         WHERE o.deleted_at IS NULL",
        split_sum("1", "amount"),
        split_sum("o.probability", "weighted"),
    ));
    let pipeline_id = sql.bind(Value::Text(pipeline_id.to_owned()));
    sql.push(&format!(" AND s.pipeline_id = {pipeline_id}"));
    filter.push_conditions(&mut sql);
    sql.push(" GROUP BY o.stage_id, o.currency");
    sql
}

/// The statement that aggregates open and won opportunities by month of expected close and
/// currency, over one pipeline or all. Public so that the query-plan test explains it.
///
/// Status follows from the stage's kind; the statement filters on both so that the database can
/// leave out lost stages before it reads any opportunity.
pub fn forecast_statement(pipeline_id: Option<&str>, filter: &ReportFilter) -> Sql {
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
    filter.push_conditions(&mut sql);
    sql.push(
        " GROUP BY SUBSTR(o.expected_close_date, 1, 7), o.currency ORDER BY close_month, o.currency",
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
            None => self.pipeline(&self.default_pipeline_id().await?).await?,
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

    /// The id of the default pipeline, which the service always keeps.
    async fn default_pipeline_id(&self) -> Result<String, AppError> {
        sqlx::query_scalar("SELECT id FROM pipelines WHERE is_default")
            .fetch_optional(self.pool())
            .await?
            .ok_or_else(|| AppError::NotFound("There is no default pipeline.".to_owned()))
    }
}
