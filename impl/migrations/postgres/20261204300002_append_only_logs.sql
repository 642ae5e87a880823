-- The audit log and the consent history cannot be edited through the service's own database role
-- (issue 16).
--
-- Why triggers and not grants: the service connects with one role (the RDS secret's), which also runs the
-- migrations at start-up and therefore owns the tables; an owner cannot be denied UPDATE/DELETE on its own
-- tables by a REVOKE. Grants would need a second, migration-only role in every deployment. A trigger holds
-- for every role but a superuser with session_replication_role = replica, and for the owner unless it
-- disables the trigger on purpose (DDL, visible in the database's log) - no code path of the service does.
--
-- The one way to delete audit rows is the retention job (`store::retention`): in its own transaction it
-- runs `SELECT set_config('oms.audit_purge_before', <cutoff micros>, true)` (transaction-local, gone at
-- COMMIT or ROLLBACK) and deletes rows older than that cutoff; the trigger lets a DELETE through only for a
-- row with occurred_at below the setting. UPDATE and TRUNCATE are always refused.

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    purge_before TEXT := current_setting('oms.audit_purge_before', true);
BEGIN
    IF TG_OP = 'DELETE' AND purge_before IS NOT NULL AND purge_before <> ''
       AND OLD.occurred_at < purge_before::BIGINT THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: TRUNCATE refused', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- Consent history: the only change is an erasure clearing `evidence`; nothing is deleted.
CREATE FUNCTION consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.evidence IS NULL
       AND (NEW.id, NEW.contact_id, NEW.purpose, NEW.status, NEW.given_at, NEW.recorded_at,
            NEW.recorded_by, NEW.source, NEW.lawful_basis, NEW.text_version)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.contact_id, OLD.purpose, OLD.status, OLD.given_at, OLD.recorded_at,
            OLD.recorded_by, OLD.source, OLD.lawful_basis, OLD.text_version) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'consent_events is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER consent_events_append_only
    BEFORE UPDATE OR DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION consent_events_append_only();

CREATE TRIGGER consent_events_no_truncate
    BEFORE TRUNCATE ON consent_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
