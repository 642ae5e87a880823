//! Notes: any Sales Manager notes on any opportunity, closed ones included; only the author or an
//! Admin deletes a note.

use opportunity_api::models;
use opportunity_api::{
    ApiNoContext as _, CreateNoteResponse, DeleteNoteResponse, ListNotesResponse,
};
use swagger::Nullable;
use uuid::Uuid;

use crate::helpers::{Backend, TestApp};
use crate::sales::{self, Client};
use crate::{expect_problem, expect_response, on_both_stores};

on_both_stores!(
    any_sales_manager_notes_on_any_opportunity_closed_ones_included,
    notes_are_listed_newest_first,
    only_its_author_or_an_admin_deletes_a_note,
    notes_on_a_deleted_opportunity_are_404,
);

async fn note(client: &impl Client, opportunity_id: Uuid, body: &str) -> models::Note {
    let response = client
        .create_note(
            opportunity_id,
            models::NoteCreate::new(body.to_owned()),
            None,
        )
        .await
        .expect("a response");
    expect_response!(response, CreateNoteResponse::Created { body, .. } => body)
}

async fn notes(client: &impl Client, opportunity_id: Uuid) -> Vec<models::Note> {
    let response = client
        .list_notes(opportunity_id, None, None)
        .await
        .expect("a response");
    expect_response!(response, ListNotesResponse::Ok(page) => page.data)
}

async fn any_sales_manager_notes_on_any_opportunity_closed_ones_included(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (_, e_tag) = sales::win(&app.sales_manager("alice"), created.id, &e_tag).await;

    let response = app
        .sales_manager("bob")
        .create_note(
            created.id,
            models::NoteCreate::new("The CFO wants a three-year price lock.".to_owned()),
            None,
        )
        .await
        .expect("a response");
    let (written, location) = expect_response!(
        response,
        CreateNoteResponse::Created { body, location } => (body, location)
    );
    assert_eq!(
        location,
        format!("/v1/opportunities/{}/notes/{}", created.id, written.id)
    );
    assert_eq!(written.author_id, "bob");
    assert_eq!(written.opportunity_id, created.id);
    assert_eq!(written.body, "The CFO wants a three-year price lock.");
    // A note is not a change of the opportunity: its ETag stays.
    assert_eq!(sales::read(&app.admin(), created.id).await.1, e_tag);
}

async fn notes_are_listed_newest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, _) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    for body in ["First call", "Demo done", "Proposal sent"] {
        note(&alice, created.id, body).await;
    }
    let listed: Vec<String> = notes(&app.sales_manager("bob"), created.id)
        .await
        .into_iter()
        .map(|note| note.body)
        .collect();
    assert_eq!(listed, ["Proposal sent", "Demo done", "First call"]);

    // Two at a time, following next_cursor: the same order, nothing repeated or skipped.
    let mut paged = Vec::new();
    let mut cursor = None;
    loop {
        let response = alice
            .list_notes(created.id, Some(2), cursor)
            .await
            .expect("a response");
        let page = expect_response!(response, ListNotesResponse::Ok(page) => page);
        assert!(page.data.len() <= 2);
        paged.extend(page.data.into_iter().map(|note| note.body));
        match page.next_cursor {
            Nullable::Present(next) => cursor = Some(next),
            Nullable::Null => break,
        }
    }
    assert_eq!(paged, listed);
}

async fn only_its_author_or_an_admin_deletes_a_note(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, _) = sales::an_opportunity_of(&app, "alice").await;
    let (alice, bob, admin) = (
        app.sales_manager("alice"),
        app.sales_manager("bob"),
        app.admin(),
    );
    let by_bob = note(&bob, created.id, "Bob's note").await;
    let also_by_bob = note(&bob, created.id, "Bob's other note").await;

    // Not even the opportunity's owner deletes someone else's note.
    let response = alice
        .delete_note(created.id, by_bob.id)
        .await
        .expect("a response");
    expect_problem!(response, DeleteNoteResponse::Forbidden, "forbidden");

    let response = bob
        .delete_note(created.id, by_bob.id)
        .await
        .expect("a response");
    expect_response!(response, DeleteNoteResponse::NoContent => ());
    let response = admin
        .delete_note(created.id, also_by_bob.id)
        .await
        .expect("a response");
    expect_response!(response, DeleteNoteResponse::NoContent => ());
    assert!(notes(&alice, created.id).await.is_empty());

    let response = bob
        .delete_note(created.id, by_bob.id)
        .await
        .expect("a response");
    expect_problem!(response, DeleteNoteResponse::NotFound, "not_found");
}

async fn notes_on_a_deleted_opportunity_are_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let written = note(&alice, created.id, "Before the deletion").await;
    let response = alice
        .delete_opportunity(created.id, e_tag)
        .await
        .expect("a response");
    expect_response!(response, opportunity_api::DeleteOpportunityResponse::NoContent => ());

    let response = alice
        .create_note(
            created.id,
            models::NoteCreate::new("After".to_owned()),
            None,
        )
        .await
        .expect("a response");
    expect_problem!(response, CreateNoteResponse::NotFound, "not_found");
    let response = alice
        .list_notes(created.id, None, None)
        .await
        .expect("a response");
    expect_problem!(response, ListNotesResponse::NotFound, "not_found");
    let response = alice
        .delete_note(created.id, written.id)
        .await
        .expect("a response");
    expect_problem!(response, DeleteNoteResponse::NotFound, "not_found");
}
