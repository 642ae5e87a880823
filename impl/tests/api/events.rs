//! The change feed: every committed change once, in commit order, no personal values.

use std::collections::HashSet;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use opportunity_api::models::{self, AccountPatch};
use opportunity_api::{
    ApiNoContext as _, CreateAccountResponse, EraseContactResponse, ListChangeEventsResponse,
    UpdateAccountResponse,
};
use opportunity_service::auth::Role;
use sqlx::Connection as _;

use crate::gdpr::{new_account, new_contact, person};
use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    every_change_publishes_one_event_with_field_names_and_version,
    a_failed_write_publishes_nothing,
    erasure_publishes_an_event_and_no_event_holds_a_personal_value,
    readers_tailing_during_concurrent_writes_see_every_event_once_in_order,
    reading_from_any_position_yields_exactly_what_follows,
    types_and_resource_filters_narrow_the_feed,
    a_cursor_older_than_the_retention_gets_410_resynchronise,
    sales_managers_read_the_feed_and_a_bad_cursor_is_400,
);

/// One page of the feed as an Admin reads it.
async fn feed(
    app: &TestApp,
    after: Option<String>,
    limit: u32,
    types: Option<&str>,
    resource: Option<uuid::Uuid>,
) -> models::ChangeEventPage {
    match app
        .admin()
        .list_change_events(Some(limit), after, types.map(str::to_owned), resource)
        .await
        .expect("a response")
    {
        ListChangeEventsResponse::Ok(page) => page,
        other => panic!("feed not read: {other:?}"),
    }
}

/// The events after `after`, page by page, once `expected` of them are readable (and then
/// whatever else is readable); the last `next_cursor` too.
///
/// On PostgreSQL the feed holds back events while an older write transaction of the cluster is
/// still running (any database's: the tests share one cluster), so what was just committed may
/// take a moment to appear, as it may for a partner; a reader polls.
async fn read_all(
    app: &TestApp,
    after: Option<String>,
    limit: u32,
    expected: usize,
) -> (Vec<models::ChangeEvent>, String) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut events = Vec::new();
    let mut after = after;
    loop {
        let page = feed(app, after, limit, None, None).await;
        events.extend(page.data);
        after = Some(page.next_cursor.clone());
        if !page.has_more {
            if events.len() >= expected {
                return (events, page.next_cursor);
            }
            assert!(
                std::time::Instant::now() < deadline,
                "only {} of {expected} events readable after 20 s",
                events.len()
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

fn types(events: &[models::ChangeEvent]) -> Vec<&str> {
    events.iter().map(|event| event.r#type.as_str()).collect()
}

async fn every_change_publishes_one_event_with_field_names_and_version(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let mut patch = AccountPatch::new();
    patch.industry = Some(swagger::Nullable::Present("Manufacturing".to_owned()));
    match app
        .admin()
        .update_account(globex.id, "\"1\"".to_owned(), patch)
        .await
        .expect("a response")
    {
        UpdateAccountResponse::Ok { .. } => {}
        other => panic!("account not updated: {other:?}"),
    }
    // A read is audited but changes nothing: no event.
    let _ = app.admin().get_account(globex.id, None).await;

    let (events, _) = read_all(&app, None, 50, 2).await;
    assert_eq!(types(&events), ["account.created", "account.updated"]);
    let (created, updated) = (&events[0], &events[1]);
    assert_eq!(created.resource_id, globex.id);
    assert_eq!(created.resource_type, models::ResourceType::Account);
    assert_eq!(created.version, swagger::Nullable::Present(1));
    assert_eq!(updated.changed_fields, ["industry"]);
    assert_eq!(updated.version, swagger::Nullable::Present(2));
    assert_eq!(updated.actor.id, "admin-1");
    assert_eq!(updated.actor.kind, models::EventActorKind::User);
    assert!(matches!(&updated.request_id, swagger::Nullable::Present(id) if !id.is_empty()));
    assert_ne!(created.id, updated.id);
}

async fn a_failed_write_publishes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let mut patch = AccountPatch::new();
    patch.name = Some("Globex AG".to_owned());
    // A stale ETag: 412, nothing written, nothing published.
    match app
        .admin()
        .update_account(globex.id, "\"7\"".to_owned(), patch)
        .await
        .expect("a response")
    {
        UpdateAccountResponse::PreconditionFailed(_) => {}
        other => panic!("expected 412: {other:?}"),
    }
    // A later write shows that everything before it is readable.
    new_account(&app, "Initech").await;
    let (events, _) = read_all(&app, None, 50, 2).await;
    assert_eq!(types(&events), ["account.created", "account.created"]);
}

async fn erasure_publishes_an_event_and_no_event_holds_a_personal_value(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Adelheid", "Quastenberg")).await;
    match app
        .admin()
        .erase_contact(
            ada.id,
            models::ErasureRequest::new("DSR-2026-0042".to_owned()),
            None,
        )
        .await
        .expect("a response")
    {
        EraseContactResponse::Ok(_) => {}
        other => panic!("contact not erased: {other:?}"),
    }
    let (events, _) = read_all(&app, None, 50, 3).await;
    let authorization = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let response = app
        .raw(
            "GET",
            "/v1/events?limit=200",
            &[("authorization", authorization.as_str())],
            None,
        )
        .await;
    assert_eq!(response.status, 200);
    let body = String::from_utf8_lossy(&response.body);
    assert!(body.contains("contact.erased"), "{body}");
    for personal in [
        "Adelheid",
        "Quastenberg",
        "globex.example",
        "+49 30 1234567",
    ] {
        assert!(
            !body.contains(personal),
            "an event holds {personal:?}: {body}"
        );
    }
    let about_ada: Vec<&str> = events
        .iter()
        .filter(|event| event.resource_id == ada.id)
        .map(|event| event.r#type.as_str())
        .collect();
    assert_eq!(about_ada, ["contact.created", "contact.erased"]);
    assert!(events[2].changed_fields.contains(&"email".to_owned()));
}

/// Writers create accounts concurrently while readers tail the feed with small pages; each reader
/// must see every event exactly once, and each writer's events in the order it committed them.
async fn readers_tailing_during_concurrent_writes_see_every_event_once_in_order(backend: Backend) {
    const WRITERS: usize = 6;
    const PER_WRITER: usize = 15;
    let app = std::sync::Arc::new(TestApp::spawn(backend).await);
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut readers = Vec::new();
    for _ in 0..2 {
        let app = app.clone();
        let done = done.clone();
        readers.push(tokio::spawn(async move {
            let mut seen = Vec::new();
            let mut after = None;
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                let page = feed(&app, after, 7, None, None).await;
                after = Some(page.next_cursor.clone());
                seen.extend(page.data);
                if !page.has_more {
                    tokio::task::yield_now().await;
                }
            }
            // The writers are done: read on until every event is in (or 20 s passed).
            let (rest, _) = read_all(
                &app,
                after,
                7,
                (WRITERS * PER_WRITER).saturating_sub(seen.len()),
            )
            .await;
            seen.extend(rest);
            seen
        }));
    }
    let mut writers = Vec::new();
    for writer in 0..WRITERS {
        let app = app.clone();
        writers.push(tokio::spawn(async move {
            let mut ids = Vec::new();
            for index in 0..PER_WRITER {
                match app
                    .admin()
                    .create_account(
                        models::AccountCreate::new(format!("Writer {writer} account {index}")),
                        None,
                    )
                    .await
                    .expect("a response")
                {
                    CreateAccountResponse::Created { body, .. } => ids.push(body.id),
                    other => panic!("account not created: {other:?}"),
                }
            }
            ids
        }));
    }
    let mut written = Vec::new();
    for writer in writers {
        written.push(writer.await.expect("a writer"));
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    for reader in readers {
        let seen = reader.await.expect("a reader");
        let ids: Vec<uuid::Uuid> = seen.iter().map(|event| event.id).collect();
        let unique: HashSet<uuid::Uuid> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "an event was served twice");
        assert_eq!(ids.len(), WRITERS * PER_WRITER, "an event was missed");
        let order: Vec<uuid::Uuid> = seen.iter().map(|event| event.resource_id).collect();
        for accounts in &written {
            let in_feed: Vec<uuid::Uuid> = order
                .iter()
                .copied()
                .filter(|id| accounts.contains(id))
                .collect();
            assert_eq!(&in_feed, accounts, "a writer's events out of commit order");
        }
        // The same order as a reader that starts after the writers are done.
        let (again, _) = read_all(&app, None, 200, ids.len()).await;
        let again: Vec<uuid::Uuid> = again.iter().map(|event| event.id).collect();
        assert_eq!(again, ids, "readers disagree on the order");
    }
}

async fn reading_from_any_position_yields_exactly_what_follows(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for index in 0..12 {
        new_account(&app, &format!("Account {index}")).await;
    }
    let (all, last_cursor) = read_all(&app, None, 5, 12).await;
    assert_eq!(all.len(), 12);
    for (index, event) in all.iter().enumerate() {
        let (rest, _) = read_all(&app, Some(event.position.clone()), 4, 11 - index).await;
        let rest: Vec<uuid::Uuid> = rest.iter().map(|event| event.id).collect();
        let expected: Vec<uuid::Uuid> = all[index + 1..].iter().map(|event| event.id).collect();
        assert_eq!(rest, expected, "after event {index}");
    }
    // Caught up: an empty page, and its cursor still reads what comes next.
    let page = feed(&app, Some(last_cursor.clone()), 50, None, None).await;
    assert!(page.data.is_empty() && !page.has_more);
    let later = new_account(&app, "Later").await;
    let (next, _) = read_all(&app, Some(page.next_cursor), 50, 1).await;
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].resource_id, later.id);
}

async fn types_and_resource_filters_narrow_the_feed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let initech = new_account(&app, "Initech").await;
    let (_ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    read_all(&app, None, 50, 3).await;
    let page = feed(&app, None, 50, Some("contact.created"), None).await;
    assert_eq!(types(&page.data), ["contact.created"]);
    let page = feed(&app, None, 50, None, Some(initech.id)).await;
    assert_eq!(page.data.len(), 1);
    assert_eq!(page.data[0].resource_id, initech.id);
    let page = feed(
        &app,
        None,
        50,
        Some("account.created,contact.created"),
        None,
    )
    .await;
    assert_eq!(page.data.len(), 3);
}

async fn a_cursor_older_than_the_retention_gets_410_resynchronise(backend: Backend) {
    let app = TestApp::spawn_with(backend, &["--event-retention-days", "1"]).await;
    new_account(&app, "Globex").await;
    // A cursor caught up two days ago.
    let two_days_ago = chrono::Utc::now().timestamp_micros() - 2 * 86_400 * 1_000_000;
    let stale = format!(
        "ev1.{}",
        URL_SAFE_NO_PAD.encode(format!(r#"{{"t":0,"p":0,"a":{two_days_ago}}}"#))
    );
    let authorization = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let response = app
        .raw(
            "GET",
            &format!("/v1/events?after={stale}"),
            &[("authorization", authorization.as_str())],
            None,
        )
        .await;
    let problem = response.assert_problem(410, "resynchronise");
    assert!(problem["detail"]
        .as_str()
        .is_some_and(|detail| detail.contains("1 days")));
    // A fresh read (no cursor) is never refused.
    let (events, _) = read_all(&app, None, 50, 1).await;
    assert_eq!(events.len(), 1);
}

async fn sales_managers_read_the_feed_and_a_bad_cursor_is_400(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    new_account(&app, "Globex").await;
    read_all(&app, None, 50, 1).await;
    let response = app
        .sales_manager("sm-1")
        .list_change_events(None, None, None, None)
        .await
        .expect("a response");
    assert!(
        matches!(&response, ListChangeEventsResponse::Ok(page) if page.data.len() == 1),
        "{response:?}"
    );
    let authorization = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let list_cursor = "eyJzIjoiLWNyZWF0ZWRfYXQiLCJrIjoxLCJpIjoiYSJ9";
    let response = app
        .raw(
            "GET",
            &format!("/v1/events?after=ev1.{list_cursor}x"),
            &[("authorization", authorization.as_str())],
            None,
        )
        .await;
    response.assert_problem(400, "invalid_parameter");
}

/// PostgreSQL hands out positions in call order, not commit order. A transaction that took a
/// position and commits after a later one must still be read before it by every reader (SQLite
/// cannot show this: one writer at a time, positions in commit order).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_an_event_committed_late_with_a_lower_position_is_not_skipped() {
    let app = TestApp::spawn(Backend::Postgres).await;
    new_account(&app, "Before").await;
    let (before, cursor) = read_all(&app, None, 50, 1).await;
    assert_eq!(before.len(), 1);

    // A slow transaction takes its position first and stays open.
    let mut slow = app.database().await;
    let mut transaction = slow.begin().await.expect("begin");
    let slow_id = uuid::Uuid::now_v7();
    sqlx::query(
        "INSERT INTO change_events (id, occurred_at, event_type, resource_type, resource_id, actor_id) \
         VALUES ($1, $2, 'account.updated', 'account', $3, 'slow-writer')",
    )
    .bind(slow_id.to_string())
    .bind(chrono::Utc::now().timestamp_micros())
    .bind(before[0].resource_id.to_string())
    .execute(&mut *transaction)
    .await
    .expect("the slow event");

    // A later write commits first, with a higher position: not served while the slow one runs.
    let fast = new_account(&app, "After").await;
    let page = feed(&app, Some(cursor.clone()), 50, None, None).await;
    assert!(
        page.data.is_empty(),
        "served past an open transaction: {page:?}"
    );

    transaction.commit().await.expect("commit the slow event");
    let (after, _) = read_all(&app, Some(page.next_cursor), 50, 2).await;
    let ids: Vec<uuid::Uuid> = after.iter().map(|event| event.id).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], slow_id, "the slow event first: it started first");
    assert_eq!(after[1].resource_id, fast.id);
}

/// A long write transaction in another database of the cluster does not hold the feed back: only
/// this database's running transactions can still commit events here.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_transaction_in_another_database_does_not_hold_the_feed_back() {
    let app = TestApp::spawn(Backend::Postgres).await;
    sqlx::any::install_default_drivers();
    let other_url = std::env::var("DATABASE_URL_PG").expect("DATABASE_URL_PG");
    let mut other = sqlx::AnyConnection::connect(&other_url)
        .await
        .expect("connect to another database");
    let mut transaction = other.begin().await.expect("begin");
    // Takes a transaction id, as a write would.
    sqlx::query("SELECT pg_current_xact_id()::text")
        .execute(&mut *transaction)
        .await
        .expect("an xid");
    let account = new_account(&app, "Globex").await;
    let page = feed(&app, None, 50, None, None).await;
    assert_eq!(
        page.data
            .iter()
            .map(|event| event.resource_id)
            .collect::<Vec<_>>(),
        [account.id],
        "held back by another database's transaction"
    );
    transaction.rollback().await.expect("roll back");
}
