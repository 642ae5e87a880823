//! Webhook subscriptions and deliveries (see `migrations/*_webhooks.sql`).
//!
//! Subscriptions are service configuration, not sales records: their changes are not change
//! events, but each is audited (resource type `webhook_subscription`, written through
//! [`Store::write`], so the audit row commits with the change; field names only, never a URL or
//! a secret). Those rows are for operators: `GET /v1/audit-events` lists records only (see
//! [`super::tx::ResourceKind::is_record`]). Deliveries are written by the dispatcher ([`crate::webhooks::dispatcher`]): a fan-out
//! of the feed into one row per (subscription, event), then claims with a lease (on PostgreSQL
//! `FOR UPDATE SKIP LOCKED`, so dispatchers never send the same delivery at once), then the
//! outcome of each attempt, fenced by the lease it was claimed with.

use sqlx::{AnyConnection, FromRow};

use super::events::ChangeEventRecord;
use super::tx::{AuditAction, ResourceKind};
use super::{now_micros, Backend, Store};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;

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
    /// A JSON array of event types; empty: all.
    pub event_types: String,
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
    pub fn event_types(&self) -> Vec<String> {
        serde_json::from_str(&self.event_types).unwrap_or_default()
    }

    /// Whether the subscription wants events of this type.
    pub fn wants(&self, event_type: &str) -> bool {
        let types = self.event_types();
        types.is_empty() || types.iter().any(|wanted| wanted == event_type)
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

impl Store {
    /// Where a new subscription starts in the feed: after the newest event readable now.
    async fn feed_head(&self, conn: &mut AnyConnection) -> Result<(i64, i64), AppError> {
        let horizon = self.visible_horizon();
        let head: Option<(i64, i64)> = sqlx::query_as(&format!(
            "SELECT txid, position FROM change_events WHERE txid < {horizon} \
             ORDER BY txid DESC, position DESC LIMIT 1"
        ))
        .fetch_optional(conn)
        .await?;
        Ok(head.unwrap_or((0, 0)))
    }

    /// Creates a subscription that starts after the newest event readable now, with its audit
    /// row, unless there are [`MAX_SUBSCRIPTIONS`] already: the count and the insert are one
    /// transaction, and on PostgreSQL creations take turns (a table lock only they take), so two
    /// at once cannot both pass the count.
    #[tracing::instrument(skip_all)]
    pub async fn create_subscription(
        &self,
        actor: &Actor,
        new: NewSubscription,
    ) -> Result<SubscriptionRecord, AppError> {
        let id = uuid::Uuid::new_v4().to_string();
        self.write(actor, |tx| {
            let id = id.clone();
            let new = new.clone();
            Box::pin(async move {
                if self.backend == Backend::Postgres {
                    // SHARE ROW EXCLUSIVE conflicts with itself, not with reads: creations queue.
                    sqlx::query("LOCK TABLE webhook_subscriptions IN SHARE ROW EXCLUSIVE MODE")
                        .execute(tx.conn())
                        .await?;
                }
                let (count,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM webhook_subscriptions")
                        .fetch_one(tx.conn())
                        .await?;
                if count >= MAX_SUBSCRIPTIONS {
                    return Err(AppError::conflict(
                        "too_many_subscriptions",
                        format!(
                            "An installation may have at most {MAX_SUBSCRIPTIONS} webhook subscriptions."
                        ),
                    ));
                }
                let (txid, position) = self.feed_head(tx.conn()).await?;
                let now = now_micros();
                let record: SubscriptionRecord = sqlx::query_as(&format!(
                    "INSERT INTO webhook_subscriptions (id, url, event_types, description, \
                     secret_sealed, enabled, feed_txid, feed_position, created_at, updated_at, \
                     version) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $8, 1) \
                     RETURNING {SUBSCRIPTION_COLUMNS}"
                ))
                .bind(&id)
                .bind(&new.url)
                .bind(serde_json::json!(new.event_types).to_string())
                .bind(&new.description)
                .bind(&new.secret_sealed)
                .bind(txid)
                .bind(position)
                .bind(now)
                .fetch_one(tx.conn())
                .await?;
                tx.audit(
                    AuditAction::Create,
                    ResourceKind::WebhookSubscription,
                    &id,
                    ["url", "event_types", "description", "secret", "enabled"],
                );
                Ok(record)
            })
        })
        .await
    }

    pub async fn subscription(&self, id: &str) -> Result<SubscriptionRecord, AppError> {
        sqlx::query_as(&format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or_else(|| not_found(id))
    }

    /// Every subscription, oldest first (there are at most [`MAX_SUBSCRIPTIONS`]).
    pub async fn subscriptions(&self) -> Result<Vec<SubscriptionRecord>, AppError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions ORDER BY created_at, id"
        ))
        .fetch_all(self.pool())
        .await?)
    }

    /// Applies `patch` if the subscription is at a version `precondition` names, with an audit
    /// row naming the fields it writes. Enabling clears the reason it was disabled.
    #[tracing::instrument(skip_all, fields(subscription_id = %id))]
    pub async fn update_subscription(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
        patch: SubscriptionPatch,
    ) -> Result<SubscriptionRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let current: SubscriptionRecord = sqlx::query_as(&format!(
                    "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = $1"
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| not_found(id))?;
                precondition.check(current.version, "webhook subscription")?;
                let changed = patch.fields();
                let enabled = patch.enabled.map_or(current.enabled, i64::from);
                let disabled_reason = if enabled == 1 {
                    None
                } else if current.enabled == 1 {
                    Some("disabled by an Admin".to_owned())
                } else {
                    current.disabled_reason.clone()
                };
                let updated: SubscriptionRecord = sqlx::query_as(&format!(
                    "UPDATE webhook_subscriptions SET url = $1, event_types = $2, \
                     description = $3, enabled = $4, disabled_reason = $5, updated_at = $6, \
                     version = version + 1 WHERE id = $7 AND version = $8 \
                     RETURNING {SUBSCRIPTION_COLUMNS}"
                ))
                .bind(patch.url.unwrap_or(current.url))
                .bind(patch.event_types.map_or(current.event_types, |types| {
                    serde_json::json!(types).to_string()
                }))
                .bind(patch.description.unwrap_or(current.description))
                .bind(enabled)
                .bind(disabled_reason)
                .bind(now_micros())
                .bind(id)
                .bind(current.version)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| {
                    AppError::PreconditionFailed(
                        "The webhook subscription changed meanwhile. Read it again and retry."
                            .to_owned(),
                    )
                })?;
                tx.audit(
                    AuditAction::Update,
                    ResourceKind::WebhookSubscription,
                    id,
                    changed,
                );
                Ok(updated)
            })
        })
        .await
    }

    /// Deletes a subscription at a version `precondition` names, with its deliveries, and
    /// records it in the audit log.
    #[tracing::instrument(skip_all, fields(subscription_id = %id))]
    pub async fn delete_subscription(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let (version,): (i64,) =
                    sqlx::query_as("SELECT version FROM webhook_subscriptions WHERE id = $1")
                        .bind(id)
                        .fetch_optional(tx.conn())
                        .await?
                        .ok_or_else(|| not_found(id))?;
                precondition.check(version, "webhook subscription")?;
                sqlx::query("DELETE FROM webhook_deliveries WHERE subscription_id = $1")
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                let deleted =
                    sqlx::query("DELETE FROM webhook_subscriptions WHERE id = $1 AND version = $2")
                        .bind(id)
                        .bind(version)
                        .execute(tx.conn())
                        .await?
                        .rows_affected();
                if deleted == 0 {
                    return Err(AppError::PreconditionFailed(
                        "The webhook subscription changed meanwhile. Read it again and retry."
                            .to_owned(),
                    ));
                }
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::WebhookSubscription,
                    id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

    /// Replaces the signing secret; the one it replaces stays valid until `previous_until`. The
    /// audit row says the secret changed (`update` of `secret`), never what it is.
    #[tracing::instrument(skip_all, fields(subscription_id = %id))]
    pub async fn rotate_subscription_secret(
        &self,
        actor: &Actor,
        id: &str,
        sealed: String,
        previous_until: i64,
    ) -> Result<SubscriptionRecord, AppError> {
        self.write(actor, |tx| {
            let sealed = sealed.clone();
            Box::pin(async move {
                let record: SubscriptionRecord = sqlx::query_as(&format!(
                    "UPDATE webhook_subscriptions SET previous_secret_sealed = secret_sealed, \
                     previous_secret_expires_at = $1, secret_sealed = $2, updated_at = $3, \
                     version = version + 1 WHERE id = $4 RETURNING {SUBSCRIPTION_COLUMNS}"
                ))
                .bind(previous_until)
                .bind(sealed)
                .bind(now_micros())
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| not_found(id))?;
                tx.audit(
                    AuditAction::Update,
                    ResourceKind::WebhookSubscription,
                    id,
                    ["secret", "previous_secret"],
                );
                Ok(record)
            })
        })
        .await
    }

    /// Queues a delivery of `payload` outside the feed's order (a test event).
    pub async fn queue_test_delivery(
        &self,
        subscription_id: &str,
        event_id: &str,
        payload: &str,
    ) -> Result<DeliveryRecord, AppError> {
        let now = now_micros();
        Ok(sqlx::query_as(&format!(
            "INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, event_txid, \
             event_position, payload, status, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, 'webhook.test', -1, 0, $4, 'pending', $5, $5) \
             RETURNING {DELIVERY_COLUMNS}"
        ))
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(subscription_id)
        .bind(event_id)
        .bind(payload)
        .bind(now)
        .fetch_one(self.pool())
        .await?)
    }

    /// The deliveries of a subscription, newest first, `limit` of them after `before` (a
    /// delivery id, from the previous page).
    pub async fn deliveries(
        &self,
        subscription_id: &str,
        limit: i64,
        before: Option<&str>,
    ) -> Result<Vec<DeliveryRecord>, AppError> {
        let before = before.unwrap_or("ffffffff-ffff-ffff-ffff-ffffffffffff");
        Ok(sqlx::query_as(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE subscription_id = $1 \
             AND id < $2 ORDER BY id DESC LIMIT $3"
        ))
        .bind(subscription_id)
        .bind(before)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Sends one event again (`event_id`), or every event after a feed position: their
    /// deliveries go back to pending with fresh retries, and the fan-out rewinds to the position,
    /// so events the subscription never had a delivery for are queued too. How many deliveries
    /// were re-queued.
    #[tracing::instrument(skip_all, fields(subscription_id = %subscription_id))]
    pub async fn redeliver(
        &self,
        subscription_id: &str,
        event_id: Option<&str>,
        after: Option<(i64, i64)>,
    ) -> Result<u64, AppError> {
        let now = now_micros();
        let reset = "UPDATE webhook_deliveries SET status = 'pending', attempts = 0, \
                     next_attempt_at = $1, lease_until = NULL WHERE subscription_id = $2";
        if let Some(event_id) = event_id {
            let done = sqlx::query(&format!("{reset} AND event_id = $3"))
                .bind(now)
                .bind(subscription_id)
                .bind(event_id)
                .execute(self.pool())
                .await?
                .rows_affected();
            if done == 0 {
                return Err(AppError::NotFound(format!(
                    "The subscription has no delivery of event {event_id}."
                )));
            }
            return Ok(done);
        }
        let (txid, position) = after.unwrap_or((0, 0));
        let mut transaction = self.pool().begin().await?;
        let done = sqlx::query(&format!(
            "{reset} AND event_txid >= 0 AND (event_txid, event_position) > ($3, $4)"
        ))
        .bind(now)
        .bind(subscription_id)
        .bind(txid)
        .bind(position)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        sqlx::query(
            "UPDATE webhook_subscriptions SET feed_txid = $1, feed_position = $2 \
             WHERE id = $3 AND (feed_txid, feed_position) > ($1, $2)",
        )
        .bind(txid)
        .bind(position)
        .bind(subscription_id)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(done)
    }

    // ---- the dispatcher's side ------------------------------------------------------------------

    /// The enabled subscriptions, for the fan-out.
    pub async fn enabled_subscriptions(&self) -> Result<Vec<SubscriptionRecord>, AppError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE enabled = 1"
        ))
        .fetch_all(self.pool())
        .await?)
    }

    /// Up to `limit` events of the feed after a subscription's position.
    pub async fn events_after(
        &self,
        txid: i64,
        position: i64,
        limit: i64,
    ) -> Result<Vec<ChangeEventRecord>, AppError> {
        let horizon = self.visible_horizon();
        Ok(sqlx::query_as(&format!(
            "SELECT position, txid, id, occurred_at, event_type, resource_type, resource_id, \
             actor_id, actor_kind, request_id, changed_fields, version FROM change_events \
             WHERE (txid, position) > ($1, $2) AND txid < {horizon} \
             ORDER BY txid, position LIMIT $3"
        ))
        .bind(txid)
        .bind(position)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Queues the deliveries of `events` (with their payloads) and moves the subscription's
    /// position to `to`, in one transaction; a delivery queued before is left as it is.
    pub async fn fan_out(
        &self,
        subscription: &SubscriptionRecord,
        deliveries: &[(&ChangeEventRecord, String)],
        to: (i64, i64),
    ) -> Result<(), AppError> {
        let now = now_micros();
        let mut transaction = self.pool().begin().await?;
        for (event, payload) in deliveries {
            sqlx::query(
                "INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, \
                 event_txid, event_position, payload, status, next_attempt_at, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8) \
                 ON CONFLICT (subscription_id, event_id) DO NOTHING",
            )
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(&subscription.id)
            .bind(&event.id)
            .bind(&event.event_type)
            .bind(event.txid)
            .bind(event.position)
            .bind(payload)
            .bind(now)
            .execute(&mut *transaction)
            .await?;
        }
        sqlx::query(
            "UPDATE webhook_subscriptions SET feed_txid = $1, feed_position = $2 \
             WHERE id = $3 AND (feed_txid, feed_position) < ($1, $2)",
        )
        .bind(to.0)
        .bind(to.1)
        .bind(&subscription.id)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Claims up to `limit` due deliveries until `lease_until`: of each enabled subscription, only
    /// the oldest pending one (so a subscription's events arrive in feed order, one at a time;
    /// test events wait for nothing and hold nothing up).
    pub async fn claim_deliveries(
        &self,
        limit: i64,
        lease_until: i64,
    ) -> Result<Vec<DeliveryRecord>, AppError> {
        let now = now_micros();
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        Ok(sqlx::query_as(&format!(
            "UPDATE webhook_deliveries SET lease_until = $1 WHERE id IN (\
               SELECT d.id FROM webhook_deliveries d \
               WHERE d.status = 'pending' AND d.next_attempt_at <= $2 \
               AND (d.lease_until IS NULL OR d.lease_until < $2) \
               AND EXISTS (SELECT 1 FROM webhook_subscriptions s \
                           WHERE s.id = d.subscription_id AND s.enabled = 1) \
               AND (d.event_txid < 0 OR NOT EXISTS (SELECT 1 FROM webhook_deliveries e \
                    WHERE e.subscription_id = d.subscription_id AND e.status = 'pending' \
                    AND e.event_txid >= 0 \
                    AND (e.event_txid, e.event_position) < (d.event_txid, d.event_position))) \
               ORDER BY d.next_attempt_at LIMIT $3{lock}) \
             RETURNING {DELIVERY_COLUMNS}"
        ))
        .bind(lease_until)
        .bind(now)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records an attempt of a delivery claimed until `lease_until` (nothing, if the claim was
    /// lost meanwhile); when retries ran out, disables the subscription with `reason`.
    pub async fn finish_delivery(
        &self,
        delivery: &DeliveryRecord,
        lease_until: i64,
        outcome: &AttemptOutcome,
        disable_reason: Option<&str>,
    ) -> Result<(), AppError> {
        let now = now_micros();
        let status = match (outcome.delivered, outcome.retry_at) {
            (true, _) => "delivered",
            (false, Some(_)) => "pending",
            (false, None) => "failed",
        };
        let mut transaction = self.pool().begin().await?;
        let updated = sqlx::query(
            "UPDATE webhook_deliveries SET status = $1, attempts = attempts + 1, \
             next_attempt_at = $2, lease_until = NULL, last_attempt_at = $3, \
             last_status_code = $4, last_latency_ms = $5, last_response = $6, last_error = $7, \
             delivered_at = $8 WHERE id = $9 AND lease_until = $10",
        )
        .bind(status)
        .bind(outcome.retry_at.unwrap_or(now))
        .bind(now)
        .bind(outcome.status_code)
        .bind(outcome.latency_ms)
        .bind(outcome.response.clone())
        .bind(outcome.error.clone())
        .bind(outcome.delivered.then_some(now))
        .bind(&delivery.id)
        .bind(lease_until)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if updated == 1 {
            if let Some(reason) = disable_reason {
                sqlx::query(
                    "UPDATE webhook_subscriptions SET enabled = 0, disabled_reason = $1, \
                     updated_at = $2, version = version + 1 WHERE id = $3",
                )
                .bind(reason)
                .bind(now)
                .bind(&delivery.subscription_id)
                .execute(&mut *transaction)
                .await?;
                // Audited like an Admin's change, in the same transaction, by the dispatcher.
                sqlx::query(
                    "INSERT INTO audit_events (id, occurred_at, actor_id, actor_kind, action, \
                     resource_type, resource_id, request_id, changed_fields) \
                     VALUES ($1, $2, $3, 'user', $4, $5, $6, NULL, $7)",
                )
                .bind(uuid::Uuid::now_v7().to_string())
                .bind(now)
                .bind(DISPATCHER_ACTOR)
                .bind(AuditAction::Update.as_str())
                .bind(ResourceKind::WebhookSubscription.as_str())
                .bind(&delivery.subscription_id)
                .bind(r#"["enabled","disabled_reason"]"#)
                .execute(&mut *transaction)
                .await?;
            }
        }
        transaction.commit().await?;
        Ok(())
    }

    /// The age of the oldest pending delivery of an enabled subscription, in seconds (0 when
    /// none), and how many deliveries failed for good in the last hour: the dispatcher's alarms.
    pub async fn webhook_backlog(&self) -> Result<(i64, i64), AppError> {
        let now = now_micros();
        let (oldest,): (Option<i64>,) = sqlx::query_as(
            "SELECT MIN(d.created_at) FROM webhook_deliveries d JOIN webhook_subscriptions s \
             ON s.id = d.subscription_id WHERE d.status = 'pending' AND s.enabled = 1",
        )
        .fetch_one(self.pool())
        .await?;
        let (failed,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'failed' \
             AND last_attempt_at >= $1",
        )
        .bind(now - 3_600_000_000)
        .fetch_one(self.pool())
        .await?;
        Ok((
            oldest.map_or(0, |oldest| (now - oldest) / 1_000_000),
            failed,
        ))
    }
}
