//! Opportunity writes. Each public function is one transaction that also writes its audit rows;
//! the shared steps (`insert`, `apply_patch`) take a [`Tx`] so that batches reuse them.

use std::collections::HashSet;

use super::items::{insert_lines, price_line, LineItemInput};
use super::{not_found, ContactRole, OpportunityRecord, COLUMNS};
use crate::domain::money::{Currency, Money};
use crate::domain::opportunity::{ensure_writable, Lifecycle, Stage, Status, Transition};
use crate::domain::{Actor, Precondition};
use crate::error::{AppError, FieldError};
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, unique_violation, Store};

/// A new opportunity as the client described it (already checked against the contract).
#[derive(Debug, Clone, Default)]
pub struct OpportunityInput {
    pub name: String,
    pub account_id: String,
    pub primary_contact_id: Option<String>,
    pub contact_roles: Vec<ContactRole>,
    pub owner_id: Option<String>,
    pub pipeline_id: Option<String>,
    pub stage_id: Option<String>,
    pub amount: Option<String>,
    pub currency: String,
    pub probability: Option<i64>,
    pub expected_close_date: Option<String>,
    pub next_step: Option<String>,
    pub source: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub external_id: Option<String>,
    pub line_items: Vec<LineItemInput>,
}

/// A JSON merge patch of an opportunity: `None` leaves a field, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct OpportunityPatch {
    pub name: Option<String>,
    pub account_id: Option<String>,
    pub primary_contact_id: Option<Option<String>>,
    pub contact_roles: Option<Vec<ContactRole>>,
    pub owner_id: Option<String>,
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub probability: Option<i64>,
    pub expected_close_date: Option<Option<String>>,
    pub next_step: Option<Option<String>>,
    pub source: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
    pub external_id: Option<Option<String>>,
}

impl OpportunityPatch {
    /// The names of the fields this patch writes.
    pub fn fields(&self) -> Vec<&'static str> {
        [
            ("name", self.name.is_some()),
            ("account_id", self.account_id.is_some()),
            ("primary_contact_id", self.primary_contact_id.is_some()),
            ("contact_roles", self.contact_roles.is_some()),
            ("owner_id", self.owner_id.is_some()),
            ("amount", self.amount.is_some()),
            ("currency", self.currency.is_some()),
            ("probability", self.probability.is_some()),
            ("expected_close_date", self.expected_close_date.is_some()),
            ("next_step", self.next_step.is_some()),
            ("source", self.source.is_some()),
            ("description", self.description.is_some()),
            ("tags", self.tags.is_some()),
            ("external_id", self.external_id.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }

    /// The patch that replaces every writable field of `current` with `input`'s (upsert by external
    /// id). Fields left out take their defaults, as on create: no amount (unless the line items
    /// derive it), the probability of the stage the opportunity is in (`stage_probability`). The
    /// owner stays: the caller is the owner already, or an Admin syncing someone else's deal.
    fn replacing_with(
        input: OpportunityInput,
        current: &OpportunityRecord,
        stage_probability: i64,
    ) -> Self {
        let derived = current.amount_source == "line_items";
        OpportunityPatch {
            name: Some(input.name),
            account_id: Some(input.account_id),
            primary_contact_id: Some(input.primary_contact_id),
            contact_roles: Some(input.contact_roles),
            owner_id: input.owner_id,
            amount: input.amount.or_else(|| (!derived).then(|| "0".to_owned())),
            currency: Some(input.currency),
            probability: Some(input.probability.unwrap_or(stage_probability)),
            expected_close_date: Some(input.expected_close_date),
            next_step: Some(input.next_step),
            source: Some(input.source),
            description: Some(input.description),
            tags: Some(input.tags),
            external_id: None,
        }
    }
}

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
async fn stages(
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
struct Placement {
    account_found: bool,
    /// `None` when the named pipeline does not exist.
    pipeline: Option<(String, Vec<Stage>)>,
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

async fn placement(
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

fn unknown_account(account_id: &str) -> AppError {
    AppError::rule_at(
        "unknown_account",
        "/account_id",
        format!("There is no account {account_id}."),
    )
}

async fn ensure_account(tx: &mut Tx<'_>, account_id: &str) -> Result<(), AppError> {
    let found: Option<String> =
        sqlx::query_scalar("SELECT id FROM accounts WHERE id = $1 AND deleted_at IS NULL")
            .bind(account_id)
            .fetch_optional(tx.conn())
            .await?;
    found.map(|_| ()).ok_or_else(|| unknown_account(account_id))
}

/// Every linked contact exists, is at the opportunity's account, and may be processed.
async fn ensure_contacts(
    tx: &mut Tx<'_>,
    account_id: &str,
    primary_contact_id: Option<&str>,
    roles: &[ContactRole],
) -> Result<(), AppError> {
    let mut seen = HashSet::new();
    for (index, role) in roles.iter().enumerate() {
        if !seen.insert(role.contact_id.as_str()) {
            return Err(AppError::rule_at(
                "duplicate_contact",
                &format!("/contact_roles/{index}/contact_id"),
                "A contact appears at most once.",
            ));
        }
    }
    let checks = primary_contact_id
        .map(|id| (id.to_owned(), "/primary_contact_id".to_owned()))
        .into_iter()
        .chain(roles.iter().enumerate().map(|(index, role)| {
            (
                role.contact_id.clone(),
                format!("/contact_roles/{index}/contact_id"),
            )
        }));
    for (contact_id, pointer) in checks {
        // The flag is read as an integer: sqlx's Any driver cannot decode an SQLite BOOLEAN.
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT account_id, CASE WHEN processing_restricted THEN 1 ELSE 0 END FROM contacts \
             WHERE id = $1 AND deleted_at IS NULL AND erased_at IS NULL",
        )
        .bind(&contact_id)
        .fetch_optional(tx.conn())
        .await?;
        match row.map(|(account, restricted)| (account, restricted != 0)) {
            None => {
                return Err(AppError::rule_at(
                    "unknown_contact",
                    &pointer,
                    format!("There is no contact {contact_id}."),
                ))
            }
            Some((contact_account, _)) if contact_account != account_id => {
                return Err(AppError::rule_at(
                    "contact_not_in_account",
                    &pointer,
                    "The contact works at another account than the opportunity's.",
                ))
            }
            Some((_, true)) => {
                return Err(AppError::rule_at(
                    "contact_processing_restricted",
                    &pointer,
                    "Processing of this contact's data is restricted.",
                ))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Rewrites the contact links of an opportunity (the lookup table beside the JSON column); a new
/// opportunity (`fresh`) has none to remove.
async fn link_contacts(
    tx: &mut Tx<'_>,
    opportunity_id: &str,
    primary_contact_id: Option<&str>,
    roles: &[ContactRole],
    fresh: bool,
) -> Result<(), AppError> {
    if !fresh {
        sqlx::query("DELETE FROM opportunity_contacts WHERE opportunity_id = $1")
            .bind(opportunity_id)
            .execute(tx.conn())
            .await?;
    }
    let mut links: Vec<(&str, &str)> = roles
        .iter()
        .map(|role| (role.contact_id.as_str(), role.role.as_str()))
        .collect();
    if let Some(primary) = primary_contact_id {
        if !links.iter().any(|(contact, _)| *contact == primary) {
            links.push((primary, "primary"));
        }
    }
    for (contact_id, role) in links {
        sqlx::query("INSERT INTO opportunity_contacts (opportunity_id, contact_id, role) VALUES ($1, $2, $3)")
            .bind(opportunity_id)
            .bind(contact_id)
            .bind(role)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}

/// Opens the stage history of an opportunity with its first stage, or records a move: the open
/// period is closed and a new one begins.
#[allow(clippy::too_many_arguments)]
async fn record_stage(
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
        Some(_) if tx.conn().backend_name() == "PostgreSQL" => {
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

fn external_id_taken(error: sqlx::Error) -> AppError {
    if unique_violation(&error) {
        AppError::conflict(
            "external_id_taken",
            "Another opportunity already has this external_id.",
        )
    } else {
        error.into()
    }
}

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
        (amount, "manual")
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
        (Money::from_e4(total, currency), "line_items")
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
    .bind(amount_source)
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

/// Loads an opportunity for a change by `actor`: it exists, the precondition holds, and the actor owns it or is an Admin.
async fn load_for_change(
    tx: &mut Tx<'_>,
    id: &str,
    precondition: Precondition,
) -> Result<OpportunityRecord, AppError> {
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
    Ok(current)
}

fn status_of(record: &OpportunityRecord) -> Status {
    Status::parse(&record.status).unwrap_or(Status::Open)
}

fn currency_of(record: &OpportunityRecord) -> Result<Currency, AppError> {
    Currency::parse(&record.currency).ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!(
            "stored currency {} is unknown",
            record.currency
        ))
    })
}

/// Applies a merge patch inside `tx`.
pub(crate) async fn apply_patch(
    tx: &mut Tx<'_>,
    id: &str,
    precondition: Precondition,
    patch: OpportunityPatch,
) -> Result<OpportunityRecord, AppError> {
    let current = load_for_change(tx, id, precondition).await?;
    write_patch(tx, current, patch).await
}

/// Applies a merge patch to `current`, as [`load_for_change`] loaded it in this transaction; the
/// write fails with 412 if the opportunity changed since.
async fn write_patch(
    tx: &mut Tx<'_>,
    current: OpportunityRecord,
    patch: OpportunityPatch,
) -> Result<OpportunityRecord, AppError> {
    let id = current.id.as_str();
    let fields = patch.fields();
    ensure_writable(status_of(&current), &fields)?;
    let actor = tx.actor().clone();
    if let Some(owner) = &patch.owner_id {
        if owner != &current.owner_id && !actor.is_admin {
            return Err(AppError::Forbidden(
                "Only an Admin may reassign an opportunity.".to_owned(),
            ));
        }
    }
    let derived = current.amount_source == "line_items";
    if derived && patch.amount.is_some() {
        return Err(AppError::rule_at(
            "amount_derived_from_line_items",
            "/amount",
            "This opportunity's amount is the sum of its line items; change those instead.",
        ));
    }
    let currency = match &patch.currency {
        Some(code) => {
            let currency = Currency::parse_field(code, "/currency")?;
            if derived && code != &current.currency {
                return Err(AppError::rule_at(
                    "currency_fixed_by_line_items",
                    "/currency",
                    "The line items are priced in the current currency; remove them before changing it.",
                ));
            }
            currency
        }
        None => currency_of(&current)?,
    };
    let amount = match &patch.amount {
        Some(amount) => Money::parse(amount, currency, "/amount")?,
        None => {
            let kept = Money::from_e4(current.amount_e4, currency);
            if i128::from(kept.e4()) != currency.round_e4(i128::from(kept.e4())) {
                return Err(AppError::rule_at(
                    "too_many_decimals",
                    "/amount",
                    format!(
                        "The current amount has more decimals than {} allows; send a new amount.",
                        currency.code()
                    ),
                ));
            }
            kept
        }
    };
    let account_id = patch
        .account_id
        .clone()
        .unwrap_or_else(|| current.account_id.clone());
    if patch.account_id.is_some() {
        ensure_account(tx, &account_id).await?;
    }
    let primary_contact_id = patch
        .primary_contact_id
        .clone()
        .unwrap_or_else(|| current.primary_contact_id.clone());
    let contact_roles = patch
        .contact_roles
        .clone()
        .unwrap_or_else(|| current.contact_roles());
    let contacts_changed = patch.account_id.is_some()
        || patch.primary_contact_id.is_some()
        || patch.contact_roles.is_some();
    if contacts_changed {
        ensure_contacts(
            tx,
            &account_id,
            primary_contact_id.as_deref(),
            &contact_roles,
        )
        .await?;
    }
    let pick = |field: Option<Option<String>>, current: &Option<String>| {
        field.unwrap_or_else(|| current.clone())
    };
    let record: OpportunityRecord = sqlx::query_as(&format!(
        "UPDATE opportunities SET name = $1, account_id = $2, primary_contact_id = $3, contact_roles = $4, owner_id = $5, \
         amount_e4 = $6, currency = $7, probability = $8, expected_close_date = $9, next_step = $10, source = $11, \
         description = $12, tags = $13, external_id = $14, updated_at = $15, version = version + 1 \
         WHERE id = $16 AND version = $17 RETURNING {COLUMNS}"
    ))
    .bind(patch.name.clone().unwrap_or_else(|| current.name.clone()))
    .bind(&account_id)
    .bind(&primary_contact_id)
    .bind(serde_json::to_string(&contact_roles).unwrap_or_else(|_| "[]".to_owned()))
    .bind(patch.owner_id.clone().unwrap_or_else(|| current.owner_id.clone()))
    .bind(amount.e4())
    .bind(currency.code())
    .bind(patch.probability.unwrap_or(current.probability))
    .bind(pick(patch.expected_close_date.clone(), &current.expected_close_date))
    .bind(pick(patch.next_step.clone(), &current.next_step))
    .bind(pick(patch.source.clone(), &current.source))
    .bind(pick(patch.description.clone(), &current.description))
    .bind(patch.tags.as_ref().map_or_else(|| current.tags.clone(), |tags| serde_json::json!(tags).to_string()))
    .bind(pick(patch.external_id.clone(), &current.external_id))
    .bind(now_micros())
    .bind(id)
    .bind(current.version)
    .fetch_optional(tx.conn())
    .await
    .map_err(external_id_taken)?
    .ok_or_else(changed_meanwhile)?;
    if contacts_changed {
        link_contacts(tx, id, primary_contact_id.as_deref(), &contact_roles, false).await?;
    }
    tx.audit(AuditAction::Update, ResourceKind::Opportunity, id, fields);
    Ok(record)
}

fn changed_meanwhile() -> AppError {
    AppError::PreconditionFailed(
        "The opportunity changed while this request was applied. Read it again and retry."
            .to_owned(),
    )
}

/// The per-item errors of a failed batch: each error re-pointed under `/items/{index}`.
fn batch_failure(failures: Vec<(usize, AppError)>) -> AppError {
    let status = failures
        .iter()
        .map(|(_, error)| error.status())
        .max_by_key(|status| match status.as_u16() {
            403 => 4,
            412 => 3,
            404 => 2,
            409 => 1,
            _ => 0,
        })
        .unwrap_or(http::StatusCode::UNPROCESSABLE_ENTITY);
    let errors: Vec<FieldError> = failures
        .into_iter()
        .flat_map(|(index, error)| error.field_errors_under(&format!("/items/{index}")))
        .collect();
    match status.as_u16() {
        403 | 404 | 409 | 412 => AppError::BatchFailed { status, errors },
        _ => AppError::Validation(errors),
    }
}

/// Starts a batch item. Each item runs in its own savepoint so that a failing one can be undone on
/// its own: PostgreSQL refuses every further statement of a transaction after an error, and the
/// remaining items must still be checked, to point at every failing item in one answer.
async fn savepoint(tx: &mut Tx<'_>) -> Result<(), AppError> {
    sqlx::query("SAVEPOINT batch_item")
        .execute(tx.conn())
        .await?;
    Ok(())
}

async fn release_savepoint(tx: &mut Tx<'_>) -> Result<(), AppError> {
    sqlx::query("RELEASE SAVEPOINT batch_item")
        .execute(tx.conn())
        .await?;
    Ok(())
}

/// Undoes a failed batch item and gives back its error, to report with the others. A failure on
/// our side (the database is gone, say) is no fault of the item: it ends the batch at once.
async fn undo_item(tx: &mut Tx<'_>, error: AppError) -> Result<AppError, AppError> {
    if error.status().is_server_error() {
        return Err(error);
    }
    sqlx::query("ROLLBACK TO SAVEPOINT batch_item")
        .execute(tx.conn())
        .await?;
    release_savepoint(tx).await?;
    Ok(error)
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

    pub async fn update_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
        patch: OpportunityPatch,
    ) -> Result<OpportunityRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let record = apply_patch(tx, id, precondition, patch).await?;
                Ok(record)
            })
        })
        .await
    }

    /// Creates every item or none; the error names each failing item, all of them: every item is
    /// checked, also after one has failed.
    pub async fn batch_create_opportunities(
        &self,
        actor: &Actor,
        items: Vec<OpportunityInput>,
    ) -> Result<Vec<OpportunityRecord>, AppError> {
        self.write(actor, |tx| {
            let items = items.clone();
            Box::pin(async move {
                let mut created = Vec::with_capacity(items.len());
                let mut failures = Vec::new();
                let mut external_ids = HashSet::new();
                for (index, item) in items.into_iter().enumerate() {
                    if let Some(external_id) = &item.external_id {
                        if !external_ids.insert(external_id.clone()) {
                            failures.push((
                                index,
                                AppError::conflict(
                                    "external_id_taken",
                                    "Two items have this external_id.",
                                ),
                            ));
                            continue;
                        }
                    }
                    savepoint(tx).await?;
                    match insert(tx, item).await {
                        Ok(record) => {
                            release_savepoint(tx).await?;
                            created.push(record);
                        }
                        Err(error) => failures.push((index, undo_item(tx, error).await?)),
                    }
                }
                if !failures.is_empty() {
                    return Err(batch_failure(failures));
                }
                Ok(created)
            })
        })
        .await
    }

    /// Applies every patch or none; the error names each failing item, all of them.
    pub async fn batch_update_opportunities(
        &self,
        actor: &Actor,
        items: Vec<(String, Precondition, OpportunityPatch)>,
    ) -> Result<Vec<OpportunityRecord>, AppError> {
        self.write(actor, |tx| {
            let items = items.clone();
            Box::pin(async move {
                let mut updated = Vec::with_capacity(items.len());
                let mut failures = Vec::new();
                let mut seen = HashSet::new();
                for (index, (id, precondition, patch)) in items.into_iter().enumerate() {
                    if !seen.insert(id.clone()) {
                        failures.push((
                            index,
                            AppError::rule_at(
                                "duplicate_item",
                                "/id",
                                "Each opportunity appears at most once.",
                            ),
                        ));
                        continue;
                    }
                    savepoint(tx).await?;
                    match apply_patch(tx, &id, precondition, patch).await {
                        Ok(record) => {
                            release_savepoint(tx).await?;
                            updated.push(record);
                        }
                        Err(error) => failures.push((index, undo_item(tx, error).await?)),
                    }
                }
                if !failures.is_empty() {
                    return Err(batch_failure(failures));
                }
                Ok(updated)
            })
        })
        .await
    }

    /// Creates the opportunity with this external id, or replaces its writable fields. Returns
    /// whether it was created. `precondition` is the client's `If-Match`, if any: with one (`*`
    /// included) only an existing opportunity is replaced, as HTTP has it, and nothing is created.
    pub async fn upsert_opportunity(
        &self,
        actor: &Actor,
        external_id: &str,
        precondition: Option<Precondition>,
        input: OpportunityInput,
    ) -> Result<(OpportunityRecord, bool), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let mut input = input.clone();
            Box::pin(async move {
                let existing: Option<(String, Option<i64>)> =
                    sqlx::query_as("SELECT id, deleted_at FROM opportunities WHERE external_id = $1")
                        .bind(external_id)
                        .fetch_optional(tx.conn())
                        .await?;
                let outcome = match existing {
                    Some((_, Some(_))) => {
                        return Err(AppError::conflict(
                            "opportunity_deleted",
                            "The opportunity with this external_id is deleted; restore it first.",
                        ))
                    }
                    Some((id, None)) => {
                        let precondition = precondition.unwrap_or(Precondition::Any);
                        let current = load_for_change(tx, &id, precondition).await?;
                        let stage_probability: i64 =
                            sqlx::query_scalar("SELECT probability FROM stages WHERE id = $1")
                                .bind(&current.stage_id)
                                .fetch_one(tx.conn())
                                .await?;
                        let patch = OpportunityPatch::replacing_with(input, &current, stage_probability);
                        (write_patch(tx, current, patch).await?, false)
                    }
                    None => {
                        if precondition.is_some() {
                            return Err(AppError::PreconditionFailed(
                                "If-Match asks to replace an opportunity, but there is none with this external_id.".to_owned(),
                            ));
                        }
                        input.external_id = Some(external_id.to_owned());
                        (insert(tx, input).await?, true)
                    }
                };
                Ok(outcome)
            })
        })
        .await
    }

    /// Soft delete: gone from reads, lists and reports until restored.
    pub async fn delete_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let current = load_for_change(tx, id, precondition).await?;
                let now = now_micros();
                let changed = sqlx::query(
                    "UPDATE opportunities SET deleted_at = $1, updated_at = $1, version = version + 1 WHERE id = $2 AND version = $3",
                )
                .bind(now)
                .bind(id)
                .bind(current.version)
                .execute(tx.conn())
                .await?;
                if changed.rows_affected() == 0 {
                    return Err(changed_meanwhile());
                }
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::Opportunity,
                    id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

    pub async fn restore_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<OpportunityRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let current: OpportunityRecord = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM opportunities WHERE id = $1 AND deleted_at IS NOT NULL"
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| AppError::NotFound(format!("There is no deleted opportunity {id}.")))?;
                precondition.check(current.version, "opportunity")?;
                tx.actor()
                    .ensure_may_change(&current.owner_id, "opportunity")?;
                let record: OpportunityRecord = sqlx::query_as(&format!(
                    "UPDATE opportunities SET deleted_at = NULL, updated_at = $1, version = version + 1 \
                     WHERE id = $2 AND version = $3 RETURNING {COLUMNS}"
                ))
                .bind(now_micros())
                .bind(id)
                .bind(current.version)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(changed_meanwhile)?;
                tx.audit(
                    AuditAction::Restore,
                    ResourceKind::Opportunity,
                    id,
                    Vec::<String>::new(),
                );
                Ok(record)
            })
        })
        .await
    }

    /// Permanent deletion with everything that hangs off the opportunity (deleted or not).
    pub async fn purge_opportunity(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let version: Option<i64> =
                    sqlx::query_scalar("SELECT version FROM opportunities WHERE id = $1")
                        .bind(id)
                        .fetch_optional(tx.conn())
                        .await?;
                let version = version.ok_or_else(|| not_found(id))?;
                precondition.check(version, "opportunity")?;
                for table in [
                    "line_items",
                    "notes",
                    "stage_history",
                    "opportunity_contacts",
                ] {
                    sqlx::query(&format!("DELETE FROM {table} WHERE opportunity_id = $1"))
                        .bind(id)
                        .execute(tx.conn())
                        .await?;
                }
                sqlx::query("DELETE FROM opportunities WHERE id = $1")
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                tx.audit(
                    AuditAction::Purge,
                    ResourceKind::Opportunity,
                    id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

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
                    status: status_of(&current),
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
