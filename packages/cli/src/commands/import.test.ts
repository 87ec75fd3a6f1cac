import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/orca.js');

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-cli-import-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// The embedded database in a temp folder: the PostgreSQL path is the same server code, tested there.
function orca(args: string[]) {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  return exec('node', [BIN, ...args], { env: { ...rest, ORCA_DATA_DIR: dataDir }, timeout: 120_000 });
}

describe('orca import', () => {
  it('loads a population file, and reports rejected rows by file and line', async () => {
    const good = path.join(dataDir, 'population.csv');
    fs.writeFileSync(
      good,
      'region_code,year,sex,age_group,population\n360102,2020,1,0,100\n360102,2020,2,0,90\n',
    );
    const first = await orca(['import', 'population', good, '--json']);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'done', rowsInserted: 2, rowsRejected: 0 });

    const bad = path.join(dataDir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'region_code,year,sex,age_group,population\n360102,2021,1,0,100\n360102,2021,3,0,90\n',
    );
    const run = orca(['import', 'population', bad]);
    await expect(run).rejects.toMatchObject({
      code: 3,
      stdout: expect.stringContaining(`${bad}:3: sex: `),
      stderr: expect.stringContaining('1 rejected'),
    });
  });
});
