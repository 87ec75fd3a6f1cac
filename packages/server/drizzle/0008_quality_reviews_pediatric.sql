CREATE TABLE "ped_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"region_code" char(6) NOT NULL,
	"name_sealed" text NOT NULL,
	"id_number_sealed" text,
	"id_number_index" text,
	"sex" smallint NOT NULL,
	"birth_date" date NOT NULL,
	"disease_code" text NOT NULL,
	"diagnosis_date" date NOT NULL,
	"managing_institution_id" uuid,
	"phase" text DEFAULT 'registered' NOT NULL,
	"family_doctor" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ped_designations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"disease_group" text NOT NULL,
	"role" text NOT NULL,
	"level" text NOT NULL,
	"group_name" text,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "ped_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"task" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"done_date" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "ped_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_institution_id" uuid NOT NULL,
	"to_institution_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_date" date NOT NULL,
	"trail" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qc_inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_date" date,
	"follow_up" text
);
--> statement-breakpoint
CREATE TABLE "qc_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"year" integer NOT NULL,
	"inspection_date" date NOT NULL,
	"inspectors" text NOT NULL,
	"summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qc_prescription_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"verdict" text,
	"note" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "qc_review_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"month" char(7) NOT NULL,
	"population" integer NOT NULL,
	"seed" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ped_cases_source_idx" ON "ped_cases" USING btree ("institution_id","source_id");--> statement-breakpoint
CREATE INDEX "ped_cases_region_idx" ON "ped_cases" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "ped_designations_region_idx" ON "ped_designations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "ped_follow_ups_case_idx" ON "ped_follow_ups" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ped_referrals_case_idx" ON "ped_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ped_referrals_to_idx" ON "ped_referrals" USING btree ("to_institution_id");--> statement-breakpoint
CREATE INDEX "qc_inspection_findings_idx" ON "qc_inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "qc_inspections_institution_idx" ON "qc_inspections" USING btree ("institution_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "qc_prescription_reviews_idx" ON "qc_prescription_reviews" USING btree ("batch_id","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qc_review_batches_month_idx" ON "qc_review_batches" USING btree ("institution_id","month");