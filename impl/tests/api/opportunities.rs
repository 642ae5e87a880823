//! Opportunities: creating them (defaults, stages, owners, line items, external ids), money in
//! each currency's precision, reading with ETags, deleting, restoring and purging, and merge
//! patches with their preconditions and rules.

use opportunity_api::models::{self, AmountSource, OpportunityStatus};
use opportunity_api::{
    ApiNoContext as _, CreateOpportunityResponse, DeleteOpportunityResponse,
    GetOpportunityResponse, PurgeOpportunityResponse, RestoreOpportunityResponse,
    UpdateOpportunityResponse,
};
use swagger::Nullable;
use uuid::Uuid;

use crate::expect::pointers;
use crate::helpers::{Backend, TestApp};
use crate::sales::{self, deal, line, Client};
use crate::{expect_problem, expect_response, on_both_stores};
use opportunity_service::auth::Role;

on_both_stores!(
    new_opportunity_starts_in_the_first_open_stage_of_the_default_pipeline_owned_by_the_caller,
    new_opportunity_in_a_named_stage_takes_its_probability_unless_given,
    new_opportunity_refuses_a_stage_of_another_pipeline,
    new_opportunity_refuses_a_closed_stage,
    new_opportunity_refuses_an_unknown_account,
    only_an_admin_creates_an_opportunity_for_another_owner,
    line_items_on_create_derive_the_amount,
    amount_together_with_line_items_is_refused,
    external_id_is_unique_among_opportunities,
    contacts_at_the_account_take_part_in_the_opportunity,
    linked_contacts_exist_work_at_the_account_and_may_be_processed,
    moving_to_another_account_takes_the_contacts_along_or_refuses,
    yen_amounts_with_decimals_are_refused,
    dinar_amounts_keep_three_decimals,
    unknown_currency_is_refused,
    largest_amount_round_trips,
    line_items_adding_up_beyond_the_largest_amount_are_refused,
    line_totals_round_half_up_to_the_minor_unit,
    amounts_are_written_with_the_currency_decimals,
    yen_line_items_are_priced_in_whole_yen,
    changing_the_currency_keeps_the_amount_only_where_it_fits,
    read_carries_the_etag_and_honours_if_none_match,
    unknown_opportunity_is_404,
    stored_values_that_do_not_decode_fail_the_request_and_are_never_overwritten,
    deleted_opportunity_is_gone_until_restored,
    only_the_owner_or_an_admin_restores_a_deleted_opportunity,
    purged_opportunity_is_gone_for_good,
    merge_patch_null_clears_next_step_and_leaves_the_rest,
    update_without_if_match_is_428,
    update_with_a_stale_etag_is_412,
    two_writers_with_the_same_etag_only_one_wins,
    closed_opportunity_accepts_only_description_next_step_tags_and_external_id,
    amount_of_an_opportunity_with_line_items_is_not_writable,
    sales_manager_cannot_change_another_sales_managers_opportunity,
    only_an_admin_reassigns_the_owner,
);

fn patch() -> models::OpportunityPatch {
    models::OpportunityPatch::new()
}

async fn update(
    client: &impl Client,
    id: Uuid,
    patch: models::OpportunityPatch,
    if_match: &str,
) -> UpdateOpportunityResponse {
    client
        .update_opportunity(id, if_match.to_owned(), patch)
        .await
        .expect("a response")
}

async fn try_create(
    client: &impl Client,
    opportunity: models::OpportunityCreate,
) -> CreateOpportunityResponse {
    client
        .create_opportunity(opportunity, None)
        .await
        .expect("a response")
}

async fn new_opportunity_starts_in_the_first_open_stage_of_the_default_pipeline_owned_by_the_caller(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let response = try_create(&app.sales_manager("alice"), deal(account)).await;
    let (opportunity, e_tag, location) = expect_response!(
        response,
        CreateOpportunityResponse::Created { body, e_tag, location } => (body, e_tag, location)
    );
    assert_eq!(e_tag, "\"1\"");
    assert_eq!(location, format!("/v1/opportunities/{}", opportunity.id));
    assert_eq!(opportunity.pipeline_id, sales::SALES_PIPELINE);
    assert_eq!(opportunity.stage_id, sales::QUALIFICATION);
    assert_eq!(opportunity.probability, 10);
    assert_eq!(opportunity.status, OpportunityStatus::Open);
    assert_eq!(opportunity.owner_id, "alice");
    assert_eq!(opportunity.amount, "0.00");
    assert_eq!(opportunity.currency, "EUR");
    assert_eq!(opportunity.amount_source, AmountSource::Manual);
    assert_eq!(opportunity.closed_at, Nullable::Null);
    assert_eq!(opportunity.version, 1);
}

async fn new_opportunity_in_a_named_stage_takes_its_probability_unless_given(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut in_proposal = deal(account);
    in_proposal.stage_id = Some(sales::PROPOSAL);
    let (opportunity, _) = sales::create(&alice, in_proposal.clone()).await;
    assert_eq!(opportunity.stage_id, sales::PROPOSAL);
    assert_eq!(opportunity.probability, 50);

    in_proposal.probability = Some(35);
    let (opportunity, _) = sales::create(&alice, in_proposal).await;
    assert_eq!(opportunity.stage_id, sales::PROPOSAL);
    assert_eq!(opportunity.probability, 35);
}

async fn new_opportunity_refuses_a_stage_of_another_pipeline(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let partner = sales::a_partner_pipeline(&app).await;
    let mut opportunity = deal(account);
    opportunity.stage_id = Some(partner.registered);
    let response = try_create(&app.sales_manager("alice"), opportunity).await;
    let problem = expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "stage_not_in_pipeline"
    );
    assert_eq!(pointers(&problem), ["/stage_id"]);
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn new_opportunity_refuses_a_closed_stage(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    for closed in [sales::CLOSED_WON, sales::CLOSED_LOST] {
        let mut opportunity = deal(account);
        opportunity.stage_id = Some(closed);
        let response = try_create(&app.sales_manager("alice"), opportunity).await;
        let problem = expect_problem!(
            response,
            CreateOpportunityResponse::UnprocessableEntity,
            "stage_not_open"
        );
        assert_eq!(pointers(&problem), ["/stage_id"]);
    }
}

async fn new_opportunity_refuses_an_unknown_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = try_create(&app.sales_manager("alice"), deal(Uuid::new_v4())).await;
    let problem = expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "unknown_account"
    );
    assert_eq!(pointers(&problem), ["/account_id"]);
}

async fn only_an_admin_creates_an_opportunity_for_another_owner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut for_bob = deal(account);
    for_bob.owner_id = Some("bob".to_owned());

    let response = try_create(&app.sales_manager("alice"), for_bob.clone()).await;
    expect_problem!(response, CreateOpportunityResponse::Forbidden, "forbidden");
    assert_eq!(sales::stored(&app, "opportunities").await, 0);

    let (opportunity, _) = sales::create(&app.admin(), for_bob).await;
    assert_eq!(opportunity.owner_id, "bob");

    let mut for_herself = deal(account);
    for_herself.owner_id = Some("alice".to_owned());
    let (opportunity, _) = sales::create(&app.sales_manager("alice"), for_herself).await;
    assert_eq!(opportunity.owner_id, "alice");
}

async fn line_items_on_create_derive_the_amount(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut licences = line("Platform licence (seat, yearly)", "500", "250.00");
    licences.discount_percent = Some("10".to_owned());
    let mut opportunity = deal(account);
    opportunity.line_items = Some(vec![licences, line("Onboarding", "2", "1500")]);
    let (opportunity, _) = sales::create(&app.sales_manager("alice"), opportunity).await;
    // 500 × 250.00 − 10% + 2 × 1500.00
    assert_eq!(opportunity.amount, "115500.00");
    assert_eq!(opportunity.amount_source, AmountSource::LineItems);
}

async fn amount_together_with_line_items_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut opportunity = deal(account);
    opportunity.amount = Some("1000.00".to_owned());
    opportunity.line_items = Some(vec![line("Onboarding", "1", "1000.00")]);
    let response = try_create(&app.sales_manager("alice"), opportunity).await;
    let problem = expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "amount_derived_from_line_items"
    );
    assert_eq!(pointers(&problem), ["/amount"]);
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn external_id_is_unique_among_opportunities(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut synced = deal(account);
    synced.external_id = Some("SF-0065g00000XyZ12".to_owned());
    let (opportunity, _) = sales::create(&alice, synced.clone()).await;
    assert_eq!(
        opportunity.external_id,
        Nullable::Present("SF-0065g00000XyZ12".to_owned())
    );

    let response = try_create(&app.sales_manager("bob"), synced).await;
    expect_problem!(
        response,
        CreateOpportunityResponse::Conflict,
        "external_id_taken"
    );
    assert_eq!(sales::stored(&app, "opportunities").await, 1);

    let (other, e_tag) = sales::create(&alice, deal(account)).await;
    let mut taken = patch();
    taken.external_id = Some(Nullable::Present("SF-0065g00000XyZ12".to_owned()));
    let response = update(&alice, other.id, taken, &e_tag).await;
    expect_problem!(
        response,
        UpdateOpportunityResponse::Conflict,
        "external_id_taken"
    );
}

async fn contacts_at_the_account_take_part_in_the_opportunity(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let (ada, grace) = (
        sales::a_contact_at(&app, account, false).await,
        sales::a_contact_at(&app, account, false).await,
    );
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.primary_contact_id = Some(ada);
    opportunity.contact_roles = Some(vec![
        models::ContactRoleAssignment::new(ada, models::ContactRole::DecisionMaker),
        models::ContactRoleAssignment::new(grace, models::ContactRole::Champion),
    ]);
    let (created, e_tag) = sales::create(&alice, opportunity).await;
    assert_eq!(created.primary_contact_id, Nullable::Present(ada));
    assert_eq!(
        created.contact_roles,
        [
            models::ContactRoleAssignment::new(ada, models::ContactRole::DecisionMaker),
            models::ContactRoleAssignment::new(grace, models::ContactRole::Champion),
        ]
    );
    assert_eq!(sales::read(&alice, created.id).await.0, created);

    let mut unlink = patch();
    unlink.primary_contact_id = Some(Nullable::Null);
    unlink.contact_roles = Some(Vec::new());
    let response = update(&alice, created.id, unlink, &e_tag).await;
    let updated = expect_response!(response, UpdateOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(updated.primary_contact_id, Nullable::Null);
    assert!(updated.contact_roles.is_empty());
}

async fn linked_contacts_exist_work_at_the_account_and_may_be_processed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let elsewhere = sales::an_account(&app).await;
    let ada = sales::a_contact_at(&app, account, false).await;
    let stranger = sales::a_contact_at(&app, elsewhere, false).await;
    let restricted = sales::a_contact_at(&app, account, true).await;
    let champion =
        |contact| models::ContactRoleAssignment::new(contact, models::ContactRole::Champion);
    let cases: [(Option<Uuid>, Vec<models::ContactRoleAssignment>, &str, &str); 4] = [
        (
            Some(Uuid::new_v4()),
            vec![],
            "unknown_contact",
            "/primary_contact_id",
        ),
        (
            Some(stranger),
            vec![],
            "contact_not_in_account",
            "/primary_contact_id",
        ),
        (
            None,
            vec![champion(restricted)],
            "contact_processing_restricted",
            "/contact_roles/0/contact_id",
        ),
        (
            None,
            vec![champion(ada), champion(ada)],
            "duplicate_contact",
            "/contact_roles/1/contact_id",
        ),
    ];
    for (primary_contact_id, contact_roles, code, pointer) in cases {
        let mut opportunity = deal(account);
        opportunity.primary_contact_id = primary_contact_id;
        opportunity.contact_roles = Some(contact_roles);
        let response = try_create(&app.sales_manager("alice"), opportunity).await;
        let problem = expect_problem!(
            response,
            CreateOpportunityResponse::UnprocessableEntity,
            code
        );
        assert_eq!(pointers(&problem), [pointer]);
    }
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn moving_to_another_account_takes_the_contacts_along_or_refuses(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let elsewhere = sales::an_account(&app).await;
    let ada = sales::a_contact_at(&app, account, false).await;
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.primary_contact_id = Some(ada);
    let (created, e_tag) = sales::create(&alice, opportunity).await;

    let mut to_elsewhere = patch();
    to_elsewhere.account_id = Some(elsewhere);
    let response = update(&alice, created.id, to_elsewhere.clone(), &e_tag).await;
    let problem = expect_problem!(
        response,
        UpdateOpportunityResponse::UnprocessableEntity,
        "contact_not_in_account"
    );
    assert_eq!(pointers(&problem), ["/primary_contact_id"]);

    to_elsewhere.primary_contact_id = Some(Nullable::Null);
    let response = update(&alice, created.id, to_elsewhere, &e_tag).await;
    let moved = expect_response!(response, UpdateOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(moved.account_id, elsewhere);
    assert_eq!(moved.primary_contact_id, Nullable::Null);
}

/// Creates a manual-amount opportunity in `currency` and answers what the service said.
async fn create_with_amount(
    app: &TestApp,
    currency: &str,
    amount: &str,
) -> CreateOpportunityResponse {
    let account = sales::an_account(app).await;
    let mut opportunity = deal(account);
    opportunity.currency = currency.to_owned();
    opportunity.amount = Some(amount.to_owned());
    try_create(&app.sales_manager("alice"), opportunity).await
}

async fn yen_amounts_with_decimals_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = create_with_amount(&app, "JPY", "1000.5").await;
    let problem = expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "too_many_decimals"
    );
    assert_eq!(pointers(&problem), ["/amount"]);

    let response = create_with_amount(&app, "JPY", "1000").await;
    let opportunity =
        expect_response!(response, CreateOpportunityResponse::Created { body, .. } => body);
    assert_eq!(opportunity.amount, "1000");
}

async fn dinar_amounts_keep_three_decimals(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = create_with_amount(&app, "KWD", "1250.125").await;
    let opportunity =
        expect_response!(response, CreateOpportunityResponse::Created { body, .. } => body);
    assert_eq!(opportunity.amount, "1250.125");
    let (read, _) = sales::read(&app.admin(), opportunity.id).await;
    assert_eq!(read.amount, "1250.125");

    let response = create_with_amount(&app, "KWD", "1.2345").await;
    expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "too_many_decimals"
    );
}

async fn unknown_currency_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = create_with_amount(&app, "XXX", "10.00").await;
    let problem = expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "unknown_currency"
    );
    assert_eq!(pointers(&problem), ["/currency"]);
    assert_eq!(sales::stored(&app, "opportunities").await, 0);
}

async fn largest_amount_round_trips(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = create_with_amount(&app, "EUR", "9999999999999.99").await;
    let opportunity =
        expect_response!(response, CreateOpportunityResponse::Created { body, .. } => body);
    assert_eq!(opportunity.amount, "9999999999999.99");
    let (read, _) = sales::read(&app.admin(), opportunity.id).await;
    assert_eq!(read.amount, "9999999999999.99");
}

async fn line_items_adding_up_beyond_the_largest_amount_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.line_items = Some(vec![line("Everything", "1", "9999999999999.99")]);
    let (created, _) = sales::create(&alice, opportunity.clone()).await;
    assert_eq!(created.amount, "9999999999999.99");

    for count in [2, 100] {
        opportunity.line_items = Some(vec![line("Everything", "1", "9999999999999.99"); count]);
        let response = try_create(&alice, opportunity.clone()).await;
        let problem = expect_problem!(
            response,
            CreateOpportunityResponse::UnprocessableEntity,
            "amount_too_large"
        );
        assert_eq!(pointers(&problem), ["/line_items"], "{count} line items");
    }
    assert_eq!(sales::stored(&app, "opportunities").await, 1);
}

async fn line_totals_round_half_up_to_the_minor_unit(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let mut stickers = line("Stickers", "3", "0.35");
    stickers.discount_percent = Some("50".to_owned());
    let mut opportunity = deal(account);
    opportunity.line_items = Some(vec![stickers]);
    let (opportunity, _) = sales::create(&app.sales_manager("alice"), opportunity).await;
    // 3 × 0.35 − 50% = 0.525, half up to the cent
    assert_eq!(opportunity.amount, "0.53");
    let response = app
        .admin()
        .list_line_items(opportunity.id, None, None)
        .await
        .expect("a response");
    let page = expect_response!(response, opportunity_api::ListLineItemsResponse::Ok(page) => page);
    assert_eq!(page.data.len(), 1);
    assert_eq!(page.data[0].total, "0.53");
    assert_eq!(page.data[0].quantity, "3");
    assert_eq!(page.data[0].unit_price, "0.35");
    assert_eq!(page.data[0].discount_percent, "50");
}

async fn amounts_are_written_with_the_currency_decimals(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for (currency, sent, written) in [
        ("EUR", "1000.5", "1000.50"),
        ("EUR", "7", "7.00"),
        ("KWD", "5", "5.000"),
        ("JPY", "0", "0"),
    ] {
        let response = create_with_amount(&app, currency, sent).await;
        let opportunity =
            expect_response!(response, CreateOpportunityResponse::Created { body, .. } => body);
        assert_eq!(opportunity.amount, written, "{sent} {currency}");
    }
}

async fn yen_line_items_are_priced_in_whole_yen(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut yen = deal(account);
    yen.currency = "JPY".to_owned();
    yen.line_items = Some(vec![line("Seats", "1", "10.5")]);
    let response = try_create(&alice, yen.clone()).await;
    let problem = expect_problem!(
        response,
        CreateOpportunityResponse::UnprocessableEntity,
        "too_many_decimals"
    );
    assert_eq!(pointers(&problem), ["/line_items/0/unit_price"]);

    let mut seats = line("Seats", "3", "333");
    seats.discount_percent = Some("10".to_owned());
    yen.line_items = Some(vec![seats]);
    let (created, _) = sales::create(&alice, yen).await;
    // 3 × 333 − 10% = 899.1, rounded to whole yen
    assert_eq!(created.amount, "899");
}

async fn changing_the_currency_keeps_the_amount_only_where_it_fits(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = create_with_amount(&app, "EUR", "1000.50").await;
    let (created, e_tag) = expect_response!(
        response,
        CreateOpportunityResponse::Created { body, e_tag, .. } => (body, e_tag)
    );
    let alice = app.sales_manager("alice");
    let mut to_yen = patch();
    to_yen.currency = Some("JPY".to_owned());
    let response = update(&alice, created.id, to_yen.clone(), &e_tag).await;
    let problem = expect_problem!(
        response,
        UpdateOpportunityResponse::UnprocessableEntity,
        "too_many_decimals"
    );
    assert_eq!(pointers(&problem), ["/amount"]);

    let mut to_nowhere = patch();
    to_nowhere.currency = Some("XXX".to_owned());
    let response = update(&alice, created.id, to_nowhere, &e_tag).await;
    expect_problem!(
        response,
        UpdateOpportunityResponse::UnprocessableEntity,
        "unknown_currency"
    );

    to_yen.amount = Some("150000".to_owned());
    let response = update(&alice, created.id, to_yen, &e_tag).await;
    let updated = expect_response!(response, UpdateOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(
        (updated.amount.as_str(), updated.currency.as_str()),
        ("150000", "JPY")
    );

    let mut to_euros = patch();
    to_euros.currency = Some("EUR".to_owned());
    let response = update(&alice, created.id, to_euros, "*").await;
    let updated = expect_response!(response, UpdateOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(updated.amount, "150000.00");
}

async fn read_carries_the_etag_and_honours_if_none_match(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, _) = sales::an_opportunity_of(&app, "alice").await;
    let bob = app.sales_manager("bob");
    let (read, e_tag) = sales::read(&bob, created.id).await;
    assert_eq!(e_tag, "\"1\"");
    assert_eq!(read, created);

    let response = bob
        .get_opportunity(created.id, Some(e_tag.clone()))
        .await
        .expect("a response");
    let unchanged =
        expect_response!(response, GetOpportunityResponse::NotModified { e_tag } => e_tag);
    assert_eq!(unchanged, "\"1\"");

    let response = bob
        .get_opportunity(created.id, Some("\"0\"".to_owned()))
        .await
        .expect("a response");
    expect_response!(response, GetOpportunityResponse::Ok { .. } => ());
}

async fn unknown_opportunity_is_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .admin()
        .get_opportunity(Uuid::new_v4(), None)
        .await
        .expect("a response");
    expect_problem!(response, GetOpportunityResponse::NotFound, "not_found");
}

/// A stored value our writes never produce (here, written behind the service's back) is an internal
/// error the request reports, never a guessed default: a read used to show the tags as `[]`, and a
/// patch of another field wrote `[]` over the contact roles it could not read.
async fn stored_values_that_do_not_decode_fail_the_request_and_are_never_overwritten(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (opportunity, _) = sales::an_opportunity_of(&app, "alice").await;
    let path = format!("/v1/opportunities/{}", opportunity.id);
    let token = format!("Bearer {}", app.token("alice", &[Role::SalesManager]));
    let mut database = app.database().await;
    sqlx::query("UPDATE opportunities SET tags = 'not json', contact_roles = '{' WHERE id = $1")
        .bind(opportunity.id.to_string())
        .execute(&mut database)
        .await
        .expect("corrupt the row");

    let read = app
        .raw("GET", &path, &[("authorization", &token)], None)
        .await;
    read.assert_problem(500, "internal");

    let patch = app
        .raw(
            "PATCH",
            &path,
            &[
                ("authorization", &token),
                ("content-type", "application/merge-patch+json"),
                ("if-match", "*"),
            ],
            Some(r#"{"next_step": "call back"}"#),
        )
        .await;
    patch.assert_problem(500, "internal");
    let (roles, next_step): (String, Option<String>) =
        sqlx::query_as("SELECT contact_roles, next_step FROM opportunities WHERE id = $1")
            .bind(opportunity.id.to_string())
            .fetch_one(&mut database)
            .await
            .expect("the row");
    assert_eq!(
        roles, "{",
        "the unreadable contact roles are left as they were"
    );
    assert_eq!(next_step, None, "nothing of the failed patch was written");
}

async fn delete(client: &impl Client, id: Uuid, if_match: &str) -> DeleteOpportunityResponse {
    client
        .delete_opportunity(id, if_match.to_owned())
        .await
        .expect("a response")
}

async fn restore(client: &impl Client, id: Uuid) -> RestoreOpportunityResponse {
    client
        .restore_opportunity(id, None, None)
        .await
        .expect("a response")
}

async fn deleted_opportunity_is_gone_until_restored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let response = delete(&alice, created.id, &e_tag).await;
    expect_response!(response, DeleteOpportunityResponse::NoContent => ());

    let response = alice
        .get_opportunity(created.id, None)
        .await
        .expect("a response");
    expect_problem!(response, GetOpportunityResponse::NotFound, "not_found");

    // A deleted opportunity cannot be read, so If-Match is optional; a stale one still fails.
    let response = alice
        .restore_opportunity(created.id, None, Some(e_tag))
        .await
        .expect("a response");
    expect_problem!(
        response,
        RestoreOpportunityResponse::PreconditionFailed,
        "precondition_failed"
    );
    let response = restore(&alice, created.id).await;
    let (restored, e_tag) =
        expect_response!(response, RestoreOpportunityResponse::Ok { body, e_tag } => (body, e_tag));
    assert_eq!(e_tag, "\"3\"");
    assert_eq!(restored.name, created.name);
    let (read, _) = sales::read(&alice, created.id).await;
    assert_eq!(read, restored);

    let response = restore(&alice, created.id).await;
    expect_problem!(response, RestoreOpportunityResponse::NotFound, "not_found");
}

async fn only_the_owner_or_an_admin_restores_a_deleted_opportunity(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let response = delete(&app.sales_manager("alice"), created.id, &e_tag).await;
    expect_response!(response, DeleteOpportunityResponse::NoContent => ());

    let response = restore(&app.sales_manager("bob"), created.id).await;
    expect_problem!(response, RestoreOpportunityResponse::Forbidden, "forbidden");

    let response = restore(&app.admin(), created.id).await;
    let restored = expect_response!(response, RestoreOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(restored.owner_id, "alice");
}

async fn purged_opportunity_is_gone_for_good(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.primary_contact_id = Some(sales::a_contact_at(&app, account, false).await);
    opportunity.line_items = Some(vec![line("Seats", "10", "100")]);
    let (created, e_tag) = sales::create(&alice, opportunity).await;
    let response = alice
        .create_note(
            created.id,
            models::NoteCreate::new("Signed".to_owned()),
            None,
        )
        .await
        .expect("a response");
    expect_response!(response, opportunity_api::CreateNoteResponse::Created { .. } => ());
    let (_, e_tag) = sales::win(&alice, created.id, &e_tag).await;
    let response = delete(&alice, created.id, &e_tag).await;
    expect_response!(response, DeleteOpportunityResponse::NoContent => ());

    let response = app
        .sales_manager("alice")
        .purge_opportunity(created.id, "*".to_owned(), None)
        .await
        .expect("a response");
    expect_problem!(response, PurgeOpportunityResponse::Forbidden, "forbidden");

    let admin = app.admin();
    let response = admin
        .purge_opportunity(created.id, "*".to_owned(), None)
        .await
        .expect("a response");
    expect_response!(response, PurgeOpportunityResponse::NoContent => ());

    let response = restore(&admin, created.id).await;
    expect_problem!(response, RestoreOpportunityResponse::NotFound, "not_found");
    let response = admin
        .get_opportunity(created.id, None)
        .await
        .expect("a response");
    expect_problem!(response, GetOpportunityResponse::NotFound, "not_found");
    for table in [
        "opportunities",
        "line_items",
        "notes",
        "stage_history",
        "opportunity_contacts",
    ] {
        assert_eq!(sales::stored(&app, table).await, 0, "{table}");
    }
}

async fn merge_patch_null_clears_next_step_and_leaves_the_rest(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.next_step = Some("Call the CFO".to_owned());
    opportunity.description = Some("500 seats for the sales team".to_owned());
    opportunity.amount = Some("125000.00".to_owned());
    let (created, e_tag) = sales::create(&alice, opportunity).await;

    let mut change = patch();
    change.next_step = Some(Nullable::Null);
    change.name = Some("Globex - 550 seats".to_owned());
    let response = update(&alice, created.id, change, &e_tag).await;
    let (updated, e_tag) =
        expect_response!(response, UpdateOpportunityResponse::Ok { body, e_tag } => (body, e_tag));
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(updated.version, 2);
    assert_eq!(updated.next_step, Nullable::Null);
    assert_eq!(updated.name, "Globex - 550 seats");
    assert_eq!(updated.description, created.description);
    assert_eq!(updated.amount, "125000.00");
    assert_eq!(sales::read(&alice, created.id).await.0, updated);
}

async fn update_without_if_match_is_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, _) = sales::an_opportunity_of(&app, "alice").await;
    // The generated client cannot leave out a required If-Match: this one goes raw.
    let token = format!(
        "Bearer {}",
        app.token("alice", &[opportunity_service::auth::Role::SalesManager])
    );
    let response = app
        .raw(
            "PATCH",
            &format!("/v1/opportunities/{}", created.id),
            &[
                ("authorization", &token),
                ("content-type", "application/merge-patch+json"),
            ],
            Some(r#"{"name": "Renamed"}"#),
        )
        .await;
    response.assert_problem(428, "precondition_required");
}

async fn update_with_a_stale_etag_is_412(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, stale) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let mut change = patch();
    change.name = Some("First".to_owned());
    let response = update(&alice, created.id, change.clone(), &stale).await;
    expect_response!(response, UpdateOpportunityResponse::Ok { .. } => ());

    change.name = Some("Second".to_owned());
    let response = update(&alice, created.id, change, &stale).await;
    expect_problem!(
        response,
        UpdateOpportunityResponse::PreconditionFailed,
        "precondition_failed"
    );
    assert_eq!(sales::read(&alice, created.id).await.0.name, "First");
}

async fn two_writers_with_the_same_etag_only_one_wins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (alice, admin) = (app.sales_manager("alice"), app.admin());
    let mut by_alice = patch();
    by_alice.next_step = Some(Nullable::Present("Alice's step".to_owned()));
    let mut by_admin = patch();
    by_admin.next_step = Some(Nullable::Present("Admin's step".to_owned()));

    let (first, second) = tokio::join!(
        update(&alice, created.id, by_alice, &e_tag),
        update(&admin, created.id, by_admin, &e_tag),
    );
    let outcomes = [&first, &second].map(|response| match response {
        UpdateOpportunityResponse::Ok { .. } => 200,
        UpdateOpportunityResponse::PreconditionFailed(_) => 412,
        other => panic!("neither 200 nor 412: {other:?}"),
    });
    let mut sorted = outcomes;
    sorted.sort_unstable();
    assert_eq!(sorted, [200, 412], "{first:?} / {second:?}");

    let (read, e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(e_tag, "\"2\"");
    let winner = if outcomes[0] == 200 {
        "Alice's step"
    } else {
        "Admin's step"
    };
    assert_eq!(read.next_step, Nullable::Present(winner.to_owned()));
}

async fn closed_opportunity_accepts_only_description_next_step_tags_and_external_id(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (_, e_tag) = sales::win(&alice, created.id, &e_tag).await;

    let mut notes = patch();
    notes.description = Some(Nullable::Present("Signed on the 3rd".to_owned()));
    notes.next_step = Some(Nullable::Present("Kick-off".to_owned()));
    notes.tags = Some(vec!["signed".to_owned().into()]);
    notes.external_id = Some(Nullable::Present("SF-1".to_owned()));
    let response = update(&alice, created.id, notes, &e_tag).await;
    let (updated, e_tag) =
        expect_response!(response, UpdateOpportunityResponse::Ok { body, e_tag } => (body, e_tag));
    assert_eq!(updated.status, OpportunityStatus::Won);
    assert_eq!(updated.tags, ["signed"]);

    let mut refused = Vec::new();
    let mut amount = patch();
    amount.amount = Some("1.00".to_owned());
    refused.push(amount);
    let mut name = patch();
    name.name = Some("Renamed".to_owned());
    refused.push(name);
    let mut probability = patch();
    probability.probability = Some(40);
    refused.push(probability);
    let mut mixed = patch();
    mixed.next_step = Some(Nullable::Null);
    mixed.expected_close_date = Some(Nullable::Null);
    refused.push(mixed);
    for change in refused {
        let response = update(&alice, created.id, change, &e_tag).await;
        expect_problem!(
            response,
            UpdateOpportunityResponse::Conflict,
            "opportunity_closed"
        );
    }
    assert_eq!(sales::read(&alice, created.id).await.0, updated);
}

async fn amount_of_an_opportunity_with_line_items_is_not_writable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = sales::an_account(&app).await;
    let alice = app.sales_manager("alice");
    let mut opportunity = deal(account);
    opportunity.line_items = Some(vec![line("Onboarding", "1", "1500.00")]);
    let (created, e_tag) = sales::create(&alice, opportunity).await;

    let mut change = patch();
    change.amount = Some("2000.00".to_owned());
    let response = update(&alice, created.id, change, &e_tag).await;
    let problem = expect_problem!(
        response,
        UpdateOpportunityResponse::UnprocessableEntity,
        "amount_derived_from_line_items"
    );
    assert_eq!(pointers(&problem), ["/amount"]);
    assert_eq!(sales::read(&alice, created.id).await.0.amount, "1500.00");
}

async fn sales_manager_cannot_change_another_sales_managers_opportunity(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let bob = app.sales_manager("bob");
    let mut change = patch();
    change.name = Some("Mine now".to_owned());
    let response = update(&bob, created.id, change, &e_tag).await;
    expect_problem!(response, UpdateOpportunityResponse::Forbidden, "forbidden");
    let response = delete(&bob, created.id, &e_tag).await;
    expect_problem!(response, DeleteOpportunityResponse::Forbidden, "forbidden");
    let (read, unchanged) = sales::read(&bob, created.id).await;
    assert_eq!((read, unchanged), (created, e_tag));
}

async fn only_an_admin_reassigns_the_owner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let mut to_bob = patch();
    to_bob.owner_id = Some("bob".to_owned());

    let response = update(
        &app.sales_manager("alice"),
        created.id,
        to_bob.clone(),
        &e_tag,
    )
    .await;
    expect_problem!(response, UpdateOpportunityResponse::Forbidden, "forbidden");

    let response = update(&app.admin(), created.id, to_bob, &e_tag).await;
    let updated = expect_response!(response, UpdateOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(updated.owner_id, "bob");
}
