//! Builds the one service stack and serves it over HTTP. The same [`Edge`] answers Lambda events
//! (`src/bin/opportunity-lambda.rs`), so both run every check the same way.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;

use crate::api::ApiImpl;
use crate::auth::{DevIssuer, Jwks, KeySource, TokenPolicy, TokenVerifier};
use crate::config::Config;
use crate::http::contract::Contract;
use crate::http::cors::Cors;
use crate::http::limits::{self, ClientLimits, Concurrency, Limiter};
use crate::http::{Edge, EdgeLimits};
use crate::metrics::{CloudWatchPublisher, MetricsConfig};
use crate::store::Store;

pub use crate::contract_text::OPENAPI_YAML;

/// How often the JWKS is fetched again in the background, so that retired keys stop working.
const JWKS_REFRESH_EVERY: Duration = Duration::from_secs(3600);
/// How long a client may take to send a request's headers (slow-loris protection).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Connects and migrates the store, loads the contract and the token keys: everything slow happens
/// here, once, never on a request. Also starts the background tasks: the sweepers of expired
/// idempotency keys and idle rate-limit buckets, the folding of pending report totals, and the
/// JWKS refresher. Without a DATABASE_URL but
/// with a DATABASE_SECRET_ARN, the database credentials come from Secrets Manager first.
pub async fn build(config: &Config) -> anyhow::Result<Edge> {
    config.check_production()?;
    let contract = contract()?;
    crate::inventory::Inventory::from_contract(OPENAPI_YAML)
        .and_then(|inventory| inventory.check_erasure(&crate::store::gdpr::ERASURE_REACH))
        .context("the contract's personal-data inventory")?;
    let resolved = resolve_aws_secrets(config).await?;
    let config = &resolved;
    let store = Store::connect(config).await?;
    store.migrate().await?;
    if config.retention_every_hours > 0 {
        crate::store::retention::spawn_daily(
            store.clone(),
            crate::store::retention::RetentionPolicy::from_config(config),
            Duration::from_secs(config.retention_every_hours.saturating_mul(3600)),
        );
    }
    let verifier = TokenVerifier::new(TokenPolicy::from_config(config), key_source(config).await?);
    let contract_json = serde_json::from_slice(&contract.json()).context("the contract as JSON")?;
    crate::http::idempotency::spawn_sweeper(store.clone());
    crate::store::reports::spawn_report_compactor(store.clone());
    let rate_limiter = Arc::new(Limiter::new(
        config.rate_limit_per_second,
        config.rate_limit_burst,
        config.rate_limit_max_principals,
    ));
    limits::spawn_sweeper(Arc::downgrade(&rate_limiter), Duration::from_secs(10));
    let client_rate_limits = ClientLimits::new(
        Arc::new(Limiter::new(
            config.client_rate_limit_per_second,
            config.client_rate_limit_burst,
            config.rate_limit_max_principals,
        )),
        config.client_rate_limits.iter().map(|own| {
            // One key only ever (the client's): room for it, so it is never started over.
            let limiter = Limiter::new(own.per_second, own.burst, 2);
            (own.client_id.clone(), limiter)
        }),
    );
    limits::spawn_sweeper(
        Arc::downgrade(client_rate_limits.default_limiter()),
        Duration::from_secs(10),
    );
    let limits = EdgeLimits {
        max_body_bytes: config.max_body_bytes,
        request_timeout: config.request_timeout(),
        rate_limiter,
        client_rate_limits,
        expensive: Concurrency::new(
            config.expensive_concurrency(),
            Duration::from_millis(config.expensive_queue_ms),
        ),
        cors: Cors::new(&config.cors_allowed_origins)?,
    };
    let secrets = crate::webhooks::secrets::SecretBox::from_config(config)?;
    let dispatcher = match &secrets {
        Some(secrets) if config.webhook_dispatch_concurrency > 0 => Some(
            crate::webhooks::dispatcher::Dispatcher::new(store.clone(), secrets.clone(), config)?,
        ),
        _ => None,
    };
    let answer_seal = secrets.clone();
    let webhooks = crate::api::WebhookSettings {
        secrets,
        guard: crate::webhooks::ssrf::Guard {
            allow_loopback_http: config.webhook_allow_loopback_http,
        },
    };
    let api = ApiImpl::new(store, contract_json, webhooks);
    Ok(Edge::new(contract, verifier, api, limits)
        .with_dispatcher(dispatcher)
        .with_answer_seal(answer_seal))
}

/// `config` with what it names in Secrets Manager filled in: without a DATABASE_URL but with a
/// DATABASE_SECRET_ARN, the database URL; without OMS_WEBHOOK_SECRETS_KEY but with
/// OMS_WEBHOOK_SECRETS_KEY_ARN, the key that seals webhook secrets (the secret's string).
pub async fn resolve_aws_secrets(config: &Config) -> anyhow::Result<Config> {
    let mut resolved = config.clone();
    if let (None, Some(secret)) = (&config.database_url, &config.aws.database_secret_arn) {
        let region = secret_region(config, secret)?;
        resolved.database_url = Some(
            crate::aws::database_url_from_secret(region, secret, config.aws.db_host.as_deref())
                .await?,
        );
    }
    if let (None, Some(secret)) = (&config.webhook_secrets_key, &config.webhook_secrets_key_arn) {
        let region = secret_region(config, secret)?;
        resolved.webhook_secrets_key = Some(crate::aws::secret_string(region, secret).await?);
    }
    Ok(resolved)
}

/// The issuer's JWKS when one is configured; otherwise the development issuer's key (which
/// [`Config::check_production`] has already refused in production).
async fn key_source(config: &Config) -> anyhow::Result<KeySource> {
    match &config.jwks_url {
        Some(url) => {
            let jwks = Jwks::load(url, Duration::from_secs(config.jwks_refresh_floor_secs)).await?;
            jwks.spawn_refresher(JWKS_REFRESH_EVERY);
            Ok(KeySource::Jwks(jwks))
        }
        None => {
            let issuer = DevIssuer::load_or_create(&config.data_dir)?;
            tracing::warn!(
                issuer = crate::auth::DEV_ISSUER,
                "accepting tokens from the local development issuer (development only)"
            );
            Ok(KeySource::Fixed(issuer.keys()))
        }
    }
}

/// The configuration with its database URL: as configured, or, without a DATABASE_URL but with a
/// DATABASE_SECRET_ARN, built from the secret read from Secrets Manager.
pub async fn with_database_url(config: &Config) -> anyhow::Result<Config> {
    match (&config.database_url, &config.aws.database_secret_arn) {
        (None, Some(secret)) => {
            let region = secret_region(config, secret)?;
            let url =
                crate::aws::database_url_from_secret(region, secret, config.aws.db_host.as_deref())
                    .await?;
            Ok(Config {
                database_url: Some(url),
                ..config.clone()
            })
        }
        _ => Ok(config.clone()),
    }
}

/// The secret's region: AWS_REGION, or the one its ARN names.
fn secret_region(config: &Config, secret: &str) -> anyhow::Result<String> {
    config
        .aws
        .aws_region
        .clone()
        .or_else(|| {
            let region = secret.strip_prefix("arn:")?.split(':').nth(2)?;
            Some(region.to_owned()).filter(|region| !region.is_empty())
        })
        .context("DATABASE_SECRET_ARN is set but no region: set AWS_REGION")
}

/// The metrics' names, from the configuration.
pub fn metrics_config(config: &Config) -> MetricsConfig {
    MetricsConfig {
        namespace: config.aws.metrics_namespace.clone(),
        service: config.aws.metrics_service.clone(),
    }
}

/// The contract, compiled once per process (it takes a moment: every schema of every operation).
fn contract() -> anyhow::Result<Arc<Contract>> {
    static CONTRACT: std::sync::OnceLock<Arc<Contract>> = std::sync::OnceLock::new();
    if let Some(contract) = CONTRACT.get() {
        return Ok(Arc::clone(contract));
    }
    let loaded = Arc::new(Contract::load(OPENAPI_YAML).context("loading the contract")?);
    Ok(Arc::clone(CONTRACT.get_or_init(|| loaded)))
}

/// Serves on `config.bind` until ctrl-c or SIGTERM, then lets requests in flight finish.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let edge = Arc::new(build(&config).await?);
    let publisher = match config.aws.metrics_region() {
        Some(region) => Some(
            crate::metrics::spawn_cloudwatch_publisher(
                Arc::clone(edge.metrics()),
                metrics_config(&config),
                region.to_owned(),
                config.aws.metrics_interval(),
            )
            .await,
        ),
        None => {
            tracing::info!(
                "no metrics region (OMS_METRICS_REGION, AWS_REGION): metrics are not published"
            );
            None
        }
    };
    let listener = TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("binding {}", config.bind))?;
    tracing::info!(address = %listener.local_addr()?, "serving");
    run(listener, edge, shutdown_signal()).await;
    if let Some(publisher) = publisher {
        flush_before_exit(&publisher).await;
    }
    Ok(())
}

/// Serves `edge` on `listener` until `shutdown` completes, then waits up to 20 s for requests in
/// flight. The tests call this with a listener on a random port.
pub async fn run(listener: TcpListener, edge: Arc<Edge>, shutdown: impl Future<Output = ()>) {
    // The webhook dispatcher runs beside the server and stops with it, finishing its round.
    let (stop_dispatcher, dispatcher_stopped) = tokio::sync::watch::channel(false);
    let dispatcher = edge.dispatcher().cloned().map(|dispatcher| {
        let mut stopped = dispatcher_stopped;
        tokio::spawn(dispatcher.run(async move {
            let _ = stopped.wait_for(|stop| *stop).await;
        }))
    });
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        tracing::warn!(%error, "accept failed");
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let edge = Arc::clone(&edge);
                let service = service_fn(move |request| {
                    let edge = Arc::clone(&edge);
                    async move { Ok::<_, std::convert::Infallible>(edge.handle(request).await) }
                });
                let mut builder = auto::Builder::new(TokioExecutor::new());
                builder
                    .http1()
                    .timer(TokioTimer::new())
                    .header_read_timeout(HEADER_READ_TIMEOUT);
                let connection = builder
                    .serve_connection_with_upgrades(TokioIo::new(stream), service)
                    .into_owned();
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    if let Err(error) = connection.await {
                        tracing::debug!(%error, "connection closed with an error");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }
    tracing::info!("shutting down: waiting for requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(std::time::Duration::from_secs(20)) => {
            tracing::warn!("requests still in flight after 20 s; stopping anyway");
        }
    }
    let _ = stop_dispatcher.send(true);
    if let Some(dispatcher) = dispatcher {
        let _ = dispatcher.await;
    }
}

/// Sends the last interval's metrics, waiting at most 5 s for CloudWatch.
async fn flush_before_exit(publisher: &CloudWatchPublisher) {
    if tokio::time::timeout(std::time::Duration::from_secs(5), publisher.flush())
        .await
        .is_err()
    {
        tracing::warn!("CloudWatch did not take the last metrics within 5 s");
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
