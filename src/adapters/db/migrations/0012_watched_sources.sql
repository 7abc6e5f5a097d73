CREATE TABLE "watched_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"every_seconds" integer NOT NULL,
	"etag" text,
	"last_modified" text,
	"next_check_at" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_checked_at" text,
	"last_status" text,
	"last_error" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "watched_sources_url_key" ON "watched_sources" USING btree ("url");--> statement-breakpoint
CREATE INDEX "watched_sources_next_check_idx" ON "watched_sources" USING btree ("next_check_at");