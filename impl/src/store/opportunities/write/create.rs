//! Creating an opportunity: its row, contact links, line items and first stage.

use crate::domain::money::{Currency, Money};
use crate::domain::opportunity::{AmountSource, Lifecycle, Status};
use crate::domain::Actor;
use crate::error::AppError;
use crate::store::opportunities::items::{insert_lines, price_line};
use crate::store::opportunities::{OpportunityRecord, COLUMNS};
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, Store};

use super::checks::external_id_taken;
use super::links::{ensure_contacts, link_contacts, unknown_account};
use super::stages::{placement, record_stage};
use super::OpportunityInput;

/// Creates one opportunity inside `tx`: the row, its contact links, line items and first stage.
pub(crate) async fn insert(
    tx: &mut Tx<'_>,
    input: OpportunityInput,
) -> Result<OpportunityRecord, AppError> {
    let actor = tx.actor().clone();
    let owner_id = input
        .owner_id
        .clone()
        .unwrap_or_else(|| actor.subject.clone());
    if owner_id != actor.subject && !actor.is_admin {
        return Err(AppError::Forbidden(
            "Only an Admin may create an opportunity for another owner.".to_owned(),
        ));
    }
    let currency = Currency::parse_field(&input.currency, "/currency")?;
    if input.amount.is_some() && !input.line_items.is_empty() {
        return Err(AppError::rule_at(
            "amount_derived_from_line_items",
            "/amount",
            "With line_items the amount is their sum; do not send amount.",
        ));
    }
    let lines = input
        .line_items
        .iter()
        .enumerate()
        .map(|(index, line)| price_line(line, currency, &format!("/line_items/{index}")))
        .collect::<Result<Vec<_>, _>>()?;
    let (amount, amount_source) = if lines.is_empty() {
        let amount = match &input.amount {
            Some(amount) => Money::parse(amount, currency, "/amount")?,
            None => Money::zero(currency),
        };
        (amount, AmountSource::Manual)
    } else {
        // Up to 100 lines of up to the largest amount each: more than an i64 holds, so add checked.
        let total = lines
            .iter()
            .try_fold(0_i64, |sum, line| sum.checked_add(line.total_e4))
            .filter(|total| *total <= crate::domain::opportunity::MAX_AMOUNT_E4)
            .ok_or_else(|| {
                AppError::rule_at(
                    "amount_too_large",
                    "/line_items",
                    "The line items add up to more than the largest amount.",
                )
            })?;
        (Money::from_e4(total, currency), AmountSource::LineItems)
    };
    let placement = placement(tx, &input.account_id, input.pipeline_id.as_deref()).await?;
    if !placement.account_found {
        return Err(unknown_account(&input.account_id));
    }
    ensure_contacts(
        tx,
        &input.account_id,
        input.primary_contact_id.as_deref(),
        &input.contact_roles,
    )
    .await?;
    let Some((pipeline_id, stages)) = placement.pipeline else {
        let id = input.pipeline_id.as_deref().unwrap_or_default();
        return Err(AppError::rule_at(
            "unknown_pipeline",
            "/pipeline_id",
            format!("There is no pipeline {id}."),
        ));
    };
    let stage = match &input.stage_id {
        Some(id) => stages
            .iter()
            .find(|stage| &stage.id == id && stage.pipeline_id == pipeline_id)
            .cloned()
            .ok_or_else(|| {
                AppError::rule_at(
                    "stage_not_in_pipeline",
                    "/stage_id",
                    "The stage is not a stage of the pipeline.",
                )
            })?,
        None => stages
            .iter()
            .filter(|stage| stage.kind == Status::Open)
            .min_by_key(|stage| stage.position)
            .cloned()
            .ok_or_else(|| {
                AppError::conflict(
                    "pipeline_has_no_such_stage",
                    "The pipeline has no open stage.",
                )
            })?,
    };
    if stage.kind != Status::Open {
        return Err(AppError::rule_at(
            "stage_not_open",
            "/stage_id",
            "New opportunities start in an open stage; win or lose them afterwards.",
        ));
    }
    let lifecycle = Lifecycle {
        pipeline_id: pipeline_id.clone(),
        stage_id: stage.id.clone(),
        status: Status::Open,
        probability: input.probability.unwrap_or(stage.probability),
        closed_at: None,
        lost_reason: None,
    };
    let id = uuid::Uuid::new_v4().to_string();
    let now = now_micros();
    let record: OpportunityRecord = sqlx::query_as(&format!(
        "INSERT INTO opportunities ({COLUMNS}) VALUES \
         ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10, $11, $12, $13, NULL, NULL, $14, $15, $16, $17, $18, $19, $19, $19, 1) \
         RETURNING {COLUMNS}"
    ))
    .bind(&id)
    .bind(&input.name)
    .bind(&input.account_id)
    .bind(&input.primary_contact_id)
    .bind(serde_json::to_string(&input.contact_roles).unwrap_or_else(|_| "[]".to_owned()))
    .bind(&owner_id)
    .bind(&pipeline_id)
    .bind(&stage.id)
    .bind(amount.e4())
    .bind(currency.code())
    .bind(amount_source.as_str())
    .bind(lifecycle.probability)
    .bind(&input.expected_close_date)
    .bind(&input.next_step)
    .bind(&input.source)
    .bind(&input.description)
    .bind(serde_json::json!(input.tags).to_string())
    .bind(&input.external_id)
    .bind(now)
    .fetch_one(tx.conn())
    .await
    .map_err(external_id_taken)?;
    link_contacts(
        tx,
        &id,
        input.primary_contact_id.as_deref(),
        &input.contact_roles,
        true,
    )
    .await?;
    for line_id in insert_lines(tx, &id, &lines, now).await? {
        tx.audit(
            AuditAction::Create,
            ResourceKind::LineItem,
            &line_id,
            ["product", "quantity", "unit_price", "discount_percent"],
        );
    }
    record_stage(tx, &id, &stage, &lifecycle, amount, None, now).await?;
    tx.audit(
        AuditAction::Create,
        ResourceKind::Opportunity,
        &id,
        [
            "name",
            "account_id",
            "primary_contact_id",
            "contact_roles",
            "owner_id",
            "pipeline_id",
            "stage_id",
            "amount",
            "currency",
            "probability",
            "expected_close_date",
            "next_step",
            "source",
            "description",
            "tags",
            "external_id",
        ],
    );
    Ok(record)
}

impl Store {
    pub async fn create_opportunity(
        &self,
        actor: &Actor,
        input: OpportunityInput,
    ) -> Result<OpportunityRecord, AppError> {
        self.write(actor, |tx| {
            let input = input.clone();
            Box::pin(async move {
                let record = insert(tx, input).await?;
                Ok(record)
            })
        })
        .await
    }
}
