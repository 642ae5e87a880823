-- Indexes for opportunity lists and reports that the v1 schema lacks, in the SQL both stores share.
-- docs/query-plans.md shows the plans PostgreSQL makes with them.

-- The currency filter, alone or with an amount range (amounts compare only within a currency), and
-- the amount sort within a currency: without it, a rare currency is found by walking a whole sort index.
CREATE INDEX opportunities_by_currency ON opportunities (currency, amount_e4, id) WHERE deleted_at IS NULL;

-- Covers both reports: they reach opportunities stage by stage (a pipeline is its stages) and read
-- only these columns, so a report is an index-only range scan per stage, narrowed by the close-date
-- range when there is one, and never reads the table. It also serves the list filter on a stage
-- without its pipeline, which opportunities_by_stage (led by pipeline_id) cannot.
CREATE INDEX opportunities_for_reports ON opportunities
    (stage_id, expected_close_date, owner_id, status, currency, probability, amount_e4)
    WHERE deleted_at IS NULL;
