//! Cross-origin access for browser clients: only the configured origins, echoed exactly (never
//! `*`), and no credentials mode (the API authenticates with bearer tokens, not cookies).

use http::header::{self, HeaderValue};
use http::{Method, Response, StatusCode};
use http_body_util::{BodyExt as _, Empty};

use super::ResponseBody;

const ALLOW_METHODS: &str = "GET, POST, PUT, PATCH, DELETE";
const ALLOW_HEADERS: &str =
    "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id";
const EXPOSE_HEADERS: &str = "ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, \
                              RateLimit-Reset, X-Request-Id, Idempotent-Replayed";
/// How long a browser may cache a preflight answer, in seconds.
const MAX_AGE: &str = "600";

/// The configured CORS policy.
#[derive(Debug, Clone, Default)]
pub struct Cors {
    origins: Vec<HeaderValue>,
}

impl Cors {
    /// Allows exactly `origins` (`https://app.example.com`); empty entries are ignored, so an
    /// empty list means no cross-origin access at all.
    pub fn new(origins: &[String]) -> anyhow::Result<Self> {
        let origins = origins
            .iter()
            .map(|origin| origin.trim().trim_end_matches('/'))
            .filter(|origin| !origin.is_empty())
            .map(|origin| {
                if origin == "*" {
                    anyhow::bail!("OMS_CORS_ALLOWED_ORIGINS: name each origin, `*` is not allowed");
                }
                Ok(HeaderValue::from_str(origin)?)
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(Self { origins })
    }

    fn allows(&self, origin: Option<&HeaderValue>) -> Option<HeaderValue> {
        let origin = origin?;
        self.origins
            .iter()
            .find(|allowed| *allowed == origin)
            .cloned()
    }

    /// The answer to a preflight request from an allowed origin; `None` for anything else (which
    /// then goes through the normal path: an OPTIONS request is answered 405 there).
    pub fn preflight(&self, request: &http::request::Parts) -> Option<Response<ResponseBody>> {
        if request.method != Method::OPTIONS
            || !request
                .headers
                .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
        {
            return None;
        }
        let origin = self.allows(request.headers.get(header::ORIGIN))?;
        let mut response = Response::new(Empty::new().map_err(|never| match never {}).boxed());
        *response.status_mut() = StatusCode::NO_CONTENT;
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(ALLOW_METHODS),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(ALLOW_HEADERS),
        );
        headers.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static(MAX_AGE),
        );
        Some(response)
    }

    /// Adds the CORS headers to a response to an allowed origin.
    pub fn decorate(&self, origin: Option<&HeaderValue>, response: &mut Response<ResponseBody>) {
        if self.origins.is_empty() {
            return;
        }
        let headers = response.headers_mut();
        headers.append(header::VARY, HeaderValue::from_static("Origin"));
        if let Some(origin) = self.allows(origin) {
            headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static(EXPOSE_HEADERS),
            );
        }
    }
}
