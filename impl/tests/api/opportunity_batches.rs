//! Many opportunities at once, all or nothing, and partner sync by external id.

use opportunity_api::models::{self, BatchOutcome, OpportunityStatus};
use opportunity_api::{
    ApiNoContext as _, BatchCreateOpportunitiesResponse, BatchUpdateOpportunitiesResponse,
    UpdateOpportunityResponse, UpsertOpportunityByExternalIdResponse,
};
use swagger::Nullable;
use uuid::Uuid;

use crate::expect::pointers;
use crate::helpers::{Backend, TestApp};
use crate::sales::{self, deal, Client};
use crate::{expect_problem, expect_response, on_both_stores};

on_both_stores!(
    batch_of_100_is_created_with_results_in_order,
    batch_with_one_bad_item_creates_nothing,
    batch_points_at_every_failing_item,
    batch_with_an_external_id_twice_creates_nothing,
    batch_keeps_checking_after_an_item_the_database_refuses,
    batch_naming_another_owner_is_for_admins_only,
    batch_update_applies_every_patch_in_order,
    batch_update_with_one_stale_etag_changes_nothing,
    batch_update_of_another_sales_managers_opportunity_changes_nothing,
    batch_update_points_at_every_failing_item,
    upsert_creates_then_replaces_by_external_id,
    upsert_leaves_the_fields_left_out_at_their_defaults,
    upsert_with_a_stale_etag_is_412,
    upsert_with_if_match_any_replaces_but_never_creates,
    upsert_of_a_deleted_opportunity_is_409_opportunity_deleted,
    upsert_of_another_sales_managers_opportunity_is_403,
);

async fn batch_create(
    client: &impl Client,
    items: Vec<models::OpportunityCreate>,
) -> BatchCreateOpportunitiesResponse {
    client
        .batch_create_opportunities(models::OpportunityBatchCreate::new(items), None)
        .await
        .expect("a response")
}

async fn batch_update(
    client: &impl Client,
    items: Vec<models::OpportunityBatchUpdateItem>,
) -> BatchUpdateOpportunitiesResponse {
    client
        .batch_update_opportunities(models::OpportunityBatchUpdate::new(items), None)
        .await
        .expect("a response")
}

fn next_step(id: Uuid, if_match: &str, step: &str) -> models::OpportunityBatchUpdateItem {
    let mut patch = models::OpportunityPatch::new();
    patch.next_step = Some(Nullable::Present(step.to_owned()));
    models::OpportunityBatchUpdateItem::new(id, if_match.to_owned(), patch)
}

/// `count` deals at `account`, named `Deal 000`, `Deal 001`, ...
fn deals(account: Uuid, count: usize) -> Vec<models::OpportunityCreate> {
    (0..count)
        .map(|index| {
            let mut opportunity = deal(account);
            opportunity.name = format!("Deal {index:03}");
            opportunity.amount = Some(format!("{index}.50"));
            opportunity
        })
        .collect()
}

async fn batch_of_100_is_created_with_results_in_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let response = batch_create(&app.sales_manager("alice"), deals(account, 100)).await;
    let results =
        expect_response!(response, BatchCreateOpportunitiesResponse::Ok(result) => result.items);
    assert_eq!(results.len(), 100);
    for (index, result) in results.iter().enumerate() {
        assert_eq!(usize::try_from(result.index).ok(), Some(index));
        assert_eq!(result.outcome, BatchOutcome::Created);
        assert_eq!(result.etag, "\"1\"");
        assert_eq!(result.opportunity.name, format!("Deal {index:03}"));
        assert_eq!(result.opportunity.amount, format!("{index}.50"));
        assert_eq!(result.opportunity.owner_id, "alice");
    }
    assert_eq!(sales::stored(&app, "opportunities").await, 100);
    let (read, _) = sales::read(&app.admin(), results[42].opportunity.id).await;
    assert_eq!(read, results[42].opportunity);
}

async fn batch_with_one_bad_item_creates_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut items = deals(account, 6);
    items[3].currency = "XXX".to_owned();
    let response = batch_create(&app.sales_manager("alice"), items).await;
    let problem = expect_problem!(
        response,
        BatchCreateOpportunitiesResponse::UnprocessableEntity,
        "validation_failed"
    );
    assert_eq!(pointers(&problem), ["/items/3/currency"]);
    let codes: Vec<&str> = problem
        .errors
        .iter()
        .flatten()
        .map(|error| error.code.as_str())
        .collect();
    assert_eq!(codes, ["unknown_currency"]);
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn batch_points_at_every_failing_item(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut items = deals(account, 6);
    items[1].currency = "JPY".to_owned();
    items[3].currency = "XXX".to_owned();
    items[4].account_id = Uuid::new_v4();
    items[5].line_items = Some(vec![sales::line("Seats", "1", "10")]);
    let response = batch_create(&app.sales_manager("alice"), items).await;
    let problem = expect_problem!(
        response,
        BatchCreateOpportunitiesResponse::UnprocessableEntity,
        "validation_failed"
    );
    assert_eq!(
        pointers(&problem),
        [
            "/items/1/amount",
            "/items/3/currency",
            "/items/4/account_id",
            "/items/5/amount"
        ]
    );
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn batch_with_an_external_id_twice_creates_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut items = deals(account, 3);
    items[0].external_id = Some("SF-1".to_owned());
    items[2].external_id = Some("SF-1".to_owned());
    let response = batch_create(&app.sales_manager("alice"), items).await;
    let problem = expect_problem!(
        response,
        BatchCreateOpportunitiesResponse::Conflict,
        "batch_item_conflict"
    );
    let failures: Vec<(&str, &str)> = problem
        .errors
        .iter()
        .flatten()
        .map(|error| (error.pointer.as_str(), error.code.as_str()))
        .collect();
    assert_eq!(failures, [("/items/2", "external_id_taken")]);
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn batch_keeps_checking_after_an_item_the_database_refuses(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut synced = deal(account);
    synced.external_id = Some("SF-1".to_owned());
    sales::create(&app.sales_manager("alice"), synced).await;

    let mut items = deals(account, 4);
    items[1].external_id = Some("SF-1".to_owned());
    items[2].account_id = Uuid::new_v4();
    let response = batch_create(&app.sales_manager("alice"), items).await;
    // The unique index refuses item 1; on PostgreSQL that fails the transaction, yet item 2 is
    // still checked.
    let problem = expect_problem!(
        response,
        BatchCreateOpportunitiesResponse::Conflict,
        "batch_item_conflict"
    );
    let failures: Vec<(&str, &str)> = problem
        .errors
        .iter()
        .flatten()
        .map(|error| (error.pointer.as_str(), error.code.as_str()))
        .collect();
    assert_eq!(
        failures,
        [
            ("/items/1", "external_id_taken"),
            ("/items/2/account_id", "unknown_account"),
        ]
    );
    assert_eq!(sales::stored(&app, "opportunities").await, 1);
}

async fn batch_naming_another_owner_is_for_admins_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut items = deals(account, 2);
    items[1].owner_id = Some("bob".to_owned());
    let response = batch_create(&app.sales_manager("alice"), items.clone()).await;
    let problem = expect_problem!(
        response,
        BatchCreateOpportunitiesResponse::Forbidden,
        "forbidden"
    );
    assert_eq!(pointers(&problem), ["/items/1"]);
    assert_eq!(sales::stored(&app, "opportunities").await, 0);

    let response = batch_create(&app.admin(), items).await;
    let results =
        expect_response!(response, BatchCreateOpportunitiesResponse::Ok(result) => result.items);
    let owners: Vec<&str> = results
        .iter()
        .map(|result| result.opportunity.owner_id.as_str())
        .collect();
    assert_eq!(owners, ["admin-1", "bob"]);
}

async fn batch_update_applies_every_patch_in_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (first, first_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (second, second_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let response = batch_update(
        &app.sales_manager("alice"),
        vec![
            next_step(second.id, &second_e_tag, "Send the revised quote"),
            next_step(first.id, &first_e_tag, "Book the demo"),
        ],
    )
    .await;
    let results =
        expect_response!(response, BatchUpdateOpportunitiesResponse::Ok(result) => result.items);
    let summary: Vec<(i32, BatchOutcome, &str, Uuid)> = results
        .iter()
        .map(|result| {
            (
                result.index,
                result.outcome,
                result.etag.as_str(),
                result.opportunity.id,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (0, BatchOutcome::Updated, "\"2\"", second.id),
            (1, BatchOutcome::Updated, "\"2\"", first.id),
        ]
    );
    let (read, _) = sales::read(&app.admin(), first.id).await;
    assert_eq!(
        read.next_step,
        Nullable::Present("Book the demo".to_owned())
    );
}

async fn batch_update_with_one_stale_etag_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (first, first_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (second, stale) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let mut rename = models::OpportunityPatch::new();
    rename.name = Some("Renamed meanwhile".to_owned());
    let response = alice
        .update_opportunity(second.id, stale.clone(), rename)
        .await
        .expect("a response");
    let (renamed, _) =
        expect_response!(response, UpdateOpportunityResponse::Ok { body, e_tag } => (body, e_tag));

    let response = batch_update(
        &alice,
        vec![
            next_step(first.id, &first_e_tag, "Book the demo"),
            next_step(second.id, &stale, "Send the revised quote"),
        ],
    )
    .await;
    let problem = expect_problem!(
        response,
        BatchUpdateOpportunitiesResponse::PreconditionFailed,
        "precondition_failed"
    );
    assert!(
        pointers(&problem)
            .iter()
            .all(|pointer| pointer.starts_with("/items/1")),
        "{problem:?}"
    );
    assert_eq!(sales::read(&alice, first.id).await, (first, first_e_tag));
    assert_eq!(sales::read(&alice, second.id).await.0, renamed);
}

async fn batch_update_of_another_sales_managers_opportunity_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (own, own_e_tag) = sales::an_opportunity_of(&app, "bob").await;
    let (alices, alices_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let response = batch_update(
        &app.sales_manager("bob"),
        vec![
            next_step(own.id, &own_e_tag, "Mine"),
            next_step(alices.id, &alices_e_tag, "Also mine"),
        ],
    )
    .await;
    let problem = expect_problem!(
        response,
        BatchUpdateOpportunitiesResponse::Forbidden,
        "forbidden"
    );
    assert_eq!(pointers(&problem), ["/items/1"]);
    assert_eq!(sales::read(&app.admin(), own.id).await, (own, own_e_tag));
}

async fn batch_update_points_at_every_failing_item(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (stale, _) = sales::an_opportunity_of(&app, "alice").await;
    let (fine, fine_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (bobs, bobs_e_tag) = sales::an_opportunity_of(&app, "bob").await;
    let response = batch_update(
        &app.sales_manager("alice"),
        vec![
            next_step(stale.id, "\"7\"", "Stale"),
            next_step(fine.id, &fine_e_tag, "Fine"),
            next_step(bobs.id, &bobs_e_tag, "Not hers"),
            next_step(Uuid::new_v4(), "*", "Nobody's"),
        ],
    )
    .await;
    // The gravest failure sets the status; every failing item is named.
    let problem = expect_problem!(
        response,
        BatchUpdateOpportunitiesResponse::Forbidden,
        "forbidden"
    );
    let failures: Vec<(String, String)> = problem
        .errors
        .iter()
        .flatten()
        .map(|error| (error.pointer.clone(), error.code.clone()))
        .collect();
    assert_eq!(
        failures,
        [
            ("/items/0".to_owned(), "precondition_failed".to_owned()),
            ("/items/2".to_owned(), "forbidden".to_owned()),
            ("/items/3".to_owned(), "not_found".to_owned()),
        ]
    );
    assert_eq!(sales::read(&app.admin(), fine.id).await, (fine, fine_e_tag));
}

async fn upsert(
    client: &impl Client,
    external_id: &str,
    opportunity: models::OpportunityUpsert,
    if_match: Option<&str>,
) -> UpsertOpportunityByExternalIdResponse {
    client
        .upsert_opportunity_by_external_id(
            external_id.to_owned(),
            opportunity,
            if_match.map(str::to_owned),
        )
        .await
        .expect("a response")
}

fn synced(account: Uuid, name: &str) -> models::OpportunityUpsert {
    models::OpportunityUpsert::new(name.to_owned(), account, "EUR".to_owned())
}

async fn upsert_creates_then_replaces_by_external_id(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut first = synced(account, "Globex - 500 seats");
    first.amount = Some("125000.00".to_owned());
    first.next_step = Some("Send the proposal".to_owned());
    first.tags = Some(vec!["enterprise".to_owned().into()]);
    let response = upsert(&alice, "SF-0065g00000XyZ12", first, None).await;
    let (created, e_tag, location) = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Created { body, e_tag, location } => (body, e_tag, location)
    );
    assert_eq!(e_tag, "\"1\"");
    assert_eq!(location, format!("/v1/opportunities/{}", created.id));
    assert_eq!(
        created.external_id,
        Nullable::Present("SF-0065g00000XyZ12".to_owned())
    );
    assert_eq!(created.owner_id, "alice");
    assert_eq!(created.stage_id, sales::QUALIFICATION);

    let mut second = synced(account, "Globex - 550 seats");
    second.amount = Some("137500.00".to_owned());
    second.description = Some("Grew by 50 seats".to_owned());
    let response = upsert(&alice, "SF-0065g00000XyZ12", second, None).await;
    let (replaced, e_tag) = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(replaced.id, created.id);
    assert_eq!(replaced.name, "Globex - 550 seats");
    assert_eq!(replaced.amount, "137500.00");
    assert_eq!(
        replaced.description,
        Nullable::Present("Grew by 50 seats".to_owned())
    );
    assert_eq!(replaced.next_step, Nullable::Null);
    assert!(replaced.tags.is_empty());
    assert_eq!(replaced.external_id, created.external_id);
    assert_eq!(sales::read(&alice, created.id).await, (replaced, e_tag));
    assert_eq!(sales::stored(&app, "opportunities").await, 1);
}

async fn upsert_leaves_the_fields_left_out_at_their_defaults(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut first = synced(account, "Globex - 500 seats");
    first.amount = Some("125000.00".to_owned());
    first.probability = Some(35);
    let response = upsert(&alice, "SF-1", first, None).await;
    let created = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Created { body, .. } => body
    );
    assert_eq!(created.probability, 35);

    let response = upsert(&alice, "SF-1", synced(account, "Globex - 500 seats"), None).await;
    let replaced = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Ok { body, .. } => body
    );
    assert_eq!(replaced.amount, "0.00");
    assert_eq!(replaced.probability, 10);
    assert_eq!(replaced.owner_id, "alice");
    assert_eq!(replaced.stage_id, sales::QUALIFICATION);
    assert_eq!(replaced.status, OpportunityStatus::Open);
}

async fn upsert_with_a_stale_etag_is_412(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let response = upsert(&alice, "SF-1", synced(account, "First"), Some("\"1\"")).await;
    expect_problem!(
        response,
        UpsertOpportunityByExternalIdResponse::PreconditionFailed,
        "precondition_failed"
    );
    let response = upsert(&alice, "SF-1", synced(account, "First"), None).await;
    let (created, seen) = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Created { body, e_tag, .. } => (body, e_tag)
    );
    let response = upsert(&alice, "SF-1", synced(account, "Second"), Some(&seen)).await;
    expect_response!(response, UpsertOpportunityByExternalIdResponse::Ok { .. } => ());

    let response = upsert(&alice, "SF-1", synced(account, "Third"), Some(&seen)).await;
    expect_problem!(
        response,
        UpsertOpportunityByExternalIdResponse::PreconditionFailed,
        "precondition_failed"
    );
    assert_eq!(sales::read(&alice, created.id).await.0.name, "Second");
}

async fn upsert_with_if_match_any_replaces_but_never_creates(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    // `If-Match: *` holds only when there is a current version (RFC 9110, 13.1.1).
    let response = upsert(&alice, "SF-1", synced(account, "First"), Some("*")).await;
    expect_problem!(
        response,
        UpsertOpportunityByExternalIdResponse::PreconditionFailed,
        "precondition_failed"
    );
    assert_eq!(sales::stored(&app, "opportunities").await, 0);

    let response = upsert(&alice, "SF-1", synced(account, "First"), None).await;
    expect_response!(response, UpsertOpportunityByExternalIdResponse::Created { .. } => ());
    let response = upsert(&alice, "SF-1", synced(account, "Second"), Some("*")).await;
    let replaced = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Ok { body, .. } => body
    );
    assert_eq!(replaced.name, "Second");
}

async fn upsert_of_a_deleted_opportunity_is_409_opportunity_deleted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let response = upsert(&alice, "SF-1", synced(account, "First"), None).await;
    let (created, e_tag) = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Created { body, e_tag, .. } => (body, e_tag)
    );
    let response = alice
        .delete_opportunity(created.id, e_tag)
        .await
        .expect("a response");
    expect_response!(response, opportunity_api::DeleteOpportunityResponse::NoContent => ());

    let response = upsert(&alice, "SF-1", synced(account, "Again"), None).await;
    expect_problem!(
        response,
        UpsertOpportunityByExternalIdResponse::Conflict,
        "opportunity_deleted"
    );
    assert_eq!(sales::stored(&app, "opportunities").await, 1);
}

async fn upsert_of_another_sales_managers_opportunity_is_403(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let response = upsert(
        &app.sales_manager("alice"),
        "SF-1",
        synced(account, "Alice's"),
        None,
    )
    .await;
    let (created, e_tag) = expect_response!(
        response,
        UpsertOpportunityByExternalIdResponse::Created { body, e_tag, .. } => (body, e_tag)
    );
    let response = upsert(
        &app.sales_manager("bob"),
        "SF-1",
        synced(account, "Bob's now"),
        None,
    )
    .await;
    expect_problem!(
        response,
        UpsertOpportunityByExternalIdResponse::Forbidden,
        "forbidden"
    );
    assert_eq!(
        sales::read(&app.admin(), created.id).await,
        (created, e_tag)
    );
}
