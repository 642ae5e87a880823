//! Idempotency-Key records: who holds a (principal, key), and the answer it got.
//!
//! A row is `pending` while its request runs and `done` once its answer is recorded. A row whose
//! `expires_at` has passed counts as absent everywhere: claiming takes it over in the same
//! statement, and the sweeper deletes it later. `created_at` doubles as the claim's fencing token:
//! only the request that wrote it may complete or release the row, and its write transaction
//! commits only while it holds the row (`Tx::commit` sets `applied_at` in that transaction, and
//! fails when the row was taken over). So a retry may take over a pending claim whose lease ran out
//! (its process died, say) without ever applying a write twice: a claim whose write committed
//! (`applied_at` set) is never taken over; it is kept for the full retention and answered 409 until
//! its answer is recorded.

use std::time::Duration;

use sqlx::FromRow;
use tracing::instrument;

use super::Store;
use crate::error::AppError;

/// How long a recorded answer is replayed, counted from the first request (the contract's 24 hours).
pub const RETENTION: Duration = Duration::from_secs(24 * 60 * 60);

/// How long a `pending` claim holds its key without an answer. Requests finish in seconds (every
/// statement has a timeout) and run to the end even when their client leaves, so a claim this old
/// most likely belongs to a process that died; a retry then takes it over instead of answering 409
/// for long. Safe also when the first request is merely slow: it is fenced out at its commit.
pub const PENDING_LEASE: Duration = Duration::from_secs(30);

/// Rows the sweeper deletes per statement, so it never holds SQLite's write lock for long.
const SWEEP_BATCH: i64 = 500;

/// Claiming a key whose row vanishes between our two statements each time (released or expired
/// again) is retried this often before giving up; in practice the second attempt wins.
const CLAIM_ATTEMPTS: usize = 3;

/// A request that wants to hold an Idempotency-Key.
#[derive(Debug, Clone, Copy)]
pub struct KeyClaim<'a> {
    /// The principal's subject: keys are scoped per principal.
    pub principal: &'a str,
    pub key: &'a str,
    /// The contract's operation id, kept for the logs and support.
    pub operation: &'a str,
    /// The request's fingerprint (hex SHA-256), compared on every reuse of the key.
    pub request_hash: &'a str,
}

/// An answer as recorded for replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedAnswer {
    pub status: u16,
    /// The headers worth replaying, as (lower-case name, value).
    pub headers: Vec<(String, String)>,
    /// The body. Every body of this service is JSON, hence text.
    pub body: String,
}

/// Where the request that first used a key stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyState {
    /// Still running (or died within the last [`PENDING_LEASE`]).
    InProgress,
    /// Answered; the answer is replayed to every retry.
    Answered(RecordedAnswer),
}

/// A live (unexpired) row for a key that someone else claimed first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRecord {
    pub request_hash: String,
    pub state: KeyState,
}

/// What trying to claim a key came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
    /// This request holds the key. `claimed_at` is the fencing token for
    /// [`Store::record_idempotent_answer`] and [`Store::release_idempotency_key`].
    Claimed { claimed_at: i64 },
    /// The key is already held or answered.
    Taken(KeyRecord),
}

#[derive(FromRow)]
struct KeyRow {
    request_hash: String,
    state: String,
    status: Option<i64>,
    headers: Option<String>,
    body: Option<String>,
}

impl KeyRow {
    fn parse(self) -> Result<KeyRecord, AppError> {
        let corrupt = |what: &str| {
            AppError::Internal(anyhow::anyhow!(
                "idempotency_keys row in state {} has {what}",
                self.state
            ))
        };
        let state = match self.state.as_str() {
            "pending" => KeyState::InProgress,
            "done" => {
                let status = self
                    .status
                    .and_then(|status| u16::try_from(status).ok())
                    .ok_or_else(|| corrupt("no valid status"))?;
                let headers = match &self.headers {
                    Some(text) => serde_json::from_str(text)
                        .map_err(|_| corrupt("headers that are not a JSON list of pairs"))?,
                    None => Vec::new(),
                };
                KeyState::Answered(RecordedAnswer {
                    status,
                    headers,
                    body: self.body.clone().unwrap_or_default(),
                })
            }
            _ => return Err(corrupt("an unknown state")),
        };
        Ok(KeyRecord {
            request_hash: self.request_hash,
            state,
        })
    }
}

fn micros(duration: Duration) -> i64 {
    i64::try_from(duration.as_micros()).unwrap_or(i64::MAX)
}

/// [`RETENTION`] in store microseconds.
pub(super) fn retention_micros() -> i64 {
    micros(RETENTION)
}

impl Store {
    /// Claims `claim.key` for `claim.principal` at `now` (store microseconds), or returns the live
    /// row that holds it. Atomic: of concurrent claims of one key exactly one gets
    /// [`ClaimOutcome::Claimed`]. An expired row is taken over as if it were absent. One round trip
    /// when the key is free, two when it is taken.
    #[instrument(skip_all, fields(operation = claim.operation))]
    pub async fn claim_idempotency_key(
        &self,
        claim: KeyClaim<'_>,
        now: i64,
    ) -> Result<ClaimOutcome, AppError> {
        for _ in 0..CLAIM_ATTEMPTS {
            let claimed = sqlx::query(
                "INSERT INTO idempotency_keys \
                     (principal, idem_key, operation, request_hash, state, status, headers, body, created_at, expires_at, applied_at) \
                 VALUES ($1, $2, $3, $4, 'pending', NULL, NULL, NULL, $5, $6, NULL) \
                 ON CONFLICT (principal, idem_key) DO UPDATE SET \
                     operation = excluded.operation, request_hash = excluded.request_hash, state = 'pending', \
                     status = NULL, headers = NULL, body = NULL, \
                     created_at = excluded.created_at, expires_at = excluded.expires_at, applied_at = NULL \
                 WHERE idempotency_keys.expires_at < $5 \
                     AND (idempotency_keys.state = 'done' OR idempotency_keys.applied_at IS NULL)",
            )
            .bind(claim.principal)
            .bind(claim.key)
            .bind(claim.operation)
            .bind(claim.request_hash)
            .bind(now)
            .bind(now.saturating_add(micros(PENDING_LEASE)))
            .execute(self.pool())
            .await?
            .rows_affected()
                == 1;
            if claimed {
                return Ok(ClaimOutcome::Claimed { claimed_at: now });
            }
            let row: Option<KeyRow> = sqlx::query_as(
                "SELECT request_hash, state, status, headers, body FROM idempotency_keys \
                 WHERE principal = $1 AND idem_key = $2 AND expires_at >= $3",
            )
            .bind(claim.principal)
            .bind(claim.key)
            .bind(now)
            .fetch_optional(self.pool())
            .await?;
            if let Some(row) = row {
                return Ok(ClaimOutcome::Taken(row.parse()?));
            }
        }
        Err(AppError::Internal(anyhow::anyhow!(
            "an idempotency key changed hands {CLAIM_ATTEMPTS} times while it was being claimed"
        )))
    }

    /// Records the answer of the claim made at `claimed_at`, to be replayed until [`RETENTION`]
    /// after it. Returns `false` when that claim no longer holds the key (its lease ran out and
    /// another request took it over); nothing is written then.
    #[instrument(skip_all, fields(status = answer.status))]
    pub async fn record_idempotent_answer(
        &self,
        principal: &str,
        key: &str,
        claimed_at: i64,
        answer: &RecordedAnswer,
    ) -> Result<bool, AppError> {
        let mut connection = self.pool().acquire().await?;
        record_answer_on(&mut connection, principal, key, claimed_at, answer).await
    }

    /// Gives up the claim made at `claimed_at`, so that the next request with the key runs again.
    /// Returns `false` when that claim no longer held the key, or when its write was applied after
    /// all (a 5xx whose `COMMIT` went through, say): running it again would apply it twice, so that
    /// claim stays, and retries are answered 409 until it expires.
    #[instrument(skip_all)]
    pub async fn release_idempotency_key(
        &self,
        principal: &str,
        key: &str,
        claimed_at: i64,
    ) -> Result<bool, AppError> {
        let deleted = sqlx::query(
            "DELETE FROM idempotency_keys \
             WHERE principal = $1 AND idem_key = $2 AND state = 'pending' AND created_at = $3 \
               AND applied_at IS NULL",
        )
        .bind(principal)
        .bind(key)
        .bind(claimed_at)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(deleted == 1)
    }

    /// Deletes every row that expired before `now`, in small batches, and returns how many. Only
    /// housekeeping: expired rows already count as absent.
    #[instrument(skip_all)]
    pub async fn sweep_expired_idempotency_keys(&self, now: i64) -> Result<u64, AppError> {
        let mut total = 0;
        loop {
            let deleted = sqlx::query(
                "DELETE FROM idempotency_keys WHERE (principal, idem_key) IN \
                 (SELECT principal, idem_key FROM idempotency_keys WHERE expires_at < $1 LIMIT $2)",
            )
            .bind(now)
            .bind(SWEEP_BATCH)
            .execute(self.pool())
            .await?
            .rows_affected();
            total += deleted;
            if deleted < SWEEP_BATCH.unsigned_abs() {
                return Ok(total);
            }
            tokio::task::yield_now().await;
        }
    }
}

/// Records the answer of the claim made at `claimed_at` on `connection` (inside the request's own
/// write transaction, when it has one: see `Tx::commit_held`). Returns `false` when that claim no
/// longer holds the key.
pub async fn record_answer_on(
    connection: &mut sqlx::AnyConnection,
    principal: &str,
    key: &str,
    claimed_at: i64,
    answer: &RecordedAnswer,
) -> Result<bool, AppError> {
    let headers = serde_json::to_string(&answer.headers)
        .map_err(|error| AppError::Internal(anyhow::Error::new(error)))?;
    let updated = sqlx::query(
        "UPDATE idempotency_keys SET state = 'done', status = $1, headers = $2, body = $3, expires_at = $4 \
         WHERE principal = $5 AND idem_key = $6 AND state = 'pending' AND created_at = $7",
    )
    .bind(i64::from(answer.status))
    .bind(headers)
    .bind(answer.body.as_str())
    .bind(claimed_at.saturating_add(micros(RETENTION)))
    .bind(principal)
    .bind(key)
    .bind(claimed_at)
    .execute(connection)
    .await?
    .rows_affected();
    Ok(updated == 1)
}
