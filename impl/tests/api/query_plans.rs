//! PostgreSQL only: at 200 000 opportunities (or `QUERY_PLANS_OPPORTUNITIES`), no opportunity
//! list (filter or order) and no report reads the whole opportunities table, except where reading
//! every row is what was asked.
//!
//! The scenario loads synthetic opportunities with `generate_series`, analyses them, and explains
//! the statements the store builds (the same functions the service calls, with the same bound
//! values), both as PostgreSQL plans them for those values (a custom plan) and as it may plan a
//! prepared statement it has run five times (a generic plan: sqlx keeps statements prepared per
//! connection). With `QUERY_PLANS_MD=<path>` it also writes what it saw as Markdown; that is how
//! `docs/query-plans.md` was made.

use std::fmt::Write as _;

use opportunity_service::domain::opportunity::Status;
use opportunity_service::store::opportunities::list::{
    OpportunityFilter, OpportunityOrder, OpportunityQuery, OpportunitySortKey,
};
use opportunity_service::store::page::{Cursor, Key};
use opportunity_service::store::reports::{forecast_statement, summary_statement, ReportFilter};
use opportunity_service::store::sql::Sql;
use serde_json::Value;
use sqlx::{AnyConnection, Connection as _, Executor as _};

use crate::helpers::{Backend, TestApp};

/// How many opportunities to load: 200 000 unless `QUERY_PLANS_OPPORTUNITIES` says otherwise.
fn opportunities() -> i64 {
    std::env::var("QUERY_PLANS_OPPORTUNITIES")
        .ok()
        .and_then(|count| count.parse().ok())
        .unwrap_or(200_000)
}

/// `created_at` of the `n`th generated opportunity, 400 seconds after the one before.
fn created_at(n: i64) -> i64 {
    1_700_000_000_000_000 + n * 400_000_000
}
const SALES: &str = "a0000000-0000-4000-8000-000000000001";
const PROPOSAL: &str = "a0000000-0000-4000-8000-000000000103";
/// One of the four generated pipelines, and its third stage.
const SMALL_PIPELINE: &str = "b0000000-0000-4000-8000-000000000002";
const SMALL_PIPELINE_STAGE: &str = "b0000000-0000-4000-8001-000000000022";

/// Four more pipelines of six stages, 2 000 accounts and 500 owners for [`LOAD_OPPORTUNITIES`]: 60 %
/// in the default pipeline, spread evenly over stages; half in EUR and 1 % in KWD; a tenth without
/// a close date, the rest over three years; one in fifty deleted.
const LOAD: &[&str] = &[
    "INSERT INTO pipelines (id, name, is_default, created_at, updated_at, version) \
     SELECT format('b0000000-0000-4000-8000-%s', lpad(p::text, 12, '0')), 'Pipeline ' || p, FALSE, 1, 1, 1 \
     FROM generate_series(1, 4) AS p",
    "INSERT INTO stages (id, pipeline_id, name, position, probability, kind, forecast_category) \
     SELECT format('b0000000-0000-4000-8001-%s', lpad((p * 10 + s)::text, 12, '0')), \
            format('b0000000-0000-4000-8000-%s', lpad(p::text, 12, '0')), 'Stage ' || s, s, \
            (ARRAY[10, 20, 50, 75, 100, 0])[s + 1], \
            (ARRAY['open', 'open', 'open', 'open', 'won', 'lost'])[s + 1], \
            (ARRAY['pipeline', 'pipeline', 'best_case', 'commit', 'closed', 'omitted'])[s + 1] \
     FROM generate_series(1, 4) AS p, generate_series(0, 5) AS s",
    "INSERT INTO accounts (id, name, tags, created_at, updated_at, version) \
     SELECT format('c0000000-0000-4000-8000-%s', lpad(a::text, 12, '0')), 'Account ' || a, '[]', 1, 1, 1 \
     FROM generate_series(1, 2000) AS a",
];

/// The opportunities, `$1` of them.
const LOAD_OPPORTUNITIES: &str =
    "INSERT INTO opportunities (id, name, account_id, owner_id, pipeline_id, stage_id, status, amount_e4, \
       currency, amount_source, probability, expected_close_date, closed_at, lost_reason, next_step, \
       description, stage_entered_at, created_at, updated_at, version, deleted_at) \
     SELECT o.id, o.name, o.account_id, o.owner_id, s.pipeline_id, s.id, s.kind, o.amount_e4, o.currency, \
            'manual', s.probability, o.close_date, \
            CASE WHEN s.kind <> 'open' THEN o.created_at + 1000000 END, \
            CASE WHEN s.kind = 'lost' THEN 'price' END, \
            'Call back ' || o.n, CASE WHEN o.n % 3 = 0 THEN 'Renewal of contract ' || o.n END, \
            o.created_at, o.created_at, o.created_at + (o.n % 1000) * 1000000, 1, \
            CASE WHEN o.n % 50 = 0 THEN o.created_at + 5000000 END \
     FROM ( \
       SELECT n, md5(n::text)::uuid::text AS id, 'Opportunity ' || md5((n * 7)::text) AS name, \
              format('c0000000-0000-4000-8000-%s', lpad((1 + (n * 7919) % 2000)::text, 12, '0')) AS account_id, \
              'owner-' || (n * 104729) % 500 AS owner_id, \
              CASE WHEN n % 10 < 6 THEN 'a0000000-0000-4000-8000-000000000001' \
                   ELSE format('b0000000-0000-4000-8000-%s', lpad((1 + n % 4)::text, 12, '0')) END AS pipeline_id, \
              (n / 10) % 6 AS position, \
              ((n * 2654435761) % 1000000) * 10000 AS amount_e4, \
              CASE WHEN (n / 7) % 100 < 50 THEN 'EUR' WHEN (n / 7) % 100 < 80 THEN 'USD' \
                   WHEN (n / 7) % 100 < 95 THEN 'GBP' WHEN (n / 7) % 100 < 99 THEN 'JPY' ELSE 'KWD' END AS currency, \
              CASE WHEN n % 10 = 3 THEN NULL \
                   ELSE to_char(DATE '2025-01-01' + ((n * 17) % 1095)::int, 'YYYY-MM-DD') END AS close_date, \
              1700000000000000 + n * 400000000 AS created_at \
       FROM generate_series(1, $1::bigint) AS n \
     ) AS o \
     JOIN stages AS s ON s.pipeline_id = o.pipeline_id AND s.position = o.position";

/// Explains a prepared statement with literal parameters, as JSON or text, and returns the plan
/// as text: the Any driver reads no `json` column, and a prepared statement is the only way to
/// see PostgreSQL 15's generic plan.
const EXPLAIN_FUNCTION: &str = r#"
CREATE FUNCTION pg_temp.explain_prepared(options text, statement text, VARIADIC parameters text[])
RETURNS text LANGUAGE plpgsql AS $body$
DECLARE
    arguments text := (SELECT string_agg(quote_literal(p), ', ') FROM unnest(parameters) AS p);
    line text;
    plan text := '';
BEGIN
    FOR line IN EXECUTE format('EXPLAIN (%s) EXECUTE %I%s', options, statement,
                               CASE WHEN arguments IS NULL THEN '' ELSE '(' || arguments || ')' END)
    LOOP
        plan := plan || line || E'\n';
    END LOOP;
    RETURN plan;
END
$body$"#;

/// The top of `docs/query-plans.md`; the tables and plans below it are what the run saw.
const HEADER: &str = r#"# Query plans: opportunity lists and reports

What PostgreSQL does with the statements the store builds for `listOpportunities`,
`getPipelineSummary` and `getForecast`. Generated by the test `query_plans` (PostgreSQL only), which
also fails when a list or a report reads the whole opportunities table:

```sh
source tests/lib/common.sh; source tests/lib/postgres.sh; pg_start   # or any DATABASE_URL_PG
QUERY_PLANS_MD=$PWD/docs/query-plans.md cargo test -p opportunity-service --test api query_plans
```

`QUERY_PLANS_OPPORTUNITIES=1000000` loads a million instead of 200 000 (a minute, and four and a
half, on the test machine). The data: the default pipeline and four more, six stages each; 60 % of
the opportunities in the default pipeline, spread evenly over stages; 500 owners, 2 000 accounts;
half in EUR, 1 % in KWD; a tenth without a close date, the rest over three years; one in fifty
deleted.
The test runs `VACUUM ANALYZE` and explains each statement with the values the service would bind.

## Reading the table

- *Custom plan*: planned for the bound values. *Generic plan*: what PostgreSQL may switch to after
  five runs of a prepared statement (sqlx keeps statements prepared per connection), planned
  without the values. Both must stay off the table.
- A `Bitmap Heap Scan` reads only the pages its `Bitmap Index Scan` pointed at. `Seq Scan on
  stages` reads a few dozen rows.

## What the plans show

1. **Orders.** Each order is one index walked in order until `limit + 1` rows are found. A later
   page seeks: `ROW(key, id) < ROW($1, $2)` is an `Index Cond`, so page 1 000 costs what page 1 does.
2. **Filters.** Owner, account, pipeline with stage, and status lead their own indexes (then
   `created_at, id`, so with the default order they are walked in order too). Amount, close date
   and `updated_since` are ranges of an index. The rest (pipeline alone, stage alone, currency) are
   checked while the order's index is walked. PostgreSQL picks by selectivity; no choice reads the
   table. `opportunities_by_currency` serves the currency with an amount range and order.
3. **Text (`q`).** A substring match (`LIKE '%text%'`, case-insensitive, over name, description
   and next step) cannot use a B-tree. Alone, a rare text reads every row: a `Seq Scan` at 200 000,
   the whole `created_at` index at a million; a common one stops after a page. With an indexed
   filter (owner here) it reads that filter's rows. Not asserted. A `pg_trgm` GIN index would serve
   it, but only on PostgreSQL, and the migrations are shared with SQLite, so there is none.
4. **Reports.** Neither reads opportunities: both read `opportunity_report_totals` and the changes
   not yet folded into it, `opportunity_report_pending`, which triggers on `opportunities` append in
   the same transaction as every change (see `impl/migrations/postgres/` and `store/reports.rs`; the
   service folds pending rows into the totals every second, as this test does once before it
   explains). A report goes from `stages` (the pipeline's,
   or every open and won stage) to the totals' primary key (stage, owner, period grain, period,
   status, currency, shard): the owner grain (everyone, or one owner) and the period grain (all
   time for the summary, months for the forecast) are the next key columns, so each stage is one
   short range of the key. A close-date range reads the months strictly inside it and the days of
   its first and last month. The number of rows read depends on stages, currencies, months, owners
   asked for and (for the summary's all-time rows) 16 shards; not on the number of opportunities.
5. **Before the totals** (up to the commit that added them) the summary and the forecast
   aggregated every opportunity they covered from the covering index `opportunities_for_reports`,
   which took 0.40 s and 0.65 s at a million opportunities; that index now serves only the list
   filter on a stage.
6. **Index-only scans need the visibility map**, which autovacuum keeps. The test cluster commits
   asynchronously, and `VACUUM` cannot mark a page all-visible before its commits are on disk, so
   the test loads with `synchronous_commit = on`.

At a million opportunities the scans are the same, except that the custom plans of "owner, -amount"
(walks `opportunities_by_amount`, checking the owner), "updated since" (a bitmap scan) and "text (a
rare one)" (walks `opportunities_by_created` to the end) differ as noted. SQLite is not covered
here: it uses the same indexes through its own planner, at the sizes SQLite serves.
"#;

/// What a case may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reads {
    /// Index entries only: no sequential scan of opportunities in any plan.
    Index,
    /// A substring search: no B-tree serves it; recorded, not asserted.
    Unindexable,
    /// A report: opportunity_report_totals through its primary key, never opportunities.
    Totals,
}

struct Case {
    name: &'static str,
    sql: Sql,
    reads: Reads,
}

fn list(name: &'static str, filter: OpportunityFilter, order: OpportunityOrder) -> Case {
    list_after(name, filter, order, None)
}

fn list_after(
    name: &'static str,
    filter: OpportunityFilter,
    order: OpportunityOrder,
    cursor: Option<Key>,
) -> Case {
    let cursor = cursor.map(|key| {
        Cursor {
            sort: order.name(),
            key,
            id: "80000000-0000-4000-8000-000000000000".to_owned(),
        }
        .encode()
    });
    let query = OpportunityQuery {
        limit: 50,
        cursor,
        filter,
        order,
    };
    Case {
        name,
        sql: query.statement().expect("a list statement"),
        reads: if query.filter.text.is_some() {
            Reads::Unindexable
        } else {
            Reads::Index
        },
    }
}

fn order(key: OpportunitySortKey, descending: bool) -> OpportunityOrder {
    OpportunityOrder { key, descending }
}

fn cases() -> Vec<Case> {
    use OpportunitySortKey::{Amount, CreatedAt, ExpectedCloseDate, Name, UpdatedAt};
    let none = OpportunityFilter::default;
    let newest = OpportunityOrder::default();
    let mut cases = vec![
        list("default order, first page", none(), newest),
        list_after(
            "default order, a page in the middle",
            none(),
            newest,
            Some(Key::Int(created_at(opportunities() / 2))),
        ),
    ];
    for (key, name_asc, name_desc) in [
        (Name, "name", "-name"),
        (CreatedAt, "created_at", "-created_at"),
        (UpdatedAt, "updated_at", "-updated_at"),
        (
            ExpectedCloseDate,
            "expected_close_date",
            "-expected_close_date",
        ),
        (Amount, "amount", "-amount"),
    ] {
        cases.push(list(name_asc, none(), order(key, false)));
        cases.push(list(name_desc, none(), order(key, true)));
    }
    cases.extend([
        list_after(
            "expected_close_date, a page in the middle",
            none(),
            order(ExpectedCloseDate, false),
            Some(Key::Text("2026-06-01".to_owned())),
        ),
        list_after(
            "-name, a page in the middle",
            none(),
            order(Name, true),
            Some(Key::Text("Opportunity 8".to_owned())),
        ),
        list(
            "owner",
            OpportunityFilter {
                owner_id: Some("owner-7".to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "owner, -amount",
            OpportunityFilter {
                owner_id: Some("owner-7".to_owned()),
                ..none()
            },
            order(Amount, true),
        ),
        list(
            "account",
            OpportunityFilter {
                account_id: Some("c0000000-0000-4000-8000-000000000042".to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "pipeline",
            OpportunityFilter {
                pipeline_id: Some(SMALL_PIPELINE.to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "pipeline and stage",
            OpportunityFilter {
                pipeline_id: Some(SALES.to_owned()),
                stage_id: Some(PROPOSAL.to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "stage without its pipeline, name",
            OpportunityFilter {
                stage_id: Some(SMALL_PIPELINE_STAGE.to_owned()),
                ..none()
            },
            order(Name, false),
        ),
        list(
            "status open",
            OpportunityFilter {
                statuses: vec![Status::Open],
                ..none()
            },
            newest,
        ),
        list(
            "status won or lost, expected_close_date",
            OpportunityFilter {
                statuses: vec![Status::Won, Status::Lost],
                ..none()
            },
            order(ExpectedCloseDate, false),
        ),
        list(
            "currency (a rare one)",
            OpportunityFilter {
                currency: Some("KWD".to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "currency and amount range",
            OpportunityFilter {
                currency: Some("EUR".to_owned()),
                amount_min_e4: Some(1_000_000_000),
                amount_max_e4: Some(1_100_000_000),
                ..none()
            },
            newest,
        ),
        list(
            "currency and amount range, -amount",
            OpportunityFilter {
                currency: Some("USD".to_owned()),
                amount_min_e4: Some(1_000_000_000),
                amount_max_e4: Some(1_100_000_000),
                ..none()
            },
            order(Amount, true),
        ),
        list(
            "close date range",
            OpportunityFilter {
                close_date_from: Some("2026-03-01".to_owned()),
                close_date_to: Some("2026-03-31".to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "close date from, expected_close_date",
            OpportunityFilter {
                close_date_from: Some("2027-12-01".to_owned()),
                ..none()
            },
            order(ExpectedCloseDate, false),
        ),
        list(
            "updated since",
            OpportunityFilter {
                updated_since: Some(created_at(opportunities() - 1_000)),
                ..none()
            },
            newest,
        ),
        list(
            "owner, status open, expected_close_date",
            OpportunityFilter {
                owner_id: Some("owner-7".to_owned()),
                statuses: vec![Status::Open],
                ..none()
            },
            order(ExpectedCloseDate, false),
        ),
        list(
            "text (a rare one)",
            OpportunityFilter {
                text: Some("renewal of contract 12345".to_owned()),
                ..none()
            },
            newest,
        ),
        list(
            "text (a rare one) and owner",
            OpportunityFilter {
                text: Some("renewal of contract 12345".to_owned()),
                owner_id: Some("owner-7".to_owned()),
                ..none()
            },
            newest,
        ),
    ]);
    let report = |name, sql, reads| Case { name, sql, reads };
    let owner = || ReportFilter {
        owner_id: Some("owner-7".to_owned()),
        ..ReportFilter::default()
    };
    let quarter = || ReportFilter {
        close_date_from: Some("2026-01-01".to_owned()),
        close_date_to: Some("2026-03-31".to_owned()),
        ..ReportFilter::default()
    };
    cases.extend([
        report(
            "summary of the default pipeline (60 % of all)",
            summary_statement(SALES, &ReportFilter::default()),
            Reads::Totals,
        ),
        report(
            "summary of a pipeline (10 % of all)",
            summary_statement(SMALL_PIPELINE, &ReportFilter::default()),
            Reads::Totals,
        ),
        report(
            "summary, owner",
            summary_statement(SALES, &owner()),
            Reads::Totals,
        ),
        report(
            "summary, a quarter",
            summary_statement(SALES, &quarter()),
            Reads::Totals,
        ),
        report(
            "forecast of every pipeline (83 % of all)",
            forecast_statement(None, &ReportFilter::default()),
            Reads::Totals,
        ),
        report(
            "forecast of a pipeline",
            forecast_statement(Some(SMALL_PIPELINE), &ReportFilter::default()),
            Reads::Totals,
        ),
        report(
            "forecast, owner",
            forecast_statement(None, &owner()),
            Reads::Totals,
        ),
        report(
            "forecast, a quarter",
            forecast_statement(None, &quarter()),
            Reads::Totals,
        ),
    ]);
    cases
}

/// The number of `$n` placeholders in a statement.
fn placeholders(text: &str) -> usize {
    let mut highest = 0;
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        rest = &rest[at + 1..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = digits.parse::<usize>() {
            highest = highest.max(n);
        }
    }
    highest
}

/// The plan of a statement as text (`options` of EXPLAIN), prepared with its bound values.
async fn explain(connection: &mut AnyConnection, sql: &Sql, options: &str) -> String {
    connection
        .execute(format!("PREPARE plan_probe AS {}", sql.text()).as_str())
        .await
        .expect("prepare the statement");
    let parameters: Vec<String> = (1..=placeholders(sql.text()))
        .map(|n| format!("${n}::text"))
        .collect();
    let call = format!(
        "SELECT pg_temp.explain_prepared('{options}', 'plan_probe', VARIADIC ARRAY[{}]::text[])",
        parameters.join(", ")
    );
    // Not kept prepared: the same call text binds other types for another statement.
    let plan: String = sqlx::query_scalar_with(&call, sql.arguments())
        .persistent(false)
        .fetch_one(&mut *connection)
        .await
        .unwrap_or_else(|error| panic!("explain {}: {error}", sql.text()));
    connection
        .execute("DEALLOCATE plan_probe")
        .await
        .expect("deallocate");
    plan
}

/// Every scan in a JSON plan, as `Node Type [Backward] [on relation] [using index]`.
fn scans(node: &Value, found: &mut Vec<String>) {
    let relation = node["Relation Name"].as_str();
    let index = node["Index Name"].as_str();
    if relation.is_some() || index.is_some() {
        let mut scan = node["Node Type"].as_str().unwrap_or_default().to_owned();
        if node["Scan Direction"].as_str() == Some("Backward") {
            scan.push_str(" Backward");
        }
        if let Some(relation) = relation {
            scan.push_str(&format!(" on {relation}"));
        }
        if let Some(index) = index {
            scan.push_str(&format!(" using {index}"));
        }
        found.push(scan);
    }
    for child in node["Plans"].as_array().into_iter().flatten() {
        scans(child, found);
    }
}

/// The scans of the statement's plan in the current session settings.
async fn plan_scans(connection: &mut AnyConnection, sql: &Sql) -> Vec<String> {
    let json = explain(connection, sql, "FORMAT JSON").await;
    let plan: Value = serde_json::from_str(&json).expect("a JSON plan");
    let mut found = Vec::new();
    scans(&plan[0]["Plan"], &mut found);
    found
}

fn reads_the_table(scans: &[String]) -> bool {
    scans
        .iter()
        .any(|scan| scan.starts_with("Seq Scan on opportunities"))
}

/// Whether a report's plan reads anything but the totals' primary key (and stages, and the pending
/// report rows, which the service folds into the totals every second: a few at any time).
fn reads_more_than_totals(scans: &[String]) -> bool {
    scans.iter().any(|scan| {
        scan.contains(" on opportunities")
            || (scan.contains("opportunity_report_totals")
                && !scan.contains("using opportunity_report_totals_pkey"))
    })
}

async fn set(connection: &mut AnyConnection, setting: &str) {
    connection
        .execute(format!("SET {setting}").as_str())
        .await
        .expect("a setting");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_plans_read_indexes_not_the_whole_table() {
    let app = TestApp::spawn(Backend::Postgres).await;
    sqlx::any::install_default_drivers();
    let mut connection = AnyConnection::connect(&app.database_url)
        .await
        .expect("connect to the test database");
    // The test cluster commits asynchronously; VACUUM marks a page all-visible (what index-only
    // scans need, and what autovacuum does in production) only once the commits are on disk.
    set(&mut connection, "synchronous_commit = on").await;
    for statement in LOAD {
        connection.execute(*statement).await.expect("load");
    }
    sqlx::query(LOAD_OPPORTUNITIES)
        .bind(opportunities())
        .execute(&mut connection)
        .await
        .expect("load opportunities");
    // What the service's background task does every second: the load's report changes, appended
    // to the pending rows, folded into the totals.
    connection
        .execute("SELECT opportunity_report_compact()")
        .await
        .expect("fold the report totals");
    connection
        .execute(
            "VACUUM ANALYZE pipelines, stages, accounts, opportunities, opportunity_report_totals, \
             opportunity_report_pending",
        )
        .await
        .expect("vacuum and analyse");
    let loaded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM opportunities")
        .fetch_one(&mut connection)
        .await
        .expect("a count");
    assert_eq!(loaded, opportunities());
    connection
        .execute(EXPLAIN_FUNCTION)
        .await
        .expect("the explain function");

    let mut failures = Vec::new();
    let mut summary = String::new();
    let mut details = String::new();
    for case in cases() {
        set(&mut connection, "plan_cache_mode = force_custom_plan").await;
        let custom = plan_scans(&mut connection, &case.sql).await;
        let custom_text = explain(&mut connection, &case.sql, "COSTS OFF").await;
        set(&mut connection, "plan_cache_mode = force_generic_plan").await;
        let generic = plan_scans(&mut connection, &case.sql).await;
        let generic_text = explain(&mut connection, &case.sql, "COSTS OFF").await;
        set(&mut connection, "random_page_cost = 1.1").await;
        set(&mut connection, "plan_cache_mode = force_custom_plan").await;
        let ssd = plan_scans(&mut connection, &case.sql).await;
        set(&mut connection, "random_page_cost = 4").await;

        let verdict = match case.reads {
            Reads::Index if reads_the_table(&custom) || reads_the_table(&generic) => {
                failures.push(format!("{}: {custom:?} / generic {generic:?}", case.name));
                "**reads the table**"
            }
            Reads::Index => "indexes only",
            Reads::Unindexable => "not asserted: a substring match (see OpportunityFilter::text)",
            Reads::Totals
                if reads_more_than_totals(&custom)
                    || reads_more_than_totals(&generic)
                    || reads_more_than_totals(&ssd) =>
            {
                failures.push(format!("{}: {custom:?} / generic {generic:?}", case.name));
                "**reads more than the totals' key**"
            }
            Reads::Totals => "totals only, by their key",
        };
        let _ = writeln!(
            summary,
            "| {} | {} | {} | {verdict} |",
            case.name,
            custom.join("<br>"),
            if generic == custom {
                "same".to_owned()
            } else {
                generic.join("<br>")
            },
        );
        let _ = write!(
            details,
            "### {}\n\n```sql\n{}\n```\n\n```\n{}```\n\n",
            case.name,
            case.sql.text().replace(
                opportunity_service::store::opportunities::COLUMNS,
                "<COLUMNS>"
            ),
            custom_text
        );
        if generic_text != custom_text {
            let _ = write!(details, "Generic plan:\n\n```\n{generic_text}```\n\n");
        }
        if ssd != custom {
            let _ = write!(
                details,
                "With `random_page_cost = 1.1`: {}\n\n",
                ssd.join(", ")
            );
        }
    }
    if let Ok(path) = std::env::var("QUERY_PLANS_MD") {
        let version: String = sqlx::query_scalar("SELECT version()")
            .fetch_one(&mut connection)
            .await
            .expect("the version");
        let markdown = format!(
            "{}\n\nObserved on {version}.\n\n\
             | case | scans (custom plan) | scans (generic plan) | verdict |\n|---|---|---|---|\n{summary}\n\
             ## Plans (custom, `COSTS OFF`)\n\n{details}",
            HEADER.trim_end()
        );
        std::fs::write(&path, markdown).expect("write the plans");
    }
    connection.close().await.expect("disconnect");
    drop_database(&app.database_url).await;
    assert!(
        failures.is_empty(),
        "statements that read the whole table:\n{}",
        failures.join("\n")
    );
}

/// Drops the test's database (200 000 opportunities are worth giving back to the shared cluster).
async fn drop_database(url: &str) {
    let (_, name) = url.rsplit_once('/').expect("a database URL with a path");
    let base = std::env::var("DATABASE_URL_PG").expect("DATABASE_URL_PG");
    let mut connection = AnyConnection::connect(&base)
        .await
        .expect("connect to DATABASE_URL_PG");
    connection
        .execute(format!("DROP DATABASE {name} WITH (FORCE)").as_str())
        .await
        .expect("drop the test database");
}
