//! What the writes share: loading an opportunity for a change, reading its stored status and
//! currency, and the errors of a write that lost a race or a unique key.

use crate::domain::money::Currency;
use crate::domain::Precondition;
use crate::error::AppError;
use crate::store::opportunities::{not_found, OpportunityRecord, COLUMNS};
use crate::store::tx::Tx;
use crate::store::unique_violation;

pub(super) fn external_id_taken(error: sqlx::Error) -> AppError {
    if unique_violation(&error) {
        AppError::conflict(
            "external_id_taken",
            "Another opportunity already has this external_id.",
        )
    } else {
        error.into()
    }
}

/// Loads an opportunity for a change by `actor`: it exists, the precondition holds, and the actor owns it or is an Admin.
pub(super) async fn load_for_change(
    tx: &mut Tx<'_>,
    id: &str,
    precondition: Precondition,
) -> Result<OpportunityRecord, AppError> {
    let current: OpportunityRecord = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM opportunities WHERE id = $1 AND deleted_at IS NULL"
    ))
    .bind(id)
    .fetch_optional(tx.conn())
    .await?
    .ok_or_else(|| not_found(id))?;
    precondition.check(current.version, "opportunity")?;
    tx.actor()
        .ensure_may_change(&current.owner_id, "opportunity")?;
    Ok(current)
}

pub(super) fn currency_of(record: &OpportunityRecord) -> Result<Currency, AppError> {
    Currency::parse(&record.currency).ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!(
            "stored currency {} is unknown",
            record.currency
        ))
    })
}

pub(super) fn changed_meanwhile() -> AppError {
    AppError::PreconditionFailed(
        "The opportunity changed while this request was applied. Read it again and retry."
            .to_owned(),
    )
}
