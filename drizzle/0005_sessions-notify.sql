-- NOTIFY sessions_changed with the person's id whenever their sessions, their name or e-mail, or their roles
-- change: on the embedded database, which only one process opens, the server then keeps who is signed in
-- in memory and forgets that person before the change returns (platform/auth/session-cache.ts).
CREATE FUNCTION sessions_changed_for_person_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sessions_changed', p.person_id::text) FROM (SELECT DISTINCT person_id FROM changed) p;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION sessions_changed_for_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sessions_changed', p.id::text) FROM changed p;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "session_sessions_update" AFTER UPDATE ON "session" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person_id();
--> statement-breakpoint
CREATE TRIGGER "session_sessions_delete" AFTER DELETE ON "session" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person_id();
--> statement-breakpoint
CREATE TRIGGER "role_grant_sessions_insert" AFTER INSERT ON "role_grant" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person_id();
--> statement-breakpoint
CREATE TRIGGER "role_grant_sessions_update" AFTER UPDATE ON "role_grant" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person_id();
--> statement-breakpoint
CREATE TRIGGER "role_grant_sessions_delete" AFTER DELETE ON "role_grant" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person_id();
--> statement-breakpoint
CREATE TRIGGER "person_sessions_update" AFTER UPDATE ON "person" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person();
--> statement-breakpoint
CREATE TRIGGER "person_sessions_delete" AFTER DELETE ON "person" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sessions_changed_for_person();
