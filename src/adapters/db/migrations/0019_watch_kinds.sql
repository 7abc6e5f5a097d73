ALTER TABLE "watched_sources" ADD COLUMN "kind" text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
ALTER TABLE "watched_sources" ADD COLUMN "link_hosts" text[] DEFAULT '{}'::text[] NOT NULL;