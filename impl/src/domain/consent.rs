//! Consent per purpose, as an append-only history: the current state of a purpose is its last
//! change, and a purpose never changed is withdrawn (consent is never presumed).

/// The purposes a contact can consent to, in the order the contract lists them.
pub const PURPOSES: [&str; 3] = ["marketing_email", "marketing_calls", "profiling"];

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
    type Error = crate::domain::NotInSet;

    fn try_from(text: String) -> Result<ConsentStatus, Self::Error> {
        match text.as_str() {
            "given" => Ok(ConsentStatus::Given),
            "withdrawn" => Ok(ConsentStatus::Withdrawn),
            _ => Err(crate::domain::NotInSet {
                set: "consent status",
                value: text,
            }),
        }
    }
}

/// One change of one purpose, as far as the current state is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentChange<'a> {
    pub purpose: &'a str,
    pub given: bool,
    /// When the person gave or withdrew it (store microseconds).
    pub given_at: i64,
    /// When it was recorded (store microseconds); breaks ties of `given_at`.
    pub recorded_at: i64,
}

/// Where one purpose stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentState {
    pub purpose: &'static str,
    pub given: bool,
    /// When it was last given or withdrawn; `None` when it never was.
    pub since: Option<i64>,
}

/// The state of every purpose after `history` (in any order): for each, the change given last,
/// ties broken by the one recorded last.
pub fn current_states<'a>(
    history: impl IntoIterator<Item = ConsentChange<'a>>,
) -> Vec<ConsentState> {
    let mut states: Vec<(ConsentState, (i64, i64))> = PURPOSES
        .iter()
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

    fn change(purpose: &str, given: bool, given_at: i64, recorded_at: i64) -> ConsentChange<'_> {
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
            change("marketing_email", true, 10, 10),
            change("profiling", true, 5, 6),
            change("marketing_email", false, 20, 21),
            // Recorded later but given earlier: the withdrawal at 20 still stands.
            change("marketing_email", true, 15, 30),
        ]);
        assert_eq!(
            states,
            [
                ConsentState {
                    purpose: "marketing_email",
                    given: false,
                    since: Some(20)
                },
                ConsentState {
                    purpose: "marketing_calls",
                    given: false,
                    since: None
                },
                ConsentState {
                    purpose: "profiling",
                    given: true,
                    since: Some(5)
                },
            ]
        );
    }

    #[test]
    fn same_instant_the_later_record_wins() {
        let states = current_states([
            change("marketing_calls", true, 10, 11),
            change("marketing_calls", false, 10, 12),
        ]);
        assert!(!states[1].given);
    }
}
