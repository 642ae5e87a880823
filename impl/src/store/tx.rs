//! Writes: a transaction that cannot commit a change without its audit row and its change event.

use serde_json::json;
use sqlx::{Any, AnyConnection, Transaction};

use crate::domain::Actor;
use crate::error::AppError;

/// What an audit row says was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    Create,
    Read,
    Update,
    Delete,
    Restore,
    Purge,
    Win,
    Lose,
    Reopen,
    MoveStage,
    Export,
    Erase,
    Restrict,
    Unrestrict,
    LegalHoldPlace,
    LegalHoldRelease,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Read => "read",
            AuditAction::Update => "update",
            AuditAction::Delete => "delete",
            AuditAction::Restore => "restore",
            AuditAction::Purge => "purge",
            AuditAction::Win => "win",
            AuditAction::Lose => "lose",
            AuditAction::Reopen => "reopen",
            AuditAction::MoveStage => "move_stage",
            AuditAction::Export => "export",
            AuditAction::Erase => "erase",
            AuditAction::Restrict => "restrict",
            AuditAction::Unrestrict => "unrestrict",
            AuditAction::LegalHoldPlace => "legal_hold_place",
            AuditAction::LegalHoldRelease => "legal_hold_release",
        }
    }

    /// The verb of the change event this action publishes (`opportunity.` + verb), or `None`
    /// for what changes nothing (a read, an export).
    pub fn event_verb(self) -> Option<&'static str> {
        Some(match self {
            AuditAction::Read | AuditAction::Export => return None,
            AuditAction::Create => "created",
            AuditAction::Update => "updated",
            AuditAction::Delete => "deleted",
            AuditAction::Restore => "restored",
            AuditAction::Purge => "purged",
            AuditAction::Win => "won",
            AuditAction::Lose => "lost",
            AuditAction::Reopen => "reopened",
            AuditAction::MoveStage => "stage_moved",
            AuditAction::Erase => "erased",
            AuditAction::Restrict => "restricted",
            AuditAction::Unrestrict => "unrestricted",
            AuditAction::LegalHoldPlace => "legal_hold_placed",
            AuditAction::LegalHoldRelease => "legal_hold_released",
        })
    }
}

/// The kinds of resource audit rows are about (the contract's `ResourceType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceKind {
    Account,
    Contact,
    Pipeline,
    Opportunity,
    LineItem,
    Note,
}

impl ResourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::Account => "account",
            ResourceKind::Contact => "contact",
            ResourceKind::Pipeline => "pipeline",
            ResourceKind::Opportunity => "opportunity",
            ResourceKind::LineItem => "line_item",
            ResourceKind::Note => "note",
        }
    }

    /// The statement that reads the resource's version after the change, inside the change's
    /// transaction (`$id` is its bound id); NULL for kinds without a version or a purged row.
    fn version_of(self, id: &str) -> String {
        let table = match self {
            ResourceKind::Account => "accounts",
            ResourceKind::Contact => "contacts",
            ResourceKind::Pipeline => "pipelines",
            ResourceKind::Opportunity => "opportunities",
            ResourceKind::LineItem | ResourceKind::Note => return "NULL".to_owned(),
        };
        format!("(SELECT version FROM {table} WHERE id = {id})")
    }
}

struct AuditRecord {
    action: AuditAction,
    kind: ResourceKind,
    resource_id: String,
    changed_fields: Vec<String>,
}

/// Audit rows written by one INSERT (8 binds each).
const AUDIT_ROWS_PER_STATEMENT: usize = 500;
/// Change events written by one INSERT (9 binds each).
const EVENT_ROWS_PER_STATEMENT: usize = 400;

/// A database transaction on behalf of an [`Actor`]. Every change records what it did with
/// [`Tx::audit`]; [`Tx::commit`] writes those records in the same transaction, as audit rows and
/// as change events (the outbox the feed and the webhooks read: every record but a read or an
/// export), and refuses to commit a transaction that recorded nothing. Dropping a `Tx` rolls it
/// back.
pub struct Tx<'a> {
    inner: Transaction<'static, Any>,
    actor: &'a Actor,
    records: Vec<AuditRecord>,
    /// Set by [`Tx::discard`]: the work found nothing to change, and commit rolls back instead.
    discarded: bool,
}

impl<'a> Tx<'a> {
    pub(super) fn new(inner: Transaction<'static, Any>, actor: &'a Actor) -> Self {
        Self {
            inner,
            actor,
            records: Vec::new(),
            discarded: false,
        }
    }

    /// The connection to run statements on.
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }

    pub fn actor(&self) -> &Actor {
        self.actor
    }

    /// Records that `action` was done to a resource, naming the fields written (never their values).
    pub fn audit<I, S>(
        &mut self,
        action: AuditAction,
        kind: ResourceKind,
        resource_id: &str,
        fields: I,
    ) where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.records.push(AuditRecord {
            action,
            kind,
            resource_id: resource_id.to_owned(),
            changed_fields: fields.into_iter().map(Into::into).collect(),
        });
    }

    /// Says the work found nothing to change (and wrote nothing): [`Tx::commit`] then ends the
    /// transaction without an audit row.
    pub fn discard(&mut self) {
        self.discarded = true;
    }

    /// Writes the audit rows and commits everything at once.
    pub async fn commit(mut self) -> Result<(), AppError> {
        if self.discarded {
            self.inner.rollback().await?;
            return Ok(());
        }
        if self.records.is_empty() {
            return Err(AppError::Internal(anyhow::anyhow!(
                "a write transaction recorded no audit event"
            )));
        }
        let now = super::now_micros();
        if let Some(claim) = &self.actor.idempotency_claim {
            // The fence: a request whose claim a retry took over (its lease ran out) commits nothing.
            let held = sqlx::query(
                "UPDATE idempotency_keys SET applied_at = $1, expires_at = $2 \
                 WHERE principal = $3 AND idem_key = $4 AND created_at = $5 AND state = 'pending'",
            )
            .bind(now)
            .bind(
                claim
                    .claimed_at
                    .saturating_add(super::idempotency::retention_micros()),
            )
            .bind(self.actor.subject.as_str())
            .bind(claim.key.as_str())
            .bind(claim.claimed_at)
            .execute(&mut *self.inner)
            .await?
            .rows_affected()
                == 1;
            if !held {
                return Err(AppError::Unavailable(
                    "the request's Idempotency-Key was taken over by a retry; nothing committed"
                        .to_owned(),
                ));
            }
        }
        let records = std::mem::take(&mut self.records);
        // One statement per 500 audit rows (4,500 binds, far below either database's limit): one
        // round trip for any single-resource write, however many fields and line items it names.
        for chunk in records.chunks(AUDIT_ROWS_PER_STATEMENT) {
            let mut sql = String::from(
                "INSERT INTO audit_events (id, occurred_at, actor_id, actor_kind, action, resource_type, resource_id, request_id, changed_fields) VALUES ",
            );
            for index in 0..chunk.len() {
                let first = index * 9;
                if index > 0 {
                    sql.push_str(", ");
                }
                let placeholders: Vec<String> = (1..=9)
                    .map(|column| format!("${}", first + column))
                    .collect();
                sql.push('(');
                sql.push_str(&placeholders.join(", "));
                sql.push(')');
            }
            let mut insert = sqlx::query(&sql);
            for record in chunk {
                insert = insert
                    .bind(uuid::Uuid::now_v7().to_string())
                    .bind(now)
                    .bind(self.actor.subject.clone())
                    .bind(self.actor.kind.as_str())
                    .bind(record.action.as_str())
                    .bind(record.kind.as_str())
                    .bind(record.resource_id.clone())
                    .bind(self.actor.request_id.clone())
                    .bind(json!(record.changed_fields).to_string());
            }
            insert.execute(&mut *self.inner).await?;
        }
        self.write_events(&records, now).await?;
        if let Some(claim) = &self.actor.idempotency_claim {
            // The edge commits it with the request's recorded answer (see `HeldCommit`). A second
            // write of the same request commits the first one's transaction before it is held.
            if let Some(earlier) = claim.held_commit.put(Box::new(self.inner)) {
                if let Ok(earlier) = earlier.downcast::<Transaction<'static, Any>>() {
                    earlier.commit().await?;
                }
            }
            return Ok(());
        }
        self.inner.commit().await?;
        Ok(())
    }

    /// Writes the change events of `records` (see `migrations/postgres/*_change_events.sql` for
    /// how their positions keep commit order). Each row reads the resource's version inside the
    /// same statement, so an event names the version its change produced without a round trip.
    async fn write_events(&mut self, records: &[AuditRecord], now: i64) -> Result<(), AppError> {
        let events: Vec<(&AuditRecord, &str)> = records
            .iter()
            .filter_map(|record| record.action.event_verb().map(|verb| (record, verb)))
            .collect();
        for chunk in events.chunks(EVENT_ROWS_PER_STATEMENT) {
            let mut sql = String::from(
                "INSERT INTO change_events (id, occurred_at, event_type, resource_type, resource_id, actor_id, actor_kind, request_id, changed_fields, version) VALUES ",
            );
            for (index, (record, _)) in chunk.iter().enumerate() {
                let first = index * 9;
                if index > 0 {
                    sql.push_str(", ");
                }
                let placeholders: Vec<String> = (1..=9)
                    .map(|column| format!("${}", first + column))
                    .collect();
                sql.push('(');
                sql.push_str(&placeholders.join(", "));
                sql.push_str(", ");
                sql.push_str(&record.kind.version_of(&placeholders[4]));
                sql.push(')');
            }
            let mut insert = sqlx::query(&sql);
            for (record, verb) in chunk {
                insert = insert
                    .bind(uuid::Uuid::now_v7().to_string())
                    .bind(now)
                    .bind(format!("{}.{verb}", record.kind.as_str()))
                    .bind(record.kind.as_str())
                    .bind(record.resource_id.clone())
                    .bind(self.actor.subject.clone())
                    .bind(self.actor.kind.as_str())
                    .bind(self.actor.request_id.clone())
                    .bind(json!(record.changed_fields).to_string());
            }
            insert.execute(&mut *self.inner).await?;
        }
        Ok(())
    }

    /// Commits a transaction [`Tx::commit`] held back for the request's Idempotency-Key, after
    /// recording the request's answer in it; `Ok(false)` when nothing was held.
    pub async fn commit_held(
        held: &crate::domain::HeldCommit,
        record: impl for<'c> FnOnce(
            &'c mut AnyConnection,
        ) -> futures::future::BoxFuture<'c, Result<(), AppError>>,
    ) -> Result<bool, AppError> {
        let Some(transaction) = held.take() else {
            return Ok(false);
        };
        let Ok(mut transaction) = transaction.downcast::<Transaction<'static, Any>>() else {
            return Err(AppError::Internal(anyhow::anyhow!(
                "the held commit is not a database transaction"
            )));
        };
        record(&mut transaction).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Rolls back a transaction held for the request's Idempotency-Key (its answer is not to be
    /// kept, so neither is its write).
    pub async fn roll_back_held(held: &crate::domain::HeldCommit) {
        if let Some(transaction) = held.take() {
            if let Ok(transaction) = transaction.downcast::<Transaction<'static, Any>>() {
                let _ = transaction.rollback().await;
            }
        }
    }
}
