//! Parameters: path, query and header values, coerced from text and checked against the schemas
//! the contract declares for them.

use std::borrow::Cow;

use http::{HeaderMap, HeaderName};
use jsonschema::Validator;
use serde_json::Value;

use super::messages::{cap, drop_shadowed, escape_pointer, field_errors};
use super::{Operation, MAX_ERRORS};
use crate::error::FieldError;

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
}

#[derive(Debug)]
pub(super) struct Parameter {
    pub(super) name: String,
    pub(super) location: Location,
    /// `/path/<name>`, `/query/<name>` or `/header/<name>`, precomputed.
    pub(super) pointer: String,
    pub(super) required: bool,
    pub(super) shape: Shape,
    pub(super) validator: Validator,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Location {
    Path,
    Query,
    Header(HeaderName),
}

/// How a parameter's text becomes JSON before its schema is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    Scalar(Scalar),
    /// `style: form, explode: true` query arrays: one item per repeated key.
    Array(Scalar),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scalar {
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
