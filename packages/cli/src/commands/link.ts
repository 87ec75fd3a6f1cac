import type { FellegiSunterModel, RegistryRecord } from '@orca/linkage';
import { deathLinkageSettings, dedupe, linkDeaths, registryDedupeSettings } from '@orca/linkage';
import { loadConfig, prepareDatabase, runLinkage } from '@orca/server';
import type { Command } from 'commander';
import { csvWriter } from '../csv-writer';
import { CliError } from '../errors';
import { type LoadedFile, loadFile } from '../stats-io';

function toRecord(
  row: Record<string, string>,
  line: number,
  dateField: 'diagnosis_date' | 'death_date',
  siteField: string,
): RegistryRecord {
  const sex = row.sex === '1' ? 1 : row.sex === '2' ? 2 : null;
  return {
    id: row.id || `line-${line}`,
    name: row.name || null,
    sex,
    birthDate: row.birth_date || null,
    residentId: row.id_number || null,
    regionCode: row.region_code || null,
    icd10: row[siteField] || null,
    eventDate: row[dateField] || null,
  };
}

/** Data-contract rows as the linker's record type (ids unique within the file). */
export function registryRecords(
  file: LoadedFile,
  dateField: 'diagnosis_date' | 'death_date',
  siteField: string,
): RegistryRecord[] {
  const seen = new Set<string>();
  return file.rows.map((row, i) => {
    const r = toRecord(row, file.lines[i]!, dateField, siteField);
    if (seen.has(r.id)) throw new CliError(`${file.file}:${file.lines[i]}: duplicated id ${r.id}`);
    seen.add(r.id);
    return r;
  });
}

/** The model's m/u per comparison level and its weight in bits, for `--explain`. */
function explainModel(model: FellegiSunterModel): void {
  process.stderr.write(
    `prior weight ${model.priorWeight.toFixed(2)} bits (λ = ${model.lambda.toExponential(3)})\n`,
  );
  for (const c of model.comparisons) {
    process.stderr.write(`${c.name}\n`);
    for (const l of c.levels) {
      process.stderr.write(
        `  ${l.label.padEnd(28)} m=${l.m.toFixed(4)}  u=${l.u.toExponential(3)}  weight=${l.weight.toFixed(2)} bits\n`,
      );
    }
  }
}

function thresholds(opts: { threshold?: string; reviewThreshold?: string }) {
  const link = opts.threshold === undefined ? 6 : Number(opts.threshold);
  const review = opts.reviewThreshold === undefined ? Math.min(-4, link) : Number(opts.reviewThreshold);
  if (!Number.isFinite(link) || !Number.isFinite(review) || review > link) {
    throw new CliError('--threshold and --review-threshold must be numbers (bits), review ≤ link');
  }
  return { link, review };
}

export function registerLinkCommands(program: Command) {
  const link = program
    .command('link')
    .description('probabilistic record linkage (Fellegi–Sunter, EM-trained)');
  link
    .command('dedupe')
    .description('group reports of the same person: writes record_id,cluster_id')
    .requiredOption('--cases <file>', 'cases.csv')
    .requiredOption('--out <file>', 'clusters.csv to write')
    .option('--threshold <bits>', 'match weight for an automatic link', '6')
    .option('--review-threshold <bits>', 'match weight from which a pair goes to clerical review', '-4')
    .option('--review <file>', 'write the clerical-review pairs here')
    .option('--explain', 'print the trained model (m, u and weight per level) to stderr')
    .action(
      async (opts: {
        cases: string;
        out: string;
        threshold?: string;
        reviewThreshold?: string;
        review?: string;
        explain?: boolean;
      }) => {
        const file = await loadFile(opts.cases);
        const input = registryRecords(file, 'diagnosis_date', 'icd10');
        const result = dedupe(input, registryDedupeSettings({ thresholds: thresholds(opts) }));
        const out = csvWriter(opts.out, ['record_id', 'cluster_id']);
        for (let i = 0; i < input.length; i++)
          await out.write([input[i]!.id, String(result.clusterOf[i]! + 1)]);
        await out.close();
        if (opts.review) {
          const review = csvWriter(opts.review, ['left_id', 'right_id', 'weight', 'reason']);
          for (const p of result.reviewPairs)
            await review.write([p.leftId, p.rightId, p.weight.toFixed(3), p.reason]);
          await review.close();
        }
        if (opts.explain) explainModel(result.model);
        process.stderr.write(
          `${input.length} records → ${result.clusters.length} persons; ${result.pairs.length} links, ${result.reviewPairs.length} pairs for review; blocking compared ${result.model.training.candidatePairs} candidate pairs\n`,
        );
      },
    );

  link
    .command('deaths')
    .description('link death records to the cases: writes death_id,case_id,score')
    .requiredOption('--cases <file>', 'cases.csv')
    .requiredOption('--deaths <file>', 'deaths.csv')
    .requiredOption('--out <file>', 'matches.csv to write')
    .option('--threshold <bits>', 'match weight for an automatic link', '6')
    .option('--review-threshold <bits>', 'match weight from which a pair goes to clerical review', '-4')
    .option('--explain', 'print the trained model to stderr')
    .action(
      async (opts: {
        cases: string;
        deaths: string;
        out: string;
        threshold?: string;
        reviewThreshold?: string;
        explain?: boolean;
      }) => {
        const [casesFile, deathsFile] = await Promise.all([loadFile(opts.cases), loadFile(opts.deaths)]);
        const cases = registryRecords(casesFile, 'diagnosis_date', 'icd10');
        const deaths = registryRecords(deathsFile, 'death_date', 'cause_of_death');
        const result = linkDeaths(
          cases,
          (r) => r.id,
          deaths,
          deathLinkageSettings({ thresholds: thresholds(opts) }),
        );
        const out = csvWriter(opts.out, ['death_id', 'case_id', 'score']);
        for (const l of result.links) await out.write([l.deathId, l.personId, l.pair.weight.toFixed(3)]);
        await out.close();
        if (opts.explain) explainModel(result.model);
        process.stderr.write(
          `${deaths.length} deaths: ${result.links.length} linked, ${result.reviewPairs.length} for review, ${result.unmatchedDeaths.length} unmatched\n`,
        );
      },
    );

  link
    .command('run')
    .description("run dedupe or death linkage on the server's database (the web app's job; audited)")
    .requiredOption('--kind <kind>', 'dedupe | deaths')
    .option('--region <code>', 'region subtree to link', '000000')
    .option('--full', 'dedupe all reports against all, not only the new ones')
    .option('--threshold <bits>', 'match weight for an automatic link (default: the region setting)')
    .option('--review-threshold <bits>', 'match weight from which a pair goes to clerical review')
    .action(
      async (opts: {
        kind: string;
        region: string;
        full?: boolean;
        threshold?: string;
        reviewThreshold?: string;
      }) => {
        if (opts.kind !== 'dedupe' && opts.kind !== 'deaths')
          throw new CliError('--kind must be dedupe or deaths');
        if (!/^\d{6}$/.test(opts.region)) throw new CliError('--region must be a six-digit GB/T 2260 code');
        const { database, sealer } = await prepareDatabase(loadConfig());
        try {
          const run = await runLinkage(database.db, sealer, {
            kind: opts.kind,
            regionCode: opts.region,
            full: opts.full === true,
            ...(opts.threshold !== undefined ? { thresholds: thresholds(opts) } : {}),
            username: `cli:${process.env.USER ?? 'unknown'}`,
          });
          process.stderr.write(
            `${run.kind} (${run.mode}) over ${run.regionCode}: ${run.recordsRead} records, ${run.candidatePairs} candidate pairs, ${run.personsMerged} persons merged, ${run.deathsLinked} deaths linked, ${run.reviewPairs} pairs to review, ${run.unmatchedDeaths} deaths unmatched in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s\n`,
          );
        } finally {
          await database.close();
        }
      },
    );
}
