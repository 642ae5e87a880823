//! Line items, notes and stage history of an opportunity.

use opportunity_api::models;
use opportunity_api::{
    CreateLineItemResponse, CreateNoteResponse, DeleteLineItemResponse, DeleteNoteResponse,
    ListLineItemsResponse, ListNotesResponse, ListStageHistoryResponse, UpdateLineItemResponse,
};
use swagger::ApiError;

use crate::api::{actor, finish, nullable, stored, ApiImpl};
use crate::domain::money::format_scaled;
use crate::domain::{etag, Precondition};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::opportunities::items::LineItemInput;
use crate::store::opportunities::items::{
    LineItemPatch, LineItemRecord, NoteRecord, StageHistoryRecord,
};
use crate::store::{page, to_datetime};

pub(super) fn line_input(line: models::LineItemCreate) -> LineItemInput {
    LineItemInput {
        product: line.product,
        quantity: line.quantity,
        unit_price: line.unit_price,
        discount_percent: line.discount_percent,
    }
}

fn line_item(record: LineItemRecord, currency: &str) -> Result<models::LineItem, AppError> {
    let money = stored::currency("opportunities.currency", currency)?;
    Ok(models::LineItem {
        id: stored::uuid("line_items.id", &record.id)?,
        opportunity_id: stored::uuid("line_items.opportunity_id", &record.opportunity_id)?,
        product: record.product,
        quantity: trim_decimals(format_scaled(i128::from(record.quantity_e4), 4, 4)),
        unit_price: money.format_e4(record.unit_price_e4),
        discount_percent: trim_decimals(format_scaled(i128::from(record.discount_e2), 2, 2)),
        total: money.format_e4(record.total_e4),
        currency: currency.to_owned(),
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
    })
}

/// `"500.0000"` → `"500"`, `"10.50"` → `"10.5"`: quantities and percentages need no fixed decimals.
fn trim_decimals(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

pub(in crate::api) fn note(record: NoteRecord) -> Result<models::Note, AppError> {
    Ok(models::Note {
        id: stored::uuid("notes.id", &record.id)?,
        opportunity_id: stored::uuid("notes.opportunity_id", &record.opportunity_id)?,
        author_id: record.author_id,
        body: record.body,
        created_at: to_datetime(record.created_at),
    })
}

fn history_entry(record: StageHistoryRecord) -> Result<models::StageHistoryEntry, AppError> {
    let amount =
        stored::currency("stage_history.currency", &record.currency)?.format_e4(record.amount_e4);
    Ok(models::StageHistoryEntry {
        id: stored::uuid("stage_history.id", &record.id)?,
        opportunity_id: stored::uuid("stage_history.opportunity_id", &record.opportunity_id)?,
        pipeline_id: stored::uuid("stage_history.pipeline_id", &record.pipeline_id)?,
        stage_id: stored::uuid("stage_history.stage_id", &record.stage_id)?,
        stage_name: record.stage_name,
        status: stored::value("stage_history.status", &record.status)?,
        probability: stored::int32("stage_history.probability", record.probability)?,
        amount,
        currency: record.currency,
        entered_at: to_datetime(record.entered_at),
        exited_at: nullable(record.exited_at.map(to_datetime)),
        seconds_in_stage: nullable(
            record
                .exited_at
                .map(|exited| (exited - record.entered_at) / 1_000_000),
        ),
        changed_by: record.changed_by,
        previous_stage_id: nullable(stored::optional_uuid(
            "stage_history.previous_stage_id",
            record.previous_stage_id.as_deref(),
        )?),
        previous_probability: nullable(record.previous_probability),
    })
}

pub(in crate::api) async fn create_line_item(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    if_match: String,
    line_item_create: models::LineItemCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateLineItemResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let id = opportunity_id.to_string();
        let (record, version, currency) = api
            .store()
            .create_line_item(
                &actor(context)?,
                &id,
                precondition,
                line_input(line_item_create),
            )
            .await?;
        Ok(CreateLineItemResponse::Created {
            location: format!("/v1/opportunities/{id}/line-items/{}", record.id),
            e_tag: etag(version),
            body: line_item(record, currency.code())?,
        })
    }
    .await;
    finish(context, outcome, CreateLineItemResponse::from_problem)
}

pub(in crate::api) async fn create_note(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    note_create: models::NoteCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateNoteResponse, ApiError> {
    let outcome = async {
        let record = api
            .store()
            .create_note(
                &actor(context)?,
                &opportunity_id.to_string(),
                note_create.body,
            )
            .await?;
        Ok(CreateNoteResponse::Created {
            location: format!("/v1/opportunities/{opportunity_id}/notes/{}", record.id),
            body: note(record)?,
        })
    }
    .await;
    finish(context, outcome, CreateNoteResponse::from_problem)
}

pub(in crate::api) async fn list_line_items(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    limit: Option<u32>,
    cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListLineItemsResponse, ApiError> {
    let outcome = async {
        let id = opportunity_id.to_string();
        let currency = api.store().opportunity(&id).await?.currency;
        let page = api
            .store()
            .list_line_items(&id, page::limit(limit), cursor.as_deref())
            .await?;
        Ok(ListLineItemsResponse::Ok(models::LineItemPage {
            data: page
                .rows
                .into_iter()
                .map(|record| line_item(record, &currency))
                .collect::<Result<_, _>>()?,
            next_cursor: nullable(page.next_cursor),
        }))
    }
    .await;
    finish(context, outcome, ListLineItemsResponse::from_problem)
}

pub(in crate::api) async fn list_notes(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    limit: Option<u32>,
    cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListNotesResponse, ApiError> {
    let outcome = async {
        let page = api
            .store()
            .list_notes(
                &opportunity_id.to_string(),
                page::limit(limit),
                cursor.as_deref(),
            )
            .await?;
        Ok(ListNotesResponse::Ok(models::NotePage {
            data: page.rows.into_iter().map(note).collect::<Result<_, _>>()?,
            next_cursor: nullable(page.next_cursor),
        }))
    }
    .await;
    finish(context, outcome, ListNotesResponse::from_problem)
}

pub(in crate::api) async fn list_stage_history(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    limit: Option<u32>,
    cursor: Option<String>,
    context: &RequestContext,
) -> Result<ListStageHistoryResponse, ApiError> {
    let outcome = async {
        let page = api
            .store()
            .list_stage_history(
                &opportunity_id.to_string(),
                page::limit(limit),
                cursor.as_deref(),
            )
            .await?;
        Ok(ListStageHistoryResponse::Ok(models::StageHistoryPage {
            data: page
                .rows
                .into_iter()
                .map(history_entry)
                .collect::<Result<_, _>>()?,
            next_cursor: nullable(page.next_cursor),
        }))
    }
    .await;
    finish(context, outcome, ListStageHistoryResponse::from_problem)
}

pub(in crate::api) async fn delete_line_item(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    line_item_id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeleteLineItemResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        api.store()
            .delete_line_item(
                &actor(context)?,
                &opportunity_id.to_string(),
                &line_item_id.to_string(),
                precondition,
            )
            .await?;
        Ok(DeleteLineItemResponse::NoContent)
    }
    .await;
    finish(context, outcome, DeleteLineItemResponse::from_problem)
}

pub(in crate::api) async fn delete_note(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    note_id: uuid::Uuid,
    context: &RequestContext,
) -> Result<DeleteNoteResponse, ApiError> {
    let outcome = async {
        api.store()
            .delete_note(
                &actor(context)?,
                &opportunity_id.to_string(),
                &note_id.to_string(),
            )
            .await?;
        Ok(DeleteNoteResponse::NoContent)
    }
    .await;
    finish(context, outcome, DeleteNoteResponse::from_problem)
}

pub(in crate::api) async fn update_line_item(
    api: &ApiImpl,
    opportunity_id: uuid::Uuid,
    line_item_id: uuid::Uuid,
    if_match: String,
    line_item_patch: models::LineItemPatch,
    context: &RequestContext,
) -> Result<UpdateLineItemResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let id = opportunity_id.to_string();
        let patch = LineItemPatch {
            product: line_item_patch.product,
            quantity: line_item_patch.quantity,
            unit_price: line_item_patch.unit_price,
            discount_percent: line_item_patch.discount_percent,
        };
        let (record, version, currency) = api
            .store()
            .update_line_item(
                &actor(context)?,
                &id,
                &line_item_id.to_string(),
                precondition,
                patch,
            )
            .await?;
        Ok(UpdateLineItemResponse::Ok {
            e_tag: etag(version),
            body: line_item(record, currency.code())?,
        })
    }
    .await;
    finish(context, outcome, UpdateLineItemResponse::from_problem)
}
