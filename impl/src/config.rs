//! The service's configuration: parsed once at start-up from flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One JSON object per line, for CloudWatch Logs and other collectors.
    Json,
    /// Human-readable lines, for a terminal.
    Pretty,
}

/// Everything the service needs to run, from flags or the environment (flags win).
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "OMS_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Database URL: `sqlite://path?mode=rwc` (embedded, the default) or `postgres://user:pass@host/db`.
    /// When unset, an SQLite file in the data directory.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,

    /// Where the service keeps local state: the embedded database and the development signing key.
    #[arg(long, env = "OMS_DATA_DIR", default_value = ".data")]
    pub data_dir: PathBuf,

    /// Maximum number of database connections in the pool.
    #[arg(long, env = "OMS_DB_POOL_SIZE", default_value_t = 16)]
    pub db_pool_size: u32,

    /// Longest a single SQL statement may run before the database cancels it, in milliseconds.
    #[arg(long, env = "OMS_DB_STATEMENT_TIMEOUT_MS", default_value_t = 5_000)]
    pub db_statement_timeout_ms: u64,

    /// How long to wait for a database connection from the pool, in milliseconds.
    #[arg(long, env = "OMS_DB_ACQUIRE_TIMEOUT_MS", default_value_t = 3_000)]
    pub db_acquire_timeout_ms: u64,

    /// Log format.
    #[arg(long, env = "OMS_LOG_FORMAT", value_enum, default_value_t = LogFormat::Pretty)]
    pub log_format: LogFormat,

    /// Issuer (`iss`) of the tokens the service accepts. The development issuer's by default.
    #[arg(long, env = "OMS_TOKEN_ISSUER", default_value = crate::auth::DEV_ISSUER)]
    pub token_issuer: String,

    /// App client id (`client_id` of access tokens) the service accepts.
    #[arg(long, env = "OMS_TOKEN_CLIENT_ID", default_value = crate::auth::DEV_CLIENT_ID)]
    pub token_client_id: String,

    /// Largest request body accepted, in bytes.
    #[arg(long, env = "OMS_MAX_BODY_BYTES", default_value_t = 1_048_576)]
    pub max_body_bytes: usize,
}

impl Config {
    /// The database URL in force: the configured one, or an SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("opportunities.sqlite3").display()
            ),
        }
    }

    pub fn db_statement_timeout(&self) -> Duration {
        Duration::from_millis(self.db_statement_timeout_ms)
    }

    pub fn db_acquire_timeout(&self) -> Duration {
        Duration::from_millis(self.db_acquire_timeout_ms)
    }
}
