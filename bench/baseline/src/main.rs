//! The yardstick for `bench/run.sh`: what the service's read path costs with nothing but the
//! essentials. Verifies an RS256 bearer token (signature, `iss`, `exp`) and reads one account by
//! primary key from PostgreSQL, answering it as JSON. No contract validation, no roles, no rate
//! limits, no problem bodies, no logging: the numbers the full stack is compared with.
//!
//!     bench-baseline ADDRESS DATABASE_URL PUBLIC_KEY_PEM ISSUER

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Claims {
    #[allow(dead_code)]
    sub: String,
}

#[derive(Serialize, sqlx::FromRow)]
struct Account {
    id: String,
    name: String,
    domain: Option<String>,
    industry: Option<String>,
    country: Option<String>,
    employee_count: Option<i64>,
    external_id: Option<String>,
    tags: String,
    created_at: i64,
    updated_at: i64,
    version: i64,
}

struct State {
    key: DecodingKey,
    validation: Validation,
    pool: sqlx::PgPool,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, address, database_url, key_file, issuer] = args.as_slice() else {
        anyhow::bail!("usage: bench-baseline ADDRESS DATABASE_URL PUBLIC_KEY_PEM ISSUER");
    };
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[issuer]);
    validation.validate_aud = false;
    let state = Arc::new(State {
        key: DecodingKey::from_rsa_pem(&std::fs::read(key_file)?)?,
        validation,
        // No ping before each use (sqlx's default is one round trip more per request): the
        // service skips it too (it pings only a connection idle for over a second), and the
        // yardstick should be a bare stack at its best, not one a setting behind.
        pool: sqlx::postgres::PgPoolOptions::new()
            .max_connections(16)
            .test_before_acquire(false)
            .connect(database_url)
            .await?,
    });
    let listener = tokio::net::TcpListener::bind(address).await?;
    loop {
        let (stream, _) = listener.accept().await?;
        let _ = stream.set_nodelay(true);
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let state = Arc::clone(&state);
                async move { Ok::<_, Infallible>(answer(&state, request).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn answer(state: &State, request: Request<hyper::body::Incoming>) -> Response<Full<Bytes>> {
    let token = request
        .headers()
        .get(hyper::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    let verified = token.is_some_and(|token| {
        jsonwebtoken::decode::<Claims>(token, &state.key, &state.validation).is_ok()
    });
    if !verified {
        return reply(StatusCode::UNAUTHORIZED, Bytes::new());
    }
    let Some(id) = request.uri().path().strip_prefix("/v1/accounts/") else {
        return reply(StatusCode::NOT_FOUND, Bytes::new());
    };
    let row = sqlx::query_as::<_, Account>(
        "SELECT id, name, domain, industry, country, employee_count, external_id, tags, \
         created_at, updated_at, version FROM accounts WHERE id = $1 AND deleted_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&state.pool)
    .await;
    match row {
        Ok(Some(account)) => match serde_json::to_vec(&account) {
            Ok(body) => reply(StatusCode::OK, Bytes::from(body)),
            Err(_) => reply(StatusCode::INTERNAL_SERVER_ERROR, Bytes::new()),
        },
        Ok(None) => reply(StatusCode::NOT_FOUND, Bytes::new()),
        Err(_) => reply(StatusCode::INTERNAL_SERVER_ERROR, Bytes::new()),
    }
}

fn reply(status: StatusCode, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    response
}
