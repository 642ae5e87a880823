//! The rows of `consent_events`, the append-only consent history (the database refuses any other
//! change, see the `append_only_logs` migrations): what the consent operations, the contact
//! operations (a contact's `marketing_consent` flag) and the erasure write.

use sqlx::FromRow;

use super::tx::Tx;
use crate::domain::consent::{ConsentStatus, Purpose};
use crate::error::AppError;

pub(super) const EVENT_COLUMNS: &str =
    "id, contact_id, purpose, status, given_at, recorded_at, recorded_by, \
     source, lawful_basis, text_version, evidence";

/// One consent given or withdrawn, as stored.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct ConsentEventRecord {
    pub id: String,
    pub contact_id: String,
    #[sqlx(try_from = "String")]
    pub purpose: Purpose,
    #[sqlx(try_from = "String")]
    pub status: ConsentStatus,
    pub given_at: i64,
    pub recorded_at: i64,
    /// The token `sub` of who recorded it.
    pub recorded_by: String,
    /// One of the contract's `ConsentSource` values.
    pub source: String,
    /// One of the contract's `LawfulBasis` values.
    pub lawful_basis: String,
    pub text_version: Option<String>,
    /// Personal data: cleared by an erasure.
    pub evidence: Option<String>,
}

/// What the source of a consent withdrawn by an erasure reads.
pub const ERASURE_SOURCE: &str = "erasure";

pub(super) async fn insert_event(
    tx: &mut Tx<'_>,
    event: &ConsentEventRecord,
) -> Result<(), AppError> {
    sqlx::query(&format!(
        "INSERT INTO consent_events ({EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    ))
    .bind(&event.id)
    .bind(&event.contact_id)
    .bind(event.purpose.as_str())
    .bind(event.status.as_str())
    .bind(event.given_at)
    .bind(event.recorded_at)
    .bind(&event.recorded_by)
    .bind(&event.source)
    .bind(&event.lawful_basis)
    .bind(&event.text_version)
    .bind(&event.evidence)
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// A contact's `marketing_consent` set through `createContact` or `updateContact`, as a change of
/// its `marketing_email` consent: source `other`, basis `consent`, no text version or evidence (the
/// contact operations take none). Keeps the history, and the state derived from it, in step with
/// the contact's flag.
pub(super) async fn record_marketing_flag(
    tx: &mut Tx<'_>,
    contact_id: &str,
    given: bool,
    now: i64,
) -> Result<(), AppError> {
    let event = ConsentEventRecord {
        id: uuid::Uuid::now_v7().to_string(),
        contact_id: contact_id.to_owned(),
        purpose: Purpose::MarketingEmail,
        status: ConsentStatus::of(given),
        given_at: now,
        recorded_at: now,
        recorded_by: tx.actor().subject.clone(),
        source: "other".to_owned(),
        lawful_basis: "consent".to_owned(),
        text_version: None,
        evidence: None,
    };
    insert_event(tx, &event).await
}

/// The erasure's part: every purpose still given is withdrawn (source `erasure`, by the erasing
/// actor), and the evidence of every change is cleared. What stays says what was agreed, when, on
/// which basis and text, and who recorded it: the accountability record, with nothing that
/// identifies the person but the (anonymised) contact's id. Returns the fields changed, if any.
pub(super) async fn erase_consents(
    tx: &mut Tx<'_>,
    contact_id: &str,
    now: i64,
) -> Result<Vec<&'static str>, AppError> {
    let history: Vec<ConsentEventRecord> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM consent_events WHERE contact_id = $1"
    ))
    .bind(contact_id)
    .fetch_all(tx.conn())
    .await?;
    let states = crate::domain::consent::current_states(history.iter().map(|event| {
        crate::domain::consent::ConsentChange {
            purpose: event.purpose,
            given: event.status == ConsentStatus::Given,
            given_at: event.given_at,
            recorded_at: event.recorded_at,
        }
    }));
    let mut fields = Vec::new();
    for state in states.into_iter().filter(|state| state.given) {
        let withdrawal = ConsentEventRecord {
            id: uuid::Uuid::now_v7().to_string(),
            contact_id: contact_id.to_owned(),
            purpose: state.purpose,
            status: ConsentStatus::Withdrawn,
            given_at: now,
            recorded_at: now,
            recorded_by: tx.actor().subject.clone(),
            source: ERASURE_SOURCE.to_owned(),
            lawful_basis: history
                .iter()
                .rev()
                .find(|event| event.purpose == state.purpose)
                .map(|event| event.lawful_basis.clone())
                .unwrap_or_else(|| "consent".to_owned()),
            text_version: None,
            evidence: None,
        };
        insert_event(tx, &withdrawal).await?;
        fields.push("consents");
    }
    let cleared = sqlx::query(
        "UPDATE consent_events SET evidence = NULL WHERE contact_id = $1 AND evidence IS NOT NULL",
    )
    .bind(contact_id)
    .execute(tx.conn())
    .await?
    .rows_affected();
    if cleared > 0 {
        fields.push("consent_evidence");
    }
    fields.dedup();
    Ok(fields)
}
