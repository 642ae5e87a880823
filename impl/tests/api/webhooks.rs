//! Webhooks: real HTTP receivers on 127.0.0.1 (the development setting that allows them), signed
//! deliveries, retries, the delivery log, disabling and re-enabling, and the SSRF guard.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use bytes::Bytes;
use hmac::{Hmac, Mac as _};
use http_body_util::{BodyExt as _, Full};
use opportunity_api::models;
use opportunity_api::{
    ApiNoContext as _, CreateWebhookSubscriptionResponse, DeleteWebhookSubscriptionResponse,
    GetWebhookSubscriptionResponse, ListAuditEventsResponse, ListChangeEventsResponse,
    ListWebhookDeliveriesResponse, RedeliverWebhooksResponse, RotateWebhookSecretResponse,
    SendTestWebhookResponse, UpdateWebhookSubscriptionResponse,
};
use sha2::Sha256;

use crate::gdpr::new_account;
use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    a_change_is_delivered_signed_per_standard_webhooks,
    a_receiver_down_then_up_gets_every_event_once_in_feed_order,
    failed_attempts_are_retried_and_logged_with_code_and_truncated_body,
    a_slow_receiver_times_out_and_is_retried,
    a_subscription_that_keeps_failing_is_disabled_and_an_admin_re_enables_it,
    a_rotated_secret_signs_beside_the_new_one_and_test_events_arrive,
    internal_urls_are_refused_at_subscription_time,
    redirects_are_not_followed,
    subscription_changes_are_audited_without_urls_or_secrets,
    at_most_max_subscriptions_even_when_created_at_once,
    a_keyed_answer_keeps_its_secret_sealed_and_its_replay_shows_it,
);

/// What a receiver answers.
#[derive(Debug, Clone)]
enum Answer {
    Status(u16),
    /// `status` with a body of `bytes` bytes.
    Body(u16, usize),
    Slow(Duration),
    Redirect(String),
}

/// One request a receiver got.
#[derive(Debug, Clone)]
struct Received {
    id: String,
    timestamp: String,
    signature: String,
    body: String,
}

#[derive(Default)]
struct ReceiverState {
    /// Answers for the next requests, in order; then 204.
    script: Vec<Answer>,
    received: Vec<Received>,
}

/// An HTTP receiver on 127.0.0.1 that records every request.
struct Receiver {
    port: u16,
    state: Arc<Mutex<ReceiverState>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Receiver {
    async fn start() -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a receiver");
        let port = listener.local_addr().expect("an address").port();
        let mut receiver = Receiver {
            port,
            state: Arc::new(Mutex::new(ReceiverState::default())),
            task: None,
        };
        receiver.serve(listener);
        receiver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hooks", self.port)
    }

    fn serve(&mut self, listener: tokio::net::TcpListener) {
        let state = self.state.clone();
        self.task = Some(tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let state = state.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| {
                        let state = state.clone();
                        async move { Ok::<_, std::convert::Infallible>(answer(state, request).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                        .await;
                });
            }
        }));
    }

    /// Stops listening: connections are refused until [`Receiver::up`].
    fn down(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }

    async fn up(&mut self) {
        let mut tries = 0;
        let listener = loop {
            match tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await {
                Ok(listener) => break listener,
                Err(error) if tries < 50 => {
                    tries += 1;
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(error) => panic!("rebind the receiver: {error}"),
            }
        };
        self.serve(listener);
    }

    fn script(&self, answers: Vec<Answer>) {
        self.state.lock().expect("the receiver").script = answers;
    }

    fn received(&self) -> Vec<Received> {
        self.state.lock().expect("the receiver").received.clone()
    }

    /// Waits until `done` holds for what was received (or panics after 20 s).
    async fn wait_for(&self, what: &str, done: impl Fn(&[Received]) -> bool) -> Vec<Received> {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let received = self.received();
            if done(&received) {
                return received;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "receiver: {what} not seen in 20 s; got {received:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn answer(
    state: Arc<Mutex<ReceiverState>>,
    request: http::Request<hyper::body::Incoming>,
) -> http::Response<Full<Bytes>> {
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let (id, timestamp, signature) = (
        header("webhook-id"),
        header("webhook-timestamp"),
        header("webhook-signature"),
    );
    let body = request
        .into_body()
        .collect()
        .await
        .map(|body| body.to_bytes())
        .unwrap_or_default();
    let next = {
        let mut state = state.lock().expect("the receiver");
        state.received.push(Received {
            id,
            timestamp,
            signature,
            body: String::from_utf8_lossy(&body).into_owned(),
        });
        if state.script.is_empty() {
            Answer::Status(204)
        } else {
            state.script.remove(0)
        }
    };
    let respond = |status: u16, body: Vec<u8>| {
        http::Response::builder()
            .status(status)
            .body(Full::new(Bytes::from(body)))
            .expect("a response")
    };
    match next {
        Answer::Status(status) => respond(status, Vec::new()),
        Answer::Body(status, bytes) => respond(status, vec![b'x'; bytes]),
        Answer::Slow(pause) => {
            tokio::time::sleep(pause).await;
            respond(204, Vec::new())
        }
        Answer::Redirect(location) => http::Response::builder()
            .status(302)
            .header("location", location)
            .body(Full::new(Bytes::new()))
            .expect("a response"),
    }
}

/// The service with local receivers allowed and fast retries (`retry_base_ms`, then 60x, ...).
async fn spawn(backend: Backend, retry_base_ms: &str, timeout_ms: &str) -> TestApp {
    TestApp::spawn_with(
        backend,
        &[
            "--webhook-allow-loopback-http",
            "--webhook-retry-base-ms",
            retry_base_ms,
            "--webhook-timeout-ms",
            timeout_ms,
        ],
    )
    .await
}

async fn subscribe(
    app: &TestApp,
    url: &str,
    types: Option<Vec<&str>>,
) -> (models::WebhookSubscription, String) {
    let mut create = models::WebhookSubscriptionCreate::new(url.to_owned());
    create.event_types = types.map(|types| types.into_iter().map(str::to_owned).collect());
    match app
        .admin()
        .create_webhook_subscription(create, None)
        .await
        .expect("a response")
    {
        CreateWebhookSubscriptionResponse::Created { body, .. } => (body.subscription, body.secret),
        other => panic!("subscription not created: {other:?}"),
    }
}

/// Whether `received` carries a valid `v1` signature by `secret` (computed here from the
/// specification, not by the service's code).
fn signed_by(received: &Received, secret: &str) -> bool {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").expect("a whsec_ secret"))
        .expect("base64");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("a key");
    mac.update(format!("{}.{}.{}", received.id, received.timestamp, received.body).as_bytes());
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    received
        .signature
        .split(' ')
        .any(|signature| signature == expected)
}

async fn deliveries(app: &TestApp, subscription: uuid::Uuid) -> Vec<models::WebhookDelivery> {
    match app
        .admin()
        .list_webhook_deliveries(subscription, Some(200), None)
        .await
        .expect("a response")
    {
        ListWebhookDeliveriesResponse::Ok(page) => page.data,
        other => panic!("deliveries not listed: {other:?}"),
    }
}

async fn feed_ids(app: &TestApp) -> Vec<uuid::Uuid> {
    match app
        .admin()
        .list_change_events(Some(200), None, None, None)
        .await
        .expect("a response")
    {
        ListChangeEventsResponse::Ok(page) => page.data.into_iter().map(|event| event.id).collect(),
        other => panic!("feed not read: {other:?}"),
    }
}

async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !check().await {
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: not within 20 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn a_change_is_delivered_signed_per_standard_webhooks(backend: Backend) {
    let app = spawn(backend, "50", "2000").await;
    let receiver = Receiver::start().await;
    let (subscription, secret) = subscribe(&app, &receiver.url(), None).await;
    assert!(secret.starts_with("whsec_"));
    let globex = new_account(&app, "Globex").await;
    let received = receiver
        .wait_for("one delivery", |got| !got.is_empty())
        .await;
    let delivery = &received[0];
    assert!(signed_by(delivery, &secret), "bad signature: {delivery:?}");
    let now = chrono::Utc::now().timestamp();
    let at: i64 = delivery.timestamp.parse().expect("Unix seconds");
    assert!((now - at).abs() < 300);
    let body: serde_json::Value = serde_json::from_str(&delivery.body).expect("JSON");
    assert_eq!(body["type"], "account.created");
    assert_eq!(body["data"]["resource_id"], globex.id.to_string());
    assert_eq!(
        body["data"]["id"], delivery.id,
        "webhook-id is the event id"
    );
    let feed = feed_ids(&app).await;
    assert_eq!(feed, [delivery.id.parse::<uuid::Uuid>().expect("a uuid")]);
    // A tampered body does not verify.
    let mut forged = delivery.clone();
    forged.body = forged.body.replace("account.created", "account.deleted");
    assert!(!signed_by(&forged, &secret));
    wait_until("the log says delivered", || async {
        deliveries(&app, subscription.id)
            .await
            .first()
            .is_some_and(|logged| {
                logged.status == models::WebhookDeliveryStatus::Delivered
                    && logged.attempts == 1
                    && logged.last_status_code == swagger::Nullable::Present(204)
            })
    })
    .await;
    // Exactly one request: nothing delivered twice on a healthy path.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(receiver.received().len(), 1);
}

async fn a_receiver_down_then_up_gets_every_event_once_in_feed_order(backend: Backend) {
    let app = spawn(backend, "30", "2000").await;
    let mut receiver = Receiver::start().await;
    subscribe(&app, &receiver.url(), None).await;
    receiver.down();
    for index in 0..5 {
        new_account(&app, &format!("Account {index}")).await;
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(receiver.received().is_empty());
    receiver.up().await;
    let received = receiver
        .wait_for("five distinct events", |got| {
            got.iter()
                .map(|r| r.id.clone())
                .collect::<HashSet<_>>()
                .len()
                == 5
        })
        .await;
    // An idempotent receiver keeps the first of each id: in feed order, none missing.
    let mut seen = HashSet::new();
    let first_of_each: Vec<uuid::Uuid> = received
        .iter()
        .filter(|r| seen.insert(r.id.clone()))
        .map(|r| r.id.parse().expect("a uuid"))
        .collect();
    assert_eq!(first_of_each, feed_ids(&app).await);
}

async fn failed_attempts_are_retried_and_logged_with_code_and_truncated_body(backend: Backend) {
    // The first retry comes about a second later: time to read the log in between.
    let app = spawn(backend, "1000", "2000").await;
    let receiver = Receiver::start().await;
    receiver.script(vec![Answer::Body(500, 100_000)]);
    let (subscription, _) = subscribe(&app, &receiver.url(), None).await;
    new_account(&app, "Globex").await;
    let first = receiver
        .wait_for("a first attempt", |got| !got.is_empty())
        .await;
    wait_until("the failure is logged", || async {
        deliveries(&app, subscription.id)
            .await
            .first()
            .is_some_and(|logged| {
                logged.attempts == 1 && logged.last_status_code == swagger::Nullable::Present(500)
            })
    })
    .await;
    let logged = deliveries(&app, subscription.id).await;
    assert_eq!(logged[0].status, models::WebhookDeliveryStatus::Pending);
    assert!(matches!(
        &logged[0].next_attempt_at,
        swagger::Nullable::Present(_)
    ));
    assert!(
        matches!(&logged[0].last_response, swagger::Nullable::Present(body) if body.len() == 1024 && body.chars().all(|c| c == 'x')),
        "{:?}",
        logged[0]
    );
    assert!(
        matches!(&logged[0].last_error, swagger::Nullable::Present(error) if error.contains("500"))
    );
    let received = receiver.wait_for("a retry", |got| got.len() >= 2).await;
    assert_eq!(received[1].id, first[0].id, "a retry keeps the webhook-id");
    wait_until("the retry is logged as delivered", || async {
        deliveries(&app, subscription.id)
            .await
            .first()
            .is_some_and(|logged| {
                logged.status == models::WebhookDeliveryStatus::Delivered && logged.attempts == 2
            })
    })
    .await;
}

async fn a_slow_receiver_times_out_and_is_retried(backend: Backend) {
    let app = spawn(backend, "20", "300").await;
    let receiver = Receiver::start().await;
    receiver.script(vec![Answer::Slow(Duration::from_millis(1_500))]);
    let (subscription, _) = subscribe(&app, &receiver.url(), None).await;
    new_account(&app, "Globex").await;
    wait_until("a timed-out attempt then a delivery", || async {
        deliveries(&app, subscription.id)
            .await
            .first()
            .is_some_and(|logged| {
                logged.status == models::WebhookDeliveryStatus::Delivered && logged.attempts == 2
            })
    })
    .await;
}

async fn a_subscription_that_keeps_failing_is_disabled_and_an_admin_re_enables_it(
    backend: Backend,
) {
    let app = spawn(backend, "0", "2000").await;
    let receiver = Receiver::start().await;
    receiver.script(vec![Answer::Status(503); 8]);
    let (subscription, _) = subscribe(&app, &receiver.url(), None).await;
    new_account(&app, "Globex").await;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let (body, e_tag) = loop {
        match app
            .admin()
            .get_webhook_subscription(subscription.id)
            .await
            .expect("a response")
        {
            GetWebhookSubscriptionResponse::Ok { body, e_tag } if !body.enabled => {
                break (body, e_tag)
            }
            _ => {
                assert!(std::time::Instant::now() < deadline, "not disabled in 20 s");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    assert!(
        matches!(&body.disabled_reason, swagger::Nullable::Present(reason) if reason.contains("8 attempts") && reason.contains("503")),
        "{body:?}"
    );
    assert_eq!(receiver.received().len(), 8);
    let audited = audit_rows(&app, subscription.id).await;
    assert!(
        audited.iter().any(
            |(actor, kind, action, fields)| actor == "system:webhook-dispatcher"
                && kind == "user"
                && action == "update"
                && fields == &["enabled", "disabled_reason"]
        ),
        "the dispatcher's disabling is audited: {audited:?}"
    );
    let logged = deliveries(&app, subscription.id).await;
    assert_eq!(logged[0].status, models::WebhookDeliveryStatus::Failed);
    // Disabled: a new event is queued but not sent.
    new_account(&app, "Initech").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(receiver.received().len(), 8);

    // The failed event, redelivered by hand while disabled; once re-enabled it goes first and
    // the event queued meanwhile follows.
    let failed_event = logged[0].event_id;
    match app
        .admin()
        .redeliver_webhooks(
            subscription.id,
            models::RedeliveryRequest {
                event_id: Some(failed_event),
                after: None,
            },
            None,
        )
        .await
        .expect("a response")
    {
        RedeliverWebhooksResponse::Accepted(accepted) => assert_eq!(accepted.queued, 1),
        other => panic!("not redelivered: {other:?}"),
    }
    let mut patch = models::WebhookSubscriptionPatch::new();
    patch.enabled = Some(true);
    match app
        .admin()
        .update_webhook_subscription(subscription.id, e_tag, patch)
        .await
        .expect("a response")
    {
        UpdateWebhookSubscriptionResponse::Ok { body, .. } => {
            assert!(body.enabled);
            assert_eq!(body.disabled_reason, swagger::Nullable::Null);
        }
        other => panic!("not re-enabled: {other:?}"),
    }
    let received = receiver
        .wait_for("both events", |got| got.len() >= 10)
        .await;
    assert_eq!(received[8].id, failed_event.to_string());
}

async fn a_rotated_secret_signs_beside_the_new_one_and_test_events_arrive(backend: Backend) {
    let app = spawn(backend, "50", "2000").await;
    let receiver = Receiver::start().await;
    let (subscription, old_secret) = subscribe(&app, &receiver.url(), None).await;
    let new_secret = match app
        .admin()
        .rotate_webhook_secret(subscription.id, None)
        .await
        .expect("a response")
    {
        RotateWebhookSecretResponse::Ok { body, .. } => {
            assert!(matches!(
                body.subscription.previous_secret_expires_at,
                swagger::Nullable::Present(_)
            ));
            body.secret
        }
        other => panic!("not rotated: {other:?}"),
    };
    assert_ne!(new_secret, old_secret);
    match app
        .admin()
        .send_test_webhook(subscription.id, None)
        .await
        .expect("a response")
    {
        SendTestWebhookResponse::Accepted(delivery) => {
            assert_eq!(delivery.event_type, "webhook.test");
        }
        other => panic!("no test event: {other:?}"),
    }
    let received = receiver
        .wait_for("the test event", |got| !got.is_empty())
        .await;
    assert!(received[0].body.contains("webhook.test"));
    assert!(signed_by(&received[0], &old_secret));
    assert!(signed_by(&received[0], &new_secret));
    assert_eq!(received[0].signature.split(' ').count(), 2);
    // The secret is never shown again.
    let raw = app
        .raw(
            "GET",
            &format!("/v1/webhook-subscriptions/{}", subscription.id),
            &[(
                "authorization",
                format!(
                    "Bearer {}",
                    app.token("admin-1", &[opportunity_service::auth::Role::Admin])
                )
                .as_str(),
            )],
            None,
        )
        .await;
    let text = String::from_utf8_lossy(&raw.body).into_owned();
    assert!(!text.contains("whsec_") && !text.contains(&new_secret[6..]));
    // Nor does the database hold it in the clear.
    let mut database = app.database().await;
    let (sealed,): (String,) = sqlx::query_as("SELECT secret_sealed FROM webhook_subscriptions")
        .fetch_one(&mut database)
        .await
        .expect("the row");
    assert!(!sealed.contains(&new_secret[6..]));
}

async fn internal_urls_are_refused_at_subscription_time(backend: Backend) {
    // Production rules: no development setting.
    let app = TestApp::spawn(backend).await;
    for url in [
        "http://hooks.partner.example/in",
        "https://127.0.0.1/in",
        "https://2130706433/in",
        "https://0x7f000001/in",
        "https://[::1]/in",
        "http://[::1]/in",
        "https://[::ffff:169.254.169.254]/in",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.1.2.3/in",
        "https://192.168.0.10/in",
        "https://localhost/in",
        "https://localhost./in",
        "https://metadata.google.internal/computeMetadata/v1/",
    ] {
        let response = app
            .admin()
            .create_webhook_subscription(
                models::WebhookSubscriptionCreate::new(url.to_owned()),
                None,
            )
            .await
            .expect("a response");
        assert!(
            matches!(&response, CreateWebhookSubscriptionResponse::UnprocessableEntity(problem)
                if problem.errors.as_ref().is_some_and(|errors| errors[0].code == "url_not_allowed")),
            "{url}: {response:?}"
        );
    }
    let (created, _) = subscribe(&app, "https://hooks.partner.example/in", None).await;
    assert!(created.enabled);
}

async fn redirects_are_not_followed(backend: Backend) {
    let app = spawn(backend, "100000", "2000").await;
    let target = Receiver::start().await;
    let receiver = Receiver::start().await;
    receiver.script(vec![Answer::Redirect(target.url())]);
    let (subscription, _) = subscribe(&app, &receiver.url(), None).await;
    new_account(&app, "Globex").await;
    wait_until("the redirect is logged as a failure", || async {
        deliveries(&app, subscription.id).await.first().is_some_and(|logged| {
            matches!(&logged.last_error, swagger::Nullable::Present(error) if error.contains("redirects are not followed"))
        })
    })
    .await;
    assert!(target.received().is_empty(), "the redirect was followed");
}

/// The audit rows about one subscription as stored, oldest first: (actor, kind, action, fields).
async fn audit_rows(
    app: &TestApp,
    subscription: uuid::Uuid,
) -> Vec<(String, String, String, Vec<String>)> {
    let mut database = app.database().await;
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT actor_id, actor_kind, action, changed_fields FROM audit_events \
         WHERE resource_type = 'webhook_subscription' AND resource_id = $1 \
         ORDER BY occurred_at, id",
    )
    .bind(subscription.to_string())
    .fetch_all(&mut database)
    .await
    .expect("the audit rows");
    rows.into_iter()
        .map(|(actor, kind, action, fields)| {
            (
                actor,
                kind,
                action,
                serde_json::from_str(&fields).expect("a JSON array of field names"),
            )
        })
        .collect()
}

async fn subscription_changes_are_audited_without_urls_or_secrets(backend: Backend) {
    let app = spawn(backend, "100000", "2000").await;
    let receiver = Receiver::start().await;
    let url = format!("{}/hooks/crm-mirror-zq", receiver.url());
    let mut create = models::WebhookSubscriptionCreate::new(url.clone());
    create.description = Some("Mirror for the Globex integration".to_owned());
    let (created, first_secret) = match app
        .admin()
        .create_webhook_subscription(create, None)
        .await
        .expect("a response")
    {
        CreateWebhookSubscriptionResponse::Created { body, .. } => (body.subscription, body.secret),
        other => panic!("subscription not created: {other:?}"),
    };
    let id = created.id;
    let patch = models::WebhookSubscriptionPatch {
        url: None,
        event_types: Some(vec!["opportunity.won".to_owned()]),
        description: None,
        enabled: Some(false),
    };
    let version = match app
        .admin()
        .update_webhook_subscription(id, "\"1\"".to_owned(), patch.clone())
        .await
        .expect("a response")
    {
        UpdateWebhookSubscriptionResponse::Ok { body, .. } => body.version,
        other => panic!("not updated: {other:?}"),
    };
    // A refused change (a stale ETag) leaves no audit row.
    assert!(matches!(
        app.admin()
            .update_webhook_subscription(id, "\"1\"".to_owned(), patch)
            .await
            .expect("a response"),
        UpdateWebhookSubscriptionResponse::PreconditionFailed(_)
    ));
    let second_secret = match app
        .admin()
        .rotate_webhook_secret(id, None)
        .await
        .expect("a response")
    {
        RotateWebhookSecretResponse::Ok { body, .. } => body.secret,
        other => panic!("not rotated: {other:?}"),
    };
    match app
        .admin()
        .delete_webhook_subscription(id, format!("\"{}\"", version + 1))
        .await
        .expect("a response")
    {
        DeleteWebhookSubscriptionResponse::NoContent => {}
        other => panic!("not deleted: {other:?}"),
    }

    let fields = |names: &[&str]| names.iter().map(|name| (*name).to_owned()).collect();
    let by_admin = |action: &str, names: &[&str]| {
        (
            "admin-1".to_owned(),
            "user".to_owned(),
            action.to_owned(),
            fields(names),
        )
    };
    let rows = audit_rows(&app, id).await;
    assert_eq!(
        rows,
        vec![
            by_admin(
                "create",
                &["url", "event_types", "description", "secret", "enabled"]
            ),
            by_admin("update", &["event_types", "enabled", "disabled_reason"]),
            by_admin("update", &["secret", "previous_secret"]),
            by_admin("delete", &[]),
        ]
    );
    // No URL, description or secret in any column.
    let mut database = app.database().await;
    let stored: Vec<(String,)> = sqlx::query_as(
        "SELECT id || ' ' || actor_id || ' ' || actor_kind || ' ' || action || ' ' \
         || resource_type || ' ' || resource_id || ' ' || COALESCE(request_id, '') || ' ' \
         || changed_fields FROM audit_events WHERE resource_type = 'webhook_subscription'",
    )
    .fetch_all(&mut database)
    .await
    .expect("the audit rows");
    let stored = format!("{stored:?}");
    for secret_value in [
        url.as_str(),
        "crm-mirror",
        "Globex",
        first_secret.as_str(),
        second_secret.as_str(),
        "whsec_",
    ] {
        assert!(
            !stored.contains(secret_value),
            "{secret_value} is in the audit rows: {stored}"
        );
    }
    // The v1 audit log lists records only (its `ResourceType` cannot name a subscription), and
    // no change event is published (a subscription is configuration, not a record partners
    // mirror).
    match app
        .admin()
        .list_audit_events(Some(200), None, None, None, None, None, None)
        .await
        .expect("a response")
    {
        ListAuditEventsResponse::Ok(page) => {
            assert!(page.data.iter().all(|event| event.resource_id != id));
        }
        other => panic!("audit log not listed: {other:?}"),
    }
    let (events,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM change_events WHERE resource_type = 'webhook_subscription'",
    )
    .fetch_one(&mut database)
    .await
    .expect("a count");
    assert_eq!(events, 0);
    assert!(feed_ids(&app).await.is_empty());
}

async fn at_most_max_subscriptions_even_when_created_at_once(backend: Backend) {
    use opportunity_service::store::webhooks::MAX_SUBSCRIPTIONS;
    let app = TestApp::spawn_with(
        backend,
        &[
            "--webhook-allow-loopback-http",
            "--rate-limit-per-second",
            "1000000",
            "--rate-limit-burst",
            "1000000",
        ],
    )
    .await;
    let create = |n: i64| {
        let app = &app;
        async move {
            app.admin()
                .create_webhook_subscription(
                    models::WebhookSubscriptionCreate::new(format!("http://127.0.0.1:9/in/{n}")),
                    None,
                )
                .await
                .expect("a response")
        }
    };
    for n in 0..MAX_SUBSCRIPTIONS - 2 {
        assert!(matches!(
            create(n).await,
            CreateWebhookSubscriptionResponse::Created { .. }
        ));
    }
    // Six at once for the last two places: exactly two get them.
    let answers = futures::future::join_all((0..6).map(|n| create(1_000 + n))).await;
    let created = answers
        .iter()
        .filter(|answer| matches!(answer, CreateWebhookSubscriptionResponse::Created { .. }))
        .count();
    let refused = answers
        .iter()
        .filter(|answer| {
            matches!(answer, CreateWebhookSubscriptionResponse::Conflict(problem)
            if problem.code == "too_many_subscriptions")
        })
        .count();
    assert_eq!((created, refused), (2, 4), "{answers:?}");
    let mut database = app.database().await;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM webhook_subscriptions")
        .fetch_one(&mut database)
        .await
        .expect("a count");
    assert_eq!(count, MAX_SUBSCRIPTIONS);
    let (audited,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_events WHERE resource_type = 'webhook_subscription' \
         AND action = 'create'",
    )
    .fetch_one(&mut database)
    .await
    .expect("a count");
    assert_eq!(audited, MAX_SUBSCRIPTIONS);
}

/// A signing secret is shown once, and the database alone never reveals it: the answer recorded for
/// an Idempotency-Key (create, rotate) holds it sealed, and the replay shows it as first sent.
async fn a_keyed_answer_keeps_its_secret_sealed_and_its_replay_shows_it(backend: Backend) {
    let app = spawn(backend, "100000", "2000").await;
    let receiver = Receiver::start().await;
    let create = models::WebhookSubscriptionCreate::new(receiver.url());
    let key = uuid::Uuid::new_v4().to_string();
    let mut answers = Vec::new();
    for _ in 0..2 {
        match app
            .admin()
            .create_webhook_subscription(create.clone(), Some(key.clone()))
            .await
            .expect("a response")
        {
            CreateWebhookSubscriptionResponse::Created { body, .. } => {
                answers.push((body.subscription.id, body.secret))
            }
            other => panic!("subscription not created: {other:?}"),
        }
    }
    assert_eq!(
        answers[0], answers[1],
        "the replay is the first answer, secret included"
    );
    let (id, secret) = answers.remove(0);
    assert!(secret.starts_with("whsec_"));
    let rotation_key = uuid::Uuid::new_v4().to_string();
    let mut rotated = Vec::new();
    for _ in 0..2 {
        match app
            .admin()
            .rotate_webhook_secret(id, Some(rotation_key.clone()))
            .await
            .expect("a response")
        {
            RotateWebhookSecretResponse::Ok { body, .. } => rotated.push(body.secret),
            other => panic!("not rotated: {other:?}"),
        }
    }
    assert_eq!(rotated[0], rotated[1]);
    assert_ne!(rotated[0], secret);
    let mut database = app.database().await;
    let bodies: Vec<String> = sqlx::query_scalar(
        "SELECT COALESCE(body, '') FROM idempotency_keys \
         WHERE operation IN ('createWebhookSubscription', 'rotateWebhookSecret')",
    )
    .fetch_all(&mut database)
    .await
    .expect("the recorded answers");
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    for body in &bodies {
        assert!(
            !body.contains(&secret) && !body.contains(&rotated[0]),
            "{body}"
        );
        assert!(!body.contains("whsec_"), "{body}");
        assert!(body.contains("\"secret\":\"sealed:"), "{body}");
    }
}
