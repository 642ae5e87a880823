//! Security: the OAuth 2.0 schemes the document declares and the scopes each operation needs.

use std::collections::HashMap;

use serde_json::Value;

use crate::auth::Scope;
use crate::http::contract::messages::escape_pointer;
use crate::http::contract::ContractError;

/// The OAuth 2.0 schemes of `components.securitySchemes`, each with the scope names its flows
/// declare. Every declared scope must be one the service knows ([`Scope`]).
pub(super) fn oauth2_schemes(
    document: &Value,
) -> Result<HashMap<String, Vec<String>>, ContractError> {
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
pub(super) fn client_scopes(
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
