//! The database failing under a request is the client's 503 (`unavailable`, with `Retry-After`),
//! never a 500: a 500 says "our bug, do not retry", and a database restart or a statement timeout
//! is neither. PostgreSQL only: these faults (a session terminated by the server, a statement
//! cancelled by its timeout) are PostgreSQL's; SQLite's busy database is the statement timeout's
//! counterpart and is classified by the same table (unit-tested in `store::fault`).

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::{connect::HttpConnector, Client as Hyper};
use hyper_util::rt::TokioExecutor;
use opportunity_service::auth::Role;
use sqlx::Connection as _;

use crate::helpers::{Backend, TestApp};
use crate::sales;

/// Sends `createOpportunity` as a Sales Manager and returns the raw answer.
async fn create_opportunity(
    app: &TestApp,
    token: &str,
    account: &str,
    name: &str,
) -> crate::helpers::RawResponse {
    let body = serde_json::json!({"name": name, "account_id": account, "currency": "EUR"});
    app.raw(
        "POST",
        "/v1/opportunities",
        &[
            ("authorization", &format!("Bearer {token}")),
            ("content-type", "application/json"),
        ],
        Some(&body.to_string()),
    )
    .await
}

fn assert_retryable(response: &crate::helpers::RawResponse) {
    response.assert_problem(503, "unavailable");
    assert_eq!(response.header("retry-after"), Some("1"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_statement_timeout_answers_503_with_retry_after() {
    let app = TestApp::spawn_with(Backend::Postgres, &["--db-statement-timeout-ms", "300"]).await;
    let account = sales::an_account(&app).await.to_string();
    let token = app.token("sm-1", &[Role::SalesManager]);

    // Another session holds the opportunities table: the service's insert waits for the lock
    // until its statement timeout cancels it (SQLSTATE 57014).
    let mut blocker = app.database().await;
    sqlx::query("BEGIN")
        .execute(&mut blocker)
        .await
        .expect("begin");
    sqlx::query("LOCK TABLE opportunities IN ACCESS EXCLUSIVE MODE")
        .execute(&mut blocker)
        .await
        .expect("lock the table");
    let response = create_opportunity(&app, &token, &account, "Blocked").await;
    assert_retryable(&response);
    sqlx::query("ROLLBACK")
        .execute(&mut blocker)
        .await
        .expect("rollback");
    blocker.close().await.expect("close");

    // Nothing of the cancelled write remains, and the same request now succeeds.
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
    let response = create_opportunity(&app, &token, &account, "Blocked").await;
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_terminated_by_the_server_answer_503_or_succeed_never_500() {
    let app = TestApp::spawn(Backend::Postgres).await;
    let account = sales::an_account(&app).await.to_string();
    let token = app.token("sm-1", &[Role::SalesManager]);

    // What an administrator's pg_terminate_backend, a failover or `pg_ctl restart -m fast` does to
    // the service's sessions (SQLSTATE 57P01, then a closed socket), over and over while requests
    // run.
    let terminator = {
        let mut admin = app.database().await;
        tokio::spawn(async move {
            for _ in 0..60 {
                sqlx::query(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = current_database() AND pid <> pg_backend_pid() \
                     AND usename = current_user AND backend_type = 'client backend'",
                )
                .execute(&mut admin)
                .await
                .expect("terminate the service's sessions");
                tokio::time::sleep(Duration::from_millis(15)).await;
            }
        })
    };
    let mut writers = Vec::new();
    for writer in 0..4 {
        let (app_url, token, account) = (app.base_url.clone(), token.clone(), account.clone());
        writers.push(tokio::spawn(async move {
            let client = Writer::new(app_url);
            let mut statuses = Vec::new();
            for n in 0..40 {
                let name = format!("Writer {writer} deal {n}");
                statuses.push(client.create(&token, &account, &name).await);
            }
            statuses
        }));
    }
    let mut answers = Vec::new();
    for writer in writers {
        answers.extend(writer.await.expect("a writer"));
    }
    terminator.await.expect("the terminator");

    let mut created = 0;
    for (status, retry_after, code) in &answers {
        match status {
            201 => created += 1,
            503 => {
                assert_eq!(code.as_deref(), Some("unavailable"));
                assert_eq!(retry_after.as_deref(), Some("1"));
            }
            other => panic!("a write answered {other} ({code:?}) while sessions were terminated"),
        }
    }
    // The terminations did reach requests in flight (about half of them, in practice).
    assert!(
        created < answers.len() as i64,
        "no request met a terminated session"
    );
    // Every write answered 201 is stored, and no other (each one is a single transaction).
    assert_eq!(sales::stored(&app, "opportunities").await, created);
}

/// A client of its own for one task: sends createOpportunity and keeps what a retrying client
/// looks at.
struct Writer {
    base_url: String,
    hyper: Hyper<HttpConnector, Full<Bytes>>,
}

impl Writer {
    fn new(base_url: String) -> Self {
        Self {
            base_url,
            hyper: Hyper::builder(TokioExecutor::new()).build_http(),
        }
    }

    /// Status, Retry-After and problem code of one createOpportunity.
    async fn create(
        &self,
        token: &str,
        account: &str,
        name: &str,
    ) -> (u16, Option<String>, Option<String>) {
        let body = serde_json::json!({"name": name, "account_id": account, "currency": "EUR"});
        let request = http::Request::post(format!("{}/v1/opportunities", self.base_url))
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(body.to_string())))
            .expect("a request");
        let response = self.hyper.request(request).await.expect("a response");
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let body = response
            .into_body()
            .collect()
            .await
            .expect("a body")
            .to_bytes();
        let code = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|problem| problem["code"].as_str().map(str::to_owned));
        (status, retry_after, code)
    }
}
