//! Restriction of processing (article 18) and legal holds: the four flag operations on a contact.

use crate::domain::Actor;
use crate::error::AppError;
use crate::store::contacts::{ContactRecord, COLUMNS};
use crate::store::tx::{AuditAction, ResourceKind};
use crate::store::{now_micros, Store};

use super::{erased, Locked};

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

impl Store {
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
    /// day after (audited as a release by `system:retention`, see [`crate::store::retention`]), and the
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
mod tests;
