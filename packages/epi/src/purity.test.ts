import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The epi package is pure (style.md §2): no file, network, database or clock access. Test files may
// use node:* themselves (this one does), so they are not scanned.
const FORBIDDEN = /from\s+['"](node:[^'"]+|pg|pg\/[^'"]*|fastify|fastify\/[^'"]*|@orca\/server)['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('epi purity', () => {
  it('imports nothing from node:, pg, fastify or the server in its source files', () => {
    const offenders = sourceFiles(new URL('.', import.meta.url).pathname).filter((file) =>
      FORBIDDEN.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('reads no clock: no Date.now() or argument-less new Date() in its source files', () => {
    const offenders = sourceFiles(new URL('.', import.meta.url).pathname).filter((file) =>
      /Date\.now\(\)|new Date\(\)/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
