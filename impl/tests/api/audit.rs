//! The audit log: who read or changed what, newest first, for Admins.

use opportunity_api::models::{self, AuditAction, ContactPatch, ResourceType};
use opportunity_api::{
    ApiNoContext as _, GetContactResponse, ListAuditEventsResponse, ListContactsResponse,
    UpdateContactResponse,
};
use opportunity_service::auth::Role;
use swagger::Nullable;

use crate::gdpr::{events_about, new_account, new_contact, person};
use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    reading_a_contact_leaves_a_read_event_but_listing_does_not,
    events_name_the_fields_written_never_their_values,
    log_is_newest_first_and_filters_by_actor_and_resource,
    occurred_from_is_inclusive_and_occurred_to_exclusive,
    pages_neither_repeat_nor_skip_while_events_are_added,
    a_cursor_from_another_list_is_400,
);

/// One page of the log as the Admin asks for it.
async fn page(
    app: &TestApp,
    limit: Option<u32>,
    cursor: Option<String>,
    actor_id: Option<&str>,
    resource_type: Option<ResourceType>,
    resource_id: Option<uuid::Uuid>,
) -> models::AuditEventPage {
    match app
        .admin()
        .list_audit_events(
            limit,
            cursor,
            actor_id.map(str::to_owned),
            resource_type,
            resource_id,
            None,
            None,
        )
        .await
        .expect("a response")
    {
        ListAuditEventsResponse::Ok(page) => page,
        other => panic!("audit log not listed: {other:?}"),
    }
}

/// The ids of the events between two instants, raw: the generated client writes query date-times
/// with `Display`, which is not RFC 3339 (see the contacts' `updated_since` scenario).
async fn ids_between(
    app: &TestApp,
    from: Option<chrono::DateTime<chrono::Utc>>,
    to: Option<chrono::DateTime<chrono::Utc>>,
) -> Vec<String> {
    let instant =
        |at: chrono::DateTime<chrono::Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let mut query = vec!["limit=200".to_owned()];
    if let Some(from) = from {
        query.push(format!("occurred_from={}", instant(from)));
    }
    if let Some(to) = to {
        query.push(format!("occurred_to={}", instant(to)));
    }
    let authorization = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let response = app
        .raw(
            "GET",
            &format!("/v1/audit-events?{}", query.join("&")),
            &[("authorization", authorization.as_str())],
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
        .map(|event| event["id"].as_str().expect("an id").to_owned())
        .collect()
}

async fn reading_a_contact_leaves_a_read_event_but_listing_does_not(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, ada_tag) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let reader = app.sales_manager("sm-2");
    let listed = reader
        .list_contacts(None, None, None, None, None)
        .await
        .expect("a response");
    assert!(
        matches!(listed, ListContactsResponse::Ok { .. }),
        "{listed:?}"
    );
    assert_eq!(
        events_about(&app, ada.id).await.len(),
        1,
        "a list leaves no event"
    );

    let read = reader.get_contact(ada.id, None).await.expect("a response");
    assert!(matches!(read, GetContactResponse::Ok { .. }), "{read:?}");
    let not_modified = reader
        .get_contact(ada.id, Some(ada_tag))
        .await
        .expect("a response");
    assert!(
        matches!(not_modified, GetContactResponse::NotModified { .. }),
        "{not_modified:?}"
    );

    let events = events_about(&app, ada.id).await;
    let reads: Vec<&models::AuditEvent> = events
        .iter()
        .filter(|event| event.action == AuditAction::Read)
        .collect();
    assert_eq!(reads.len(), 2);
    for event in reads {
        assert_eq!(event.actor_id, "sm-2");
        assert_eq!(event.resource_type, ResourceType::Contact);
        assert!(event.changed_fields.is_empty());
        assert!(matches!(&event.request_id, Nullable::Present(id) if !id.is_empty()));
    }
    // An unknown contact was not read: no event about it.
    let unknown = uuid::Uuid::new_v4();
    let missing = reader.get_contact(unknown, None).await.expect("a response");
    assert!(
        matches!(missing, GetContactResponse::NotFound(_)),
        "{missing:?}"
    );
    assert!(events_about(&app, unknown).await.is_empty());
}

async fn events_name_the_fields_written_never_their_values(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, ada_tag) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let mut patch = ContactPatch::new();
    patch.email = Some(Nullable::Present("countess@lovelace.example".to_owned()));
    let response = app
        .sales_manager("sm-1")
        .update_contact(ada.id, ada_tag, patch)
        .await
        .expect("a response");
    assert!(
        matches!(response, UpdateContactResponse::Ok { .. }),
        "{response:?}"
    );

    let events = events_about(&app, ada.id).await;
    assert_eq!(events[0].action, AuditAction::Update);
    assert_eq!(events[0].changed_fields, ["email"]);
    assert_eq!(events[0].actor_id, "sm-1");
    let log = serde_json::to_string(&events).expect("events as JSON");
    for value in [
        "Lovelace",
        "countess@lovelace.example",
        "ada@globex.example",
        "+49 30",
    ] {
        assert!(!log.contains(value), "the log holds {value}: {log}");
    }
}

async fn log_is_newest_first_and_filters_by_actor_and_resource(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let mut grace = person(globex.id, "Grace", "Hopper");
    grace.email = None;
    let grace = match app
        .sales_manager("sm-2")
        .create_contact(grace, None)
        .await
        .expect("a response")
    {
        opportunity_api::CreateContactResponse::Created { body, .. } => body,
        other => panic!("contact not created: {other:?}"),
    };

    let everything = page(&app, None, None, None, None, None).await;
    let described: Vec<(AuditAction, ResourceType, uuid::Uuid, &str)> = everything
        .data
        .iter()
        .map(|event| {
            (
                event.action,
                event.resource_type,
                event.resource_id,
                event.actor_id.as_str(),
            )
        })
        .collect();
    assert_eq!(
        described,
        [
            (AuditAction::Create, ResourceType::Contact, grace.id, "sm-2"),
            (AuditAction::Create, ResourceType::Contact, ada.id, "sm-1"),
            (
                AuditAction::Create,
                ResourceType::Account,
                globex.id,
                "admin-1"
            ),
        ]
    );
    assert_eq!(everything.next_cursor, Nullable::Null);
    assert!(everything
        .data
        .windows(2)
        .all(|pair| (pair[0].occurred_at, pair[0].id) > (pair[1].occurred_at, pair[1].id)));

    let ids = |page: models::AuditEventPage| -> Vec<uuid::Uuid> {
        page.data
            .into_iter()
            .map(|event| event.resource_id)
            .collect()
    };
    assert_eq!(
        ids(page(&app, None, None, Some("sm-1"), None, None).await),
        [ada.id]
    );
    assert_eq!(
        ids(page(&app, None, None, None, Some(ResourceType::Contact), None).await),
        [grace.id, ada.id]
    );
    assert_eq!(
        ids(page(&app, None, None, None, Some(ResourceType::Account), None).await),
        [globex.id]
    );
    assert_eq!(
        ids(page(&app, None, None, None, None, Some(grace.id)).await),
        [grace.id]
    );
    assert!(ids(page(&app, None, None, Some("sm-2"), None, Some(ada.id)).await).is_empty());
    assert!(ids(page(&app, None, None, None, Some(ResourceType::Pipeline), None).await).is_empty());
}

async fn occurred_from_is_inclusive_and_occurred_to_exclusive(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    new_contact(&app, person(globex.id, "Grace", "Hopper")).await;
    let mut events = page(&app, None, None, None, None, None).await.data;
    events.reverse();
    let [first, second, third] = events.as_slice() else {
        panic!("three events: {events:?}");
    };
    assert!(first.occurred_at < second.occurred_at && second.occurred_at < third.occurred_at);
    let id = |event: &models::AuditEvent| event.id.to_string();

    assert_eq!(
        ids_between(&app, Some(second.occurred_at), None).await,
        [id(third), id(second)]
    );
    assert_eq!(
        ids_between(&app, None, Some(second.occurred_at)).await,
        [id(first)]
    );
    assert_eq!(
        ids_between(&app, Some(first.occurred_at), Some(third.occurred_at)).await,
        [id(second), id(first)]
    );
    assert!(
        ids_between(&app, Some(third.occurred_at), Some(third.occurred_at))
            .await
            .is_empty()
    );
}

async fn pages_neither_repeat_nor_skip_while_events_are_added(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    for index in 0..6 {
        new_contact(
            &app,
            person(globex.id, &format!("Person{index}"), "Example"),
        )
        .await;
    }
    let expected: Vec<uuid::Uuid> = page(&app, Some(200), None, None, None, None)
        .await
        .data
        .into_iter()
        .map(|event| event.id)
        .collect();
    assert_eq!(expected.len(), 7);

    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let next = page(&app, Some(3), cursor, None, None, None).await;
        seen.extend(next.data.iter().map(|event| event.id));
        // Newer events land before the first page: they never push older ones into a later page.
        new_contact(&app, person(globex.id, "Late", "Arrival")).await;
        match next.next_cursor {
            Nullable::Present(next_cursor) => cursor = Some(next_cursor),
            Nullable::Null => break,
        }
    }
    assert_eq!(seen, expected);
}

async fn a_cursor_from_another_list_is_400(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    new_contact(&app, person(globex.id, "Grace", "Hopper")).await;
    let contacts_cursor = match app
        .admin()
        .list_contacts(Some(1), None, None, None, None)
        .await
        .expect("a response")
    {
        ListContactsResponse::Ok { body, .. } => match body.next_cursor {
            Nullable::Present(cursor) => cursor,
            Nullable::Null => panic!("a second page of contacts"),
        },
        other => panic!("contacts not listed: {other:?}"),
    };
    let response = app
        .admin()
        .list_audit_events(None, Some(contacts_cursor), None, None, None, None, None)
        .await
        .expect("a response");
    match response {
        ListAuditEventsResponse::BadRequest(problem) => {
            assert_eq!(problem.code, "invalid_parameter");
            let errors = problem.errors.unwrap_or_default();
            assert!(
                errors.iter().any(|error| error.pointer == "/query/cursor"),
                "{errors:?}"
            );
        }
        other => panic!("expected 400: {other:?}"),
    }
}
