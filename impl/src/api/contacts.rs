//! Contacts: people at accounts. Personal data, so every response that carries one says
//! `Cache-Control: no-store`, and reading one contact leaves a `read` event in the audit log.

use opportunity_api::models;
use opportunity_api::{
    CreateContactResponse, DeleteContactResponse, GetContactResponse, ListContactsResponse,
    UpdateContactResponse,
};
use swagger::ApiError;

use super::{actor, finish, nullable, patched, stored, ApiImpl};
use crate::domain::{etag, not_modified, Precondition};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::contacts::{ContactPatch, ContactQuery, ContactRecord, NewContact};
use crate::store::tx::ResourceKind;
use crate::store::{from_datetime, page, to_datetime};

/// The `Cache-Control` of every response that carries personal data.
pub(super) const NO_STORE: &str = "no-store";

pub(super) fn contact(record: ContactRecord) -> Result<models::Contact, AppError> {
    let lawful_basis = stored::value("contacts.lawful_basis", &record.lawful_basis)?;
    Ok(models::Contact {
        id: stored::uuid("contacts.id", &record.id)?,
        account_id: stored::uuid("contacts.account_id", &record.account_id)?,
        first_name: record.first_name,
        last_name: record.last_name,
        email: nullable(record.email),
        phone: nullable(record.phone),
        job_title: nullable(record.job_title),
        country: nullable(record.country),
        lawful_basis,
        marketing_consent: record.marketing_consent,
        consent_recorded_at: nullable(record.consent_recorded_at.map(to_datetime)),
        processing_restricted: record.processing_restricted,
        legal_hold: record.legal_hold,
        erased_at: nullable(record.erased_at.map(to_datetime)),
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
        version: record.version,
    })
}

pub(super) async fn create_contact(
    api: &ApiImpl,
    contact_create: models::ContactCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateContactResponse, ApiError> {
    let outcome = async {
        let new_contact = NewContact {
            account_id: contact_create.account_id.to_string(),
            first_name: contact_create.first_name,
            last_name: contact_create.last_name,
            email: contact_create.email,
            phone: contact_create.phone,
            job_title: contact_create.job_title,
            country: contact_create.country,
            lawful_basis: contact_create.lawful_basis.to_string(),
            marketing_consent: contact_create.marketing_consent,
        };
        let record = api
            .store()
            .create_contact(&actor(context)?, new_contact)
            .await?;
        Ok(CreateContactResponse::Created {
            e_tag: etag(record.version),
            location: format!("/v1/contacts/{}", record.id),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(context, outcome, CreateContactResponse::from_problem)
}

/// Lists are not audited read by read: an event per listed contact would multiply every page into
/// as many writes, and the access a data subject asks about is to their own record (`getContact`,
/// the export), which is.
pub(super) async fn list_contacts(
    api: &ApiImpl,
    limit: Option<u32>,
    cursor: Option<String>,
    q: Option<String>,
    updated_since: Option<chrono::DateTime<chrono::Utc>>,
    account_id: Option<uuid::Uuid>,
    context: &RequestContext,
) -> Result<ListContactsResponse, ApiError> {
    let outcome = async {
        let page = api
            .store()
            .list_contacts(ContactQuery {
                limit: page::limit(limit),
                cursor,
                account_id: account_id.map(|id| id.to_string()),
                text: q,
                updated_since: updated_since.as_ref().map(from_datetime),
            })
            .await?;
        Ok(ListContactsResponse::Ok {
            body: models::ContactPage {
                data: page
                    .rows
                    .into_iter()
                    .map(contact)
                    .collect::<Result<_, _>>()?,
                next_cursor: nullable(page.next_cursor),
            },
            cache_control: NO_STORE.to_owned(),
        })
    }
    .await;
    finish(context, outcome, ListContactsResponse::from_problem)
}

pub(super) async fn delete_contact(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeleteContactResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        api.store()
            .delete_contact(&actor(context)?, &contact_id.to_string(), precondition)
            .await?;
        Ok(DeleteContactResponse::NoContent)
    }
    .await;
    finish(context, outcome, DeleteContactResponse::from_problem)
}

/// Reading a contact is access to personal data, so every read that finds one records a `read`
/// event: one extra insert per read, before the answer is sent; if it fails, so does the read.
/// A 304 counts too: it tells the caller that the copy they hold is still current.
pub(super) async fn get_contact(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetContactResponse, ApiError> {
    let outcome = async {
        let record = api.store().contact(&contact_id.to_string()).await?;
        api.store()
            .record_read(&actor(context)?, ResourceKind::Contact, &record.id)
            .await?;
        if not_modified(if_none_match.as_deref(), record.version) {
            return Ok(GetContactResponse::NotModified {
                e_tag: etag(record.version),
            });
        }
        Ok(GetContactResponse::Ok {
            e_tag: etag(record.version),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(context, outcome, GetContactResponse::from_problem)
}

pub(super) async fn update_contact(
    api: &ApiImpl,
    contact_id: uuid::Uuid,
    if_match: String,
    contact_patch: models::ContactPatch,
    context: &RequestContext,
) -> Result<UpdateContactResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let patch = ContactPatch {
            account_id: contact_patch.account_id.map(|id| id.to_string()),
            first_name: contact_patch.first_name,
            last_name: contact_patch.last_name,
            email: patched(contact_patch.email),
            phone: patched(contact_patch.phone),
            job_title: patched(contact_patch.job_title),
            country: patched(contact_patch.country),
            lawful_basis: contact_patch.lawful_basis.map(|basis| basis.to_string()),
            marketing_consent: contact_patch.marketing_consent,
        };
        let record = api
            .store()
            .update_contact(
                &actor(context)?,
                &contact_id.to_string(),
                precondition,
                patch,
            )
            .await?;
        Ok(UpdateContactResponse::Ok {
            e_tag: etag(record.version),
            cache_control: NO_STORE.to_owned(),
            body: contact(record)?,
        })
    }
    .await;
    finish(context, outcome, UpdateContactResponse::from_problem)
}
