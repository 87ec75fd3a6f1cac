import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// epi is pure (style.md §2): no file, network, database or clock access. Tests may read fixtures.
describe('survival purity', () => {
  const folder = new URL('./', import.meta.url);
  const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

  it.each(sources)('%s imports nothing from node:, pg or fastify', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|pg['"/]|fastify)/);
    expect(text).not.toMatch(/\bDate\.now\(|new Date\(\)/);
  });
});
