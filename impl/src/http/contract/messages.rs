//! Validation errors, in the service's words: validator errors turned into field errors with short
//! messages that quote at most a little of the client's input, and the JSON pointer helpers.

use std::borrow::Cow;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;

use crate::error::FieldError;

/// Longest piece of client input (a parameter or field name) quoted back in an error.
const ECHO_LIMIT: usize = 40;

/// Turns one validator error into field errors (several for unknown properties). `pointer`
/// replaces the instance location for parameters, whose errors all point at the parameter.
pub(super) fn field_errors(
    error: &ValidationError<'_>,
    pointer: Option<&str>,
    out: &mut Vec<FieldError>,
) {
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
pub(super) fn drop_shadowed(errors: &mut Vec<FieldError>) {
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
pub(super) fn cap(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(ECHO_LIMIT) {
        Some((end, _)) => Cow::Owned(format!("{}...", &text[..end])),
        None => Cow::Borrowed(text),
    }
}

/// One JSON pointer reference token (RFC 6901): `~` -> `~0`, `/` -> `~1`.
pub(super) fn escape_pointer(token: &str) -> Cow<'_, str> {
    if token.contains(['~', '/']) {
        Cow::Owned(token.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(token)
    }
}

/// The key of a compiled definition in the validator map.
pub(super) fn definition_key(name: &str) -> String {
    format!("#/definitions/{}", escape_pointer(name))
}

pub(super) fn unescape_pointer(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}
