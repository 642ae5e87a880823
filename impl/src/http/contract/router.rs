//! Routing: the contract's path templates, grouped by length and ordered most specific first, and
//! the lookup of a request path among them.

use std::collections::HashMap;

use http::Method;
use percent_encoding::percent_decode_str;

use super::messages::escape_pointer;
use super::{Contract, ContractError, Matched, Route};

impl Contract {
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    Literal(String),
    Param(String),
}

#[derive(Debug)]
pub(super) struct RouteEntry {
    /// The template as written, for error messages.
    pub(super) path: String,
    pub(super) segments: Vec<Segment>,
    /// Methods in canonical order (GET, POST, PUT, PATCH, DELETE, ...), with operation indexes.
    pub(super) methods: Vec<(Method, usize)>,
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
pub(super) fn route_table(
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
