//! The issuer's signing keys, fetched from its JWKS URL, cached, and refreshed when a token names
//! a key the cache does not know (key rotation), at most once per `floor` however many such tokens
//! arrive. Requests never wait for a fetch unless their token names an unknown key.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use jsonwebtoken::jwk::{AlgorithmParameters, JwkSet, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::DecodingKey;

type KeyMap = HashMap<String, Arc<DecodingKey>>;

/// A cached JWKS.
pub struct Jwks {
    url: String,
    client: reqwest::Client,
    keys: RwLock<Arc<KeyMap>>,
    /// When the last fetch started; held while fetching, so concurrent misses wait for one fetch.
    last_fetch: tokio::sync::Mutex<Option<Instant>>,
    floor: Duration,
    fetches: AtomicU64,
}

impl Jwks {
    /// Fetches the key set once. A failure is logged, not fatal: the service starts and fetches
    /// again when the first token arrives (tokens are refused meanwhile).
    pub async fn load(url: &str, floor: Duration) -> anyhow::Result<Arc<Self>> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .context("building the JWKS HTTP client")?;
        let jwks = Arc::new(Self {
            url: url.to_owned(),
            client,
            keys: RwLock::new(Arc::default()),
            last_fetch: tokio::sync::Mutex::new(None),
            floor,
            fetches: AtomicU64::new(0),
        });
        jwks.refresh(true).await;
        Ok(jwks)
    }

    /// Refreshes the key set every `period` in the background, so that keys the issuer retired
    /// stop being accepted.
    pub fn spawn_refresher(self: &Arc<Self>, period: Duration) {
        let jwks = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            ticks.tick().await;
            loop {
                ticks.tick().await;
                let Some(jwks) = jwks.upgrade() else { break };
                jwks.refresh(true).await;
            }
        });
    }

    /// The key named `kid`, fetching the key set again if it is unknown and the floor allows.
    pub async fn key(&self, kid: &str) -> Option<Arc<DecodingKey>> {
        if let Some(key) = self.cached(kid) {
            return Some(key);
        }
        self.refresh(false).await;
        self.cached(kid)
    }

    /// How many fetches were made (for tests and metrics).
    pub fn fetches(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    /// The key under `kid` as last fetched (never fetches).
    pub(super) fn cached(&self, kid: &str) -> Option<Arc<DecodingKey>> {
        let keys = self.keys.read().ok()?;
        keys.get(kid).cloned()
    }

    async fn refresh(&self, scheduled: bool) {
        let mut last = self.last_fetch.lock().await;
        if !scheduled && last.is_some_and(|at| at.elapsed() < self.floor) {
            return;
        }
        *last = Some(Instant::now());
        self.fetches.fetch_add(1, Ordering::Relaxed);
        match self.fetch().await {
            Ok(keys) => {
                tracing::info!(url = %self.url, keys = keys.len(), "signing keys fetched");
                if let Ok(mut slot) = self.keys.write() {
                    *slot = Arc::new(keys);
                }
            }
            Err(error) => {
                tracing::error!(url = %self.url, error = format!("{error:#}"), "fetching the signing keys failed");
            }
        }
    }

    async fn fetch(&self) -> anyhow::Result<KeyMap> {
        let set: JwkSet = self
            .client
            .get(&self.url)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
            .context("the JWKS is not a JSON Web Key Set")?;
        Ok(usable_keys(&set))
    }
}

/// The RSA signing keys of `set` by `kid`; keys for other uses or algorithms are left out.
pub fn usable_keys(set: &JwkSet) -> KeyMap {
    set.keys
        .iter()
        .filter(|jwk| {
            matches!(
                jwk.common.public_key_use,
                None | Some(PublicKeyUse::Signature)
            ) && matches!(jwk.common.key_algorithm, None | Some(KeyAlgorithm::RS256))
                && matches!(jwk.algorithm, AlgorithmParameters::RSA(_))
        })
        .filter_map(|jwk| {
            let kid = jwk.common.key_id.clone()?;
            let key = DecodingKey::from_jwk(jwk).ok()?;
            Some((kid, Arc::new(key)))
        })
        .collect()
}
