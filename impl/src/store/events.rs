//! The change feed: the outbox rows [`super::tx::Tx::commit`] writes, read in commit order.
//!
//! Order: (txid, position), and on PostgreSQL only the rows whose transaction is older than the
//! oldest one still running (see `migrations/postgres/*_change_events.sql`), so a reader never
//! passes an event that commits later with a smaller number. On SQLite `txid` is always 0 and
//! positions follow commit order (one writer at a time).

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use super::sql::{Sql, Value};
use super::{now_micros, Backend, Store};
use crate::error::{AppError, FieldError};

const COLUMNS: &str = "position, txid, id, occurred_at, event_type, resource_type, resource_id, \
                       actor_id, actor_kind, request_id, changed_fields, version";

/// How much longer than the retention window events are kept before they are deleted: a reader
/// whose cursor is just inside the window may still be owed an event whose transaction began
/// (and stamped its time) a little earlier and committed after the reader's last read.
const PURGE_MARGIN: Duration = Duration::from_secs(3_600);

/// PostgreSQL: the oldest transaction still running in this statement's snapshot (its `xip`)
/// that may write this database's events, else the snapshot's `xmax`. A running transaction that
/// `pg_stat_activity` shows in another database is passed over (it cannot write here; without
/// this, a long transaction anywhere in the cluster would hold the feed back); one it does not
/// show at all (it ended after the snapshot, or is prepared) is respected. `pg_stat_activity`
/// shows 32-bit xids; a snapshot's are 64-bit, compared on their low 32 bits.
const POSTGRES_HORIZON: &str = "(SELECT COALESCE(MIN(running::text::bigint), \
    MAX(pg_snapshot_xmax(snapshot.current)::text::bigint)) \
    FROM (SELECT pg_current_snapshot() AS current) AS snapshot \
    LEFT JOIN LATERAL pg_snapshot_xip(snapshot.current) AS running ON NOT EXISTS (\
      SELECT 1 FROM pg_stat_activity AS other \
      WHERE other.datname IS DISTINCT FROM current_database() \
      AND other.backend_xid::text::bigint = running::text::bigint % 4294967296))";

/// A change event as stored.
#[derive(Debug, Clone, FromRow)]
pub struct ChangeEventRecord {
    pub position: i64,
    pub txid: i64,
    pub id: String,
    pub occurred_at: i64,
    /// `<resource type>.<verb>`, e.g. `opportunity.updated`.
    pub event_type: String,
    pub resource_type: String,
    pub resource_id: String,
    pub actor_id: String,
    /// `user` (more kinds when client principals exist).
    pub actor_kind: String,
    pub request_id: Option<String>,
    /// A JSON array of field names.
    pub changed_fields: String,
    /// The resource's version after the change; `None` for kinds without one or once purged.
    pub version: Option<i64>,
}

impl ChangeEventRecord {
    /// The cursor that reads what follows this event.
    pub fn cursor(&self) -> FeedCursor {
        FeedCursor {
            txid: self.txid,
            position: self.position,
            at: self.occurred_at,
        }
    }
}

/// Where a reader of the feed stands: after the event at (txid, position), caught up as of `at`
/// (microseconds), which tells whether the events it still needs may have left the retention
/// window. Opaque to clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedCursor {
    #[serde(rename = "t")]
    pub txid: i64,
    #[serde(rename = "p")]
    pub position: i64,
    #[serde(rename = "a")]
    pub at: i64,
}

/// Marks cursors of the feed apart from the lists' cursors.
const CURSOR_PREFIX: &str = "ev1.";

impl FeedCursor {
    pub fn encode(&self) -> String {
        // Serialising three integers cannot fail.
        format!(
            "{CURSOR_PREFIX}{}",
            URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
        )
    }

    /// Decodes a client's `after`.
    pub fn decode(text: &str) -> Result<FeedCursor, AppError> {
        let invalid = || {
            AppError::InvalidParameters(vec![FieldError::new(
                "/query/after",
                "invalid",
                "is not a position of the change feed (a `next_cursor` or an event's `position`)",
            )])
        };
        let encoded = text.strip_prefix(CURSOR_PREFIX).ok_or_else(invalid)?;
        let bytes = URL_SAFE_NO_PAD.decode(encoded).map_err(|_| invalid())?;
        serde_json::from_slice(&bytes).map_err(|_| invalid())
    }
}

/// A read of the feed.
#[derive(Debug, Clone, Default)]
pub struct FeedQuery {
    pub after: Option<String>,
    pub limit: i64,
    /// Only these event types; empty: every type.
    pub types: Vec<String>,
    /// Only events about this resource id.
    pub resource_id: Option<String>,
}

/// A page of the feed and where to read next (always set: the feed has no end).
#[derive(Debug)]
pub struct FeedPage {
    pub events: Vec<ChangeEventRecord>,
    pub next_cursor: String,
    pub has_more: bool,
}

impl Store {
    /// How long events stay in the feed.
    pub fn event_retention(&self) -> Duration {
        self.event_retention
    }

    /// The SQL expression of the newest `txid` a reader may serve (exclusive).
    pub(super) fn visible_horizon(&self) -> &'static str {
        match self.backend {
            Backend::Postgres => POSTGRES_HORIZON,
            Backend::Sqlite => "1",
        }
    }

    /// A page of the feed after `query.after`, in commit order. A cursor caught up longer ago
    /// than the retention window is refused ([`AppError::CursorExpired`]): events it has not
    /// seen may have been deleted, and the client must resynchronise.
    #[tracing::instrument(skip_all)]
    pub async fn read_feed(&self, query: FeedQuery) -> Result<FeedPage, AppError> {
        let now = now_micros();
        let cursor = query.after.as_deref().map(FeedCursor::decode).transpose()?;
        let retention = i64::try_from(self.event_retention.as_micros()).unwrap_or(i64::MAX);
        if let Some(cursor) = cursor {
            if cursor.at < now.saturating_sub(retention) {
                return Err(AppError::CursorExpired(format!(
                    "the cursor is older than the feed's retention of {} days; events after it may be gone",
                    self.event_retention.as_secs() / 86_400
                )));
            }
        }
        let start = cursor.unwrap_or(FeedCursor {
            txid: 0,
            position: 0,
            at: now,
        });
        let mut sql = Sql::new(format!("SELECT {COLUMNS} FROM change_events WHERE "));
        let txid = sql.bind(Value::Int(start.txid));
        let position = sql.bind(Value::Int(start.position));
        sql.push(&format!(
            "(txid, position) > ({txid}, {position}) AND txid < {}",
            self.visible_horizon()
        ));
        if !query.types.is_empty() {
            let types: Vec<String> = query
                .types
                .iter()
                .map(|event_type| sql.bind(Value::Text(event_type.clone())))
                .collect();
            sql.push(&format!(" AND event_type IN ({})", types.join(", ")));
        }
        if let Some(resource_id) = &query.resource_id {
            let resource_id = sql.bind(Value::Text(resource_id.clone()));
            sql.push(&format!(" AND resource_id = {resource_id}"));
        }
        let limit = sql.bind(Value::Int(query.limit + 1));
        sql.push(&format!(" ORDER BY txid, position LIMIT {limit}"));
        let mut events =
            sqlx::query_as_with::<_, ChangeEventRecord, _>(sql.text(), sql.arguments())
                .fetch_all(self.pool())
                .await?;
        let has_more = events.len() > usize::try_from(query.limit).unwrap_or(usize::MAX);
        events.truncate(usize::try_from(query.limit).unwrap_or(usize::MAX));
        let next = match events.last() {
            Some(last) if has_more => last.cursor(),
            // Caught up: the reader has everything visible now.
            Some(last) => FeedCursor {
                at: now,
                ..last.cursor()
            },
            None => FeedCursor { at: now, ..start },
        };
        Ok(FeedPage {
            events,
            next_cursor: next.encode(),
            has_more,
        })
    }

    /// Deletes the events that left the retention window (plus [`PURGE_MARGIN`]); returns how
    /// many.
    #[tracing::instrument(skip_all)]
    pub async fn purge_expired_events(&self) -> Result<u64, AppError> {
        let keep = self.event_retention + PURGE_MARGIN;
        let cutoff =
            now_micros().saturating_sub(i64::try_from(keep.as_micros()).unwrap_or(i64::MAX));
        Ok(
            sqlx::query("DELETE FROM change_events WHERE occurred_at < $1")
                .bind(cutoff)
                .execute(self.pool())
                .await?
                .rows_affected(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::FeedCursor;

    #[test]
    fn feed_cursors_round_trip_and_refuse_other_text() {
        let cursor = FeedCursor {
            txid: 7,
            position: 42,
            at: 1_700_000_000_000_000,
        };
        assert_eq!(FeedCursor::decode(&cursor.encode()).ok(), Some(cursor));
        assert!(FeedCursor::decode("eyJzIjoiLWNyZWF0ZWRfYXQifQ").is_err());
        assert!(FeedCursor::decode("ev1.!!").is_err());
    }
}
