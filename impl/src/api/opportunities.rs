//! TODO

use opportunity_api::models;
use opportunity_api::{
    BatchCreateOpportunitiesResponse, BatchUpdateOpportunitiesResponse, CreateLineItemResponse,
    CreateNoteResponse, CreateOpportunityResponse, DeleteLineItemResponse, DeleteNoteResponse,
    DeleteOpportunityResponse, GetOpportunityResponse, ListLineItemsResponse, ListNotesResponse,
    ListOpportunitiesResponse, ListStageHistoryResponse, LoseOpportunityResponse,
    MoveOpportunityStageResponse, PurgeOpportunityResponse, ReopenOpportunityResponse,
    RestoreOpportunityResponse, UpdateLineItemResponse, UpdateOpportunityResponse,
    UpsertOpportunityByExternalIdResponse, WinOpportunityResponse,
};
use swagger::ApiError;

use super::{not_implemented, ApiImpl};
use crate::http::context::RequestContext;

pub(super) async fn batch_create_opportunities(
    _api: &ApiImpl,
    _opportunity_batch_create: models::OpportunityBatchCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<BatchCreateOpportunitiesResponse, ApiError> {
    not_implemented(context, BatchCreateOpportunitiesResponse::from_problem)
}

pub(super) async fn batch_update_opportunities(
    _api: &ApiImpl,
    _opportunity_batch_update: models::OpportunityBatchUpdate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<BatchUpdateOpportunitiesResponse, ApiError> {
    not_implemented(context, BatchUpdateOpportunitiesResponse::from_problem)
}

pub(super) async fn create_opportunity(
    _api: &ApiImpl,
    _opportunity_create: models::OpportunityCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateOpportunityResponse, ApiError> {
    not_implemented(context, CreateOpportunityResponse::from_problem)
}

pub(super) async fn list_opportunities<'a>(
    _api: &ApiImpl,
    _limit: Option<u32>,
    _cursor: Option<String>,
    _q: Option<String>,
    _updated_since: Option<chrono::DateTime<chrono::Utc>>,
    _status: Option<&'a Vec<models::OpportunityStatus>>,
    _pipeline_id: Option<uuid::Uuid>,
    _stage_id: Option<uuid::Uuid>,
    _owner_id: Option<String>,
    _account_id: Option<uuid::Uuid>,
    _currency: Option<String>,
    _close_date_from: Option<chrono::naive::NaiveDate>,
    _close_date_to: Option<chrono::naive::NaiveDate>,
    _amount_min: Option<String>,
    _amount_max: Option<String>,
    _sort: Option<models::OpportunitySort>,
    context: &RequestContext,
) -> Result<ListOpportunitiesResponse, ApiError> {
    not_implemented(context, ListOpportunitiesResponse::from_problem)
}

pub(super) async fn create_line_item(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _line_item_create: models::LineItemCreate,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<CreateLineItemResponse, ApiError> {
    not_implemented(context, CreateLineItemResponse::from_problem)
}

pub(super) async fn create_note(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _note_create: models::NoteCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateNoteResponse, ApiError> {
    not_implemented(context, CreateNoteResponse::from_problem)
}

pub(super) async fn delete_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<DeleteOpportunityResponse, ApiError> {
    not_implemented(context, DeleteOpportunityResponse::from_problem)
}

pub(super) async fn get_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetOpportunityResponse, ApiError> {
    not_implemented(context, GetOpportunityResponse::from_problem)
}

pub(super) async fn list_line_items(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _limit: Option<u32>,
    _cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListLineItemsResponse, ApiError> {
    not_implemented(context, ListLineItemsResponse::from_problem)
}

pub(super) async fn list_notes(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _limit: Option<u32>,
    _cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListNotesResponse, ApiError> {
    not_implemented(context, ListNotesResponse::from_problem)
}

pub(super) async fn list_stage_history(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _limit: Option<u32>,
    _cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListStageHistoryResponse, ApiError> {
    not_implemented(context, ListStageHistoryResponse::from_problem)
}

pub(super) async fn lose_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _lose_opportunity: models::LoseOpportunity,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<LoseOpportunityResponse, ApiError> {
    not_implemented(context, LoseOpportunityResponse::from_problem)
}

pub(super) async fn move_opportunity_stage(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _move_opportunity_stage: models::MoveOpportunityStage,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<MoveOpportunityStageResponse, ApiError> {
    not_implemented(context, MoveOpportunityStageResponse::from_problem)
}

pub(super) async fn purge_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<PurgeOpportunityResponse, ApiError> {
    not_implemented(context, PurgeOpportunityResponse::from_problem)
}

pub(super) async fn reopen_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    _reopen_opportunity: Option<models::ReopenOpportunity>,
    context: &RequestContext,
) -> Result<ReopenOpportunityResponse, ApiError> {
    not_implemented(context, ReopenOpportunityResponse::from_problem)
}

pub(super) async fn restore_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<RestoreOpportunityResponse, ApiError> {
    not_implemented(context, RestoreOpportunityResponse::from_problem)
}

pub(super) async fn update_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _opportunity_patch: models::OpportunityPatch,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<UpdateOpportunityResponse, ApiError> {
    not_implemented(context, UpdateOpportunityResponse::from_problem)
}

pub(super) async fn upsert_opportunity_by_external_id(
    _api: &ApiImpl,
    _external_id: String,
    _opportunity_upsert: models::OpportunityUpsert,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<UpsertOpportunityByExternalIdResponse, ApiError> {
    not_implemented(context, UpsertOpportunityByExternalIdResponse::from_problem)
}

pub(super) async fn win_opportunity(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _idempotency_key: Option<String>,
    _if_match: Option<String>,
    _win_opportunity: Option<models::WinOpportunity>,
    context: &RequestContext,
) -> Result<WinOpportunityResponse, ApiError> {
    not_implemented(context, WinOpportunityResponse::from_problem)
}

pub(super) async fn delete_line_item(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _line_item_id: uuid::Uuid,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<DeleteLineItemResponse, ApiError> {
    not_implemented(context, DeleteLineItemResponse::from_problem)
}

pub(super) async fn delete_note(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _note_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<DeleteNoteResponse, ApiError> {
    not_implemented(context, DeleteNoteResponse::from_problem)
}

pub(super) async fn update_line_item(
    _api: &ApiImpl,
    _opportunity_id: uuid::Uuid,
    _line_item_id: uuid::Uuid,
    _line_item_patch: models::LineItemPatch,
    _if_match: Option<String>,
    context: &RequestContext,
) -> Result<UpdateLineItemResponse, ApiError> {
    not_implemented(context, UpdateLineItemResponse::from_problem)
}
