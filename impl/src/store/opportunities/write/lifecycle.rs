//! Win, lose, reopen or move: the stage transitions of an opportunity.

use crate::domain::money::Money;
use crate::domain::opportunity::{Lifecycle, Transition};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::opportunities::{OpportunityRecord, COLUMNS};
use crate::store::tx::{AuditAction, ResourceKind};
use crate::store::{now_micros, Store};

use super::checks::{changed_meanwhile, currency_of, load_for_change};
use super::stages::{record_stage, stages};

impl Store {
    /// Win, lose, reopen or move: the stage rules of [`crate::domain::opportunity::transition`],
    /// the opportunity row and its stage history written together.
    pub async fn transition_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
        request: Transition,
    ) -> Result<OpportunityRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let request = request.clone();
            Box::pin(async move {
                let current = load_for_change(tx, id, precondition).await?;
                let lifecycle = Lifecycle {
                    pipeline_id: current.pipeline_id.clone(),
                    stage_id: current.stage_id.clone(),
                    status: current.status,
                    probability: current.probability,
                    closed_at: current.closed_at,
                    lost_reason: current.lost_reason.clone(),
                };
                let target = match &request {
                    Transition::Move { stage_id, .. } => Some(stage_id.clone()),
                    Transition::Win { stage_id }
                    | Transition::Lose { stage_id, .. }
                    | Transition::Reopen { stage_id } => stage_id.clone(),
                };
                let all_stages = stages(tx, &current.pipeline_id, target.as_deref()).await?;
                let previous_open: Option<String> = if matches!(request, Transition::Reopen { .. }) {
                    sqlx::query_scalar(
                        "SELECT stage_id FROM stage_history WHERE opportunity_id = $1 AND status = 'open' \
                         ORDER BY entered_at DESC, id DESC LIMIT 1",
                    )
                    .bind(id)
                    .fetch_optional(tx.conn())
                    .await?
                } else {
                    None
                };
                let (action, fields): (AuditAction, &[&str]) = match &request {
                    Transition::Move { .. } => (
                        AuditAction::MoveStage,
                        &["stage_id", "pipeline_id", "probability"],
                    ),
                    Transition::Win { .. } => (
                        AuditAction::Win,
                        &[
                            "stage_id",
                            "status",
                            "probability",
                            "closed_at",
                            "lost_reason",
                        ],
                    ),
                    Transition::Lose { .. } => (
                        AuditAction::Lose,
                        &[
                            "stage_id",
                            "status",
                            "probability",
                            "closed_at",
                            "lost_reason",
                        ],
                    ),
                    Transition::Reopen { .. } => (
                        AuditAction::Reopen,
                        &[
                            "stage_id",
                            "status",
                            "probability",
                            "closed_at",
                            "lost_reason",
                        ],
                    ),
                };
                let now = now_micros();
                let moved = crate::domain::opportunity::transition(
                    &lifecycle,
                    request,
                    &all_stages,
                    actor.is_admin,
                    previous_open.as_deref(),
                    now,
                )?;
                if moved.lifecycle == lifecycle {
                    // A move to the stage it is in, with its probability: nothing to change.
                    tx.audit(action, ResourceKind::Opportunity, id, Vec::<String>::new());
                    return Ok(current);
                }
                let next = moved.lifecycle;
                let record: OpportunityRecord = sqlx::query_as(&format!(
                    "UPDATE opportunities SET pipeline_id = $1, stage_id = $2, status = $3, probability = $4, closed_at = $5, \
                     lost_reason = $6, stage_entered_at = CASE WHEN stage_id = $2 THEN stage_entered_at ELSE $7 END, \
                     updated_at = $7, version = version + 1 WHERE id = $8 AND version = $9 RETURNING {COLUMNS}"
                ))
                .bind(&next.pipeline_id)
                .bind(&next.stage_id)
                .bind(next.status.as_str())
                .bind(next.probability)
                .bind(next.closed_at)
                .bind(&next.lost_reason)
                .bind(now)
                .bind(id)
                .bind(current.version)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(changed_meanwhile)?;
                if next.stage_id != lifecycle.stage_id {
                    let currency = currency_of(&current)?;
                    record_stage(
                        tx,
                        id,
                        &moved.stage,
                        &next,
                        Money::from_e4(current.amount_e4, currency),
                        Some((&lifecycle.stage_id, lifecycle.probability)),
                        now,
                    )
                    .await?;
                }
                tx.audit(
                    action,
                    ResourceKind::Opportunity,
                    id,
                    fields.iter().copied(),
                );
                Ok(record)
            })
        })
        .await
    }
}
