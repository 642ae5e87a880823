//! Pipelines and their stages: reads for everyone, writes for Admins, one default pipeline, and
//! stages that stay ordered, named uniquely and usable (open, won and lost) through every change.

mod direct;

use opportunity_api::models::{self, ForecastCategory, StageKind};
use opportunity_api::{
    ApiNoContext, CreateAccountResponse, CreateOpportunityResponse, CreatePipelineResponse,
    CreateStageResponse, DeleteOpportunityResponse, DeletePipelineResponse, DeleteStageResponse,
    GetPipelineResponse, ListPipelinesResponse, UpdatePipelineResponse, UpdateStageResponse,
};
use sqlx::Connection as _;
use sqlx::Row as _;

use opportunity_service::auth::Role;

use crate::helpers::{Backend, ClientContext, TestApp};
use crate::on_both_stores;
use direct::DirectApp;

on_both_stores!(
    the_any_driver_reads_booleans_through_an_integer,
    fresh_database_has_the_default_sales_pipeline,
    created_pipeline_is_read_back_and_listed_after_the_default,
    pipelines_page_in_creation_order,
    get_answers_304_while_the_etag_matches,
    renaming_a_pipeline_bumps_its_version,
    creating_a_default_pipeline_moves_the_default,
    making_a_pipeline_the_default_clears_the_previous_one,
    the_default_pipeline_cannot_be_unset,
    a_pipeline_needs_open_won_and_lost_stages,
    stage_names_are_unique_within_a_pipeline,
    won_stages_are_certain_and_lost_stages_hopeless,
    deleting_a_pipeline_removes_it_with_its_stages,
    the_default_pipeline_cannot_be_deleted,
    a_pipeline_with_opportunities_cannot_be_deleted,
    a_new_stage_is_inserted_and_later_stages_shift,
    a_new_stage_without_position_or_beyond_the_end_is_appended,
    moving_a_stage_reorders_the_pipeline,
    changing_a_stage_keeps_the_pipeline_usable,
    deleting_a_stage_renumbers_the_rest,
    the_last_stage_of_a_kind_cannot_be_deleted,
    a_stage_with_opportunities_keeps_its_kind_and_cannot_be_deleted,
    stored_positions_stay_contiguous,
    unknown_pipelines_and_stages_are_404,
    writes_need_the_current_etag,
    sales_managers_read_pipelines_but_cannot_change_them,
    every_pipeline_write_is_audited,
    writes_without_if_match_are_428,
);

const DEFAULT_PIPELINE: &str = "a0000000-0000-4000-8000-000000000001";
const QUALIFICATION: &str = "a0000000-0000-4000-8000-000000000101";
const CLOSED_WON: &str = "a0000000-0000-4000-8000-000000000105";
const CLOSED_LOST: &str = "a0000000-0000-4000-8000-000000000106";

/// Awaits a client call and returns what `pattern` binds, failing the test on any other response.
macro_rules! expect {
    ($call:expr, $pattern:pat => $value:expr) => {
        match $call.await.expect("a response") {
            $pattern => $value,
            other => panic!("unexpected response: {other:?}"),
        }
    };
}

fn uuid(text: &str) -> uuid::Uuid {
    text.parse().expect("a uuid")
}

fn stage(
    name: &str,
    probability: u32,
    kind: StageKind,
    category: ForecastCategory,
) -> models::StageDefinition {
    models::StageDefinition::new(name.to_owned(), probability, kind, category)
}

/// Registered (open), Committed (open), Won, Lost.
fn partner_stages() -> Vec<models::StageDefinition> {
    vec![
        stage(
            "Registered",
            20,
            StageKind::Open,
            ForecastCategory::Pipeline,
        ),
        stage("Committed", 80, StageKind::Open, ForecastCategory::Commit),
        stage("Won", 100, StageKind::Won, ForecastCategory::Closed),
        stage("Lost", 0, StageKind::Lost, ForecastCategory::Omitted),
    ]
}

fn new_stage(name: &str, position: Option<u32>) -> models::StageCreate {
    let mut create = models::StageCreate::new(
        name.to_owned(),
        40,
        StageKind::Open,
        ForecastCategory::BestCase,
    );
    create.position = position;
    create
}

fn stage_patch() -> models::StagePatch {
    models::StagePatch {
        name: None,
        position: None,
        probability: None,
        kind: None,
        forecast_category: None,
    }
}

fn pipeline_patch(name: Option<&str>, is_default: Option<bool>) -> models::PipelinePatch {
    models::PipelinePatch {
        name: name.map(str::to_owned),
        is_default,
    }
}

/// Creates "Partner deals" with [`partner_stages`]; returns it and its ETag.
async fn create_partner_pipeline(
    admin: &impl ApiNoContext<ClientContext>,
    is_default: bool,
) -> (models::Pipeline, String) {
    let mut create = models::PipelineCreate::new("Partner deals".to_owned(), partner_stages());
    create.is_default = Some(is_default);
    expect!(
        admin.create_pipeline(create, None),
        CreatePipelineResponse::Created { body, e_tag, .. } => (body, e_tag)
    )
}

async fn get(
    client: &impl ApiNoContext<ClientContext>,
    id: uuid::Uuid,
) -> (models::Pipeline, String) {
    expect!(
        client.get_pipeline(id, None),
        GetPipelineResponse::Ok { body, e_tag } => (body, e_tag)
    )
}

/// Puts a new opportunity into `stage` of `pipeline`, and soft-deletes it when `deleted` (a deleted
/// opportunity can be restored into its stage, so it still counts).
async fn put_opportunity_in(
    admin: &impl ApiNoContext<ClientContext>,
    pipeline: uuid::Uuid,
    stage: uuid::Uuid,
    deleted: bool,
) {
    let account = expect!(
        admin.create_account(models::AccountCreate::new("Globex".to_owned()), None),
        CreateAccountResponse::Created { body, .. } => body
    );
    let mut create =
        models::OpportunityCreate::new("Globex renewal".to_owned(), account.id, "EUR".to_owned());
    create.pipeline_id = Some(pipeline);
    create.stage_id = Some(stage);
    let (opportunity, etag) = expect!(
        admin.create_opportunity(create, None),
        CreateOpportunityResponse::Created { body, e_tag, .. } => (body, e_tag)
    );
    if deleted {
        expect!(
            admin.delete_opportunity(opportunity.id, etag),
            DeleteOpportunityResponse::NoContent => ()
        );
    }
}

fn names(pipeline: &models::Pipeline) -> Vec<&str> {
    pipeline
        .stages
        .iter()
        .map(|stage| stage.name.as_str())
        .collect()
}

fn stage_id(pipeline: &models::Pipeline, name: &str) -> uuid::Uuid {
    pipeline
        .stages
        .iter()
        .find(|stage| stage.name == name)
        .map(|stage| stage.id)
        .unwrap_or_else(|| panic!("no stage {name} in {:?}", names(pipeline)))
}

/// Stages come in position order, positions 0, 1, 2, ...
fn assert_contiguous(pipeline: &models::Pipeline) {
    let positions: Vec<i32> = pipeline.stages.iter().map(|stage| stage.position).collect();
    let expected: Vec<i32> = (0..).take(pipeline.stages.len()).collect();
    assert_eq!(positions, expected, "stages {:?}", names(pipeline));
}

fn assert_rule(problem: &models::Problem, code: &str, pointer: Option<&str>) {
    assert_eq!(problem.code, code, "{problem:?}");
    let pointers: Vec<&str> = problem
        .errors
        .iter()
        .flatten()
        .map(|error| error.pointer.as_str())
        .collect();
    assert_eq!(
        pointers,
        pointer.into_iter().collect::<Vec<_>>(),
        "{problem:?}"
    );
}

/// sqlx's Any driver cannot read a BOOLEAN column from SQLite, so the store reads `is_default` as
/// `CASE WHEN is_default THEN 1 ELSE 0 END` into an integer; binding a `bool` and filtering on the
/// column work on both databases. This pins what the store relies on.
async fn the_any_driver_reads_booleans_through_an_integer(backend: Backend) {
    sqlx::any::install_default_drivers();
    let url = match backend {
        Backend::Sqlite => "sqlite::memory:".to_owned(),
        Backend::Postgres => std::env::var("DATABASE_URL_PG").expect("DATABASE_URL_PG"),
    };
    let mut connection = sqlx::AnyConnection::connect(&url).await.expect("connect");
    sqlx::query("CREATE TEMPORARY TABLE flags (id TEXT PRIMARY KEY, is_default BOOLEAN NOT NULL)")
        .execute(&mut connection)
        .await
        .expect("create a table");
    for (id, flag) in [("a", true), ("b", false)] {
        sqlx::query("INSERT INTO flags (id, is_default) VALUES ($1, $2)")
            .bind(id)
            .bind(flag)
            .execute(&mut connection)
            .await
            .expect("bind a bool");
    }
    let rows = sqlx::query(
        "SELECT CASE WHEN is_default THEN 1 ELSE 0 END AS is_default FROM flags ORDER BY id",
    )
    .fetch_all(&mut connection)
    .await
    .expect("read the flags");
    let flags: Vec<i64> = rows
        .iter()
        .map(|row| row.try_get("is_default").expect("an integer"))
        .collect();
    assert_eq!(flags, [1, 0]);
    let defaults: Vec<String> = sqlx::query_scalar("SELECT id FROM flags WHERE is_default")
        .fetch_all(&mut connection)
        .await
        .expect("filter on the flag");
    assert_eq!(defaults, ["a"]);
    let plain = sqlx::query("SELECT is_default FROM flags")
        .fetch_all(&mut connection)
        .await;
    match backend {
        // If this starts to pass, sqlx learnt SQLite booleans and the CASE can go.
        Backend::Sqlite => assert!(plain.is_err(), "the Any driver now reads SQLite booleans"),
        Backend::Postgres => {
            let row = plain.expect("PostgreSQL booleans").remove(0);
            assert!(row.try_get::<bool, _>(0).is_ok());
        }
    }
}

async fn fresh_database_has_the_default_sales_pipeline(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let page = expect!(
        app.admin().list_pipelines(None, None),
        ListPipelinesResponse::Ok(page) => page
    );
    assert_eq!(page.data.len(), 1);
    assert_eq!(page.next_cursor, swagger::Nullable::Null);
    let sales = &page.data[0];
    assert_eq!(sales.id, uuid(DEFAULT_PIPELINE));
    assert_eq!(sales.name, "Sales");
    assert!(sales.is_default);
    assert_eq!(sales.version, 1);
    assert_eq!(
        names(sales),
        [
            "Qualification",
            "Needs analysis",
            "Proposal",
            "Negotiation",
            "Closed won",
            "Closed lost"
        ]
    );
    let ids: Vec<String> = sales.stages.iter().map(|s| s.id.to_string()).collect();
    let expected: Vec<String> = (101..=106)
        .map(|n| format!("a0000000-0000-4000-8000-000000000{n}"))
        .collect();
    assert_eq!(ids, expected);
    assert_contiguous(sales);
    let kinds: Vec<StageKind> = sales.stages.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            StageKind::Open,
            StageKind::Open,
            StageKind::Open,
            StageKind::Open,
            StageKind::Won,
            StageKind::Lost
        ]
    );
    let (read, etag) = get(&app.sales_manager("manager-1"), uuid(DEFAULT_PIPELINE)).await;
    assert_eq!(&read, sales);
    assert_eq!(etag, "\"1\"");
}

async fn created_pipeline_is_read_back_and_listed_after_the_default(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let mut create = models::PipelineCreate::new("Partner deals".to_owned(), partner_stages());
    create.is_default = None;
    let (created, etag, location) = expect!(
        admin.create_pipeline(create, None),
        CreatePipelineResponse::Created { body, e_tag, location } => (body, e_tag, location)
    );
    assert_eq!(location, format!("/v1/pipelines/{}", created.id));
    assert_eq!(etag, "\"1\"");
    assert_eq!(created.version, 1);
    assert_eq!(created.name, "Partner deals");
    assert!(!created.is_default);
    assert_eq!(created.created_at, created.updated_at);
    assert_eq!(names(&created), ["Registered", "Committed", "Won", "Lost"]);
    assert_contiguous(&created);
    assert_eq!(created.stages[1].probability, 80);
    assert_eq!(
        created.stages[1].forecast_category,
        ForecastCategory::Commit
    );

    let (read, read_etag) = get(&admin, created.id).await;
    assert_eq!(read, created);
    assert_eq!(read_etag, etag);

    let page = expect!(
        admin.list_pipelines(None, None),
        ListPipelinesResponse::Ok(page) => page
    );
    let ids: Vec<uuid::Uuid> = page.data.iter().map(|p| p.id).collect();
    assert_eq!(ids, [uuid(DEFAULT_PIPELINE), created.id]);
    assert_eq!(page.data[1], created);
    let (sales, _) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    assert!(
        sales.is_default,
        "a pipeline created without is_default leaves the default"
    );
}

async fn pipelines_page_in_creation_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let mut created = vec![uuid(DEFAULT_PIPELINE)];
    for _ in 0..3 {
        created.push(create_partner_pipeline(&admin, false).await.0.id);
    }
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = expect!(
            admin.list_pipelines(Some(2), cursor.take()),
            ListPipelinesResponse::Ok(page) => page
        );
        assert!(page.data.len() <= 2);
        for pipeline in &page.data {
            assert!(pipeline.stages.len() >= 4);
            assert_contiguous(pipeline);
        }
        seen.extend(page.data.iter().map(|p| p.id));
        match page.next_cursor {
            swagger::Nullable::Present(next) => cursor = Some(next),
            swagger::Nullable::Null => break,
        }
    }
    assert_eq!(seen, created);
    let problem = expect!(
        admin.list_pipelines(None, Some("not-a-cursor".to_owned())),
        ListPipelinesResponse::BadRequest(problem) => problem
    );
    assert_eq!(problem.code, "invalid_parameter");
}

async fn get_answers_304_while_the_etag_matches(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let id = uuid(DEFAULT_PIPELINE);
    let e_tag = expect!(
        admin.get_pipeline(id, Some("\"1\"".to_owned())),
        GetPipelineResponse::NotModified { e_tag } => e_tag
    );
    assert_eq!(e_tag, "\"1\"");
    expect!(
        admin.update_stage(id, uuid(QUALIFICATION), "\"1\"".to_owned(), models::StagePatch { probability: Some(15), ..stage_patch() }),
        UpdateStageResponse::Ok { .. } => ()
    );
    let (pipeline, e_tag) = expect!(
        admin.get_pipeline(id, Some("\"1\"".to_owned())),
        GetPipelineResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(e_tag, "\"2\"");
    assert_eq!(pipeline.stages[0].probability, 15);
}

async fn renaming_a_pipeline_bumps_its_version(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, false).await;
    let (renamed, new_etag) = expect!(
        admin.update_pipeline(created.id, etag, pipeline_patch(Some("Channel deals"), None)),
        UpdatePipelineResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(renamed.name, "Channel deals");
    assert_eq!(renamed.version, 2);
    assert_eq!(new_etag, "\"2\"");
    assert!(renamed.updated_at > created.updated_at);
    assert_eq!(renamed.created_at, created.created_at);
    assert_eq!(renamed.stages, created.stages);
    assert_eq!(get(&admin, created.id).await.0, renamed);
}

async fn creating_a_default_pipeline_moves_the_default(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, _) = create_partner_pipeline(&admin, true).await;
    assert!(created.is_default);
    let (sales, etag) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    assert!(!sales.is_default);
    assert_eq!(
        etag, "\"2\"",
        "losing the default is a change of the old default"
    );
    let page = expect!(
        admin.list_pipelines(None, None),
        ListPipelinesResponse::Ok(page) => page
    );
    let defaults: Vec<uuid::Uuid> = page
        .data
        .iter()
        .filter(|p| p.is_default)
        .map(|p| p.id)
        .collect();
    assert_eq!(defaults, [created.id]);
}

async fn making_a_pipeline_the_default_clears_the_previous_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, false).await;
    let (updated, _) = expect!(
        admin.update_pipeline(created.id, etag, pipeline_patch(None, Some(true))),
        UpdatePipelineResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert!(updated.is_default);
    assert!(!get(&admin, uuid(DEFAULT_PIPELINE)).await.0.is_default);

    // And back again; true on the default itself is a no-op that keeps it.
    let (sales, etag) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    let sales = expect!(
        admin.update_pipeline(sales.id, etag, pipeline_patch(None, Some(true))),
        UpdatePipelineResponse::Ok { body, .. } => body
    );
    assert!(sales.is_default);
    let (partner, etag) = get(&admin, created.id).await;
    assert!(!partner.is_default);
    let partner = expect!(
        admin.update_pipeline(partner.id, etag, pipeline_patch(None, Some(false))),
        UpdatePipelineResponse::Ok { body, .. } => body
    );
    assert!(
        !partner.is_default,
        "false on a pipeline that is not the default holds already"
    );
    let (sales, etag) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    let sales = expect!(
        admin.update_pipeline(sales.id, etag, pipeline_patch(None, Some(true))),
        UpdatePipelineResponse::Ok { body, .. } => body
    );
    assert!(sales.is_default);
}

async fn the_default_pipeline_cannot_be_unset(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let problem = expect!(
        admin.update_pipeline(uuid(DEFAULT_PIPELINE), "\"1\"".to_owned(), pipeline_patch(Some("Renamed"), Some(false))),
        UpdatePipelineResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(&problem, "default_pipeline_required", Some("/is_default"));
    let (sales, etag) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    assert!(sales.is_default);
    assert_eq!(sales.name, "Sales", "a refused patch changes nothing");
    assert_eq!(etag, "\"1\"");
}

async fn a_pipeline_needs_open_won_and_lost_stages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let open = || stage("Open", 10, StageKind::Open, ForecastCategory::Pipeline);
    let won = || stage("Won", 100, StageKind::Won, ForecastCategory::Closed);
    let lost = || stage("Lost", 0, StageKind::Lost, ForecastCategory::Omitted);
    let also_open = || stage("Also open", 30, StageKind::Open, ForecastCategory::Pipeline);
    for stages in [
        vec![open(), also_open(), won()],
        vec![open(), also_open(), lost()],
        vec![
            won(),
            lost(),
            stage("Won again", 100, StageKind::Won, ForecastCategory::Closed),
        ],
    ] {
        let create = models::PipelineCreate::new("Incomplete".to_owned(), stages);
        let problem = expect!(
            admin.create_pipeline(create, None),
            CreatePipelineResponse::UnprocessableEntity(problem) => problem
        );
        assert_rule(&problem, "pipeline_needs_open_won_lost_stages", None);
    }
    let page = expect!(
        admin.list_pipelines(None, None),
        ListPipelinesResponse::Ok(page) => page
    );
    assert_eq!(page.data.len(), 1, "nothing was created");
}

async fn stage_names_are_unique_within_a_pipeline(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let mut stages = partner_stages();
    stages.insert(
        3,
        stage(
            "registered ",
            30,
            StageKind::Open,
            ForecastCategory::Pipeline,
        ),
    );
    let problem = expect!(
        admin.create_pipeline(models::PipelineCreate::new("Duplicates".to_owned(), stages), None),
        CreatePipelineResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(&problem, "duplicate_stage_name", Some("/stages/3/name"));

    let (created, etag) = create_partner_pipeline(&admin, false).await;
    let problem = expect!(
        admin.create_stage(created.id, etag.clone(), new_stage("Committed", None), None),
        CreateStageResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(&problem, "duplicate_stage_name", Some("/name"));
    let rename = models::StagePatch {
        name: Some("WON".to_owned()),
        ..stage_patch()
    };
    let problem = expect!(
        admin.update_stage(created.id, stage_id(&created, "Lost"), etag.clone(), rename),
        UpdateStageResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(&problem, "duplicate_stage_name", Some("/name"));
    // The same names in another pipeline are fine.
    let (again, _) = create_partner_pipeline(&admin, false).await;
    assert_eq!(names(&again), names(&created));
    let (_, unchanged) = get(&admin, created.id).await;
    assert_eq!(
        unchanged, etag,
        "refused stage changes do not bump the version"
    );
}

async fn won_stages_are_certain_and_lost_stages_hopeless(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let mut stages = partner_stages();
    stages[2].probability = 90;
    let problem = expect!(
        admin.create_pipeline(models::PipelineCreate::new("Optimistic".to_owned(), stages), None),
        CreatePipelineResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(
        &problem,
        "stage_probability_mismatch",
        Some("/stages/2/probability"),
    );

    let mut lost = new_stage("Lost on price", None);
    lost.kind = StageKind::Lost;
    lost.probability = 5;
    let problem = expect!(
        admin.create_stage(uuid(DEFAULT_PIPELINE), "*".to_owned(), lost, None),
        CreateStageResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(&problem, "stage_probability_mismatch", Some("/probability"));

    let to_won = models::StagePatch {
        kind: Some(StageKind::Won),
        ..stage_patch()
    };
    let problem = expect!(
        admin.update_stage(uuid(DEFAULT_PIPELINE), uuid(QUALIFICATION), "*".to_owned(), to_won),
        UpdateStageResponse::UnprocessableEntity(problem) => problem
    );
    assert_rule(&problem, "stage_probability_mismatch", Some("/probability"));
    let to_won = models::StagePatch {
        kind: Some(StageKind::Won),
        probability: Some(100),
        forecast_category: Some(ForecastCategory::Closed),
        ..stage_patch()
    };
    let pipeline = expect!(
        admin.update_stage(uuid(DEFAULT_PIPELINE), uuid(QUALIFICATION), "*".to_owned(), to_won),
        UpdateStageResponse::Ok { body, .. } => body
    );
    assert_eq!(pipeline.stages[0].kind, StageKind::Won);
    assert_eq!(pipeline.stages[0].probability, 100);
}

async fn deleting_a_pipeline_removes_it_with_its_stages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, false).await;
    expect!(
        admin.delete_pipeline(created.id, etag),
        DeletePipelineResponse::NoContent => ()
    );
    expect!(
        admin.get_pipeline(created.id, None),
        GetPipelineResponse::NotFound(_) => ()
    );
    expect!(
        admin.delete_stage(created.id, stage_id(&created, "Registered"), "*".to_owned()),
        DeleteStageResponse::NotFound(_) => ()
    );
    expect!(
        admin.delete_pipeline(created.id, "*".to_owned()),
        DeletePipelineResponse::NotFound(_) => ()
    );
    let page = expect!(
        admin.list_pipelines(None, None),
        ListPipelinesResponse::Ok(page) => page
    );
    assert_eq!(page.data.len(), 1);
}

async fn the_default_pipeline_cannot_be_deleted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let problem = expect!(
        admin.delete_pipeline(uuid(DEFAULT_PIPELINE), "\"1\"".to_owned()),
        DeletePipelineResponse::Conflict(problem) => problem
    );
    assert_eq!(problem.code, "default_pipeline");
    // Once another pipeline is the default, the old one can go.
    create_partner_pipeline(&admin, true).await;
    let (_, etag) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    expect!(
        admin.delete_pipeline(uuid(DEFAULT_PIPELINE), etag),
        DeletePipelineResponse::NoContent => ()
    );
}

async fn a_pipeline_with_opportunities_cannot_be_deleted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    for deleted in [false, true] {
        let (created, _) = create_partner_pipeline(&admin, false).await;
        put_opportunity_in(
            &admin,
            created.id,
            stage_id(&created, "Registered"),
            deleted,
        )
        .await;
        let (created, etag) = get(&admin, created.id).await;
        let problem = expect!(
            admin.delete_pipeline(created.id, etag),
            DeletePipelineResponse::Conflict(problem) => problem
        );
        assert_eq!(
            problem.code, "pipeline_in_use",
            "deleted opportunity: {deleted}"
        );
        assert_eq!(get(&admin, created.id).await.0, created);
    }
}

async fn a_new_stage_is_inserted_and_later_stages_shift(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (before, _) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    let (after, etag, location) = expect!(
        admin.create_stage(uuid(DEFAULT_PIPELINE), "\"1\"".to_owned(), new_stage("Technical validation", Some(2)), None),
        CreateStageResponse::Created { body, e_tag, location } => (body, e_tag, location)
    );
    assert_eq!(location, format!("/v1/pipelines/{DEFAULT_PIPELINE}"));
    assert_eq!(etag, "\"2\"");
    assert_eq!(after.version, 2);
    assert!(after.updated_at > before.updated_at);
    assert_eq!(
        names(&after),
        [
            "Qualification",
            "Needs analysis",
            "Technical validation",
            "Proposal",
            "Negotiation",
            "Closed won",
            "Closed lost"
        ]
    );
    assert_contiguous(&after);
    let inserted = &after.stages[2];
    assert_eq!(inserted.probability, 40);
    assert_eq!(inserted.kind, StageKind::Open);
    assert_eq!(inserted.forecast_category, ForecastCategory::BestCase);
    assert!(before.stages.iter().all(|stage| stage.id != inserted.id));
    assert_eq!(
        get(&admin, uuid(DEFAULT_PIPELINE)).await,
        (after.clone(), etag.clone())
    );

    let first = expect!(
        admin.create_stage(uuid(DEFAULT_PIPELINE), etag, new_stage("Lead", Some(0)), None),
        CreateStageResponse::Created { body, .. } => body
    );
    assert_eq!(
        names(&first)[..3],
        ["Lead", "Qualification", "Needs analysis"]
    );
    assert_contiguous(&first);
}

async fn a_new_stage_without_position_or_beyond_the_end_is_appended(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, false).await;
    let (appended, etag) = expect!(
        admin.create_stage(created.id, etag, new_stage("Follow-up", None), None),
        CreateStageResponse::Created { body, e_tag, .. } => (body, e_tag)
    );
    assert_eq!(names(&appended).last(), Some(&"Follow-up"));
    let beyond = expect!(
        admin.create_stage(created.id, etag, new_stage("Archive", Some(49)), None),
        CreateStageResponse::Created { body, .. } => body
    );
    assert_eq!(
        names(&beyond),
        [
            "Registered",
            "Committed",
            "Won",
            "Lost",
            "Follow-up",
            "Archive"
        ]
    );
    assert_contiguous(&beyond);
    assert_eq!(beyond.version, 3);
}

async fn moving_a_stage_reorders_the_pipeline(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, false).await;
    let move_to = |position| models::StagePatch {
        position: Some(position),
        ..stage_patch()
    };
    let (moved, etag) = expect!(
        admin.update_stage(created.id, stage_id(&created, "Lost"), etag, move_to(0)),
        UpdateStageResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(names(&moved), ["Lost", "Registered", "Committed", "Won"]);
    assert_contiguous(&moved);
    assert_eq!(etag, "\"2\"");
    let (moved, etag) = expect!(
        admin.update_stage(created.id, stage_id(&created, "Registered"), etag, move_to(2)),
        UpdateStageResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(names(&moved), ["Lost", "Committed", "Registered", "Won"]);
    let moved = expect!(
        admin.update_stage(created.id, stage_id(&created, "Lost"), etag, move_to(49)),
        UpdateStageResponse::Ok { body, .. } => body
    );
    assert_eq!(names(&moved), ["Committed", "Registered", "Won", "Lost"]);
    assert_contiguous(&moved);
    let ids: Vec<uuid::Uuid> = moved.stages.iter().map(|s| s.id).collect();
    assert!(ids
        .iter()
        .all(|id| created.stages.iter().any(|s| s.id == *id)));
    assert_eq!(get(&admin, created.id).await.0, moved);
}

async fn changing_a_stage_keeps_the_pipeline_usable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let id = uuid(DEFAULT_PIPELINE);
    let patch = models::StagePatch {
        name: Some("Discovery".to_owned()),
        probability: Some(5),
        forecast_category: Some(ForecastCategory::Omitted),
        ..stage_patch()
    };
    let changed = expect!(
        admin.update_stage(id, uuid(QUALIFICATION), "\"1\"".to_owned(), patch),
        UpdateStageResponse::Ok { body, .. } => body
    );
    let first = &changed.stages[0];
    assert_eq!(
        (
            first.id,
            first.name.as_str(),
            first.probability,
            first.forecast_category,
            first.kind
        ),
        (
            uuid(QUALIFICATION),
            "Discovery",
            5,
            ForecastCategory::Omitted,
            StageKind::Open
        )
    );
    for (stage, kind) in [(CLOSED_WON, StageKind::Open), (CLOSED_LOST, StageKind::Won)] {
        let patch = models::StagePatch {
            kind: Some(kind),
            probability: Some(if kind == StageKind::Won { 100 } else { 50 }),
            ..stage_patch()
        };
        let problem = expect!(
            admin.update_stage(id, uuid(stage), "*".to_owned(), patch),
            UpdateStageResponse::UnprocessableEntity(problem) => problem
        );
        assert_rule(&problem, "pipeline_needs_open_won_lost_stages", None);
    }
    // Once a second won stage exists, the first may become open.
    let mut second_won = new_stage("Won via partner", None);
    second_won.kind = StageKind::Won;
    second_won.probability = 100;
    expect!(
        admin.create_stage(id, "*".to_owned(), second_won, None),
        CreateStageResponse::Created { .. } => ()
    );
    let patch = models::StagePatch {
        kind: Some(StageKind::Open),
        probability: Some(90),
        ..stage_patch()
    };
    let changed = expect!(
        admin.update_stage(id, uuid(CLOSED_WON), "*".to_owned(), patch),
        UpdateStageResponse::Ok { body, .. } => body
    );
    let kinds: Vec<StageKind> = changed.stages.iter().map(|s| s.kind).collect();
    assert_eq!(kinds.iter().filter(|k| **k == StageKind::Won).count(), 1);
}

async fn deleting_a_stage_renumbers_the_rest(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let id = uuid(DEFAULT_PIPELINE);
    let (after, etag) = expect!(
        admin.delete_stage(id, uuid("a0000000-0000-4000-8000-000000000102"), "\"1\"".to_owned()),
        DeleteStageResponse::Ok { body, e_tag } => (body, e_tag)
    );
    assert_eq!(etag, "\"2\"");
    assert_eq!(
        names(&after),
        [
            "Qualification",
            "Proposal",
            "Negotiation",
            "Closed won",
            "Closed lost"
        ]
    );
    assert_contiguous(&after);
    let after = expect!(
        admin.delete_stage(id, uuid(QUALIFICATION), etag),
        DeleteStageResponse::Ok { body, .. } => body
    );
    assert_eq!(
        names(&after),
        ["Proposal", "Negotiation", "Closed won", "Closed lost"]
    );
    assert_contiguous(&after);
    assert_eq!(get(&admin, id).await.0, after);
}

async fn the_last_stage_of_a_kind_cannot_be_deleted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, mut etag) = create_partner_pipeline(&admin, false).await;
    for name in ["Won", "Lost"] {
        let problem = expect!(
            admin.delete_stage(created.id, stage_id(&created, name), etag.clone()),
            DeleteStageResponse::Conflict(problem) => problem
        );
        assert_eq!(problem.code, "stage_required");
    }
    etag = expect!(
        admin.delete_stage(created.id, stage_id(&created, "Registered"), etag),
        DeleteStageResponse::Ok { e_tag, .. } => e_tag
    );
    let problem = expect!(
        admin.delete_stage(created.id, stage_id(&created, "Committed"), etag),
        DeleteStageResponse::Conflict(problem) => problem
    );
    assert_eq!(problem.code, "stage_required");
    assert_eq!(
        names(&get(&admin, created.id).await.0),
        ["Committed", "Won", "Lost"]
    );
}

async fn a_stage_with_opportunities_keeps_its_kind_and_cannot_be_deleted(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, _) = create_partner_pipeline(&admin, false).await;
    let registered = stage_id(&created, "Registered");
    let committed = stage_id(&created, "Committed");
    put_opportunity_in(&admin, created.id, registered, false).await;
    put_opportunity_in(&admin, created.id, committed, true).await;
    let (_, etag) = get(&admin, created.id).await;
    for stage in [registered, committed] {
        let problem = expect!(
            admin.delete_stage(created.id, stage, etag.clone()),
            DeleteStageResponse::Conflict(problem) => problem
        );
        assert_eq!(problem.code, "stage_in_use");
        let to_lost = models::StagePatch {
            kind: Some(StageKind::Lost),
            probability: Some(0),
            ..stage_patch()
        };
        let problem = expect!(
            admin.update_stage(created.id, stage, etag.clone(), to_lost),
            UpdateStageResponse::Conflict(problem) => problem
        );
        assert_eq!(problem.code, "stage_in_use");
    }
    // Everything but the kind may still change.
    let patch = models::StagePatch {
        name: Some("Registered by partner".to_owned()),
        probability: Some(25),
        position: Some(1),
        kind: Some(StageKind::Open),
        ..stage_patch()
    };
    let changed = expect!(
        admin.update_stage(created.id, registered, etag, patch),
        UpdateStageResponse::Ok { body, .. } => body
    );
    assert_eq!(
        names(&changed),
        ["Committed", "Registered by partner", "Won", "Lost"]
    );
}

/// Other modules read `stages.position` directly (the first won stage of a pipeline, reports), so
/// the stored positions, not only the served ones, stay 0, 1, 2, ... through every change.
async fn stored_positions_stay_contiguous(backend: Backend) {
    let app = DirectApp::spawn(backend).await;
    let admin = app.admin();
    let id = uuid(DEFAULT_PIPELINE);
    let any = || "*".to_owned();
    let mut served = expect!(
        admin.create_stage(id, any(), new_stage("Demo", Some(1)), None),
        CreateStageResponse::Created { body, .. } => body
    );
    let stored = |pipeline: &models::Pipeline| -> Vec<(String, i64)> {
        pipeline
            .stages
            .iter()
            .map(|stage| (stage.name.clone(), i64::from(stage.position)))
            .collect()
    };
    assert_eq!(
        app.stored_positions(DEFAULT_PIPELINE).await,
        stored(&served)
    );
    let move_to = |position| models::StagePatch {
        position: Some(position),
        ..stage_patch()
    };
    for (stage, position) in [(CLOSED_LOST, 0), (QUALIFICATION, 4), (CLOSED_LOST, 49)] {
        served = expect!(
            admin.update_stage(id, uuid(stage), any(), move_to(position)),
            UpdateStageResponse::Ok { body, .. } => body
        );
        assert_eq!(
            app.stored_positions(DEFAULT_PIPELINE).await,
            stored(&served)
        );
    }
    served = expect!(
        admin.delete_stage(id, uuid("a0000000-0000-4000-8000-000000000102"), any()),
        DeleteStageResponse::Ok { body, .. } => body
    );
    assert_eq!(
        app.stored_positions(DEFAULT_PIPELINE).await,
        stored(&served)
    );
    assert_contiguous(&served);
    assert_eq!(
        names(&served),
        [
            "Demo",
            "Proposal",
            "Qualification",
            "Negotiation",
            "Closed won",
            "Closed lost"
        ]
    );
}

async fn unknown_pipelines_and_stages_are_404(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let nowhere = uuid::Uuid::new_v4();
    let any = || "*".to_owned();
    expect!(admin.get_pipeline(nowhere, None), GetPipelineResponse::NotFound(_) => ());
    expect!(
        admin.update_pipeline(nowhere, any(), pipeline_patch(Some("x"), None)),
        UpdatePipelineResponse::NotFound(_) => ()
    );
    expect!(admin.delete_pipeline(nowhere, any()), DeletePipelineResponse::NotFound(_) => ());
    expect!(
        admin.create_stage(nowhere, any(), new_stage("x", None), None),
        CreateStageResponse::NotFound(_) => ()
    );
    // A stage of another pipeline is not found in this one.
    let (created, _) = create_partner_pipeline(&admin, false).await;
    expect!(
        admin.update_stage(created.id, uuid(QUALIFICATION), any(), models::StagePatch { probability: Some(1), ..stage_patch() }),
        UpdateStageResponse::NotFound(_) => ()
    );
    expect!(
        admin.delete_stage(created.id, uuid(QUALIFICATION), any()),
        DeleteStageResponse::NotFound(_) => ()
    );
    expect!(
        admin.delete_stage(uuid(DEFAULT_PIPELINE), uuid::Uuid::new_v4(), any()),
        DeleteStageResponse::NotFound(_) => ()
    );
    let (_, etag) = get(&admin, created.id).await;
    assert_eq!(etag, "\"1\"", "failed writes leave the version alone");
}

async fn writes_need_the_current_etag(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, false).await;
    let id = created.id;
    let registered = stage_id(&created, "Registered");
    let rename = || pipeline_patch(Some("Renamed"), None);
    let probability = || models::StagePatch {
        probability: Some(30),
        ..stage_patch()
    };

    // A stage change moves the pipeline's ETag on, so the old one is stale for every write.
    let current = expect!(
        admin.update_stage(id, registered, etag.clone(), probability()),
        UpdateStageResponse::Ok { e_tag, .. } => e_tag
    );
    assert_ne!(current, etag);
    let stale = || etag.clone();
    let problem = expect!(admin.update_pipeline(id, stale(), rename()), UpdatePipelineResponse::PreconditionFailed(problem) => problem);
    assert_eq!(problem.code, "precondition_failed");
    expect!(admin.delete_pipeline(id, stale()), DeletePipelineResponse::PreconditionFailed(_) => ());
    expect!(admin.create_stage(id, stale(), new_stage("New", None), None), CreateStageResponse::PreconditionFailed(_) => ());
    expect!(admin.update_stage(id, registered, stale(), probability()), UpdateStageResponse::PreconditionFailed(_) => ());
    expect!(admin.delete_stage(id, registered, stale()), DeleteStageResponse::PreconditionFailed(_) => ());
    let (unchanged, still) = get(&admin, id).await;
    assert_eq!(still, current, "refused writes change nothing");
    assert_eq!(unchanged.name, "Partner deals");
    assert_eq!(unchanged.stages.len(), 4);

    // The current ETag, or *, is accepted.
    expect!(admin.update_pipeline(id, current, rename()), UpdatePipelineResponse::Ok { .. } => ());
    expect!(admin.delete_pipeline(id, "*".to_owned()), DeletePipelineResponse::NoContent => ());
}

async fn sales_managers_read_pipelines_but_cannot_change_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let manager = app.sales_manager("manager-1");
    let id = uuid(DEFAULT_PIPELINE);
    let any = || "*".to_owned();
    expect!(manager.list_pipelines(None, None), ListPipelinesResponse::Ok(_) => ());
    expect!(manager.get_pipeline(id, None), GetPipelineResponse::Ok { .. } => ());
    let forbidden = [
        expect!(
            manager.create_pipeline(models::PipelineCreate::new("Mine".to_owned(), partner_stages()), None),
            CreatePipelineResponse::Forbidden(problem) => problem
        ),
        expect!(
            manager.update_pipeline(id, any(), pipeline_patch(Some("Mine"), None)),
            UpdatePipelineResponse::Forbidden(problem) => problem
        ),
        expect!(manager.delete_pipeline(id, any()), DeletePipelineResponse::Forbidden(problem) => problem),
        expect!(
            manager.create_stage(id, any(), new_stage("Mine", None), None),
            CreateStageResponse::Forbidden(problem) => problem
        ),
        expect!(
            manager.update_stage(id, uuid(QUALIFICATION), any(), models::StagePatch { probability: Some(1), ..stage_patch() }),
            UpdateStageResponse::Forbidden(problem) => problem
        ),
        expect!(
            manager.delete_stage(id, uuid(QUALIFICATION), any()),
            DeleteStageResponse::Forbidden(problem) => problem
        ),
    ];
    assert!(forbidden.iter().all(|problem| problem.code == "forbidden"));
    let (sales, etag) = get(&manager, id).await;
    assert_eq!((sales.name.as_str(), etag.as_str()), ("Sales", "\"1\""));
}

async fn every_pipeline_write_is_audited(backend: Backend) {
    let app = DirectApp::spawn(backend).await;
    let admin = app.admin();
    let (created, etag) = create_partner_pipeline(&admin, true).await;
    let etag = expect!(
        admin.create_stage(created.id, etag, new_stage("Demo", Some(1)), None),
        CreateStageResponse::Created { e_tag, .. } => e_tag
    );
    let etag = expect!(
        admin.update_stage(created.id, stage_id(&created, "Committed"), etag, models::StagePatch { name: Some("Commit".to_owned()), position: Some(0), ..stage_patch() }),
        UpdateStageResponse::Ok { e_tag, .. } => e_tag
    );
    expect!(
        admin.delete_stage(created.id, stage_id(&created, "Registered"), etag),
        DeleteStageResponse::Ok { .. } => ()
    );
    let (sales, sales_etag) = get(&admin, uuid(DEFAULT_PIPELINE)).await;
    expect!(
        admin.update_pipeline(sales.id, sales_etag, pipeline_patch(Some("Direct sales"), Some(true))),
        UpdatePipelineResponse::Ok { .. } => ()
    );
    let etag = get(&admin, created.id).await.1;
    assert_eq!(etag, "\"5\"", "created, 3 stage changes, lost the default");
    expect!(
        admin.delete_pipeline(created.id, etag),
        DeletePipelineResponse::NoContent => ()
    );
    let audit = |rows: Vec<(String, String)>| -> Vec<(String, Vec<String>)> {
        rows.into_iter()
            .map(|(action, fields)| {
                let mut fields: Vec<String> = serde_json::from_str(&fields).expect("a JSON array");
                fields.sort();
                (action, fields)
            })
            .collect()
    };
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let mut partner = audit(app.audit_of(&created.id.to_string()).await);
    partner.sort();
    let mut expected = vec![
        (
            "create".to_owned(),
            strings(&["is_default", "name", "stages"]),
        ),
        ("update".to_owned(), strings(&["stages"])),
        (
            "update".to_owned(),
            strings(&["stages.name", "stages.position"]),
        ),
        ("update".to_owned(), strings(&["stages"])),
        ("update".to_owned(), strings(&["is_default"])),
        ("delete".to_owned(), Vec::new()),
    ];
    expected.sort();
    assert_eq!(partner, expected);
    let mut sales = audit(app.audit_of(DEFAULT_PIPELINE).await);
    sales.sort();
    let mut expected = vec![
        ("update".to_owned(), strings(&["is_default"])),
        ("update".to_owned(), strings(&["is_default", "name"])),
    ];
    expected.sort();
    assert_eq!(sales, expected);
}

/// Without `If-Match` every pipeline write is 428, as the contract says.
async fn writes_without_if_match_are_428(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin();
    let (created, _) = create_partner_pipeline(&admin, false).await;
    let id = created.id;
    let registered = stage_id(&created, "Registered");
    // The generated client always sends If-Match, so these go raw.
    let token = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let pipeline = format!("/v1/pipelines/{id}");
    let stage = format!("{pipeline}/stages/{registered}");
    let stages = format!("{pipeline}/stages");
    let new_stage_body =
        r#"{"name": "New", "probability": 40, "kind": "open", "forecast_category": "best_case"}"#;
    for (method, path, content_type, body) in [
        (
            "PATCH",
            &pipeline,
            "application/merge-patch+json",
            Some(r#"{"name": "Renamed"}"#),
        ),
        ("DELETE", &pipeline, "application/json", None),
        ("POST", &stages, "application/json", Some(new_stage_body)),
        (
            "PATCH",
            &stage,
            "application/merge-patch+json",
            Some(r#"{"probability": 30}"#),
        ),
        ("DELETE", &stage, "application/json", None),
    ] {
        let headers = [
            ("authorization", token.as_str()),
            ("content-type", content_type),
        ];
        app.raw(method, path, &headers, body)
            .await
            .assert_problem(428, "precondition_required");
    }
}
