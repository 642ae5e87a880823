//! Writes: a transaction that cannot commit a change without its audit row and its change event.

use serde_json::json;
use sqlx::{Any, AnyConnection, Transaction};

use crate::domain::Actor;
use crate::error::AppError;
use crate::store::Backend;

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
    /// Service configuration, not a sales record: audited, but no change event.
    WebhookSubscription,
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
            ResourceKind::WebhookSubscription => "webhook_subscription",
        }
    }

    /// Whether this is a sales record (the contract's `ResourceType`) rather than service
    /// configuration (a webhook subscription). A change to a record is a change event and its
    /// audit rows are listed by `GET /v1/audit-events`; a change to configuration is audited in
    /// the same transaction all the same, but published nowhere: partners mirror records, not
    /// each other's endpoints, and v1's `ResourceType` cannot name it (adding a value to that
    /// response enum would break strict clients).
    pub fn is_record(self) -> bool {
        self != ResourceKind::WebhookSubscription
    }

    /// The statement that reads the resource's version after the change, inside the change's
    /// transaction (`$id` is its bound id); NULL for kinds without a version or a purged row.
    fn version_of(self, id: &str) -> String {
        let table = match self {
            ResourceKind::Account => "accounts",
            ResourceKind::Contact => "contacts",
            ResourceKind::Pipeline => "pipelines",
            ResourceKind::Opportunity => "opportunities",
            // Typed: in a gated insert the row is a SELECT, where a bare NULL would be text.
            ResourceKind::LineItem | ResourceKind::Note | ResourceKind::WebhookSubscription => {
                return "CAST(NULL AS BIGINT)".to_owned()
            }
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

/// Audit rows written by one INSERT ([`AUDIT_BINDS`] binds each).
const AUDIT_ROWS_PER_STATEMENT: usize = 500;
/// Change events written by one INSERT ([`EVENT_BINDS`] binds each).
const EVENT_ROWS_PER_STATEMENT: usize = 400;

/// A database transaction on behalf of an [`Actor`]. Every change records what it did with
/// [`Tx::audit`]; [`Tx::commit`] writes those records in the same transaction, as audit rows and
/// as change events (the outbox the feed and the webhooks read: every record but a read, an
/// export or a change of service configuration), and refuses to commit a transaction that recorded nothing. Dropping a `Tx` rolls it
/// back.
pub struct Tx<'a> {
    inner: Transaction<'static, Any>,
    backend: Backend,
    actor: &'a Actor,
    records: Vec<AuditRecord>,
    /// Set by [`Tx::discard`]: the work found nothing to change, and commit rolls back instead.
    discarded: bool,
}

impl<'a> Tx<'a> {
    pub(super) fn new(
        inner: Transaction<'static, Any>,
        backend: Backend,
        actor: &'a Actor,
    ) -> Self {
        Self {
            inner,
            backend,
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

    /// Which database the transaction runs on, for the statements only PostgreSQL has.
    pub fn backend(&self) -> Backend {
        self.backend
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
        let records = std::mem::take(&mut self.records);
        let events = events_of(&records);
        // The fence: a request whose claim a retry took over (its lease ran out) commits nothing.
        let fence = self.actor.idempotency_claim.as_ref().map(|claim| Fence {
            applied_at: now,
            expires_at: claim
                .claimed_at
                .saturating_add(super::idempotency::retention_micros()),
            principal: self.actor.subject.clone(),
            key: claim.key.clone(),
            claimed_at: claim.claimed_at,
        });
        let taken_over = || {
            AppError::Unavailable(
                "the request's Idempotency-Key was taken over by a retry; nothing committed"
                    .to_owned(),
            )
        };
        if self.backend == Backend::Postgres
            && !events.is_empty()
            && records.len() <= AUDIT_ROWS_PER_STATEMENT
            && events.len() <= EVENT_ROWS_PER_STATEMENT
        {
            // PostgreSQL: the fence, the audit rows and the change events in one statement, one
            // round trip (a data-modifying WITH; SQLite has none, and no network between it and
            // us). The inserts are gated on the fence's row: no row inserted, the fence failed.
            let mut sql = String::from("WITH ");
            let mut first = 0;
            if fence.is_some() {
                sql.push_str("fence AS (");
                sql.push_str(FENCE);
                sql.push_str(" RETURNING 1), ");
                first = FENCE_BINDS;
            }
            let gate = fence.is_some().then_some("fence");
            sql.push_str("audit AS (");
            audit_insert(&mut sql, records.len(), first, gate);
            sql.push_str(") ");
            event_insert(&mut sql, &events, first + records.len() * AUDIT_BINDS, gate);
            let mut insert = sqlx::query(&sql);
            if let Some(fence) = &fence {
                insert = fence.bind(insert);
            }
            let insert = bind_audit(insert, &records, self.actor, now);
            let inserted = bind_events(insert, &events, self.actor, now)
                .execute(&mut *self.inner)
                .await?
                .rows_affected();
            if fence.is_some() && inserted == 0 {
                return Err(taken_over());
            }
        } else {
            if let Some(fence) = &fence {
                let held = fence
                    .bind(sqlx::query(FENCE))
                    .execute(&mut *self.inner)
                    .await?
                    .rows_affected()
                    == 1;
                if !held {
                    return Err(taken_over());
                }
            }
            // One statement per 500 audit rows (4,500 binds, far below either database's limit):
            // one round trip for any single-resource write, however many fields and line items
            // it names; then the events likewise.
            for chunk in records.chunks(AUDIT_ROWS_PER_STATEMENT) {
                let mut sql = String::new();
                audit_insert(&mut sql, chunk.len(), 0, None);
                bind_audit(sqlx::query(&sql), chunk, self.actor, now)
                    .execute(&mut *self.inner)
                    .await?;
            }
            for chunk in events.chunks(EVENT_ROWS_PER_STATEMENT) {
                let mut sql = String::new();
                event_insert(&mut sql, chunk, 0, None);
                bind_events(sqlx::query(&sql), chunk, self.actor, now)
                    .execute(&mut *self.inner)
                    .await?;
            }
        }
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

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// The fence's statement: the claim still ours and pending, marked applied.
const FENCE: &str = "UPDATE idempotency_keys SET applied_at = $1, expires_at = $2 \
     WHERE principal = $3 AND idem_key = $4 AND created_at = $5 AND state = 'pending'";
const FENCE_BINDS: usize = 5;

/// The values of [`FENCE`].
struct Fence {
    applied_at: i64,
    expires_at: i64,
    principal: String,
    key: String,
    claimed_at: i64,
}

impl Fence {
    fn bind<'q>(&self, query: AnyQuery<'q>) -> AnyQuery<'q> {
        query
            .bind(self.applied_at)
            .bind(self.expires_at)
            .bind(self.principal.clone())
            .bind(self.key.clone())
            .bind(self.claimed_at)
    }
}

/// Binds per audit row.
const AUDIT_BINDS: usize = 9;
/// Binds per change event (its version is read by a subquery, see [`ResourceKind::version_of`]).
const EVENT_BINDS: usize = 9;

/// The records that are change events, with their verbs: every record about a sales record but a
/// read or an export (see [`ResourceKind::is_record`]).
fn events_of(records: &[AuditRecord]) -> Vec<(&AuditRecord, &'static str)> {
    records
        .iter()
        .filter(|record| record.kind.is_record())
        .filter_map(|record| record.action.event_verb().map(|verb| (record, verb)))
        .collect()
}

/// The placeholders of `columns` binds from `$first + 1`, as one row: `($1, $2, ...`, unclosed.
fn open_row(sql: &mut String, first: usize, columns: usize) {
    sql.push('(');
    for column in 1..=columns {
        if column > 1 {
            sql.push_str(", ");
        }
        sql.push_str(&format!("${}", first + column));
    }
}

/// `INSERT INTO audit_events ... VALUES` with `rows` rows of placeholders from `$first + 1`; with a
/// `gate` (a WITH query's name), only when that query returned a row.
fn audit_insert(sql: &mut String, rows: usize, first: usize, gate: Option<&str>) {
    sql.push_str(
        "INSERT INTO audit_events (id, occurred_at, actor_id, actor_kind, action, resource_type, resource_id, request_id, changed_fields) ",
    );
    open_values(sql, gate);
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        open_row(sql, first + row * AUDIT_BINDS, AUDIT_BINDS);
        sql.push(')');
    }
    close_values(sql, gate);
}

fn open_values(sql: &mut String, gate: Option<&str>) {
    sql.push_str(if gate.is_some() {
        "SELECT * FROM (VALUES "
    } else {
        "VALUES "
    });
}

fn close_values(sql: &mut String, gate: Option<&str>) {
    if let Some(gate) = gate {
        sql.push_str(&format!(") AS v WHERE EXISTS (SELECT 1 FROM {gate})"));
    }
}

/// `INSERT INTO change_events ... VALUES` for `events`, placeholders from `$first + 1`. Each row
/// reads the resource's version inside the same statement, so an event names the version its
/// change produced without a round trip (see `migrations/postgres/*_change_events.sql` for how
/// positions keep commit order).
fn event_insert(
    sql: &mut String,
    events: &[(&AuditRecord, &str)],
    first: usize,
    gate: Option<&str>,
) {
    sql.push_str(
        "INSERT INTO change_events (id, occurred_at, event_type, resource_type, resource_id, actor_id, actor_kind, request_id, changed_fields, version) ",
    );
    open_values(sql, gate);
    for (row, (record, _)) in events.iter().enumerate() {
        if row > 0 {
            sql.push_str(", ");
        }
        let at = first + row * EVENT_BINDS;
        open_row(sql, at, EVENT_BINDS);
        sql.push_str(", ");
        sql.push_str(&record.kind.version_of(&format!("${}", at + 5)));
        sql.push(')');
    }
    close_values(sql, gate);
}

fn bind_audit<'q>(
    mut query: AnyQuery<'q>,
    records: &[AuditRecord],
    actor: &Actor,
    now: i64,
) -> AnyQuery<'q> {
    for record in records {
        query = query
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(now)
            .bind(actor.subject.clone())
            .bind(actor.kind.as_str())
            .bind(record.action.as_str())
            .bind(record.kind.as_str())
            .bind(record.resource_id.clone())
            .bind(actor.request_id.clone())
            .bind(json!(record.changed_fields).to_string());
    }
    query
}

fn bind_events<'q>(
    mut query: AnyQuery<'q>,
    events: &[(&AuditRecord, &str)],
    actor: &Actor,
    now: i64,
) -> AnyQuery<'q> {
    for (record, verb) in events {
        query = query
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(now)
            .bind(format!("{}.{verb}", record.kind.as_str()))
            .bind(record.kind.as_str())
            .bind(record.resource_id.clone())
            .bind(actor.subject.clone())
            .bind(actor.kind.as_str())
            .bind(actor.request_id.clone())
            .bind(json!(record.changed_fields).to_string());
    }
    query
}
