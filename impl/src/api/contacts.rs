//! TODO

use opportunity_api::models;
use opportunity_api::{
    CreateContactResponse, DeleteContactResponse, GetContactResponse, ListContactsResponse,
    UpdateContactResponse,
};
use swagger::ApiError;

use super::{not_implemented, ApiImpl};
use crate::http::context::RequestContext;

pub(super) async fn create_contact(
    _api: &ApiImpl,
    _contact_create: models::ContactCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateContactResponse, ApiError> {
    not_implemented(context, CreateContactResponse::from_problem)
}

pub(super) async fn list_contacts(
    _api: &ApiImpl,
    _limit: Option<u32>,
    _cursor: Option<String>,
    _q: Option<String>,
    _updated_since: Option<chrono::DateTime<chrono::Utc>>,
    _account_id: Option<uuid::Uuid>,
    context: &RequestContext,
) -> Result<ListContactsResponse, ApiError> {
    not_implemented(context, ListContactsResponse::from_problem)
}

pub(super) async fn delete_contact(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    _if_match: String,
    context: &RequestContext,
) -> Result<DeleteContactResponse, ApiError> {
    not_implemented(context, DeleteContactResponse::from_problem)
}

pub(super) async fn get_contact(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    _if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetContactResponse, ApiError> {
    not_implemented(context, GetContactResponse::from_problem)
}

pub(super) async fn update_contact(
    _api: &ApiImpl,
    _contact_id: uuid::Uuid,
    _if_match: String,
    _contact_patch: models::ContactPatch,
    context: &RequestContext,
) -> Result<UpdateContactResponse, ApiError> {
    not_implemented(context, UpdateContactResponse::from_problem)
}
