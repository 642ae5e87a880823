//! What a delivery and the feed say about an event: the contract's `ChangeEvent`, and the Standard
//! Webhooks envelope around it. The feed (`api::events`) and the dispatcher both call these, so a
//! partner reads the same event from either.

use opportunity_api::models;

use crate::error::AppError;
use crate::store::events::ChangeEventRecord;
use crate::store::to_datetime;

fn nullable<T>(value: Option<T>) -> swagger::Nullable<T> {
    value.map_or(swagger::Nullable::Null, swagger::Nullable::Present)
}

/// A stored event as the contract's. The store writes only the contract's resource types and
/// uuids as ids, so a failure here is a bug of ours (500).
pub fn change_event(record: ChangeEventRecord) -> Result<models::ChangeEvent, AppError> {
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
        changed_fields: serde_json::from_str(&record.changed_fields)
            .map_err(|error| corrupt("list of changed fields", error.to_string()))?,
        version: nullable(record.version),
    })
}

/// What a partner receives: the Standard Webhooks envelope around the feed's event.
pub fn payload(event: &ChangeEventRecord) -> anyhow::Result<String> {
    let data = serde_json::to_value(change_event(event.clone())?)?;
    Ok(serde_json::json!({
        "type": event.event_type,
        "timestamp": crate::store::to_datetime(event.occurred_at).to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        "data": data,
    })
    .to_string())
}

/// A test event's body.
pub fn test_payload(subscription_id: &str) -> String {
    serde_json::json!({
        "type": "webhook.test",
        "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        "data": {"subscription_id": subscription_id},
    })
    .to_string()
}
