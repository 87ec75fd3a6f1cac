import { readTable } from '@orca/server';
import { CliError } from './errors';

/** A data-contract file read whole, with each row's line in the file for error messages. */
export interface LoadedFile {
  file: string;
  rows: Record<string, string>[];
  lines: number[];
}

export async function loadFile(file: string): Promise<LoadedFile> {
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  try {
    for await (const row of readTable(file)) {
      rows.push(row.values);
      lines.push(row.line);
    }
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { file, rows, lines };
}

export interface Excluded {
  source: string;
  row: number;
  reason: string;
}

// Rows left out by the methods themselves (methods.md §0–3) are reported; rows that are invalid input
// are rejections, and only those make the exit status non-zero.
const METHOD_EXCLUSIONS = new Set([
  'sex_unknown',
  'no_population',
  'no_population_for_age_group',
  'not_c00_c97',
  'site_unknown',
  'dco',
  'basis_dco',
  'not_malignant',
]);

/** Prints left-out rows to stderr with file and line; returns how many were rejected as invalid. */
export function reportExcluded(
  excluded: readonly Excluded[],
  files: Record<string, LoadedFile | undefined>,
): number {
  if (excluded.length === 0) return 0;
  const counts = new Map<string, number>();
  let rejected = 0;
  for (const e of excluded) {
    const file = files[e.source];
    const line = file?.lines[e.row] ?? e.row + 2;
    const where = file ? `${file.file}:${line}` : `${e.source} row ${e.row + 1}`;
    if (!METHOD_EXCLUSIONS.has(e.reason)) rejected++;
    counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
    if ((counts.get(e.reason) ?? 0) <= 20) process.stderr.write(`${where}: left out: ${e.reason}\n`);
  }
  const summary = [...counts].map(([r, n]) => `${r} ${n}`).join(', ');
  process.stderr.write(
    `${excluded.length} row(s) left out (${summary})${rejected ? `; ${rejected} rejected as invalid` : ''}\n`,
  );
  return rejected;
}

/** `{"rows": [...]}` with --json; otherwise an aligned table for people. */
export function printRows(rows: readonly Record<string, unknown>[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ rows })}\n`);
    return;
  }
  if (rows.length === 0) {
    console.log('(no rows)');
    return;
  }
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? '—'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? String(v)
          : v.toFixed(2)
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  const table = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...table.map((r) => r[i]!.length)));
  console.log(columns.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  for (const r of table) console.log(r.map((v, i) => v.padStart(widths[i]!)).join('  '));
}

export function parseList<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  option: string,
): T[] {
  if (!raw) return [];
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new CliError(`${option}: unknown column ${item}; choose from ${allowed.join(', ')}`);
    }
  }
  return items as T[];
}
