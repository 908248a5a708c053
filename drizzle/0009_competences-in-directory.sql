-- The directory finds organisations by the competences they offer (domain/organizations/directory-tags.ts),
-- so a change to an organisation's resources, or to a municipality's own competences, changes its directory
-- as a change to its categories does.
CREATE TRIGGER "organization_resource_directory_insert" AFTER INSERT ON "organization_resource" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_resource_directory_update" AFTER UPDATE ON "organization_resource" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "organization_resource_directory_delete" AFTER DELETE ON "organization_resource" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_for_organization();
--> statement-breakpoint
CREATE TRIGGER "competence_directory_insert" AFTER INSERT ON "competence" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "competence_directory_update" AFTER UPDATE ON "competence" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
--> statement-breakpoint
CREATE TRIGGER "competence_directory_delete" AFTER DELETE ON "competence" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION directory_changed_in_municipality();
