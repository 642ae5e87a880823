-- The transactional outbox (SQLite's version; migrations/postgres/ holds PostgreSQL's and says
-- how the feed keeps commit order there). SQLite has one writer at a time, holding the write lock
-- from BEGIN IMMEDIATE to COMMIT, so positions are handed out in commit order and `txid` is always
-- 0. AUTOINCREMENT: a position is never reused, not even after the retention purge deleted the
-- newest rows, so a cursor never points before an event it has not seen.
CREATE TABLE change_events (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    txid           BIGINT NOT NULL DEFAULT 0,
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
