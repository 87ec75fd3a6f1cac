import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readTableValues } from './table-reader';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function readBytes(bytes: Uint8Array, ext: string): Promise<'rows' | 'error'> {
  const file = path.join(dir, `f${n++}.${ext}`);
  fs.writeFileSync(file, bytes);
  try {
    const rows = await readTableValues(file);
    expect(Array.isArray(rows)).toBe(true);
    return 'rows';
  } catch (err) {
    // A clear, catchable error is fine; a crash or a hang is not.
    expect(err).toBeInstanceOf(Error);
    return 'error';
  }
}

describe('the table reader on hostile bytes', () => {
  it('returns rows or a clear error for arbitrary bytes saved as CSV, never crashing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), (bytes) =>
        readBytes(bytes, 'csv').then(() => undefined),
      ),
      { numRuns: 60 },
    );
  });

  it('returns rows or a clear error for arbitrary bytes saved as XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), (bytes) =>
        readBytes(bytes, 'xlsx').then(() => undefined),
      ),
      { numRuns: 20 },
    );
  });

  it('keeps injection-looking and huge cells as plain text', async () => {
    const evil = [
      "=cmd|' /C calc'!A0",
      "'; drop table persons; --",
      '<script>alert(1)</script>',
      'x'.repeat(100_000),
    ];
    const file = path.join(dir, 'evil.csv');
    fs.writeFileSync(
      file,
      `id,name\n${evil.map((e, i) => `${i},"${e.replaceAll('"', '""')}"`).join('\n')}\n`,
    );
    const rows = await readTableValues(file);
    expect(rows.map((r) => r.name)).toEqual(evil);
  });
});
