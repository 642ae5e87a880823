//! Consent per purpose, as an append-only history: the current state of a purpose is its last
//! change, and a purpose never changed is withdrawn (consent is never presumed).

use crate::domain::NotInSet;

/// What a contact can consent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    MarketingEmail,
    MarketingCalls,
    Profiling,
}

/// The purposes, in the order the contract lists them.
pub const PURPOSES: [Purpose; 3] = [
    Purpose::MarketingEmail,
    Purpose::MarketingCalls,
    Purpose::Profiling,
];

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::MarketingEmail => "marketing_email",
            Purpose::MarketingCalls => "marketing_calls",
            Purpose::Profiling => "profiling",
        }
    }

    /// Whether the contact's `marketing_consent` flag mirrors this purpose.
    pub fn sets_marketing_flag(self) -> bool {
        self == Purpose::MarketingEmail
    }
}

impl TryFrom<String> for Purpose {
    type Error = NotInSet;

    fn try_from(text: String) -> Result<Purpose, NotInSet> {
        PURPOSES
            .into_iter()
            .find(|purpose| purpose.as_str() == text)
            .ok_or(NotInSet {
                set: "consent purpose",
                value: text,
            })
    }
}

/// Whether a change gave or withdrew consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentStatus {
    Given,
    Withdrawn,
}

impl ConsentStatus {
    pub fn of(given: bool) -> ConsentStatus {
        if given {
            ConsentStatus::Given
        } else {
            ConsentStatus::Withdrawn
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentStatus::Given => "given",
            ConsentStatus::Withdrawn => "withdrawn",
        }
    }
}

impl TryFrom<String> for ConsentStatus {
    type Error = NotInSet;

    fn try_from(text: String) -> Result<ConsentStatus, Self::Error> {
        match text.as_str() {
            "given" => Ok(ConsentStatus::Given),
            "withdrawn" => Ok(ConsentStatus::Withdrawn),
            _ => Err(NotInSet {
                set: "consent status",
                value: text,
            }),
        }
    }
}

/// One change of one purpose, as far as the current state is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentChange {
    pub purpose: Purpose,
    pub given: bool,
    /// When the person gave or withdrew it (store microseconds).
    pub given_at: i64,
    /// When it was recorded (store microseconds); breaks ties of `given_at`.
    pub recorded_at: i64,
}

/// Where one purpose stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentState {
    pub purpose: Purpose,
    pub given: bool,
    /// When it was last given or withdrawn; `None` when it never was.
    pub since: Option<i64>,
}

/// The state of every purpose after `history` (in any order): for each, the change given last,
/// ties broken by the one recorded last.
pub fn current_states(history: impl IntoIterator<Item = ConsentChange>) -> Vec<ConsentState> {
    let mut states: Vec<(ConsentState, (i64, i64))> = PURPOSES
        .into_iter()
        .map(|purpose| {
            (
                ConsentState {
                    purpose,
                    given: false,
                    since: None,
                },
                (i64::MIN, i64::MIN),
            )
        })
        .collect();
    for change in history {
        let Some((state, last)) = states
            .iter_mut()
            .find(|(state, _)| state.purpose == change.purpose)
        else {
            continue;
        };
        let at = (change.given_at, change.recorded_at);
        if at >= *last {
            *last = at;
            state.given = change.given;
            state.since = Some(change.given_at);
        }
    }
    states.into_iter().map(|(state, _)| state).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(purpose: Purpose, given: bool, given_at: i64, recorded_at: i64) -> ConsentChange {
        ConsentChange {
            purpose,
            given,
            given_at,
            recorded_at,
        }
    }

    #[test]
    fn every_purpose_starts_withdrawn_and_follows_its_last_change() {
        let states = current_states([
            change(Purpose::MarketingEmail, true, 10, 10),
            change(Purpose::Profiling, true, 5, 6),
            change(Purpose::MarketingEmail, false, 20, 21),
            // Recorded later but given earlier: the withdrawal at 20 still stands.
            change(Purpose::MarketingEmail, true, 15, 30),
        ]);
        assert_eq!(
            states,
            [
                ConsentState {
                    purpose: Purpose::MarketingEmail,
                    given: false,
                    since: Some(20)
                },
                ConsentState {
                    purpose: Purpose::MarketingCalls,
                    given: false,
                    since: None
                },
                ConsentState {
                    purpose: Purpose::Profiling,
                    given: true,
                    since: Some(5)
                },
            ]
        );
    }

    #[test]
    fn same_instant_the_later_record_wins() {
        let states = current_states([
            change(Purpose::MarketingCalls, true, 10, 11),
            change(Purpose::MarketingCalls, false, 10, 12),
        ]);
        assert!(!states[1].given);
    }
}
