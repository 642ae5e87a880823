//! The dispatcher: fans the change feed out into deliveries and sends them.
//!
//! One round ([`Dispatcher::run_once`]): queue a delivery per new event and subscription that
//! wants it, claim up to `concurrency` due deliveries with a lease, send them at once, record
//! each outcome under its lease. Every step is idempotent or fenced, so any number of
//! dispatchers (server tasks, Lambda invocations) may run at once, and one killed mid-delivery
//! loses nothing: its leases expire and the deliveries are sent again (at least once; receivers
//! deduplicate on `webhook-id`, the event's id).
//!
//! Retries: after a failed attempt the next comes 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h
//! later (±20 % jitter), the schedule of the Standard Webhooks reference service: eight attempts
//! over about 27.6 hours. When the last fails, the delivery is `failed` and the subscription is
//! disabled with the reason, until an Admin enables it again.

use std::time::{Duration, Instant};

use rand::Rng as _;

use super::payload::payload;
use super::secrets::{SecretBox, SigningSecret};
use super::signing::sign;
use super::ssrf::{Guard, GuardedResolver};
use crate::config::Config;
use crate::store::events::ChangeEventRecord;
use crate::store::webhooks::{AttemptOutcome, DeliveryRecord, SubscriptionRecord};
use crate::store::{now_micros, Store};

/// Delays before the 2nd..8th attempt, in units of the base delay (5 s): 5 s, 5 min, 30 min,
/// 2 h, 5 h, 10 h, 10 h.
const RETRY_STEPS: [u64; 7] = [1, 60, 360, 1_440, 3_600, 7_200, 7_200];

/// Most bytes of a receiver's answer read; the rest is not waited for.
const MAX_RESPONSE_BYTES: usize = 64 * 1024;
/// Most bytes of it kept in the delivery log.
const LOGGED_RESPONSE_BYTES: usize = 1024;
/// Events fanned out per subscription and round.
const FAN_OUT_BATCH: i64 = 500;

/// Sends webhook deliveries; see the module doc.
#[derive(Clone)]
pub struct Dispatcher {
    store: Store,
    secrets: SecretBox,
    guard: Guard,
    client: reqwest::Client,
    concurrency: usize,
    timeout: Duration,
    retry_base: Duration,
}

impl Dispatcher {
    pub fn new(store: Store, secrets: SecretBox, config: &Config) -> anyhow::Result<Self> {
        let guard = Guard {
            allow_loopback_http: config.webhook_allow_loopback_http,
        };
        let timeout = Duration::from_millis(config.webhook_timeout_ms);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(std::sync::Arc::new(GuardedResolver { guard }))
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .user_agent("opportunity-service-webhooks/1")
            .no_proxy()
            .build()?;
        Ok(Dispatcher {
            store,
            secrets,
            guard,
            client,
            concurrency: config.webhook_dispatch_concurrency.max(1),
            timeout,
            retry_base: Duration::from_millis(config.webhook_retry_base_ms),
        })
    }

    /// How long a claim lasts: longer than any attempt, so only a dead dispatcher's expires.
    fn lease(&self) -> Duration {
        self.timeout + Duration::from_secs(20)
    }

    /// Runs rounds until `shutdown` resolves; the round in progress then finishes (its attempts
    /// are bounded by the receiver timeout), so nothing claimed is left to its lease.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut last_purge = Instant::now();
        loop {
            let busy = match self.run_once().await {
                Ok(sent) => sent > 0,
                Err(error) => {
                    tracing::warn!(%error, "webhook dispatch round failed");
                    false
                }
            };
            if last_purge.elapsed() > Duration::from_secs(600) {
                last_purge = Instant::now();
                if let Err(error) = self.store.purge_expired_events().await {
                    tracing::warn!(%error, "purging expired change events failed");
                }
            }
            let pause = if busy {
                Duration::ZERO
            } else {
                Duration::from_millis(200)
            };
            tokio::select! {
                () = &mut shutdown => return,
                () = tokio::time::sleep(pause) => {}
            }
        }
    }

    /// Runs rounds until one finds nothing to send or `deadline` is near (one receiver timeout
    /// and 5 s before it), then purges expired events: one invocation of the AWS dispatcher
    /// function. How many attempts were made.
    pub async fn drain(&self, deadline: Instant) -> anyhow::Result<usize> {
        let mut attempted = 0;
        while Instant::now() + self.timeout + Duration::from_secs(5) < deadline {
            let sent = self.run_once().await?;
            attempted += sent;
            if sent == 0 {
                break;
            }
        }
        self.store.purge_expired_events().await?;
        Ok(attempted)
    }

    /// One round; how many deliveries were attempted.
    pub async fn run_once(&self) -> anyhow::Result<usize> {
        self.fan_out().await?;
        let lease_until =
            now_micros() + i64::try_from(self.lease().as_micros()).unwrap_or(i64::MAX / 2);
        let claimed = self
            .store
            .claim_deliveries(i64::try_from(self.concurrency).unwrap_or(8), lease_until)
            .await?;
        let count = claimed.len();
        futures::future::join_all(
            claimed
                .into_iter()
                .map(|delivery| self.attempt(delivery, lease_until)),
        )
        .await;
        Ok(count)
    }

    async fn fan_out(&self) -> anyhow::Result<()> {
        for subscription in self.store.enabled_subscriptions().await? {
            let events = self
                .store
                .events_after(
                    subscription.feed_txid,
                    subscription.feed_position,
                    FAN_OUT_BATCH,
                )
                .await?;
            let Some(last) = events.last() else {
                continue;
            };
            let to = (last.txid, last.position);
            let deliveries: Vec<(&ChangeEventRecord, String)> = events
                .iter()
                .filter(|event| subscription.wants(&event.event_type))
                .map(|event| Ok((event, payload(event)?)))
                .collect::<anyhow::Result<_>>()?;
            self.store.fan_out(&subscription, &deliveries, to).await?;
        }
        Ok(())
    }

    async fn attempt(&self, delivery: DeliveryRecord, lease_until: i64) {
        let result = async {
            let subscription = self.store.subscription(&delivery.subscription_id).await?;
            let outcome = self.send(&subscription, &delivery).await;
            let disable = (!outcome.delivered && outcome.retry_at.is_none()).then(|| {
                format!(
                    "event {} could not be delivered in {} attempts over about 27 hours; last: {}",
                    delivery.event_id,
                    delivery.attempts + 1,
                    outcome
                        .error
                        .clone()
                        .or_else(|| outcome.status_code.map(|code| format!("HTTP {code}")))
                        .unwrap_or_default()
                )
            });
            self.store
                .finish_delivery(&delivery, lease_until, &outcome, disable.as_deref())
                .await?;
            anyhow::Ok(())
        }
        .await;
        if let Err(error) = result {
            tracing::warn!(delivery_id = %delivery.id, %error, "recording a webhook attempt failed");
        }
    }

    /// The secrets to sign with: the current one, and the previous one while it is still valid.
    fn secrets_of(&self, subscription: &SubscriptionRecord) -> anyhow::Result<Vec<SigningSecret>> {
        let mut secrets = vec![self.secrets.open(&subscription.secret_sealed)?];
        if let (Some(previous), Some(until)) = (
            &subscription.previous_secret_sealed,
            subscription.previous_secret_expires_at,
        ) {
            if until > now_micros() {
                secrets.push(self.secrets.open(previous)?);
            }
        }
        Ok(secrets)
    }

    /// One attempt: never an error, every failure is an outcome to log and retry.
    async fn send(
        &self,
        subscription: &SubscriptionRecord,
        delivery: &DeliveryRecord,
    ) -> AttemptOutcome {
        let started = Instant::now();
        let failed =
            |error: String, status_code: Option<i64>, response: Option<String>| AttemptOutcome {
                delivered: false,
                status_code,
                latency_ms: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
                response,
                error: Some(error),
                retry_at: self.retry_at(delivery.attempts + 1),
            };
        // Checked again on every attempt: the URL's literal address (the resolver below sees
        // only names) and the scheme.
        let url = match self.guard.check_url(&subscription.url) {
            Ok(url) => url,
            Err(refused) => return failed(format!("the URL {refused}"), None, None),
        };
        let secrets = match self.secrets_of(subscription) {
            Ok(secrets) => secrets,
            Err(error) => return failed(format!("{error:#}"), None, None),
        };
        let timestamp = now_micros() / 1_000_000;
        let headers = sign(
            &delivery.event_id,
            timestamp,
            delivery.payload.as_bytes(),
            &secrets,
        );
        let response = self
            .client
            .post(url)
            .header("content-type", "application/json")
            .header("webhook-id", &headers.id)
            .header("webhook-timestamp", &headers.timestamp)
            .header("webhook-signature", &headers.signature)
            .body(delivery.payload.clone())
            .send()
            .await;
        let response = match response {
            Ok(response) => response,
            Err(error) => return failed(describe(&error), None, None),
        };
        let status = response.status();
        let mut response = response;
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    body.extend_from_slice(&chunk);
                    if body.len() >= MAX_RESPONSE_BYTES {
                        break;
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    return failed(
                        describe(&error),
                        Some(i64::from(status.as_u16())),
                        Some(logged(&body)),
                    )
                }
            }
        }
        let status_code = Some(i64::from(status.as_u16()));
        if status.is_success() {
            AttemptOutcome {
                delivered: true,
                status_code,
                latency_ms: i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX),
                response: Some(logged(&body)),
                error: None,
                retry_at: None,
            }
        } else {
            let error = if status.is_redirection() {
                format!("HTTP {status}: redirects are not followed")
            } else {
                format!("HTTP {status}")
            };
            failed(error, status_code, Some(logged(&body)))
        }
    }

    /// When attempt `attempts + 1` is due after `attempts` failed ones; `None` after the last.
    fn retry_at(&self, attempts: i64) -> Option<i64> {
        let step = RETRY_STEPS.get(usize::try_from(attempts - 1).ok()?)?;
        let base = self.retry_base.as_micros() as f64 * *step as f64;
        let jittered = base * rand::thread_rng().gen_range(0.8..1.2);
        Some(now_micros() + jittered as i64)
    }
}

fn logged(body: &[u8]) -> String {
    let end = body.len().min(LOGGED_RESPONSE_BYTES);
    String::from_utf8_lossy(&body[..end]).into_owned()
}

fn describe(error: &reqwest::Error) -> String {
    let mut text = if error.is_timeout() {
        "timed out".to_owned()
    } else if error.is_connect() {
        "could not connect".to_owned()
    } else {
        "request failed".to_owned()
    };
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
