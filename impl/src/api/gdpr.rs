//! TODO

use opportunity_api::models;
use opportunity_api::{
    EraseContactResponse, ExportContactDataResponse, PlaceLegalHoldResponse,
    ReleaseLegalHoldResponse, RestrictContactProcessingResponse,
    UnrestrictContactProcessingResponse,
};
use swagger::ApiError;

use super::{not_implemented, ApiImpl};
use crate::http::context::RequestContext;

pub(super) async fn erase_contact(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    _erasure_request: models::ErasureRequest,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<EraseContactResponse, ApiError> {
    not_implemented(context, EraseContactResponse::from_problem)
}

pub(super) async fn export_contact_data(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<ExportContactDataResponse, ApiError> {
    not_implemented(context, ExportContactDataResponse::from_problem)
}

pub(super) async fn place_legal_hold(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    _legal_hold_request: models::LegalHoldRequest,
    context: &RequestContext,
) -> Result<PlaceLegalHoldResponse, ApiError> {
    not_implemented(context, PlaceLegalHoldResponse::from_problem)
}

pub(super) async fn release_legal_hold(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<ReleaseLegalHoldResponse, ApiError> {
    not_implemented(context, ReleaseLegalHoldResponse::from_problem)
}

pub(super) async fn restrict_contact_processing(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    _restriction_request: models::RestrictionRequest,
    context: &RequestContext,
) -> Result<RestrictContactProcessingResponse, ApiError> {
    not_implemented(context, RestrictContactProcessingResponse::from_problem)
}

pub(super) async fn unrestrict_contact_processing(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<UnrestrictContactProcessingResponse, ApiError> {
    not_implemented(context, UnrestrictContactProcessingResponse::from_problem)
}
