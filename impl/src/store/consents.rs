//! A contact's consent history: append-only rows in `consent_events` (the database refuses any
//! other change, see the `append_only_logs` migrations), the current state derived from them by
//! [`crate::domain::consent::current_states`].

use sqlx::FromRow;

use super::contacts::{not_found, row_lock, ContactRecord, COLUMNS};
use super::tx::{AuditAction, ResourceKind, Tx};
use super::{now_micros, Store};
use crate::domain::Actor;
use crate::error::AppError;

const EVENT_COLUMNS: &str = "id, contact_id, purpose, status, given_at, recorded_at, recorded_by, \
     source, lawful_basis, text_version, evidence";

/// One consent given or withdrawn, as stored.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct ConsentEventRecord {
    pub id: String,
    pub contact_id: String,
    /// One of [`crate::domain::consent::PURPOSES`].
    pub purpose: String,
    /// `given` or `withdrawn`.
    pub status: String,
    pub given_at: i64,
    pub recorded_at: i64,
    /// The token `sub` of who recorded it.
    pub recorded_by: String,
    /// One of the contract's `ConsentSource` values.
    pub source: String,
    /// One of the contract's `LawfulBasis` values.
    pub lawful_basis: String,
    pub text_version: Option<String>,
    /// Personal data: cleared by an erasure.
    pub evidence: Option<String>,
}

/// A consent change to record, its values checked by the contract.
#[derive(Debug, Clone)]
pub struct NewConsent {
    pub purpose: String,
    pub given: bool,
    pub source: String,
    pub lawful_basis: String,
    pub text_version: Option<String>,
    /// When the person gave or withdrew it; now when `None`.
    pub given_at: Option<i64>,
    pub evidence: Option<String>,
}

/// What the source of a consent withdrawn by an erasure reads.
pub const ERASURE_SOURCE: &str = "erasure";

/// How far in the future a `given_at` may lie (clock skew between the caller and us).
const FUTURE_TOLERANCE_MICROS: i64 = 5 * 60 * 1_000_000;

impl Store {
    /// The consent history of a contact that is not deleted (erased ones included), oldest first
    /// (by when it was given, then when it was recorded).
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn consent_history(&self, id: &str) -> Result<Vec<ConsentEventRecord>, AppError> {
        let exists: Option<(String,)> =
            sqlx::query_as("SELECT id FROM contacts WHERE id = $1 AND deleted_at IS NULL")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        if exists.is_none() {
            return Err(not_found(id));
        }
        Ok(sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS} FROM consent_events WHERE contact_id = $1 \
             ORDER BY given_at, recorded_at, id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Appends a consent change for a contact that is neither deleted nor erased (409
    /// `contact_erased`). A `marketing_email` change also sets the contact's `marketing_consent`
    /// and `consent_recorded_at` (a new version). Audited as an update of the contact naming
    /// `consents` (and those two fields when they changed).
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn record_consent(
        &self,
        actor: &Actor,
        id: &str,
        change: NewConsent,
    ) -> Result<ConsentEventRecord, AppError> {
        let now = now_micros();
        if change
            .given_at
            .is_some_and(|at| at > now + FUTURE_TOLERANCE_MICROS)
        {
            return Err(AppError::rule_at(
                "consent_in_future",
                "/given_at",
                "A consent cannot be given or withdrawn in the future.",
            ));
        }
        if change
            .evidence
            .as_deref()
            .is_some_and(|evidence| evidence.contains('\0'))
        {
            return Err(AppError::rule_at(
                "invalid_text",
                "/evidence",
                "The evidence cannot contain NUL characters.",
            ));
        }
        self.write(actor, |tx| {
            let change = change.clone();
            Box::pin(async move {
                let contact: ContactRecord = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM contacts WHERE id = $1 AND deleted_at IS NULL{}",
                    row_lock(self.backend(), " FOR NO KEY UPDATE")
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| not_found(id))?;
                if contact.erased_at.is_some() {
                    return Err(AppError::conflict(
                        "contact_erased",
                        format!(
                            "The personal data of contact {id} was erased; there is nothing left to act on."
                        ),
                    ));
                }
                let now = now_micros();
                let event = ConsentEventRecord {
                    id: uuid::Uuid::now_v7().to_string(),
                    contact_id: id.to_owned(),
                    purpose: change.purpose,
                    status: if change.given { "given" } else { "withdrawn" }.to_owned(),
                    given_at: change.given_at.unwrap_or(now),
                    recorded_at: now,
                    recorded_by: tx.actor().subject.clone(),
                    source: change.source,
                    lawful_basis: change.lawful_basis,
                    text_version: change.text_version,
                    evidence: change.evidence,
                };
                insert_event(tx, &event).await?;
                let mut fields = vec!["consents"];
                if event.purpose == "marketing_email" {
                    sqlx::query(
                        "UPDATE contacts SET marketing_consent = $1, consent_recorded_at = $2, \
                         updated_at = $2, version = version + 1 WHERE id = $3",
                    )
                    .bind(change.given)
                    .bind(now)
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                    fields.extend(["marketing_consent", "consent_recorded_at"]);
                }
                tx.audit(AuditAction::Update, ResourceKind::Contact, id, fields);
                Ok(event)
            })
        })
        .await
    }
}

async fn insert_event(tx: &mut Tx<'_>, event: &ConsentEventRecord) -> Result<(), AppError> {
    sqlx::query(&format!(
        "INSERT INTO consent_events ({EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    ))
    .bind(&event.id)
    .bind(&event.contact_id)
    .bind(&event.purpose)
    .bind(&event.status)
    .bind(event.given_at)
    .bind(event.recorded_at)
    .bind(&event.recorded_by)
    .bind(&event.source)
    .bind(&event.lawful_basis)
    .bind(&event.text_version)
    .bind(&event.evidence)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A contact's `marketing_consent` set through `createContact` or `updateContact`, as a change of
/// its `marketing_email` consent: source `other`, basis `consent`, no text version or evidence (the
/// contact operations take none). Keeps the history, and the state derived from it, in step with
/// the contact's flag.
pub(super) async fn record_marketing_flag(
    tx: &mut Tx<'_>,
    contact_id: &str,
    given: bool,
    now: i64,
) -> Result<(), AppError> {
    let event = ConsentEventRecord {
        id: uuid::Uuid::now_v7().to_string(),
        contact_id: contact_id.to_owned(),
        purpose: "marketing_email".to_owned(),
        status: if given { "given" } else { "withdrawn" }.to_owned(),
        given_at: now,
        recorded_at: now,
        recorded_by: tx.actor().subject.clone(),
        source: "other".to_owned(),
        lawful_basis: "consent".to_owned(),
        text_version: None,
        evidence: None,
    };
    insert_event(tx, &event).await
}

/// The erasure's part: every purpose still given is withdrawn (source `erasure`, by the erasing
/// actor), and the evidence of every change is cleared. What stays says what was agreed, when, on
/// which basis and text, and who recorded it: the accountability record, with nothing that
/// identifies the person but the (anonymised) contact's id. Returns the fields changed, if any.
pub(super) async fn erase_consents(
    tx: &mut Tx<'_>,
    contact_id: &str,
    now: i64,
) -> Result<Vec<&'static str>, AppError> {
    let history: Vec<ConsentEventRecord> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM consent_events WHERE contact_id = $1"
    ))
    .bind(contact_id)
    .fetch_all(tx.conn())
    .await?;
    let states = crate::domain::consent::current_states(history.iter().map(|event| {
        crate::domain::consent::ConsentChange {
            purpose: &event.purpose,
            given: event.status == "given",
            given_at: event.given_at,
            recorded_at: event.recorded_at,
        }
    }));
    let mut fields = Vec::new();
    for state in states.into_iter().filter(|state| state.given) {
        let withdrawal = ConsentEventRecord {
            id: uuid::Uuid::now_v7().to_string(),
            contact_id: contact_id.to_owned(),
            purpose: state.purpose.to_owned(),
            status: "withdrawn".to_owned(),
            given_at: now,
            recorded_at: now,
            recorded_by: tx.actor().subject.clone(),
            source: ERASURE_SOURCE.to_owned(),
            lawful_basis: history
                .iter()
                .rev()
                .find(|event| event.purpose == state.purpose)
                .map(|event| event.lawful_basis.clone())
                .unwrap_or_else(|| "consent".to_owned()),
            text_version: None,
            evidence: None,
        };
        insert_event(tx, &withdrawal).await?;
        fields.push("consents");
    }
    let cleared = sqlx::query(
        "UPDATE consent_events SET evidence = NULL WHERE contact_id = $1 AND evidence IS NOT NULL",
    )
    .bind(contact_id)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if cleared > 0 {
        fields.push("consent_evidence");
    }
    fields.dedup();
    Ok(fields)
}
