-- Report totals without a hot row (PostgreSQL). The first version (20261203090000) applied each
-- transaction's changes to opportunity_report_totals at commit: every write to one stage, month and
-- currency then queued on the same total rows for the length of a commit (its WAL flush included),
-- and 500 creates a second in one month waited in line for them.
--
-- Now a change only appends: the row trigger inserts the opportunity's contribution to each of its
-- six totals into opportunity_report_pending, which nobody updates, so concurrent writers lock
-- nothing in common. opportunity_report_compact() folds pending rows into the totals in one
-- transaction (the service runs it every second in the background, one process at a time).
-- Readers sum the totals and the pending rows of the same key range in one statement, so they see
-- either a pending row or the total it was folded into, never both and never neither: the reports
-- stay exact at every instant, and how much is pending only bounds what a report reads (a second's
-- worth of writes at most while the service runs).
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
CREATE INDEX opportunity_report_pending_key
    ON opportunity_report_pending (stage_id, owner_id, period_grain, period, status, currency);

-- The staging of the first version goes; what it staged was applied when its transactions committed.
DROP TRIGGER opportunity_report_deltas_apply ON opportunity_report_deltas;
DROP FUNCTION opportunity_report_apply();

-- One opportunity row's contribution to its six totals, with a sign (-1 for the old row, 1 for the
-- new), appended to the pending rows.
CREATE FUNCTION opportunity_report_append(
    p_sign BIGINT, p_stage_id TEXT, p_owner_id TEXT, p_close_date TEXT, p_status TEXT,
    p_currency TEXT, p_amount_e4 BIGINT, p_probability BIGINT
) RETURNS void LANGUAGE sql AS $body$
    INSERT INTO opportunity_report_pending (stage_id, owner_id, period_grain, period, status,
        currency, opportunity_count, amount_high, amount_low, weighted_high, weighted_low)
    SELECT p_stage_id, g.owner_id, g.period_grain, g.period, p_status, p_currency, p_sign,
           p_sign * (p_amount_e4 / 100000000),
           p_sign * (p_amount_e4 % 100000000),
           p_sign * (p_amount_e4 / 100000000) * p_probability,
           p_sign * (p_amount_e4 % 100000000) * p_probability
    FROM (VALUES
        ('', 'all', ''),
        ('', 'month', substr(p_close_date, 1, 7)),
        ('', 'day', p_close_date),
        (p_owner_id, 'all', ''),
        (p_owner_id, 'month', substr(p_close_date, 1, 7)),
        (p_owner_id, 'day', p_close_date)
    ) AS g (owner_id, period_grain, period)
    WHERE g.period IS NOT NULL
$body$;

-- The same trigger function the triggers on opportunities already call.
CREATE OR REPLACE FUNCTION opportunity_report_stage() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
        PERFORM opportunity_report_append(-1, OLD.stage_id, OLD.owner_id, OLD.expected_close_date,
            OLD.status, OLD.currency, OLD.amount_e4, OLD.probability);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
        PERFORM opportunity_report_append(1, NEW.stage_id, NEW.owner_id, NEW.expected_close_date,
            NEW.status, NEW.currency, NEW.amount_e4, NEW.probability);
    END IF;
    RETURN NULL;
END
$body$;

-- Folds every pending row this transaction sees into the totals, and says how many it folded
-- (0 when another session is folding: the advisory lock lets one do it at a time; the others have
-- nothing to wait for). Rows committed meanwhile stay pending for the next call. The totals are
-- written in key order, and only here, so folding never waits on a writer nor a writer on it.
CREATE FUNCTION opportunity_report_compact() RETURNS BIGINT LANGUAGE plpgsql AS $body$
DECLARE
    folded BIGINT;
BEGIN
    IF NOT pg_try_advisory_xact_lock(7160353890214723) THEN
        RETURN 0;
    END IF;
    WITH moved AS (
        DELETE FROM opportunity_report_pending RETURNING *
    ), summed AS (
        INSERT INTO opportunity_report_totals AS t (stage_id, owner_id, period_grain, period, status,
            currency, shard, opportunity_count, amount_high, amount_low, weighted_high, weighted_low)
        SELECT stage_id, owner_id, period_grain, period, status, currency, '',
               SUM(opportunity_count), SUM(amount_high), SUM(amount_low), SUM(weighted_high),
               SUM(weighted_low)
        FROM moved
        GROUP BY stage_id, owner_id, period_grain, period, status, currency
        ORDER BY stage_id, owner_id, period_grain, period, status, currency
        ON CONFLICT (stage_id, owner_id, period_grain, period, status, currency, shard) DO UPDATE SET
            opportunity_count = t.opportunity_count + EXCLUDED.opportunity_count,
            amount_high = t.amount_high + EXCLUDED.amount_high,
            amount_low = t.amount_low + EXCLUDED.amount_low,
            weighted_high = t.weighted_high + EXCLUDED.weighted_high,
            weighted_low = t.weighted_low + EXCLUDED.weighted_low
    )
    SELECT COUNT(*) INTO folded FROM moved;
    RETURN folded;
END
$body$;

-- opportunity_report_apply_staged() stays for a rebuild (it reads opportunity_report_deltas, which
-- nothing stages into any more): see the first version's comments.
