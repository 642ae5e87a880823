//! Who is calling: bearer-token verification, roles, and the local development issuer.
//!
//! Tokens are Amazon Cognito tokens (RS256, `token_use`, `client_id` or `aud`, `cognito:groups`),
//! checked against the user pool's JWKS ([`Jwks`]). The development issuer mints the same shape with
//! a key it keeps in the data directory, so `cargo run` and the test suites exercise the same
//! verification path; [`crate::config::Config::check_production`] keeps it out of production.

mod dev;
mod jwks;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

pub use dev::DevIssuer;
pub use jwks::Jwks;

use crate::config::{Config, TokenUse};

/// `iss` of tokens minted by the development issuer.
pub const DEV_ISSUER: &str = "http://localhost:8080/dev-issuer";
/// `client_id` of tokens minted by the development issuer.
pub const DEV_CLIENT_ID: &str = "opportunity-dev-client";

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

/// An authenticated caller. Exists only after its token was verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The token's `sub`: the user id stored as owner, author and actor.
    pub subject: String,
    /// The roles the service recognises among the token's groups.
    pub roles: Vec<Role>,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn is_admin(&self) -> bool {
        self.has(Role::Admin)
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
    iat: Option<u64>,
    #[serde(rename = "cognito:groups", default)]
    groups: Vec<String>,
}

/// What a token must say to be accepted.
#[derive(Debug, Clone)]
pub struct TokenPolicy {
    /// `iss`, exactly.
    pub issuer: String,
    /// The app client: `client_id` of access tokens, `aud` of id tokens.
    pub client_id: String,
    /// `token_use`.
    pub token_use: TokenUse,
    /// Clock skew tolerated on `exp`, `nbf` and `iat`.
    pub leeway_seconds: u64,
    /// The group granting Admin.
    pub admin_group: String,
    /// The group granting SalesManager.
    pub sales_manager_group: String,
}

impl TokenPolicy {
    /// The policy the configuration describes.
    pub fn from_config(config: &Config) -> Self {
        Self {
            issuer: config.token_issuer.clone(),
            client_id: config.token_client_id.clone(),
            token_use: config.token_use,
            leeway_seconds: config.token_leeway_secs,
            admin_group: config.admin_group.clone(),
            sales_manager_group: config.sales_manager_group.clone(),
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
}

/// Verifies bearer tokens the way Cognito tokens should be verified: RS256 only, a known `kid`,
/// the signature, `iss`, `token_use`, the app client, `exp`/`nbf`/`iat` with a small leeway.
pub struct TokenVerifier {
    keys: KeySource,
    validation: Validation,
    policy: TokenPolicy,
}

impl TokenVerifier {
    pub fn new(policy: TokenPolicy, keys: KeySource) -> Self {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&policy.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = policy.leeway_seconds;
        match policy.token_use {
            TokenUse::Access => validation.validate_aud = false,
            TokenUse::Id => validation.set_audience(&[&policy.client_id]),
        }
        Self {
            keys,
            validation,
            policy,
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

    /// Checks a compact JWT and returns the caller.
    pub async fn verify(&self, token: &str) -> Result<Principal, AuthError> {
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
        if claims.token_use.as_deref() != Some(self.policy.token_use.as_str()) {
            return Err(AuthError::Invalid(match self.policy.token_use {
                TokenUse::Access => "the token is not an access token",
                TokenUse::Id => "the token is not an id token",
            }));
        }
        if self.policy.token_use == TokenUse::Access
            && claims.client_id.as_deref() != Some(self.policy.client_id.as_str())
        {
            return Err(AuthError::Invalid("the token is for another client"));
        }
        if claims
            .iat
            .is_some_and(|iat| iat > now_seconds() + self.policy.leeway_seconds)
        {
            return Err(AuthError::Invalid("the token was issued in the future"));
        }
        let mut roles: Vec<Role> = claims
            .groups
            .iter()
            .filter_map(|group| self.policy.role_of(group))
            .collect();
        roles.dedup();
        Ok(Principal {
            subject: claims.sub,
            roles,
        })
    }
}

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}
