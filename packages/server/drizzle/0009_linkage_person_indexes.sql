-- Record linkage moves reports and deaths between persons and rebuilds a person's tumours: without
-- these, every merge scans both tables. (Declared here, not in registry.tables.ts, which the linkage
-- domain does not own; the lead may move them there when squashing.)
CREATE INDEX IF NOT EXISTS "reports_person_idx" ON "reports" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "deaths_person_idx" ON "deaths" USING btree ("person_id");
