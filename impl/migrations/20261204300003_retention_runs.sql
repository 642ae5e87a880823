-- One row per run of the retention job (issue 16): when, the cutoffs it applied, and how many records of
-- each kind it removed. Counts only, never a value or an id: the record of purges that leave no rows behind
-- (audit entries). Each purged opportunity, anonymised contact and lapsed hold also has its own audit row.
CREATE TABLE retention_runs (
    id                        TEXT PRIMARY KEY,
    ran_at                    BIGINT NOT NULL,
    actor_id                  TEXT NOT NULL,
    deleted_opportunities_before BIGINT NOT NULL,
    audit_events_before       BIGINT NOT NULL,
    inactive_contacts_before  BIGINT,
    opportunities_purged      BIGINT NOT NULL,
    audit_events_purged       BIGINT NOT NULL,
    contacts_anonymised       BIGINT NOT NULL,
    contacts_inactive         BIGINT NOT NULL,
    legal_holds_lapsed        BIGINT NOT NULL,
    held_records_kept         BIGINT NOT NULL
);
CREATE INDEX retention_runs_by_time ON retention_runs (ran_at);
