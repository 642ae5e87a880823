//! Money: ISO 4217 currencies and exact decimal amounts. No floating point anywhere.
//!
//! Amounts are held as integers scaled by 10^4 (`e4`), which represents every ISO 4217 minor unit
//! exactly and is how the store keeps them, so sums and comparisons are integer arithmetic.

use std::fmt;

use crate::error::AppError;

/// The scale of stored amounts: 10^4.
pub const SCALE: i64 = 10_000;
const SCALE_DIGITS: u32 = 4;

/// An ISO 4217 currency code with its number of minor-unit digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: &'static str,
    minor_digits: u32,
}

/// Active ISO 4217 codes (list of 2024) and their minor units; the rest have two.
const ZERO_DIGITS: &[&str] = &[
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
const THREE_DIGITS: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
const FOUR_DIGITS: &[&str] = &["CLF", "UYW"];
const TWO_DIGITS: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
    "CHE", "CHF", "CHW", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD",
    "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW",
    "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT",
    "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
    "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR",
    "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN", "UYU",
    "UZS", "VED", "VES", "WST", "XCD", "YER", "ZAR", "ZMW", "ZWG",
];

impl Currency {
    /// The currency for an ISO 4217 code, or `None` for a code that is not one.
    pub fn parse(code: &str) -> Option<Currency> {
        let find = |table: &[&'static str], minor_digits| {
            table
                .iter()
                .find(|candidate| **candidate == code)
                .map(|code| Currency { code, minor_digits })
        };
        find(TWO_DIGITS, 2)
            .or_else(|| find(ZERO_DIGITS, 0))
            .or_else(|| find(THREE_DIGITS, 3))
            .or_else(|| find(FOUR_DIGITS, 4))
    }

    /// Like [`Currency::parse`], as a 422 naming the field.
    pub fn parse_field(code: &str, pointer: &str) -> Result<Currency, AppError> {
        Currency::parse(code).ok_or_else(|| {
            AppError::rule_at(
                "unknown_currency",
                pointer,
                format!("{code} is not an ISO 4217 currency"),
            )
        })
    }

    pub fn code(self) -> &'static str {
        self.code
    }

    pub fn minor_digits(self) -> u32 {
        self.minor_digits
    }

    /// Rounds an `e4` amount half up to this currency's minor unit.
    pub fn round_e4(self, e4: i128) -> i128 {
        let step = 10_i128.pow(SCALE_DIGITS - self.minor_digits);
        let half = step / 2;
        (e4 + half).div_euclid(step) * step
    }

    /// Formats an `e4` amount with exactly this currency's number of decimals.
    pub fn format_e4(self, e4: i64) -> String {
        format_scaled(i128::from(e4), SCALE_DIGITS, self.minor_digits)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

/// Parses a non-negative decimal string (already checked against the contract's pattern) into an
/// integer scaled by 10^`scale_digits`. `None` when it has more decimals than that or overflows.
pub fn parse_scaled(text: &str, scale_digits: u32) -> Option<i64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || fraction.len() > scale_digits as usize {
        return None;
    }
    if !whole
        .bytes()
        .chain(fraction.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction_value: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse::<i64>().ok()? * 10_i64.pow(scale_digits - fraction.len() as u32)
    };
    whole
        .checked_mul(10_i64.pow(scale_digits))?
        .checked_add(fraction_value)
}

/// Formats an integer scaled by 10^`scale_digits` with `decimals` decimals (dropping only zeros).
pub fn format_scaled(value: i128, scale_digits: u32, decimals: u32) -> String {
    let negative = value < 0;
    let value = value.unsigned_abs();
    let unit = 10_u128.pow(scale_digits);
    let whole = value / unit;
    let fraction = (value % unit) / 10_u128.pow(scale_digits - decimals.min(scale_digits));
    let sign = if negative { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{fraction:0width$}",
            width = decimals as usize
        )
    }
}

/// An amount in a currency, exact, with no more decimals than the currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money {
    e4: i64,
    currency: Currency,
}

impl Money {
    /// Parses `amount` (a decimal string) in `currency`; a 422 at `pointer` when it has more
    /// decimals than the currency allows.
    pub fn parse(amount: &str, currency: Currency, pointer: &str) -> Result<Money, AppError> {
        let e4 = parse_scaled(amount, SCALE_DIGITS).ok_or_else(|| {
            AppError::rule_at("invalid_amount", pointer, "is not a decimal amount")
        })?;
        let money = Money { e4, currency };
        if i128::from(e4) != currency.round_e4(i128::from(e4)) {
            return Err(AppError::rule_at(
                "too_many_decimals",
                pointer,
                format!(
                    "{} amounts have at most {} decimals",
                    currency.code(),
                    currency.minor_digits()
                ),
            ));
        }
        Ok(money)
    }

    pub fn from_e4(e4: i64, currency: Currency) -> Money {
        Money { e4, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money { e4: 0, currency }
    }

    pub fn e4(self) -> i64 {
        self.e4
    }

    pub fn currency(self) -> Currency {
        self.currency
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.currency.format_e4(self.e4))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::parse("EUR").expect("EUR is a currency")
    }

    #[test]
    fn amounts_round_trip_in_the_currency_precision() {
        let jpy = Currency::parse("JPY").expect("JPY");
        let kwd = Currency::parse("KWD").expect("KWD");
        assert_eq!(
            Money::parse("12.5", eur(), "/amount")
                .map(|m| m.to_string())
                .ok(),
            Some("12.50".to_owned())
        );
        assert_eq!(
            Money::parse("1000", jpy, "/amount")
                .map(|m| m.to_string())
                .ok(),
            Some("1000".to_owned())
        );
        assert_eq!(
            Money::parse("1.234", kwd, "/amount")
                .map(|m| m.to_string())
                .ok(),
            Some("1.234".to_owned())
        );
        assert_eq!(
            Money::parse("0", eur(), "/amount").map(|m| m.e4()).ok(),
            Some(0)
        );
    }

    #[test]
    fn more_decimals_than_the_minor_unit_is_refused() {
        let jpy = Currency::parse("JPY").expect("JPY");
        assert!(matches!(
            Money::parse("10.5", jpy, "/amount"),
            Err(AppError::Rule {
                code: "too_many_decimals",
                ..
            })
        ));
        assert!(matches!(
            Money::parse("0.001", eur(), "/amount"),
            Err(AppError::Rule {
                code: "too_many_decimals",
                ..
            })
        ));
    }

    #[test]
    fn unknown_currencies_are_refused() {
        assert!(Currency::parse("XXX").is_none());
        assert!(Currency::parse("eur").is_none());
    }

    #[test]
    fn rounding_is_half_up_to_the_minor_unit() {
        assert_eq!(eur().round_e4(12_345), 12_300);
        assert_eq!(eur().round_e4(12_350), 12_400);
        let jpy = Currency::parse("JPY").expect("JPY");
        assert_eq!(jpy.round_e4(15_000), 20_000);
        assert_eq!(jpy.round_e4(14_999), 10_000);
    }

    #[test]
    fn largest_contract_amount_fits() {
        assert_eq!(
            parse_scaled("9999999999999.9999", 4),
            Some(99_999_999_999_999_999)
        );
        assert_eq!(parse_scaled("1.23456", 4), None);
    }
}
