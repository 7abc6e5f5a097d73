CREATE TABLE "read_docs" (
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"id" text NOT NULL,
	"body" text NOT NULL,
	"deps" text[] NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "read_docs_kind_scope_id_pk" PRIMARY KEY("kind","scope","id")
);
--> statement-breakpoint
CREATE TABLE "read_marks" (
	"id" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "read_state" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "read_docs_deps_idx" ON "read_docs" USING gin ("deps");--> statement-breakpoint
CREATE INDEX "read_marks_version_idx" ON "read_marks" USING btree ("version");