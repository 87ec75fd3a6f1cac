CREATE TABLE "follow_up_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"task_id" uuid,
	"death_id" uuid,
	"contact_date" date NOT NULL,
	"method" text NOT NULL,
	"vital_status" smallint NOT NULL,
	"death_date" date,
	"cause_of_death" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"assigned_institution_id" uuid,
	"due_date" date NOT NULL,
	"basis_last_contact_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quality_thresholds" (
	"region_code" char(6) PRIMARY KEY NOT NULL,
	"mv_min_pct" double precision NOT NULL,
	"dco_max_pct" double precision NOT NULL,
	"mi_min" double precision NOT NULL,
	"mi_max" double precision NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up_contacts" ADD CONSTRAINT "follow_up_contacts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_contacts" ADD CONSTRAINT "follow_up_contacts_task_id_follow_up_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."follow_up_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_contacts" ADD CONSTRAINT "follow_up_contacts_death_id_deaths_id_fk" FOREIGN KEY ("death_id") REFERENCES "public"."deaths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_assigned_institution_id_institutions_id_fk" FOREIGN KEY ("assigned_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_contacts_person_idx" ON "follow_up_contacts" USING btree ("person_id","contact_date");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_region_status_idx" ON "follow_up_tasks" USING btree ("region_code","status","due_date");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_person_idx" ON "follow_up_tasks" USING btree ("person_id");