#![allow(
    missing_docs,
    trivial_casts,
    unused_variables,
    unused_mut,
    unused_imports,
    unused_extern_crates,
    unused_attributes,
    non_camel_case_types
)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::error::Error;
use std::task::{Context, Poll};
use swagger::{auth::Authorization, ApiError, ContextWrapper};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "";
pub const API_VERSION: &str = "1.0.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateAccountResponse {
    /// The account was created.
    Created {
        body: models::Account,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateAccountResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListAccountsResponse {
    /// A page of accounts.
    Ok(models::AccountPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListAccountsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteAccountResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteAccountResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAccountResponse {
    /// The account.
    Ok {
        body: models::Account,
        e_tag: String,
    },
    /// The resource still has the ETag given in `If-None-Match`.
    NotModified { e_tag: String },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetAccountResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateAccountResponse {
    /// The account.
    Ok {
        body: models::Account,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdateAccountResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListAuditEventsResponse {
    /// A page of audit events.
    Ok(models::AuditEventPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListAuditEventsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateContactResponse {
    /// The contact was created.
    Created {
        body: models::Contact,
        e_tag: String,
        location: String,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateContactResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListContactsResponse {
    /// A page of contacts.
    Ok {
        body: models::ContactPage,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListContactsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteContactResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteContactResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetContactResponse {
    /// The contact.
    Ok {
        body: models::Contact,
        e_tag: String,
        cache_control: String,
    },
    /// The resource still has the ETag given in `If-None-Match`.
    NotModified { e_tag: String },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetContactResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetContactConsentsResponse {
    /// The consent history.
    Ok {
        body: models::ConsentHistory,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetContactConsentsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RecordContactConsentResponse {
    /// The change was recorded.
    Created {
        body: models::ConsentEvent,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl RecordContactConsentResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateContactResponse {
    /// The contact.
    Ok {
        body: models::Contact,
        e_tag: String,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdateContactResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetContractResponse {
    /// The OpenAPI document.
    Ok(std::collections::HashMap<String, serde_json::Value>),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
}

impl GetContractResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListChangeEventsResponse {
    /// A page of the feed.
    Ok(models::ChangeEventPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The cursor is older than the feed's retention window: events after it may be gone. Resynchronise (reload the records you mirror), then read on from a fresh `next_cursor`.
    Gone(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListChangeEventsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            410 => Ok(Self::Gone(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum EraseContactResponse {
    /// The contact was erased.
    Ok(models::ErasureReceipt),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl EraseContactResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ExportContactDataResponse {
    /// The data subject export.
    Ok {
        body: models::DataSubjectExport,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ExportContactDataResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum PlaceLegalHoldResponse {
    /// The contact.
    Ok {
        body: models::Contact,
        e_tag: String,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl PlaceLegalHoldResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ReleaseLegalHoldResponse {
    /// The contact.
    Ok {
        body: models::Contact,
        e_tag: String,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ReleaseLegalHoldResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RestrictContactProcessingResponse {
    /// The contact.
    Ok {
        body: models::Contact,
        e_tag: String,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl RestrictContactProcessingResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UnrestrictContactProcessingResponse {
    /// The contact.
    Ok {
        body: models::Contact,
        e_tag: String,
        cache_control: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UnrestrictContactProcessingResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetLivenessResponse {
    /// The process is alive.
    Ok(models::Health),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
}

impl GetLivenessResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetReadinessResponse {
    /// The service is ready to serve traffic.
    Ok(models::Health),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetReadinessResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum BatchCreateOpportunitiesResponse {
    /// Every item was applied; one result per item, in order.
    Ok(models::OpportunityBatchResult),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl BatchCreateOpportunitiesResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum BatchUpdateOpportunitiesResponse {
    /// Every item was applied; one result per item, in order.
    Ok(models::OpportunityBatchResult),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl BatchUpdateOpportunitiesResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateOpportunityResponse {
    /// The opportunity was created.
    Created {
        body: models::Opportunity,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListOpportunitiesResponse {
    /// A page of opportunities.
    Ok(models::OpportunityPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListOpportunitiesResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateLineItemResponse {
    /// The line item was added. The ETag is the opportunity's new one.
    Created {
        body: models::LineItem,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateLineItemResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateNoteResponse {
    /// The note was added.
    Created {
        body: models::Note,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateNoteResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteOpportunityResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetOpportunityResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The resource still has the ETag given in `If-None-Match`.
    NotModified { e_tag: String },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListLineItemsResponse {
    /// A page of line items.
    Ok(models::LineItemPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListLineItemsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListNotesResponse {
    /// A page of notes.
    Ok(models::NotePage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListNotesResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListStageHistoryResponse {
    /// A page of stage history entries.
    Ok(models::StageHistoryPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListStageHistoryResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LoseOpportunityResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl LoseOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum MoveOpportunityStageResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl MoveOpportunityStageResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum PurgeOpportunityResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl PurgeOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ReopenOpportunityResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ReopenOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RestoreOpportunityResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl RestoreOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateOpportunityResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdateOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpsertOpportunityByExternalIdResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The opportunity was created.
    Created {
        body: models::Opportunity,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpsertOpportunityByExternalIdResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum WinOpportunityResponse {
    /// The opportunity.
    Ok {
        body: models::Opportunity,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl WinOpportunityResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteLineItemResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteLineItemResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteNoteResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteNoteResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateLineItemResponse {
    /// The line item. The ETag is the opportunity's new one.
    Ok {
        body: models::LineItem,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdateLineItemResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreatePipelineResponse {
    /// The pipeline or stage was created; the body is the whole pipeline.
    Created {
        body: models::Pipeline,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreatePipelineResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListPipelinesResponse {
    /// A page of pipelines.
    Ok(models::PipelinePage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListPipelinesResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateStageResponse {
    /// The pipeline or stage was created; the body is the whole pipeline.
    Created {
        body: models::Pipeline,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateStageResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeletePipelineResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeletePipelineResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetPipelineResponse {
    /// The pipeline with its stages.
    Ok {
        body: models::Pipeline,
        e_tag: String,
    },
    /// The resource still has the ETag given in `If-None-Match`.
    NotModified { e_tag: String },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetPipelineResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdatePipelineResponse {
    /// The pipeline with its stages.
    Ok {
        body: models::Pipeline,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdatePipelineResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteStageResponse {
    /// The pipeline with its stages.
    Ok {
        body: models::Pipeline,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteStageResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateStageResponse {
    /// The pipeline with its stages.
    Ok {
        body: models::Pipeline,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdateStageResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetForecastResponse {
    /// The forecast.
    Ok(models::Forecast),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetForecastResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetPipelineSummaryResponse {
    /// The pipeline summary.
    Ok(models::PipelineSummary),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetPipelineSummaryResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateWebhookSubscriptionResponse {
    /// The subscription, and its secret (shown once).
    Created {
        body: models::WebhookSubscriptionWithSecret,
        e_tag: String,
        location: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl CreateWebhookSubscriptionResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListWebhookSubscriptionsResponse {
    /// The subscriptions.
    Ok(models::WebhookSubscriptionList),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListWebhookSubscriptionsResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteWebhookSubscriptionResponse {
    /// Done; nothing to return.
    NoContent,
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl DeleteWebhookSubscriptionResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetWebhookSubscriptionResponse {
    /// The subscription.
    Ok {
        body: models::WebhookSubscription,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl GetWebhookSubscriptionResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListWebhookDeliveriesResponse {
    /// A page of deliveries.
    Ok(models::WebhookDeliveryPage),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl ListWebhookDeliveriesResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RedeliverWebhooksResponse {
    /// How many deliveries were queued again.
    Accepted(models::RedeliveryAccepted),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl RedeliverWebhooksResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RotateWebhookSecretResponse {
    /// The subscription and its new secret.
    Ok {
        body: models::WebhookSubscriptionWithSecret,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl RotateWebhookSecretResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SendTestWebhookResponse {
    /// The test delivery, queued.
    Accepted(models::WebhookDelivery),
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The request conflicts with the current state of the resource; `code` names the rule.
    Conflict(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl SendTestWebhookResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            409 => Ok(Self::Conflict(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateWebhookSubscriptionResponse {
    /// The subscription.
    Ok {
        body: models::WebhookSubscription,
        e_tag: String,
    },
    /// The request is malformed: a parameter violates the contract, or the body is not JSON.
    BadRequest(models::Problem),
    /// The bearer token is missing or invalid.
    Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// The token is valid but its roles, or ownership of the resource, do not allow this.
    Forbidden(models::Problem),
    /// No such resource (or it was deleted).
    NotFound(models::Problem),
    /// The resource changed since the ETag given in `If-Match`.
    PreconditionFailed(models::Problem),
    /// The body is larger than 1 MiB.
    PayloadTooLarge(models::Problem),
    /// The body's `Content-Type` is not the one this operation takes.
    UnsupportedMediaType(models::Problem),
    /// The body violates the contract or a business rule; `errors` points at each field.
    UnprocessableEntity(models::Problem),
    /// This write needs `If-Match`.
    PreconditionRequired(models::Problem),
    /// Over the rate limit.
    TooManyRequests(models::Problem),
    /// Something failed on our side. Quote the request id to support.
    InternalServerError(models::Problem),
    /// The service cannot serve the request right now (`unavailable`: its database is unreachable, restarting or failing over, a statement ran past its time limit, a transaction kept colliding with concurrent ones, or the service is shutting down), too many requests of an expensive kind (`x-expensive: true`, the reports) are being served at once (`overloaded`: answered at once, not queued), or the request ran past the service's time limit and was abandoned (`timeout`). Always retryable: `Retry-After` says after how many seconds. A write that got a 503 may or may not have been applied, so retry it with the same Idempotency-Key. A 500 (`internal`) is a bug of ours, never a passing condition.
    ServiceUnavailable(models::Problem),
}

impl UpdateWebhookSubscriptionResponse {
    /// Wraps a problem in the variant this operation declares for its status (a plain problem body, no
    /// response headers); gives the problem back when the operation declares no such variant.
    /// Added by codegen/templates/response.mustache: one typed way for handlers to answer any error.
    pub fn from_problem(problem: models::Problem) -> Result<Self, models::Problem> {
        match problem.status {
            400 => Ok(Self::BadRequest(problem)),
            403 => Ok(Self::Forbidden(problem)),
            404 => Ok(Self::NotFound(problem)),
            412 => Ok(Self::PreconditionFailed(problem)),
            413 => Ok(Self::PayloadTooLarge(problem)),
            415 => Ok(Self::UnsupportedMediaType(problem)),
            422 => Ok(Self::UnprocessableEntity(problem)),
            428 => Ok(Self::PreconditionRequired(problem)),
            429 => Ok(Self::TooManyRequests(problem)),
            500 => Ok(Self::InternalServerError(problem)),
            503 => Ok(Self::ServiceUnavailable(problem)),
            _ => Err(problem),
        }
    }
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Create an account
    async fn create_account(
        &self,
        account_create: models::AccountCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateAccountResponse, ApiError>;

    /// List accounts
    async fn list_accounts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        sort: Option<models::AccountSort>,
        context: &C,
    ) -> Result<ListAccountsResponse, ApiError>;

    /// Delete an account
    async fn delete_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeleteAccountResponse, ApiError>;

    /// Get an account
    async fn get_account(
        &self,
        account_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetAccountResponse, ApiError>;

    /// Update an account
    async fn update_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
        account_patch: models::AccountPatch,
        context: &C,
    ) -> Result<UpdateAccountResponse, ApiError>;

    /// Who read or changed what
    async fn list_audit_events(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        actor_id: Option<String>,
        resource_type: Option<models::ResourceType>,
        resource_id: Option<uuid::Uuid>,
        occurred_from: Option<chrono::DateTime<chrono::Utc>>,
        occurred_to: Option<chrono::DateTime<chrono::Utc>>,
        context: &C,
    ) -> Result<ListAuditEventsResponse, ApiError>;

    /// Create a contact
    async fn create_contact(
        &self,
        contact_create: models::ContactCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateContactResponse, ApiError>;

    /// List contacts
    async fn list_contacts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        account_id: Option<uuid::Uuid>,
        context: &C,
    ) -> Result<ListContactsResponse, ApiError>;

    /// Delete a contact
    async fn delete_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeleteContactResponse, ApiError>;

    /// Get a contact
    async fn get_contact(
        &self,
        contact_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetContactResponse, ApiError>;

    /// A contact's consent history and current consents
    async fn get_contact_consents(
        &self,
        contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<GetContactConsentsResponse, ApiError>;

    /// Record that a consent was given or withdrawn
    async fn record_contact_consent(
        &self,
        contact_id: uuid::Uuid,
        consent_change: models::ConsentChange,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<RecordContactConsentResponse, ApiError>;

    /// Update a contact
    async fn update_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
        contact_patch: models::ContactPatch,
        context: &C,
    ) -> Result<UpdateContactResponse, ApiError>;

    /// This contract as JSON
    async fn get_contract(&self, context: &C) -> Result<GetContractResponse, ApiError>;

    /// Read the change feed
    async fn list_change_events(
        &self,
        limit: Option<u32>,
        after: Option<String>,
        types: Option<String>,
        resource: Option<uuid::Uuid>,
        context: &C,
    ) -> Result<ListChangeEventsResponse, ApiError>;

    /// Erase a contact's personal data
    async fn erase_contact(
        &self,
        contact_id: uuid::Uuid,
        erasure_request: models::ErasureRequest,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<EraseContactResponse, ApiError>;

    /// Export everything held about a contact
    async fn export_contact_data(
        &self,
        contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<ExportContactDataResponse, ApiError>;

    /// Place a legal hold on a contact
    async fn place_legal_hold(
        &self,
        contact_id: uuid::Uuid,
        legal_hold_request: models::LegalHoldRequest,
        context: &C,
    ) -> Result<PlaceLegalHoldResponse, ApiError>;

    /// Release a legal hold
    async fn release_legal_hold(
        &self,
        contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<ReleaseLegalHoldResponse, ApiError>;

    /// Restrict processing of a contact's data
    async fn restrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
        restriction_request: models::RestrictionRequest,
        context: &C,
    ) -> Result<RestrictContactProcessingResponse, ApiError>;

    /// Lift a processing restriction
    async fn unrestrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
        context: &C,
    ) -> Result<UnrestrictContactProcessingResponse, ApiError>;

    /// Liveness probe
    async fn get_liveness(&self, context: &C) -> Result<GetLivenessResponse, ApiError>;

    /// Readiness probe
    async fn get_readiness(&self, context: &C) -> Result<GetReadinessResponse, ApiError>;

    /// Create up to 100 opportunities at once
    async fn batch_create_opportunities(
        &self,
        opportunity_batch_create: models::OpportunityBatchCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<BatchCreateOpportunitiesResponse, ApiError>;

    /// Update up to 100 opportunities at once
    async fn batch_update_opportunities(
        &self,
        opportunity_batch_update: models::OpportunityBatchUpdate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<BatchUpdateOpportunitiesResponse, ApiError>;

    /// Create an opportunity
    async fn create_opportunity(
        &self,
        opportunity_create: models::OpportunityCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateOpportunityResponse, ApiError>;

    /// List and search opportunities
    async fn list_opportunities<'a>(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        status: Option<&'a Vec<models::OpportunityStatus>>,
        pipeline_id: Option<uuid::Uuid>,
        stage_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        account_id: Option<uuid::Uuid>,
        currency: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        amount_min: Option<String>,
        amount_max: Option<String>,
        sort: Option<models::OpportunitySort>,
        context: &C,
    ) -> Result<ListOpportunitiesResponse, ApiError>;

    /// Add a line item
    async fn create_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        line_item_create: models::LineItemCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateLineItemResponse, ApiError>;

    /// Add a note
    async fn create_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_create: models::NoteCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateNoteResponse, ApiError>;

    /// Delete an opportunity
    async fn delete_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeleteOpportunityResponse, ApiError>;

    /// Get an opportunity
    async fn get_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetOpportunityResponse, ApiError>;

    /// List an opportunity's line items
    async fn list_line_items(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<ListLineItemsResponse, ApiError>;

    /// List an opportunity's notes
    async fn list_notes(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<ListNotesResponse, ApiError>;

    /// The stages an opportunity has been in
    async fn list_stage_history(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<ListStageHistoryResponse, ApiError>;

    /// Mark an opportunity lost
    async fn lose_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        lose_opportunity: models::LoseOpportunity,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<LoseOpportunityResponse, ApiError>;

    /// Move an open opportunity to another open stage
    async fn move_opportunity_stage(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        move_opportunity_stage: models::MoveOpportunityStage,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<MoveOpportunityStageResponse, ApiError>;

    /// Permanently delete an opportunity
    async fn purge_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<PurgeOpportunityResponse, ApiError>;

    /// Reopen a closed opportunity
    async fn reopen_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        reopen_opportunity: Option<models::ReopenOpportunity>,
        context: &C,
    ) -> Result<ReopenOpportunityResponse, ApiError>;

    /// Restore a deleted opportunity
    async fn restore_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        idempotency_key: Option<String>,
        if_match: Option<String>,
        context: &C,
    ) -> Result<RestoreOpportunityResponse, ApiError>;

    /// Update an opportunity
    async fn update_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        opportunity_patch: models::OpportunityPatch,
        context: &C,
    ) -> Result<UpdateOpportunityResponse, ApiError>;

    /// Create or replace an opportunity by your own id
    async fn upsert_opportunity_by_external_id(
        &self,
        external_id: String,
        opportunity_upsert: models::OpportunityUpsert,
        if_match: Option<String>,
        context: &C,
    ) -> Result<UpsertOpportunityByExternalIdResponse, ApiError>;

    /// Mark an opportunity won
    async fn win_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        win_opportunity: Option<models::WinOpportunity>,
        context: &C,
    ) -> Result<WinOpportunityResponse, ApiError>;

    /// Remove a line item
    async fn delete_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeleteLineItemResponse, ApiError>;

    /// Delete a note
    async fn delete_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_id: uuid::Uuid,
        context: &C,
    ) -> Result<DeleteNoteResponse, ApiError>;

    /// Change a line item
    async fn update_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
        line_item_patch: models::LineItemPatch,
        context: &C,
    ) -> Result<UpdateLineItemResponse, ApiError>;

    /// Create a pipeline
    async fn create_pipeline(
        &self,
        pipeline_create: models::PipelineCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreatePipelineResponse, ApiError>;

    /// List pipelines
    async fn list_pipelines(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<ListPipelinesResponse, ApiError>;

    /// Add a stage to a pipeline
    async fn create_stage(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        stage_create: models::StageCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateStageResponse, ApiError>;

    /// Delete a pipeline
    async fn delete_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeletePipelineResponse, ApiError>;

    /// Get a pipeline
    async fn get_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C,
    ) -> Result<GetPipelineResponse, ApiError>;

    /// Rename a pipeline or make it the default
    async fn update_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        pipeline_patch: models::PipelinePatch,
        context: &C,
    ) -> Result<UpdatePipelineResponse, ApiError>;

    /// Remove a stage
    async fn delete_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeleteStageResponse, ApiError>;

    /// Change a stage
    async fn update_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
        stage_patch: models::StagePatch,
        context: &C,
    ) -> Result<UpdateStageResponse, ApiError>;

    /// Forecast by month of expected close
    async fn get_forecast(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        context: &C,
    ) -> Result<GetForecastResponse, ApiError>;

    /// Count and value per stage
    async fn get_pipeline_summary(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        context: &C,
    ) -> Result<GetPipelineSummaryResponse, ApiError>;

    /// Subscribe a URL to change events
    async fn create_webhook_subscription(
        &self,
        webhook_subscription_create: models::WebhookSubscriptionCreate,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError>;

    /// List webhook subscriptions
    async fn list_webhook_subscriptions(
        &self,
        context: &C,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError>;

    /// Delete a webhook subscription
    async fn delete_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
        context: &C,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError>;

    /// Get a webhook subscription
    async fn get_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        context: &C,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError>;

    /// The delivery log
    async fn list_webhook_deliveries(
        &self,
        subscription_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<uuid::Uuid>,
        context: &C,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError>;

    /// Send events again
    async fn redeliver_webhooks(
        &self,
        subscription_id: uuid::Uuid,
        redelivery_request: models::RedeliveryRequest,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<RedeliverWebhooksResponse, ApiError>;

    /// Rotate the signing secret
    async fn rotate_webhook_secret(
        &self,
        subscription_id: uuid::Uuid,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<RotateWebhookSecretResponse, ApiError>;

    /// Send a test event
    async fn send_test_webhook(
        &self,
        subscription_id: uuid::Uuid,
        idempotency_key: Option<String>,
        context: &C,
    ) -> Result<SendTestWebhookResponse, ApiError>;

    /// Change or re-enable a webhook subscription
    async fn update_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
        webhook_subscription_patch: models::WebhookSubscriptionPatch,
        context: &C,
    ) -> Result<UpdateWebhookSubscriptionResponse, ApiError>;
}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Create an account
    async fn create_account(
        &self,
        account_create: models::AccountCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateAccountResponse, ApiError>;

    /// List accounts
    async fn list_accounts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        sort: Option<models::AccountSort>,
    ) -> Result<ListAccountsResponse, ApiError>;

    /// Delete an account
    async fn delete_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteAccountResponse, ApiError>;

    /// Get an account
    async fn get_account(
        &self,
        account_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetAccountResponse, ApiError>;

    /// Update an account
    async fn update_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
        account_patch: models::AccountPatch,
    ) -> Result<UpdateAccountResponse, ApiError>;

    /// Who read or changed what
    async fn list_audit_events(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        actor_id: Option<String>,
        resource_type: Option<models::ResourceType>,
        resource_id: Option<uuid::Uuid>,
        occurred_from: Option<chrono::DateTime<chrono::Utc>>,
        occurred_to: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<ListAuditEventsResponse, ApiError>;

    /// Create a contact
    async fn create_contact(
        &self,
        contact_create: models::ContactCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateContactResponse, ApiError>;

    /// List contacts
    async fn list_contacts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        account_id: Option<uuid::Uuid>,
    ) -> Result<ListContactsResponse, ApiError>;

    /// Delete a contact
    async fn delete_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteContactResponse, ApiError>;

    /// Get a contact
    async fn get_contact(
        &self,
        contact_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetContactResponse, ApiError>;

    /// A contact's consent history and current consents
    async fn get_contact_consents(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<GetContactConsentsResponse, ApiError>;

    /// Record that a consent was given or withdrawn
    async fn record_contact_consent(
        &self,
        contact_id: uuid::Uuid,
        consent_change: models::ConsentChange,
        idempotency_key: Option<String>,
    ) -> Result<RecordContactConsentResponse, ApiError>;

    /// Update a contact
    async fn update_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
        contact_patch: models::ContactPatch,
    ) -> Result<UpdateContactResponse, ApiError>;

    /// This contract as JSON
    async fn get_contract(&self) -> Result<GetContractResponse, ApiError>;

    /// Read the change feed
    async fn list_change_events(
        &self,
        limit: Option<u32>,
        after: Option<String>,
        types: Option<String>,
        resource: Option<uuid::Uuid>,
    ) -> Result<ListChangeEventsResponse, ApiError>;

    /// Erase a contact's personal data
    async fn erase_contact(
        &self,
        contact_id: uuid::Uuid,
        erasure_request: models::ErasureRequest,
        idempotency_key: Option<String>,
    ) -> Result<EraseContactResponse, ApiError>;

    /// Export everything held about a contact
    async fn export_contact_data(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<ExportContactDataResponse, ApiError>;

    /// Place a legal hold on a contact
    async fn place_legal_hold(
        &self,
        contact_id: uuid::Uuid,
        legal_hold_request: models::LegalHoldRequest,
    ) -> Result<PlaceLegalHoldResponse, ApiError>;

    /// Release a legal hold
    async fn release_legal_hold(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<ReleaseLegalHoldResponse, ApiError>;

    /// Restrict processing of a contact's data
    async fn restrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
        restriction_request: models::RestrictionRequest,
    ) -> Result<RestrictContactProcessingResponse, ApiError>;

    /// Lift a processing restriction
    async fn unrestrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<UnrestrictContactProcessingResponse, ApiError>;

    /// Liveness probe
    async fn get_liveness(&self) -> Result<GetLivenessResponse, ApiError>;

    /// Readiness probe
    async fn get_readiness(&self) -> Result<GetReadinessResponse, ApiError>;

    /// Create up to 100 opportunities at once
    async fn batch_create_opportunities(
        &self,
        opportunity_batch_create: models::OpportunityBatchCreate,
        idempotency_key: Option<String>,
    ) -> Result<BatchCreateOpportunitiesResponse, ApiError>;

    /// Update up to 100 opportunities at once
    async fn batch_update_opportunities(
        &self,
        opportunity_batch_update: models::OpportunityBatchUpdate,
        idempotency_key: Option<String>,
    ) -> Result<BatchUpdateOpportunitiesResponse, ApiError>;

    /// Create an opportunity
    async fn create_opportunity(
        &self,
        opportunity_create: models::OpportunityCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateOpportunityResponse, ApiError>;

    /// List and search opportunities
    async fn list_opportunities<'a>(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        status: Option<&'a Vec<models::OpportunityStatus>>,
        pipeline_id: Option<uuid::Uuid>,
        stage_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        account_id: Option<uuid::Uuid>,
        currency: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        amount_min: Option<String>,
        amount_max: Option<String>,
        sort: Option<models::OpportunitySort>,
    ) -> Result<ListOpportunitiesResponse, ApiError>;

    /// Add a line item
    async fn create_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        line_item_create: models::LineItemCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateLineItemResponse, ApiError>;

    /// Add a note
    async fn create_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_create: models::NoteCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateNoteResponse, ApiError>;

    /// Delete an opportunity
    async fn delete_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteOpportunityResponse, ApiError>;

    /// Get an opportunity
    async fn get_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetOpportunityResponse, ApiError>;

    /// List an opportunity's line items
    async fn list_line_items(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListLineItemsResponse, ApiError>;

    /// List an opportunity's notes
    async fn list_notes(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListNotesResponse, ApiError>;

    /// The stages an opportunity has been in
    async fn list_stage_history(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListStageHistoryResponse, ApiError>;

    /// Mark an opportunity lost
    async fn lose_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        lose_opportunity: models::LoseOpportunity,
        idempotency_key: Option<String>,
    ) -> Result<LoseOpportunityResponse, ApiError>;

    /// Move an open opportunity to another open stage
    async fn move_opportunity_stage(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        move_opportunity_stage: models::MoveOpportunityStage,
        idempotency_key: Option<String>,
    ) -> Result<MoveOpportunityStageResponse, ApiError>;

    /// Permanently delete an opportunity
    async fn purge_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
    ) -> Result<PurgeOpportunityResponse, ApiError>;

    /// Reopen a closed opportunity
    async fn reopen_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        reopen_opportunity: Option<models::ReopenOpportunity>,
    ) -> Result<ReopenOpportunityResponse, ApiError>;

    /// Restore a deleted opportunity
    async fn restore_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        idempotency_key: Option<String>,
        if_match: Option<String>,
    ) -> Result<RestoreOpportunityResponse, ApiError>;

    /// Update an opportunity
    async fn update_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        opportunity_patch: models::OpportunityPatch,
    ) -> Result<UpdateOpportunityResponse, ApiError>;

    /// Create or replace an opportunity by your own id
    async fn upsert_opportunity_by_external_id(
        &self,
        external_id: String,
        opportunity_upsert: models::OpportunityUpsert,
        if_match: Option<String>,
    ) -> Result<UpsertOpportunityByExternalIdResponse, ApiError>;

    /// Mark an opportunity won
    async fn win_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        win_opportunity: Option<models::WinOpportunity>,
    ) -> Result<WinOpportunityResponse, ApiError>;

    /// Remove a line item
    async fn delete_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteLineItemResponse, ApiError>;

    /// Delete a note
    async fn delete_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_id: uuid::Uuid,
    ) -> Result<DeleteNoteResponse, ApiError>;

    /// Change a line item
    async fn update_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
        line_item_patch: models::LineItemPatch,
    ) -> Result<UpdateLineItemResponse, ApiError>;

    /// Create a pipeline
    async fn create_pipeline(
        &self,
        pipeline_create: models::PipelineCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreatePipelineResponse, ApiError>;

    /// List pipelines
    async fn list_pipelines(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListPipelinesResponse, ApiError>;

    /// Add a stage to a pipeline
    async fn create_stage(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        stage_create: models::StageCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateStageResponse, ApiError>;

    /// Delete a pipeline
    async fn delete_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeletePipelineResponse, ApiError>;

    /// Get a pipeline
    async fn get_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetPipelineResponse, ApiError>;

    /// Rename a pipeline or make it the default
    async fn update_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        pipeline_patch: models::PipelinePatch,
    ) -> Result<UpdatePipelineResponse, ApiError>;

    /// Remove a stage
    async fn delete_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteStageResponse, ApiError>;

    /// Change a stage
    async fn update_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
        stage_patch: models::StagePatch,
    ) -> Result<UpdateStageResponse, ApiError>;

    /// Forecast by month of expected close
    async fn get_forecast(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
    ) -> Result<GetForecastResponse, ApiError>;

    /// Count and value per stage
    async fn get_pipeline_summary(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
    ) -> Result<GetPipelineSummaryResponse, ApiError>;

    /// Subscribe a URL to change events
    async fn create_webhook_subscription(
        &self,
        webhook_subscription_create: models::WebhookSubscriptionCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError>;

    /// List webhook subscriptions
    async fn list_webhook_subscriptions(
        &self,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError>;

    /// Delete a webhook subscription
    async fn delete_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError>;

    /// Get a webhook subscription
    async fn get_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError>;

    /// The delivery log
    async fn list_webhook_deliveries(
        &self,
        subscription_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<uuid::Uuid>,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError>;

    /// Send events again
    async fn redeliver_webhooks(
        &self,
        subscription_id: uuid::Uuid,
        redelivery_request: models::RedeliveryRequest,
        idempotency_key: Option<String>,
    ) -> Result<RedeliverWebhooksResponse, ApiError>;

    /// Rotate the signing secret
    async fn rotate_webhook_secret(
        &self,
        subscription_id: uuid::Uuid,
        idempotency_key: Option<String>,
    ) -> Result<RotateWebhookSecretResponse, ApiError>;

    /// Send a test event
    async fn send_test_webhook(
        &self,
        subscription_id: uuid::Uuid,
        idempotency_key: Option<String>,
    ) -> Result<SendTestWebhookResponse, ApiError>;

    /// Change or re-enable a webhook subscription
    async fn update_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
        webhook_subscription_patch: models::WebhookSubscriptionPatch,
    ) -> Result<UpdateWebhookSubscriptionResponse, ApiError>;
}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync>
where
    Self: Sized,
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
        ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Create an account
    async fn create_account(
        &self,
        account_create: models::AccountCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateAccountResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_account(account_create, idempotency_key, &context)
            .await
    }

    /// List accounts
    async fn list_accounts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        sort: Option<models::AccountSort>,
    ) -> Result<ListAccountsResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_accounts(limit, cursor, q, updated_since, sort, &context)
            .await
    }

    /// Delete an account
    async fn delete_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteAccountResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_account(account_id, if_match, &context)
            .await
    }

    /// Get an account
    async fn get_account(
        &self,
        account_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetAccountResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_account(account_id, if_none_match, &context)
            .await
    }

    /// Update an account
    async fn update_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
        account_patch: models::AccountPatch,
    ) -> Result<UpdateAccountResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_account(account_id, if_match, account_patch, &context)
            .await
    }

    /// Who read or changed what
    async fn list_audit_events(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        actor_id: Option<String>,
        resource_type: Option<models::ResourceType>,
        resource_id: Option<uuid::Uuid>,
        occurred_from: Option<chrono::DateTime<chrono::Utc>>,
        occurred_to: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<ListAuditEventsResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_audit_events(
                limit,
                cursor,
                actor_id,
                resource_type,
                resource_id,
                occurred_from,
                occurred_to,
                &context,
            )
            .await
    }

    /// Create a contact
    async fn create_contact(
        &self,
        contact_create: models::ContactCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateContactResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_contact(contact_create, idempotency_key, &context)
            .await
    }

    /// List contacts
    async fn list_contacts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        account_id: Option<uuid::Uuid>,
    ) -> Result<ListContactsResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_contacts(limit, cursor, q, updated_since, account_id, &context)
            .await
    }

    /// Delete a contact
    async fn delete_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteContactResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_contact(contact_id, if_match, &context)
            .await
    }

    /// Get a contact
    async fn get_contact(
        &self,
        contact_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetContactResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_contact(contact_id, if_none_match, &context)
            .await
    }

    /// A contact's consent history and current consents
    async fn get_contact_consents(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<GetContactConsentsResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_contact_consents(contact_id, &context).await
    }

    /// Record that a consent was given or withdrawn
    async fn record_contact_consent(
        &self,
        contact_id: uuid::Uuid,
        consent_change: models::ConsentChange,
        idempotency_key: Option<String>,
    ) -> Result<RecordContactConsentResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .record_contact_consent(contact_id, consent_change, idempotency_key, &context)
            .await
    }

    /// Update a contact
    async fn update_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
        contact_patch: models::ContactPatch,
    ) -> Result<UpdateContactResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_contact(contact_id, if_match, contact_patch, &context)
            .await
    }

    /// This contract as JSON
    async fn get_contract(&self) -> Result<GetContractResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_contract(&context).await
    }

    /// Read the change feed
    async fn list_change_events(
        &self,
        limit: Option<u32>,
        after: Option<String>,
        types: Option<String>,
        resource: Option<uuid::Uuid>,
    ) -> Result<ListChangeEventsResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_change_events(limit, after, types, resource, &context)
            .await
    }

    /// Erase a contact's personal data
    async fn erase_contact(
        &self,
        contact_id: uuid::Uuid,
        erasure_request: models::ErasureRequest,
        idempotency_key: Option<String>,
    ) -> Result<EraseContactResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .erase_contact(contact_id, erasure_request, idempotency_key, &context)
            .await
    }

    /// Export everything held about a contact
    async fn export_contact_data(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<ExportContactDataResponse, ApiError> {
        let context = self.context().clone();
        self.api().export_contact_data(contact_id, &context).await
    }

    /// Place a legal hold on a contact
    async fn place_legal_hold(
        &self,
        contact_id: uuid::Uuid,
        legal_hold_request: models::LegalHoldRequest,
    ) -> Result<PlaceLegalHoldResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .place_legal_hold(contact_id, legal_hold_request, &context)
            .await
    }

    /// Release a legal hold
    async fn release_legal_hold(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<ReleaseLegalHoldResponse, ApiError> {
        let context = self.context().clone();
        self.api().release_legal_hold(contact_id, &context).await
    }

    /// Restrict processing of a contact's data
    async fn restrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
        restriction_request: models::RestrictionRequest,
    ) -> Result<RestrictContactProcessingResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .restrict_contact_processing(contact_id, restriction_request, &context)
            .await
    }

    /// Lift a processing restriction
    async fn unrestrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
    ) -> Result<UnrestrictContactProcessingResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .unrestrict_contact_processing(contact_id, &context)
            .await
    }

    /// Liveness probe
    async fn get_liveness(&self) -> Result<GetLivenessResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_liveness(&context).await
    }

    /// Readiness probe
    async fn get_readiness(&self) -> Result<GetReadinessResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_readiness(&context).await
    }

    /// Create up to 100 opportunities at once
    async fn batch_create_opportunities(
        &self,
        opportunity_batch_create: models::OpportunityBatchCreate,
        idempotency_key: Option<String>,
    ) -> Result<BatchCreateOpportunitiesResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .batch_create_opportunities(opportunity_batch_create, idempotency_key, &context)
            .await
    }

    /// Update up to 100 opportunities at once
    async fn batch_update_opportunities(
        &self,
        opportunity_batch_update: models::OpportunityBatchUpdate,
        idempotency_key: Option<String>,
    ) -> Result<BatchUpdateOpportunitiesResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .batch_update_opportunities(opportunity_batch_update, idempotency_key, &context)
            .await
    }

    /// Create an opportunity
    async fn create_opportunity(
        &self,
        opportunity_create: models::OpportunityCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_opportunity(opportunity_create, idempotency_key, &context)
            .await
    }

    /// List and search opportunities
    async fn list_opportunities<'a>(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        status: Option<&'a Vec<models::OpportunityStatus>>,
        pipeline_id: Option<uuid::Uuid>,
        stage_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        account_id: Option<uuid::Uuid>,
        currency: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        amount_min: Option<String>,
        amount_max: Option<String>,
        sort: Option<models::OpportunitySort>,
    ) -> Result<ListOpportunitiesResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_opportunities(
                limit,
                cursor,
                q,
                updated_since,
                status,
                pipeline_id,
                stage_id,
                owner_id,
                account_id,
                currency,
                close_date_from,
                close_date_to,
                amount_min,
                amount_max,
                sort,
                &context,
            )
            .await
    }

    /// Add a line item
    async fn create_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        line_item_create: models::LineItemCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateLineItemResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_line_item(
                opportunity_id,
                if_match,
                line_item_create,
                idempotency_key,
                &context,
            )
            .await
    }

    /// Add a note
    async fn create_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_create: models::NoteCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateNoteResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_note(opportunity_id, note_create, idempotency_key, &context)
            .await
    }

    /// Delete an opportunity
    async fn delete_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_opportunity(opportunity_id, if_match, &context)
            .await
    }

    /// Get an opportunity
    async fn get_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_opportunity(opportunity_id, if_none_match, &context)
            .await
    }

    /// List an opportunity's line items
    async fn list_line_items(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListLineItemsResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_line_items(opportunity_id, limit, cursor, &context)
            .await
    }

    /// List an opportunity's notes
    async fn list_notes(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListNotesResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_notes(opportunity_id, limit, cursor, &context)
            .await
    }

    /// The stages an opportunity has been in
    async fn list_stage_history(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListStageHistoryResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_stage_history(opportunity_id, limit, cursor, &context)
            .await
    }

    /// Mark an opportunity lost
    async fn lose_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        lose_opportunity: models::LoseOpportunity,
        idempotency_key: Option<String>,
    ) -> Result<LoseOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .lose_opportunity(
                opportunity_id,
                if_match,
                lose_opportunity,
                idempotency_key,
                &context,
            )
            .await
    }

    /// Move an open opportunity to another open stage
    async fn move_opportunity_stage(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        move_opportunity_stage: models::MoveOpportunityStage,
        idempotency_key: Option<String>,
    ) -> Result<MoveOpportunityStageResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .move_opportunity_stage(
                opportunity_id,
                if_match,
                move_opportunity_stage,
                idempotency_key,
                &context,
            )
            .await
    }

    /// Permanently delete an opportunity
    async fn purge_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
    ) -> Result<PurgeOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .purge_opportunity(opportunity_id, if_match, idempotency_key, &context)
            .await
    }

    /// Reopen a closed opportunity
    async fn reopen_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        reopen_opportunity: Option<models::ReopenOpportunity>,
    ) -> Result<ReopenOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .reopen_opportunity(
                opportunity_id,
                if_match,
                idempotency_key,
                reopen_opportunity,
                &context,
            )
            .await
    }

    /// Restore a deleted opportunity
    async fn restore_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        idempotency_key: Option<String>,
        if_match: Option<String>,
    ) -> Result<RestoreOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .restore_opportunity(opportunity_id, idempotency_key, if_match, &context)
            .await
    }

    /// Update an opportunity
    async fn update_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        opportunity_patch: models::OpportunityPatch,
    ) -> Result<UpdateOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_opportunity(opportunity_id, if_match, opportunity_patch, &context)
            .await
    }

    /// Create or replace an opportunity by your own id
    async fn upsert_opportunity_by_external_id(
        &self,
        external_id: String,
        opportunity_upsert: models::OpportunityUpsert,
        if_match: Option<String>,
    ) -> Result<UpsertOpportunityByExternalIdResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .upsert_opportunity_by_external_id(external_id, opportunity_upsert, if_match, &context)
            .await
    }

    /// Mark an opportunity won
    async fn win_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        win_opportunity: Option<models::WinOpportunity>,
    ) -> Result<WinOpportunityResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .win_opportunity(
                opportunity_id,
                if_match,
                idempotency_key,
                win_opportunity,
                &context,
            )
            .await
    }

    /// Remove a line item
    async fn delete_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteLineItemResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_line_item(opportunity_id, line_item_id, if_match, &context)
            .await
    }

    /// Delete a note
    async fn delete_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_id: uuid::Uuid,
    ) -> Result<DeleteNoteResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_note(opportunity_id, note_id, &context)
            .await
    }

    /// Change a line item
    async fn update_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
        line_item_patch: models::LineItemPatch,
    ) -> Result<UpdateLineItemResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_line_item(
                opportunity_id,
                line_item_id,
                if_match,
                line_item_patch,
                &context,
            )
            .await
    }

    /// Create a pipeline
    async fn create_pipeline(
        &self,
        pipeline_create: models::PipelineCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreatePipelineResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_pipeline(pipeline_create, idempotency_key, &context)
            .await
    }

    /// List pipelines
    async fn list_pipelines(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ListPipelinesResponse, ApiError> {
        let context = self.context().clone();
        self.api().list_pipelines(limit, cursor, &context).await
    }

    /// Add a stage to a pipeline
    async fn create_stage(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        stage_create: models::StageCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateStageResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_stage(
                pipeline_id,
                if_match,
                stage_create,
                idempotency_key,
                &context,
            )
            .await
    }

    /// Delete a pipeline
    async fn delete_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeletePipelineResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_pipeline(pipeline_id, if_match, &context)
            .await
    }

    /// Get a pipeline
    async fn get_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_none_match: Option<String>,
    ) -> Result<GetPipelineResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_pipeline(pipeline_id, if_none_match, &context)
            .await
    }

    /// Rename a pipeline or make it the default
    async fn update_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        pipeline_patch: models::PipelinePatch,
    ) -> Result<UpdatePipelineResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_pipeline(pipeline_id, if_match, pipeline_patch, &context)
            .await
    }

    /// Remove a stage
    async fn delete_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteStageResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_stage(pipeline_id, stage_id, if_match, &context)
            .await
    }

    /// Change a stage
    async fn update_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
        stage_patch: models::StagePatch,
    ) -> Result<UpdateStageResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_stage(pipeline_id, stage_id, if_match, stage_patch, &context)
            .await
    }

    /// Forecast by month of expected close
    async fn get_forecast(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
    ) -> Result<GetForecastResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_forecast(
                pipeline_id,
                owner_id,
                close_date_from,
                close_date_to,
                &context,
            )
            .await
    }

    /// Count and value per stage
    async fn get_pipeline_summary(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
    ) -> Result<GetPipelineSummaryResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_pipeline_summary(
                pipeline_id,
                owner_id,
                close_date_from,
                close_date_to,
                &context,
            )
            .await
    }

    /// Subscribe a URL to change events
    async fn create_webhook_subscription(
        &self,
        webhook_subscription_create: models::WebhookSubscriptionCreate,
        idempotency_key: Option<String>,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_webhook_subscription(webhook_subscription_create, idempotency_key, &context)
            .await
    }

    /// List webhook subscriptions
    async fn list_webhook_subscriptions(
        &self,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError> {
        let context = self.context().clone();
        self.api().list_webhook_subscriptions(&context).await
    }

    /// Delete a webhook subscription
    async fn delete_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .delete_webhook_subscription(subscription_id, if_match, &context)
            .await
    }

    /// Get a webhook subscription
    async fn get_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .get_webhook_subscription(subscription_id, &context)
            .await
    }

    /// The delivery log
    async fn list_webhook_deliveries(
        &self,
        subscription_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<uuid::Uuid>,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .list_webhook_deliveries(subscription_id, limit, cursor, &context)
            .await
    }

    /// Send events again
    async fn redeliver_webhooks(
        &self,
        subscription_id: uuid::Uuid,
        redelivery_request: models::RedeliveryRequest,
        idempotency_key: Option<String>,
    ) -> Result<RedeliverWebhooksResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .redeliver_webhooks(
                subscription_id,
                redelivery_request,
                idempotency_key,
                &context,
            )
            .await
    }

    /// Rotate the signing secret
    async fn rotate_webhook_secret(
        &self,
        subscription_id: uuid::Uuid,
        idempotency_key: Option<String>,
    ) -> Result<RotateWebhookSecretResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .rotate_webhook_secret(subscription_id, idempotency_key, &context)
            .await
    }

    /// Send a test event
    async fn send_test_webhook(
        &self,
        subscription_id: uuid::Uuid,
        idempotency_key: Option<String>,
    ) -> Result<SendTestWebhookResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .send_test_webhook(subscription_id, idempotency_key, &context)
            .await
    }

    /// Change or re-enable a webhook subscription
    async fn update_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
        webhook_subscription_patch: models::WebhookSubscriptionPatch,
    ) -> Result<UpdateWebhookSubscriptionResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_webhook_subscription(
                subscription_id,
                if_match,
                webhook_subscription_patch,
                &context,
            )
            .await
    }
}

#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
