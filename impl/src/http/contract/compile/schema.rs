//! Schemas: `$ref`s to components followed, and OpenAPI 3.0 schema objects translated to JSON
//! Schema draft 4 (see the documentation of the contract module for what changes).

use serde_json::{Map, Value};

use super::Compiler;
use crate::http::contract::messages::{escape_pointer, unescape_pointer};
use crate::http::contract::ContractError;

const SCHEMA_KEYWORDS: &[&str] = &[
    "title",
    "description",
    "default",
    "format",
    "type",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
];

/// OpenAPI-only annotations with no bearing on validating a request.
const DROPPED_KEYWORDS: &[&str] = &[
    "example",
    "readOnly",
    "writeOnly",
    "discriminator",
    "xml",
    "externalDocs",
    "deprecated",
];

impl<'a> Compiler<'a> {
    /// Follows `$ref`s to `#/components/<kind>/<name>`.
    pub(super) fn resolve_component(
        &self,
        mut value: &'a Value,
        kind: &str,
        at: &str,
    ) -> Result<&'a Value, ContractError> {
        let prefix = format!("#/components/{kind}/");
        for _ in 0..32 {
            let Some(reference) = value.get("$ref") else {
                return Ok(value);
            };
            let name = reference
                .as_str()
                .and_then(|reference| reference.strip_prefix(&prefix))
                .ok_or_else(|| {
                    ContractError::new(at, format!("a $ref here must point into {prefix}"))
                })?;
            value = self
                .document
                .pointer(&format!("/components/{kind}/{name}"))
                .ok_or_else(|| ContractError::new(at, format!("$ref to missing {prefix}{name}")))?;
        }
        Err(ContractError::new(at, "$ref chain too long (a cycle?)"))
    }

    pub(super) fn resolve_schema(
        &self,
        schema: &'a Value,
        at: &str,
    ) -> Result<&'a Value, ContractError> {
        self.resolve_component(schema, "schemas", at)
    }

    /// OpenAPI 3.0 schema object -> JSON Schema draft 4. See the module documentation.
    pub(super) fn translate(&self, schema: &Value, at: &str) -> Result<Value, ContractError> {
        let object = schema
            .as_object()
            .ok_or_else(|| ContractError::new(at, "a schema must be a map"))?;
        if let Some(reference) = object.get("$ref") {
            let target = reference
                .as_str()
                .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
                .ok_or_else(|| {
                    ContractError::new(at, "a schema $ref must point into #/components/schemas/")
                })?;
            if !self
                .schemas
                .is_some_and(|schemas| schemas.contains_key(&unescape_pointer(target)))
            {
                return Err(ContractError::new(
                    at,
                    format!("$ref to missing schema {target}"),
                ));
            }
            // OpenAPI 3.0 ignores everything beside a $ref; refuse what would be silently ignored.
            for key in object.keys() {
                let inert = matches!(key.as_str(), "$ref" | "description" | "summary" | "example")
                    || key.starts_with("x-");
                if !inert {
                    return Err(ContractError::new(
                        at,
                        format!(
                            "{key} beside $ref is ignored by OpenAPI 3.0; wrap the $ref in allOf"
                        ),
                    ));
                }
            }
            return Ok(serde_json::json!({ "$ref": format!("#/definitions/{target}") }));
        }

        let mut out = Map::new();
        for (key, value) in object {
            let key_at = format!("{at}/{}", escape_pointer(key));
            match key.as_str() {
                "properties" => {
                    let properties = value
                        .as_object()
                        .ok_or_else(|| ContractError::new(&key_at, "must be a map"))?;
                    let mut translated = Map::new();
                    for (name, property) in properties {
                        let property_at = format!("{key_at}/{}", escape_pointer(name));
                        translated.insert(name.clone(), self.translate(property, &property_at)?);
                    }
                    out.insert(key.clone(), Value::Object(translated));
                }
                "items" | "not" => {
                    out.insert(key.clone(), self.translate(value, &key_at)?);
                }
                "additionalProperties" => {
                    let translated = match value {
                        Value::Bool(_) => value.clone(),
                        other => self.translate(other, &key_at)?,
                    };
                    out.insert(key.clone(), translated);
                }
                "allOf" | "anyOf" | "oneOf" => {
                    let list = value
                        .as_array()
                        .ok_or_else(|| ContractError::new(&key_at, "must be a list"))?;
                    let translated = list
                        .iter()
                        .enumerate()
                        .map(|(index, item)| self.translate(item, &format!("{key_at}/{index}")))
                        .collect::<Result<Vec<_>, _>>()?;
                    out.insert(key.clone(), Value::Array(translated));
                }
                "type" => {
                    let valid = value.as_str().is_some_and(|kind| {
                        matches!(
                            kind,
                            "string" | "number" | "integer" | "boolean" | "array" | "object"
                        )
                    });
                    if !valid {
                        return Err(ContractError::new(
                            &key_at,
                            "must be one of string, number, integer, boolean, array, object",
                        ));
                    }
                    out.insert(key.clone(), value.clone());
                }
                "nullable" => {
                    if !value.is_boolean() {
                        return Err(ContractError::new(&key_at, "must be a boolean"));
                    }
                }
                keyword if SCHEMA_KEYWORDS.contains(&keyword) => {
                    out.insert(key.clone(), value.clone());
                }
                keyword if DROPPED_KEYWORDS.contains(&keyword) || keyword.starts_with("x-") => {}
                _ => return Err(ContractError::new(
                    &key_at,
                    "is not an OpenAPI 3.0 schema keyword (a typo would silently validate nothing)",
                )),
            }
        }

        if object.get("nullable") == Some(&Value::Bool(true)) {
            match out.get_mut("type") {
                Some(kind) => *kind = serde_json::json!([kind.clone(), "null"]),
                None => {
                    return Err(ContractError::new(
                        at,
                        "nullable: true without type has no effect in OpenAPI 3.0.3",
                    ))
                }
            }
            if let Some(Value::Array(options)) = out.get_mut("enum") {
                if !options.contains(&Value::Null) {
                    options.push(Value::Null);
                }
            }
        }

        let bounds = match (object.get("type"), object.get("format")) {
            (Some(kind), Some(format)) if kind == "integer" => match format.as_str() {
                Some("int32") => Some((Value::from(i32::MIN), Value::from(i32::MAX))),
                Some("int64") => Some((Value::from(i64::MIN), Value::from(i64::MAX))),
                _ => None,
            },
            _ => None,
        };
        if let Some((minimum, maximum)) = bounds {
            out.entry("minimum").or_insert(minimum);
            out.entry("maximum").or_insert(maximum);
        }
        Ok(Value::Object(out))
    }
}
