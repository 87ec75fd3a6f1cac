import { type Static, Type } from 'typebox';
import { Nullable, PageQuery } from './common';

/** Kinds of linkage run: reports into persons, or deaths to persons. */
export const LINKAGE_KINDS = ['dedupe', 'deaths'] as const;
/** A linkage run's kind. */
export type LinkageKind = (typeof LINKAGE_KINDS)[number];
/** Schema of {@link LinkageKind}. */
export const LinkageKindSchema = Type.Unsafe<LinkageKind>({ type: 'string', enum: [...LINKAGE_KINDS] });

/**
 * Why a pair waits for a reviewer: between the thresholds (`grey_zone`), a link withheld because it
 * would join two valid resident IDs (`conflict`), a cut weak bridge of a cluster (`weak_bridge`), a
 * death with several close persons (`ambiguous`), a person claimed by two deaths.
 */
export const REVIEW_REASONS = [
  'grey_zone',
  'conflict',
  'weak_bridge',
  'ambiguous',
  'person_has_two_deaths',
] as const;
/** A review pair's reason. */
export type ReviewReason = (typeof REVIEW_REASONS)[number];
/** Schema of {@link ReviewReason}. */
export const ReviewReasonSchema = Type.Unsafe<ReviewReason>({ type: 'string', enum: [...REVIEW_REASONS] });

/** States of a review pair. */
export const REVIEW_STATUSES = ['open', 'linked', 'not_linked'] as const;
/** A review pair's state. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Schema of {@link ReviewStatus}. */
export const ReviewStatusSchema = Type.Unsafe<ReviewStatus>({ type: 'string', enum: [...REVIEW_STATUSES] });

/** Match-weight thresholds of a registry, in bits (log2 Bayes factor including the prior). */
export const LinkageThresholds = Type.Object({
  /** Pairs at or above are linked automatically. */
  link: Type.Number({ minimum: -60, maximum: 60 }),
  /** Pairs at or above (below `link`) go to clerical review. */
  review: Type.Number({ minimum: -60, maximum: 60 }),
});
/** Thresholds of a registry. */
export type LinkageThresholds = Static<typeof LinkageThresholds>;

/** Thresholds in force for a region, and where they come from. */
export const RegionThresholds = Type.Object({
  regionCode: Type.String(),
  thresholds: LinkageThresholds,
  /** The region whose row applies (itself or an ancestor), or null for the built-in defaults. */
  fromRegionCode: Nullable(Type.String()),
});
/** Thresholds in force for a region. */
export type RegionThresholds = Static<typeof RegionThresholds>;

/** Starts a run over the caller's region. */
export const StartLinkageRun = Type.Object({
  kind: LinkageKindSchema,
  /** Dedupe only: compare everything with everything again instead of the new reports only. */
  full: Type.Optional(Type.Boolean()),
});
/** Body of `POST /api/linkage/runs`. */
export type StartLinkageRun = Static<typeof StartLinkageRun>;

/** A linkage job and its progress (polled by the web app). */
export const LinkageRun = Type.Object({
  id: Type.String(),
  kind: LinkageKindSchema,
  mode: Type.String(),
  status: Type.Unsafe<'running' | 'done' | 'failed'>({ type: 'string', enum: ['running', 'done', 'failed'] }),
  regionCode: Type.String(),
  phase: Type.String(),
  /** 0…1. */
  progress: Type.Number(),
  recordsRead: Type.Integer(),
  newRecords: Type.Integer(),
  candidatePairs: Type.Integer(),
  autoLinks: Type.Integer(),
  reviewPairs: Type.Integer(),
  personsMerged: Type.Integer(),
  deathsLinked: Type.Integer(),
  unmatchedDeaths: Type.Integer(),
  thresholds: LinkageThresholds,
  durationMs: Nullable(Type.Integer()),
  message: Nullable(Type.String()),
  createdByName: Nullable(Type.String()),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
/** A linkage job. */
export type LinkageRun = Static<typeof LinkageRun>;

/** Filters of the review queue. */
export const ReviewPairQuery = Type.Object({
  ...PageQuery.properties,
  kind: Type.Optional(LinkageKindSchema),
  reason: Type.Optional(ReviewReasonSchema),
  status: Type.Optional(ReviewStatusSchema),
  minWeight: Type.Optional(Type.Number()),
  maxWeight: Type.Optional(Type.Number()),
});
/** Query of `GET /api/linkage/review-pairs`. */
export type ReviewPairQuery = Static<typeof ReviewPairQuery>;

/** A pair in the queue: names masked (张*华); identified data only in the audited detail. */
export const ReviewPairListItem = Type.Object({
  id: Type.String(),
  kind: LinkageKindSchema,
  reason: ReviewReasonSchema,
  status: ReviewStatusSchema,
  weight: Type.Number(),
  probability: Type.Number(),
  leftName: Type.String(),
  rightName: Type.String(),
  leftRegionCode: Type.String(),
  rightRegionCode: Type.String(),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
});
/** A queue row. */
export type ReviewPairListItem = Static<typeof ReviewPairListItem>;

/** One side of a pair, identified: what a reviewer compares. */
export const LinkageRecordView = Type.Object({
  kind: Type.Unsafe<'report' | 'death'>({ type: 'string', enum: ['report', 'death'] }),
  id: Type.String(),
  personId: Nullable(Type.String()),
  sourceId: Type.String(),
  name: Type.String(),
  idNumber: Nullable(Type.String()),
  sex: Type.Integer(),
  birthDate: Nullable(Type.String()),
  regionCode: Type.String(),
  regionName: Type.String(),
  /** Tumour site (report) or underlying cause of death (death), ICD-10. */
  icd10: Nullable(Type.String()),
  /** Diagnosis date (report) or death date (death). */
  eventDate: Nullable(Type.String()),
  institutionName: Nullable(Type.String()),
});
/** One side of a pair. */
export type LinkageRecordView = Static<typeof LinkageRecordView>;

/** The evidence of one field: level reached and log2(m/u) in bits (from `explainPair`). */
export const FieldEvidenceView = Type.Object({
  field: Type.String(),
  level: Type.String(),
  m: Nullable(Type.Number()),
  u: Nullable(Type.Number()),
  weight: Type.Number(),
  termFrequencyAdjusted: Type.Boolean(),
});
/** One field's evidence. */
export type FieldEvidenceView = Static<typeof FieldEvidenceView>;

/** A decision taken on a pair (the history, newest last). */
export const ReviewDecisionView = Type.Object({
  decision: Type.Unsafe<'linked' | 'not_linked' | 'undone'>({
    type: 'string',
    enum: ['linked', 'not_linked', 'undone'],
  }),
  note: Nullable(Type.String()),
  decidedAt: Type.String(),
});
/** A decision. */
export type ReviewDecisionView = Static<typeof ReviewDecisionView>;

/** A pair side by side, with the match weight explained field by field. */
export const ReviewPairDetail = Type.Object({
  id: Type.String(),
  kind: LinkageKindSchema,
  reason: ReviewReasonSchema,
  status: ReviewStatusSchema,
  weight: Type.Number(),
  probability: Type.Number(),
  priorWeight: Type.Number(),
  fields: Type.Array(FieldEvidenceView),
  left: LinkageRecordView,
  right: LinkageRecordView,
  note: Nullable(Type.String()),
  decisions: Type.Array(ReviewDecisionView),
});
/** A pair side by side. */
export type ReviewPairDetail = Static<typeof ReviewPairDetail>;

/** A reviewer's decision: same person, or different persons (skipping sends nothing). */
export const ReviewDecisionRequest = Type.Object({
  decision: Type.Unsafe<'linked' | 'not_linked'>({ type: 'string', enum: ['linked', 'not_linked'] }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
/** Body of `POST /api/linkage/review-pairs/:id/decision`. */
export type ReviewDecisionRequest = Static<typeof ReviewDecisionRequest>;

/** Body of `POST /api/linkage/review-pairs/:id/undo`. */
export const UndoDecisionRequest = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) });
/** Body of the undo route. */
export type UndoDecisionRequest = Static<typeof UndoDecisionRequest>;

/** An unlinked cancer death (cause C00–C97): a death-certificate-only candidate for trace-back. */
export const DcoCandidate = Type.Object({
  deathId: Type.String(),
  sourceId: Type.String(),
  name: Type.String(),
  sex: Type.Integer(),
  birthDate: Nullable(Type.String()),
  regionCode: Type.String(),
  deathDate: Type.String(),
  causeOfDeath: Type.String(),
  /** An open review pair still proposes a person for this death. */
  inReview: Type.Boolean(),
});
/** A DCO candidate. */
export type DcoCandidate = Static<typeof DcoCandidate>;

/** Body of `POST /api/linkage/deaths/:id/dco`: what the trace-back found (nothing). */
export const CreateDcoRequest = Type.Object({ traceBackNote: Type.String({ minLength: 1, maxLength: 500 }) });
/** Body of the DCO route. */
export type CreateDcoRequest = Static<typeof CreateDcoRequest>;

/** The death-certificate-only case created for a death. */
export const DcoResult = Type.Object({
  deathId: Type.String(),
  personId: Type.String(),
  reportId: Type.String(),
  tumourId: Type.String(),
});
/** Result of the DCO route. */
export type DcoResult = Static<typeof DcoResult>;
