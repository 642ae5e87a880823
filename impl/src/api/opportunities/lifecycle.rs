//! The lifecycle actions: win, lose, reopen, and move to another stage.

use opportunity_api::models;
use opportunity_api::{
    LoseOpportunityResponse, MoveOpportunityStageResponse, ReopenOpportunityResponse,
    WinOpportunityResponse,
};
use swagger::ApiError;

use crate::api::{actor, finish, ApiImpl};
use crate::domain::opportunity::Transition;
use crate::domain::Precondition;
use crate::error::AppError;
use crate::http::context::RequestContext;

use super::ok_with_etag;

/// Runs a lifecycle action and answers the opportunity with its new ETag.
async fn transition(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    request: Transition,
    context: &RequestContext,
) -> Result<(models::Opportunity, String), AppError> {
    let precondition = Precondition::from_if_match(&if_match);
    let record = api
        .store()
        .transition_opportunity(
            &actor(context)?,
            &opportunity_id.to_string(),
            precondition,
            request,
        )
        .await?;
    let (e_tag, body) = ok_with_etag(record)?;
    Ok((body, e_tag))
}

pub(in crate::api) async fn lose_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    lose: models::LoseOpportunity,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<LoseOpportunityResponse, ApiError> {
    let request = Transition::Lose {
        stage_id: lose.stage_id.map(|id| id.to_string()),
        reason: lose.lost_reason,
    };
    let outcome = transition(api, opportunity_id, if_match, request, context)
        .await
        .map(|(body, e_tag)| LoseOpportunityResponse::Ok { body, e_tag });
    finish(context, outcome, LoseOpportunityResponse::from_problem)
}

pub(in crate::api) async fn move_opportunity_stage(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    move_stage: models::MoveOpportunityStage,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<MoveOpportunityStageResponse, ApiError> {
    let request = Transition::Move {
        stage_id: move_stage.stage_id.to_string(),
        probability: move_stage.probability.map(i64::from),
    };
    let outcome = transition(api, opportunity_id, if_match, request, context)
        .await
        .map(|(body, e_tag)| MoveOpportunityStageResponse::Ok { body, e_tag });
    finish(context, outcome, MoveOpportunityStageResponse::from_problem)
}

pub(in crate::api) async fn reopen_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    _idempotency_key: Option<String>,
    reopen: Option<models::ReopenOpportunity>,
    context: &RequestContext,
) -> Result<ReopenOpportunityResponse, ApiError> {
    let request = Transition::Reopen {
        stage_id: reopen
            .and_then(|reopen| reopen.stage_id)
            .map(|id| id.to_string()),
    };
    let outcome = transition(api, opportunity_id, if_match, request, context)
        .await
        .map(|(body, e_tag)| ReopenOpportunityResponse::Ok { body, e_tag });
    finish(context, outcome, ReopenOpportunityResponse::from_problem)
}

pub(in crate::api) async fn win_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    _idempotency_key: Option<String>,
    win: Option<models::WinOpportunity>,
    context: &RequestContext,
) -> Result<WinOpportunityResponse, ApiError> {
    let request = Transition::Win {
        stage_id: win.and_then(|win| win.stage_id).map(|id| id.to_string()),
    };
    let outcome = transition(api, opportunity_id, if_match, request, context)
        .await
        .map(|(body, e_tag)| WinOpportunityResponse::Ok { body, e_tag });
    finish(context, outcome, WinOpportunityResponse::from_problem)
}
