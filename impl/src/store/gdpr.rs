//! GDPR data-subject rights over contacts: the export (articles 15 and 20), erasure (article 17),
//! restriction of processing (article 18), and legal holds that suspend erasure. Every change is
//! one transaction with its audit rows; the contact row is locked first (PostgreSQL; SQLite's
//! writers run one at a time), so these operations and contact writes apply one after another.
//!
//! Nothing in `audit_events` needs erasing: its rows name the fields written, never their values
//! (see [`super::tx::Tx::audit`]), so after an erasure the log still tells who did what to the
//! contact's record without holding anything about the person but the record's id.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row as _};

use super::accounts::AccountRecord;
use super::audit::AuditEventRecord;
use super::consent_events::ConsentEventRecord;
use super::contacts::{not_found, row_lock, ContactRecord, COLUMNS, LINKED_OPPORTUNITIES};
use super::opportunities::items::NoteRecord;
use super::opportunities::ContactRole;
use super::sql::{Sql, Value};
use super::tx::{AuditAction, ResourceKind, Tx};
use super::{now_micros, Backend, Store};

/// The tables an erasure rewrites rows of, vacuumed after it on PostgreSQL.
const ERASURE_VACUUM: &str =
    "VACUUM contacts, opportunities, notes, line_items, idempotency_keys, consent_events";

/// How often an erasure's WAL checkpoint is tried before it is left to the next one.
const CHECKPOINT_ATTEMPTS: u32 = 20;
use crate::domain::redaction::Redactor;
use crate::domain::Actor;
use crate::error::AppError;
use crate::inventory::ErasureReach;

/// What an erased contact's names read.
pub const ERASED_NAME: &str = "[erased]";

/// The fields an erasure anonymises: the names become [`ERASED_NAME`], the consent is withdrawn
/// and everything else is cleared. `restriction_reason` is free text that may describe the person.
pub const ERASED_FIELDS: [&str; 9] = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "job_title",
    "country",
    "marketing_consent",
    "consent_recorded_at",
    "restriction_reason",
];

/// What an erasure reaches, held against the contract's personal-data inventory at start-up
/// ([`crate::inventory::Inventory::check_erasure`]): the contact's columns it anonymises, and the
/// free-text fields it redacts the person's mentions in ([`redact_free_text`]).
pub const ERASURE_REACH: ErasureReach<'static> = ErasureReach {
    contact_fields: &ERASED_FIELDS,
    redacted_text: &[
        ("Opportunity", "name"),
        ("Opportunity", "description"),
        ("Opportunity", "next_step"),
        ("Opportunity", "lost_reason"),
        ("LineItem", "product"),
        ("Note", "body"),
    ],
};

/// Everything held about a contact, as one document.
#[derive(Debug, Clone)]
pub struct ContactExport {
    pub exported_at: i64,
    /// The contact as stored: anonymised if it was erased.
    pub contact: ContactRecord,
    /// The contact's account, also when that was deleted.
    pub account: AccountRecord,
    /// The opportunities the contact takes part in, oldest first.
    pub opportunities: Vec<Participation>,
    /// The notes that mention the person by name, e-mail or phone (as [`Redactor`] matches them),
    /// on the opportunities of the contact's account and those the contact is on, oldest first.
    pub mentioned_in: Vec<NoteRecord>,
    /// The consent history, oldest first.
    pub consents: Vec<ConsentEventRecord>,
    /// Every event about the contact's record, oldest first, this export's own included.
    pub audit_events: Vec<AuditEventRecord>,
}

/// A contact's part in one opportunity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    pub opportunity_id: String,
    pub name: String,
    pub is_primary_contact: bool,
    /// The role recorded in the opportunity's contact roles; `None` for a primary contact without one.
    pub role: Option<String>,
}

/// What an erasure did.
#[derive(Debug, Clone)]
pub struct Erasure {
    pub contact_id: String,
    pub erased_at: i64,
    pub erased_fields: Vec<&'static str>,
    /// Opportunities the contact was on, kept (amounts and all) without the link to them.
    pub opportunities_retained: i64,
}

/// A contact read for a GDPR change: the record, and the columns the contract does not show.
struct Locked {
    record: ContactRecord,
    restriction_reason: Option<String>,
    legal_hold_reason: Option<String>,
    legal_hold_until: Option<String>,
}

impl<'r> FromRow<'r, AnyRow> for Locked {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Self {
            record: ContactRecord::from_row(row)?,
            restriction_reason: row.try_get("restriction_reason")?,
            legal_hold_reason: row.try_get("legal_hold_reason")?,
            legal_hold_until: row.try_get("legal_hold_until")?,
        })
    }
}

/// The GDPR columns of a contact, as a change leaves them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct GdprState {
    processing_restricted: bool,
    restriction_reason: Option<String>,
    legal_hold: bool,
    legal_hold_reason: Option<String>,
    /// YYYY-MM-DD.
    legal_hold_until: Option<String>,
}

impl GdprState {
    fn of(locked: &Locked) -> Self {
        Self {
            processing_restricted: locked.record.processing_restricted,
            restriction_reason: locked.restriction_reason.clone(),
            legal_hold: locked.record.legal_hold,
            legal_hold_reason: locked.legal_hold_reason.clone(),
            legal_hold_until: locked.legal_hold_until.clone(),
        }
    }

    /// The names of the columns that differ, for the audit log.
    fn changed_from(&self, before: &GdprState) -> Vec<&'static str> {
        [
            (
                "processing_restricted",
                self.processing_restricted != before.processing_restricted,
            ),
            (
                "restriction_reason",
                self.restriction_reason != before.restriction_reason,
            ),
            ("legal_hold", self.legal_hold != before.legal_hold),
            (
                "legal_hold_reason",
                self.legal_hold_reason != before.legal_hold_reason,
            ),
            (
                "legal_hold_until",
                self.legal_hold_until != before.legal_hold_until,
            ),
        ]
        .into_iter()
        .filter_map(|(name, changed)| changed.then_some(name))
        .collect()
    }
}

/// One of the four GDPR flag operations.
#[derive(Debug, Clone)]
enum FlagChange {
    Restrict {
        reason: String,
    },
    Unrestrict,
    PlaceHold {
        reason: String,
        until: Option<String>,
    },
    ReleaseHold,
}

impl FlagChange {
    fn action(&self) -> AuditAction {
        match self {
            FlagChange::Restrict { .. } => AuditAction::Restrict,
            FlagChange::Unrestrict => AuditAction::Unrestrict,
            FlagChange::PlaceHold { .. } => AuditAction::LegalHoldPlace,
            FlagChange::ReleaseHold => AuditAction::LegalHoldRelease,
        }
    }

    fn apply(self, state: &mut GdprState) {
        match self {
            FlagChange::Restrict { reason } => {
                state.processing_restricted = true;
                state.restriction_reason = Some(reason);
            }
            FlagChange::Unrestrict => {
                state.processing_restricted = false;
                state.restriction_reason = None;
            }
            FlagChange::PlaceHold { reason, until } => {
                state.legal_hold = true;
                state.legal_hold_reason = Some(reason);
                state.legal_hold_until = until;
            }
            FlagChange::ReleaseHold => {
                state.legal_hold = false;
                state.legal_hold_reason = None;
                state.legal_hold_until = None;
            }
        }
    }
}

/// A reason as given, unless it holds a NUL character, which PostgreSQL cannot store in text (the
/// contract's 1-500 characters allow it): 422 rather than a failed statement.
fn storable_reason(reason: String) -> Result<String, AppError> {
    if reason.contains('\0') {
        return Err(AppError::rule_at(
            "invalid_text",
            "/reason",
            "The reason cannot contain NUL characters.",
        ));
    }
    Ok(reason)
}

fn erased(id: &str) -> AppError {
    AppError::conflict(
        "contact_erased",
        format!("The personal data of contact {id} was erased; there is nothing left to act on."),
    )
}

/// A contact's stored `contact_roles` that do not parse: the store wrote them, so this is ours.
fn corrupt_roles(opportunity_id: &str, error: serde_json::Error) -> AppError {
    AppError::Internal(anyhow::Error::new(error).context(format!(
        "the contact_roles of opportunity {opportunity_id} are not a JSON array of roles"
    )))
}

/// The identifiers of a contact, for finding them in free text.
fn redactor_of(record: &ContactRecord) -> Redactor {
    Redactor::for_person(
        &[record.first_name.as_str(), record.last_name.as_str()],
        record.email.as_deref(),
        record.phone.as_deref(),
    )
}

/// The opportunities whose free text may mention a contact: those it is on, and every other one of
/// its account (deleted ones included: they are still held). Binds `$1` (contact id) and `$2`
/// (account id).
const MENTION_SCOPE: &str = "SELECT id FROM opportunities WHERE account_id = $2 \
     UNION SELECT id FROM opportunities WHERE primary_contact_id = $1 \
     UNION SELECT opportunity_id FROM opportunity_contacts WHERE contact_id = $1";

/// The notes in [`MENTION_SCOPE`] that mention the person, oldest first.
async fn notes_mentioning(
    tx: &mut Tx<'_>,
    record: &ContactRecord,
    person: &Redactor,
) -> Result<Vec<NoteRecord>, AppError> {
    let notes: Vec<NoteRecord> = sqlx::query_as(&format!(
        "SELECT id, opportunity_id, author_id, body, created_at FROM notes \
         WHERE opportunity_id IN ({MENTION_SCOPE}) ORDER BY created_at, id"
    ))
    .bind(&record.id)
    .bind(&record.account_id)
    .fetch_all(tx.conn())
    .await?;
    Ok(notes
        .into_iter()
        .filter(|note| person.mentions(&note.body))
        .collect())
}

/// Replaces every mention of the person in the free text of [`MENTION_SCOPE`]: opportunity names,
/// descriptions, next steps and lost reasons, line-item products and notes. Each record changed
/// gets an audit row naming the fields (an opportunity also a new version). Returns how many
/// records changed.
async fn redact_free_text(
    tx: &mut Tx<'_>,
    record: &ContactRecord,
    person: &Redactor,
    now: i64,
) -> Result<usize, AppError> {
    let mut changed_records = 0;
    let opportunities: Vec<OpportunityText> = sqlx::query_as(&format!(
        "SELECT id, name, description, next_step, lost_reason FROM opportunities \
         WHERE id IN ({MENTION_SCOPE}) ORDER BY id"
    ))
    .bind(&record.id)
    .bind(&record.account_id)
    .fetch_all(tx.conn())
    .await?;
    for opportunity in opportunities {
        let name = person.redact(&opportunity.name);
        let description = opportunity
            .description
            .as_deref()
            .and_then(|text| person.redact(text));
        let next_step = opportunity
            .next_step
            .as_deref()
            .and_then(|text| person.redact(text));
        let lost_reason = opportunity
            .lost_reason
            .as_deref()
            .and_then(|text| person.redact(text));
        let fields: Vec<&str> = [
            ("name", name.is_some()),
            ("description", description.is_some()),
            ("next_step", next_step.is_some()),
            ("lost_reason", lost_reason.is_some()),
        ]
        .into_iter()
        .filter_map(|(field, changed)| changed.then_some(field))
        .collect();
        if fields.is_empty() {
            continue;
        }
        sqlx::query(
            "UPDATE opportunities SET name = COALESCE($1, name), description = COALESCE($2, description), \
             next_step = COALESCE($3, next_step), lost_reason = COALESCE($4, lost_reason), \
             updated_at = $5, version = version + 1 WHERE id = $6",
        )
        .bind(name)
        .bind(description)
        .bind(next_step)
        .bind(lost_reason)
        .bind(now)
        .bind(&opportunity.id)
        .execute(tx.conn())
        .await?;
        tx.audit(
            AuditAction::Update,
            ResourceKind::Opportunity,
            &opportunity.id,
            fields,
        );
        changed_records += 1;
    }
    let products: Vec<(String, String)> = sqlx::query_as(&format!(
        "SELECT id, product FROM line_items WHERE opportunity_id IN ({MENTION_SCOPE}) ORDER BY id"
    ))
    .bind(&record.id)
    .bind(&record.account_id)
    .fetch_all(tx.conn())
    .await?;
    for (line_item_id, product) in products {
        let Some(product) = person.redact(&product) else {
            continue;
        };
        sqlx::query("UPDATE line_items SET product = $1, updated_at = $2 WHERE id = $3")
            .bind(product)
            .bind(now)
            .bind(&line_item_id)
            .execute(tx.conn())
            .await?;
        tx.audit(
            AuditAction::Update,
            ResourceKind::LineItem,
            &line_item_id,
            ["product"],
        );
        changed_records += 1;
    }
    for note in notes_mentioning(tx, record, person).await? {
        let Some(body) = person.redact(&note.body) else {
            continue;
        };
        sqlx::query("UPDATE notes SET body = $1 WHERE id = $2")
            .bind(body)
            .bind(&note.id)
            .execute(tx.conn())
            .await?;
        tx.audit(AuditAction::Update, ResourceKind::Note, &note.id, ["body"]);
        changed_records += 1;
    }
    Ok(changed_records)
}

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

/// The free text of an opportunity.
#[derive(FromRow)]
struct OpportunityText {
    id: String,
    name: String,
    description: Option<String>,
    next_step: Option<String>,
    lost_reason: Option<String>,
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

    /// Reads a contact that is not deleted, with its hidden GDPR columns, locking its row on
    /// PostgreSQL until `tx` ends. `NO KEY UPDATE` is the lock the `UPDATE` takes anyway: it waits
    /// for other writers and exports of the contact, but not for the foreign-key checks of
    /// opportunity writes that link it (a `FOR UPDATE` here would, and could deadlock with one
    /// that holds an opportunity this transaction is about to unlink).
    async fn lock_contact_for_gdpr(&self, tx: &mut Tx<'_>, id: &str) -> Result<Locked, AppError> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS}, restriction_reason, legal_hold_reason, legal_hold_until FROM contacts \
             WHERE id = $1 AND deleted_at IS NULL{}",
            row_lock(self.backend(), " FOR NO KEY UPDATE")
        ))
        .bind(id)
        .fetch_optional(tx.conn())
        .await?
        .ok_or_else(|| not_found(id))
    }

    /// Everything held about a contact that is not deleted (erased ones included, anonymised):
    /// the record, its account, the opportunities it is on (deleted ones too, as they are still
    /// held and can be restored) and the audit trail of its record. The export is itself audited,
    /// and committed before the trail is read, so the trail ends with it.
    ///
    /// Six round trips: `BEGIN`, the contact with its account, the opportunities, the audit row and
    /// `COMMIT` (one transaction, the contact share-locked on PostgreSQL so that an erasure cannot
    /// land between the reads), then the trail.
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn export_contact(&self, actor: &Actor, id: &str) -> Result<ContactExport, AppError> {
        let read = self.write(actor, |tx| {
            Box::pin(async move {
                let row = sqlx::query(&format!(
                    "SELECT c.*, a.id AS a_id, a.name AS a_name, a.domain AS a_domain, a.industry AS a_industry, \
                     a.country AS a_country, a.employee_count AS a_employee_count, a.external_id AS a_external_id, \
                     a.tags AS a_tags, a.created_at AS a_created_at, a.updated_at AS a_updated_at, a.version AS a_version \
                     FROM (SELECT {COLUMNS} FROM contacts WHERE id = $1 AND deleted_at IS NULL{}) c \
                     JOIN accounts a ON a.id = c.account_id",
                    row_lock(self.backend(), " FOR SHARE")
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| not_found(id))?;
                let contact = ContactRecord::from_row(&row)?;
                let account = AccountRecord {
                    id: row.try_get("a_id")?,
                    name: row.try_get("a_name")?,
                    domain: row.try_get("a_domain")?,
                    industry: row.try_get("a_industry")?,
                    country: row.try_get("a_country")?,
                    employee_count: row.try_get("a_employee_count")?,
                    external_id: row.try_get("a_external_id")?,
                    tags: row.try_get("a_tags")?,
                    created_at: row.try_get("a_created_at")?,
                    updated_at: row.try_get("a_updated_at")?,
                    version: row.try_get("a_version")?,
                };
                let linked: Vec<(String, String, Option<String>, String)> = sqlx::query_as(&format!(
                    "SELECT id, name, primary_contact_id, contact_roles FROM opportunities \
                     WHERE id IN ({LINKED_OPPORTUNITIES}) ORDER BY created_at, id"
                ))
                .bind(id)
                .fetch_all(tx.conn())
                .await?;
                let opportunities = linked
                    .into_iter()
                    .map(
                        |(opportunity_id, name, primary_contact_id, contact_roles)| {
                            let roles: Vec<ContactRole> = serde_json::from_str(&contact_roles)
                                .map_err(|error| corrupt_roles(&opportunity_id, error))?;
                            Ok(Participation {
                                is_primary_contact: primary_contact_id.as_deref() == Some(id),
                                role: roles
                                    .into_iter()
                                    .find(|role| role.contact_id == id)
                                    .map(|role| role.role),
                                opportunity_id,
                                name,
                            })
                        },
                    )
                    .collect::<Result<Vec<_>, AppError>>()?;
                // An erased contact's names read "[erased]": nothing left to find.
                let mentioned_in = if contact.erased_at.is_some() {
                    Vec::new()
                } else {
                    notes_mentioning(tx, &contact, &redactor_of(&contact)).await?
                };
                let consents: Vec<ConsentEventRecord> = sqlx::query_as(
                    "SELECT id, contact_id, purpose, status, given_at, recorded_at, recorded_by, source, \
                     lawful_basis, text_version, evidence FROM consent_events WHERE contact_id = $1 \
                     ORDER BY given_at, recorded_at, id",
                )
                .bind(id)
                .fetch_all(tx.conn())
                .await?;
                tx.audit(
                    AuditAction::Export,
                    ResourceKind::Contact,
                    id,
                    Vec::<String>::new(),
                );
                Ok((contact, account, opportunities, mentioned_in, consents))
            })
        })
        .await?;
        let (contact, account, opportunities, mentioned_in, consents) = read;
        let audit_events = self.audit_trail(ResourceKind::Contact, id).await?;
        Ok(ContactExport {
            exported_at: now_micros(),
            contact,
            account,
            opportunities,
            mentioned_in,
            consents,
            audit_events,
        })
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
                let consents = super::consent_events::erase_consents(tx, id, now).await?;
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

    /// Restricts processing of a contact's data (it can then no longer be changed or linked to
    /// opportunities). Idempotent: restricting again with the same reason changes nothing (same
    /// version, no audit row); another reason replaces the recorded one.
    pub async fn restrict_processing(
        &self,
        actor: &Actor,
        id: &str,
        reason: String,
    ) -> Result<ContactRecord, AppError> {
        let reason = storable_reason(reason)?;
        self.change_flags(actor, id, FlagChange::Restrict { reason })
            .await
    }

    /// Lifts a processing restriction. Idempotent: a contact that is not restricted is unchanged.
    pub async fn unrestrict_processing(
        &self,
        actor: &Actor,
        id: &str,
    ) -> Result<ContactRecord, AppError> {
        self.change_flags(actor, id, FlagChange::Unrestrict).await
    }

    /// Places a legal hold (through the day `until`, or indefinitely), which suspends erasure and
    /// deletion; a day already past is refused (422 `hold_already_lapsed`). Idempotent like
    /// [`Store::restrict_processing`]; placing it again with another reason or day replaces them.
    ///
    /// The hold is in force through the day `until` (UTC); the retention job releases it from the
    /// day after (audited as a release by `system:retention`, see [`super::retention`]), and the
    /// contact is then erasable and purgeable like any other. Without `until` it lasts until an
    /// Admin releases it.
    pub async fn place_legal_hold(
        &self,
        actor: &Actor,
        id: &str,
        reason: String,
        until: Option<chrono::NaiveDate>,
    ) -> Result<ContactRecord, AppError> {
        if until.is_some_and(|until| until < chrono::Utc::now().date_naive()) {
            return Err(AppError::rule_at(
                "hold_already_lapsed",
                "/until",
                "A legal hold cannot end before today (UTC).",
            ));
        }
        let reason = storable_reason(reason)?;
        let until = until.map(|until| until.format("%Y-%m-%d").to_string());
        self.change_flags(actor, id, FlagChange::PlaceHold { reason, until })
            .await
    }

    /// Releases a legal hold. Idempotent: a contact that is not held is unchanged.
    pub async fn release_legal_hold(
        &self,
        actor: &Actor,
        id: &str,
    ) -> Result<ContactRecord, AppError> {
        self.change_flags(actor, id, FlagChange::ReleaseHold).await
    }

    /// Applies one flag operation to a contact that is not deleted nor erased. Writes (a new
    /// version, an audit row naming the columns changed) only when something changes.
    #[tracing::instrument(skip_all, fields(contact_id = %id, action = change.action().as_str()))]
    async fn change_flags(
        &self,
        actor: &Actor,
        id: &str,
        change: FlagChange,
    ) -> Result<ContactRecord, AppError> {
        self.write(actor, |tx| {
            let change = change.clone();
            Box::pin(async move {
                let current = self.lock_contact_for_gdpr(tx, id).await?;
                if current.record.erased_at.is_some() {
                    return Err(erased(id));
                }
                let before = GdprState::of(&current);
                let mut next = before.clone();
                let action = change.action();
                change.apply(&mut next);
                let changed = next.changed_from(&before);
                if changed.is_empty() {
                    // Nothing to write or audit.
                    tx.discard();
                    return Ok(current.record);
                }
                let record: ContactRecord = sqlx::query_as(&format!(
                    "UPDATE contacts SET processing_restricted = $1, restriction_reason = $2, legal_hold = $3, \
                     legal_hold_reason = $4, legal_hold_until = $5, updated_at = $6, version = version + 1 \
                     WHERE id = $7 RETURNING {COLUMNS}"
                ))
                .bind(next.processing_restricted)
                .bind(next.restriction_reason)
                .bind(next.legal_hold)
                .bind(next.legal_hold_reason)
                .bind(next.legal_hold_until)
                .bind(now_micros())
                .bind(id)
                .fetch_one(tx.conn())
                .await?;
                tx.audit(action, ResourceKind::Contact, id, changed);
                Ok(record)
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> GdprState {
        GdprState {
            processing_restricted: false,
            restriction_reason: None,
            legal_hold: false,
            legal_hold_reason: None,
            legal_hold_until: None,
        }
    }

    fn after(before: &GdprState, change: FlagChange) -> GdprState {
        let mut next = before.clone();
        change.apply(&mut next);
        next
    }

    #[test]
    fn a_flag_operation_changes_only_its_own_columns() {
        let before = state();
        let restricted = after(
            &before,
            FlagChange::Restrict {
                reason: "contested".to_owned(),
            },
        );
        assert_eq!(
            restricted.changed_from(&before),
            ["processing_restricted", "restriction_reason"]
        );
        let held = after(
            &restricted,
            FlagChange::PlaceHold {
                reason: "LH-17".to_owned(),
                until: Some("2027-06-30".to_owned()),
            },
        );
        assert_eq!(
            held.changed_from(&restricted),
            ["legal_hold", "legal_hold_reason", "legal_hold_until"]
        );
        assert!(held.processing_restricted);
        let released = after(&held, FlagChange::ReleaseHold);
        assert_eq!(released, restricted);
    }

    #[test]
    fn repeating_an_operation_changes_nothing_but_a_new_reason_is_a_change() {
        let restricted = after(
            &state(),
            FlagChange::Restrict {
                reason: "contested".to_owned(),
            },
        );
        let again = after(
            &restricted,
            FlagChange::Restrict {
                reason: "contested".to_owned(),
            },
        );
        assert!(again.changed_from(&restricted).is_empty());
        let reworded = after(
            &restricted,
            FlagChange::Restrict {
                reason: "objection".to_owned(),
            },
        );
        assert_eq!(reworded.changed_from(&restricted), ["restriction_reason"]);
        assert!(after(&state(), FlagChange::Unrestrict)
            .changed_from(&state())
            .is_empty());
        assert!(after(&state(), FlagChange::ReleaseHold)
            .changed_from(&state())
            .is_empty());
    }
}
