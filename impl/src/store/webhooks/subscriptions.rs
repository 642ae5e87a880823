//! Subscriptions: created at the head of the feed, read, changed, deleted, their secret rotated;
//! each change audited in its transaction.

use sqlx::AnyConnection;

use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::tx::{AuditAction, ResourceKind};
use crate::store::{now_micros, Backend, Store};

use super::{
    not_found, NewSubscription, SubscriptionPatch, SubscriptionRecord, MAX_SUBSCRIPTIONS,
    SUBSCRIPTION_COLUMNS,
};

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
                .bind(
                    serde_json::json!(patch.event_types.unwrap_or(current.event_types.0))
                        .to_string(),
                )
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
}
