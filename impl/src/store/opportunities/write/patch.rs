//! Changing an opportunity by a merge patch.

use crate::domain::money::{Currency, Money};
use crate::domain::opportunity::ensure_writable;
use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::opportunities::{OpportunityRecord, COLUMNS};
use crate::store::tx::{AuditAction, ResourceKind, Tx};
use crate::store::{now_micros, Store};

use super::checks::{changed_meanwhile, currency_of, external_id_taken, load_for_change};
use super::links::{ensure_account, ensure_contacts, link_contacts};
use super::OpportunityPatch;

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
pub(super) async fn write_patch(
    tx: &mut Tx<'_>,
    current: OpportunityRecord,
    patch: OpportunityPatch,
) -> Result<OpportunityRecord, AppError> {
    let id = current.id.as_str();
    let fields = patch.fields();
    ensure_writable(current.status, &fields)?;
    let actor = tx.actor().clone();
    if let Some(owner) = &patch.owner_id {
        if owner != &current.owner_id && !actor.is_admin {
            return Err(AppError::Forbidden(
                "Only an Admin may reassign an opportunity.".to_owned(),
            ));
        }
    }
    let derived = current.amount_source.is_derived();
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
    let contact_roles = match &patch.contact_roles {
        Some(roles) => roles.clone(),
        None => current.contact_roles()?,
    };
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

impl Store {
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
}
