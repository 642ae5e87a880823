//! The account and contacts an opportunity names: they exist, belong together and may be
//! processed; the contact links beside the JSON column.

use std::collections::HashSet;

use crate::error::AppError;
use crate::store::opportunities::ContactRole;
use crate::store::tx::Tx;

pub(super) fn unknown_account(account_id: &str) -> AppError {
    AppError::rule_at(
        "unknown_account",
        "/account_id",
        format!("There is no account {account_id}."),
    )
}

pub(super) async fn ensure_account(tx: &mut Tx<'_>, account_id: &str) -> Result<(), AppError> {
    let found: Option<String> =
        sqlx::query_scalar("SELECT id FROM accounts WHERE id = $1 AND deleted_at IS NULL")
            .bind(account_id)
            .fetch_optional(tx.conn())
            .await?;
    found.map(|_| ()).ok_or_else(|| unknown_account(account_id))
}

/// Every linked contact exists, is at the opportunity's account, and may be processed.
pub(super) async fn ensure_contacts(
    tx: &mut Tx<'_>,
    account_id: &str,
    primary_contact_id: Option<&str>,
    roles: &[ContactRole],
) -> Result<(), AppError> {
    let mut seen = HashSet::new();
    for (index, role) in roles.iter().enumerate() {
        if !seen.insert(role.contact_id.as_str()) {
            return Err(AppError::rule_at(
                "duplicate_contact",
                &format!("/contact_roles/{index}/contact_id"),
                "A contact appears at most once.",
            ));
        }
    }
    let checks = primary_contact_id
        .map(|id| (id.to_owned(), "/primary_contact_id".to_owned()))
        .into_iter()
        .chain(roles.iter().enumerate().map(|(index, role)| {
            (
                role.contact_id.clone(),
                format!("/contact_roles/{index}/contact_id"),
            )
        }));
    for (contact_id, pointer) in checks {
        // The flag is read as an integer: sqlx's Any driver cannot decode an SQLite BOOLEAN.
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT account_id, CASE WHEN processing_restricted THEN 1 ELSE 0 END FROM contacts \
             WHERE id = $1 AND deleted_at IS NULL AND erased_at IS NULL",
        )
        .bind(&contact_id)
        .fetch_optional(tx.conn())
        .await?;
        match row.map(|(account, restricted)| (account, restricted != 0)) {
            None => {
                return Err(AppError::rule_at(
                    "unknown_contact",
                    &pointer,
                    format!("There is no contact {contact_id}."),
                ))
            }
            Some((contact_account, _)) if contact_account != account_id => {
                return Err(AppError::rule_at(
                    "contact_not_in_account",
                    &pointer,
                    "The contact works at another account than the opportunity's.",
                ))
            }
            Some((_, true)) => {
                return Err(AppError::rule_at(
                    "contact_processing_restricted",
                    &pointer,
                    "Processing of this contact's data is restricted.",
                ))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Rewrites the contact links of an opportunity (the lookup table beside the JSON column); a new
/// opportunity (`fresh`) has none to remove.
pub(super) async fn link_contacts(
    tx: &mut Tx<'_>,
    opportunity_id: &str,
    primary_contact_id: Option<&str>,
    roles: &[ContactRole],
    fresh: bool,
) -> Result<(), AppError> {
    if !fresh {
        sqlx::query("DELETE FROM opportunity_contacts WHERE opportunity_id = $1")
            .bind(opportunity_id)
            .execute(tx.conn())
            .await?;
    }
    let mut links: Vec<(&str, &str)> = roles
        .iter()
        .map(|role| (role.contact_id.as_str(), role.role.as_str()))
        .collect();
    if let Some(primary) = primary_contact_id {
        if !links.iter().any(|(contact, _)| *contact == primary) {
            links.push((primary, "primary"));
        }
    }
    for (contact_id, role) in links {
        sqlx::query("INSERT INTO opportunity_contacts (opportunity_id, contact_id, role) VALUES ($1, $2, $3)")
            .bind(opportunity_id)
            .bind(contact_id)
            .bind(role)
            .execute(tx.conn())
            .await?;
    }
    Ok(())
}
