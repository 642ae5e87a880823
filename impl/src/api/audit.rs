//! Audit: who read or changed what. Admin only (the edge checks the contract's `x-roles`).

use opportunity_api::models;
use opportunity_api::ListAuditEventsResponse;
use swagger::ApiError;

use super::{finish, nullable, stored, ApiImpl};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::audit::{AuditEventRecord, AuditQuery};
use crate::store::{from_datetime, page, to_datetime};

/// A stored event as the contract's. The store writes only the contract's actions and resource
/// types, and only uuids as resource ids, so a failure here is a bug of ours (500).
pub(super) fn audit_event(record: AuditEventRecord) -> Result<models::AuditEvent, AppError> {
    Ok(models::AuditEvent {
        id: stored::uuid("audit_events.id", &record.id)?,
        occurred_at: to_datetime(record.occurred_at),
        actor_id: record.actor_id,
        actor_kind: stored::value("audit_events.actor_kind", &record.actor_kind)?,
        action: stored::value("audit_events.action", &record.action)?,
        resource_type: stored::value("audit_events.resource_type", &record.resource_type)?,
        resource_id: stored::uuid("audit_events.resource_id", &record.resource_id)?,
        request_id: nullable(record.request_id),
        changed_fields: stored::strings("audit_events.changed_fields", &record.changed_fields)?,
    })
}

pub(super) async fn list_audit_events(
    api: &ApiImpl,
    limit: Option<u32>,
    cursor: Option<String>,
    actor_id: Option<String>,
    resource_type: Option<models::ResourceType>,
    resource_id: Option<uuid::Uuid>,
    occurred_from: Option<chrono::DateTime<chrono::Utc>>,
    occurred_to: Option<chrono::DateTime<chrono::Utc>>,
    context: &RequestContext,
) -> Result<ListAuditEventsResponse, ApiError> {
    let outcome = async {
        let page = api
            .store()
            .list_audit_events(AuditQuery {
                limit: page::limit(limit),
                cursor,
                actor_id,
                resource_type: resource_type.map(|kind| kind.to_string()),
                resource_id: resource_id.map(|id| id.to_string()),
                occurred_from: occurred_from.as_ref().map(from_datetime),
                occurred_to: occurred_to.as_ref().map(from_datetime),
            })
            .await?;
        Ok(ListAuditEventsResponse::Ok(models::AuditEventPage {
            data: page
                .rows
                .into_iter()
                .map(audit_event)
                .collect::<Result<_, _>>()?,
            next_cursor: nullable(page.next_cursor),
        }))
    }
    .await;
    finish(context, outcome, ListAuditEventsResponse::from_problem)
}
