-- The transactional outbox (PostgreSQL's version; migrations/sqlite/ holds SQLite's, same version).
-- Store::write's Tx writes one row per resource change in the transaction of the change
-- (store/tx.rs), from the same change records as the audit rows: a change cannot commit without
-- its events, and an event cannot exist without its change. Rows hold ids, types and field names,
-- never a personal value, so an erasure never rewrites them.
--
-- Order and the in-flight gap. `position` comes from an identity sequence, which PostgreSQL hands
-- out in call order, not commit order: a reader that served position 11 could later see 10 commit.
-- So each row also keeps the id of the transaction that wrote it (`txid`, pg_current_xact_id()),
-- and the feed (store/events.rs) serves only rows whose transaction is older than the oldest one
-- of this database still running (the snapshot's xip minus those pg_stat_activity shows in other
-- databases; else its xmax), in (txid, position) order.
-- Every transaction that commits after a read either was running at the read (txid >= its xmin)
-- or started after it (a larger txid still): its rows sort after everything already served.
-- The xid is assigned before the events are inserted (the change itself wrote first), so the
-- default below reads it, it does not create it.
CREATE TABLE change_events (
    position       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid           BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    id             TEXT   NOT NULL UNIQUE,
    occurred_at    BIGINT NOT NULL,
    event_type     TEXT   NOT NULL,
    resource_type  TEXT   NOT NULL,
    resource_id    TEXT   NOT NULL,
    actor_id       TEXT   NOT NULL,
    actor_kind     TEXT   NOT NULL DEFAULT 'user',
    request_id     TEXT,
    changed_fields TEXT   NOT NULL DEFAULT '[]',
    version        BIGINT
);
CREATE INDEX change_events_in_order ON change_events (txid, position);
CREATE INDEX change_events_by_time ON change_events (occurred_at);
CREATE INDEX change_events_by_resource ON change_events (resource_id, txid, position);
