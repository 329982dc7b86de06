-- After every migration (Flyway callback, run by the owner account that migrates): the account the
-- application runs as may read and write the data, and nothing more. No DDL, no TRUNCATE, and on the
-- audit log only INSERT and SELECT: it does not own the table, so it cannot switch its triggers off,
-- and it is no superuser, so it cannot set session_replication_role. Idempotent, so a new table or a
-- renamed runtime account is covered by the next start.
do $$
declare
    app text := '${runtime_account}';
begin
    -- two nodes starting at once both run this: the grants of one at a time ("tuple concurrently updated" otherwise)
    perform pg_advisory_xact_lock(hashtext('leerteam-after-migrate'));
    if app = '' or app = current_user then
        -- one account for both: nothing to separate; Leerteam warns about it when it starts
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'The runtime database account "%" does not exist; create it first (see the README)', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('revoke create on schema public from %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
    execute format('revoke all on audit_log from %I', app);
    execute format('grant select, insert on audit_log to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
end
$$;
