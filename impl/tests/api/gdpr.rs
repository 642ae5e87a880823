//! GDPR: a data subject's export, erasure, restriction of processing and legal holds, told as the
//! Admin who handles the request and the Sales Manager who keeps working with the contact.

use opportunity_api::models::{self, ContactCreate, ContactPatch, ContactRole, LawfulBasis};
use opportunity_api::{
    ApiNoContext as _, CreateAccountResponse, CreateContactResponse, CreateOpportunityResponse,
    DeleteContactResponse, EraseContactResponse, ExportContactDataResponse, GetContactResponse,
    GetOpportunityResponse, ListAuditEventsResponse, PlaceLegalHoldResponse,
    ReleaseLegalHoldResponse, RestrictContactProcessingResponse,
    UnrestrictContactProcessingResponse, UpdateContactResponse,
};
use opportunity_service::auth::Role;
use swagger::Nullable;

use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(
    export_holds_the_contact_account_opportunities_and_audit_trail,
    export_of_an_unknown_or_deleted_contact_is_404,
    erasure_anonymises_the_contact_and_unlinks_it_but_keeps_the_opportunities,
    erased_contact_is_exported_anonymised_with_its_whole_trail,
    erased_contact_refuses_every_further_change,
    erasure_under_legal_hold_is_409_until_the_hold_is_released,
    erasure_reaches_the_replayed_answers_of_idempotency_keys,
    restricted_contact_cannot_be_changed_or_linked_until_unrestricted,
    flag_operations_are_idempotent_and_audited_only_when_they_change_something,
    legal_hold_cannot_end_in_the_past,
    reasons_with_nul_characters_are_422_on_both_stores,
    gdpr_operations_on_an_unknown_contact_are_404,
    only_an_admin_exercises_gdpr_rights_or_reads_the_audit_log,
);

// ---- fixtures, shared with the audit scenarios -------------------------------------------------

pub(crate) async fn new_account(app: &TestApp, name: &str) -> models::Account {
    match app
        .admin()
        .create_account(models::AccountCreate::new(name.to_owned()), None)
        .await
        .expect("a response")
    {
        CreateAccountResponse::Created { body, .. } => body,
        other => panic!("account not created: {other:?}"),
    }
}

/// A person with every personal field filled in, consent included, so that erasure has work to do.
pub(crate) fn person(account_id: uuid::Uuid, first_name: &str, last_name: &str) -> ContactCreate {
    let mut contact = ContactCreate::new(
        account_id,
        first_name.to_owned(),
        last_name.to_owned(),
        LawfulBasis::LegitimateInterests,
    );
    contact.email = Some(format!("{}@globex.example", first_name.to_lowercase()));
    contact.phone = Some("+49 30 1234567".to_owned());
    contact.job_title = Some("CTO".to_owned());
    contact.country = Some("DE".to_owned());
    contact.marketing_consent = Some(true);
    contact
}

/// Creates a contact as the Sales Manager `sm-1`.
pub(crate) async fn new_contact(
    app: &TestApp,
    contact: ContactCreate,
) -> (models::Contact, String) {
    match app
        .sales_manager("sm-1")
        .create_contact(contact, None)
        .await
        .expect("a response")
    {
        CreateContactResponse::Created { body, e_tag, .. } => (body, e_tag),
        other => panic!("contact not created: {other:?}"),
    }
}

/// An opportunity of `sm-1` worth 125000.00 EUR with these contacts.
async fn new_opportunity(
    app: &TestApp,
    account_id: uuid::Uuid,
    name: &str,
    primary_contact_id: Option<uuid::Uuid>,
    roles: &[(uuid::Uuid, ContactRole)],
) -> models::Opportunity {
    let mut opportunity =
        models::OpportunityCreate::new(name.to_owned(), account_id, "EUR".to_owned());
    opportunity.amount = Some("125000.00".to_owned());
    opportunity.primary_contact_id = primary_contact_id;
    opportunity.contact_roles = Some(
        roles
            .iter()
            .map(|(contact_id, role)| models::ContactRoleAssignment::new(*contact_id, *role))
            .collect(),
    );
    match app
        .sales_manager("sm-1")
        .create_opportunity(opportunity, None)
        .await
        .expect("a response")
    {
        CreateOpportunityResponse::Created { body, .. } => body,
        other => panic!("opportunity not created: {other:?}"),
    }
}

async fn opportunity(app: &TestApp, id: uuid::Uuid) -> models::Opportunity {
    match app
        .sales_manager("sm-1")
        .get_opportunity(id, None)
        .await
        .expect("a response")
    {
        GetOpportunityResponse::Ok { body, .. } => body,
        other => panic!("opportunity not read: {other:?}"),
    }
}

async fn contact(app: &TestApp, id: uuid::Uuid) -> models::Contact {
    match app.admin().get_contact(id, None).await.expect("a response") {
        GetContactResponse::Ok { body, .. } => body,
        other => panic!("contact not read: {other:?}"),
    }
}

async fn export(app: &TestApp, id: uuid::Uuid) -> models::DataSubjectExport {
    match app
        .admin()
        .export_contact_data(id)
        .await
        .expect("a response")
    {
        ExportContactDataResponse::Ok {
            body,
            cache_control,
        } => {
            assert_eq!(cache_control, "no-store");
            body
        }
        other => panic!("not exported: {other:?}"),
    }
}

async fn erase(app: &TestApp, id: uuid::Uuid) -> EraseContactResponse {
    app.admin()
        .erase_contact(
            id,
            models::ErasureRequest::new("DSR-2026-0042".to_owned()),
            None,
        )
        .await
        .expect("a response")
}

async fn restrict(
    app: &TestApp,
    id: uuid::Uuid,
    reason: &str,
) -> RestrictContactProcessingResponse {
    app.admin()
        .restrict_contact_processing(id, models::RestrictionRequest::new(reason.to_owned()))
        .await
        .expect("a response")
}

async fn unrestrict(app: &TestApp, id: uuid::Uuid) -> UnrestrictContactProcessingResponse {
    app.admin()
        .unrestrict_contact_processing(id)
        .await
        .expect("a response")
}

async fn place_hold(
    app: &TestApp,
    id: uuid::Uuid,
    reason: &str,
    until: Option<chrono::NaiveDate>,
) -> PlaceLegalHoldResponse {
    let mut request = models::LegalHoldRequest::new(reason.to_owned());
    request.until = until;
    app.admin()
        .place_legal_hold(id, request)
        .await
        .expect("a response")
}

async fn release_hold(app: &TestApp, id: uuid::Uuid) -> ReleaseLegalHoldResponse {
    app.admin()
        .release_legal_hold(id)
        .await
        .expect("a response")
}

async fn update(app: &TestApp, id: uuid::Uuid, patch: ContactPatch) -> UpdateContactResponse {
    app.sales_manager("sm-1")
        .update_contact(id, "*".to_owned(), patch)
        .await
        .expect("a response")
}

fn job_title(title: &str) -> ContactPatch {
    let mut patch = ContactPatch::new();
    patch.job_title = Some(Nullable::Present(title.to_owned()));
    patch
}

/// The contact of a 200 from any of the four flag operations, checking the headers it must carry.
fn flagged(body: models::Contact, e_tag: &str, cache_control: &str) -> models::Contact {
    assert_eq!(cache_control, "no-store");
    assert_eq!(e_tag, format!("\"{}\"", body.version));
    body
}

macro_rules! ok_contact {
    ($response:expr, $kind:ident) => {
        match $response {
            $kind::Ok {
                body,
                e_tag,
                cache_control,
            } => flagged(body, &e_tag, &cache_control),
            other => panic!("expected 200: {other:?}"),
        }
    };
}

/// The audit events about one resource, newest first, as the Admin lists them.
pub(crate) async fn events_about(app: &TestApp, id: uuid::Uuid) -> Vec<models::AuditEvent> {
    match app
        .admin()
        .list_audit_events(Some(200), None, None, None, Some(id), None, None)
        .await
        .expect("a response")
    {
        ListAuditEventsResponse::Ok(page) => page.data,
        other => panic!("audit log not listed: {other:?}"),
    }
}

fn actions(events: &[models::AuditEvent]) -> Vec<models::AuditAction> {
    events.iter().map(|event| event.action).collect()
}

// ---- export ------------------------------------------------------------------------------------

async fn export_holds_the_contact_account_opportunities_and_audit_trail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let (grace, _) = new_contact(&app, person(globex.id, "Grace", "Hopper")).await;
    let seats = new_opportunity(
        &app,
        globex.id,
        "500 seats",
        Some(ada.id),
        &[
            (ada.id, ContactRole::DecisionMaker),
            (grace.id, ContactRole::Champion),
        ],
    )
    .await;
    let support = new_opportunity(&app, globex.id, "Support", Some(ada.id), &[]).await;
    new_opportunity(
        &app,
        globex.id,
        "Without Ada",
        Some(grace.id),
        &[(grace.id, ContactRole::Champion)],
    )
    .await;
    let training = new_opportunity(
        &app,
        globex.id,
        "Training",
        Some(grace.id),
        &[(ada.id, ContactRole::Influencer)],
    )
    .await;
    let read = contact(&app, ada.id).await;

    let document = export(&app, ada.id).await;

    assert_eq!(document.format_version, "1");
    assert_eq!(document.contact, read);
    assert_eq!(
        document.contact.email,
        Nullable::Present("ada@globex.example".to_owned())
    );
    assert_eq!(document.account, globex);
    assert_eq!(
        document.opportunities,
        [
            models::ExportedOpportunity::new(
                seats.id,
                "500 seats".to_owned(),
                true,
                Nullable::Present("decision_maker".to_owned())
            ),
            models::ExportedOpportunity::new(
                support.id,
                "Support".to_owned(),
                true,
                Nullable::Null
            ),
            models::ExportedOpportunity::new(
                training.id,
                "Training".to_owned(),
                false,
                Nullable::Present("influencer".to_owned())
            ),
        ]
    );
    use models::AuditAction::{Create, Export, Read};
    assert_eq!(actions(&document.audit_events), [Create, Read, Export]);
    let actors: Vec<&str> = document
        .audit_events
        .iter()
        .map(|event| event.actor_id.as_str())
        .collect();
    assert_eq!(actors, ["sm-1", "admin-1", "admin-1"]);
    assert!(document
        .audit_events
        .iter()
        .all(|event| event.resource_id == ada.id
            && event.resource_type == models::ResourceType::Contact
            && matches!(&event.request_id, Nullable::Present(id) if !id.is_empty())));
    assert!(document
        .audit_events
        .windows(2)
        .all(|pair| pair[0].occurred_at <= pair[1].occurred_at));
    assert!(document.audit_events[0]
        .changed_fields
        .contains(&"email".to_owned()));
    assert!(document.exported_at >= document.audit_events[2].occurred_at);

    // The export is itself on the record, and so is every later one.
    let again = export(&app, ada.id).await;
    assert_eq!(actions(&again.audit_events), [Create, Read, Export, Export]);
}

async fn export_of_an_unknown_or_deleted_contact_is_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = app
        .admin()
        .export_contact_data(uuid::Uuid::new_v4())
        .await
        .expect("a response");
    assert!(
        matches!(&response, ExportContactDataResponse::NotFound(problem) if problem.code == "not_found"),
        "{response:?}"
    );
    let globex = new_account(&app, "Globex").await;
    let (ada, ada_tag) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let deleted = app
        .admin()
        .delete_contact(ada.id, ada_tag)
        .await
        .expect("a response");
    assert!(
        matches!(deleted, DeleteContactResponse::NoContent),
        "{deleted:?}"
    );
    let response = app
        .admin()
        .export_contact_data(ada.id)
        .await
        .expect("a response");
    assert!(
        matches!(response, ExportContactDataResponse::NotFound(_)),
        "{response:?}"
    );
}

// ---- erasure -----------------------------------------------------------------------------------

async fn erasure_anonymises_the_contact_and_unlinks_it_but_keeps_the_opportunities(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let (grace, _) = new_contact(&app, person(globex.id, "Grace", "Hopper")).await;
    let seats = new_opportunity(
        &app,
        globex.id,
        "500 seats",
        Some(ada.id),
        &[
            (ada.id, ContactRole::DecisionMaker),
            (grace.id, ContactRole::Champion),
        ],
    )
    .await;
    let support = new_opportunity(&app, globex.id, "Support", Some(ada.id), &[]).await;
    let untouched = new_opportunity(&app, globex.id, "Other", Some(grace.id), &[]).await;

    let receipt = match erase(&app, ada.id).await {
        EraseContactResponse::Ok(receipt) => receipt,
        other => panic!("not erased: {other:?}"),
    };

    assert_eq!(receipt.contact_id, ada.id);
    assert_eq!(receipt.opportunities_retained, 2);
    for field in [
        "first_name",
        "last_name",
        "email",
        "phone",
        "job_title",
        "country",
    ] {
        assert!(receipt.erased_fields.contains(&field.to_owned()), "{field}");
    }
    let erased = contact(&app, ada.id).await;
    assert_eq!(erased.first_name, "[erased]");
    assert_eq!(erased.last_name, "[erased]");
    assert_eq!(erased.email, Nullable::Null);
    assert_eq!(erased.phone, Nullable::Null);
    assert_eq!(erased.job_title, Nullable::Null);
    assert_eq!(erased.country, Nullable::Null);
    assert!(!erased.marketing_consent);
    assert_eq!(erased.consent_recorded_at, Nullable::Null);
    assert_eq!(erased.erased_at, Nullable::Present(receipt.erased_at));
    assert_eq!(erased.account_id, globex.id);
    assert_eq!(erased.version, ada.version + 1);

    let seats_after = opportunity(&app, seats.id).await;
    assert_eq!(seats_after.primary_contact_id, Nullable::Null);
    assert_eq!(
        seats_after.contact_roles,
        [models::ContactRoleAssignment::new(
            grace.id,
            ContactRole::Champion
        )]
    );
    assert_eq!(seats_after.amount, seats.amount);
    assert_eq!(seats_after.currency, seats.currency);
    assert_eq!(seats_after.version, seats.version + 1);
    let support_after = opportunity(&app, support.id).await;
    assert_eq!(support_after.primary_contact_id, Nullable::Null);
    assert_eq!(support_after.amount, "125000.00");
    assert_eq!(opportunity(&app, untouched.id).await, untouched);

    // The record of the erasure names fields only; nothing in the log repeats a value.
    let events = events_about(&app, ada.id).await;
    let erasure = events
        .iter()
        .find(|event| event.action == models::AuditAction::Erase)
        .expect("an erase event");
    assert!(erasure.changed_fields.contains(&"email".to_owned()));
    assert!(erasure.changed_fields.contains(&"erased_at".to_owned()));
    let log = serde_json::to_string(&events).expect("events as JSON");
    assert!(!log.contains("Lovelace") && !log.contains("ada@globex.example"));
    let seats_events = events_about(&app, seats.id).await;
    assert_eq!(seats_events[0].action, models::AuditAction::Update);
    assert_eq!(
        seats_events[0].changed_fields,
        ["primary_contact_id", "contact_roles"]
    );
}

async fn erased_contact_is_exported_anonymised_with_its_whole_trail(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    new_opportunity(
        &app,
        globex.id,
        "500 seats",
        None,
        &[(ada.id, ContactRole::Champion)],
    )
    .await;
    assert!(matches!(
        erase(&app, ada.id).await,
        EraseContactResponse::Ok(_)
    ));

    let document = export(&app, ada.id).await;

    assert_eq!(document.contact.first_name, "[erased]");
    assert_eq!(document.contact.email, Nullable::Null);
    assert!(matches!(document.contact.erased_at, Nullable::Present(_)));
    assert_eq!(document.account.id, globex.id);
    assert!(document.opportunities.is_empty());
    use models::AuditAction::{Create, Erase, Export};
    assert_eq!(actions(&document.audit_events), [Create, Erase, Export]);
}

async fn erased_contact_refuses_every_further_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    assert!(matches!(
        erase(&app, ada.id).await,
        EraseContactResponse::Ok(_)
    ));

    let is_erased = |problem: &models::Problem| problem.code == "contact_erased";
    let again = erase(&app, ada.id).await;
    assert!(
        matches!(&again, EraseContactResponse::Conflict(problem) if is_erased(problem)),
        "{again:?}"
    );
    let response = restrict(&app, ada.id, "Accuracy contested").await;
    assert!(
        matches!(&response, RestrictContactProcessingResponse::Conflict(problem) if is_erased(problem)),
        "{response:?}"
    );
    let response = unrestrict(&app, ada.id).await;
    assert!(
        matches!(&response, UnrestrictContactProcessingResponse::Conflict(problem) if is_erased(problem)),
        "{response:?}"
    );
    let response = place_hold(&app, ada.id, "LH-17", None).await;
    assert!(
        matches!(&response, PlaceLegalHoldResponse::Conflict(problem) if is_erased(problem)),
        "{response:?}"
    );
    let response = release_hold(&app, ada.id).await;
    assert!(
        matches!(&response, ReleaseLegalHoldResponse::Conflict(problem) if is_erased(problem)),
        "{response:?}"
    );
    let response = update(&app, ada.id, job_title("CEO")).await;
    assert!(
        matches!(&response, UpdateContactResponse::Conflict(problem) if is_erased(problem)),
        "{response:?}"
    );
    let mut linked =
        models::OpportunityCreate::new("Later".to_owned(), globex.id, "EUR".to_owned());
    linked.primary_contact_id = Some(ada.id);
    let response = app
        .sales_manager("sm-1")
        .create_opportunity(linked, None)
        .await
        .expect("a response");
    assert!(
        matches!(&response, CreateOpportunityResponse::UnprocessableEntity(problem) if problem.code == "unknown_contact"),
        "{response:?}"
    );
    // Erasure happened once: one event, however often it was asked for.
    let erasures = events_about(&app, ada.id)
        .await
        .into_iter()
        .filter(|event| event.action == models::AuditAction::Erase)
        .count();
    assert_eq!(erasures, 1);
}

async fn erasure_under_legal_hold_is_409_until_the_hold_is_released(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let until = chrono::Utc::now().date_naive() + chrono::Days::new(365);
    let held = ok_contact!(
        place_hold(&app, ada.id, "Litigation hold LH-17", Some(until)).await,
        PlaceLegalHoldResponse
    );
    assert!(held.legal_hold);
    assert_eq!(held.version, ada.version + 1);

    let response = erase(&app, ada.id).await;
    assert!(
        matches!(&response, EraseContactResponse::Conflict(problem) if problem.code == "legal_hold"),
        "{response:?}"
    );
    let response = app
        .admin()
        .delete_contact(ada.id, "*".to_owned())
        .await
        .expect("a response");
    assert!(
        matches!(&response, DeleteContactResponse::Conflict(problem) if problem.code == "legal_hold"),
        "{response:?}"
    );
    assert_eq!(contact(&app, ada.id).await.first_name, "Ada");

    let released = ok_contact!(release_hold(&app, ada.id).await, ReleaseLegalHoldResponse);
    assert!(!released.legal_hold);
    assert_eq!(released.version, held.version + 1);
    assert!(matches!(
        erase(&app, ada.id).await,
        EraseContactResponse::Ok(_)
    ));
}

async fn erasure_reaches_the_replayed_answers_of_idempotency_keys(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let authorization = format!("Bearer {}", app.token("sm-1", &[Role::SalesManager]));
    let body = serde_json::json!({
        "account_id": globex.id,
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@globex.example",
        "lawful_basis": "legitimate_interests",
    })
    .to_string();
    let headers = [
        ("authorization", authorization.as_str()),
        ("content-type", "application/json"),
        ("idempotency-key", "create-ada-1"),
    ];
    let create = || app.raw("POST", "/v1/contacts", &headers, Some(&body));
    let first = create().await;
    assert_eq!(
        first.status,
        201,
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    let ada: uuid::Uuid = first.json()["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("the new contact's id");
    let replay = create().await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(replay.json()["email"], "ada@globex.example");

    assert!(matches!(
        erase(&app, ada).await,
        EraseContactResponse::Ok(_)
    ));

    // The recorded answer held Ada's personal data; it is gone, so the retry runs anew.
    let retry = create().await;
    assert_eq!(
        retry.status,
        201,
        "{}",
        String::from_utf8_lossy(&retry.body)
    );
    assert_eq!(retry.header("idempotent-replayed"), None);
    assert_ne!(retry.json()["id"], ada.to_string());
}

// ---- restriction and legal hold ----------------------------------------------------------------

async fn restricted_contact_cannot_be_changed_or_linked_until_unrestricted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;

    let restricted = ok_contact!(
        restrict(&app, ada.id, "Accuracy contested by the data subject").await,
        RestrictContactProcessingResponse
    );
    assert!(restricted.processing_restricted);
    assert_eq!(restricted.version, ada.version + 1);

    let response = update(&app, ada.id, job_title("CEO")).await;
    assert!(
        matches!(&response, UpdateContactResponse::Conflict(problem) if problem.code == "processing_restricted"),
        "{response:?}"
    );
    let mut linked =
        models::OpportunityCreate::new("Seats".to_owned(), globex.id, "EUR".to_owned());
    linked.primary_contact_id = Some(ada.id);
    let response = app
        .sales_manager("sm-1")
        .create_opportunity(linked.clone(), None)
        .await
        .expect("a response");
    assert!(
        matches!(&response, CreateOpportunityResponse::UnprocessableEntity(problem) if problem.code == "contact_processing_restricted"),
        "{response:?}"
    );
    // Restricted is not hidden: the record can still be read and exported.
    assert!(contact(&app, ada.id).await.processing_restricted);

    let lifted = ok_contact!(
        unrestrict(&app, ada.id).await,
        UnrestrictContactProcessingResponse
    );
    assert!(!lifted.processing_restricted);
    assert_eq!(lifted.version, restricted.version + 1);
    let response = update(&app, ada.id, job_title("CEO")).await;
    assert!(
        matches!(response, UpdateContactResponse::Ok { .. }),
        "{response:?}"
    );
    let response = app
        .sales_manager("sm-1")
        .create_opportunity(linked, None)
        .await
        .expect("a response");
    assert!(
        matches!(response, CreateOpportunityResponse::Created { .. }),
        "{response:?}"
    );
}

async fn flag_operations_are_idempotent_and_audited_only_when_they_change_something(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;

    let restricted = ok_contact!(
        restrict(&app, ada.id, "contested").await,
        RestrictContactProcessingResponse
    );
    let again = ok_contact!(
        restrict(&app, ada.id, "contested").await,
        RestrictContactProcessingResponse
    );
    assert_eq!(again, restricted);
    let reworded = ok_contact!(
        restrict(&app, ada.id, "objection").await,
        RestrictContactProcessingResponse
    );
    assert_eq!(reworded.version, restricted.version + 1);
    let lifted = ok_contact!(
        unrestrict(&app, ada.id).await,
        UnrestrictContactProcessingResponse
    );
    assert_eq!(
        ok_contact!(
            unrestrict(&app, ada.id).await,
            UnrestrictContactProcessingResponse
        ),
        lifted
    );
    let held = ok_contact!(
        place_hold(&app, ada.id, "LH-17", None).await,
        PlaceLegalHoldResponse
    );
    assert_eq!(
        ok_contact!(
            place_hold(&app, ada.id, "LH-17", None).await,
            PlaceLegalHoldResponse
        ),
        held
    );
    let released = ok_contact!(release_hold(&app, ada.id).await, ReleaseLegalHoldResponse);
    assert_eq!(
        ok_contact!(release_hold(&app, ada.id).await, ReleaseLegalHoldResponse),
        released
    );
    assert_eq!(released.version, ada.version + 5);

    let mut events = events_about(&app, ada.id).await;
    events.reverse();
    let trail: Vec<(models::AuditAction, Vec<String>)> = events
        .into_iter()
        .map(|event| (event.action, event.changed_fields))
        .filter(|(action, _)| *action != models::AuditAction::Create)
        .collect();
    let fields = |names: &[&str]| {
        names
            .iter()
            .map(|name| (*name).to_owned())
            .collect::<Vec<_>>()
    };
    use models::AuditAction::{LegalHoldPlace, LegalHoldRelease, Restrict, Unrestrict};
    assert_eq!(
        trail,
        [
            (
                Restrict,
                fields(&["processing_restricted", "restriction_reason"])
            ),
            (Restrict, fields(&["restriction_reason"])),
            (
                Unrestrict,
                fields(&["processing_restricted", "restriction_reason"])
            ),
            (LegalHoldPlace, fields(&["legal_hold", "legal_hold_reason"])),
            (
                LegalHoldRelease,
                fields(&["legal_hold", "legal_hold_reason"])
            ),
        ]
    );
}

async fn legal_hold_cannot_end_in_the_past(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let yesterday = chrono::Utc::now().date_naive() - chrono::Days::new(1);
    let response = place_hold(&app, ada.id, "LH-17", Some(yesterday)).await;
    match response {
        PlaceLegalHoldResponse::UnprocessableEntity(problem) => {
            assert_eq!(problem.code, "hold_already_lapsed");
            let errors = problem.errors.unwrap_or_default();
            assert!(
                errors.iter().any(|error| error.pointer == "/until"),
                "{errors:?}"
            );
        }
        other => panic!("expected 422: {other:?}"),
    }
    assert!(!contact(&app, ada.id).await.legal_hold);
}

async fn reasons_with_nul_characters_are_422_on_both_stores(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    // The edge refuses NUL in any string before an operation runs.
    let is_invalid_reason = |problem: &models::Problem| {
        problem.code == "validation_failed"
            && problem
                .errors
                .as_deref()
                .unwrap_or_default()
                .iter()
                .any(|error| error.code == "invalid_text")
    };
    let response = restrict(&app, ada.id, "contested\0").await;
    assert!(
        matches!(&response, RestrictContactProcessingResponse::UnprocessableEntity(problem) if is_invalid_reason(problem)),
        "{response:?}"
    );
    let response = place_hold(&app, ada.id, "LH\0-17", None).await;
    assert!(
        matches!(&response, PlaceLegalHoldResponse::UnprocessableEntity(problem) if is_invalid_reason(problem)),
        "{response:?}"
    );
    let unchanged = contact(&app, ada.id).await;
    assert_eq!(unchanged.version, ada.version);
}

async fn gdpr_operations_on_an_unknown_contact_are_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unknown = uuid::Uuid::new_v4();
    let response = erase(&app, unknown).await;
    assert!(
        matches!(response, EraseContactResponse::NotFound(_)),
        "{response:?}"
    );
    let response = restrict(&app, unknown, "contested").await;
    assert!(
        matches!(response, RestrictContactProcessingResponse::NotFound(_)),
        "{response:?}"
    );
    let response = unrestrict(&app, unknown).await;
    assert!(
        matches!(response, UnrestrictContactProcessingResponse::NotFound(_)),
        "{response:?}"
    );
    let response = place_hold(&app, unknown, "LH-17", None).await;
    assert!(
        matches!(response, PlaceLegalHoldResponse::NotFound(_)),
        "{response:?}"
    );
    let response = release_hold(&app, unknown).await;
    assert!(
        matches!(response, ReleaseLegalHoldResponse::NotFound(_)),
        "{response:?}"
    );
}

async fn only_an_admin_exercises_gdpr_rights_or_reads_the_audit_log(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let globex = new_account(&app, "Globex").await;
    let (ada, _) = new_contact(&app, person(globex.id, "Ada", "Lovelace")).await;
    let manager = app.sales_manager("sm-1");
    let forbidden =
        |problem: &models::Problem| problem.status == 403 && problem.code == "forbidden";

    let response = manager
        .export_contact_data(ada.id)
        .await
        .expect("a response");
    assert!(
        matches!(&response, ExportContactDataResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );
    let response = manager
        .erase_contact(
            ada.id,
            models::ErasureRequest::new("DSR-1".to_owned()),
            None,
        )
        .await
        .expect("a response");
    assert!(
        matches!(&response, EraseContactResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );
    let response = manager
        .restrict_contact_processing(ada.id, models::RestrictionRequest::new("x".to_owned()))
        .await
        .expect("a response");
    assert!(
        matches!(&response, RestrictContactProcessingResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );
    let response = manager
        .unrestrict_contact_processing(ada.id)
        .await
        .expect("a response");
    assert!(
        matches!(&response, UnrestrictContactProcessingResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );
    let response = manager
        .place_legal_hold(ada.id, models::LegalHoldRequest::new("LH-17".to_owned()))
        .await
        .expect("a response");
    assert!(
        matches!(&response, PlaceLegalHoldResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );
    let response = manager
        .release_legal_hold(ada.id)
        .await
        .expect("a response");
    assert!(
        matches!(&response, ReleaseLegalHoldResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );
    let response = manager
        .list_audit_events(None, None, None, None, None, None, None)
        .await
        .expect("a response");
    assert!(
        matches!(&response, ListAuditEventsResponse::Forbidden(p) if forbidden(p)),
        "{response:?}"
    );

    // Nothing was done, so nothing but the creation is on the record.
    assert_eq!(
        actions(&events_about(&app, ada.id).await),
        [models::AuditAction::Create]
    );
    let current = contact(&app, ada.id).await;
    assert!(!current.processing_restricted && !current.legal_hold);
    assert_eq!(current.erased_at, Nullable::Null);
}
