//! The API reference page at `/docs`: Redoc over `/v1/openapi.json`, public like the contract itself.
//!
//! Redoc's standalone bundle is vendored in `impl/assets/` (see its README) and compiled into the
//! binary, so the page works with no internet, and a strict Content-Security-Policy keeps it to
//! this origin.

use bytes::Bytes;
use http::header::{self, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::{BodyExt, Full};

use super::ResponseBody;

const PAGE: &str = include_str!("../../assets/docs.html");
const REDOC_JS: &[u8] = include_bytes!("../../assets/redoc.standalone.js");

/// Scripts only from this origin (no inline script, no eval); Redoc styles itself with inline
/// `<style>` elements and runs its search index in a worker it builds from a `blob:` URL.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src blob:; \
                   base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The page or its script for a GET of `path`, or `None` when `path` is not part of the docs.
pub(super) fn serve(path: &str) -> Option<Response<ResponseBody>> {
    let (content_type, body) = match path {
        "/docs" | "/docs/" => (
            "text/html; charset=utf-8",
            Bytes::from_static(PAGE.as_bytes()),
        ),
        "/docs/redoc.standalone.js" => (
            "text/javascript; charset=utf-8",
            Bytes::from_static(REDOC_JS),
        ),
        _ => return None,
    };
    let mut response = Response::new(Full::new(body).boxed());
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Some(response)
}
