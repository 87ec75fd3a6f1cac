// Times the demo generators (not a test: tests never assert durations, style.md §11).
// Run from the repository root: npx tsx packages/demo/scripts/time-generation.ts [cases…]
import { generateCases, generateDeaths, generateProvince } from '../src/index';

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
  let start = performance.now();
  let caseRows = 0;
  for (const _ of generateCases({ cases: n })) caseRows++;
  const casesMs = performance.now() - start;
  start = performance.now();
  let deathRows = 0;
  for (const _ of generateDeaths({ cases: n })) deathRows++;
  const deathsMs = performance.now() - start;
  console.log(
    `${n} tumours: ${caseRows} case rows in ${(casesMs / 1000).toFixed(2)} s, ` +
      `${deathRows} death rows in ${(deathsMs / 1000).toFixed(2)} s, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}
const start = performance.now();
const province = generateProvince();
console.log(
  `generateProvince() (default 100 000): ${((performance.now() - start) / 1000).toFixed(2)} s, ` +
    `${province.cases.length} cases, ${province.deaths.length} deaths, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
