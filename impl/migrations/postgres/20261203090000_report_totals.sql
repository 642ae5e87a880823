-- Report totals kept by the database (PostgreSQL's version; migrations/sqlite/ holds SQLite's, with
-- the same version number and the same table). The pipeline summary and the forecast read these
-- totals instead of aggregating opportunities (store/reports.rs).
--
-- One row per (stage, owner grain, period grain, status, currency, shard):
--   owner_id      '' for every owner, else one owner's opportunities
--   period_grain  'all' (period ''; every opportunity, with a close date or not),
--                 'month' (period YYYY-MM of expected_close_date), 'day' (period YYYY-MM-DD)
--   shard         a hex digit (the last of the opportunity id) on the every-owner 'all' rows, which
--                 every write to a stage would otherwise queue on; '' elsewhere
-- The sums are split at 10^8 as store/reports.rs `split_sum` explains, so they stay exact.
-- Stage names, kinds and forecast categories are joined at read time: a stage edit rewrites nothing.
-- Rows whose count has dropped to zero stay (readers skip them), so a write never deletes one.
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

-- What the transaction in progress changed, applied to the totals when it commits. A row trigger
-- on opportunities stages each change here (the old row with sign -1, the new with +1); a deferred
-- trigger applies all of a transaction's changes at commit in one statement, in key order. So:
--   * the totals commit or roll back with the change (a rolled-back change was never staged);
--   * writers lock total rows only during their commit, and always in the same order: two
--     transactions that change many opportunities cannot deadlock on the totals.
-- The table is empty between transactions.
CREATE TABLE opportunity_report_deltas (
    txid                 BIGINT  NOT NULL,
    first_in_transaction BOOLEAN NOT NULL,
    sign                 BIGINT  NOT NULL,
    shard                TEXT    NOT NULL,
    stage_id             TEXT    NOT NULL,
    owner_id             TEXT    NOT NULL,
    expected_close_date  TEXT,
    status               TEXT    NOT NULL,
    currency             TEXT    NOT NULL,
    amount_e4            BIGINT  NOT NULL,
    probability          BIGINT  NOT NULL
);
CREATE INDEX opportunity_report_deltas_by_transaction ON opportunity_report_deltas (txid);

-- Applies (and removes) the changes this transaction staged. Also the way to rebuild the totals
-- after a bulk load with the triggers disabled: empty opportunity_report_totals, stage every live
-- opportunity with sign 1, call this (as this migration does below).
CREATE FUNCTION opportunity_report_apply_staged() RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM set_config('opportunity_report.staged_in', '', true);
    WITH staged AS (
        DELETE FROM opportunity_report_deltas WHERE txid = txid_current() RETURNING *
    ), grains AS (
        SELECT d.sign, d.stage_id, d.status, d.currency, d.amount_e4, d.probability,
               g.owner_id, g.period_grain, g.period, g.shard
        FROM staged d
        CROSS JOIN LATERAL (VALUES
            ('', 'all', '', d.shard),
            ('', 'month', substr(d.expected_close_date, 1, 7), ''),
            ('', 'day', d.expected_close_date, ''),
            (d.owner_id, 'all', '', ''),
            (d.owner_id, 'month', substr(d.expected_close_date, 1, 7), ''),
            (d.owner_id, 'day', d.expected_close_date, '')
        ) AS g (owner_id, period_grain, period, shard)
        WHERE g.period IS NOT NULL
    )
    INSERT INTO opportunity_report_totals AS t (stage_id, owner_id, period_grain, period, status,
        currency, shard, opportunity_count, amount_high, amount_low, weighted_high, weighted_low)
    SELECT stage_id, owner_id, period_grain, period, status, currency, shard,
           SUM(sign),
           SUM(sign * (amount_e4 / 100000000)),
           SUM(sign * (amount_e4 % 100000000)),
           SUM(sign * (amount_e4 / 100000000) * probability),
           SUM(sign * (amount_e4 % 100000000) * probability)
    FROM grains
    GROUP BY stage_id, owner_id, period_grain, period, status, currency, shard
    HAVING SUM(sign) <> 0 OR SUM(sign * (amount_e4 / 100000000)) <> 0
        OR SUM(sign * (amount_e4 % 100000000)) <> 0
        OR SUM(sign * (amount_e4 / 100000000) * probability) <> 0
        OR SUM(sign * (amount_e4 % 100000000) * probability) <> 0
    ORDER BY stage_id, owner_id, period_grain, period, status, currency, shard
    ON CONFLICT (stage_id, owner_id, period_grain, period, status, currency, shard) DO UPDATE SET
        opportunity_count = t.opportunity_count + EXCLUDED.opportunity_count,
        amount_high = t.amount_high + EXCLUDED.amount_high,
        amount_low = t.amount_low + EXCLUDED.amount_low,
        weighted_high = t.weighted_high + EXCLUDED.weighted_high,
        weighted_low = t.weighted_low + EXCLUDED.weighted_low;
END
$body$;

CREATE FUNCTION opportunity_report_apply() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM opportunity_report_apply_staged();
    RETURN NULL;
END
$body$;

-- Only the first row a transaction stages queues the deferred trigger (the WHEN is evaluated at
-- once, not at commit), so a statement that changes many opportunities applies them once.
-- `opportunity_report.staged_in` (transaction-local; reverted with a rolled-back savepoint, as the
-- rows staged in it are) says whether this transaction has queued it.
CREATE CONSTRAINT TRIGGER opportunity_report_deltas_apply
    AFTER INSERT ON opportunity_report_deltas
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.first_in_transaction)
    EXECUTE FUNCTION opportunity_report_apply();

CREATE FUNCTION opportunity_report_stage() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    transaction_id BIGINT := txid_current();
    first_in_transaction BOOLEAN :=
        current_setting('opportunity_report.staged_in', true) IS DISTINCT FROM transaction_id::text;
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
        INSERT INTO opportunity_report_deltas VALUES (transaction_id, first_in_transaction, -1,
            right(OLD.id, 1), OLD.stage_id, OLD.owner_id, OLD.expected_close_date, OLD.status,
            OLD.currency, OLD.amount_e4, OLD.probability);
        IF first_in_transaction THEN
            PERFORM set_config('opportunity_report.staged_in', transaction_id::text, true);
            first_in_transaction := FALSE;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
        INSERT INTO opportunity_report_deltas VALUES (transaction_id, first_in_transaction, 1,
            right(NEW.id, 1), NEW.stage_id, NEW.owner_id, NEW.expected_close_date, NEW.status,
            NEW.currency, NEW.amount_e4, NEW.probability);
        IF first_in_transaction THEN
            PERFORM set_config('opportunity_report.staged_in', transaction_id::text, true);
        END IF;
    END IF;
    RETURN NULL;
END
$body$;

CREATE FUNCTION opportunity_report_clear() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM opportunity_report_totals;
    RETURN NULL;
END
$body$;

-- Every write path reaches the totals through these: create, patch, move, win/lose/reopen, line
-- items, soft delete/restore, purge, erasure, batches, and anything an operator runs by hand.
CREATE TRIGGER opportunities_report_insert_delete
    AFTER INSERT OR DELETE ON opportunities
    FOR EACH ROW EXECUTE FUNCTION opportunity_report_stage();
CREATE TRIGGER opportunities_report_update
    AFTER UPDATE OF stage_id, owner_id, expected_close_date, status, currency, amount_e4, probability, deleted_at
    ON opportunities
    FOR EACH ROW WHEN (
        OLD.stage_id IS DISTINCT FROM NEW.stage_id OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
        OR OLD.expected_close_date IS DISTINCT FROM NEW.expected_close_date
        OR OLD.status IS DISTINCT FROM NEW.status OR OLD.currency IS DISTINCT FROM NEW.currency
        OR OLD.amount_e4 IS DISTINCT FROM NEW.amount_e4 OR OLD.probability IS DISTINCT FROM NEW.probability
        OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL))
    EXECUTE FUNCTION opportunity_report_stage();
CREATE TRIGGER opportunities_report_truncate
    AFTER TRUNCATE ON opportunities
    FOR EACH STATEMENT EXECUTE FUNCTION opportunity_report_clear();

-- An existing database: the totals of the opportunities it holds. Creating the triggers above locked
-- opportunities against writes until this migration commits, so none is missed or counted twice.
INSERT INTO opportunity_report_deltas
SELECT txid_current(), FALSE, 1, right(id, 1), stage_id, owner_id, expected_close_date, status,
       currency, amount_e4, probability
FROM opportunities WHERE deleted_at IS NULL;
SELECT opportunity_report_apply_staged();
