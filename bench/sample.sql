-- Samples the ids and values bench-load builds its requests from, into the directory :dir (one file
-- per kind, one value per line; see bench/load/src/main.rs):
--
--   psql -X -v ON_ERROR_STOP=1 -v dir=/tmp/x -f bench/sample.sql URL
--
-- Random rows without sorting the whole table: TABLESAMPLE SYSTEM reads about the given percentage
-- of the pages, enough for a few thousand rows at any size.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
SELECT greatest(0.5, least(100, 2000000.0 / greatest(1, reltuples))) AS percent
FROM pg_class WHERE oid = 'opportunities'::regclass
\gset

CREATE TEMP TABLE t_sample AS
SELECT id, status, amount_source, pipeline_id, owner_id, created_at
FROM opportunities TABLESAMPLE SYSTEM (:percent)
WHERE deleted_at IS NULL
LIMIT 20000;

\set target :dir '/opportunities.txt'
\o :target
SELECT id FROM t_sample;
\set target :dir '/patchable.txt'
\o :target
SELECT id FROM t_sample WHERE status = 'open' AND amount_source = 'manual';
-- Each open opportunity with the open stages of its pipeline, comma-separated.
\set target :dir '/movable.txt'
\o :target
SELECT s.id || E'\t' || string_agg(st.id, ',' ORDER BY st.position) FROM t_sample s JOIN stages st ON st.pipeline_id = s.pipeline_id AND st.kind = 'open' WHERE s.status = 'open' GROUP BY s.id;
\set target :dir '/accounts.txt'
\o :target
SELECT id FROM accounts TABLESAMPLE SYSTEM (:percent) WHERE deleted_at IS NULL LIMIT 5000;
\set target :dir '/owners.txt'
\o :target
SELECT DISTINCT owner_id FROM t_sample;
\set target :dir '/pipelines.txt'
\o :target
SELECT id FROM pipelines;
\set target :dir '/stages.txt'
\o :target
SELECT pipeline_id || E'\t' || id FROM stages WHERE kind = 'open';
-- A cursor just past each sampled row in the default order (-created_at): the page a client reaches
-- after paging that deep. The service's cursor is base64url (no padding) of {"s": sort, "k": key, "i": id}.
\set target :dir '/cursors.txt'
\o :target
SELECT rtrim(translate(replace(encode(convert_to(json_build_object('s', '-created_at', 'k', created_at, 'i', id)::text, 'UTF8'), 'base64'), E'\n', ''), '+/', '-_'), '=') FROM t_sample LIMIT 5000;
\o
