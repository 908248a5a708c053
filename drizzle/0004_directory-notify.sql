-- Also NOTIFY directory_changed with the municipality's id: the embedded database is opened by one process
-- only, which learns of every change this way instead of reading directory_version on every search
-- (see domain/organizations/directory-index.ts). PostgreSQL discards the notice when nobody listens.
CREATE FUNCTION raise_directory_versions(municipality_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  raised uuid;
BEGIN
  FOR raised IN
    INSERT INTO directory_version AS v (municipality_id, version)
      SELECT DISTINCT id, 1 FROM unnest(municipality_ids) AS id WHERE id IS NOT NULL
      ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1
      RETURNING v.municipality_id
  LOOP
    PERFORM pg_notify('directory_changed', raised::text);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_changed_in_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raise_directory_versions(array(SELECT municipality_id FROM changed));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_changed_for_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raise_directory_versions(array(SELECT o.municipality_id FROM changed c JOIN organization o ON o.id = c.organization_id));
  RETURN NULL;
END $$;
