//! Creating, changing and deleting pipelines, and moving the default between them.

use crate::domain::pipeline::{self, DefaultChange, Stage, Stages};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, unique_violation, Store};

use super::{
    claim, foreign_key_violation, insert_stage, stages_of, PipelineFields, PipelinePatch,
    PipelineRecord, PipelineRow, PIPELINE_COLUMNS,
};

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
}
