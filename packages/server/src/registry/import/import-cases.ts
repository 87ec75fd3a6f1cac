import { randomUUID } from 'node:crypto';
import { RULESET_VERSION } from '@orca/checks';
import { sql } from 'drizzle-orm';
import type { Sealer } from '../../crypto/sealing';
import { bulkInsert } from '../../db/bulk-insert';
import type { Db } from '../../db/database';
import type { TableRow } from '../../files/table-reader';
import { reports } from '../registry.tables';
import { bulkUpdate } from '../reports/bulk-update';
import { consolidateAccepted, detachReports } from '../reports/consolidate-accepted';
import {
  caseRecordOf,
  type ParsedCard,
  type RawCard,
  rawOfCard,
  readCard,
  reportRowOf,
  splitRow,
} from '../reports/report-card';
import { presentReport } from '../reports/reports.present';
import { formulaCells, type KindHandler, type Rejection } from './import-kinds';
import { markSeen } from './seen-keys';

/** One card row ready to be written. */
export interface CaseItem {
  line: number;
  parsed: ParsedCard;
  extra: RawCard;
  institutionId: string;
  findings: ReturnType<typeof readCard>['findings'];
}

/** What the case import needs to know about its caller and options. */
export interface CaseImportSettings {
  jobId: string;
  sealer: Sealer;
  today: string;
  /** Accept and consolidate rows without errors; warnings confirmed as "bulk import". */
  accept: boolean;
  /** The reporting institution of every row, or null to read the `institution_code` column. */
  institutionId: string | null;
  /** Institution code → id and county, every institution. */
  institutions: ReadonlyMap<string, { id: string; regionCode: string }>;
  /** Counties the caller may write (null: any, for the CLI's system user). */
  regions: ReadonlySet<string> | null;
  /** A hospital reporter's own institution: rows of another are rejected. */
  ownInstitutionId: string | null;
  createdBy: string | null;
  username: string;
}

const REQUIRED = ['id', 'name', 'sex', 'region_code', 'diagnosis_date', 'icd10', 'basis'];

function fingerprint(p: ParsedCard, extra: RawCard | null): string {
  const { institutionCode: _ignored, ...values } = p;
  const sortedExtra = Object.entries(extra ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([values, sortedExtra]);
}

/**
 * cases.csv → report cards, upserted by (institution, source id): new ids are inserted, known ids
 * updated, never duplicated. A card accepted before and unchanged in the file is left alone; a card
 * accepted before and changed is taken out of its tumour (the tumour rebuilt from its other reports)
 * and then either accepted and consolidated again (`accept`) or sent back to review as submitted.
 *
 * @param s - settings of the import
 * @returns the handler the import driver runs
 */
export function caseHandler(s: CaseImportSettings): KindHandler<CaseItem> {
  return {
    requiredColumns(columns) {
      const missing = REQUIRED.filter((c) => !columns.has(c));
      if (!columns.has('birth_date') && !columns.has('age')) missing.push('birth_date');
      if (!s.institutionId && !columns.has('institution_code')) missing.push('institution_code');
      return missing;
    },

    readRow(row: TableRow) {
      const formulas = formulaCells(row);
      if (formulas.length > 0) return { rejections: formulas };
      const { raw, extra } = splitRow(row.values);
      const reject = (field: string, reason: string, ruleId: string | null = null) => ({
        rejections: [{ line: row.line, field, ruleId, reason }],
      });
      let institutionId = s.institutionId;
      if (!institutionId) {
        const code = raw.institution_code ?? '';
        const found = s.institutions.get(code);
        if (!found)
          return reject('institution_code', code ? `报告单位编码 ${code} 不存在` : '报告单位编码缺失');
        institutionId = found.id;
      }
      if (s.ownInstitutionId && institutionId !== s.ownInstitutionId)
        return reject('institution_code', '医院只能导入本单位的报告卡');
      const read = readCard(raw, s.today);
      if (!read.parsed || read.hasErrors) {
        const rejections: Rejection[] = read.findings
          .filter((f) => f.severity === 'error')
          .map((f) => ({ line: row.line, field: f.field, ruleId: f.ruleId, reason: f.message.zh }));
        for (const p of read.problems) {
          if (!rejections.some((r) => r.field === p.field))
            rejections.push({ line: row.line, field: p.field, ruleId: p.ruleId, reason: p.reason });
        }
        return { rejections };
      }
      if (s.regions && !s.regions.has(read.parsed.regionCode))
        return reject('region_code', `地区 ${read.parsed.regionCode} 不在您的管辖范围内`);
      return {
        item: { line: row.line, parsed: read.parsed, extra, institutionId, findings: read.findings },
      };
    },

    async flush(tx: Db, items: CaseItem[]) {
      const rejections: Rejection[] = [];
      const keyOf = (i: CaseItem) => `${i.institutionId}|${i.parsed.sourceId}`;
      const fresh = await markSeen(tx, items.map(keyOf));
      const batch: CaseItem[] = [];
      for (const item of items) {
        if (fresh.has(keyOf(item))) {
          fresh.delete(keyOf(item));
          batch.push(item);
        } else
          rejections.push({
            line: item.line,
            field: 'id',
            ruleId: 'duplicate_id',
            reason: `记录编号 ${item.parsed.sourceId} 在文件中重复`,
          });
      }
      if (batch.length === 0) return { inserted: 0, updated: 0, rejections };
      const existing = await tx
        .select()
        .from(reports)
        .where(
          sql`(${reports.institutionId}, ${reports.sourceId}) in (select * from unnest(${sql.param(batch.map((i) => i.institutionId))}::uuid[], ${sql.param(batch.map((i) => i.parsed.sourceId))}::text[]))`,
        );
      const byKey = new Map(existing.map((r) => [`${r.institutionId}|${r.sourceId}`, r]));
      const now = new Date();
      const status = s.accept ? 'accepted' : 'submitted';
      const inserts: Record<string, unknown>[] = [];
      const updates: Record<string, unknown>[] = [];
      const untouched: Record<string, unknown>[] = [];
      const detach: string[] = [];
      const toConsolidate: { id: string; item: CaseItem }[] = [];
      for (const item of batch) {
        const old = byKey.get(keyOf(item));
        if (old?.status === 'accepted') {
          const before = presentReport({ report: old, institutionCode: '', institutionName: '' }, s.sealer);
          const reread = readCard(rawOfCard({ ...before.card, institutionCode: '' }), s.today).parsed;
          const same =
            reread !== null &&
            fingerprint(reread, (old.extra as RawCard | null) ?? null) ===
              fingerprint(item.parsed, item.extra);
          if (same) {
            untouched.push({ id: old.id, importJobId: s.jobId });
            continue;
          }
          detach.push(old.id);
        }
        const warnings = item.findings.filter((f) => f.severity === 'warning');
        const row = {
          ...reportRowOf(
            item.parsed,
            s.sealer,
            item.institutionId,
            status,
            { rulesetVersion: RULESET_VERSION, findings: item.findings, hasErrors: false },
            item.extra,
          ),
          importJobId: s.jobId,
          returnReason: null,
          // Data already coded by the registry: its warnings stand confirmed, by whom and how.
          confirmedWarnings: s.accept
            ? warnings.map((f) => ({
                ruleId: f.ruleId,
                field: f.field,
                reason: 'bulk import',
                by: s.username,
              }))
            : null,
          personId: null,
          tumourId: null,
          updatedAt: now,
        };
        const id = old?.id ?? randomUUID();
        if (old) updates.push({ ...row, id });
        else inserts.push({ ...row, id, createdBy: s.createdBy, createdAt: now });
        if (s.accept) toConsolidate.push({ id, item });
      }
      await detachReports(tx, detach);
      await bulkInsert(tx, reports, inserts);
      if (updates.length > 0) {
        const fields = Object.keys(updates[0]!).filter((k) => k !== 'id');
        await bulkUpdate(tx, reports, 'id', fields, updates);
      }
      await bulkUpdate(tx, reports, 'id', ['importJobId'], untouched);
      await consolidateAccepted(
        tx,
        s.sealer,
        toConsolidate.map(({ id, item }) => ({
          reportId: id,
          record: caseRecordOf(item.parsed),
          institutionId: item.institutionId,
        })),
      );
      return { inserted: inserts.length, updated: updates.length, rejections };
    },
  };
}
