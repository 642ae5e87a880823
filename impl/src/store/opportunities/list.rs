//! Lists of opportunities: every filter AND-ed, pages by keyset in one of ten orders.
//!
//! Each order is `(sort key, id)`, ascending or descending throughout, and a page continues with a
//! row-value comparison `(key, id) > (last key, last id)` that both databases turn into an index
//! seek: rows inserted while a client pages neither repeat nor shift the rows it has not seen yet,
//! and a deep page costs what the first one does. `impl/migrations/` holds the index behind each
//! filter and order; `docs/query-plans.md` shows PostgreSQL's plans for them at 200 000 rows.

use super::{OpportunityRecord, COLUMNS};
use crate::domain::opportunity::Status;
use crate::error::{AppError, FieldError};
use crate::store::page::{Cursor, Key, Page};
use crate::store::sql::{Sql, Value};
use crate::store::Store;

/// What the store writes for a missing expected close date when it sorts: after every real date,
/// as the expression index `opportunities_by_close` does.
const NO_CLOSE_DATE: &str = "9999-12-31";

/// The key an opportunity list is sorted by; ties are broken by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpportunitySortKey {
    Name,
    CreatedAt,
    UpdatedAt,
    /// Opportunities without one come last ascending (first descending).
    ExpectedCloseDate,
    Amount,
}

/// How to order a list of opportunities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpportunityOrder {
    pub key: OpportunitySortKey,
    pub descending: bool,
}

impl Default for OpportunityOrder {
    /// Newest first, the contract's default.
    fn default() -> Self {
        Self {
            key: OpportunitySortKey::CreatedAt,
            descending: true,
        }
    }
}

impl OpportunityOrder {
    /// The contract's name of this order (`-amount`); cursors are bound to it.
    pub fn name(self) -> String {
        let key = match self.key {
            OpportunitySortKey::Name => "name",
            OpportunitySortKey::CreatedAt => "created_at",
            OpportunitySortKey::UpdatedAt => "updated_at",
            OpportunitySortKey::ExpectedCloseDate => "expected_close_date",
            OpportunitySortKey::Amount => "amount",
        };
        if self.descending {
            format!("-{key}")
        } else {
            key.to_owned()
        }
    }

    /// The sort key as SQL: exactly the expression its index is built on.
    fn expression(self) -> &'static str {
        match self.key {
            OpportunitySortKey::Name => "name",
            OpportunitySortKey::CreatedAt => "created_at",
            OpportunitySortKey::UpdatedAt => "updated_at",
            OpportunitySortKey::ExpectedCloseDate => "COALESCE(expected_close_date, '9999-12-31')",
            OpportunitySortKey::Amount => "amount_e4",
        }
    }

    fn key_of(self, record: &OpportunityRecord) -> Key {
        match self.key {
            OpportunitySortKey::Name => Key::Text(record.name.clone()),
            OpportunitySortKey::CreatedAt => Key::Int(record.created_at),
            OpportunitySortKey::UpdatedAt => Key::Int(record.updated_at),
            OpportunitySortKey::ExpectedCloseDate => Key::Text(
                record
                    .expected_close_date
                    .clone()
                    .unwrap_or_else(|| NO_CLOSE_DATE.to_owned()),
            ),
            OpportunitySortKey::Amount => Key::Int(record.amount_e4),
        }
    }

    /// Whether a cursor's key has the type of this order's key (a forged one may not).
    fn fits(self, key: &Key) -> bool {
        let text = matches!(
            self.key,
            OpportunitySortKey::Name | OpportunitySortKey::ExpectedCloseDate
        );
        matches!(key, Key::Text(_)) == text
    }
}

/// Which opportunities a list holds: every field set narrows it; `statuses` means any of them.
#[derive(Debug, Clone, Default)]
pub struct OpportunityFilter {
    pub statuses: Vec<Status>,
    pub pipeline_id: Option<String>,
    pub stage_id: Option<String>,
    pub owner_id: Option<String>,
    pub account_id: Option<String>,
    pub currency: Option<String>,
    /// Inclusive, `YYYY-MM-DD`; either bound leaves out opportunities without a close date.
    pub close_date_from: Option<String>,
    pub close_date_to: Option<String>,
    /// Inclusive, in each opportunity's own currency, times 10^4.
    pub amount_min_e4: Option<i64>,
    pub amount_max_e4: Option<i64>,
    /// Microseconds since the epoch, inclusive.
    pub updated_since: Option<i64>,
    /// Matched case-insensitively, as a substring, against name, description and next step.
    ///
    /// The one filter no index serves: a substring match cannot use a B-tree, so a rare text is
    /// found by walking the chosen order's index and reading each row until a page is full (all
    /// rows when fewer match). Combine it with an indexed filter (owner, account, stage, dates) on
    /// large tables; a trigram index would be PostgreSQL-only, and the migrations serve both stores.
    pub text: Option<String>,
}

/// A list request for opportunities.
#[derive(Debug, Clone)]
pub struct OpportunityQuery {
    /// Rows per page, already within the contract's bounds.
    pub limit: i64,
    /// The `next_cursor` of the previous page, as the client sent it.
    pub cursor: Option<String>,
    pub filter: OpportunityFilter,
    pub order: OpportunityOrder,
}

impl OpportunityQuery {
    /// The statement that reads one page (and one row more, to tell whether another follows).
    /// Public so that the query-plan test explains exactly what the service runs.
    pub fn statement(&self) -> Result<Sql, AppError> {
        let order = self.order;
        let cursor = self
            .cursor
            .as_deref()
            .map(|text| Cursor::decode(text, &order.name()))
            .transpose()?;
        let mut sql = Sql::new(format!(
            "SELECT {COLUMNS} FROM opportunities WHERE deleted_at IS NULL"
        ));
        self.filter.push_conditions(&mut sql);
        let sort = order.expression();
        let (comparison, direction) = if order.descending {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        if let Some(cursor) = cursor {
            if !order.fits(&cursor.key) {
                return Err(invalid_cursor());
            }
            let key = sql.bind(cursor.key.into());
            let id = sql.bind(Value::Text(cursor.id));
            sql.push(&format!(" AND ({sort}, id) {comparison} ({key}, {id})"));
        }
        let limit = sql.bind(Value::Int(self.limit + 1));
        sql.push(&format!(
            " ORDER BY {sort} {direction}, id {direction} LIMIT {limit}"
        ));
        Ok(sql)
    }
}

impl OpportunityFilter {
    fn push_conditions(&self, sql: &mut Sql) {
        if !self.statuses.is_empty() {
            let statuses: Vec<String> = self
                .statuses
                .iter()
                .map(|status| sql.bind(Value::Text(status.as_str().to_owned())))
                .collect();
            sql.push(&format!(" AND status IN ({})", statuses.join(", ")));
        }
        let equal = [
            ("pipeline_id", &self.pipeline_id),
            ("stage_id", &self.stage_id),
            ("owner_id", &self.owner_id),
            ("account_id", &self.account_id),
            ("currency", &self.currency),
        ];
        for (column, value) in equal {
            if let Some(value) = value {
                let value = sql.bind(Value::Text(value.clone()));
                sql.push(&format!(" AND {column} = {value}"));
            }
        }
        if self.close_date_from.is_some() || self.close_date_to.is_some() {
            // On the indexed expression, so that the range is an index range.
            sql.push(" AND expected_close_date IS NOT NULL");
            for (bound, comparison) in [(&self.close_date_from, ">="), (&self.close_date_to, "<=")]
            {
                if let Some(date) = bound {
                    let date = sql.bind(Value::Text(date.clone()));
                    sql.push(&format!(
                        " AND COALESCE(expected_close_date, '9999-12-31') {comparison} {date}"
                    ));
                }
            }
        }
        for (bound, comparison) in [(self.amount_min_e4, ">="), (self.amount_max_e4, "<=")] {
            if let Some(amount) = bound {
                let amount = sql.bind(Value::Int(amount));
                sql.push(&format!(" AND amount_e4 {comparison} {amount}"));
            }
        }
        if let Some(since) = self.updated_since {
            let since = sql.bind(Value::Int(since));
            sql.push(&format!(" AND updated_at >= {since}"));
        }
        if let Some(text) = &self.text {
            let pattern = sql.bind(Value::Text(format!(
                "%{}%",
                like_escaped(&text.to_lowercase())
            )));
            sql.push(&format!(
                " AND (LOWER(name) LIKE {pattern} ESCAPE '\\' OR LOWER(description) LIKE {pattern} ESCAPE '\\' \
                 OR LOWER(next_step) LIKE {pattern} ESCAPE '\\')"
            ));
        }
    }
}

/// `text` as a LIKE pattern that matches it literally: `%`, `_` and the escape character escaped.
fn like_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// The problem [`Cursor::decode`] gives, for a cursor that decodes but cannot be this order's.
fn invalid_cursor() -> AppError {
    AppError::InvalidParameters(vec![FieldError::new(
        "/query/cursor",
        "invalid",
        "is not a cursor from a previous page of this list and sort",
    )])
}

impl Store {
    /// One page of the opportunities that are not deleted and match `query`, in its order.
    #[tracing::instrument(skip_all, fields(sort = %query.order.name(), limit = query.limit))]
    pub async fn list_opportunities(
        &self,
        query: OpportunityQuery,
    ) -> Result<Page<OpportunityRecord>, AppError> {
        let sql = query.statement()?;
        let rows = sqlx::query_as_with::<_, OpportunityRecord, _>(sql.text(), sql.arguments())
            .fetch_all(self.pool())
            .await?;
        let (order, sort) = (query.order, query.order.name());
        Ok(Page::from_rows(rows, query.limit, |record| Cursor {
            sort: sort.clone(),
            key: order.key_of(record),
            id: record.id.clone(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(order: OpportunityOrder, cursor: Option<String>) -> OpportunityQuery {
        OpportunityQuery {
            limit: 10,
            cursor,
            filter: OpportunityFilter::default(),
            order,
        }
    }

    #[test]
    fn like_patterns_match_wildcards_literally() {
        assert_eq!(like_escaped("50%_off\\"), "50\\%\\_off\\\\");
        assert_eq!(like_escaped("globex"), "globex");
    }

    #[test]
    fn pages_continue_with_a_row_value_seek_on_the_indexed_expression() {
        let order = OpportunityOrder {
            key: OpportunitySortKey::ExpectedCloseDate,
            descending: false,
        };
        let cursor = Cursor {
            sort: "expected_close_date".to_owned(),
            key: Key::Text("2026-12-01".to_owned()),
            id: "x".to_owned(),
        };
        let sql = query(order, Some(cursor.encode()))
            .statement()
            .expect("a statement");
        assert!(sql.text().ends_with(
            "AND (COALESCE(expected_close_date, '9999-12-31'), id) > ($1, $2) \
             ORDER BY COALESCE(expected_close_date, '9999-12-31') ASC, id ASC LIMIT $3"
        ));
    }

    #[test]
    fn a_cursor_whose_key_cannot_be_the_orders_is_refused() {
        let order = OpportunityOrder {
            key: OpportunitySortKey::Amount,
            descending: true,
        };
        let forged = Cursor {
            sort: "-amount".to_owned(),
            key: Key::Text("1; DROP TABLE".to_owned()),
            id: "x".to_owned(),
        };
        assert!(matches!(
            query(order, Some(forged.encode())).statement(),
            Err(AppError::InvalidParameters(_))
        ));
    }
}
