-- Two database roles: Flyway runs as the owner of the schema (quarkus.flyway.username), the application as a
-- role that owns nothing (quarkus.datasource.username, named here by lantian.db.app-role). A table's owner can
-- ALTER TABLE event_log DISABLE TRIGGER and rewrite history; a role that owns no table cannot, whatever it
-- runs. So the application gets rows, never structure: SELECT/INSERT/UPDATE/DELETE on every table, the event
-- log only SELECT and INSERT, sequences to draw ids from, Flyway's history only to read.
--
-- One user for both (the default, and every deployment before this one) stays valid: the grant is then a
-- no-op. Switching such a deployment to two roles later: run SELECT grant_app_role('<app role>') as the
-- owner (docs/operations.md, "Database roles"); this migration has already run by then.
CREATE FUNCTION grant_app_role(app text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    schema text := current_schema;
BEGIN
    IF app = current_user THEN
        RAISE NOTICE 'the application role % is the migration user: one user owns and uses the schema, nothing to grant (docs/operations.md, "Database roles")', app;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'the application role % does not exist: CREATE ROLE % LOGIN PASSWORD ... first (docs/operations.md, "Database roles")', app, app;
    END IF;
    -- an owner could switch the append-only trigger off: the application must own nothing here
    IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = schema AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = app)) THEN
        RAISE EXCEPTION 'the application role % owns objects in schema %: REASSIGN OWNED BY % TO % first (docs/operations.md, "Database roles")', app, schema, app, current_user;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, app);
    -- the event log is appended to and read, never changed (the trigger says so too, for everyone)
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON event_log FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %I', '${flyway:table}', app);
    -- tables and sequences the owner creates in later migrations: the same rows-only access
    -- (a later append-only table revokes UPDATE and DELETE in its own migration, as above)
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', schema, app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', schema, app);
END;
$$;
REVOKE ALL ON FUNCTION grant_app_role(text) FROM PUBLIC;

SELECT grant_app_role('${app_role}');
