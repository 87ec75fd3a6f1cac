CREATE TABLE "analytics_counts" (
	"measure" smallint NOT NULL,
	"region_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"sex" smallint NOT NULL,
	"age_group" smallint NOT NULL,
	"icd10_3" char(3) NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "analytics_counts_measure_region_code_year_sex_age_group_icd10_3_pk" PRIMARY KEY("measure","region_code","year","sex","age_group","icd10_3")
);
--> statement-breakpoint
CREATE INDEX "analytics_counts_year_idx" ON "analytics_counts" USING btree ("measure","year","region_code");