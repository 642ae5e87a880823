//! Pipelines and their stages. A pipeline's version is the version of the whole pipeline: every
//! change to one of its stages bumps it (and `updated_at`), so one ETag covers the stages too.
//!
//! Every write starts by claiming the pipeline row (bumping its version), which serialises writers
//! of one pipeline on PostgreSQL as `BEGIN IMMEDIATE` does on SQLite; the stages read after the
//! claim are then the ones the write changes.
//!
//! `is_default` is read as `CASE WHEN is_default THEN 1 ELSE 0 END`: sqlx's Any driver refuses a
//! BOOLEAN column from SQLite ("Any driver does not support the SQLite type Bool"), while binding a
//! `bool` and filtering on the column work on both databases.

use sqlx::{AnyConnection, FromRow};

use super::now_micros;
use crate::domain::opportunity::Status;
use crate::domain::pipeline::{ForecastCategory, Probability, Stage, StageDefinition, Stages};
use crate::error::AppError;

mod read;
mod stages;
mod write;

/// The columns of a pipeline row, `is_default` as 0 or 1 (see the module doc).
const PIPELINE_COLUMNS: &str =
    "id, name, CASE WHEN is_default THEN 1 ELSE 0 END AS is_default, created_at, updated_at, version";

/// A pipeline as stored, with its stages in order.
#[derive(Debug, Clone)]
pub struct PipelineRecord {
    pub id: String,
    pub name: String,
    pub is_default: bool,
    pub stages: Stages,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

/// A new pipeline.
#[derive(Debug, Clone)]
pub struct PipelineFields {
    pub name: String,
    pub is_default: bool,
    pub stages: Vec<StageDefinition>,
}

/// A JSON merge patch of a pipeline.
#[derive(Debug, Clone, Default)]
pub struct PipelinePatch {
    pub name: Option<String>,
    pub is_default: Option<bool>,
}

impl PipelinePatch {
    fn fields(&self) -> Vec<&'static str> {
        [
            ("name", self.name.is_some()),
            ("is_default", self.is_default.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }
}

/// A list request for pipelines.
#[derive(Debug, Clone)]
pub struct PipelineQuery {
    pub limit: i64,
    pub cursor: Option<String>,
}

#[derive(Debug, FromRow)]
struct PipelineRow {
    id: String,
    name: String,
    is_default: i64,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

impl PipelineRow {
    /// The version a claimed row had before this write: what the client's `If-Match` must name.
    fn version_before(&self) -> i64 {
        self.version - 1
    }

    fn with_stages(self, stages: Stages) -> PipelineRecord {
        PipelineRecord {
            id: self.id,
            name: self.name,
            is_default: self.is_default != 0,
            stages,
            created_at: self.created_at,
            updated_at: self.updated_at,
            version: self.version,
        }
    }
}

#[derive(Debug, FromRow)]
struct StageRow {
    id: String,
    name: String,
    probability: i64,
    kind: String,
    forecast_category: String,
}

impl StageRow {
    fn into_stage(self) -> Result<Stage, AppError> {
        let corrupt = |what: &str| {
            AppError::Internal(anyhow::anyhow!("stage {} has an invalid {what}", self.id))
        };
        let probability = u32::try_from(self.probability)
            .ok()
            .and_then(Probability::new)
            .ok_or_else(|| corrupt("probability"))?;
        let kind = Status::parse(&self.kind).ok_or_else(|| corrupt("kind"))?;
        let forecast_category = ForecastCategory::parse(&self.forecast_category)
            .ok_or_else(|| corrupt("forecast_category"))?;
        Ok(Stage {
            id: self.id,
            name: self.name,
            probability,
            kind,
            forecast_category,
        })
    }
}

fn not_found(id: &str) -> AppError {
    AppError::NotFound(format!("There is no pipeline {id}."))
}

/// Whether a database error is a foreign key violation: an opportunity points at the row.
fn foreign_key_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(database) if database.is_foreign_key_violation())
}

/// Claims the pipeline for this write: bumps its version and `updated_at` and returns the row as
/// it is now (see [`PipelineRow::version_before`] for the caller's precondition). 404 when there is
/// no such pipeline. A write that fails afterwards rolls the claim back with everything else.
async fn claim(conn: &mut AnyConnection, id: &str) -> Result<PipelineRow, AppError> {
    sqlx::query_as(&format!(
        "UPDATE pipelines SET version = version + 1, updated_at = $1 WHERE id = $2 RETURNING {PIPELINE_COLUMNS}"
    ))
    .bind(now_micros())
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| not_found(id))
}

async fn stages_of(conn: &mut AnyConnection, pipeline_id: &str) -> Result<Stages, AppError> {
    let rows: Vec<StageRow> = sqlx::query_as(
        "SELECT id, name, probability, kind, forecast_category FROM stages \
         WHERE pipeline_id = $1 ORDER BY position, id",
    )
    .bind(pipeline_id)
    .fetch_all(&mut *conn)
    .await?;
    let stages = rows
        .into_iter()
        .map(StageRow::into_stage)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Stages::from_stored(stages))
}

async fn insert_stage(
    conn: &mut AnyConnection,
    pipeline_id: &str,
    position: usize,
    stage: &Stage,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO stages (id, pipeline_id, name, position, probability, kind, forecast_category) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&stage.id)
    .bind(pipeline_id)
    .bind(&stage.name)
    .bind(i64::try_from(position).unwrap_or(i64::MAX))
    .bind(i64::from(stage.probability.percent()))
    .bind(stage.kind.as_str())
    .bind(stage.forecast_category.as_str())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
