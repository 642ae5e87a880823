//! Webhook signing secrets in recorded answers: sealed when recorded, opened for a replay.

use crate::error::AppError;
use crate::store::idempotency::RecordedAnswer;
use crate::webhooks::secrets::{SecretBox, SigningSecret};

/// The operations whose answer reveals a webhook signing secret (shown once): their recorded
/// answer keeps it sealed, and a replay opens it.
pub(super) const SECRET_OPERATIONS: [&str; 2] =
    ["createWebhookSubscription", "rotateWebhookSecret"];
/// How a recorded answer's secret value starts once sealed.
const SEALED_PREFIX: &str = "sealed:";
/// Where the secret's value starts in a serialised answer (serde_json writes no spaces; inside a
/// string value the quotes would be escaped, so only the top-level key matches).
const SECRET_FIELD: &str = "\"secret\":\"";

/// `body` with the value of its `secret` field replaced by `f(value)`; `None` when it has none.
fn map_secret(body: &str, f: impl FnOnce(&str) -> Option<String>) -> Option<String> {
    let start = body.find(SECRET_FIELD)? + SECRET_FIELD.len();
    let length = body[start..].find('"')?;
    let replaced = f(&body[start..start + length])?;
    Some(format!(
        "{}{replaced}{}",
        &body[..start],
        &body[start + length..]
    ))
}

/// The answer to record: a signing secret in it sealed.
pub(super) fn sealed_answer(
    mut answer: RecordedAnswer,
    seal: &SecretBox,
) -> Result<RecordedAnswer, AppError> {
    let mut failed = None;
    if let Some(body) = map_secret(&answer.body, |secret| {
        let sealed = seal.seal(&SigningSecret::from_bytes(secret.as_bytes().to_vec()));
        match sealed {
            Ok(sealed) => Some(format!("{SEALED_PREFIX}{sealed}")),
            Err(error) => {
                failed = Some(error);
                None
            }
        }
    }) {
        answer.body = body;
    }
    match failed {
        Some(error) => {
            tracing::error!(%error, "could not seal the answer's secret; not recording it");
            Err(AppError::Unavailable(
                "The answer could not be recorded for this Idempotency-Key; nothing was changed. \
                 Retry."
                    .to_owned(),
            ))
        }
        None => Ok(answer),
    }
}

/// The recorded answer as it was sent: a sealed secret in it opened.
pub(super) fn opened_answer(
    answer: &RecordedAnswer,
    seal: Option<&SecretBox>,
) -> Result<RecordedAnswer, AppError> {
    let mut answer = answer.clone();
    let mut failed = false;
    if let Some(body) = map_secret(&answer.body, |value| {
        let sealed = value.strip_prefix(SEALED_PREFIX)?;
        let opened = seal
            .and_then(|seal| seal.open(sealed).ok())
            .and_then(|secret| String::from_utf8(secret.bytes().to_vec()).ok());
        failed = opened.is_none();
        opened
    }) {
        answer.body = body;
    }
    if failed {
        return Err(AppError::Unavailable(
            "The recorded answer of this Idempotency-Key holds a secret this installation cannot \
             open."
                .to_owned(),
        ));
    }
    Ok(answer)
}
