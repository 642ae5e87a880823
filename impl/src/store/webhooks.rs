//! Webhook subscriptions and deliveries (see `migrations/*_webhooks.sql`).
//!
//! Subscriptions are service configuration, not sales records: their changes are not change
//! events, but each is audited (resource type `webhook_subscription`, written through
//! [`Store::write`](super::Store::write), so the audit row commits with the change; field names
//! only, never a URL or a secret). Those rows are for operators: `GET /v1/audit-events` lists
//! records only (see [`super::tx::ResourceKind::is_record`]). Deliveries are written by the
//! dispatcher ([`crate::webhooks::dispatcher`]): a fan-out of the feed into one row per
//! (subscription, event), then claims with a lease (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so
//! dispatchers never send the same delivery at once), then the outcome of each attempt, fenced by
//! the lease it was claimed with. One file each: subscriptions, deliveries (an operator's view),
//! dispatch (the dispatcher's side).

use sqlx::FromRow;

use crate::error::AppError;

mod deliveries;
mod dispatch;
mod subscriptions;

/// The token `sub` the dispatcher acts as in the audit log (disabling a failing subscription).
pub const DISPATCHER_ACTOR: &str = "system:webhook-dispatcher";

const SUBSCRIPTION_COLUMNS: &str = "id, url, event_types, description, secret_sealed, \
    previous_secret_sealed, previous_secret_expires_at, enabled, disabled_reason, feed_txid, \
    feed_position, created_at, updated_at, version";

const DELIVERY_COLUMNS: &str = "id, subscription_id, event_id, event_type, event_txid, \
    event_position, payload, status, attempts, next_attempt_at, lease_until, last_attempt_at, \
    last_status_code, last_latency_ms, last_response, last_error, delivered_at, created_at";

/// Most subscriptions an installation may have.
pub const MAX_SUBSCRIPTIONS: i64 = 100;

/// A subscription as stored.
#[derive(Debug, Clone, FromRow)]
pub struct SubscriptionRecord {
    pub id: String,
    pub url: String,
    /// The event types it wants (stored as a JSON array); empty: all.
    #[sqlx(try_from = "String")]
    pub event_types: EventTypes,
    pub description: Option<String>,
    pub secret_sealed: String,
    pub previous_secret_sealed: Option<String>,
    pub previous_secret_expires_at: Option<i64>,
    /// 1 or 0.
    pub enabled: i64,
    pub disabled_reason: Option<String>,
    pub feed_txid: i64,
    pub feed_position: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

impl SubscriptionRecord {
    /// Whether the subscription wants events of this type.
    pub fn wants(&self, event_type: &str) -> bool {
        let types = &self.event_types.0;
        types.is_empty() || types.iter().any(|wanted| wanted == event_type)
    }
}

/// A subscription's event types, decoded when the row is read: stored JSON that is not an array
/// of strings fails the read rather than becoming "all types".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTypes(pub Vec<String>);

impl TryFrom<String> for EventTypes {
    type Error = serde_json::Error;

    fn try_from(json: String) -> Result<EventTypes, serde_json::Error> {
        serde_json::from_str(&json).map(EventTypes)
    }
}

/// A delivery as stored.
#[derive(Debug, Clone, FromRow)]
pub struct DeliveryRecord {
    pub id: String,
    pub subscription_id: String,
    pub event_id: String,
    pub event_type: String,
    pub event_txid: i64,
    pub event_position: i64,
    pub payload: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub lease_until: Option<i64>,
    pub last_attempt_at: Option<i64>,
    pub last_status_code: Option<i64>,
    pub last_latency_ms: Option<i64>,
    pub last_response: Option<String>,
    pub last_error: Option<String>,
    pub delivered_at: Option<i64>,
    pub created_at: i64,
}

/// A new subscription.
#[derive(Debug, Clone)]
pub struct NewSubscription {
    pub url: String,
    pub event_types: Vec<String>,
    pub description: Option<String>,
    pub secret_sealed: String,
}

/// A change to a subscription; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct SubscriptionPatch {
    pub url: Option<String>,
    pub event_types: Option<Vec<String>>,
    pub description: Option<Option<String>>,
    pub enabled: Option<bool>,
}

impl SubscriptionPatch {
    /// The names of the fields this patch writes, for the audit log (enabling or disabling also
    /// writes the reason).
    fn fields(&self) -> Vec<&'static str> {
        let mut fields = Vec::new();
        if self.url.is_some() {
            fields.push("url");
        }
        if self.event_types.is_some() {
            fields.push("event_types");
        }
        if self.description.is_some() {
            fields.push("description");
        }
        if self.enabled.is_some() {
            fields.extend(["enabled", "disabled_reason"]);
        }
        fields
    }
}

/// What one attempt came to.
#[derive(Debug, Clone)]
pub struct AttemptOutcome {
    pub delivered: bool,
    pub status_code: Option<i64>,
    pub latency_ms: i64,
    pub response: Option<String>,
    pub error: Option<String>,
    /// When to try again; `None` with `delivered == false`: retries are exhausted.
    pub retry_at: Option<i64>,
}

fn not_found(id: &str) -> AppError {
    AppError::NotFound(format!("There is no webhook subscription {id}."))
}
