//! One error type for the whole service, rendered in one place as an RFC 9457 problem.
//!
//! Like dropshot's `HttpError`, an error carries what the client may see (status, stable code,
//! detail, field errors) apart from what only the logs may see (the internal cause), which is logged
//! with the request id and never returned.

use http::StatusCode;
use opportunity_api::models;

/// Base of every problem `type` URI. Stable: clients may match on it (or, simpler, on `code`).
const PROBLEM_BASE: &str = "https://api.example.com/problems/";

/// One offending field, in the shape of the contract's `FieldError` schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// A JSON pointer into the body (`/items/3/amount`, `` for the whole body), or
    /// `/query/<name>`, `/path/<name>`, `/header/<name>` for parameters. A client-chosen name in
    /// it (an unknown field or query parameter) is cut after 40 characters.
    pub pointer: String,
    /// The rule broken: `required`, `type`, `enum`, `pattern`, `format`, `minimum`, `maximum`,
    /// `min_length`, `max_length`, `min_items`, `max_items`, `unique_items`, `min_properties`,
    /// `unknown_field`, `unknown_parameter` or `invalid` (and `max_properties`, `multiple_of`,
    /// which the contract does not use today).
    pub code: String,
    /// A short sentence for a human, naming the rule from the contract; never quotes the input.
    pub message: String,
}

impl FieldError {
    /// A field error from its three parts.
    pub fn new(
        pointer: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            pointer: pointer.into(),
            code: code.into(),
            message: message.into(),
        }
    }
}

/// Everything that can go wrong with a request, as the client will see it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("invalid parameters")]
    InvalidParameters(Vec<FieldError>),
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    #[error("unauthenticated: {detail}")]
    Unauthenticated {
        /// `error` of the `WWW-Authenticate` challenge; `None` when no credentials were sent.
        challenge_error: Option<&'static str>,
        detail: String,
    },
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("not found: {0}")]
    NotFound(String),
    /// A change-feed cursor older than the feed's retention: the client must resynchronise.
    #[error("cursor expired: {0}")]
    CursorExpired(String),
    #[error("method not allowed")]
    MethodNotAllowed { allowed: Vec<http::Method> },
    #[error("conflict {code}: {detail}")]
    Conflict { code: &'static str, detail: String },
    #[error("precondition failed: {0}")]
    PreconditionFailed(String),
    #[error("payload too large")]
    PayloadTooLarge { limit: usize },
    #[error("unsupported media type")]
    UnsupportedMediaType { expected: Vec<String> },
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("rule {code} broken: {detail}")]
    Rule {
        code: &'static str,
        detail: String,
        pointer: Option<String>,
    },
    /// A batch in which some items failed: nothing was applied; `errors` point at each item.
    #[error("batch failed")]
    BatchFailed {
        status: StatusCode,
        errors: Vec<FieldError>,
    },
    #[error("If-Match required")]
    PreconditionRequired,
    #[error("rate limited")]
    RateLimited { retry_after_seconds: u64 },
    #[error("not implemented yet")]
    NotImplemented,
    /// The database (or the service) cannot serve right now; see [`crate::store::fault`].
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// The database aborted a transaction to resolve a conflict with a concurrent one, and the
    /// reruns [`crate::store::Store::write`] allows did not get through either.
    #[error("transaction aborted for contention: {0}")]
    Contention(String),
    /// Too many requests of an expensive kind are running: turned away at once, not queued.
    #[error("overloaded")]
    Overloaded { retry_after_seconds: u64 },
    /// The request ran past the configured request timeout and was abandoned.
    #[error("timed out after {after_ms} ms")]
    TimedOut { after_ms: u128 },
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// A business rule broken by the request body (422), naming the rule in `code`.
    pub fn rule(code: &'static str, detail: impl Into<String>) -> Self {
        AppError::Rule {
            code,
            detail: detail.into(),
            pointer: None,
        }
    }

    /// A business rule broken by one field of the body (422).
    pub fn rule_at(code: &'static str, pointer: &str, detail: impl Into<String>) -> Self {
        AppError::Rule {
            code,
            detail: detail.into(),
            pointer: Some(pointer.to_owned()),
        }
    }

    /// A conflict with the current state of a resource (409), naming the rule in `code`.
    pub fn conflict(code: &'static str, detail: impl Into<String>) -> Self {
        AppError::Conflict {
            code,
            detail: detail.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::InvalidParameters(_) | AppError::MalformedJson(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthenticated { .. } => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::CursorExpired(_) => StatusCode::GONE,
            AppError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Validation(_) | AppError::Rule { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::BatchFailed { status, .. } => *status,
            AppError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::NotImplemented => StatusCode::NOT_IMPLEMENTED,
            AppError::Unavailable(_)
            | AppError::Contention(_)
            | AppError::Overloaded { .. }
            | AppError::TimedOut { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable machine-readable code; also the last segment of the `type` URI.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::InvalidParameters(_) => "invalid_parameter",
            AppError::MalformedJson(_) => "malformed_json",
            AppError::Unauthenticated {
                challenge_error: None,
                ..
            } => "unauthenticated",
            AppError::Unauthenticated { .. } => "invalid_token",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound(_) => "not_found",
            AppError::CursorExpired(_) => "resynchronise",
            AppError::MethodNotAllowed { .. } => "method_not_allowed",
            AppError::Conflict { code, .. } | AppError::Rule { code, .. } => code,
            AppError::PreconditionFailed(_) => "precondition_failed",
            AppError::PayloadTooLarge { .. } => "payload_too_large",
            AppError::UnsupportedMediaType { .. } => "unsupported_media_type",
            AppError::Validation(_) => "validation_failed",
            AppError::BatchFailed { status, .. } => match status.as_u16() {
                403 => "forbidden",
                404 => "not_found",
                412 => "precondition_failed",
                _ => "batch_item_conflict",
            },
            AppError::PreconditionRequired => "precondition_required",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::NotImplemented => "not_implemented",
            AppError::Unavailable(_) | AppError::Contention(_) => "unavailable",
            AppError::Overloaded { .. } => "overloaded",
            AppError::TimedOut { .. } => "timeout",
            AppError::Internal(_) => "internal",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            AppError::InvalidParameters(_) => "A parameter is invalid",
            AppError::MalformedJson(_) => "The body is not valid JSON",
            AppError::Unauthenticated {
                challenge_error: None,
                ..
            } => "Authentication required",
            AppError::Unauthenticated { .. } => "The bearer token is invalid",
            AppError::Forbidden(_) => "Not allowed",
            AppError::NotFound(_) => "Not found",
            AppError::CursorExpired(_) => "Resynchronise: the cursor has expired",
            AppError::MethodNotAllowed { .. } => "Method not allowed",
            AppError::Conflict { .. } => "Conflict with the current state",
            AppError::PreconditionFailed(_) => "The resource has changed",
            AppError::PayloadTooLarge { .. } => "The body is too large",
            AppError::UnsupportedMediaType { .. } => "Unsupported media type",
            AppError::Validation(_) => "The request body is invalid",
            AppError::Rule { .. } => "A business rule was broken",
            AppError::BatchFailed { .. } => "A batch item failed",
            AppError::PreconditionRequired => "If-Match is required",
            AppError::RateLimited { .. } => "Too many requests",
            AppError::NotImplemented => "Not implemented yet",
            AppError::Unavailable(_) | AppError::Contention(_) => "Service unavailable",
            AppError::Overloaded { .. } => "Too busy for this operation",
            AppError::TimedOut { .. } => "Request timed out",
            AppError::Internal(_) => "Internal error",
        }
    }

    fn detail(&self) -> String {
        match self {
            AppError::InvalidParameters(errors) | AppError::Validation(errors) => {
                match errors.len() {
                    1 => format!("{} {}.", errors[0].pointer, errors[0].message),
                    n => format!("{n} fields are invalid."),
                }
            }
            AppError::MalformedJson(detail) => format!("The body could not be parsed: {detail}."),
            AppError::Unauthenticated { detail, .. }
            | AppError::Forbidden(detail)
            | AppError::NotFound(detail)
            | AppError::CursorExpired(detail)
            | AppError::Conflict { detail, .. }
            | AppError::PreconditionFailed(detail)
            | AppError::Rule { detail, .. } => detail.clone(),
            AppError::MethodNotAllowed { allowed } => {
                let allowed: Vec<&str> = allowed.iter().map(http::Method::as_str).collect();
                format!("This path allows {}.", allowed.join(", "))
            }
            AppError::BatchFailed { errors, .. } => {
                format!("{} item(s) failed; nothing was applied.", errors.len())
            }
            AppError::PayloadTooLarge { limit } => format!("Bodies are limited to {limit} bytes."),
            AppError::UnsupportedMediaType { expected } => {
                format!("This operation takes {}.", expected.join(" or "))
            }
            AppError::PreconditionRequired => {
                "Send the ETag you last saw in If-Match, or * to overwrite any version.".to_owned()
            }
            AppError::RateLimited {
                retry_after_seconds,
            } => {
                format!("Retry after {retry_after_seconds} second(s).")
            }
            AppError::NotImplemented => {
                "This operation is in the contract but not served yet.".to_owned()
            }
            AppError::Unavailable(_) | AppError::Contention(_) => {
                "The service cannot serve requests right now. Retry with backoff.".to_owned()
            }
            AppError::Overloaded {
                retry_after_seconds,
            } => format!(
                "Too many requests of this kind are being served right now. Retry after \
                 {retry_after_seconds} second(s)."
            ),
            AppError::TimedOut { after_ms } => format!(
                "The request took longer than {after_ms} ms and was abandoned. A write may or may \
                 not have been applied: retry with the same Idempotency-Key."
            ),
            AppError::Internal(_) => {
                "The request failed on our side. Quote the request id to support.".to_owned()
            }
        }
    }

    fn field_errors(&self) -> Option<Vec<models::FieldError>> {
        let errors = match self {
            AppError::InvalidParameters(errors)
            | AppError::Validation(errors)
            | AppError::BatchFailed { errors, .. } => errors.clone(),
            AppError::Rule {
                code,
                detail,
                pointer: Some(pointer),
            } => vec![FieldError::new(pointer.clone(), *code, detail.clone())],
            _ => return None,
        };
        Some(
            errors
                .into_iter()
                .map(|error| models::FieldError::new(error.pointer, error.code, error.message))
                .collect(),
        )
    }

    /// This error as field errors under `prefix` (a batch item's pointer, say `/items/3`).
    pub fn field_errors_under(&self, prefix: &str) -> Vec<FieldError> {
        match self {
            AppError::InvalidParameters(errors)
            | AppError::Validation(errors)
            | AppError::BatchFailed { errors, .. } => errors
                .iter()
                .map(|error| {
                    FieldError::new(
                        format!("{prefix}{}", error.pointer),
                        error.code.clone(),
                        error.message.clone(),
                    )
                })
                .collect(),
            AppError::Rule {
                code,
                detail,
                pointer,
            } => vec![FieldError::new(
                format!("{prefix}{}", pointer.as_deref().unwrap_or_default()),
                *code,
                detail.clone(),
            )],
            other => vec![FieldError::new(prefix, other.code(), other.detail())],
        }
    }

    /// Logs what only the logs may hold (5xx causes) and returns what the client sees.
    pub fn into_problem(self, request_id: &str, instance: Option<&str>) -> models::Problem {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(request_id, error = %self, "request failed");
        }
        let code = self.code();
        let mut problem = models::Problem::new(
            format!("{PROBLEM_BASE}{}", code.replace('_', "-")),
            code.to_owned(),
            self.title().to_owned(),
            i32::from(status.as_u16()),
            request_id.to_owned(),
        );
        problem.detail = Some(self.detail());
        problem.instance = instance.map(str::to_owned);
        problem.errors = self.field_errors();
        problem
    }
}
