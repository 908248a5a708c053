-- Raises directory_version for every municipality whose directory a statement changed (see
-- domain/organizations/directory-index.ts). Statement triggers with transition tables: an import of
-- thousands of rows raises it once per statement, not once per row.
CREATE FUNCTION directory_changed_in_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_version AS v (municipality_id, version)
    SELECT DISTINCT municipality_id, 1 FROM changed WHERE municipality_id IS NOT NULL
    ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION directory_changed_for_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_version AS v (municipality_id, version)
    SELECT DISTINCT o.municipality_id, 1 FROM changed c JOIN organization o ON o.id = c.organization_id
    ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "organization_directory_insert" AFTER INSERT ON "organization" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "organization_directory_update" AFTER UPDATE ON "organization" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "organization_directory_delete" AFTER DELETE ON "organization" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "district_directory_insert" AFTER INSERT ON "district" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "district_directory_update" AFTER UPDATE ON "district" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "district_directory_delete" AFTER DELETE ON "district" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "target_group_directory_insert" AFTER INSERT ON "target_group" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "target_group_directory_update" AFTER UPDATE ON "target_group" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "target_group_directory_delete" AFTER DELETE ON "target_group" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "organization_category_directory_insert" AFTER INSERT ON "organization_category" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_category_directory_update" AFTER UPDATE ON "organization_category" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_category_directory_delete" AFTER DELETE ON "organization_category" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_target_group_directory_insert" AFTER INSERT ON "organization_target_group" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_target_group_directory_update" AFTER UPDATE ON "organization_target_group" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_target_group_directory_delete" AFTER DELETE ON "organization_target_group" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_district_directory_insert" AFTER INSERT ON "organization_district" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_district_directory_update" AFTER UPDATE ON "organization_district" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_district_directory_delete" AFTER DELETE ON "organization_district" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
