//! Answers: which are final and recorded, what of a response is recorded, and a recorded answer
//! replayed.

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::{BodyExt as _, Full};

use crate::http::ResponseBody;
use crate::store::idempotency::RecordedAnswer;

pub(super) static IDEMPOTENT_REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// The response headers a replay repeats; the edge adds the per-request ones (request id, ...).
const REPLAYED_HEADERS: [HeaderName; 3] = [header::CONTENT_TYPE, header::ETAG, header::LOCATION];

/// What becomes of a claim once its request is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Settlement {
    /// Keep the answer; every retry with the key replays it for 24 hours.
    Record,
    /// Delete the claim; the next request with the key runs as if it were the first.
    Release,
}

/// Decides, from the status alone, whether an answer is final.
///
/// Recorded: every 2xx (the point of the key) and the 4xx that the same request would get again
/// (400, 404, 422, ...), so a retry sees the same answer. Released: 5xx (our failure, the retry
/// deserves a fresh run), 409 and 429 (transient: the state or the budget may have changed by the
/// retry), and 412 and 428, which depend on `If-Match`, a header outside the fingerprint, so a
/// retry that fixes it must run rather than replay the refusal. Nothing released changed any state,
/// so running it again is safe. Anything else (1xx, 3xx) is not an answer a POST gives; released.
pub(super) fn settlement(status: StatusCode) -> Settlement {
    match status {
        StatusCode::CONFLICT
        | StatusCode::PRECONDITION_FAILED
        | StatusCode::PRECONDITION_REQUIRED
        | StatusCode::TOO_MANY_REQUESTS => Settlement::Release,
        status if status.is_success() || status.is_client_error() => Settlement::Record,
        _ => Settlement::Release,
    }
}

/// A recorded answer as a response, marked as a replay.
pub(super) fn replay(answer: &RecordedAnswer) -> Response<ResponseBody> {
    let mut response = Response::new(Full::new(Bytes::from(answer.body.clone())).boxed());
    *response.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in &answer.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    headers.insert(
        IDEMPOTENT_REPLAYED.clone(),
        HeaderValue::from_static("true"),
    );
    response
}

/// The part of a response worth replaying; `None` when the body is not text (no answer of this
/// service, whose bodies are JSON; such an answer is released rather than recorded).
pub(super) fn recordable(
    status: StatusCode,
    headers: &HeaderMap,
    body: &Bytes,
) -> Option<RecordedAnswer> {
    let body = std::str::from_utf8(body).ok()?.to_owned();
    let headers = REPLAYED_HEADERS
        .iter()
        .flat_map(|name| {
            headers.get_all(name).iter().filter_map(move |value| {
                Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
            })
        })
        .collect();
    Some(RecordedAnswer {
        status: status.as_u16(),
        headers,
        body,
    })
}
