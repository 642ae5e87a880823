//! Erasure (article 17): the contact anonymised, the person's mentions redacted, the copies in
//! recorded Idempotency-Key answers forgotten, and the database files cleared of the old values.

use crate::domain::redaction::Redactor;
use crate::domain::Actor;
use crate::error::AppError;
use crate::store::sql::{Sql, Value};
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, Backend, Store};

use super::redaction::{redact_free_text, redactor_of};
use super::{erased, Erasure, ERASED_FIELDS, ERASED_NAME};

/// The tables an erasure rewrites rows of, vacuumed after it on PostgreSQL.
const ERASURE_VACUUM: &str =
    "VACUUM contacts, opportunities, notes, line_items, idempotency_keys, consent_events";

/// How often an erasure's WAL checkpoint is tried before it is left to the next one.
const CHECKPOINT_ATTEMPTS: u32 = 20;

/// Deletes the recorded answers of Idempotency-Keys that hold the contact's id or mention the
/// person (a note's or an opportunity's answer quoting the name): each is a copy of personal data,
/// replayed for 24 hours. A retry with such a key then runs again instead of replaying. The
/// database narrows by `LIKE` (a day of `POST` answers), the [`Redactor`] decides.
async fn forget_replays(tx: &mut Tx<'_>, id: &str, person: &Redactor) -> Result<u64, AppError> {
    let mut sql = Sql::new("SELECT principal, idem_key, body FROM idempotency_keys WHERE ");
    let mut conditions = Vec::new();
    let contact = sql.bind(Value::Text(format!("%{id}%")));
    conditions.push(format!("body LIKE {contact}"));
    for term in person.terms() {
        let term = sql.bind(Value::Text(format!("%{term}%")));
        conditions.push(format!("LOWER(body) LIKE {term}"));
    }
    sql.push(&conditions.join(" OR "));
    let candidates: Vec<(String, String, Option<String>)> =
        sqlx::query_as_with(sql.text(), sql.arguments())
            .fetch_all(tx.conn())
            .await?;
    let mut forgotten = 0;
    for (principal, key, body) in candidates {
        let body = body.unwrap_or_default();
        if !body.contains(id) && !person.mentions(&body) {
            continue;
        }
        forgotten +=
            sqlx::query("DELETE FROM idempotency_keys WHERE principal = $1 AND idem_key = $2")
                .bind(principal)
                .bind(key)
                .execute(tx.conn())
                .await?
                .rows_affected();
    }
    Ok(forgotten)
}

impl Store {
    /// Makes an erasure's old values unreadable from the database's files, after it committed.
    /// SQLite: every connection runs with `secure_delete` (freed cells and pages are zeroed), and
    /// the write-ahead log, which still holds the pages as they were before, is checkpointed into
    /// the database and truncated to zero bytes. A checkpoint cannot finish while a reader holds a
    /// snapshot older than the erasure, so it is retried (each attempt waits up to the busy
    /// timeout) for up to [`CHECKPOINT_ATTEMPTS`] attempts. PostgreSQL: the old row versions stay
    /// in the tables' files until VACUUM prunes them, so a VACUUM of the tables an erasure writes
    /// is started in the background (not in the request: it can take long on large tables); the
    /// WAL and backups keep the values for as long as they are kept (see the README).
    pub async fn checkpoint_after_erasure(&self) {
        if self.backend() == Backend::Postgres {
            let pool = self.pool().clone();
            tokio::spawn(async move {
                let vacuum = async {
                    // Its own connection, without the statement timeout, closed afterwards.
                    let mut connection = pool.acquire().await?.detach();
                    sqlx::Executor::execute(&mut connection, "SET statement_timeout = 0").await?;
                    sqlx::Executor::execute(&mut connection, ERASURE_VACUUM).await?;
                    Ok::<_, sqlx::Error>(())
                };
                if let Err(error) = vacuum.await {
                    tracing::warn!(%error, "the VACUUM after an erasure failed; autovacuum will prune later");
                }
            });
            return;
        }
        for attempt in 1..=CHECKPOINT_ATTEMPTS {
            match sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(self.pool())
                .await
            {
                Ok((0, _, _)) => return,
                Ok((_busy, log, done)) => {
                    tracing::info!(
                        attempt,
                        log,
                        done,
                        "WAL checkpoint blocked by a reader; retrying"
                    );
                }
                Err(error) => {
                    tracing::warn!(attempt, %error, "WAL checkpoint failed; retrying");
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        tracing::error!(
            attempts = CHECKPOINT_ATTEMPTS,
            "the WAL still holds erased values: checkpoint did not complete"
        );
    }

    /// Erases a contact's personal data, irreversibly, in one transaction: refused while a legal
    /// hold is in place (409 `legal_hold`) and for a contact already erased (409 `contact_erased`).
    ///
    /// The contact keeps its id, account and lawful basis; [`ERASED_FIELDS`] are anonymised and
    /// `erased_at` set. It is taken off every opportunity (each keeps its amounts, gets a new
    /// version and its own audit row). The recorded answers of Idempotency-Keys that mention the
    /// contact are deleted too: a `createContact` answer is a copy of the personal data, replayed
    /// for 24 hours, and erasure has to reach every copy. (A retry with such a key then runs again
    /// instead of replaying.) Matching is a scan of that table with `LIKE`, which holds one day of
    /// `POST` answers.
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn erase_contact(&self, actor: &Actor, id: &str) -> Result<Erasure, AppError> {
        let erased_now = self.write(actor, |tx| {
            Box::pin(async move {
                let current = self.lock_contact_for_gdpr(tx, id).await?;
                if current.record.erased_at.is_some() {
                    return Err(erased(id));
                }
                if current.record.legal_hold {
                    return Err(AppError::conflict(
                        "legal_hold",
                        "The contact is under legal hold and cannot be erased until the hold is released.",
                    ));
                }
                let now = now_micros();
                sqlx::query(
                    "UPDATE contacts SET first_name = $1, last_name = $1, email = NULL, phone = NULL, \
                     job_title = NULL, country = NULL, marketing_consent = FALSE, consent_recorded_at = NULL, \
                     restriction_reason = NULL, erased_at = $2, updated_at = $2, version = version + 1 \
                     WHERE id = $3",
                )
                .bind(ERASED_NAME)
                .bind(now)
                .bind(id)
                .execute(tx.conn())
                .await?;
                let consents = crate::store::consent_events::erase_consents(tx, id, now).await?;
                tx.audit(
                    AuditAction::Erase,
                    ResourceKind::Contact,
                    id,
                    ERASED_FIELDS.into_iter().chain(["erased_at"]).chain(consents),
                );
                let person = redactor_of(&current.record);
                let redacted = redact_free_text(tx, &current.record, &person, now).await?;
                let retained = self
                    .unlink_contact_from_opportunities(tx, id, now)
                    .await?;
                let replays = forget_replays(tx, id, &person).await?;
                Ok((now, retained, replays, redacted))
            })
        })
        .await?;
        let (erased_at, retained, replays, redacted) = erased_now;
        tracing::info!(
            opportunities = retained,
            replays,
            redacted,
            "contact erased"
        );
        if actor.idempotency_claim.is_none() {
            // A keyed erasure commits at the edge with its answer, which checkpoints then.
            self.checkpoint_after_erasure().await;
        }
        Ok(Erasure {
            contact_id: id.to_owned(),
            erased_at,
            erased_fields: ERASED_FIELDS.to_vec(),
            opportunities_retained: i64::try_from(retained).unwrap_or(i64::MAX),
        })
    }
}
