-- Loads :rows opportunities, shaped like a sales team's data, into a database that the service's
-- `migrate` subcommand has built and that holds no opportunity yet:
--
--   psql -X -v ON_ERROR_STOP=1 -v rows=1000000 -f bench/seed.sql URL
--
-- Set-based SQL only (INSERT .. SELECT over generate_series), in one transaction, through the real
-- tables and their portable representations (ids as text, instants as microseconds, money x 10^4,
-- booleans as the columns' own type). What it makes, per 1,000,000 opportunities:
--   100,000 accounts, 200,000 contacts (two per account), 3 pipelines (the default one and two more,
--   14 stages), 300 owners (a few own many: the counts are skewed), 4 currencies (EUR 45%, USD 35%,
--   GBP 15%, JPY 5%), created over the last 3 years and expected to close 2-26 weeks later (so close
--   dates span about 3.5 years); of those whose close date has passed, 35% won, 50% lost, 15% still
--   open; 25% open in all; 30% priced by 1-3 line items, the rest by a manual amount (log-uniform,
--   500 to 500,000 units); 70% with a primary contact (a third of them with a second contact role);
--   0-2 notes (0.6 on average); a stage history row for every stage each went through (3 on
--   average); and the audit rows the service would have written (create, move_stage, win/lose,
--   update, line items, notes, accounts, contacts: 5.6 per opportunity). 0.5% are soft-deleted.
--   About 7.5 KB per opportunity with all of that and the indexes (10,000 rows: 83 MB).
--
-- Speed: the secondary indexes and the foreign keys of the tables it fills are dropped first and
-- rebuilt after the load (one sort per index, one join per foreign key, instead of millions of
-- random index inserts and row-by-row checks); their definitions are read from the catalog, so what
-- later migrations add is rebuilt too. Triggers stay: a row trigger added by a later migration
-- (report aggregates maintained by triggers, for instance) fires for every seeded row, which keeps
-- its table exact and makes the load slower. A migration that rather builds such a table from the
-- opportunities once needs the same done after this load (or the triggers disabled during it and
-- the table rebuilt set-based at the end).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';
SET synchronous_commit = off;
SET jit = off;

BEGIN;

SELECT (extract(epoch FROM date_trunc('second', now())) * 1000000)::bigint AS now_us,
       greatest(:rows / 10, 1) AS accounts,
       300 AS owners
\gset

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM opportunities) THEN
        RAISE EXCEPTION 'bench/seed.sql loads into a database without opportunities; this one has some';
    END IF;
END
$$;

-- A lower-case hyphenated version-4-shaped UUID, the same for the same (kind, n), so the seeded rows
-- can refer to each other; n scrambled in the first group spreads them over the index like random ids.
-- Kinds: 1 account, 2 contact, 3 opportunity, 4 owner, 5 line item, 6 stage history, 7 note,
-- 17-22 audit events, 33-37 request ids.
CREATE FUNCTION pg_temp.uid(kind int, n bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lpad(to_hex((n * 2654435761) % 4294967296), 8, '0') || '-' || lpad(to_hex(kind), 4, '0')
             || '-4000-8000-' || lpad(to_hex(n), 12, '0') $$;

-- The two pipelines beside the default one (the v1 migration made 'Sales' and its 6 stages).
INSERT INTO pipelines (id, name, is_default, created_at, updated_at, version) VALUES
    ('b0000000-0000-4000-8000-000000000002', 'Renewals', FALSE, :now_us - 1100 * 86400000000::bigint, :now_us - 1100 * 86400000000::bigint, 1),
    ('b0000000-0000-4000-8000-000000000003', 'Partner deals', FALSE, :now_us - 1100 * 86400000000::bigint, :now_us - 1100 * 86400000000::bigint, 1);
INSERT INTO stages (id, pipeline_id, name, position, probability, kind, forecast_category) VALUES
    ('b0000000-0000-4000-8000-000000000201', 'b0000000-0000-4000-8000-000000000002', 'Renewal due', 0, 60, 'open', 'best_case'),
    ('b0000000-0000-4000-8000-000000000202', 'b0000000-0000-4000-8000-000000000002', 'Quote sent', 1, 80, 'open', 'commit'),
    ('b0000000-0000-4000-8000-000000000203', 'b0000000-0000-4000-8000-000000000002', 'Renewed', 2, 100, 'won', 'closed'),
    ('b0000000-0000-4000-8000-000000000204', 'b0000000-0000-4000-8000-000000000002', 'Churned', 3, 0, 'lost', 'omitted'),
    ('b0000000-0000-4000-8000-000000000301', 'b0000000-0000-4000-8000-000000000003', 'Registered', 0, 10, 'open', 'pipeline'),
    ('b0000000-0000-4000-8000-000000000302', 'b0000000-0000-4000-8000-000000000003', 'Qualified', 1, 30, 'open', 'pipeline'),
    ('b0000000-0000-4000-8000-000000000303', 'b0000000-0000-4000-8000-000000000003', 'Proposal', 2, 60, 'open', 'best_case'),
    ('b0000000-0000-4000-8000-000000000304', 'b0000000-0000-4000-8000-000000000003', 'Contracting', 3, 85, 'open', 'commit'),
    ('b0000000-0000-4000-8000-000000000305', 'b0000000-0000-4000-8000-000000000003', 'Won', 4, 100, 'won', 'closed'),
    ('b0000000-0000-4000-8000-000000000306', 'b0000000-0000-4000-8000-000000000003', 'Lost', 5, 0, 'lost', 'omitted');

-- Stages numbered per pipeline: open ones 0.. by position, the won stage 100, the lost one 101.
CREATE TEMP TABLE t_stage AS
SELECT p.no AS pipeline_no, s.pipeline_id, s.id, s.name, s.probability, s.kind,
       CASE s.kind WHEN 'won' THEN 100 WHEN 'lost' THEN 101
           ELSE (row_number() OVER (PARTITION BY s.pipeline_id, s.kind ORDER BY s.position) - 1)::int END AS ord
FROM stages s
JOIN (VALUES (1, 'a0000000-0000-4000-8000-000000000001'), (2, 'b0000000-0000-4000-8000-000000000002'),
             (3, 'b0000000-0000-4000-8000-000000000003')) AS p (no, id) ON p.id = s.pipeline_id;
CREATE TEMP TABLE t_pipeline AS
SELECT pipeline_no, min(pipeline_id) AS pipeline_id, count(*) FILTER (WHERE kind = 'open')::int AS open_stages
FROM t_stage GROUP BY pipeline_no;
ANALYZE t_stage, t_pipeline;

-- Drop the secondary indexes (not those behind a constraint) and the foreign keys of the tables filled
-- here, to rebuild them at the end: one sort per index and one join per foreign key, instead of
-- millions of random index inserts and row-by-row key checks. Read from the catalog, so whatever later
-- migrations add is rebuilt too. Triggers stay.
CREATE TEMP TABLE t_seeded (name) AS
VALUES ('accounts'), ('contacts'), ('opportunities'), ('opportunity_contacts'), ('line_items'), ('notes'),
       ('stage_history'), ('audit_events');
CREATE TEMP TABLE t_index AS
SELECT i.indexname, i.indexdef
FROM pg_indexes i
WHERE i.schemaname = current_schema()
  AND i.tablename IN (SELECT name FROM t_seeded)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass);
CREATE TEMP TABLE t_foreign_key AS
SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
FROM pg_constraint c
WHERE c.contype = 'f'
  AND c.connamespace = current_schema()::regnamespace
  AND (c.conrelid::regclass::text IN (SELECT name FROM t_seeded)
       OR c.confrelid::regclass::text IN (SELECT name FROM t_seeded));
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT * FROM t_foreign_key LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', item.table_name, item.conname);
    END LOOP;
    FOR item IN SELECT * FROM t_index LOOP
        EXECUTE format('DROP INDEX %I', item.indexname);
    END LOOP;
END
$$;

-- Accounts: created over the last 3.5 years.
INSERT INTO accounts (id, name, domain, industry, country, employee_count, external_id, tags, created_at, updated_at, version)
SELECT pg_temp.uid(1, a),
       (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Hooli',
              'Vandelay', 'Wonka', 'Gringotts', 'Oscorp', 'Aperture', 'Monarch'])[1 + a % 16]
           || ' ' || (ARRAY['Logistics', 'Foods', 'Systems', 'Health', 'Energy', 'Retail', 'Finance', 'Media'])[1 + (a / 16) % 8]
           || ' ' || a,
       'customer' || a || '.example',
       (ARRAY['software', 'manufacturing', 'retail', 'healthcare', 'finance', 'logistics', 'energy', NULL])[1 + a % 8],
       (ARRAY['DE', 'FR', 'GB', 'US', 'US', 'US', 'NL', 'ES', 'IT', 'JP', 'SE', 'PL'])[1 + (a * 7) % 12],
       10 + (a * 7919) % 50000,
       CASE WHEN a % 5 = 0 THEN 'ERP-' || a END,
       (ARRAY['[]', '["enterprise"]', '["smb"]', '["strategic","enterprise"]'])[1 + a % 4],
       created, created + (a % 3) * 86400000000::bigint, 1 + a % 3
FROM (SELECT a, :now_us - 4 * 86400000000::bigint - floor(random() * 1270 * 86400000000)::bigint AS created
      FROM generate_series(1, :accounts) a) s;

-- Contacts: two per account (contact 2a-1 and 2a belong to account a).
INSERT INTO contacts (id, account_id, first_name, last_name, email, phone, job_title, country, lawful_basis,
                      marketing_consent, consent_recorded_at, processing_restricted, restriction_reason, legal_hold,
                      legal_hold_reason, legal_hold_until, erased_at, created_at, updated_at, version)
SELECT pg_temp.uid(2, c), pg_temp.uid(1, (c + 1) / 2),
       (ARRAY['Ada', 'Bruno', 'Chloe', 'Dmitri', 'Emma', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kenji', 'Lena'])[1 + c % 12],
       (ARRAY['Müller', 'Martin', 'Smith', 'Garcia', 'Rossi', 'Tanaka', 'Nowak', 'Jansen', 'Berg', 'Dubois'])[1 + (c / 12) % 10],
       'contact' || c || '@customer' || (c + 1) / 2 || '.example',
       CASE WHEN c % 3 = 0 THEN '+49 30 ' || lpad((c % 10000000)::text, 7, '0') END,
       (ARRAY['Head of Procurement', 'CTO', 'Operations Manager', 'CFO', 'IT Director', NULL])[1 + c % 6],
       (ARRAY['DE', 'FR', 'GB', 'US', 'NL', NULL])[1 + c % 6],
       (ARRAY['legitimate_interests', 'contract', 'consent'])[1 + c % 3],
       c % 3 = 2, CASE WHEN c % 3 = 2 THEN a.created_at END,
       FALSE, NULL, FALSE, NULL, NULL, NULL,
       a.created_at + 3600000000, a.created_at + 3600000000, 1
FROM generate_series(1, 2 * :accounts) c
JOIN accounts a ON a.id = pg_temp.uid(1, (c + 1) / 2);

-- The opportunities' drawn attributes.
CREATE TEMP TABLE t_opp AS
SELECT s.*,
       CASE WHEN h_ord.status = 'open' THEN h_ord.open_ord + 1 ELSE h_ord.reached_ord + 2 END AS history,
       h_ord.status, h_ord.open_ord, h_ord.reached_ord,
       CASE h_ord.status WHEN 'won' THEN 100 WHEN 'lost' THEN 101 ELSE h_ord.open_ord END AS final_ord
FROM (
    SELECT n, r_pipeline, r_status, r_stage, r_lines, r_misc,
           CASE WHEN r_pipeline < 0.7 THEN 1 WHEN r_pipeline < 0.9 THEN 2 ELSE 3 END AS pipeline_no,
           least(:accounts, 1 + floor(:accounts * power(random(), 1.3)))::bigint AS account_no,
           least(:owners, 1 + floor(:owners * power(random(), 1.7)))::int AS owner_no,
           created, close_days,
           (to_timestamp(created / 1000000.0) AT TIME ZONE 'UTC')::date + close_days AS close_date,
           CASE WHEN r_currency < 0.45 THEN 'EUR' WHEN r_currency < 0.80 THEN 'USD' WHEN r_currency < 0.95 THEN 'GBP'
                ELSE 'JPY' END AS currency,
           -- 500 to 500,000 units, log-uniform
           exp(ln(500) + random() * ln(1000)) AS amount_units,
           CASE WHEN r_lines < 0.3 THEN 1 + floor(random() * 3)::int ELSE 0 END AS lines,
           floor(random() * 3)::int AS updates,
           floor(random() * 2.2)::int AS notes,
           random() AS r_progress
    FROM (SELECT n, random() AS r_pipeline, random() AS r_status, random() AS r_stage, random() AS r_lines,
                 random() AS r_currency, random() AS r_misc,
                 :now_us - 86400000000::bigint - floor(random() * 1095 * 86400000000)::bigint AS created,
                 14 + floor(random() * 168)::int AS close_days
          FROM generate_series(1, :rows) n) r
) s
JOIN t_pipeline p USING (pipeline_no)
CROSS JOIN LATERAL (
    SELECT CASE WHEN s.close_date < current_date - 14 THEN
                    CASE WHEN s.r_status < 0.35 THEN 'won' WHEN s.r_status < 0.85 THEN 'lost' ELSE 'open' END
                WHEN s.r_status < 0.04 THEN 'won' WHEN s.r_status < 0.08 THEN 'lost'
                ELSE 'open' END AS status,
           floor(power(s.r_stage, 1.5) * p.open_stages)::int AS open_ord,
           floor(s.r_stage * p.open_stages)::int AS reached_ord
) h_ord;
ALTER TABLE t_opp ADD COLUMN end_at bigint, ADD COLUMN amount_e4 bigint;
-- The last event: closing (for closed ones), else the last move; never in the future.
UPDATE t_opp SET
    end_at = created + floor(r_progress * (least(:now_us - 3600000000, created + close_days * 86400000000::bigint) - created))::bigint,
    amount_e4 = CASE WHEN currency = 'JPY' THEN round(amount_units * 150) * 10000
                     ELSE round(amount_units * 100) * 100 END;
UPDATE t_opp SET end_at = created WHERE history = 1;
ANALYZE t_opp;

-- Line items: whole quantities and prices, 0% or 10% discount, so every total is exact in its currency.
CREATE TEMP TABLE t_line AS
SELECT o.n, j, o.currency, o.created,
       (ARRAY['Platform licence (seat, yearly)', 'Onboarding package', 'Premium support', 'Data migration',
              'Training day', 'API add-on'])[1 + (o.n + j) % 6] AS product,
       q AS quantity, p AS unit_price, d AS discount_e2, q * p * (10000 - d) AS total_e4
FROM t_opp o
CROSS JOIN LATERAL generate_series(1, o.lines) j
CROSS JOIN LATERAL (SELECT 1 + floor(random() * 200)::bigint AS q,
                           CASE WHEN o.currency = 'JPY' THEN 10 * (50 + floor(random() * 5000)::bigint)
                                ELSE 5 + floor(random() * 2000)::bigint END AS p,
                           CASE WHEN random() < 0.3 THEN 1000 ELSE 0 END AS d) x
WHERE o.lines > 0;
UPDATE t_opp o SET amount_e4 = l.total
FROM (SELECT n, sum(total_e4)::bigint AS total FROM t_line GROUP BY n) l
WHERE l.n = o.n;
ANALYZE t_line;

INSERT INTO opportunities (id, name, account_id, primary_contact_id, contact_roles, owner_id, pipeline_id, stage_id,
                           status, amount_e4, currency, amount_source, probability, expected_close_date, closed_at,
                           lost_reason, next_step, source, description, tags, external_id, stage_entered_at,
                           created_at, updated_at, version, deleted_at)
SELECT pg_temp.uid(3, o.n),
       (ARRAY['Platform', 'Renewal', 'Expansion', 'Pilot', 'Services', 'Support', 'Migration', 'Upgrade'])[1 + o.n % 8]
           || ' - ' || (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent',
                              'Hooli', 'Vandelay', 'Wonka', 'Gringotts', 'Oscorp', 'Aperture', 'Monarch'])[1 + o.account_no % 16]
           || ' ' || (10 + o.n % 990) || ' seats',
       pg_temp.uid(1, o.account_no),
       CASE WHEN o.r_misc < 0.7 THEN pg_temp.uid(2, 2 * o.account_no - 1) END,
       CASE WHEN o.r_misc < 0.23 THEN
                '[{"contact_id":"' || pg_temp.uid(2, 2 * o.account_no - 1) || '","role":"decision_maker"},'
                || '{"contact_id":"' || pg_temp.uid(2, 2 * o.account_no) || '","role":"champion"}]'
            WHEN o.r_misc < 0.7 THEN
                '[{"contact_id":"' || pg_temp.uid(2, 2 * o.account_no - 1) || '","role":"decision_maker"}]'
            ELSE '[]' END,
       pg_temp.uid(4, o.owner_no),
       s.pipeline_id, s.id, o.status, o.amount_e4, o.currency,
       CASE WHEN o.lines > 0 THEN 'line_items' ELSE 'manual' END,
       s.probability,
       CASE WHEN o.n % 33 <> 0 THEN to_char(o.close_date, 'YYYY-MM-DD') END,
       CASE WHEN o.status <> 'open' THEN o.end_at END,
       CASE WHEN o.status = 'lost' THEN (ARRAY['Chose a competitor on price', 'No budget this year', 'Project cancelled',
                                               'Went silent', 'Built it in house'])[1 + o.n % 5] END,
       CASE WHEN o.status = 'open' AND o.n % 2 = 0 THEN
                (ARRAY['Send the revised quote', 'Security review with the CISO', 'Demo for the operations team',
                       'Call to agree the rollout plan'])[1 + o.n % 4] END,
       (ARRAY['inbound', 'outbound', 'partner_referral', 'event', 'web', NULL])[1 + o.n % 6],
       CASE WHEN o.n % 5 < 2 THEN
                'The customer wants to replace their current tool before the end of the fiscal year. Main concerns: '
                || (ARRAY['price per seat and the length of the contract.', 'data residency in the EU and the audit trail.',
                          'integration with their ERP and single sign-on.', 'the migration of ten years of history.'])[1 + o.n % 4]
                || ' Budget holder is engaged; legal review expected to take two weeks.' END,
       (ARRAY['[]', '["enterprise"]', '["q4"]', '["enterprise","q1"]', '["smb"]', '[]'])[1 + o.n % 6],
       CASE WHEN o.n % 10 = 0 THEN 'CRM-' || o.n END,
       o.end_at, o.created, least(:now_us, o.end_at + o.updates * 3600000000::bigint),
       o.history + o.updates,
       CASE WHEN o.n % 200 = 0 THEN least(:now_us, o.end_at + 86400000000::bigint) END
FROM t_opp o
JOIN t_stage s ON s.pipeline_no = o.pipeline_no AND s.ord = o.final_ord;

INSERT INTO opportunity_contacts (opportunity_id, contact_id, role)
SELECT pg_temp.uid(3, n), pg_temp.uid(2, 2 * account_no - 1), 'decision_maker'
FROM t_opp WHERE r_misc < 0.7
UNION ALL
SELECT pg_temp.uid(3, n), pg_temp.uid(2, 2 * account_no), 'champion'
FROM t_opp WHERE r_misc < 0.23;

INSERT INTO line_items (id, opportunity_id, product, quantity_e4, unit_price_e4, discount_e2, total_e4, created_at, updated_at)
SELECT pg_temp.uid(5, n * 4 + j), pg_temp.uid(3, n), product, quantity * 10000,
       unit_price * 10000, discount_e2, total_e4, created, created
FROM t_line;

-- Stage history: the open stages 0..k it went through, then the won or lost stage for a closed one.
CREATE TEMP TABLE t_history AS
SELECT o.n, j, o.owner_no, o.amount_e4, o.currency, o.status AS opportunity_status, o.history, s.pipeline_id,
       s.id AS stage_id, s.name AS stage_name, s.kind, s.probability,
       CASE WHEN o.history = 1 THEN o.created
            ELSE o.created + (o.end_at - o.created) * j / (o.history - 1) END AS entered_at
FROM t_opp o
CROSS JOIN LATERAL generate_series(0, o.history - 1) j
JOIN t_stage s ON s.pipeline_no = o.pipeline_no
              AND s.ord = CASE WHEN j = o.history - 1 THEN o.final_ord ELSE j END;
ANALYZE t_history;

INSERT INTO stage_history (id, opportunity_id, pipeline_id, stage_id, stage_name, status, probability, amount_e4,
                           currency, entered_at, exited_at, changed_by, previous_stage_id, previous_probability)
SELECT pg_temp.uid(6, n * 8 + j), pg_temp.uid(3, n), pipeline_id, stage_id, stage_name,
       kind, probability, amount_e4, currency, entered_at,
       lead(entered_at) OVER w, pg_temp.uid(4, owner_no), lag(stage_id) OVER w, lag(probability) OVER w
FROM t_history
WINDOW w AS (PARTITION BY n ORDER BY j);

INSERT INTO notes (id, opportunity_id, author_id, body, created_at)
SELECT pg_temp.uid(7, o.n * 4 + j), pg_temp.uid(3, o.n), pg_temp.uid(4, o.owner_no),
       (ARRAY['Call with the buyer: they compare us with two other vendors; pricing decides.',
              'Sent the security questionnaire back. Waiting for their IT team to review it.',
              'Champion moved to another department; need a new sponsor before the proposal.',
              'Agreed on a pilot with 20 seats; success criteria written down in the shared doc.'])[1 + (o.n + j) % 4],
       o.created + (o.end_at - o.created) * j / 2 + 600000000
FROM t_opp o
CROSS JOIN LATERAL generate_series(1, o.notes) j
WHERE o.notes > 0;

-- The audit rows the service writes for all of the above (field names only, never values).
INSERT INTO audit_events (id, occurred_at, actor_id, action, resource_type, resource_id, request_id, changed_fields)
SELECT pg_temp.uid(17, a), created_at, 'seed-admin', 'create', 'account', id, pg_temp.uid(33, a),
       '["name","domain","industry","country","employee_count","external_id","tags"]'
FROM (SELECT row_number() OVER () AS a, id, created_at FROM accounts) x;
INSERT INTO audit_events (id, occurred_at, actor_id, action, resource_type, resource_id, request_id, changed_fields)
SELECT pg_temp.uid(18, c), created_at, 'seed-admin', 'create', 'contact', id, pg_temp.uid(34, c),
       '["first_name","last_name","email","phone","job_title","country","lawful_basis","marketing_consent"]'
FROM (SELECT row_number() OVER () AS c, id, created_at FROM contacts) x;
INSERT INTO audit_events (id, occurred_at, actor_id, action, resource_type, resource_id, request_id, changed_fields)
SELECT pg_temp.uid(19, n * 8 + j), entered_at, pg_temp.uid(4, owner_no),
       CASE WHEN j = 0 THEN 'create' WHEN kind = 'won' THEN 'win' WHEN kind = 'lost' THEN 'lose' ELSE 'move_stage' END,
       'opportunity', pg_temp.uid(3, n), pg_temp.uid(35, n * 8 + j),
       CASE WHEN j = 0 THEN '["name","account_id","primary_contact_id","contact_roles","owner_id","pipeline_id","stage_id",'
                            '"amount","currency","probability","expected_close_date","next_step","source","description",'
                            '"tags","external_id"]'
            WHEN kind = 'won' THEN '["stage_id","status","probability","closed_at"]'
            WHEN kind = 'lost' THEN '["stage_id","status","probability","closed_at","lost_reason"]'
            ELSE '["stage_id","probability"]' END
FROM t_history;
INSERT INTO audit_events (id, occurred_at, actor_id, action, resource_type, resource_id, request_id, changed_fields)
SELECT pg_temp.uid(20, o.n * 4 + u), least(:now_us, o.end_at + u * 3600000000::bigint), pg_temp.uid(4, o.owner_no),
       'update', 'opportunity', pg_temp.uid(3, o.n), pg_temp.uid(36, o.n * 4 + u),
       (ARRAY['["next_step"]', '["amount","expected_close_date"]', '["description","tags"]'])[1 + (o.n + u) % 3]
FROM t_opp o
CROSS JOIN LATERAL generate_series(1, o.updates) u
WHERE o.updates > 0;
INSERT INTO audit_events (id, occurred_at, actor_id, action, resource_type, resource_id, request_id, changed_fields)
SELECT pg_temp.uid(21, l.n * 4 + l.j), l.created, pg_temp.uid(4, o.owner_no), 'create', 'line_item',
       pg_temp.uid(5, l.n * 4 + l.j), pg_temp.uid(35, l.n * 8),
       '["product","quantity","unit_price","discount_percent"]'
FROM t_line l JOIN t_opp o USING (n);
INSERT INTO audit_events (id, occurred_at, actor_id, action, resource_type, resource_id, request_id, changed_fields)
SELECT pg_temp.uid(22, n.n), n.created_at, n.author_id, 'create', 'note', n.id, pg_temp.uid(37, n.n),
       '["body"]'
FROM (SELECT row_number() OVER () AS n, id, author_id, created_at FROM notes) n;

-- Rebuild the dropped indexes (one sort each), then the foreign keys (each checked by one join).
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT * FROM t_index LOOP
        EXECUTE item.indexdef;
    END LOOP;
    FOR item IN SELECT * FROM t_foreign_key LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', item.table_name, item.conname, item.definition);
    END LOOP;
END
$$;

COMMIT;

-- The report changes the triggers appended while loading (six per opportunity), folded into the
-- totals at once rather than by the service's first background run.
SELECT opportunity_report_compact() AS report_rows_folded \gset

ANALYZE opportunity_report_totals, opportunity_report_pending;
ANALYZE accounts, contacts, pipelines, stages, opportunities, opportunity_contacts, line_items, notes,
        stage_history, audit_events;
