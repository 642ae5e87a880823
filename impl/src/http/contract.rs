//! The contract gate: routing and request validation compiled from `api/openapi.yaml` itself.
//!
//! The generated server validates nothing against the schema, so every request passes this gate
//! first, at one depth for all operations: the path picks an [`Operation`], then its parameters
//! and body are checked against what the contract declares. Everything is compiled once in
//! [`Contract::load`], which refuses any construct it cannot enforce (the service then fails at
//! start-up, never per request); a request only costs a route lookup and schema validation.
//!
//! OpenAPI 3.0 schemas are translated to JSON Schema draft 4 (the dialect OpenAPI 3.0 extends):
//! `nullable: true` adds `null` to `type` (and to `enum`), `int32`/`int64` become bounds,
//! annotations (`example`, `readOnly`, `x-*`, ...) are dropped, and every `$ref` to
//! `#/components/schemas/X` points into one shared `definitions` object. Formats `uuid`, `date`
//! (RFC 3339 full-date), `date-time` (RFC 3339, offset required) and `email` are checked.
//!
//! Known limits: JSON bodies keep the last of duplicate keys (serde_json's behaviour); a body nested
//! deeper than [`MAX_DEPTH`] is refused before it is parsed; at most [`MAX_ERRORS`] errors are
//! reported per request.

use std::collections::HashMap;
use std::fmt;

use bytes::Bytes;
use http::Method;
use serde_json::Value;

pub use crate::error::FieldError;

use body::RequestBody;
use parameters::Parameter;
use router::{route_table, RouteEntry};

mod body;
mod compile;
mod messages;
mod parameters;
mod router;
#[cfg(test)]
mod tests;

/// Deepest nesting of arrays and objects a request body may have.
pub const MAX_DEPTH: usize = 32;
/// Most field errors reported for one request; the rest are dropped.
pub const MAX_ERRORS: usize = 50;

/// The compiled contract: routes, and for each operation its parameter and body validators.
pub struct Contract {
    yaml: Bytes,
    json: Bytes,
    operations: Vec<Operation>,
    /// Path templates by number of segments, most specific first (see [`Contract::route`]).
    routes: HashMap<usize, Vec<RouteEntry>>,
}

/// Where a request goes, as far as the contract can tell.
#[derive(Debug)]
pub enum Route<'a> {
    /// A path template and method of the contract match.
    Found(Matched<'a>),
    /// A path template matches but declares no operation for this method (405).
    MethodNotAllowed { allowed: Vec<Method> },
    /// No path template matches (404).
    NotFound,
}

/// A matched operation with the values of its path template's parameters.
#[derive(Debug)]
pub struct Matched<'a> {
    /// The operation for the path template and method.
    pub operation: &'a Operation,
    /// `(name, value)` for each `{name}` of the template, in template order, percent-decoded.
    /// Not yet validated: [`Operation::check_parameters`] does that.
    pub path_params: Vec<(&'a str, String)>,
}

/// One operation of the contract, with its validators compiled.
#[derive(Debug)]
pub struct Operation {
    /// The `operationId`.
    pub id: String,
    /// The HTTP method it is declared under.
    pub method: Method,
    /// The path template, e.g. `/v1/opportunities/{opportunity_id}`.
    pub path: String,
    /// `x-public: true`: no token needed. Load checks that it agrees with `security: []`.
    pub public: bool,
    /// `x-roles`: the roles allowed to call it. Never empty for an operation that is not public.
    pub roles: Vec<String>,
    /// The scopes of its `security` requirement naming the OAuth 2.0 scheme: what a client needs,
    /// all of them. Never empty for an operation that is not public.
    pub scopes: Vec<crate::auth::Scope>,
    /// `x-expensive: true`: its cost grows with what it reads, so the edge bounds how many run at
    /// once (see [`crate::http::limits::Concurrency`]).
    pub expensive: bool,
    parameters: Vec<Parameter>,
    body: Option<RequestBody>,
}

/// Why a request body was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyRejection {
    /// The body's media type is not one the operation takes (415). `expected` is empty when the
    /// operation takes no body at all but one was sent.
    UnsupportedMediaType { expected: Vec<String> },
    /// The operation requires a body and the request has none.
    Missing,
    /// Not JSON: serde_json's description of where parsing stopped (never the input itself).
    Malformed(String),
    /// JSON that breaks the schema: one entry per problem, at most [`MAX_ERRORS`].
    Invalid(Vec<FieldError>),
    /// Nested deeper than [`MAX_DEPTH`]; refused before parsing.
    TooDeep,
}

/// Why the contract could not be compiled: where in the document (a JSON pointer) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractError {
    /// A JSON pointer into the contract, e.g. `/components/schemas/Amount/pattern`.
    pub at: String,
    /// What is wrong there.
    pub reason: String,
}

impl ContractError {
    fn new(at: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            at: at.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ContractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            write!(f, "the OpenAPI contract: {}", self.reason)
        } else {
            write!(f, "the OpenAPI contract at {}: {}", self.at, self.reason)
        }
    }
}

impl std::error::Error for ContractError {}

impl Contract {
    /// Parses the OpenAPI 3.0 YAML, resolves its `$ref`s and compiles every operation's routes,
    /// parameter validators and body validators. Fails on anything it cannot enforce (unsupported
    /// parameter styles, non-JSON bodies, unknown schema keywords, dangling `$ref`s, patterns that
    /// do not compile, ambiguous path templates, operations without roles), so that a contract
    /// mistake stops the service at start-up instead of silently letting requests through.
    pub fn load(openapi_yaml: &str) -> Result<Contract, ContractError> {
        let mut yaml: serde_yaml::Value = serde_yaml::from_str(openapi_yaml)
            .map_err(|error| ContractError::new("", format!("not valid YAML: {error}")))?;
        yaml.apply_merge()
            .map_err(|error| ContractError::new("", format!("bad YAML merge key: {error}")))?;
        // Serialising the YAML value keeps the document's key order, which a reader of
        // /v1/openapi.json expects; serde_json's own map would sort the keys.
        let json = serde_json::to_vec(&yaml).map_err(|error| {
            ContractError::new("", format!("not representable as JSON: {error}"))
        })?;
        let document: Value = serde_json::from_slice(&json).map_err(|error| {
            ContractError::new("", format!("not representable as JSON: {error}"))
        })?;
        let version = document.get("openapi").and_then(Value::as_str);
        if !version.is_some_and(|version| version.starts_with("3.0.")) {
            return Err(ContractError::new(
                "/openapi",
                "only OpenAPI 3.0.x is supported (3.1 changes what `nullable` and `type` mean)",
            ));
        }

        let (operations, templates) = compile::compile(&document)?;
        let routes = route_table(templates)?;
        Ok(Contract {
            yaml: Bytes::copy_from_slice(openapi_yaml.as_bytes()),
            json: Bytes::from(json),
            operations,
            routes,
        })
    }

    /// The contract as JSON, keys in document order, for `/v1/openapi.json`. A cheap clone.
    pub fn json(&self) -> Bytes {
        self.json.clone()
    }

    /// The contract as it was loaded, for `/v1/openapi.yaml`. A cheap clone.
    pub fn yaml(&self) -> Bytes {
        self.yaml.clone()
    }

    /// Every operation, by path template, then method.
    pub fn operations(&self) -> impl Iterator<Item = &Operation> {
        self.operations.iter()
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|operation| operation.id == id)
    }
}

impl fmt::Debug for Contract {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contract")
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}
