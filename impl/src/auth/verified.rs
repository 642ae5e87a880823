//! Tokens already verified. A caller sends the same token with every request until it expires (an
//! hour for Cognito's); checking its RS256 signature again each time was about a tenth of the
//! service's CPU on a cheap read. The first request with a token is verified in full; later ones
//! with the byte-for-byte same token get the same answer until the token's `exp` (plus the leeway
//! the full check allows), as long as the key that signed it is still the issuer's current key
//! under its `kid` (a JWKS refresh that retires or replaces the key ends the entry).
//!
//! Only accepted tokens are kept (a refusal is checked again each time), keyed by the whole token
//! (a lookup compares every byte; the map's hasher is randomly seeded), and at most [`CAPACITY`] of
//! them: when full, expired entries go first, then all (the next requests verify again).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use jsonwebtoken::DecodingKey;

use super::Principal;

/// Distinct tokens remembered at once: a few megabytes at most.
const CAPACITY: usize = 4096;

struct Entry {
    principal: Principal,
    kid: String,
    key: Arc<DecodingKey>,
    /// The last second (Unix time) at which the full check would still accept the token.
    valid_until: u64,
}

/// What the full check learned that a later request needs to trust its result.
pub(super) struct Verified<'a> {
    pub kid: &'a str,
    pub key: &'a Arc<DecodingKey>,
    pub valid_until: u64,
}

#[derive(Default)]
pub(super) struct VerifiedTokens {
    entries: RwLock<HashMap<Box<str>, Entry>>,
}

impl VerifiedTokens {
    /// The caller `token` was verified as, if it still holds at `now` and `is_current(kid, key)`.
    pub fn get(
        &self,
        token: &str,
        now: u64,
        is_current: impl Fn(&str, &Arc<DecodingKey>) -> bool,
    ) -> Option<Principal> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(token)?;
        (now <= entry.valid_until && is_current(&entry.kid, &entry.key))
            .then(|| entry.principal.clone())
    }

    /// Remembers that `token` was verified as `principal`.
    pub fn insert(&self, token: &str, principal: &Principal, verified: Verified<'_>, now: u64) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if entries.len() >= CAPACITY {
            entries.retain(|_, entry| entry.valid_until >= now);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        entries.insert(
            token.into(),
            Entry {
                principal: principal.clone(),
                kid: verified.kid.to_owned(),
                key: Arc::clone(verified.key),
                valid_until: verified.valid_until,
            },
        );
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries
            .read()
            .map(|entries| entries.len())
            .unwrap_or(0)
    }
}
