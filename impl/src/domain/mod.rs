//! Types and rules with no I/O. Once a value of one of these types exists it is valid: the
//! contract's schema checks happen at the edge, the business rules here, each once.

pub mod consent;
pub mod money;
pub mod opportunity;
pub mod pipeline;
pub mod redaction;

use crate::auth::{Principal, PrincipalKind};
use crate::error::AppError;

/// Who is acting, and for which request: passed into every store call, so that ownership checks
/// sit next to the data and every change is audited with its actor and request id.
#[derive(Debug, Clone)]
pub struct Actor {
    pub subject: String,
    /// A user or a partner's client: the audit log names it.
    pub kind: PrincipalKind,
    /// May change what others own (an Admin, or a client with the admin scope).
    pub is_admin: bool,
    pub request_id: String,
    /// The Idempotency-Key this request holds, if any: its writes commit only while it still
    /// holds it (see `store::idempotency`).
    pub idempotency_claim: Option<IdempotencyClaim>,
}

/// An Idempotency-Key claimed by a request (scoped to the actor's subject), with the instant of the
/// claim that fences it.
#[derive(Debug, Clone)]
pub struct IdempotencyClaim {
    pub key: String,
    pub claimed_at: i64,
    /// Where the request's write leaves its transaction uncommitted, so that the edge commits it
    /// together with the recorded answer: a process that dies in between then leaves neither, and
    /// the retry runs again, instead of a write applied whose answer is lost.
    pub held_commit: HeldCommit,
}

/// A slot for one open transaction, shared by the store (which puts it there) and the edge (which
/// commits it). Opaque here: the domain knows nothing of the database.
#[derive(Clone, Default)]
pub struct HeldCommit(std::sync::Arc<std::sync::Mutex<Option<Box<dyn std::any::Any + Send>>>>);

impl HeldCommit {
    /// Puts `value` in the slot and returns what was there.
    pub fn put(
        &self,
        value: Box<dyn std::any::Any + Send>,
    ) -> Option<Box<dyn std::any::Any + Send>> {
        match self.0.lock() {
            Ok(mut slot) => slot.replace(value),
            Err(poisoned) => poisoned.into_inner().replace(value),
        }
    }

    /// Empties the slot.
    pub fn take(&self) -> Option<Box<dyn std::any::Any + Send>> {
        match self.0.lock() {
            Ok(mut slot) => slot.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        }
    }
}

impl std::fmt::Debug for HeldCommit {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("HeldCommit")
    }
}

impl Actor {
    pub fn new(principal: &Principal, request_id: &str) -> Self {
        Self {
            subject: principal.subject.clone(),
            kind: principal.kind,
            is_admin: principal.is_admin(),
            request_id: request_id.to_owned(),
            idempotency_claim: None,
        }
    }

    /// Sales Managers (and clients without the admin scope) change only what they own; Admins
    /// (and clients with it) change everything.
    pub fn ensure_may_change(&self, owner_id: &str, what: &str) -> Result<(), AppError> {
        if self.is_admin || self.subject == owner_id {
            Ok(())
        } else {
            Err(AppError::Forbidden(format!(
                "Only the owner of this {what} or an Admin may change it."
            )))
        }
    }
}

/// The strong ETag of a resource at `version`: the version in quotes.
pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

/// What an `If-Match` header asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Precondition {
    /// `*`: any current version.
    Any,
    /// The versions the client accepts (usually the one it last saw). Weak or malformed tags name
    /// no version: `If-Match` compares strongly (RFC 9110), so they never match and the write gets
    /// 412, never 400.
    Versions(Vec<i64>),
}

impl Precondition {
    /// Parses `If-Match`; a write that requires it gets 428 without it.
    pub fn required(if_match: Option<&str>) -> Result<Precondition, AppError> {
        if_match
            .map(Precondition::from_if_match)
            .ok_or(AppError::PreconditionRequired)
    }

    /// Parses an optional `If-Match`: none means any version.
    pub fn optional(if_match: Option<&str>) -> Precondition {
        if_match.map_or(Precondition::Any, Precondition::from_if_match)
    }

    /// Parses an `If-Match` value: `*`, or a comma-separated list of entity tags.
    pub fn from_if_match(value: &str) -> Precondition {
        if value.trim() == "*" {
            return Precondition::Any;
        }
        Precondition::Versions(
            value
                .split(',')
                .filter_map(|tag| {
                    tag.trim()
                        .strip_prefix('"')
                        .and_then(|rest| rest.strip_suffix('"'))
                        .and_then(|version| version.parse().ok())
                })
                .collect(),
        )
    }

    /// 412 unless the resource is still at a version the client named.
    pub fn check(&self, current_version: i64, what: &str) -> Result<(), AppError> {
        match self {
            Precondition::Versions(versions) if !versions.contains(&current_version) => {
                Err(AppError::PreconditionFailed(format!(
                    "If-Match does not name the current version of the {what}, {}. Read it again and retry.",
                    etag(current_version)
                )))
            }
            _ => Ok(()),
        }
    }
}

/// Whether an `If-None-Match` header still matches `version` (the client's copy is current).
pub fn not_modified(if_none_match: Option<&str>, version: i64) -> bool {
    let current = etag(version);
    if_none_match.is_some_and(|header| {
        header
            .split(',')
            .map(|tag| tag.trim().trim_start_matches("W/"))
            .any(|tag| tag == "*" || tag == current)
    })
}

/// A stored text that is none of its closed set's values: data no write of ours produces, so the
/// read fails (a 500 with the cause logged) instead of guessing. Its message leaves the value out
/// (logs carry no stored text); `value` is there for a debugger.
#[derive(Debug, thiserror::Error)]
#[error("a stored {set} of {} bytes is none of its known values", value.len())]
pub struct NotInSet {
    pub set: &'static str,
    pub value: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_is_required_where_the_contract_says_so() {
        assert!(matches!(
            Precondition::required(None),
            Err(AppError::PreconditionRequired)
        ));
        assert_eq!(
            Precondition::required(Some("*")).ok(),
            Some(Precondition::Any)
        );
        assert_eq!(
            Precondition::required(Some("\"7\"")).ok(),
            Some(Precondition::Versions(vec![7]))
        );
    }

    #[test]
    fn a_stale_etag_fails_the_precondition() {
        let seen = Precondition::from_if_match("\"3\"");
        assert!(seen.check(3, "opportunity").is_ok());
        assert!(Precondition::from_if_match("\"2\", \"3\"")
            .check(3, "opportunity")
            .is_ok());
        assert!(matches!(
            seen.check(4, "opportunity"),
            Err(AppError::PreconditionFailed(_))
        ));
        assert!(Precondition::Any.check(9, "opportunity").is_ok());
    }

    #[test]
    fn malformed_and_weak_tags_never_match() {
        for value in ["0", "W/\"3\"", "\"99999999999999999999\"", "\"x\""] {
            let precondition = Precondition::from_if_match(value);
            assert!(
                matches!(
                    precondition.check(3, "opportunity"),
                    Err(AppError::PreconditionFailed(_))
                ),
                "{value}"
            );
        }
    }

    #[test]
    fn if_none_match_accepts_lists_and_weak_tags() {
        assert!(not_modified(Some("\"2\", W/\"3\""), 3));
        assert!(!not_modified(Some("\"2\""), 3));
        assert!(!not_modified(None, 3));
    }
}
