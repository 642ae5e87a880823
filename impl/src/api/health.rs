//! Health probes and the contract itself: public, no token.

use opportunity_api::models::{self, HealthStatus};
use opportunity_api::{GetContractResponse, GetLivenessResponse, GetReadinessResponse};
use swagger::ApiError;

use super::{answer_error, ApiImpl};
use crate::error::AppError;
use crate::http::context::RequestContext;

const VERSION: &str = env!("CARGO_PKG_VERSION");

pub(super) async fn get_liveness(
    _api: &ApiImpl,
    _context: &RequestContext,
) -> Result<GetLivenessResponse, ApiError> {
    Ok(GetLivenessResponse::Ok(models::Health::new(
        HealthStatus::Ok,
        VERSION.to_owned(),
    )))
}

pub(super) async fn get_readiness(
    api: &ApiImpl,
    context: &RequestContext,
) -> Result<GetReadinessResponse, ApiError> {
    if api.store().ping().await {
        let mut health = models::Health::new(HealthStatus::Ok, VERSION.to_owned());
        health.database = Some(HealthStatus::Ok);
        Ok(GetReadinessResponse::Ok(health))
    } else {
        answer_error(
            context,
            AppError::Unavailable("the database does not answer".to_owned()),
            GetReadinessResponse::from_problem,
        )
    }
}

pub(super) async fn get_contract(
    api: &ApiImpl,
    _context: &RequestContext,
) -> Result<GetContractResponse, ApiError> {
    Ok(GetContractResponse::Ok(api.inner.contract_json.clone()))
}
