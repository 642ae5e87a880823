//! An opportunity's way through its pipeline: moves between open stages with their history, winning,
//! losing, reopening, and moving to another pipeline.

use opportunity_api::models::{self, OpportunityStatus};
use opportunity_api::{
    ApiNoContext as _, ListStageHistoryResponse, MoveOpportunityStageResponse,
    ReopenOpportunityResponse, WinOpportunityResponse,
};
use swagger::Nullable;
use uuid::Uuid;

use crate::expect::pointers;
use crate::helpers::{Backend, TestApp};
use crate::sales::{self, Client};
use crate::{expect_problem, expect_response, on_both_stores};

on_both_stores!(
    moving_to_an_open_stage_writes_the_stage_history,
    moving_with_a_probability_overrides_the_stages,
    moving_to_a_closed_stage_is_refused,
    winning_sets_status_won_probability_100_and_closed_at,
    losing_records_the_lost_reason,
    reopening_returns_to_the_stage_before_closing,
    reopening_an_open_opportunity_is_409_opportunity_open,
    winning_a_won_opportunity_is_409_opportunity_closed,
    closing_into_a_stage_of_the_wrong_kind_or_pipeline_is_refused,
    winning_and_losing_at_once_closes_only_once,
    only_an_admin_moves_an_opportunity_to_another_pipeline,
    sales_manager_cannot_move_close_or_reopen_another_sales_managers_opportunity,
);

async fn move_to(
    client: &impl Client,
    id: Uuid,
    e_tag: &str,
    stage_id: Uuid,
) -> MoveOpportunityStageResponse {
    client
        .move_opportunity_stage(
            id,
            e_tag.to_owned(),
            models::MoveOpportunityStage::new(stage_id),
            None,
        )
        .await
        .expect("a response")
}

async fn reopen(client: &impl Client, id: Uuid, e_tag: &str) -> ReopenOpportunityResponse {
    client
        .reopen_opportunity(id, e_tag.to_owned(), None, None)
        .await
        .expect("a response")
}

async fn history(client: &impl Client, id: Uuid) -> Vec<models::StageHistoryEntry> {
    let response = client
        .list_stage_history(id, None, None)
        .await
        .expect("a response");
    expect_response!(response, ListStageHistoryResponse::Ok(page) => page.data)
}

async fn moving_to_an_open_stage_writes_the_stage_history(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let response = move_to(&alice, created.id, &e_tag, sales::PROPOSAL).await;
    let (moved, e_tag) = expect_response!(
        response,
        MoveOpportunityStageResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(moved.stage_id, sales::PROPOSAL);
    assert_eq!(moved.probability, 50);
    assert_eq!(moved.status, OpportunityStatus::Open);

    let entries = history(&alice, created.id).await;
    assert_eq!(entries.len(), 2, "{entries:?}");
    let (qualification, proposal) = (&entries[0], &entries[1]);
    assert_eq!(qualification.stage_id, sales::QUALIFICATION);
    assert_eq!(qualification.stage_name, "Qualification");
    assert_eq!(qualification.probability, 10);
    assert_eq!(qualification.previous_stage_id, Nullable::Null);
    assert_eq!(
        qualification.exited_at,
        Nullable::Present(proposal.entered_at)
    );
    assert_eq!(
        qualification.seconds_in_stage,
        Nullable::Present((proposal.entered_at - qualification.entered_at).num_seconds())
    );
    assert_eq!(qualification.changed_by, "alice");
    assert_eq!(proposal.stage_id, sales::PROPOSAL);
    assert_eq!(proposal.stage_name, "Proposal");
    assert_eq!(proposal.pipeline_id, sales::SALES_PIPELINE);
    assert_eq!(proposal.status, OpportunityStatus::Open);
    assert_eq!(proposal.probability, 50);
    assert_eq!(proposal.amount, "0.00");
    assert_eq!(proposal.currency, "EUR");
    assert_eq!(proposal.changed_by, "alice");
    assert_eq!(proposal.exited_at, Nullable::Null);
    assert_eq!(proposal.seconds_in_stage, Nullable::Null);
    assert_eq!(
        proposal.previous_stage_id,
        Nullable::Present(sales::QUALIFICATION)
    );
    assert_eq!(proposal.previous_probability, Nullable::Present(10));
}

async fn moving_with_a_probability_overrides_the_stages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let mut to_negotiation = models::MoveOpportunityStage::new(sales::NEGOTIATION);
    to_negotiation.probability = Some(90);
    let response = app
        .sales_manager("alice")
        .move_opportunity_stage(created.id, e_tag, to_negotiation, None)
        .await
        .expect("a response");
    let moved = expect_response!(response, MoveOpportunityStageResponse::Ok { body, .. } => body);
    assert_eq!(moved.stage_id, sales::NEGOTIATION);
    assert_eq!(moved.probability, 90);
}

async fn moving_to_a_closed_stage_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    for closed in [sales::CLOSED_WON, sales::CLOSED_LOST] {
        let response = move_to(&alice, created.id, &e_tag, closed).await;
        let problem = expect_problem!(
            response,
            MoveOpportunityStageResponse::UnprocessableEntity,
            "stage_not_open"
        );
        assert_eq!(pointers(&problem), ["/stage_id"]);
    }
    assert_eq!(sales::read(&alice, created.id).await, (created, e_tag));
}

async fn winning_sets_status_won_probability_100_and_closed_at(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (won, e_tag) = sales::win(&alice, created.id, &e_tag).await;
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(won.status, OpportunityStatus::Won);
    assert_eq!(won.stage_id, sales::CLOSED_WON);
    assert_eq!(won.probability, 100);
    assert_eq!(won.lost_reason, Nullable::Null);
    let Nullable::Present(closed_at) = won.closed_at else {
        panic!("a won opportunity has closed_at: {won:?}")
    };
    assert!(closed_at >= created.created_at);
    assert_eq!(sales::read(&alice, created.id).await.0, won);

    let entries = history(&alice, created.id).await;
    let last = entries.last().expect("a history entry");
    assert_eq!(last.stage_id, sales::CLOSED_WON);
    assert_eq!(last.status, OpportunityStatus::Won);
}

async fn losing_records_the_lost_reason(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (lost, _) = sales::lose(&alice, created.id, &e_tag, "Chose a competitor on price").await;
    assert_eq!(lost.status, OpportunityStatus::Lost);
    assert_eq!(lost.stage_id, sales::CLOSED_LOST);
    assert_eq!(lost.probability, 0);
    assert_eq!(
        lost.lost_reason,
        Nullable::Present("Chose a competitor on price".to_owned())
    );
    assert!(matches!(lost.closed_at, Nullable::Present(_)));
    assert_eq!(sales::read(&alice, created.id).await.0, lost);
}

async fn reopening_returns_to_the_stage_before_closing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let response = move_to(&alice, created.id, &e_tag, sales::NEGOTIATION).await;
    let e_tag = expect_response!(response, MoveOpportunityStageResponse::Ok { e_tag, .. } => e_tag);
    let (_, e_tag) = sales::lose(&alice, created.id, &e_tag, "Budget frozen").await;

    let response = reopen(&alice, created.id, &e_tag).await;
    let (reopened, e_tag) = expect_response!(
        response,
        ReopenOpportunityResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(reopened.status, OpportunityStatus::Open);
    assert_eq!(reopened.stage_id, sales::NEGOTIATION);
    assert_eq!(reopened.probability, 75);
    assert_eq!(reopened.closed_at, Nullable::Null);
    assert_eq!(reopened.lost_reason, Nullable::Null);

    // Won from Negotiation this time, and reopened again: still back to Negotiation.
    let (_, e_tag) = sales::win(&alice, created.id, &e_tag).await;
    let response = reopen(&alice, created.id, &e_tag).await;
    let (reopened, e_tag) = expect_response!(
        response,
        ReopenOpportunityResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(reopened.stage_id, sales::NEGOTIATION);

    // Unless the reopen names another open stage.
    let (_, e_tag) = sales::lose(&alice, created.id, &e_tag, "Budget frozen again").await;
    let mut to_needs_analysis = models::ReopenOpportunity::new();
    to_needs_analysis.stage_id = Some(sales::NEEDS_ANALYSIS);
    let response = alice
        .reopen_opportunity(created.id, e_tag, None, Some(to_needs_analysis))
        .await
        .expect("a response");
    let reopened = expect_response!(response, ReopenOpportunityResponse::Ok { body, .. } => body);
    assert_eq!(reopened.stage_id, sales::NEEDS_ANALYSIS);
    assert_eq!(reopened.probability, 20);

    let stages: Vec<Uuid> = history(&alice, created.id)
        .await
        .iter()
        .map(|entry| entry.stage_id)
        .collect();
    assert_eq!(
        stages,
        [
            sales::QUALIFICATION,
            sales::NEGOTIATION,
            sales::CLOSED_LOST,
            sales::NEGOTIATION,
            sales::CLOSED_WON,
            sales::NEGOTIATION,
            sales::CLOSED_LOST,
            sales::NEEDS_ANALYSIS,
        ]
    );
}

async fn reopening_an_open_opportunity_is_409_opportunity_open(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let response = reopen(&app.sales_manager("alice"), created.id, &e_tag).await;
    expect_problem!(
        response,
        ReopenOpportunityResponse::Conflict,
        "opportunity_open"
    );
}

async fn winning_a_won_opportunity_is_409_opportunity_closed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let (won, e_tag) = sales::win(&alice, created.id, &e_tag).await;
    let response = alice
        .win_opportunity(created.id, e_tag.clone(), None, None)
        .await
        .expect("a response");
    expect_problem!(
        response,
        WinOpportunityResponse::Conflict,
        "opportunity_closed"
    );
    let response = move_to(&alice, created.id, &e_tag, sales::PROPOSAL).await;
    expect_problem!(
        response,
        MoveOpportunityStageResponse::Conflict,
        "opportunity_closed"
    );
    assert_eq!(sales::read(&alice, created.id).await, (won, e_tag));
}

async fn closing_into_a_stage_of_the_wrong_kind_or_pipeline_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let partner = sales::a_partner_pipeline(&app).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let alice = app.sales_manager("alice");
    let win_in = |stage_id| {
        let mut win = models::WinOpportunity::new();
        win.stage_id = Some(stage_id);
        Some(win)
    };
    for (stage_id, code) in [
        (sales::CLOSED_LOST, "stage_not_won"),
        (partner.won, "stage_not_in_pipeline"),
        (Uuid::new_v4(), "unknown_stage"),
    ] {
        let response = alice
            .win_opportunity(created.id, e_tag.clone(), None, win_in(stage_id))
            .await
            .expect("a response");
        let problem = expect_problem!(response, WinOpportunityResponse::UnprocessableEntity, code);
        assert_eq!(pointers(&problem), ["/stage_id"]);
    }
    let mut lose_in_won = models::LoseOpportunity::new("Price".to_owned());
    lose_in_won.stage_id = Some(sales::CLOSED_WON);
    let response = alice
        .lose_opportunity(created.id, e_tag.clone(), lose_in_won, None)
        .await
        .expect("a response");
    expect_problem!(
        response,
        opportunity_api::LoseOpportunityResponse::UnprocessableEntity,
        "stage_not_lost"
    );
    let response = move_to(&alice, created.id, &e_tag, Uuid::new_v4()).await;
    expect_problem!(
        response,
        MoveOpportunityStageResponse::UnprocessableEntity,
        "unknown_stage"
    );
    assert_eq!(sales::read(&alice, created.id).await, (created, e_tag));
}

async fn winning_and_losing_at_once_closes_only_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (alice, admin) = (app.sales_manager("alice"), app.admin());
    let (won, lost) = tokio::join!(
        alice.win_opportunity(created.id, e_tag.clone(), None, None),
        admin.lose_opportunity(
            created.id,
            e_tag.clone(),
            models::LoseOpportunity::new("Budget frozen".to_owned()),
            None
        ),
    );
    let won = won.expect("a response");
    let lost = lost.expect("a response");
    let outcomes = (
        matches!(won, WinOpportunityResponse::Ok { .. }),
        matches!(lost, opportunity_api::LoseOpportunityResponse::Ok { .. }),
    );
    assert!(
        matches!(outcomes, (true, false) | (false, true)),
        "{won:?} / {lost:?}"
    );
    let (read, e_tag) = sales::read(&alice, created.id).await;
    assert_eq!(e_tag, "\"2\"");
    let entries = history(&alice, created.id).await;
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert_eq!(entries[1].stage_id, read.stage_id);
    assert_eq!(entries[1].status, read.status);
}

async fn only_an_admin_moves_an_opportunity_to_another_pipeline(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let partner = sales::a_partner_pipeline(&app).await;
    let (created, e_tag) = sales::an_opportunity_of(&app, "alice").await;

    let response = move_to(
        &app.sales_manager("alice"),
        created.id,
        &e_tag,
        partner.registered,
    )
    .await;
    expect_problem!(
        response,
        MoveOpportunityStageResponse::Forbidden,
        "forbidden"
    );

    let admin = app.admin();
    let response = move_to(&admin, created.id, &e_tag, partner.registered).await;
    let (moved, e_tag) = expect_response!(
        response,
        MoveOpportunityStageResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(moved.pipeline_id, partner.id);
    assert_eq!(moved.stage_id, partner.registered);
    assert_eq!(moved.probability, 20);
    assert_eq!(moved.owner_id, "alice");

    let entries = history(&admin, created.id).await;
    let last = entries.last().expect("a history entry");
    assert_eq!(last.pipeline_id, partner.id);
    assert_eq!(last.stage_name, "Registered");
    assert_eq!(last.changed_by, "admin-1");
    assert_eq!(
        last.previous_stage_id,
        Nullable::Present(sales::QUALIFICATION)
    );

    // Closing now uses the new pipeline's stages.
    let (won, _) = sales::win(&app.sales_manager("alice"), created.id, &e_tag).await;
    assert_eq!(won.stage_id, partner.won);
}

async fn sales_manager_cannot_move_close_or_reopen_another_sales_managers_opportunity(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (open, open_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (won, won_e_tag) = sales::an_opportunity_of(&app, "alice").await;
    let (_, won_e_tag) = sales::win(&app.sales_manager("alice"), won.id, &won_e_tag).await;
    let bob = app.sales_manager("bob");

    let response = move_to(&bob, open.id, &open_e_tag, sales::PROPOSAL).await;
    expect_problem!(
        response,
        MoveOpportunityStageResponse::Forbidden,
        "forbidden"
    );
    let response = bob
        .win_opportunity(open.id, open_e_tag.clone(), None, None)
        .await
        .expect("a response");
    expect_problem!(response, WinOpportunityResponse::Forbidden, "forbidden");
    let response = bob
        .lose_opportunity(
            open.id,
            open_e_tag.clone(),
            models::LoseOpportunity::new("Not mine".to_owned()),
            None,
        )
        .await
        .expect("a response");
    expect_problem!(
        response,
        opportunity_api::LoseOpportunityResponse::Forbidden,
        "forbidden"
    );
    let response = reopen(&bob, won.id, &won_e_tag).await;
    expect_problem!(response, ReopenOpportunityResponse::Forbidden, "forbidden");

    assert_eq!(sales::read(&bob, open.id).await, (open, open_e_tag));
    assert_eq!(sales::read(&bob, won.id).await.1, won_e_tag);
}
