//! Opportunities: create, read, update, delete, batches, upsert by external id and lists; the
//! lifecycle actions (win, lose, reopen, move) are in `opportunities/lifecycle.rs`, line items,
//! notes and stage history in `opportunities/items.rs`. Rules live in `domain::opportunity`;
//! writes in `store::opportunities`.

use opportunity_api::models;
use opportunity_api::{
    BatchCreateOpportunitiesResponse, BatchUpdateOpportunitiesResponse, CreateOpportunityResponse,
    DeleteOpportunityResponse, GetOpportunityResponse, ListOpportunitiesResponse,
    PurgeOpportunityResponse, RestoreOpportunityResponse, UpdateOpportunityResponse,
    UpsertOpportunityByExternalIdResponse,
};
use swagger::ApiError;

use super::opportunity_model::opportunity;
use super::{actor, finish, patched, tags, ApiImpl};
use crate::domain::{etag, not_modified, Precondition};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::opportunities::write::{OpportunityInput, OpportunityPatch};
use crate::store::opportunities::{ContactRole, OpportunityRecord};

use items::line_input;

mod items;
mod lifecycle;

pub(super) use items::{
    create_line_item, create_note, delete_line_item, delete_note, list_line_items, list_notes,
    list_stage_history, note, update_line_item,
};
pub(super) use lifecycle::{
    lose_opportunity, move_opportunity_stage, reopen_opportunity, win_opportunity,
};

fn roles(assignments: Option<Vec<models::ContactRoleAssignment>>) -> Vec<ContactRole> {
    assignments
        .unwrap_or_default()
        .into_iter()
        .map(|assignment| ContactRole {
            contact_id: assignment.contact_id.to_string(),
            role: assignment.role.to_string(),
        })
        .collect()
}

fn date(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn create_input(create: models::OpportunityCreate) -> OpportunityInput {
    OpportunityInput {
        name: create.name,
        account_id: create.account_id.to_string(),
        primary_contact_id: create.primary_contact_id.map(|id| id.to_string()),
        contact_roles: roles(create.contact_roles),
        owner_id: create.owner_id,
        pipeline_id: create.pipeline_id.map(|id| id.to_string()),
        stage_id: create.stage_id.map(|id| id.to_string()),
        amount: create.amount,
        currency: create.currency,
        probability: create.probability.map(i64::from),
        expected_close_date: create.expected_close_date.map(date),
        next_step: create.next_step,
        source: create.source,
        description: create.description,
        tags: create.tags.map(tags).unwrap_or_default(),
        external_id: create.external_id,
        line_items: create
            .line_items
            .unwrap_or_default()
            .into_iter()
            .map(line_input)
            .collect(),
    }
}

fn patch_input(patch: models::OpportunityPatch) -> OpportunityPatch {
    OpportunityPatch {
        name: patch.name,
        account_id: patch.account_id.map(|id| id.to_string()),
        primary_contact_id: patched(patch.primary_contact_id).map(|id| id.map(|id| id.to_string())),
        contact_roles: patch
            .contact_roles
            .map(|assignments| roles(Some(assignments))),
        owner_id: patch.owner_id,
        amount: patch.amount,
        currency: patch.currency,
        probability: patch.probability.map(i64::from),
        expected_close_date: patched(patch.expected_close_date).map(|day| day.map(date)),
        next_step: patched(patch.next_step),
        source: patched(patch.source),
        description: patched(patch.description),
        tags: patch.tags.map(tags),
        external_id: patched(patch.external_id),
    }
}

fn ok_with_etag(record: OpportunityRecord) -> Result<(String, models::Opportunity), AppError> {
    Ok((etag(record.version), opportunity(record)?))
}

pub(super) async fn batch_create_opportunities(
    api: &ApiImpl,
    batch: models::OpportunityBatchCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<BatchCreateOpportunitiesResponse, ApiError> {
    let outcome = async {
        let items = batch.items.into_iter().map(create_input).collect();
        let records = api
            .store()
            .batch_create_opportunities(&actor(context)?, items)
            .await?;
        Ok(BatchCreateOpportunitiesResponse::Ok(batch_result(
            records,
            models::BatchOutcome::Created,
        )?))
    }
    .await;
    finish(
        context,
        outcome,
        BatchCreateOpportunitiesResponse::from_problem,
    )
}

fn batch_result(
    records: Vec<OpportunityRecord>,
    outcome: models::BatchOutcome,
) -> Result<models::OpportunityBatchResult, AppError> {
    Ok(models::OpportunityBatchResult {
        // A batch holds at most 100 items: its indexes count from 0 as the contract's int32.
        items: (0..)
            .zip(records)
            .map(|(index, record)| {
                let (etag, opportunity) = ok_with_etag(record)?;
                Ok(models::OpportunityBatchItemResult {
                    index,
                    outcome,
                    etag,
                    opportunity,
                })
            })
            .collect::<Result<_, AppError>>()?,
    })
}

pub(super) async fn batch_update_opportunities(
    api: &ApiImpl,
    batch: models::OpportunityBatchUpdate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<BatchUpdateOpportunitiesResponse, ApiError> {
    let outcome = async {
        let mut items = Vec::with_capacity(batch.items.len());
        for (index, item) in batch.items.into_iter().enumerate() {
            let precondition = Precondition::required(Some(&item.if_match)).map_err(|error| {
                AppError::Validation(error.field_errors_under(&format!("/items/{index}/if_match")))
            })?;
            items.push((item.id.to_string(), precondition, patch_input(item.patch)));
        }
        let records = api
            .store()
            .batch_update_opportunities(&actor(context)?, items)
            .await?;
        Ok(BatchUpdateOpportunitiesResponse::Ok(batch_result(
            records,
            models::BatchOutcome::Updated,
        )?))
    }
    .await;
    finish(
        context,
        outcome,
        BatchUpdateOpportunitiesResponse::from_problem,
    )
}

pub(super) async fn create_opportunity(
    api: &ApiImpl,
    opportunity_create: models::OpportunityCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateOpportunityResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .create_opportunity(&actor(context)?, create_input(opportunity_create))
            .await?;
        let location = format!("/v1/opportunities/{}", record.id);
        let (e_tag, body) = ok_with_etag(record)?;
        Ok(CreateOpportunityResponse::Created {
            body,
            e_tag,
            location,
        })
    }
    .await;
    finish(context, outcome, CreateOpportunityResponse::from_problem)
}

/// One page of opportunities: the contract's filters and sort as a store query.
#[allow(clippy::too_many_arguments)] // one per query parameter of the generated trait
pub(super) async fn list_opportunities(
    api: &ApiImpl,
    limit: Option<u32>,
    cursor: Option<String>,
    q: Option<String>,
    updated_since: Option<chrono::DateTime<chrono::Utc>>,
    status: Option<&Vec<models::OpportunityStatus>>,
    pipeline_id: Option<uuid::Uuid>,
    stage_id: Option<uuid::Uuid>,
    owner_id: Option<String>,
    account_id: Option<uuid::Uuid>,
    currency: Option<String>,
    close_date_from: Option<chrono::naive::NaiveDate>,
    close_date_to: Option<chrono::naive::NaiveDate>,
    amount_min: Option<String>,
    amount_max: Option<String>,
    sort: Option<models::OpportunitySort>,
    context: &RequestContext,
) -> Result<ListOpportunitiesResponse, ApiError> {
    use crate::domain::money::{parse_scaled, SCALE};
    use crate::domain::opportunity::Status;
    use crate::error::{AppError, FieldError};
    use crate::store::opportunities::list::{
        OpportunityFilter, OpportunityOrder, OpportunityQuery, OpportunitySortKey as Key,
    };
    use models::OpportunitySort as Sort;

    let outcome = async {
        let amount = |text: Option<String>, name: &str| {
            text.map(|text| {
                parse_scaled(&text, SCALE.ilog10()).ok_or_else(|| {
                    AppError::InvalidParameters(vec![FieldError::new(
                        format!("/query/{name}"),
                        "invalid",
                        "is not a decimal amount",
                    )])
                })
            })
            .transpose()
        };
        let day = |date: chrono::NaiveDate| date.format("%Y-%m-%d").to_string();
        let (key, descending) = match sort.unwrap_or(Sort::CreatedAtDesc) {
            Sort::NameAsc => (Key::Name, false),
            Sort::NameDesc => (Key::Name, true),
            Sort::CreatedAtAsc => (Key::CreatedAt, false),
            Sort::CreatedAtDesc => (Key::CreatedAt, true),
            Sort::UpdatedAtAsc => (Key::UpdatedAt, false),
            Sort::UpdatedAtDesc => (Key::UpdatedAt, true),
            Sort::ExpectedCloseDateAsc => (Key::ExpectedCloseDate, false),
            Sort::ExpectedCloseDateDesc => (Key::ExpectedCloseDate, true),
            Sort::AmountAsc => (Key::Amount, false),
            Sort::AmountDesc => (Key::Amount, true),
        };
        let statuses: Vec<Status> = status
            .into_iter()
            .flatten()
            .map(|status| match status {
                models::OpportunityStatus::Open => Status::Open,
                models::OpportunityStatus::Won => Status::Won,
                models::OpportunityStatus::Lost => Status::Lost,
            })
            .collect();
        let filter = OpportunityFilter {
            statuses,
            pipeline_id: pipeline_id.map(|id| id.to_string()),
            stage_id: stage_id.map(|id| id.to_string()),
            owner_id,
            account_id: account_id.map(|id| id.to_string()),
            currency,
            close_date_from: close_date_from.map(day),
            close_date_to: close_date_to.map(day),
            amount_min_e4: amount(amount_min, "amount_min")?,
            amount_max_e4: amount(amount_max, "amount_max")?,
            updated_since: updated_since.as_ref().map(crate::store::from_datetime),
            text: q,
        };
        let page = api
            .store()
            .list_opportunities(OpportunityQuery {
                limit: crate::store::page::limit(limit),
                cursor,
                filter,
                order: OpportunityOrder { key, descending },
            })
            .await?;
        Ok(ListOpportunitiesResponse::Ok(models::OpportunityPage {
            data: page
                .rows
                .into_iter()
                .map(super::opportunity_model::opportunity)
                .collect::<Result<_, _>>()?,
            next_cursor: super::nullable(page.next_cursor),
        }))
    }
    .await;
    super::finish(context, outcome, ListOpportunitiesResponse::from_problem)
}

pub(super) async fn delete_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeleteOpportunityResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        api.store()
            .delete_opportunity(&actor(context)?, &opportunity_id.to_string(), precondition)
            .await?;
        Ok(DeleteOpportunityResponse::NoContent)
    }
    .await;
    finish(context, outcome, DeleteOpportunityResponse::from_problem)
}

pub(super) async fn get_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetOpportunityResponse, ApiError> {
    let outcome = async {
        let record = api.store().opportunity(&opportunity_id.to_string()).await?;
        if not_modified(if_none_match.as_deref(), record.version) {
            return Ok(GetOpportunityResponse::NotModified {
                e_tag: etag(record.version),
            });
        }
        let (e_tag, body) = ok_with_etag(record)?;
        Ok(GetOpportunityResponse::Ok { body, e_tag })
    }
    .await;
    finish(context, outcome, GetOpportunityResponse::from_problem)
}

pub(super) async fn purge_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<PurgeOpportunityResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        api.store()
            .purge_opportunity(&actor(context)?, &opportunity_id.to_string(), precondition)
            .await?;
        Ok(PurgeOpportunityResponse::NoContent)
    }
    .await;
    finish(context, outcome, PurgeOpportunityResponse::from_problem)
}

pub(super) async fn restore_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    _idempotency_key: Option<String>,
    if_match: Option<String>,
    context: &RequestContext,
) -> Result<RestoreOpportunityResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::optional(if_match.as_deref());
        let record = api
            .store()
            .restore_opportunity(&actor(context)?, &opportunity_id.to_string(), precondition)
            .await?;
        let (e_tag, body) = ok_with_etag(record)?;
        Ok(RestoreOpportunityResponse::Ok { body, e_tag })
    }
    .await;
    finish(context, outcome, RestoreOpportunityResponse::from_problem)
}

pub(super) async fn update_opportunity(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    opportunity_patch: models::OpportunityPatch,
    context: &RequestContext,
) -> Result<UpdateOpportunityResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let record = api
            .store()
            .update_opportunity(
                &actor(context)?,
                &opportunity_id.to_string(),
                precondition,
                patch_input(opportunity_patch),
            )
            .await?;
        let (e_tag, body) = ok_with_etag(record)?;
        Ok(UpdateOpportunityResponse::Ok { body, e_tag })
    }
    .await;
    finish(context, outcome, UpdateOpportunityResponse::from_problem)
}

pub(super) async fn upsert_opportunity_by_external_id(
    api: &ApiImpl,
    external_id: String,
    upsert: models::OpportunityUpsert,
    if_match: Option<String>,
    context: &RequestContext,
) -> Result<UpsertOpportunityByExternalIdResponse, ApiError> {
    let outcome = async {
        let precondition = if_match.as_deref().map(Precondition::from_if_match);
        let input = OpportunityInput {
            name: upsert.name,
            account_id: upsert.account_id.to_string(),
            primary_contact_id: upsert.primary_contact_id.map(|id| id.to_string()),
            contact_roles: roles(upsert.contact_roles),
            owner_id: upsert.owner_id,
            pipeline_id: upsert.pipeline_id.map(|id| id.to_string()),
            stage_id: None,
            amount: upsert.amount,
            currency: upsert.currency,
            probability: upsert.probability.map(i64::from),
            expected_close_date: upsert.expected_close_date.map(date),
            next_step: upsert.next_step,
            source: upsert.source,
            description: upsert.description,
            tags: upsert.tags.map(tags).unwrap_or_default(),
            external_id: None,
            line_items: Vec::new(),
        };
        let (record, created) = api
            .store()
            .upsert_opportunity(&actor(context)?, &external_id, precondition, input)
            .await?;
        let location = format!("/v1/opportunities/{}", record.id);
        let (e_tag, body) = ok_with_etag(record)?;
        Ok(if created {
            UpsertOpportunityByExternalIdResponse::Created {
                body,
                e_tag,
                location,
            }
        } else {
            UpsertOpportunityByExternalIdResponse::Ok { body, e_tag }
        })
    }
    .await;
    finish(
        context,
        outcome,
        UpsertOpportunityByExternalIdResponse::from_problem,
    )
}
