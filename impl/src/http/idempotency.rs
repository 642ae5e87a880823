//! Idempotency keys ("Safe retries" in the contract), once at the edge for every `POST`: no handler
//! knows about them.
//!
//! A `POST` with an `Idempotency-Key` that passed authentication, the role check and the contract
//! gate is [`admit`]ted: the key, scoped to the principal's subject, is claimed atomically with a
//! fingerprint of the request (SHA-256 of the operation id, the path and the raw body bytes).
//! Whoever finds the key taken gets, in this order:
//! - another fingerprint: 422 `idempotency_key_reused` (whatever state the key is in);
//! - the first request still running: 409 `idempotency_request_in_progress` with `Retry-After: 1`;
//! - the first request answered: that answer again (status, `Content-Type`, `ETag`, `Location`,
//!   body) with `Idempotent-Replayed: true`.
//!
//! The request that holds the claim runs to completion in its own task even if its client goes
//! away, so the claim always ends with the request's real outcome ([`Held::complete`]): recorded
//! for replay or released for a fresh run, as [`settlement`](answers::settlement) decides.
//! Requests without the header, other methods and `x-public` operations (no principal to scope a
//! key to) pass untouched and cost nothing; a request with a key costs one round trip before the
//! handler and one after.

use std::time::Duration;

use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Response};
use sha2::{Digest as _, Sha256};

use super::{problem_response, ResponseBody};
use crate::auth::Principal;
use crate::domain::HeldCommit;
use crate::error::{AppError, FieldError};
use crate::store::idempotency::{ClaimOutcome, KeyClaim, KeyRecord, KeyState, RecordedAnswer};
use crate::store::{now_micros, Store};
use crate::webhooks::secrets::SecretBox;

use answers::replay;
use held::Held;
use sealing::{opened_answer, SECRET_OPERATIONS};

mod answers;
mod held;
mod sealing;
#[cfg(test)]
mod tests;

static IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");

/// How often the sweeper deletes expired keys.
const SWEEP_EVERY: Duration = Duration::from_secs(10 * 60);

/// What the edge does with a request after [`admit`].
pub(super) enum Admission {
    /// No key to honour: serve the request as if this module did not exist.
    Untouched,
    /// This request holds its key: serve it through [`Held::complete`].
    Held(Held),
    /// Answered from the key's record (a replay, 409 or 422) or refused (a malformed key, the
    /// store unavailable). The handler does not run.
    Answered(Response<ResponseBody>),
}

/// The operation whose commit is followed by a WAL checkpoint.
const ERASE_OPERATION: &str = "eraseContact";

/// A request, as far as idempotency is concerned.
pub(super) struct Attempt<'a> {
    pub method: &'a Method,
    pub operation: &'a str,
    pub path: &'a str,
    pub principal: Option<&'a Principal>,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
    pub request_id: &'a str,
    /// Seals a webhook signing secret in the recorded answer; `None` where webhooks are off.
    pub seal: Option<&'a SecretBox>,
}

/// Claims the request's key, or answers from the record of the request that claimed it first.
pub(super) async fn admit(store: &Store, attempt: Attempt<'_>) -> Admission {
    if attempt.method != Method::POST {
        return Admission::Untouched;
    }
    let (Some(header), Some(principal)) =
        (attempt.headers.get(&IDEMPOTENCY_KEY), attempt.principal)
    else {
        return Admission::Untouched;
    };
    let refuse = |error: AppError| problem_response(error, attempt.request_id, attempt.path);
    let key = match IdempotencyKey::parse(header) {
        Ok(key) => key,
        Err(error) => return Admission::Answered(refuse(error)),
    };
    let request_hash = fingerprint(attempt.operation, attempt.path, attempt.body);
    let claim = KeyClaim {
        principal: &principal.subject,
        key: key.as_str(),
        operation: attempt.operation,
        request_hash: &request_hash,
    };
    match store.claim_idempotency_key(claim, now_micros()).await {
        Ok(ClaimOutcome::Claimed { claimed_at }) => Admission::Held(Held {
            store: store.clone(),
            principal: principal.subject.clone(),
            key: key.0,
            claimed_at,
            request_id: attempt.request_id.to_owned(),
            path: attempt.path.to_owned(),
            settled: false,
            held_commit: HeldCommit::default(),
            operation_erases: attempt.operation == ERASE_OPERATION,
            seal: SECRET_OPERATIONS
                .contains(&attempt.operation)
                .then(|| attempt.seal.cloned())
                .flatten(),
        }),
        Ok(ClaimOutcome::Taken(record)) => Admission::Answered(match verdict(&record, &request_hash) {
            Verdict::Reused => refuse(AppError::rule_at(
                "idempotency_key_reused",
                "/header/Idempotency-Key",
                "This Idempotency-Key was already used for a different request (another operation, \
                 path or body). Use a new key for a new request.",
            )),
            Verdict::InProgress => {
                let mut response = refuse(AppError::conflict(
                    "idempotency_request_in_progress",
                    "The first request with this Idempotency-Key is still running. Retry shortly.",
                ));
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                response
            }
            Verdict::Replay(answer) => match opened_answer(answer, attempt.seal) {
                Ok(answer) => replay(&answer),
                Err(error) => refuse(error),
            },
        }),
        Err(error) => Admission::Answered(refuse(error)),
    }
}

/// An `Idempotency-Key` as the contract defines it: 1 to 255 printable ASCII characters, no spaces.
struct IdempotencyKey(String);

impl IdempotencyKey {
    fn parse(header: &HeaderValue) -> Result<Self, AppError> {
        let bytes = header.as_bytes();
        let invalid = |code: &str, message: &str| {
            AppError::InvalidParameters(vec![FieldError::new(
                "/header/Idempotency-Key",
                code,
                message,
            )])
        };
        if bytes.is_empty() {
            return Err(invalid("min_length", "must not be empty"));
        }
        if bytes.len() > 255 {
            return Err(invalid("max_length", "must be at most 255 characters"));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) if bytes.iter().all(|byte| (0x21..=0x7e).contains(byte)) => {
                Ok(Self(text.to_owned()))
            }
            _ => Err(invalid(
                "pattern",
                "must be printable ASCII characters without spaces",
            )),
        }
    }

    fn as_str(&self) -> &str {
        &self.0
    }
}

/// The request's fingerprint: hex SHA-256 over the operation id, the path and the raw body, each
/// length-prefixed so that no two different requests share an input.
fn fingerprint(operation: &str, path: &str, body: &[u8]) -> String {
    let mut hasher = Sha256::new();
    for part in [operation.as_bytes(), path.as_bytes(), body] {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    format!("{:x}", hasher.finalize())
}

/// What a request that finds its key taken gets.
#[derive(Debug, PartialEq, Eq)]
enum Verdict<'a> {
    Reused,
    InProgress,
    Replay(&'a RecordedAnswer),
}

/// A different fingerprint wins over the state: reusing a key for another request is a client bug
/// that no amount of waiting fixes.
fn verdict<'a>(record: &'a KeyRecord, request_hash: &str) -> Verdict<'a> {
    if record.request_hash != request_hash {
        return Verdict::Reused;
    }
    match &record.state {
        KeyState::InProgress => Verdict::InProgress,
        KeyState::Answered(answer) => Verdict::Replay(answer),
    }
}

/// Starts the task that deletes expired keys every ten minutes, first ten minutes from now. It
/// only tidies up (expired rows already count as absent) and runs beside requests, never in
/// their way: the store deletes in small batches.
pub fn spawn_sweeper(store: Store) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks =
            tokio::time::interval_at(tokio::time::Instant::now() + SWEEP_EVERY, SWEEP_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match store.sweep_expired_idempotency_keys(now_micros()).await {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(deleted, "expired idempotency keys deleted"),
                Err(error) => tracing::warn!(%error, "sweeping expired idempotency keys failed"),
            }
        }
    })
}
