//! Opportunities: the record, its writes (with stage history, contact links and line items, each
//! write one transaction), and its reads.

use sqlx::FromRow;

use crate::domain::opportunity::{AmountSource, Status};
use crate::error::AppError;

use super::Store;

pub mod items;
pub mod list;
pub mod write;

/// The columns of [`OpportunityRecord`], in order, for `SELECT` and `RETURNING`.
pub const COLUMNS: &str = "id, name, account_id, primary_contact_id, contact_roles, owner_id, pipeline_id, stage_id, \
     status, amount_e4, currency, amount_source, probability, expected_close_date, closed_at, lost_reason, \
     next_step, source, description, tags, external_id, stage_entered_at, created_at, updated_at, version";

/// An opportunity as stored.
#[derive(Debug, Clone, FromRow)]
pub struct OpportunityRecord {
    pub id: String,
    pub name: String,
    pub account_id: String,
    pub primary_contact_id: Option<String>,
    /// A JSON array of `{contact_id, role}`.
    pub contact_roles: String,
    pub owner_id: String,
    pub pipeline_id: String,
    pub stage_id: String,
    #[sqlx(try_from = "String")]
    pub status: Status,
    pub amount_e4: i64,
    pub currency: String,
    #[sqlx(try_from = "String")]
    pub amount_source: AmountSource,
    pub probability: i64,
    pub expected_close_date: Option<String>,
    pub closed_at: Option<i64>,
    pub lost_reason: Option<String>,
    pub next_step: Option<String>,
    pub source: Option<String>,
    pub description: Option<String>,
    /// A JSON array of strings.
    pub tags: String,
    pub external_id: Option<String>,
    pub stage_entered_at: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

/// A contact's part in an opportunity, as stored in `contact_roles`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ContactRole {
    pub contact_id: String,
    pub role: String,
}

impl OpportunityRecord {
    /// The stored contact roles; stored JSON that does not decode is an error, not "no roles".
    pub fn contact_roles(&self) -> Result<Vec<ContactRole>, AppError> {
        serde_json::from_str(&self.contact_roles).map_err(|error| {
            AppError::Internal(anyhow::Error::new(error).context(format!(
                "opportunity {} has malformed contact_roles",
                self.id
            )))
        })
    }
}

impl Store {
    /// One opportunity that is not deleted; 404 otherwise. One round trip.
    pub async fn opportunity(&self, id: &str) -> Result<OpportunityRecord, AppError> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM opportunities WHERE id = $1 AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or_else(|| not_found(id))
    }
}

pub(crate) fn not_found(id: &str) -> AppError {
    AppError::NotFound(format!("There is no opportunity {id}."))
}
