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

use super::page::{Cursor, Key, Page};
use super::sql::{Sql, Value};
use super::tx::{AuditAction, ResourceKind, Tx};
use super::{now_micros, unique_violation, Store};
use crate::domain::opportunity::Status;
use crate::domain::pipeline::{
    self, DefaultChange, ForecastCategory, Probability, Stage, StageDefinition, StagePatch, Stages,
};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;

/// The columns of a pipeline row, `is_default` as 0 or 1 (see the module doc).
const PIPELINE_COLUMNS: &str =
    "id, name, CASE WHEN is_default THEN 1 ELSE 0 END AS is_default, created_at, updated_at, version";

/// A pipeline joined with its stages, one row per stage: the columns of [`PipelineStageRow`].
const JOINED_COLUMNS: &str = "p.id AS pipeline_id, p.name AS pipeline_name, \
     CASE WHEN p.is_default THEN 1 ELSE 0 END AS is_default, p.created_at, p.updated_at, p.version, \
     s.id AS stage_id, s.name AS stage_name, s.probability, s.kind, s.forecast_category";

/// The sort of the pipeline list: oldest first, so the seeded default leads a fresh list.
const SORT: &str = "created_at";

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

fn not_found(id: &str) -> AppError {
    AppError::NotFound(format!("There is no pipeline {id}."))
}

/// Two requests moved the default at once; the unique index kept one default and refused this one.
fn default_taken(error: sqlx::Error) -> AppError {
    if unique_violation(&error) {
        AppError::conflict(
            "default_pipeline_changed",
            "Another request changed the default pipeline at the same time. Read the pipelines again and retry.",
        )
    } else {
        error.into()
    }
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

/// Writes the difference between the stored stages `before` and `after`: deletes, inserts, and
/// updates of the stages whose fields or positions changed.
async fn write_stages(
    conn: &mut AnyConnection,
    pipeline_id: &str,
    before: &Stages,
    after: &Stages,
) -> Result<(), AppError> {
    for (_, stage) in before.positioned() {
        if after.find(&stage.id).is_err() {
            sqlx::query("DELETE FROM stages WHERE id = $1")
                .bind(&stage.id)
                .execute(&mut *conn)
                .await
                .map_err(|error| {
                    if foreign_key_violation(&error) {
                        stage_in_use(&stage.name)
                    } else {
                        error.into()
                    }
                })?;
        }
    }
    let old_positions: std::collections::HashMap<&str, (usize, &Stage)> = before
        .positioned()
        .map(|(position, stage)| (stage.id.as_str(), (position, stage)))
        .collect();
    for (position, stage) in after.positioned() {
        match old_positions.get(stage.id.as_str()) {
            None => insert_stage(conn, pipeline_id, position, stage).await?,
            Some((old_position, old)) if *old_position != position || *old != stage => {
                sqlx::query(
                    "UPDATE stages SET name = $1, position = $2, probability = $3, kind = $4, forecast_category = $5 \
                     WHERE id = $6",
                )
                .bind(&stage.name)
                .bind(i64::try_from(position).unwrap_or(i64::MAX))
                .bind(i64::from(stage.probability.percent()))
                .bind(stage.kind.as_str())
                .bind(stage.forecast_category.as_str())
                .bind(&stage.id)
                .execute(&mut *conn)
                .await?;
            }
            Some(_) => {}
        }
    }
    Ok(())
}

fn stage_in_use(name: &str) -> AppError {
    AppError::conflict(
        "stage_in_use",
        format!("Opportunities are in the stage \"{name}\" (deleted ones count: they can be restored). Move them first."),
    )
}

/// Opportunities in a stage, deleted ones included: a restored opportunity returns to its stage.
async fn opportunities_in_stage(conn: &mut AnyConnection, stage_id: &str) -> Result<i64, AppError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM opportunities WHERE stage_id = $1")
            .bind(stage_id)
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// Clears the flag of the current default unless it is `except` (bumping its version) and audits
/// that change, so that the caller can make `except` the one default.
async fn clear_default(tx: &mut Tx<'_>, except: &str) -> Result<(), AppError> {
    let previous: Vec<String> = sqlx::query_scalar(
        "UPDATE pipelines SET is_default = $1, version = version + 1, updated_at = $2 \
         WHERE is_default AND id <> $3 RETURNING id",
    )
    .bind(false)
    .bind(now_micros())
    .bind(except)
    .fetch_all(tx.conn())
    .await?;
    for id in previous {
        tx.audit(
            AuditAction::Update,
            ResourceKind::Pipeline,
            &id,
            ["is_default"],
        );
    }
    Ok(())
}

impl Store {
    /// Creates a pipeline with its stages; `is_default` moves the default to it in the same transaction.
    #[tracing::instrument(skip_all)]
    pub async fn create_pipeline(
        &self,
        actor: &Actor,
        fields: PipelineFields,
    ) -> Result<PipelineRecord, AppError> {
        let stages = Stages::new(
            fields
                .stages
                .iter()
                .cloned()
                .map(|definition| Stage::new(uuid::Uuid::new_v4().to_string(), definition))
                .collect(),
        )?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_micros();
        self.write(actor, |tx| {
            let stages = stages.clone();
            let id = id.clone();
            let fields = fields.clone();
            Box::pin(async move {
                if fields.is_default {
                    clear_default(tx, &id).await?;
                }
                let row: PipelineRow = sqlx::query_as(&format!(
                    "INSERT INTO pipelines (id, name, is_default, created_at, updated_at, version) \
                     VALUES ($1, $2, $3, $4, $4, 1) RETURNING {PIPELINE_COLUMNS}"
                ))
                .bind(&id)
                .bind(&fields.name)
                .bind(fields.is_default)
                .bind(now)
                .fetch_one(tx.conn())
                .await
                .map_err(default_taken)?;
                for (position, stage) in stages.positioned() {
                    insert_stage(tx.conn(), &id, position, stage).await?;
                }
                tx.audit(
                    AuditAction::Create,
                    ResourceKind::Pipeline,
                    &id,
                    ["name", "is_default", "stages"],
                );
                Ok(row.with_stages(stages))
            })
        })
        .await
    }

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

    /// Renames a pipeline or makes it the default (the previous default stops being one).
    #[tracing::instrument(skip_all, fields(pipeline_id = %id))]
    pub async fn update_pipeline(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
        patch: PipelinePatch,
    ) -> Result<PipelineRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let current = claim(tx.conn(), id).await?;
                precondition.check(current.version_before(), "pipeline")?;
                let change = pipeline::default_change(current.is_default != 0, patch.is_default)?;
                if change == DefaultChange::MakeDefault {
                    clear_default(tx, id).await?;
                }
                let changed = patch.fields();
                let row: PipelineRow = sqlx::query_as(&format!(
                    "UPDATE pipelines SET name = $1, is_default = $2 WHERE id = $3 RETURNING {PIPELINE_COLUMNS}"
                ))
                .bind(patch.name.as_deref().unwrap_or(&current.name))
                .bind(current.is_default != 0 || change == DefaultChange::MakeDefault)
                .bind(id)
                .fetch_one(tx.conn())
                .await
                .map_err(default_taken)?;
                let stages = stages_of(tx.conn(), id).await?;
                tx.audit(AuditAction::Update, ResourceKind::Pipeline, id, changed);
                Ok(row.with_stages(stages))
            })
        })
        .await
    }

    /// Deletes a pipeline and its stages: never the default, never one that any opportunity
    /// (deleted ones included, as they can be restored) is in.
    #[tracing::instrument(skip_all, fields(pipeline_id = %id))]
    pub async fn delete_pipeline(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let current = claim(tx.conn(), id).await?;
                precondition.check(current.version_before(), "pipeline")?;
                pipeline::ensure_deletable(current.is_default != 0)?;
                let opportunities: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM opportunities WHERE pipeline_id = $1")
                        .bind(id)
                        .fetch_one(tx.conn())
                        .await?;
                let in_use = || {
                    AppError::conflict(
                        "pipeline_in_use",
                        "Opportunities are in this pipeline (deleted ones count: they can be restored). Move or purge them first.",
                    )
                };
                if opportunities > 0 {
                    return Err(in_use());
                }
                for statement in [
                    "DELETE FROM stages WHERE pipeline_id = $1",
                    "DELETE FROM pipelines WHERE id = $1",
                ] {
                    sqlx::query(statement)
                        .bind(id)
                        .execute(tx.conn())
                        .await
                        .map_err(|error| {
                            if foreign_key_violation(&error) {
                                in_use()
                            } else {
                                error.into()
                            }
                        })?;
                }
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::Pipeline,
                    id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

    /// Inserts a stage at `position` (appended when absent or beyond the end).
    #[tracing::instrument(skip_all, fields(pipeline_id = %pipeline_id))]
    pub async fn create_stage(
        &self,
        actor: &Actor,
        pipeline_id: &str,
        precondition: Precondition,
        definition: StageDefinition,
        position: Option<u32>,
    ) -> Result<PipelineRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let definition = definition.clone();
            Box::pin(async move {
                let current = claim(tx.conn(), pipeline_id).await?;
                precondition.check(current.version_before(), "pipeline")?;
                let before = stages_of(tx.conn(), pipeline_id).await?;
                let stage = Stage::new(uuid::Uuid::new_v4().to_string(), definition);
                let after = before.clone().insert(stage, position)?;
                self.finish_stage_change(tx, current, before, after, vec!["stages".to_owned()])
                    .await
            })
        })
        .await
    }

    /// Changes a stage. Its kind cannot change while opportunities (deleted ones included) are in it.
    #[tracing::instrument(skip_all, fields(pipeline_id = %pipeline_id, stage_id = %stage_id))]
    pub async fn update_stage(
        &self,
        actor: &Actor,
        pipeline_id: &str,
        stage_id: &str,
        precondition: Precondition,
        patch: StagePatch,
    ) -> Result<PipelineRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let current = claim(tx.conn(), pipeline_id).await?;
                let before = stages_of(tx.conn(), pipeline_id).await?;
                let stage = before.find(stage_id)?;
                precondition.check(current.version_before(), "pipeline")?;
                if patch.changes_kind_of(stage) && opportunities_in_stage(tx.conn(), stage_id).await? > 0 {
                    return Err(AppError::conflict(
                        "stage_in_use",
                        format!(
                            "Opportunities are in the stage \"{}\" (deleted ones count: they can be restored), so its kind cannot change. Move them first.",
                            stage.name
                        ),
                    ));
                }
                let changed = patch
                    .fields()
                    .into_iter()
                    .map(|field| format!("stages.{field}"))
                    .collect();
                let after = before.clone().update(stage_id, patch)?;
                self.finish_stage_change(tx, current, before, after, changed)
                    .await
            })
        })
        .await
    }

    /// Removes a stage no opportunity (deleted ones included) is in, unless it is the last of its kind.
    #[tracing::instrument(skip_all, fields(pipeline_id = %pipeline_id, stage_id = %stage_id))]
    pub async fn delete_stage(
        &self,
        actor: &Actor,
        pipeline_id: &str,
        stage_id: &str,
        precondition: Precondition,
    ) -> Result<PipelineRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let current = claim(tx.conn(), pipeline_id).await?;
                let before = stages_of(tx.conn(), pipeline_id).await?;
                let stage = before.find(stage_id)?;
                precondition.check(current.version_before(), "pipeline")?;
                if opportunities_in_stage(tx.conn(), stage_id).await? > 0 {
                    return Err(stage_in_use(&stage.name));
                }
                let after = before.clone().remove(stage_id)?;
                self.finish_stage_change(tx, current, before, after, vec!["stages".to_owned()])
                    .await
            })
        })
        .await
    }

    /// Writes a stage change of a claimed pipeline, audits it and commits; returns the pipeline.
    async fn finish_stage_change(
        &self,
        tx: &mut Tx<'_>,
        claimed: PipelineRow,
        before: Stages,
        after: Stages,
        changed: Vec<String>,
    ) -> Result<PipelineRecord, AppError> {
        write_stages(tx.conn(), &claimed.id, &before, &after).await?;
        tx.audit(
            AuditAction::Update,
            ResourceKind::Pipeline,
            &claimed.id,
            changed,
        );
        Ok(claimed.with_stages(after))
    }
}
