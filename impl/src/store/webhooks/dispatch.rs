//! The dispatcher's side: the feed fanned out into deliveries, deliveries claimed with a lease,
//! the outcome of each attempt, and the backlog.

use crate::error::AppError;
use crate::store::events::ChangeEventRecord;
use crate::store::tx::{AuditAction, ResourceKind};
use crate::store::{now_micros, Backend, Store};

use super::{
    AttemptOutcome, DeliveryRecord, SubscriptionRecord, DELIVERY_COLUMNS, DISPATCHER_ACTOR,
    SUBSCRIPTION_COLUMNS,
};

impl Store {
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
