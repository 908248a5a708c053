CREATE TABLE "directory_version" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 0 NOT NULL
);
