//! GDPR: data-subject rights over contacts. Admin only (the edge checks the contract's `x-roles`).
//! Every answer that carries the contact says `Cache-Control: no-store`.

use opportunity_api::models;
use opportunity_api::{
    EraseContactResponse, ExportContactDataResponse, PlaceLegalHoldResponse,
    ReleaseLegalHoldResponse, RestrictContactProcessingResponse,
    UnrestrictContactProcessingResponse,
};
use swagger::ApiError;

use super::accounts::account;
use super::audit::audit_event;
use super::consents::history as consent_history;
use super::contacts::{contact, NO_STORE};
use super::opportunities::note;
use super::stored;
use super::{actor, finish, nullable, ApiImpl};
use crate::domain::etag;
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::gdpr::{ContactExport, Participation};
use crate::store::to_datetime;

/// The version of the export document's format.
const EXPORT_FORMAT_VERSION: &str = "1";

fn participation(participation: Participation) -> Result<models::ExportedOpportunity, AppError> {
    Ok(models::ExportedOpportunity {
        opportunity_id: stored::uuid("opportunities.id", &participation.opportunity_id)?,
        name: participation.name,
        is_primary_contact: participation.is_primary_contact,
        role: nullable(participation.role),
    })
}

fn export_document(export: ContactExport) -> Result<models::DataSubjectExport, AppError> {
    let consents = consent_history(&export.contact.id, export.consents)?;
    Ok(models::DataSubjectExport {
        format_version: EXPORT_FORMAT_VERSION.to_owned(),
        exported_at: to_datetime(export.exported_at),
        contact: contact(export.contact)?,
        account: account(export.account)?,
        opportunities: export
            .opportunities
            .into_iter()
            .map(participation)
            .collect::<Result<_, _>>()?,
        mentioned_in: export
            .mentioned_in
            .into_iter()
            .map(note)
            .collect::<Result<_, _>>()?,
        consents,
        audit_events: export
            .audit_events
            .into_iter()
            .map(audit_event)
            .collect::<Result<_, _>>()?,
    })
}

pub(super) async fn export_contact_data(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<ExportContactDataResponse, ApiError> {
    let outcome = async {
        let export = api
            .store()
            .export_contact(&actor(context)?, &contact_id.to_string())
            .await?;
        Ok(ExportContactDataResponse::Ok {
            body: export_document(export)?,
            cache_control: NO_STORE.to_owned(),
        })
    }
    .await;
    finish(context, outcome, ExportContactDataResponse::from_problem)
}

/// The erasure's `reason` is checked by the contract (1-500 characters) but not kept: no column
/// holds it, and the audit row (with the request id) is the record of the erasure.
pub(super) async fn erase_contact(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    _erasure_request: models::ErasureRequest,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<EraseContactResponse, ApiError> {
    let outcome = async {
        let erasure = api
            .store()
            .erase_contact(&actor(context)?, &contact_id.to_string())
            .await?;
        Ok(EraseContactResponse::Ok(models::ErasureReceipt {
            contact_id: stored::uuid("contacts.id", &erasure.contact_id)?,
            erased_at: to_datetime(erasure.erased_at),
            erased_fields: erasure
                .erased_fields
                .into_iter()
                .map(str::to_owned)
                .collect(),
            opportunities_retained: erasure.opportunities_retained,
        }))
    }
    .await;
    finish(context, outcome, EraseContactResponse::from_problem)
}

pub(super) async fn restrict_contact_processing(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    restriction_request: models::RestrictionRequest,
    context: &RequestContext,
) -> Result<RestrictContactProcessingResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .restrict_processing(
                &actor(context)?,
                &contact_id.to_string(),
                restriction_request.reason,
            )
            .await?;
        Ok(RestrictContactProcessingResponse::Ok {
            e_tag: etag(record.version),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(
        context,
        outcome,
        RestrictContactProcessingResponse::from_problem,
    )
}

pub(super) async fn unrestrict_contact_processing(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<UnrestrictContactProcessingResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .unrestrict_processing(&actor(context)?, &contact_id.to_string())
            .await?;
        Ok(UnrestrictContactProcessingResponse::Ok {
            e_tag: etag(record.version),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(
        context,
        outcome,
        UnrestrictContactProcessingResponse::from_problem,
    )
}

pub(super) async fn place_legal_hold(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    legal_hold_request: models::LegalHoldRequest,
    context: &RequestContext,
) -> Result<PlaceLegalHoldResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .place_legal_hold(
                &actor(context)?,
                &contact_id.to_string(),
                legal_hold_request.reason,
                legal_hold_request.until,
            )
            .await?;
        Ok(PlaceLegalHoldResponse::Ok {
            e_tag: etag(record.version),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(context, outcome, PlaceLegalHoldResponse::from_problem)
}

pub(super) async fn release_legal_hold(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<ReleaseLegalHoldResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .release_legal_hold(&actor(context)?, &contact_id.to_string())
            .await?;
        Ok(ReleaseLegalHoldResponse::Ok {
            e_tag: etag(record.version),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(context, outcome, ReleaseLegalHoldResponse::from_problem)
}
