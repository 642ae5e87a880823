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

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, Method};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError, Validator};
use percent_encoding::percent_decode_str;
use serde_json::Value;

pub use crate::error::FieldError;

mod compile;

/// Deepest nesting of arrays and objects a request body may have.
pub const MAX_DEPTH: usize = 32;
/// Most field errors reported for one request; the rest are dropped.
pub const MAX_ERRORS: usize = 50;
/// Longest piece of client input (a parameter or field name) quoted back in an error.
const ECHO_LIMIT: usize = 40;

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

    /// Matches a request path (without query) against the contract's path templates.
    ///
    /// Literal segments beat templated ones, left to right (`/v1/opportunities/batch-create`
    /// before `/v1/opportunities/{opportunity_id}`); the most specific matching template decides,
    /// so a method it lacks is a 405 even if a less specific template has that method. Literals
    /// compare byte for byte with the raw path, a template parameter matches one non-empty raw
    /// segment, so a trailing slash or an empty segment matches nothing.
    pub fn route(&self, method: &Method, path: &str) -> Route<'_> {
        let Some(rest) = path.strip_prefix('/') else {
            return Route::NotFound;
        };
        let segments: Vec<&str> = rest.split('/').collect();
        let Some(candidates) = self.routes.get(&segments.len()) else {
            return Route::NotFound;
        };
        let Some(entry) = candidates.iter().find(|entry| entry.matches(&segments)) else {
            return Route::NotFound;
        };
        match entry
            .methods
            .iter()
            .find(|(candidate, _)| candidate == method)
        {
            Some(&(_, index)) => Route::Found(Matched {
                operation: &self.operations[index],
                path_params: entry.params(&segments),
            }),
            None => Route::MethodNotAllowed {
                allowed: entry
                    .methods
                    .iter()
                    .map(|(method, _)| method.clone())
                    .collect(),
            },
        }
    }
}

impl fmt::Debug for Contract {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contract")
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}

impl Operation {
    /// Checks path parameters, the query string and headers against the declared parameters:
    /// presence of required ones, type (coerced from text: integer, number, boolean, and arrays
    /// as repeated query keys), then the parameter's schema (enum, pattern, bounds, lengths,
    /// formats, `maxItems`). A query key the operation does not declare is `unknown_parameter`;
    /// a scalar query parameter given twice is `invalid`. Headers are matched case-insensitively,
    /// repeated header lines joined with `", "`. Reports every problem, up to [`MAX_ERRORS`].
    pub fn check_parameters(
        &self,
        path_params: &[(&str, String)],
        query: Option<&str>,
        headers: &HeaderMap,
    ) -> Result<(), Vec<FieldError>> {
        let query: Vec<(Cow<'_, str>, Cow<'_, str>)> = query
            .map(|query| form_urlencoded::parse(query.as_bytes()).collect())
            .unwrap_or_default();
        let mut errors = Vec::new();

        // Bounded, so a query string of thousands of made-up keys costs one pass.
        let mut unknown: Vec<&str> = Vec::new();
        for (name, _) in &query {
            let declared = self.parameters.iter().any(|parameter| {
                parameter.location == Location::Query && parameter.name == name.as_ref()
            });
            if !declared && !unknown.contains(&name.as_ref()) {
                unknown.push(name.as_ref());
                if unknown.len() == MAX_ERRORS {
                    break;
                }
            }
        }
        for name in unknown {
            errors.push(FieldError::new(
                format!("/query/{}", escape_pointer(&cap(name))),
                "unknown_parameter",
                "is not a parameter of this operation",
            ));
        }

        for parameter in &self.parameters {
            let raw: Vec<Cow<'_, str>> = match &parameter.location {
                Location::Path => path_params
                    .iter()
                    .filter(|(name, _)| *name == parameter.name)
                    .map(|(_, value)| Cow::Borrowed(value.as_str()))
                    .collect(),
                Location::Query => query
                    .iter()
                    .filter(|(name, _)| name.as_ref() == parameter.name)
                    .map(|(_, value)| Cow::Borrowed(value.as_ref()))
                    .collect(),
                Location::Header(header) => {
                    let mut values = headers.get_all(header).iter().peekable();
                    if values.peek().is_none() {
                        Vec::new()
                    } else {
                        match values
                            .map(|value| value.to_str())
                            .collect::<Result<Vec<_>, _>>()
                        {
                            Ok(lines) => vec![Cow::Owned(lines.join(", "))],
                            Err(_) => {
                                errors.push(FieldError::new(
                                    parameter.pointer.clone(),
                                    "invalid",
                                    "must be visible ASCII text",
                                ));
                                continue;
                            }
                        }
                    }
                }
            };
            parameter.check(&raw, &mut errors);
        }

        if errors.is_empty() {
            Ok(())
        } else {
            errors.truncate(MAX_ERRORS);
            drop_shadowed(&mut errors);
            Err(errors)
        }
    }

    /// Checks a request body against the operation's `requestBody`: media type (compared
    /// case-insensitively, parameters ignored except a `charset` that is not UTF-8), presence, then
    /// nesting depth, JSON syntax and the schema. An empty body is fine when the body is optional;
    /// a body sent to an operation that takes none is refused as an unsupported media type.
    pub fn check_body(&self, content_type: Option<&str>, body: &[u8]) -> Result<(), BodyRejection> {
        let Some(declared) = &self.body else {
            return if body.is_empty() {
                Ok(())
            } else {
                Err(BodyRejection::UnsupportedMediaType {
                    expected: Vec::new(),
                })
            };
        };
        if body.is_empty() {
            return if declared.required {
                Err(BodyRejection::Missing)
            } else {
                Ok(())
            };
        }
        let validator = content_type
            .and_then(media_type_essence)
            .and_then(|essence| {
                declared
                    .media
                    .iter()
                    .find(|(media, _)| media.eq_ignore_ascii_case(essence))
            })
            .map(|(_, validator)| validator)
            .ok_or_else(|| BodyRejection::UnsupportedMediaType {
                expected: declared
                    .media
                    .iter()
                    .map(|(media, _)| media.clone())
                    .collect(),
            })?;
        if nesting_exceeds(body, MAX_DEPTH) {
            return Err(BodyRejection::TooDeep);
        }
        let value: Value = serde_json::from_slice(body)
            .map_err(|error| BodyRejection::Malformed(error.to_string()))?;
        // Neither database stores NUL in text (PostgreSQL refuses it): no string may carry one.
        // JSON can only spell it escaped, so the walk runs only when the escape is there.
        if body
            .windows(6)
            .any(|window| window.eq_ignore_ascii_case(b"\\u0000"))
        {
            let mut errors = Vec::new();
            strings_with_nul(&value, &mut String::new(), &mut errors);
            if !errors.is_empty() {
                errors.truncate(MAX_ERRORS);
                return Err(BodyRejection::Invalid(errors));
            }
        }
        if validator.is_valid(&value) {
            return Ok(());
        }
        let mut errors = Vec::new();
        for error in validator.iter_errors(&value) {
            field_errors(&error, None, &mut errors);
            if errors.len() >= MAX_ERRORS {
                break;
            }
        }
        errors.truncate(MAX_ERRORS);
        drop_shadowed(&mut errors);
        Err(BodyRejection::Invalid(errors))
    }

    /// Whether the operation declares a request body at all.
    pub fn takes_body(&self) -> bool {
        self.body.is_some()
    }
}

/// A field error at the pointer of every string (or member name) in `value` that holds a NUL.
fn strings_with_nul(value: &Value, pointer: &mut String, errors: &mut Vec<FieldError>) {
    let nul = |pointer: &str| {
        FieldError::new(
            pointer,
            "invalid_text",
            "strings may not contain NUL characters (\\u0000)",
        )
    };
    match value {
        Value::String(text) if text.contains('\0') => errors.push(nul(pointer)),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let length = pointer.len();
                pointer.push_str(&format!("/{index}"));
                strings_with_nul(item, pointer, errors);
                pointer.truncate(length);
            }
        }
        Value::Object(members) => {
            for (name, member) in members {
                let length = pointer.len();
                let escaped = name.replace('~', "~0").replace('/', "~1").replace('\0', "");
                pointer.push('/');
                pointer.extend(escaped.chars().take(40));
                if name.contains('\0') {
                    errors.push(nul(pointer));
                } else {
                    strings_with_nul(member, pointer, errors);
                }
                pointer.truncate(length);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Parameters

#[derive(Debug)]
struct Parameter {
    name: String,
    location: Location,
    /// `/path/<name>`, `/query/<name>` or `/header/<name>`, precomputed.
    pointer: String,
    required: bool,
    shape: Shape,
    validator: Validator,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Location {
    Path,
    Query,
    Header(HeaderName),
}

/// How a parameter's text becomes JSON before its schema is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Scalar(Scalar),
    /// `style: form, explode: true` query arrays: one item per repeated key.
    Array(Scalar),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scalar {
    String,
    Integer,
    Number,
    Boolean,
}

impl Parameter {
    fn check(&self, raw: &[Cow<'_, str>], errors: &mut Vec<FieldError>) {
        if raw.is_empty() {
            if self.required {
                errors.push(FieldError::new(
                    self.pointer.clone(),
                    "required",
                    "is required",
                ));
            }
            return;
        }
        let value = match self.shape {
            Shape::Scalar(scalar) => {
                if raw.len() > 1 {
                    errors.push(FieldError::new(
                        self.pointer.clone(),
                        "invalid",
                        "must be given once",
                    ));
                    return;
                }
                match scalar.coerce(&raw[0]) {
                    Some(value) => value,
                    None => {
                        errors.push(FieldError::new(
                            self.pointer.clone(),
                            "type",
                            scalar.expectation(),
                        ));
                        return;
                    }
                }
            }
            Shape::Array(scalar) => match raw.iter().map(|text| scalar.coerce(text)).collect() {
                Some(items) => Value::Array(items),
                None => {
                    errors.push(FieldError::new(
                        self.pointer.clone(),
                        "type",
                        format!("each value {}", scalar.expectation()),
                    ));
                    return;
                }
            },
        };
        if !self.validator.is_valid(&value) {
            for error in self.validator.iter_errors(&value) {
                if errors.len() >= MAX_ERRORS {
                    break;
                }
                field_errors(&error, Some(&self.pointer), errors);
            }
        }
    }
}

impl Scalar {
    fn coerce(self, text: &str) -> Option<Value> {
        match self {
            Scalar::String => Some(Value::String(text.to_owned())),
            Scalar::Integer => is_integer_text(text).then(|| integer_value(text)),
            Scalar::Number if is_integer_text(text) => Some(integer_value(text)),
            Scalar::Number => {
                let plausible = !text.is_empty()
                    && text.bytes().all(|b| {
                        b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
                    });
                plausible
                    .then(|| text.parse::<f64>().ok())
                    .flatten()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number)
            }
            Scalar::Boolean => match text {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
        }
    }

    fn expectation(self) -> &'static str {
        match self {
            Scalar::String => "must be text",
            Scalar::Integer => "must be an integer",
            Scalar::Number => "must be a number",
            Scalar::Boolean => "must be true or false",
        }
    }
}

/// `-?[0-9]+`: the only integer spelling accepted in a parameter.
fn is_integer_text(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// An integer too large for 64 bits becomes a float, which the int32/int64 bounds then refuse.
fn integer_value(text: &str) -> Value {
    if let Ok(value) = text.parse::<i64>() {
        Value::from(value)
    } else if let Ok(value) = text.parse::<u64>() {
        Value::from(value)
    } else {
        text.parse::<f64>().map(Value::from).unwrap_or(Value::Null)
    }
}

// ---------------------------------------------------------------------------------------------
// Bodies

#[derive(Debug)]
struct RequestBody {
    required: bool,
    /// Lower-case media type and its validator, in document order.
    media: Vec<(String, Validator)>,
}

/// `application/json; charset=utf-8` -> `application/json`; `None` for a charset other than UTF-8.
fn media_type_essence(content_type: &str) -> Option<&str> {
    let mut parts = content_type.split(';');
    let essence = parts.next()?.trim();
    for parameter in parts {
        let Some((name, value)) = parameter.split_once('=') else {
            continue;
        };
        if name.trim().eq_ignore_ascii_case("charset") {
            let charset = value.trim().trim_matches('"');
            if !charset.eq_ignore_ascii_case("utf-8") && !charset.eq_ignore_ascii_case("utf8") {
                return None;
            }
        }
    }
    Some(essence)
}

/// Whether arrays and objects nest deeper than `limit`, by a scan that never builds the value, so
/// a hostile body costs one pass over its bytes. Brackets inside strings do not count.
fn nesting_exceeds(body: &[u8], limit: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &byte in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

// ---------------------------------------------------------------------------------------------
// Validation errors, in our words

/// Turns one validator error into field errors (several for unknown properties). `pointer`
/// replaces the instance location for parameters, whose errors all point at the parameter.
fn field_errors(error: &ValidationError<'_>, pointer: Option<&str>, out: &mut Vec<FieldError>) {
    let at = pointer.unwrap_or_else(|| error.instance_path().as_str());
    let mut push = |code: &str, message: String| out.push(FieldError::new(at, code, message));
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let at = match pointer {
                Some(pointer) => pointer.to_owned(),
                None => format!("{at}/{}", escape_pointer(&cap(name))),
            };
            out.push(FieldError::new(at, "required", "is required"));
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            for name in unexpected {
                let at = match pointer {
                    Some(pointer) => pointer.to_owned(),
                    None => format!("{at}/{}", escape_pointer(&cap(name))),
                };
                out.push(FieldError::new(at, "unknown_field", "is not a known field"));
            }
        }
        ValidationErrorKind::Type { kind } => push("type", format!("must be {}", type_names(kind))),
        ValidationErrorKind::Enum { options } => push("enum", enum_message(options)),
        ValidationErrorKind::Pattern { pattern } => {
            push("pattern", format!("must match the pattern {pattern}"))
        }
        ValidationErrorKind::Format { format } => push("format", format_message(format)),
        ValidationErrorKind::Minimum { limit } => {
            push("minimum", format!("must be at least {limit}"))
        }
        ValidationErrorKind::Maximum { limit } => {
            push("maximum", format!("must be at most {limit}"))
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            push("minimum", format!("must be greater than {limit}"))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            push("maximum", format!("must be less than {limit}"))
        }
        ValidationErrorKind::MinLength { limit } => push(
            "min_length",
            format!("must be at least {limit} character{} long", plural(*limit)),
        ),
        ValidationErrorKind::MaxLength { limit } => push(
            "max_length",
            format!("must be at most {limit} character{} long", plural(*limit)),
        ),
        ValidationErrorKind::MinItems { limit } => push(
            "min_items",
            format!("must have at least {limit} item{}", plural(*limit)),
        ),
        ValidationErrorKind::MaxItems { limit } => push(
            "max_items",
            format!("must have at most {limit} item{}", plural(*limit)),
        ),
        ValidationErrorKind::UniqueItems => push(
            "unique_items",
            "must not contain the same item twice".to_owned(),
        ),
        ValidationErrorKind::MinProperties { limit } => push(
            "min_properties",
            format!("must have at least {limit} field{}", plural(*limit)),
        ),
        ValidationErrorKind::MaxProperties { limit } => push(
            "max_properties",
            format!("must have at most {limit} field{}", plural(*limit)),
        ),
        ValidationErrorKind::MultipleOf { .. } => {
            push("multiple_of", "is not an allowed multiple".to_owned())
        }
        _ => push("invalid", "does not match the contract".to_owned()),
    }
}

/// Where a value has the wrong type, the other rules it breaks there (an enum, say, for a `null`)
/// are noise: keep only the type error.
fn drop_shadowed(errors: &mut Vec<FieldError>) {
    let mistyped: Vec<String> = errors
        .iter()
        .filter(|error| error.code == "type")
        .map(|error| error.pointer.clone())
        .collect();
    if !mistyped.is_empty() {
        errors.retain(|error| error.code == "type" || !mistyped.contains(&error.pointer));
    }
}

fn type_names(kind: &TypeKind) -> String {
    let name = |kind: JsonType| match kind {
        JsonType::Array => "an array",
        JsonType::Boolean => "a boolean",
        JsonType::Integer => "an integer",
        JsonType::Null => "null",
        JsonType::Number => "a number",
        JsonType::Object => "an object",
        JsonType::String => "a string",
    };
    match kind {
        TypeKind::Single(kind) => name(*kind).to_owned(),
        TypeKind::Multiple(kinds) => {
            // Null last: "a string or null" reads better than "null or a string".
            let mut names: Vec<&str> = kinds
                .iter()
                .filter(|kind| *kind != JsonType::Null)
                .map(name)
                .collect();
            if kinds.iter().any(|kind| kind == JsonType::Null) {
                names.push("null");
            }
            names.join(" or ")
        }
    }
}

fn enum_message(options: &Value) -> String {
    const SHOWN: usize = 20;
    let options = options.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut shown: Vec<String> = options
        .iter()
        .take(SHOWN)
        .map(|option| match option {
            Value::String(text) => cap(text).into_owned(),
            other => cap(&other.to_string()).into_owned(),
        })
        .collect();
    if options.len() > SHOWN {
        shown.push("...".to_owned());
    }
    format!("must be one of: {}", shown.join(", "))
}

fn format_message(format: &str) -> String {
    match format {
        "uuid" => "must be a UUID such as 3f1c2a9e-6b7d-4e8f-9a0b-1c2d3e4f5a6b".to_owned(),
        "date" => "must be a date such as 2026-12-31".to_owned(),
        "date-time" => "must be a date-time with offset such as 2026-12-31T23:59:00Z".to_owned(),
        "email" => "must be an email address".to_owned(),
        other => format!("must be a valid {other}"),
    }
}

fn plural(count: u64) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// At most [`ECHO_LIMIT`] characters of client input, marked when cut.
fn cap(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(ECHO_LIMIT) {
        Some((end, _)) => Cow::Owned(format!("{}...", &text[..end])),
        None => Cow::Borrowed(text),
    }
}

/// One JSON pointer reference token (RFC 6901): `~` -> `~0`, `/` -> `~1`.
fn escape_pointer(token: &str) -> Cow<'_, str> {
    if token.contains(['~', '/']) {
        Cow::Owned(token.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(token)
    }
}

/// The key of a compiled definition in the validator map.
fn definition_key(name: &str) -> String {
    format!("#/definitions/{}", escape_pointer(name))
}

fn unescape_pointer(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

// ---------------------------------------------------------------------------------------------
// Routing

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

#[derive(Debug)]
struct RouteEntry {
    /// The template as written, for error messages.
    path: String,
    segments: Vec<Segment>,
    /// Methods in canonical order (GET, POST, PUT, PATCH, DELETE, ...), with operation indexes.
    methods: Vec<(Method, usize)>,
}

impl RouteEntry {
    /// Sort key: per segment, literals (`false`, then the text) before parameters (`true`), so
    /// the first template that matches is the most specific one.
    fn specificity(&self) -> Vec<(bool, &str)> {
        self.segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(literal) => (false, literal.as_str()),
                Segment::Param(_) => (true, ""),
            })
            .collect()
    }

    fn matches(&self, segments: &[&str]) -> bool {
        self.segments
            .iter()
            .zip(segments)
            .all(|(template, segment)| match template {
                Segment::Literal(literal) => literal == segment,
                Segment::Param(_) => !segment.is_empty(),
            })
    }

    fn params(&self, segments: &[&str]) -> Vec<(&str, String)> {
        self.segments
            .iter()
            .zip(segments)
            .filter_map(|(template, segment)| match template {
                Segment::Param(name) => Some((
                    name.as_str(),
                    percent_decode_str(segment).decode_utf8_lossy().into_owned(),
                )),
                Segment::Literal(_) => None,
            })
            .collect()
    }
}

/// Groups templates by length and orders each group so that the first match is the most specific:
/// comparing left to right, a literal segment sorts before a parameter. Two templates with the
/// same literals and parameter positions could never be told apart, so they are an error.
fn route_table(
    templates: Vec<RouteEntry>,
) -> Result<HashMap<usize, Vec<RouteEntry>>, ContractError> {
    let mut table: HashMap<usize, Vec<RouteEntry>> = HashMap::new();
    for mut entry in templates {
        entry.methods.sort_by_key(|(method, _)| method_rank(method));
        table.entry(entry.segments.len()).or_default().push(entry);
    }
    for entries in table.values_mut() {
        entries.sort_by(|a, b| a.specificity().cmp(&b.specificity()));
        for pair in entries.windows(2) {
            if pair[0].specificity() == pair[1].specificity() {
                return Err(ContractError::new(
                    format!("/paths/{}", escape_pointer(&pair[1].path)),
                    format!("cannot be told apart from {}", pair[0].path),
                ));
            }
        }
    }
    Ok(table)
}

fn method_rank(method: &Method) -> usize {
    const ORDER: [Method; 8] = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ];
    ORDER
        .iter()
        .position(|candidate| candidate == method)
        .unwrap_or(ORDER.len())
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;
    use std::time::Instant;

    use http::{HeaderMap, HeaderValue, Method};
    use serde_json::{json, Value};

    use super::*;

    const CONTRACT: &str = include_str!("../../../api/openapi.yaml");
    const OPPORTUNITY_ID: &str = "9c1e5b7a-2f4d-4c8e-b6a1-3d5f7e9a1b2c";
    const ACCOUNT_ID: &str = "3f1c2a9e-6b7d-4e8f-9a0b-1c2d3e4f5a6b";
    const JSON: Option<&str> = Some("application/json");
    const MERGE_PATCH: Option<&str> = Some("application/merge-patch+json");

    fn contract() -> &'static Contract {
        static CONTRACT_ONCE: OnceLock<Contract> = OnceLock::new();
        CONTRACT_ONCE.get_or_init(|| Contract::load(CONTRACT).expect("the real contract compiles"))
    }

    fn operation(id: &str) -> &'static Operation {
        contract()
            .operation(id)
            .expect("the contract has this operation")
    }

    fn found(method: Method, path: &str) -> Matched<'static> {
        match contract().route(&method, path) {
            Route::Found(matched) => matched,
            other => panic!("{method} {path} should match an operation, got {other:?}"),
        }
    }

    fn query_errors(id: &str, query: &str) -> Vec<(String, String)> {
        pairs(
            operation(id)
                .check_parameters(&[], Some(query), &HeaderMap::new())
                .err()
                .unwrap_or_default(),
        )
    }

    fn body_errors(id: &str, content_type: Option<&str>, body: &Value) -> Vec<(String, String)> {
        let body = serde_json::to_vec(body).expect("serialisable");
        match operation(id).check_body(content_type, &body) {
            Ok(()) => Vec::new(),
            Err(BodyRejection::Invalid(errors)) => pairs(errors),
            Err(other) => panic!("expected field errors, got {other:?}"),
        }
    }

    fn pairs(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors
            .into_iter()
            .map(|error| (error.pointer, error.code))
            .collect()
    }

    fn pair(pointer: &str, code: &str) -> (String, String) {
        (pointer.to_owned(), code.to_owned())
    }

    fn valid_opportunity() -> Value {
        json!({
            "name": "Globex - 500 seats",
            "account_id": ACCOUNT_ID,
            "amount": "125000.00",
            "currency": "EUR",
            "expected_close_date": "2026-12-15",
            "source": "partner_referral",
            "tags": ["enterprise", "q4"],
        })
    }

    #[test]
    fn every_operation_of_the_contract_compiles() {
        let ids: Vec<&str> = contract().operations().map(|op| op.id.as_str()).collect();
        assert_eq!(ids.len(), 64, "{ids:?}");
        assert!(ids.contains(&"createOpportunity") && ids.contains(&"listAuditEvents"));
    }

    #[test]
    fn operations_carry_roles_and_public_flags_from_the_contract() {
        let liveness = operation("getLiveness");
        assert!(liveness.public && liveness.roles.is_empty());
        let purge = operation("purgeOpportunity");
        assert!(!purge.public);
        assert_eq!(purge.roles, vec!["Admin".to_owned()]);
        assert_eq!(
            operation("createOpportunity").roles,
            vec!["Admin".to_owned(), "SalesManager".to_owned()]
        );
        assert!(contract()
            .operations()
            .all(|op| op.public || !op.roles.is_empty()));
    }

    #[test]
    fn every_protected_operation_names_the_scope_a_client_needs() {
        use crate::auth::Scope;
        assert!(operation("getLiveness").scopes.is_empty());
        assert_eq!(operation("listAccounts").scopes, vec![Scope::Read]);
        assert_eq!(operation("createOpportunity").scopes, vec![Scope::Write]);
        assert_eq!(operation("purgeOpportunity").scopes, vec![Scope::Admin]);
        assert_eq!(operation("listAuditEvents").scopes, vec![Scope::Admin]);
        assert_eq!(operation("eraseContact").scopes, vec![Scope::Gdpr]);
        assert!(contract()
            .operations()
            .all(|op| op.public || !op.scopes.is_empty()));
    }

    #[test]
    fn scope_mistakes_fail_at_load() {
        let schemes = format!(
            "{THING}\n  securitySchemes:\n    bearerAuth: {{type: http, scheme: bearer}}\n    oauth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://auth.example.net/oauth2/token\n          scopes: {{opportunities.read: r, opportunities.write: w}}\n"
        );
        let protected = |security: &str| {
            public_get("/things", "listThings").replace(
                "x-public: true",
                &format!("x-roles: [Admin]\n      security: {security}"),
            )
        };
        minimal(
            &protected("[{bearerAuth: []}, {oauth2: [opportunities.read]}]"),
            &schemes,
        )
        .expect("a declared scope loads");
        for (security, reason) in [
            ("[{bearerAuth: []}]", "must name the scope"),
            ("[{bearerAuth: []}, {oauth2: []}]", "at least one scope"),
            (
                "[{bearerAuth: []}, {oauth2: [opportunities.admin]}]",
                "not a scope the scheme declares",
            ),
            (
                "[{bearerAuth: [], oauth2: [opportunities.read]}]",
                "stand alone",
            ),
        ] {
            let error = minimal(&protected(security), &schemes).expect_err(security);
            assert!(error.reason.contains(reason), "{security}: {error}");
        }
        let unknown = schemes.replace("opportunities.write: w", "opportunities.delete: d");
        let error = minimal(
            &protected("[{bearerAuth: []}, {oauth2: [opportunities.read]}]"),
            &unknown,
        )
        .expect_err("an unknown scope");
        assert!(error.reason.contains("no such scope"), "{error}");
    }

    #[test]
    fn literal_segment_beats_template() {
        let batch = found(Method::POST, "/v1/opportunities/batch-create");
        assert_eq!(batch.operation.id, "batchCreateOpportunities");
        assert!(batch.path_params.is_empty());

        let one = found(Method::GET, &format!("/v1/opportunities/{OPPORTUNITY_ID}"));
        assert_eq!(one.operation.id, "getOpportunity");
        assert_eq!(
            one.path_params,
            vec![("opportunity_id", OPPORTUNITY_ID.to_owned())]
        );

        let win = found(
            Method::POST,
            &format!("/v1/opportunities/{OPPORTUNITY_ID}/win"),
        );
        assert_eq!(win.operation.id, "winOpportunity");
    }

    #[test]
    fn most_specific_template_decides_the_allowed_methods() {
        // GET exists on /v1/opportunities/{opportunity_id}, but the literal template wins.
        match contract().route(&Method::GET, "/v1/opportunities/batch-create") {
            Route::MethodNotAllowed { allowed } => assert_eq!(allowed, vec![Method::POST]),
            other => panic!("expected 405, got {other:?}"),
        }
        match contract().route(&Method::PUT, &format!("/v1/accounts/{ACCOUNT_ID}")) {
            Route::MethodNotAllowed { allowed } => {
                assert_eq!(allowed, vec![Method::GET, Method::PATCH, Method::DELETE])
            }
            other => panic!("expected 405, got {other:?}"),
        }
    }

    #[test]
    fn unknown_paths_and_trailing_slashes_match_nothing() {
        for path in [
            "/v1/nothing-here",
            "/v1/accounts/",
            "/v1//accounts",
            "v1/accounts",
            "",
            "/",
            "/v1/opportunities/batch-create/extra",
            "/v1/opportunities//win",
            "/v1/openapi.yaml",
        ] {
            assert!(
                matches!(contract().route(&Method::GET, path), Route::NotFound),
                "{path:?} should not match"
            );
        }
    }

    #[test]
    fn path_parameters_are_percent_decoded() {
        let matched = found(Method::PUT, "/v1/opportunities/by-external-id/SF%3A00%2E1");
        assert_eq!(matched.operation.id, "upsertOpportunityByExternalId");
        assert_eq!(
            matched.path_params,
            vec![("external_id", "SF:00.1".to_owned())]
        );
        let errors =
            matched
                .operation
                .check_parameters(&matched.path_params, None, &HeaderMap::new());
        assert_eq!(errors, Ok(()));
    }

    #[test]
    fn non_uuid_path_parameter_is_a_format_error() {
        let matched = found(Method::GET, "/v1/opportunities/not-a-uuid");
        let errors = matched
            .operation
            .check_parameters(&matched.path_params, None, &HeaderMap::new())
            .expect_err("not a uuid");
        assert_eq!(pairs(errors), vec![pair("/path/opportunity_id", "format")]);
    }

    #[test]
    fn create_opportunity_reports_every_broken_rule_at_once() {
        let mut body = valid_opportunity();
        body["amount"] = json!(12.5);
        body["currency"] = json!("eur");
        body["colour"] = json!("red");
        body.as_object_mut().map(|body| body.remove("name"));
        let mut errors = body_errors("createOpportunity", JSON, &body);
        errors.sort();
        assert_eq!(
            errors,
            vec![
                pair("/amount", "type"),
                pair("/colour", "unknown_field"),
                pair("/currency", "pattern"),
                pair("/name", "required"),
            ]
        );
    }

    #[test]
    fn valid_bodies_pass() {
        assert_eq!(
            body_errors("createOpportunity", JSON, &valid_opportunity()),
            vec![]
        );
        let charset = Some("Application/JSON; charset=UTF-8");
        assert_eq!(
            body_errors("createOpportunity", charset, &valid_opportunity()),
            vec![]
        );
        assert_eq!(
            body_errors("updateOpportunity", MERGE_PATCH, &json!({"amount": "1.00"})),
            vec![]
        );
    }

    #[test]
    fn field_errors_have_short_messages_that_do_not_echo_input() {
        let long = "x".repeat(5000);
        let body = json!({ "name": long, "account_id": long, "currency": long, long.clone(): 1 });
        let bytes = serde_json::to_vec(&body).expect("serialisable");
        let Err(BodyRejection::Invalid(errors)) =
            operation("createOpportunity").check_body(JSON, &bytes)
        else {
            panic!("expected field errors");
        };
        let codes: Vec<&str> = errors.iter().map(|error| error.code.as_str()).collect();
        for code in ["max_length", "format", "pattern", "unknown_field"] {
            assert!(codes.contains(&code), "{code} missing from {codes:?}");
        }
        for error in &errors {
            assert!(error.message.len() < 120, "{error:?}");
            assert!(error.pointer.len() < 60, "{error:?}");
        }
    }

    #[test]
    fn body_bounds_lengths_and_formats() {
        let mut body = valid_opportunity();
        body["probability"] = json!(101);
        body["expected_close_date"] = json!("2026-02-30");
        body["tags"] = json!(["q4", "q4"]);
        let mut errors = body_errors("createOpportunity", JSON, &body);
        errors.sort();
        assert_eq!(
            errors,
            vec![
                pair("/expected_close_date", "format"),
                pair("/probability", "maximum"),
                pair("/tags", "unique_items"),
            ]
        );

        let account = json!({"name": "", "employee_count": -1, "tags": vec!["t"; 21]});
        let mut errors = body_errors("createAccount", JSON, &account);
        errors.sort();
        assert_eq!(
            errors,
            vec![
                pair("/employee_count", "minimum"),
                pair("/name", "min_length"),
                pair("/tags", "max_items"),
                pair("/tags", "unique_items"),
            ]
        );

        let contact = json!({
            "account_id": ACCOUNT_ID, "first_name": "Ada", "last_name": "Lovelace",
            "lawful_basis": "because", "email": "not-an-email",
        });
        let mut errors = body_errors("createContact", JSON, &contact);
        errors.sort();
        assert_eq!(
            errors,
            vec![pair("/email", "format"), pair("/lawful_basis", "enum")]
        );

        // A wrong type hides the other rules broken at the same place (here the enum).
        let mut contact = contact;
        contact["lawful_basis"] = Value::Null;
        contact["email"] = json!("ada@globex.example");
        assert_eq!(
            body_errors("createContact", JSON, &contact),
            vec![pair("/lawful_basis", "type")]
        );
    }

    #[test]
    fn nested_errors_point_into_arrays() {
        let mut broken = valid_opportunity();
        broken["amount"] = json!("12,50");
        broken["contact_roles"] =
            json!([{"contact_id": ACCOUNT_ID, "role": "champion", "colour": 1}]);
        let items = vec![
            valid_opportunity(),
            valid_opportunity(),
            valid_opportunity(),
            broken,
        ];
        let mut errors = body_errors("batchCreateOpportunities", JSON, &json!({ "items": items }));
        errors.sort();
        assert_eq!(
            errors,
            vec![
                pair("/items/3/amount", "pattern"),
                pair("/items/3/contact_roles/0/colour", "unknown_field"),
            ]
        );
        let pipeline = json!({"name": "Partner deals", "stages": []});
        assert_eq!(
            body_errors("createPipeline", JSON, &pipeline),
            vec![pair("/stages", "min_items")]
        );
        assert_eq!(
            body_errors("createOpportunity", JSON, &json!([])),
            vec![pair("", "type")]
        );
    }

    #[test]
    fn errors_are_capped() {
        let items = vec![json!({}); 100];
        let errors = body_errors("batchCreateOpportunities", JSON, &json!({ "items": items }));
        assert_eq!(errors.len(), MAX_ERRORS);
        assert_eq!(errors[0], pair("/items/0/name", "required"));
    }

    #[test]
    fn nullable_fields_take_null_in_a_patch_but_not_in_a_create() {
        let patch = json!({"next_step": null, "expected_close_date": null});
        assert_eq!(
            body_errors("updateOpportunity", MERGE_PATCH, &patch),
            vec![]
        );
        let mut create = valid_opportunity();
        create["next_step"] = Value::Null;
        assert_eq!(
            body_errors("createOpportunity", JSON, &create),
            vec![pair("/next_step", "type")]
        );
        // Not nullable in the patch either.
        assert_eq!(
            body_errors("updateOpportunity", MERGE_PATCH, &json!({"name": null})),
            vec![pair("/name", "type")]
        );
    }

    #[test]
    fn empty_patch_breaks_min_properties() {
        assert_eq!(
            body_errors("updateOpportunity", MERGE_PATCH, &json!({})),
            vec![pair("", "min_properties")]
        );
    }

    #[test]
    fn media_types_are_checked() {
        let patch = br#"{"next_step": "Call"}"#;
        let update = operation("updateOpportunity");
        assert_eq!(
            update.check_body(JSON, patch),
            Err(BodyRejection::UnsupportedMediaType {
                expected: vec!["application/merge-patch+json".to_owned()]
            })
        );
        assert!(matches!(
            update.check_body(None, patch),
            Err(BodyRejection::UnsupportedMediaType { .. })
        ));
        assert_eq!(
            update.check_body(
                Some("APPLICATION/merge-patch+JSON ; charset=\"utf-8\""),
                patch
            ),
            Ok(())
        );
        assert!(matches!(
            operation("createNote").check_body(
                Some("application/json; charset=iso-8859-1"),
                br#"{"body": "x"}"#
            ),
            Err(BodyRejection::UnsupportedMediaType { .. })
        ));
        // An operation without a requestBody takes no body.
        assert_eq!(
            operation("deleteOpportunity").check_body(JSON, b"{}"),
            Err(BodyRejection::UnsupportedMediaType { expected: vec![] })
        );
        assert_eq!(operation("deleteOpportunity").check_body(None, b""), Ok(()));
    }

    #[test]
    fn required_and_optional_bodies() {
        assert_eq!(
            operation("createOpportunity").check_body(JSON, b""),
            Err(BodyRejection::Missing)
        );
        let win = operation("winOpportunity");
        assert_eq!(win.check_body(None, b""), Ok(()));
        assert_eq!(win.check_body(JSON, b"{}"), Ok(()));
        assert!(matches!(
            win.check_body(JSON, br#"{"stage_id": "x"}"#),
            Err(BodyRejection::Invalid(_))
        ));
    }

    #[test]
    fn malformed_json_is_described_without_the_input() {
        let secret = "hunter2-secret";
        let body = format!(r#"{{"name": "{secret}", "amount": }}"#);
        match operation("createOpportunity").check_body(JSON, body.as_bytes()) {
            Err(BodyRejection::Malformed(message)) => {
                assert!(!message.contains(secret), "{message}");
                assert!(message.contains("line 1"), "{message}");
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("{{\"tags\": {}{}}}", "[".repeat(39), "]".repeat(39));
        assert_eq!(
            operation("createOpportunity").check_body(JSON, deep.as_bytes()),
            Err(BodyRejection::TooDeep)
        );
        // Brackets inside strings do not count, and 32 levels are still allowed.
        let quoted = format!(r#"{{"name": "{}\"{}"}}"#, "[".repeat(100), "{".repeat(100));
        assert!(matches!(
            operation("createOpportunity").check_body(JSON, quoted.as_bytes()),
            Err(BodyRejection::Invalid(_))
        ));
        let allowed = format!("{{\"tags\": {}{}}}", "[".repeat(31), "]".repeat(31));
        assert!(matches!(
            operation("createOpportunity").check_body(JSON, allowed.as_bytes()),
            Err(BodyRejection::Invalid(_))
        ));
    }

    #[test]
    fn query_parameters_are_coerced_and_checked() {
        let list = "listOpportunities";
        assert_eq!(
            query_errors(list, "limit=50&status=open&status=won"),
            vec![]
        );
        assert_eq!(
            query_errors(list, "limit=500"),
            vec![pair("/query/limit", "maximum")]
        );
        assert_eq!(
            query_errors(list, "limit=0"),
            vec![pair("/query/limit", "minimum")]
        );
        assert_eq!(
            query_errors(list, "limit=abc"),
            vec![pair("/query/limit", "type")]
        );
        assert_eq!(
            query_errors(list, "limit=1.5"),
            vec![pair("/query/limit", "type")]
        );
        assert_eq!(
            query_errors(list, "limit=99999999999999999999"),
            vec![pair("/query/limit", "maximum")]
        );
        assert_eq!(
            query_errors(list, "status=bogus"),
            vec![pair("/query/status", "enum")]
        );
        assert_eq!(
            query_errors(list, "status=open&status=won&status=lost&status=open"),
            vec![pair("/query/status", "max_items")]
        );
        assert_eq!(
            query_errors(list, "bogus=1"),
            vec![pair("/query/bogus", "unknown_parameter")]
        );
        assert_eq!(
            query_errors(list, "q="),
            vec![pair("/query/q", "min_length")]
        );
        assert_eq!(
            query_errors(list, &format!("cursor={}", "a".repeat(513))),
            vec![pair("/query/cursor", "max_length")]
        );
        assert_eq!(
            query_errors(list, "limit=1&limit=2"),
            vec![pair("/query/limit", "invalid")]
        );
        assert_eq!(
            query_errors(list, "currency=eur"),
            vec![pair("/query/currency", "pattern")]
        );
        assert_eq!(query_errors(list, "sort=-amount&q=globex+inc"), vec![]);
    }

    #[test]
    fn query_dates_must_follow_rfc_3339() {
        let list = "listOpportunities";
        assert_eq!(
            query_errors(
                list,
                "updated_since=2026-11-01T00:00:00Z&close_date_from=2026-10-01"
            ),
            vec![]
        );
        assert_eq!(
            query_errors(list, "updated_since=2026-11-01T00%3A00%3A00%2B01%3A00"),
            vec![]
        );
        assert_eq!(
            query_errors(list, "updated_since=2026-11-01T00:00:00"),
            vec![pair("/query/updated_since", "format")]
        );
        assert_eq!(
            query_errors(list, "close_date_to=2026-13-01"),
            vec![pair("/query/close_date_to", "format")]
        );
        assert_eq!(
            query_errors(list, "close_date_to=2026-12-01T00:00:00Z"),
            vec![pair("/query/close_date_to", "format")]
        );
    }

    #[test]
    fn all_parameter_errors_are_reported_together() {
        let mut errors = query_errors("listOpportunities", "limit=abc&status=bogus&x=1&x=2");
        errors.sort();
        assert_eq!(
            errors,
            vec![
                pair("/query/limit", "type"),
                pair("/query/status", "enum"),
                pair("/query/x", "unknown_parameter"),
            ]
        );
    }

    #[test]
    fn if_match_header_must_be_a_short_printable_value() {
        let update = operation("updateOpportunity");
        let path = vec![("opportunity_id", OPPORTUNITY_ID.to_owned())];
        let check = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert("if-match", HeaderValue::from_static(value));
            update
                .check_parameters(&path, None, &headers)
                .map_err(pairs)
        };
        assert_eq!(check("\"3\""), Ok(()));
        assert_eq!(check("*"), Ok(()));
        // Any tag list is well-formed for the contract; one naming no current version gets 412 later.
        assert_eq!(check("W/\"3\""), Ok(()));
        assert_eq!(check("\"1\", \"2\""), Ok(()));
        let long: &'static str = Box::leak("x".repeat(257).into_boxed_str());
        assert_eq!(
            check(long),
            Err(vec![pair("/header/If-Match", "max_length")])
        );

        let mut headers = HeaderMap::new();
        headers.insert(
            "if-match",
            HeaderValue::from_bytes(b"\"3\xff\"").expect("obs-text is a valid header value"),
        );
        assert_eq!(
            update
                .check_parameters(&path, None, &headers)
                .map_err(pairs),
            Err(vec![pair("/header/If-Match", "invalid")])
        );
    }

    #[test]
    fn required_headers_are_required_and_optional_ones_are_not() {
        let path = vec![("opportunity_id", OPPORTUNITY_ID.to_owned())];
        let none = HeaderMap::new();
        assert_eq!(
            operation("updateOpportunity")
                .check_parameters(&path, None, &none)
                .map_err(pairs),
            Err(vec![pair("/header/If-Match", "required")])
        );
        assert_eq!(
            operation("restoreOpportunity").check_parameters(&path, None, &none),
            Ok(())
        );
    }

    #[test]
    fn missing_path_parameter_is_required() {
        let errors = operation("getOpportunity")
            .check_parameters(&[], None, &HeaderMap::new())
            .map_err(pairs);
        assert_eq!(errors, Err(vec![pair("/path/opportunity_id", "required")]));
    }

    #[test]
    fn json_keeps_the_document_order() {
        let json = contract().json();
        assert!(json.starts_with(br#"{"openapi":"3.0.3","info":"#));
        let parsed: Value = serde_json::from_slice(&json).expect("valid JSON");
        let from_yaml: Value = serde_yaml::from_str(CONTRACT).expect("valid YAML");
        assert_eq!(parsed, from_yaml);
        assert_eq!(contract().yaml(), CONTRACT.as_bytes());
    }

    #[test]
    fn contract_can_be_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Contract>();
    }

    fn minimal(paths: &str, schemas: &str) -> Result<Contract, ContractError> {
        Contract::load(&format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nsecurity: []\npaths:\n{paths}\ncomponents:\n  schemas:\n{schemas}"
        ))
    }

    const THING: &str = "    Thing: {type: object, properties: {name: {type: string}}}";

    fn public_get(path: &str, id: &str) -> String {
        format!("  {path}:\n    get:\n      operationId: {id}\n      x-public: true\n      responses: {{'200': {{description: ok}}}}\n")
    }

    #[test]
    fn a_minimal_contract_loads() {
        let contract = minimal(&public_get("/things", "listThings"), THING).expect("loads");
        assert_eq!(contract.operations().count(), 1);
    }

    #[test]
    fn schema_mistakes_fail_at_load_and_say_where() {
        let thing = "/components/schemas/Thing";
        let cases = [
            (
                "{type: object, properties: {name: {type: string, maxlength: 3}}}",
                format!("{thing}/properties/name/maxlength"),
            ),
            (
                "{type: object, properties: {name: {$ref: '#/components/schemas/Nope'}}}",
                format!("{thing}/properties/name"),
            ),
            ("{type: string, pattern: '^[a-'}", format!("{thing}/pattern")),
            // Valid ECMA-262, but not linear-time: refused rather than left unchecked.
            ("{type: string, pattern: '^(?=a)a$'}", format!("{thing}/pattern")),
            (
                "{type: object, properties: {o: {$ref: '#/components/schemas/Thing', nullable: true}}}",
                format!("{thing}/properties/o"),
            ),
            ("{type: string, nullable: true, enum: [a]}", String::new()),
            ("{nullable: true, enum: [a]}", thing.to_owned()),
            ("{type: [string, 'null']}", format!("{thing}/type")),
            ("{type: object, required: []}", format!("{thing}/required")),
        ];
        for (schema, at) in cases {
            let result = minimal(
                &public_get("/things", "listThings"),
                &format!("    Thing: {schema}"),
            );
            match (result, at.is_empty()) {
                (Ok(_), true) => {}
                (Err(error), false) => assert_eq!(error.at, at, "{schema}: {error}"),
                (Ok(_), false) => panic!("{schema} should not load"),
                (Err(error), true) => panic!("{schema} should load: {error}"),
            }
        }
    }

    #[test]
    fn operation_mistakes_fail_at_load() {
        let ambiguous = format!(
            "{}{}",
            public_get("/things/{a}", "one"),
            public_get("/things/{b}", "two")
        );
        let ambiguous = ambiguous.replace(
            "      x-public: true\n",
            "      x-public: true\n      parameters: [{name: a, in: path, required: true, schema: {type: string}}, {name: b, in: path, required: true, schema: {type: string}}]\n",
        );
        assert!(minimal(&ambiguous, THING).is_err());

        let undeclared_param = public_get("/things/{id}", "getThing");
        assert!(minimal(&undeclared_param, THING).is_err());

        let no_roles = public_get("/things", "listThings")
            .replace("x-public: true", "security: [{bearerAuth: []}]");
        let error = minimal(&no_roles, THING).expect_err("no x-roles");
        assert!(error.reason.contains("x-roles"), "{error}");

        let not_json = public_get("/things", "postThing").replace(
            "get:",
            "post:\n      requestBody: {content: {text/plain: {schema: {type: string}}}}",
        );
        assert!(minimal(&not_json, THING).is_err());
    }

    /// A rough per-request cost; run with `--nocapture` to see it. No assertion on time.
    #[test]
    fn cost_of_routing_and_validating_a_typical_create() {
        let body = serde_json::to_vec(&valid_opportunity()).expect("serialisable");
        let mut headers = HeaderMap::new();
        headers.insert(
            "idempotency-key",
            HeaderValue::from_static("5f0c7c2e-9d1b-4a7e-8f3a-2b6c1d9e0a4f"),
        );
        let contract = contract();
        let rounds = 2000;
        let started = Instant::now();
        for _ in 0..rounds {
            let Route::Found(matched) = contract.route(&Method::POST, "/v1/opportunities") else {
                panic!("routes");
            };
            let parameters =
                matched
                    .operation
                    .check_parameters(&matched.path_params, None, &headers);
            let body = matched.operation.check_body(JSON, &body);
            assert!(parameters.is_ok() && body.is_ok());
        }
        let valid = started.elapsed() / rounds;

        let mut broken = valid_opportunity();
        broken["amount"] = json!(12.5);
        broken["colour"] = json!("red");
        let broken = serde_json::to_vec(&broken).expect("serialisable");
        let started = Instant::now();
        for _ in 0..rounds {
            let Route::Found(matched) = contract.route(&Method::POST, "/v1/opportunities") else {
                panic!("routes");
            };
            assert!(matched.operation.check_body(JSON, &broken).is_err());
        }
        let invalid = started.elapsed() / rounds;
        println!(
            "route + validate POST /v1/opportunities: {:.1} µs valid, {:.1} µs invalid",
            valid.as_secs_f64() * 1e6,
            invalid.as_secs_f64() * 1e6
        );
    }
}
