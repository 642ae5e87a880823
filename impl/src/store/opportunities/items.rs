//! What hangs off an opportunity: line items (which derive its amount), notes, and stage history.

use sqlx::FromRow;

use super::{not_found, OpportunityRecord, COLUMNS};
use crate::domain::money::{parse_scaled, Currency, Money};
use crate::domain::opportunity::{ensure_writable, line_total_e4, AmountSource};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::page::{Cursor, Key, Page};
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, Store};

pub(super) const LINE_COLUMNS: &str =
    "id, opportunity_id, product, quantity_e4, unit_price_e4, discount_e2, total_e4, created_at, updated_at";

/// A line item as stored.
#[derive(Debug, Clone, FromRow)]
pub struct LineItemRecord {
    pub id: String,
    pub opportunity_id: String,
    pub product: String,
    pub quantity_e4: i64,
    pub unit_price_e4: i64,
    pub discount_e2: i64,
    pub total_e4: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A line item as the client described it.
#[derive(Debug, Clone, Default)]
pub struct LineItemInput {
    pub product: String,
    pub quantity: String,
    pub unit_price: String,
    pub discount_percent: Option<String>,
}

/// A merge patch of a line item.
#[derive(Debug, Clone, Default)]
pub struct LineItemPatch {
    pub product: Option<String>,
    pub quantity: Option<String>,
    pub unit_price: Option<String>,
    pub discount_percent: Option<String>,
}

/// A note as stored.
#[derive(Debug, Clone, FromRow)]
pub struct NoteRecord {
    pub id: String,
    pub opportunity_id: String,
    pub author_id: String,
    pub body: String,
    pub created_at: i64,
}

/// A period an opportunity spent in a stage, as stored.
#[derive(Debug, Clone, FromRow)]
pub struct StageHistoryRecord {
    pub id: String,
    pub opportunity_id: String,
    pub pipeline_id: String,
    pub stage_id: String,
    pub stage_name: String,
    pub status: String,
    pub probability: i64,
    pub amount_e4: i64,
    pub currency: String,
    pub entered_at: i64,
    pub exited_at: Option<i64>,
    pub changed_by: String,
    pub previous_stage_id: Option<String>,
    pub previous_probability: Option<i64>,
}

/// Loads an open (not closed, not deleted) opportunity the actor may change, for a line item write.
async fn load_open(
    tx: &mut Tx<'_>,
    id: &str,
    precondition: Precondition,
) -> Result<(OpportunityRecord, Currency), AppError> {
    let current: OpportunityRecord = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM opportunities WHERE id = $1 AND deleted_at IS NULL"
    ))
    .bind(id)
    .fetch_optional(tx.conn())
    .await?
    .ok_or_else(|| not_found(id))?;
    precondition.check(current.version, "opportunity")?;
    tx.actor()
        .ensure_may_change(&current.owner_id, "opportunity")?;
    ensure_writable(current.status, &["amount"])?;
    let currency = Currency::parse(&current.currency).ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!(
            "stored currency {} is unknown",
            current.currency
        ))
    })?;
    Ok((current, currency))
}

/// Derives the opportunity's amount from its line items (kept as it was when none are left) and
/// bumps its version. Returns the new version.
async fn rederive_amount(tx: &mut Tx<'_>, current: &OpportunityRecord) -> Result<i64, AppError> {
    let (count, total): (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), CAST(SUM(total_e4) AS BIGINT) FROM line_items WHERE opportunity_id = $1",
    )
    .bind(&current.id)
    .fetch_one(tx.conn())
    .await?;
    let (amount_e4, source) = if count == 0 {
        (current.amount_e4, AmountSource::Manual)
    } else {
        let total = total.unwrap_or_default();
        if total > crate::domain::opportunity::MAX_AMOUNT_E4 {
            return Err(AppError::rule(
                "amount_too_large",
                "The line items add up to more than the largest amount.",
            ));
        }
        (total, AmountSource::LineItems)
    };
    let version: Option<i64> = sqlx::query_scalar(
        "UPDATE opportunities SET amount_e4 = $1, amount_source = $2, updated_at = $3, version = version + 1 \
         WHERE id = $4 AND version = $5 RETURNING version",
    )
    .bind(amount_e4)
    .bind(source.as_str())
    .bind(now_micros())
    .bind(&current.id)
    .bind(current.version)
    .fetch_optional(tx.conn())
    .await?;
    let version = version.ok_or_else(|| {
        AppError::PreconditionFailed(
            "The opportunity changed while this request was applied. Read it again and retry."
                .to_owned(),
        )
    })?;
    tx.audit(
        AuditAction::Update,
        ResourceKind::Opportunity,
        &current.id,
        ["amount", "amount_source"],
    );
    Ok(version)
}

/// Where a page of a list ordered by an integer key (then id) starts: after the row the cursor
/// names, or at `start` for the first page.
fn int_seek(
    cursor: Option<&str>,
    sort: &str,
    start: (i64, &str),
) -> Result<(i64, String), AppError> {
    let Some(text) = cursor else {
        return Ok((start.0, start.1.to_owned()));
    };
    let cursor = Cursor::decode(text, sort)?;
    Ok(match cursor.key {
        Key::Int(key) => (key, cursor.id),
        Key::Text(_) => (start.0, cursor.id),
    })
}

fn line_not_found(id: &str) -> AppError {
    AppError::NotFound(format!("There is no line item {id} on this opportunity."))
}

impl Store {
    /// Adds a line item; returns it with the opportunity's new version and its currency (the line
    /// item's), so that the answer needs no second read, which a concurrent delete could fail.
    pub async fn create_line_item(
        &self,
        actor: &Actor,
        opportunity_id: &str,
        precondition: Precondition,
        input: LineItemInput,
    ) -> Result<(LineItemRecord, i64, Currency), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let input = input.clone();
            Box::pin(async move {
                let (current, currency) = load_open(tx, opportunity_id, precondition).await?;
                let line = price_line(&input, currency, "")?;
                let record = insert_line(tx, opportunity_id, &line, now_micros()).await?;
                tx.audit(
                    AuditAction::Create,
                    ResourceKind::LineItem,
                    &record.id,
                    ["product", "quantity", "unit_price", "discount_percent"],
                );
                let version = rederive_amount(tx, &current).await?;
                Ok((record, version, currency))
            })
        })
        .await
    }

    /// Changes a line item; returns it with the opportunity's new version and its currency.
    pub async fn update_line_item(
        &self,
        actor: &Actor,
        opportunity_id: &str,
        line_item_id: &str,
        precondition: Precondition,
        patch: LineItemPatch,
    ) -> Result<(LineItemRecord, i64, Currency), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let (current, currency) = load_open(tx, opportunity_id, precondition).await?;
                let existing: LineItemRecord = sqlx::query_as(&format!(
                    "SELECT {LINE_COLUMNS} FROM line_items WHERE id = $1 AND opportunity_id = $2"
                ))
                .bind(line_item_id)
                .bind(opportunity_id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| line_not_found(line_item_id))?;
                let fields: Vec<&str> = [
                    ("product", patch.product.is_some()),
                    ("quantity", patch.quantity.is_some()),
                    ("unit_price", patch.unit_price.is_some()),
                    ("discount_percent", patch.discount_percent.is_some()),
                ]
                .into_iter()
                .filter_map(|(name, present)| present.then_some(name))
                .collect();
                let merged = LineItemInput {
                    product: patch.product.unwrap_or(existing.product),
                    quantity: patch.quantity.unwrap_or_else(|| {
                        crate::domain::money::format_scaled(i128::from(existing.quantity_e4), 4, 4)
                    }),
                    unit_price: patch
                        .unit_price
                        .unwrap_or_else(|| currency.format_e4(existing.unit_price_e4)),
                    discount_percent: Some(patch.discount_percent.unwrap_or_else(|| {
                        crate::domain::money::format_scaled(i128::from(existing.discount_e2), 2, 2)
                    })),
                };
                let line = price_line(&merged, currency, "")?;
                let record: LineItemRecord = sqlx::query_as(&format!(
                    "UPDATE line_items SET product = $1, quantity_e4 = $2, unit_price_e4 = $3, discount_e2 = $4, total_e4 = $5, \
                     updated_at = $6 WHERE id = $7 RETURNING {LINE_COLUMNS}"
                ))
                .bind(&line.product)
                .bind(line.quantity_e4)
                .bind(line.unit_price_e4)
                .bind(line.discount_e2)
                .bind(line.total_e4)
                .bind(now_micros())
                .bind(line_item_id)
                .fetch_one(tx.conn())
                .await?;
                tx.audit(
                    AuditAction::Update,
                    ResourceKind::LineItem,
                    line_item_id,
                    fields,
                );
                let version = rederive_amount(tx, &current).await?;
                Ok((record, version, currency))
            })
        })
        .await
    }

    pub async fn delete_line_item(
        &self,
        actor: &Actor,
        opportunity_id: &str,
        line_item_id: &str,
        precondition: Precondition,
    ) -> Result<i64, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let (current, _) = load_open(tx, opportunity_id, precondition).await?;
                let deleted =
                    sqlx::query("DELETE FROM line_items WHERE id = $1 AND opportunity_id = $2")
                        .bind(line_item_id)
                        .bind(opportunity_id)
                        .execute(tx.conn())
                        .await?;
                if deleted.rows_affected() == 0 {
                    return Err(line_not_found(line_item_id));
                }
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::LineItem,
                    line_item_id,
                    Vec::<String>::new(),
                );
                let version = rederive_amount(tx, &current).await?;
                Ok(version)
            })
        })
        .await
    }

    pub async fn list_line_items(
        &self,
        opportunity_id: &str,
        limit: i64,
        cursor: Option<&str>,
    ) -> Result<Page<LineItemRecord>, AppError> {
        self.opportunity(opportunity_id).await?;
        let (key, id) = int_seek(cursor, "created_at", (i64::MIN, ""))?;
        let rows: Vec<LineItemRecord> = sqlx::query_as(&format!(
            "SELECT {LINE_COLUMNS} FROM line_items WHERE opportunity_id = $1 AND (created_at > $2 OR (created_at = $2 AND id > $3)) \
             ORDER BY created_at, id LIMIT $4"
        ))
        .bind(opportunity_id)
        .bind(key)
        .bind(id)
        .bind(limit + 1)
        .fetch_all(self.pool())
        .await?;
        Ok(Page::from_rows(rows, limit, |row| Cursor {
            sort: "created_at".to_owned(),
            key: Key::Int(row.created_at),
            id: row.id.clone(),
        }))
    }

    /// Anyone who may read an opportunity may note on it, closed ones included.
    pub async fn create_note(
        &self,
        actor: &Actor,
        opportunity_id: &str,
        body: String,
    ) -> Result<NoteRecord, AppError> {
        self.write(actor, |tx| {
            let body = body.clone();
            Box::pin(async move {
                let exists: Option<String> =
                    sqlx::query_scalar("SELECT id FROM opportunities WHERE id = $1 AND deleted_at IS NULL")
                        .bind(opportunity_id)
                        .fetch_optional(tx.conn())
                        .await?;
                exists.ok_or_else(|| not_found(opportunity_id))?;
                let id = uuid::Uuid::new_v4().to_string();
                let record: NoteRecord = sqlx::query_as(
                    "INSERT INTO notes (id, opportunity_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) \
                     RETURNING id, opportunity_id, author_id, body, created_at",
                )
                .bind(&id)
                .bind(opportunity_id)
                .bind(&actor.subject)
                .bind(body)
                .bind(now_micros())
                .fetch_one(tx.conn())
                .await?;
                tx.audit(AuditAction::Create, ResourceKind::Note, &id, ["body"]);
                Ok(record)
            })
        })
        .await
    }

    /// Its author or an Admin may delete a note.
    pub async fn delete_note(
        &self,
        actor: &Actor,
        opportunity_id: &str,
        note_id: &str,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            Box::pin(async move {
                let author: Option<String> = sqlx::query_scalar(
                    "SELECT n.author_id FROM notes n JOIN opportunities o ON o.id = n.opportunity_id \
                     WHERE n.id = $1 AND n.opportunity_id = $2 AND o.deleted_at IS NULL",
                )
                .bind(note_id)
                .bind(opportunity_id)
                .fetch_optional(tx.conn())
                .await?;
                let author = author.ok_or_else(|| {
                    AppError::NotFound(format!("There is no note {note_id} on this opportunity."))
                })?;
                if author != actor.subject && !actor.is_admin {
                    return Err(AppError::Forbidden(
                        "Only its author or an Admin may delete a note.".to_owned(),
                    ));
                }
                sqlx::query("DELETE FROM notes WHERE id = $1")
                    .bind(note_id)
                    .execute(tx.conn())
                    .await?;
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::Note,
                    note_id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

    /// Newest first.
    pub async fn list_notes(
        &self,
        opportunity_id: &str,
        limit: i64,
        cursor: Option<&str>,
    ) -> Result<Page<NoteRecord>, AppError> {
        self.opportunity(opportunity_id).await?;
        let (key, id) = int_seek(cursor, "-created_at", (i64::MAX, "~"))?;
        let rows: Vec<NoteRecord> = sqlx::query_as(
            "SELECT id, opportunity_id, author_id, body, created_at FROM notes \
             WHERE opportunity_id = $1 AND (created_at < $2 OR (created_at = $2 AND id < $3)) \
             ORDER BY created_at DESC, id DESC LIMIT $4",
        )
        .bind(opportunity_id)
        .bind(key)
        .bind(id)
        .bind(limit + 1)
        .fetch_all(self.pool())
        .await?;
        Ok(Page::from_rows(rows, limit, |row| Cursor {
            sort: "-created_at".to_owned(),
            key: Key::Int(row.created_at),
            id: row.id.clone(),
        }))
    }

    /// Oldest first.
    pub async fn list_stage_history(
        &self,
        opportunity_id: &str,
        limit: i64,
        cursor: Option<&str>,
    ) -> Result<Page<StageHistoryRecord>, AppError> {
        self.opportunity(opportunity_id).await?;
        let (key, id) = int_seek(cursor, "entered_at", (i64::MIN, ""))?;
        let rows: Vec<StageHistoryRecord> = sqlx::query_as(
            "SELECT id, opportunity_id, pipeline_id, stage_id, stage_name, status, probability, amount_e4, currency, \
             entered_at, exited_at, changed_by, previous_stage_id, previous_probability FROM stage_history \
             WHERE opportunity_id = $1 AND (entered_at > $2 OR (entered_at = $2 AND id > $3)) \
             ORDER BY entered_at, id LIMIT $4",
        )
        .bind(opportunity_id)
        .bind(key)
        .bind(id)
        .bind(limit + 1)
        .fetch_all(self.pool())
        .await?;
        Ok(Page::from_rows(rows, limit, |row| Cursor {
            sort: "entered_at".to_owned(),
            key: Key::Int(row.entered_at),
            id: row.id.clone(),
        }))
    }
}

/// A line item with its total, ready to store.
pub(super) struct PricedLine {
    pub(super) product: String,
    pub(super) quantity_e4: i64,
    pub(super) unit_price_e4: i64,
    pub(super) discount_e2: i64,
    pub(super) total_e4: i64,
}

pub(super) fn price_line(
    line: &LineItemInput,
    currency: Currency,
    pointer: &str,
) -> Result<PricedLine, AppError> {
    let quantity_e4 = parse_scaled(&line.quantity, 4).ok_or_else(|| {
        AppError::rule_at(
            "invalid_quantity",
            &format!("{pointer}/quantity"),
            "is not a quantity",
        )
    })?;
    let unit_price = Money::parse(&line.unit_price, currency, &format!("{pointer}/unit_price"))?;
    let discount_e2 = match &line.discount_percent {
        Some(discount) => parse_scaled(discount, 2)
            .filter(|discount| (0..=10_000).contains(discount))
            .ok_or_else(|| {
                AppError::rule_at(
                    "invalid_discount",
                    &format!("{pointer}/discount_percent"),
                    "must be 0-100",
                )
            })?,
        None => 0,
    };
    let total_e4 = line_total_e4(quantity_e4, unit_price.e4(), discount_e2, currency)?;
    Ok(PricedLine {
        product: line.product.clone(),
        quantity_e4,
        unit_price_e4: unit_price.e4(),
        discount_e2,
        total_e4,
    })
}

/// Inserts `lines` of a new opportunity in one statement (the contract allows at most 100: 800
/// binds), returning their ids in order.
pub(super) async fn insert_lines(
    tx: &mut Tx<'_>,
    opportunity_id: &str,
    lines: &[PricedLine],
    now: i64,
) -> Result<Vec<String>, AppError> {
    if lines.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = lines
        .iter()
        .map(|_| uuid::Uuid::new_v4().to_string())
        .collect();
    let mut sql = format!("INSERT INTO line_items ({LINE_COLUMNS}) VALUES ");
    for index in 0..lines.len() {
        let first = index * 8;
        if index > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!(
            "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
            first + 1,
            first + 2,
            first + 3,
            first + 4,
            first + 5,
            first + 6,
            first + 7,
            first + 8,
            first + 8
        ));
    }
    let mut insert = sqlx::query(&sql);
    for (id, line) in ids.iter().zip(lines) {
        insert = insert
            .bind(id.clone())
            .bind(opportunity_id.to_owned())
            .bind(line.product.clone())
            .bind(line.quantity_e4)
            .bind(line.unit_price_e4)
            .bind(line.discount_e2)
            .bind(line.total_e4)
            .bind(now);
    }
    insert.execute(tx.conn()).await?;
    Ok(ids)
}

pub(super) async fn insert_line(
    tx: &mut Tx<'_>,
    opportunity_id: &str,
    line: &PricedLine,
    now: i64,
) -> Result<LineItemRecord, AppError> {
    Ok(sqlx::query_as(&format!(
        "INSERT INTO line_items ({LINE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING {LINE_COLUMNS}"
    ))
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(opportunity_id)
    .bind(&line.product)
    .bind(line.quantity_e4)
    .bind(line.unit_price_e4)
    .bind(line.discount_e2)
    .bind(line.total_e4)
    .bind(now)
    .fetch_one(tx.conn())
    .await?)
}
