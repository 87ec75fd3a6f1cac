CREATE INDEX "deaths_person_idx" ON "deaths" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "reports_person_idx" ON "reports" USING btree ("person_id");