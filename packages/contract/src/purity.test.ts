import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.dirname(fileURLToPath(import.meta.url));
const FORBIDDEN = /from ['"](node:[^'"]*|pg|fastify|@fastify\/[^'"]*|drizzle-orm[^'"]*)['"]/;

describe('the contract package', () => {
  it('imports nothing that touches files, network, database or the server', () => {
    const files = fs.readdirSync(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(fs.readFileSync(path.join(SRC, file), 'utf8'), file).not.toMatch(FORBIDDEN);
    }
  });
});
