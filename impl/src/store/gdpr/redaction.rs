//! Finding a person in free text: the notes that mention them, and the redaction of every mention
//! in the free text of the opportunities they may appear in.

use sqlx::FromRow;

use crate::domain::redaction::Redactor;
use crate::error::AppError;
use crate::store::contacts::ContactRecord;
use crate::store::opportunities::items::NoteRecord;
use crate::store::tx::{AuditAction, ResourceKind, Tx};

/// The identifiers of a contact, for finding them in free text.
pub(super) fn redactor_of(record: &ContactRecord) -> Redactor {
    Redactor::for_person(
        &[record.first_name.as_str(), record.last_name.as_str()],
        record.email.as_deref(),
        record.phone.as_deref(),
    )
}

/// The opportunities whose free text may mention a contact: those it is on, and every other one of
/// its account (deleted ones included: they are still held). Binds `$1` (contact id) and `$2`
/// (account id).
const MENTION_SCOPE: &str = "SELECT id FROM opportunities WHERE account_id = $2 \
     UNION SELECT id FROM opportunities WHERE primary_contact_id = $1 \
     UNION SELECT opportunity_id FROM opportunity_contacts WHERE contact_id = $1";

/// The notes in [`MENTION_SCOPE`] that mention the person, oldest first.
pub(super) async fn notes_mentioning(
    tx: &mut Tx<'_>,
    record: &ContactRecord,
    person: &Redactor,
) -> Result<Vec<NoteRecord>, AppError> {
    let notes: Vec<NoteRecord> = sqlx::query_as(&format!(
        "SELECT id, opportunity_id, author_id, body, created_at FROM notes \
         WHERE opportunity_id IN ({MENTION_SCOPE}) ORDER BY created_at, id"
    ))
    .bind(&record.id)
    .bind(&record.account_id)
    .fetch_all(tx.conn())
    .await?;
    Ok(notes
        .into_iter()
        .filter(|note| person.mentions(&note.body))
        .collect())
}

/// Replaces every mention of the person in the free text of [`MENTION_SCOPE`]: opportunity names,
/// descriptions, next steps and lost reasons, line-item products and notes. Each record changed
/// gets an audit row naming the fields (an opportunity also a new version). Returns how many
/// records changed.
pub(super) async fn redact_free_text(
    tx: &mut Tx<'_>,
    record: &ContactRecord,
    person: &Redactor,
    now: i64,
) -> Result<usize, AppError> {
    let mut changed_records = 0;
    let opportunities: Vec<OpportunityText> = sqlx::query_as(&format!(
        "SELECT id, name, description, next_step, lost_reason FROM opportunities \
         WHERE id IN ({MENTION_SCOPE}) ORDER BY id"
    ))
    .bind(&record.id)
    .bind(&record.account_id)
    .fetch_all(tx.conn())
    .await?;
    for opportunity in opportunities {
        let name = person.redact(&opportunity.name);
        let description = opportunity
            .description
            .as_deref()
            .and_then(|text| person.redact(text));
        let next_step = opportunity
            .next_step
            .as_deref()
            .and_then(|text| person.redact(text));
        let lost_reason = opportunity
            .lost_reason
            .as_deref()
            .and_then(|text| person.redact(text));
        let fields: Vec<&str> = [
            ("name", name.is_some()),
            ("description", description.is_some()),
            ("next_step", next_step.is_some()),
            ("lost_reason", lost_reason.is_some()),
        ]
        .into_iter()
        .filter_map(|(field, changed)| changed.then_some(field))
        .collect();
        if fields.is_empty() {
            continue;
        }
        sqlx::query(
            "UPDATE opportunities SET name = COALESCE($1, name), description = COALESCE($2, description), \
             next_step = COALESCE($3, next_step), lost_reason = COALESCE($4, lost_reason), \
             updated_at = $5, version = version + 1 WHERE id = $6",
        )
        .bind(name)
        .bind(description)
        .bind(next_step)
        .bind(lost_reason)
        .bind(now)
        .bind(&opportunity.id)
        .execute(tx.conn())
        .await?;
        tx.audit(
            AuditAction::Update,
            ResourceKind::Opportunity,
            &opportunity.id,
            fields,
        );
        changed_records += 1;
    }
    let products: Vec<(String, String)> = sqlx::query_as(&format!(
        "SELECT id, product FROM line_items WHERE opportunity_id IN ({MENTION_SCOPE}) ORDER BY id"
    ))
    .bind(&record.id)
    .bind(&record.account_id)
    .fetch_all(tx.conn())
    .await?;
    for (line_item_id, product) in products {
        let Some(product) = person.redact(&product) else {
            continue;
        };
        sqlx::query("UPDATE line_items SET product = $1, updated_at = $2 WHERE id = $3")
            .bind(product)
            .bind(now)
            .bind(&line_item_id)
            .execute(tx.conn())
            .await?;
        tx.audit(
            AuditAction::Update,
            ResourceKind::LineItem,
            &line_item_id,
            ["product"],
        );
        changed_records += 1;
    }
    for note in notes_mentioning(tx, record, person).await? {
        let Some(body) = person.redact(&note.body) else {
            continue;
        };
        sqlx::query("UPDATE notes SET body = $1 WHERE id = $2")
            .bind(body)
            .bind(&note.id)
            .execute(tx.conn())
            .await?;
        tx.audit(AuditAction::Update, ResourceKind::Note, &note.id, ["body"]);
        changed_records += 1;
    }
    Ok(changed_records)
}

/// The free text of an opportunity.
#[derive(FromRow)]
struct OpportunityText {
    id: String,
    name: String,
    description: Option<String>,
    next_step: Option<String>,
    lost_reason: Option<String>,
}
