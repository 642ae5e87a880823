use bytes::Bytes;
use futures::{future, future::BoxFuture, future::FutureExt, stream, stream::TryStreamExt, Stream};
use http_body_util::{combinators::BoxBody, Full};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{
    body::{Body, Incoming},
    HeaderMap, Request, Response, StatusCode,
};
use log::warn;
#[cfg(feature = "validate")]
use serde_valid::Validate;
#[allow(unused_imports)]
use std::convert::{TryFrom, TryInto};
use std::future::Future;
use std::marker::PhantomData;
use std::task::{Context, Poll};
use std::{convert::Infallible, error::Error};
pub use swagger::auth::Authorization;
use swagger::auth::Scopes;
use swagger::{ApiError, BodyExt, Has, RequestParser, XSpanIdString};
use url::form_urlencoded;

#[allow(unused_imports)]
use crate::{header, models, AuthenticationApi};

pub use crate::context;

type ServiceFuture =
    BoxFuture<'static, Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>>;

use crate::{
    Api, BatchCreateOpportunitiesResponse, BatchUpdateOpportunitiesResponse, CreateAccountResponse,
    CreateContactResponse, CreateLineItemResponse, CreateNoteResponse, CreateOpportunityResponse,
    CreatePipelineResponse, CreateStageResponse, DeleteAccountResponse, DeleteContactResponse,
    DeleteLineItemResponse, DeleteNoteResponse, DeleteOpportunityResponse, DeletePipelineResponse,
    DeleteStageResponse, EraseContactResponse, ExportContactDataResponse, GetAccountResponse,
    GetContactResponse, GetContractResponse, GetForecastResponse, GetLivenessResponse,
    GetOpportunityResponse, GetPipelineResponse, GetPipelineSummaryResponse, GetReadinessResponse,
    ListAccountsResponse, ListAuditEventsResponse, ListChangeEventsResponse, ListContactsResponse,
    ListLineItemsResponse, ListNotesResponse, ListOpportunitiesResponse, ListPipelinesResponse,
    ListStageHistoryResponse, LoseOpportunityResponse, MoveOpportunityStageResponse,
    PlaceLegalHoldResponse, PurgeOpportunityResponse, ReleaseLegalHoldResponse,
    ReopenOpportunityResponse, RestoreOpportunityResponse, RestrictContactProcessingResponse,
    UnrestrictContactProcessingResponse, UpdateAccountResponse, UpdateContactResponse,
    UpdateLineItemResponse, UpdateOpportunityResponse, UpdatePipelineResponse, UpdateStageResponse,
    UpsertOpportunityByExternalIdResponse, WinOpportunityResponse,
};

mod server_auth;

mod paths {
    use lazy_static::lazy_static;

    lazy_static! {
        pub static ref GLOBAL_REGEX_SET: regex::RegexSet = regex::RegexSet::new(vec![
            r"^/v1/accounts$",
            r"^/v1/accounts/(?P<account_id>[^/?#]*)$",
            r"^/v1/audit-events$",
            r"^/v1/contacts$",
            r"^/v1/contacts/(?P<contact_id>[^/?#]*)$",
            r"^/v1/events$",
            r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/erasure$",
            r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/export$",
            r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/legal-hold$",
            r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/restriction$",
            r"^/v1/health/live$",
            r"^/v1/health/ready$",
            r"^/v1/openapi.json$",
            r"^/v1/opportunities$",
            r"^/v1/opportunities/batch-create$",
            r"^/v1/opportunities/batch-update$",
            r"^/v1/opportunities/by-external-id/(?P<external_id>[^/?#]*)$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/line-items$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/line-items/(?P<line_item_id>[^/?#]*)$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/lose$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/move$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/notes$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/notes/(?P<note_id>[^/?#]*)$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/purge$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/reopen$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/restore$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/stage-history$",
            r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/win$",
            r"^/v1/pipelines$",
            r"^/v1/pipelines/(?P<pipeline_id>[^/?#]*)$",
            r"^/v1/pipelines/(?P<pipeline_id>[^/?#]*)/stages$",
            r"^/v1/pipelines/(?P<pipeline_id>[^/?#]*)/stages/(?P<stage_id>[^/?#]*)$",
            r"^/v1/reports/forecast$",
            r"^/v1/reports/pipeline-summary$"
        ])
        .expect("Unable to create global regex set");
    }
    pub(crate) static ID_V1_ACCOUNTS: usize = 0;
    pub(crate) static ID_V1_ACCOUNTS_ACCOUNT_ID: usize = 1;
    lazy_static! {
        pub static ref REGEX_V1_ACCOUNTS_ACCOUNT_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/accounts/(?P<account_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_ACCOUNTS_ACCOUNT_ID");
    }
    pub(crate) static ID_V1_AUDIT_EVENTS: usize = 2;
    pub(crate) static ID_V1_CONTACTS: usize = 3;
    pub(crate) static ID_V1_CONTACTS_CONTACT_ID: usize = 4;
    lazy_static! {
        pub static ref REGEX_V1_CONTACTS_CONTACT_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/contacts/(?P<contact_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_CONTACTS_CONTACT_ID");
    }
    pub(crate) static ID_V1_EVENTS: usize = 5;
    pub(crate) static ID_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE: usize = 6;
    lazy_static! {
        pub static ref REGEX_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/erasure$")
                .expect("Unable to create regex for V1_GDPR_CONTACTS_CONTACT_ID_ERASURE");
    }
    pub(crate) static ID_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT: usize = 7;
    lazy_static! {
        pub static ref REGEX_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/export$")
                .expect("Unable to create regex for V1_GDPR_CONTACTS_CONTACT_ID_EXPORT");
    }
    pub(crate) static ID_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD: usize = 8;
    lazy_static! {
        pub static ref REGEX_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/legal-hold$")
                .expect("Unable to create regex for V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD");
    }
    pub(crate) static ID_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION: usize = 9;
    lazy_static! {
        pub static ref REGEX_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/gdpr/contacts/(?P<contact_id>[^/?#]*)/restriction$")
                .expect("Unable to create regex for V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION");
    }
    pub(crate) static ID_V1_HEALTH_LIVE: usize = 10;
    pub(crate) static ID_V1_HEALTH_READY: usize = 11;
    pub(crate) static ID_V1_OPENAPI_JSON: usize = 12;
    pub(crate) static ID_V1_OPPORTUNITIES: usize = 13;
    pub(crate) static ID_V1_OPPORTUNITIES_BATCH_CREATE: usize = 14;
    pub(crate) static ID_V1_OPPORTUNITIES_BATCH_UPDATE: usize = 15;
    pub(crate) static ID_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID: usize = 16;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/by-external-id/(?P<external_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID: usize = 17;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS: usize = 18;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/line-items$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID: usize = 19;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/line-items/(?P<line_item_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE: usize = 20;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/lose$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE: usize = 21;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/move$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES: usize = 22;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/notes$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID: usize = 23;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(
                r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/notes/(?P<note_id>[^/?#]*)$"
            )
            .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE: usize = 24;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/purge$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN: usize = 25;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/reopen$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE: usize = 26;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/restore$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY: usize = 27;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/stage-history$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY");
    }
    pub(crate) static ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN: usize = 28;
    lazy_static! {
        pub static ref REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/opportunities/(?P<opportunity_id>[^/?#]*)/win$")
                .expect("Unable to create regex for V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN");
    }
    pub(crate) static ID_V1_PIPELINES: usize = 29;
    pub(crate) static ID_V1_PIPELINES_PIPELINE_ID: usize = 30;
    lazy_static! {
        pub static ref REGEX_V1_PIPELINES_PIPELINE_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/pipelines/(?P<pipeline_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_PIPELINES_PIPELINE_ID");
    }
    pub(crate) static ID_V1_PIPELINES_PIPELINE_ID_STAGES: usize = 31;
    lazy_static! {
        pub static ref REGEX_V1_PIPELINES_PIPELINE_ID_STAGES: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/pipelines/(?P<pipeline_id>[^/?#]*)/stages$")
                .expect("Unable to create regex for V1_PIPELINES_PIPELINE_ID_STAGES");
    }
    pub(crate) static ID_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID: usize = 32;
    lazy_static! {
        pub static ref REGEX_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(
                r"^/v1/pipelines/(?P<pipeline_id>[^/?#]*)/stages/(?P<stage_id>[^/?#]*)$"
            )
            .expect("Unable to create regex for V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID");
    }
    pub(crate) static ID_V1_REPORTS_FORECAST: usize = 33;
    pub(crate) static ID_V1_REPORTS_PIPELINE_SUMMARY: usize = 34;
}

pub struct MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    api_impl: T,
    marker: PhantomData<C>,
    validation: bool,
}

impl<T, C> MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    pub fn new(api_impl: T) -> Self {
        MakeService {
            api_impl,
            marker: PhantomData,
            validation: false,
        }
    }

    // Turn on/off validation for the service being made.
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation;
    }
}

impl<T, C> Clone for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        Self {
            api_impl: self.api_impl.clone(),
            marker: PhantomData,
            validation: self.validation,
        }
    }
}

impl<T, C, Target> hyper::service::Service<Target> for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    type Response = Service<T, C>;
    type Error = crate::ServiceError;
    type Future = future::Ready<Result<Self::Response, Self::Error>>;

    fn call(&self, target: Target) -> Self::Future {
        let service = Service::new(self.api_impl.clone(), self.validation);

        future::ok(service)
    }
}

fn method_not_allowed() -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError> {
    Ok(Response::builder()
        .status(StatusCode::METHOD_NOT_ALLOWED)
        .body(BoxBody::new(http_body_util::Empty::new()))
        .expect("Unable to create Method Not Allowed response"))
}

#[allow(unused_macros)]
#[cfg(not(feature = "validate"))]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => {};
}

#[allow(unused_macros)]
#[cfg(feature = "validate")]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => {
        let $parameter = if $validation {
            match $parameter.validate() {
            Ok(()) => $parameter,
            Err(e) => return Ok(Response::builder()
                                    .status(StatusCode::BAD_REQUEST)
                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                    .body(BoxBody::new(format!("Invalid value in body parameter {}: {}", $base_name, e)))
                                    .expect(&format!("Unable to create Bad Request response for invalid value in body parameter {}", $base_name))),
            }
        } else {
            $parameter
        };
    }
}

pub struct Service<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    api_impl: T,
    marker: PhantomData<C>,
    // Enable regex pattern validation of received JSON models
    validation: bool,
}

impl<T, C> Service<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    pub fn new(api_impl: T, validation: bool) -> Self {
        Service {
            api_impl,
            marker: PhantomData,
            validation,
        }
    }
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation
    }
}

impl<T, C> Clone for Service<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        Service {
            api_impl: self.api_impl.clone(),
            marker: self.marker,
            validation: self.validation,
        }
    }
}

#[allow(dead_code)]
fn body_from_string(s: String) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(s)))
}

fn body_from_str(s: &str) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::copy_from_slice(s.as_bytes())))
}

impl<T, C, ReqBody> hyper::service::Service<(Request<ReqBody>, C)> for Service<T, C>
where
    T: Api<C> + Clone + Send + Sync + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    type Response = Response<BoxBody<Bytes, Infallible>>;
    type Error = crate::ServiceError;
    type Future = ServiceFuture;

    fn call(&self, req: (Request<ReqBody>, C)) -> Self::Future {
        async fn run<T, C, ReqBody>(
            mut api_impl: T,
            req: (Request<ReqBody>, C),
            validation: bool,
        ) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
        where
            T: Api<C> + Clone + Send + 'static,
            C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
            ReqBody: Body + Send + 'static,
            ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
            ReqBody::Data: Send,
        {
            let (request, context) = req;
            let (parts, body) = request.into_parts();
            let (method, uri, headers) = (parts.method, parts.uri, parts.headers);
            let path = paths::GLOBAL_REGEX_SET.matches(uri.path());

            match method {
                // CreateAccount - POST /v1/accounts
                hyper::Method::POST if path.matched(paths::ID_V1_ACCOUNTS) => {
                    handle_create_account(api_impl, uri, headers, body, context, validation).await
                }

                // ListAccounts - GET /v1/accounts
                hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS) => {
                    handle_list_accounts(api_impl, uri, headers, body, context, validation).await
                }

                // DeleteAccount - DELETE /v1/accounts/{account_id}
                hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => {
                    handle_delete_account(api_impl, uri, headers, body, context, validation).await
                }

                // GetAccount - GET /v1/accounts/{account_id}
                hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => {
                    handle_get_account(api_impl, uri, headers, body, context, validation).await
                }

                // UpdateAccount - PATCH /v1/accounts/{account_id}
                hyper::Method::PATCH if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => {
                    handle_update_account(api_impl, uri, headers, body, context, validation).await
                }

                // ListAuditEvents - GET /v1/audit-events
                hyper::Method::GET if path.matched(paths::ID_V1_AUDIT_EVENTS) => {
                    handle_list_audit_events(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // CreateContact - POST /v1/contacts
                hyper::Method::POST if path.matched(paths::ID_V1_CONTACTS) => {
                    handle_create_contact(api_impl, uri, headers, body, context, validation).await
                }

                // ListContacts - GET /v1/contacts
                hyper::Method::GET if path.matched(paths::ID_V1_CONTACTS) => {
                    handle_list_contacts(api_impl, uri, headers, body, context, validation).await
                }

                // DeleteContact - DELETE /v1/contacts/{contact_id}
                hyper::Method::DELETE if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => {
                    handle_delete_contact(api_impl, uri, headers, body, context, validation).await
                }

                // GetContact - GET /v1/contacts/{contact_id}
                hyper::Method::GET if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => {
                    handle_get_contact(api_impl, uri, headers, body, context, validation).await
                }

                // UpdateContact - PATCH /v1/contacts/{contact_id}
                hyper::Method::PATCH if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => {
                    handle_update_contact(api_impl, uri, headers, body, context, validation).await
                }

                // GetContract - GET /v1/openapi.json
                hyper::Method::GET if path.matched(paths::ID_V1_OPENAPI_JSON) => {
                    handle_get_contract(api_impl, uri, headers, body, context, validation).await
                }

                // ListChangeEvents - GET /v1/events
                hyper::Method::GET if path.matched(paths::ID_V1_EVENTS) => {
                    handle_list_change_events(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // EraseContact - POST /v1/gdpr/contacts/{contact_id}/erasure
                hyper::Method::POST
                    if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE) =>
                {
                    handle_erase_contact(api_impl, uri, headers, body, context, validation).await
                }

                // ExportContactData - GET /v1/gdpr/contacts/{contact_id}/export
                hyper::Method::GET
                    if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT) =>
                {
                    handle_export_contact_data(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // PlaceLegalHold - PUT /v1/gdpr/contacts/{contact_id}/legal-hold
                hyper::Method::PUT
                    if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD) =>
                {
                    handle_place_legal_hold(api_impl, uri, headers, body, context, validation).await
                }

                // ReleaseLegalHold - DELETE /v1/gdpr/contacts/{contact_id}/legal-hold
                hyper::Method::DELETE
                    if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD) =>
                {
                    handle_release_legal_hold(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // RestrictContactProcessing - PUT /v1/gdpr/contacts/{contact_id}/restriction
                hyper::Method::PUT
                    if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION) =>
                {
                    handle_restrict_contact_processing(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // UnrestrictContactProcessing - DELETE /v1/gdpr/contacts/{contact_id}/restriction
                hyper::Method::DELETE
                    if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION) =>
                {
                    handle_unrestrict_contact_processing(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // GetLiveness - GET /v1/health/live
                hyper::Method::GET if path.matched(paths::ID_V1_HEALTH_LIVE) => {
                    handle_get_liveness(api_impl, uri, headers, body, context, validation).await
                }

                // GetReadiness - GET /v1/health/ready
                hyper::Method::GET if path.matched(paths::ID_V1_HEALTH_READY) => {
                    handle_get_readiness(api_impl, uri, headers, body, context, validation).await
                }

                // BatchCreateOpportunities - POST /v1/opportunities/batch-create
                hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_BATCH_CREATE) => {
                    handle_batch_create_opportunities(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // BatchUpdateOpportunities - POST /v1/opportunities/batch-update
                hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_BATCH_UPDATE) => {
                    handle_batch_update_opportunities(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // CreateOpportunity - POST /v1/opportunities
                hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES) => {
                    handle_create_opportunity(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // ListOpportunities - GET /v1/opportunities
                hyper::Method::GET if path.matched(paths::ID_V1_OPPORTUNITIES) => {
                    handle_list_opportunities(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // CreateLineItem - POST /v1/opportunities/{opportunity_id}/line-items
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS) =>
                {
                    handle_create_line_item(api_impl, uri, headers, body, context, validation).await
                }

                // CreateNote - POST /v1/opportunities/{opportunity_id}/notes
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES) =>
                {
                    handle_create_note(api_impl, uri, headers, body, context, validation).await
                }

                // DeleteOpportunity - DELETE /v1/opportunities/{opportunity_id}
                hyper::Method::DELETE
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) =>
                {
                    handle_delete_opportunity(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // GetOpportunity - GET /v1/opportunities/{opportunity_id}
                hyper::Method::GET if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) => {
                    handle_get_opportunity(api_impl, uri, headers, body, context, validation).await
                }

                // ListLineItems - GET /v1/opportunities/{opportunity_id}/line-items
                hyper::Method::GET
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS) =>
                {
                    handle_list_line_items(api_impl, uri, headers, body, context, validation).await
                }

                // ListNotes - GET /v1/opportunities/{opportunity_id}/notes
                hyper::Method::GET
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES) =>
                {
                    handle_list_notes(api_impl, uri, headers, body, context, validation).await
                }

                // ListStageHistory - GET /v1/opportunities/{opportunity_id}/stage-history
                hyper::Method::GET
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY) =>
                {
                    handle_list_stage_history(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // LoseOpportunity - POST /v1/opportunities/{opportunity_id}/lose
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE) =>
                {
                    handle_lose_opportunity(api_impl, uri, headers, body, context, validation).await
                }

                // MoveOpportunityStage - POST /v1/opportunities/{opportunity_id}/move
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE) =>
                {
                    handle_move_opportunity_stage(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // PurgeOpportunity - POST /v1/opportunities/{opportunity_id}/purge
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE) =>
                {
                    handle_purge_opportunity(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // ReopenOpportunity - POST /v1/opportunities/{opportunity_id}/reopen
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN) =>
                {
                    handle_reopen_opportunity(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // RestoreOpportunity - POST /v1/opportunities/{opportunity_id}/restore
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE) =>
                {
                    handle_restore_opportunity(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // UpdateOpportunity - PATCH /v1/opportunities/{opportunity_id}
                hyper::Method::PATCH if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) => {
                    handle_update_opportunity(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // UpsertOpportunityByExternalId - PUT /v1/opportunities/by-external-id/{external_id}
                hyper::Method::PUT
                    if path.matched(paths::ID_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID) =>
                {
                    handle_upsert_opportunity_by_external_id(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // WinOpportunity - POST /v1/opportunities/{opportunity_id}/win
                hyper::Method::POST
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN) =>
                {
                    handle_win_opportunity(api_impl, uri, headers, body, context, validation).await
                }

                // DeleteLineItem - DELETE /v1/opportunities/{opportunity_id}/line-items/{line_item_id}
                hyper::Method::DELETE
                    if path.matched(
                        paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID,
                    ) =>
                {
                    handle_delete_line_item(api_impl, uri, headers, body, context, validation).await
                }

                // DeleteNote - DELETE /v1/opportunities/{opportunity_id}/notes/{note_id}
                hyper::Method::DELETE
                    if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID) =>
                {
                    handle_delete_note(api_impl, uri, headers, body, context, validation).await
                }

                // UpdateLineItem - PATCH /v1/opportunities/{opportunity_id}/line-items/{line_item_id}
                hyper::Method::PATCH
                    if path.matched(
                        paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID,
                    ) =>
                {
                    handle_update_line_item(api_impl, uri, headers, body, context, validation).await
                }

                // CreatePipeline - POST /v1/pipelines
                hyper::Method::POST if path.matched(paths::ID_V1_PIPELINES) => {
                    handle_create_pipeline(api_impl, uri, headers, body, context, validation).await
                }

                // ListPipelines - GET /v1/pipelines
                hyper::Method::GET if path.matched(paths::ID_V1_PIPELINES) => {
                    handle_list_pipelines(api_impl, uri, headers, body, context, validation).await
                }

                // CreateStage - POST /v1/pipelines/{pipeline_id}/stages
                hyper::Method::POST if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES) => {
                    handle_create_stage(api_impl, uri, headers, body, context, validation).await
                }

                // DeletePipeline - DELETE /v1/pipelines/{pipeline_id}
                hyper::Method::DELETE if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => {
                    handle_delete_pipeline(api_impl, uri, headers, body, context, validation).await
                }

                // GetPipeline - GET /v1/pipelines/{pipeline_id}
                hyper::Method::GET if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => {
                    handle_get_pipeline(api_impl, uri, headers, body, context, validation).await
                }

                // UpdatePipeline - PATCH /v1/pipelines/{pipeline_id}
                hyper::Method::PATCH if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => {
                    handle_update_pipeline(api_impl, uri, headers, body, context, validation).await
                }

                // DeleteStage - DELETE /v1/pipelines/{pipeline_id}/stages/{stage_id}
                hyper::Method::DELETE
                    if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID) =>
                {
                    handle_delete_stage(api_impl, uri, headers, body, context, validation).await
                }

                // UpdateStage - PATCH /v1/pipelines/{pipeline_id}/stages/{stage_id}
                hyper::Method::PATCH
                    if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID) =>
                {
                    handle_update_stage(api_impl, uri, headers, body, context, validation).await
                }

                // GetForecast - GET /v1/reports/forecast
                hyper::Method::GET if path.matched(paths::ID_V1_REPORTS_FORECAST) => {
                    handle_get_forecast(api_impl, uri, headers, body, context, validation).await
                }

                // GetPipelineSummary - GET /v1/reports/pipeline-summary
                hyper::Method::GET if path.matched(paths::ID_V1_REPORTS_PIPELINE_SUMMARY) => {
                    handle_get_pipeline_summary(api_impl, uri, headers, body, context, validation)
                        .await
                }

                _ if path.matched(paths::ID_V1_ACCOUNTS) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_AUDIT_EVENTS) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_CONTACTS) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_EVENTS) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_HEALTH_LIVE) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_HEALTH_READY) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_OPENAPI_JSON) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_OPPORTUNITIES) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_BATCH_CREATE) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_BATCH_UPDATE) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS) => {
                    method_not_allowed()
                }
                _ if path
                    .matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID) =>
                {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_PIPELINES) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID) => {
                    method_not_allowed()
                }
                _ if path.matched(paths::ID_V1_REPORTS_FORECAST) => method_not_allowed(),
                _ if path.matched(paths::ID_V1_REPORTS_PIPELINE_SUMMARY) => method_not_allowed(),
                _ => Ok(Response::builder()
                    .status(StatusCode::NOT_FOUND)
                    .body(BoxBody::new(http_body_util::Empty::new()))
                    .expect("Unable to create Not Found response")),
            }
        }
        Box::pin(run(self.api_impl.clone(), req, self.validation))
    }
}

#[allow(unused_variables)]
async fn handle_create_account<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_account_create: Option<models::AccountCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_account_create) => param_account_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter AccountCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter AccountCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_account_create = match param_account_create {
                                    Some(param_account_create) => param_account_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter AccountCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter AccountCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_account_create, "AccountCreate", validation);

            let result = api_impl
                .create_account(param_account_create, param_idempotency_key, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateAccountResponse::Created {
                        body,
                        e_tag,
                        location,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateAccountResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_list_accounts<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };
    let param_q = query_params
        .iter()
        .filter(|e| e.0 == "q")
        .map(|e| e.1.clone())
        .next();
    let param_q =
        match param_q {
            Some(param_q) => {
                let param_q = <String as std::str::FromStr>::from_str(&param_q);
                match param_q {
                    Ok(param_q) => Some(param_q),
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse query parameter q - doesn't match schema: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid query parameter q",
                        )),
                }
            }
            None => None,
        };
    let param_updated_since = query_params
        .iter()
        .filter(|e| e.0 == "updated_since")
        .map(|e| e.1.clone())
        .next();
    let param_updated_since = match param_updated_since {
        Some(param_updated_since) => {
            let param_updated_since =
                <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(
                    &param_updated_since,
                );
            match param_updated_since {
                            Ok(param_updated_since) => Some(param_updated_since),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter updated_since - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter updated_since")),
                        }
        }
        None => None,
    };
    let param_sort = query_params
        .iter()
        .filter(|e| e.0 == "sort")
        .map(|e| e.1.clone())
        .next();
    let param_sort = match param_sort {
        Some(param_sort) => {
            let param_sort = <models::AccountSort as std::str::FromStr>::from_str(&param_sort);
            match param_sort {
                Ok(param_sort) => Some(param_sort),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter sort - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter sort",
                    )),
            }
        }
        None => None,
    };
    #[cfg(not(feature = "validate"))]
    run_validation!(param_sort, "sort", validation);

    let result = api_impl
        .list_accounts(
            param_limit,
            param_cursor,
            param_q,
            param_updated_since,
            param_sort,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListAccountsResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAccountsResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAccountsResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAccountsResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAccountsResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAccountsResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAccountsResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_account<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_V1_ACCOUNTS_ACCOUNT_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE V1_ACCOUNTS_ACCOUNT_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_V1_ACCOUNTS_ACCOUNT_ID.as_str()
            )
        });

    let param_account_id = match percent_encoding::percent_decode(
        path_params["account_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_account_id) => match param_account_id.parse::<uuid::Uuid>() {
            Ok(param_account_id) => param_account_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter account_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["account_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .delete_account(param_account_id, param_if_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteAccountResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteAccountResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteAccountResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_account<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_V1_ACCOUNTS_ACCOUNT_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE V1_ACCOUNTS_ACCOUNT_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_V1_ACCOUNTS_ACCOUNT_ID.as_str()
            )
        });

    let param_account_id = match percent_encoding::percent_decode(
        path_params["account_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_account_id) => match param_account_id.parse::<uuid::Uuid>() {
            Ok(param_account_id) => param_account_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter account_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["account_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

    let param_if_none_match = match param_if_none_match {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header If-None-Match - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header If-None-Match"));
                }
            }
        }
        None => None,
    };

    let result = api_impl
        .get_account(param_account_id, param_if_none_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetAccountResponse::Ok { body, e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::NotModified { e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(304).expect("Unable to turn 304 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
            }
            GetAccountResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetAccountResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_account<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_V1_ACCOUNTS_ACCOUNT_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE V1_ACCOUNTS_ACCOUNT_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_V1_ACCOUNTS_ACCOUNT_ID.as_str()
            )
        });

    let param_account_id = match percent_encoding::percent_decode(
        path_params["account_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_account_id) => match param_account_id.parse::<uuid::Uuid>() {
            Ok(param_account_id) => param_account_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter account_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["account_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_account_patch: Option<models::AccountPatch> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_account_patch) => param_account_patch,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter AccountPatch - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter AccountPatch due to schema")),
                                    }
            } else {
                None
            };
            let param_account_patch = match param_account_patch {
                                    Some(param_account_patch) => param_account_patch,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter AccountPatch".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter AccountPatch")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_account_patch, "AccountPatch", validation);

            let result = api_impl
                .update_account(
                    param_account_id,
                    param_if_match,
                    param_account_patch,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdateAccountResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateAccountResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_list_audit_events<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };
    let param_actor_id = query_params
        .iter()
        .filter(|e| e.0 == "actor_id")
        .map(|e| e.1.clone())
        .next();
    let param_actor_id = match param_actor_id {
        Some(param_actor_id) => {
            let param_actor_id = <String as std::str::FromStr>::from_str(&param_actor_id);
            match param_actor_id {
                            Ok(param_actor_id) => Some(param_actor_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter actor_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter actor_id")),
                        }
        }
        None => None,
    };
    let param_resource_type = query_params
        .iter()
        .filter(|e| e.0 == "resource_type")
        .map(|e| e.1.clone())
        .next();
    let param_resource_type = match param_resource_type {
        Some(param_resource_type) => {
            let param_resource_type =
                <models::ResourceType as std::str::FromStr>::from_str(&param_resource_type);
            match param_resource_type {
                            Ok(param_resource_type) => Some(param_resource_type),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter resource_type - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter resource_type")),
                        }
        }
        None => None,
    };
    #[cfg(not(feature = "validate"))]
    run_validation!(param_resource_type, "resource_type", validation);
    let param_resource_id = query_params
        .iter()
        .filter(|e| e.0 == "resource_id")
        .map(|e| e.1.clone())
        .next();
    let param_resource_id = match param_resource_id {
        Some(param_resource_id) => {
            let param_resource_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_resource_id);
            match param_resource_id {
                            Ok(param_resource_id) => Some(param_resource_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter resource_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter resource_id")),
                        }
        }
        None => None,
    };
    let param_occurred_from = query_params
        .iter()
        .filter(|e| e.0 == "occurred_from")
        .map(|e| e.1.clone())
        .next();
    let param_occurred_from = match param_occurred_from {
        Some(param_occurred_from) => {
            let param_occurred_from =
                <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(
                    &param_occurred_from,
                );
            match param_occurred_from {
                            Ok(param_occurred_from) => Some(param_occurred_from),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter occurred_from - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter occurred_from")),
                        }
        }
        None => None,
    };
    let param_occurred_to = query_params
        .iter()
        .filter(|e| e.0 == "occurred_to")
        .map(|e| e.1.clone())
        .next();
    let param_occurred_to = match param_occurred_to {
        Some(param_occurred_to) => {
            let param_occurred_to =
                <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(&param_occurred_to);
            match param_occurred_to {
                            Ok(param_occurred_to) => Some(param_occurred_to),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter occurred_to - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter occurred_to")),
                        }
        }
        None => None,
    };

    let result = api_impl
        .list_audit_events(
            param_limit,
            param_cursor,
            param_actor_id,
            param_resource_type,
            param_resource_id,
            param_occurred_from,
            param_occurred_to,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListAuditEventsResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAuditEventsResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAuditEventsResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAuditEventsResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAuditEventsResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAuditEventsResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListAuditEventsResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_contact<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_contact_create: Option<models::ContactCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_contact_create) => param_contact_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ContactCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ContactCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_contact_create = match param_contact_create {
                                    Some(param_contact_create) => param_contact_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ContactCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ContactCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_contact_create, "ContactCreate", validation);

            let result = api_impl
                .create_contact(param_contact_create, param_idempotency_key, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateContactResponse::Created {
                        body,
                        e_tag,
                        location,
                        cache_control,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);

                        let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling cache_control header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("cache-control"), cache_control);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateContactResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_list_contacts<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };
    let param_q = query_params
        .iter()
        .filter(|e| e.0 == "q")
        .map(|e| e.1.clone())
        .next();
    let param_q =
        match param_q {
            Some(param_q) => {
                let param_q = <String as std::str::FromStr>::from_str(&param_q);
                match param_q {
                    Ok(param_q) => Some(param_q),
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse query parameter q - doesn't match schema: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid query parameter q",
                        )),
                }
            }
            None => None,
        };
    let param_updated_since = query_params
        .iter()
        .filter(|e| e.0 == "updated_since")
        .map(|e| e.1.clone())
        .next();
    let param_updated_since = match param_updated_since {
        Some(param_updated_since) => {
            let param_updated_since =
                <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(
                    &param_updated_since,
                );
            match param_updated_since {
                            Ok(param_updated_since) => Some(param_updated_since),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter updated_since - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter updated_since")),
                        }
        }
        None => None,
    };
    let param_account_id = query_params
        .iter()
        .filter(|e| e.0 == "account_id")
        .map(|e| e.1.clone())
        .next();
    let param_account_id = match param_account_id {
        Some(param_account_id) => {
            let param_account_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_account_id);
            match param_account_id {
                            Ok(param_account_id) => Some(param_account_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter account_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter account_id")),
                        }
        }
        None => None,
    };

    let result = api_impl
        .list_contacts(
            param_limit,
            param_cursor,
            param_q,
            param_updated_since,
            param_account_id,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListContactsResponse::Ok {
                body,
                cache_control,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling cache_control header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("cache-control"), cache_control);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListContactsResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListContactsResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListContactsResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListContactsResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListContactsResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListContactsResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_contact<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_V1_CONTACTS_CONTACT_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE V1_CONTACTS_CONTACT_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_V1_CONTACTS_CONTACT_ID.as_str()
            )
        });

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .delete_contact(param_contact_id, param_if_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteContactResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteContactResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteContactResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_contact<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_V1_CONTACTS_CONTACT_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE V1_CONTACTS_CONTACT_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_V1_CONTACTS_CONTACT_ID.as_str()
            )
        });

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

    let param_if_none_match = match param_if_none_match {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header If-None-Match - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header If-None-Match"));
                }
            }
        }
        None => None,
    };

    let result = api_impl
        .get_contact(param_contact_id, param_if_none_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetContactResponse::Ok {
                body,
                e_tag,
                cache_control,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);

                let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling cache_control header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("cache-control"), cache_control);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::NotModified { e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(304).expect("Unable to turn 304 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
            }
            GetContactResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContactResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_contact<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_V1_CONTACTS_CONTACT_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE V1_CONTACTS_CONTACT_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_V1_CONTACTS_CONTACT_ID.as_str()
            )
        });

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_contact_patch: Option<models::ContactPatch> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_contact_patch) => param_contact_patch,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ContactPatch - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ContactPatch due to schema")),
                                    }
            } else {
                None
            };
            let param_contact_patch = match param_contact_patch {
                                    Some(param_contact_patch) => param_contact_patch,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ContactPatch".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ContactPatch")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_contact_patch, "ContactPatch", validation);

            let result = api_impl
                .update_contact(
                    param_contact_id,
                    param_if_match,
                    param_contact_patch,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdateContactResponse::Ok {
                        body,
                        e_tag,
                        cache_control,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling cache_control header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("cache-control"), cache_control);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateContactResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_get_contract<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    let result = api_impl.get_contract(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetContractResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContractResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetContractResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_list_change_events<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_after = query_params
        .iter()
        .filter(|e| e.0 == "after")
        .map(|e| e.1.clone())
        .next();
    let param_after = match param_after {
        Some(param_after) => {
            let param_after = <String as std::str::FromStr>::from_str(&param_after);
            match param_after {
                Ok(param_after) => Some(param_after),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter after - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter after",
                    )),
            }
        }
        None => None,
    };
    let param_types = query_params
        .iter()
        .filter(|e| e.0 == "types")
        .map(|e| e.1.clone())
        .next();
    let param_types = match param_types {
        Some(param_types) => {
            let param_types = <String as std::str::FromStr>::from_str(&param_types);
            match param_types {
                Ok(param_types) => Some(param_types),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter types - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter types",
                    )),
            }
        }
        None => None,
    };
    let param_resource = query_params
        .iter()
        .filter(|e| e.0 == "resource")
        .map(|e| e.1.clone())
        .next();
    let param_resource = match param_resource {
        Some(param_resource) => {
            let param_resource = <uuid::Uuid as std::str::FromStr>::from_str(&param_resource);
            match param_resource {
                            Ok(param_resource) => Some(param_resource),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter resource - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter resource")),
                        }
        }
        None => None,
    };

    let result = api_impl
        .list_change_events(
            param_limit,
            param_after,
            param_types,
            param_resource,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListChangeEventsResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::Gone(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListChangeEventsResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_erase_contact<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_GDPR_CONTACTS_CONTACT_ID_ERASURE in set but failed match against \"{}\"", path, paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE.as_str())
                    );

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_erasure_request: Option<models::ErasureRequest> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_erasure_request) => param_erasure_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ErasureRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ErasureRequest due to schema")),
                                    }
            } else {
                None
            };
            let param_erasure_request = match param_erasure_request {
                                    Some(param_erasure_request) => param_erasure_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ErasureRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ErasureRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_erasure_request, "ErasureRequest", validation);

            let result = api_impl
                .erase_contact(
                    param_contact_id,
                    param_erasure_request,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    EraseContactResponse::Ok(body) => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    EraseContactResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_export_contact_data<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_GDPR_CONTACTS_CONTACT_ID_EXPORT in set but failed match against \"{}\"", path, paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT.as_str())
                    );

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl
        .export_contact_data(param_contact_id, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ExportContactDataResponse::Ok {
                body,
                cache_control,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling cache_control header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("cache-control"), cache_control);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ExportContactDataResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_place_legal_hold<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD in set but failed match against \"{}\"", path, paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD.as_str())
                    );

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_legal_hold_request: Option<models::LegalHoldRequest> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_legal_hold_request) => param_legal_hold_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter LegalHoldRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter LegalHoldRequest due to schema")),
                                    }
            } else {
                None
            };
            let param_legal_hold_request = match param_legal_hold_request {
                                    Some(param_legal_hold_request) => param_legal_hold_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter LegalHoldRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter LegalHoldRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_legal_hold_request, "LegalHoldRequest", validation);

            let result = api_impl
                .place_legal_hold(param_contact_id, param_legal_hold_request, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    PlaceLegalHoldResponse::Ok {
                        body,
                        e_tag,
                        cache_control,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling cache_control header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("cache-control"), cache_control);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    PlaceLegalHoldResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_release_legal_hold<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD in set but failed match against \"{}\"", path, paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD.as_str())
                    );

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl
        .release_legal_hold(param_contact_id, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ReleaseLegalHoldResponse::Ok {
                body,
                e_tag,
                cache_control,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);

                let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling cache_control header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("cache-control"), cache_control);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ReleaseLegalHoldResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_restrict_contact_processing<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION in set but failed match against \"{}\"", path, paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION.as_str())
                    );

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_restriction_request: Option<models::RestrictionRequest> = if !body.is_empty()
            {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_restriction_request) => param_restriction_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter RestrictionRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter RestrictionRequest due to schema")),
                                    }
            } else {
                None
            };
            let param_restriction_request = match param_restriction_request {
                                    Some(param_restriction_request) => param_restriction_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter RestrictionRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter RestrictionRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_restriction_request, "RestrictionRequest", validation);

            let result = api_impl
                .restrict_contact_processing(param_contact_id, param_restriction_request, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    RestrictContactProcessingResponse::Ok {
                        body,
                        e_tag,
                        cache_control,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling cache_control header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("cache-control"), cache_control);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    RestrictContactProcessingResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_unrestrict_contact_processing<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION in set but failed match against \"{}\"", path, paths::REGEX_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION.as_str())
                    );

    let param_contact_id = match percent_encoding::percent_decode(
        path_params["contact_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_contact_id) => match param_contact_id.parse::<uuid::Uuid>() {
            Ok(param_contact_id) => param_contact_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter contact_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["contact_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl
        .unrestrict_contact_processing(param_contact_id, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            UnrestrictContactProcessingResponse::Ok {
                body,
                e_tag,
                cache_control,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);

                let cache_control = match header::IntoHeaderValue(cache_control).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling cache_control header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("cache-control"), cache_control);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            UnrestrictContactProcessingResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_liveness<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    let result = api_impl.get_liveness(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetLivenessResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetLivenessResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetLivenessResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_readiness<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    let result = api_impl.get_readiness(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetReadinessResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetReadinessResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetReadinessResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetReadinessResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_batch_create_opportunities<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_opportunity_batch_create: Option<models::OpportunityBatchCreate> = if !body
                .is_empty()
            {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_opportunity_batch_create) => param_opportunity_batch_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter OpportunityBatchCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter OpportunityBatchCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_opportunity_batch_create = match param_opportunity_batch_create {
                                    Some(param_opportunity_batch_create) => param_opportunity_batch_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter OpportunityBatchCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter OpportunityBatchCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(
                param_opportunity_batch_create,
                "OpportunityBatchCreate",
                validation
            );

            let result = api_impl
                .batch_create_opportunities(
                    param_opportunity_batch_create,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    BatchCreateOpportunitiesResponse::Ok(body) => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchCreateOpportunitiesResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_batch_update_opportunities<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_opportunity_batch_update: Option<models::OpportunityBatchUpdate> = if !body
                .is_empty()
            {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_opportunity_batch_update) => param_opportunity_batch_update,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter OpportunityBatchUpdate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter OpportunityBatchUpdate due to schema")),
                                    }
            } else {
                None
            };
            let param_opportunity_batch_update = match param_opportunity_batch_update {
                                    Some(param_opportunity_batch_update) => param_opportunity_batch_update,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter OpportunityBatchUpdate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter OpportunityBatchUpdate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(
                param_opportunity_batch_update,
                "OpportunityBatchUpdate",
                validation
            );

            let result = api_impl
                .batch_update_opportunities(
                    param_opportunity_batch_update,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    BatchUpdateOpportunitiesResponse::Ok(body) => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    BatchUpdateOpportunitiesResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_create_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_opportunity_create: Option<models::OpportunityCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_opportunity_create) => param_opportunity_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter OpportunityCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter OpportunityCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_opportunity_create = match param_opportunity_create {
                                    Some(param_opportunity_create) => param_opportunity_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter OpportunityCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter OpportunityCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_opportunity_create, "OpportunityCreate", validation);

            let result = api_impl
                .create_opportunity(param_opportunity_create, param_idempotency_key, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateOpportunityResponse::Created {
                        body,
                        e_tag,
                        location,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateOpportunityResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_list_opportunities<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };
    let param_q = query_params
        .iter()
        .filter(|e| e.0 == "q")
        .map(|e| e.1.clone())
        .next();
    let param_q =
        match param_q {
            Some(param_q) => {
                let param_q = <String as std::str::FromStr>::from_str(&param_q);
                match param_q {
                    Ok(param_q) => Some(param_q),
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse query parameter q - doesn't match schema: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid query parameter q",
                        )),
                }
            }
            None => None,
        };
    let param_updated_since = query_params
        .iter()
        .filter(|e| e.0 == "updated_since")
        .map(|e| e.1.clone())
        .next();
    let param_updated_since = match param_updated_since {
        Some(param_updated_since) => {
            let param_updated_since =
                <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(
                    &param_updated_since,
                );
            match param_updated_since {
                            Ok(param_updated_since) => Some(param_updated_since),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter updated_since - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter updated_since")),
                        }
        }
        None => None,
    };
    let param_status = query_params
        .iter()
        .filter(|e| e.0 == "status")
        .map(|e| e.1.clone())
        .filter_map(|param_status| param_status.parse().ok())
        .collect::<Vec<_>>();
    let param_status = if !param_status.is_empty() {
        Some(param_status)
    } else {
        None
    };
    let param_pipeline_id = query_params
        .iter()
        .filter(|e| e.0 == "pipeline_id")
        .map(|e| e.1.clone())
        .next();
    let param_pipeline_id = match param_pipeline_id {
        Some(param_pipeline_id) => {
            let param_pipeline_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_pipeline_id);
            match param_pipeline_id {
                            Ok(param_pipeline_id) => Some(param_pipeline_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter pipeline_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter pipeline_id")),
                        }
        }
        None => None,
    };
    let param_stage_id = query_params
        .iter()
        .filter(|e| e.0 == "stage_id")
        .map(|e| e.1.clone())
        .next();
    let param_stage_id = match param_stage_id {
        Some(param_stage_id) => {
            let param_stage_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_stage_id);
            match param_stage_id {
                            Ok(param_stage_id) => Some(param_stage_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter stage_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter stage_id")),
                        }
        }
        None => None,
    };
    let param_owner_id = query_params
        .iter()
        .filter(|e| e.0 == "owner_id")
        .map(|e| e.1.clone())
        .next();
    let param_owner_id = match param_owner_id {
        Some(param_owner_id) => {
            let param_owner_id = <String as std::str::FromStr>::from_str(&param_owner_id);
            match param_owner_id {
                            Ok(param_owner_id) => Some(param_owner_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter owner_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter owner_id")),
                        }
        }
        None => None,
    };
    let param_account_id = query_params
        .iter()
        .filter(|e| e.0 == "account_id")
        .map(|e| e.1.clone())
        .next();
    let param_account_id = match param_account_id {
        Some(param_account_id) => {
            let param_account_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_account_id);
            match param_account_id {
                            Ok(param_account_id) => Some(param_account_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter account_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter account_id")),
                        }
        }
        None => None,
    };
    let param_currency = query_params
        .iter()
        .filter(|e| e.0 == "currency")
        .map(|e| e.1.clone())
        .next();
    let param_currency = match param_currency {
        Some(param_currency) => {
            let param_currency = <String as std::str::FromStr>::from_str(&param_currency);
            match param_currency {
                            Ok(param_currency) => Some(param_currency),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter currency - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter currency")),
                        }
        }
        None => None,
    };
    let param_close_date_from = query_params
        .iter()
        .filter(|e| e.0 == "close_date_from")
        .map(|e| e.1.clone())
        .next();
    let param_close_date_from = match param_close_date_from {
        Some(param_close_date_from) => {
            let param_close_date_from =
                <chrono::naive::NaiveDate as std::str::FromStr>::from_str(&param_close_date_from);
            match param_close_date_from {
                            Ok(param_close_date_from) => Some(param_close_date_from),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter close_date_from - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter close_date_from")),
                        }
        }
        None => None,
    };
    let param_close_date_to = query_params
        .iter()
        .filter(|e| e.0 == "close_date_to")
        .map(|e| e.1.clone())
        .next();
    let param_close_date_to = match param_close_date_to {
        Some(param_close_date_to) => {
            let param_close_date_to =
                <chrono::naive::NaiveDate as std::str::FromStr>::from_str(&param_close_date_to);
            match param_close_date_to {
                            Ok(param_close_date_to) => Some(param_close_date_to),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter close_date_to - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter close_date_to")),
                        }
        }
        None => None,
    };
    let param_amount_min = query_params
        .iter()
        .filter(|e| e.0 == "amount_min")
        .map(|e| e.1.clone())
        .next();
    let param_amount_min = match param_amount_min {
        Some(param_amount_min) => {
            let param_amount_min = <String as std::str::FromStr>::from_str(&param_amount_min);
            match param_amount_min {
                            Ok(param_amount_min) => Some(param_amount_min),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter amount_min - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter amount_min")),
                        }
        }
        None => None,
    };
    let param_amount_max = query_params
        .iter()
        .filter(|e| e.0 == "amount_max")
        .map(|e| e.1.clone())
        .next();
    let param_amount_max = match param_amount_max {
        Some(param_amount_max) => {
            let param_amount_max = <String as std::str::FromStr>::from_str(&param_amount_max);
            match param_amount_max {
                            Ok(param_amount_max) => Some(param_amount_max),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter amount_max - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter amount_max")),
                        }
        }
        None => None,
    };
    let param_sort = query_params
        .iter()
        .filter(|e| e.0 == "sort")
        .map(|e| e.1.clone())
        .next();
    let param_sort = match param_sort {
        Some(param_sort) => {
            let param_sort = <models::OpportunitySort as std::str::FromStr>::from_str(&param_sort);
            match param_sort {
                Ok(param_sort) => Some(param_sort),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter sort - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter sort",
                    )),
            }
        }
        None => None,
    };
    #[cfg(not(feature = "validate"))]
    run_validation!(param_sort, "sort", validation);

    let result = api_impl
        .list_opportunities(
            param_limit,
            param_cursor,
            param_q,
            param_updated_since,
            param_status.as_ref(),
            param_pipeline_id,
            param_stage_id,
            param_owner_id,
            param_account_id,
            param_currency,
            param_close_date_from,
            param_close_date_to,
            param_amount_min,
            param_amount_max,
            param_sort,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListOpportunitiesResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListOpportunitiesResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListOpportunitiesResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListOpportunitiesResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListOpportunitiesResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListOpportunitiesResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListOpportunitiesResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_line_item<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_line_item_create: Option<models::LineItemCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_line_item_create) => param_line_item_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter LineItemCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter LineItemCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_line_item_create = match param_line_item_create {
                                    Some(param_line_item_create) => param_line_item_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter LineItemCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter LineItemCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_line_item_create, "LineItemCreate", validation);

            let result = api_impl
                .create_line_item(
                    param_opportunity_id,
                    param_if_match,
                    param_line_item_create,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateLineItemResponse::Created {
                        body,
                        e_tag,
                        location,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateLineItemResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_create_note<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_note_create: Option<models::NoteCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_note_create) => param_note_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter NoteCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter NoteCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_note_create = match param_note_create {
                                    Some(param_note_create) => param_note_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter NoteCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter NoteCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_note_create, "NoteCreate", validation);

            let result = api_impl
                .create_note(
                    param_opportunity_id,
                    param_note_create,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateNoteResponse::Created { body, location } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateNoteResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_delete_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .delete_opportunity(param_opportunity_id, param_if_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteOpportunityResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteOpportunityResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteOpportunityResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

    let param_if_none_match = match param_if_none_match {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header If-None-Match - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header If-None-Match"));
                }
            }
        }
        None => None,
    };

    let result = api_impl
        .get_opportunity(param_opportunity_id, param_if_none_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetOpportunityResponse::Ok { body, e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::NotModified { e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(304).expect("Unable to turn 304 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
            }
            GetOpportunityResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetOpportunityResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_list_line_items<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };

    let result = api_impl
        .list_line_items(param_opportunity_id, param_limit, param_cursor, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListLineItemsResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListLineItemsResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_list_notes<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };

    let result = api_impl
        .list_notes(param_opportunity_id, param_limit, param_cursor, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListNotesResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListNotesResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_list_stage_history<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };

    let result = api_impl
        .list_stage_history(param_opportunity_id, param_limit, param_cursor, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListStageHistoryResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListStageHistoryResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_lose_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_lose_opportunity: Option<models::LoseOpportunity> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_lose_opportunity) => param_lose_opportunity,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter LoseOpportunity - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter LoseOpportunity due to schema")),
                                    }
            } else {
                None
            };
            let param_lose_opportunity = match param_lose_opportunity {
                                    Some(param_lose_opportunity) => param_lose_opportunity,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter LoseOpportunity".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter LoseOpportunity")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_lose_opportunity, "LoseOpportunity", validation);

            let result = api_impl
                .lose_opportunity(
                    param_opportunity_id,
                    param_if_match,
                    param_lose_opportunity,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    LoseOpportunityResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    LoseOpportunityResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_move_opportunity_stage<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_move_opportunity_stage: Option<models::MoveOpportunityStage> = if !body
                .is_empty()
            {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_move_opportunity_stage) => param_move_opportunity_stage,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter MoveOpportunityStage - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter MoveOpportunityStage due to schema")),
                                    }
            } else {
                None
            };
            let param_move_opportunity_stage = match param_move_opportunity_stage {
                                    Some(param_move_opportunity_stage) => param_move_opportunity_stage,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter MoveOpportunityStage".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter MoveOpportunityStage")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(
                param_move_opportunity_stage,
                "MoveOpportunityStage",
                validation
            );

            let result = api_impl
                .move_opportunity_stage(
                    param_opportunity_id,
                    param_if_match,
                    param_move_opportunity_stage,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    MoveOpportunityStageResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    MoveOpportunityStageResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_purge_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .purge_opportunity(
            param_opportunity_id,
            param_if_match,
            param_idempotency_key,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            PurgeOpportunityResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            PurgeOpportunityResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::UnprocessableEntity(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            PurgeOpportunityResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_reopen_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_reopen_opportunity: Option<models::ReopenOpportunity> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                serde_ignored::deserialize(deserializer, |path| {
                    warn!("Ignoring unknown field in body: {path}");
                    unused_elements.push(path.to_string());
                })
                .unwrap_or_default()
            } else {
                None
            };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_reopen_opportunity, "ReopenOpportunity", validation);

            let result = api_impl
                .reopen_opportunity(
                    param_opportunity_id,
                    param_if_match,
                    param_idempotency_key,
                    param_reopen_opportunity,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    ReopenOpportunityResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    ReopenOpportunityResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_restore_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => None,
    };

    let result = api_impl
        .restore_opportunity(
            param_opportunity_id,
            param_idempotency_key,
            param_if_match,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            RestoreOpportunityResponse::Ok { body, e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::UnprocessableEntity(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            RestoreOpportunityResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_opportunity_patch: Option<models::OpportunityPatch> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_opportunity_patch) => param_opportunity_patch,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter OpportunityPatch - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter OpportunityPatch due to schema")),
                                    }
            } else {
                None
            };
            let param_opportunity_patch = match param_opportunity_patch {
                                    Some(param_opportunity_patch) => param_opportunity_patch,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter OpportunityPatch".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter OpportunityPatch")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_opportunity_patch, "OpportunityPatch", validation);

            let result = api_impl
                .update_opportunity(
                    param_opportunity_id,
                    param_if_match,
                    param_opportunity_patch,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdateOpportunityResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateOpportunityResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_upsert_opportunity_by_external_id<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID.as_str())
                    );

    let param_external_id =
        match percent_encoding::percent_decode(path_params["external_id"].as_bytes()).decode_utf8()
        {
            Ok(param_external_id) => match param_external_id.parse::<String>() {
                Ok(param_external_id) => param_external_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter external_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["external_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_opportunity_upsert: Option<models::OpportunityUpsert> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_opportunity_upsert) => param_opportunity_upsert,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter OpportunityUpsert - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter OpportunityUpsert due to schema")),
                                    }
            } else {
                None
            };
            let param_opportunity_upsert = match param_opportunity_upsert {
                                    Some(param_opportunity_upsert) => param_opportunity_upsert,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter OpportunityUpsert".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter OpportunityUpsert")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_opportunity_upsert, "OpportunityUpsert", validation);

            let result = api_impl
                .upsert_opportunity_by_external_id(
                    param_external_id,
                    param_opportunity_upsert,
                    param_if_match,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpsertOpportunityByExternalIdResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::Created {
                        body,
                        e_tag,
                        location,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpsertOpportunityByExternalIdResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_win_opportunity<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_win_opportunity: Option<models::WinOpportunity> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                serde_ignored::deserialize(deserializer, |path| {
                    warn!("Ignoring unknown field in body: {path}");
                    unused_elements.push(path.to_string());
                })
                .unwrap_or_default()
            } else {
                None
            };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_win_opportunity, "WinOpportunity", validation);

            let result = api_impl
                .win_opportunity(
                    param_opportunity_id,
                    param_if_match,
                    param_idempotency_key,
                    param_win_opportunity,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    WinOpportunityResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    WinOpportunityResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_delete_line_item<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    let param_line_item_id = match percent_encoding::percent_decode(
        path_params["line_item_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_line_item_id) => match param_line_item_id.parse::<uuid::Uuid>() {
            Ok(param_line_item_id) => param_line_item_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter line_item_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["line_item_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .delete_line_item(
            param_opportunity_id,
            param_line_item_id,
            param_if_match,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteLineItemResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteLineItemResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteLineItemResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_note<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    let param_note_id = match percent_encoding::percent_decode(path_params["note_id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_note_id) => match param_note_id.parse::<uuid::Uuid>() {
            Ok(param_note_id) => param_note_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter note_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["note_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl
        .delete_note(param_opportunity_id, param_note_id, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteNoteResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteNoteResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteNoteResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteNoteResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteNoteResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteNoteResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteNoteResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteNoteResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_line_item<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID.as_str())
                    );

    let param_opportunity_id =
        match percent_encoding::percent_decode(path_params["opportunity_id"].as_bytes())
            .decode_utf8()
        {
            Ok(param_opportunity_id) => match param_opportunity_id.parse::<uuid::Uuid>() {
                Ok(param_opportunity_id) => param_opportunity_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter opportunity_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["opportunity_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    let param_line_item_id = match percent_encoding::percent_decode(
        path_params["line_item_id"].as_bytes(),
    )
    .decode_utf8()
    {
        Ok(param_line_item_id) => match param_line_item_id.parse::<uuid::Uuid>() {
            Ok(param_line_item_id) => param_line_item_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter line_item_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["line_item_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_line_item_patch: Option<models::LineItemPatch> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_line_item_patch) => param_line_item_patch,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter LineItemPatch - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter LineItemPatch due to schema")),
                                    }
            } else {
                None
            };
            let param_line_item_patch = match param_line_item_patch {
                                    Some(param_line_item_patch) => param_line_item_patch,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter LineItemPatch".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter LineItemPatch")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_line_item_patch, "LineItemPatch", validation);

            let result = api_impl
                .update_line_item(
                    param_opportunity_id,
                    param_line_item_id,
                    param_if_match,
                    param_line_item_patch,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdateLineItemResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateLineItemResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_create_pipeline<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_pipeline_create: Option<models::PipelineCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_pipeline_create) => param_pipeline_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter PipelineCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter PipelineCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_pipeline_create = match param_pipeline_create {
                                    Some(param_pipeline_create) => param_pipeline_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter PipelineCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter PipelineCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_pipeline_create, "PipelineCreate", validation);

            let result = api_impl
                .create_pipeline(param_pipeline_create, param_idempotency_key, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreatePipelineResponse::Created {
                        body,
                        e_tag,
                        location,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreatePipelineResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_list_pipelines<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_limit = query_params
        .iter()
        .filter(|e| e.0 == "limit")
        .map(|e| e.1.clone())
        .next();
    let param_limit = match param_limit {
        Some(param_limit) => {
            let param_limit = <u32 as std::str::FromStr>::from_str(&param_limit);
            match param_limit {
                Ok(param_limit) => Some(param_limit),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter limit - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter limit",
                    )),
            }
        }
        None => None,
    };
    let param_cursor = query_params
        .iter()
        .filter(|e| e.0 == "cursor")
        .map(|e| e.1.clone())
        .next();
    let param_cursor = match param_cursor {
        Some(param_cursor) => {
            let param_cursor = <String as std::str::FromStr>::from_str(&param_cursor);
            match param_cursor {
                Ok(param_cursor) => Some(param_cursor),
                Err(e) => return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse query parameter cursor - doesn't match schema: {e}"
                    )))
                    .expect(
                        "Unable to create Bad Request response for invalid query parameter cursor",
                    )),
            }
        }
        None => None,
    };

    let result = api_impl
        .list_pipelines(param_limit, param_cursor, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListPipelinesResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListPipelinesResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListPipelinesResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListPipelinesResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListPipelinesResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListPipelinesResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            ListPipelinesResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_stage<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_PIPELINES_PIPELINE_ID_STAGES
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PIPELINES_PIPELINE_ID_STAGES in set but failed match against \"{}\"", path, paths::REGEX_V1_PIPELINES_PIPELINE_ID_STAGES.as_str())
                    );

    let param_pipeline_id =
        match percent_encoding::percent_decode(path_params["pipeline_id"].as_bytes()).decode_utf8()
        {
            Ok(param_pipeline_id) => match param_pipeline_id.parse::<uuid::Uuid>() {
                Ok(param_pipeline_id) => param_pipeline_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter pipeline_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["pipeline_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

    let param_idempotency_key = match param_idempotency_key {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Idempotency-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Idempotency-Key"));
                }
            }
        }
        None => None,
    };
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_stage_create: Option<models::StageCreate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_stage_create) => param_stage_create,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter StageCreate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter StageCreate due to schema")),
                                    }
            } else {
                None
            };
            let param_stage_create = match param_stage_create {
                                    Some(param_stage_create) => param_stage_create,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter StageCreate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter StageCreate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_stage_create, "StageCreate", validation);

            let result = api_impl
                .create_stage(
                    param_pipeline_id,
                    param_if_match,
                    param_stage_create,
                    param_idempotency_key,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateStageResponse::Created {
                        body,
                        e_tag,
                        location,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    CreateStageResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_delete_pipeline<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_PIPELINES_PIPELINE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PIPELINES_PIPELINE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_PIPELINES_PIPELINE_ID.as_str())
                    );

    let param_pipeline_id =
        match percent_encoding::percent_decode(path_params["pipeline_id"].as_bytes()).decode_utf8()
        {
            Ok(param_pipeline_id) => match param_pipeline_id.parse::<uuid::Uuid>() {
                Ok(param_pipeline_id) => param_pipeline_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter pipeline_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["pipeline_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .delete_pipeline(param_pipeline_id, param_if_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeletePipelineResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeletePipelineResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeletePipelineResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_pipeline<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_PIPELINES_PIPELINE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PIPELINES_PIPELINE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_PIPELINES_PIPELINE_ID.as_str())
                    );

    let param_pipeline_id =
        match percent_encoding::percent_decode(path_params["pipeline_id"].as_bytes()).decode_utf8()
        {
            Ok(param_pipeline_id) => match param_pipeline_id.parse::<uuid::Uuid>() {
                Ok(param_pipeline_id) => param_pipeline_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter pipeline_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["pipeline_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

    let param_if_none_match = match param_if_none_match {
        Some(v) => {
            match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(err) => {
                    return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header If-None-Match - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header If-None-Match"));
                }
            }
        }
        None => None,
    };

    let result = api_impl
        .get_pipeline(param_pipeline_id, param_if_none_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetPipelineResponse::Ok { body, e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::NotModified { e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(304).expect("Unable to turn 304 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
            }
            GetPipelineResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_pipeline<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_PIPELINES_PIPELINE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PIPELINES_PIPELINE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_PIPELINES_PIPELINE_ID.as_str())
                    );

    let param_pipeline_id =
        match percent_encoding::percent_decode(path_params["pipeline_id"].as_bytes()).decode_utf8()
        {
            Ok(param_pipeline_id) => match param_pipeline_id.parse::<uuid::Uuid>() {
                Ok(param_pipeline_id) => param_pipeline_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter pipeline_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["pipeline_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_pipeline_patch: Option<models::PipelinePatch> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_pipeline_patch) => param_pipeline_patch,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter PipelinePatch - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter PipelinePatch due to schema")),
                                    }
            } else {
                None
            };
            let param_pipeline_patch = match param_pipeline_patch {
                                    Some(param_pipeline_patch) => param_pipeline_patch,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter PipelinePatch".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter PipelinePatch")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_pipeline_patch, "PipelinePatch", validation);

            let result = api_impl
                .update_pipeline(
                    param_pipeline_id,
                    param_if_match,
                    param_pipeline_patch,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdatePipelineResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdatePipelineResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_delete_stage<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID.as_str())
                    );

    let param_pipeline_id =
        match percent_encoding::percent_decode(path_params["pipeline_id"].as_bytes()).decode_utf8()
        {
            Ok(param_pipeline_id) => match param_pipeline_id.parse::<uuid::Uuid>() {
                Ok(param_pipeline_id) => param_pipeline_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter pipeline_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["pipeline_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    let param_stage_id = match percent_encoding::percent_decode(path_params["stage_id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_stage_id) => match param_stage_id.parse::<uuid::Uuid>() {
            Ok(param_stage_id) => param_stage_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter stage_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["stage_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    let result = api_impl
        .delete_stage(param_pipeline_id, param_stage_id, param_if_match, &context)
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteStageResponse::Ok { body, e_tag } => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling e_tag header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("etag"), e_tag);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::Conflict(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::PreconditionFailed(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(412).expect("Unable to turn 412 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::PreconditionRequired(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            DeleteStageResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_stage<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params =
                    paths::REGEX_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID.as_str())
                    );

    let param_pipeline_id =
        match percent_encoding::percent_decode(path_params["pipeline_id"].as_bytes()).decode_utf8()
        {
            Ok(param_pipeline_id) => match param_pipeline_id.parse::<uuid::Uuid>() {
                Ok(param_pipeline_id) => param_pipeline_id,
                Err(e) => {
                    return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "Couldn't parse path parameter pipeline_id: {e}"
                        )))
                        .expect(
                            "Unable to create Bad Request response for invalid path parameter",
                        ))
                }
            },
            Err(_) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't percent-decode path parameter as UTF-8: {}",
                        &path_params["pipeline_id"]
                    )))
                    .expect("Unable to create Bad Request response for invalid percent decode"))
            }
        };

    let param_stage_id = match percent_encoding::percent_decode(path_params["stage_id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_stage_id) => match param_stage_id.parse::<uuid::Uuid>() {
            Ok(param_stage_id) => param_stage_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter stage_id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["stage_id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Header parameters
    let param_if_match = headers.get(HeaderName::from_static("if-match"));

    let param_if_match = match param_if_match {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(err) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!("Invalid header If-Match - {err}")))
                    .expect("Unable to create Bad Request response for invalid header If-Match"));
            }
        },
        None => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_str("Missing required header If-Match"))
                .expect(
                    "Unable to create Bad Request response for missing required header If-Match",
                ));
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_stage_patch: Option<models::StagePatch> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_stage_patch) => param_stage_patch,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter StagePatch - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter StagePatch due to schema")),
                                    }
            } else {
                None
            };
            let param_stage_patch = match param_stage_patch {
                                    Some(param_stage_patch) => param_stage_patch,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter StagePatch".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter StagePatch")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_stage_patch, "StagePatch", validation);

            let result = api_impl
                .update_stage(
                    param_pipeline_id,
                    param_stage_id,
                    param_if_match,
                    param_stage_patch,
                    &context,
                )
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdateStageResponse::Ok { body, e_tag } => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");

                        let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling e_tag header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("etag"), e_tag);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response.headers_mut().insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::PreconditionFailed(body) => {
                        *response.status_mut() = StatusCode::from_u16(412)
                            .expect("Unable to turn 412 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::UnprocessableEntity(body) => {
                        *response.status_mut() = StatusCode::from_u16(422)
                            .expect("Unable to turn 422 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::PreconditionRequired(body) => {
                        *response.status_mut() = StatusCode::from_u16(428)
                            .expect("Unable to turn 428 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::TooManyRequests(body) => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                    UpdateStageResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response.headers_mut().insert(
                            CONTENT_TYPE,
                            HeaderValue::from_static("application/problem+json"),
                        );
                        // JSON Body
                        let body =
                            serde_json::to_string(&body).expect("impossible to fail to serialize");
                        *response.body_mut() = body_from_string(body);
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_get_forecast<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_pipeline_id = query_params
        .iter()
        .filter(|e| e.0 == "pipeline_id")
        .map(|e| e.1.clone())
        .next();
    let param_pipeline_id = match param_pipeline_id {
        Some(param_pipeline_id) => {
            let param_pipeline_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_pipeline_id);
            match param_pipeline_id {
                            Ok(param_pipeline_id) => Some(param_pipeline_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter pipeline_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter pipeline_id")),
                        }
        }
        None => None,
    };
    let param_owner_id = query_params
        .iter()
        .filter(|e| e.0 == "owner_id")
        .map(|e| e.1.clone())
        .next();
    let param_owner_id = match param_owner_id {
        Some(param_owner_id) => {
            let param_owner_id = <String as std::str::FromStr>::from_str(&param_owner_id);
            match param_owner_id {
                            Ok(param_owner_id) => Some(param_owner_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter owner_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter owner_id")),
                        }
        }
        None => None,
    };
    let param_close_date_from = query_params
        .iter()
        .filter(|e| e.0 == "close_date_from")
        .map(|e| e.1.clone())
        .next();
    let param_close_date_from = match param_close_date_from {
        Some(param_close_date_from) => {
            let param_close_date_from =
                <chrono::naive::NaiveDate as std::str::FromStr>::from_str(&param_close_date_from);
            match param_close_date_from {
                            Ok(param_close_date_from) => Some(param_close_date_from),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter close_date_from - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter close_date_from")),
                        }
        }
        None => None,
    };
    let param_close_date_to = query_params
        .iter()
        .filter(|e| e.0 == "close_date_to")
        .map(|e| e.1.clone())
        .next();
    let param_close_date_to = match param_close_date_to {
        Some(param_close_date_to) => {
            let param_close_date_to =
                <chrono::naive::NaiveDate as std::str::FromStr>::from_str(&param_close_date_to);
            match param_close_date_to {
                            Ok(param_close_date_to) => Some(param_close_date_to),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter close_date_to - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter close_date_to")),
                        }
        }
        None => None,
    };

    let result = api_impl
        .get_forecast(
            param_pipeline_id,
            param_owner_id,
            param_close_date_from,
            param_close_date_to,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetForecastResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetForecastResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_pipeline_summary<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
    let query_params =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
    let param_pipeline_id = query_params
        .iter()
        .filter(|e| e.0 == "pipeline_id")
        .map(|e| e.1.clone())
        .next();
    let param_pipeline_id = match param_pipeline_id {
        Some(param_pipeline_id) => {
            let param_pipeline_id = <uuid::Uuid as std::str::FromStr>::from_str(&param_pipeline_id);
            match param_pipeline_id {
                            Ok(param_pipeline_id) => Some(param_pipeline_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter pipeline_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter pipeline_id")),
                        }
        }
        None => None,
    };
    let param_owner_id = query_params
        .iter()
        .filter(|e| e.0 == "owner_id")
        .map(|e| e.1.clone())
        .next();
    let param_owner_id = match param_owner_id {
        Some(param_owner_id) => {
            let param_owner_id = <String as std::str::FromStr>::from_str(&param_owner_id);
            match param_owner_id {
                            Ok(param_owner_id) => Some(param_owner_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter owner_id - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter owner_id")),
                        }
        }
        None => None,
    };
    let param_close_date_from = query_params
        .iter()
        .filter(|e| e.0 == "close_date_from")
        .map(|e| e.1.clone())
        .next();
    let param_close_date_from = match param_close_date_from {
        Some(param_close_date_from) => {
            let param_close_date_from =
                <chrono::naive::NaiveDate as std::str::FromStr>::from_str(&param_close_date_from);
            match param_close_date_from {
                            Ok(param_close_date_from) => Some(param_close_date_from),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter close_date_from - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter close_date_from")),
                        }
        }
        None => None,
    };
    let param_close_date_to = query_params
        .iter()
        .filter(|e| e.0 == "close_date_to")
        .map(|e| e.1.clone())
        .next();
    let param_close_date_to = match param_close_date_to {
        Some(param_close_date_to) => {
            let param_close_date_to =
                <chrono::naive::NaiveDate as std::str::FromStr>::from_str(&param_close_date_to);
            match param_close_date_to {
                            Ok(param_close_date_to) => Some(param_close_date_to),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter close_date_to - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter close_date_to")),
                        }
        }
        None => None,
    };

    let result = api_impl
        .get_pipeline_summary(
            param_pipeline_id,
            param_owner_id,
            param_close_date_from,
            param_close_date_to,
            &context,
        )
        .await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetPipelineSummaryResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                response.headers_mut().insert(
                    HeaderName::from_static("www-authenticate"),
                    www_authenticate,
                );
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::TooManyRequests(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
            GetPipelineSummaryResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                // JSON Body
                let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                *response.body_mut() = body_from_string(body);
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

/// Request parser for `Api`.
pub struct ApiRequestParser;
impl<T> RequestParser<T> for ApiRequestParser {
    fn parse_operation_id(request: &Request<T>) -> Option<&'static str> {
        let path = paths::GLOBAL_REGEX_SET.matches(request.uri().path());
        match *request.method() {
            // CreateAccount - POST /v1/accounts
            hyper::Method::POST if path.matched(paths::ID_V1_ACCOUNTS) => Some("CreateAccount"),
            // ListAccounts - GET /v1/accounts
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS) => Some("ListAccounts"),
            // DeleteAccount - DELETE /v1/accounts/{account_id}
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => {
                Some("DeleteAccount")
            }
            // GetAccount - GET /v1/accounts/{account_id}
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => {
                Some("GetAccount")
            }
            // UpdateAccount - PATCH /v1/accounts/{account_id}
            hyper::Method::PATCH if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_ID) => {
                Some("UpdateAccount")
            }
            // ListAuditEvents - GET /v1/audit-events
            hyper::Method::GET if path.matched(paths::ID_V1_AUDIT_EVENTS) => {
                Some("ListAuditEvents")
            }
            // CreateContact - POST /v1/contacts
            hyper::Method::POST if path.matched(paths::ID_V1_CONTACTS) => Some("CreateContact"),
            // ListContacts - GET /v1/contacts
            hyper::Method::GET if path.matched(paths::ID_V1_CONTACTS) => Some("ListContacts"),
            // DeleteContact - DELETE /v1/contacts/{contact_id}
            hyper::Method::DELETE if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => {
                Some("DeleteContact")
            }
            // GetContact - GET /v1/contacts/{contact_id}
            hyper::Method::GET if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => {
                Some("GetContact")
            }
            // UpdateContact - PATCH /v1/contacts/{contact_id}
            hyper::Method::PATCH if path.matched(paths::ID_V1_CONTACTS_CONTACT_ID) => {
                Some("UpdateContact")
            }
            // GetContract - GET /v1/openapi.json
            hyper::Method::GET if path.matched(paths::ID_V1_OPENAPI_JSON) => Some("GetContract"),
            // ListChangeEvents - GET /v1/events
            hyper::Method::GET if path.matched(paths::ID_V1_EVENTS) => Some("ListChangeEvents"),
            // EraseContact - POST /v1/gdpr/contacts/{contact_id}/erasure
            hyper::Method::POST if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_ERASURE) => {
                Some("EraseContact")
            }
            // ExportContactData - GET /v1/gdpr/contacts/{contact_id}/export
            hyper::Method::GET if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_EXPORT) => {
                Some("ExportContactData")
            }
            // PlaceLegalHold - PUT /v1/gdpr/contacts/{contact_id}/legal-hold
            hyper::Method::PUT
                if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD) =>
            {
                Some("PlaceLegalHold")
            }
            // ReleaseLegalHold - DELETE /v1/gdpr/contacts/{contact_id}/legal-hold
            hyper::Method::DELETE
                if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_LEGAL_HOLD) =>
            {
                Some("ReleaseLegalHold")
            }
            // RestrictContactProcessing - PUT /v1/gdpr/contacts/{contact_id}/restriction
            hyper::Method::PUT
                if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION) =>
            {
                Some("RestrictContactProcessing")
            }
            // UnrestrictContactProcessing - DELETE /v1/gdpr/contacts/{contact_id}/restriction
            hyper::Method::DELETE
                if path.matched(paths::ID_V1_GDPR_CONTACTS_CONTACT_ID_RESTRICTION) =>
            {
                Some("UnrestrictContactProcessing")
            }
            // GetLiveness - GET /v1/health/live
            hyper::Method::GET if path.matched(paths::ID_V1_HEALTH_LIVE) => Some("GetLiveness"),
            // GetReadiness - GET /v1/health/ready
            hyper::Method::GET if path.matched(paths::ID_V1_HEALTH_READY) => Some("GetReadiness"),
            // BatchCreateOpportunities - POST /v1/opportunities/batch-create
            hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_BATCH_CREATE) => {
                Some("BatchCreateOpportunities")
            }
            // BatchUpdateOpportunities - POST /v1/opportunities/batch-update
            hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_BATCH_UPDATE) => {
                Some("BatchUpdateOpportunities")
            }
            // CreateOpportunity - POST /v1/opportunities
            hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES) => {
                Some("CreateOpportunity")
            }
            // ListOpportunities - GET /v1/opportunities
            hyper::Method::GET if path.matched(paths::ID_V1_OPPORTUNITIES) => {
                Some("ListOpportunities")
            }
            // CreateLineItem - POST /v1/opportunities/{opportunity_id}/line-items
            hyper::Method::POST
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS) =>
            {
                Some("CreateLineItem")
            }
            // CreateNote - POST /v1/opportunities/{opportunity_id}/notes
            hyper::Method::POST
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES) =>
            {
                Some("CreateNote")
            }
            // DeleteOpportunity - DELETE /v1/opportunities/{opportunity_id}
            hyper::Method::DELETE if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) => {
                Some("DeleteOpportunity")
            }
            // GetOpportunity - GET /v1/opportunities/{opportunity_id}
            hyper::Method::GET if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) => {
                Some("GetOpportunity")
            }
            // ListLineItems - GET /v1/opportunities/{opportunity_id}/line-items
            hyper::Method::GET
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS) =>
            {
                Some("ListLineItems")
            }
            // ListNotes - GET /v1/opportunities/{opportunity_id}/notes
            hyper::Method::GET if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES) => {
                Some("ListNotes")
            }
            // ListStageHistory - GET /v1/opportunities/{opportunity_id}/stage-history
            hyper::Method::GET
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_STAGE_HISTORY) =>
            {
                Some("ListStageHistory")
            }
            // LoseOpportunity - POST /v1/opportunities/{opportunity_id}/lose
            hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LOSE) => {
                Some("LoseOpportunity")
            }
            // MoveOpportunityStage - POST /v1/opportunities/{opportunity_id}/move
            hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_MOVE) => {
                Some("MoveOpportunityStage")
            }
            // PurgeOpportunity - POST /v1/opportunities/{opportunity_id}/purge
            hyper::Method::POST
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_PURGE) =>
            {
                Some("PurgeOpportunity")
            }
            // ReopenOpportunity - POST /v1/opportunities/{opportunity_id}/reopen
            hyper::Method::POST
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_REOPEN) =>
            {
                Some("ReopenOpportunity")
            }
            // RestoreOpportunity - POST /v1/opportunities/{opportunity_id}/restore
            hyper::Method::POST
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_RESTORE) =>
            {
                Some("RestoreOpportunity")
            }
            // UpdateOpportunity - PATCH /v1/opportunities/{opportunity_id}
            hyper::Method::PATCH if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID) => {
                Some("UpdateOpportunity")
            }
            // UpsertOpportunityByExternalId - PUT /v1/opportunities/by-external-id/{external_id}
            hyper::Method::PUT
                if path.matched(paths::ID_V1_OPPORTUNITIES_BY_EXTERNAL_ID_EXTERNAL_ID) =>
            {
                Some("UpsertOpportunityByExternalId")
            }
            // WinOpportunity - POST /v1/opportunities/{opportunity_id}/win
            hyper::Method::POST if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_WIN) => {
                Some("WinOpportunity")
            }
            // DeleteLineItem - DELETE /v1/opportunities/{opportunity_id}/line-items/{line_item_id}
            hyper::Method::DELETE
                if path
                    .matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID) =>
            {
                Some("DeleteLineItem")
            }
            // DeleteNote - DELETE /v1/opportunities/{opportunity_id}/notes/{note_id}
            hyper::Method::DELETE
                if path.matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_NOTES_NOTE_ID) =>
            {
                Some("DeleteNote")
            }
            // UpdateLineItem - PATCH /v1/opportunities/{opportunity_id}/line-items/{line_item_id}
            hyper::Method::PATCH
                if path
                    .matched(paths::ID_V1_OPPORTUNITIES_OPPORTUNITY_ID_LINE_ITEMS_LINE_ITEM_ID) =>
            {
                Some("UpdateLineItem")
            }
            // CreatePipeline - POST /v1/pipelines
            hyper::Method::POST if path.matched(paths::ID_V1_PIPELINES) => Some("CreatePipeline"),
            // ListPipelines - GET /v1/pipelines
            hyper::Method::GET if path.matched(paths::ID_V1_PIPELINES) => Some("ListPipelines"),
            // CreateStage - POST /v1/pipelines/{pipeline_id}/stages
            hyper::Method::POST if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES) => {
                Some("CreateStage")
            }
            // DeletePipeline - DELETE /v1/pipelines/{pipeline_id}
            hyper::Method::DELETE if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => {
                Some("DeletePipeline")
            }
            // GetPipeline - GET /v1/pipelines/{pipeline_id}
            hyper::Method::GET if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => {
                Some("GetPipeline")
            }
            // UpdatePipeline - PATCH /v1/pipelines/{pipeline_id}
            hyper::Method::PATCH if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID) => {
                Some("UpdatePipeline")
            }
            // DeleteStage - DELETE /v1/pipelines/{pipeline_id}/stages/{stage_id}
            hyper::Method::DELETE
                if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID) =>
            {
                Some("DeleteStage")
            }
            // UpdateStage - PATCH /v1/pipelines/{pipeline_id}/stages/{stage_id}
            hyper::Method::PATCH
                if path.matched(paths::ID_V1_PIPELINES_PIPELINE_ID_STAGES_STAGE_ID) =>
            {
                Some("UpdateStage")
            }
            // GetForecast - GET /v1/reports/forecast
            hyper::Method::GET if path.matched(paths::ID_V1_REPORTS_FORECAST) => {
                Some("GetForecast")
            }
            // GetPipelineSummary - GET /v1/reports/pipeline-summary
            hyper::Method::GET if path.matched(paths::ID_V1_REPORTS_PIPELINE_SUMMARY) => {
                Some("GetPipelineSummary")
            }
            _ => None,
        }
    }
}
