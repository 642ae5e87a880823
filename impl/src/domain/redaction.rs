//! Finding and removing a data subject's identifiers in free text (notes, reasons, descriptions)
//! when the subject is erased.
//!
//! What is matched, always case-insensitively:
//! - each of the person's names (first and last name, and each word of a name of several words)
//!   as a whole word: "Ada" matches "ada", "Ada's" and "(Ada)", not "Adam" nor "Canada"; a name
//!   word shorter than two characters is not matched on its own (it would redact every "A");
//! - the e-mail address anywhere in the text;
//! - the phone number's digits in order with any spaces, dashes, dots, slashes or parentheses
//!   between them ("+49 30 1234567" also matches "+49-30-123 45 67" and "493012345 67"), when it
//!   has at least six digits.
//!
//! Not matched: nicknames, initials, misspellings, the phone written with another country or
//! trunk prefix ("030 1234567" for "+49 30 1234567"), the e-mail's local part alone, or
//! descriptions of the person without their name. Those stay; the export lists the notes that
//! mention the person, so an Admin can review them before erasing.

use regex::{Regex, RegexBuilder};

/// What a redacted identifier reads.
pub const REDACTED: &str = "[erased]";

/// The characters allowed between the digits of a phone number as written in free text.
const PHONE_SEPARATORS: &str = r"[\s\-./()]*";

/// The identifiers of one person, compiled for matching.
#[derive(Debug, Clone)]
pub struct Redactor {
    pattern: Option<Regex>,
    /// The identifiers, lower-cased, for a database pre-filter (`LIKE`) before [`Redactor::mentions`].
    terms: Vec<String>,
}

impl Redactor {
    /// The matcher for a person with these names, e-mail and phone.
    pub fn for_person(names: &[&str], email: Option<&str>, phone: Option<&str>) -> Self {
        let mut alternatives = Vec::new();
        let mut terms = Vec::new();
        for word in names.iter().flat_map(|name| name.split_whitespace()) {
            if word.chars().count() < 2 {
                continue;
            }
            alternatives.push(format!(r"\b{}\b", regex::escape(word)));
            terms.push(word.to_lowercase());
        }
        if let Some(email) = email.map(str::trim).filter(|email| !email.is_empty()) {
            alternatives.push(regex::escape(email));
            terms.push(email.to_lowercase());
        }
        if let Some(phone) = phone {
            let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 6 {
                let body = digits
                    .iter()
                    .map(char::to_string)
                    .collect::<Vec<_>>()
                    .join(PHONE_SEPARATORS);
                alternatives.push(format!(r"\+?{body}"));
                terms.push(phone.trim().to_lowercase());
            }
        }
        // Longest first, so that an e-mail holding a name is removed whole.
        alternatives.sort_by_key(|alternative| std::cmp::Reverse(alternative.len()));
        terms.sort();
        terms.dedup();
        let pattern = (!alternatives.is_empty())
            .then(|| {
                RegexBuilder::new(&alternatives.join("|"))
                    .case_insensitive(true)
                    .build()
                    .ok()
            })
            .flatten();
        Self { pattern, terms }
    }

    /// Whether `text` mentions the person.
    pub fn mentions(&self, text: &str) -> bool {
        self.pattern
            .as_ref()
            .is_some_and(|pattern| pattern.is_match(text))
    }

    /// `text` with every mention replaced by [`REDACTED`]; `None` when it mentions nothing.
    pub fn redact(&self, text: &str) -> Option<String> {
        let pattern = self.pattern.as_ref()?;
        if !pattern.is_match(text) {
            return None;
        }
        Some(pattern.replace_all(text, REDACTED).into_owned())
    }

    /// The identifiers, lower-cased.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> Redactor {
        Redactor::for_person(
            &["Ada", "Lovelace"],
            Some("ada@globex.example"),
            Some("+49 30 1234567"),
        )
    }

    #[test]
    fn names_are_whole_words_in_any_case() {
        let ada = ada();
        assert_eq!(
            ada.redact("Called ADA lovelace; Ada's team (ada) agreed.")
                .as_deref(),
            Some("Called [erased] [erased]; [erased]'s team ([erased]) agreed.")
        );
        assert_eq!(ada.redact("Adam from Canada, adamant."), None);
    }

    #[test]
    fn email_and_phone_match_as_written_with_other_separators() {
        let ada = ada();
        assert_eq!(
            ada.redact("Mail ADA@Globex.example or call +49-30-123 45 67.")
                .as_deref(),
            Some("Mail [erased] or call [erased].")
        );
        assert_eq!(
            ada.redact("call (49) 30.1234567").as_deref(),
            Some("call ([erased]")
        );
        assert_eq!(ada.redact("call 030 1234567"), None);
    }

    #[test]
    fn one_letter_names_and_short_numbers_are_not_matched_alone() {
        let short = Redactor::for_person(&["A", "Li"], None, Some("112"));
        assert_eq!(
            short.redact("A note by Li").as_deref(),
            Some("A note by [erased]")
        );
        assert_eq!(short.redact("call 112"), None);
        assert_eq!(short.terms(), ["li"]);
    }

    #[test]
    fn names_of_several_words_and_non_ascii_letters() {
        let maria = Redactor::for_person(&["María José", "Núñez"], None, None);
        assert_eq!(
            maria.redact("MARÍA met núñez and josé").as_deref(),
            Some("[erased] met [erased] and [erased]")
        );
    }
}
