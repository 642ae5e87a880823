//! A service whose database the test also reads directly, for what no served operation shows: the
//! audit rows (listAuditEvents still answers 501) and the stored stage positions other modules read.
//! It mirrors `TestApp::spawn`, whose database URL is private; once `TestApp` exposes it, this file
//! goes and those two scenarios use `TestApp`.

use std::sync::Arc;

use opportunity_api::{ApiNoContext, ContextWrapperExt as _};
use opportunity_service::auth::{DevIssuer, Role};
use sqlx::Connection as _;
use swagger::{make_context, AuthData, EmptyContext, Push as _, XSpanIdString};
use tempfile::TempDir;

use crate::helpers::{fresh_database, test_config, Backend, ClientContext};

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
        let database_url = fresh_database(backend, data_dir.path()).await;
        let config = test_config(&database_url, data_dir.path(), 4, &[]);
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
