CREATE TABLE "directory_change" (
	"municipality_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"organization_id" uuid
);
--> statement-breakpoint
CREATE INDEX "directory_change_version_idx" ON "directory_change" USING btree ("municipality_id","version");--> statement-breakpoint
-- Every raise of a municipality's directory_version also writes which organisations the statement changed
-- (at most 100, else one row without an organisation, as for a district or target group), and keeps the
-- last 1,000 versions: a server whose directory is behind reads just those organisations again
-- (domain/organizations/directory-index.ts).
CREATE FUNCTION raise_directory_versions(municipality_ids uuid[], organization_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  raised record;
  named uuid[];
BEGIN
  FOR raised IN
    INSERT INTO directory_version AS v (municipality_id, version)
      SELECT DISTINCT id, 1 FROM unnest(municipality_ids) AS id WHERE id IS NOT NULL
      ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1
      RETURNING v.municipality_id, v.version
  LOOP
    SELECT array_agg(DISTINCT c.organization_id) INTO named
      FROM unnest(municipality_ids, organization_ids) AS c (municipality_id, organization_id)
      WHERE c.municipality_id = raised.municipality_id
      HAVING count(DISTINCT c.organization_id) <= 100 AND bool_and(c.organization_id IS NOT NULL);
    INSERT INTO directory_change (municipality_id, version, organization_id)
      SELECT raised.municipality_id, raised.version, o FROM unnest(coalesce(named, array[NULL::uuid])) AS o;
    DELETE FROM directory_change WHERE municipality_id = raised.municipality_id AND version <= raised.version - 1000;
    PERFORM pg_notify('directory_changed', raised.municipality_id::text);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_changed_in_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raise_directory_versions(array(SELECT municipality_id FROM changed), NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION directory_changed_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  municipality_ids uuid[];
  organization_ids uuid[];
BEGIN
  SELECT array_agg(c.municipality_id), array_agg(c.id) INTO municipality_ids, organization_ids FROM changed c;
  PERFORM raise_directory_versions(municipality_ids, organization_ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_changed_for_organization() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  municipality_ids uuid[];
  organization_ids uuid[];
BEGIN
  SELECT array_agg(o.municipality_id), array_agg(o.id) INTO municipality_ids, organization_ids
    FROM changed c JOIN organization o ON o.id = c.organization_id;
  PERFORM raise_directory_versions(municipality_ids, organization_ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS raise_directory_versions(uuid[]);
--> statement-breakpoint
DROP TRIGGER "organization_directory_insert" ON "organization";
--> statement-breakpoint
DROP TRIGGER "organization_directory_update" ON "organization";
--> statement-breakpoint
DROP TRIGGER "organization_directory_delete" ON "organization";
--> statement-breakpoint
CREATE TRIGGER "organization_directory_insert" AFTER INSERT ON "organization" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_organizations();
--> statement-breakpoint
CREATE TRIGGER "organization_directory_update" AFTER UPDATE ON "organization" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_organizations();
--> statement-breakpoint
CREATE TRIGGER "organization_directory_delete" AFTER DELETE ON "organization" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_organizations();
