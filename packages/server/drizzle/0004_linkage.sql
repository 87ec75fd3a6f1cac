CREATE TABLE "linkage_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pair_key" text NOT NULL,
	"review_pair_id" uuid,
	"decision" text NOT NULL,
	"effect" jsonb,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_review_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid,
	"kind" text NOT NULL,
	"pair_key" text NOT NULL,
	"left_kind" text NOT NULL,
	"left_id" uuid NOT NULL,
	"left_region_code" char(6) NOT NULL,
	"right_kind" text NOT NULL,
	"right_id" uuid NOT NULL,
	"right_region_code" char(6) NOT NULL,
	"weight" double precision NOT NULL,
	"explanation" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"mode" text DEFAULT 'full' NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"region_code" char(6) NOT NULL,
	"phase" text DEFAULT 'reading' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"records_read" integer DEFAULT 0 NOT NULL,
	"new_records" integer DEFAULT 0 NOT NULL,
	"candidate_pairs" integer DEFAULT 0 NOT NULL,
	"auto_links" integer DEFAULT 0 NOT NULL,
	"review_pairs" integer DEFAULT 0 NOT NULL,
	"persons_merged" integer DEFAULT 0 NOT NULL,
	"deaths_linked" integer DEFAULT 0 NOT NULL,
	"unmatched_deaths" integer DEFAULT 0 NOT NULL,
	"model" jsonb,
	"training_records" integer,
	"thresholds" jsonb NOT NULL,
	"duration_ms" integer,
	"message" text,
	"created_by" uuid,
	"created_by_name" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "linkage_thresholds" (
	"region_code" char(6) PRIMARY KEY NOT NULL,
	"link_bits" double precision NOT NULL,
	"review_bits" double precision NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linked_reports" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "linkage_decisions" ADD CONSTRAINT "linkage_decisions_review_pair_id_linkage_review_pairs_id_fk" FOREIGN KEY ("review_pair_id") REFERENCES "public"."linkage_review_pairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_review_pairs" ADD CONSTRAINT "linkage_review_pairs_run_id_linkage_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."linkage_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "linkage_decisions_key_idx" ON "linkage_decisions" USING btree ("pair_key","decided_at");--> statement-breakpoint
CREATE INDEX "linkage_review_pairs_status_idx" ON "linkage_review_pairs" USING btree ("status","kind","weight");--> statement-breakpoint
CREATE INDEX "linkage_review_pairs_key_idx" ON "linkage_review_pairs" USING btree ("pair_key");--> statement-breakpoint
CREATE INDEX "linkage_runs_kind_idx" ON "linkage_runs" USING btree ("kind","started_at");