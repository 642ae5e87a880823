//! Upsert by external id: create the opportunity, or replace every writable field of it.

use crate::domain::{Actor, Precondition};
use crate::error::AppError;
use crate::store::opportunities::OpportunityRecord;
use crate::store::Store;

use super::checks::load_for_change;
use super::create::insert;
use super::patch::write_patch;
use super::{OpportunityInput, OpportunityPatch};

impl OpportunityPatch {
    /// The patch that replaces every writable field of `current` with `input`'s (upsert by external
    /// id). Fields left out take their defaults, as on create: no amount (unless the line items
    /// derive it), the probability of the stage the opportunity is in (`stage_probability`). The
    /// owner stays: the caller is the owner already, or an Admin syncing someone else's deal.
    fn replacing_with(
        input: OpportunityInput,
        current: &OpportunityRecord,
        stage_probability: i64,
    ) -> Self {
        let derived = current.amount_source.is_derived();
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

impl Store {
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
}
