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
use super::contacts::{not_found, row_lock, ContactRecord, COLUMNS};
use super::opportunities::items::NoteRecord;
use super::tx::Tx;
use super::Store;
use crate::error::AppError;
use crate::inventory::ErasureReach;

mod erasure;
mod export;
mod flags;
mod redaction;

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
/// free-text fields it redacts the person's mentions in
/// ([`redact_free_text`](redaction::redact_free_text)).
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
    /// The notes that mention the person by name, e-mail or phone (as
    /// [`Redactor`](crate::domain::redaction::Redactor) matches them), on the opportunities of the
    /// contact's account and those the contact is on, oldest first.
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

fn erased(id: &str) -> AppError {
    AppError::conflict(
        "contact_erased",
        format!("The personal data of contact {id} was erased; there is nothing left to act on."),
    )
}

impl Store {
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
}
