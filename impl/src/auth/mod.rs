//! Who is calling: bearer-token verification, roles, and the local development issuer.
//!
//! Tokens are Amazon Cognito-shaped access tokens (RS256, `token_use: access`, `client_id`,
//! `cognito:groups`). The development issuer mints the same shape with a key it keeps in the data
//! directory, so `cargo run` and the test suites exercise the real verification path.

mod dev;

use std::collections::HashMap;
use std::fmt;

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

pub use dev::DevIssuer;

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
    #[serde(rename = "cognito:groups", default)]
    groups: Vec<String>,
}

/// Verifies bearer tokens against a fixed set of RS256 keys, an issuer and an app client.
pub struct TokenVerifier {
    keys: HashMap<String, DecodingKey>,
    validation: Validation,
    client_id: String,
}

impl TokenVerifier {
    /// A verifier that accepts RS256 access tokens from `issuer` for `client_id`, signed by one of `keys` (by `kid`).
    pub fn new(issuer: &str, client_id: &str, keys: HashMap<String, DecodingKey>) -> Self {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.validate_nbf = true;
        validation.validate_aud = false;
        validation.leeway = 30;
        Self {
            keys,
            validation,
            client_id: client_id.to_owned(),
        }
    }

    /// Checks the `Authorization` header value and returns the caller.
    pub fn verify_header(&self, authorization: Option<&str>) -> Result<Principal, AuthError> {
        let value = authorization.ok_or(AuthError::Missing)?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .ok_or(AuthError::Invalid(
                "the Authorization header is not a bearer token",
            ))?;
        self.verify(token)
    }

    /// Checks a compact JWT and returns the caller.
    pub fn verify(&self, token: &str) -> Result<Principal, AuthError> {
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
            .get(&kid)
            .ok_or(AuthError::Invalid("the token's signing key is unknown"))?;
        let data =
            jsonwebtoken::decode::<Claims>(token, key, &self.validation).map_err(|error| {
                use jsonwebtoken::errors::ErrorKind;
                AuthError::Invalid(match error.kind() {
                    ErrorKind::ExpiredSignature => "the token has expired",
                    ErrorKind::ImmatureSignature => "the token is not valid yet",
                    ErrorKind::InvalidIssuer => "the token is from another issuer",
                    ErrorKind::InvalidSignature => "the token's signature does not verify",
                    _ => "the token could not be verified",
                })
            })?;
        let claims = data.claims;
        if claims.token_use.as_deref() != Some("access") {
            return Err(AuthError::Invalid("the token is not an access token"));
        }
        if claims.client_id.as_deref() != Some(self.client_id.as_str()) {
            return Err(AuthError::Invalid("the token is for another client"));
        }
        let roles = claims
            .groups
            .iter()
            .filter_map(|group| Role::parse(group))
            .collect();
        Ok(Principal {
            subject: claims.sub,
            roles,
        })
    }
}
