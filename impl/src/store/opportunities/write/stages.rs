//! Stages: the stages of a pipeline, where a new opportunity goes, and the stage history.

use crate::domain::money::Money;
use crate::domain::opportunity::{Lifecycle, Stage, Status};
use crate::error::AppError;
use crate::store::tx::Tx;
use crate::store::Backend;

const STAGE_COLUMNS: &str = "id, pipeline_id, name, position, probability, kind";

#[derive(sqlx::FromRow)]
struct StageRow {
    id: String,
    pipeline_id: String,
    name: String,
    position: i64,
    probability: i64,
    kind: String,
}

impl From<StageRow> for Stage {
    fn from(row: StageRow) -> Stage {
        Stage {
            id: row.id,
            pipeline_id: row.pipeline_id,
            name: row.name,
            position: row.position,
            probability: row.probability,
            kind: Status::parse(&row.kind).unwrap_or(Status::Open),
        }
    }
}

/// The stages of `pipeline_id` plus, when it is elsewhere, the stage `extra_stage_id`.
pub(super) async fn stages(
    tx: &mut Tx<'_>,
    pipeline_id: &str,
    extra_stage_id: Option<&str>,
) -> Result<Vec<Stage>, AppError> {
    let rows: Vec<StageRow> = sqlx::query_as(&format!(
        "SELECT {STAGE_COLUMNS} FROM stages WHERE pipeline_id = $1 OR id = $2 ORDER BY position"
    ))
    .bind(pipeline_id)
    .bind(extra_stage_id.unwrap_or_default())
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(Stage::from).collect())
}

/// Where a new opportunity goes, read in one round trip: whether its account exists, and its
/// pipeline (the one named, or the default) with that pipeline's stages in order.
pub(super) struct Placement {
    pub(super) account_found: bool,
    /// `None` when the named pipeline does not exist.
    pub(super) pipeline: Option<(String, Vec<Stage>)>,
}

#[derive(sqlx::FromRow)]
struct PlacementRow {
    account_found: i64,
    chosen_pipeline_id: Option<String>,
    id: Option<String>,
    pipeline_id: Option<String>,
    name: Option<String>,
    position: Option<i64>,
    probability: Option<i64>,
    kind: Option<String>,
}

pub(super) async fn placement(
    tx: &mut Tx<'_>,
    account_id: &str,
    pipeline_id: Option<&str>,
) -> Result<Placement, AppError> {
    let rows: Vec<PlacementRow> = sqlx::query_as(
        "SELECT CAST(CASE WHEN EXISTS (SELECT 1 FROM accounts WHERE id = $1 AND deleted_at IS NULL) \
         THEN 1 ELSE 0 END AS BIGINT) AS account_found, p.id AS chosen_pipeline_id, \
         s.id, s.pipeline_id, s.name, s.position, s.probability, s.kind \
         FROM (SELECT 1 AS one) AS base \
         LEFT JOIN pipelines p ON p.id = COALESCE($2, (SELECT id FROM pipelines WHERE is_default)) \
         LEFT JOIN stages s ON s.pipeline_id = p.id \
         ORDER BY s.position",
    )
    .bind(account_id)
    .bind(pipeline_id)
    .fetch_all(tx.conn())
    .await?;
    let account_found = rows.first().is_some_and(|row| row.account_found == 1);
    let chosen = rows.first().and_then(|row| row.chosen_pipeline_id.clone());
    let pipeline = match chosen {
        None if pipeline_id.is_none() => {
            return Err(AppError::Internal(anyhow::anyhow!(
                "there is no default pipeline"
            )))
        }
        None => None,
        Some(chosen) => {
            let stages = rows
                .into_iter()
                .filter_map(|row| {
                    Some(Stage::from(StageRow {
                        id: row.id?,
                        pipeline_id: row.pipeline_id?,
                        name: row.name?,
                        position: row.position?,
                        probability: row.probability?,
                        kind: row.kind?,
                    }))
                })
                .collect();
            Some((chosen, stages))
        }
    };
    Ok(Placement {
        account_found,
        pipeline,
    })
}

/// Opens the stage history of an opportunity with its first stage, or records a move: the open
/// period is closed and a new one begins.
#[allow(clippy::too_many_arguments)]
pub(super) async fn record_stage(
    tx: &mut Tx<'_>,
    opportunity_id: &str,
    stage: &Stage,
    lifecycle: &Lifecycle,
    amount: Money,
    previous: Option<(&str, i64)>,
    now: i64,
) -> Result<(), AppError> {
    const CLOSE: &str =
        "UPDATE stage_history SET exited_at = $10 WHERE opportunity_id = $2 AND exited_at IS NULL";
    const OPEN: &str = "INSERT INTO stage_history (id, opportunity_id, pipeline_id, stage_id, stage_name, status, probability, amount_e4, currency, \
         entered_at, exited_at, changed_by, previous_stage_id, previous_probability) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11, $12, $13)";
    // A new opportunity (no previous stage) has no open period to close. On PostgreSQL the close
    // and the open are one statement (the WITH's update cannot see the row the insert adds); SQLite
    // has no data-modifying WITH.
    let sql = match previous {
        None => OPEN.to_owned(),
        Some(_) if tx.backend() == Backend::Postgres => {
            format!("WITH closed AS ({CLOSE}) {OPEN}")
        }
        Some(_) => {
            sqlx::query(
                "UPDATE stage_history SET exited_at = $1 WHERE opportunity_id = $2 AND exited_at IS NULL",
            )
            .bind(now)
            .bind(opportunity_id)
            .execute(tx.conn())
            .await?;
            OPEN.to_owned()
        }
    };
    let changed_by = tx.actor().subject.clone();
    sqlx::query(&sql)
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(opportunity_id)
        .bind(&stage.pipeline_id)
        .bind(&stage.id)
        .bind(&stage.name)
        .bind(lifecycle.status.as_str())
        .bind(lifecycle.probability)
        .bind(amount.e4())
        .bind(amount.currency().code())
        .bind(now)
        .bind(changed_by)
        .bind(previous.map(|(stage_id, _)| stage_id.to_owned()))
        .bind(previous.map(|(_, probability)| probability))
        .execute(tx.conn())
        .await?;
    Ok(())
}
