//! The export (articles 15 and 20): everything held about a contact, as one document.

use sqlx::{FromRow, Row as _};

use crate::domain::Actor;
use crate::error::AppError;
use crate::store::accounts::AccountRecord;
use crate::store::consent_events::ConsentEventRecord;
use crate::store::contacts::{not_found, row_lock, ContactRecord, COLUMNS, LINKED_OPPORTUNITIES};
use crate::store::opportunities::ContactRole;
use crate::store::tx::{AuditAction, ResourceKind};
use crate::store::{now_micros, Store};

use super::redaction::{notes_mentioning, redactor_of};
use super::{ContactExport, Participation};

/// A contact's stored `contact_roles` that do not parse: the store wrote them, so this is ours.
fn corrupt_roles(opportunity_id: &str, error: serde_json::Error) -> AppError {
    AppError::Internal(anyhow::Error::new(error).context(format!(
        "the contact_roles of opportunity {opportunity_id} are not a JSON array of roles"
    )))
}

impl Store {
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
}
