-- Who acted: a signed-in user, or a partner's server with a client-credentials token (issue 14).
-- Rows written before partners' clients existed were all users'.
ALTER TABLE audit_events ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'user';
