//! The contract gate against the real contract and against small made-up ones: loading, routing,
//! and (in `bodies` and `parameters`) request validation.

use std::sync::OnceLock;
use std::time::Instant;

use http::{HeaderMap, HeaderValue, Method};
use serde_json::{json, Value};

use super::*;

mod bodies;
mod parameters;

const CONTRACT: &str = include_str!("../../../../api/openapi.yaml");
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
    let errors = matched
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
        (
            "{type: string, pattern: '^[a-'}",
            format!("{thing}/pattern"),
        ),
        // Valid ECMA-262, but not linear-time: refused rather than left unchecked.
        (
            "{type: string, pattern: '^(?=a)a$'}",
            format!("{thing}/pattern"),
        ),
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
        let parameters = matched
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
