CREATE TABLE "watched_items" (
	"key" text PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"seen_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "paused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "last_new_at" text;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "items" integer DEFAULT 0 NOT NULL;