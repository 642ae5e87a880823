//! Contacts: people at accounts, personal data under the GDPR.
//!
//! Most scenarios talk HTTP through the generated client. The GDPR states (restricted, erased,
//! legal hold) and opportunities cannot be reached through the API yet, so the scenarios that need
//! them drive the store over a database of their own ([`StoreFixture`]).

use std::collections::HashSet;
use std::sync::Arc;

use opportunity_api::models::{self, ContactCreate, ContactPatch, LawfulBasis};
use opportunity_api::{
    ApiNoContext as _, CreateAccountResponse, CreateContactResponse, CreateOpportunityResponse,
    DeleteAccountResponse, DeleteContactResponse, GetContactResponse, GetOpportunityResponse,
    ListContactsResponse, UpdateContactResponse,
};
use opportunity_service::auth::Role;
use opportunity_service::domain::{Actor, Precondition};
use opportunity_service::error::AppError;
use opportunity_service::store::accounts::AccountFields;
use opportunity_service::store::contacts::{self, NewContact};
use opportunity_service::store::Store;
use sqlx::{Connection as _, Row as _};
use swagger::Nullable;
use tempfile::TempDir;

use crate::helpers::{fresh_database, test_config, Backend, RawResponse, TestApp};
use crate::on_both_stores;

on_both_stores!(
    boolean_columns_are_read_as_integers_through_the_any_driver,
    contact_is_created_with_gdpr_defaults_and_never_cached,
    consent_sent_at_creation_is_recorded,
    contact_needs_an_existing_account,
    get_with_the_current_etag_is_304_not_modified,
    merge_patch_changes_only_the_fields_sent,
    every_consent_setting_is_recorded,
    moving_a_contact_needs_an_existing_account,
    stale_if_match_gets_412,
    two_writers_with_the_same_etag_get_one_200_and_one_412,
    pages_neither_repeat_nor_skip_while_contacts_are_added,
    q_matches_names_and_email_case_insensitively,
    list_filters_by_account_and_updated_since,
    unknown_contact_is_404,
    deleted_contact_is_404_and_no_longer_listed,
    only_an_admin_deletes_a_contact,
    stale_if_match_on_delete_gets_412,
    restricted_contact_cannot_be_changed,
    erased_contact_cannot_be_changed,
    contact_under_legal_hold_cannot_be_deleted,
    deleting_a_contact_takes_it_off_its_opportunities,
    deleted_contact_disappears_from_its_opportunities,
    update_without_if_match_gets_428,
    delete_without_if_match_gets_428,
);

// ---- through the API ------------------------------------------------------------------------

async fn new_account(app: &TestApp, name: &str) -> (uuid::Uuid, String) {
    match app
        .admin()
        .create_account(models::AccountCreate::new(name.to_owned()), None)
        .await
        .expect("a response")
    {
        CreateAccountResponse::Created { body, e_tag, .. } => (body.id, e_tag),
        other => panic!("account not created: {other:?}"),
    }
}

/// A contact as the client builds it, without `marketing_consent` (the generated constructor
/// fills in the contract's default, which would record a consent).
fn person(account_id: uuid::Uuid, first_name: &str, last_name: &str) -> ContactCreate {
    let mut contact = ContactCreate::new(
        account_id,
        first_name.to_owned(),
        last_name.to_owned(),
        LawfulBasis::LegitimateInterests,
    );
    contact.marketing_consent = None;
    contact
}

async fn create(app: &TestApp, contact: ContactCreate) -> (models::Contact, String) {
    match app
        .sales_manager("sm-1")
        .create_contact(contact, None)
        .await
        .expect("a response")
    {
        CreateContactResponse::Created { body, e_tag, .. } => (body, e_tag),
        other => panic!("contact not created: {other:?}"),
    }
}

async fn get(app: &TestApp, id: uuid::Uuid) -> GetContactResponse {
    app.sales_manager("sm-1")
        .get_contact(id, None)
        .await
        .expect("a response")
}

async fn update(
    app: &TestApp,
    id: uuid::Uuid,
    if_match: &str,
    patch: ContactPatch,
) -> UpdateContactResponse {
    app.sales_manager("sm-1")
        .update_contact(id, if_match.to_owned(), patch)
        .await
        .expect("a response")
}

/// A write as an Admin without `If-Match`, which the generated client cannot send.
async fn without_if_match(
    app: &TestApp,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> RawResponse {
    let authorization = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let mut headers = vec![("authorization", authorization.as_str())];
    if body.is_some() {
        headers.push(("content-type", "application/merge-patch+json"));
    }
    app.raw(method, path, &headers, body).await
}

fn updated(response: UpdateContactResponse) -> (models::Contact, String) {
    match response {
        UpdateContactResponse::Ok {
            body,
            e_tag,
            cache_control,
        } => {
            assert_eq!(cache_control, "no-store");
            (body, e_tag)
        }
        other => panic!("not updated: {other:?}"),
    }
}

fn assert_unknown_account(problem: &models::Problem) {
    assert_eq!(problem.code, "unknown_account", "{problem:?}");
    let errors = problem.errors.as_deref().unwrap_or_default();
    assert!(
        errors
            .iter()
            .any(|error| error.pointer == "/account_id" && error.code == "unknown_account"),
        "{problem:?}"
    );
}

/// One page of the contact list.
async fn page(
    app: &TestApp,
    limit: u32,
    cursor: Option<String>,
    q: Option<&str>,
    account_id: Option<uuid::Uuid>,
) -> models::ContactPage {
    match app
        .sales_manager("sm-1")
        .list_contacts(Some(limit), cursor, q.map(str::to_owned), None, account_id)
        .await
        .expect("a response")
    {
        ListContactsResponse::Ok {
            body,
            cache_control,
        } => {
            assert_eq!(cache_control, "no-store");
            body
        }
        other => panic!("not listed: {other:?}"),
    }
}

/// The ids of every contact listed, following `next_cursor`.
async fn listed(app: &TestApp, q: Option<&str>, account_id: Option<uuid::Uuid>) -> Vec<uuid::Uuid> {
    let mut ids = Vec::new();
    let mut cursor = None;
    loop {
        let page = page(app, 50, cursor, q, account_id).await;
        ids.extend(page.data.iter().map(|contact| contact.id));
        match page.next_cursor {
            Nullable::Present(next) => cursor = Some(next),
            Nullable::Null => return ids,
        }
    }
}

async fn contact_is_created_with_gdpr_defaults_and_never_cached(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let mut ada = person(account_id, "Ada", "Lovelace");
    ada.email = Some("ada@globex.example".to_owned());
    ada.job_title = Some("CTO".to_owned());
    ada.country = Some("GB".to_owned());
    let response = app
        .sales_manager("sm-1")
        .create_contact(ada, None)
        .await
        .expect("a response");
    let CreateContactResponse::Created {
        body: created,
        e_tag,
        location,
        cache_control,
    } = response
    else {
        panic!("not created: {response:?}");
    };
    assert_eq!(cache_control, "no-store");
    assert_eq!(e_tag, "\"1\"");
    assert_eq!(location, format!("/v1/contacts/{}", created.id));
    assert_eq!(created.account_id, account_id);
    assert_eq!(
        (created.first_name.as_str(), created.last_name.as_str()),
        ("Ada", "Lovelace")
    );
    assert_eq!(
        created.email,
        Nullable::Present("ada@globex.example".to_owned())
    );
    assert_eq!(created.phone, Nullable::Null);
    assert_eq!(created.lawful_basis, LawfulBasis::LegitimateInterests);
    assert!(!created.marketing_consent);
    assert_eq!(created.consent_recorded_at, Nullable::Null);
    assert!(!created.processing_restricted);
    assert!(!created.legal_hold);
    assert_eq!(created.erased_at, Nullable::Null);
    assert_eq!(created.version, 1);

    match get(&app, created.id).await {
        GetContactResponse::Ok {
            body,
            e_tag,
            cache_control,
        } => {
            assert_eq!(body, created);
            assert_eq!(e_tag, "\"1\"");
            assert_eq!(cache_control, "no-store");
        }
        other => panic!("not read: {other:?}"),
    }
    assert_eq!(listed(&app, None, None).await, [created.id]);
}

async fn consent_sent_at_creation_is_recorded(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    for consent in [true, false] {
        let mut contact = person(account_id, "Grace", "Hopper");
        contact.lawful_basis = LawfulBasis::Consent;
        contact.marketing_consent = Some(consent);
        let (created, _) = create(&app, contact).await;
        assert_eq!(created.marketing_consent, consent);
        assert_eq!(created.lawful_basis, LawfulBasis::Consent);
        assert_eq!(
            created.consent_recorded_at,
            Nullable::Present(created.created_at)
        );
    }
}

async fn contact_needs_an_existing_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .admin()
        .create_contact(person(uuid::Uuid::new_v4(), "Ada", "Lovelace"), None)
        .await
        .expect("a response");
    match response {
        CreateContactResponse::UnprocessableEntity(problem) => assert_unknown_account(&problem),
        other => panic!("expected 422: {other:?}"),
    }
    let (account_id, e_tag) = new_account(&app, "Short-lived").await;
    let response = app
        .admin()
        .delete_account(account_id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::NoContent),
        "{response:?}"
    );
    let response = app
        .admin()
        .create_contact(person(account_id, "Ada", "Lovelace"), None)
        .await
        .expect("a response");
    match response {
        CreateContactResponse::UnprocessableEntity(problem) => assert_unknown_account(&problem),
        other => panic!("expected 422: {other:?}"),
    }
    assert!(listed(&app, None, None).await.is_empty());
}

async fn get_with_the_current_etag_is_304_not_modified(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, e_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let response = app
        .admin()
        .get_contact(contact.id, Some(e_tag.clone()))
        .await
        .expect("a response");
    assert!(
        matches!(&response, GetContactResponse::NotModified { e_tag: tag } if *tag == e_tag),
        "{response:?}"
    );
    let mut patch = ContactPatch::new();
    patch.job_title = Some(Nullable::Present("CTO".to_owned()));
    updated(update(&app, contact.id, &e_tag, patch).await);
    let response = app
        .admin()
        .get_contact(contact.id, Some(e_tag))
        .await
        .expect("a response");
    match response {
        GetContactResponse::Ok { body, e_tag, .. } => {
            assert_eq!(e_tag, "\"2\"");
            assert_eq!(body.job_title, Nullable::Present("CTO".to_owned()));
        }
        other => panic!("expected 200: {other:?}"),
    }
}

async fn merge_patch_changes_only_the_fields_sent(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let mut ada = person(account_id, "Ada", "Lovelace");
    ada.email = Some("ada@globex.example".to_owned());
    ada.phone = Some("+44 20 7946 0000".to_owned());
    let (contact, e_tag) = create(&app, ada).await;
    let mut patch = ContactPatch::new();
    patch.job_title = Some(Nullable::Present("Chief Technology Officer".to_owned()));
    patch.email = Some(Nullable::Null);
    patch.lawful_basis = Some(LawfulBasis::Contract);
    let (changed, e_tag) = updated(update(&app, contact.id, &e_tag, patch).await);
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(changed.version, 2);
    assert_eq!(
        changed.job_title,
        Nullable::Present("Chief Technology Officer".to_owned())
    );
    assert_eq!(changed.email, Nullable::Null);
    assert_eq!(changed.lawful_basis, LawfulBasis::Contract);
    assert_eq!(changed.phone, contact.phone);
    assert_eq!(changed.first_name, "Ada");
    assert_eq!(changed.account_id, account_id);
    assert!(!changed.marketing_consent);
    assert_eq!(changed.consent_recorded_at, Nullable::Null);
    assert_eq!(changed.created_at, contact.created_at);
    assert!(changed.updated_at > contact.updated_at);
    match get(&app, contact.id).await {
        GetContactResponse::Ok { body, .. } => assert_eq!(body, changed),
        other => panic!("not read: {other:?}"),
    }
}

async fn every_consent_setting_is_recorded(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (mut contact, mut e_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let mut recorded = Vec::new();
    for consent in [true, true, false] {
        let mut patch = ContactPatch::new();
        patch.marketing_consent = Some(consent);
        (contact, e_tag) = updated(update(&app, contact.id, &e_tag, patch).await);
        assert_eq!(contact.marketing_consent, consent);
        assert_eq!(
            contact.consent_recorded_at,
            Nullable::Present(contact.updated_at)
        );
        recorded.push(contact.updated_at);
    }
    assert!(
        recorded.windows(2).all(|pair| pair[0] < pair[1]),
        "{recorded:?}"
    );

    let mut patch = ContactPatch::new();
    patch.last_name = Some("King".to_owned());
    let (renamed, _) = updated(update(&app, contact.id, &e_tag, patch).await);
    assert_eq!(renamed.consent_recorded_at, contact.consent_recorded_at);
    assert!(!renamed.marketing_consent);
}

async fn moving_a_contact_needs_an_existing_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (globex, _) = new_account(&app, "Globex").await;
    let (initech, _) = new_account(&app, "Initech").await;
    let (contact, e_tag) = create(&app, person(globex, "Ada", "Lovelace")).await;

    let mut patch = ContactPatch::new();
    patch.account_id = Some(uuid::Uuid::new_v4());
    patch.job_title = Some(Nullable::Present("CTO".to_owned()));
    match update(&app, contact.id, &e_tag, patch).await {
        UpdateContactResponse::UnprocessableEntity(problem) => assert_unknown_account(&problem),
        other => panic!("expected 422: {other:?}"),
    }
    match get(&app, contact.id).await {
        GetContactResponse::Ok { body, .. } => assert_eq!(body, contact),
        other => panic!("not read: {other:?}"),
    }

    let mut patch = ContactPatch::new();
    patch.account_id = Some(initech);
    let (moved, _) = updated(update(&app, contact.id, &e_tag, patch).await);
    assert_eq!(moved.account_id, initech);
    assert_eq!(listed(&app, None, Some(initech)).await, [contact.id]);
    assert!(listed(&app, None, Some(globex)).await.is_empty());
}

async fn update_without_if_match_gets_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, _) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    without_if_match(
        &app,
        "PATCH",
        &format!("/v1/contacts/{}", contact.id),
        Some(r#"{"first_name": "Augusta"}"#),
    )
    .await
    .assert_problem(428, "precondition_required");
    match get(&app, contact.id).await {
        GetContactResponse::Ok { body, .. } => assert_eq!(body.first_name, "Ada"),
        other => panic!("not read: {other:?}"),
    }
}

async fn delete_without_if_match_gets_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, _) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    without_if_match(
        &app,
        "DELETE",
        &format!("/v1/contacts/{}", contact.id),
        None,
    )
    .await
    .assert_problem(428, "precondition_required");
    assert!(matches!(
        get(&app, contact.id).await,
        GetContactResponse::Ok { .. }
    ));
}

async fn stale_if_match_gets_412(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, first_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let mut patch = ContactPatch::new();
    patch.job_title = Some(Nullable::Present("CTO".to_owned()));
    updated(update(&app, contact.id, &first_tag, patch.clone()).await);
    match update(&app, contact.id, &first_tag, patch).await {
        UpdateContactResponse::PreconditionFailed(problem) => {
            assert_eq!(problem.code, "precondition_failed");
        }
        other => panic!("expected 412: {other:?}"),
    }
}

async fn two_writers_with_the_same_etag_get_one_200_and_one_412(backend: Backend) {
    let app = Arc::new(TestApp::spawn(backend).await);
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, e_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let start = Arc::new(tokio::sync::Barrier::new(2));
    let writers: Vec<_> = ["CTO", "CEO"]
        .into_iter()
        .map(|title| {
            let (app, start, e_tag) = (app.clone(), start.clone(), e_tag.clone());
            tokio::spawn(async move {
                let client = app.sales_manager("sm-1");
                let mut patch = ContactPatch::new();
                patch.job_title = Some(Nullable::Present(title.to_owned()));
                start.wait().await;
                client
                    .update_contact(contact.id, e_tag, patch)
                    .await
                    .expect("a response")
            })
        })
        .collect();
    let (mut won, mut refused) = (0, 0);
    for writer in writers {
        match writer.await.expect("the writer ran") {
            UpdateContactResponse::Ok { body, .. } => {
                assert_eq!(body.version, 2);
                won += 1;
            }
            UpdateContactResponse::PreconditionFailed(_) => refused += 1,
            other => panic!("neither 200 nor 412: {other:?}"),
        }
    }
    assert_eq!((won, refused), (1, 1));
}

async fn pages_neither_repeat_nor_skip_while_contacts_are_added(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let mut existing = Vec::new();
    for n in 0..7 {
        existing.push(
            create(&app, person(account_id, "Existing", &n.to_string()))
                .await
                .0
                .id,
        );
    }
    let mut seen = Vec::new();
    let mut sizes = Vec::new();
    let mut cursor = None;
    loop {
        let page = page(&app, 3, cursor, None, None).await;
        sizes.push(page.data.len());
        seen.extend(page.data.iter().map(|contact| contact.id));
        match page.next_cursor {
            Nullable::Present(next) => cursor = Some(next),
            Nullable::Null => break,
        }
        create(&app, person(account_id, "Added", &sizes.len().to_string())).await;
    }
    assert_eq!(sizes, [3, 3, 1]);
    existing.reverse();
    assert_eq!(seen, existing);
    let everything = listed(&app, None, None).await;
    assert_eq!(everything.len(), 9);
    assert_eq!(everything.iter().collect::<HashSet<_>>().len(), 9);
}

async fn q_matches_names_and_email_case_insensitively(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (ada, _) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let mut grace = person(account_id, "Grace", "Hopper");
    grace.email = Some("g.hopper@NAVY.example".to_owned());
    let (grace, _) = create(&app, grace).await;
    let mut alan = person(account_id, "Alan", "Turing");
    alan.email = Some("alan@bletchley.example".to_owned());
    let (alan, _) = create(&app, alan).await;

    assert_eq!(listed(&app, Some("LOVE"), None).await, [ada.id]);
    assert_eq!(listed(&app, Some("ada lovelace"), None).await, [ada.id]);
    assert_eq!(listed(&app, Some("grAce"), None).await, [grace.id]);
    assert_eq!(listed(&app, Some("navy"), None).await, [grace.id]);
    assert_eq!(
        listed(&app, Some("example"), None).await,
        [alan.id, grace.id]
    );
    assert_eq!(
        listed(&app, Some("a"), None).await,
        [alan.id, grace.id, ada.id]
    );
    assert!(listed(&app, Some("_"), None).await.is_empty());
    assert!(listed(&app, Some("babbage"), None).await.is_empty());
}

async fn list_filters_by_account_and_updated_since(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (globex, _) = new_account(&app, "Globex").await;
    let (initech, _) = new_account(&app, "Initech").await;
    let (ada, _) = create(&app, person(globex, "Ada", "Lovelace")).await;
    let (grace, grace_tag) = create(&app, person(globex, "Grace", "Hopper")).await;
    let (alan, _) = create(&app, person(initech, "Alan", "Turing")).await;
    assert_eq!(listed(&app, None, Some(globex)).await, [grace.id, ada.id]);
    assert_eq!(listed(&app, None, Some(initech)).await, [alan.id]);
    assert!(listed(&app, None, Some(uuid::Uuid::new_v4()))
        .await
        .is_empty());
    assert_eq!(listed(&app, Some("grace"), Some(globex)).await, [grace.id]);

    let mut patch = ContactPatch::new();
    patch.job_title = Some(Nullable::Present("Rear Admiral".to_owned()));
    let (grace, _) = updated(update(&app, grace.id, &grace_tag, patch).await);
    // The generated client writes query date-times with `Display` (`2026-11-25 01:13:47.196516267 UTC`),
    // which is not an RFC 3339 date-time, so this request is raw.
    let since = grace
        .updated_at
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let token = app.token("sm-1", &[Role::SalesManager]);
    let response = app
        .raw(
            "GET",
            &format!("/v1/contacts?updated_since={since}"),
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
    assert_eq!(response.header("cache-control"), Some("no-store"));
    let ids: Vec<String> = response.json()["data"]
        .as_array()
        .expect("a data array")
        .iter()
        .map(|contact| contact["id"].as_str().expect("an id").to_owned())
        .collect();
    assert_eq!(ids, [grace.id.to_string()]);
}

async fn unknown_contact_is_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unknown = uuid::Uuid::new_v4();
    match get(&app, unknown).await {
        GetContactResponse::NotFound(problem) => assert_eq!(problem.code, "not_found"),
        other => panic!("expected 404: {other:?}"),
    }
    let mut patch = ContactPatch::new();
    patch.first_name = Some("Nobody".to_owned());
    let response = update(&app, unknown, "*", patch).await;
    assert!(
        matches!(response, UpdateContactResponse::NotFound(_)),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_contact(unknown, "*".to_owned())
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NotFound(_)),
        "{response:?}"
    );
}

async fn deleted_contact_is_404_and_no_longer_listed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (kept, _) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let (gone, e_tag) = create(&app, person(account_id, "Grace", "Hopper")).await;
    let response = app
        .admin()
        .delete_contact(gone.id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NoContent),
        "{response:?}"
    );
    assert!(matches!(
        get(&app, gone.id).await,
        GetContactResponse::NotFound(_)
    ));
    let mut patch = ContactPatch::new();
    patch.first_name = Some("Back".to_owned());
    let response = update(&app, gone.id, "*", patch).await;
    assert!(
        matches!(response, UpdateContactResponse::NotFound(_)),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_contact(gone.id, "*".to_owned())
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NotFound(_)),
        "{response:?}"
    );
    assert_eq!(listed(&app, None, None).await, [kept.id]);
    assert_eq!(listed(&app, None, Some(account_id)).await, [kept.id]);
}

async fn only_an_admin_deletes_a_contact(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, e_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let response = app
        .sales_manager("sm-1")
        .delete_contact(contact.id, e_tag.clone())
        .await
        .expect("a response");
    match response {
        DeleteContactResponse::Forbidden(problem) => assert_eq!(problem.code, "forbidden"),
        other => panic!("expected 403: {other:?}"),
    }
    assert!(matches!(
        get(&app, contact.id).await,
        GetContactResponse::Ok { .. }
    ));
    let response = app
        .admin()
        .delete_contact(contact.id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NoContent),
        "{response:?}"
    );
}

async fn stale_if_match_on_delete_gets_412(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (contact, first_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let mut patch = ContactPatch::new();
    patch.marketing_consent = Some(true);
    let (_, e_tag) = updated(update(&app, contact.id, &first_tag, patch).await);
    let response = app
        .admin()
        .delete_contact(contact.id, first_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::PreconditionFailed(_)),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_contact(contact.id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NoContent),
        "{response:?}"
    );
}

async fn deleted_contact_disappears_from_its_opportunities(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account_id, _) = new_account(&app, "Globex").await;
    let (ada, ada_tag) = create(&app, person(account_id, "Ada", "Lovelace")).await;
    let (grace, _) = create(&app, person(account_id, "Grace", "Hopper")).await;
    let mut deal = models::OpportunityCreate::new(
        "Analytical engine".to_owned(),
        account_id,
        "EUR".to_owned(),
    );
    deal.primary_contact_id = Some(ada.id);
    deal.contact_roles = Some(vec![
        models::ContactRoleAssignment::new(ada.id, models::ContactRole::DecisionMaker),
        models::ContactRoleAssignment::new(grace.id, models::ContactRole::Champion),
    ]);
    let deal = match app
        .sales_manager("sm-1")
        .create_opportunity(deal, None)
        .await
        .expect("a response")
    {
        CreateOpportunityResponse::Created { body, .. } => body,
        other => panic!("opportunity not created: {other:?}"),
    };
    let response = app
        .admin()
        .delete_contact(ada.id, ada_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NoContent),
        "{response:?}"
    );
    match app
        .sales_manager("sm-1")
        .get_opportunity(deal.id, None)
        .await
        .expect("a response")
    {
        GetOpportunityResponse::Ok { body, e_tag } => {
            assert_eq!(body.primary_contact_id, Nullable::Null);
            assert_eq!(
                body.contact_roles,
                [models::ContactRoleAssignment::new(
                    grace.id,
                    models::ContactRole::Champion
                )]
            );
            assert_eq!(body.version, deal.version + 1);
            assert_eq!(e_tag, format!("\"{}\"", deal.version + 1));
            assert!(body.updated_at > deal.updated_at);
        }
        other => panic!("opportunity not read: {other:?}"),
    }
}

// ---- through the store ----------------------------------------------------------------------

/// A store over a fresh database of its own, for the states the API cannot reach yet.
struct StoreFixture {
    store: Store,
    url: String,
    _dir: TempDir,
}

impl StoreFixture {
    async fn new(backend: Backend) -> StoreFixture {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = fresh_database(backend, dir.path()).await;
        let config = test_config(&url, dir.path(), 4, &[]);
        let store = Store::connect(&config).await.expect("connect the store");
        store.migrate().await.expect("migrate");
        StoreFixture {
            store,
            url,
            _dir: dir,
        }
    }

    fn admin() -> Actor {
        Actor {
            subject: "admin-1".to_owned(),
            kind: opportunity_service::auth::PrincipalKind::User,
            is_admin: true,
            request_id: "test".to_owned(),
            idempotency_claim: None,
        }
    }

    /// A new contact at a new account.
    async fn contact(&self) -> contacts::ContactRecord {
        let account = self
            .store
            .create_account(
                &Self::admin(),
                AccountFields {
                    name: "Globex".to_owned(),
                    ..AccountFields::default()
                },
            )
            .await
            .expect("an account");
        self.store
            .create_contact(
                &Self::admin(),
                NewContact {
                    account_id: account.id,
                    first_name: "Ada".to_owned(),
                    last_name: "Lovelace".to_owned(),
                    email: None,
                    phone: None,
                    job_title: None,
                    country: None,
                    lawful_basis: "consent".to_owned(),
                    marketing_consent: Some(true),
                },
            )
            .await
            .expect("a contact")
    }

    async fn execute(&self, sql: &str, id: &str) {
        sqlx::query(sql)
            .bind(id)
            .execute(self.store.pool())
            .await
            .expect("a statement");
    }
}

fn assert_conflict<T: std::fmt::Debug>(outcome: Result<T, AppError>, expected: &str) {
    match outcome {
        Err(AppError::Conflict { code, .. }) => assert_eq!(code, expected),
        other => panic!("expected 409 {expected}: {other:?}"),
    }
}

/// Pins what the store relies on: sqlx's Any driver cannot decode an SQLite BOOLEAN column (the
/// whole row fails), so flags are written as bound `bool`s and read as `CASE ... THEN 1 ELSE 0`.
async fn boolean_columns_are_read_as_integers_through_the_any_driver(backend: Backend) {
    let fixture = StoreFixture::new(backend).await;
    let mut connection = sqlx::AnyConnection::connect(&fixture.url)
        .await
        .expect("connect");
    sqlx::query("CREATE TEMPORARY TABLE flags (id TEXT PRIMARY KEY, flag BOOLEAN NOT NULL)")
        .execute(&mut connection)
        .await
        .expect("create a table");
    sqlx::query("INSERT INTO flags (id, flag) VALUES ($1, $2), ($3, $4)")
        .bind("f")
        .bind(false)
        .bind("t")
        .bind(true)
        .execute(&mut connection)
        .await
        .expect("insert bound booleans");
    let rows =
        sqlx::query("SELECT id, CASE WHEN flag THEN 1 ELSE 0 END AS flag FROM flags ORDER BY id")
            .fetch_all(&mut connection)
            .await
            .expect("select");
    let flags: Vec<i64> = rows.iter().map(|row| row.get("flag")).collect();
    assert_eq!(flags, [0, 1]);
    let held: Vec<String> = sqlx::query_scalar("SELECT id FROM flags WHERE flag = $1")
        .bind(true)
        .fetch_all(&mut connection)
        .await
        .expect("filter on a bound boolean");
    assert_eq!(held, ["t"]);
    let plain = sqlx::query("SELECT flag FROM flags")
        .fetch_all(&mut connection)
        .await
        .map(|rows| rows.len());
    match backend {
        Backend::Postgres => assert!(plain.is_ok(), "{plain:?}"),
        Backend::Sqlite => assert!(
            plain.is_err(),
            "the Any driver reads SQLite BOOLEAN now: drop the CASE"
        ),
    }
}

async fn restricted_contact_cannot_be_changed(backend: Backend) {
    let fixture = StoreFixture::new(backend).await;
    let contact = fixture.contact().await;
    fixture
        .execute(
            "UPDATE contacts SET processing_restricted = TRUE, restriction_reason = 'contested', version = version + 1 WHERE id = $1",
            &contact.id,
        )
        .await;
    let restricted = fixture
        .store
        .contact(&contact.id)
        .await
        .expect("the contact");
    assert!(restricted.processing_restricted);
    let outcome = fixture
        .store
        .update_contact(
            &StoreFixture::admin(),
            &contact.id,
            Precondition::Versions(vec![restricted.version]),
            contacts::ContactPatch {
                job_title: Some(Some("CTO".to_owned())),
                ..contacts::ContactPatch::default()
            },
        )
        .await;
    assert_conflict(outcome, "processing_restricted");
    let unchanged = fixture
        .store
        .contact(&contact.id)
        .await
        .expect("the contact");
    assert_eq!(unchanged.version, restricted.version);
    assert_eq!(unchanged.job_title, None);
}

async fn erased_contact_cannot_be_changed(backend: Backend) {
    let fixture = StoreFixture::new(backend).await;
    let contact = fixture.contact().await;
    fixture
        .execute(
            "UPDATE contacts SET first_name = '[erased]', last_name = '[erased]', erased_at = 1, version = version + 1 WHERE id = $1",
            &contact.id,
        )
        .await;
    let outcome = fixture
        .store
        .update_contact(
            &StoreFixture::admin(),
            &contact.id,
            Precondition::Any,
            contacts::ContactPatch {
                first_name: Some("Ada".to_owned()),
                ..contacts::ContactPatch::default()
            },
        )
        .await;
    assert_conflict(outcome, "contact_erased");
    let erased = fixture
        .store
        .contact(&contact.id)
        .await
        .expect("the contact");
    assert_eq!(erased.first_name, "[erased]");
    assert_eq!(erased.erased_at, Some(1));
}

async fn contact_under_legal_hold_cannot_be_deleted(backend: Backend) {
    let fixture = StoreFixture::new(backend).await;
    let contact = fixture.contact().await;
    fixture
        .execute(
            "UPDATE contacts SET legal_hold = TRUE, legal_hold_reason = 'LH-17', version = version + 1 WHERE id = $1",
            &contact.id,
        )
        .await;
    let held = fixture
        .store
        .contact(&contact.id)
        .await
        .expect("the contact");
    assert!(held.legal_hold);
    let outcome = fixture
        .store
        .delete_contact(&StoreFixture::admin(), &contact.id, Precondition::Any)
        .await;
    assert_conflict(outcome, "legal_hold");
    assert!(fixture.store.contact(&contact.id).await.is_ok());

    fixture
        .execute(
            "UPDATE contacts SET legal_hold = FALSE, version = version + 1 WHERE id = $1",
            &contact.id,
        )
        .await;
    fixture
        .store
        .delete_contact(&StoreFixture::admin(), &contact.id, Precondition::Any)
        .await
        .expect("deleted once the hold is released");
}

async fn deleting_a_contact_takes_it_off_its_opportunities(backend: Backend) {
    let fixture = StoreFixture::new(backend).await;
    let gone = fixture.contact().await;
    let stays = fixture
        .store
        .create_contact(
            &StoreFixture::admin(),
            NewContact {
                account_id: gone.account_id.clone(),
                first_name: "Grace".to_owned(),
                last_name: "Hopper".to_owned(),
                email: None,
                phone: None,
                job_title: None,
                country: None,
                lawful_basis: "contract".to_owned(),
                marketing_consent: None,
            },
        )
        .await
        .expect("a contact");
    let roles = |ids: &[&str]| {
        serde_json::json!(ids
            .iter()
            .map(|id| serde_json::json!({"contact_id": id, "role": "champion"}))
            .collect::<Vec<_>>())
        .to_string()
    };
    // As primary contact and in the roles; in the roles only; not at all.
    let opportunities = [
        (
            uuid::Uuid::new_v4().to_string(),
            Some(gone.id.as_str()),
            vec![gone.id.as_str(), stays.id.as_str()],
        ),
        (
            uuid::Uuid::new_v4().to_string(),
            Some(stays.id.as_str()),
            vec![gone.id.as_str()],
        ),
        (
            uuid::Uuid::new_v4().to_string(),
            Some(stays.id.as_str()),
            vec![stays.id.as_str()],
        ),
    ];
    for (id, primary, linked) in &opportunities {
        sqlx::query(
            "INSERT INTO opportunities (id, name, account_id, primary_contact_id, contact_roles, owner_id, pipeline_id, \
             stage_id, status, amount_e4, currency, amount_source, probability, stage_entered_at, created_at, updated_at, version) \
             VALUES ($1, 'Deal', $2, $3, $4, 'sm-1', 'a0000000-0000-4000-8000-000000000001', \
             'a0000000-0000-4000-8000-000000000101', 'open', 0, 'EUR', 'manual', 10, 1, 1, 1, 1)",
        )
        .bind(id)
        .bind(&gone.account_id)
        .bind(*primary)
        .bind(roles(linked))
        .execute(fixture.store.pool())
        .await
        .expect("an opportunity");
        for contact_id in linked {
            sqlx::query("INSERT INTO opportunity_contacts (opportunity_id, contact_id, role) VALUES ($1, $2, 'champion')")
                .bind(id)
                .bind(*contact_id)
                .execute(fixture.store.pool())
                .await
                .expect("a contact link");
        }
    }

    fixture
        .store
        .delete_contact(
            &StoreFixture::admin(),
            &gone.id,
            Precondition::Versions(vec![gone.version]),
        )
        .await
        .expect("deleted");

    let expected = [
        (None, roles(&[&stays.id]), 2),
        (Some(stays.id.clone()), roles(&[]), 2),
        (Some(stays.id.clone()), roles(&[&stays.id]), 1),
    ];
    for ((id, _, _), (primary, contact_roles, version)) in opportunities.iter().zip(expected) {
        let row = sqlx::query(
            "SELECT primary_contact_id, contact_roles, version FROM opportunities WHERE id = $1",
        )
        .bind(id)
        .fetch_one(fixture.store.pool())
        .await
        .expect("the opportunity");
        assert_eq!(row.get::<Option<String>, _>("primary_contact_id"), primary);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&row.get::<String, _>("contact_roles"))
                .expect("JSON"),
            serde_json::from_str::<serde_json::Value>(&contact_roles).expect("JSON"),
        );
        assert_eq!(row.get::<i64, _>("version"), version);
    }
    let links: Vec<String> =
        sqlx::query_scalar("SELECT opportunity_id FROM opportunity_contacts WHERE contact_id = $1")
            .bind(&gone.id)
            .fetch_all(fixture.store.pool())
            .await
            .expect("links");
    assert!(links.is_empty());
    let audited: Vec<String> = sqlx::query_scalar(
        "SELECT resource_id FROM audit_events WHERE action IN ('delete', 'update') ORDER BY resource_id",
    )
    .fetch_all(fixture.store.pool())
    .await
    .expect("audit rows");
    let mut expected_audit = vec![
        gone.id.clone(),
        opportunities[0].0.clone(),
        opportunities[1].0.clone(),
    ];
    expected_audit.sort();
    assert_eq!(audited, expected_audit);
    assert!(matches!(
        fixture.store.contact(&gone.id).await,
        Err(AppError::NotFound(_))
    ));
}
