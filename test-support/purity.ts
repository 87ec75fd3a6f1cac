import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// style.md §2: the pure packages touch no file, network, database or clock ("today" is an argument).
// Their tests run in node and may read files, so test files are not scanned.
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

/** The purity test of one package: call it from `src/purity.test.ts` with `import.meta.url`. */
export function describePurity(testFileUrl: string): void {
  const src = fileURLToPath(new URL('.', testFileUrl));
  describe('package purity', () => {
    const files = sourceFiles(src);

    it('finds the source files to scan', () => {
      expect(files.length).toBeGreaterThan(2);
    });

    it('has no source file importing node built-ins, pg or fastify, or reading the clock', () => {
      const offenders: string[] = [];
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const pattern of FORBIDDEN)
          if (pattern.test(text)) offenders.push(`${relative(src, file)}: ${pattern}`);
      }
      expect(offenders).toEqual([]);
    });
  });
}
