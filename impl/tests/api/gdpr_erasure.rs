//! Erasure down to the bytes, consent history, and an audit log nobody can edit: told as the data
//! protection officer who checks what is left after a data subject asked to be forgotten.

use opportunity_service::auth::Role;
use opportunity_service::inventory::inventory;
use serde_json::{json, Value};
use sqlx::Row as _;

use crate::helpers::{Backend, RawResponse, TestApp};
use crate::on_both_stores;

on_both_stores!(
    erasure_leaves_no_personal_value_in_any_column_or_database_file,
    export_lists_the_notes_that_mention_the_contact_and_its_consents,
    consent_history_is_appended_and_the_current_state_derived,
    erased_contact_keeps_only_the_non_personal_facts_of_its_consents,
    audit_log_and_consent_history_cannot_be_altered_with_the_services_own_connection,
);

/// A JSON request as `subject` with `roles`.
async fn call(
    app: &TestApp,
    roles: &[Role],
    method: &str,
    path: &str,
    body: Option<&Value>,
    extra: &[(&str, &str)],
) -> RawResponse {
    let authorization = format!("Bearer {}", app.token("sm-1", roles));
    let mut headers = vec![
        ("authorization", authorization.as_str()),
        ("content-type", "application/json"),
    ];
    headers.extend_from_slice(extra);
    let body = body.map(Value::to_string);
    app.raw(method, &format!("/v1{path}"), &headers, body.as_deref())
        .await
}

async fn ok(response: RawResponse, status: u16) -> Value {
    assert_eq!(
        response.status,
        status,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    if response.body.is_empty() {
        Value::Null
    } else {
        response.json()
    }
}

const MANAGER: &[Role] = &[Role::SalesManager];
const ADMIN: &[Role] = &[Role::Admin];

/// The person every scenario forgets: every field the inventory calls personal filled in.
fn quintessa(account_id: &str) -> Value {
    json!({
        "account_id": account_id,
        "first_name": "Quintessa",
        "last_name": "Brightwater",
        "email": "quintessa.brightwater@globex.example",
        "phone": "+49 30 9876543",
        "job_title": "Chief Alchemist",
        "country": "LI",
        "lawful_basis": "legitimate_interests",
        "marketing_consent": true,
    })
}

/// The values of `contact` in the fields the contract's inventory marks personal, as sent. Two
/// letter values (a country code) are checked on the record, not searched for: "LI" is in many
/// a column name and byte.
fn personal_values(contact: &Value) -> Vec<String> {
    let fields = inventory().personal_fields("ContactCreate");
    assert!(
        fields.len() >= 6,
        "the inventory lists the contact's fields: {fields:?}"
    );
    fields
        .into_iter()
        .filter_map(|(field, _)| contact[field].as_str().map(str::to_owned))
        .filter(|value| value.len() > 2)
        .collect()
}

async fn new_account(app: &TestApp) -> String {
    let account = ok(
        call(
            app,
            MANAGER,
            "POST",
            "/accounts",
            Some(&json!({"name": "Globex"})),
            &[],
        )
        .await,
        201,
    )
    .await;
    account["id"].as_str().expect("an id").to_owned()
}

/// Quintessa at Globex, on two opportunities (one lost because of her), named in notes (one
/// recorded with an Idempotency-Key and replayed), with consents given and withdrawn. Returns
/// (contact id, account id).
async fn quintessa_everywhere(app: &TestApp) -> (String, String) {
    let account = new_account(app).await;
    let contact = ok(
        call(
            app,
            MANAGER,
            "POST",
            "/contacts",
            Some(&quintessa(&account)),
            &[],
        )
        .await,
        201,
    )
    .await;
    let id = contact["id"].as_str().expect("an id").to_owned();
    let seats = ok(
        call(
            app,
            MANAGER,
            "POST",
            "/opportunities",
            Some(&json!({
                "name": "Globex - seats for Brightwater's lab",
                "account_id": account,
                "currency": "EUR",
                "amount": "125000.00",
                "expected_close_date": "2027-01-15",
                "primary_contact_id": id,
                "description": "Quintessa runs the lab; reach her at quintessa.brightwater@globex.example",
                "next_step": "Call Quintessa on +49 30 9876543",
            })),
            &[],
        )
        .await,
        201,
    )
    .await;
    let seats = seats["id"].as_str().expect("an id").to_owned();
    let support = ok(
        call(
            app,
            MANAGER,
            "POST",
            "/opportunities",
            Some(&json!({
                "name": "Globex - support",
                "account_id": account,
                "currency": "EUR",
                "amount": "5000.00",
                "contact_roles": [{"contact_id": id, "role": "champion"}],
            })),
            &[],
        )
        .await,
        201,
    )
    .await;
    let support = support["id"].as_str().expect("an id").to_owned();
    ok(
        call(
            app,
            MANAGER,
            "POST",
            &format!("/opportunities/{support}/lose"),
            Some(&json!({"lost_reason": "QUINTESSA moved the budget to another vendor"})),
            &[("if-match", "*")],
        )
        .await,
        200,
    )
    .await;
    for body in [
        "Quintessa wants a three-year price lock.",
        "Lunch with brightwater next week; her mobile is +49-30-987 65 43.",
        "Nothing about anyone in particular.",
    ] {
        ok(
            call(
                app,
                MANAGER,
                "POST",
                &format!("/opportunities/{seats}/notes"),
                Some(&json!({ "body": body })),
                &[],
            )
            .await,
            201,
        )
        .await;
    }
    let keyed = json!({"body": "Ms Brightwater signed the NDA."});
    let first = call(
        app,
        MANAGER,
        "POST",
        &format!("/opportunities/{support}/notes"),
        Some(&keyed),
        &[("idempotency-key", "nda-note-1")],
    )
    .await;
    ok(first, 201).await;
    let replay = call(
        app,
        MANAGER,
        "POST",
        &format!("/opportunities/{support}/notes"),
        Some(&keyed),
        &[("idempotency-key", "nda-note-1")],
    )
    .await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    for change in [
        json!({"purpose": "marketing_email", "status": "given", "source": "web_form", "lawful_basis": "consent",
               "text_version": "newsletter-2026-03", "evidence": "form 88 sent from quintessa.brightwater@globex.example"}),
        json!({"purpose": "profiling", "status": "given", "source": "phone_call", "lawful_basis": "consent",
               "text_version": "profiling-v2", "evidence": "call with Quintessa Brightwater"}),
        json!({"purpose": "profiling", "status": "withdrawn", "source": "email", "lawful_basis": "consent"}),
    ] {
        ok(
            call(
                app,
                MANAGER,
                "POST",
                &format!("/contacts/{id}/consents"),
                Some(&change),
                &[],
            )
            .await,
            201,
        )
        .await;
    }
    ok(
        call(app, ADMIN, "GET", &format!("/contacts/{id}"), None, &[]).await,
        200,
    )
    .await;
    (id, account)
}

/// Every table and column of the database, each value as text.
async fn every_value(app: &TestApp, backend: Backend) -> Vec<(String, String, String)> {
    let mut connection = app.database().await;
    let tables: Vec<String> = match backend {
        Backend::Postgres => sqlx::query(
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        ),
        Backend::Sqlite => sqlx::query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        ),
    }
    .fetch_all(&mut connection)
    .await
    .expect("list tables")
    .iter()
    .map(|row| row.get::<String, _>("name"))
    .collect();
    assert!(tables.iter().any(|table| table == "consent_events"));
    let mut values = Vec::new();
    for table in tables {
        let columns: Vec<String> = match backend {
            Backend::Postgres => sqlx::query(
                "SELECT column_name::text AS name FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name = $1",
            )
            .bind(&table),
            Backend::Sqlite => sqlx::query("SELECT name FROM pragma_table_info($1)").bind(&table),
        }
        .fetch_all(&mut connection)
        .await
        .expect("list columns")
        .iter()
        .map(|row| row.get::<String, _>("name"))
        .collect();
        let select = columns
            .iter()
            .map(|column| match backend {
                Backend::Postgres => format!("CAST(\"{column}\" AS TEXT)"),
                // A blob (the migrations' checksums) as hex, as it is not text.
                Backend::Sqlite => format!(
                    "CASE WHEN typeof(\"{column}\") = 'blob' THEN hex(\"{column}\") \
                     ELSE CAST(\"{column}\" AS TEXT) END"
                ),
            })
            .collect::<Vec<_>>()
            .join(", ");
        let rows = sqlx::query(&format!("SELECT {select} FROM \"{table}\""))
            .fetch_all(&mut connection)
            .await
            .expect("read a table");
        for row in rows {
            for (index, column) in columns.iter().enumerate() {
                if let Some(value) = row.get::<Option<String>, _>(index) {
                    values.push((table.clone(), column.clone(), value));
                }
            }
        }
    }
    values
}

/// Where `needle` (in any case) occurs among the database's values.
fn hits_in_columns<'a>(
    values: &'a [(String, String, String)],
    needle: &str,
) -> Vec<(&'a str, &'a str)> {
    let needle = needle.to_lowercase();
    values
        .iter()
        .filter(|(_, _, value)| value.to_lowercase().contains(&needle))
        .map(|(table, column, _)| (table.as_str(), column.as_str()))
        .collect()
}

/// The SQLite database file and its `-wal` and `-shm` files, as bytes.
fn sqlite_files(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    let path = app
        .database_url
        .trim_start_matches("sqlite://")
        .split('?')
        .next()
        .expect("a path")
        .to_owned();
    ["", "-wal", "-shm"]
        .into_iter()
        .map(|suffix| {
            let file = format!("{path}{suffix}");
            let bytes = std::fs::read(&file).unwrap_or_default();
            (file, bytes)
        })
        .collect()
}

/// How often `needle` occurs in `bytes`, as written or lower-cased.
fn hits_in_bytes(bytes: &[u8], needle: &str) -> usize {
    [needle.to_owned(), needle.to_lowercase()]
        .iter()
        .map(|needle| {
            bytes
                .windows(needle.len())
                .filter(|window| *window == needle.as_bytes())
                .count()
        })
        .sum()
}

/// The two reports, without the instant they were computed at.
async fn reports(app: &TestApp) -> (Value, Value) {
    let mut summary = ok(
        call(app, MANAGER, "GET", "/reports/pipeline-summary", None, &[]).await,
        200,
    )
    .await;
    let mut forecast = ok(
        call(app, MANAGER, "GET", "/reports/forecast", None, &[]).await,
        200,
    )
    .await;
    summary["generated_at"] = Value::Null;
    forecast["generated_at"] = Value::Null;
    (summary, forecast)
}

async fn erase(app: &TestApp, id: &str) -> Value {
    ok(
        call(
            app,
            ADMIN,
            "POST",
            &format!("/gdpr/contacts/{id}/erasure"),
            Some(&json!({"reason": "DSR-2026-0099"})),
            &[],
        )
        .await,
        200,
    )
    .await
}

async fn erasure_leaves_no_personal_value_in_any_column_or_database_file(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, account) = quintessa_everywhere(&app).await;
    let values = personal_values(&quintessa(&account));
    assert_eq!(values.len(), 5, "{values:?}");
    let reports_before = reports(&app).await;
    // The scans find what is there: every value is in some column (and SQLite file) before.
    let before = every_value(&app, backend).await;
    for value in &values {
        assert!(
            !hits_in_columns(&before, value).is_empty(),
            "{value} is not in the database before the erasure"
        );
    }
    if backend == Backend::Sqlite {
        let files = sqlite_files(&app);
        for value in &values {
            assert!(
                files
                    .iter()
                    .any(|(_, bytes)| hits_in_bytes(bytes, value) > 0),
                "{value} is in no SQLite file before the erasure"
            );
        }
    }

    erase(&app, &id).await;

    // Right after the answer: the raw bytes of every SQLite file first (nothing read them since).
    if backend == Backend::Sqlite {
        for (file, bytes) in sqlite_files(&app) {
            for value in &values {
                assert_eq!(
                    hits_in_bytes(&bytes, value),
                    0,
                    "{value} is still in {file} ({} bytes)",
                    bytes.len()
                );
            }
        }
    }
    let after = every_value(&app, backend).await;
    for value in &values {
        assert_eq!(
            hits_in_columns(&after, value),
            Vec::<(&str, &str)>::new(),
            "{value} is still in the database"
        );
    }
    // The first name's mentions are redacted as whole words, so "[erased]" stands where it was.
    let notes: Vec<&str> = after
        .iter()
        .filter(|(table, column, _)| table == "notes" && column == "body")
        .map(|(_, _, body)| body.as_str())
        .collect();
    assert!(
        notes.contains(&"[erased] wants a three-year price lock."),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"Lunch with [erased] next week; her mobile is [erased]."),
        "{notes:?}"
    );
    assert!(notes.contains(&"Nothing about anyone in particular."));
    assert_eq!(reports(&app).await, reports_before);
    // The export and every answer about the contact hold none of it either.
    let export = ok(
        call(
            &app,
            ADMIN,
            "GET",
            &format!("/gdpr/contacts/{id}/export"),
            None,
            &[],
        )
        .await,
        200,
    )
    .await;
    let text = export.to_string().to_lowercase();
    for value in &values {
        assert!(
            !text.contains(&value.to_lowercase()),
            "{value} in the export"
        );
    }
    assert_eq!(export["contact"]["country"], Value::Null);
}

async fn export_lists_the_notes_that_mention_the_contact_and_its_consents(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, _) = quintessa_everywhere(&app).await;

    let export = ok(
        call(
            &app,
            ADMIN,
            "GET",
            &format!("/gdpr/contacts/{id}/export"),
            None,
            &[],
        )
        .await,
        200,
    )
    .await;

    let mentions: Vec<&str> = export["mentioned_in"]
        .as_array()
        .expect("mentioned_in")
        .iter()
        .map(|note| note["body"].as_str().expect("a body"))
        .collect();
    assert_eq!(
        mentions,
        [
            "Quintessa wants a three-year price lock.",
            "Lunch with brightwater next week; her mobile is +49-30-987 65 43.",
            "Ms Brightwater signed the NDA.",
        ]
    );
    // createContact's `marketing_consent: true` is the first change (source `other`).
    assert_eq!(
        export["consents"]["history"].as_array().map(Vec::len),
        Some(4)
    );
    assert_eq!(export["consents"]["history"][0]["source"], "other");
    assert_eq!(
        export["consents"]["current"],
        json!([
            {"purpose": "marketing_email", "status": "given", "since": export["consents"]["history"][1]["given_at"]},
            {"purpose": "marketing_calls", "status": "withdrawn", "since": null},
            {"purpose": "profiling", "status": "withdrawn", "since": export["consents"]["history"][3]["given_at"]},
        ])
    );
}

async fn consent_history_is_appended_and_the_current_state_derived(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let account = new_account(&app).await;
    let mut person = quintessa(&account);
    person["marketing_consent"] = json!(false);
    let contact = ok(
        call(&app, MANAGER, "POST", "/contacts", Some(&person), &[]).await,
        201,
    )
    .await;
    let id = contact["id"].as_str().expect("an id");
    let path = format!("/contacts/{id}/consents");

    let empty = ok(call(&app, MANAGER, "GET", &path, None, &[]).await, 200).await;
    assert_eq!(empty["history"], json!([]));
    assert!(empty["current"]
        .as_array()
        .expect("current")
        .iter()
        .all(|state| state["status"] == "withdrawn" && state["since"].is_null()));

    let given_at = "2026-11-02T09:20:00Z";
    let given = ok(
        call(
            &app,
            MANAGER,
            "POST",
            &path,
            Some(&json!({"purpose": "marketing_email", "status": "given", "source": "paper_form",
                         "lawful_basis": "consent", "text_version": "newsletter-2026-03", "given_at": given_at})),
            &[],
        )
        .await,
        201,
    )
    .await;
    assert_eq!(given["recorded_by"], "sm-1");
    assert_eq!(given["given_at"], given_at);
    assert_eq!(given["text_version"], "newsletter-2026-03");
    assert_eq!(given["evidence"], Value::Null);
    // A marketing e-mail consent is also the contact's `marketing_consent`.
    let read = ok(
        call(&app, ADMIN, "GET", &format!("/contacts/{id}"), None, &[]).await,
        200,
    )
    .await;
    assert_eq!(read["marketing_consent"], true);
    assert_eq!(
        read["version"],
        contact["version"].as_i64().expect("version") + 1
    );

    ok(
        call(
            &app,
            ADMIN,
            "POST",
            &path,
            Some(&json!({"purpose": "marketing_email", "status": "withdrawn", "source": "email", "lawful_basis": "consent"})),
            &[],
        )
        .await,
        201,
    )
    .await;
    let history = ok(call(&app, MANAGER, "GET", &path, None, &[]).await, 200).await;
    let statuses: Vec<(&str, &str)> = history["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|event| {
            (
                event["status"].as_str().unwrap_or_default(),
                event["recorded_by"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(statuses, [("given", "sm-1"), ("withdrawn", "sm-1")]);
    assert_eq!(history["current"][0]["status"], "withdrawn");
    let read = ok(
        call(&app, ADMIN, "GET", &format!("/contacts/{id}"), None, &[]).await,
        200,
    )
    .await;
    assert_eq!(read["marketing_consent"], false);

    // Not in the future, and the contract's enums hold.
    call(
        &app,
        MANAGER,
        "POST",
        &path,
        Some(&json!({"purpose": "profiling", "status": "given", "source": "email", "lawful_basis": "consent",
                     "given_at": "2999-01-01T00:00:00Z"})),
        &[],
    )
    .await
    .assert_problem(422, "consent_in_future");
    call(
        &app,
        MANAGER,
        "POST",
        &path,
        Some(&json!({"purpose": "telepathy", "status": "given", "source": "email", "lawful_basis": "consent"})),
        &[],
    )
    .await
    .assert_problem(422, "validation_failed");
    call(
        &app,
        MANAGER,
        "GET",
        &format!("/contacts/{}/consents", uuid::Uuid::new_v4()),
        None,
        &[],
    )
    .await
    .assert_problem(404, "not_found");
    // Each change is on the contact's audit trail, naming fields only.
    let audit = ok(
        call(
            &app,
            ADMIN,
            "GET",
            &format!("/audit-events?resource_id={id}"),
            None,
            &[],
        )
        .await,
        200,
    )
    .await;
    let consent_events = audit["data"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|event| {
            event["changed_fields"]
                .as_array()
                .is_some_and(|fields| fields.contains(&json!("consents")))
        })
        .count();
    assert_eq!(consent_events, 2);

    // The contact's own flag, set through updateContact, is a change in the history too.
    let authorization = format!("Bearer {}", app.token("sm-1", MANAGER));
    let patched = app
        .raw(
            "PATCH",
            &format!("/v1/contacts/{id}"),
            &[
                ("authorization", authorization.as_str()),
                ("content-type", "application/merge-patch+json"),
                ("if-match", "*"),
            ],
            Some(r#"{"marketing_consent": true}"#),
        )
        .await;
    ok(patched, 200).await;
    let history = ok(call(&app, MANAGER, "GET", &path, None, &[]).await, 200).await;
    assert_eq!(history["current"][0]["status"], "given");
    assert_eq!(history["history"][2]["source"], "other");
    assert_eq!(history["history"][2]["status"], "given");
}

async fn erased_contact_keeps_only_the_non_personal_facts_of_its_consents(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, _) = quintessa_everywhere(&app).await;
    let path = format!("/contacts/{id}/consents");

    erase(&app, &id).await;

    let history = ok(call(&app, MANAGER, "GET", &path, None, &[]).await, 200).await;
    let events = history["history"].as_array().expect("history");
    // The four changes stay, without their evidence; the erasure withdrew what was still given.
    assert_eq!(events.len(), 5, "{events:?}");
    assert!(events.iter().all(|event| event["evidence"].is_null()));
    assert_eq!(events[1]["text_version"], "newsletter-2026-03");
    assert_eq!(events[1]["source"], "web_form");
    let last = &events[4];
    assert_eq!(
        (
            &last["purpose"],
            &last["status"],
            &last["source"],
            &last["recorded_by"]
        ),
        (
            &json!("marketing_email"),
            &json!("withdrawn"),
            &json!("erasure"),
            &json!("sm-1")
        )
    );
    assert!(history["current"]
        .as_array()
        .expect("current")
        .iter()
        .all(|state| state["status"] == "withdrawn"));
    call(
        &app,
        MANAGER,
        "POST",
        &path,
        Some(&json!({"purpose": "profiling", "status": "given", "source": "email", "lawful_basis": "consent"})),
        &[],
    )
    .await
    .assert_problem(409, "contact_erased");
}

async fn audit_log_and_consent_history_cannot_be_altered_with_the_services_own_connection(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let (id, _) = quintessa_everywhere(&app).await;
    let mut connection = app.database().await;
    let audit_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events")
        .fetch_one(&mut connection)
        .await
        .expect("count");
    assert!(audit_rows > 0);
    let mut tampering = vec![
        "UPDATE audit_events SET actor_id = 'someone-else'".to_owned(),
        "UPDATE audit_events SET changed_fields = '[]' WHERE action = 'update'".to_owned(),
        "DELETE FROM audit_events".to_owned(),
        format!("DELETE FROM audit_events WHERE resource_id = '{id}'"),
        "UPDATE consent_events SET status = 'given'".to_owned(),
        "UPDATE consent_events SET evidence = 'forged'".to_owned(),
        "DELETE FROM consent_events".to_owned(),
    ];
    if backend == Backend::Postgres {
        tampering.push("TRUNCATE audit_events".to_owned());
        tampering.push("TRUNCATE consent_events".to_owned());
    }
    for statement in &tampering {
        let outcome = sqlx::query(statement).execute(&mut connection).await;
        let error = outcome.expect_err(statement);
        assert!(
            error.to_string().contains("append-only"),
            "{statement}: {error}"
        );
    }
    // A transaction-local purge window of the retention job does not open the log to updates.
    if backend == Backend::Postgres {
        let mut tx = sqlx::Connection::begin(&mut connection)
            .await
            .expect("begin");
        sqlx::query("SELECT set_config('oms.audit_purge_before', '9223372036854775807', true)")
            .execute(&mut *tx)
            .await
            .expect("set the window");
        let update = sqlx::query("UPDATE audit_events SET actor_id = 'x'")
            .execute(&mut *tx)
            .await;
        assert!(update.is_err());
    }
    let mut connection = app.database().await;
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events")
        .fetch_one(&mut connection)
        .await
        .expect("count");
    assert_eq!(after, audit_rows);
    let forged: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_events WHERE actor_id = 'someone-else' OR actor_id = 'x'",
    )
    .fetch_one(&mut connection)
    .await
    .expect("count");
    assert_eq!(forged, 0);
    let consents: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consent_events")
        .fetch_one(&mut connection)
        .await
        .expect("count");
    assert_eq!(consents, 4);
}
