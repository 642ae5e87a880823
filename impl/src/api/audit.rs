//! TODO

use opportunity_api::models;
use opportunity_api::ListAuditEventsResponse;
use swagger::ApiError;

use super::{not_implemented, ApiImpl};
use crate::http::context::RequestContext;

pub(super) async fn list_audit_events(
    _api: &ApiImpl,
    _limit: Option<u32>,
    _cursor: Option<String>,
    _actor_id: Option<String>,
    _resource_type: Option<models::ResourceType>,
    _resource_id: Option<uuid::Uuid>,
    _occurred_from: Option<chrono::DateTime<chrono::Utc>>,
    _occurred_to: Option<chrono::DateTime<chrono::Utc>>,
    context: &RequestContext,
) -> Result<ListAuditEventsResponse, ApiError> {
    not_implemented(context, ListAuditEventsResponse::from_problem)
}
