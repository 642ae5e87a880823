//! TODO

use opportunity_api::models;
use opportunity_api::{
    CreatePipelineResponse, CreateStageResponse, DeletePipelineResponse, DeleteStageResponse,
    GetPipelineResponse, ListPipelinesResponse, UpdatePipelineResponse, UpdateStageResponse,
};
use swagger::ApiError;

use super::{not_implemented, ApiImpl};
use crate::http::context::RequestContext;

pub(super) async fn create_pipeline(
    _api: &ApiImpl,
    _pipeline_create: models::PipelineCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreatePipelineResponse, ApiError> {
    not_implemented(context, CreatePipelineResponse::from_problem)
}

pub(super) async fn list_pipelines(
    _api: &ApiImpl,
    _limit: Option<u32>,
    _cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListPipelinesResponse, ApiError> {
    not_implemented(context, ListPipelinesResponse::from_problem)
}

pub(super) async fn create_stage(
    _api: &ApiImpl,
    _pipeline_id: uuid::Uuid,
    _if_match: String,
    _stage_create: models::StageCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateStageResponse, ApiError> {
    not_implemented(context, CreateStageResponse::from_problem)
}

pub(super) async fn delete_pipeline(
    _api: &ApiImpl,
    _pipeline_id: uuid::Uuid,
    _if_match: String,
    context: &RequestContext,
) -> Result<DeletePipelineResponse, ApiError> {
    not_implemented(context, DeletePipelineResponse::from_problem)
}

pub(super) async fn get_pipeline(
    _api: &ApiImpl,
    _pipeline_id: uuid::Uuid,
    _if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetPipelineResponse, ApiError> {
    not_implemented(context, GetPipelineResponse::from_problem)
}

pub(super) async fn update_pipeline(
    _api: &ApiImpl,
    _pipeline_id: uuid::Uuid,
    _if_match: String,
    _pipeline_patch: models::PipelinePatch,
    context: &RequestContext,
) -> Result<UpdatePipelineResponse, ApiError> {
    not_implemented(context, UpdatePipelineResponse::from_problem)
}

pub(super) async fn delete_stage(
    _api: &ApiImpl,
    _pipeline_id: uuid::Uuid,
    _stage_id: uuid::Uuid,
    _if_match: String,
    context: &RequestContext,
) -> Result<DeleteStageResponse, ApiError> {
    not_implemented(context, DeleteStageResponse::from_problem)
}

pub(super) async fn update_stage(
    _api: &ApiImpl,
    _pipeline_id: uuid::Uuid,
    _stage_id: uuid::Uuid,
    _if_match: String,
    _stage_patch: models::StagePatch,
    context: &RequestContext,
) -> Result<UpdateStageResponse, ApiError> {
    not_implemented(context, UpdateStageResponse::from_problem)
}
