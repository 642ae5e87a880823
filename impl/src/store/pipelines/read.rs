//! Reading pipelines with their stages: one, the default, or a page; each one round trip.

use sqlx::FromRow;

use crate::domain::pipeline::{Stage, Stages};
use crate::error::AppError;
use crate::store::page::{Cursor, Key, Page};
use crate::store::sql::{Sql, Value};
use crate::store::Store;

use super::{not_found, PipelineQuery, PipelineRecord, PipelineRow, StageRow};

/// A pipeline joined with its stages, one row per stage: the columns of [`PipelineStageRow`].
const JOINED_COLUMNS: &str = "p.id AS pipeline_id, p.name AS pipeline_name, \
     CASE WHEN p.is_default THEN 1 ELSE 0 END AS is_default, p.created_at, p.updated_at, p.version, \
     s.id AS stage_id, s.name AS stage_name, s.probability, s.kind, s.forecast_category";

/// The sort of the pipeline list: oldest first, so the seeded default leads a fresh list.
const SORT: &str = "created_at";

#[derive(Debug, FromRow)]
struct PipelineStageRow {
    pipeline_id: String,
    pipeline_name: String,
    is_default: i64,
    created_at: i64,
    updated_at: i64,
    version: i64,
    stage_id: String,
    stage_name: String,
    probability: i64,
    kind: String,
    forecast_category: String,
}

/// Groups rows of pipelines joined with their stages (ordered by pipeline, then position) into records.
fn group(rows: Vec<PipelineStageRow>) -> Result<Vec<PipelineRecord>, AppError> {
    let mut records: Vec<(PipelineRow, Vec<Stage>)> = Vec::new();
    for row in rows {
        let stage = StageRow {
            id: row.stage_id,
            name: row.stage_name,
            probability: row.probability,
            kind: row.kind,
            forecast_category: row.forecast_category,
        }
        .into_stage()?;
        match records.last_mut() {
            Some((pipeline, stages)) if pipeline.id == row.pipeline_id => stages.push(stage),
            _ => records.push((
                PipelineRow {
                    id: row.pipeline_id,
                    name: row.pipeline_name,
                    is_default: row.is_default,
                    created_at: row.created_at,
                    updated_at: row.updated_at,
                    version: row.version,
                },
                vec![stage],
            )),
        }
    }
    Ok(records
        .into_iter()
        .map(|(pipeline, stages)| pipeline.with_stages(Stages::from_stored(stages)))
        .collect())
}

impl Store {
    /// One pipeline with its stages; 404 otherwise. One round trip.
    #[tracing::instrument(skip_all, fields(pipeline_id = %id))]
    pub async fn pipeline(&self, id: &str) -> Result<PipelineRecord, AppError> {
        let rows: Vec<PipelineStageRow> = sqlx::query_as(&format!(
            "SELECT {JOINED_COLUMNS} FROM pipelines p JOIN stages s ON s.pipeline_id = p.id \
             WHERE p.id = $1 ORDER BY s.position, s.id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        group(rows)?.pop().ok_or_else(|| not_found(id))
    }

    /// The default pipeline (the service always keeps one) with its stages. One round trip.
    pub async fn default_pipeline(&self) -> Result<PipelineRecord, AppError> {
        let rows: Vec<PipelineStageRow> = sqlx::query_as(&format!(
            "SELECT {JOINED_COLUMNS} FROM pipelines p JOIN stages s ON s.pipeline_id = p.id \
             WHERE p.is_default ORDER BY s.position, s.id"
        ))
        .fetch_all(self.pool())
        .await?;
        group(rows)?
            .pop()
            .ok_or_else(|| AppError::NotFound("There is no default pipeline.".to_owned()))
    }

    /// A page of pipelines, oldest first, each with its stages. One round trip.
    #[tracing::instrument(skip_all, fields(limit = query.limit))]
    pub async fn list_pipelines(
        &self,
        query: PipelineQuery,
    ) -> Result<Page<PipelineRecord>, AppError> {
        let cursor = query
            .cursor
            .as_deref()
            .map(|text| Cursor::decode(text, SORT))
            .transpose()?;
        let mut sql = Sql::new("SELECT id, created_at FROM pipelines");
        if let Some(cursor) = &cursor {
            let key = sql.bind(cursor.key.clone().into());
            let id = sql.bind(Value::Text(cursor.id.clone()));
            sql.push(&format!(
                " WHERE (created_at > {key} OR (created_at = {key} AND id > {id}))"
            ));
        }
        let limit = sql.bind(Value::Int(query.limit + 1));
        sql.push(&format!(" ORDER BY created_at, id LIMIT {limit}"));
        let text = format!(
            "SELECT {JOINED_COLUMNS} FROM ({}) page JOIN pipelines p ON p.id = page.id \
             JOIN stages s ON s.pipeline_id = p.id ORDER BY p.created_at, p.id, s.position, s.id",
            sql.text()
        );
        let rows: Vec<PipelineStageRow> = sqlx::query_as_with(&text, sql.arguments())
            .fetch_all(self.pool())
            .await?;
        Ok(Page::from_rows(group(rows)?, query.limit, |record| {
            Cursor {
                sort: SORT.to_owned(),
                key: Key::Int(record.created_at),
                id: record.id.clone(),
            }
        }))
    }
}
