//! A contact's consent history: append-only rows in `consent_events` (the database refuses any
//! other change, see the `append_only_logs` migrations), the current state derived from them by
//! [`crate::domain::consent::current_states`].

use super::consent_events::{insert_event, EVENT_COLUMNS};
pub use super::consent_events::{ConsentEventRecord, ERASURE_SOURCE};
use super::contacts::{not_found, row_lock, ContactRecord, COLUMNS};
use super::tx::{AuditAction, ResourceKind};
use super::{now_micros, Store};
use crate::domain::consent::{ConsentStatus, Purpose};
use crate::domain::Actor;
use crate::error::AppError;

/// A consent change to record, its values checked by the contract.
#[derive(Debug, Clone)]
pub struct NewConsent {
    pub purpose: Purpose,
    pub given: bool,
    pub source: String,
    pub lawful_basis: String,
    pub text_version: Option<String>,
    /// When the person gave or withdrew it; now when `None`.
    pub given_at: Option<i64>,
    pub evidence: Option<String>,
}

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
                    status: ConsentStatus::of(change.given),
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
                if event.purpose.sets_marketing_flag() {
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
