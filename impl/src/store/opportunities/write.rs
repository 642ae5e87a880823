//! Opportunity writes. Each public function is one transaction that also writes its audit rows;
//! the shared steps (`insert`, `apply_patch`) take a [`Tx`](crate::store::tx::Tx) so that batches
//! reuse them. One file a kind of write: create, patch, upsert, batch, lifecycle (stage
//! transitions), deletion; the steps they share are in checks, links (account and contacts) and
//! stages.

use super::items::LineItemInput;
use super::ContactRole;

mod batch;
mod checks;
mod create;
mod deletion;
pub(crate) use deletion::purge_rows;
mod lifecycle;
mod links;
mod patch;
mod stages;
mod upsert;

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
}
