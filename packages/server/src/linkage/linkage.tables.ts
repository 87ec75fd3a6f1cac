import {
  char,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One record-linkage job over the database (issue #4 part 4): a dedupe of reports into persons, or a
 * death linkage. The row is updated as the job goes, so the web app can poll its progress.
 */
export const linkageRuns = pgTable(
  'linkage_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // dedupe | deaths
    /** full (all against all) | incremental (new reports against the existing persons). */
    mode: text('mode').notNull().default('full'),
    status: text('status').notNull().default('running'), // running | done | failed
    /** The region subtree the run covered: the caller's region. */
    regionCode: char('region_code', { length: 6 }).notNull(),
    phase: text('phase').notNull().default('reading'),
    /** 0…1. */
    progress: doublePrecision('progress').notNull().default(0),
    recordsRead: integer('records_read').notNull().default(0),
    newRecords: integer('new_records').notNull().default(0),
    candidatePairs: integer('candidate_pairs').notNull().default(0),
    autoLinks: integer('auto_links').notNull().default(0),
    reviewPairs: integer('review_pairs').notNull().default(0),
    personsMerged: integer('persons_merged').notNull().default(0),
    deathsLinked: integer('deaths_linked').notNull().default(0),
    unmatchedDeaths: integer('unmatched_deaths').notNull().default(0),
    /** The Fellegi–Sunter model used (m, u, λ): incremental runs reuse the last full run's. */
    model: jsonb('model'),
    /** Records the model was trained on (to rescale its prior to another record count). */
    trainingRecords: integer('training_records'),
    thresholds: jsonb('thresholds').notNull(),
    durationMs: integer('duration_ms'),
    message: text('message'),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('linkage_runs_kind_idx').on(t.kind, t.startedAt)],
);

/**
 * A pair for clerical review: two reports (dedupe) or a report and a death (death linkage), with
 * the match weight explained field by field. The region codes are the records' own, so the scope
 * condition needs no join: a reviewer must have scope for both records.
 */
export const linkageReviewPairs = pgTable(
  'linkage_review_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id').references(() => linkageRuns.id),
    kind: text('kind').notNull(), // dedupe | deaths
    /** Stable key of the pair (see `pairKeyOf`): a decision is remembered under it. */
    pairKey: text('pair_key').notNull(),
    leftKind: text('left_kind').notNull(), // report
    leftId: uuid('left_id').notNull(),
    leftRegionCode: char('left_region_code', { length: 6 }).notNull(),
    rightKind: text('right_kind').notNull(), // report | death
    rightId: uuid('right_id').notNull(),
    rightRegionCode: char('right_region_code', { length: 6 }).notNull(),
    weight: doublePrecision('weight').notNull(),
    /** `explainPair` output: prior and per-field level, m, u, weight in bits. */
    explanation: jsonb('explanation').notNull(),
    reason: text('reason').notNull(), // grey_zone | conflict | weak_bridge | ambiguous | person_has_two_deaths
    status: text('status').notNull().default('open'), // open | linked | not_linked
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('linkage_review_pairs_status_idx').on(t.status, t.kind, t.weight),
    index('linkage_review_pairs_key_idx').on(t.pairKey),
  ],
);

/**
 * Clerical decisions, append-only: the latest row of a pair key is in force, so a pair is never asked
 * twice; an undo is a new row (`undone`) carrying what it reverted. `effect` holds what the decision
 * changed (merged person, linked death) so that it can be undone exactly.
 */
export const linkageDecisions = pgTable(
  'linkage_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairKey: text('pair_key').notNull(),
    reviewPairId: uuid('review_pair_id').references(() => linkageReviewPairs.id),
    decision: text('decision').notNull(), // linked | not_linked | undone
    effect: jsonb('effect'),
    note: text('note'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('linkage_decisions_key_idx').on(t.pairKey, t.decidedAt)],
);

/** Reports a dedupe run has seen: the next run compares only the others with the existing persons. */
export const linkedReports = pgTable('linked_reports', {
  reportId: uuid('report_id').primaryKey(),
  runId: uuid('run_id').notNull(),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Match-weight thresholds of a registry (issue #4 part 2); the nearest ancestor's apply below it. */
export const linkageThresholds = pgTable('linkage_thresholds', {
  regionCode: char('region_code', { length: 6 }).primaryKey(),
  /** Bits at or above which a pair is linked automatically. */
  linkBits: doublePrecision('link_bits').notNull(),
  /** Bits at or above which (below link) a pair goes to clerical review. */
  reviewBits: doublePrecision('review_bits').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
