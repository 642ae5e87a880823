//! The local development token issuer: an RS256 key kept in the data directory, and tokens shaped
//! like Amazon Cognito access tokens. `cargo run -- token` prints one; a server started by
//! `cargo run` accepts it because both load the same key.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts as _;
use rsa::RsaPrivateKey;
use serde::Serialize;

use super::{Role, DEV_CLIENT_ID, DEV_ISSUER};

const KEY_FILE: &str = "dev-signing-key.pem";
const KEY_ID: &str = "dev-1";

/// Mints development tokens and tells the verifier which key checks them.
pub struct DevIssuer {
    kid: String,
    key: RsaPrivateKey,
    encoding: EncodingKey,
    decoding: DecodingKey,
}

#[derive(Serialize)]
struct AccessClaims<'a> {
    sub: &'a str,
    iss: &'a str,
    client_id: &'a str,
    token_use: &'a str,
    scope: &'a str,
    #[serde(rename = "cognito:groups")]
    groups: Vec<&'static str>,
    iat: u64,
    exp: u64,
    jti: String,
}

impl DevIssuer {
    /// Loads the key from `data_dir`, creating the directory and a new 2048-bit key on first use.
    pub fn load_or_create(data_dir: &Path) -> anyhow::Result<Self> {
        let path = data_dir.join(KEY_FILE);
        let key = if path.exists() {
            let pem = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            RsaPrivateKey::from_pkcs8_pem(&pem)
                .with_context(|| format!("{} is not a PKCS#8 RSA key", path.display()))?
        } else {
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("creating {}", data_dir.display()))?;
            let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
                .context("generating the development signing key")?;
            let pem = key
                .to_pkcs8_pem(LineEnding::LF)
                .context("encoding the development signing key")?;
            write_private(&path, pem.as_bytes())?;
            key
        };
        Self::from_key(KEY_ID, key)
    }

    /// An issuer with a fresh in-memory key named `kid` (tests use it to rotate keys).
    pub fn generate(kid: &str) -> anyhow::Result<Self> {
        let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).context("generating a key")?;
        Self::from_key(kid, key)
    }

    fn from_key(kid: &str, key: RsaPrivateKey) -> anyhow::Result<Self> {
        let private_pem = key.to_pkcs8_pem(LineEnding::LF)?;
        let public_pem = key.to_public_key().to_public_key_pem(LineEnding::LF)?;
        Ok(Self {
            kid: kid.to_owned(),
            encoding: EncodingKey::from_rsa_pem(private_pem.as_bytes())?,
            decoding: DecodingKey::from_rsa_pem(public_pem.as_bytes())?,
            key,
        })
    }

    /// The verification keys by `kid`, for a [`super::KeySource::Fixed`].
    pub fn keys(&self) -> HashMap<String, Arc<DecodingKey>> {
        HashMap::from([(self.kid.clone(), Arc::new(self.decoding.clone()))])
    }

    /// The public key as a JSON Web Key Set, as an issuer serves it.
    pub fn jwks(&self) -> serde_json::Value {
        let public = self.key.to_public_key();
        let encode = |bytes: Vec<u8>| URL_SAFE_NO_PAD.encode(bytes);
        serde_json::json!({
            "keys": [{
                "kty": "RSA",
                "use": "sig",
                "alg": "RS256",
                "kid": self.kid,
                "n": encode(public.n().to_bytes_be()),
                "e": encode(public.e().to_bytes_be()),
            }]
        })
    }

    /// A signed access token for `subject` with `roles`, valid for `ttl_seconds`.
    pub fn issue(&self, subject: &str, roles: &[Role], ttl_seconds: u64) -> anyhow::Result<String> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
        let claims = AccessClaims {
            sub: subject,
            iss: DEV_ISSUER,
            client_id: DEV_CLIENT_ID,
            token_use: "access",
            scope: "aws.cognito.signin.user.admin",
            groups: roles.iter().map(|role| role.as_str()).collect(),
            iat: now,
            exp: now + ttl_seconds,
            jti: uuid::Uuid::new_v4().to_string(),
        };
        self.sign(&claims)
    }

    /// Signs any claims with this issuer's key and `kid` (tests use it for tokens a real issuer
    /// would mint with other claims: other issuers, clients, lifetimes).
    pub fn sign(&self, claims: &impl Serialize) -> anyhow::Result<String> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        Ok(jsonwebtoken::encode(&header, claims, &self.encoding)?)
    }
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(contents)?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, contents).with_context(|| format!("creating {}", path.display()))
}
