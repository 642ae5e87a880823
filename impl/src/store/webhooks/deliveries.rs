//! Deliveries as an operator sees them: listed, sent again, or a test event queued.

use crate::error::AppError;
use crate::store::{now_micros, Store};

use super::{DeliveryRecord, DELIVERY_COLUMNS};

impl Store {
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
}
