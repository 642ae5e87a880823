//! Signing secrets: `whsec_` + base64 of 32 random bytes (Standard Webhooks), shown to the Admin
//! once and stored sealed with AES-256-GCM under a key kept outside the database (a key file
//! locally, Secrets Manager in AWS), so a copy of the database alone does not reveal them.

use std::path::Path;

use anyhow::Context as _;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use rand::RngCore as _;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};

use crate::config::Config;

const KEY_FILE: &str = "webhook-secrets.key";
const PREFIX: &str = "whsec_";

/// A signing secret in the clear (only in memory, and in the one answer that shows it).
#[derive(Clone)]
pub struct SigningSecret(Vec<u8>);

impl SigningSecret {
    /// A fresh random secret.
    pub fn generate() -> Self {
        let mut bytes = vec![0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        SigningSecret(bytes)
    }

    /// A secret from its raw bytes (tests, and secrets opened from the store).
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        SigningSecret(bytes)
    }

    /// The raw key bytes HMAC uses.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// As partners configure it: `whsec_` + base64.
    pub fn reveal(&self) -> String {
        format!("{PREFIX}{}", STANDARD.encode(&self.0))
    }
}

impl std::fmt::Debug for SigningSecret {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("SigningSecret(..)")
    }
}

/// Seals and opens signing secrets.
#[derive(Clone)]
pub struct SecretBox {
    key: std::sync::Arc<LessSafeKey>,
}

impl SecretBox {
    /// The key of `config`: `OMS_WEBHOOK_SECRETS_KEY` (64 hex digits), else, outside
    /// production, the key file in the data directory, created with a fresh key (mode 0600) when
    /// missing. `None` in production without the key: webhooks are then unavailable (503), the
    /// rest of the service is not.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Self>> {
        let bytes = match &config.webhook_secrets_key {
            Some(hex) => decode_hex(hex.trim())
                .context("OMS_WEBHOOK_SECRETS_KEY must be 64 hexadecimal digits")?,
            None if config.is_production() => {
                tracing::warn!(
                    "no OMS_WEBHOOK_SECRETS_KEY: webhook subscriptions and deliveries are unavailable"
                );
                return Ok(None);
            }
            None => load_or_create(&config.data_dir.join(KEY_FILE))?,
        };
        Self::from_key(&bytes).map(Some)
    }

    pub fn from_key(bytes: &[u8]) -> anyhow::Result<Self> {
        let key = UnboundKey::new(&AES_256_GCM, bytes)
            .map_err(|_| anyhow::anyhow!("the webhook secrets key must be 32 bytes"))?;
        Ok(SecretBox {
            key: std::sync::Arc::new(LessSafeKey::new(key)),
        })
    }

    /// base64(nonce || ciphertext || tag).
    pub fn seal(&self, secret: &SigningSecret) -> anyhow::Result<String> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::thread_rng().fill_bytes(&mut nonce);
        let mut sealed = secret.0.clone();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::empty(),
                &mut sealed,
            )
            .map_err(|_| anyhow::anyhow!("sealing a webhook secret failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(STANDARD.encode(out))
    }

    pub fn open(&self, sealed: &str) -> anyhow::Result<SigningSecret> {
        let bytes = STANDARD
            .decode(sealed)
            .context("a sealed webhook secret is not base64")?;
        if bytes.len() < NONCE_LEN {
            anyhow::bail!("a sealed webhook secret is too short");
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce)
            .map_err(|_| anyhow::anyhow!("a sealed webhook secret has a bad nonce"))?;
        let mut rest = rest.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::empty(), &mut rest)
            .map_err(|_| {
                anyhow::anyhow!("a webhook secret does not open with this key (wrong key?)")
            })?;
        Ok(SigningSecret(plain.to_vec()))
    }
}

fn load_or_create(path: &Path) -> anyhow::Result<Vec<u8>> {
    if let Ok(text) = std::fs::read_to_string(path) {
        return decode_hex(text.trim()).with_context(|| format!("{} is not a key", path.display()));
    }
    let mut key = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut key);
    let hex: String = key.iter().map(|byte| format!("{byte:02x}")).collect();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(path, &hex).with_context(|| format!("writing {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("restricting {}", path.display()))?;
    }
    Ok(key.to_vec())
}

fn decode_hex(text: &str) -> anyhow::Result<Vec<u8>> {
    if text.len() != 64 || !text.is_ascii() {
        anyhow::bail!("expected 64 hexadecimal digits");
    }
    (0..text.len())
        .step_by(2)
        .map(|index| {
            u8::from_str_radix(&text[index..index + 2], 16).context("not a hexadecimal digit")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_with_its_key_only() {
        let one = SecretBox::from_key(&[7u8; 32]).expect("a key");
        let other = SecretBox::from_key(&[8u8; 32]).expect("a key");
        let secret = SigningSecret::generate();
        let sealed = one.seal(&secret).expect("sealed");
        assert!(!sealed.contains(&secret.reveal()[PREFIX.len()..]));
        assert_eq!(one.open(&sealed).expect("opens").bytes(), secret.bytes());
        assert!(other.open(&sealed).is_err());
        assert!(secret.reveal().starts_with("whsec_"));
    }
}
