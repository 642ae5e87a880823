//! Listing opportunities: every filter, every order both ways, and paging that holds still while
//! opportunities are added.
//!
//! No operation creates opportunities yet, so the scenarios write them straight into the
//! service's database with [`Db`]; everything they check goes through HTTP.

use std::collections::{BTreeSet, HashSet};
use std::sync::atomic::{AtomicI64, Ordering};

use opportunity_api::models::{self, OpportunitySort, OpportunityStatus};
use opportunity_api::{ApiNoContext as _, CreateAccountResponse, ListOpportunitiesResponse};
use opportunity_service::auth::Role;
use opportunity_service::domain::money::parse_scaled;
use sqlx::AnyPool;

use crate::helpers::{Backend, RawResponse, TestApp};
use crate::on_both_stores;

/// The default pipeline the schema creates, and its stages.
pub(crate) const SALES: &str = "a0000000-0000-4000-8000-000000000001";
pub(crate) const QUALIFICATION: &str = "a0000000-0000-4000-8000-000000000101";
pub(crate) const PROPOSAL: &str = "a0000000-0000-4000-8000-000000000103";
pub(crate) const NEGOTIATION: &str = "a0000000-0000-4000-8000-000000000104";
pub(crate) const CLOSED_WON: &str = "a0000000-0000-4000-8000-000000000105";
pub(crate) const CLOSED_LOST: &str = "a0000000-0000-4000-8000-000000000106";

/// A second pipeline, [`Db::add_partner_pipeline`], with one open and one won stage.
pub(crate) const PARTNERS: &str = "b0000000-0000-4000-8000-000000000001";
pub(crate) const PARTNER_LEAD: &str = "b0000000-0000-4000-8000-000000000101";
pub(crate) const PARTNER_WON: &str = "b0000000-0000-4000-8000-000000000102";

/// An opportunity to write: its status, pipeline and (unless given) probability follow from the stage.
#[derive(Debug, Clone)]
pub(crate) struct Seed {
    pub name: String,
    pub owner_id: &'static str,
    pub stage_id: &'static str,
    /// A decimal amount, as the contract writes it.
    pub amount: &'static str,
    pub currency: &'static str,
    pub probability: Option<i64>,
    pub expected_close_date: Option<&'static str>,
    pub next_step: Option<&'static str>,
    pub description: Option<&'static str>,
    /// The [`Db`]'s account unless given.
    pub account_id: Option<String>,
    /// Later than every earlier seed unless given.
    pub created_at: Option<i64>,
    /// `created_at` unless given.
    pub updated_at: Option<i64>,
    pub deleted: bool,
}

impl Seed {
    /// An open 100.00 EUR opportunity of `alice` in the first stage, with no close date.
    pub fn named(name: &str) -> Seed {
        Seed {
            name: name.to_owned(),
            owner_id: "alice",
            stage_id: QUALIFICATION,
            amount: "100.00",
            currency: "EUR",
            probability: None,
            expected_close_date: None,
            next_step: None,
            description: None,
            account_id: None,
            created_at: None,
            updated_at: None,
            deleted: false,
        }
    }
}

/// The service's database, opened beside it, with an account (made through the API) to hang
/// opportunities on.
pub(crate) struct Db {
    pool: AnyPool,
    pub account_id: String,
    clock: AtomicI64,
}

impl Db {
    pub async fn open(app: &TestApp) -> Db {
        sqlx::any::install_default_drivers();
        let pool = AnyPool::connect(&app.database_url)
            .await
            .expect("connect to the service's database");
        Db {
            pool,
            account_id: create_account(app, "Acme").await,
            clock: AtomicI64::new(1_800_000_000_000_000),
        }
    }

    /// Writes an opportunity with every column the schema requires; returns its id.
    pub async fn insert(&self, seed: Seed) -> String {
        let (pipeline_id, kind, stage_probability): (String, String, i64) =
            sqlx::query_as("SELECT pipeline_id, kind, probability FROM stages WHERE id = $1")
                .bind(seed.stage_id)
                .fetch_one(&self.pool)
                .await
                .expect("a known stage");
        let id = uuid::Uuid::new_v4().to_string();
        let created_at = seed
            .created_at
            .unwrap_or_else(|| self.clock.fetch_add(1_000, Ordering::SeqCst));
        let updated_at = seed.updated_at.unwrap_or(created_at);
        let closed_at = (kind != "open").then_some(updated_at);
        let lost_reason = (kind == "lost").then_some("price");
        sqlx::query(
            "INSERT INTO opportunities (id, name, account_id, owner_id, pipeline_id, stage_id, status, amount_e4, \
             currency, amount_source, probability, expected_close_date, closed_at, lost_reason, next_step, description, \
             stage_entered_at, created_at, updated_at, version, deleted_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'manual', $10, $11, $12, $13, $14, $15, $16, $16, $17, 1, $18)",
        )
        .bind(&id)
        .bind(&seed.name)
        .bind(seed.account_id.as_ref().unwrap_or(&self.account_id))
        .bind(seed.owner_id)
        .bind(pipeline_id)
        .bind(seed.stage_id)
        .bind(kind)
        .bind(parse_scaled(seed.amount, 4).expect("a decimal amount"))
        .bind(seed.currency)
        .bind(seed.probability.unwrap_or(stage_probability))
        .bind(seed.expected_close_date)
        .bind(closed_at)
        .bind(lost_reason)
        .bind(seed.next_step)
        .bind(seed.description)
        .bind(created_at)
        .bind(updated_at)
        .bind(seed.deleted.then_some(updated_at + 1))
        .execute(&self.pool)
        .await
        .expect("insert an opportunity");
        id
    }

    /// Adds the pipeline [`PARTNERS`] (no operation creates pipelines yet).
    pub async fn add_partner_pipeline(&self) {
        sqlx::query(
            "INSERT INTO pipelines (id, name, is_default, created_at, updated_at, version) \
             VALUES ($1, 'Partners', FALSE, 1, 1, 1)",
        )
        .bind(PARTNERS)
        .execute(&self.pool)
        .await
        .expect("insert a pipeline");
        sqlx::query(
            "INSERT INTO stages (id, pipeline_id, name, position, probability, kind, forecast_category) VALUES \
             ($1, $3, 'Partner lead', 0, 30, 'open', 'best_case'), ($2, $3, 'Partner won', 1, 100, 'won', 'closed')",
        )
        .bind(PARTNER_LEAD)
        .bind(PARTNER_WON)
        .bind(PARTNERS)
        .execute(&self.pool)
        .await
        .expect("insert stages");
    }
}

/// Creates an account through the API; returns its id.
pub(crate) async fn create_account(app: &TestApp, name: &str) -> String {
    match app
        .admin()
        .create_account(models::AccountCreate::new(name.to_owned()), None)
        .await
        .expect("a response")
    {
        CreateAccountResponse::Created { body, .. } => body.id.to_string(),
        other => panic!("account not created: {other:?}"),
    }
}

/// The query parameters of listOpportunities.
#[derive(Debug, Clone, Default)]
struct Query {
    limit: Option<u32>,
    cursor: Option<String>,
    q: Option<&'static str>,
    updated_since: Option<chrono::DateTime<chrono::Utc>>,
    status: Option<Vec<OpportunityStatus>>,
    pipeline_id: Option<&'static str>,
    stage_id: Option<&'static str>,
    owner_id: Option<&'static str>,
    account_id: Option<String>,
    currency: Option<&'static str>,
    close_date_from: Option<&'static str>,
    close_date_to: Option<&'static str>,
    amount_min: Option<&'static str>,
    amount_max: Option<&'static str>,
    sort: Option<OpportunitySort>,
}

/// One request as a Sales Manager: through the generated client, unless it holds what that
/// client cannot send as the contract says (it writes date-times with `Display`, not RFC 3339,
/// and joins a list with commas where the contract repeats the parameter).
async fn request(app: &TestApp, query: &Query) -> ListOpportunitiesResponse {
    if query.updated_since.is_some() || query.status.as_ref().is_some_and(|s| s.len() > 1) {
        return request_raw(app, query).await;
    }
    let uuid = |text: &str| text.parse().expect("a uuid");
    let date = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date");
    app.sales_manager("sam")
        .list_opportunities(
            query.limit,
            query.cursor.clone(),
            query.q.map(str::to_owned),
            query.updated_since,
            query.status.as_ref(),
            query.pipeline_id.map(uuid),
            query.stage_id.map(uuid),
            query.owner_id.map(str::to_owned),
            query.account_id.as_deref().map(uuid),
            query.currency.map(str::to_owned),
            query.close_date_from.map(date),
            query.close_date_to.map(date),
            query.amount_min.map(str::to_owned),
            query.amount_max.map(str::to_owned),
            query.sort,
        )
        .await
        .expect("a response")
}

/// [`request`] as raw HTTP, the query string written as the contract says.
async fn request_raw(app: &TestApp, query: &Query) -> ListOpportunitiesResponse {
    let mut form = form_urlencoded::Serializer::new(String::new());
    let mut text = |name: &str, value: Option<&str>| {
        if let Some(value) = value {
            form.append_pair(name, value);
        }
    };
    text("limit", query.limit.map(|l| l.to_string()).as_deref());
    text("cursor", query.cursor.as_deref());
    text("q", query.q);
    let since = query
        .updated_since
        .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true));
    text("updated_since", since.as_deref());
    for status in query.status.iter().flatten() {
        text("status", Some(&status.to_string()));
    }
    text("pipeline_id", query.pipeline_id);
    text("stage_id", query.stage_id);
    text("owner_id", query.owner_id);
    text("account_id", query.account_id.as_deref());
    text("currency", query.currency);
    text("close_date_from", query.close_date_from);
    text("close_date_to", query.close_date_to);
    text("amount_min", query.amount_min);
    text("amount_max", query.amount_max);
    text("sort", query.sort.map(|s| s.to_string()).as_deref());
    let path = format!("/v1/opportunities?{}", form.finish());
    let token = app.token("sam", &[Role::SalesManager]);
    let response = app
        .raw(
            "GET",
            &path,
            &[("authorization", &format!("Bearer {token}"))],
            None,
        )
        .await;
    match response.status {
        200 => ListOpportunitiesResponse::Ok(parsed(&path, &response)),
        400 => ListOpportunitiesResponse::BadRequest(parsed(&path, &response)),
        status => panic!(
            "{path}: {status} {}",
            String::from_utf8_lossy(&response.body)
        ),
    }
}

fn parsed<T: serde::de::DeserializeOwned>(path: &str, response: &RawResponse) -> T {
    serde_json::from_slice(&response.body).unwrap_or_else(|error| {
        panic!(
            "{path}: {error}: {}",
            String::from_utf8_lossy(&response.body)
        )
    })
}

/// One page, which must be a 200.
async fn page(app: &TestApp, query: &Query) -> models::OpportunityPage {
    match request(app, query).await {
        ListOpportunitiesResponse::Ok(page) => page,
        other => panic!("not a page for {query:?}: {other:?}"),
    }
}

/// Every page of a list, following `next_cursor` (a cursor that never ends fails the test).
async fn every_page(app: &TestApp, query: &Query) -> Vec<models::Opportunity> {
    let mut query = query.clone();
    let mut all = Vec::new();
    for _ in 0..MAX_PAGES {
        let page = page(app, &query).await;
        all.extend(page.data);
        match page.next_cursor {
            swagger::Nullable::Present(cursor) => query.cursor = Some(cursor),
            swagger::Nullable::Null => return all,
        }
    }
    panic!("more than {MAX_PAGES} pages for {query:?}");
}

/// More pages than any scenario has: a list that goes on is a cursor that does not advance.
const MAX_PAGES: usize = 100;

fn names(opportunities: &[models::Opportunity]) -> BTreeSet<String> {
    opportunities.iter().map(|o| o.name.clone()).collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

on_both_stores!(
    each_filter_narrows_the_list,
    repeated_statuses_mean_any_of_them,
    each_sort_orders_both_ways_with_ties_broken_by_id,
    missing_close_dates_sort_last_ascending_and_first_descending,
    pages_neither_repeat_nor_skip_while_opportunities_are_added,
    a_cursor_from_another_sort_is_rejected,
    a_forged_cursor_is_rejected,
    deleted_opportunities_are_not_listed,
);

async fn each_filter_narrows_the_list(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    db.add_partner_pipeline().await;
    let globex = create_account(&app, "Globex").await;
    let recently = 1_900_000_000_000_000;
    db.insert(Seed {
        expected_close_date: Some("2026-01-15"),
        amount: "1000.00",
        next_step: Some("Send the QUOTE"),
        ..Seed::named("Alpha")
    })
    .await;
    db.insert(Seed {
        owner_id: "bob",
        stage_id: PROPOSAL,
        amount: "5000",
        expected_close_date: Some("2026-02-10"),
        description: Some("Renewal at 50% off"),
        account_id: Some(globex.clone()),
        updated_at: Some(recently),
        ..Seed::named("Bravo")
    })
    .await;
    db.insert(Seed {
        stage_id: CLOSED_WON,
        amount: "250000",
        currency: "JPY",
        expected_close_date: Some("2026-03-01"),
        description: Some("500 seats"),
        ..Seed::named("Charlie")
    })
    .await;
    db.insert(Seed {
        owner_id: "carol",
        stage_id: CLOSED_LOST,
        amount: "1200.000",
        currency: "KWD",
        account_id: Some(globex.clone()),
        ..Seed::named("Delta")
    })
    .await;
    db.insert(Seed {
        owner_id: "bob",
        stage_id: NEGOTIATION,
        amount: "999.99",
        currency: "USD",
        expected_close_date: Some("2026-02-28"),
        updated_at: Some(recently + 1),
        ..Seed::named("Echo Globex expansion")
    })
    .await;
    db.insert(Seed {
        stage_id: PARTNER_LEAD,
        amount: "300",
        expected_close_date: Some("2026-01-31"),
        ..Seed::named("Golf")
    })
    .await;
    db.insert(Seed {
        amount: "1000",
        expected_close_date: Some("2026-01-20"),
        deleted: true,
        ..Seed::named("Foxtrot (deleted)")
    })
    .await;

    let echo = "Echo Globex expansion";
    let cases: Vec<(&str, Query, Vec<&str>)> = vec![
        (
            "no filter",
            Query::default(),
            vec!["Alpha", "Bravo", "Charlie", "Delta", echo, "Golf"],
        ),
        (
            "status open",
            Query {
                status: Some(vec![OpportunityStatus::Open]),
                ..Query::default()
            },
            vec!["Alpha", "Bravo", echo, "Golf"],
        ),
        (
            "status won",
            Query {
                status: Some(vec![OpportunityStatus::Won]),
                ..Query::default()
            },
            vec!["Charlie"],
        ),
        (
            "pipeline",
            Query {
                pipeline_id: Some(PARTNERS),
                ..Query::default()
            },
            vec!["Golf"],
        ),
        (
            "default pipeline",
            Query {
                pipeline_id: Some(SALES),
                ..Query::default()
            },
            vec!["Alpha", "Bravo", "Charlie", "Delta", echo],
        ),
        (
            "stage",
            Query {
                stage_id: Some(PROPOSAL),
                ..Query::default()
            },
            vec!["Bravo"],
        ),
        (
            "stage of another pipeline",
            Query {
                pipeline_id: Some(PARTNERS),
                stage_id: Some(PROPOSAL),
                ..Query::default()
            },
            vec![],
        ),
        (
            "owner",
            Query {
                owner_id: Some("alice"),
                ..Query::default()
            },
            vec!["Alpha", "Charlie", "Golf"],
        ),
        (
            "account",
            Query {
                account_id: Some(globex.clone()),
                ..Query::default()
            },
            vec!["Bravo", "Delta"],
        ),
        (
            "currency",
            Query {
                currency: Some("EUR"),
                ..Query::default()
            },
            vec!["Alpha", "Bravo", "Golf"],
        ),
        (
            "close date from",
            Query {
                close_date_from: Some("2026-02-10"),
                ..Query::default()
            },
            vec!["Bravo", "Charlie", echo],
        ),
        (
            "close date to",
            Query {
                close_date_to: Some("2026-01-31"),
                ..Query::default()
            },
            vec!["Alpha", "Golf"],
        ),
        (
            "close date range, both ends inclusive",
            Query {
                close_date_from: Some("2026-02-10"),
                close_date_to: Some("2026-02-28"),
                ..Query::default()
            },
            vec!["Bravo", echo],
        ),
        (
            "amount min, in each opportunity's own currency",
            Query {
                amount_min: Some("1000"),
                ..Query::default()
            },
            vec!["Alpha", "Bravo", "Charlie", "Delta"],
        ),
        (
            "amount max",
            Query {
                amount_max: Some("999.99"),
                ..Query::default()
            },
            vec![echo, "Golf"],
        ),
        (
            "amount range in one currency",
            Query {
                currency: Some("EUR"),
                amount_min: Some("300.0001"),
                amount_max: Some("5000"),
                ..Query::default()
            },
            vec!["Alpha", "Bravo"],
        ),
        (
            "text in the next step, any case",
            Query {
                q: Some("quote"),
                ..Query::default()
            },
            vec!["Alpha"],
        ),
        (
            "text in the name, any case",
            Query {
                q: Some("GLOBEX"),
                ..Query::default()
            },
            vec![echo],
        ),
        (
            "text with a LIKE wildcard, matched literally",
            Query {
                q: Some("50%"),
                ..Query::default()
            },
            vec!["Bravo"],
        ),
        (
            "updated since",
            Query {
                updated_since: chrono::DateTime::from_timestamp_micros(recently),
                ..Query::default()
            },
            vec!["Bravo", echo],
        ),
        (
            "every filter at once",
            Query {
                status: Some(vec![OpportunityStatus::Open]),
                pipeline_id: Some(SALES),
                stage_id: Some(NEGOTIATION),
                owner_id: Some("bob"),
                currency: Some("USD"),
                close_date_from: Some("2026-02-01"),
                close_date_to: Some("2026-02-28"),
                amount_min: Some("999.99"),
                amount_max: Some("999.99"),
                q: Some("expan"),
                updated_since: chrono::DateTime::from_timestamp_micros(recently),
                ..Query::default()
            },
            vec![echo],
        ),
    ];
    for (case, query, expected) in cases {
        let listed = every_page(
            &app,
            &Query {
                limit: Some(2),
                ..query
            },
        )
        .await;
        assert_eq!(names(&listed), set(&expected), "{case}");
        assert_eq!(listed.len(), expected.len(), "{case}: a row listed twice");
    }
}

async fn repeated_statuses_mean_any_of_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    for (name, stage_id) in [
        ("open", QUALIFICATION),
        ("won", CLOSED_WON),
        ("lost", CLOSED_LOST),
    ] {
        db.insert(Seed {
            stage_id,
            ..Seed::named(name)
        })
        .await;
    }
    let listed = page(
        &app,
        &Query {
            status: Some(vec![OpportunityStatus::Won, OpportunityStatus::Lost]),
            sort: Some(OpportunitySort::NameAsc),
            ..Query::default()
        },
    )
    .await;
    let listed: Vec<String> = listed.data.into_iter().map(|o| o.name).collect();
    assert_eq!(listed, vec!["lost", "won"]);
    // What the generated client sends for a list: not the contract's form, and refused.
    let token = app.token("sam", &[Role::SalesManager]);
    app.raw(
        "GET",
        "/v1/opportunities?status=won,lost",
        &[("authorization", &format!("Bearer {token}"))],
        None,
    )
    .await
    .assert_problem(400, "invalid_parameter");
}

/// A sort key of a [`Sorted`] as text that sorts like the key.
type KeyOf = fn(&Sorted) -> String;

/// One seeded opportunity and the values it sorts by.
#[derive(Debug, Clone)]
struct Sorted {
    id: String,
    name: &'static str,
    created_at: i64,
    updated_at: i64,
    close: Option<&'static str>,
    amount_e4: i64,
}

async fn each_sort_orders_both_ways_with_ties_broken_by_id(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    // Ties in every key, so that only the id orders some pairs.
    let rows: [(&str, i64, Option<&str>, &str); 8] = [
        ("Beta", 3, Some("2026-05-01"), "10"),
        ("alpha", 1, None, "10"),
        ("Alpha", 2, Some("2026-03-01"), "2.5"),
        ("Beta", 3, Some("2026-03-01"), "10"),
        ("Gamma", 1, None, "0"),
        ("Alpha", 5, Some("2026-12-31"), "100000"),
        ("Delta", 4, Some("2026-05-01"), "2.5"),
        ("Beta", 2, None, "7"),
    ];
    let mut seeded = Vec::new();
    for (index, (name, updated, close, amount)) in rows.into_iter().enumerate() {
        let created_at = 1_800_000_000_000_000 + (index as i64 / 2) * 1_000;
        let updated_at = 1_800_000_000_000_000 + updated * 1_000_000;
        let id = db
            .insert(Seed {
                created_at: Some(created_at),
                updated_at: Some(updated_at),
                expected_close_date: close,
                amount,
                ..Seed::named(name)
            })
            .await;
        seeded.push(Sorted {
            id,
            name,
            created_at,
            updated_at,
            close,
            amount_e4: parse_scaled(amount, 4).expect("an amount"),
        });
    }
    // Each order, whether it is descending, and its key.
    let sorts: [(OpportunitySort, bool, KeyOf); 10] = [
        (OpportunitySort::NameAsc, false, |o| o.name.to_owned()),
        (OpportunitySort::NameDesc, true, |o| o.name.to_owned()),
        (OpportunitySort::CreatedAtAsc, false, |o| {
            format!("{:020}", o.created_at)
        }),
        (OpportunitySort::CreatedAtDesc, true, |o| {
            format!("{:020}", o.created_at)
        }),
        (OpportunitySort::UpdatedAtAsc, false, |o| {
            format!("{:020}", o.updated_at)
        }),
        (OpportunitySort::UpdatedAtDesc, true, |o| {
            format!("{:020}", o.updated_at)
        }),
        (OpportunitySort::ExpectedCloseDateAsc, false, |o| {
            o.close.unwrap_or("9999-12-31").to_owned()
        }),
        (OpportunitySort::ExpectedCloseDateDesc, true, |o| {
            o.close.unwrap_or("9999-12-31").to_owned()
        }),
        (OpportunitySort::AmountAsc, false, |o| {
            format!("{:020}", o.amount_e4)
        }),
        (OpportunitySort::AmountDesc, true, |o| {
            format!("{:020}", o.amount_e4)
        }),
    ];
    for (sort, descending, key) in sorts {
        let mut expected = seeded.clone();
        expected.sort_by(|a, b| (key(a), &a.id).cmp(&(key(b), &b.id)));
        if descending {
            expected.reverse();
        }
        let expected: Vec<String> = expected.into_iter().map(|o| o.id).collect();
        for limit in [3, 200] {
            let listed = every_page(
                &app,
                &Query {
                    sort: Some(sort),
                    limit: Some(limit),
                    ..Query::default()
                },
            )
            .await;
            let listed: Vec<String> = listed.iter().map(|o| o.id.to_string()).collect();
            assert_eq!(listed, expected, "sort {sort}, pages of {limit}");
        }
    }
    // Without a sort: newest first.
    let listed = every_page(&app, &Query::default()).await;
    let mut expected = seeded.clone();
    expected.sort_by(|a, b| (b.created_at, &b.id).cmp(&(a.created_at, &a.id)));
    assert_eq!(
        listed.iter().map(|o| o.id.to_string()).collect::<Vec<_>>(),
        expected.into_iter().map(|o| o.id).collect::<Vec<_>>()
    );
}

async fn missing_close_dates_sort_last_ascending_and_first_descending(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    for (name, close) in [
        ("none", None),
        ("late", Some("2027-06-30")),
        ("early", Some("2026-01-02")),
    ] {
        db.insert(Seed {
            expected_close_date: close,
            ..Seed::named(name)
        })
        .await;
    }
    for (sort, expected) in [
        (
            OpportunitySort::ExpectedCloseDateAsc,
            ["early", "late", "none"],
        ),
        (
            OpportunitySort::ExpectedCloseDateDesc,
            ["none", "late", "early"],
        ),
    ] {
        let listed = every_page(
            &app,
            &Query {
                sort: Some(sort),
                limit: Some(1),
                ..Query::default()
            },
        )
        .await;
        let listed: Vec<String> = listed.into_iter().map(|o| o.name).collect();
        assert_eq!(listed, expected, "{sort}");
    }
}

async fn pages_neither_repeat_nor_skip_while_opportunities_are_added(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    let base = 1_800_000_000_000_000;
    let mut originals = HashSet::new();
    for index in 0..20_i64 {
        let id = db
            .insert(Seed {
                created_at: Some(base + index * 1_000),
                ..Seed::named(&format!("deal {:02}", index * 5))
            })
            .await;
        originals.insert(id);
    }
    for sort in [
        OpportunitySort::CreatedAtDesc,
        OpportunitySort::CreatedAtAsc,
        OpportunitySort::NameAsc,
        OpportunitySort::NameDesc,
    ] {
        let mut query = Query {
            sort: Some(sort),
            limit: Some(6),
            ..Query::default()
        };
        let mut seen = Vec::new();
        let mut added = 0_i64;
        for pages in 1.. {
            assert!(pages <= MAX_PAGES, "{sort}: the cursor does not advance");
            let page = page(&app, &query).await;
            seen.extend(page.data.iter().map(|o| o.id.to_string()));
            let swagger::Nullable::Present(cursor) = page.next_cursor else {
                break;
            };
            query.cursor = Some(cursor);
            // Between pages: one opportunity before everything, one after, one in the middle of
            // what is still to come, in both the time and the name order.
            for (created_at, name) in [
                (base - 1_000_000 - added, format!("deal {:02}a", added)),
                (base + 1_000_000 + added, format!("deal 99{added}")),
                (base + 9_500 + added, format!("deal 47{added}")),
            ] {
                db.insert(Seed {
                    created_at: Some(created_at),
                    ..Seed::named(&name)
                })
                .await;
                added += 1;
            }
        }
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len(), "{sort}: a row on two pages");
        assert!(
            originals.iter().all(|id| unique.contains(id)),
            "{sort}: a row that was there all along was skipped"
        );
        assert!(added >= 9, "{sort}: at least four pages");
    }
}

async fn a_cursor_from_another_sort_is_rejected(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    for name in ["one", "two"] {
        db.insert(Seed::named(name)).await;
    }
    let first = page(
        &app,
        &Query {
            sort: Some(OpportunitySort::NameAsc),
            limit: Some(1),
            ..Query::default()
        },
    )
    .await;
    let swagger::Nullable::Present(cursor) = first.next_cursor else {
        panic!("a second page");
    };
    for sort in [None, Some(OpportunitySort::NameDesc)] {
        let response = request(
            &app,
            &Query {
                sort,
                cursor: Some(cursor.clone()),
                ..Query::default()
            },
        )
        .await;
        match response {
            ListOpportunitiesResponse::BadRequest(problem) => {
                assert_eq!(problem.code, "invalid_parameter");
                let errors = problem.errors.expect("field errors");
                assert_eq!(errors[0].pointer, "/query/cursor");
            }
            other => panic!("{sort:?}: not a 400: {other:?}"),
        }
    }
}

async fn a_forged_cursor_is_rejected(backend: Backend) {
    use base64::Engine as _;
    let app = TestApp::spawn(backend).await;
    // A key of the wrong type for the sort, and text that is no cursor at all.
    let forged = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(r#"{"s":"-amount","k":"1 OR 1=1","i":"x"}"#);
    for cursor in [forged, "bm90LWEtY3Vyc29y".to_owned()] {
        let response = request(
            &app,
            &Query {
                sort: Some(OpportunitySort::AmountDesc),
                cursor: Some(cursor),
                ..Query::default()
            },
        )
        .await;
        assert!(
            matches!(&response, ListOpportunitiesResponse::BadRequest(problem) if problem.code == "invalid_parameter"),
            "{response:?}"
        );
    }
}

async fn deleted_opportunities_are_not_listed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let db = Db::open(&app).await;
    db.insert(Seed::named("kept")).await;
    for sort in [OpportunitySort::NameAsc, OpportunitySort::AmountDesc] {
        db.insert(Seed {
            deleted: true,
            ..Seed::named("deleted")
        })
        .await;
        let listed = every_page(
            &app,
            &Query {
                sort: Some(sort),
                owner_id: Some("alice"),
                ..Query::default()
            },
        )
        .await;
        assert_eq!(names(&listed), set(&["kept"]));
    }
}
