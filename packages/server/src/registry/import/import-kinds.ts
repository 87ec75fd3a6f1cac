import type { Db } from '../../db/database';
import type { TableRow } from '../../files/table-reader';

/** One rejection of a row: the file's line, the column and why. */
export interface Rejection {
  line: number;
  field: string | null;
  ruleId: string | null;
  reason: string;
}

/** What a kind's batch writer reports. */
export interface FlushResult {
  inserted: number;
  updated: number;
  /** Rows the database step turned down (a source id repeated in an earlier batch). */
  rejections: Rejection[];
}

/** How one kind of file (cases, deaths, population) is checked and written, batch by batch. */
export interface KindHandler<Item> {
  /** Columns without which no row can be read: the file is rejected, naming them. */
  requiredColumns(columns: ReadonlySet<string>): string[];
  /** A row → the item to write, or the reasons it is rejected. */
  readRow(row: TableRow): { item: Item } | { rejections: Rejection[] };
  /** Writes a batch inside the file's one transaction. */
  flush(tx: Db, items: Item[]): Promise<FlushResult>;
}

// A cell a spreadsheet would execute (`=cmd|' /C calc'!A0`, `@SUM(…)`, `+cmd|…`): never a real value
// of a registry file, and a live formula-injection payload once exported (OWASP "CSV injection").
const FORMULA = /^(=|@|[+-]\S*[|!(])/;

/**
 * The columns of a row whose cell looks like a spreadsheet formula, as rejections.
 *
 * @param row - the row
 * @returns one rejection per such cell
 */
export function formulaCells(row: TableRow): Rejection[] {
  return Object.entries(row.values)
    .filter(([, v]) => FORMULA.test(v))
    .map(([field]) => ({
      line: row.line,
      field,
      ruleId: 'formula_cell',
      reason: `单元格以公式字符开头，疑似公式注入，整行拒绝 (cell looks like a spreadsheet formula)`,
    }));
}

/** The column names of the contract with their Chinese header, for messages about missing columns. */
export const COLUMN_LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  name: '姓名',
  sex: '性别',
  birth_date: '出生日期',
  region_code: '地区编码',
  diagnosis_date: '诊断日期',
  icd10: 'ICD-10编码',
  basis: '诊断依据',
  death_date: '死亡日期',
  cause_of_death: '根本死因',
  year: '年份',
  age_group: '年龄组',
  population: '人口数',
  institution_code: '报告单位编码',
};
