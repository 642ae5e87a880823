//! Parameters: query coercion and checks, dates, headers, path parameters.

use http::{HeaderMap, HeaderValue};

use super::*;

#[test]
fn query_parameters_are_coerced_and_checked() {
    let list = "listOpportunities";
    assert_eq!(
        query_errors(list, "limit=50&status=open&status=won"),
        vec![]
    );
    assert_eq!(
        query_errors(list, "limit=500"),
        vec![pair("/query/limit", "maximum")]
    );
    assert_eq!(
        query_errors(list, "limit=0"),
        vec![pair("/query/limit", "minimum")]
    );
    assert_eq!(
        query_errors(list, "limit=abc"),
        vec![pair("/query/limit", "type")]
    );
    assert_eq!(
        query_errors(list, "limit=1.5"),
        vec![pair("/query/limit", "type")]
    );
    assert_eq!(
        query_errors(list, "limit=99999999999999999999"),
        vec![pair("/query/limit", "maximum")]
    );
    assert_eq!(
        query_errors(list, "status=bogus"),
        vec![pair("/query/status", "enum")]
    );
    assert_eq!(
        query_errors(list, "status=open&status=won&status=lost&status=open"),
        vec![pair("/query/status", "max_items")]
    );
    assert_eq!(
        query_errors(list, "bogus=1"),
        vec![pair("/query/bogus", "unknown_parameter")]
    );
    assert_eq!(
        query_errors(list, "q="),
        vec![pair("/query/q", "min_length")]
    );
    assert_eq!(
        query_errors(list, &format!("cursor={}", "a".repeat(513))),
        vec![pair("/query/cursor", "max_length")]
    );
    assert_eq!(
        query_errors(list, "limit=1&limit=2"),
        vec![pair("/query/limit", "invalid")]
    );
    assert_eq!(
        query_errors(list, "currency=eur"),
        vec![pair("/query/currency", "pattern")]
    );
    assert_eq!(query_errors(list, "sort=-amount&q=globex+inc"), vec![]);
}

#[test]
fn query_dates_must_follow_rfc_3339() {
    let list = "listOpportunities";
    assert_eq!(
        query_errors(
            list,
            "updated_since=2026-11-01T00:00:00Z&close_date_from=2026-10-01"
        ),
        vec![]
    );
    assert_eq!(
        query_errors(list, "updated_since=2026-11-01T00%3A00%3A00%2B01%3A00"),
        vec![]
    );
    assert_eq!(
        query_errors(list, "updated_since=2026-11-01T00:00:00"),
        vec![pair("/query/updated_since", "format")]
    );
    assert_eq!(
        query_errors(list, "close_date_to=2026-13-01"),
        vec![pair("/query/close_date_to", "format")]
    );
    assert_eq!(
        query_errors(list, "close_date_to=2026-12-01T00:00:00Z"),
        vec![pair("/query/close_date_to", "format")]
    );
}

#[test]
fn all_parameter_errors_are_reported_together() {
    let mut errors = query_errors("listOpportunities", "limit=abc&status=bogus&x=1&x=2");
    errors.sort();
    assert_eq!(
        errors,
        vec![
            pair("/query/limit", "type"),
            pair("/query/status", "enum"),
            pair("/query/x", "unknown_parameter"),
        ]
    );
}

#[test]
fn if_match_header_must_be_a_short_printable_value() {
    let update = operation("updateOpportunity");
    let path = vec![("opportunity_id", OPPORTUNITY_ID.to_owned())];
    let check = |value: &'static str| {
        let mut headers = HeaderMap::new();
        headers.insert("if-match", HeaderValue::from_static(value));
        update
            .check_parameters(&path, None, &headers)
            .map_err(pairs)
    };
    assert_eq!(check("\"3\""), Ok(()));
    assert_eq!(check("*"), Ok(()));
    // Any tag list is well-formed for the contract; one naming no current version gets 412 later.
    assert_eq!(check("W/\"3\""), Ok(()));
    assert_eq!(check("\"1\", \"2\""), Ok(()));
    let long: &'static str = Box::leak("x".repeat(257).into_boxed_str());
    assert_eq!(
        check(long),
        Err(vec![pair("/header/If-Match", "max_length")])
    );

    let mut headers = HeaderMap::new();
    headers.insert(
        "if-match",
        HeaderValue::from_bytes(b"\"3\xff\"").expect("obs-text is a valid header value"),
    );
    assert_eq!(
        update
            .check_parameters(&path, None, &headers)
            .map_err(pairs),
        Err(vec![pair("/header/If-Match", "invalid")])
    );
}

#[test]
fn required_headers_are_required_and_optional_ones_are_not() {
    let path = vec![("opportunity_id", OPPORTUNITY_ID.to_owned())];
    let none = HeaderMap::new();
    assert_eq!(
        operation("updateOpportunity")
            .check_parameters(&path, None, &none)
            .map_err(pairs),
        Err(vec![pair("/header/If-Match", "required")])
    );
    assert_eq!(
        operation("restoreOpportunity").check_parameters(&path, None, &none),
        Ok(())
    );
}

#[test]
fn missing_path_parameter_is_required() {
    let errors = operation("getOpportunity")
        .check_parameters(&[], None, &HeaderMap::new())
        .map_err(pairs);
    assert_eq!(errors, Err(vec![pair("/path/opportunity_id", "required")]));
}
