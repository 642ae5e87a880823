//! Storage limitation (GDPR article 5(1)(e)): what the retention job removes, and the one path by
//! which audit entries are ever deleted.
//!
//! One run, in this order:
//! 1. legal holds whose `until` day has passed lapse: the hold is released as if an Admin had
//!    released it (audited `legal_hold_release` by the retention actor); from then on the contact
//!    can be erased, deleted and purged like any other;
//! 2. opportunities soft-deleted more than N days ago are purged with everything hanging off
//!    them (audited `purge` each), except those linked to a contact under legal hold;
//! 3. audit entries older than M days are deleted, except those about a contact under legal hold
//!    or an opportunity linked to one. This is the only deletion the database lets through (see
//!    the `append_only_logs` migrations): a transaction-local purge window with the cutoff;
//! 4. when configured, contacts without activity for K years (their record and every opportunity
//!    they are on unchanged since) are counted, or anonymised by the erasure path, except held
//!    ones.
//!
//! The run ends with a row in `retention_runs` holding its cutoffs and counts, never values.

use serde::Serialize;

use super::opportunities::write::purge_rows;
use super::tx::{AuditAction, ResourceKind};
use super::{now_micros, Backend, Store};
use crate::domain::Actor;
use crate::error::AppError;

const MICROS_PER_DAY: i64 = 86_400 * 1_000_000;

/// The token `sub` the retention job acts as in the audit log.
pub const RETENTION_ACTOR: &str = "system:retention";

/// What to do with contacts inactive for longer than the configured period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InactiveContacts {
    /// Count them (in the run's record and log) for an Admin to review.
    Report,
    /// Erase their personal data, as the GDPR erasure does.
    Anonymise,
}

/// How long what is kept, in days (contacts: years). Built from the configuration
/// ([`RetentionPolicy::from_config`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPolicy {
    pub deleted_opportunity_days: u32,
    pub audit_days: u32,
    /// `None`: inactive contacts are left alone.
    pub inactive_contact_years: Option<u32>,
    pub inactive_contacts: InactiveContacts,
}

/// What one run did: counts only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RetentionReport {
    pub opportunities_purged: u64,
    pub audit_events_purged: u64,
    pub contacts_anonymised: u64,
    /// Contacts inactive beyond the limit (anonymised or only reported).
    pub contacts_inactive: u64,
    pub legal_holds_lapsed: u64,
    /// Records past their limit kept because of a legal hold.
    pub held_records_kept: u64,
}

/// A contact under legal hold is never purged or anonymised, nor is what is linked to it.
const HELD_CONTACTS: &str = "SELECT id FROM contacts WHERE legal_hold";
const HELD_OPPORTUNITIES: &str = "SELECT id FROM opportunities WHERE primary_contact_id IN \
     (SELECT id FROM contacts WHERE legal_hold) \
     UNION SELECT opportunity_id FROM opportunity_contacts WHERE contact_id IN \
     (SELECT id FROM contacts WHERE legal_hold)";

impl RetentionPolicy {
    pub fn from_config(config: &crate::config::Config) -> Self {
        Self {
            deleted_opportunity_days: config.retention_deleted_opportunity_days,
            audit_days: config.retention_audit_days,
            inactive_contact_years: config.retention_inactive_contact_years,
            inactive_contacts: if config.retention_anonymise_inactive_contacts {
                InactiveContacts::Anonymise
            } else {
                InactiveContacts::Report
            },
        }
    }
}

/// Starts the task that runs the retention job every `every`, the first time ten minutes after
/// start-up (a service restarted more often than daily still runs it). A failed run is logged and
/// tried again at the next tick.
pub fn spawn_daily(
    store: Store,
    policy: RetentionPolicy,
    every: std::time::Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let first = tokio::time::Instant::now() + std::time::Duration::from_secs(600);
        let mut ticks = tokio::time::interval_at(first, every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let run_id = uuid::Uuid::now_v7().to_string();
            if let Err(error) = store.run_retention(policy, now_micros(), &run_id).await {
                tracing::error!(%error, "the retention run failed; next try at the next tick");
            }
        }
    })
}

fn days(count: u32) -> i64 {
    i64::from(count) * MICROS_PER_DAY
}

fn count(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

impl Store {
    /// Runs the retention job once at `now` (store microseconds); see the module's docs.
    #[tracing::instrument(skip_all)]
    pub async fn run_retention(
        &self,
        policy: RetentionPolicy,
        now: i64,
        request_id: &str,
    ) -> Result<RetentionReport, AppError> {
        // The audit log's actor kinds are user and client; the job's rows say `user` with the
        // subject `RETENTION_ACTOR`, which no token can carry.
        let actor = Actor {
            subject: RETENTION_ACTOR.to_owned(),
            kind: crate::auth::PrincipalKind::User,
            is_admin: true,
            request_id: request_id.to_owned(),
            idempotency_claim: None,
        };
        let mut report = RetentionReport {
            legal_holds_lapsed: self.lapse_legal_holds(&actor, now).await?,
            ..RetentionReport::default()
        };
        let deleted_before = now.saturating_sub(days(policy.deleted_opportunity_days));
        let (purged, held) = self
            .purge_deleted_opportunities(&actor, deleted_before)
            .await?;
        report.opportunities_purged = purged;
        report.held_records_kept += held;
        let audit_before = now.saturating_sub(days(policy.audit_days));
        let inactive_before = policy
            .inactive_contact_years
            .map(|years| now.saturating_sub(days(years.saturating_mul(365))));
        if let Some(before) = inactive_before {
            let (inactive, anonymised, held) = self
                .inactive_contacts(&actor, before, policy.inactive_contacts)
                .await?;
            report.contacts_inactive = inactive;
            report.contacts_anonymised = anonymised;
            report.held_records_kept += held;
        }
        // Last, so that the run's own audit rows are not among those it deletes (they are new).
        let (audit_purged, audit_held) = self
            .purge_audit_events(
                &actor,
                audit_before,
                deleted_before,
                inactive_before,
                &report,
            )
            .await?;
        report.audit_events_purged = audit_purged;
        report.held_records_kept += audit_held;
        tracing::info!(?report, "retention run");
        Ok(report)
    }

    /// Releases every legal hold whose `until` day is before today (UTC).
    async fn lapse_legal_holds(&self, actor: &Actor, now: i64) -> Result<u64, AppError> {
        let today = super::to_datetime(now).format("%Y-%m-%d").to_string();
        let lapsed: Vec<(String,)> = sqlx::query_as(
            "SELECT id FROM contacts WHERE legal_hold AND legal_hold_until IS NOT NULL \
             AND legal_hold_until < $1 ORDER BY id",
        )
        .bind(&today)
        .fetch_all(self.pool())
        .await?;
        let mut released = 0;
        for (id,) in lapsed {
            let changed = self
                .write(actor, |tx| {
                    let (id, today) = (id.clone(), today.clone());
                    Box::pin(async move {
                        let changed = sqlx::query(
                            "UPDATE contacts SET legal_hold = FALSE, legal_hold_reason = NULL, \
                             legal_hold_until = NULL, updated_at = $1, version = version + 1 \
                             WHERE id = $2 AND legal_hold AND legal_hold_until < $3",
                        )
                        .bind(now_micros())
                        .bind(&id)
                        .bind(&today)
                        .execute(tx.conn())
                        .await?
                        .rows_affected();
                        if changed == 0 {
                            tx.discard();
                            return Ok(0);
                        }
                        tx.audit(
                            AuditAction::LegalHoldRelease,
                            ResourceKind::Contact,
                            &id,
                            ["legal_hold", "legal_hold_reason", "legal_hold_until"],
                        );
                        Ok(changed)
                    })
                })
                .await?;
            released += changed;
        }
        Ok(released)
    }

    /// Purges opportunities deleted before `before`, one transaction each; returns (purged, kept
    /// because held).
    async fn purge_deleted_opportunities(
        &self,
        actor: &Actor,
        before: i64,
    ) -> Result<(u64, u64), AppError> {
        let due: Vec<(String, i64)> = sqlx::query_as(&format!(
            "SELECT id, CASE WHEN id IN ({HELD_OPPORTUNITIES}) THEN 1 ELSE 0 END FROM opportunities \
             WHERE deleted_at IS NOT NULL AND deleted_at < $1 ORDER BY id"
        ))
        .bind(before)
        .fetch_all(self.pool())
        .await?;
        let held = due.iter().filter(|(_, held)| *held != 0).count();
        let mut purged = 0;
        for (id, _) in due.into_iter().filter(|(_, held)| *held == 0) {
            purged += self.purge_if_still_due(actor, &id, before).await?;
        }
        Ok((purged, held as u64))
    }

    async fn purge_if_still_due(
        &self,
        actor: &Actor,
        id: &str,
        before: i64,
    ) -> Result<u64, AppError> {
        self.write(actor, |tx| {
            Box::pin(async move {
                // Still deleted, still old, still not held (a hold may have come since the list).
                let due: Option<(String,)> = sqlx::query_as(&format!(
                    "SELECT id FROM opportunities WHERE id = $1 AND deleted_at IS NOT NULL \
                     AND deleted_at < $2 AND id NOT IN ({HELD_OPPORTUNITIES}){}",
                    super::contacts::row_lock(self.backend(), " FOR UPDATE")
                ))
                .bind(id)
                .bind(before)
                .fetch_optional(tx.conn())
                .await?;
                if due.is_none() {
                    tx.discard();
                    return Ok(0);
                }
                purge_rows(tx, id).await?;
                Ok(1)
            })
        })
        .await
    }

    /// Contacts (not deleted, not erased) whose record and every opportunity they are on have not
    /// changed since `before`: counted, and anonymised when asked, held ones excepted. Returns
    /// (inactive, anonymised, kept because held).
    async fn inactive_contacts(
        &self,
        actor: &Actor,
        before: i64,
        action: InactiveContacts,
    ) -> Result<(u64, u64, u64), AppError> {
        let inactive: Vec<(String, i64)> = sqlx::query_as(
            "SELECT c.id, CASE WHEN c.legal_hold THEN 1 ELSE 0 END FROM contacts c \
             WHERE c.deleted_at IS NULL AND c.erased_at IS NULL AND c.updated_at < $1 \
             AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.updated_at >= $1 AND \
               (o.primary_contact_id = c.id OR o.id IN \
                 (SELECT opportunity_id FROM opportunity_contacts WHERE contact_id = c.id))) \
             ORDER BY c.id",
        )
        .bind(before)
        .fetch_all(self.pool())
        .await?;
        let held = inactive.iter().filter(|(_, held)| *held != 0).count() as u64;
        let mut anonymised = 0;
        if action == InactiveContacts::Anonymise {
            for (id, _) in inactive.iter().filter(|(_, held)| *held == 0) {
                match self.erase_contact(actor, id).await {
                    Ok(_) => anonymised += 1,
                    // Held or erased since the list was read: left as it is.
                    Err(AppError::Conflict { .. }) => {}
                    Err(error) => return Err(error),
                }
            }
        }
        Ok((inactive.len() as u64, anonymised, held))
    }

    /// Deletes audit entries older than `before` (but those about held records) and records the
    /// run, in one transaction: the only path the database lets a DELETE of `audit_events` take.
    /// Returns (purged, kept because held).
    async fn purge_audit_events(
        &self,
        actor: &Actor,
        before: i64,
        deleted_before: i64,
        inactive_before: Option<i64>,
        report: &RetentionReport,
    ) -> Result<(u64, u64), AppError> {
        let begin = match self.backend() {
            Backend::Postgres => "BEGIN",
            Backend::Sqlite => "BEGIN IMMEDIATE",
        };
        let mut tx = self.pool().begin_with(begin).await?;
        match self.backend() {
            Backend::Postgres => {
                sqlx::query("SELECT set_config('oms.audit_purge_before', $1, true)")
                    .bind(before.to_string())
                    .execute(&mut *tx)
                    .await?;
            }
            Backend::Sqlite => {
                sqlx::query("INSERT INTO audit_purge_window (purge_before) VALUES ($1)")
                    .bind(before)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let held: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM audit_events WHERE occurred_at < $1 \
             AND (resource_id IN ({HELD_CONTACTS}) OR resource_id IN ({HELD_OPPORTUNITIES}))"
        ))
        .bind(before)
        .fetch_one(&mut *tx)
        .await?;
        let purged = sqlx::query(&format!(
            "DELETE FROM audit_events WHERE occurred_at < $1 \
             AND resource_id NOT IN ({HELD_CONTACTS}) AND resource_id NOT IN ({HELD_OPPORTUNITIES})"
        ))
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if self.backend() == Backend::Sqlite {
            sqlx::query("DELETE FROM audit_purge_window")
                .execute(&mut *tx)
                .await?;
        }
        let signed = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
        sqlx::query(
            "INSERT INTO retention_runs (id, ran_at, actor_id, deleted_opportunities_before, \
             audit_events_before, inactive_contacts_before, opportunities_purged, audit_events_purged, \
             contacts_anonymised, contacts_inactive, legal_holds_lapsed, held_records_kept) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(now_micros())
        .bind(actor.subject.as_str())
        .bind(deleted_before)
        .bind(before)
        .bind(inactive_before)
        .bind(signed(report.opportunities_purged))
        .bind(signed(purged))
        .bind(signed(report.contacts_anonymised))
        .bind(signed(report.contacts_inactive))
        .bind(signed(report.legal_holds_lapsed))
        .bind(signed(report.held_records_kept + count(held)))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((purged, count(held)))
    }
}
