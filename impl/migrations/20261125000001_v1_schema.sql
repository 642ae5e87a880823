-- The v1 schema, in the SQL that PostgreSQL and SQLite share: the same migrations build both stores.
--
-- Portable representations, chosen so that one query text serves both databases through sqlx's Any
-- driver and both sort and compare identically:
--   ids          TEXT, lower-case hyphenated UUIDs
--   instants     BIGINT, microseconds since the Unix epoch, UTC
--   dates        TEXT, YYYY-MM-DD (sorts as dates)
--   money        BIGINT, the amount times 10^4 (every ISO 4217 minor unit fits; exact)
--   quantities   BIGINT, times 10^4; percentages BIGINT, times 10^2
--   lists        TEXT holding a JSON array
-- Soft-deleted rows have deleted_at set; list indexes are partial on deleted_at IS NULL.

CREATE TABLE accounts (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    domain         TEXT,
    industry       TEXT,
    country        TEXT,
    employee_count BIGINT,
    external_id    TEXT,
    tags           TEXT NOT NULL DEFAULT '[]',
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    version        BIGINT NOT NULL,
    deleted_at     BIGINT
);
CREATE UNIQUE INDEX accounts_external_id ON accounts (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX accounts_by_created ON accounts (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX accounts_by_updated ON accounts (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX accounts_by_name ON accounts (name, id) WHERE deleted_at IS NULL;

CREATE TABLE contacts (
    id                    TEXT PRIMARY KEY,
    account_id            TEXT NOT NULL REFERENCES accounts (id),
    first_name            TEXT NOT NULL,
    last_name             TEXT NOT NULL,
    email                 TEXT,
    phone                 TEXT,
    job_title             TEXT,
    country               TEXT,
    lawful_basis          TEXT NOT NULL,
    marketing_consent     BOOLEAN NOT NULL,
    consent_recorded_at   BIGINT,
    processing_restricted BOOLEAN NOT NULL,
    restriction_reason    TEXT,
    legal_hold            BOOLEAN NOT NULL,
    legal_hold_reason     TEXT,
    legal_hold_until      TEXT,
    erased_at             BIGINT,
    created_at            BIGINT NOT NULL,
    updated_at            BIGINT NOT NULL,
    version               BIGINT NOT NULL,
    deleted_at            BIGINT
);
CREATE INDEX contacts_by_created ON contacts (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_account ON contacts (account_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_updated ON contacts (updated_at, id) WHERE deleted_at IS NULL;

CREATE TABLE pipelines (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    is_default BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version    BIGINT NOT NULL
);
-- Exactly one default pipeline: at most one row may have is_default, and the service keeps one.
CREATE UNIQUE INDEX pipelines_one_default ON pipelines (is_default) WHERE is_default;
CREATE INDEX pipelines_by_created ON pipelines (created_at, id);

CREATE TABLE stages (
    id                TEXT PRIMARY KEY,
    pipeline_id       TEXT NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    position          BIGINT NOT NULL,
    probability       BIGINT NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind              TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    forecast_category TEXT NOT NULL CHECK (forecast_category IN ('pipeline', 'best_case', 'commit', 'closed', 'omitted'))
);
CREATE INDEX stages_by_pipeline ON stages (pipeline_id, position);

CREATE TABLE opportunities (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    account_id          TEXT NOT NULL REFERENCES accounts (id),
    primary_contact_id  TEXT REFERENCES contacts (id),
    -- The contact roles as a JSON array of {contact_id, role}, so a read is one row; opportunity_contacts
    -- holds the same links for lookups by contact (GDPR export and erasure). Both are written together.
    contact_roles       TEXT NOT NULL DEFAULT '[]',
    owner_id            TEXT NOT NULL,
    pipeline_id         TEXT NOT NULL REFERENCES pipelines (id),
    stage_id            TEXT NOT NULL REFERENCES stages (id),
    status              TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
    amount_e4           BIGINT NOT NULL CHECK (amount_e4 >= 0),
    currency            TEXT NOT NULL,
    amount_source       TEXT NOT NULL CHECK (amount_source IN ('manual', 'line_items')),
    probability         BIGINT NOT NULL CHECK (probability BETWEEN 0 AND 100),
    expected_close_date TEXT,
    closed_at           BIGINT,
    lost_reason         TEXT,
    next_step           TEXT,
    source              TEXT,
    description         TEXT,
    tags                TEXT NOT NULL DEFAULT '[]',
    external_id         TEXT,
    stage_entered_at    BIGINT NOT NULL,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    version             BIGINT NOT NULL,
    deleted_at          BIGINT,
    CHECK ((status = 'lost') = (lost_reason IS NOT NULL)),
    CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX opportunities_external_id ON opportunities (external_id) WHERE external_id IS NOT NULL;
-- One index per sort key, each ending in id for a stable keyset order; filters that narrow a lot
-- (owner, account, stage) lead their own indexes.
CREATE INDEX opportunities_by_created ON opportunities (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_updated ON opportunities (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_close ON opportunities (COALESCE(expected_close_date, '9999-12-31'), id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_amount ON opportunities (amount_e4, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_name ON opportunities (name, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_owner ON opportunities (owner_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_account ON opportunities (account_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_stage ON opportunities (pipeline_id, stage_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_status ON opportunities (status, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_by_primary_contact ON opportunities (primary_contact_id) WHERE primary_contact_id IS NOT NULL;

CREATE TABLE opportunity_contacts (
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    contact_id     TEXT NOT NULL REFERENCES contacts (id),
    role           TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, contact_id)
);
CREATE INDEX opportunity_contacts_by_contact ON opportunity_contacts (contact_id);

CREATE TABLE line_items (
    id               TEXT PRIMARY KEY,
    opportunity_id   TEXT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    product          TEXT NOT NULL,
    quantity_e4      BIGINT NOT NULL CHECK (quantity_e4 >= 0),
    unit_price_e4    BIGINT NOT NULL CHECK (unit_price_e4 >= 0),
    discount_e2      BIGINT NOT NULL CHECK (discount_e2 BETWEEN 0 AND 10000),
    total_e4         BIGINT NOT NULL CHECK (total_e4 >= 0),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX line_items_by_opportunity ON line_items (opportunity_id, created_at, id);

CREATE TABLE notes (
    id             TEXT PRIMARY KEY,
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    author_id      TEXT NOT NULL,
    body           TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);
CREATE INDEX notes_by_opportunity ON notes (opportunity_id, created_at, id);

CREATE TABLE stage_history (
    id                   TEXT PRIMARY KEY,
    opportunity_id       TEXT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    pipeline_id          TEXT NOT NULL,
    stage_id             TEXT NOT NULL,
    stage_name           TEXT NOT NULL,
    status               TEXT NOT NULL,
    probability          BIGINT NOT NULL,
    amount_e4            BIGINT NOT NULL,
    currency             TEXT NOT NULL,
    entered_at           BIGINT NOT NULL,
    exited_at            BIGINT,
    changed_by           TEXT NOT NULL,
    previous_stage_id    TEXT,
    previous_probability BIGINT
);
CREATE INDEX stage_history_by_opportunity ON stage_history (opportunity_id, entered_at, id);

-- Who read or changed what. Field names only, never values: no personal data, so erasure need not reach it.
CREATE TABLE audit_events (
    id             TEXT PRIMARY KEY,
    occurred_at    BIGINT NOT NULL,
    actor_id       TEXT NOT NULL,
    action         TEXT NOT NULL,
    resource_type  TEXT NOT NULL,
    resource_id    TEXT NOT NULL,
    request_id     TEXT,
    changed_fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_events_by_time ON audit_events (occurred_at, id);
CREATE INDEX audit_events_by_resource ON audit_events (resource_id, occurred_at, id);
CREATE INDEX audit_events_by_actor ON audit_events (actor_id, occurred_at, id);

-- Idempotency-Key records: the first response to a (principal, key), replayed for 24 hours.
CREATE TABLE idempotency_keys (
    principal     TEXT NOT NULL,
    idem_key      TEXT NOT NULL,
    operation     TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    status        BIGINT,
    headers       TEXT,
    body          TEXT,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);

-- A usable fresh database: the default sales pipeline, with well-known ids (the contract's examples use them).
INSERT INTO pipelines (id, name, is_default, created_at, updated_at, version)
VALUES ('a0000000-0000-4000-8000-000000000001', 'Sales', TRUE, 1793491200000000, 1793491200000000, 1);
INSERT INTO stages (id, pipeline_id, name, position, probability, kind, forecast_category) VALUES
    ('a0000000-0000-4000-8000-000000000101', 'a0000000-0000-4000-8000-000000000001', 'Qualification', 0, 10, 'open', 'pipeline'),
    ('a0000000-0000-4000-8000-000000000102', 'a0000000-0000-4000-8000-000000000001', 'Needs analysis', 1, 20, 'open', 'pipeline'),
    ('a0000000-0000-4000-8000-000000000103', 'a0000000-0000-4000-8000-000000000001', 'Proposal', 2, 50, 'open', 'best_case'),
    ('a0000000-0000-4000-8000-000000000104', 'a0000000-0000-4000-8000-000000000001', 'Negotiation', 3, 75, 'open', 'commit'),
    ('a0000000-0000-4000-8000-000000000105', 'a0000000-0000-4000-8000-000000000001', 'Closed won', 4, 100, 'won', 'closed'),
    ('a0000000-0000-4000-8000-000000000106', 'a0000000-0000-4000-8000-000000000001', 'Closed lost', 5, 0, 'lost', 'omitted');
