-- Also NOTIFY directory_changed with the municipality's id: the embedded database is opened by one process
-- only, which learns of every change this way instead of reading directory_version on every search
-- (see domain/organizations/directory-index.ts). PostgreSQL discards the notice when nobody listens.
CREATE OR REPLACE FUNCTION directory_changed_in_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised uuid;
BEGIN
  FOR raised IN
    INSERT INTO directory_version AS v (municipality_id, version)
      SELECT DISTINCT municipality_id, 1 FROM changed WHERE municipality_id IS NOT NULL
      ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1
      RETURNING v.municipality_id
  LOOP
    PERFORM pg_notify('directory_changed', raised::text);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION directory_changed_for_organization() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised uuid;
BEGIN
  FOR raised IN
    INSERT INTO directory_version AS v (municipality_id, version)
      SELECT DISTINCT o.municipality_id, 1 FROM changed c JOIN organization o ON o.id = c.organization_id
      ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1
      RETURNING v.municipality_id
  LOOP
    PERFORM pg_notify('directory_changed', raised::text);
  END LOOP;
  RETURN NULL;
END $$;
