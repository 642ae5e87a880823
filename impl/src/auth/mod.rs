//! Who is calling: bearer-token verification, roles, and the local development issuer.
//!
//! Tokens are Amazon Cognito tokens (RS256, `token_use`, `client_id` or `aud`, `cognito:groups`),
//! checked against the user pool's JWKS ([`Jwks`]). The development issuer mints the same shape with
//! a key it keeps in the data directory, so `cargo run` and the test suites exercise the same
//! verification path; [`crate::config::Config::check_production`] keeps it out of production.

mod dev;
mod jwks;
mod verified;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

pub use dev::DevIssuer;
pub use jwks::Jwks;

use crate::config::{Config, TokenUse};
pub use crate::config::{DEV_CLIENT_ID, DEV_ISSUER, DEV_RESOURCE_SERVER};

/// A role, from the token's `cognito:groups`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    SalesManager,
    Admin,
}

impl Role {
    /// The group name in tokens and the name used in the contract's `x-roles`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::SalesManager => "SalesManager",
            Role::Admin => "Admin",
        }
    }

    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "SalesManager" => Some(Role::SalesManager),
            "Admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A permission of a partner's server (an app client using the client-credentials grant): the
/// custom scopes of the user pool's resource server, named in the contract's `oauth2` scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Every read a Sales Manager may make.
    Read,
    /// Every write a Sales Manager may make (ownership rules as for a Sales Manager).
    Write,
    /// What only an Admin may do, the GDPR operations excepted; an owner's rights everywhere.
    Admin,
    /// The data-subject operations.
    Gdpr,
}

impl Scope {
    /// Every scope, in the contract's order.
    pub const ALL: [Scope; 4] = [Scope::Read, Scope::Write, Scope::Admin, Scope::Gdpr];

    /// The scope's name in the contract and, after the resource server identifier and a `/`, in
    /// tokens.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "opportunities.read",
            Scope::Write => "opportunities.write",
            Scope::Admin => "opportunities.admin",
            Scope::Gdpr => "opportunities.gdpr",
        }
    }

    /// The scope named exactly `name` (case-sensitive).
    pub fn parse(name: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.as_str() == name)
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who holds a token: a person signed in to an app client, or a partner's server (an app client
/// acting for itself with the client-credentials grant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrincipalKind {
    User,
    Client,
}

impl PrincipalKind {
    /// `user` or `client`: the audit log's `actor_kind`, the logs' and metrics' name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipalKind::User => "user",
            PrincipalKind::Client => "client",
        }
    }
}

impl fmt::Display for PrincipalKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An authenticated caller. Exists only after its token was verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The token's `sub`: the user id, or for a client its `client_id` (Cognito sets `sub` to it),
    /// stored as owner, author and actor.
    pub subject: String,
    /// A user or a client.
    pub kind: PrincipalKind,
    /// A user's roles among the token's groups. Always empty for a client: its groups are ignored.
    pub roles: Vec<Role>,
    /// A client's scopes of the configured resource server. Always empty for a user: users are
    /// authorised by their roles.
    pub scopes: Vec<Scope>,
}

impl Principal {
    /// A user with `roles`.
    pub fn user(subject: impl Into<String>, roles: Vec<Role>) -> Self {
        Self {
            subject: subject.into(),
            kind: PrincipalKind::User,
            roles,
            scopes: Vec::new(),
        }
    }

    /// A client with `scopes`.
    pub fn client(client_id: impl Into<String>, scopes: Vec<Scope>) -> Self {
        Self {
            subject: client_id.into(),
            kind: PrincipalKind::Client,
            roles: Vec::new(),
            scopes,
        }
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn has_scope(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }

    /// May change what others own: an Admin, or a client with the admin scope.
    pub fn is_admin(&self) -> bool {
        self.has(Role::Admin) || self.has_scope(Scope::Admin)
    }
}

/// Why a token was refused. The message is safe to show to the caller; it never holds the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("the request has no bearer token")]
    Missing,
    #[error("the token is invalid: {0}")]
    Invalid(&'static str),
}

#[derive(Debug, Deserialize)]
struct Claims {
    sub: String,
    token_use: Option<String>,
    client_id: Option<String>,
    /// Only user tokens carry it (Cognito's user name); client-credentials tokens never do.
    username: Option<String>,
    /// `aud` of id tokens: one string, or a list.
    #[serde(default)]
    aud: Option<serde_json::Value>,
    iat: Option<u64>,
    /// Checked by the signature validation; read again to know how long its answer holds.
    #[serde(default)]
    exp: Option<u64>,
    /// Space-separated scopes (RFC 6749 §3.3).
    scope: Option<String>,
    #[serde(rename = "cognito:groups", default)]
    groups: Vec<String>,
}

impl Claims {
    /// A client-credentials token, as Cognito issues it: an access token of an app client acting
    /// for itself (`sub` is its `client_id`), for no user (no `username`). An id token never is.
    fn is_client_token(&self) -> bool {
        self.token_use.as_deref() == Some(TokenUse::Access.as_str())
            && self.username.is_none()
            && self.client_id.as_deref() == Some(self.sub.as_str())
    }

    fn audience_is(&self, client_id: &str) -> bool {
        match &self.aud {
            Some(serde_json::Value::String(aud)) => aud == client_id,
            Some(serde_json::Value::Array(auds)) => {
                auds.iter().any(|aud| aud.as_str() == Some(client_id))
            }
            _ => false,
        }
    }
}

/// What a token must say to be accepted.
#[derive(Debug, Clone)]
pub struct TokenPolicy {
    /// `iss`, exactly.
    pub issuer: String,
    /// The app client of users: `client_id` of access tokens, `aud` of id tokens.
    pub client_id: String,
    /// `token_use` of user tokens (client tokens are always access tokens).
    pub token_use: TokenUse,
    /// Clock skew tolerated on `exp`, `nbf` and `iat`.
    pub leeway_seconds: u64,
    /// The group granting Admin.
    pub admin_group: String,
    /// The group granting SalesManager.
    pub sales_manager_group: String,
    /// The resource server identifier prefixed to scopes in client tokens (without the `/`).
    pub resource_server: String,
    /// App clients whose client-credentials tokens are accepted.
    pub clients: HashSet<String>,
    /// App clients whose tokens are refused although listed in `clients`.
    pub disabled_clients: HashSet<String>,
}

impl TokenPolicy {
    /// The policy the configuration describes.
    pub fn from_config(config: &Config) -> Self {
        let ids = |list: &[String]| {
            list.iter()
                .map(|id| id.trim().to_owned())
                .filter(|id| !id.is_empty())
                .collect()
        };
        Self {
            issuer: config.token_issuer.clone(),
            client_id: config.token_client_id.clone(),
            token_use: config.token_use,
            leeway_seconds: config.token_leeway_secs,
            admin_group: config.admin_group.clone(),
            sales_manager_group: config.sales_manager_group.clone(),
            resource_server: config.oauth_resource_server.clone(),
            clients: ids(&config.oauth_client_ids),
            disabled_clients: ids(&config.oauth_disabled_client_ids),
        }
    }

    /// The development issuer's tokens.
    pub fn development() -> Self {
        Self {
            issuer: DEV_ISSUER.to_owned(),
            client_id: DEV_CLIENT_ID.to_owned(),
            token_use: TokenUse::Access,
            leeway_seconds: 10,
            admin_group: Role::Admin.as_str().to_owned(),
            sales_manager_group: Role::SalesManager.as_str().to_owned(),
            resource_server: DEV_RESOURCE_SERVER.to_owned(),
            clients: HashSet::new(),
            disabled_clients: HashSet::new(),
        }
    }

    fn role_of(&self, group: &str) -> Option<Role> {
        if group == self.admin_group {
            Some(Role::Admin)
        } else if group == self.sales_manager_group {
            Some(Role::SalesManager)
        } else {
            None
        }
    }

    /// The scopes of this service named in a `scope` claim: each space-separated entry that is
    /// exactly `<resource server>/<scope name>`. Anything else (another resource server, other
    /// case, stray whitespace inside an entry, OpenID scopes) grants nothing.
    pub fn scopes_of(&self, scope_claim: &str) -> Vec<Scope> {
        let mut scopes: Vec<Scope> = scope_claim
            .split(' ')
            .filter_map(|entry| entry.strip_prefix(self.resource_server.as_str()))
            .filter_map(|rest| rest.strip_prefix('/'))
            .filter_map(Scope::parse)
            .collect();
        scopes.sort();
        scopes.dedup();
        scopes
    }
}

/// Where verification keys come from.
pub enum KeySource {
    /// A fixed set by `kid` (the development issuer's key).
    Fixed(HashMap<String, Arc<DecodingKey>>),
    /// The issuer's JWKS, fetched and refreshed.
    Jwks(Arc<Jwks>),
}

impl KeySource {
    async fn key(&self, kid: &str) -> Option<Arc<DecodingKey>> {
        match self {
            KeySource::Fixed(keys) => keys.get(kid).cloned(),
            KeySource::Jwks(jwks) => jwks.key(kid).await,
        }
    }

    /// Whether `key` is still the key under `kid` (never fetches).
    fn is_current(&self, kid: &str, key: &Arc<DecodingKey>) -> bool {
        let current = match self {
            KeySource::Fixed(keys) => keys.get(kid).cloned(),
            KeySource::Jwks(jwks) => jwks.cached(kid),
        };
        current.is_some_and(|current| Arc::ptr_eq(&current, key))
    }
}

/// Verifies bearer tokens the way Cognito tokens should be verified: RS256 only, a known `kid`,
/// the signature, `iss`, `exp`/`nbf`/`iat` with a small leeway; then, for a user token,
/// `token_use` and the users' app client, and for a client-credentials token an accepted, enabled
/// client.
pub struct TokenVerifier {
    keys: KeySource,
    validation: Validation,
    policy: TokenPolicy,
    /// Tokens already verified, so that a caller's next requests skip the signature check.
    verified: verified::VerifiedTokens,
}

impl TokenVerifier {
    pub fn new(policy: TokenPolicy, keys: KeySource) -> Self {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&policy.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = policy.leeway_seconds;
        // `aud` is checked below, for id tokens only: client tokens, like access tokens, have none.
        validation.validate_aud = false;
        Self {
            keys,
            validation,
            policy,
            verified: verified::VerifiedTokens::default(),
        }
    }

    /// Checks the `Authorization` header value and returns the caller.
    pub async fn verify_header(&self, authorization: Option<&str>) -> Result<Principal, AuthError> {
        let value = authorization.ok_or(AuthError::Missing)?;
        let token = value
            .split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .filter(|token| !token.is_empty())
            .ok_or(AuthError::Invalid(
                "the Authorization header is not a bearer token",
            ))?;
        self.verify(token).await
    }

    /// Checks a compact JWT and returns the caller: in full the first time, then from what that
    /// check found while it holds (see [`verified`]).
    pub async fn verify(&self, token: &str) -> Result<Principal, AuthError> {
        let now = now_seconds();
        if let Some(principal) = self
            .verified
            .get(token, now, |kid, key| self.keys.is_current(kid, key))
        {
            return Ok(principal);
        }
        self.verify_in_full(token, now).await
    }

    /// The signature, the claims and the policy; an accepted token is remembered.
    async fn verify_in_full(&self, token: &str, now: u64) -> Result<Principal, AuthError> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|_| AuthError::Invalid("the token is not a well-formed JWT"))?;
        if header.alg != Algorithm::RS256 {
            return Err(AuthError::Invalid("the token is not signed with RS256"));
        }
        let kid = header
            .kid
            .ok_or(AuthError::Invalid("the token names no signing key"))?;
        let key = self
            .keys
            .key(&kid)
            .await
            .ok_or(AuthError::Invalid("the token's signing key is unknown"))?;
        let data =
            jsonwebtoken::decode::<Claims>(token, &key, &self.validation).map_err(|error| {
                use jsonwebtoken::errors::ErrorKind;
                AuthError::Invalid(match error.kind() {
                    ErrorKind::ExpiredSignature => "the token has expired",
                    ErrorKind::ImmatureSignature => "the token is not valid yet",
                    ErrorKind::InvalidIssuer => "the token is from another issuer",
                    ErrorKind::InvalidAudience => "the token is for another client",
                    ErrorKind::InvalidSignature => "the token's signature does not verify",
                    _ => "the token could not be verified",
                })
            })?;
        let claims = data.claims;
        if claims
            .iat
            .is_some_and(|iat| iat > now + self.policy.leeway_seconds)
        {
            return Err(AuthError::Invalid("the token was issued in the future"));
        }
        let exp = claims.exp;
        let principal = if claims.is_client_token() {
            self.client(claims)?
        } else {
            self.user(claims)?
        };
        if let Some(exp) = exp {
            let verified = verified::Verified {
                kid: &kid,
                key: &key,
                valid_until: exp.saturating_add(self.policy.leeway_seconds),
            };
            self.verified.insert(token, &principal, verified, now);
        }
        Ok(principal)
    }

    /// A partner's server: an accepted, enabled client, its scopes from `scope`; its groups, if
    /// any, are ignored.
    fn client(&self, claims: Claims) -> Result<Principal, AuthError> {
        if self.policy.disabled_clients.contains(&claims.sub) {
            return Err(AuthError::Invalid("the client has been disabled"));
        }
        if !self.policy.clients.contains(&claims.sub) {
            return Err(AuthError::Invalid("the token is for another client"));
        }
        let scopes = self
            .policy
            .scopes_of(claims.scope.as_deref().unwrap_or_default());
        Ok(Principal::client(claims.sub, scopes))
    }

    /// A person: the users' app client and `token_use`, roles from `cognito:groups`.
    fn user(&self, claims: Claims) -> Result<Principal, AuthError> {
        if claims.token_use.as_deref() != Some(self.policy.token_use.as_str()) {
            return Err(AuthError::Invalid(match self.policy.token_use {
                TokenUse::Access => "the token is not an access token",
                TokenUse::Id => "the token is not an id token",
            }));
        }
        let for_the_client = match self.policy.token_use {
            TokenUse::Access => claims.client_id.as_deref() == Some(self.policy.client_id.as_str()),
            TokenUse::Id => claims.audience_is(&self.policy.client_id),
        };
        if !for_the_client {
            return Err(AuthError::Invalid("the token is for another client"));
        }
        let mut roles: Vec<Role> = claims
            .groups
            .iter()
            .filter_map(|group| self.policy.role_of(group))
            .collect();
        roles.dedup();
        Ok(Principal::user(claims.sub, roles))
    }
}

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> TokenPolicy {
        TokenPolicy {
            resource_server: "https://api.example.net".to_owned(),
            ..TokenPolicy::development()
        }
    }

    #[test]
    fn scopes_are_the_exact_entries_of_our_resource_server() {
        let policy = policy();
        assert_eq!(
            policy.scopes_of(
                "https://api.example.net/opportunities.read  https://api.example.net/opportunities.gdpr \
                 https://api.example.net/opportunities.read"
            ),
            vec![Scope::Read, Scope::Gdpr]
        );
        for refused in [
            "",
            "opportunities.admin",
            "https://api.example.net/OPPORTUNITIES.ADMIN",
            "https://api.example.net/opportunities.admin\t",
            "https://api.example.net/ opportunities.admin",
            "https://api.example.netopportunities.admin",
            "https://api.example.net//opportunities.admin",
            "https://api.example.net.evil/opportunities.admin",
            "https://other.example.net/opportunities.admin",
            "https://api.example.net/opportunities.admin,https://api.example.net/opportunities.read",
        ] {
            assert!(policy.scopes_of(refused).is_empty(), "{refused:?}");
        }
    }

    fn verifier(issuer: &DevIssuer, leeway_seconds: u64) -> TokenVerifier {
        let policy = TokenPolicy {
            leeway_seconds,
            ..TokenPolicy::development()
        };
        TokenVerifier::new(policy, KeySource::Fixed(issuer.keys()))
    }

    #[tokio::test]
    async fn a_token_verified_once_is_answered_alike_until_it_expires_then_refused() {
        let issuer = DevIssuer::generate("k1").expect("a key");
        let verifier = verifier(&issuer, 0);
        let now = now_seconds();
        let token = issuer
            .sign(&serde_json::json!({
                "sub": "u-1", "iss": DEV_ISSUER, "client_id": DEV_CLIENT_ID, "token_use": "access",
                "cognito:groups": ["Admin"], "iat": now, "exp": now + 1,
            }))
            .expect("a token");
        let first = verifier.verify(&token).await.expect("accepted");
        assert_eq!(first, Principal::user("u-1", vec![Role::Admin]));
        assert_eq!(verifier.verify(&token).await, Ok(first));
        assert_eq!(verifier.verified.len(), 1, "remembered");
        // A token differing in one byte of its signature is checked in full, and refused.
        let mut forged = token.clone();
        let last = if forged.ends_with('A') { "B" } else { "A" };
        forged.replace_range(forged.len() - 1.., last);
        assert!(verifier.verify(&forged).await.is_err());
        assert_eq!(verifier.verified.len(), 1, "a refusal is not remembered");
        tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
        assert_eq!(
            verifier.verify(&token).await,
            Err(AuthError::Invalid("the token has expired")),
            "a remembered token expires when its exp says"
        );
    }

    #[tokio::test]
    async fn a_remembered_token_whose_key_is_no_longer_current_is_checked_again() {
        let issuer = DevIssuer::generate("k1").expect("a key");
        let verifier = verifier(&issuer, 10);
        let token = issuer
            .issue("u-1", &[Role::SalesManager], 600)
            .expect("a token");
        let principal = verifier.verify(&token).await.expect("accepted");
        let now = now_seconds();
        let stored = |current: bool| {
            verifier
                .verified
                .get(&token, now, |kid, _| current && kid == "k1")
        };
        assert_eq!(stored(true), Some(principal));
        assert_eq!(
            stored(false),
            None,
            "a retired or replaced key ends the entry"
        );
    }

    #[test]
    fn a_client_is_an_admin_only_with_the_admin_scope_and_a_user_only_by_role() {
        assert!(Principal::client("c", vec![Scope::Write, Scope::Admin]).is_admin());
        assert!(!Principal::client("c", vec![Scope::Write, Scope::Gdpr]).is_admin());
        assert!(Principal::user("u", vec![Role::Admin]).is_admin());
        assert!(!Principal::user("u", vec![Role::SalesManager]).is_admin());
    }
}
