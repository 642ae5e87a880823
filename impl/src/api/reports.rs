//! Reports: the pipeline summary and the forecast, totalled per currency by the store and
//! formatted here in each currency's precision.

use opportunity_api::models;
use opportunity_api::{GetForecastResponse, GetPipelineSummaryResponse};
use swagger::ApiError;

use super::{finish, nullable, stored, ApiImpl};
use crate::domain::money::{format_scaled, Currency};
use crate::domain::opportunity::Status;
use crate::domain::pipeline::ForecastCategory;
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::reports::{CurrencySums, ForecastMonth, ReportFilter, StageSummary};
use crate::store::{now_micros, to_datetime};

/// Decimals of amounts in `currency`; a code the store holds is always a currency, and anything
/// else is shown at the store's full precision rather than rounded.
fn decimals(currency: &str) -> u32 {
    Currency::parse(currency).map_or(4, Currency::minor_digits)
}

/// A sum of amounts (times 10^4) in `currency`. Sums of valid amounts need no rounding.
fn amount(currency: &str, e4: i128) -> String {
    format_scaled(e4, 4, decimals(currency))
}

/// A sum of amount × probability (times 10^4, a percentage: the weighted amount times 10^6) as the
/// weighted amount in `currency`: rounded half up, once, to the currency's minor unit.
fn weighted_amount(currency: &str, weighted_e6: i128) -> String {
    let decimals = decimals(currency);
    let step = 10_i128.pow(6 - decimals);
    let rounded = (weighted_e6 + step / 2).div_euclid(step) * step;
    format_scaled(rounded, 6, decimals)
}

fn currency_total(sums: CurrencySums) -> models::CurrencyTotal {
    models::CurrencyTotal {
        amount: amount(&sums.currency, sums.amount_e4),
        weighted_amount: weighted_amount(&sums.currency, sums.weighted_e6),
        currency: sums.currency,
        count: sums.count,
    }
}

fn stage_summary(summary: StageSummary) -> Result<models::StageSummary, AppError> {
    let stage = summary.stage;
    Ok(models::StageSummary {
        stage_id: stored::uuid("stages.id", &stage.id)?,
        name: stage.name,
        position: stored::int32("stages.position", summary.position)?,
        kind: match stage.kind {
            Status::Open => models::StageKind::Open,
            Status::Won => models::StageKind::Won,
            Status::Lost => models::StageKind::Lost,
        },
        forecast_category: match stage.forecast_category {
            ForecastCategory::Pipeline => models::ForecastCategory::Pipeline,
            ForecastCategory::BestCase => models::ForecastCategory::BestCase,
            ForecastCategory::Commit => models::ForecastCategory::Commit,
            ForecastCategory::Closed => models::ForecastCategory::Closed,
            ForecastCategory::Omitted => models::ForecastCategory::Omitted,
        },
        count: summary.count,
        totals: summary.totals.into_iter().map(currency_total).collect(),
    })
}

fn forecast_month(month: ForecastMonth) -> models::ForecastMonth {
    let currency = month.currency.as_str();
    models::ForecastMonth {
        amount: amount(currency, month.amount_e4),
        weighted_amount: weighted_amount(currency, month.weighted_e6),
        commit_amount: amount(currency, month.commit_e4),
        best_case_amount: amount(currency, month.best_case_e4),
        won_amount: amount(currency, month.won_e4),
        month: month.month,
        currency: month.currency,
        count: month.count,
    }
}

fn report_filter(
    owner_id: Option<String>,
    close_date_from: Option<chrono::NaiveDate>,
    close_date_to: Option<chrono::NaiveDate>,
) -> ReportFilter {
    let day = |date: chrono::NaiveDate| date.format("%Y-%m-%d").to_string();
    ReportFilter {
        owner_id,
        close_date_from: close_date_from.map(day),
        close_date_to: close_date_to.map(day),
    }
}

pub(super) async fn get_forecast(
    api: &ApiImpl,
    pipeline_id: Option<uuid::Uuid>,
    owner_id: Option<String>,
    close_date_from: Option<chrono::naive::NaiveDate>,
    close_date_to: Option<chrono::naive::NaiveDate>,
    context: &RequestContext,
) -> Result<GetForecastResponse, ApiError> {
    let outcome = async {
        let filter = report_filter(owner_id, close_date_from, close_date_to);
        let pipeline = pipeline_id.map(|id| id.to_string());
        let months = api.store().forecast(pipeline.as_deref(), &filter).await?;
        Ok(GetForecastResponse::Ok(models::Forecast {
            pipeline_id: nullable(pipeline_id),
            generated_at: to_datetime(now_micros()),
            months: months.into_iter().map(forecast_month).collect(),
        }))
    }
    .await;
    finish(context, outcome, GetForecastResponse::from_problem)
}

pub(super) async fn get_pipeline_summary(
    api: &ApiImpl,
    pipeline_id: Option<uuid::Uuid>,
    owner_id: Option<String>,
    close_date_from: Option<chrono::naive::NaiveDate>,
    close_date_to: Option<chrono::naive::NaiveDate>,
    context: &RequestContext,
) -> Result<GetPipelineSummaryResponse, ApiError> {
    let outcome = async {
        let filter = report_filter(owner_id, close_date_from, close_date_to);
        let pipeline = pipeline_id.map(|id| id.to_string());
        let summary = api
            .store()
            .pipeline_summary(pipeline.as_deref(), &filter)
            .await?;
        Ok(GetPipelineSummaryResponse::Ok(models::PipelineSummary {
            pipeline_id: stored::uuid("pipelines.id", &summary.pipeline_id)?,
            pipeline_name: summary.pipeline_name,
            generated_at: to_datetime(now_micros()),
            stages: summary
                .stages
                .into_iter()
                .map(stage_summary)
                .collect::<Result<_, _>>()?,
            totals: summary.totals.into_iter().map(currency_total).collect(),
        }))
    }
    .await;
    finish(context, outcome, GetPipelineSummaryResponse::from_problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_amounts_round_half_up_to_the_minor_unit_once() {
        // 0.05 EUR at 50 % is 0.025, which rounds up to 0.03.
        assert_eq!(weighted_amount("EUR", 500 * 50), "0.03");
        // 0.03 EUR at 50 % is 0.015: 0.02; at 10 %: 0.003, which rounds down to 0.00.
        assert_eq!(weighted_amount("EUR", 300 * 50), "0.02");
        assert_eq!(weighted_amount("EUR", 300 * 10), "0.00");
        // 3 JPY at 50 % is 1.5: 2. 5 JPY at 10 %: 0.5: 1.
        assert_eq!(weighted_amount("JPY", 30_000 * 50), "2");
        assert_eq!(weighted_amount("JPY", 50_000 * 10), "1");
        // 1.001 KWD at 50 % is 0.5005: 0.501.
        assert_eq!(weighted_amount("KWD", 10_010 * 50), "0.501");
    }

    #[test]
    fn sums_beyond_64_bits_are_formatted_exactly() {
        let e4 = i128::from(i64::MAX) * 10_000;
        assert_eq!(amount("EUR", e4), "9223372036854775807.00");
        assert_eq!(weighted_amount("EUR", e4 * 100), "9223372036854775807.00");
    }
}
