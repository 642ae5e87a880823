//! TODO

use opportunity_api::{GetForecastResponse, GetPipelineSummaryResponse};
use swagger::ApiError;

use super::{not_implemented, ApiImpl};
use crate::http::context::RequestContext;

pub(super) async fn get_forecast(
    _api: &ApiImpl,
    _pipeline_id: Option<uuid::Uuid>,
    _owner_id: Option<String>,
    _close_date_from: Option<chrono::naive::NaiveDate>,
    _close_date_to: Option<chrono::naive::NaiveDate>,
    context: &RequestContext,
) -> Result<GetForecastResponse, ApiError> {
    not_implemented(context, GetForecastResponse::from_problem)
}

pub(super) async fn get_pipeline_summary(
    _api: &ApiImpl,
    _pipeline_id: Option<uuid::Uuid>,
    _owner_id: Option<String>,
    _close_date_from: Option<chrono::naive::NaiveDate>,
    _close_date_to: Option<chrono::naive::NaiveDate>,
    context: &RequestContext,
) -> Result<GetPipelineSummaryResponse, ApiError> {
    not_implemented(context, GetPipelineSummaryResponse::from_problem)
}
