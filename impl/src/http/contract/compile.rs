//! From the OpenAPI document to compiled operations: walking paths, parameters and request
//! bodies, translating OpenAPI 3.0 schemas to JSON Schema draft 4, compiling them all at once.

use std::collections::HashMap;

use http::Method;
use jsonschema::{Draft, PatternOptions, ValidationError};
use serde_json::{Map, Value};

use crate::auth::Scope;

use super::body::RequestBody;
use super::messages::{definition_key, escape_pointer, unescape_pointer};
use super::parameters::{Location, Parameter, Shape};
use super::router::{RouteEntry, Segment};
use super::{ContractError, Operation};
use security::oauth2_schemes;

mod operation;
mod schema;
mod security;

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
