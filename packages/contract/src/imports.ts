import { type Static, Type } from 'typebox';
import { Nullable, PageQuery } from './common';

/** What a bulk intake loads: cases.csv (report cards), deaths.csv, population.csv (data contract). */
export const IMPORT_KINDS = ['cases', 'deaths', 'population'] as const;
/** One of {@link IMPORT_KINDS}. */
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** Schema of an {@link ImportKind}. */
export const ImportKindSchema = Type.Unsafe<ImportKind>({ type: 'string', enum: [...IMPORT_KINDS] });

/** running → done (all or some rows committed) | rejected (strict mode, or a missing column) | failed. */
export const IMPORT_STATUSES = ['running', 'done', 'rejected', 'failed'] as const;
/** One of {@link IMPORT_STATUSES}. */
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * Options of an import (`orca import … --institution --accept --strict`, or the upload form's fields).
 * `accept`: rows without errors are accepted and consolidated at once (registry users importing coded
 * data; warnings are confirmed as "bulk import"). `strict`: any rejected row rejects the whole file.
 */
export const ImportOptions = Type.Object({
  kind: ImportKindSchema,
  institutionCode: Type.Optional(Type.String({ maxLength: 32 })),
  accept: Type.Optional(Type.Boolean({ default: false })),
  strict: Type.Optional(Type.Boolean({ default: false })),
});
/** See {@link ImportOptions}. */
export type ImportOptions = Static<typeof ImportOptions>;

/** A bulk intake job: progress while it runs, the outcome when it is done. */
export const ImportJobView = Type.Object({
  id: Type.String(),
  kind: ImportKindSchema,
  fileName: Type.String(),
  institutionCode: Nullable(Type.String()),
  status: Type.Unsafe<ImportStatus>({ type: 'string', enum: [...IMPORT_STATUSES] }),
  accept: Type.Boolean(),
  strict: Type.Boolean(),
  rowsRead: Type.Integer(),
  rowsAccepted: Type.Integer(),
  rowsRejected: Type.Integer(),
  rowsInserted: Type.Integer(),
  rowsUpdated: Type.Integer(),
  /** Bytes of the file read so far and in all: the progress measure (rows are not known in advance). */
  bytesRead: Type.Integer(),
  bytesTotal: Type.Integer(),
  message: Nullable(Type.String()),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
/** See {@link ImportJobView}. */
export type ImportJobView = Static<typeof ImportJobView>;

/** One rejected row: the file's line, the column and the reason (Chinese and English). */
export const ImportRejectionView = Type.Object({
  line: Type.Integer(),
  field: Nullable(Type.String()),
  ruleId: Nullable(Type.String()),
  reason: Type.String(),
});
/** See {@link ImportRejectionView}. */
export type ImportRejectionView = Static<typeof ImportRejectionView>;

/** `GET /api/registry/imports/:id/rejections` paging. */
export const ImportRejectionQuery = Type.Object({ ...PageQuery.properties });
/** See {@link ImportRejectionQuery}. */
export type ImportRejectionQuery = Static<typeof ImportRejectionQuery>;

/** `GET /api/registry/imports` paging. */
export const ImportListQuery = Type.Object({ ...PageQuery.properties });
/** See {@link ImportListQuery}. */
export type ImportListQuery = Static<typeof ImportListQuery>;
