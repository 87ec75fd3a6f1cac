CREATE TABLE "audit_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"user_id" uuid,
	"username" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"purpose" text,
	"detail" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"region_code" char(6) NOT NULL,
	"institution_id" uuid,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"grade" text,
	"region_code" char(6) NOT NULL,
	CONSTRAINT "institutions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "region_closure" (
	"ancestor_code" char(6) NOT NULL,
	"descendant_code" char(6) NOT NULL,
	"depth" integer NOT NULL,
	CONSTRAINT "region_closure_ancestor_code_descendant_code_pk" PRIMARY KEY("ancestor_code","descendant_code")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" char(6)
);
--> statement-breakpoint
CREATE TABLE "deaths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" text NOT NULL,
	"region_code" char(6) NOT NULL,
	"name_sealed" text NOT NULL,
	"name_index" text NOT NULL,
	"id_number_sealed" text,
	"id_number_index" text,
	"sex" smallint NOT NULL,
	"birth_date" date,
	"death_date" date NOT NULL,
	"cause_of_death" text,
	"person_id" uuid,
	CONSTRAINT "deaths_source_id_unique" UNIQUE("source_id")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"institution_id" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_accepted" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"rows_inserted" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"message" text,
	"created_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_rejections" (
	"job_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"field" text,
	"rule_id" text,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "life_tables" (
	"region_code" text DEFAULT '' NOT NULL,
	"year" smallint NOT NULL,
	"sex" smallint NOT NULL,
	"age" smallint NOT NULL,
	"qx" text NOT NULL,
	CONSTRAINT "life_tables_region_code_year_sex_age_pk" PRIMARY KEY("region_code","year","sex","age")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name_sealed" text NOT NULL,
	"name_index" text NOT NULL,
	"id_number_sealed" text,
	"id_number_index" text,
	"phone_sealed" text,
	"address_sealed" text,
	"sex" smallint NOT NULL,
	"birth_date" date,
	"ethnicity" char(2),
	"occupation" text,
	"vital_status" smallint,
	"last_contact_date" date,
	"death_date" date,
	"cause_of_death" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "populations" (
	"region_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"sex" smallint NOT NULL,
	"age_group" smallint NOT NULL,
	"population" integer NOT NULL,
	CONSTRAINT "populations_region_code_year_sex_age_group_pk" PRIMARY KEY("region_code","year","sex","age_group")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"return_reason" text,
	"region_code" char(6) NOT NULL,
	"name_sealed" text NOT NULL,
	"name_index" text NOT NULL,
	"id_number_sealed" text,
	"id_number_index" text,
	"phone_sealed" text,
	"address_sealed" text,
	"sex" smallint NOT NULL,
	"birth_date" date,
	"age_years" smallint,
	"ethnicity" text,
	"marital_status" text,
	"occupation" text,
	"diagnosis_date" date NOT NULL,
	"diagnosis_text" text,
	"icd10" text NOT NULL,
	"topography" text,
	"morphology" text,
	"grade" smallint,
	"laterality" smallint,
	"basis" smallint,
	"basis_original" smallint,
	"tnm_t" text,
	"tnm_n" text,
	"tnm_m" text,
	"stage" text,
	"treatment" text,
	"vital_status" smallint,
	"last_contact_date" date,
	"cause_of_death" text,
	"reporting_doctor" text,
	"report_date" date,
	"extra" jsonb,
	"ruleset_version" text,
	"findings" jsonb,
	"confirmed_warnings" jsonb,
	"has_errors" boolean DEFAULT false NOT NULL,
	"person_id" uuid,
	"tumour_id" uuid,
	"import_job_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tumours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"institution_id" uuid,
	"source_id" text,
	"report_count" integer DEFAULT 1 NOT NULL,
	"diagnosis_date" date NOT NULL,
	"icd10" text NOT NULL,
	"topography" text,
	"morphology" text,
	"basis" smallint,
	"basis_original" smallint,
	"stage" text,
	"status" text DEFAULT 'accepted' NOT NULL,
	"report_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deaths" ADD CONSTRAINT "deaths_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rejections" ADD CONSTRAINT "import_rejections_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_tumour_id_tumours_id_fk" FOREIGN KEY ("tumour_id") REFERENCES "public"."tumours"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tumours" ADD CONSTRAINT "tumours_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tumours" ADD CONSTRAINT "tumours_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "institutions_region_idx" ON "institutions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "region_closure_desc_idx" ON "region_closure" USING btree ("descendant_code");--> statement-breakpoint
CREATE INDEX "deaths_region_date_idx" ON "deaths" USING btree ("region_code","death_date");--> statement-breakpoint
CREATE INDEX "deaths_id_number_idx" ON "deaths" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "import_rejections_job_idx" ON "import_rejections" USING btree ("job_id","line");--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "persons" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "persons_id_number_idx" ON "persons" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "persons_name_idx" ON "persons" USING btree ("name_index");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_source_uq" ON "reports" USING btree ("institution_id","source_id");--> statement-breakpoint
CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status","region_code");--> statement-breakpoint
CREATE INDEX "reports_tumour_idx" ON "reports" USING btree ("tumour_id");--> statement-breakpoint
CREATE INDEX "reports_id_number_idx" ON "reports" USING btree ("id_number_index");--> statement-breakpoint
CREATE INDEX "tumours_person_idx" ON "tumours" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "tumours_region_date_idx" ON "tumours" USING btree ("region_code","diagnosis_date");--> statement-breakpoint
CREATE INDEX "tumours_institution_idx" ON "tumours" USING btree ("institution_id");