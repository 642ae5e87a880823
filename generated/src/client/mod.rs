use async_trait::async_trait;
use bytes::Bytes;
use futures::{
    future, future::BoxFuture, future::FutureExt, future::TryFutureExt, stream, stream::StreamExt,
    Stream,
};
use http_body_util::{combinators::BoxBody, Full};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{
    body::{Body, Incoming},
    service::Service,
    Request, Response, Uri,
};
use percent_encoding::{utf8_percent_encode, AsciiSet};
use std::borrow::Cow;
use std::convert::{Infallible, TryInto};
use std::error::Error;
use std::fmt;
use std::future::Future;
use std::io::{ErrorKind, Read};
use std::marker::PhantomData;
use std::path::Path;
use std::str;
use std::str::FromStr;
use std::string::ToString;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use swagger::{ApiError, AuthData, BodyExt, Connector, DropContextService, Has, XSpanIdString};
use tower_service::Service as _;
use url::form_urlencoded;

use crate::header;
use crate::models;

/// https://url.spec.whatwg.org/#fragment-percent-encode-set
#[allow(dead_code)]
const FRAGMENT_ENCODE_SET: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`');

/// This encode set is used for object IDs
///
/// Aside from the special characters defined in the `PATH_SEGMENT_ENCODE_SET`,
/// the vertical bar (|) is encoded.
#[allow(dead_code)]
const ID_ENCODE_SET: &AsciiSet = &FRAGMENT_ENCODE_SET.add(b'|');

use crate::{
    Api, BatchCreateOpportunitiesResponse, BatchUpdateOpportunitiesResponse, CreateAccountResponse,
    CreateContactResponse, CreateLineItemResponse, CreateNoteResponse, CreateOpportunityResponse,
    CreatePipelineResponse, CreateStageResponse, CreateWebhookSubscriptionResponse,
    DeleteAccountResponse, DeleteContactResponse, DeleteLineItemResponse, DeleteNoteResponse,
    DeleteOpportunityResponse, DeletePipelineResponse, DeleteStageResponse,
    DeleteWebhookSubscriptionResponse, EraseContactResponse, ExportContactDataResponse,
    GetAccountResponse, GetContactConsentsResponse, GetContactResponse, GetContractResponse,
    GetForecastResponse, GetLivenessResponse, GetOpportunityResponse, GetPipelineResponse,
    GetPipelineSummaryResponse, GetReadinessResponse, GetWebhookSubscriptionResponse,
    ListAccountsResponse, ListAuditEventsResponse, ListChangeEventsResponse, ListContactsResponse,
    ListLineItemsResponse, ListNotesResponse, ListOpportunitiesResponse, ListPipelinesResponse,
    ListStageHistoryResponse, ListWebhookDeliveriesResponse, ListWebhookSubscriptionsResponse,
    LoseOpportunityResponse, MoveOpportunityStageResponse, PlaceLegalHoldResponse,
    PurgeOpportunityResponse, RecordContactConsentResponse, RedeliverWebhooksResponse,
    ReleaseLegalHoldResponse, ReopenOpportunityResponse, RestoreOpportunityResponse,
    RestrictContactProcessingResponse, RotateWebhookSecretResponse, SendTestWebhookResponse,
    UnrestrictContactProcessingResponse, UpdateAccountResponse, UpdateContactResponse,
    UpdateLineItemResponse, UpdateOpportunityResponse, UpdatePipelineResponse, UpdateStageResponse,
    UpdateWebhookSubscriptionResponse, UpsertOpportunityByExternalIdResponse,
    WinOpportunityResponse,
};

/// Convert input into a base path, e.g. "http://example:123". Also checks the scheme as it goes.
fn into_base_path(
    input: impl TryInto<Uri, Error = hyper::http::uri::InvalidUri>,
    correct_scheme: Option<&'static str>,
) -> Result<String, ClientInitError> {
    // First convert to Uri, since a base path is a subset of Uri.
    let uri = input.try_into()?;

    let scheme = uri.scheme_str().ok_or(ClientInitError::InvalidScheme)?;

    // Check the scheme if necessary
    if let Some(correct_scheme) = correct_scheme {
        if scheme != correct_scheme {
            return Err(ClientInitError::InvalidScheme);
        }
    }

    let host = uri.host().ok_or(ClientInitError::MissingHost)?;
    let port = uri.port_u16().map(|x| format!(":{x}")).unwrap_or_default();
    Ok(format!(
        "{scheme}://{host}{port}{}",
        uri.path().trim_end_matches('/')
    ))
}

/// A client that implements the API by making HTTP calls out to a server.
pub struct Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    /// Inner service
    client_service: S,

    /// Base path of the API
    base_path: String,

    /// Marker
    marker: PhantomData<fn(C)>,
}

impl<S, C> fmt::Debug for Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Client {{ base_path: {} }}", self.base_path)
    }
}

impl<S, C> Clone for Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        Self {
            client_service: self.client_service.clone(),
            base_path: self.base_path.clone(),
            marker: PhantomData,
        }
    }
}

impl<Connector, C>
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<Connector, BoxBody<Bytes, Infallible>>,
            >,
            C,
        >,
        C,
    >
where
    Connector: hyper_util::client::legacy::connect::Connect + Clone + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    /// Create a client with a custom implementation of hyper::client::Connect.
    ///
    /// Intended for use with custom implementations of connect for e.g. protocol logging
    /// or similar functionality which requires wrapping the transport layer. When wrapping a TCP connection,
    /// this function should be used in conjunction with `swagger::Connector::builder()`.
    ///
    /// For ordinary tcp connections, prefer the use of `try_new_http`, `try_new_https`
    /// and `try_new_https_mutual`, to avoid introducing a dependency on the underlying transport layer.
    ///
    /// # Arguments
    ///
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    /// * `protocol` - Which protocol to use when constructing the request url, e.g. `Some("http")`
    /// * `connector` - Implementation of `hyper::client::Connect` to use for the client
    pub fn try_new_with_connector(
        base_path: &str,
        protocol: Option<&'static str>,
        connector: Connector,
    ) -> Result<Self, ClientInitError> {
        let client_service =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build(connector);
        let client_service = DropContextService::new(
            hyper_util::service::TowerToHyperService::new(client_service),
        );

        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, protocol)?,
            marker: PhantomData,
        })
    }
}

#[cfg(all(
    feature = "client-tls",
    any(target_os = "macos", target_os = "windows", target_os = "ios")
))]
type HyperHttpsConnector =
    hyper_tls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(all(
    feature = "client-tls",
    not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
type HyperHttpsConnector = hyper_openssl::client::legacy::HttpsConnector<
    hyper_util::client::legacy::connect::HttpConnector,
>;

#[derive(Debug, Clone)]
pub enum HyperClient {
    Http(
        hyper_util::client::legacy::Client<
            hyper_util::client::legacy::connect::HttpConnector,
            BoxBody<Bytes, Infallible>,
        >,
    ),
    #[cfg(feature = "client-tls")]
    Https(hyper_util::client::legacy::Client<HyperHttpsConnector, BoxBody<Bytes, Infallible>>),
}

impl Service<Request<BoxBody<Bytes, Infallible>>> for HyperClient {
    type Response = Response<Incoming>;
    type Error = hyper_util::client::legacy::Error;
    type Future = hyper_util::client::legacy::ResponseFuture;

    fn call(&self, req: Request<BoxBody<Bytes, Infallible>>) -> Self::Future {
        match self {
            HyperClient::Http(client) => client.request(req),
            #[cfg(feature = "client-tls")]
            HyperClient::Https(client) => client.request(req),
        }
    }
}

impl<C> Client<DropContextService<HyperClient, C>, C>
where
    C: Clone + Send + Sync + 'static,
{
    /// Create an HTTP client.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    pub fn try_new(base_path: &str) -> Result<Self, ClientInitError> {
        let uri = Uri::from_str(base_path)?;

        let scheme = uri.scheme_str().ok_or(ClientInitError::InvalidScheme)?;
        let scheme = scheme.to_ascii_lowercase();

        let connector = Connector::builder();

        let client_service = match scheme.as_str() {
            "http" => HyperClient::Http(
                hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                    .build(connector.build()),
            ),
            #[cfg(feature = "client-tls")]
            "https" => {
                let https_connector = connector
                    .https()
                    .build()
                    .map_err(ClientInitError::SslError)?;
                HyperClient::Https(
                    hyper_util::client::legacy::Client::builder(
                        hyper_util::rt::TokioExecutor::new(),
                    )
                    .build(https_connector),
                )
            }
            #[cfg(not(feature = "client-tls"))]
            "https" => {
                return Err(ClientInitError::TlsNotEnabled);
            }
            _ => {
                return Err(ClientInitError::InvalidScheme);
            }
        };

        let client_service = DropContextService::new(client_service);

        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, None)?,
            marker: PhantomData,
        })
    }
}

impl<C>
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<
                    hyper_util::client::legacy::connect::HttpConnector,
                    BoxBody<Bytes, Infallible>,
                >,
            >,
            C,
        >,
        C,
    >
where
    C: Clone + Send + Sync + 'static,
{
    /// Create an HTTP client.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    pub fn try_new_http(base_path: &str) -> Result<Self, ClientInitError> {
        let http_connector = Connector::builder().build();

        Self::try_new_with_connector(base_path, Some("http"), http_connector)
    }
}

#[cfg(all(
    feature = "client-tls",
    any(target_os = "macos", target_os = "windows", target_os = "ios")
))]
type HttpsConnector = hyper_tls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(all(
    feature = "client-tls",
    not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
type HttpsConnector = hyper_openssl::client::legacy::HttpsConnector<
    hyper_util::client::legacy::connect::HttpConnector,
>;

#[cfg(feature = "client-tls")]
impl<C>
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<HttpsConnector, BoxBody<Bytes, Infallible>>,
            >,
            C,
        >,
        C,
    >
where
    C: Clone + Send + Sync + 'static,
{
    /// Create a client with a TLS connection to the server.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
    pub fn try_new_https(base_path: &str) -> Result<Self, ClientInitError> {
        let https_connector = Connector::builder()
            .https()
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a TLS connection to the server using OpenSSL via swagger.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https(base_path: &str) -> Result<Self, ClientInitError> {
        let https_connector = Connector::builder()
            .https()
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a TLS connection to the server using a pinned certificate.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    /// * `ca_certificate` - Path to CA certificate used to authenticate the server
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https_pinned<CA>(
        base_path: &str,
        ca_certificate: CA,
    ) -> Result<Self, ClientInitError>
    where
        CA: AsRef<Path>,
    {
        let https_connector = Connector::builder()
            .https()
            .pin_server_certificate(ca_certificate)
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a mutually authenticated TLS connection to the server.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    /// * `ca_certificate` - Path to CA certificate used to authenticate the server
    /// * `client_key` - Path to the client private key
    /// * `client_certificate` - Path to the client's public certificate associated with the private key
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https_mutual<CA, K, D>(
        base_path: &str,
        ca_certificate: CA,
        client_key: K,
        client_certificate: D,
    ) -> Result<Self, ClientInitError>
    where
        CA: AsRef<Path>,
        K: AsRef<Path>,
        D: AsRef<Path>,
    {
        let https_connector = Connector::builder()
            .https()
            .pin_server_certificate(ca_certificate)
            .client_authentication(client_key, client_certificate)
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }
}

impl<S, C> Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    /// Constructor for creating a `Client` by passing in a pre-made `hyper::service::Service` /
    /// `tower::Service`
    ///
    /// This allows adding custom wrappers around the underlying transport, for example for logging.
    pub fn try_new_with_client_service(
        client_service: S,
        base_path: &str,
    ) -> Result<Self, ClientInitError> {
        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, None)?,
            marker: PhantomData,
        })
    }
}

/// Error type failing to create a Client
#[derive(Debug)]
pub enum ClientInitError {
    /// Invalid URL Scheme
    InvalidScheme,

    /// Invalid URI
    InvalidUri(hyper::http::uri::InvalidUri),

    /// Missing Hostname
    MissingHost,

    /// HTTPS requested but TLS features not enabled
    TlsNotEnabled,

    /// SSL Connection Error
    #[cfg(all(
        feature = "client-tls",
        any(target_os = "macos", target_os = "windows", target_os = "ios")
    ))]
    SslError(native_tls::Error),

    /// SSL Connection Error
    #[cfg(all(
        feature = "client-tls",
        not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
    ))]
    SslError(openssl::error::ErrorStack),
}

impl From<hyper::http::uri::InvalidUri> for ClientInitError {
    fn from(err: hyper::http::uri::InvalidUri) -> ClientInitError {
        ClientInitError::InvalidUri(err)
    }
}

impl fmt::Display for ClientInitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s: &dyn fmt::Debug = self;
        s.fmt(f)
    }
}

impl Error for ClientInitError {
    fn description(&self) -> &str {
        "Failed to produce a hyper client."
    }
}

#[allow(dead_code)]
fn body_from_string(s: String) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(s)))
}

#[allow(dead_code)]
fn body_from_bytes(b: Vec<u8>) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(b)))
}

#[async_trait]
impl<S, C, B> Api<C> for Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C), Response = Response<B>>
        + Clone
        + Sync
        + Send
        + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Has<XSpanIdString> + Has<Option<AuthData>> + Clone + Send + Sync + 'static,
    B: hyper::body::Body + Send + 'static + Unpin,
    B::Data: Send,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{
    #[allow(clippy::vec_init_then_push)]
    async fn create_account(
        &self,
        param_account_create: models::AccountCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateAccountResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/accounts", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_account_create).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Account>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateAccountResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_accounts(
        &self,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        param_q: Option<String>,
        param_updated_since: Option<chrono::DateTime<chrono::Utc>>,
        param_sort: Option<models::AccountSort>,
        context: &C,
    ) -> Result<ListAccountsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/accounts", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            if let Some(param_q) = param_q {
                query_string.append_pair("q", &param_q);
            }
            if let Some(param_updated_since) = param_updated_since {
                query_string.append_pair("updated_since", &param_updated_since.to_string());
            }
            if let Some(param_sort) = param_sort {
                query_string.append_pair("sort", &param_sort.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::AccountPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::Forbidden(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAccountsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_account(
        &self,
        param_account_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeleteAccountResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/accounts/{account_id}",
            self.base_path,
            account_id = utf8_percent_encode(&param_account_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteAccountResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteAccountResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_account(
        &self,
        param_account_id: uuid::Uuid,
        param_if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetAccountResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/accounts/{account_id}",
            self.base_path,
            account_id = utf8_percent_encode(&param_account_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_none_match {
            Some(param_if_none_match) => {
                request.headers_mut().append(
                    HeaderName::from_static("if-none-match"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_if_none_match.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header if_none_match - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Account>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            304 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 304 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 304 was not found.",
                        )))
                    }
                };

                Ok(GetAccountResponse::NotModified {
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetAccountResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_account(
        &self,
        param_account_id: uuid::Uuid,
        param_if_match: String,
        param_account_patch: models::AccountPatch,
        context: &C,
    ) -> Result<UpdateAccountResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/accounts/{account_id}",
            self.base_path,
            account_id = utf8_percent_encode(&param_account_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_account_patch).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Account>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateAccountResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_audit_events(
        &self,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        param_actor_id: Option<String>,
        param_resource_type: Option<models::ResourceType>,
        param_resource_id: Option<uuid::Uuid>,
        param_occurred_from: Option<chrono::DateTime<chrono::Utc>>,
        param_occurred_to: Option<chrono::DateTime<chrono::Utc>>,
        context: &C,
    ) -> Result<ListAuditEventsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/audit-events", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            if let Some(param_actor_id) = param_actor_id {
                query_string.append_pair("actor_id", &param_actor_id);
            }
            if let Some(param_resource_type) = param_resource_type {
                query_string.append_pair("resource_type", &param_resource_type.to_string());
            }
            if let Some(param_resource_id) = param_resource_id {
                query_string.append_pair("resource_id", &param_resource_id.to_string());
            }
            if let Some(param_occurred_from) = param_occurred_from {
                query_string.append_pair("occurred_from", &param_occurred_from.to_string());
            }
            if let Some(param_occurred_to) = param_occurred_to {
                query_string.append_pair("occurred_to", &param_occurred_to.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::AuditEventPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::Forbidden(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListAuditEventsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_contact(
        &self,
        param_contact_create: models::ContactCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateContactResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/contacts", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_contact_create).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 201 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 201 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateContactResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_contacts(
        &self,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        param_q: Option<String>,
        param_updated_since: Option<chrono::DateTime<chrono::Utc>>,
        param_account_id: Option<uuid::Uuid>,
        context: &C,
    ) -> Result<ListContactsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/contacts", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            if let Some(param_q) = param_q {
                query_string.append_pair("q", &param_q);
            }
            if let Some(param_updated_since) = param_updated_since {
                query_string.append_pair("updated_since", &param_updated_since.to_string());
            }
            if let Some(param_account_id) = param_account_id {
                query_string.append_pair("account_id", &param_account_id.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ContactPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::Ok {
                    body,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::Forbidden(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListContactsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_contact(
        &self,
        param_contact_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeleteContactResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/contacts/{contact_id}",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteContactResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteContactResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_contact(
        &self,
        param_contact_id: uuid::Uuid,
        param_if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetContactResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/contacts/{contact_id}",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_none_match {
            Some(param_if_none_match) => {
                request.headers_mut().append(
                    HeaderName::from_static("if-none-match"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_if_none_match.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header if_none_match - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                    cache_control: response_cache_control,
                })
            }
            304 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 304 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 304 was not found.",
                        )))
                    }
                };

                Ok(GetContactResponse::NotModified {
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_contact_consents(
        &self,
        param_contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<GetContactConsentsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/contacts/{contact_id}/consents",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ConsentHistory>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::Ok {
                    body,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContactConsentsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn record_contact_consent(
        &self,
        param_contact_id: uuid::Uuid,
        param_consent_change: models::ConsentChange,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<RecordContactConsentResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/contacts/{contact_id}/consents",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_consent_change).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 201 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 201 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ConsentEvent>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::Created {
                    body,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RecordContactConsentResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_contact(
        &self,
        param_contact_id: uuid::Uuid,
        param_if_match: String,
        param_contact_patch: models::ContactPatch,
        context: &C,
    ) -> Result<UpdateContactResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/contacts/{contact_id}",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_contact_patch).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateContactResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_contract(&self, context: &C) -> Result<GetContractResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/openapi.json", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<
                    std::collections::HashMap<String, serde_json::Value>,
                >(body)
                .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(GetContractResponse::Ok(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContractResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetContractResponse::InternalServerError(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_change_events(
        &self,
        param_limit: Option<u32>,
        param_after: Option<String>,
        param_types: Option<String>,
        param_resource: Option<uuid::Uuid>,
        context: &C,
    ) -> Result<ListChangeEventsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/events", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_after) = param_after {
                query_string.append_pair("after", &param_after);
            }
            if let Some(param_types) = param_types {
                query_string.append_pair("types", &param_types);
            }
            if let Some(param_resource) = param_resource {
                query_string.append_pair("resource", &param_resource.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ChangeEventPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::Forbidden(body))
            }
            410 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::Gone(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListChangeEventsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn erase_contact(
        &self,
        param_contact_id: uuid::Uuid,
        param_erasure_request: models::ErasureRequest,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<EraseContactResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/gdpr/contacts/{contact_id}/erasure",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_erasure_request).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ErasureReceipt>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(EraseContactResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn export_contact_data(
        &self,
        param_contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<ExportContactDataResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/gdpr/contacts/{contact_id}/export",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::DataSubjectExport>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(ExportContactDataResponse::Ok {
                    body,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExportContactDataResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn place_legal_hold(
        &self,
        param_contact_id: uuid::Uuid,
        param_legal_hold_request: models::LegalHoldRequest,
        context: &C,
    ) -> Result<PlaceLegalHoldResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/gdpr/contacts/{contact_id}/legal-hold",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PUT")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_legal_hold_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PlaceLegalHoldResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn release_legal_hold(
        &self,
        param_contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<ReleaseLegalHoldResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/gdpr/contacts/{contact_id}/legal-hold",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::Conflict(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReleaseLegalHoldResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn restrict_contact_processing(
        &self,
        param_contact_id: uuid::Uuid,
        param_restriction_request: models::RestrictionRequest,
        context: &C,
    ) -> Result<RestrictContactProcessingResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/gdpr/contacts/{contact_id}/restriction",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PUT")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_restriction_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::UnsupportedMediaType(
                    body,
                ))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestrictContactProcessingResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn unrestrict_contact_processing(
        &self,
        param_contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<UnrestrictContactProcessingResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/gdpr/contacts/{contact_id}/restriction",
            self.base_path,
            contact_id = utf8_percent_encode(&param_contact_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let response_cache_control = match header
                    .headers
                    .get(HeaderName::from_static("cache-control"))
                {
                    Some(response_cache_control) => {
                        let response_cache_control = response_cache_control.clone();
                        let response_cache_control =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_cache_control,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Cache-Control for response 200 - {e}")));
                                }
                            };
                        response_cache_control.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header Cache-Control for response 200 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Contact>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                    cache_control: response_cache_control,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::Conflict(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::InternalServerError(
                    body,
                ))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UnrestrictContactProcessingResponse::ServiceUnavailable(
                    body,
                ))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_liveness(&self, context: &C) -> Result<GetLivenessResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/health/live", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Health>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetLivenessResponse::Ok(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetLivenessResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetLivenessResponse::InternalServerError(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_readiness(&self, context: &C) -> Result<GetReadinessResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/health/ready", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Health>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::Ok(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn batch_create_opportunities(
        &self,
        param_opportunity_batch_create: models::OpportunityBatchCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<BatchCreateOpportunitiesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/opportunities/batch-create", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_opportunity_batch_create)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::OpportunityBatchResult>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(BatchCreateOpportunitiesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchCreateOpportunitiesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn batch_update_opportunities(
        &self,
        param_opportunity_batch_update: models::OpportunityBatchUpdate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<BatchUpdateOpportunitiesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/opportunities/batch-update", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_opportunity_batch_update)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::OpportunityBatchResult>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(BatchUpdateOpportunitiesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(BatchUpdateOpportunitiesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_opportunity(
        &self,
        param_opportunity_create: models::OpportunityCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/opportunities", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_opportunity_create)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_opportunities<'a>(
        &self,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        param_q: Option<String>,
        param_updated_since: Option<chrono::DateTime<chrono::Utc>>,
        param_status: Option<&'a Vec<models::OpportunityStatus>>,
        param_pipeline_id: Option<uuid::Uuid>,
        param_stage_id: Option<uuid::Uuid>,
        param_owner_id: Option<String>,
        param_account_id: Option<uuid::Uuid>,
        param_currency: Option<String>,
        param_close_date_from: Option<chrono::naive::NaiveDate>,
        param_close_date_to: Option<chrono::naive::NaiveDate>,
        param_amount_min: Option<String>,
        param_amount_max: Option<String>,
        param_sort: Option<models::OpportunitySort>,
        context: &C,
    ) -> Result<ListOpportunitiesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/opportunities", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            if let Some(param_q) = param_q {
                query_string.append_pair("q", &param_q);
            }
            if let Some(param_updated_since) = param_updated_since {
                query_string.append_pair("updated_since", &param_updated_since.to_string());
            }
            if let Some(param_status) = param_status {
                query_string.append_pair(
                    "status",
                    &param_status
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<String>>()
                        .join(","),
                );
            }
            if let Some(param_pipeline_id) = param_pipeline_id {
                query_string.append_pair("pipeline_id", &param_pipeline_id.to_string());
            }
            if let Some(param_stage_id) = param_stage_id {
                query_string.append_pair("stage_id", &param_stage_id.to_string());
            }
            if let Some(param_owner_id) = param_owner_id {
                query_string.append_pair("owner_id", &param_owner_id);
            }
            if let Some(param_account_id) = param_account_id {
                query_string.append_pair("account_id", &param_account_id.to_string());
            }
            if let Some(param_currency) = param_currency {
                query_string.append_pair("currency", &param_currency);
            }
            if let Some(param_close_date_from) = param_close_date_from {
                query_string.append_pair("close_date_from", &param_close_date_from.to_string());
            }
            if let Some(param_close_date_to) = param_close_date_to {
                query_string.append_pair("close_date_to", &param_close_date_to.to_string());
            }
            if let Some(param_amount_min) = param_amount_min {
                query_string.append_pair("amount_min", &param_amount_min);
            }
            if let Some(param_amount_max) = param_amount_max {
                query_string.append_pair("amount_max", &param_amount_max);
            }
            if let Some(param_sort) = param_sort {
                query_string.append_pair("sort", &param_sort.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::OpportunityPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::Forbidden(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListOpportunitiesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_line_item(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_line_item_create: models::LineItemCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateLineItemResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/line-items",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_line_item_create)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::LineItem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateLineItemResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_note(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_note_create: models::NoteCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateNoteResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/notes",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_note_create).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Note>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::Created {
                    body,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateNoteResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeleteOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteOpportunityResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_none_match {
            Some(param_if_none_match) => {
                request.headers_mut().append(
                    HeaderName::from_static("if-none-match"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_if_none_match.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header if_none_match - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            304 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 304 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 304 was not found.",
                        )))
                    }
                };

                Ok(GetOpportunityResponse::NotModified {
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_line_items(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        context: &C,
    ) -> Result<ListLineItemsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/line-items",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::LineItemPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListLineItemsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_notes(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        context: &C,
    ) -> Result<ListNotesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/notes",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::NotePage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListNotesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_stage_history(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        context: &C,
    ) -> Result<ListStageHistoryResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/stage-history",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::StageHistoryPage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListStageHistoryResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn lose_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_lose_opportunity: models::LoseOpportunity,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<LoseOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/lose",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_lose_opportunity)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(LoseOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn move_opportunity_stage(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_move_opportunity_stage: models::MoveOpportunityStage,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<MoveOpportunityStageResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/move",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_move_opportunity_stage)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(MoveOpportunityStageResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn purge_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<PurgeOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/purge",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(PurgeOpportunityResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::PreconditionFailed(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(PurgeOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn reopen_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_idempotency_key: Option<String>,
        param_reopen_opportunity: Option<models::ReopenOpportunity>,
        context: &C,
    ) -> Result<ReopenOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/reopen",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        if let Some(param_reopen_opportunity) = param_reopen_opportunity {
            let body = serde_json::to_string(&param_reopen_opportunity)
                .expect("impossible to fail to serialize");
            *request.body_mut() = body_from_string(body);
        }

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ReopenOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn restore_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_idempotency_key: Option<String>,
        param_if_match: Option<String>,
        context: &C,
    ) -> Result<RestoreOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/restore",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        #[allow(clippy::single_match)]
        match param_if_match {
            Some(param_if_match) => {
                request.headers_mut().append(
                    HeaderName::from_static("if-match"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header if_match - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::PreconditionFailed(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RestoreOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_opportunity_patch: models::OpportunityPatch,
        context: &C,
    ) -> Result<UpdateOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_opportunity_patch)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn upsert_opportunity_by_external_id(
        &self,
        param_external_id: String,
        param_opportunity_upsert: models::OpportunityUpsert,
        param_if_match: Option<String>,
        context: &C,
    ) -> Result<UpsertOpportunityByExternalIdResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/by-external-id/{external_id}",
            self.base_path,
            external_id = utf8_percent_encode(&param_external_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PUT")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_opportunity_upsert)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_match {
            Some(param_if_match) => {
                request.headers_mut().append(
                    HeaderName::from_static("if-match"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header if_match - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::PreconditionFailed(
                    body,
                ))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::UnsupportedMediaType(
                    body,
                ))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::UnprocessableEntity(
                    body,
                ))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::InternalServerError(
                    body,
                ))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpsertOpportunityByExternalIdResponse::ServiceUnavailable(
                    body,
                ))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn win_opportunity(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_if_match: String,
        param_idempotency_key: Option<String>,
        param_win_opportunity: Option<models::WinOpportunity>,
        context: &C,
    ) -> Result<WinOpportunityResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/win",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        if let Some(param_win_opportunity) = param_win_opportunity {
            let body = serde_json::to_string(&param_win_opportunity)
                .expect("impossible to fail to serialize");
            *request.body_mut() = body_from_string(body);
        }

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Opportunity>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(WinOpportunityResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_line_item(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_line_item_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeleteLineItemResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/line-items/{line_item_id}",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET),
            line_item_id = utf8_percent_encode(&param_line_item_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteLineItemResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteLineItemResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_note(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_note_id: uuid::Uuid,
        context: &C,
    ) -> Result<DeleteNoteResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/notes/{note_id}",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET),
            note_id = utf8_percent_encode(&param_note_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteNoteResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNoteResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_line_item(
        &self,
        param_opportunity_id: uuid::Uuid,
        param_line_item_id: uuid::Uuid,
        param_if_match: String,
        param_line_item_patch: models::LineItemPatch,
        context: &C,
    ) -> Result<UpdateLineItemResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/opportunities/{opportunity_id}/line-items/{line_item_id}",
            self.base_path,
            opportunity_id = utf8_percent_encode(&param_opportunity_id.to_string(), ID_ENCODE_SET),
            line_item_id = utf8_percent_encode(&param_line_item_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_line_item_patch).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::LineItem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateLineItemResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_pipeline(
        &self,
        param_pipeline_create: models::PipelineCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreatePipelineResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/pipelines", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_pipeline_create).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Pipeline>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreatePipelineResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_pipelines(
        &self,
        param_limit: Option<u32>,
        param_cursor: Option<String>,
        context: &C,
    ) -> Result<ListPipelinesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/pipelines", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor);
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::PipelinePage>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::Forbidden(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListPipelinesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_stage(
        &self,
        param_pipeline_id: uuid::Uuid,
        param_if_match: String,
        param_stage_create: models::StageCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateStageResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/pipelines/{pipeline_id}/stages",
            self.base_path,
            pipeline_id = utf8_percent_encode(&param_pipeline_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_stage_create).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Pipeline>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateStageResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_pipeline(
        &self,
        param_pipeline_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeletePipelineResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/pipelines/{pipeline_id}",
            self.base_path,
            pipeline_id = utf8_percent_encode(&param_pipeline_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeletePipelineResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeletePipelineResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_pipeline(
        &self,
        param_pipeline_id: uuid::Uuid,
        param_if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetPipelineResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/pipelines/{pipeline_id}",
            self.base_path,
            pipeline_id = utf8_percent_encode(&param_pipeline_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_none_match {
            Some(param_if_none_match) => {
                request.headers_mut().append(
                    HeaderName::from_static("if-none-match"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_if_none_match.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header if_none_match - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Pipeline>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            304 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 304 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 304 was not found.",
                        )))
                    }
                };

                Ok(GetPipelineResponse::NotModified {
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_pipeline(
        &self,
        param_pipeline_id: uuid::Uuid,
        param_if_match: String,
        param_pipeline_patch: models::PipelinePatch,
        context: &C,
    ) -> Result<UpdatePipelineResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/pipelines/{pipeline_id}",
            self.base_path,
            pipeline_id = utf8_percent_encode(&param_pipeline_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_pipeline_patch).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Pipeline>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdatePipelineResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_stage(
        &self,
        param_pipeline_id: uuid::Uuid,
        param_stage_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeleteStageResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/pipelines/{pipeline_id}/stages/{stage_id}",
            self.base_path,
            pipeline_id = utf8_percent_encode(&param_pipeline_id.to_string(), ID_ENCODE_SET),
            stage_id = utf8_percent_encode(&param_stage_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Pipeline>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteStageResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_stage(
        &self,
        param_pipeline_id: uuid::Uuid,
        param_stage_id: uuid::Uuid,
        param_if_match: String,
        param_stage_patch: models::StagePatch,
        context: &C,
    ) -> Result<UpdateStageResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/pipelines/{pipeline_id}/stages/{stage_id}",
            self.base_path,
            pipeline_id = utf8_percent_encode(&param_pipeline_id.to_string(), ID_ENCODE_SET),
            stage_id = utf8_percent_encode(&param_stage_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_stage_patch).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Pipeline>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::Conflict(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::PreconditionRequired(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateStageResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_forecast(
        &self,
        param_pipeline_id: Option<uuid::Uuid>,
        param_owner_id: Option<String>,
        param_close_date_from: Option<chrono::naive::NaiveDate>,
        param_close_date_to: Option<chrono::naive::NaiveDate>,
        context: &C,
    ) -> Result<GetForecastResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/reports/forecast", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_pipeline_id) = param_pipeline_id {
                query_string.append_pair("pipeline_id", &param_pipeline_id.to_string());
            }
            if let Some(param_owner_id) = param_owner_id {
                query_string.append_pair("owner_id", &param_owner_id);
            }
            if let Some(param_close_date_from) = param_close_date_from {
                query_string.append_pair("close_date_from", &param_close_date_from.to_string());
            }
            if let Some(param_close_date_to) = param_close_date_to {
                query_string.append_pair("close_date_to", &param_close_date_to.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Forecast>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetForecastResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_pipeline_summary(
        &self,
        param_pipeline_id: Option<uuid::Uuid>,
        param_owner_id: Option<String>,
        param_close_date_from: Option<chrono::naive::NaiveDate>,
        param_close_date_to: Option<chrono::naive::NaiveDate>,
        context: &C,
    ) -> Result<GetPipelineSummaryResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/reports/pipeline-summary", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_pipeline_id) = param_pipeline_id {
                query_string.append_pair("pipeline_id", &param_pipeline_id.to_string());
            }
            if let Some(param_owner_id) = param_owner_id {
                query_string.append_pair("owner_id", &param_owner_id);
            }
            if let Some(param_close_date_from) = param_close_date_from {
                query_string.append_pair("close_date_from", &param_close_date_from.to_string());
            }
            if let Some(param_close_date_to) = param_close_date_to {
                query_string.append_pair("close_date_to", &param_close_date_to.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::PipelineSummary>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetPipelineSummaryResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_webhook_subscription(
        &self,
        param_webhook_subscription_create: models::WebhookSubscriptionCreate,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/webhook-subscriptions", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_webhook_subscription_create)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 201 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 201 was not found.",
                        )))
                    }
                };

                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::WebhookSubscriptionWithSecret>(body)
                    .map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(CreateWebhookSubscriptionResponse::Created {
                    body,
                    e_tag: response_e_tag,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::UnsupportedMediaType(
                    body,
                ))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateWebhookSubscriptionResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_webhook_subscriptions(
        &self,
        context: &C,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/v1/webhook-subscriptions", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::WebhookSubscriptionList>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(ListWebhookSubscriptionsResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookSubscriptionsResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookSubscriptionsResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookSubscriptionsResponse::Forbidden(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookSubscriptionsResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookSubscriptionsResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookSubscriptionsResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_webhook_subscription(
        &self,
        param_subscription_id: uuid::Uuid,
        param_if_match: String,
        context: &C,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteWebhookSubscriptionResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::NotFound(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::PreconditionFailed(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::PreconditionRequired(
                    body,
                ))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteWebhookSubscriptionResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_webhook_subscription(
        &self,
        param_subscription_id: uuid::Uuid,
        context: &C,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::WebhookSubscription>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(GetWebhookSubscriptionResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetWebhookSubscriptionResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_webhook_deliveries(
        &self,
        param_subscription_id: uuid::Uuid,
        param_limit: Option<u32>,
        param_cursor: Option<uuid::Uuid>,
        context: &C,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}/deliveries",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_limit) = param_limit {
                query_string.append_pair("limit", &param_limit.to_string());
            }
            if let Some(param_cursor) = param_cursor {
                query_string.append_pair("cursor", &param_cursor.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::WebhookDeliveryPage>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(ListWebhookDeliveriesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::NotFound(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListWebhookDeliveriesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn redeliver_webhooks(
        &self,
        param_subscription_id: uuid::Uuid,
        param_redelivery_request: models::RedeliveryRequest,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<RedeliverWebhooksResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}/redeliver",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_redelivery_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            202 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::RedeliveryAccepted>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(RedeliverWebhooksResponse::Accepted(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::Conflict(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::UnsupportedMediaType(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RedeliverWebhooksResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn rotate_webhook_secret(
        &self,
        param_subscription_id: uuid::Uuid,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<RotateWebhookSecretResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}/rotate-secret",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::WebhookSubscriptionWithSecret>(body)
                    .map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(RotateWebhookSecretResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::Conflict(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RotateWebhookSecretResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn send_test_webhook(
        &self,
        param_subscription_id: uuid::Uuid,
        param_idempotency_key: Option<String>,
        context: &C,
    ) -> Result<SendTestWebhookResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}/test",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_idempotency_key {
            Some(param_idempotency_key) => {
                request.headers_mut().append(
                    HeaderName::from_static("idempotency-key"),
                    #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
                    match header::IntoHeaderValue(param_idempotency_key.clone()).try_into() {
                        Ok(header) => header,
                        Err(e) => {
                            return Err(ApiError(format!("Invalid header idempotency_key - {e}")));
                        }
                    },
                );
            }
            None => {}
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            202 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::WebhookDelivery>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::Accepted(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::Conflict(body))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::UnprocessableEntity(body))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SendTestWebhookResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_webhook_subscription(
        &self,
        param_subscription_id: uuid::Uuid,
        param_if_match: String,
        param_webhook_subscription_patch: models::WebhookSubscriptionPatch,
        context: &C,
    ) -> Result<UpdateWebhookSubscriptionResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/v1/webhook-subscriptions/{subscription_id}",
            self.base_path,
            subscription_id =
                utf8_percent_encode(&param_subscription_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_webhook_subscription_patch)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/merge-patch+json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("if-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!("Invalid header if_match - {e}")));
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag =
                            match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                response_e_tag,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!(
                                        "Invalid response header ETag for response 200 - {e}"
                                    )));
                                }
                            };
                        response_e_tag.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header ETag for response 200 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::WebhookSubscription>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(UpdateWebhookSubscriptionResponse::Ok {
                    body,
                    e_tag: response_e_tag,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        response_www_authenticate.0
                    }
                    None => return Err(ApiError(String::from(
                        "Required response header WWW-Authenticate for response 401 was not found.",
                    ))),
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::NotFound(body))
            }
            412 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::PreconditionFailed(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::UnsupportedMediaType(
                    body,
                ))
            }
            422 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::UnprocessableEntity(body))
            }
            428 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::PreconditionRequired(
                    body,
                ))
            }
            429 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::TooManyRequests(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Problem>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateWebhookSubscriptionResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }
}
