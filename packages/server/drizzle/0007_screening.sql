CREATE TABLE "screening_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"version" text NOT NULL,
	"assessed_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"high_risk" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_enrolment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name_sealed" text NOT NULL,
	"id_number_sealed" text NOT NULL,
	"id_number_index" text NOT NULL,
	"phone_sealed" text NOT NULL,
	"answers" jsonb,
	"consent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_exams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"region_code" char(6) NOT NULL,
	"cancer" text NOT NULL,
	"method" text NOT NULL,
	"appointment_date" date,
	"exam_date" date NOT NULL,
	"result_category" text NOT NULL,
	"positive" boolean NOT NULL,
	"pathology" text,
	"final_diagnosis" text,
	"stage" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_grids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"township" text NOT NULL,
	"village" text NOT NULL,
	"village_code" char(12),
	"doctor_name" text NOT NULL,
	"doctor_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "screening_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"cancer" text NOT NULL,
	"body" text NOT NULL,
	"sent_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_code" text NOT NULL,
	"region_code" char(6) NOT NULL,
	"grid_id" uuid NOT NULL,
	"name_sealed" text NOT NULL,
	"name_index" text NOT NULL,
	"id_number_sealed" text NOT NULL,
	"id_number_index" text NOT NULL,
	"phone_sealed" text,
	"sex" smallint NOT NULL,
	"birth_date" date NOT NULL,
	"residence" text NOT NULL,
	"person_id" uuid,
	"consent_date" date NOT NULL,
	"enrolled_on" date NOT NULL,
	"opted_out_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_programmes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"grid_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"completed_on" date,
	"outcome" text
);
--> statement-breakpoint
ALTER TABLE "screening_assessments" ADD CONSTRAINT "screening_assessments_participant_id_screening_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."screening_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_exams" ADD CONSTRAINT "screening_exams_participant_id_screening_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."screening_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_messages" ADD CONSTRAINT "screening_messages_participant_id_screening_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."screening_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_participants" ADD CONSTRAINT "screening_participants_programme_code_screening_programmes_code_fk" FOREIGN KEY ("programme_code") REFERENCES "public"."screening_programmes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_participants" ADD CONSTRAINT "screening_participants_grid_id_screening_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."screening_grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_participants" ADD CONSTRAINT "screening_participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_tasks" ADD CONSTRAINT "screening_tasks_exam_id_screening_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."screening_exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_tasks" ADD CONSTRAINT "screening_tasks_participant_id_screening_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."screening_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_assessments_participant_idx" ON "screening_assessments" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "screening_exams_participant_idx" ON "screening_exams" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "screening_exams_region_date_idx" ON "screening_exams" USING btree ("region_code","exam_date");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_grids_uq" ON "screening_grids" USING btree ("region_code","township","village");--> statement-breakpoint
CREATE INDEX "screening_messages_participant_idx" ON "screening_messages" USING btree ("participant_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_participants_person_uq" ON "screening_participants" USING btree ("programme_code","id_number_index");--> statement-breakpoint
CREATE INDEX "screening_participants_region_idx" ON "screening_participants" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "screening_participants_grid_idx" ON "screening_participants" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "screening_tasks_region_due_idx" ON "screening_tasks" USING btree ("region_code","due_date");--> statement-breakpoint
CREATE INDEX "screening_tasks_exam_idx" ON "screening_tasks" USING btree ("exam_id");