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
//! for replay or released for a fresh run, as [`settlement`] decides. Requests without the header,
//! other methods and `x-public` operations (no principal to scope a key to) pass untouched and
//! cost nothing; a request with a key costs one round trip before the handler and one after.

use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Response, StatusCode};
use http_body_util::{BodyExt as _, Full};
use sha2::{Digest as _, Sha256};
use tracing::Instrument as _;

use super::{problem_response, ResponseBody};
use crate::auth::Principal;
use crate::domain::{HeldCommit, IdempotencyClaim};
use crate::error::{AppError, FieldError};
use crate::store::idempotency::record_answer_on;
use crate::store::idempotency::{ClaimOutcome, KeyClaim, KeyRecord, KeyState, RecordedAnswer};
use crate::store::tx::Tx;
use crate::store::{now_micros, Store};
use crate::webhooks::secrets::{SecretBox, SigningSecret};

static IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
static IDEMPOTENT_REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// The response headers a replay repeats; the edge adds the per-request ones (request id, ...).
const REPLAYED_HEADERS: [HeaderName; 3] = [header::CONTENT_TYPE, header::ETAG, header::LOCATION];

/// How often settling a claim is tried while the database is unavailable, and the pause between
/// tries: ten seconds in all, more than a PostgreSQL restart or failover takes.
const SETTLE_ATTEMPTS: u32 = 40;
const SETTLE_PAUSE: Duration = Duration::from_millis(250);

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

/// The operations whose answer reveals a webhook signing secret (shown once): their recorded
/// answer keeps it sealed, and a replay opens it.
const SECRET_OPERATIONS: [&str; 2] = ["createWebhookSubscription", "rotateWebhookSecret"];
/// How a recorded answer's secret value starts once sealed.
const SEALED_PREFIX: &str = "sealed:";
/// Where the secret's value starts in a serialised answer (serde_json writes no spaces; inside a
/// string value the quotes would be escaped, so only the top-level key matches).
const SECRET_FIELD: &str = "\"secret\":\"";

/// `body` with the value of its `secret` field replaced by `f(value)`; `None` when it has none.
fn map_secret(body: &str, f: impl FnOnce(&str) -> Option<String>) -> Option<String> {
    let start = body.find(SECRET_FIELD)? + SECRET_FIELD.len();
    let length = body[start..].find('"')?;
    let replaced = f(&body[start..start + length])?;
    Some(format!(
        "{}{replaced}{}",
        &body[..start],
        &body[start + length..]
    ))
}

/// The answer to record: a signing secret in it sealed.
fn sealed_answer(mut answer: RecordedAnswer, seal: &SecretBox) -> Result<RecordedAnswer, AppError> {
    let mut failed = None;
    if let Some(body) = map_secret(&answer.body, |secret| {
        let sealed = seal.seal(&SigningSecret::from_bytes(secret.as_bytes().to_vec()));
        match sealed {
            Ok(sealed) => Some(format!("{SEALED_PREFIX}{sealed}")),
            Err(error) => {
                failed = Some(error);
                None
            }
        }
    }) {
        answer.body = body;
    }
    match failed {
        Some(error) => {
            tracing::error!(%error, "could not seal the answer's secret; not recording it");
            Err(AppError::Unavailable(
                "The answer could not be recorded for this Idempotency-Key; nothing was changed. \
                 Retry."
                    .to_owned(),
            ))
        }
        None => Ok(answer),
    }
}

/// The recorded answer as it was sent: a sealed secret in it opened.
fn opened_answer(
    answer: &RecordedAnswer,
    seal: Option<&SecretBox>,
) -> Result<RecordedAnswer, AppError> {
    let mut answer = answer.clone();
    let mut failed = false;
    if let Some(body) = map_secret(&answer.body, |value| {
        let sealed = value.strip_prefix(SEALED_PREFIX)?;
        let opened = seal
            .and_then(|seal| seal.open(sealed).ok())
            .and_then(|secret| String::from_utf8(secret.bytes().to_vec()).ok());
        failed = opened.is_none();
        opened
    }) {
        answer.body = body;
    }
    if failed {
        return Err(AppError::Unavailable(
            "The recorded answer of this Idempotency-Key holds a secret this installation cannot \
             open."
                .to_owned(),
        ));
    }
    Ok(answer)
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

/// What becomes of a claim once its request is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Settlement {
    /// Keep the answer; every retry with the key replays it for 24 hours.
    Record,
    /// Delete the claim; the next request with the key runs as if it were the first.
    Release,
}

/// Decides, from the status alone, whether an answer is final.
///
/// Recorded: every 2xx (the point of the key) and the 4xx that the same request would get again
/// (400, 404, 422, ...), so a retry sees the same answer. Released: 5xx (our failure, the retry
/// deserves a fresh run), 409 and 429 (transient: the state or the budget may have changed by the
/// retry), and 412 and 428, which depend on `If-Match`, a header outside the fingerprint, so a
/// retry that fixes it must run rather than replay the refusal. Nothing released changed any state,
/// so running it again is safe. Anything else (1xx, 3xx) is not an answer a POST gives; released.
fn settlement(status: StatusCode) -> Settlement {
    match status {
        StatusCode::CONFLICT
        | StatusCode::PRECONDITION_FAILED
        | StatusCode::PRECONDITION_REQUIRED
        | StatusCode::TOO_MANY_REQUESTS => Settlement::Release,
        status if status.is_success() || status.is_client_error() => Settlement::Record,
        _ => Settlement::Release,
    }
}

/// A recorded answer as a response, marked as a replay.
fn replay(answer: &RecordedAnswer) -> Response<ResponseBody> {
    let mut response = Response::new(Full::new(Bytes::from(answer.body.clone())).boxed());
    *response.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in &answer.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    headers.insert(
        IDEMPOTENT_REPLAYED.clone(),
        HeaderValue::from_static("true"),
    );
    response
}

/// The part of a response worth replaying; `None` when the body is not text (no answer of this
/// service, whose bodies are JSON; such an answer is released rather than recorded).
fn recordable(status: StatusCode, headers: &HeaderMap, body: &Bytes) -> Option<RecordedAnswer> {
    let body = std::str::from_utf8(body).ok()?.to_owned();
    let headers = REPLAYED_HEADERS
        .iter()
        .flat_map(|name| {
            headers.get_all(name).iter().filter_map(move |value| {
                Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
            })
        })
        .collect();
    Some(RecordedAnswer {
        status: status.as_u16(),
        headers,
        body,
    })
}

/// A claimed key, owed an outcome. Dropped without one (the request's task panicked), it releases
/// the claim in the background so a retry can run.
pub(super) struct Held {
    store: Store,
    principal: String,
    key: String,
    claimed_at: i64,
    request_id: String,
    path: String,
    settled: bool,
    /// The request's write, held uncommitted until its answer is recorded with it.
    held_commit: HeldCommit,
    /// An erasure: once committed, the database's files are cleaned of the old values
    /// ([`Store::checkpoint_after_erasure`]), as an erasure without a key does in the store.
    operation_erases: bool,
    /// Set for [`SECRET_OPERATIONS`]: seals the secret in the recorded answer.
    seal: Option<SecretBox>,
}

impl Held {
    /// The claim, for the request's writes to be fenced by.
    pub(super) fn claim(&self) -> IdempotencyClaim {
        IdempotencyClaim {
            key: self.key.clone(),
            claimed_at: self.claimed_at,
            held_commit: self.held_commit.clone(),
        }
    }

    /// Runs `answer` (the handler and the edge's finishing of its response) to completion in its
    /// own task, so that neither it nor the claim's outcome is cut short when the client
    /// disconnects, then records or releases the claim as [`settlement`] says.
    pub(super) async fn complete<F>(self, answer: F) -> Response<ResponseBody>
    where
        F: Future<Output = Response<ResponseBody>> + Send + 'static,
    {
        let request_id = self.request_id.clone();
        let path = self.path.clone();
        let task = async move {
            let response = answer.await;
            self.settle(response).await
        };
        match tokio::spawn(task.instrument(tracing::Span::current())).await {
            Ok(response) => response,
            Err(error) => problem_response(
                AppError::Internal(anyhow::anyhow!("the request's task failed: {error}")),
                &request_id,
                &path,
            ),
        }
    }

    async fn settle(mut self, response: Response<ResponseBody>) -> Response<ResponseBody> {
        self.settled = true;
        let (parts, body) = response.into_parts();
        let body = match body.collect().await {
            Ok(collected) => collected.to_bytes(),
            Err(never) => match never {},
        };
        let recorded = match settlement(parts.status) {
            Settlement::Record => recordable(parts.status, &parts.headers, &body),
            Settlement::Release => None,
        };
        let recorded = match (recorded, &self.seal) {
            (Some(answer), Some(seal)) => match sealed_answer(answer, seal) {
                Ok(answer) => Some(answer),
                // Never record the secret in the clear: release the key instead (a retry runs
                // again; the write it made, if any, is rolled back below).
                Err(error) => {
                    Tx::roll_back_held(&self.held_commit).await;
                    if let Err(release) = self
                        .store
                        .release_idempotency_key(&self.principal, &self.key, self.claimed_at)
                        .await
                    {
                        tracing::warn!(%release, "could not release the idempotency key");
                    }
                    return problem_response(error, &self.request_id, &self.path);
                }
            },
            (recorded, _) => recorded,
        };
        // A write the request left uncommitted commits with its recorded answer, in one
        // transaction: a process that dies before this commit leaves neither, so the retry runs
        // again; one that dies after leaves both, so the retry replays. Not to be recorded, it is
        // rolled back with the claim released below.
        match &recorded {
            Some(answer) => {
                let (principal, key, claimed_at, answer) = (
                    self.principal.clone(),
                    self.key.clone(),
                    self.claimed_at,
                    answer.clone(),
                );
                let committed = Tx::commit_held(&self.held_commit, |connection| {
                    Box::pin(async move {
                        match record_answer_on(connection, &principal, &key, claimed_at, &answer)
                            .await?
                        {
                            true => Ok(()),
                            false => Err(AppError::Unavailable(
                                "the request's Idempotency-Key was taken over by a retry"
                                    .to_owned(),
                            )),
                        }
                    })
                })
                .await;
                match committed {
                    Ok(true) => {
                        if self.operation_erases {
                            self.store.checkpoint_after_erasure().await;
                        }
                        return Response::from_parts(parts, Full::new(body).boxed());
                    }
                    Ok(false) => {}
                    Err(error) => {
                        // Not committed (or not known to be): the client retries with its key. A
                        // claim whose write did commit is never released (see the store).
                        if let Err(release) = self
                            .store
                            .release_idempotency_key(&self.principal, &self.key, self.claimed_at)
                            .await
                        {
                            tracing::warn!(%release, "could not release the idempotency key");
                        }
                        return problem_response(error, &self.request_id, &self.path);
                    }
                }
            }
            None => Tx::roll_back_held(&self.held_commit).await,
        }
        // The answer is decided; recording it outlasts a database restart (a few seconds), since
        // a claim left pending makes every retry wait (and, once the write is applied, wait long).
        let mut attempt = 0;
        let outcome = loop {
            attempt += 1;
            let outcome = match &recorded {
                Some(answer) => {
                    self.store
                        .record_idempotent_answer(
                            &self.principal,
                            &self.key,
                            self.claimed_at,
                            answer,
                        )
                        .await
                }
                None => {
                    self.store
                        .release_idempotency_key(&self.principal, &self.key, self.claimed_at)
                        .await
                }
            };
            match outcome {
                Err(AppError::Unavailable(_)) if attempt < SETTLE_ATTEMPTS => {
                    tokio::time::sleep(SETTLE_PAUSE).await;
                }
                outcome => break outcome,
            }
        };
        match outcome {
            Ok(true) => {}
            Ok(false) => tracing::warn!(
                "the idempotency key's claim ran out before the request finished; outcome not kept"
            ),
            // The request itself is done: its client gets the real answer. The claim stays
            // pending until its lease runs out; retries get 409 until then.
            Err(error) => tracing::error!(%error, "could not settle the idempotency key"),
        }
        Response::from_parts(parts, Full::new(body).boxed())
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let store = self.store.clone();
        let principal = std::mem::take(&mut self.principal);
        let key = std::mem::take(&mut self.key);
        let claimed_at = self.claimed_at;
        runtime.spawn(async move {
            if let Err(error) = store
                .release_idempotency_key(&principal, &key, claimed_at)
                .await
            {
                tracing::error!(%error, "could not release an abandoned idempotency key");
            }
        });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(hash: &str) -> KeyRecord {
        KeyRecord {
            request_hash: hash.to_owned(),
            state: KeyState::Answered(RecordedAnswer {
                status: 201,
                headers: vec![("etag".to_owned(), "\"1\"".to_owned())],
                body: "{}".to_owned(),
            }),
        }
    }

    #[test]
    fn successes_and_repeatable_client_errors_are_recorded() {
        for status in [200, 201, 204, 400, 403, 404, 413, 415, 422] {
            let status = StatusCode::from_u16(status).expect("a status");
            assert_eq!(settlement(status), Settlement::Record, "{status}");
        }
    }

    #[test]
    fn server_errors_and_transient_refusals_release_the_key() {
        for status in [409, 412, 428, 429, 500, 501, 503, 304] {
            let status = StatusCode::from_u16(status).expect("a status");
            assert_eq!(settlement(status), Settlement::Release, "{status}");
        }
    }

    #[test]
    fn another_fingerprint_is_reuse_whatever_the_state() {
        let pending = KeyRecord {
            request_hash: "a".to_owned(),
            state: KeyState::InProgress,
        };
        assert_eq!(verdict(&pending, "b"), Verdict::Reused);
        assert_eq!(verdict(&answered("a"), "b"), Verdict::Reused);
    }

    #[test]
    fn same_fingerprint_waits_for_or_replays_the_first_answer() {
        let pending = KeyRecord {
            request_hash: "a".to_owned(),
            state: KeyState::InProgress,
        };
        assert_eq!(verdict(&pending, "a"), Verdict::InProgress);
        let done = answered("a");
        let KeyState::Answered(answer) = &done.state else {
            unreachable!("built answered")
        };
        assert_eq!(verdict(&done, "a"), Verdict::Replay(answer));
    }

    #[test]
    fn fingerprint_separates_operation_path_and_body() {
        let base = fingerprint("createNote", "/v1/a", b"{}");
        assert_eq!(base, fingerprint("createNote", "/v1/a", b"{}"));
        assert_eq!(base.len(), 64);
        assert_ne!(base, fingerprint("createNote", "/v1/b", b"{}"));
        assert_ne!(base, fingerprint("createLineItem", "/v1/a", b"{}"));
        assert_ne!(base, fingerprint("createNote", "/v1/a", b"{ }"));
        // Moving bytes across the boundary between parts changes the fingerprint.
        assert_ne!(fingerprint("ab", "c", b""), fingerprint("a", "bc", b""));
    }

    #[test]
    fn keys_outside_the_contract_pattern_are_refused() {
        let long = "k".repeat(256);
        for bad in ["", "with space", long.as_str()] {
            let header = HeaderValue::from_str(bad).expect("a header value");
            assert!(IdempotencyKey::parse(&header).is_err(), "{bad:?}");
        }
        let header = HeaderValue::from_bytes(b"caf\xc3\xa9").expect("a header value");
        assert!(IdempotencyKey::parse(&header).is_err());
        let good = HeaderValue::from_static("5f0c7c2e-9d1b-4a7e-8f3a-2b6c1d9e0a4f");
        assert!(IdempotencyKey::parse(&good).is_ok());
        let longest = HeaderValue::from_str(&"k".repeat(255)).expect("a header value");
        assert!(IdempotencyKey::parse(&longest).is_ok());
    }

    #[test]
    fn a_replay_repeats_status_headers_and_body_and_says_so() {
        let answer = RecordedAnswer {
            status: 201,
            headers: vec![
                ("content-type".to_owned(), "application/json".to_owned()),
                ("etag".to_owned(), "\"1\"".to_owned()),
                ("location".to_owned(), "/v1/accounts/x".to_owned()),
            ],
            body: r#"{"id":"x"}"#.to_owned(),
        };
        let response = replay(&answer);
        assert_eq!(response.status(), StatusCode::CREATED);
        let headers = response.headers();
        assert_eq!(headers[header::ETAG], "\"1\"");
        assert_eq!(headers[header::LOCATION], "/v1/accounts/x");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json");
        assert_eq!(headers[&IDEMPOTENT_REPLAYED], "true");
        let recorded = recordable(
            StatusCode::CREATED,
            headers,
            &Bytes::from(answer.body.clone()),
        );
        let mut expected = answer.clone();
        expected.headers.sort();
        let mut recorded = recorded.expect("a text body");
        recorded.headers.sort();
        assert_eq!(
            recorded, expected,
            "the replay header itself is not recorded"
        );
    }
}
