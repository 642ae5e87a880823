//! Batches: every item or none, each in a savepoint so that all failing items are reported.

use std::collections::HashSet;

use crate::domain::{Actor, Precondition};
use crate::error::{AppError, FieldError};
use crate::store::opportunities::OpportunityRecord;
use crate::store::tx::Tx;
use crate::store::Store;

use super::create::insert;
use super::patch::apply_patch;
use super::{OpportunityInput, OpportunityPatch};

/// The per-item errors of a failed batch: each error re-pointed under `/items/{index}`.
fn batch_failure(failures: Vec<(usize, AppError)>) -> AppError {
    let status = failures
        .iter()
        .map(|(_, error)| error.status())
        .max_by_key(|status| match status.as_u16() {
            403 => 4,
            412 => 3,
            404 => 2,
            409 => 1,
            _ => 0,
        })
        .unwrap_or(http::StatusCode::UNPROCESSABLE_ENTITY);
    let errors: Vec<FieldError> = failures
        .into_iter()
        .flat_map(|(index, error)| error.field_errors_under(&format!("/items/{index}")))
        .collect();
    match status.as_u16() {
        403 | 404 | 409 | 412 => AppError::BatchFailed { status, errors },
        _ => AppError::Validation(errors),
    }
}

/// Starts a batch item. Each item runs in its own savepoint so that a failing one can be undone on
/// its own: PostgreSQL refuses every further statement of a transaction after an error, and the
/// remaining items must still be checked, to point at every failing item in one answer.
async fn savepoint(tx: &mut Tx<'_>) -> Result<(), AppError> {
    sqlx::query("SAVEPOINT batch_item")
        .execute(tx.conn())
        .await?;
    Ok(())
}

async fn release_savepoint(tx: &mut Tx<'_>) -> Result<(), AppError> {
    sqlx::query("RELEASE SAVEPOINT batch_item")
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Undoes a failed batch item and gives back its error, to report with the others. A failure on
/// our side (the database is gone, say) is no fault of the item: it ends the batch at once.
async fn undo_item(tx: &mut Tx<'_>, error: AppError) -> Result<AppError, AppError> {
    if error.status().is_server_error() {
        return Err(error);
    }
    sqlx::query("ROLLBACK TO SAVEPOINT batch_item")
        .execute(tx.conn())
        .await?;
    release_savepoint(tx).await?;
    Ok(error)
}

impl Store {
    /// Creates every item or none; the error names each failing item, all of them: every item is
    /// checked, also after one has failed.
    pub async fn batch_create_opportunities(
        &self,
        actor: &Actor,
        items: Vec<OpportunityInput>,
    ) -> Result<Vec<OpportunityRecord>, AppError> {
        self.write(actor, |tx| {
            let items = items.clone();
            Box::pin(async move {
                let mut created = Vec::with_capacity(items.len());
                let mut failures = Vec::new();
                let mut external_ids = HashSet::new();
                for (index, item) in items.into_iter().enumerate() {
                    if let Some(external_id) = &item.external_id {
                        if !external_ids.insert(external_id.clone()) {
                            failures.push((
                                index,
                                AppError::conflict(
                                    "external_id_taken",
                                    "Two items have this external_id.",
                                ),
                            ));
                            continue;
                        }
                    }
                    savepoint(tx).await?;
                    match insert(tx, item).await {
                        Ok(record) => {
                            release_savepoint(tx).await?;
                            created.push(record);
                        }
                        Err(error) => failures.push((index, undo_item(tx, error).await?)),
                    }
                }
                if !failures.is_empty() {
                    return Err(batch_failure(failures));
                }
                Ok(created)
            })
        })
        .await
    }

    /// Applies every patch or none; the error names each failing item, all of them.
    pub async fn batch_update_opportunities(
        &self,
        actor: &Actor,
        items: Vec<(String, Precondition, OpportunityPatch)>,
    ) -> Result<Vec<OpportunityRecord>, AppError> {
        self.write(actor, |tx| {
            let items = items.clone();
            Box::pin(async move {
                let mut updated = Vec::with_capacity(items.len());
                let mut failures = Vec::new();
                let mut seen = HashSet::new();
                for (index, (id, precondition, patch)) in items.into_iter().enumerate() {
                    if !seen.insert(id.clone()) {
                        failures.push((
                            index,
                            AppError::rule_at(
                                "duplicate_item",
                                "/id",
                                "Each opportunity appears at most once.",
                            ),
                        ));
                        continue;
                    }
                    savepoint(tx).await?;
                    match apply_patch(tx, &id, precondition, patch).await {
                        Ok(record) => {
                            release_savepoint(tx).await?;
                            updated.push(record);
                        }
                        Err(error) => failures.push((index, undo_item(tx, error).await?)),
                    }
                }
                if !failures.is_empty() {
                    return Err(batch_failure(failures));
                }
                Ok(updated)
            })
        })
        .await
    }
}
