//! Accounts: the companies opportunities and contacts belong to.

use std::collections::HashSet;
use std::sync::Arc;

use opportunity_api::models::{self, AccountCreate, AccountPatch};
use opportunity_api::{
    ApiNoContext as _, CreateAccountResponse, CreateContactResponse, DeleteAccountResponse,
    DeleteContactResponse, GetAccountResponse, ListAccountsResponse, UpdateAccountResponse,
};
use swagger::Nullable;

use opportunity_service::auth::Role;

use crate::helpers::{Backend, RawResponse, TestApp};
use crate::on_both_stores;

on_both_stores!(
    account_is_created_read_and_listed,
    get_with_the_current_etag_is_304_not_modified,
    merge_patch_changes_only_the_fields_sent,
    stale_if_match_gets_412,
    if_match_star_accepts_any_version,
    two_writers_with_the_same_etag_get_one_200_and_one_412,
    pages_neither_repeat_nor_skip_while_accounts_are_added,
    q_matches_names_case_insensitively,
    unknown_account_is_404,
    deleted_account_is_404_and_no_longer_listed,
    stale_if_match_on_delete_gets_412,
    account_with_a_contact_cannot_be_deleted,
    sales_manager_cannot_delete_an_account,
    external_id_belongs_to_one_account,
    update_without_if_match_gets_428,
    delete_without_if_match_gets_428,
);

/// Creates an account as an Admin and returns it with its ETag.
async fn create_account(app: &TestApp, account: AccountCreate) -> (models::Account, String) {
    match app
        .admin()
        .create_account(account, None)
        .await
        .expect("a response")
    {
        CreateAccountResponse::Created { body, e_tag, .. } => (body, e_tag),
        other => panic!("not created: {other:?}"),
    }
}

async fn named(app: &TestApp, name: &str) -> (models::Account, String) {
    create_account(app, AccountCreate::new(name.to_owned())).await
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

async fn get_account(app: &TestApp, id: uuid::Uuid) -> GetAccountResponse {
    app.admin().get_account(id, None).await.expect("a response")
}

/// Every page of the account list, following `next_cursor`, with `between` run before each
/// page after the first.
async fn all_pages(
    app: &TestApp,
    limit: u32,
    q: Option<&str>,
    mut between: impl FnMut(usize) -> Option<String>,
) -> Vec<Vec<models::Account>> {
    let mut pages = Vec::new();
    let mut cursor = None;
    loop {
        if !pages.is_empty() {
            if let Some(name) = between(pages.len()) {
                named(app, &name).await;
            }
        }
        let page = match app
            .sales_manager("sm-1")
            .list_accounts(Some(limit), cursor, q.map(str::to_owned), None, None)
            .await
            .expect("a response")
        {
            ListAccountsResponse::Ok(page) => page,
            other => panic!("not listed: {other:?}"),
        };
        pages.push(page.data);
        match page.next_cursor {
            Nullable::Present(next) => cursor = Some(next),
            Nullable::Null => return pages,
        }
    }
}

async fn account_is_created_read_and_listed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut create = AccountCreate::new("Globex Corporation".to_owned());
    create.domain = Some("globex.example".to_owned());
    create.country = Some("DE".to_owned());
    create.employee_count = Some(12_000);
    create.tags = Some(vec!["enterprise".to_owned().into()]);
    let response = app
        .sales_manager("sm-1")
        .create_account(create, None)
        .await
        .expect("a response");
    let CreateAccountResponse::Created {
        body: created,
        e_tag,
        location,
    } = response
    else {
        panic!("not created: {response:?}");
    };
    assert_eq!(e_tag, "\"1\"");
    assert_eq!(location, format!("/v1/accounts/{}", created.id));
    assert_eq!(created.name, "Globex Corporation");
    assert_eq!(
        created.domain,
        Nullable::Present("globex.example".to_owned())
    );
    assert_eq!(created.industry, Nullable::Null);
    assert_eq!(created.employee_count, Nullable::Present(12_000));
    assert_eq!(created.tags, ["enterprise"]);
    assert_eq!(created.version, 1);
    assert_eq!(created.created_at, created.updated_at);

    match get_account(&app, created.id).await {
        GetAccountResponse::Ok { body, e_tag } => {
            assert_eq!(body, created);
            assert_eq!(e_tag, "\"1\"");
        }
        other => panic!("not read: {other:?}"),
    }
    let pages = all_pages(&app, 50, None, |_| None).await;
    assert_eq!(pages, [vec![created]]);
}

async fn get_with_the_current_etag_is_304_not_modified(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, e_tag) = named(&app, "Initech").await;
    let response = app
        .admin()
        .get_account(account.id, Some(e_tag.clone()))
        .await
        .expect("a response");
    assert!(
        matches!(&response, GetAccountResponse::NotModified { e_tag: tag } if *tag == e_tag),
        "{response:?}"
    );
    let response = app
        .admin()
        .get_account(account.id, Some("\"0\"".to_owned()))
        .await
        .expect("a response");
    assert!(
        matches!(response, GetAccountResponse::Ok { .. }),
        "{response:?}"
    );
}

async fn merge_patch_changes_only_the_fields_sent(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut create = AccountCreate::new("Umbrella".to_owned());
    create.domain = Some("umbrella.example".to_owned());
    create.country = Some("GB".to_owned());
    let (account, e_tag) = create_account(&app, create).await;
    let mut patch = AccountPatch::new();
    patch.industry = Some(Nullable::Present("Pharmaceuticals".to_owned()));
    patch.domain = Some(Nullable::Null);
    let response = app
        .sales_manager("sm-1")
        .update_account(account.id, e_tag, patch)
        .await
        .expect("a response");
    let UpdateAccountResponse::Ok { body, e_tag } = response else {
        panic!("not updated: {response:?}");
    };
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(body.version, 2);
    assert_eq!(
        body.industry,
        Nullable::Present("Pharmaceuticals".to_owned())
    );
    assert_eq!(body.domain, Nullable::Null);
    assert_eq!(body.country, Nullable::Present("GB".to_owned()));
    assert_eq!(body.name, "Umbrella");
    assert_eq!(body.created_at, account.created_at);
    assert!(body.updated_at > account.updated_at);
    match get_account(&app, account.id).await {
        GetAccountResponse::Ok { body: read, .. } => assert_eq!(read, body),
        other => panic!("not read: {other:?}"),
    }
}

async fn update_without_if_match_gets_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, _) = named(&app, "Hooli").await;
    without_if_match(
        &app,
        "PATCH",
        &format!("/v1/accounts/{}", account.id),
        Some(r#"{"name": "Hooli XYZ"}"#),
    )
    .await
    .assert_problem(428, "precondition_required");
    match get_account(&app, account.id).await {
        GetAccountResponse::Ok { body, .. } => assert_eq!(body, account),
        other => panic!("not read: {other:?}"),
    }
}

async fn delete_without_if_match_gets_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, _) = named(&app, "Stark").await;
    without_if_match(
        &app,
        "DELETE",
        &format!("/v1/accounts/{}", account.id),
        None,
    )
    .await
    .assert_problem(428, "precondition_required");
    assert!(matches!(
        get_account(&app, account.id).await,
        GetAccountResponse::Ok { .. }
    ));
}

async fn stale_if_match_gets_412(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, first_tag) = named(&app, "Vandelay Industries").await;
    let mut patch = AccountPatch::new();
    patch.industry = Some(Nullable::Present("Import/export".to_owned()));
    let response = app
        .admin()
        .update_account(account.id, first_tag.clone(), patch.clone())
        .await
        .expect("a response");
    assert!(
        matches!(response, UpdateAccountResponse::Ok { .. }),
        "{response:?}"
    );
    let response = app
        .admin()
        .update_account(account.id, first_tag, patch)
        .await
        .expect("a response");
    match response {
        UpdateAccountResponse::PreconditionFailed(problem) => {
            assert_eq!(problem.code, "precondition_failed");
        }
        other => panic!("expected 412: {other:?}"),
    }
}

async fn if_match_star_accepts_any_version(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, _) = named(&app, "Soylent").await;
    for version in 2..=3 {
        let mut patch = AccountPatch::new();
        patch.employee_count = Some(Nullable::Present(version * 10));
        match app
            .admin()
            .update_account(account.id, "*".to_owned(), patch)
            .await
            .expect("a response")
        {
            UpdateAccountResponse::Ok { body, .. } => assert_eq!(body.version, version),
            other => panic!("not updated: {other:?}"),
        }
    }
}

async fn two_writers_with_the_same_etag_get_one_200_and_one_412(backend: Backend) {
    let app = Arc::new(TestApp::spawn(backend).await);
    let (account, e_tag) = named(&app, "Cyberdyne").await;
    let start = Arc::new(tokio::sync::Barrier::new(2));
    let writers: Vec<_> = ["Robotics", "Defence"]
        .into_iter()
        .map(|industry| {
            let (app, start, e_tag) = (app.clone(), start.clone(), e_tag.clone());
            tokio::spawn(async move {
                let client = app.sales_manager("sm-1");
                let mut patch = AccountPatch::new();
                patch.industry = Some(Nullable::Present(industry.to_owned()));
                start.wait().await;
                client
                    .update_account(account.id, e_tag, patch)
                    .await
                    .expect("a response")
            })
        })
        .collect();
    let (mut won, mut refused) = (0, 0);
    for writer in writers {
        match writer.await.expect("the writer ran") {
            UpdateAccountResponse::Ok { body, .. } => {
                assert_eq!(body.version, 2);
                won += 1;
            }
            UpdateAccountResponse::PreconditionFailed(_) => refused += 1,
            other => panic!("neither 200 nor 412: {other:?}"),
        }
    }
    assert_eq!((won, refused), (1, 1));
    match get_account(&app, account.id).await {
        GetAccountResponse::Ok { body, .. } => assert_eq!(body.version, 2),
        other => panic!("not read: {other:?}"),
    }
}

async fn pages_neither_repeat_nor_skip_while_accounts_are_added(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut existing = Vec::new();
    for n in 0..7 {
        existing.push(named(&app, &format!("Existing {n}")).await.0);
    }
    let pages = all_pages(&app, 3, None, |page| {
        Some(format!("Added before page {page}"))
    })
    .await;
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 1]);
    let listed: Vec<uuid::Uuid> = pages.iter().flatten().map(|account| account.id).collect();
    let newest_first: Vec<uuid::Uuid> = existing.iter().rev().map(|account| account.id).collect();
    assert_eq!(listed, newest_first);

    let everything = all_pages(&app, 4, None, |_| None).await;
    let ids: Vec<uuid::Uuid> = everything
        .iter()
        .flatten()
        .map(|account| account.id)
        .collect();
    assert_eq!(ids.len(), 9);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 9);
}

async fn q_matches_names_case_insensitively(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (globex, _) = named(&app, "Globex Corporation").await;
    let (globe, _) = named(&app, "GLOBE Logistics").await;
    named(&app, "Initech").await;
    let pages = all_pages(&app, 50, Some("gLoBe"), |_| None).await;
    let found: Vec<uuid::Uuid> = pages.iter().flatten().map(|account| account.id).collect();
    assert_eq!(found, [globe.id, globex.id]);
    let pages = all_pages(&app, 50, Some("nothing like it"), |_| None).await;
    assert_eq!(pages, [Vec::new()]);
}

async fn unknown_account_is_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unknown = uuid::Uuid::new_v4();
    match get_account(&app, unknown).await {
        GetAccountResponse::NotFound(problem) => assert_eq!(problem.code, "not_found"),
        other => panic!("expected 404: {other:?}"),
    }
    let mut patch = AccountPatch::new();
    patch.name = Some("Nobody".to_owned());
    let response = app
        .admin()
        .update_account(unknown, "*".to_owned(), patch)
        .await
        .expect("a response");
    assert!(
        matches!(response, UpdateAccountResponse::NotFound(_)),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_account(unknown, "*".to_owned())
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::NotFound(_)),
        "{response:?}"
    );
}

async fn deleted_account_is_404_and_no_longer_listed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (kept, _) = named(&app, "Kept").await;
    let (gone, e_tag) = named(&app, "Gone").await;
    let response = app
        .admin()
        .delete_account(gone.id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::NoContent),
        "{response:?}"
    );
    assert!(matches!(
        get_account(&app, gone.id).await,
        GetAccountResponse::NotFound(_)
    ));
    let mut patch = AccountPatch::new();
    patch.name = Some("Back".to_owned());
    let response = app
        .admin()
        .update_account(gone.id, "*".to_owned(), patch)
        .await
        .expect("a response");
    assert!(
        matches!(response, UpdateAccountResponse::NotFound(_)),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_account(gone.id, "*".to_owned())
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::NotFound(_)),
        "{response:?}"
    );
    let pages = all_pages(&app, 50, None, |_| None).await;
    assert_eq!(pages, [vec![kept]]);
}

async fn stale_if_match_on_delete_gets_412(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, first_tag) = named(&app, "Stark").await;
    let mut patch = AccountPatch::new();
    patch.industry = Some(Nullable::Present("Defence".to_owned()));
    let UpdateAccountResponse::Ok { e_tag, .. } = app
        .admin()
        .update_account(account.id, first_tag.clone(), patch)
        .await
        .expect("a response")
    else {
        panic!("not updated");
    };
    let response = app
        .admin()
        .delete_account(account.id, first_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::PreconditionFailed(_)),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_account(account.id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::NoContent),
        "{response:?}"
    );
}

async fn account_with_a_contact_cannot_be_deleted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, e_tag) = named(&app, "Wayne Enterprises").await;
    let contact = models::ContactCreate::new(
        account.id,
        "Lucius".to_owned(),
        "Fox".to_owned(),
        models::LawfulBasis::LegitimateInterests,
    );
    let CreateContactResponse::Created {
        body: contact,
        e_tag: contact_tag,
        ..
    } = app
        .admin()
        .create_contact(contact, None)
        .await
        .expect("a response")
    else {
        panic!("contact not created");
    };
    let response = app
        .admin()
        .delete_account(account.id, e_tag.clone())
        .await
        .expect("a response");
    match response {
        DeleteAccountResponse::Conflict(problem) => assert_eq!(problem.code, "account_in_use"),
        other => panic!("expected 409: {other:?}"),
    }
    assert!(matches!(
        get_account(&app, account.id).await,
        GetAccountResponse::Ok { .. }
    ));
    let response = app
        .admin()
        .delete_contact(contact.id, contact_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteContactResponse::NoContent),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_account(account.id, e_tag)
        .await
        .expect("a response");
    assert!(
        matches!(response, DeleteAccountResponse::NoContent),
        "{response:?}"
    );
}

async fn sales_manager_cannot_delete_an_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (account, e_tag) = named(&app, "Oscorp").await;
    let response = app
        .sales_manager("sm-1")
        .delete_account(account.id, e_tag)
        .await
        .expect("a response");
    match response {
        DeleteAccountResponse::Forbidden(problem) => assert_eq!(problem.code, "forbidden"),
        other => panic!("expected 403: {other:?}"),
    }
    assert!(matches!(
        get_account(&app, account.id).await,
        GetAccountResponse::Ok { .. }
    ));
}

async fn external_id_belongs_to_one_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut create = AccountCreate::new("Tyrell".to_owned());
    create.external_id = Some("CRM-1".to_owned());
    create_account(&app, create.clone()).await;
    create.name = "Tyrell again".to_owned();
    match app
        .admin()
        .create_account(create, None)
        .await
        .expect("a response")
    {
        CreateAccountResponse::Conflict(problem) => {
            assert_eq!(problem.code, "external_id_taken");
        }
        other => panic!("expected 409: {other:?}"),
    }
    let (other, e_tag) = named(&app, "Weyland").await;
    let mut patch = AccountPatch::new();
    patch.external_id = Some(Nullable::Present("CRM-1".to_owned()));
    match app
        .admin()
        .update_account(other.id, e_tag, patch)
        .await
        .expect("a response")
    {
        UpdateAccountResponse::Conflict(problem) => {
            assert_eq!(problem.code, "external_id_taken");
        }
        other => panic!("expected 409: {other:?}"),
    }
}
