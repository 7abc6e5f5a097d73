CREATE TABLE "hook_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"hook_id" text NOT NULL,
	"event" text NOT NULL,
	"body" text NOT NULL,
	"created_at" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" text NOT NULL,
	"lease_until" text,
	"last_attempt_at" text,
	"last_status" integer,
	"last_error" text,
	"delivered_at" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "hook_deliveries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	CONSTRAINT "hook_deliveries_status_check" CHECK (status in ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "hook_marks" (
	"id" integer PRIMARY KEY NOT NULL,
	"claim_seq" bigint NOT NULL,
	"review_seq" bigint NOT NULL,
	"updated_at" text NOT NULL,
	CONSTRAINT "hook_marks_one_row" CHECK (id = 1)
);
--> statement-breakpoint
CREATE TABLE "hooks" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"events" text[] NOT NULL,
	"secret" text NOT NULL,
	"created_at" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "hooks_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "seen_marks" (
	"user_id" text PRIMARY KEY NOT NULL,
	"seen_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hook_deliveries" ADD CONSTRAINT "hook_deliveries_hook_id_hooks_id_fk" FOREIGN KEY ("hook_id") REFERENCES "public"."hooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seen_marks" ADD CONSTRAINT "seen_marks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hook_deliveries_seq_key" ON "hook_deliveries" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "hook_deliveries_due_idx" ON "hook_deliveries" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "hook_deliveries_hook_idx" ON "hook_deliveries" USING btree ("hook_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "hooks_seq_key" ON "hooks" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "claims_created_at_idx" ON "claims" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "reviews_at_idx" ON "reviews" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sources_ingested_at_idx" ON "sources" USING btree ("ingested_at");