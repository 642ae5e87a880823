-- Consent as an append-only history per purpose (issue 16): every consent given or withdrawn is a row, never
-- changed; the current state of a purpose is its last row. An erasure clears `evidence` (the one column that
-- may hold personal data) and keeps the rest, which says what was agreed, when, on what basis and text.
-- The per-backend migrations of the same version prefix add the triggers that refuse any other change.
CREATE TABLE consent_events (
    id           TEXT PRIMARY KEY,
    contact_id   TEXT NOT NULL REFERENCES contacts (id),
    purpose      TEXT NOT NULL CHECK (purpose IN ('marketing_email', 'marketing_calls', 'profiling')),
    status       TEXT NOT NULL CHECK (status IN ('given', 'withdrawn')),
    given_at     BIGINT NOT NULL,
    recorded_at  BIGINT NOT NULL,
    recorded_by  TEXT NOT NULL,
    source       TEXT NOT NULL,
    lawful_basis TEXT NOT NULL,
    text_version TEXT,
    evidence     TEXT
);
CREATE INDEX consent_events_by_contact ON consent_events (contact_id, given_at, recorded_at, id);
