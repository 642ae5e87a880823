//! One operation read from the document: its flags, roles and scopes, its parameters (merged with
//! its path item's) and its request body, each schema handed to the shared `definitions`.

use std::collections::HashMap;

use http::{HeaderName, Method};
use serde_json::{Map, Value};

use super::security::client_scopes;
use super::{BodyDraft, Compiler, OperationDraft, ParameterDraft, PathItem};
use crate::http::contract::messages::escape_pointer;
use crate::http::contract::parameters::{Location, Scalar, Shape};
use crate::http::contract::router::Segment;
use crate::http::contract::ContractError;

impl<'a> Compiler<'a> {
    pub(super) fn operation(
        &mut self,
        operation: &'a Value,
        at: &str,
        method: &Method,
        item: &PathItem<'a>,
        security: Option<&'a Value>,
        oauth2: &HashMap<String, Vec<String>>,
    ) -> Result<OperationDraft, ContractError> {
        let id = operation
            .get("operationId")
            .and_then(Value::as_str)
            .ok_or_else(|| ContractError::new(at, "needs an operationId"))?
            .to_owned();

        let public = match operation.get("x-public") {
            None => false,
            Some(Value::Bool(public)) => *public,
            Some(_) => {
                return Err(ContractError::new(
                    format!("{at}/x-public"),
                    "must be a boolean",
                ))
            }
        };
        let roles: Vec<String> = match operation.get("x-roles") {
            None => Vec::new(),
            Some(Value::Array(roles)) => roles
                .iter()
                .map(|role| role.as_str().map(str::to_owned))
                .collect::<Option<_>>()
                .ok_or_else(|| ContractError::new(format!("{at}/x-roles"), "must be strings"))?,
            Some(_) => {
                return Err(ContractError::new(
                    format!("{at}/x-roles"),
                    "must be a list",
                ))
            }
        };
        let expensive = match operation.get("x-expensive") {
            None => false,
            Some(Value::Bool(expensive)) => *expensive,
            Some(_) => {
                return Err(ContractError::new(
                    format!("{at}/x-expensive"),
                    "must be a boolean",
                ))
            }
        };
        let anonymous = match security {
            None => true,
            Some(Value::Array(requirements)) => {
                requirements.is_empty()
                    || requirements
                        .iter()
                        .any(|requirement| requirement.as_object().is_some_and(Map::is_empty))
            }
            Some(_) => {
                return Err(ContractError::new(
                    format!("{at}/security"),
                    "must be a list",
                ))
            }
        };
        if public != anonymous {
            return Err(ContractError::new(
                at,
                "x-public: true and security: [] must go together",
            ));
        }
        if !public && roles.is_empty() {
            return Err(ContractError::new(
                at,
                "an operation that needs a token must list its x-roles",
            ));
        }
        let scopes = if public {
            Vec::new()
        } else {
            client_scopes(security, at, oauth2)?
        };

        let parameters = self.parameters(operation.get("parameters"), at, item)?;
        let body = match operation.get("requestBody") {
            None => None,
            Some(body) => Some(self.request_body(body, &format!("{at}/requestBody"))?),
        };
        Ok(OperationDraft {
            id,
            method: method.clone(),
            path: item.path.to_owned(),
            segments: item.segments.clone(),
            public,
            roles,
            scopes,
            expensive,
            parameters,
            body,
        })
    }

    /// The operation's parameters and those of its path item, which they override (same name and
    /// `in`), checked against the path template's `{names}`.
    fn parameters(
        &mut self,
        own: Option<&'a Value>,
        at: &str,
        item: &PathItem<'a>,
    ) -> Result<Vec<ParameterDraft>, ContractError> {
        let list = |value: Option<&'a Value>,
                    at: String|
         -> Result<Vec<(String, &'a Value)>, ContractError> {
            match value {
                None => Ok(Vec::new()),
                Some(Value::Array(items)) => Ok(items
                    .iter()
                    .enumerate()
                    .map(|(index, item)| (format!("{at}/{index}"), item))
                    .collect()),
                Some(_) => Err(ContractError::new(at, "must be a list")),
            }
        };
        let key = |value: &'a Value| {
            (
                value.get("name").and_then(Value::as_str),
                value.get("in").and_then(Value::as_str),
            )
        };
        let mut declared: Vec<(String, &'a Value, bool)> = Vec::new();
        let own = list(own, format!("{at}/parameters"))?
            .into_iter()
            .map(|(entry_at, entry)| (entry_at, entry, true));
        let shared = list(item.parameters, format!("{}/parameters", item.at))?
            .into_iter()
            .map(|(entry_at, entry)| (entry_at, entry, false));
        for (entry_at, entry, is_own) in own.chain(shared) {
            let resolved = self.resolve_component(entry, "parameters", &entry_at)?;
            match declared
                .iter()
                .find(|(_, other, _)| key(other) == key(resolved))
            {
                // An operation parameter (listed first) overrides the path item's.
                Some((_, _, overriding)) if *overriding != is_own => continue,
                Some(_) => return Err(ContractError::new(entry_at, "declared twice")),
                None => declared.push((entry_at, resolved, is_own)),
            }
        }

        let mut drafts = Vec::with_capacity(declared.len());
        for (entry_at, parameter, _) in declared {
            if let Some(draft) = self.parameter(parameter, &entry_at)? {
                drafts.push(draft);
            }
        }
        for segment in &item.segments {
            if let Segment::Param(name) = segment {
                let declared = drafts
                    .iter()
                    .any(|draft| draft.location == Location::Path && draft.name == *name);
                if !declared {
                    return Err(ContractError::new(
                        at,
                        format!("the path parameter {{{name}}} is not declared"),
                    ));
                }
            }
        }
        for draft in &drafts {
            if draft.location == Location::Path
                && !item.segments.contains(&Segment::Param(draft.name.clone()))
            {
                return Err(ContractError::new(
                    at,
                    format!("the path parameter {} is not in the path", draft.name),
                ));
            }
        }
        Ok(drafts)
    }

    /// One parameter, or `None` for the headers OpenAPI says to ignore.
    fn parameter(
        &mut self,
        parameter: &'a Value,
        at: &str,
    ) -> Result<Option<ParameterDraft>, ContractError> {
        let name = parameter
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| ContractError::new(at, "a parameter needs a name"))?;
        let place = parameter
            .get("in")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let location = match place {
            "path" => Location::Path,
            "query" => Location::Query,
            "header" => {
                if ["accept", "content-type", "authorization"]
                    .iter()
                    .any(|ignored| name.eq_ignore_ascii_case(ignored))
                {
                    return Ok(None);
                }
                let header = HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| ContractError::new(at, "not a valid header name"))?;
                Location::Header(header)
            }
            other => {
                return Err(ContractError::new(
                    at,
                    format!("parameters in {other:?} are not supported"),
                ))
            }
        };
        let required = parameter
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if location == Location::Path && !required {
            return Err(ContractError::new(at, "a path parameter must be required"));
        }
        if parameter.get("content").is_some() {
            return Err(ContractError::new(
                at,
                "parameters with content are not supported",
            ));
        }
        let schema = parameter
            .get("schema")
            .ok_or_else(|| ContractError::new(at, "a parameter needs a schema"))?;
        let schema_at = format!("{at}/schema");
        let resolved = self.resolve_schema(schema, &schema_at)?;
        let style = parameter.get("style").and_then(Value::as_str);
        let explode = parameter.get("explode").and_then(Value::as_bool);
        let shape = match resolved.get("type").and_then(Value::as_str) {
            Some("array") => {
                let form = matches!(style, None | Some("form")) && explode != Some(false);
                if location != Location::Query || !form {
                    return Err(ContractError::new(
                        at,
                        "arrays are supported only as query parameters with style form, explode true",
                    ));
                }
                let items = resolved
                    .get("items")
                    .ok_or_else(|| ContractError::new(&schema_at, "an array needs items"))?;
                let items = self.resolve_schema(items, &format!("{schema_at}/items"))?;
                Shape::Array(scalar_of(items, &schema_at)?)
            }
            _ => {
                let default_style = match location {
                    Location::Query => "form",
                    _ => "simple",
                };
                if style.is_some_and(|style| style != default_style) {
                    return Err(ContractError::new(
                        at,
                        "only the default style is supported",
                    ));
                }
                Shape::Scalar(scalar_of(resolved, &schema_at)?)
            }
        };
        Ok(Some(ParameterDraft {
            name: name.to_owned(),
            location,
            required,
            shape,
            definition: self.inline(schema, &schema_at)?,
        }))
    }

    fn request_body(&mut self, body: &'a Value, at: &str) -> Result<BodyDraft, ContractError> {
        let body = self.resolve_component(body, "requestBodies", at)?;
        let required = body
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let content = body
            .get("content")
            .and_then(Value::as_object)
            .filter(|content| !content.is_empty())
            .ok_or_else(|| ContractError::new(at, "a request body needs content"))?;
        let mut media = Vec::with_capacity(content.len());
        for (media_type, entry) in content {
            let media_at = format!("{at}/content/{}", escape_pointer(media_type));
            let lower = media_type.to_ascii_lowercase();
            let json = lower == "application/json"
                || (lower.starts_with("application/") && lower.ends_with("+json"));
            if !json {
                return Err(ContractError::new(
                    media_at,
                    "only JSON request bodies can be validated",
                ));
            }
            let empty = Value::Object(Map::new());
            let schema = entry.get("schema").unwrap_or(&empty);
            let definition = self.inline(schema, &format!("{media_at}/schema"))?;
            media.push((lower, definition));
        }
        Ok(BodyDraft { required, media })
    }
}

/// The parameter type that says how to read its text.
fn scalar_of(schema: &Value, at: &str) -> Result<Scalar, ContractError> {
    match schema.get("type").and_then(Value::as_str) {
        None | Some("string") => Ok(Scalar::String),
        Some("integer") => Ok(Scalar::Integer),
        Some("number") => Ok(Scalar::Number),
        Some("boolean") => Ok(Scalar::Boolean),
        Some(other) => Err(ContractError::new(
            at,
            format!("{other} parameters are not supported"),
        )),
    }
}
