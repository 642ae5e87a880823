//! A claimed key, owed an outcome: the request run to completion in its own task, its answer
//! recorded (with the write it held uncommitted) or its claim released.

use std::future::Future;
use std::time::Duration;

use http::Response;
use http_body_util::{BodyExt as _, Full};
use tracing::Instrument as _;

use crate::domain::{HeldCommit, IdempotencyClaim};
use crate::error::AppError;
use crate::http::{problem_response, ResponseBody};
use crate::store::idempotency::record_answer_on;
use crate::store::tx::Tx;
use crate::store::Store;
use crate::webhooks::secrets::SecretBox;

use super::answers::{recordable, settlement, Settlement};
use super::sealing::sealed_answer;

/// How often settling a claim is tried while the database is unavailable, and the pause between
/// tries: ten seconds in all, more than a PostgreSQL restart or failover takes.
const SETTLE_ATTEMPTS: u32 = 40;
const SETTLE_PAUSE: Duration = Duration::from_millis(250);

/// A claimed key, owed an outcome. Dropped without one (the request's task panicked), it releases
/// the claim in the background so a retry can run.
pub(in crate::http) struct Held {
    pub(super) store: Store,
    pub(super) principal: String,
    pub(super) key: String,
    pub(super) claimed_at: i64,
    pub(super) request_id: String,
    pub(super) path: String,
    pub(super) settled: bool,
    /// The request's write, held uncommitted until its answer is recorded with it.
    pub(super) held_commit: HeldCommit,
    /// An erasure: once committed, the database's files are cleaned of the old values
    /// ([`Store::checkpoint_after_erasure`]), as an erasure without a key does in the store.
    pub(super) operation_erases: bool,
    /// Set for [`SECRET_OPERATIONS`](super::sealing::SECRET_OPERATIONS): seals the secret in the
    /// recorded answer.
    pub(super) seal: Option<SecretBox>,
}

impl Held {
    /// The claim, for the request's writes to be fenced by.
    pub(in crate::http) fn claim(&self) -> IdempotencyClaim {
        IdempotencyClaim {
            key: self.key.clone(),
            claimed_at: self.claimed_at,
            held_commit: self.held_commit.clone(),
        }
    }

    /// Runs `answer` (the handler and the edge's finishing of its response) to completion in its
    /// own task, so that neither it nor the claim's outcome is cut short when the client
    /// disconnects, then records or releases the claim as [`settlement`] says.
    pub(in crate::http) async fn complete<F>(self, answer: F) -> Response<ResponseBody>
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
