//! Request bodies: media type, presence, nesting depth, JSON syntax, NUL characters and schema.

use jsonschema::Validator;
use serde_json::Value;

use super::messages::{drop_shadowed, field_errors};
use super::{BodyRejection, Operation, MAX_DEPTH, MAX_ERRORS};
use crate::error::FieldError;

impl Operation {
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

#[derive(Debug)]
pub(super) struct RequestBody {
    pub(super) required: bool,
    /// Lower-case media type and its validator, in document order.
    pub(super) media: Vec<(String, Validator)>,
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
