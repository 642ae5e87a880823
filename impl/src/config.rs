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

    /// Where the service meets AWS: database secret, metrics.
    #[command(flatten)]
    pub aws: AwsConfig,
}

/// The settings that matter only where AWS is around. All optional: without them the service
/// runs on its own, metrics kept in memory.
#[derive(Debug, Clone, Args)]
pub struct AwsConfig {
    /// Secrets Manager secret (ARN or name) holding the database credentials, RDS-shaped JSON.
    /// Read once at start-up when DATABASE_URL is unset; what AWS deployments use.
    #[arg(long, env = "DATABASE_SECRET_ARN")]
    pub database_secret_arn: Option<String>,

    /// Database host to connect to with the secret's credentials (the RDS Proxy endpoint),
    /// instead of the host the secret names.
    #[arg(long, env = "OMS_DB_HOST")]
    pub db_host: Option<String>,

    /// CloudWatch region for the standalone server's metrics; AWS_REGION when unset. With
    /// neither, metrics stay in the process (the Lambda writes them to its log instead).
    #[arg(long, env = "OMS_METRICS_REGION")]
    pub metrics_region: Option<String>,

    /// The region AWS runs us in, if any.
    #[arg(long, env = "AWS_REGION", hide = true)]
    pub aws_region: Option<String>,

    /// CloudWatch namespace of the service's metrics.
    #[arg(
        long,
        env = "OMS_METRICS_NAMESPACE",
        default_value = "OpportunityService"
    )]
    pub metrics_namespace: String,

    /// Value of the `Service` dimension of every metric (tell environments apart here).
    #[arg(
        long,
        env = "OMS_METRICS_SERVICE",
        default_value = "opportunity-service"
    )]
    pub metrics_service: String,

    /// How often the standalone server sends its metrics to CloudWatch, in seconds.
    #[arg(long, env = "OMS_METRICS_INTERVAL_SECS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub metrics_interval_secs: u64,
}

impl Default for AwsConfig {
    /// The same values as the command line's defaults.
    fn default() -> Self {
        Self {
            database_secret_arn: None,
            db_host: None,
            metrics_region: None,
            aws_region: None,
            metrics_namespace: "OpportunityService".to_owned(),
            metrics_service: "opportunity-service".to_owned(),
            metrics_interval_secs: 60,
        }
    }
}

impl AwsConfig {
    /// The region metrics go to, when any.
    pub fn metrics_region(&self) -> Option<&str> {
        self.metrics_region
            .as_deref()
            .or(self.aws_region.as_deref())
            .filter(|region| !region.is_empty())
    }

    pub fn metrics_interval(&self) -> Duration {
        Duration::from_secs(self.metrics_interval_secs)
    }
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
