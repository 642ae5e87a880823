//! The audit log: who read or changed what, newest first for Admins, oldest first for a data
//! subject's export.
//!
//! Rows name the fields written, never their values (see [`super::tx::Tx::audit`]), so the log holds
//! no personal data beyond the ids it is about and the actors' token subjects, and a GDPR erasure
//! has nothing to erase here.

use serde_json::json;
use sqlx::FromRow;

use super::page::{Cursor, Key, Page};
use super::sql::{Sql, Value};
use super::tx::{AuditAction, ResourceKind};
use super::{now_micros, Store};
use crate::domain::Actor;
use crate::error::{AppError, FieldError};

const COLUMNS: &str =
    "id, occurred_at, actor_id, actor_kind, action, resource_type, resource_id, request_id, changed_fields";

/// The only order the log is listed in, bound into its cursors.
const SORT: &str = "audit_events:-occurred_at";

/// An audit event as stored.
#[derive(Debug, Clone, FromRow)]
pub struct AuditEventRecord {
    pub id: String,
    pub occurred_at: i64,
    /// The token `sub` of who did it.
    pub actor_id: String,
    /// `user` or `client` ([`crate::auth::PrincipalKind::as_str`]).
    pub actor_kind: String,
    /// One of the contract's `AuditAction` values ([`AuditAction::as_str`]).
    pub action: String,
    /// One of the contract's `ResourceType` values ([`ResourceKind::as_str`]).
    pub resource_type: String,
    pub resource_id: String,
    pub request_id: Option<String>,
    /// A JSON array of field names.
    pub changed_fields: String,
}

/// A list request for the audit log, newest first. Every filter narrows; none is required.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub limit: i64,
    pub cursor: Option<String>,
    pub actor_id: Option<String>,
    /// One of the contract's `ResourceType` values.
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    /// Only events at or after this instant (microseconds).
    pub occurred_from: Option<i64>,
    /// Only events before this instant (microseconds).
    pub occurred_to: Option<i64>,
}

impl Store {
    /// Records that `actor` read a resource, outside any transaction: one `INSERT` per read, the
    /// cost of knowing who accessed personal data. Written exactly as [`super::tx::Tx::commit`]
    /// writes its rows (a v7 id, now, no fields). A failure fails the read: no unrecorded access.
    #[tracing::instrument(skip_all, fields(resource_id = %resource_id))]
    pub async fn record_read(
        &self,
        actor: &Actor,
        kind: ResourceKind,
        resource_id: &str,
    ) -> Result<(), AppError> {
        sqlx::query(
            "INSERT INTO audit_events (id, occurred_at, actor_id, actor_kind, action, resource_type, resource_id, request_id, changed_fields) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(now_micros())
        .bind(actor.subject.as_str())
        .bind(actor.kind.as_str())
        .bind(AuditAction::Read.as_str())
        .bind(kind.as_str())
        .bind(resource_id)
        .bind(actor.request_id.as_str())
        .bind(json!(Vec::<String>::new()).to_string())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every event about one resource, oldest first (ties by id): the trail a data subject export
    /// carries. One round trip over `audit_events_by_resource`.
    #[tracing::instrument(skip_all, fields(resource_id = %resource_id))]
    pub async fn audit_trail(
        &self,
        kind: ResourceKind,
        resource_id: &str,
    ) -> Result<Vec<AuditEventRecord>, AppError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM audit_events WHERE resource_id = $1 AND resource_type = $2 \
             ORDER BY occurred_at, id"
        ))
        .bind(resource_id)
        .bind(kind.as_str())
        .fetch_all(self.pool())
        .await?)
    }

    /// A page of the audit log about records (not service configuration), newest first (ties by
    /// id, descending). The keyset comparison is a
    /// row value, so each filter's index (`audit_events_by_resource`, `_by_actor`, else `_by_time`)
    /// seeks straight to the page instead of reading past the pages before it.
    #[tracing::instrument(skip_all)]
    pub async fn list_audit_events(
        &self,
        query: AuditQuery,
    ) -> Result<Page<AuditEventRecord>, AppError> {
        let cursor = query
            .cursor
            .as_deref()
            .map(|text| Cursor::decode(text, SORT))
            .transpose()?
            .map(|cursor| match cursor.key {
                Key::Int(occurred_at) => Ok((occurred_at, cursor.id)),
                Key::Text(_) => Err(AppError::InvalidParameters(vec![FieldError::new(
                    "/query/cursor",
                    "invalid",
                    "is not a cursor from a previous page of the audit log",
                )])),
            })
            .transpose()?;
        let mut sql = Sql::new(format!("SELECT {COLUMNS} FROM audit_events"));
        // Records only (see `ResourceKind::is_record`): rows about service configuration stay in
        // the table, for operators, and never reach a client that could not parse them.
        let configuration = sql.bind(Value::Text(
            ResourceKind::WebhookSubscription.as_str().to_owned(),
        ));
        let mut conditions = vec![format!("resource_type <> {configuration}")];
        if let Some(actor_id) = &query.actor_id {
            let actor_id = sql.bind(Value::Text(actor_id.clone()));
            conditions.push(format!("actor_id = {actor_id}"));
        }
        if let Some(resource_type) = &query.resource_type {
            let resource_type = sql.bind(Value::Text(resource_type.clone()));
            conditions.push(format!("resource_type = {resource_type}"));
        }
        if let Some(resource_id) = &query.resource_id {
            let resource_id = sql.bind(Value::Text(resource_id.clone()));
            conditions.push(format!("resource_id = {resource_id}"));
        }
        if let Some(from) = query.occurred_from {
            let from = sql.bind(Value::Int(from));
            conditions.push(format!("occurred_at >= {from}"));
        }
        if let Some(to) = query.occurred_to {
            let to = sql.bind(Value::Int(to));
            conditions.push(format!("occurred_at < {to}"));
        }
        if let Some((occurred_at, id)) = cursor {
            let occurred_at = sql.bind(Value::Int(occurred_at));
            let id = sql.bind(Value::Text(id));
            conditions.push(format!("(occurred_at, id) < ({occurred_at}, {id})"));
        }
        sql.push(" WHERE ");
        sql.push(&conditions.join(" AND "));
        let limit = sql.bind(Value::Int(query.limit + 1));
        sql.push(&format!(
            " ORDER BY occurred_at DESC, id DESC LIMIT {limit}"
        ));
        let rows = sqlx::query_as_with::<_, AuditEventRecord, _>(sql.text(), sql.arguments())
            .fetch_all(self.pool())
            .await?;
        Ok(Page::from_rows(rows, query.limit, |record| Cursor {
            sort: SORT.to_owned(),
            key: Key::Int(record.occurred_at),
            id: record.id.clone(),
        }))
    }
}
