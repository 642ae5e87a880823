-- The audit log and the consent history cannot be edited through a connection of the service (issue 16).
-- SQLite has no roles, so triggers are the only means.
--
-- The one way to delete audit rows is the retention job (`store::retention`): inside its write transaction
-- it inserts its cutoff into audit_purge_window, deletes the audit rows older than it, and deletes the
-- window row again before COMMIT (a rollback removes it too), so no committed state ever opens the window.
-- A DELETE is let through only for a row older than a cutoff in that table; UPDATE is always refused.

CREATE TABLE audit_purge_window (
    purge_before BIGINT NOT NULL
);

CREATE TRIGGER audit_events_no_update
    BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE refused');
END;

CREATE TRIGGER audit_events_no_delete
    BEFORE DELETE ON audit_events
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_window WHERE OLD.occurred_at < purge_before)
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: DELETE refused');
END;

-- Consent history: the only change is an erasure clearing `evidence`; nothing is deleted.
CREATE TRIGGER consent_events_append_only
    BEFORE UPDATE ON consent_events
    WHEN NEW.evidence IS NOT NULL
      OR NEW.id IS NOT OLD.id OR NEW.contact_id IS NOT OLD.contact_id OR NEW.purpose IS NOT OLD.purpose
      OR NEW.status IS NOT OLD.status OR NEW.given_at IS NOT OLD.given_at
      OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
      OR NEW.source IS NOT OLD.source OR NEW.lawful_basis IS NOT OLD.lawful_basis
      OR NEW.text_version IS NOT OLD.text_version
BEGIN
    SELECT RAISE(ABORT, 'consent_events is append-only: UPDATE refused');
END;

CREATE TRIGGER consent_events_no_delete
    BEFORE DELETE ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'consent_events is append-only: DELETE refused');
END;
