//! Cursor pagination: a stable keyset order (sort key, then id) and an opaque cursor that carries
//! the last row's key, so inserts between pages neither repeat nor skip rows.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldError};

/// Page size when the client sends none.
pub const DEFAULT_LIMIT: i64 = 50;
/// Largest page.
pub const MAX_LIMIT: i64 = 200;

/// The value of the sort key of the last row of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Key {
    Int(i64),
    Text(String),
}

impl From<Key> for super::sql::Value {
    fn from(key: Key) -> Self {
        match key {
            Key::Int(value) => super::sql::Value::Int(value),
            Key::Text(value) => super::sql::Value::Text(value),
        }
    }
}

/// Where the next page starts: after the row with this key and id, in the order named by `sort`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    #[serde(rename = "s")]
    pub sort: String,
    #[serde(rename = "k")]
    pub key: Key,
    #[serde(rename = "i")]
    pub id: String,
}

impl Cursor {
    pub fn encode(&self) -> String {
        // Serialising a struct of strings and integers cannot fail.
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    /// Decodes a client's cursor; it must have been made for the same sort.
    pub fn decode(text: &str, sort: &str) -> Result<Cursor, AppError> {
        let invalid = || {
            AppError::InvalidParameters(vec![FieldError::new(
                "/query/cursor",
                "invalid",
                "is not a cursor from a previous page of this list and sort",
            )])
        };
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| invalid())?;
        let cursor: Cursor = serde_json::from_slice(&bytes).map_err(|_| invalid())?;
        if cursor.sort != sort {
            return Err(invalid());
        }
        Ok(cursor)
    }
}

/// The page size to use: the client's (already within 1..=200 by the contract) or the default.
pub fn limit(requested: Option<u32>) -> i64 {
    requested.map_or(DEFAULT_LIMIT, |limit| i64::from(limit).clamp(1, MAX_LIMIT))
}

/// A page of rows and the cursor of the next one.
#[derive(Debug)]
pub struct Page<T> {
    pub rows: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from up to `limit + 1` fetched rows: the extra row only tells that there is more.
    pub fn from_rows(mut rows: Vec<T>, limit: i64, cursor_of: impl Fn(&T) -> Cursor) -> Page<T> {
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let more = rows.len() > limit;
        rows.truncate(limit);
        let next_cursor = if more {
            rows.last().map(|row| cursor_of(row).encode())
        } else {
            None
        };
        Page { rows, next_cursor }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_are_bound_to_their_sort() {
        let cursor = Cursor {
            sort: "-created_at".to_owned(),
            key: Key::Int(42),
            id: "a".to_owned(),
        };
        let text = cursor.encode();
        assert_eq!(Cursor::decode(&text, "-created_at").ok(), Some(cursor));
        assert!(Cursor::decode(&text, "name").is_err());
        assert!(Cursor::decode("not-a-cursor", "name").is_err());
    }

    #[test]
    fn a_page_knows_whether_more_rows_follow() {
        let cursor_of = |row: &i64| Cursor {
            sort: "x".to_owned(),
            key: Key::Int(*row),
            id: row.to_string(),
        };
        let page = Page::from_rows(vec![1, 2, 3], 2, cursor_of);
        assert_eq!(page.rows, vec![1, 2]);
        assert!(page.next_cursor.is_some());
        let last = Page::from_rows(vec![1, 2], 2, cursor_of);
        assert!(last.next_cursor.is_none());
    }
}
