//! The service's configuration: parsed once at start-up from flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

// The development issuer's identity: the defaults of the token settings (the `auth` module re-exports
// them, config being the lower layer).
/// `iss` of tokens minted by the development issuer.
pub const DEV_ISSUER: &str = "http://localhost:8080/dev-issuer";
/// `client_id` of tokens minted by the development issuer.
pub const DEV_CLIENT_ID: &str = "opportunity-dev-client";
/// The resource server identifier scopes are prefixed with unless configured otherwise.
pub const DEV_RESOURCE_SERVER: &str = "https://api.opportunities.example.net";

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// `pretty` when standard output is a terminal, `json` otherwise (a file, a pipe, a collector).
    Auto,
    /// One JSON object per line, for CloudWatch Logs and other collectors.
    Json,
    /// Human-readable lines, for a terminal.
    Pretty,
}

impl LogFormat {
    /// `Auto` decided for this process's standard output.
    pub fn resolved(self) -> LogFormat {
        match self {
            LogFormat::Auto if std::io::IsTerminal::is_terminal(&std::io::stdout()) => {
                LogFormat::Pretty
            }
            LogFormat::Auto => LogFormat::Json,
            chosen => chosen,
        }
    }
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
    #[arg(long, env = "OMS_LOG_FORMAT", value_enum, default_value_t = LogFormat::Auto)]
    pub log_format: LogFormat,

    /// `development` (the default: the local token issuer may be used) or `production` (it may not).
    /// In AWS Lambda the service is always in production, whatever this says.
    #[arg(long, env = "OMS_ENVIRONMENT", value_enum, default_value_t = Environment::Development)]
    pub environment: Environment,

    /// Issuer (`iss`) of the tokens the service accepts: for Cognito,
    /// `https://cognito-idp.<region>.amazonaws.com/<user pool id>`. The development issuer's by default.
    #[arg(long, env = "OMS_TOKEN_ISSUER", default_value = DEV_ISSUER)]
    pub token_issuer: String,

    /// Where the issuer's signing keys (a JWKS) are fetched from: for Cognito, the issuer followed by
    /// `/.well-known/jwks.json`. Unset: the local development issuer's key (development only).
    #[arg(long, env = "OMS_JWKS_URL")]
    pub jwks_url: Option<String>,

    /// Shortest time between two JWKS fetches caused by tokens naming an unknown key, in seconds.
    #[arg(long, env = "OMS_JWKS_REFRESH_FLOOR_SECS", default_value_t = 30)]
    pub jwks_refresh_floor_secs: u64,

    /// Which tokens are accepted: `access` tokens (checked against `client_id`) or `id` tokens
    /// (checked against `aud`).
    #[arg(long, env = "OMS_TOKEN_USE", value_enum, default_value_t = TokenUse::Access)]
    pub token_use: TokenUse,

    /// App client id the tokens must be for.
    #[arg(long, env = "OMS_TOKEN_CLIENT_ID", default_value = DEV_CLIENT_ID)]
    pub token_client_id: String,

    /// Clock skew tolerated on `exp`, `nbf` and `iat`, in seconds.
    #[arg(long, env = "OMS_TOKEN_LEEWAY_SECS", default_value_t = 10)]
    pub token_leeway_secs: u64,

    /// The `cognito:groups` name that grants the Admin role.
    #[arg(long, env = "OMS_ADMIN_GROUP", default_value = "Admin")]
    pub admin_group: String,

    /// The `cognito:groups` name that grants the SalesManager role.
    #[arg(long, env = "OMS_SALES_MANAGER_GROUP", default_value = "SalesManager")]
    pub sales_manager_group: String,

    /// Identifier of the user pool's resource server whose scopes partners' clients hold: a client
    /// token's `scope` claim names each scope as `<identifier>/<scope>`, exactly.
    #[arg(
        long,
        env = "OMS_OAUTH_RESOURCE_SERVER",
        default_value = DEV_RESOURCE_SERVER
    )]
    pub oauth_resource_server: String,

    /// App client ids of partners' servers whose client-credentials tokens are accepted,
    /// comma-separated. Empty: no client token is accepted.
    #[arg(
        long,
        env = "OMS_OAUTH_CLIENT_IDS",
        value_delimiter = ',',
        default_value = ""
    )]
    pub oauth_client_ids: Vec<String>,

    /// App client ids cut off: their tokens are refused (401) even when listed in
    /// `oauth_client_ids`, comma-separated. Read at start-up.
    #[arg(
        long,
        env = "OMS_OAUTH_DISABLED_CLIENT_IDS",
        value_delimiter = ',',
        default_value = ""
    )]
    pub oauth_disabled_client_ids: Vec<String>,

    /// Requests per second each partner client may make, sustained, unless
    /// `client_rate_limits` names it.
    #[arg(long, env = "OMS_CLIENT_RATE_LIMIT_PER_SECOND", default_value_t = 100)]
    pub client_rate_limit_per_second: u32,

    /// Requests each partner client may make in a burst, unless `client_rate_limits` names it.
    #[arg(long, env = "OMS_CLIENT_RATE_LIMIT_BURST", default_value_t = 500)]
    pub client_rate_limit_burst: u32,

    /// Budgets of particular clients, comma-separated `client_id=per_second/burst`, e.g.
    /// `3l4b2c=10/20`.
    #[arg(
        long,
        env = "OMS_CLIENT_RATE_LIMITS",
        value_delimiter = ',',
        value_parser = parse_client_rate_limit
    )]
    pub client_rate_limits: Vec<ClientRateLimit>,

    /// Requests per second each principal may make, sustained.
    #[arg(long, env = "OMS_RATE_LIMIT_PER_SECOND", default_value_t = 100)]
    pub rate_limit_per_second: u32,

    /// Requests each principal may make in a burst.
    #[arg(long, env = "OMS_RATE_LIMIT_BURST", default_value_t = 500)]
    pub rate_limit_burst: u32,

    /// Most principals the rate limiter tracks at once (memory bound: about 100 bytes each).
    #[arg(long, env = "OMS_RATE_LIMIT_MAX_PRINCIPALS", default_value_t = 100_000)]
    pub rate_limit_max_principals: usize,

    /// Longest a request may take before it is abandoned (503), in milliseconds.
    #[arg(long, env = "OMS_REQUEST_TIMEOUT_MS", default_value_t = 15_000)]
    pub request_timeout_ms: u64,

    /// Browser origins allowed to call the API (CORS), comma-separated, e.g.
    /// `https://app.example.com`. Empty: no cross-origin access.
    #[arg(
        long,
        env = "OMS_CORS_ALLOWED_ORIGINS",
        value_delimiter = ',',
        default_value = ""
    )]
    pub cors_allowed_origins: Vec<String>,

    /// Most requests of `x-expensive` operations (the reports) served at once; 0: a quarter of
    /// the database pool, at least one. The others never wait on them for a connection.
    #[arg(long, env = "OMS_EXPENSIVE_CONCURRENCY", default_value_t = 0)]
    pub expensive_concurrency: usize,

    /// Longest an `x-expensive` request waits for its turn before it is answered 503 `overloaded`
    /// with `Retry-After`, in milliseconds.
    #[arg(long, env = "OMS_EXPENSIVE_QUEUE_MS", default_value_t = 50)]
    pub expensive_queue_ms: u64,

    /// Largest request body accepted, in bytes.
    #[arg(long, env = "OMS_MAX_BODY_BYTES", default_value_t = 1_048_576)]
    pub max_body_bytes: usize,

    /// Retention: soft-deleted opportunities are purged this many days after their deletion.
    #[arg(
        long,
        env = "OMS_RETENTION_DELETED_OPPORTUNITY_DAYS",
        default_value_t = 30
    )]
    pub retention_deleted_opportunity_days: u32,

    /// Retention: audit entries are deleted this many days after they were written. The default,
    /// 2192 days (six years), is the longest period German commercial and tax law (HGB § 257,
    /// AO § 147) keeps business correspondence, which the audit log documents.
    #[arg(long, env = "OMS_RETENTION_AUDIT_DAYS", default_value_t = 2192)]
    pub retention_audit_days: u32,

    /// Retention: contacts without activity (their record and every opportunity they are on
    /// unchanged) for this many years are reported, or anonymised with
    /// `--retention-anonymise-inactive-contacts`. Unset (the default): left alone.
    #[arg(long, env = "OMS_RETENTION_INACTIVE_CONTACT_YEARS")]
    pub retention_inactive_contact_years: Option<u32>,

    /// Anonymise inactive contacts (see `retention_inactive_contact_years`) instead of only
    /// counting them.
    #[arg(
        long,
        env = "OMS_RETENTION_ANONYMISE_INACTIVE_CONTACTS",
        default_value_t = false
    )]
    pub retention_anonymise_inactive_contacts: bool,

    /// How often the server runs the retention job, in hours; 0: never (where a scheduler runs
    /// `opportunity-service retention` or the retention Lambda instead).
    #[arg(long, env = "OMS_RETENTION_EVERY_HOURS", default_value_t = 24)]
    pub retention_every_hours: u64,

    /// How long change events stay in the feed (`GET /v1/events`), in days; a cursor older than
    /// that is told to resynchronise.
    #[arg(long, env = "OMS_EVENT_RETENTION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub event_retention_days: u32,

    /// The 32-byte key (64 hex digits) that seals webhook signing secrets in the database, so the
    /// database alone does not reveal them. Unset: the key file in the data directory
    /// (`webhook-secrets.key`, created on first start). In AWS, the function reads it from Secrets
    /// Manager into this variable.
    #[arg(long, env = "OMS_WEBHOOK_SECRETS_KEY", hide_env_values = true)]
    pub webhook_secrets_key: Option<String>,

    /// The Secrets Manager secret whose string is `OMS_WEBHOOK_SECRETS_KEY` (in AWS).
    #[arg(long, env = "OMS_WEBHOOK_SECRETS_KEY_ARN")]
    pub webhook_secrets_key_arn: Option<String>,

    /// Development only: allow `http://127.0.0.1` / `http://[::1]` / `http://localhost` webhook
    /// URLs (local receivers). Refused in production, where URLs must be `https` to public
    /// addresses.
    #[arg(long, env = "OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP", default_value_t = false)]
    pub webhook_allow_loopback_http: bool,

    /// Most webhook deliveries the background dispatcher sends at once; 0 turns the dispatcher off
    /// (in AWS, the dispatcher function sends them).
    #[arg(long, env = "OMS_WEBHOOK_DISPATCH_CONCURRENCY", default_value_t = 8)]
    pub webhook_dispatch_concurrency: usize,

    /// Longest a webhook receiver may take to answer, in milliseconds.
    #[arg(long, env = "OMS_WEBHOOK_TIMEOUT_MS", default_value_t = 10_000)]
    pub webhook_timeout_ms: u64,

    /// The first retry delay of a failed webhook delivery, in milliseconds; the later ones are
    /// multiples of it (5 s: 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). Lowered by tests only.
    #[arg(
        long,
        env = "OMS_WEBHOOK_RETRY_BASE_MS",
        default_value_t = 5_000,
        hide = true
    )]
    pub webhook_retry_base_ms: u64,

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

/// One client's own rate limit budget (`--client-rate-limits`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRateLimit {
    pub client_id: String,
    pub per_second: u32,
    pub burst: u32,
}

/// `client_id=per_second/burst`.
fn parse_client_rate_limit(text: &str) -> Result<ClientRateLimit, String> {
    let malformed = || format!("`{text}` is not `client_id=per_second/burst`");
    let (client_id, budget) = text.split_once('=').ok_or_else(malformed)?;
    let (per_second, burst) = budget.split_once('/').ok_or_else(malformed)?;
    let client_id = client_id.trim();
    if client_id.is_empty() {
        return Err(malformed());
    }
    Ok(ClientRateLimit {
        client_id: client_id.to_owned(),
        per_second: per_second.trim().parse().map_err(|_| malformed())?,
        burst: burst.trim().parse().map_err(|_| malformed())?,
    })
}

/// Where the service runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Environment {
    Development,
    Production,
}

/// Which kind of Cognito token the service accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenUse {
    Access,
    Id,
}

impl TokenUse {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenUse::Access => "access",
            TokenUse::Id => "id",
        }
    }
}

impl Config {
    /// The configuration the command line `opportunity-service ARGS...` gives (the environment
    /// applies too, as it does for the binary). Tests build theirs this way, so that they run
    /// with the defaults users get.
    pub fn from_args<I, T>(args: I) -> anyhow::Result<Config>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        #[derive(clap::Parser)]
        struct Command {
            #[command(flatten)]
            config: Config,
        }
        let args = std::iter::once(std::ffi::OsString::from("opportunity-service"))
            .chain(args.into_iter().map(Into::into));
        Ok(<Command as clap::Parser>::try_parse_from(args)?.config)
    }

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

    /// Production is declared (`OMS_ENVIRONMENT=production`) or implied by running in AWS Lambda.
    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
            || std::env::var_os("AWS_LAMBDA_FUNCTION_NAME").is_some()
            || std::env::var_os("AWS_LAMBDA_RUNTIME_API").is_some()
    }

    /// Refuses settings that must never reach production: the local development issuer (its key
    /// sits in a file next to the service, so anyone with that file could mint an Admin token).
    pub fn check_production(&self) -> anyhow::Result<()> {
        if !self.is_production() {
            return Ok(());
        }
        self.check_webhook_guard()?;
        if self.jwks_url.is_none() {
            anyhow::bail!(
                "refusing to start in production with the development token issuer: set OMS_JWKS_URL \
                 (and OMS_TOKEN_ISSUER, OMS_TOKEN_CLIENT_ID) to the Cognito user pool's"
            );
        }
        if self.token_issuer == DEV_ISSUER || self.token_client_id == DEV_CLIENT_ID {
            anyhow::bail!(
                "refusing to start in production with the development issuer or client id: set \
                 OMS_TOKEN_ISSUER and OMS_TOKEN_CLIENT_ID to the Cognito user pool's"
            );
        }
        Ok(())
    }

    /// Refuses the development allowance of webhooks to loopback receivers in production (the
    /// server and the AWS dispatcher function both check it: in a Lambda, 127.0.0.1 is the runtime
    /// API).
    pub fn check_webhook_guard(&self) -> anyhow::Result<()> {
        if self.is_production() && self.webhook_allow_loopback_http {
            anyhow::bail!(
                "refusing to start in production with OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP: webhook URLs \
                 must be https to public addresses there"
            );
        }
        Ok(())
    }

    /// How many `x-expensive` requests run at once (see `expensive_concurrency`).
    pub fn expensive_concurrency(&self) -> usize {
        match self.expensive_concurrency {
            0 => (self.db_pool_size as usize / 4).max(1),
            configured => configured,
        }
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.request_timeout_ms)
    }

    pub fn db_statement_timeout(&self) -> Duration {
        Duration::from_millis(self.db_statement_timeout_ms)
    }

    pub fn db_acquire_timeout(&self) -> Duration {
        Duration::from_millis(self.db_acquire_timeout_ms)
    }
}
