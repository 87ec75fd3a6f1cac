import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// style.md §2: linkage is a pure package — no file, network, database or clock access. The tests
// themselves may use node:fs (they run in node), so they are excluded from the scan.
const SRC = new URL('.', import.meta.url).pathname;
const FORBIDDEN = [
  /from\s+['"]node:/,
  /import\(\s*['"]node:/,
  /from\s+['"](pg|pg-[\w-]+|fastify|@fastify\/[\w-]+|fs|path|http|https|net|child_process|os|crypto)['"]/,
  /\brequire\(/,
  /\bnew Date\(\s*\)/,
  /\bDate\.now\(/,
  /\bfetch\(/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

describe('package purity', () => {
  const files = sourceFiles(SRC);

  it('finds the source files to scan', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no source file importing node built-ins, pg or fastify, or reading the clock', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of FORBIDDEN) {
        if (pattern.test(text)) offenders.push(`${relative(SRC, file)}: ${pattern}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
