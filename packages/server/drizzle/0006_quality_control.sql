CREATE TABLE "qc_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"source_id" text NOT NULL,
	"event_date" date,
	"patient_ref_sealed" text,
	"patient_ref_index" text,
	"payload" jsonb NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "qc_records_source_idx" ON "qc_records" USING btree ("institution_id","kind","source_id");--> statement-breakpoint
CREATE INDEX "qc_records_kind_date_idx" ON "qc_records" USING btree ("kind","event_date");--> statement-breakpoint
CREATE INDEX "qc_records_region_idx" ON "qc_records" USING btree ("region_code");