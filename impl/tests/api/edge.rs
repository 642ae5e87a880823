//! What every request goes through: routing, authentication, roles and problem bodies.

use opportunity_api::{ApiNoContext as _, GetReadinessResponse};
use opportunity_service::auth::Role;

use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    readiness_reports_the_database_up,
    unknown_path_is_a_problem_404,
    wrong_method_is_a_problem_405_with_allow,
    missing_token_is_401_with_a_bearer_challenge,
    garbled_token_is_401_invalid_token,
    token_without_a_role_is_403,
    request_id_is_echoed_and_generated,
    contract_is_served_without_a_token,
    unknown_body_fields_are_rejected_with_pointers,
    parameters_outside_the_contract_are_400,
    writes_without_if_match_get_428,
    wrong_content_type_is_415,
    malformed_json_is_400,
    oversize_bodies_are_413,
    nul_characters_are_refused_before_any_database_sees_them,
);

async fn readiness_reports_the_database_up(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.admin().get_readiness().await.expect("a response");
    match response {
        GetReadinessResponse::Ok(health) => {
            assert_eq!(
                health.database,
                Some(opportunity_api::models::HealthStatus::Ok)
            );
        }
        other => panic!("not ready: {other:?}"),
    }
}

async fn unknown_path_is_a_problem_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.raw("GET", "/v1/nothing-here", &[], None).await;
    response.assert_problem(404, "not_found");
    let response = app.raw("GET", "/", &[], None).await;
    response.assert_problem(404, "not_found");
}

async fn wrong_method_is_a_problem_405_with_allow(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.raw("PUT", "/v1/accounts", &[], None).await;
    response.assert_problem(405, "method_not_allowed");
    let allow = response.header("allow").expect("an Allow header");
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
}

async fn missing_token_is_401_with_a_bearer_challenge(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app.raw("GET", "/v1/accounts", &[], None).await;
    response.assert_problem(401, "unauthenticated");
    assert_eq!(response.header("www-authenticate"), Some("Bearer"));
}

async fn garbled_token_is_401_invalid_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for header in ["Bearer", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", ""] {
        let response = app
            .raw("GET", "/v1/accounts", &[("authorization", header)], None)
            .await;
        response.assert_problem(401, "invalid_token");
        let challenge = response.header("www-authenticate").expect("a challenge");
        assert!(
            challenge.starts_with("Bearer error=\"invalid_token\""),
            "{challenge}"
        );
    }
}

async fn token_without_a_role_is_403(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("nobody", &[]);
    let response = app
        .raw(
            "GET",
            "/v1/accounts",
            &[("authorization", &format!("Bearer {token}"))],
            None,
        )
        .await;
    response.assert_problem(403, "forbidden");
    let token = app.token("manager", &[Role::SalesManager]);
    let response = app
        .raw(
            "GET",
            "/v1/audit-events",
            &[("authorization", &format!("Bearer {token}"))],
            None,
        )
        .await;
    response.assert_problem(403, "forbidden");
}

async fn request_id_is_echoed_and_generated(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .raw("GET", "/v1/nothing", &[("x-request-id", "trace-123")], None)
        .await;
    assert_eq!(response.header("x-request-id"), Some("trace-123"));
    assert_eq!(response.json()["request_id"], "trace-123");
    let response = app.raw("GET", "/v1/health/live", &[], None).await;
    assert_eq!(response.status, 200);
    assert!(response
        .header("x-request-id")
        .is_some_and(|id| id.len() >= 32));
    assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
}

async fn contract_is_served_without_a_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let yaml = app.raw("GET", "/v1/openapi.yaml", &[], None).await;
    assert_eq!(yaml.status, 200);
    assert!(String::from_utf8_lossy(&yaml.body).starts_with("openapi: 3.0.3"));
    let json = app.raw("GET", "/v1/openapi.json", &[], None).await;
    assert_eq!(json.status, 200);
    assert_eq!(json.json()["info"]["title"], "Opportunity Management API");
}

fn bearer(app: &TestApp) -> String {
    format!("Bearer {}", app.token("admin-1", &[Role::Admin]))
}

async fn unknown_body_fields_are_rejected_with_pointers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    let response = app
        .raw(
            "POST",
            "/v1/accounts",
            &[
                ("authorization", &auth),
                ("content-type", "application/json"),
            ],
            Some(r#"{"name": "Globex", "colour": "blue", "employee_count": "many"}"#),
        )
        .await;
    let problem = response.assert_problem(422, "validation_failed");
    let errors = problem["errors"].as_array().expect("field errors");
    assert!(
        errors
            .iter()
            .any(|e| e["pointer"] == "/colour" && e["code"] == "unknown_field"),
        "{problem}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e["pointer"] == "/employee_count" && e["code"] == "type"),
        "{problem}"
    );
}

async fn parameters_outside_the_contract_are_400(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    for (query, pointer) in [
        ("limit=500", "/query/limit"),
        ("limit=abc", "/query/limit"),
        ("sort=sideways", "/query/sort"),
        ("bogus=1", "/query/bogus"),
    ] {
        let response = app
            .raw(
                "GET",
                &format!("/v1/accounts?{query}"),
                &[("authorization", &auth)],
                None,
            )
            .await;
        let problem = response.assert_problem(400, "invalid_parameter");
        assert_eq!(
            problem["errors"][0]["pointer"], pointer,
            "{query}: {problem}"
        );
    }
    let response = app
        .raw(
            "GET",
            "/v1/accounts/not-a-uuid",
            &[("authorization", &auth)],
            None,
        )
        .await;
    response.assert_problem(400, "invalid_parameter");
}

async fn writes_without_if_match_get_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    let response = app
        .raw(
            "PATCH",
            "/v1/pipelines/a0000000-0000-4000-8000-000000000001",
            &[
                ("authorization", &auth),
                ("content-type", "application/merge-patch+json"),
            ],
            Some(r#"{"name": "Renamed"}"#),
        )
        .await;
    response.assert_problem(428, "precondition_required");
}

async fn wrong_content_type_is_415(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    let response = app
        .raw(
            "POST",
            "/v1/accounts",
            &[("authorization", &auth), ("content-type", "text/plain")],
            Some(r#"{"name": "Globex"}"#),
        )
        .await;
    response.assert_problem(415, "unsupported_media_type");
}

async fn malformed_json_is_400(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    let response = app
        .raw(
            "POST",
            "/v1/accounts",
            &[
                ("authorization", &auth),
                ("content-type", "application/json"),
            ],
            Some(r#"{"name": "Globex""#),
        )
        .await;
    response.assert_problem(400, "malformed_json");
}

async fn oversize_bodies_are_413(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    let body = format!(r#"{{"name": "{}"}}"#, "x".repeat(1_100_000));
    let response = app
        .raw(
            "POST",
            "/v1/accounts",
            &[
                ("authorization", &auth),
                ("content-type", "application/json"),
            ],
            Some(&body),
        )
        .await;
    response.assert_problem(413, "payload_too_large");
}

async fn nul_characters_are_refused_before_any_database_sees_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let auth = bearer(&app);
    let response = app
        .raw(
            "POST",
            "/v1/accounts",
            &[
                ("authorization", &auth),
                ("content-type", "application/json"),
            ],
            Some(r#"{"name": "Glo\u0000bex"}"#),
        )
        .await;
    let problem = response.assert_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["pointer"], "/name", "{problem}");
    assert_eq!(problem["errors"][0]["code"], "invalid_text", "{problem}");
    let response = app
        .raw(
            "GET",
            "/v1/accounts?q=a%00b",
            &[("authorization", &auth)],
            None,
        )
        .await;
    let problem = response.assert_problem(400, "invalid_parameter");
    assert_eq!(problem["errors"][0]["pointer"], "/query/q", "{problem}");
}
