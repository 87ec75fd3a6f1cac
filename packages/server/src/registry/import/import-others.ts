import { randomUUID } from 'node:crypto';
import { checkDeath, readDate } from '@orca/checks';
import { normaliseIcd10, normaliseResidentId, parseSex } from '@orca/codes';
import { inArray, sql } from 'drizzle-orm';
import type { Sealer } from '../../crypto/sealing';
import { bulkInsert } from '../../db/bulk-insert';
import type { Db } from '../../db/database';
import type { TableRow } from '../../files/table-reader';
import { deaths, populations } from '../registry.tables';
import { bulkUpdate } from '../reports/bulk-update';
import { formulaCells, type KindHandler, type Rejection } from './import-kinds';
import { markSeen } from './seen-keys';

/** Counties the caller may write (null: any). */
export type RegionFilter = ReadonlySet<string> | null;

type DeathInsert = typeof deaths.$inferInsert & { line: number };

/**
 * deaths.csv (death surveillance, 死因监测) → deaths, upserted by source id: a re-import updates,
 * never duplicates. Rows are checked by the rule set's death rules; errors reject the row.
 *
 * @param sealer - seals names and ID numbers
 * @param today - `YYYY-MM-DD`
 * @param regions - counties the caller may write
 * @returns the handler
 */
export function deathHandler(sealer: Sealer, today: string, regions: RegionFilter): KindHandler<DeathInsert> {
  return {
    requiredColumns: (columns) =>
      ['id', 'name', 'sex', 'region_code', 'death_date', 'cause_of_death'].filter((c) => !columns.has(c)),
    readRow(row: TableRow) {
      const formulas = formulaCells(row);
      if (formulas.length > 0) return { rejections: formulas };
      const v = row.values;
      const errors = checkDeath(v, { today }).filter((f) => f.severity === 'error');
      const rejections: Rejection[] = errors.map((f) => ({
        line: row.line,
        field: f.field,
        ruleId: f.ruleId,
        reason: f.message.zh,
      }));
      const sex = parseSex(v.sex ?? '');
      const deathDate = readDate(v.death_date ?? '');
      const birthDate = v.birth_date ? readDate(v.birth_date) : null;
      if (rejections.length === 0 && (sex === null || deathDate === null || (v.birth_date && !birthDate)))
        rejections.push({
          line: row.line,
          field: 'death_date',
          ruleId: 'date_invalid',
          reason: '日期或性别无效',
        });
      const regionCode = v.region_code ?? '';
      if (rejections.length === 0 && regions && !regions.has(regionCode))
        rejections.push({
          line: row.line,
          field: 'region_code',
          ruleId: null,
          reason: `地区 ${regionCode} 不在您的管辖范围内`,
        });
      if (rejections.length > 0) return { rejections };
      const idNumber = v.id_number ? normaliseResidentId(v.id_number) : null;
      return {
        item: {
          line: row.line,
          sourceId: v.id!,
          regionCode,
          nameSealed: sealer.seal(v.name ?? ''),
          nameIndex: sealer.nameIndex(v.name ?? ''),
          idNumberSealed: sealer.sealOrNull(idNumber),
          idNumberIndex: idNumber ? sealer.idNumberIndex(idNumber) : null,
          sex: sex!,
          birthDate,
          deathDate: deathDate!,
          causeOfDeath: normaliseIcd10(v.cause_of_death ?? '') ?? v.cause_of_death ?? null,
        },
      };
    },
    async flush(tx: Db, items) {
      const fresh = await markSeen(
        tx,
        items.map((i) => `d|${i.sourceId}`),
      );
      const rejections: Rejection[] = [];
      const batch = items.filter((i) => {
        if (fresh.delete(`d|${i.sourceId}`)) return true;
        rejections.push({
          line: i.line,
          field: 'id',
          ruleId: 'duplicate_id',
          reason: `记录编号 ${i.sourceId} 在文件中重复`,
        });
        return false;
      });
      if (batch.length === 0) return { inserted: 0, updated: 0, rejections };
      const existing = await tx
        .select({ id: deaths.id, sourceId: deaths.sourceId })
        .from(deaths)
        .where(
          inArray(
            deaths.sourceId,
            batch.map((i) => i.sourceId),
          ),
        );
      const idOf = new Map(existing.map((e) => [e.sourceId, e.id]));
      const strip = ({ line: _line, ...row }: DeathInsert) => row;
      const inserts = batch
        .filter((i) => !idOf.has(i.sourceId))
        .map((i) => ({ ...strip(i), id: randomUUID() }));
      const updates = batch
        .filter((i) => idOf.has(i.sourceId))
        .map((i) => ({ ...strip(i), id: idOf.get(i.sourceId)! }));
      await bulkInsert(tx, deaths, inserts);
      // The link to a person (death linkage) is kept: the record is the same death, corrected.
      await bulkUpdate(
        tx,
        deaths,
        'id',
        [
          'regionCode',
          'nameSealed',
          'nameIndex',
          'idNumberSealed',
          'idNumberIndex',
          'sex',
          'birthDate',
          'deathDate',
          'causeOfDeath',
        ],
        updates,
      );
      return { inserted: inserts.length, updated: updates.length, rejections };
    },
  };
}

type PopulationItem = typeof populations.$inferInsert & { line: number };

function wholeNumber(raw: string | undefined, min: number, max: number): number | null {
  const n = Number((raw ?? '').trim());
  return raw?.trim() && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * population.csv → populations (county × year × sex × 19 age groups), upserted by that key.
 *
 * @param regions - counties the caller may write
 * @returns the handler
 */
export function populationHandler(regions: RegionFilter): KindHandler<PopulationItem> {
  return {
    requiredColumns: (columns) =>
      ['region_code', 'year', 'sex', 'age_group', 'population'].filter((c) => !columns.has(c)),
    readRow(row: TableRow) {
      const formulas = formulaCells(row);
      if (formulas.length > 0) return { rejections: formulas };
      const v = row.values;
      const rejections: Rejection[] = [];
      const bad = (field: string, reason: string) =>
        rejections.push({ line: row.line, field, ruleId: null, reason });
      const regionCode = (v.region_code ?? '').trim();
      if (!/^\d{6}$/.test(regionCode)) bad('region_code', `地区编码“${regionCode}”无效`);
      else if (regions && !regions.has(regionCode))
        bad('region_code', `地区 ${regionCode} 不在您的管辖范围内`);
      const year = wholeNumber(v.year, 1900, 2100);
      if (year === null) bad('year', `年份“${v.year ?? ''}”无效`);
      const sex = wholeNumber(v.sex, 1, 2);
      if (sex === null) bad('sex', `性别“${v.sex ?? ''}”无效（1 男，2 女）`);
      const ageGroup = wholeNumber(v.age_group, 0, 18);
      if (ageGroup === null) bad('age_group', `年龄组“${v.age_group ?? ''}”无效（0–18）`);
      const population = wholeNumber(v.population, 0, 2_000_000_000);
      if (population === null) bad('population', `人口数“${v.population ?? ''}”无效`);
      if (rejections.length > 0) return { rejections };
      return {
        item: {
          line: row.line,
          regionCode,
          year: year!,
          sex: sex!,
          ageGroup: ageGroup!,
          population: population!,
        },
      };
    },
    async flush(tx: Db, items) {
      const key = (i: PopulationItem) => `p|${i.regionCode}|${i.year}|${i.sex}|${i.ageGroup}`;
      const fresh = await markSeen(tx, items.map(key));
      const rejections: Rejection[] = [];
      const batch = items.filter((i) => {
        if (fresh.delete(key(i))) return true;
        rejections.push({
          line: i.line,
          field: 'age_group',
          ruleId: 'duplicate_id',
          reason: '同一地区、年份、性别、年龄组在文件中重复',
        });
        return false;
      });
      if (batch.length === 0) return { inserted: 0, updated: 0, rejections };
      const before = await tx.execute<{ n: number }>(
        sql`select count(*)::int as n from populations p join unnest(${sql.param(batch.map((i) => i.regionCode))}::char(6)[], ${sql.param(batch.map((i) => i.year))}::smallint[], ${sql.param(batch.map((i) => i.sex))}::smallint[], ${sql.param(batch.map((i) => i.ageGroup))}::smallint[]) as v(r, y, s, a) on p.region_code = v.r and p.year = v.y and p.sex = v.s and p.age_group = v.a`,
      );
      const rows = (Array.isArray(before) ? before : (before as { rows: { n: number }[] }).rows) as {
        n: number;
      }[];
      const updated = Number(rows[0]?.n ?? 0);
      await tx
        .insert(populations)
        .values(batch.map(({ line: _line, ...p }) => p))
        .onConflictDoUpdate({
          target: [populations.regionCode, populations.year, populations.sex, populations.ageGroup],
          set: { population: sql`excluded.population` },
        });
      return { inserted: batch.length - updated, updated, rejections };
    },
  };
}
