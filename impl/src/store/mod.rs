//! Persistence: one store over PostgreSQL (production, Amazon RDS) or SQLite (embedded default).
//!
//! Both databases run the same migrations and the same query texts through sqlx's Any driver (see
//! `migrations/` for the portable column representations), so a user cannot tell them apart and
//! every rule lives in one place.

pub mod accounts;
pub mod audit;
pub mod consent_events;
pub mod consents;
pub mod contacts;
pub mod events;
pub mod fault;
pub mod gdpr;
pub mod idempotency;
pub mod opportunities;
pub mod page;
pub mod pipelines;
pub mod reports;
pub mod retention;
pub mod sql;
pub mod tx;
pub mod webhooks;

use std::borrow::Cow;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use futures::future::BoxFuture;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{Migration, Migrator};
use sqlx::{AnyPool, ConnectOptions as _, Connection as _, Executor as _};
use std::str::FromStr as _;

use crate::config::Config;
use crate::domain::Actor;
use crate::error::AppError;

/// A pooled connection idle longer than this is pinged before it is handed out (see `connect`).
const PING_IDLE_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

/// The migrations both databases share, embedded in the binary.
static SHARED_MIGRATIONS: Migrator = sqlx::migrate!("./migrations");
/// What only PostgreSQL runs: the report-total triggers in PL/pgSQL.
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");
/// What only SQLite runs: the report-total triggers in SQLite's dialect.
static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");

/// The migrations of `backend`, applied at start-up and by `migrate`: the shared ones
/// (`migrations/`) and the backend's own (`migrations/postgres/` or `migrations/sqlite/`, for what
/// one SQL text cannot say, such as triggers), in version order. A step both databases need in
/// their own dialects has the same version in both directories.
pub fn migrator(backend: Backend) -> Migrator {
    let own = match backend {
        Backend::Postgres => &POSTGRES_MIGRATIONS,
        Backend::Sqlite => &SQLITE_MIGRATIONS,
    };
    let mut migrations: Vec<Migration> = SHARED_MIGRATIONS
        .iter()
        .chain(own.iter())
        .cloned()
        .collect();
    migrations.sort_by_key(|migration| migration.version);
    // sqlx builds a `Migrator` from one directory only; its fields are public (what `migrate!`
    // fills in) but exempt from semver, so the sqlx version is pinned by Cargo.lock and this
    // is the one place that depends on them.
    Migrator {
        migrations: Cow::Owned(migrations),
        ..Migrator::DEFAULT
    }
}

/// Which database a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    /// The backend of a database URL.
    pub fn of(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else {
            anyhow::bail!("the database URL must start with postgres:// or sqlite:")
        }
    }
}

/// A pool of connections to the database, with the settings every connection needs.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// How long change events stay in the feed.
    event_retention: Duration,
}

impl Store {
    /// Connects (creating an SQLite file and its directory when needed). Does not migrate.
    pub async fn connect(config: &Config) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let url = config.database_url();
        let backend = Backend::of(&url)?;
        if backend == Backend::Sqlite {
            create_sqlite_dir(&url)?;
        }
        let statement_timeout = config.db_statement_timeout();
        let options = AnyConnectOptions::from_str(&url)
            .context("parsing the database URL")?
            .disable_statement_logging();
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Postgres => config.db_pool_size,
                // One writer at a time in SQLite; a few readers alongside it in WAL mode.
                Backend::Sqlite => config.db_pool_size.min(4),
            })
            .acquire_timeout(config.db_acquire_timeout())
            // sqlx pings every connection it hands out (a round trip before each request's own) and
            // again when it takes it back. The second ping finds a broken connection anyway, so
            // only a connection idle for a while is pinged before use: under load a read is one
            // round trip of its own instead of two.
            .test_before_acquire(false)
            .before_acquire(|connection, meta| {
                Box::pin(async move {
                    if meta.idle_for > PING_IDLE_AFTER {
                        connection.ping().await?;
                    }
                    Ok(true)
                })
            })
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    for statement in session_settings(backend, statement_timeout) {
                        connection.execute(statement.as_str()).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .context("connecting to the database")?;
        Ok(Self {
            pool,
            backend,
            event_retention: Duration::from_secs(u64::from(config.event_retention_days) * 86_400),
        })
    }

    /// Applies the migrations that have not run yet.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        migrator(self.backend)
            .run(&self.pool)
            .await
            .context("applying database migrations")
    }

    /// Whether the database answers, for the readiness probe.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a write on behalf of `actor`; see [`tx::Tx`]. Private: writes go through
    /// [`Store::write`], which commits and reruns.
    async fn begin<'a>(&self, actor: &'a Actor) -> Result<tx::Tx<'a>, AppError> {
        // SQLite: take the write lock up front, so that a transaction that reads before it writes
        // waits for other writers (busy_timeout) instead of failing to upgrade its lock.
        let begin = match self.backend {
            Backend::Postgres => "BEGIN",
            Backend::Sqlite => "BEGIN IMMEDIATE",
        };
        Ok(tx::Tx::new(
            self.pool.begin_with(begin).await?,
            self.backend,
            actor,
        ))
    }

    /// Runs `work` in a write transaction on behalf of `actor` and commits it; the one place where
    /// a transaction is rerun.
    ///
    /// When the database aborts the transaction to resolve a conflict with a concurrent one
    /// (serialization failure, deadlock: [`fault::DatabaseFault::Contention`]), nothing of it was
    /// applied, so it is run again from `BEGIN`, up to [`fault::WRITE_ATTEMPTS`] times in all with
    /// a short jittered pause; after that the request answers 503. `work` must therefore touch
    /// nothing but the transaction (it is called once per attempt, and reads what it needs
    /// afresh). Nothing else is rerun: not a 4xx, not a bug, and not an unavailable database,
    /// where the commit's outcome may be unknown (a connection lost during `COMMIT` may or may
    /// not have applied it); that is the client's retry, with its Idempotency-Key.
    pub async fn write<'a, T, F>(&self, actor: &'a Actor, mut work: F) -> Result<T, AppError>
    where
        F: for<'t> FnMut(&'t mut tx::Tx<'a>) -> BoxFuture<'t, Result<T, AppError>>,
    {
        let mut attempt = 1;
        loop {
            let mut tx = self.begin(actor).await?;
            let outcome = match work(&mut tx).await {
                Ok(value) => tx.commit().await.map(|()| value),
                Err(error) => Err(error),
            };
            match outcome {
                Err(AppError::Contention(cause)) if attempt < fault::WRITE_ATTEMPTS => {
                    tracing::info!(attempt, %cause, "rerunning a transaction aborted for contention");
                    tokio::time::sleep(fault::backoff(attempt)).await;
                    attempt += 1;
                }
                outcome => return outcome,
            }
        }
    }
}

/// Whether a database error is a unique constraint violation (both databases report it).
pub fn unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(database) if database.is_unique_violation())
}

/// Now, in the store's representation of instants: microseconds since the Unix epoch.
pub fn now_micros() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// An instant of the store as RFC 3339 (UTC, microseconds), as the contract's `date-time`.
pub fn to_datetime(micros: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_micros(micros).unwrap_or_default()
}

/// A contract `date-time` in the store's representation.
pub fn from_datetime(instant: &chrono::DateTime<chrono::Utc>) -> i64 {
    instant.timestamp_micros()
}

/// Statements run on every new connection.
fn session_settings(backend: Backend, statement_timeout: Duration) -> Vec<String> {
    match backend {
        Backend::Postgres => vec![format!(
            "SET statement_timeout = {}",
            statement_timeout.as_millis()
        )],
        Backend::Sqlite => vec![
            "PRAGMA journal_mode = WAL".to_owned(),
            "PRAGMA synchronous = NORMAL".to_owned(),
            "PRAGMA foreign_keys = ON".to_owned(),
            // Deleted and overwritten content is zeroed, not left in free space: an erasure's old
            // values must not be readable from the file (see `Store::checkpoint_after_erasure`).
            "PRAGMA secure_delete = ON".to_owned(),
            format!("PRAGMA busy_timeout = {}", statement_timeout.as_millis()),
        ],
    }
}

fn create_sqlite_dir(url: &str) -> anyhow::Result<()> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(dir) = std::path::Path::new(path).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("creating the directory of {path}"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod migration_tests {
    use super::{migrator, Backend};

    /// Two branches that each add a migration can pick the same version; sqlx would then refuse to
    /// start on a fresh database (its version is the key of `_sqlx_migrations`).
    #[test]
    fn every_migration_version_is_used_once_per_backend() {
        for backend in [Backend::Postgres, Backend::Sqlite] {
            let versions: Vec<i64> = migrator(backend)
                .iter()
                .map(|migration| migration.version)
                .collect();
            let mut unique = versions.clone();
            unique.dedup();
            assert_eq!(
                versions, unique,
                "{backend:?}: a migration version is used twice"
            );
        }
    }
}
