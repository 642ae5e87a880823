//! Safe retries: an `Idempotency-Key` on a POST makes a retry replay the first answer instead of
//! running again. Exercised on POST /v1/accounts with raw requests (the header is the point), and
//! the store's expiry rules with a fixed clock.

use std::sync::Arc;

use opportunity_service::auth::Role;
use opportunity_service::domain::{Actor, HeldCommit, IdempotencyClaim};
use opportunity_service::store::accounts::AccountFields;
use opportunity_service::store::idempotency::{
    record_answer_on, ClaimOutcome, KeyClaim, KeyRecord, KeyState, RecordedAnswer, PENDING_LEASE,
    RETENTION,
};
use opportunity_service::store::tx::Tx;
use opportunity_service::store::Store;

use crate::helpers::{fresh_database, test_config, Backend, RawResponse, TestApp};
use crate::on_both_stores;

on_both_stores!(
    retry_replays_the_first_answer_and_creates_one_account,
    same_key_with_another_body_is_422_idempotency_key_reused,
    concurrent_requests_with_one_key_create_one_account,
    one_key_used_by_two_principals_is_two_keys,
    conflict_releases_the_key_so_a_retry_runs_again,
    requests_without_a_key_are_never_replayed,
    malformed_key_is_400_invalid_parameter,
    expired_keys_count_as_absent_and_are_swept,
    pending_claim_is_taken_over_after_its_lease,
    a_write_commits_only_while_its_claim_holds_and_an_applied_claim_is_never_taken_over,
);

const GLOBEX: &str = r#"{"name": "Globex Corporation", "country": "DE"}"#;

/// POSTs `body` to /v1/accounts as `subject` (a Sales Manager), with `key` when given.
async fn create_account(
    app: &TestApp,
    subject: &str,
    key: Option<&str>,
    body: &str,
) -> RawResponse {
    let token = app.token(subject, &[Role::SalesManager]);
    let authorization = format!("Bearer {token}");
    let mut headers = vec![
        ("authorization", authorization.as_str()),
        ("content-type", "application/json"),
    ];
    if let Some(key) = key {
        headers.push(("idempotency-key", key));
    }
    app.raw("POST", "/v1/accounts", &headers, Some(body)).await
}

/// The ids of all accounts, as an Admin sees them.
async fn account_ids(app: &TestApp) -> Vec<String> {
    let token = app.token("admin-1", &[Role::Admin]);
    let response = app
        .raw(
            "GET",
            "/v1/accounts?limit=200",
            &[("authorization", &format!("Bearer {token}"))],
            None,
        )
        .await;
    assert_eq!(
        response.status,
        200,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    response.json()["data"]
        .as_array()
        .expect("a data array")
        .iter()
        .map(|account| account["id"].as_str().expect("an id").to_owned())
        .collect()
}

fn assert_created_fresh(response: &RawResponse) {
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(response.header("idempotent-replayed"), None);
}

fn assert_replay_of(replay: &RawResponse, first: &RawResponse) {
    assert_eq!(replay.status, first.status);
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(replay.body, first.body, "byte for byte the first body");
    for name in ["content-type", "etag", "location"] {
        assert_eq!(replay.header(name), first.header(name), "{name}");
    }
    assert_ne!(
        replay.header("x-request-id"),
        first.header("x-request-id"),
        "the replay is its own request"
    );
}

async fn retry_replays_the_first_answer_and_creates_one_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let key = uuid::Uuid::new_v4().to_string();
    let first = create_account(&app, "alice", Some(&key), GLOBEX).await;
    assert_created_fresh(&first);
    assert!(first.header("etag").is_some() && first.header("location").is_some());

    for _ in 0..2 {
        let retry = create_account(&app, "alice", Some(&key), GLOBEX).await;
        assert_replay_of(&retry, &first);
    }
    let id = first.json()["id"].as_str().expect("an id").to_owned();
    assert_eq!(account_ids(&app).await, vec![id]);
}

async fn same_key_with_another_body_is_422_idempotency_key_reused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let first = create_account(&app, "alice", Some("order-42"), GLOBEX).await;
    assert_created_fresh(&first);

    let other = r#"{"name": "Initech", "country": "US"}"#;
    let reused = create_account(&app, "alice", Some("order-42"), other).await;
    let problem = reused.assert_problem(422, "idempotency_key_reused");
    assert_eq!(problem["errors"][0]["pointer"], "/header/Idempotency-Key");
    assert_eq!(reused.header("idempotent-replayed"), None);

    // Another spelling of the same JSON is another body: the fingerprint is of the raw bytes.
    let respaced = r#"{"name":"Globex Corporation","country":"DE"}"#;
    let reused = create_account(&app, "alice", Some("order-42"), respaced).await;
    reused.assert_problem(422, "idempotency_key_reused");

    assert_eq!(account_ids(&app).await.len(), 1);
}

async fn concurrent_requests_with_one_key_create_one_account(backend: Backend) {
    let app = Arc::new(TestApp::spawn(backend).await);
    let key = uuid::Uuid::new_v4().to_string();
    let mut requests = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (app, key) = (Arc::clone(&app), key.clone());
        requests.spawn(async move { create_account(&app, "alice", Some(&key), GLOBEX).await });
    }
    let responses = requests.join_all().await;

    let fresh: Vec<&RawResponse> = responses
        .iter()
        .filter(|response| {
            response.status == 201 && response.header("idempotent-replayed").is_none()
        })
        .collect();
    assert_eq!(fresh.len(), 1, "exactly one request runs");
    let first = fresh[0];
    for response in &responses {
        if std::ptr::eq(response, first) {
            continue;
        }
        if response.status == 409 {
            response.assert_problem(409, "idempotency_request_in_progress");
            assert_eq!(response.header("retry-after"), Some("1"));
        } else {
            assert_replay_of(response, first);
        }
    }
    assert_eq!(account_ids(&app).await.len(), 1);
}

async fn one_key_used_by_two_principals_is_two_keys(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let alice = create_account(&app, "alice", Some("shared-key"), GLOBEX).await;
    let bob = create_account(&app, "bob", Some("shared-key"), GLOBEX).await;
    assert_created_fresh(&alice);
    assert_created_fresh(&bob);
    assert_ne!(alice.json()["id"], bob.json()["id"]);

    let alice_again = create_account(&app, "alice", Some("shared-key"), GLOBEX).await;
    assert_replay_of(&alice_again, &alice);
    let bob_again = create_account(&app, "bob", Some("shared-key"), GLOBEX).await;
    assert_replay_of(&bob_again, &bob);
    assert_eq!(account_ids(&app).await.len(), 2);
}

/// A 409 is transient (here: the external id is taken until its holder changes), so it is not
/// recorded: each retry runs again, and succeeds once the conflict is gone.
async fn conflict_releases_the_key_so_a_retry_runs_again(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let holder = create_account(
        &app,
        "alice",
        None,
        r#"{"name": "Holder", "external_id": "EXT-1"}"#,
    )
    .await;
    assert_created_fresh(&holder);
    let wanted = r#"{"name": "Globex Corporation", "external_id": "EXT-1"}"#;

    let refused = create_account(&app, "alice", Some("ext-key"), wanted).await;
    refused.assert_problem(409, "external_id_taken");
    let refused_again = create_account(&app, "alice", Some("ext-key"), wanted).await;
    refused_again.assert_problem(409, "external_id_taken");
    assert_eq!(
        refused_again.header("idempotent-replayed"),
        None,
        "ran again, not replayed"
    );

    let token = app.token("alice", &[Role::SalesManager]);
    let location = holder.header("location").expect("a location");
    let moved = app
        .raw(
            "PATCH",
            location,
            &[
                ("authorization", &format!("Bearer {token}")),
                ("content-type", "application/merge-patch+json"),
                ("if-match", holder.header("etag").expect("an etag")),
            ],
            Some(r#"{"external_id": "EXT-2"}"#),
        )
        .await;
    assert_eq!(
        moved.status,
        200,
        "{}",
        String::from_utf8_lossy(&moved.body)
    );

    let created = create_account(&app, "alice", Some("ext-key"), wanted).await;
    assert_created_fresh(&created);
    let replay = create_account(&app, "alice", Some("ext-key"), wanted).await;
    assert_replay_of(&replay, &created);
    assert_eq!(account_ids(&app).await.len(), 2);
}

async fn requests_without_a_key_are_never_replayed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for _ in 0..2 {
        assert_created_fresh(&create_account(&app, "alice", None, GLOBEX).await);
    }
    assert_eq!(account_ids(&app).await.len(), 2);
}

async fn malformed_key_is_400_invalid_parameter(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let too_long = "k".repeat(256);
    for key in ["has space", too_long.as_str()] {
        let response = create_account(&app, "alice", Some(key), GLOBEX).await;
        response.assert_problem(400, "invalid_parameter");
    }
    assert!(account_ids(&app).await.is_empty());
}

/// A fixed instant for the store's clock (microseconds), far from the real one.
const T0: i64 = 1_900_000_000_000_000;

fn micros(duration: std::time::Duration) -> i64 {
    i64::try_from(duration.as_micros()).expect("a small duration")
}

fn claim<'a>(key: &'a str, request_hash: &'a str) -> KeyClaim<'a> {
    KeyClaim {
        principal: "alice",
        key,
        operation: "createAccount",
        request_hash,
    }
}

fn created() -> RecordedAnswer {
    RecordedAnswer {
        status: 201,
        headers: vec![
            ("content-type".to_owned(), "application/json".to_owned()),
            ("etag".to_owned(), "\"1\"".to_owned()),
        ],
        body: r#"{"id":"x"}"#.to_owned(),
    }
}

async fn expired_keys_count_as_absent_and_are_swept(backend: Backend) {
    let (store, _dir) = fresh_store(backend).await;
    let claimed = store
        .claim_idempotency_key(claim("k1", "h"), T0)
        .await
        .expect("a claim");
    assert_eq!(claimed, ClaimOutcome::Claimed { claimed_at: T0 });
    assert!(store
        .record_idempotent_answer("alice", "k1", T0, &created())
        .await
        .expect("recorded"));

    // Replayed until 24 hours after the first request, included.
    let last_moment = T0 + micros(RETENTION);
    let taken = store
        .claim_idempotency_key(claim("k1", "h"), last_moment)
        .await
        .expect("a claim");
    assert_eq!(
        taken,
        ClaimOutcome::Taken(KeyRecord {
            request_hash: "h".to_owned(),
            state: KeyState::Answered(created()),
        })
    );
    assert_eq!(
        store
            .sweep_expired_idempotency_keys(last_moment)
            .await
            .expect("a sweep"),
        0
    );

    // One microsecond later the row is absent for a claim, even before the sweeper deletes it,
    // and the old claim can no longer write to the key.
    let expired = last_moment + 1;
    let fresh = store
        .claim_idempotency_key(claim("k1", "another body"), expired)
        .await
        .expect("a claim");
    assert_eq!(
        fresh,
        ClaimOutcome::Claimed {
            claimed_at: expired
        }
    );
    assert!(!store
        .record_idempotent_answer("alice", "k1", T0, &created())
        .await
        .expect("no error"));

    // The sweeper deletes exactly the rows that expired.
    store
        .claim_idempotency_key(claim("k2", "h"), T0)
        .await
        .expect("a claim");
    store
        .record_idempotent_answer("alice", "k2", T0, &created())
        .await
        .expect("recorded");
    assert_eq!(
        store
            .sweep_expired_idempotency_keys(expired)
            .await
            .expect("a sweep"),
        1
    );
    let remaining: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM idempotency_keys")
        .fetch_one(store.pool())
        .await
        .expect("a count");
    assert_eq!(remaining, 1, "k1's new claim stays");
}

async fn pending_claim_is_taken_over_after_its_lease(backend: Backend) {
    let (store, _dir) = fresh_store(backend).await;
    store
        .claim_idempotency_key(claim("k", "h"), T0)
        .await
        .expect("a claim");
    let within = T0 + micros(PENDING_LEASE);
    let waiting = store
        .claim_idempotency_key(claim("k", "h"), within)
        .await
        .expect("a claim");
    assert_eq!(
        waiting,
        ClaimOutcome::Taken(KeyRecord {
            request_hash: "h".to_owned(),
            state: KeyState::InProgress,
        })
    );

    let after = within + 1;
    let taken_over = store
        .claim_idempotency_key(claim("k", "h"), after)
        .await
        .expect("a claim");
    assert_eq!(taken_over, ClaimOutcome::Claimed { claimed_at: after });
    assert!(
        !store
            .release_idempotency_key("alice", "k", T0)
            .await
            .expect("no error"),
        "the dead claim cannot release its successor"
    );
    assert!(store
        .release_idempotency_key("alice", "k", after)
        .await
        .expect("released"));
    let again = store
        .claim_idempotency_key(claim("k", "h"), after + 1)
        .await
        .expect("a claim");
    assert_eq!(
        again,
        ClaimOutcome::Claimed {
            claimed_at: after + 1
        }
    );
}

/// The fence that makes taking over a claim safe: a request fenced out by a retry commits nothing,
/// and a claim whose write committed is never handed to a retry (which would apply it twice), even
/// when its process died before recording the answer.
async fn a_write_commits_only_while_its_claim_holds_and_an_applied_claim_is_never_taken_over(
    backend: Backend,
) {
    let (store, _dir) = fresh_store(backend).await;
    let alice = |key: &str| Actor {
        subject: "alice".to_owned(),
        kind: opportunity_service::auth::PrincipalKind::User,
        is_admin: true,
        request_id: "fence".to_owned(),
        idempotency_claim: Some(IdempotencyClaim {
            key: key.to_owned(),
            claimed_at: T0,
            held_commit: HeldCommit::default(),
        }),
    };
    let fields = || AccountFields {
        name: "Globex Corporation".to_owned(),
        ..AccountFields::default()
    };
    let accounts = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM accounts")
            .fetch_one(store.pool())
            .await
            .expect("a count")
    };
    let after_lease = T0 + micros(PENDING_LEASE) + 1;

    // Fenced out: a retry took the claim over while the first request was still running.
    store
        .claim_idempotency_key(claim("slow", "h"), T0)
        .await
        .expect("a claim");
    store
        .claim_idempotency_key(claim("slow", "h"), after_lease)
        .await
        .expect("the retry's claim");
    let error = store
        .create_account(&alice("slow"), fields())
        .await
        .expect_err("the first request is fenced out");
    assert_eq!(error.status(), http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(accounts().await, 0);

    // A process that dies after its write but before its answer is recorded leaves neither: the
    // write waits, uncommitted, for the answer (dropping it here is the process dying), and the
    // retry, once the lease is out, runs the request again, exactly once.
    store
        .claim_idempotency_key(claim("died", "h"), T0)
        .await
        .expect("a claim");
    let dying = alice("died");
    store
        .create_account(&dying, fields())
        .await
        .expect("the write is done, its commit held for the answer");
    drop(dying);
    assert_eq!(accounts().await, 0, "nothing committed without its answer");
    let retry = store
        .claim_idempotency_key(claim("died", "h"), after_lease)
        .await
        .expect("a claim");
    assert_eq!(
        retry,
        ClaimOutcome::Claimed {
            claimed_at: after_lease
        }
    );

    // Committed with its answer: the write and the answer are there together, and a retry replays.
    store
        .claim_idempotency_key(claim("applied", "h"), T0)
        .await
        .expect("a claim");
    let applied = alice("applied");
    store
        .create_account(&applied, fields())
        .await
        .expect("the write is done, its commit held for the answer");
    let answer = RecordedAnswer {
        status: 201,
        headers: vec![("etag".to_owned(), "\"1\"".to_owned())],
        body: "{}".to_owned(),
    };
    let held = applied
        .idempotency_claim
        .as_ref()
        .map(|claim| claim.held_commit.clone())
        .expect("a claim");
    let recorded = answer.clone();
    let committed = Tx::commit_held(&held, |connection| {
        Box::pin(async move {
            record_answer_on(connection, "alice", "applied", T0, &recorded)
                .await
                .map(|_| ())
        })
    })
    .await
    .expect("the write commits with its answer");
    assert!(committed);
    assert_eq!(accounts().await, 1);
    let retry = store
        .claim_idempotency_key(claim("applied", "h"), after_lease)
        .await
        .expect("a claim");
    assert_eq!(
        retry,
        ClaimOutcome::Taken(KeyRecord {
            request_hash: "h".to_owned(),
            state: KeyState::Answered(answer),
        })
    );
}

/// A migrated store over a fresh database, for tests of the store alone.
async fn fresh_store(backend: Backend) -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let database_url = fresh_database(backend, dir.path()).await;
    let config = test_config(&database_url, dir.path(), 2, &[]);
    let store = Store::connect(&config).await.expect("connect");
    store.migrate().await.expect("migrate");
    (store, dir)
}
