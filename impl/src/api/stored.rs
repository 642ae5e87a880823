//! Stored values as the contract's types. Every write of ours stores well-formed values, so a value
//! that does not decode is corrupt data: the read fails (a 500, the cause logged with the column),
//! never a guessed default such as the nil uuid, an empty list or the first status.

use std::str::FromStr;

use crate::domain::money::Currency;
use crate::error::AppError;

/// `column` holds `value`, which is not what it should be. The log names the column and the
/// value's length, not the value: a text column may hold personal data.
fn corrupt(column: &str, value: &str, expected: &str) -> AppError {
    AppError::Internal(anyhow::anyhow!(
        "{column} holds a value of {} bytes that is not {expected}",
        value.len()
    ))
}

/// A stored id.
pub(crate) fn uuid(column: &str, value: &str) -> Result<uuid::Uuid, AppError> {
    value.parse().map_err(|_| corrupt(column, value, "a uuid"))
}

/// A stored id that may be absent.
pub(crate) fn optional_uuid(
    column: &str,
    value: Option<&str>,
) -> Result<Option<uuid::Uuid>, AppError> {
    value.map(|value| uuid(column, value)).transpose()
}

/// A stored value of one of the contract's closed sets (or any type that parses from text).
pub(crate) fn value<T: FromStr>(column: &str, value: &str) -> Result<T, AppError> {
    value
        .parse()
        .map_err(|_| corrupt(column, value, "a value of the contract"))
}

/// A stored currency code.
pub(crate) fn currency(column: &str, value: &str) -> Result<Currency, AppError> {
    Currency::parse(value).ok_or_else(|| corrupt(column, value, "a known currency"))
}

/// A stored calendar date (`YYYY-MM-DD`) that may be absent.
pub(crate) fn date(
    column: &str,
    value: Option<&str>,
) -> Result<Option<chrono::NaiveDate>, AppError> {
    value
        .map(|value| {
            chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map_err(|_| corrupt(column, value, "a date"))
        })
        .transpose()
}

/// A stored JSON array of strings (tags, changed fields, event types).
pub(crate) fn strings(column: &str, json: &str) -> Result<Vec<String>, AppError> {
    serde_json::from_str(json).map_err(|_| corrupt(column, json, "a JSON array of strings"))
}

/// A stored integer the contract carries as 32 bits (a probability, a position).
pub(crate) fn int32<T>(column: &str, value: T) -> Result<i32, AppError>
where
    T: TryInto<i32> + std::fmt::Display + Copy,
{
    value
        .try_into()
        .map_err(|_| corrupt(column, &value.to_string(), "a 32-bit integer"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_stored_value_is_an_error_not_a_default() {
        assert!(uuid("opportunities.id", "not-a-uuid").is_err());
        assert!(optional_uuid("opportunities.primary_contact_id", Some("")).is_err());
        assert!(date("opportunities.expected_close_date", Some("2026-13-01")).is_err());
        assert!(strings("opportunities.tags", "{").is_err());
        assert!(int32("opportunities.probability", i64::MAX).is_err());
        assert!(currency("opportunities.currency", "XXQ").is_err());
        assert!(value::<u8>("stages.position", "-1").is_err());
        assert_eq!(optional_uuid("x", None).ok(), Some(None));
        assert_eq!(
            strings("x", r#"["a","b"]"#).ok(),
            Some(vec!["a".to_owned(), "b".to_owned()])
        );
    }
}
