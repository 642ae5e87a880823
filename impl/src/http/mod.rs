//! The edge: everything every request goes through before and after the generated server.
//!
//! One place closes the generated server's gaps for all operations at once: routing and request
//! validation against the contract itself, authentication (401, never the generator's 403),
//! role checks from the contract's `x-roles` (users) and scope checks from its OAuth 2.0 `security`
//! requirements (partners' clients), body limits, and problem+json for every error,
//! including the generator's own plain-text ones.

pub mod context;
pub mod contract;
pub mod cors;
mod docs;
pub mod idempotency;
pub mod limits;

use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::FutureExt as _;
use http::header::{self, HeaderName, HeaderValue};
use http::{Method, Request, Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::service::Service as _;
use opportunity_api::models;
use tracing::Instrument;

use crate::api::ApiImpl;
use crate::auth::{AuthError, Principal, PrincipalKind, Role, TokenVerifier};
use crate::error::{AppError, FieldError};
use crate::metrics::{Access, Caller, Metrics};
use crate::store::Store;
use context::RequestContext;
use contract::{BodyRejection, Contract, Operation, Route};
use cors::Cors;
use idempotency::Admission;
use limits::{Budget, ClientLimits, Concurrency, Limiter};

/// The response body type of the whole service.
pub type ResponseBody = BoxBody<Bytes, Infallible>;

type GeneratedService = opportunity_api::server::Service<ApiImpl, RequestContext>;

const PROBLEM_JSON: &str = "application/problem+json";
static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The service stack: edge checks, then the generated server with our handlers.
pub struct Edge {
    contract: Arc<Contract>,
    verifier: TokenVerifier,
    generated: GeneratedService,
    /// For Idempotency-Key records (see [`idempotency`]).
    store: Store,
    limits: EdgeLimits,
    /// Count, errors and latency per operation, for whoever publishes them (see [`crate::metrics`]).
    metrics: Arc<Metrics>,
    /// The webhook dispatcher [`crate::server::run`] runs beside the server, if any.
    dispatcher: Option<crate::webhooks::dispatcher::Dispatcher>,
    /// Seals the webhook signing secret in recorded Idempotency-Key answers (see idempotency.rs).
    answer_seal: Option<crate::webhooks::secrets::SecretBox>,
}

/// The abuse limits the edge enforces, and its CORS policy.
pub struct EdgeLimits {
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
    pub rate_limiter: Arc<Limiter>,
    /// The budgets of partners' clients.
    pub client_rate_limits: ClientLimits,
    /// How many `x-expensive` operations run at once.
    pub expensive: Concurrency,
    pub cors: Cors,
}

/// An API key the API Gateway validated (set as a request extension by the Lambda entry point):
/// the rate limit is then kept per API key instead of per user. A client-sent `x-api-key` header
/// is never trusted for this, or anyone could dodge their limit by inventing keys.
#[derive(Debug, Clone)]
pub struct ValidatedApiKey(pub String);

impl Edge {
    pub fn new(
        contract: Arc<Contract>,
        verifier: TokenVerifier,
        api: ApiImpl,
        limits: EdgeLimits,
    ) -> Self {
        Self {
            contract,
            verifier,
            store: api.store().clone(),
            generated: GeneratedService::new(api, false),
            limits,
            metrics: Arc::new(Metrics::new()),
            dispatcher: None,
            answer_seal: None,
        }
    }

    /// The key that seals a webhook signing secret in a recorded Idempotency-Key answer, so that the
    /// database alone never reveals one (the subscription's own copy is sealed with it too).
    pub fn with_answer_seal(mut self, seal: Option<crate::webhooks::secrets::SecretBox>) -> Self {
        self.answer_seal = seal;
        self
    }

    /// Sets the webhook dispatcher the server runs.
    pub fn with_dispatcher(
        mut self,
        dispatcher: Option<crate::webhooks::dispatcher::Dispatcher>,
    ) -> Self {
        self.dispatcher = dispatcher;
        self
    }

    pub fn dispatcher(&self) -> Option<&crate::webhooks::dispatcher::Dispatcher> {
        self.dispatcher.as_ref()
    }

    /// What this edge has recorded about the requests it answered.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Answers one request. Never fails: every error is a problem response.
    pub async fn handle<B>(&self, request: Request<B>) -> Response<ResponseBody>
    where
        B: hyper::body::Body<Data = Bytes> + Unpin,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let started = Instant::now();
        let request_id = request_id_of(&request);
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let origin = request.headers().get(header::ORIGIN).cloned();
        let span = tracing::info_span!("request", request_id = %request_id, %method, operation = tracing::field::Empty, actor_kind = tracing::field::Empty, client_id = tracing::field::Empty);
        let mut learned = Learned::default();
        let (parts, body) = request.into_parts();
        let mut body = RequestBody::Unread(body);
        let framing = Framing::of(&parts);
        let (operation, mut response) = match self.limits.cors.preflight(&parts) {
            Some(preflight) => (None, preflight),
            None => {
                let dispatched = self
                    .dispatch(parts, &mut body, &request_id, &mut learned)
                    .instrument(span.clone());
                match tokio::time::timeout(self.limits.request_timeout, dispatched).await {
                    Ok(answered) => answered,
                    Err(_) => {
                        span.in_scope(|| tracing::warn!("request timed out"));
                        let operation = match self.contract.route(&method, &path) {
                            Route::Found(matched) => Some(matched.operation),
                            _ => None,
                        };
                        let timed_out = AppError::TimedOut {
                            after_ms: self.limits.request_timeout.as_millis(),
                        };
                        (operation, problem_response(timed_out, &request_id, &path))
                    }
                }
            }
        };
        body.settle(framing, &mut response, self.limits.max_body_bytes)
            .await;
        finish_headers(&mut response, &request_id);
        if let Some(budget) = learned.budget {
            rate_limit_headers(&mut response, budget);
        }
        self.limits.cors.decorate(origin.as_ref(), &mut response);
        let latency = started.elapsed();
        let operation_id = operation.map_or(crate::metrics::NO_ROUTE, |op| op.id.as_str());
        self.metrics.record(
            operation_id,
            Access::of(&method),
            learned.caller,
            response.status(),
            latency,
        );
        span.in_scope(|| {
            tracing::info!(
                status = response.status().as_u16(),
                latency_us = latency.as_micros() as u64,
                path = %path,
                "answered"
            );
        });
        response
    }

    /// The answer, and the operation the request was routed to (`None` when no route matched).
    async fn dispatch<B>(
        &self,
        request: http::request::Parts,
        body: &mut RequestBody<B>,
        request_id: &str,
        learned: &mut Learned,
    ) -> (Option<&Operation>, Response<ResponseBody>)
    where
        B: hyper::body::Body<Data = Bytes> + Unpin,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let path = request.uri.path().to_owned();
        let problem = |error: AppError| problem_response(error, request_id, &path);

        if request.method == Method::GET && path == "/v1/openapi.yaml" {
            let operation = self.contract.operation("getContract");
            let yaml = bytes_response(StatusCode::OK, "application/yaml", self.contract.yaml());
            return (operation, yaml);
        }
        if request.method == Method::GET {
            if let Some(page) = docs::serve(&path) {
                return (None, page);
            }
        }
        let matched = match self.contract.route(&request.method, &path) {
            Route::Found(matched) => matched,
            Route::MethodNotAllowed { allowed } => {
                return (None, problem(AppError::MethodNotAllowed { allowed }));
            }
            Route::NotFound => {
                return (
                    None,
                    problem(AppError::NotFound(format!(
                        "There is no resource at {path}."
                    ))),
                );
            }
        };
        let operation = matched.operation;
        tracing::Span::current().record("operation", operation.id.as_str());
        let response = self
            .answer_operation(matched, request, body, request_id, &path, learned)
            .await;
        (Some(operation), response)
    }

    /// Everything after routing: authentication, roles, parameters, body, idempotency, handler.
    async fn answer_operation<B>(
        &self,
        matched: contract::Matched<'_>,
        parts: http::request::Parts,
        body: &mut RequestBody<B>,
        request_id: &str,
        path: &str,
        learned: &mut Learned,
    ) -> Response<ResponseBody>
    where
        B: hyper::body::Body<Data = Bytes> + Unpin,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let path = path.to_owned();
        let problem = |error: AppError| problem_response(error, request_id, &path);
        let operation = matched.operation;

        let principal = if operation.public {
            None
        } else {
            let header = parts
                .headers
                .get(header::AUTHORIZATION)
                .and_then(|value| value.to_str().ok());
            match self.verifier.verify_header(header).await {
                Ok(principal) => {
                    let span = tracing::Span::current();
                    span.record("actor_kind", principal.kind.as_str());
                    learned.caller = match principal.kind {
                        PrincipalKind::User => Caller::User,
                        PrincipalKind::Client => Caller::Client,
                    };
                    if principal.kind == PrincipalKind::Client {
                        // A client id is no personal data (a user's `sub` is never logged).
                        span.record("client_id", principal.subject.as_str());
                    }
                    if let Err(refused) = authorize(operation, &principal) {
                        return problem(refused);
                    }
                    Some(principal)
                }
                Err(error) => return problem(unauthenticated(error)),
            }
        };

        // Rate limits apply to authenticated callers only: an unauthenticated request never
        // creates limiter state (the gateway's WAF rate rule limits those by address).
        if let Some(principal) = &principal {
            // A partner's client is always held to its own budget, whatever API key it sends.
            let checked = match (principal.kind, parts.extensions.get::<ValidatedApiKey>()) {
                (PrincipalKind::Client, _) => {
                    self.limits.client_rate_limits.check(&principal.subject)
                }
                (PrincipalKind::User, Some(ValidatedApiKey(api_key))) => {
                    self.limits.rate_limiter.check(&format!("key:{api_key}"))
                }
                (PrincipalKind::User, None) => self
                    .limits
                    .rate_limiter
                    .check(&format!("sub:{}", principal.subject)),
            };
            match checked {
                Ok(granted) => learned.budget = Some(granted),
                Err(refused) => {
                    learned.budget = Some(refused);
                    return problem(AppError::RateLimited {
                        retry_after_seconds: refused.reset_seconds.max(1),
                    });
                }
            }
        }

        if let Err(errors) =
            operation.check_parameters(&matched.path_params, parts.uri.query(), &parts.headers)
        {
            // A write without its required If-Match is 428 Precondition Required (RFC 6585).
            if errors
                .iter()
                .any(|error| error.pointer == "/header/If-Match" && error.code == "required")
            {
                return problem(AppError::PreconditionRequired);
            }
            return problem(AppError::InvalidParameters(errors));
        }

        if let Some(name) = parts.uri.query().and_then(parameter_with_nul) {
            return problem(AppError::InvalidParameters(vec![FieldError::new(
                format!("/query/{name}"),
                "invalid_text",
                "text may not contain NUL characters",
            )]));
        }
        let body = match body.read(self.limits.max_body_bytes).await {
            Ok(body) => body,
            Err(error) => return problem(error),
        };
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok());
        if let Err(rejection) = operation.check_body(content_type, &body) {
            return problem(match rejection {
                BodyRejection::UnsupportedMediaType { expected } => {
                    AppError::UnsupportedMediaType { expected }
                }
                BodyRejection::Missing => AppError::Validation(vec![FieldError::new(
                    "",
                    "required",
                    "a request body is required",
                )]),
                BodyRejection::Malformed(detail) => AppError::MalformedJson(detail),
                BodyRejection::TooDeep => AppError::Validation(vec![FieldError::new(
                    "",
                    "too_deep",
                    "the body nests deeper than allowed",
                )]),
                BodyRejection::Invalid(errors) => AppError::Validation(errors),
            });
        }

        // ── Idempotency-Key: claim the key, or answer from its record (see idempotency.rs). ──
        let attempt = idempotency::Attempt {
            method: &parts.method,
            operation: &operation.id,
            path: &path,
            principal: principal.as_ref(),
            headers: &parts.headers,
            body: &body,
            request_id,
            seal: self.answer_seal.as_ref(),
        };
        let held = match idempotency::admit(&self.store, attempt).await {
            Admission::Untouched => None,
            Admission::Held(held) => Some(held),
            Admission::Answered(response) => return response,
        };
        // ── end of the Idempotency-Key hook (it resumes below, around the answer) ──

        // Expensive operations take a permit before the handler runs, after every cheap refusal.
        let _permit = if operation.expensive {
            match self.limits.expensive.admit().await {
                Some(permit) => Some(permit),
                None => {
                    return problem(AppError::Overloaded {
                        retry_after_seconds: 1,
                    })
                }
            }
        } else {
            None
        };
        let mut context = RequestContext::new(request_id.to_owned(), path.clone(), principal);
        context.idempotency_claim = held.as_ref().map(|held| held.claim());
        let undeclared = Arc::clone(&context.undeclared_problem);
        let request = Request::from_parts(parts, Full::new(body));
        let call = self.generated.call((request, context));
        let answering = answer(call, undeclared, request_id.to_owned(), path);
        match held {
            Some(held) => held.complete(answering).await,
            None => answering.await,
        }
    }
}

/// The generated server's answer to a request that passed the edge's checks, with any error it
/// (or a handler, through an undeclared status) produced turned into a problem. Owns everything it
/// needs, so that it can run in a task of its own.
async fn answer<E: std::fmt::Display>(
    call: impl Future<Output = Result<Response<ResponseBody>, E>>,
    undeclared: Arc<Mutex<Option<models::Problem>>>,
    request_id: String,
    path: String,
) -> Response<ResponseBody> {
    // A panic in a handler becomes a 500 problem and one log line (in into_problem) with the
    // request id: the client always gets an answer, and the connection stays up.
    let response = match std::panic::AssertUnwindSafe(call).catch_unwind().await {
        Ok(Ok(response)) => response,
        Ok(Err(error)) => {
            return problem_response(
                AppError::Internal(anyhow::anyhow!("generated server failed: {error}")),
                &request_id,
                &path,
            )
        }
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|text| (*text).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned());
            return problem_response(
                AppError::Internal(anyhow::anyhow!("handler panicked: {message}")),
                &request_id,
                &path,
            );
        }
    };
    let taken = undeclared.lock().ok().and_then(|mut slot| slot.take());
    if let Some(problem_body) = taken {
        return json_response(
            problem_body_status(&problem_body),
            PROBLEM_JSON,
            &problem_body,
        );
    }
    ensure_problem(response, &request_id, &path).await
}

/// The name of the first query parameter whose name or value carries a NUL (encoded as `%00`).
fn parameter_with_nul(query: &str) -> Option<String> {
    if !query
        .as_bytes()
        .windows(3)
        .any(|window| window.eq_ignore_ascii_case(b"%00"))
    {
        return None;
    }
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| name.replace('\0', "").chars().take(40).collect())
}

/// The one authorisation check of an operation: a user needs one of its `x-roles`, a client
/// every scope of its OAuth 2.0 requirement. The refusal names what is missing.
fn authorize(operation: &Operation, principal: &Principal) -> Result<(), AppError> {
    match principal.kind {
        PrincipalKind::User => {
            if operation
                .roles
                .iter()
                .filter_map(|name| Role::parse(name))
                .any(|role| principal.has(role))
            {
                Ok(())
            } else {
                Err(AppError::Forbidden(format!(
                    "This operation needs one of the roles {}.",
                    operation.roles.join(", ")
                )))
            }
        }
        PrincipalKind::Client => {
            let missing: Vec<&str> = operation
                .scopes
                .iter()
                .filter(|scope| !principal.has_scope(**scope))
                .map(|scope| scope.as_str())
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(AppError::Forbidden(format!(
                    "This operation needs the scope {}.",
                    missing.join(" ")
                )))
            }
        }
    }
}

fn unauthenticated(error: AuthError) -> AppError {
    match error {
        AuthError::Missing => AppError::Unauthenticated {
            challenge_error: None,
            detail: "Send an access token: Authorization: Bearer <token>.".to_owned(),
        },
        AuthError::Invalid(reason) => AppError::Unauthenticated {
            challenge_error: Some("invalid_token"),
            detail: format!("{}{}.", reason[..1].to_uppercase(), &reason[1..]),
        },
    }
}

/// The client's `X-Request-Id` when it is a reasonable token, a fresh time-ordered id otherwise.
fn request_id_of<B>(request: &Request<B>) -> String {
    request
        .headers()
        .get(&X_REQUEST_ID)
        .and_then(|value| value.to_str().ok())
        .filter(|id| {
            !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string())
}

/// The request body while the edge decides whether it needs it. Whatever the edge answers, the
/// connection must stay usable for the client's next request: an HTTP/1.1 server that answers
/// without reading the body leaves its bytes in the connection, and hyper then closes it without
/// saying so, so a pooled client's next request fails. [`RequestBody::settle`] reads and drops what
/// is left of a body (bounded in size and time, like nginx's lingering close), or announces
/// `Connection: close` when it cannot.
enum RequestBody<B> {
    /// Not read, or read only in part (a body over the limit): the rest is still in the connection.
    Unread(B),
    /// Read whole (and handed on).
    Read,
    /// Reading failed, or was abandoned by a timeout: the connection's state is unknown.
    Abandoned,
}

/// How long an answer waits for the rest of a body the client is still sending, and how much of
/// it (in multiples of the body limit) it reads and drops, before it closes the connection instead.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(2);
const DRAIN_LIMITS: usize = 4;

impl<B> RequestBody<B>
where
    B: hyper::body::Body<Data = Bytes> + Unpin,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    /// The whole body, at most `limit` bytes.
    async fn read(&mut self, limit: usize) -> Result<Bytes, AppError> {
        let RequestBody::Unread(mut body) = std::mem::replace(self, RequestBody::Abandoned) else {
            return Err(AppError::Internal(anyhow::anyhow!(
                "the body was read twice"
            )));
        };
        let mut collected = bytes::BytesMut::new();
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|error| {
                AppError::MalformedJson(format!("the body could not be read ({})", error.into()))
            })?;
            if let Ok(data) = frame.into_data() {
                if collected.len() + data.len() > limit {
                    *self = RequestBody::Unread(body);
                    return Err(AppError::PayloadTooLarge { limit });
                }
                collected.extend_from_slice(&data);
            }
        }
        *self = RequestBody::Read;
        Ok(collected.freeze())
    }

    /// Leaves the connection fit for the next request after `response`. What is left of the body
    /// is drained, unless the client waits for `100 Continue` before sending it (reading would
    /// invite the body the answer refuses) or it cannot be drained quickly: then the response says
    /// `Connection: close` (HTTP/1 only; HTTP/2 resets just the stream).
    async fn settle(self, framing: Framing, response: &mut Response<ResponseBody>, limit: usize) {
        if framing.http2 {
            return;
        }
        let drained = match self {
            RequestBody::Read => true,
            RequestBody::Abandoned => false,
            RequestBody::Unread(body) if body.is_end_stream() => true,
            RequestBody::Unread(_) if framing.expects_continue => false,
            RequestBody::Unread(body) => matches!(
                tokio::time::timeout(
                    DRAIN_TIMEOUT,
                    discard(body, limit.saturating_mul(DRAIN_LIMITS))
                )
                .await,
                Ok(true)
            ),
        };
        if !drained {
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
    }
}

/// What answering a request learned that the edge reports after it: the caller's rate-limit
/// budget (for the `RateLimit-*` headers) and who the caller was (for the metrics).
#[derive(Debug)]
struct Learned {
    budget: Option<Budget>,
    caller: Caller,
}

impl Default for Learned {
    fn default() -> Self {
        Learned {
            budget: None,
            caller: Caller::Anonymous,
        }
    }
}

/// What [`RequestBody::settle`] needs to know of the request, taken before the request is handed on.
#[derive(Debug, Clone, Copy)]
struct Framing {
    /// HTTP/2 or later: an unread body resets only its stream.
    http2: bool,
    /// The client waits for `100 Continue` before sending the body.
    expects_continue: bool,
}

impl Framing {
    fn of(parts: &http::request::Parts) -> Framing {
        Framing {
            http2: parts.version >= http::Version::HTTP_2,
            expects_continue: expects_continue(&parts.headers),
        }
    }
}

/// Reads `body` to its end and drops it, frame by frame (nothing is kept); `false` when it is
/// longer than `limit` bytes or broken.
async fn discard<B>(mut body: B, limit: usize) -> bool
where
    B: hyper::body::Body<Data = Bytes> + Unpin,
{
    let mut read = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return false;
        };
        if let Some(data) = frame.data_ref() {
            read = read.saturating_add(data.len());
            if read > limit {
                return false;
            }
        }
    }
    true
}

fn expects_continue(headers: &http::HeaderMap) -> bool {
    headers
        .get(header::EXPECT)
        .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"100-continue"))
}

/// Rewrites any error the generated server produced on its own (plain text or empty) as a problem.
async fn ensure_problem(
    response: Response<ResponseBody>,
    request_id: &str,
    path: &str,
) -> Response<ResponseBody> {
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let text = response
        .into_body()
        .collect()
        .await
        .map(|body| String::from_utf8_lossy(&body.to_bytes()).into_owned())
        .unwrap_or_default();
    let error = match status {
        StatusCode::BAD_REQUEST => AppError::MalformedJson(text),
        StatusCode::NOT_FOUND => AppError::NotFound(format!("There is no resource at {path}.")),
        _ => AppError::Internal(anyhow::anyhow!(
            "generated server answered {status}: {text}"
        )),
    };
    problem_response(error, request_id, path)
}

/// A problem+json response for `error`, with the headers its status calls for.
pub fn problem_response(error: AppError, request_id: &str, path: &str) -> Response<ResponseBody> {
    let extra: Vec<(HeaderName, String)> = match &error {
        AppError::Unauthenticated {
            challenge_error: Some(code),
            detail,
        } => vec![(
            header::WWW_AUTHENTICATE,
            format!("Bearer error=\"{code}\", error_description=\"{detail}\""),
        )],
        AppError::Unauthenticated { .. } => vec![(header::WWW_AUTHENTICATE, "Bearer".to_owned())],
        AppError::MethodNotAllowed { allowed } => vec![(
            header::ALLOW,
            allowed
                .iter()
                .map(Method::as_str)
                .collect::<Vec<_>>()
                .join(", "),
        )],
        AppError::RateLimited {
            retry_after_seconds,
        }
        | AppError::Overloaded {
            retry_after_seconds,
        } => vec![(header::RETRY_AFTER, retry_after_seconds.to_string())],
        _ => Vec::new(),
    };
    let problem = error.into_problem(request_id, Some(path));
    let mut response = json_response(problem_body_status(&problem), PROBLEM_JSON, &problem);
    for (name, value) in extra {
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

fn problem_body_status(problem: &models::Problem) -> StatusCode {
    u16::try_from(problem.status)
        .ok()
        .and_then(|status| StatusCode::from_u16(status).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn json_response<T: serde::Serialize>(
    status: StatusCode,
    content_type: &'static str,
    value: &T,
) -> Response<ResponseBody> {
    match serde_json::to_vec(value) {
        Ok(body) => bytes_response(status, content_type, Bytes::from(body)),
        Err(_) => bytes_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            PROBLEM_JSON,
            Bytes::from_static(br#"{"type":"https://api.example.com/problems/internal","code":"internal","title":"Internal error","status":500,"request_id":""}"#),
        ),
    }
}

fn bytes_response(
    status: StatusCode,
    content_type: &'static str,
    body: Bytes,
) -> Response<ResponseBody> {
    let mut response = Response::new(Full::new(body).boxed());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (draft-ietf-httpapi-ratelimit-headers).
fn rate_limit_headers(response: &mut Response<ResponseBody>, budget: Budget) {
    let headers = response.headers_mut();
    for (name, value) in [
        ("ratelimit-limit", u64::from(budget.limit)),
        ("ratelimit-remaining", u64::from(budget.remaining)),
        ("ratelimit-reset", budget.reset_seconds),
    ] {
        headers.insert(HeaderName::from_static(name), HeaderValue::from(value));
    }
}

/// Headers every response carries.
fn finish_headers(response: &mut Response<ResponseBody>, request_id: &str) {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert(X_REQUEST_ID.clone(), value);
    }
    headers.remove("x-span-id");
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static("max-age=63072000; includeSubDomains"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    // Every 503 (database unavailable, request timed out), from the edge or from a handler's
    // response variant, says when to come back: a restart or a failover takes seconds.
    if response.status() == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .entry(header::RETRY_AFTER)
            .or_insert(HeaderValue::from_static("1"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panicking_handler_gets_a_500_problem_not_a_dropped_connection() {
        let call = async {
            if Instant::now().elapsed().as_secs() < u64::MAX {
                panic!("boom");
            }
            Ok::<Response<ResponseBody>, Infallible>(Response::new(Full::new(Bytes::new()).boxed()))
        };
        let response = answer(call, Arc::default(), "req-1".to_owned(), "/v1/x".to_owned()).await;
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_TYPE)
                .map(HeaderValue::as_bytes),
            Some(PROBLEM_JSON.as_bytes())
        );
        let body = response
            .into_body()
            .collect()
            .await
            .map(|body| body.to_bytes())
            .unwrap_or_default();
        let problem: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        assert_eq!(problem["code"], "internal");
        assert_eq!(problem["request_id"], "req-1");
        assert!(
            !String::from_utf8_lossy(&body).contains("boom"),
            "the panic message stays in the logs"
        );
    }
}
