//! From the OpenAPI document to compiled operations: walking paths, parameters and request
//! bodies, translating OpenAPI 3.0 schemas to JSON Schema draft 4, compiling them all at once.

use std::collections::HashMap;

use http::{HeaderName, Method};
use jsonschema::{Draft, PatternOptions, ValidationError};
use serde_json::{Map, Value};

use crate::auth::Scope;

use super::body::RequestBody;
use super::messages::{definition_key, escape_pointer, unescape_pointer};
use super::parameters::{Location, Parameter, Scalar, Shape};
use super::router::{RouteEntry, Segment};
use super::{ContractError, Operation};

/// Every operation of the document, compiled, and the path templates that lead to them (each
/// with its methods and the index of their operation).
pub(super) fn compile(
    document: &Value,
) -> Result<(Vec<Operation>, Vec<RouteEntry>), ContractError> {
    let mut compiler = Compiler::new(document)?;
    let drafts = compiler.operations()?;
    let validators = compiler.build()?;
    let mut operations = Vec::with_capacity(drafts.len());
    let mut templates: Vec<RouteEntry> = Vec::new();
    for draft in drafts {
        let index = operations.len();
        match templates.iter_mut().find(|entry| entry.path == draft.path) {
            Some(entry) => entry.methods.push((draft.method.clone(), index)),
            None => templates.push(RouteEntry {
                path: draft.path.clone(),
                segments: draft.segments.clone(),
                methods: vec![(draft.method.clone(), index)],
            }),
        }
        operations.push(draft.into_operation(&validators)?);
    }
    Ok((operations, templates))
}

/// An operation read from the document, its schemas not yet compiled (they are named by their key
/// under the shared `definitions`, all compiled at once by [`Compiler::build`]).
struct OperationDraft {
    id: String,
    method: Method,
    path: String,
    segments: Vec<Segment>,
    public: bool,
    roles: Vec<String>,
    scopes: Vec<Scope>,
    expensive: bool,
    parameters: Vec<ParameterDraft>,
    body: Option<BodyDraft>,
}

struct BodyDraft {
    required: bool,
    /// Lower-case media type and the name of its schema's definition.
    media: Vec<(String, String)>,
}

/// What the operations of one path item share.
struct PathItem<'a> {
    /// Where the path item is in the document, e.g. `/paths/~1v1~1accounts`.
    at: String,
    path: &'a str,
    segments: Vec<Segment>,
    parameters: Option<&'a Value>,
}

struct ParameterDraft {
    name: String,
    location: Location,
    required: bool,
    shape: Shape,
    definition: String,
}

impl OperationDraft {
    fn into_operation(
        self,
        validators: &jsonschema::ValidatorMap,
    ) -> Result<Operation, ContractError> {
        let validator = |definition: &str| {
            validators
                .get(&definition_key(definition))
                .cloned()
                .ok_or_else(|| {
                    ContractError::new("", format!("no validator was compiled for {definition}"))
                })
        };
        let mut parameters = Vec::with_capacity(self.parameters.len());
        for draft in self.parameters {
            let prefix = match draft.location {
                Location::Path => "path",
                Location::Query => "query",
                Location::Header(_) => "header",
            };
            parameters.push(Parameter {
                pointer: format!("/{prefix}/{}", escape_pointer(&draft.name)),
                validator: validator(&draft.definition)?,
                name: draft.name,
                location: draft.location,
                required: draft.required,
                shape: draft.shape,
            });
        }
        let body = match self.body {
            None => None,
            Some(BodyDraft { required, media }) => Some(RequestBody {
                required,
                media: media
                    .into_iter()
                    .map(|(media, definition)| Ok((media, validator(&definition)?)))
                    .collect::<Result<_, ContractError>>()?,
            }),
        };
        Ok(Operation {
            id: self.id,
            method: self.method,
            path: self.path,
            public: self.public,
            roles: self.roles,
            scopes: self.scopes,
            expensive: self.expensive,
            parameters,
            body,
        })
    }
}

/// Walks the document, translating schemas into one `definitions` object: the component schemas
/// under their own names, every parameter and body schema under a synthetic `inline:N` name (the
/// colon cannot occur in a component name). One `build_map` then compiles them all, sharing
/// the referenced components and their regular expressions.
struct Compiler<'a> {
    document: &'a Value,
    schemas: Option<&'a Map<String, Value>>,
    definitions: Map<String, Value>,
    /// Where each definition came from in the document, to point compile errors there.
    origins: HashMap<String, String>,
}

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

const METHODS: [(&str, Method); 8] = [
    ("get", Method::GET),
    ("put", Method::PUT),
    ("post", Method::POST),
    ("delete", Method::DELETE),
    ("options", Method::OPTIONS),
    ("head", Method::HEAD),
    ("patch", Method::PATCH),
    ("trace", Method::TRACE),
];

impl<'a> Compiler<'a> {
    fn new(document: &'a Value) -> Result<Self, ContractError> {
        let schemas = match document.pointer("/components/schemas") {
            None => None,
            Some(Value::Object(schemas)) => Some(schemas),
            Some(_) => return Err(ContractError::new("/components/schemas", "must be a map")),
        };
        let mut compiler = Compiler {
            document,
            schemas,
            definitions: Map::new(),
            origins: HashMap::new(),
        };
        for (name, schema) in schemas.into_iter().flatten() {
            if name.contains(':') {
                return Err(ContractError::new(
                    format!("/components/schemas/{}", escape_pointer(name)),
                    "a schema name may not contain ':'",
                ));
            }
            let at = format!("/components/schemas/{}", escape_pointer(name));
            let translated = compiler.translate(schema, &at)?;
            compiler.definitions.insert(name.clone(), translated);
            compiler.origins.insert(name.clone(), at);
        }
        Ok(compiler)
    }

    /// Compiles every definition at once with the service's validation options.
    fn build(&self) -> Result<jsonschema::ValidatorMap, ContractError> {
        let options = jsonschema::options()
            .with_draft(Draft::Draft4)
            .should_validate_formats(true)
            .with_format("uuid", is_uuid)
            // Linear-time matching: a client cannot make a pattern backtrack for long.
            .with_pattern_options(PatternOptions::regex());
        let root = serde_json::json!({ "definitions": self.definitions });
        let validators = options
            .build_map(&root)
            .map_err(|error| self.compile_error(&error))?;
        // `build_map` leaves out, without an error, definitions that fail to compile (a pattern
        // the linear-time engine cannot run, say). Compiling such a one alone names the problem.
        for name in self.definitions.keys() {
            if validators.get(&definition_key(name)).is_none() {
                let alone = serde_json::json!({
                    "$ref": format!("#/definitions/{}", escape_pointer(name)),
                    "definitions": self.definitions,
                });
                let origin = self.origins.get(name).map_or("", String::as_str);
                return Err(match options.build(&alone) {
                    Err(error) => self.compile_error(&error),
                    Ok(_) => ContractError::new(origin, "does not compile"),
                });
            }
        }
        Ok(validators)
    }

    /// Points a compile error at the contract's own location of the offending schema.
    fn compile_error(&self, error: &ValidationError<'_>) -> ContractError {
        // A schema that breaks the draft 4 meta-schema is the instance of that error, so its
        // location runs through `/definitions/<name>`.
        let path = error.instance_path().as_str();
        let mut tokens = path.splitn(4, '/').skip(2);
        let origin = tokens
            .next()
            .and_then(|name| self.origins.get(&unescape_pointer(name)));
        let at = match (origin, tokens.next()) {
            (Some(origin), Some(rest)) => format!("{origin}/{rest}"),
            (Some(origin), None) => origin.clone(),
            (None, _) => path.to_owned(),
        };
        ContractError::new(at, format!("does not compile: {error}"))
    }

    fn inline(&mut self, schema: &Value, at: &str) -> Result<String, ContractError> {
        let translated = self.translate(schema, at)?;
        let name = format!("inline:{}", self.definitions.len());
        self.definitions.insert(name.clone(), translated);
        self.origins.insert(name.clone(), at.to_owned());
        Ok(name)
    }

    fn operations(&mut self) -> Result<Vec<OperationDraft>, ContractError> {
        let document = self.document;
        let paths = match document.get("paths") {
            Some(Value::Object(paths)) => paths,
            _ => return Err(ContractError::new("/paths", "missing, or not a map")),
        };
        let root_security = document.get("security");
        let oauth2 = oauth2_schemes(document)?;
        let mut drafts: Vec<OperationDraft> = Vec::new();
        for (path, item) in paths {
            let item_at = format!("/paths/{}", escape_pointer(path));
            let item = item
                .as_object()
                .ok_or_else(|| ContractError::new(&item_at, "must be a map"))?;
            let shared = PathItem {
                segments: parse_template(path, &item_at)?,
                at: item_at,
                path,
                parameters: item.get("parameters"),
            };
            for key in item.keys() {
                let known = matches!(
                    key.as_str(),
                    "summary" | "description" | "servers" | "parameters"
                ) || key.starts_with("x-")
                    || METHODS.iter().any(|(name, _)| name == key);
                if !known {
                    return Err(ContractError::new(
                        format!("{}/{}", shared.at, escape_pointer(key)),
                        "not supported in a path item",
                    ));
                }
            }
            for (name, method) in &METHODS {
                let Some(operation) = item.get(*name) else {
                    continue;
                };
                let at = format!("{}/{name}", shared.at);
                let security = operation.get("security").or(root_security);
                let draft = self.operation(operation, &at, method, &shared, security, &oauth2)?;
                if drafts.iter().any(|other| other.id == draft.id) {
                    return Err(ContractError::new(
                        format!("{at}/operationId"),
                        format!("{} is used twice", draft.id),
                    ));
                }
                drafts.push(draft);
            }
        }
        Ok(drafts)
    }

    fn operation(
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

    /// Follows `$ref`s to `#/components/<kind>/<name>`.
    fn resolve_component(
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

    fn resolve_schema(&self, schema: &'a Value, at: &str) -> Result<&'a Value, ContractError> {
        self.resolve_component(schema, "schemas", at)
    }

    /// OpenAPI 3.0 schema object -> JSON Schema draft 4. See the module documentation.
    fn translate(&self, schema: &Value, at: &str) -> Result<Value, ContractError> {
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

/// `8-4-4-4-12` hexadecimal digits, either case: the textual UUID form of RFC 9562.
fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.bytes().enumerate().all(|(index, byte)| match index {
            8 | 13 | 18 | 23 => byte == b'-',
            _ => byte.is_ascii_hexdigit(),
        })
}

/// The segments of a path template; a `{name}` must fill a whole segment.
fn parse_template(path: &str, at: &str) -> Result<Vec<Segment>, ContractError> {
    let rest = path
        .strip_prefix('/')
        .ok_or_else(|| ContractError::new(at, "a path must start with /"))?;
    let mut segments = Vec::new();
    for segment in rest.split('/') {
        let name = segment
            .strip_prefix('{')
            .and_then(|inner| inner.strip_suffix('}'));
        match name {
            Some(name) if !name.is_empty() && !name.contains(['{', '}']) => {
                if segments.contains(&Segment::Param(name.to_owned())) {
                    return Err(ContractError::new(at, format!("{{{name}}} appears twice")));
                }
                segments.push(Segment::Param(name.to_owned()));
            }
            _ if segment.is_empty() => {
                return Err(ContractError::new(at, "empty path segment (or trailing /)"))
            }
            _ if segment.contains(['{', '}']) => {
                return Err(ContractError::new(
                    at,
                    format!("segment {segment} mixes text and a parameter, which is not supported"),
                ))
            }
            _ => segments.push(Segment::Literal(segment.to_owned())),
        }
    }
    Ok(segments)
}

/// The OAuth 2.0 schemes of `components.securitySchemes`, each with the scope names its flows
/// declare. Every declared scope must be one the service knows ([`Scope`]).
fn oauth2_schemes(document: &Value) -> Result<HashMap<String, Vec<String>>, ContractError> {
    let mut schemes = HashMap::new();
    let Some(Value::Object(declared)) = document.pointer("/components/securitySchemes") else {
        return Ok(schemes);
    };
    for (name, scheme) in declared {
        if scheme.get("type").and_then(Value::as_str) != Some("oauth2") {
            continue;
        }
        let at = format!("/components/securitySchemes/{}", escape_pointer(name));
        let flows = scheme
            .get("flows")
            .and_then(Value::as_object)
            .ok_or_else(|| ContractError::new(format!("{at}/flows"), "missing, or not a map"))?;
        let mut names: Vec<String> = Vec::new();
        for (flow, body) in flows {
            let scopes = body
                .get("scopes")
                .and_then(Value::as_object)
                .ok_or_else(|| {
                    ContractError::new(format!("{at}/flows/{flow}/scopes"), "missing, or not a map")
                })?;
            for scope in scopes.keys() {
                if Scope::parse(scope).is_none() {
                    return Err(ContractError::new(
                        format!("{at}/flows/{flow}/scopes/{}", escape_pointer(scope)),
                        "the service knows no such scope",
                    ));
                }
                if !names.contains(scope) {
                    names.push(scope.clone());
                }
            }
        }
        schemes.insert(name.clone(), names);
    }
    Ok(schemes)
}

/// The scopes a client needs for an operation: the scopes of the one security requirement that
/// names an OAuth 2.0 scheme, standing alone. An operation that needs a token and declares none is
/// refused, as one without `x-roles` is: no operation may be forgotten.
fn client_scopes(
    security: Option<&Value>,
    at: &str,
    oauth2: &HashMap<String, Vec<String>>,
) -> Result<Vec<Scope>, ContractError> {
    let at = format!("{at}/security");
    let requirements = security
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let mut found: Option<Vec<Scope>> = None;
    for (index, requirement) in requirements.iter().enumerate() {
        let Some(requirement) = requirement.as_object() else {
            return Err(ContractError::new(format!("{at}/{index}"), "must be a map"));
        };
        let Some((scheme, names)) = requirement
            .iter()
            .find(|(scheme, _)| oauth2.contains_key(scheme.as_str()))
        else {
            continue;
        };
        let here = format!("{at}/{index}/{}", escape_pointer(scheme));
        if requirement.len() != 1 {
            return Err(ContractError::new(
                here,
                "an OAuth 2.0 requirement must stand alone (no other scheme beside it)",
            ));
        }
        if found.is_some() {
            return Err(ContractError::new(
                here,
                "only one OAuth 2.0 requirement per operation",
            ));
        }
        let names = names
            .as_array()
            .ok_or_else(|| ContractError::new(&here, "must be a list of scopes"))?;
        let declared = &oauth2[scheme.as_str()];
        let mut scopes = Vec::with_capacity(names.len());
        for name in names {
            let scope = name
                .as_str()
                .filter(|name| declared.iter().any(|declared| declared == name))
                .and_then(Scope::parse)
                .ok_or_else(|| {
                    ContractError::new(&here, format!("{name} is not a scope the scheme declares"))
                })?;
            scopes.push(scope);
        }
        if scopes.is_empty() {
            return Err(ContractError::new(
                here,
                "must name at least one scope (an empty list would admit every client)",
            ));
        }
        found = Some(scopes);
    }
    found.ok_or_else(|| {
        ContractError::new(
            at,
            "an operation that needs a token must name the scope a client needs (an oauth2 requirement)",
        )
    })
}
