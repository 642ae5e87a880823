//! Connections survive early answers: a pooled client (every SDK is one) sends its next request
//! on the connection the previous answer left open, so an answer given before the body was read
//! must either leave the connection clean or say `Connection: close`.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt as _, Full, StreamBody};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use opportunity_service::auth::Role;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    a_pooled_client_sees_no_connection_error_after_early_answers,
    a_body_sent_late_after_an_early_answer_keeps_the_connection,
    expect_continue_gets_the_final_status_without_sending_the_body,
    expect_continue_gets_100_then_the_answer_when_accepted,
);

/// One kind of request the mix sends, with the status it must get.
struct Kind {
    method: &'static str,
    path: String,
    headers: Vec<(&'static str, String)>,
    body: Bytes,
    status: u16,
}

fn mix(app: &TestApp, account_id: &str) -> Vec<Kind> {
    let admin = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let nobody = format!("Bearer {}", app.token("nobody", &[]));
    let account = Bytes::from_static(br#"{"name":"Initech","country":"DE"}"#);
    let json = ("content-type", "application/json".to_owned());
    vec![
        // 401 before the body is read.
        Kind {
            method: "POST",
            path: "/v1/accounts".to_owned(),
            headers: vec![json.clone()],
            body: account.clone(),
            status: 401,
        },
        // 403: a valid token without a role.
        Kind {
            method: "POST",
            path: "/v1/accounts".to_owned(),
            headers: vec![json.clone(), ("authorization", nobody)],
            body: account.clone(),
            status: 403,
        },
        // 428: a write without If-Match, refused from its headers.
        Kind {
            method: "PATCH",
            path: format!("/v1/accounts/{account_id}"),
            headers: vec![
                ("content-type", "application/merge-patch+json".to_owned()),
                ("authorization", admin.clone()),
            ],
            body: Bytes::from_static(br#"{"name":"Initrode"}"#),
            status: 428,
        },
        // 413: more than the 1 MiB limit; the rest of the body stays unread.
        Kind {
            method: "POST",
            path: "/v1/accounts".to_owned(),
            headers: vec![json.clone(), ("authorization", admin.clone())],
            body: Bytes::from(vec![b' '; 1_100_000]),
            status: 413,
        },
        // 404 from routing, with a body.
        Kind {
            method: "POST",
            path: "/v1/nothing-here".to_owned(),
            headers: vec![json.clone()],
            body: account.clone(),
            status: 404,
        },
        // Accepted requests between them.
        Kind {
            method: "GET",
            path: format!("/v1/accounts/{account_id}"),
            headers: vec![("authorization", admin.clone())],
            body: Bytes::new(),
            status: 200,
        },
        Kind {
            method: "POST",
            path: "/v1/accounts".to_owned(),
            headers: vec![json, ("authorization", admin)],
            body: account,
            status: 201,
        },
    ]
}

async fn a_pooled_client_sees_no_connection_error_after_early_answers(backend: Backend) {
    let app = TestApp::spawn_with(backend, &["--rate-limit-burst", "100000"]).await;
    let created = app
        .raw(
            "POST",
            "/v1/accounts",
            &[
                (
                    "authorization",
                    &format!("Bearer {}", app.token("admin-1", &[Role::Admin])),
                ),
                ("content-type", "application/json"),
            ],
            Some(r#"{"name":"Globex","country":"DE"}"#),
        )
        .await;
    assert_eq!(created.status, 201);
    let account_id = created.json()["id"].as_str().expect("an id").to_owned();
    let kinds = std::sync::Arc::new(mix(&app, &account_id));
    // A small pool, as SDKs keep: every request after the first reuses a connection. Like Python
    // requests for a POST, the client does not quietly resend a request a closed connection ate.
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(2)
        .retry_canceled_requests(false)
        .build_http::<UnsyncBoxBody<Bytes, std::convert::Infallible>>();
    let mut workers = Vec::new();
    for worker in 0..2usize {
        let client = client.clone();
        let kinds = std::sync::Arc::clone(&kinds);
        let base = app.base_url.clone();
        workers.push(tokio::spawn(async move {
            let mut failures = Vec::new();
            for round in 0..500usize {
                let kind = &kinds[(round * 3 + worker) % kinds.len()];
                let mut request = http::Request::builder()
                    .method(kind.method)
                    .uri(format!("{base}{}", kind.path));
                for (name, value) in &kind.headers {
                    request = request.header(*name, value);
                }
                // Every other request sends its body a little after its head, as a client on a
                // real network does: the early answer is then ready before the body has arrived.
                let body = if round % 2 == 0 || kind.body.is_empty() {
                    Full::new(kind.body.clone()).boxed_unsync()
                } else {
                    delayed(kind.body.clone())
                };
                let request = request
                    .header("content-length", kind.body.len())
                    .body(body)
                    .expect("a request");
                match client.request(request).await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let _ = response.into_body().collect().await;
                        if status != kind.status {
                            failures.push(format!(
                                "{} {}: {status}, expected {}",
                                kind.method, kind.path, kind.status
                            ));
                        }
                    }
                    Err(error) => failures.push(format!(
                        "{} {}: connection error {error:?}",
                        kind.method, kind.path
                    )),
                }
            }
            failures
        }));
    }
    let mut failures = Vec::new();
    for worker in workers {
        failures.extend(worker.await.expect("the worker finishes"));
    }
    assert!(
        failures.is_empty(),
        "{} of 1000 requests failed: {:?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
}

/// A body whose bytes follow its head after 5 ms.
fn delayed(bytes: Bytes) -> UnsyncBoxBody<Bytes, std::convert::Infallible> {
    let frame = async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        Ok(hyper::body::Frame::data(bytes))
    };
    StreamBody::new(futures::stream::once(frame)).boxed_unsync()
}

/// A response read off a raw socket: status line, headers (lower-case names) and body.
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Reads one response (with a `Content-Length` body) from `stream`; `None` when the server closed
/// the connection first.
async fn read_response(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Raw> {
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break end + 4;
        }
        let mut chunk = [0u8; 4096];
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk))
            .await
            .expect("an answer within 10 s")
            .ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        let mut chunk = [0u8; 4096];
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    let body = buffer[head_end..head_end + length].to_vec();
    buffer.drain(..head_end + length);
    Some(Raw {
        status,
        headers,
        body,
    })
}

fn address(app: &TestApp) -> String {
    app.base_url.trim_start_matches("http://").to_owned()
}

async fn a_body_sent_late_after_an_early_answer_keeps_the_connection(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut stream = TcpStream::connect(address(&app)).await.expect("connect");
    let body = br#"{"name":"Initech","country":"DE"}"#;
    let head = format!(
        "POST /v1/accounts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .await
        .expect("send the head");
    // The client takes its time with the body, as a slow network would.
    tokio::time::sleep(Duration::from_millis(300)).await;
    stream
        .write_all(body)
        .await
        .expect("the body is accepted, not a broken pipe");
    let mut buffer = Vec::new();
    let refused = read_response(&mut stream, &mut buffer)
        .await
        .expect("the 401");
    assert_eq!(refused.status, 401);
    assert_ne!(refused.header("connection"), Some("close"));
    stream
        .write_all(b"GET /v1/health/live HTTP/1.1\r\nHost: test\r\n\r\n")
        .await
        .expect("the next request goes out on the same connection");
    let next = read_response(&mut stream, &mut buffer)
        .await
        .expect("the next request is answered on the same connection");
    assert_eq!(next.status, 200, "{}", String::from_utf8_lossy(&next.body));
}

async fn expect_continue_gets_the_final_status_without_sending_the_body(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut stream = TcpStream::connect(address(&app)).await.expect("connect");
    stream
        .write_all(
            b"POST /v1/accounts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
              Content-Length: 34\r\nExpect: 100-continue\r\n\r\n",
        )
        .await
        .expect("send the head");
    let mut buffer = Vec::new();
    let refused = read_response(&mut stream, &mut buffer)
        .await
        .expect("a final answer without the body");
    assert_eq!(refused.status, 401, "no 100 Continue for a refused request");
    assert_eq!(
        refused.header("connection"),
        Some("close"),
        "the body was never read: the connection must be announced closed"
    );
}

async fn expect_continue_gets_100_then_the_answer_when_accepted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.token("admin-1", &[Role::Admin]);
    let mut stream = TcpStream::connect(address(&app)).await.expect("connect");
    let body = br#"{"name":"Initech","country":"DE"}"#;
    let head = format!(
        "POST /v1/accounts HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n\
         Authorization: Bearer {token}\r\nContent-Length: {}\r\nExpect: 100-continue\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .await
        .expect("send the head");
    let mut buffer = Vec::new();
    let interim = read_response(&mut stream, &mut buffer)
        .await
        .expect("100 Continue");
    assert_eq!(interim.status, 100);
    stream.write_all(body).await.expect("send the body");
    let created = read_response(&mut stream, &mut buffer)
        .await
        .expect("the answer");
    assert_eq!(
        created.status,
        201,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    assert_ne!(created.header("connection"), Some("close"));
}
