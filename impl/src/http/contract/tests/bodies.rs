//! Request bodies: schemas, media types, presence, malformed JSON, nesting.

use serde_json::{json, Value};

use super::*;

#[test]
fn create_opportunity_reports_every_broken_rule_at_once() {
    let mut body = valid_opportunity();
    body["amount"] = json!(12.5);
    body["currency"] = json!("eur");
    body["colour"] = json!("red");
    body.as_object_mut().map(|body| body.remove("name"));
    let mut errors = body_errors("createOpportunity", JSON, &body);
    errors.sort();
    assert_eq!(
        errors,
        vec![
            pair("/amount", "type"),
            pair("/colour", "unknown_field"),
            pair("/currency", "pattern"),
            pair("/name", "required"),
        ]
    );
}

#[test]
fn valid_bodies_pass() {
    assert_eq!(
        body_errors("createOpportunity", JSON, &valid_opportunity()),
        vec![]
    );
    let charset = Some("Application/JSON; charset=UTF-8");
    assert_eq!(
        body_errors("createOpportunity", charset, &valid_opportunity()),
        vec![]
    );
    assert_eq!(
        body_errors("updateOpportunity", MERGE_PATCH, &json!({"amount": "1.00"})),
        vec![]
    );
}

#[test]
fn field_errors_have_short_messages_that_do_not_echo_input() {
    let long = "x".repeat(5000);
    let body = json!({ "name": long, "account_id": long, "currency": long, long.clone(): 1 });
    let bytes = serde_json::to_vec(&body).expect("serialisable");
    let Err(BodyRejection::Invalid(errors)) =
        operation("createOpportunity").check_body(JSON, &bytes)
    else {
        panic!("expected field errors");
    };
    let codes: Vec<&str> = errors.iter().map(|error| error.code.as_str()).collect();
    for code in ["max_length", "format", "pattern", "unknown_field"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    for error in &errors {
        assert!(error.message.len() < 120, "{error:?}");
        assert!(error.pointer.len() < 60, "{error:?}");
    }
}

#[test]
fn body_bounds_lengths_and_formats() {
    let mut body = valid_opportunity();
    body["probability"] = json!(101);
    body["expected_close_date"] = json!("2026-02-30");
    body["tags"] = json!(["q4", "q4"]);
    let mut errors = body_errors("createOpportunity", JSON, &body);
    errors.sort();
    assert_eq!(
        errors,
        vec![
            pair("/expected_close_date", "format"),
            pair("/probability", "maximum"),
            pair("/tags", "unique_items"),
        ]
    );

    let account = json!({"name": "", "employee_count": -1, "tags": vec!["t"; 21]});
    let mut errors = body_errors("createAccount", JSON, &account);
    errors.sort();
    assert_eq!(
        errors,
        vec![
            pair("/employee_count", "minimum"),
            pair("/name", "min_length"),
            pair("/tags", "max_items"),
            pair("/tags", "unique_items"),
        ]
    );

    let contact = json!({
        "account_id": ACCOUNT_ID, "first_name": "Ada", "last_name": "Lovelace",
        "lawful_basis": "because", "email": "not-an-email",
    });
    let mut errors = body_errors("createContact", JSON, &contact);
    errors.sort();
    assert_eq!(
        errors,
        vec![pair("/email", "format"), pair("/lawful_basis", "enum")]
    );

    // A wrong type hides the other rules broken at the same place (here the enum).
    let mut contact = contact;
    contact["lawful_basis"] = Value::Null;
    contact["email"] = json!("ada@globex.example");
    assert_eq!(
        body_errors("createContact", JSON, &contact),
        vec![pair("/lawful_basis", "type")]
    );
}

#[test]
fn nested_errors_point_into_arrays() {
    let mut broken = valid_opportunity();
    broken["amount"] = json!("12,50");
    broken["contact_roles"] = json!([{"contact_id": ACCOUNT_ID, "role": "champion", "colour": 1}]);
    let items = vec![
        valid_opportunity(),
        valid_opportunity(),
        valid_opportunity(),
        broken,
    ];
    let mut errors = body_errors("batchCreateOpportunities", JSON, &json!({ "items": items }));
    errors.sort();
    assert_eq!(
        errors,
        vec![
            pair("/items/3/amount", "pattern"),
            pair("/items/3/contact_roles/0/colour", "unknown_field"),
        ]
    );
    let pipeline = json!({"name": "Partner deals", "stages": []});
    assert_eq!(
        body_errors("createPipeline", JSON, &pipeline),
        vec![pair("/stages", "min_items")]
    );
    assert_eq!(
        body_errors("createOpportunity", JSON, &json!([])),
        vec![pair("", "type")]
    );
}

#[test]
fn errors_are_capped() {
    let items = vec![json!({}); 100];
    let errors = body_errors("batchCreateOpportunities", JSON, &json!({ "items": items }));
    assert_eq!(errors.len(), MAX_ERRORS);
    assert_eq!(errors[0], pair("/items/0/name", "required"));
}

#[test]
fn nullable_fields_take_null_in_a_patch_but_not_in_a_create() {
    let patch = json!({"next_step": null, "expected_close_date": null});
    assert_eq!(
        body_errors("updateOpportunity", MERGE_PATCH, &patch),
        vec![]
    );
    let mut create = valid_opportunity();
    create["next_step"] = Value::Null;
    assert_eq!(
        body_errors("createOpportunity", JSON, &create),
        vec![pair("/next_step", "type")]
    );
    // Not nullable in the patch either.
    assert_eq!(
        body_errors("updateOpportunity", MERGE_PATCH, &json!({"name": null})),
        vec![pair("/name", "type")]
    );
}

#[test]
fn empty_patch_breaks_min_properties() {
    assert_eq!(
        body_errors("updateOpportunity", MERGE_PATCH, &json!({})),
        vec![pair("", "min_properties")]
    );
}

#[test]
fn media_types_are_checked() {
    let patch = br#"{"next_step": "Call"}"#;
    let update = operation("updateOpportunity");
    assert_eq!(
        update.check_body(JSON, patch),
        Err(BodyRejection::UnsupportedMediaType {
            expected: vec!["application/merge-patch+json".to_owned()]
        })
    );
    assert!(matches!(
        update.check_body(None, patch),
        Err(BodyRejection::UnsupportedMediaType { .. })
    ));
    assert_eq!(
        update.check_body(
            Some("APPLICATION/merge-patch+JSON ; charset=\"utf-8\""),
            patch
        ),
        Ok(())
    );
    assert!(matches!(
        operation("createNote").check_body(
            Some("application/json; charset=iso-8859-1"),
            br#"{"body": "x"}"#
        ),
        Err(BodyRejection::UnsupportedMediaType { .. })
    ));
    // An operation without a requestBody takes no body.
    assert_eq!(
        operation("deleteOpportunity").check_body(JSON, b"{}"),
        Err(BodyRejection::UnsupportedMediaType { expected: vec![] })
    );
    assert_eq!(operation("deleteOpportunity").check_body(None, b""), Ok(()));
}

#[test]
fn required_and_optional_bodies() {
    assert_eq!(
        operation("createOpportunity").check_body(JSON, b""),
        Err(BodyRejection::Missing)
    );
    let win = operation("winOpportunity");
    assert_eq!(win.check_body(None, b""), Ok(()));
    assert_eq!(win.check_body(JSON, b"{}"), Ok(()));
    assert!(matches!(
        win.check_body(JSON, br#"{"stage_id": "x"}"#),
        Err(BodyRejection::Invalid(_))
    ));
}

#[test]
fn malformed_json_is_described_without_the_input() {
    let secret = "hunter2-secret";
    let body = format!(r#"{{"name": "{secret}", "amount": }}"#);
    match operation("createOpportunity").check_body(JSON, body.as_bytes()) {
        Err(BodyRejection::Malformed(message)) => {
            assert!(!message.contains(secret), "{message}");
            assert!(message.contains("line 1"), "{message}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let deep = format!("{{\"tags\": {}{}}}", "[".repeat(39), "]".repeat(39));
    assert_eq!(
        operation("createOpportunity").check_body(JSON, deep.as_bytes()),
        Err(BodyRejection::TooDeep)
    );
    // Brackets inside strings do not count, and 32 levels are still allowed.
    let quoted = format!(r#"{{"name": "{}\"{}"}}"#, "[".repeat(100), "{".repeat(100));
    assert!(matches!(
        operation("createOpportunity").check_body(JSON, quoted.as_bytes()),
        Err(BodyRejection::Invalid(_))
    ));
    let allowed = format!("{{\"tags\": {}{}}}", "[".repeat(31), "]".repeat(31));
    assert!(matches!(
        operation("createOpportunity").check_body(JSON, allowed.as_bytes()),
        Err(BodyRejection::Invalid(_))
    ));
}
