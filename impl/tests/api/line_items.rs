//! Line items: each write derives the opportunity's amount again and moves its ETag on; the line
//! item responses carry that new ETag.

use opportunity_api::models::{self, AmountSource};
use opportunity_api::{
    ApiNoContext as _, CreateLineItemResponse, DeleteLineItemResponse, ListLineItemsResponse,
    UpdateLineItemResponse, UpdateOpportunityResponse,
};
use uuid::Uuid;

use crate::helpers::{Backend, TestApp};
use crate::sales::{self, deal, line, Client};
use crate::{expect_problem, expect_response, on_both_stores};

on_both_stores!(
    adding_a_line_item_derives_the_amount_and_moves_the_etag_on,
    changing_a_line_item_derives_the_amount_again,
    removing_a_line_item_derives_the_amount_from_the_rest,
    removing_the_last_line_item_keeps_the_amount_and_makes_it_writable,
    line_items_take_the_opportunitys_current_etag,
    two_line_item_writers_with_the_same_etag_only_one_wins,
    line_item_is_found_only_on_its_own_opportunity,
    line_items_of_a_closed_opportunity_cannot_change,
    sales_manager_cannot_change_line_items_of_another_sales_managers_opportunity,
    line_items_are_listed_in_the_order_they_were_added,
);

async fn add(
    client: &impl Client,
    opportunity_id: Uuid,
    e_tag: &str,
    line_item: models::LineItemCreate,
) -> CreateLineItemResponse {
    client
        .create_line_item(opportunity_id, e_tag.to_owned(), line_item, None)
        .await
        .expect("a response")
}

/// Adds `line_item` and returns it with the opportunity's new ETag.
async fn added(
    client: &impl Client,
    opportunity_id: Uuid,
    e_tag: &str,
    line_item: models::LineItemCreate,
) -> (models::LineItem, String) {
    let response = add(client, opportunity_id, e_tag, line_item).await;
    expect_response!(response, CreateLineItemResponse::Created { body, e_tag, .. } => (body, e_tag))
}

async fn change(
    client: &impl Client,
    opportunity_id: Uuid,
    line_item_id: Uuid,
    e_tag: &str,
    patch: models::LineItemPatch,
) -> UpdateLineItemResponse {
    client
        .update_line_item(opportunity_id, line_item_id, e_tag.to_owned(), patch)
        .await
        .expect("a response")
}

async fn remove(
    client: &impl Client,
    opportunity_id: Uuid,
    line_item_id: Uuid,
    e_tag: &str,
) -> DeleteLineItemResponse {
    client
        .delete_line_item(opportunity_id, line_item_id, e_tag.to_owned())
        .await
        .expect("a response")
}

fn quantity(quantity: &str) -> models::LineItemPatch {
    let mut patch = models::LineItemPatch::new();
    patch.quantity = Some(quantity.to_owned());
    patch
}

async fn adding_a_line_item_derives_the_amount_and_moves_the_etag_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.amount = Some("500.00".to_owned());
    let (created, e_tag) = sales::create(&alice, opportunity).await;

    let mut licences = line("Platform licence (seat, yearly)", "500", "250.00");
    licences.discount_percent = Some("10".to_owned());
    let response = add(&alice, created.id, &e_tag, licences).await;
    let (line_item, e_tag, location) = expect_response!(
        response,
        CreateLineItemResponse::Created { body, e_tag, location } => (body, e_tag, location)
    );
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(
        location,
        format!(
            "/v1/opportunities/{}/line-items/{}",
            created.id, line_item.id
        )
    );
    assert_eq!(line_item.opportunity_id, created.id);
    assert_eq!(line_item.total, "112500.00");
    assert_eq!(line_item.currency, "EUR");

    let (read, read_e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(read_e_tag, e_tag);
    assert_eq!(read.amount, "112500.00");
    assert_eq!(read.amount_source, AmountSource::LineItems);

    let (_, e_tag) = added(&alice, created.id, &e_tag, line("Onboarding", "1", "2500")).await;
    assert_eq!(e_tag, "\"3\"");
    assert_eq!(sales::read(&alice, created.id).await.0.amount, "115000.00");
}

async fn changing_a_line_item_derives_the_amount_again(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (seats, e_tag) = added(&alice, created.id, &e_tag, line("Seats", "500", "250.00")).await;
    let (_, e_tag) = added(&alice, created.id, &e_tag, line("Onboarding", "1", "2500")).await;

    let response = change(&alice, created.id, seats.id, &e_tag, quantity("550")).await;
    let (changed, e_tag) =
        expect_response!(response, UpdateLineItemResponse::Ok { body, e_tag } => (body, e_tag));
    assert_eq!(e_tag, "\"4\"");
    assert_eq!(changed.quantity, "550");
    assert_eq!(changed.unit_price, "250.00");
    assert_eq!(changed.product, "Seats");
    assert_eq!(changed.total, "137500.00");

    let mut discount = models::LineItemPatch::new();
    discount.discount_percent = Some("12.5".to_owned());
    let response = change(&alice, created.id, seats.id, &e_tag, discount).await;
    let (changed, e_tag) =
        expect_response!(response, UpdateLineItemResponse::Ok { body, e_tag } => (body, e_tag));
    assert_eq!(changed.quantity, "550");
    assert_eq!(changed.discount_percent, "12.5");
    assert_eq!(changed.total, "120312.50");

    let (read, read_e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(read_e_tag, e_tag);
    assert_eq!(read.amount, "122812.50");
}

async fn removing_a_line_item_derives_the_amount_from_the_rest(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (seats, e_tag) = added(&alice, created.id, &e_tag, line("Seats", "10", "100")).await;
    let (_, e_tag) = added(&alice, created.id, &e_tag, line("Onboarding", "1", "2500")).await;

    let response = remove(&alice, created.id, seats.id, &e_tag).await;
    expect_response!(response, DeleteLineItemResponse::NoContent => ());
    let (read, read_e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(read_e_tag, "\"4\"");
    assert_eq!(read.amount, "2500.00");
    assert_eq!(read.amount_source, AmountSource::LineItems);

    let response = remove(&alice, created.id, seats.id, &read_e_tag).await;
    expect_problem!(response, DeleteLineItemResponse::NotFound, "not_found");
}

async fn removing_the_last_line_item_keeps_the_amount_and_makes_it_writable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (seats, e_tag) = added(&alice, created.id, &e_tag, line("Seats", "10", "100")).await;

    let response = remove(&alice, created.id, seats.id, &e_tag).await;
    expect_response!(response, DeleteLineItemResponse::NoContent => ());
    let (read, e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(e_tag, "\"3\"");
    assert_eq!(read.amount, "1000.00");
    assert_eq!(read.amount_source, AmountSource::Manual);

    let mut amount = models::OpportunityPatch::new();
    amount.amount = Some("1200.00".to_owned());
    let response = alice
        .update_opportunity(created.id, e_tag, amount)
        .await
        .expect("a response");
    let updated = expect_response!(response, UpdateOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(updated.amount, "1200.00");
}

async fn line_items_take_the_opportunitys_current_etag(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, stale) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (seats, e_tag) = added(&alice, created.id, &stale, line("Seats", "10", "100")).await;

    let response = add(&alice, created.id, &stale, line("Onboarding", "1", "2500")).await;
    expect_problem!(
        response,
        CreateLineItemResponse::PreconditionFailed,
        "precondition_failed"
    );
    let response = change(&alice, created.id, seats.id, &stale, quantity("20")).await;
    expect_problem!(
        response,
        UpdateLineItemResponse::PreconditionFailed,
        "precondition_failed"
    );
    let response = remove(&alice, created.id, seats.id, &stale).await;
    expect_problem!(
        response,
        DeleteLineItemResponse::PreconditionFailed,
        "precondition_failed"
    );
    // The generated client cannot leave out a required If-Match: this one goes raw.
    let token = format!(
        "Bearer {}",
        app.token("alice", &[opportunity_service::auth::Role::SalesManager])
    );
    let response = app
        .raw(
            "POST",
            &format!("/v1/opportunities/{}/line-items", created.id),
            &[
                ("authorization", &token),
                ("content-type", "application/json"),
            ],
            Some(r#"{"product": "Onboarding", "quantity": "1", "unit_price": "2500"}"#),
        )
        .await;
    response.assert_problem(428, "precondition_required");
    let (read, read_e_tag) = sales::read(&alice, created.id).await;
    assert_eq!((read.amount.as_str(), read_e_tag), ("1000.00", e_tag));
}

async fn two_line_item_writers_with_the_same_etag_only_one_wins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (alice, admin) = (app.sales_manager("alice"), app.admin());
    let (first, second) = tokio::join!(
        add(&alice, created.id, &e_tag, line("Seats", "1", "10")),
        add(&admin, created.id, &e_tag, line("Onboarding", "1", "20")),
    );
    let created_count = [&first, &second]
        .iter()
        .filter(|response| matches!(response, CreateLineItemResponse::Created { .. }))
        .count();
    let failed_count = [&first, &second]
        .iter()
        .filter(|response| matches!(response, CreateLineItemResponse::PreconditionFailed(_)))
        .count();
    assert_eq!(
        (created_count, failed_count),
        (1, 1),
        "{first:?} / {second:?}"
    );

    // The loser's line item was rolled back with it.
    let response = alice
        .list_line_items(created.id, None, None)
        .await
        .expect("a response");
    let page = expect_response!(response, ListLineItemsResponse::Ok(page) => page);
    assert_eq!(page.data.len(), 1);
    let (read, e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(read.amount, page.data[0].total);
}

async fn line_item_is_found_only_on_its_own_opportunity(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (own, own_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (other, other_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (seats, _) = added(&alice, own.id, &own_e_tag, line("Seats", "10", "100")).await;

    let response = change(&alice, other.id, seats.id, &other_e_tag, quantity("20")).await;
    expect_problem!(response, UpdateLineItemResponse::NotFound, "not_found");
    let response = remove(&alice, other.id, seats.id, &other_e_tag).await;
    expect_problem!(response, DeleteLineItemResponse::NotFound, "not_found");
    assert_eq!(sales::read(&alice, other.id).await, (other, other_e_tag));
}

async fn line_items_of_a_closed_opportunity_cannot_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (seats, e_tag) = added(&alice, created.id, &e_tag, line("Seats", "10", "100")).await;
    let (won, e_tag) = sales::win(&alice, created.id, &e_tag).await;

    let response = add(&alice, created.id, &e_tag, line("Onboarding", "1", "2500")).await;
    expect_problem!(
        response,
        CreateLineItemResponse::Conflict,
        "opportunity_closed"
    );
    let response = change(&alice, created.id, seats.id, &e_tag, quantity("20")).await;
    expect_problem!(
        response,
        UpdateLineItemResponse::Conflict,
        "opportunity_closed"
    );
    let response = remove(&alice, created.id, seats.id, &e_tag).await;
    expect_problem!(
        response,
        DeleteLineItemResponse::Conflict,
        "opportunity_closed"
    );
    assert_eq!(sales::read(&alice, created.id).await, (won, e_tag));
}

async fn sales_manager_cannot_change_line_items_of_another_sales_managers_opportunity(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (seats, e_tag) = added(
        &app.sales_manager("alice"),
        created.id,
        &e_tag,
        line("Seats", "10", "100"),
    )
    .await;
    let bob = app.sales_manager("bob");

    let response = add(&bob, created.id, &e_tag, line("Onboarding", "1", "2500")).await;
    expect_problem!(response, CreateLineItemResponse::Forbidden, "forbidden");
    let response = change(&bob, created.id, seats.id, &e_tag, quantity("20")).await;
    expect_problem!(response, UpdateLineItemResponse::Forbidden, "forbidden");
    let response = remove(&bob, created.id, seats.id, &e_tag).await;
    expect_problem!(response, DeleteLineItemResponse::Forbidden, "forbidden");

    let (_, admin_e_tag) = added(
        &app.admin(),
        created.id,
        &e_tag,
        line("Onboarding", "1", "2500"),
    )
    .await;
    assert_eq!(admin_e_tag, "\"3\"");
}

async fn line_items_are_listed_in_the_order_they_were_added(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, mut e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let products = ["Seats", "Onboarding", "Support", "Training"];
    for product in products {
        e_tag = added(&alice, created.id, &e_tag, line(product, "1", "10"))
            .await
            .1;
    }
    let bob = app.sales_manager("bob");
    let response = bob
        .list_line_items(created.id, Some(3), None)
        .await
        .expect("a response");
    let first = expect_response!(response, ListLineItemsResponse::Ok(page) => page);
    let swagger::Nullable::Present(cursor) = first.next_cursor else {
        panic!("a fourth line item follows: {first:?}")
    };
    let response = bob
        .list_line_items(created.id, Some(3), Some(cursor))
        .await
        .expect("a response");
    let second = expect_response!(response, ListLineItemsResponse::Ok(page) => page);
    assert_eq!(second.next_cursor, swagger::Nullable::Null);
    let listed: Vec<&str> = first
        .data
        .iter()
        .chain(&second.data)
        .map(|item| item.product.as_str())
        .collect();
    assert_eq!(listed, products);
}
