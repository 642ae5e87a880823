//! What travels with a request from the edge into the generated server and our handlers.

use std::sync::{Arc, Mutex};

use opportunity_api::models;
use swagger::auth::{Authorization, Scopes};
use swagger::{Has, XSpanIdString};

use crate::auth::Principal;
use crate::domain::IdempotencyClaim;

/// The per-request context handed to the generated server and, through it, to every handler.
///
/// Built by the edge after authentication, so a handler of a protected operation always finds its
/// [`Principal`] here.
pub struct RequestContext {
    /// The request id: echoed in `X-Request-Id` and in every problem body.
    pub request_id: String,
    /// The request path, for the `instance` of problems.
    pub path: String,
    principal: Option<Principal>,
    span: XSpanIdString,
    authorization: Option<Authorization>,
    /// A problem a handler answered with although its operation declares no such status. The
    /// edge answers it as it is (never silently turned into another status) and logs the drift.
    pub(crate) undeclared_problem: Arc<Mutex<Option<models::Problem>>>,
    /// The Idempotency-Key the request holds (set by the edge), which fences its writes.
    pub(crate) idempotency_claim: Option<IdempotencyClaim>,
}

impl RequestContext {
    pub fn new(request_id: String, path: String, principal: Option<Principal>) -> Self {
        // The edge has already checked the operation's roles or scopes (see `http::authorize`):
        // the generated server's own scope check must let every authenticated request through.
        let authorization = principal.as_ref().map(|principal| Authorization {
            subject: principal.subject.clone(),
            scopes: Scopes::All,
            issuer: None,
        });
        Self {
            span: XSpanIdString(request_id.clone()),
            request_id,
            path,
            principal,
            authorization,
            undeclared_problem: Arc::default(),
            idempotency_claim: None,
        }
    }

    /// The authenticated caller. Every operation that is not `x-public` has one: the edge refuses
    /// the request before it gets here otherwise.
    pub fn principal(&self) -> Option<&Principal> {
        self.principal.as_ref()
    }
}

impl Has<XSpanIdString> for RequestContext {
    fn get(&self) -> &XSpanIdString {
        &self.span
    }
    fn get_mut(&mut self) -> &mut XSpanIdString {
        &mut self.span
    }
    fn set(&mut self, value: XSpanIdString) {
        self.span = value;
    }
}

impl Has<Option<Authorization>> for RequestContext {
    fn get(&self) -> &Option<Authorization> {
        &self.authorization
    }
    fn get_mut(&mut self) -> &mut Option<Authorization> {
        &mut self.authorization
    }
    fn set(&mut self, value: Option<Authorization>) {
        self.authorization = value;
    }
}
