-- The pending report rows PostgreSQL appends to instead of updating hot totals (see
-- migrations/postgres/ of the same version). SQLite has one writer at a time, so its triggers keep
-- updating the totals at once and this table stays empty; it exists so that both databases run the
-- same report statements, which read totals and pending rows together.
CREATE TABLE opportunity_report_pending (
    stage_id          TEXT   NOT NULL,
    owner_id          TEXT   NOT NULL,
    period_grain      TEXT   NOT NULL,
    period            TEXT   NOT NULL,
    status            TEXT   NOT NULL,
    currency          TEXT   NOT NULL,
    opportunity_count BIGINT NOT NULL,
    amount_high       BIGINT NOT NULL,
    amount_low        BIGINT NOT NULL,
    weighted_high     BIGINT NOT NULL,
    weighted_low      BIGINT NOT NULL
);
