//! Per-principal rate limits: a GCRA bucket per principal (governor), keyed by API key when the
//! request carries one, by the token's `sub` for users and by `client_id` for partners' clients
//! (their own limiter, [`ClientLimits`], with a default budget or one configured per client).
//!
//! Memory stays bounded however many principals appear: a principal whose bucket is full again
//! (idle for `burst / rate` seconds) is indistinguishable from a new one and is swept away in the
//! background, and at most `max_principals` buckets exist at once. Should that many principals all
//! be active at once (which takes that many valid tokens), the buckets start over empty, logged:
//! budgets reset for a moment rather than memory growing without bound.

use std::num::NonZeroU32;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};

/// The outcome of one request against its principal's budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Requests allowed in a burst (`RateLimit-Limit`).
    pub limit: u32,
    /// Requests left in the burst right now (`RateLimit-Remaining`).
    pub remaining: u32,
    /// Seconds until the budget is whole again, or until the next request is allowed when
    /// refused (`RateLimit-Reset`, `Retry-After`).
    pub reset_seconds: u64,
}

type Buckets<C> = RateLimiter<String, DashMapStateStore<String>, C, StateInformationMiddleware>;

/// Per-principal rate limiter.
pub struct Limiter<C: Clock = DefaultClock> {
    buckets: RwLock<Arc<Buckets<C>>>,
    quota: Quota,
    clock: C,
    burst: u32,
    per_second: u32,
    max_principals: usize,
}

impl Limiter<DefaultClock> {
    pub fn new(per_second: u32, burst: u32, max_principals: usize) -> Self {
        Self::with_clock(per_second, burst, max_principals, DefaultClock::default())
    }
}

impl<C: Clock + Clone> Limiter<C> {
    pub fn with_clock(per_second: u32, burst: u32, max_principals: usize, clock: C) -> Self {
        let per_second = per_second.max(1);
        let burst = burst.max(1);
        let quota = Quota::with_period(Duration::from_secs(1) / per_second)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN));
        Self {
            buckets: RwLock::new(Arc::new(Self::fresh(quota, &clock))),
            quota,
            clock,
            burst,
            per_second,
            max_principals: max_principals.max(1),
        }
    }

    fn fresh(quota: Quota, clock: &C) -> Buckets<C> {
        RateLimiter::dashmap_with_clock(quota, clock.clone())
            .with_middleware::<StateInformationMiddleware>()
    }

    fn current(&self) -> Arc<Buckets<C>> {
        match self.buckets.read() {
            Ok(buckets) => Arc::clone(&buckets),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Takes one request from `principal`'s budget.
    pub fn check(&self, principal: &str) -> Result<Budget, Budget> {
        let mut buckets = self.current();
        if buckets.len() >= self.max_principals {
            buckets = self.start_over(&buckets);
        }
        match buckets.check_key(&principal.to_owned()) {
            Ok(snapshot) => {
                let remaining = snapshot.remaining_burst_capacity();
                let used = u64::from(self.burst.saturating_sub(remaining));
                Ok(Budget {
                    limit: self.burst,
                    remaining,
                    reset_seconds: used.div_ceil(u64::from(self.per_second)),
                })
            }
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.clock.now());
                Err(Budget {
                    limit: self.burst,
                    remaining: 0,
                    reset_seconds: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
                })
            }
        }
    }

    /// Drops the buckets of principals idle long enough to have a full budget again.
    pub fn sweep(&self) {
        let buckets = self.current();
        buckets.retain_recent();
        buckets.shrink_to_fit();
    }

    /// How many principals have a bucket now.
    pub fn tracked(&self) -> usize {
        self.current().len()
    }

    /// The map is full: sweep it, and if every principal in it is still active, start over.
    fn start_over(&self, full: &Arc<Buckets<C>>) -> Arc<Buckets<C>> {
        let mut slot = match self.buckets.write() {
            Ok(slot) => slot,
            Err(poisoned) => poisoned.into_inner(),
        };
        if !Arc::ptr_eq(&slot, full) {
            return Arc::clone(&slot); // another request already did it
        }
        slot.retain_recent();
        if slot.len() >= self.max_principals {
            tracing::warn!(
                tracked = slot.len(),
                "rate limiter full of active principals: starting over"
            );
            *slot = Arc::new(Self::fresh(self.quota, &self.clock));
        }
        Arc::clone(&slot)
    }
}

/// The budgets of partners' clients: each client its own bucket, of the size configured for it or
/// of the default size, apart from the users' buckets (a client never shares a budget with a user
/// or with another client).
pub struct ClientLimits {
    default: Arc<Limiter>,
    own: std::collections::HashMap<String, Limiter>,
}

impl ClientLimits {
    /// `default` for every client but those of `own`, which get theirs.
    pub fn new(default: Arc<Limiter>, own: impl IntoIterator<Item = (String, Limiter)>) -> Self {
        Self {
            default,
            own: own.into_iter().collect(),
        }
    }

    /// Takes one request from `client_id`'s budget.
    pub fn check(&self, client_id: &str) -> Result<Budget, Budget> {
        match self.own.get(client_id) {
            Some(limiter) => limiter.check(client_id),
            None => self.default.check(client_id),
        }
    }

    /// The limiter of the clients without a budget of their own (to sweep it).
    pub fn default_limiter(&self) -> &Arc<Limiter> {
        &self.default
    }
}

/// Sweeps `limiter` every `period` in the background.
pub fn spawn_sweeper(limiter: std::sync::Weak<Limiter>, period: Duration) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(period);
        loop {
            ticks.tick().await;
            let Some(limiter) = limiter.upgrade() else {
                break;
            };
            limiter.sweep();
        }
    });
}

/// Bounded concurrency for expensive operations: at most `permits` run at once, and a request that
/// cannot start within `queue` is turned away at once (503 `overloaded` with `Retry-After`) instead
/// of queueing until its client gives up. It holds its permit while it runs, so expensive requests
/// never hold more than `permits` database connections and cheap ones always find one.
pub struct Concurrency {
    permits: tokio::sync::Semaphore,
    queue: Duration,
}

impl Concurrency {
    pub fn new(permits: usize, queue: Duration) -> Self {
        Self {
            permits: tokio::sync::Semaphore::new(permits.max(1)),
            queue,
        }
    }

    /// A permit to run, held until dropped; `None` when none came free within the queue time.
    pub async fn admit(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        match self.permits.try_acquire() {
            Ok(permit) => Some(permit),
            Err(_) => tokio::time::timeout(self.queue, self.permits.acquire())
                .await
                .ok()
                .and_then(Result::ok),
        }
    }
}

#[cfg(test)]
mod tests {
    use governor::clock::FakeRelativeClock;

    use super::*;

    fn limiter(max_principals: usize) -> (Limiter<FakeRelativeClock>, FakeRelativeClock) {
        let clock = FakeRelativeClock::default();
        (
            Limiter::with_clock(100, 500, max_principals, clock.clone()),
            clock,
        )
    }

    #[test]
    fn a_burst_is_allowed_then_refused_then_refilled() {
        let (limiter, clock) = limiter(10);
        for n in 0..500 {
            let budget = limiter.check("alice").expect("within the burst");
            assert_eq!(budget.remaining, 499 - n);
        }
        let refused = limiter.check("alice").expect_err("over the burst");
        assert_eq!((refused.remaining, refused.reset_seconds), (0, 1));
        // Another principal has a budget of its own.
        assert!(limiter.check("bob").is_ok());
        clock.advance(Duration::from_millis(10));
        assert!(
            limiter.check("alice").is_ok(),
            "one request refilled per 10 ms"
        );
        assert!(limiter.check("alice").is_err());
    }

    #[test]
    fn memory_stays_bounded_with_100_000_principals() {
        let (limiter, clock) = limiter(20_000);
        let mut refused = 0;
        for n in 0..100_000 {
            if limiter.check(&format!("principal-{n}")).is_err() {
                refused += 1;
            }
            assert!(limiter.tracked() <= 20_000);
            if n % 10_000 == 9_999 {
                // Ten thousand new principals a second: the earliest are idle again by the time
                // the map fills, so sweeps make room and nobody is refused.
                clock.advance(Duration::from_secs(1));
            }
        }
        assert_eq!(refused, 0, "idle principals make room for new ones");
        assert!(limiter.tracked() <= 20_000);
        clock.advance(Duration::from_secs(6));
        limiter.sweep();
        assert_eq!(limiter.tracked(), 0, "every idle principal is forgotten");
    }

    #[test]
    fn a_map_full_of_active_principals_starts_over_instead_of_growing() {
        let (limiter, _clock) = limiter(20_000);
        for n in 0..100_000 {
            assert!(limiter.check(&format!("principal-{n}")).is_ok());
            assert!(limiter.tracked() <= 20_000);
        }
        assert_eq!(limiter.tracked(), 20_000);
        assert!(limiter.check("principal-99999").is_ok());
        assert!(limiter.tracked() <= 20_000);
    }
}
