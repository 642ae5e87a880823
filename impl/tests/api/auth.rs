//! Keys from a JWKS over HTTP, rate limits, CORS and the request timeout, seen through the live
//! server. (The attacks on tokens are in tests/security, against a Cognito emulation.)

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use opportunity_service::auth::{DevIssuer, Role};

use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    keys_come_from_the_jwks_and_rotation_is_fetched_once_per_floor,
    the_rate_limit_is_reached_and_recovers,
    cors_answers_only_the_configured_origins,
    a_request_over_the_timeout_is_a_503_problem,
);

pub(crate) const ISSUER: &str = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TEST";
pub(crate) const CLIENT: &str = "test-app-client";

/// A JWKS endpoint on a random port serving whatever `keys` holds, counting the fetches.
pub(crate) struct JwksServer {
    pub(crate) url: String,
    keys: Arc<Mutex<serde_json::Value>>,
    fetches: Arc<AtomicUsize>,
}

impl JwksServer {
    pub(crate) async fn start(keys: serde_json::Value) -> JwksServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!(
            "http://{}/.well-known/jwks.json",
            listener.local_addr().expect("address")
        );
        let keys = Arc::new(Mutex::new(keys));
        let fetches = Arc::new(AtomicUsize::new(0));
        let (served, counted) = (Arc::clone(&keys), Arc::clone(&fetches));
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    break;
                };
                let (served, counted) = (Arc::clone(&served), Arc::clone(&counted));
                tokio::spawn(async move {
                    let service = service_fn(move |_request| {
                        counted.fetch_add(1, Ordering::SeqCst);
                        let body = served.lock().expect("keys").to_string();
                        async move {
                            Ok::<_, Infallible>(
                                http::Response::builder()
                                    .header("content-type", "application/json")
                                    .body(Full::new(Bytes::from(body)))
                                    .expect("a response"),
                            )
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        JwksServer { url, keys, fetches }
    }

    fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }
}

fn token(issuer: &DevIssuer, subject: &str) -> String {
    let now = chrono::Utc::now().timestamp();
    issuer
        .sign(&serde_json::json!({
            "sub": subject,
            "iss": ISSUER,
            "client_id": CLIENT,
            "token_use": "access",
            "cognito:groups": ["Admin"],
            "iat": now,
            "exp": now + 300,
        }))
        .expect("a token")
}

async fn keys_come_from_the_jwks_and_rotation_is_fetched_once_per_floor(backend: Backend) {
    let first = DevIssuer::generate("key-1").expect("a key");
    let second = DevIssuer::generate("key-2").expect("a key");
    let jwks = JwksServer::start(first.jwks()).await;
    let app = TestApp::spawn_with(
        backend,
        &[
            "--environment",
            "production",
            "--token-issuer",
            ISSUER,
            "--token-client-id",
            CLIENT,
            "--jwks-url",
            &jwks.url,
            "--jwks-refresh-floor-secs",
            "2",
        ],
    )
    .await;
    assert_eq!(jwks.fetches(), 1, "fetched once at start-up");
    let accounts = |token: &str| {
        let bearer = format!("Bearer {token}");
        let app = &app;
        async move {
            app.raw("GET", "/v1/accounts", &[("authorization", &bearer)], None)
                .await
        }
    };

    let response = accounts(&token(&first, "alice")).await;
    assert_eq!(
        response.status,
        200,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(jwks.fetches(), 1, "a known key costs no fetch");

    // The issuer rotates to a new key: the first token naming it after the floor (2 s since the
    // last fetch) makes the service fetch again.
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    *jwks.keys.lock().expect("keys") = serde_json::json!({
        "keys": [first.jwks()["keys"][0], second.jwks()["keys"][0]]
    });
    assert_eq!(accounts(&token(&second, "bob")).await.status, 200);
    assert_eq!(jwks.fetches(), 2);

    // Tokens naming keys nobody has are refused; a burst of them within the floor costs no fetch,
    // and once the floor has passed, one.
    let stranger = DevIssuer::generate("key-unknown").expect("a key");
    for _ in 0..20 {
        let response = accounts(&token(&stranger, "mallory")).await;
        let problem = response.assert_problem(401, "invalid_token");
        assert!(
            problem["detail"]
                .as_str()
                .is_some_and(|detail| detail.contains("signing key")),
            "{problem}"
        );
        assert_eq!(
            response
                .header("www-authenticate")
                .map(|value| value.starts_with("Bearer error=\"invalid_token\"")),
            Some(true)
        );
    }
    assert_eq!(jwks.fetches(), 2);
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    for _ in 0..5 {
        let response = accounts(&token(&stranger, "mallory")).await;
        response.assert_problem(401, "invalid_token");
    }
    assert_eq!(jwks.fetches(), 3);
}

async fn the_rate_limit_is_reached_and_recovers(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &["--rate-limit-per-second", "4", "--rate-limit-burst", "3"],
    )
    .await;
    let alice = format!("Bearer {}", app.token("alice", &[Role::SalesManager]));
    let bob = format!("Bearer {}", app.token("bob", &[Role::SalesManager]));
    let get = |bearer: &str| {
        let bearer = bearer.to_owned();
        let app = &app;
        async move {
            app.raw("GET", "/v1/accounts", &[("authorization", &bearer)], None)
                .await
        }
    };
    for remaining in ["2", "1", "0"] {
        let response = get(&alice).await;
        assert_eq!(response.status, 200);
        assert_eq!(response.header("ratelimit-limit"), Some("3"));
        assert_eq!(response.header("ratelimit-remaining"), Some(remaining));
    }
    let refused = get(&alice).await;
    refused.assert_problem(429, "rate_limited");
    assert_eq!(refused.header("retry-after"), Some("1"));
    assert_eq!(refused.header("ratelimit-remaining"), Some("0"));
    assert_eq!(
        get(&bob).await.status,
        200,
        "each principal has a budget of its own"
    );

    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(get(&alice).await.status, 200, "the budget refills");
}

async fn cors_answers_only_the_configured_origins(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            "--cors-allowed-origins",
            "https://app.example.com,https://crm.example.org",
        ],
    )
    .await;
    let preflight = app
        .raw(
            "OPTIONS",
            "/v1/opportunities",
            &[
                ("origin", "https://app.example.com"),
                ("access-control-request-method", "POST"),
                (
                    "access-control-request-headers",
                    "authorization, content-type",
                ),
            ],
            None,
        )
        .await;
    assert_eq!(preflight.status, 204);
    assert_eq!(
        preflight.header("access-control-allow-origin"),
        Some("https://app.example.com")
    );
    assert!(preflight
        .header("access-control-allow-headers")
        .is_some_and(|headers| headers.contains("Authorization") && headers.contains("If-Match")));
    assert_eq!(preflight.header("access-control-allow-credentials"), None);

    let foreign = app
        .raw(
            "OPTIONS",
            "/v1/opportunities",
            &[
                ("origin", "https://evil.example.net"),
                ("access-control-request-method", "POST"),
            ],
            None,
        )
        .await;
    assert_eq!(foreign.header("access-control-allow-origin"), None);
    foreign.assert_problem(405, "method_not_allowed");

    let bearer = format!("Bearer {}", app.token("alice", &[Role::SalesManager]));
    let allowed = app
        .raw(
            "GET",
            "/v1/accounts",
            &[
                ("authorization", &bearer),
                ("origin", "https://crm.example.org"),
            ],
            None,
        )
        .await;
    assert_eq!(allowed.status, 200);
    assert_eq!(
        allowed.header("access-control-allow-origin"),
        Some("https://crm.example.org")
    );
    assert!(allowed
        .header("access-control-expose-headers")
        .is_some_and(|headers| headers.contains("ETag")));
    assert_eq!(allowed.header("vary"), Some("Origin"));
    let other = app
        .raw(
            "GET",
            "/v1/accounts",
            &[
                ("authorization", &bearer),
                ("origin", "https://evil.example.net"),
            ],
            None,
        )
        .await;
    assert_eq!(other.header("access-control-allow-origin"), None);
}

async fn a_request_over_the_timeout_is_a_503_problem(backend: Backend) {
    let app = TestApp::spawn_with(backend, &["--request-timeout-ms", "300"]).await;
    // Another client holds a lock that every new account has to wait for.
    let mut blocker = app.database().await;
    let lock = match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN; LOCK TABLE accounts IN EXCLUSIVE MODE",
    };
    sqlx::raw_sql(lock)
        .execute(&mut blocker)
        .await
        .expect("take the lock");
    let bearer = format!("Bearer {}", app.token("alice", &[Role::SalesManager]));
    let response = app
        .raw(
            "POST",
            "/v1/accounts",
            &[
                ("authorization", &bearer),
                ("content-type", "application/json"),
            ],
            Some(r#"{"name":"Slow Ltd"}"#),
        )
        .await;
    let problem = response.assert_problem(503, "timeout");
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|detail| detail.contains("Idempotency-Key")),
        "{problem}"
    );
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut blocker)
        .await
        .expect("release the lock");
    // Nothing was half-written: the abandoned insert rolled back.
    let listed = app
        .raw("GET", "/v1/accounts", &[("authorization", &bearer)], None)
        .await;
    assert_eq!(listed.json()["data"], serde_json::json!([]));
}
