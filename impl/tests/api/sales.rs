//! The steps the opportunity suites share: an account to sell to (and contacts there), an
//! opportunity, reading it back, closing it, a second pipeline, and counting what is stored. Each
//! step asserts that it worked, so a scenario only states what it is about.

use opportunity_api::models::{self, Opportunity};
use opportunity_api::{
    ApiNoContext, CreateAccountResponse, CreateOpportunityResponse, GetOpportunityResponse,
    LoseOpportunityResponse, WinOpportunityResponse,
};
use sqlx::Connection as _;
use uuid::Uuid;

use crate::expect_response;
use crate::helpers::{ClientContext, TestApp};

/// The default pipeline every fresh database has ("Sales").
pub const SALES_PIPELINE: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000001);
/// Its stages, in order: four open ones, then won and lost.
pub const QUALIFICATION: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000101);
pub const NEEDS_ANALYSIS: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000102);
pub const PROPOSAL: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000103);
pub const NEGOTIATION: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000104);
pub const CLOSED_WON: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000105);
pub const CLOSED_LOST: Uuid = Uuid::from_u128(0xa0000000_0000_4000_8000_000000000106);

/// A client of the service, as any role.
pub trait Client: ApiNoContext<ClientContext> + Sync {}
impl<T: ApiNoContext<ClientContext> + Sync> Client for T {}

/// A new account, created by an Admin.
pub async fn an_account(app: &TestApp) -> Uuid {
    let response = app
        .admin()
        .create_account(
            models::AccountCreate::new("Globex Corporation".to_owned()),
            None,
        )
        .await
        .expect("a response");
    expect_response!(response, CreateAccountResponse::Created { body, .. } => body.id)
}

/// What a Sales Manager typically sends: a name, the account and euros, nothing else.
pub fn deal(account_id: Uuid) -> models::OpportunityCreate {
    models::OpportunityCreate::new(
        "Globex - 500 seats".to_owned(),
        account_id,
        "EUR".to_owned(),
    )
}

/// A line item as a client sends it.
pub fn line(product: &str, quantity: &str, unit_price: &str) -> models::LineItemCreate {
    models::LineItemCreate::new(
        product.to_owned(),
        quantity.to_owned(),
        unit_price.to_owned(),
    )
}

/// Creates `opportunity` and returns it with its ETag.
pub async fn create(
    client: &impl Client,
    opportunity: models::OpportunityCreate,
) -> (Opportunity, String) {
    let response = client
        .create_opportunity(opportunity, None)
        .await
        .expect("a response");
    expect_response!(response, CreateOpportunityResponse::Created { body, e_tag, .. } => (body, e_tag))
}

/// An opportunity owned by the Sales Manager `owner`, at a new account.
pub async fn an_opportunity_of(app: &TestApp, owner: &str) -> (Opportunity, String) {
    let account = an_account(app).await;
    create(&app.sales_manager(owner), deal(account)).await
}

/// The opportunity as it is now, with its ETag.
pub async fn read(client: &impl Client, id: Uuid) -> (Opportunity, String) {
    let response = client.get_opportunity(id, None).await.expect("a response");
    expect_response!(response, GetOpportunityResponse::Ok { body, e_tag } => (body, e_tag))
}

/// Wins the opportunity (first won stage) and returns it with its new ETag.
pub async fn win(client: &impl Client, id: Uuid, e_tag: &str) -> (Opportunity, String) {
    let response = client
        .win_opportunity(id, e_tag.to_owned(), None, None)
        .await
        .expect("a response");
    expect_response!(response, WinOpportunityResponse::Ok { body, e_tag } => (body, e_tag))
}

/// Loses the opportunity for `reason` and returns it with its new ETag.
pub async fn lose(
    client: &impl Client,
    id: Uuid,
    e_tag: &str,
    reason: &str,
) -> (Opportunity, String) {
    let response = client
        .lose_opportunity(
            id,
            e_tag.to_owned(),
            models::LoseOpportunity::new(reason.to_owned()),
            None,
        )
        .await
        .expect("a response");
    expect_response!(response, LoseOpportunityResponse::Ok { body, e_tag } => (body, e_tag))
}

/// A second pipeline, "Partner deals": one open stage, one won, one lost.
pub struct PartnerPipeline {
    pub id: Uuid,
    pub registered: Uuid,
    pub won: Uuid,
    pub lost: Uuid,
}

/// Adds the "Partner deals" pipeline straight to the test's database: `createPipeline` is not
/// served yet (501), and moving opportunities between pipelines needs a second one.
pub async fn a_partner_pipeline(app: &TestApp) -> PartnerPipeline {
    let pipeline = PartnerPipeline {
        id: Uuid::new_v4(),
        registered: Uuid::new_v4(),
        won: Uuid::new_v4(),
        lost: Uuid::new_v4(),
    };
    let mut database = app.database().await;
    sqlx::query(
        "INSERT INTO pipelines (id, name, is_default, created_at, updated_at, version) \
         VALUES ($1, 'Partner deals', FALSE, 1793491200000000, 1793491200000000, 1)",
    )
    .bind(pipeline.id.to_string())
    .execute(&mut database)
    .await
    .expect("insert a pipeline");
    for (id, name, position, probability, kind, forecast) in [
        (
            pipeline.registered,
            "Registered",
            0_i64,
            20_i64,
            "open",
            "pipeline",
        ),
        (pipeline.won, "Won", 1, 100, "won", "closed"),
        (pipeline.lost, "Lost", 2, 0, "lost", "omitted"),
    ] {
        sqlx::query(
            "INSERT INTO stages (id, pipeline_id, name, position, probability, kind, forecast_category) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id.to_string())
        .bind(pipeline.id.to_string())
        .bind(name)
        .bind(position)
        .bind(probability)
        .bind(kind)
        .bind(forecast)
        .execute(&mut database)
        .await
        .expect("insert a stage");
    }
    database.close().await.expect("close the connection");
    pipeline
}

/// A contact at `account`, straight in the test's database: `createContact` is not served yet.
/// `restricted` is whether processing of their data is restricted (GDPR article 18).
pub async fn a_contact_at(app: &TestApp, account: Uuid, restricted: bool) -> Uuid {
    let id = Uuid::new_v4();
    let mut database = app.database().await;
    sqlx::query(&format!(
        "INSERT INTO contacts (id, account_id, first_name, last_name, lawful_basis, marketing_consent, \
         processing_restricted, legal_hold, created_at, updated_at, version) \
         VALUES ($1, $2, 'Ada', 'Lovelace', 'legitimate_interests', FALSE, {restricted}, FALSE, \
         1793491200000000, 1793491200000000, 1)"
    ))
    .bind(id.to_string())
    .bind(account.to_string())
    .execute(&mut database)
    .await
    .expect("insert a contact");
    database.close().await.expect("close the connection");
    id
}

/// How many rows `table` holds: opportunities (deleted ones included), line items, notes, ...
/// Read from the database because `listOpportunities` is not served yet, and because what a purge
/// leaves behind shows nowhere else.
pub async fn stored(app: &TestApp, table: &str) -> i64 {
    let mut database = app.database().await;
    let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&mut database)
        .await
        .expect("count rows");
    database.close().await.expect("close the connection");
    count
}
