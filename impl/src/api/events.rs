//! Events: the change feed. Admin and SalesManager (the edge checks the contract's `x-roles`).

use opportunity_api::models;
use opportunity_api::ListChangeEventsResponse;
use swagger::ApiError;

use super::{finish, list, nullable, ApiImpl};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::events::{ChangeEventRecord, FeedQuery};
use crate::store::{page, to_datetime};

/// A stored event as the contract's. The store writes only the contract's resource types and
/// uuids as ids, so a failure here is a bug of ours (500).
pub(crate) fn change_event(record: ChangeEventRecord) -> Result<models::ChangeEvent, AppError> {
    let corrupt = |what: &str, error: String| {
        AppError::Internal(anyhow::anyhow!(
            "change event {} has an invalid {what}: {error}",
            record.id
        ))
    };
    let kind = match record.actor_kind.as_str() {
        "client" => models::EventActorKind::Client,
        _ => models::EventActorKind::User,
    };
    Ok(models::ChangeEvent {
        id: record
            .id
            .parse()
            .map_err(|error: uuid::Error| corrupt("id", error.to_string()))?,
        position: record.cursor().encode(),
        r#type: record.event_type.clone(),
        occurred_at: to_datetime(record.occurred_at),
        resource_type: record
            .resource_type
            .parse()
            .map_err(|error| corrupt("resource type", error))?,
        resource_id: record
            .resource_id
            .parse()
            .map_err(|error: uuid::Error| corrupt("resource id", error.to_string()))?,
        actor: models::EventActor {
            id: record.actor_id.clone(),
            kind,
        },
        request_id: nullable(record.request_id.clone()),
        changed_fields: list(&record.changed_fields),
        version: nullable(record.version),
    })
}

pub(super) async fn list_change_events(
    api: &ApiImpl,
    limit: Option<u32>,
    after: Option<String>,
    types: Option<String>,
    resource: Option<uuid::Uuid>,
    context: &RequestContext,
) -> Result<ListChangeEventsResponse, ApiError> {
    let outcome = async {
        let page = api
            .store()
            .read_feed(FeedQuery {
                after,
                limit: page::limit(limit),
                types: types
                    .map(|types| types.split(',').map(str::to_owned).collect())
                    .unwrap_or_default(),
                resource_id: resource.map(|id| id.to_string()),
            })
            .await?;
        Ok(ListChangeEventsResponse::Ok(models::ChangeEventPage {
            data: page
                .events
                .into_iter()
                .map(change_event)
                .collect::<Result<_, _>>()?,
            next_cursor: page.next_cursor,
            has_more: page.has_more,
        }))
    }
    .await;
    finish(context, outcome, ListChangeEventsResponse::from_problem)
}
