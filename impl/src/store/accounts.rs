//! Accounts: companies opportunities and contacts belong to.

use sqlx::FromRow;

use super::page::{Cursor, Key, Page};
use super::sql::{Sql, Value};
use super::tx::{AuditAction, ResourceKind};
use super::{now_micros, unique_violation, Store};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;

const COLUMNS: &str = "id, name, domain, industry, country, employee_count, external_id, tags, created_at, updated_at, version";

/// An account as stored.
#[derive(Debug, Clone, FromRow)]
pub struct AccountRecord {
    pub id: String,
    pub name: String,
    pub domain: Option<String>,
    pub industry: Option<String>,
    pub country: Option<String>,
    pub employee_count: Option<i64>,
    pub external_id: Option<String>,
    /// A JSON array.
    pub tags: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

/// The writable fields of an account.
#[derive(Debug, Clone, Default)]
pub struct AccountFields {
    pub name: String,
    pub domain: Option<String>,
    pub industry: Option<String>,
    pub country: Option<String>,
    pub employee_count: Option<i64>,
    pub external_id: Option<String>,
    pub tags: Vec<String>,
}

/// A JSON merge patch of an account: `None` leaves a field, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct AccountPatch {
    pub name: Option<String>,
    pub domain: Option<Option<String>>,
    pub industry: Option<Option<String>>,
    pub country: Option<Option<String>>,
    pub employee_count: Option<Option<i64>>,
    pub external_id: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
}

impl AccountPatch {
    /// The names of the fields this patch writes, for the audit log.
    fn fields(&self) -> Vec<&'static str> {
        [
            ("name", self.name.is_some()),
            ("domain", self.domain.is_some()),
            ("industry", self.industry.is_some()),
            ("country", self.country.is_some()),
            ("employee_count", self.employee_count.is_some()),
            ("external_id", self.external_id.is_some()),
            ("tags", self.tags.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }

    fn apply(self, fields: &mut AccountFields) {
        if let Some(name) = self.name {
            fields.name = name;
        }
        if let Some(domain) = self.domain {
            fields.domain = domain;
        }
        if let Some(industry) = self.industry {
            fields.industry = industry;
        }
        if let Some(country) = self.country {
            fields.country = country;
        }
        if let Some(employee_count) = self.employee_count {
            fields.employee_count = employee_count;
        }
        if let Some(external_id) = self.external_id {
            fields.external_id = external_id;
        }
        if let Some(tags) = self.tags {
            fields.tags = tags;
        }
    }
}

/// How to order a list of accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountOrder {
    Name { descending: bool },
    CreatedAt { descending: bool },
    UpdatedAt { descending: bool },
}

impl AccountOrder {
    fn parts(self) -> (&'static str, &'static str, bool) {
        match self {
            AccountOrder::Name { descending } => ("name", "name", descending),
            AccountOrder::CreatedAt { descending } => ("created_at", "created_at", descending),
            AccountOrder::UpdatedAt { descending } => ("updated_at", "updated_at", descending),
        }
    }

    fn key_of(self, record: &AccountRecord) -> Key {
        match self {
            AccountOrder::Name { .. } => Key::Text(record.name.clone()),
            AccountOrder::CreatedAt { .. } => Key::Int(record.created_at),
            AccountOrder::UpdatedAt { .. } => Key::Int(record.updated_at),
        }
    }
}

/// A list request for accounts.
#[derive(Debug, Clone)]
pub struct AccountQuery {
    pub limit: i64,
    pub cursor: Option<String>,
    pub text: Option<String>,
    pub updated_since: Option<i64>,
    pub order: AccountOrder,
}

impl AccountRecord {
    /// The fields as a patch merges them; stored tags that are not a JSON array of strings fail it
    /// (a merge onto "no tags" would erase them).
    fn fields(&self) -> Result<AccountFields, AppError> {
        let tags = serde_json::from_str(&self.tags).map_err(|error| {
            AppError::Internal(
                anyhow::Error::new(error)
                    .context(format!("account {} has malformed tags", self.id)),
            )
        })?;
        Ok(AccountFields {
            name: self.name.clone(),
            domain: self.domain.clone(),
            industry: self.industry.clone(),
            country: self.country.clone(),
            employee_count: self.employee_count,
            external_id: self.external_id.clone(),
            tags,
        })
    }
}

fn external_id_taken(error: sqlx::Error) -> AppError {
    if unique_violation(&error) {
        AppError::conflict(
            "external_id_taken",
            "Another account already has this external_id.",
        )
    } else {
        error.into()
    }
}

impl Store {
    pub async fn create_account(
        &self,
        actor: &Actor,
        fields: AccountFields,
    ) -> Result<AccountRecord, AppError> {
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_micros();
        self.write(actor, |tx| {
            let id = id.clone();
            let fields = fields.clone();
            Box::pin(async move {
                let record: AccountRecord = sqlx::query_as(&format!(
                    "INSERT INTO accounts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1) RETURNING {COLUMNS}"
                ))
                .bind(&id)
                .bind(&fields.name)
                .bind(&fields.domain)
                .bind(&fields.industry)
                .bind(&fields.country)
                .bind(fields.employee_count)
                .bind(&fields.external_id)
                .bind(serde_json::json!(fields.tags).to_string())
                .bind(now)
                .fetch_one(tx.conn())
                .await
                .map_err(external_id_taken)?;
                tx.audit(
                    AuditAction::Create,
                    ResourceKind::Account,
                    &id,
                    [
                        "name",
                        "domain",
                        "industry",
                        "country",
                        "employee_count",
                        "external_id",
                        "tags",
                    ],
                );
                Ok(record)
            })
        })
        .await
    }

    /// One account that is not deleted; 404 otherwise. One round trip.
    pub async fn account(&self, id: &str) -> Result<AccountRecord, AppError> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM accounts WHERE id = $1 AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or_else(|| AppError::NotFound(format!("There is no account {id}.")))
    }

    pub async fn update_account(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
        patch: AccountPatch,
    ) -> Result<AccountRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let current: AccountRecord = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM accounts WHERE id = $1 AND deleted_at IS NULL"
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| AppError::NotFound(format!("There is no account {id}.")))?;
                precondition.check(current.version, "account")?;
                let changed = patch.fields();
                let mut fields = current.fields()?;
                patch.apply(&mut fields);
                let record: AccountRecord = sqlx::query_as(&format!(
                    "UPDATE accounts SET name = $1, domain = $2, industry = $3, country = $4, employee_count = $5, \
                     external_id = $6, tags = $7, updated_at = $8, version = version + 1 \
                     WHERE id = $9 AND version = $10 RETURNING {COLUMNS}"
                ))
                .bind(&fields.name)
                .bind(&fields.domain)
                .bind(&fields.industry)
                .bind(&fields.country)
                .bind(fields.employee_count)
                .bind(&fields.external_id)
                .bind(serde_json::json!(fields.tags).to_string())
                .bind(now_micros())
                .bind(id)
                .bind(current.version)
                .fetch_optional(tx.conn())
                .await
                .map_err(external_id_taken)?
                .ok_or_else(|| AppError::PreconditionFailed("The account changed while this update was applied. Read it again and retry.".to_owned()))?;
                tx.audit(AuditAction::Update, ResourceKind::Account, id, changed);
                Ok(record)
            })
        })
        .await
    }

    /// Soft-deletes an account that nothing open depends on.
    pub async fn delete_account(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                let version: Option<i64> =
                    sqlx::query_scalar("SELECT version FROM accounts WHERE id = $1 AND deleted_at IS NULL")
                        .bind(id)
                        .fetch_optional(tx.conn())
                        .await?;
                let version =
                    version.ok_or_else(|| AppError::NotFound(format!("There is no account {id}.")))?;
                precondition.check(version, "account")?;
                let dependents: i64 = sqlx::query_scalar(
                    "SELECT (SELECT COUNT(*) FROM opportunities WHERE account_id = $1 AND deleted_at IS NULL AND status = 'open') \
                          + (SELECT COUNT(*) FROM contacts WHERE account_id = $1 AND deleted_at IS NULL)",
                )
                .bind(id)
                .fetch_one(tx.conn())
                .await?;
                if dependents > 0 {
                    return Err(AppError::conflict(
                        "account_in_use",
                        "The account still has open opportunities or contacts.",
                    ));
                }
                sqlx::query("UPDATE accounts SET deleted_at = $1, version = version + 1, updated_at = $1 WHERE id = $2")
                    .bind(now_micros())
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::Account,
                    id,
                    Vec::<String>::new(),
                );
                Ok(())
            })
        })
        .await
    }

    pub async fn list_accounts(
        &self,
        query: AccountQuery,
    ) -> Result<Page<AccountRecord>, AppError> {
        let (sort_name, column, descending) = query.order.parts();
        let sort = if descending {
            format!("-{sort_name}")
        } else {
            sort_name.to_owned()
        };
        let cursor = query
            .cursor
            .as_deref()
            .map(|text| Cursor::decode(text, &sort))
            .transpose()?;
        let (comparison, direction) = if descending {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        let mut sql = Sql::new(format!(
            "SELECT {COLUMNS} FROM accounts WHERE deleted_at IS NULL"
        ));
        if let Some(text) = &query.text {
            let pattern = sql.bind(Value::Text(format!("%{}%", text.to_lowercase())));
            sql.push(&format!(" AND LOWER(name) LIKE {pattern}"));
        }
        if let Some(since) = query.updated_since {
            let since = sql.bind(Value::Int(since));
            sql.push(&format!(" AND updated_at >= {since}"));
        }
        if let Some(cursor) = &cursor {
            let key = sql.bind(cursor.key.clone().into());
            let id = sql.bind(Value::Text(cursor.id.clone()));
            sql.push(&format!(
                " AND ({column} {comparison} {key} OR ({column} = {key} AND id {comparison} {id}))"
            ));
        }
        let limit = sql.bind(Value::Int(query.limit + 1));
        sql.push(&format!(
            " ORDER BY {column} {direction}, id {direction} LIMIT {limit}"
        ));
        let statement = sqlx::query_as_with::<_, AccountRecord, _>(sql.text(), sql.arguments());
        let rows = statement.fetch_all(self.pool()).await?;
        let order = query.order;
        Ok(Page::from_rows(rows, query.limit, |record| Cursor {
            sort: sort.clone(),
            key: order.key_of(record),
            id: record.id.clone(),
        }))
    }
}
