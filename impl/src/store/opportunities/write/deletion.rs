//! Soft deletion, restoring, and purging for good.

use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::opportunities::{not_found, OpportunityRecord, COLUMNS};
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, Store};

use super::checks::{changed_meanwhile, load_for_change};

impl Store {
    /// Soft delete: gone from reads, lists and reports until restored.
    pub async fn delete_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let current = load_for_change(tx, id, precondition).await?;
                let now = now_micros();
                let changed = sqlx::query(
                    "UPDATE opportunities SET deleted_at = $1, updated_at = $1, version = version + 1 WHERE id = $2 AND version = $3",
                )
                .bind(now)
                .bind(id)
                .bind(current.version)
                .execute(tx.conn())
                .await?;
                if changed.rows_affected() == 0 {
                    return Err(changed_meanwhile());
                }
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::Opportunity,
                    id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

    pub async fn restore_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<OpportunityRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let current: OpportunityRecord = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM opportunities WHERE id = $1 AND deleted_at IS NOT NULL"
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| AppError::NotFound(format!("There is no deleted opportunity {id}.")))?;
                precondition.check(current.version, "opportunity")?;
                tx.actor()
                    .ensure_may_change(&current.owner_id, "opportunity")?;
                let record: OpportunityRecord = sqlx::query_as(&format!(
                    "UPDATE opportunities SET deleted_at = NULL, updated_at = $1, version = version + 1 \
                     WHERE id = $2 AND version = $3 RETURNING {COLUMNS}"
                ))
                .bind(now_micros())
                .bind(id)
                .bind(current.version)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(changed_meanwhile)?;
                tx.audit(
                    AuditAction::Restore,
                    ResourceKind::Opportunity,
                    id,
                    Vec::<String>::new(),
                );
                Ok(record)
            })
        })
        .await
    }

    /// Permanent deletion with everything that hangs off the opportunity (deleted or not).
    pub async fn purge_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let version: Option<i64> =
                    sqlx::query_scalar("SELECT version FROM opportunities WHERE id = $1")
                        .bind(id)
                        .fetch_optional(tx.conn())
                        .await?;
                let version = version.ok_or_else(|| not_found(id))?;
                precondition.check(version, "opportunity")?;
                purge_rows(tx, id).await?;
                Ok(())
            })
        })
        .await
    }
}

/// Deletes an opportunity for good with the rows that belong to it, and audits the purge: the one
/// place that knows its child tables, for a purge on request and for the retention job alike.
pub(crate) async fn purge_rows(tx: &mut Tx<'_>, id: &str) -> Result<(), AppError> {
    for table in [
        "line_items",
        "notes",
        "stage_history",
        "opportunity_contacts",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE opportunity_id = $1"))
            .bind(id)
            .execute(tx.conn())
            .await?;
    }
    sqlx::query("DELETE FROM opportunities WHERE id = $1")
        .bind(id)
        .execute(tx.conn())
        .await?;
    tx.audit(
        AuditAction::Purge,
        ResourceKind::Opportunity,
        id,
        Vec::<String>::new(),
    );
    Ok(())
}
