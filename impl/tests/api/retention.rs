//! Storage limitation: the retention job purges what is past its time and keeps whatever a legal
//! hold covers, on both stores. The job runs as it does every day, with "now" moved forward.

use opportunity_service::auth::Role;
use opportunity_service::store::retention::{InactiveContacts, RetentionPolicy, RetentionReport};
use opportunity_service::store::{now_micros, Store};
use serde_json::{json, Value};

use crate::helpers::{test_config, Backend, RawResponse, TestApp};
use crate::on_both_stores;

on_both_stores!(
    retention_purges_what_is_past_its_time_but_nothing_under_legal_hold,
    a_legal_hold_lapses_the_day_after_until_and_the_contact_is_then_erasable,
    inactive_contacts_are_anonymised_only_when_configured_and_not_held,
    the_retention_function_runs_on_a_scheduled_event_and_refuses_any_other,
);

const DAY: i64 = 86_400 * 1_000_000;

const DEFAULTS: RetentionPolicy = RetentionPolicy {
    deleted_opportunity_days: 30,
    audit_days: 2192,
    inactive_contact_years: None,
    inactive_contacts: InactiveContacts::Report,
};

async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    body: Option<Value>,
    extra: &[(&str, &str)],
) -> RawResponse {
    let authorization = format!(
        "Bearer {}",
        app.token("admin-1", &[Role::Admin, Role::SalesManager])
    );
    let mut headers = vec![
        ("authorization", authorization.as_str()),
        ("content-type", "application/json"),
    ];
    headers.extend_from_slice(extra);
    let body = body.map(|body| body.to_string());
    app.raw(method, &format!("/v1{path}"), &headers, body.as_deref())
        .await
}

async fn created(app: &TestApp, path: &str, body: Value) -> String {
    let response = call(app, "POST", path, Some(body), &[]).await;
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    response.json()["id"].as_str().expect("an id").to_owned()
}

async fn store(app: &TestApp) -> Store {
    let dir = tempfile::tempdir().expect("a directory");
    Store::connect(&test_config(&app.database_url, dir.path(), 2, &[]))
        .await
        .expect("connect the store")
}

async fn run(app: &TestApp, policy: RetentionPolicy, days_from_now: i64) -> RetentionReport {
    store(app)
        .await
        .run_retention(policy, now_micros() + days_from_now * DAY, "retention-test")
        .await
        .expect("a retention run")
}

async fn contact(app: &TestApp, account: &str, last_name: &str) -> String {
    created(
        app,
        "/contacts",
        json!({"account_id": account, "first_name": "Test", "last_name": last_name,
               "lawful_basis": "legitimate_interests"}),
    )
    .await
}

async fn deleted_opportunity(app: &TestApp, account: &str, contact: &str) -> String {
    let id = created(
        app,
        "/opportunities",
        json!({"name": "Deal", "account_id": account, "currency": "EUR", "primary_contact_id": contact}),
    )
    .await;
    let response = call(
        app,
        "DELETE",
        &format!("/opportunities/{id}"),
        None,
        &[("if-match", "*")],
    )
    .await;
    assert_eq!(
        response.status,
        204,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    id
}

async fn hold(app: &TestApp, contact: &str, until: Option<chrono::NaiveDate>) {
    let mut body = json!({"reason": "Litigation LH-17"});
    if let Some(until) = until {
        body["until"] = json!(until.to_string());
    }
    let response = call(
        app,
        "PUT",
        &format!("/gdpr/contacts/{contact}/legal-hold"),
        Some(body),
        &[],
    )
    .await;
    assert_eq!(
        response.status,
        200,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
}

async fn status_of(app: &TestApp, path: &str) -> u16 {
    call(app, "GET", path, None, &[]).await.status
}

async fn audit_resources(app: &TestApp) -> Vec<String> {
    let mut connection = app.database().await;
    sqlx::query_scalar("SELECT DISTINCT resource_id FROM audit_events")
        .fetch_all(&mut connection)
        .await
        .expect("audit resources")
}

async fn retention_purges_what_is_past_its_time_but_nothing_under_legal_hold(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = created(&app, "/accounts", json!({"name": "Globex"})).await;
    let held = contact(&app, &account, "Held").await;
    let free = contact(&app, &account, "Free").await;
    let held_deal = deleted_opportunity(&app, &account, &held).await;
    let free_deal = deleted_opportunity(&app, &account, &free).await;
    let live = created(
        &app,
        "/opportunities",
        json!({"name": "Live", "account_id": account, "currency": "EUR"}),
    )
    .await;
    hold(&app, &held, None).await;

    // Within the 30 days: nothing to do.
    assert_eq!(run(&app, DEFAULTS, 29).await, RetentionReport::default());

    let report = run(&app, DEFAULTS, 31).await;
    assert_eq!(report.opportunities_purged, 1, "{report:?}");
    assert_eq!(report.held_records_kept, 1, "{report:?}");
    assert_eq!(report.audit_events_purged, 0);
    let restore = |id: String| {
        let app = &app;
        async move {
            call(
                app,
                "POST",
                &format!("/opportunities/{id}/restore"),
                None,
                &[("if-match", "*")],
            )
            .await
            .status
        }
    };
    assert_eq!(
        restore(free_deal.clone()).await,
        404,
        "the purged deal is gone"
    );
    assert_eq!(
        restore(held_deal.clone()).await,
        200,
        "the held deal is still there"
    );
    assert_eq!(
        status_of(&app, &format!("/opportunities/{live}")).await,
        200
    );
    let purge_rows = {
        let mut connection = app.database().await;
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'purge' AND actor_id = 'system:retention' AND resource_id = $1",
        )
        .bind(&free_deal)
        .fetch_one(&mut connection)
        .await
        .expect("count")
    };
    assert_eq!(purge_rows, 1);

    // Six years on, the audit log goes too, but not what is about the held contact or its deal.
    let report = run(&app, DEFAULTS, 2193).await;
    assert!(report.audit_events_purged > 0, "{report:?}");
    assert!(report.held_records_kept > 0, "{report:?}");
    let left = audit_resources(&app).await;
    assert!(
        left.contains(&held) && left.contains(&held_deal),
        "{left:?}"
    );
    assert!(
        !left.contains(&free) && !left.contains(&live) && !left.contains(&account),
        "{left:?}"
    );
    // Every run is on record, with counts only.
    let mut connection = app.database().await;
    let runs: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT opportunities_purged, audit_events_purged FROM retention_runs ORDER BY ran_at, id",
    )
    .fetch_all(&mut connection)
    .await
    .expect("runs");
    assert_eq!(runs.len(), 3);
    assert_eq!(runs[1].0, 1);
    assert_eq!(
        runs[2].1,
        i64::try_from(report.audit_events_purged).expect("a count")
    );
}

async fn a_legal_hold_lapses_the_day_after_until_and_the_contact_is_then_erasable(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let account = created(&app, "/accounts", json!({"name": "Globex"})).await;
    let held = contact(&app, &account, "Held").await;
    let today = chrono::Utc::now().date_naive();
    hold(&app, &held, Some(today)).await;

    // On its last day the hold stands.
    assert_eq!(run(&app, DEFAULTS, 0).await.legal_holds_lapsed, 0);
    let erasure = format!("/gdpr/contacts/{held}/erasure");
    let erase = || {
        call(
            &app,
            "POST",
            &erasure,
            Some(json!({"reason": "DSR-1"})),
            &[],
        )
    };
    assert_eq!(erase().await.status, 409);

    let report = run(&app, DEFAULTS, 2).await;
    assert_eq!(report.legal_holds_lapsed, 1, "{report:?}");
    let read = call(&app, "GET", &format!("/contacts/{held}"), None, &[])
        .await
        .json();
    assert_eq!(read["legal_hold"], false);
    let events = call(
        &app,
        "GET",
        &format!("/audit-events?resource_id={held}"),
        None,
        &[],
    )
    .await
    .json();
    // Newest first, after the read above.
    let release = &events["data"][1];
    assert_eq!(release["action"], "legal_hold_release");
    assert_eq!(release["actor_id"], "system:retention");
    assert_eq!(erase().await.status, 200);
}

async fn inactive_contacts_are_anonymised_only_when_configured_and_not_held(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = created(&app, "/accounts", json!({"name": "Globex"})).await;
    let held = contact(&app, &account, "Held").await;
    let idle = contact(&app, &account, "Idle").await;
    hold(&app, &held, None).await;
    let report_only = RetentionPolicy {
        inactive_contact_years: Some(2),
        ..DEFAULTS
    };
    // Off by default; reported only when configured so.
    assert_eq!(run(&app, DEFAULTS, 3 * 365).await.contacts_inactive, 0);
    let report = run(&app, report_only, 3 * 365).await;
    assert_eq!(
        (report.contacts_inactive, report.contacts_anonymised),
        (2, 0),
        "{report:?}"
    );
    assert_eq!(
        call(&app, "GET", &format!("/contacts/{idle}"), None, &[])
            .await
            .json()["last_name"],
        "Idle"
    );

    let report = run(
        &app,
        RetentionPolicy {
            inactive_contacts: InactiveContacts::Anonymise,
            ..report_only
        },
        3 * 365,
    )
    .await;
    assert_eq!(report.contacts_anonymised, 1, "{report:?}");
    assert_eq!(
        call(&app, "GET", &format!("/contacts/{idle}"), None, &[])
            .await
            .json()["last_name"],
        "[erased]"
    );
    assert_eq!(
        call(&app, "GET", &format!("/contacts/{held}"), None, &[])
            .await
            .json()["last_name"],
        "Held"
    );
}

async fn the_retention_function_runs_on_a_scheduled_event_and_refuses_any_other(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let store = store(&app).await;
    // What an EventBridge rule (the template's `Schedule` event) delivers.
    let scheduled = json!({
        "version": "0", "id": "89d1a02d-5ec7-412e-82f5-13505f849b41",
        "detail-type": "Scheduled Event", "source": "aws.events", "account": "123456789012",
        "time": "2026-12-04T03:00:00Z", "region": "eu-west-1",
        "resources": ["arn:aws:events:eu-west-1:123456789012:rule/opportunity-service-prod-RetentionFunctionDaily"],
        "detail": {}
    });
    let report =
        opportunity_service::lambda::retention::handle(&store, DEFAULTS, &scheduled, "req-1")
            .await
            .expect("a run");
    assert_eq!(report, RetentionReport::default());
    let api_event = json!({"httpMethod": "POST", "path": "/v1/gdpr/contacts/x/erasure", "source": "aws.events"});
    let refused =
        opportunity_service::lambda::retention::handle(&store, DEFAULTS, &api_event, "req-2").await;
    assert!(refused.is_err());
    let mut connection = app.database().await;
    let runs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM retention_runs")
        .fetch_one(&mut connection)
        .await
        .expect("runs");
    assert_eq!(runs, 1, "one run, for the scheduled event only");
}
