//! Stored opportunities as the contract's models.

use opportunity_api::models;

use super::nullable;
use super::stored;
use crate::domain::opportunity::{AmountSource, Status};
use crate::error::AppError;
use crate::store::opportunities::OpportunityRecord;
use crate::store::to_datetime;

/// The contract's `Opportunity` for a stored record; a stored value that does not decode is an
/// error (see [`stored`]).
pub(crate) fn opportunity(record: OpportunityRecord) -> Result<models::Opportunity, AppError> {
    let currency = stored::currency("opportunities.currency", &record.currency)?;
    let contact_roles = record
        .contact_roles()?
        .into_iter()
        .map(|role| {
            Ok(models::ContactRoleAssignment::new(
                stored::uuid("opportunities.contact_roles", &role.contact_id)?,
                stored::value("opportunities.contact_roles", &role.role)?,
            ))
        })
        .collect::<Result<_, AppError>>()?;
    Ok(models::Opportunity {
        id: stored::uuid("opportunities.id", &record.id)?,
        account_id: stored::uuid("opportunities.account_id", &record.account_id)?,
        primary_contact_id: nullable(stored::optional_uuid(
            "opportunities.primary_contact_id",
            record.primary_contact_id.as_deref(),
        )?),
        contact_roles,
        owner_id: record.owner_id,
        pipeline_id: stored::uuid("opportunities.pipeline_id", &record.pipeline_id)?,
        stage_id: stored::uuid("opportunities.stage_id", &record.stage_id)?,
        status: match record.status {
            Status::Open => models::OpportunityStatus::Open,
            Status::Won => models::OpportunityStatus::Won,
            Status::Lost => models::OpportunityStatus::Lost,
        },
        amount: currency.format_e4(record.amount_e4),
        currency: record.currency,
        amount_source: match record.amount_source {
            AmountSource::Manual => models::AmountSource::Manual,
            AmountSource::LineItems => models::AmountSource::LineItems,
        },
        probability: stored::int32("opportunities.probability", record.probability)?,
        expected_close_date: nullable(stored::date(
            "opportunities.expected_close_date",
            record.expected_close_date.as_deref(),
        )?),
        closed_at: nullable(record.closed_at.map(to_datetime)),
        lost_reason: nullable(record.lost_reason),
        next_step: nullable(record.next_step),
        source: nullable(record.source),
        description: nullable(record.description),
        tags: stored::strings("opportunities.tags", &record.tags)?,
        external_id: nullable(record.external_id),
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
        version: record.version,
        name: record.name,
    })
}
