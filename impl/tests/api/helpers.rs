//! Spawning the service for a test, and talking to it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::Client as RawClient;
use hyper_util::rt::TokioExecutor;
use opportunity_api::{ApiNoContext, ContextWrapperExt as _};
use opportunity_service::auth::{DevIssuer, Role};
use opportunity_service::config::Config;
use sqlx::Connection as _;
use swagger::{
    make_context, make_context_ty, AuthData, ContextBuilder, EmptyContext, Push as _, XSpanIdString,
};
use tempfile::TempDir;

/// Which store a scenario runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named scenario (an `async fn(Backend)` in the calling module) once per store.
#[macro_export]
macro_rules! on_both_stores {
    ($($scenario:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    super::$scenario($crate::helpers::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    super::$scenario($crate::helpers::Backend::Postgres).await
                }
            )*
        }
    };
}

pub type ClientContext = make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);
/// A running service with its own data directory and database.
pub struct TestApp {
    pub base_url: String,
    /// The test's own database, for what no operation shows yet (counting rows, seeding pipelines).
    pub database_url: String,
    issuer: DevIssuer,
    _data_dir: TempDir,
}

/// A private key generated once per test run and copied into each test's data directory, so that
/// tests do not each spend time generating an RSA key.
fn shared_key_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("oms-test-key-{}", std::process::id()));
        DevIssuer::load_or_create(&dir).expect("generate the shared test key");
        dir
    })
}

/// An issuer with the test run's shared key (no key generation per test), for tokens served from
/// a JWKS of the test's own.
pub fn shared_issuer() -> DevIssuer {
    DevIssuer::load_or_create(shared_key_dir()).expect("the shared test key")
}

impl TestApp {
    /// Starts the service on a random port over a fresh database of `backend`.
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_with(backend, &[]).await
    }

    /// Like [`TestApp::spawn`], with more command-line settings (`--rate-limit-burst 5`, say).
    pub async fn spawn_with(backend: Backend, settings: &[&str]) -> TestApp {
        let data_dir = tempfile::tempdir().expect("a temporary data directory");
        std::fs::copy(
            shared_key_dir().join("dev-signing-key.pem"),
            data_dir.path().join("dev-signing-key.pem"),
        )
        .expect("copy the test key");
        let database_url = fresh_database(backend, data_dir.path()).await;
        let config = test_config(&database_url, data_dir.path(), 8, settings);
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
        let issuer = DevIssuer::load_or_create(data_dir.path()).expect("the test key");
        TestApp {
            base_url,
            database_url,
            issuer,
            _data_dir: data_dir,
        }
    }

    /// A connection to the test's database (either store, through sqlx's Any driver).
    pub async fn database(&self) -> sqlx::AnyConnection {
        sqlx::any::install_default_drivers();
        sqlx::AnyConnection::connect(&self.database_url)
            .await
            .expect("connect to the test database")
    }

    /// A token for `subject` with `roles`, from the issuer the service trusts.
    pub fn token(&self, subject: &str, roles: &[Role]) -> String {
        self.issuer.issue(subject, roles, 600).expect("a token")
    }

    /// The generated client, authenticated as `subject` with `roles`.
    pub fn client_as(&self, subject: &str, roles: &[Role]) -> impl ApiNoContext<ClientContext> {
        let context: ClientContext = make_context!(
            ContextBuilder,
            EmptyContext,
            AuthData::bearer(&self.token(subject, roles)),
            XSpanIdString::default()
        );
        opportunity_api::Client::try_new_http(&self.base_url)
            .expect("a client")
            .with_context(context)
    }

    /// The generated client as an Admin.
    pub fn admin(&self) -> impl ApiNoContext<ClientContext> {
        self.client_as("admin-1", &[Role::Admin])
    }

    /// The generated client as a Sales Manager.
    pub fn sales_manager(&self, subject: &str) -> impl ApiNoContext<ClientContext> {
        self.client_as(subject, &[Role::SalesManager])
    }

    /// A raw request, for what the generated client cannot send (bad bodies, missing tokens).
    pub async fn raw(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> RawResponse {
        let mut request = http::Request::builder()
            .method(method)
            .uri(format!("{}{}", self.base_url, path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(Full::new(Bytes::from(body.unwrap_or_default().to_owned())))
            .expect("a request");
        let client = RawClient::builder(TokioExecutor::new()).build_http();
        let response = client.request(request).await.expect("a response");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("a body")
            .to_bytes();
        RawResponse {
            status,
            headers,
            body,
        }
    }
}

/// A response seen byte for byte.
pub struct RawResponse {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "the body is not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Asserts a problem+json body with `status` and `code`, and returns it.
    pub fn assert_problem(&self, status: u16, code: &str) -> serde_json::Value {
        assert_eq!(
            self.status,
            status,
            "status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json")
        );
        let problem = self.json();
        assert_eq!(problem["status"], status);
        assert_eq!(problem["code"], code, "problem: {problem}");
        assert!(problem["request_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty()));
        assert!(problem["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("https://")));
        problem
    }
}

/// A new, empty database in the test run's PostgreSQL cluster. The run fails, never skips, when
/// the cluster is missing.
/// A fresh, empty database for `backend`: an SQLite file in `dir`, or a new database on the
/// PostgreSQL server of `DATABASE_URL_PG`. Its URL.
pub async fn fresh_database(backend: Backend, dir: &Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.join("test.sqlite3").display()),
        Backend::Postgres => fresh_postgres_database().await,
    }
}

async fn fresh_postgres_database() -> String {
    let base = std::env::var("DATABASE_URL_PG").expect(
        "DATABASE_URL_PG must point at a PostgreSQL database (./tests/run.sh starts one); \
         the suite runs on both stores and never skips one",
    );
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

/// The configuration a test runs the service or the store with: `database_url`, the data
/// directory `data_dir`, a pool of `pool_size` connections, and any further command-line
/// `settings`, read by the service's own argument parser.
pub fn test_config(
    database_url: &str,
    data_dir: &Path,
    pool_size: u32,
    settings: &[&str],
) -> Config {
    let base = [
        "--bind".to_owned(),
        "127.0.0.1:0".to_owned(),
        "--database-url".to_owned(),
        database_url.to_owned(),
        "--data-dir".to_owned(),
        data_dir.display().to_string(),
        "--db-pool-size".to_owned(),
        pool_size.to_string(),
        "--db-acquire-timeout-ms".to_owned(),
        "5000".to_owned(),
    ];
    Config::from_args(
        base.into_iter()
            .chain(settings.iter().map(|setting| (*setting).to_owned())),
    )
    .expect("a configuration")
}
