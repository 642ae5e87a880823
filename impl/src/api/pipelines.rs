//! Pipelines: the ordered stages opportunities move through. Reads for every role, writes for
//! Admins (the edge enforces the contract's `x-roles`). Stage operations answer with the whole
//! pipeline and take and return the pipeline's ETag.

use opportunity_api::models;
use opportunity_api::{
    CreatePipelineResponse, CreateStageResponse, DeletePipelineResponse, DeleteStageResponse,
    GetPipelineResponse, ListPipelinesResponse, UpdatePipelineResponse, UpdateStageResponse,
};
use swagger::ApiError;

use super::{actor, finish, nullable, stored, ApiImpl};
use crate::domain::opportunity::Status;
use crate::domain::pipeline::{ForecastCategory, Probability, StageDefinition, StagePatch};
use crate::domain::{etag, not_modified, Precondition};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::page;
use crate::store::pipelines::{PipelineFields, PipelinePatch, PipelineQuery, PipelineRecord};
use crate::store::to_datetime;

fn pipeline(record: PipelineRecord) -> Result<models::Pipeline, AppError> {
    let stages = record
        .stages
        .positioned()
        .map(|(position, stage)| {
            Ok(models::Stage {
                id: stored::uuid("stages.id", &stage.id)?,
                name: stage.name.clone(),
                position: stored::int32("stages.position", position)?,
                probability: u32::from(stage.probability.percent()),
                kind: stage_kind(stage.kind),
                forecast_category: forecast_category(stage.forecast_category),
            })
        })
        .collect::<Result<_, AppError>>()?;
    Ok(models::Pipeline {
        id: stored::uuid("pipelines.id", &record.id)?,
        name: record.name,
        is_default: record.is_default,
        stages,
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
        version: record.version,
    })
}

fn location(record: &PipelineRecord) -> String {
    format!("/v1/pipelines/{}", record.id)
}

fn stage_kind(kind: Status) -> models::StageKind {
    match kind {
        Status::Open => models::StageKind::Open,
        Status::Won => models::StageKind::Won,
        Status::Lost => models::StageKind::Lost,
    }
}

fn kind_of(kind: models::StageKind) -> Status {
    match kind {
        models::StageKind::Open => Status::Open,
        models::StageKind::Won => Status::Won,
        models::StageKind::Lost => Status::Lost,
    }
}

fn forecast_category(category: ForecastCategory) -> models::ForecastCategory {
    match category {
        ForecastCategory::Pipeline => models::ForecastCategory::Pipeline,
        ForecastCategory::BestCase => models::ForecastCategory::BestCase,
        ForecastCategory::Commit => models::ForecastCategory::Commit,
        ForecastCategory::Closed => models::ForecastCategory::Closed,
        ForecastCategory::Omitted => models::ForecastCategory::Omitted,
    }
}

fn category_of(category: models::ForecastCategory) -> ForecastCategory {
    match category {
        models::ForecastCategory::Pipeline => ForecastCategory::Pipeline,
        models::ForecastCategory::BestCase => ForecastCategory::BestCase,
        models::ForecastCategory::Commit => ForecastCategory::Commit,
        models::ForecastCategory::Closed => ForecastCategory::Closed,
        models::ForecastCategory::Omitted => ForecastCategory::Omitted,
    }
}

/// A stage as the client defined it; `pointer` locates it in the body (`""` or `/stages/N`).
fn definition(
    name: String,
    probability: u32,
    kind: models::StageKind,
    category: models::ForecastCategory,
    pointer: &str,
) -> Result<StageDefinition, AppError> {
    Ok(StageDefinition {
        name,
        probability: Probability::parse_field(probability, &format!("{pointer}/probability"))?,
        kind: kind_of(kind),
        forecast_category: category_of(category),
    })
}

pub(super) async fn create_pipeline(
    api: &ApiImpl,
    pipeline_create: models::PipelineCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreatePipelineResponse, ApiError> {
    let outcome = async {
        let stages = pipeline_create
            .stages
            .into_iter()
            .enumerate()
            .map(|(index, stage)| {
                definition(
                    stage.name,
                    stage.probability,
                    stage.kind,
                    stage.forecast_category,
                    &format!("/stages/{index}"),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        let fields = PipelineFields {
            name: pipeline_create.name,
            is_default: pipeline_create.is_default.unwrap_or(false),
            stages,
        };
        let record = api
            .store()
            .create_pipeline(&actor(context)?, fields)
            .await?;
        Ok(CreatePipelineResponse::Created {
            e_tag: etag(record.version),
            location: location(&record),
            body: pipeline(record)?,
        })
    }
    .await;
    finish(context, outcome, CreatePipelineResponse::from_problem)
}

pub(super) async fn list_pipelines(
    api: &ApiImpl,
    limit: Option<u32>,
    cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListPipelinesResponse, ApiError> {
    let outcome = async {
        let page = api
            .store()
            .list_pipelines(PipelineQuery {
                limit: page::limit(limit),
                cursor,
            })
            .await?;
        Ok(ListPipelinesResponse::Ok(models::PipelinePage {
            data: page
                .rows
                .into_iter()
                .map(pipeline)
                .collect::<Result<_, _>>()?,
            next_cursor: nullable(page.next_cursor),
        }))
    }
    .await;
    finish(context, outcome, ListPipelinesResponse::from_problem)
}

pub(super) async fn create_stage(
    api: &ApiImpl,
    pipeline_id: uuid::Uuid,
    if_match: String,
    stage_create: models::StageCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateStageResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let definition = definition(
            stage_create.name,
            stage_create.probability,
            stage_create.kind,
            stage_create.forecast_category,
            "",
        )?;
        let record = api
            .store()
            .create_stage(
                &actor(context)?,
                &pipeline_id.to_string(),
                precondition,
                definition,
                stage_create.position,
            )
            .await?;
        Ok(CreateStageResponse::Created {
            e_tag: etag(record.version),
            location: location(&record),
            body: pipeline(record)?,
        })
    }
    .await;
    finish(context, outcome, CreateStageResponse::from_problem)
}

pub(super) async fn delete_pipeline(
    api: &ApiImpl,
    pipeline_id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeletePipelineResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        api.store()
            .delete_pipeline(&actor(context)?, &pipeline_id.to_string(), precondition)
            .await?;
        Ok(DeletePipelineResponse::NoContent)
    }
    .await;
    finish(context, outcome, DeletePipelineResponse::from_problem)
}

pub(super) async fn get_pipeline(
    api: &ApiImpl,
    pipeline_id: uuid::Uuid,
    if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetPipelineResponse, ApiError> {
    let outcome = async {
        let record = api.store().pipeline(&pipeline_id.to_string()).await?;
        if not_modified(if_none_match.as_deref(), record.version) {
            return Ok(GetPipelineResponse::NotModified {
                e_tag: etag(record.version),
            });
        }
        Ok(GetPipelineResponse::Ok {
            e_tag: etag(record.version),
            body: pipeline(record)?,
        })
    }
    .await;
    finish(context, outcome, GetPipelineResponse::from_problem)
}

pub(super) async fn update_pipeline(
    api: &ApiImpl,
    pipeline_id: uuid::Uuid,
    if_match: String,
    pipeline_patch: models::PipelinePatch,
    context: &RequestContext,
) -> Result<UpdatePipelineResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let patch = PipelinePatch {
            name: pipeline_patch.name,
            is_default: pipeline_patch.is_default,
        };
        let record = api
            .store()
            .update_pipeline(
                &actor(context)?,
                &pipeline_id.to_string(),
                precondition,
                patch,
            )
            .await?;
        Ok(UpdatePipelineResponse::Ok {
            e_tag: etag(record.version),
            body: pipeline(record)?,
        })
    }
    .await;
    finish(context, outcome, UpdatePipelineResponse::from_problem)
}

pub(super) async fn delete_stage(
    api: &ApiImpl,
    pipeline_id: uuid::Uuid,
    stage_id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeleteStageResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let record = api
            .store()
            .delete_stage(
                &actor(context)?,
                &pipeline_id.to_string(),
                &stage_id.to_string(),
                precondition,
            )
            .await?;
        Ok(DeleteStageResponse::Ok {
            e_tag: etag(record.version),
            body: pipeline(record)?,
        })
    }
    .await;
    finish(context, outcome, DeleteStageResponse::from_problem)
}

pub(super) async fn update_stage(
    api: &ApiImpl,
    pipeline_id: uuid::Uuid,
    stage_id: uuid::Uuid,
    if_match: String,
    stage_patch: models::StagePatch,
    context: &RequestContext,
) -> Result<UpdateStageResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let patch = StagePatch {
            name: stage_patch.name,
            position: stage_patch.position,
            probability: stage_patch
                .probability
                .map(|percent| Probability::parse_field(percent, "/probability"))
                .transpose()?,
            kind: stage_patch.kind.map(kind_of),
            forecast_category: stage_patch.forecast_category.map(category_of),
        };
        let record = api
            .store()
            .update_stage(
                &actor(context)?,
                &pipeline_id.to_string(),
                &stage_id.to_string(),
                precondition,
                patch,
            )
            .await?;
        Ok(UpdateStageResponse::Ok {
            e_tag: etag(record.version),
            body: pipeline(record)?,
        })
    }
    .await;
    finish(context, outcome, UpdateStageResponse::from_problem)
}
