-- Webhook subscriptions and their deliveries (store/webhooks.rs, webhooks/). The dispatcher fans
-- the change feed (change_events) out into one delivery per (subscription, event), the UNIQUE key
-- making a repeated fan-out harmless, then sends each delivery until the receiver answers 2xx or
-- its retries (about 27 hours) run out. Payloads hold the event only: ids, types, field names.
CREATE TABLE webhook_subscriptions (
    id                      TEXT   PRIMARY KEY,
    url                     TEXT   NOT NULL,
    -- A JSON array of event types; empty: every type.
    event_types             TEXT   NOT NULL DEFAULT '[]',
    description             TEXT,
    -- The signing secrets, encrypted (webhooks/secrets.rs: AES-256-GCM under a key the database
    -- does not hold). The previous secret stays valid until previous_secret_expires_at.
    secret_sealed           TEXT   NOT NULL,
    previous_secret_sealed  TEXT,
    previous_secret_expires_at BIGINT,
    enabled                 BIGINT NOT NULL CHECK (enabled IN (0, 1)),
    disabled_reason         TEXT,
    -- Where the fan-out stands in the feed (a change_events (txid, position)).
    feed_txid               BIGINT NOT NULL,
    feed_position           BIGINT NOT NULL,
    created_at              BIGINT NOT NULL,
    updated_at              BIGINT NOT NULL,
    version                 BIGINT NOT NULL
);
CREATE INDEX webhook_subscriptions_by_created ON webhook_subscriptions (created_at, id);

CREATE TABLE webhook_deliveries (
    id               TEXT   PRIMARY KEY,
    subscription_id  TEXT   NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    -- The Standard Webhooks message id: the event's id, the same on every attempt and redelivery.
    event_id         TEXT   NOT NULL,
    event_type       TEXT   NOT NULL,
    -- The event's place in the feed; -1 for test events, which no other delivery waits for.
    event_txid       BIGINT NOT NULL,
    event_position   BIGINT NOT NULL,
    payload          TEXT   NOT NULL,
    status           TEXT   NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT NOT NULL,
    -- A dispatcher's claim: until then no other dispatcher sends it (a killed one's claim expires).
    lease_until      BIGINT,
    last_attempt_at  BIGINT,
    last_status_code BIGINT,
    last_latency_ms  BIGINT,
    last_response    TEXT,
    last_error       TEXT,
    delivered_at     BIGINT,
    created_at       BIGINT NOT NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_in_order ON webhook_deliveries (subscription_id, status, event_txid, event_position);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_by_created ON webhook_deliveries (subscription_id, created_at, id);
