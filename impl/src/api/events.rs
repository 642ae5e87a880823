//! Events: the change feed. Admin and SalesManager (the edge checks the contract's `x-roles`).

use opportunity_api::models;
use opportunity_api::ListChangeEventsResponse;
use swagger::ApiError;

use super::{finish, ApiImpl};
use crate::http::context::RequestContext;
use crate::store::events::FeedQuery;
use crate::store::page;
use crate::webhooks::payload::change_event;

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
