//! Reports: the pipeline summary per stage and the forecast per month, each totalled per currency
//! with weighted amounts rounded half up, once, to the currency's minor unit.

use opportunity_api::models;
use opportunity_api::{ApiNoContext as _, GetForecastResponse, GetPipelineSummaryResponse};

use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;
use crate::opportunity_lists::{
    Db, Seed, CLOSED_LOST, CLOSED_WON, NEGOTIATION, PARTNERS, PARTNER_LEAD, PARTNER_WON, PROPOSAL,
    QUALIFICATION, SALES,
};

on_both_stores!(
    summary_lists_every_stage_in_order_with_totals_per_currency,
    summary_narrows_by_owner_and_close_date,
    summary_of_another_pipeline_and_of_an_unknown_one,
    forecast_groups_open_and_won_by_month_and_currency,
    forecast_narrows_by_pipeline_owner_and_close_date,
    totals_of_the_largest_amounts_are_exact,
);

/// `(currency, count, amount, weighted_amount)`, as the contract writes them.
type Total = (&'static str, i64, &'static str, &'static str);

fn totals(totals: &[models::CurrencyTotal]) -> Vec<(String, i64, String, String)> {
    totals
        .iter()
        .map(|t| {
            (
                t.currency.clone(),
                t.count,
                t.amount.clone(),
                t.weighted_amount.clone(),
            )
        })
        .collect()
}

fn expected(totals: &[Total]) -> Vec<(String, i64, String, String)> {
    totals
        .iter()
        .map(|(currency, count, amount, weighted)| {
            (
                (*currency).to_owned(),
                *count,
                (*amount).to_owned(),
                (*weighted).to_owned(),
            )
        })
        .collect()
}

fn date(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

/// What a report is narrowed to: its query parameters.
#[derive(Debug, Clone, Copy, Default)]
struct Narrowing {
    pipeline_id: Option<&'static str>,
    owner_id: Option<&'static str>,
    close_date_from: Option<&'static str>,
    close_date_to: Option<&'static str>,
}

impl Narrowing {
    fn pipeline(pipeline_id: &'static str) -> Narrowing {
        Narrowing {
            pipeline_id: Some(pipeline_id),
            ..Narrowing::default()
        }
    }

    fn pipeline_id(self) -> Option<uuid::Uuid> {
        self.pipeline_id.map(|id| id.parse().expect("a uuid"))
    }
}

async fn summary(app: &TestApp, narrowing: Narrowing) -> GetPipelineSummaryResponse {
    app.sales_manager("sam")
        .get_pipeline_summary(
            narrowing.pipeline_id(),
            narrowing.owner_id.map(str::to_owned),
            narrowing.close_date_from.map(date),
            narrowing.close_date_to.map(date),
        )
        .await
        .expect("a response")
}

async fn summary_ok(app: &TestApp, narrowing: Narrowing) -> models::PipelineSummary {
    match summary(app, narrowing).await {
        GetPipelineSummaryResponse::Ok(summary) => summary,
        other => panic!("no summary for {narrowing:?}: {other:?}"),
    }
}

async fn forecast(app: &TestApp, narrowing: Narrowing) -> GetForecastResponse {
    app.sales_manager("sam")
        .get_forecast(
            narrowing.pipeline_id(),
            narrowing.owner_id.map(str::to_owned),
            narrowing.close_date_from.map(date),
            narrowing.close_date_to.map(date),
        )
        .await
        .expect("a response")
}

async fn forecast_ok(app: &TestApp, narrowing: Narrowing) -> models::Forecast {
    match forecast(app, narrowing).await {
        GetForecastResponse::Ok(forecast) => forecast,
        other => panic!("no forecast for {narrowing:?}: {other:?}"),
    }
}

/// A month of the forecast as `(month, currency, count, amount, weighted, commit, best case, won)`.
type Month = (
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn months(forecast: &models::Forecast) -> Vec<Vec<String>> {
    forecast
        .months
        .iter()
        .map(|m| {
            vec![
                m.month.clone(),
                m.currency.clone(),
                m.count.to_string(),
                m.amount.clone(),
                m.weighted_amount.clone(),
                m.commit_amount.clone(),
                m.best_case_amount.clone(),
                m.won_amount.clone(),
            ]
        })
        .collect()
}

fn expected_months(months: &[Month]) -> Vec<Vec<String>> {
    months
        .iter()
        .map(
            |(month, currency, count, amount, weighted, commit, best, won)| {
                vec![
                    (*month).to_owned(),
                    (*currency).to_owned(),
                    count.to_string(),
                    (*amount).to_owned(),
                    (*weighted).to_owned(),
                    (*commit).to_owned(),
                    (*best).to_owned(),
                    (*won).to_owned(),
                ]
            },
        )
        .collect()
}

async fn summary_lists_every_stage_in_order_with_totals_per_currency(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    db.add_partner_pipeline().await;
    // Qualification, 10 %: two 0.05 EUR (0.005 each: rounded once, 0.01; rounded each, 0.02),
    // and 15 JPY (1.5, rounded half up to 2).
    for amount in ["0.05", "0.05"] {
        db.insert(Seed {
            amount,
            ..Seed::named("tiny")
        })
        .await;
    }
    db.insert(Seed {
        amount: "15",
        currency: "JPY",
        ..Seed::named("yen")
    })
    .await;
    // Proposal, 50 %: 1.001 KWD is 0.5005 weighted, rounded to 0.501; 100.00 EUR at its own 33 %.
    db.insert(Seed {
        stage_id: PROPOSAL,
        amount: "1.001",
        currency: "KWD",
        ..Seed::named("dinar")
    })
    .await;
    db.insert(Seed {
        stage_id: PROPOSAL,
        amount: "100.00",
        probability: Some(33),
        ..Seed::named("own probability")
    })
    .await;
    db.insert(Seed {
        stage_id: CLOSED_WON,
        amount: "1000",
        ..Seed::named("won")
    })
    .await;
    db.insert(Seed {
        stage_id: CLOSED_LOST,
        amount: "50",
        ..Seed::named("lost")
    })
    .await;
    // Neither counts: deleted, and in another pipeline.
    db.insert(Seed {
        stage_id: PROPOSAL,
        amount: "99999",
        deleted: true,
        ..Seed::named("deleted")
    })
    .await;
    db.insert(Seed {
        stage_id: PARTNER_LEAD,
        amount: "77",
        ..Seed::named("partner")
    })
    .await;

    let summary = summary_ok(&app, Narrowing::default()).await;
    assert_eq!(summary.pipeline_id.to_string(), SALES);
    assert_eq!(summary.pipeline_name, "Sales");
    let stages: Vec<(String, i32, String, String, i64)> = summary
        .stages
        .iter()
        .map(|s| {
            (
                s.name.clone(),
                s.position,
                s.kind.to_string(),
                s.forecast_category.to_string(),
                s.count,
            )
        })
        .collect();
    let stage = |name: &str, position, kind: &str, category: &str, count| {
        (
            name.to_owned(),
            position,
            kind.to_owned(),
            category.to_owned(),
            count,
        )
    };
    assert_eq!(
        stages,
        vec![
            stage("Qualification", 0, "open", "pipeline", 3),
            stage("Needs analysis", 1, "open", "pipeline", 0),
            stage("Proposal", 2, "open", "best_case", 2),
            stage("Negotiation", 3, "open", "commit", 0),
            stage("Closed won", 4, "won", "closed", 1),
            stage("Closed lost", 5, "lost", "omitted", 1),
        ]
    );
    let by_stage: Vec<_> = summary.stages.iter().map(|s| totals(&s.totals)).collect();
    assert_eq!(
        by_stage,
        vec![
            expected(&[("EUR", 2, "0.10", "0.01"), ("JPY", 1, "15", "2")]),
            vec![],
            expected(&[("EUR", 1, "100.00", "33.00"), ("KWD", 1, "1.001", "0.501")]),
            vec![],
            expected(&[("EUR", 1, "1000.00", "1000.00")]),
            expected(&[("EUR", 1, "50.00", "0.00")]),
        ]
    );
    // Over all stages, from the exact sums: 0.01 + 33 + 1000 EUR; never added across currencies.
    assert_eq!(
        totals(&summary.totals),
        expected(&[
            ("EUR", 5, "1150.10", "1033.01"),
            ("JPY", 1, "15", "2"),
            ("KWD", 1, "1.001", "0.501"),
        ])
    );
}

async fn summary_narrows_by_owner_and_close_date(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    for (owner_id, close, amount) in [
        ("alice", Some("2026-01-31"), "10"),
        ("alice", Some("2026-02-01"), "20"),
        ("alice", None, "40"),
        ("bob", Some("2026-01-15"), "80"),
    ] {
        db.insert(Seed {
            owner_id,
            expected_close_date: close,
            amount,
            stage_id: NEGOTIATION,
            ..Seed::named("deal")
        })
        .await;
    }
    let negotiation = |summary: &models::PipelineSummary| {
        let stage = &summary.stages[3];
        assert_eq!(stage.stage_id.to_string(), NEGOTIATION);
        (stage.count, totals(&summary.totals))
    };
    let owner = |owner_id| Narrowing {
        owner_id: Some(owner_id),
        ..Narrowing::default()
    };
    let closing = |from, to| Narrowing {
        close_date_from: from,
        close_date_to: to,
        ..Narrowing::default()
    };
    let cases: [(Narrowing, Total); 5] = [
        (Narrowing::default(), ("EUR", 4, "150.00", "112.50")),
        (owner("alice"), ("EUR", 3, "70.00", "52.50")),
        (
            closing(Some("2026-01-15"), None),
            ("EUR", 3, "110.00", "82.50"),
        ),
        (
            closing(None, Some("2026-01-31")),
            ("EUR", 2, "90.00", "67.50"),
        ),
        (
            Narrowing {
                owner_id: Some("alice"),
                ..closing(Some("2026-01-01"), Some("2026-01-31"))
            },
            ("EUR", 1, "10.00", "7.50"),
        ),
    ];
    for (narrowing, total) in cases {
        let summary = summary_ok(&app, narrowing).await;
        assert_eq!(
            negotiation(&summary),
            (total.1, expected(&[total])),
            "{narrowing:?}"
        );
    }
    let nobody = summary_ok(
        &app,
        Narrowing {
            owner_id: Some("nobody"),
            ..Narrowing::default()
        },
    )
    .await;
    assert_eq!(
        nobody.stages.len(),
        6,
        "every stage, also when all are empty"
    );
    assert!(nobody
        .stages
        .iter()
        .all(|s| s.count == 0 && s.totals.is_empty()));
    assert!(nobody.totals.is_empty());
}

async fn summary_of_another_pipeline_and_of_an_unknown_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    db.add_partner_pipeline().await;
    db.insert(Seed {
        stage_id: PARTNER_LEAD,
        amount: "10",
        ..Seed::named("partner")
    })
    .await;
    db.insert(Seed::named("sales")).await;
    let partners = summary_ok(&app, Narrowing::pipeline(PARTNERS)).await;
    assert_eq!(partners.pipeline_name, "Partners");
    let stages: Vec<(String, i64)> = partners
        .stages
        .iter()
        .map(|s| (s.stage_id.to_string(), s.count))
        .collect();
    assert_eq!(
        stages,
        vec![(PARTNER_LEAD.to_owned(), 1), (PARTNER_WON.to_owned(), 0)]
    );
    assert_eq!(
        totals(&partners.totals),
        expected(&[("EUR", 1, "10.00", "3.00")])
    );
    let unknown = "c0000000-0000-4000-8000-000000000001";
    match summary(&app, Narrowing::pipeline(unknown)).await {
        GetPipelineSummaryResponse::NotFound(problem) => assert_eq!(problem.code, "not_found"),
        other => panic!("not a 404: {other:?}"),
    }
}

async fn forecast_groups_open_and_won_by_month_and_currency(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    db.add_partner_pipeline().await;
    let january = Some("2026-01-20");
    for (stage_id, amount, currency, close) in [
        (QUALIFICATION, "1000", "EUR", january),          // 10 %: 100
        (NEGOTIATION, "2000", "EUR", Some("2026-01-02")), // commit, 75 %: 1500
        (CLOSED_WON, "500", "EUR", Some("2026-01-31")),   // won: in full
        (PROPOSAL, "300", "USD", january),                // best case, 50 %: 150
        (PROPOSAL, "0.05", "EUR", Some("2026-02-10")),    // 0.025: 0.03
        (CLOSED_LOST, "700", "EUR", Some("2026-02-10")),  // lost: left out
        (NEGOTIATION, "900", "EUR", None),                // no close date: left out
        (PARTNER_LEAD, "10", "EUR", Some("2026-03-05")),  // another pipeline, 30 %: 3
    ] {
        db.insert(Seed {
            stage_id,
            amount,
            currency,
            expected_close_date: close,
            ..Seed::named("deal")
        })
        .await;
    }
    db.insert(Seed {
        stage_id: NEGOTIATION,
        amount: "5000",
        expected_close_date: january,
        deleted: true,
        ..Seed::named("deleted")
    })
    .await;

    let forecast = forecast_ok(&app, Narrowing::default()).await;
    assert_eq!(forecast.pipeline_id, swagger::Nullable::Null);
    assert_eq!(
        months(&forecast),
        expected_months(&[
            ("2026-01", "EUR", 3, "3500.00", "2100.00", "2000.00", "2000.00", "500.00"),
            ("2026-01", "USD", 1, "300.00", "150.00", "0.00", "300.00", "0.00"),
            ("2026-02", "EUR", 1, "0.05", "0.03", "0.00", "0.05", "0.00"),
            ("2026-03", "EUR", 1, "10.00", "3.00", "0.00", "10.00", "0.00"),
        ])
    );
}

async fn forecast_narrows_by_pipeline_owner_and_close_date(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    db.add_partner_pipeline().await;
    for (stage_id, owner_id, close) in [
        (QUALIFICATION, "alice", "2026-01-31"),
        (QUALIFICATION, "bob", "2026-02-01"),
        (PARTNER_WON, "alice", "2026-02-15"),
    ] {
        db.insert(Seed {
            stage_id,
            owner_id,
            expected_close_date: Some(close),
            ..Seed::named("deal")
        })
        .await;
    }
    let month_counts = |forecast: &models::Forecast| -> Vec<(String, i64)> {
        forecast
            .months
            .iter()
            .map(|m| (m.month.clone(), m.count))
            .collect()
    };
    let count = |month: &str, count| (month.to_owned(), count);
    let cases: [(Narrowing, Vec<(String, i64)>); 5] = [
        (
            Narrowing::default(),
            vec![count("2026-01", 1), count("2026-02", 2)],
        ),
        (
            Narrowing::pipeline(SALES),
            vec![count("2026-01", 1), count("2026-02", 1)],
        ),
        (Narrowing::pipeline(PARTNERS), vec![count("2026-02", 1)]),
        (
            Narrowing {
                owner_id: Some("alice"),
                ..Narrowing::default()
            },
            vec![count("2026-01", 1), count("2026-02", 1)],
        ),
        (
            Narrowing {
                close_date_from: Some("2026-02-01"),
                close_date_to: Some("2026-02-14"),
                ..Narrowing::default()
            },
            vec![count("2026-02", 1)],
        ),
    ];
    for (narrowing, expected) in cases {
        let forecast = forecast_ok(&app, narrowing).await;
        assert_eq!(month_counts(&forecast), expected, "{narrowing:?}");
        let answered = match &forecast.pipeline_id {
            swagger::Nullable::Present(id) => Some(id.to_string()),
            swagger::Nullable::Null => None,
        };
        assert_eq!(answered.as_deref(), narrowing.pipeline_id);
    }
    let unknown = "c0000000-0000-4000-8000-000000000001";
    match forecast(&app, Narrowing::pipeline(unknown)).await {
        GetForecastResponse::NotFound(problem) => assert_eq!(problem.code, "not_found"),
        other => panic!("not a 404: {other:?}"),
    }
}

/// Three of the contract's largest amounts, won: their sum times 10^4 times 100 is beyond 2^63.
async fn totals_of_the_largest_amounts_are_exact(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    for _ in 0..3 {
        db.insert(Seed {
            stage_id: CLOSED_WON,
            amount: "9999999999999.9999",
            currency: "CLF",
            expected_close_date: Some("2026-06-30"),
            ..Seed::named("enormous")
        })
        .await;
    }
    let summary = summary_ok(&app, Narrowing::default()).await;
    let largest = "29999999999999.9997";
    assert_eq!(
        totals(&summary.totals),
        expected(&[("CLF", 3, largest, largest)])
    );
    let forecast = forecast_ok(&app, Narrowing::default()).await;
    assert_eq!(
        months(&forecast),
        expected_months(&[("2026-06", "CLF", 3, largest, largest, "0.0000", "0.0000", largest)])
    );
}
