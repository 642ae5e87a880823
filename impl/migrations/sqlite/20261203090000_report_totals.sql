-- Report totals kept by the database (SQLite's version; migrations/postgres/ holds PostgreSQL's,
-- with the same version number and the same table, where the columns are explained). The pipeline
-- summary and the forecast read these totals instead of aggregating opportunities.
--
-- SQLite runs one writer at a time (the store begins every write IMMEDIATE), so there is no hot row
-- to spread and no lock order to keep: triggers change the totals at once, inside the writing
-- transaction, and every row has shard ''.
CREATE TABLE opportunity_report_totals (
    stage_id          TEXT   NOT NULL,
    owner_id          TEXT   NOT NULL,
    period_grain      TEXT   NOT NULL CHECK (period_grain IN ('all', 'month', 'day')),
    period            TEXT   NOT NULL,
    status            TEXT   NOT NULL,
    currency          TEXT   NOT NULL,
    shard             TEXT   NOT NULL,
    opportunity_count BIGINT NOT NULL,
    amount_high       BIGINT NOT NULL,
    amount_low        BIGINT NOT NULL,
    weighted_high     BIGINT NOT NULL,
    weighted_low      BIGINT NOT NULL,
    PRIMARY KEY (stage_id, owner_id, period_grain, period, status, currency, shard)
);

-- A change of one opportunity's contribution (sign -1 for the old row, 1 for the new): inserting
-- here adds it to the six totals it belongs to. A view with an INSTEAD OF trigger, so that the
-- grains are written once for the three triggers on opportunities and the rebuild below.
CREATE VIEW opportunity_report_changes AS
SELECT 0 AS sign, '' AS stage_id, '' AS owner_id, '' AS expected_close_date, '' AS status,
       '' AS currency, 0 AS amount_e4, 0 AS probability
WHERE 0;

CREATE TRIGGER opportunity_report_changes_apply INSTEAD OF INSERT ON opportunity_report_changes
BEGIN
    INSERT INTO opportunity_report_totals (stage_id, owner_id, period_grain, period, status,
        currency, shard, opportunity_count, amount_high, amount_low, weighted_high, weighted_low)
    SELECT NEW.stage_id, g.owner_id, g.period_grain, g.period, NEW.status, NEW.currency, '',
           NEW.sign,
           NEW.sign * (NEW.amount_e4 / 100000000),
           NEW.sign * (NEW.amount_e4 % 100000000),
           NEW.sign * (NEW.amount_e4 / 100000000) * NEW.probability,
           NEW.sign * (NEW.amount_e4 % 100000000) * NEW.probability
    FROM (
        SELECT '' AS owner_id, 'all' AS period_grain, '' AS period
        UNION ALL SELECT '', 'month', substr(NEW.expected_close_date, 1, 7)
        UNION ALL SELECT '', 'day', NEW.expected_close_date
        UNION ALL SELECT NEW.owner_id, 'all', ''
        UNION ALL SELECT NEW.owner_id, 'month', substr(NEW.expected_close_date, 1, 7)
        UNION ALL SELECT NEW.owner_id, 'day', NEW.expected_close_date
    ) AS g
    WHERE g.period IS NOT NULL
    ON CONFLICT (stage_id, owner_id, period_grain, period, status, currency, shard) DO UPDATE SET
        opportunity_count = opportunity_count + excluded.opportunity_count,
        amount_high = amount_high + excluded.amount_high,
        amount_low = amount_low + excluded.amount_low,
        weighted_high = weighted_high + excluded.weighted_high,
        weighted_low = weighted_low + excluded.weighted_low;
END;

-- Every write path reaches the totals through these: create, patch, move, win/lose/reopen, line
-- items, soft delete/restore, purge, erasure, batches, and anything an operator runs by hand.
CREATE TRIGGER opportunities_report_insert AFTER INSERT ON opportunities
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO opportunity_report_changes VALUES (1, NEW.stage_id, NEW.owner_id,
        NEW.expected_close_date, NEW.status, NEW.currency, NEW.amount_e4, NEW.probability);
END;

CREATE TRIGGER opportunities_report_delete AFTER DELETE ON opportunities
WHEN OLD.deleted_at IS NULL
BEGIN
    INSERT INTO opportunity_report_changes VALUES (-1, OLD.stage_id, OLD.owner_id,
        OLD.expected_close_date, OLD.status, OLD.currency, OLD.amount_e4, OLD.probability);
END;

CREATE TRIGGER opportunities_report_update
AFTER UPDATE OF stage_id, owner_id, expected_close_date, status, currency, amount_e4, probability, deleted_at
ON opportunities
WHEN OLD.stage_id IS NOT NEW.stage_id OR OLD.owner_id IS NOT NEW.owner_id
    OR OLD.expected_close_date IS NOT NEW.expected_close_date
    OR OLD.status IS NOT NEW.status OR OLD.currency IS NOT NEW.currency
    OR OLD.amount_e4 IS NOT NEW.amount_e4 OR OLD.probability IS NOT NEW.probability
    OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
    INSERT INTO opportunity_report_changes
    SELECT -1, OLD.stage_id, OLD.owner_id, OLD.expected_close_date, OLD.status, OLD.currency,
           OLD.amount_e4, OLD.probability
    WHERE OLD.deleted_at IS NULL;
    INSERT INTO opportunity_report_changes
    SELECT 1, NEW.stage_id, NEW.owner_id, NEW.expected_close_date, NEW.status, NEW.currency,
           NEW.amount_e4, NEW.probability
    WHERE NEW.deleted_at IS NULL;
END;

-- An existing database: the totals of the opportunities it holds (the migration is one transaction).
INSERT INTO opportunity_report_changes
SELECT 1, stage_id, owner_id, expected_close_date, status, currency, amount_e4, probability
FROM opportunities WHERE deleted_at IS NULL;
