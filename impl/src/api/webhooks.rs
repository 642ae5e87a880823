//! Webhooks: subscriptions, their secrets and delivery log. Admin only (the edge checks the
//! contract's `x-roles`).

use opportunity_api::models;
use opportunity_api::{
    CreateWebhookSubscriptionResponse, DeleteWebhookSubscriptionResponse,
    GetWebhookSubscriptionResponse, ListWebhookDeliveriesResponse,
    ListWebhookSubscriptionsResponse, RedeliverWebhooksResponse, RotateWebhookSecretResponse,
    SendTestWebhookResponse, UpdateWebhookSubscriptionResponse,
};
use swagger::ApiError;

use super::{actor, finish, nullable, patched, stored, ApiImpl};
use crate::domain::{etag, Precondition};
use crate::error::{AppError, FieldError};
use crate::http::context::RequestContext;
use crate::store::events::FeedCursor;
use crate::store::webhooks::{
    DeliveryRecord, NewSubscription, SubscriptionPatch, SubscriptionRecord,
};
use crate::store::{now_micros, page, to_datetime};
use crate::webhooks::payload::test_payload;
use crate::webhooks::secrets::SigningSecret;

/// How long a rotated-out secret still signs deliveries.
const ROTATION_OVERLAP_MICROS: i64 = 24 * 3_600 * 1_000_000;

fn subscription(record: SubscriptionRecord) -> Result<models::WebhookSubscription, AppError> {
    Ok(models::WebhookSubscription {
        id: stored::uuid("webhook_subscriptions.id", &record.id)?,
        event_types: record.event_types.0,
        url: record.url,
        description: nullable(record.description),
        enabled: record.enabled == 1,
        disabled_reason: nullable(record.disabled_reason),
        previous_secret_expires_at: nullable(
            record
                .previous_secret_expires_at
                .filter(|until| *until > now_micros())
                .map(to_datetime),
        ),
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
        version: record.version,
    })
}

fn delivery(record: DeliveryRecord) -> Result<models::WebhookDelivery, AppError> {
    let status = stored::value("webhook_deliveries.status", &record.status)?;
    Ok(models::WebhookDelivery {
        id: stored::uuid("webhook_deliveries.id", &record.id)?,
        event_id: stored::uuid("webhook_deliveries.event_id", &record.event_id)?,
        event_type: record.event_type,
        next_attempt_at: nullable(
            (status == models::WebhookDeliveryStatus::Pending)
                .then(|| to_datetime(record.next_attempt_at)),
        ),
        status,
        attempts: record.attempts,
        last_attempt_at: nullable(record.last_attempt_at.map(to_datetime)),
        last_status_code: nullable(record.last_status_code),
        last_latency_ms: nullable(record.last_latency_ms),
        last_response: nullable(record.last_response),
        last_error: nullable(record.last_error),
        delivered_at: nullable(record.delivered_at.map(to_datetime)),
        created_at: to_datetime(record.created_at),
    })
}

/// The URL, checked by the SSRF guard (literal addresses, and the addresses its name resolves to
/// now, when it resolves).
async fn checked_url(api: &ApiImpl, url: &str) -> Result<String, AppError> {
    let refused = |reason: String| {
        AppError::Validation(vec![FieldError::new(
            "/url",
            "url_not_allowed",
            format!("The URL {reason}."),
        )])
    };
    let guard = api.webhooks().guard;
    let parsed = guard.check_url(url).map_err(|error| refused(error.0))?;
    guard
        .check_resolved(&parsed)
        .await
        .map_err(|error| refused(error.0))?;
    Ok(parsed.to_string())
}

fn sealed(api: &ApiImpl, secret: &SigningSecret) -> Result<String, AppError> {
    let secrets = api.webhooks().secrets.as_ref().ok_or_else(|| {
        AppError::Unavailable("webhooks are not configured: no OMS_WEBHOOK_SECRETS_KEY".to_owned())
    })?;
    Ok(secrets.seal(secret)?)
}

pub(super) async fn create_webhook_subscription(
    api: &ApiImpl,
    create: models::WebhookSubscriptionCreate,
    context: &RequestContext,
) -> Result<CreateWebhookSubscriptionResponse, ApiError> {
    let outcome = async {
        let url = checked_url(api, &create.url).await?;
        let secret = SigningSecret::generate();
        let record = api
            .store()
            .create_subscription(
                &actor(context)?,
                NewSubscription {
                    url,
                    event_types: create.event_types.unwrap_or_default(),
                    description: create.description,
                    secret_sealed: sealed(api, &secret)?,
                },
            )
            .await?;
        Ok(CreateWebhookSubscriptionResponse::Created {
            e_tag: etag(record.version),
            location: format!("/v1/webhook-subscriptions/{}", record.id),
            body: models::WebhookSubscriptionWithSecret {
                subscription: subscription(record)?,
                secret: secret.reveal(),
            },
        })
    }
    .await;
    finish(
        context,
        outcome,
        CreateWebhookSubscriptionResponse::from_problem,
    )
}

pub(super) async fn list_webhook_subscriptions(
    api: &ApiImpl,
    context: &RequestContext,
) -> Result<ListWebhookSubscriptionsResponse, ApiError> {
    let outcome = async {
        let records = api.store().subscriptions().await?;
        Ok(ListWebhookSubscriptionsResponse::Ok(
            models::WebhookSubscriptionList {
                data: records
                    .into_iter()
                    .map(subscription)
                    .collect::<Result<_, _>>()?,
                next_cursor: swagger::Nullable::Null,
            },
        ))
    }
    .await;
    finish(
        context,
        outcome,
        ListWebhookSubscriptionsResponse::from_problem,
    )
}

pub(super) async fn get_webhook_subscription(
    api: &ApiImpl,
    id: uuid::Uuid,
    context: &RequestContext,
) -> Result<GetWebhookSubscriptionResponse, ApiError> {
    let outcome = async {
        let record = api.store().subscription(&id.to_string()).await?;
        Ok(GetWebhookSubscriptionResponse::Ok {
            e_tag: etag(record.version),
            body: subscription(record)?,
        })
    }
    .await;
    finish(
        context,
        outcome,
        GetWebhookSubscriptionResponse::from_problem,
    )
}

pub(super) async fn update_webhook_subscription(
    api: &ApiImpl,
    id: uuid::Uuid,
    if_match: String,
    patch: models::WebhookSubscriptionPatch,
    context: &RequestContext,
) -> Result<UpdateWebhookSubscriptionResponse, ApiError> {
    let outcome = async {
        let url = match patch.url {
            Some(url) => Some(checked_url(api, &url).await?),
            None => None,
        };
        let record = api
            .store()
            .update_subscription(
                &actor(context)?,
                &id.to_string(),
                Precondition::from_if_match(&if_match),
                SubscriptionPatch {
                    url,
                    event_types: patch.event_types,
                    description: patched(patch.description),
                    enabled: patch.enabled,
                },
            )
            .await?;
        Ok(UpdateWebhookSubscriptionResponse::Ok {
            e_tag: etag(record.version),
            body: subscription(record)?,
        })
    }
    .await;
    finish(
        context,
        outcome,
        UpdateWebhookSubscriptionResponse::from_problem,
    )
}

pub(super) async fn delete_webhook_subscription(
    api: &ApiImpl,
    id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeleteWebhookSubscriptionResponse, ApiError> {
    let outcome = async {
        api.store()
            .delete_subscription(
                &actor(context)?,
                &id.to_string(),
                Precondition::from_if_match(&if_match),
            )
            .await?;
        Ok(DeleteWebhookSubscriptionResponse::NoContent)
    }
    .await;
    finish(
        context,
        outcome,
        DeleteWebhookSubscriptionResponse::from_problem,
    )
}

pub(super) async fn rotate_webhook_secret(
    api: &ApiImpl,
    id: uuid::Uuid,
    context: &RequestContext,
) -> Result<RotateWebhookSecretResponse, ApiError> {
    let outcome = async {
        let secret = SigningSecret::generate();
        let record = api
            .store()
            .rotate_subscription_secret(
                &actor(context)?,
                &id.to_string(),
                sealed(api, &secret)?,
                now_micros() + ROTATION_OVERLAP_MICROS,
            )
            .await?;
        Ok(RotateWebhookSecretResponse::Ok {
            e_tag: etag(record.version),
            body: models::WebhookSubscriptionWithSecret {
                subscription: subscription(record)?,
                secret: secret.reveal(),
            },
        })
    }
    .await;
    finish(context, outcome, RotateWebhookSecretResponse::from_problem)
}

pub(super) async fn send_test_webhook(
    api: &ApiImpl,
    id: uuid::Uuid,
    context: &RequestContext,
) -> Result<SendTestWebhookResponse, ApiError> {
    let outcome = async {
        let id = id.to_string();
        api.store().subscription(&id).await?;
        let record = api
            .store()
            .queue_test_delivery(&id, &uuid::Uuid::now_v7().to_string(), &test_payload(&id))
            .await?;
        Ok(SendTestWebhookResponse::Accepted(delivery(record)?))
    }
    .await;
    finish(context, outcome, SendTestWebhookResponse::from_problem)
}

pub(super) async fn list_webhook_deliveries(
    api: &ApiImpl,
    id: uuid::Uuid,
    limit: Option<u32>,
    cursor: Option<uuid::Uuid>,
    context: &RequestContext,
) -> Result<ListWebhookDeliveriesResponse, ApiError> {
    let outcome = async {
        let id = id.to_string();
        api.store().subscription(&id).await?;
        let limit = page::limit(limit);
        let mut records = api
            .store()
            .deliveries(
                &id,
                limit + 1,
                cursor.map(|cursor| cursor.to_string()).as_deref(),
            )
            .await?;
        let more = records.len() > usize::try_from(limit).unwrap_or(usize::MAX);
        records.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let next_cursor = if more {
            records.last().map(|record| record.id.clone())
        } else {
            None
        };
        Ok(ListWebhookDeliveriesResponse::Ok(
            models::WebhookDeliveryPage {
                data: records
                    .into_iter()
                    .map(delivery)
                    .collect::<Result<_, _>>()?,
                next_cursor: nullable(next_cursor),
            },
        ))
    }
    .await;
    finish(
        context,
        outcome,
        ListWebhookDeliveriesResponse::from_problem,
    )
}

pub(super) async fn redeliver_webhooks(
    api: &ApiImpl,
    id: uuid::Uuid,
    request: models::RedeliveryRequest,
    context: &RequestContext,
) -> Result<RedeliverWebhooksResponse, ApiError> {
    let outcome = async {
        let id = id.to_string();
        api.store().subscription(&id).await?;
        let after = request
            .after
            .as_deref()
            .map(|text| {
                FeedCursor::decode(text).map_err(|_| {
                    AppError::Validation(vec![FieldError::new(
                        "/after",
                        "invalid",
                        "is not a position of the change feed",
                    )])
                })
            })
            .transpose()?
            .map(|cursor| (cursor.txid, cursor.position));
        let event_id = request.event_id.map(|event| event.to_string());
        let queued = api
            .store()
            .redeliver(&id, event_id.as_deref(), after)
            .await?;
        Ok(RedeliverWebhooksResponse::Accepted(
            models::RedeliveryAccepted {
                queued: i64::try_from(queued).unwrap_or(i64::MAX),
            },
        ))
    }
    .await;
    finish(context, outcome, RedeliverWebhooksResponse::from_problem)
}
