//! A service whose database the test also reads directly, for what no served operation shows: the
//! audit rows (listAuditEvents still answers 501) and the stored stage positions other modules read.
//! It mirrors `TestApp::spawn`, whose database URL is private; once `TestApp` exposes it, this file
//! goes and those two scenarios use `TestApp`.

use std::sync::Arc;

use opportunity_api::{ApiNoContext, ContextWrapperExt as _};
use opportunity_service::auth::{DevIssuer, Role};
use opportunity_service::config::{Config, LogFormat};
use sqlx::Connection as _;
use swagger::{make_context, AuthData, EmptyContext, Push as _, XSpanIdString};
use tempfile::TempDir;

use crate::helpers::{Backend, ClientContext};

/// A running service and the URL of its database.
pub struct DirectApp {
    database_url: String,
    base_url: String,
    issuer: DevIssuer,
    _data_dir: TempDir,
}

impl DirectApp {
    pub async fn spawn(backend: Backend) -> DirectApp {
        let data_dir = tempfile::tempdir().expect("a temporary data directory");
        let database_url = match backend {
            Backend::Sqlite => format!(
                "sqlite://{}?mode=rwc",
                data_dir.path().join("test.sqlite3").display()
            ),
            Backend::Postgres => fresh_postgres_database().await,
        };
        let config = Config {
            bind: "127.0.0.1:0".parse().expect("an address"),
            database_url: Some(database_url.clone()),
            data_dir: data_dir.path().to_owned(),
            db_pool_size: 4,
            db_statement_timeout_ms: 5_000,
            db_acquire_timeout_ms: 5_000,
            log_format: LogFormat::Pretty,
            token_issuer: opportunity_service::auth::DEV_ISSUER.to_owned(),
            token_client_id: opportunity_service::auth::DEV_CLIENT_ID.to_owned(),
            max_body_bytes: 1_048_576,
            aws: Default::default(),
        };
        let edge = Arc::new(
            opportunity_service::server::build(&config)
                .await
                .expect("the service starts"),
        );
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .expect("bind a random port");
        let base_url = format!("http://{}", listener.local_addr().expect("local address"));
        tokio::spawn(opportunity_service::server::run(
            listener,
            edge,
            std::future::pending(),
        ));
        let issuer = DevIssuer::load_or_create(data_dir.path()).expect("the service's key");
        DirectApp {
            database_url,
            base_url,
            issuer,
            _data_dir: data_dir,
        }
    }

    /// The generated client as an Admin.
    pub fn admin(&self) -> impl ApiNoContext<ClientContext> {
        let token = self
            .issuer
            .issue("admin-1", &[Role::Admin], 600)
            .expect("a token");
        let context: ClientContext = make_context!(
            ContextBuilder,
            EmptyContext,
            AuthData::bearer(&token),
            XSpanIdString::default()
        );
        opportunity_api::Client::try_new_http(&self.base_url)
            .expect("a client")
            .with_context(context)
    }

    async fn connect(&self) -> sqlx::AnyConnection {
        sqlx::any::install_default_drivers();
        sqlx::AnyConnection::connect(&self.database_url)
            .await
            .expect("connect to the service's database")
    }

    /// The stages of `pipeline_id` as stored: (name, position), by position.
    pub async fn stored_positions(&self, pipeline_id: &str) -> Vec<(String, i64)> {
        let mut connection = self.connect().await;
        sqlx::query_as(
            "SELECT name, position FROM stages WHERE pipeline_id = $1 ORDER BY position, id",
        )
        .bind(pipeline_id)
        .fetch_all(&mut connection)
        .await
        .expect("read the stages")
    }

    /// The audit rows about `resource_id`, as (action, changed fields JSON), oldest first.
    pub async fn audit_of(&self, resource_id: &str) -> Vec<(String, String)> {
        let mut connection = self.connect().await;
        sqlx::query_as(
            "SELECT action, changed_fields FROM audit_events \
             WHERE resource_type = 'pipeline' AND resource_id = $1 ORDER BY occurred_at, id",
        )
        .bind(resource_id)
        .fetch_all(&mut connection)
        .await
        .expect("read the audit rows")
    }
}

async fn fresh_postgres_database() -> String {
    let base = std::env::var("DATABASE_URL_PG")
        .expect("DATABASE_URL_PG must point at a PostgreSQL database (./tests/run.sh starts one)");
    let name = format!("t_{}", uuid::Uuid::new_v4().simple());
    let mut connection = sqlx::PgConnection::connect(&base)
        .await
        .expect("connect to DATABASE_URL_PG");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut connection)
        .await
        .expect("create a test database");
    let (prefix, _) = base.rsplit_once('/').expect("a database URL with a path");
    format!("{prefix}/{name}")
}
