CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_id" text NOT NULL,
	"subject_type" text NOT NULL,
	"property" text NOT NULL,
	"value" jsonb NOT NULL,
	"value_ref" text,
	"value_text" text,
	"source_id" text,
	"evidence_start" integer,
	"evidence_end" integer,
	"evidence_quote" text,
	"author" jsonb NOT NULL,
	"created_at" text NOT NULL,
	"confidence" double precision NOT NULL,
	"initial_state" text NOT NULL,
	"supersedes" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "claims_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	CONSTRAINT "claims_initial_state_check" CHECK (initial_state in ('proposed', 'accepted', 'rejected')),
	CONSTRAINT "claims_evidence_check" CHECK ((evidence_start is null and evidence_end is null and evidence_quote is null) or (evidence_start is not null and evidence_end is not null and evidence_quote is not null and evidence_start >= 0 and evidence_end >= evidence_start))
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"created_at" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "entities_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"claim_id" text NOT NULL,
	"state" text NOT NULL,
	"author" jsonb NOT NULL,
	"at" text NOT NULL,
	"note" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "reviews_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	CONSTRAINT "reviews_state_check" CHECK (state in ('proposed', 'accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text,
	"title" text,
	"publisher" text,
	"published_at" text,
	"language" text,
	"content_hash" text NOT NULL,
	"text" text NOT NULL,
	"ingested_at" text NOT NULL,
	"duplicate_of" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "sources_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_subject_id_entities_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_value_ref_entities_id_fk" FOREIGN KEY ("value_ref") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_supersedes_claims_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_duplicate_of_sources_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claims_seq_key" ON "claims" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "claims_subject_idx" ON "claims" USING btree ("subject_id","seq");--> statement-breakpoint
CREATE INDEX "claims_value_ref_idx" ON "claims" USING btree ("value_ref","seq") WHERE "claims"."value_ref" is not null;--> statement-breakpoint
CREATE INDEX "claims_source_idx" ON "claims" USING btree ("source_id","seq");--> statement-breakpoint
CREATE INDEX "claims_type_property_idx" ON "claims" USING btree ("subject_type","property","seq");--> statement-breakpoint
CREATE INDEX "claims_supersedes_idx" ON "claims" USING btree ("supersedes");--> statement-breakpoint
CREATE UNIQUE INDEX "entities_seq_key" ON "entities" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "entities_type_seq_idx" ON "entities" USING btree ("type","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_seq_key" ON "reviews" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "reviews_claim_latest_idx" ON "reviews" USING btree ("claim_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_content_hash_key" ON "sources" USING btree ("content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_seq_key" ON "sources" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "sources_duplicate_of_idx" ON "sources" USING btree ("duplicate_of");