import { once } from 'node:events';
import fs from 'node:fs';

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A streaming CSV file writer that respects back-pressure, so 10 000 000 rows keep memory flat. */
export function csvWriter(file: string, header: readonly string[]) {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  out.write(`${header.map(csvCell).join(',')}\n`);
  let rows = 0;
  return {
    async write(cells: readonly string[]) {
      rows++;
      if (!out.write(`${cells.map(csvCell).join(',')}\n`)) await once(out, 'drain');
    },
    async close(): Promise<number> {
      out.end();
      await once(out, 'finish');
      return rows;
    },
  };
}
