import { generateInstitutions } from '@orca/demo';
import { createSealer } from '../crypto/sealing';
import { openPglite } from '../db/database';
import { migrate } from '../db/migrate';
import { loadInstitutions } from '../registry/bulk-load';
import { TEST_KEYS } from '../testing/test-env';
import { seedQualityDemo } from './index';

const database = await openPglite(null);
await migrate(database);
await loadInstitutions(
  database.db,
  generateInstitutions().map((i) => ({ code: i.code, name: i.name, kind: i.kind, grade: i.grade, regionCode: i.regionCode })),
);
for (const scale of [0.25, 1]) {
  const t0 = Date.now();
  const report = await seedQualityDemo(database.db, createSealer(TEST_KEYS), { scale });
  console.log(scale, (Date.now() - t0) / 1000, 's', JSON.stringify(report));
}
await database.close();
