use bytes::Bytes;
use http::StatusCode;

use super::answers::{recordable, replay, settlement, Settlement, IDEMPOTENT_REPLAYED};
use super::*;

fn answered(hash: &str) -> KeyRecord {
    KeyRecord {
        request_hash: hash.to_owned(),
        state: KeyState::Answered(RecordedAnswer {
            status: 201,
            headers: vec![("etag".to_owned(), "\"1\"".to_owned())],
            body: "{}".to_owned(),
        }),
    }
}

#[test]
fn successes_and_repeatable_client_errors_are_recorded() {
    for status in [200, 201, 204, 400, 403, 404, 413, 415, 422] {
        let status = StatusCode::from_u16(status).expect("a status");
        assert_eq!(settlement(status), Settlement::Record, "{status}");
    }
}

#[test]
fn server_errors_and_transient_refusals_release_the_key() {
    for status in [409, 412, 428, 429, 500, 501, 503, 304] {
        let status = StatusCode::from_u16(status).expect("a status");
        assert_eq!(settlement(status), Settlement::Release, "{status}");
    }
}

#[test]
fn another_fingerprint_is_reuse_whatever_the_state() {
    let pending = KeyRecord {
        request_hash: "a".to_owned(),
        state: KeyState::InProgress,
    };
    assert_eq!(verdict(&pending, "b"), Verdict::Reused);
    assert_eq!(verdict(&answered("a"), "b"), Verdict::Reused);
}

#[test]
fn same_fingerprint_waits_for_or_replays_the_first_answer() {
    let pending = KeyRecord {
        request_hash: "a".to_owned(),
        state: KeyState::InProgress,
    };
    assert_eq!(verdict(&pending, "a"), Verdict::InProgress);
    let done = answered("a");
    let KeyState::Answered(answer) = &done.state else {
        unreachable!("built answered")
    };
    assert_eq!(verdict(&done, "a"), Verdict::Replay(answer));
}

#[test]
fn fingerprint_separates_operation_path_and_body() {
    let base = fingerprint("createNote", "/v1/a", b"{}");
    assert_eq!(base, fingerprint("createNote", "/v1/a", b"{}"));
    assert_eq!(base.len(), 64);
    assert_ne!(base, fingerprint("createNote", "/v1/b", b"{}"));
    assert_ne!(base, fingerprint("createLineItem", "/v1/a", b"{}"));
    assert_ne!(base, fingerprint("createNote", "/v1/a", b"{ }"));
    // Moving bytes across the boundary between parts changes the fingerprint.
    assert_ne!(fingerprint("ab", "c", b""), fingerprint("a", "bc", b""));
}

#[test]
fn keys_outside_the_contract_pattern_are_refused() {
    let long = "k".repeat(256);
    for bad in ["", "with space", long.as_str()] {
        let header = HeaderValue::from_str(bad).expect("a header value");
        assert!(IdempotencyKey::parse(&header).is_err(), "{bad:?}");
    }
    let header = HeaderValue::from_bytes(b"caf\xc3\xa9").expect("a header value");
    assert!(IdempotencyKey::parse(&header).is_err());
    let good = HeaderValue::from_static("5f0c7c2e-9d1b-4a7e-8f3a-2b6c1d9e0a4f");
    assert!(IdempotencyKey::parse(&good).is_ok());
    let longest = HeaderValue::from_str(&"k".repeat(255)).expect("a header value");
    assert!(IdempotencyKey::parse(&longest).is_ok());
}

#[test]
fn a_replay_repeats_status_headers_and_body_and_says_so() {
    let answer = RecordedAnswer {
        status: 201,
        headers: vec![
            ("content-type".to_owned(), "application/json".to_owned()),
            ("etag".to_owned(), "\"1\"".to_owned()),
            ("location".to_owned(), "/v1/accounts/x".to_owned()),
        ],
        body: r#"{"id":"x"}"#.to_owned(),
    };
    let response = replay(&answer);
    assert_eq!(response.status(), StatusCode::CREATED);
    let headers = response.headers();
    assert_eq!(headers[header::ETAG], "\"1\"");
    assert_eq!(headers[header::LOCATION], "/v1/accounts/x");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(headers[&IDEMPOTENT_REPLAYED], "true");
    let recorded = recordable(
        StatusCode::CREATED,
        headers,
        &Bytes::from(answer.body.clone()),
    );
    let mut expected = answer.clone();
    expected.headers.sort();
    let mut recorded = recorded.expect("a text body");
    recorded.headers.sort();
    assert_eq!(
        recorded, expected,
        "the replay header itself is not recorded"
    );
}
