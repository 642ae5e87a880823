//! A contact's consent history (tag Contacts): read it, append to it.

use opportunity_api::models;
use opportunity_api::{GetContactConsentsResponse, RecordContactConsentResponse};
use swagger::ApiError;

use super::contacts::NO_STORE;
use super::{actor, finish, nullable, stored, ApiImpl};
use crate::domain::consent::{current_states, ConsentChange, ConsentStatus, Purpose};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::consents::{ConsentEventRecord, NewConsent};
use crate::store::{from_datetime, to_datetime};

fn purpose_model(purpose: Purpose) -> models::ConsentPurpose {
    match purpose {
        Purpose::MarketingEmail => models::ConsentPurpose::MarketingEmail,
        Purpose::MarketingCalls => models::ConsentPurpose::MarketingCalls,
        Purpose::Profiling => models::ConsentPurpose::Profiling,
    }
}

fn event(record: ConsentEventRecord) -> Result<models::ConsentEvent, AppError> {
    Ok(models::ConsentEvent {
        id: stored::uuid("consent_events.id", &record.id)?,
        contact_id: stored::uuid("consent_events.contact_id", &record.contact_id)?,
        purpose: purpose_model(record.purpose),
        status: match record.status {
            ConsentStatus::Given => models::ConsentStatus::Given,
            ConsentStatus::Withdrawn => models::ConsentStatus::Withdrawn,
        },
        given_at: to_datetime(record.given_at),
        recorded_at: to_datetime(record.recorded_at),
        recorded_by: record.recorded_by,
        source: stored::value("consent_events.source", &record.source)?,
        lawful_basis: stored::value("consent_events.lawful_basis", &record.lawful_basis)?,
        text_version: nullable(record.text_version),
        evidence: nullable(record.evidence),
    })
}

/// The history as the contract shows it, with the state of every purpose derived from it.
pub(super) fn history(
    contact_id: &str,
    records: Vec<ConsentEventRecord>,
) -> Result<models::ConsentHistory, AppError> {
    let current = current_states(records.iter().map(|record| ConsentChange {
        purpose: record.purpose,
        given: record.status == ConsentStatus::Given,
        given_at: record.given_at,
        recorded_at: record.recorded_at,
    }))
    .into_iter()
    .map(|state| {
        Ok(models::ConsentState {
            purpose: purpose_model(state.purpose),
            status: if state.given {
                models::ConsentStatus::Given
            } else {
                models::ConsentStatus::Withdrawn
            },
            since: nullable(state.since.map(to_datetime)),
        })
    })
    .collect::<Result<_, AppError>>()?;
    Ok(models::ConsentHistory {
        contact_id: stored::uuid("contacts.id", contact_id)?,
        current,
        history: records.into_iter().map(event).collect::<Result<_, _>>()?,
    })
}

pub(super) async fn get_contact_consents(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<GetContactConsentsResponse, ApiError> {
    let outcome = async {
        let id = contact_id.to_string();
        let records = api.store().consent_history(&id).await?;
        Ok(GetContactConsentsResponse::Ok {
            body: history(&id, records)?,
            cache_control: NO_STORE.to_owned(),
        })
    }
    .await;
    finish(context, outcome, GetContactConsentsResponse::from_problem)
}

pub(super) async fn record_contact_consent(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    change: models::ConsentChange,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<RecordContactConsentResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .record_consent(
                &actor(context)?,
                &contact_id.to_string(),
                NewConsent {
                    purpose: match change.purpose {
                        models::ConsentPurpose::MarketingEmail => Purpose::MarketingEmail,
                        models::ConsentPurpose::MarketingCalls => Purpose::MarketingCalls,
                        models::ConsentPurpose::Profiling => Purpose::Profiling,
                    },
                    given: change.status == models::ConsentStatus::Given,
                    source: change.source.to_string(),
                    lawful_basis: change.lawful_basis.to_string(),
                    text_version: change.text_version,
                    given_at: change.given_at.as_ref().map(from_datetime),
                    evidence: change.evidence,
                },
            )
            .await?;
        Ok(RecordContactConsentResponse::Created {
            body: event(record)?,
            cache_control: NO_STORE.to_owned(),
        })
    }
    .await;
    finish(context, outcome, RecordContactConsentResponse::from_problem)
}
