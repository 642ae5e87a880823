//! The generated `Api` trait, implemented: one file per contract tag, each translating generated
//! models to domain values, calling the domain and store, and mapping the outcome to the generated
//! response enum. `dispatch.rs` only routes each operation to its tag's file; this file holds the
//! shared state and the helpers the tag files use.

// Handlers take the generated trait's parameters one for one, however many an operation has.
#![allow(clippy::too_many_arguments, clippy::needless_lifetimes)]

mod accounts;
mod audit;
mod consents;
mod contacts;
mod dispatch;
mod events;
mod gdpr;
mod health;
mod opportunities;
mod opportunity_model;
mod pipelines;
mod reports;
mod stored;
mod webhooks;

use std::sync::Arc;

use opportunity_api::models;
use swagger::ApiError;

use crate::domain::Actor;
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::Store;

/// Our implementation of the contract, shared by every request.
#[derive(Clone)]
pub struct ApiImpl {
    inner: Arc<Shared>,
}

struct Shared {
    store: Store,
    contract_json: std::collections::HashMap<String, serde_json::Value>,
    webhooks: WebhookSettings,
}

/// What the webhook operations need besides the store.
#[derive(Clone)]
pub struct WebhookSettings {
    /// `None` when no key is configured (production without `OMS_WEBHOOK_SECRETS_KEY`).
    pub secrets: Option<crate::webhooks::secrets::SecretBox>,
    pub guard: crate::webhooks::ssrf::Guard,
}

impl ApiImpl {
    pub fn new(
        store: Store,
        contract_json: std::collections::HashMap<String, serde_json::Value>,
        webhooks: WebhookSettings,
    ) -> Self {
        Self {
            inner: Arc::new(Shared {
                store,
                contract_json,
                webhooks,
            }),
        }
    }

    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    pub(crate) fn webhooks(&self) -> &WebhookSettings {
        &self.inner.webhooks
    }
}

/// Answers `error` through the operation's own response variant for its status (`from_problem`,
/// generated for every response enum). A status the operation does not declare is a contract
/// drift: it is logged and answered as it is by the edge, never silently turned into another.
pub(crate) fn answer_error<R>(
    context: &RequestContext,
    error: AppError,
    from_problem: fn(models::Problem) -> Result<R, models::Problem>,
) -> Result<R, ApiError> {
    let problem = error.into_problem(&context.request_id, Some(&context.path));
    from_problem(problem).map_err(|problem| {
        tracing::warn!(
            request_id = %context.request_id,
            status = problem.status,
            code = %problem.code,
            "answer with a status the operation does not declare"
        );
        if let Ok(mut slot) = context.undeclared_problem.lock() {
            *slot = Some(problem);
        }
        ApiError("undeclared problem status".to_owned())
    })
}

/// Maps a handler's outcome to the operation's response: errors through [`answer_error`].
pub(crate) fn finish<R>(
    context: &RequestContext,
    outcome: Result<R, AppError>,
    from_problem: fn(models::Problem) -> Result<R, models::Problem>,
) -> Result<R, ApiError> {
    match outcome {
        Ok(response) => Ok(response),
        Err(error) => answer_error(context, error, from_problem),
    }
}

/// The caller of a protected operation, as the store's [`Actor`].
pub(crate) fn actor(context: &RequestContext) -> Result<Actor, AppError> {
    context
        .principal()
        .map(|principal| Actor {
            idempotency_claim: context.idempotency_claim.clone(),
            ..Actor::new(principal, &context.request_id)
        })
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "a protected operation ran without a principal"
            ))
        })
}

/// An optional stored value as the contract's nullable.
pub(crate) fn nullable<T>(value: Option<T>) -> swagger::Nullable<T> {
    value.map_or(swagger::Nullable::Null, swagger::Nullable::Present)
}

/// A merge-patch field: absent (`None`), cleared (`Some(None)`) or set.
pub(crate) fn patched<T>(field: Option<swagger::Nullable<T>>) -> Option<Option<T>> {
    field.map(|value| match value {
        swagger::Nullable::Null => None,
        swagger::Nullable::Present(value) => Some(value),
    })
}

/// The labels of a request body as the store keeps them (the contract names the item schema `Tag`).
pub(crate) fn tags(tags: Vec<models::Tag>) -> Vec<String> {
    tags.into_iter().map(String::from).collect()
}
