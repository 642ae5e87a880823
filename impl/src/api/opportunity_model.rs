//! Stored opportunities as the contract's models.

use opportunity_api::models;

use super::{list, nullable};
use crate::domain::money::Currency;
use crate::store::opportunities::OpportunityRecord;
use crate::store::to_datetime;

/// The contract's `Opportunity` for a stored record.
pub(crate) fn opportunity(record: OpportunityRecord) -> models::Opportunity {
    let currency = Currency::parse(&record.currency);
    let amount = currency.map_or_else(
        || record.amount_e4.to_string(),
        |currency| currency.format_e4(record.amount_e4),
    );
    let contact_roles = record
        .contact_roles()
        .into_iter()
        .filter_map(|role| {
            Some(models::ContactRoleAssignment::new(
                role.contact_id.parse().ok()?,
                role.role.parse().ok()?,
            ))
        })
        .collect();
    models::Opportunity {
        id: record.id.parse().unwrap_or_default(),
        name: record.name,
        account_id: record.account_id.parse().unwrap_or_default(),
        primary_contact_id: nullable(record.primary_contact_id.and_then(|id| id.parse().ok())),
        contact_roles,
        owner_id: record.owner_id,
        pipeline_id: record.pipeline_id.parse().unwrap_or_default(),
        stage_id: record.stage_id.parse().unwrap_or_default(),
        status: record
            .status
            .parse()
            .unwrap_or(models::OpportunityStatus::Open),
        amount,
        currency: record.currency,
        amount_source: record
            .amount_source
            .parse()
            .unwrap_or(models::AmountSource::Manual),
        probability: i32::try_from(record.probability).unwrap_or_default(),
        expected_close_date: nullable(
            record
                .expected_close_date
                .and_then(|date| chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok()),
        ),
        closed_at: nullable(record.closed_at.map(to_datetime)),
        lost_reason: nullable(record.lost_reason),
        next_step: nullable(record.next_step),
        source: nullable(record.source),
        description: nullable(record.description),
        tags: list(&record.tags),
        external_id: nullable(record.external_id),
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
        version: record.version,
    }
}
