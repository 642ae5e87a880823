//! What the service asks of AWS itself, besides being run by it: the SDK's shared configuration,
//! and the database credentials from Secrets Manager.

use anyhow::Context as _;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};

/// The SDK configuration for `region`: credentials, endpoint overrides (`AWS_ENDPOINT_URL`) and
/// retries from the SDK's usual sources, over rustls with ring (the crypto the service already
/// builds for its tokens, rather than a second C library).
pub async fn sdk_config(region: String) -> SdkConfig {
    let http_client = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(region))
        .http_client(http_client)
        .load()
        .await
}

/// The PostgreSQL URL for the credentials kept in a Secrets Manager secret, in the shape RDS
/// writes its managed secrets (`username`, `password`, and optionally `host`, `port`, `dbname`).
/// `host` overrides the secret's host: in AWS the service reaches the database through its RDS
/// Proxy, whose endpoint is not the one the secret names.
pub async fn database_url_from_secret(
    region: String,
    secret_id: &str,
    host: Option<&str>,
) -> anyhow::Result<String> {
    let sdk = sdk_config(region).await;
    let client = aws_sdk_secretsmanager::Client::new(&sdk);
    let secret = client
        .get_secret_value()
        .secret_id(secret_id)
        .send()
        .await
        .map_err(|error| {
            anyhow::anyhow!(
                "reading the database secret from Secrets Manager: {}",
                aws_sdk_secretsmanager::error::DisplayErrorContext(error)
            )
        })?;
    let text = secret
        .secret_string()
        .context("the database secret has no SecretString")?;
    postgres_url(text, host)
}

#[derive(serde::Deserialize)]
struct DatabaseSecret {
    username: String,
    password: String,
    host: Option<String>,
    port: Option<u16>,
    dbname: Option<String>,
}

/// Builds the URL from the secret's JSON; user and password are percent-encoded.
fn postgres_url(secret_json: &str, host_override: Option<&str>) -> anyhow::Result<String> {
    // The error would quote the secret: say only what is wrong with its shape.
    let secret: DatabaseSecret = serde_json::from_str(secret_json).map_err(|error| {
        anyhow::anyhow!(
            "the database secret is not RDS-shaped JSON (line {}, column {})",
            error.line(),
            error.column()
        )
    })?;
    let host = host_override
        .map(str::to_owned)
        .or(secret.host)
        .context("no database host: set OMS_DB_HOST or put `host` in the secret")?;
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    Ok(format!(
        "postgres://{}:{}@{}:{}/{}",
        encode(&secret.username),
        encode(&secret.password),
        host,
        secret.port.unwrap_or(5432),
        encode(secret.dbname.as_deref().unwrap_or("postgres")),
    ))
}

/// The string of a Secrets Manager secret (the webhook secrets key).
pub async fn secret_string(region: String, secret_id: &str) -> anyhow::Result<String> {
    let sdk = sdk_config(region).await;
    let client = aws_sdk_secretsmanager::Client::new(&sdk);
    let secret = client
        .get_secret_value()
        .secret_id(secret_id)
        .send()
        .await
        .map_err(|error| {
            anyhow::anyhow!(
                "reading the webhook secrets key from Secrets Manager: {}",
                aws_sdk_secretsmanager::error::DisplayErrorContext(&error)
            )
        })?;
    secret
        .secret_string()
        .map(str::to_owned)
        .context("the webhook secrets key secret has no string")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_becomes_an_encoded_url_with_the_proxy_host() {
        let url = postgres_url(
            r#"{"username":"oms","password":"p@ss/w:rd","host":"db.internal","port":5433,"dbname":"oms"}"#,
            Some("proxy.internal"),
        );
        assert_eq!(
            url.ok().as_deref(),
            Some("postgres://oms:p%40ss%2Fw%3Ard@proxy.internal:5433/oms")
        );
    }

    #[test]
    fn a_malformed_secret_is_refused_without_quoting_it() {
        let error = postgres_url(r#"{"username":"oms","password":"hunter2""#, None)
            .err()
            .map(|error| error.to_string())
            .unwrap_or_default();
        assert!(error.contains("not RDS-shaped"), "{error}");
        assert!(!error.contains("hunter2"));
    }
}
