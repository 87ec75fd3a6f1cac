import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { canonicalColumn, DATE_COLUMNS, normaliseDate } from './column-aliases';

/** One data row with contract column names; `line` is the 1-based line (CSV) or row (XLSX) in the file. */
export interface TableRow {
  line: number;
  values: Record<string, string>;
}

export type Encoding = 'utf-8' | 'gb18030';

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** Told the bytes of the file read so far and its size: progress of a stream whose row count is unknown. */
  onBytes?: (bytesRead: number, bytesTotal: number) => void;
}

function countedStream(file: string, options: ReadTableOptions): fs.ReadStream {
  const stream = fs.createReadStream(file);
  const onBytes = options.onBytes;
  if (onBytes) {
    const total = fs.statSync(file).size;
    let read = 0;
    stream.on('data', (chunk) => {
      read += chunk.length;
      onBytes(read, total);
    });
  }
  return stream;
}

/**
 * Guesses the text encoding from the first bytes: a UTF-8 BOM or valid UTF-8 is UTF-8; otherwise the
 * file was saved by Chinese Excel/WPS in GBK, read as GB18030 (its superset), so names are not mangled.
 */
export function detectEncoding(head: Buffer): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // A UTF-8 sequence cut at the end of the sample is not evidence against UTF-8: trim up to 3 bytes.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    const slice = head.subarray(0, head.length - cut);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(slice);
      return 'utf-8';
    } catch {
      // try a shorter slice
    }
  }
  return 'gb18030';
}

function mapRecord(headers: string[], record: string[], line: number): TableRow {
  const values: Record<string, string> = {};
  headers.forEach((h, i) => {
    const raw = (record[i] ?? '').trim();
    values[h] = DATE_COLUMNS.has(h) && raw ? normaliseDate(raw) : raw;
  });
  return { line, values };
}

async function* readCsv(file: string, options: ReadTableOptions): AsyncGenerator<TableRow> {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(64 * 1024);
  const n = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const encoding = detectEncoding(head.subarray(0, n));
  const stream = countedStream(file, options).pipe(iconv.decodeStream(encoding));
  const parser = (stream as unknown as Readable).pipe(
    parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }),
  );
  let headers: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!headers) {
      headers = record.map(canonicalColumn);
      continue;
    }
    if (record.every((c) => c.trim() === '')) continue;
    yield mapRecord(headers, record, info.lines);
  }
}

async function* readXlsx(file: string, options: ReadTableOptions): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(countedStream(file, options), {
    sharedStrings: 'cache',
    styles: 'cache',
  });
  for await (const sheet of reader) {
    let headers: string[] | null = null;
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const v = cell.value;
        cells[col - 1] =
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : v && typeof v === 'object' && 'text' in v
              ? String((v as { text: unknown }).text)
              : v && typeof v === 'object' && 'result' in v
                ? String((v as { result: unknown }).result ?? '')
                : v == null
                  ? ''
                  : String(v);
      });
      if (!headers) {
        headers = cells.map((c) => canonicalColumn(c ?? ''));
        continue;
      }
      if (cells.every((c) => !c || c.trim() === '')) continue;
      yield mapRecord(headers, cells, row.number);
    }
    return; // the first sheet holds the data
  }
}

/** Streams a data-contract file (CSV in UTF-8 or GBK, or XLSX) as rows with contract column names. */
export function readTable(file: string, options: ReadTableOptions = {}): AsyncGenerator<TableRow> {
  if (!fs.existsSync(file)) throw new Error(`file ${file} not found`);
  return path.extname(file).toLowerCase() === '.xlsx' ? readXlsx(file, options) : readCsv(file, options);
}

/** Reads a whole (small or medium) file into plain row objects, as the statistics commands need. */
export async function readTableValues(file: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const row of readTable(file)) out.push(row.values);
  return out;
}
