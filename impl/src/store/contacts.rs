//! Contacts: people at accounts. Personal data under the GDPR: a contact whose processing is
//! restricted, or who was erased, is never changed here, and one under legal hold is never deleted.

use sqlx::any::AnyRow;
use sqlx::{FromRow, Row as _};

use super::opportunities::ContactRole;
use super::page::{Cursor, Key, Page};
use super::sql::{Sql, Value};
use super::tx::{AuditAction, ResourceKind, Tx};
use super::{now_micros, Backend, Store};
use crate::domain::{Actor, Precondition};
use crate::error::AppError;

/// The columns of [`ContactRecord`], for `SELECT` and `RETURNING`.
///
/// The flags are BOOLEAN in both databases, but sqlx's Any driver cannot map an SQLite BOOLEAN
/// column at all (the whole row fails to decode), so they are read as integers, 1 or 0.
pub(super) const COLUMNS: &str =
    "id, account_id, first_name, last_name, email, phone, job_title, country, lawful_basis, \
     CASE WHEN marketing_consent THEN 1 ELSE 0 END AS marketing_consent, consent_recorded_at, \
     CASE WHEN processing_restricted THEN 1 ELSE 0 END AS processing_restricted, \
     CASE WHEN legal_hold THEN 1 ELSE 0 END AS legal_hold, \
     erased_at, created_at, updated_at, version";

/// The ids of the opportunities contact `$1` is on, as primary contact or in the contact roles.
/// A union, so that each half is an index lookup: PostgreSQL plans `primary_contact_id = $1 OR id
/// IN (...)` as a scan of every opportunity.
pub(super) const LINKED_OPPORTUNITIES: &str =
    "SELECT id FROM opportunities WHERE primary_contact_id = $1 \
     UNION SELECT opportunity_id FROM opportunity_contacts WHERE contact_id = $1";

/// The sort of the only order contacts are listed in, bound into their cursors.
const SORT: &str = "contacts:-created_at";

/// A contact as stored.
#[derive(Debug, Clone)]
pub struct ContactRecord {
    pub id: String,
    pub account_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub job_title: Option<String>,
    pub country: Option<String>,
    /// One of the contract's `LawfulBasis` values.
    pub lawful_basis: String,
    pub marketing_consent: bool,
    /// When `marketing_consent` was last set by a client; `None` if it never was.
    pub consent_recorded_at: Option<i64>,
    pub processing_restricted: bool,
    pub legal_hold: bool,
    pub erased_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

impl<'r> FromRow<'r, AnyRow> for ContactRecord {
    fn from_row(row: &'r AnyRow) -> Result<Self, sqlx::Error> {
        let flag = |column: &str| row.try_get::<i64, _>(column).map(|value| value != 0);
        Ok(Self {
            id: row.try_get("id")?,
            account_id: row.try_get("account_id")?,
            first_name: row.try_get("first_name")?,
            last_name: row.try_get("last_name")?,
            email: row.try_get("email")?,
            phone: row.try_get("phone")?,
            job_title: row.try_get("job_title")?,
            country: row.try_get("country")?,
            lawful_basis: row.try_get("lawful_basis")?,
            marketing_consent: flag("marketing_consent")?,
            consent_recorded_at: row.try_get("consent_recorded_at")?,
            processing_restricted: flag("processing_restricted")?,
            legal_hold: flag("legal_hold")?,
            erased_at: row.try_get("erased_at")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
            version: row.try_get("version")?,
        })
    }
}

/// The fields a client writes when creating a contact.
#[derive(Debug, Clone)]
pub struct NewContact {
    pub account_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub job_title: Option<String>,
    pub country: Option<String>,
    pub lawful_basis: String,
    /// `None` when the client did not say: no consent, and none recorded.
    pub marketing_consent: Option<bool>,
}

/// A JSON merge patch of a contact: `None` leaves a field, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct ContactPatch {
    pub account_id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<Option<String>>,
    pub phone: Option<Option<String>>,
    pub job_title: Option<Option<String>>,
    pub country: Option<Option<String>>,
    pub lawful_basis: Option<String>,
    pub marketing_consent: Option<bool>,
}

impl ContactPatch {
    /// The names of the fields this patch writes, for the audit log.
    fn fields(&self) -> Vec<&'static str> {
        [
            ("account_id", self.account_id.is_some()),
            ("first_name", self.first_name.is_some()),
            ("last_name", self.last_name.is_some()),
            ("email", self.email.is_some()),
            ("phone", self.phone.is_some()),
            ("job_title", self.job_title.is_some()),
            ("country", self.country.is_some()),
            ("lawful_basis", self.lawful_basis.is_some()),
            ("marketing_consent", self.marketing_consent.is_some()),
            ("consent_recorded_at", self.marketing_consent.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }

    /// Applies the patch; setting `marketing_consent`, even to its current value, records it `now`.
    fn apply(self, record: &mut ContactRecord, now: i64) {
        if let Some(account_id) = self.account_id {
            record.account_id = account_id;
        }
        if let Some(first_name) = self.first_name {
            record.first_name = first_name;
        }
        if let Some(last_name) = self.last_name {
            record.last_name = last_name;
        }
        if let Some(email) = self.email {
            record.email = email;
        }
        if let Some(phone) = self.phone {
            record.phone = phone;
        }
        if let Some(job_title) = self.job_title {
            record.job_title = job_title;
        }
        if let Some(country) = self.country {
            record.country = country;
        }
        if let Some(lawful_basis) = self.lawful_basis {
            record.lawful_basis = lawful_basis;
        }
        if let Some(consent) = self.marketing_consent {
            record.marketing_consent = consent;
            record.consent_recorded_at = Some(now);
        }
    }
}

/// A list request for contacts, newest first.
#[derive(Debug, Clone)]
pub struct ContactQuery {
    pub limit: i64,
    pub cursor: Option<String>,
    pub account_id: Option<String>,
    /// Matched case-insensitively against the full name and the email address.
    pub text: Option<String>,
    pub updated_since: Option<i64>,
}

pub(super) fn not_found(id: &str) -> AppError {
    AppError::NotFound(format!("There is no contact {id}."))
}

/// A row-lock suffix for a read whose rows this transaction depends on: PostgreSQL takes the
/// lock; SQLite needs none, as its writers run one at a time (`BEGIN IMMEDIATE`).
pub(super) fn row_lock(backend: Backend, clause: &'static str) -> &'static str {
    match backend {
        Backend::Postgres => clause,
        Backend::Sqlite => "",
    }
}

/// `text` as a LIKE pattern that matches it anywhere, its own wildcards taken literally
/// (with `ESCAPE '\'`).
fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for character in text.to_lowercase().chars() {
        if matches!(character, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(character);
    }
    pattern.push('%');
    pattern
}

impl Store {
    /// Checks, inside `tx`, that a contact may belong to `account_id`: the account exists and is
    /// not deleted. On PostgreSQL the account row stays share-locked until the transaction ends, so
    /// an account delete that locks the row before counting its contacts waits for this one.
    async fn ensure_account_for_contact(
        &self,
        tx: &mut Tx<'_>,
        account_id: &str,
    ) -> Result<(), AppError> {
        let found: Option<String> = sqlx::query_scalar(&format!(
            "SELECT id FROM accounts WHERE id = $1 AND deleted_at IS NULL{}",
            row_lock(self.backend(), " FOR SHARE")
        ))
        .bind(account_id)
        .fetch_optional(tx.conn())
        .await?;
        match found {
            Some(_) => Ok(()),
            None => Err(AppError::rule_at(
                "unknown_account",
                "/account_id",
                format!("There is no account {account_id}."),
            )),
        }
    }

    #[tracing::instrument(skip_all)]
    pub async fn create_contact(
        &self,
        actor: &Actor,
        contact: NewContact,
    ) -> Result<ContactRecord, AppError> {
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_micros();
        self.write(actor, |tx| {
            let id = id.clone();
            let contact = contact.clone();
            Box::pin(async move {
                self.ensure_account_for_contact(tx, &contact.account_id)
                    .await?;
                let record: ContactRecord = sqlx::query_as(&format!(
                    "INSERT INTO contacts (id, account_id, first_name, last_name, email, phone, job_title, country, \
                     lawful_basis, marketing_consent, consent_recorded_at, processing_restricted, legal_hold, \
                     created_at, updated_at, version) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, FALSE, FALSE, $12, $12, 1) \
                     RETURNING {COLUMNS}"
                ))
                .bind(&id)
                .bind(&contact.account_id)
                .bind(&contact.first_name)
                .bind(&contact.last_name)
                .bind(&contact.email)
                .bind(&contact.phone)
                .bind(&contact.job_title)
                .bind(&contact.country)
                .bind(&contact.lawful_basis)
                .bind(contact.marketing_consent.unwrap_or(false))
                .bind(contact.marketing_consent.map(|_| now))
                .bind(now)
                .fetch_one(tx.conn())
                .await?;
                let mut fields = vec![
                    "account_id",
                    "first_name",
                    "last_name",
                    "email",
                    "phone",
                    "job_title",
                    "country",
                    "lawful_basis",
                ];
                if contact.marketing_consent.is_some() {
                    fields.extend(["marketing_consent", "consent_recorded_at"]);
                }
                if contact.marketing_consent == Some(true) {
                    super::consent_events::record_marketing_flag(tx, &id, true, now).await?;
                    fields.push("consents");
                }
                tx.audit(AuditAction::Create, ResourceKind::Contact, &id, fields);
                Ok(record)
            })
        })
        .await
    }

    /// One contact that is not deleted (erased ones included, anonymised); 404 otherwise.
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn contact(&self, id: &str) -> Result<ContactRecord, AppError> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM contacts WHERE id = $1 AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or_else(|| not_found(id))
    }

    /// Applies a merge patch to a contact that is neither restricted nor erased; moving it to
    /// another account needs that account to exist.
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn update_contact(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
        patch: ContactPatch,
    ) -> Result<ContactRecord, AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            let patch = patch.clone();
            Box::pin(async move {
                let current: ContactRecord = sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM contacts WHERE id = $1 AND deleted_at IS NULL"
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| not_found(id))?;
                precondition.check(current.version, "contact")?;
                if current.erased_at.is_some() {
                    return Err(AppError::conflict(
                        "contact_erased",
                        "The contact's personal data was erased; it can no longer be changed.",
                    ));
                }
                if current.processing_restricted {
                    return Err(AppError::conflict(
                        "processing_restricted",
                        "Processing of this contact's data is restricted; lift the restriction before changing it.",
                    ));
                }
                if let Some(account_id) = patch
                    .account_id
                    .as_deref()
                    .filter(|account_id| *account_id != current.account_id)
                {
                    self.ensure_account_for_contact(tx, account_id).await?;
                }
                let changed = patch.fields();
                let now = now_micros();
                let mut next = current.clone();
                patch.apply(&mut next, now);
                let record: ContactRecord = sqlx::query_as(&format!(
                    "UPDATE contacts SET account_id = $1, first_name = $2, last_name = $3, email = $4, phone = $5, \
                     job_title = $6, country = $7, lawful_basis = $8, marketing_consent = $9, consent_recorded_at = $10, \
                     updated_at = $11, version = version + 1 \
                     WHERE id = $12 AND version = $13 AND deleted_at IS NULL RETURNING {COLUMNS}"
                ))
                .bind(&next.account_id)
                .bind(&next.first_name)
                .bind(&next.last_name)
                .bind(&next.email)
                .bind(&next.phone)
                .bind(&next.job_title)
                .bind(&next.country)
                .bind(&next.lawful_basis)
                .bind(next.marketing_consent)
                .bind(next.consent_recorded_at)
                .bind(now)
                .bind(id)
                .bind(current.version)
                .fetch_optional(tx.conn())
                .await?
                .ok_or_else(|| {
                    AppError::PreconditionFailed(
                        "The contact changed while this update was applied. Read it again and retry."
                            .to_owned(),
                    )
                })?;
                let mut changed = changed;
                if next.marketing_consent != current.marketing_consent {
                    super::consent_events::record_marketing_flag(tx, id, next.marketing_consent, now)
                        .await?;
                    changed.push("consents");
                }
                tx.audit(AuditAction::Update, ResourceKind::Contact, id, changed);
                Ok(record)
            })
        })
        .await
    }

    /// Soft-deletes a contact that is not under legal hold, and takes it off every opportunity
    /// (as primary contact and from the contact roles), each such opportunity getting a new
    /// version and its own audit row, all in one transaction.
    #[tracing::instrument(skip_all, fields(contact_id = %id))]
    pub async fn delete_contact(
        &self,
        actor: &Actor,
        id: &str,
        precondition: Precondition,
    ) -> Result<(), AppError> {
        self.write(actor, |tx| {
            let precondition = precondition.clone();
            Box::pin(async move {
                // Locked, so that nothing links the contact to an opportunity while it is being deleted.
                let current: Option<(i64, i64)> = sqlx::query_as(&format!(
                    "SELECT version, CASE WHEN legal_hold THEN 1 ELSE 0 END FROM contacts \
                     WHERE id = $1 AND deleted_at IS NULL{}",
                    row_lock(self.backend(), " FOR UPDATE")
                ))
                .bind(id)
                .fetch_optional(tx.conn())
                .await?;
                let (version, legal_hold) = current.ok_or_else(|| not_found(id))?;
                precondition.check(version, "contact")?;
                if legal_hold != 0 {
                    return Err(AppError::conflict(
                        "legal_hold",
                        "The contact is under legal hold and cannot be deleted until the hold is released.",
                    ));
                }
                let now = now_micros();
                sqlx::query(
                    "UPDATE contacts SET deleted_at = $1, updated_at = $1, version = version + 1 WHERE id = $2",
                )
                .bind(now)
                .bind(id)
                .execute(tx.conn())
                .await?;
                tx.audit(
                    AuditAction::Delete,
                    ResourceKind::Contact,
                    id,
                    Vec::<String>::new(),
                );
                self.unlink_contact_from_opportunities(tx, id, now)
                    .await?;
                Ok(())
            })
        })
        .await
    }

    /// Takes a contact off every opportunity (deleted ones too, so that a restored opportunity
    /// does not point at a deleted contact), and says how many opportunities it was on.
    pub(super) async fn unlink_contact_from_opportunities(
        &self,
        tx: &mut Tx<'_>,
        contact_id: &str,
        now: i64,
    ) -> Result<usize, AppError> {
        let linked: Vec<(String, Option<String>, String)> = sqlx::query_as(&format!(
            "SELECT id, primary_contact_id, contact_roles FROM opportunities WHERE id IN ({LINKED_OPPORTUNITIES}) \
             ORDER BY id{}",
            row_lock(self.backend(), " FOR UPDATE")
        ))
        .bind(contact_id)
        .fetch_all(tx.conn())
        .await?;
        let count = linked.len();
        for (opportunity_id, primary_contact_id, contact_roles) in linked {
            let roles: Vec<ContactRole> = serde_json::from_str(&contact_roles).map_err(|error| {
                AppError::Internal(anyhow::Error::new(error).context(format!(
                    "the contact_roles of opportunity {opportunity_id} are not a JSON array of roles"
                )))
            })?;
            let kept: Vec<&ContactRole> = roles
                .iter()
                .filter(|role| role.contact_id != contact_id)
                .collect();
            let mut changed = Vec::new();
            if primary_contact_id.as_deref() == Some(contact_id) {
                changed.push("primary_contact_id");
            }
            if kept.len() != roles.len() {
                changed.push("contact_roles");
            }
            sqlx::query(
                "UPDATE opportunities SET \
                 primary_contact_id = CASE WHEN primary_contact_id = $1 THEN NULL ELSE primary_contact_id END, \
                 contact_roles = $2, updated_at = $3, version = version + 1 WHERE id = $4",
            )
            .bind(contact_id)
            .bind(serde_json::json!(kept).to_string())
            .bind(now)
            .bind(&opportunity_id)
            .execute(tx.conn())
            .await?;
            tx.audit(
                AuditAction::Update,
                ResourceKind::Opportunity,
                &opportunity_id,
                changed,
            );
        }
        sqlx::query("DELETE FROM opportunity_contacts WHERE contact_id = $1")
            .bind(contact_id)
            .execute(tx.conn())
            .await?;
        Ok(count)
    }

    /// Contacts that are not deleted, newest first (ties by id), a page at a time.
    #[tracing::instrument(skip_all)]
    pub async fn list_contacts(
        &self,
        query: ContactQuery,
    ) -> Result<Page<ContactRecord>, AppError> {
        let cursor = query
            .cursor
            .as_deref()
            .map(|text| Cursor::decode(text, SORT))
            .transpose()?;
        let mut sql = Sql::new(format!(
            "SELECT {COLUMNS} FROM contacts WHERE deleted_at IS NULL"
        ));
        if let Some(account_id) = &query.account_id {
            let account_id = sql.bind(Value::Text(account_id.clone()));
            sql.push(&format!(" AND account_id = {account_id}"));
        }
        if let Some(text) = &query.text {
            let pattern = sql.bind(Value::Text(contains_pattern(text)));
            sql.push(&format!(
                " AND (LOWER(first_name || ' ' || last_name) LIKE {pattern} ESCAPE '\\' \
                 OR LOWER(COALESCE(email, '')) LIKE {pattern} ESCAPE '\\')"
            ));
        }
        if let Some(since) = query.updated_since {
            let since = sql.bind(Value::Int(since));
            sql.push(&format!(" AND updated_at >= {since}"));
        }
        if let Some(cursor) = &cursor {
            let key = sql.bind(cursor.key.clone().into());
            let id = sql.bind(Value::Text(cursor.id.clone()));
            sql.push(&format!(
                " AND (created_at < {key} OR (created_at = {key} AND id < {id}))"
            ));
        }
        let limit = sql.bind(Value::Int(query.limit + 1));
        sql.push(&format!(" ORDER BY created_at DESC, id DESC LIMIT {limit}"));
        let rows = sqlx::query_as_with::<_, ContactRecord, _>(sql.text(), sql.arguments())
            .fetch_all(self.pool())
            .await?;
        Ok(Page::from_rows(rows, query.limit, |record| Cursor {
            sort: SORT.to_owned(),
            key: Key::Int(record.created_at),
            id: record.id.clone(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_takes_like_wildcards_literally() {
        assert_eq!(contains_pattern("Ada"), "%ada%");
        assert_eq!(contains_pattern("100%_x\\"), "%100\\%\\_x\\\\%");
    }

    #[test]
    fn setting_consent_records_when_even_to_the_same_value() {
        let mut record = ContactRecord {
            id: "c".to_owned(),
            account_id: "a".to_owned(),
            first_name: "Ada".to_owned(),
            last_name: "Lovelace".to_owned(),
            email: None,
            phone: None,
            job_title: None,
            country: None,
            lawful_basis: "consent".to_owned(),
            marketing_consent: false,
            consent_recorded_at: None,
            processing_restricted: false,
            legal_hold: false,
            erased_at: None,
            created_at: 1,
            updated_at: 1,
            version: 1,
        };
        let untouched = ContactPatch {
            job_title: Some(Some("CTO".to_owned())),
            ..ContactPatch::default()
        };
        assert_eq!(untouched.fields(), ["job_title"]);
        untouched.apply(&mut record, 5);
        assert_eq!(record.consent_recorded_at, None);
        let consent = ContactPatch {
            marketing_consent: Some(false),
            ..ContactPatch::default()
        };
        assert_eq!(
            consent.fields(),
            ["marketing_consent", "consent_recorded_at"]
        );
        consent.apply(&mut record, 7);
        assert_eq!(record.consent_recorded_at, Some(7));
        assert!(!record.marketing_consent);
    }
}
