import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// style.md §2: the rule set runs in the browser form as well as the server and the CLI, so the package
// touches no file, network, database or clock. Tests may use node:fs and are excluded from the scan.
const SRC = new URL('.', import.meta.url).pathname;
const FORBIDDEN = [
  /from\s+['"]node:/,
  /import\(\s*['"]node:/,
  /from\s+['"](pg|pg-[\w-]+|fastify|@fastify\/[\w-]+|fs|path|http|https|net|child_process|os|crypto)['"]/,
  /from\s+['"]@orca\/(server|cli|demo)['"]/,
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

  it('has no source file importing node built-ins, pg, fastify or the server, or reading the clock', () => {
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
