//! The stages of a pipeline: created, changed, removed; each change written as the difference
//! between the stages before and after.

use sqlx::AnyConnection;

use crate::domain::pipeline::{Stage, StageDefinition, StagePatch, Stages};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::Store;

use super::{claim, foreign_key_violation, insert_stage, stages_of, PipelineRecord, PipelineRow};

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

impl Store {
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
