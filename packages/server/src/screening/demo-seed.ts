import { residentIdConsistency } from '@orca/codes';
import type { ScreeningMethod } from '@orca/contract';
import { demoCounties, generateScreeningSeason, type KnownPerson } from '@orca/demo';
import { inArray } from 'drizzle-orm';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { persons } from '../registry/registry.tables';
import { addMonths } from './dates';
import { syncProgrammes } from './programme-sync';
import { PROGRAMMES, RESULT_CATEGORIES, resultCategoryOf } from './programmes';
import { scoreQuestionnaire, URBAN_QUESTIONNAIRE } from './questionnaires';
import {
  screeningAssessments,
  screeningExams,
  screeningGrids,
  screeningParticipants,
  screeningTasks,
} from './screening.tables';
import { tasksForExam } from './workflow.service';

export interface ScreeningDemoOptions {
  seed?: number;
  /** Season year (default 2024, inside the demo province's diagnosis years). */
  year?: number;
  /** Counties to run the season in; default two city districts and one rural county of the demo province. */
  countyCodes?: string[];
  gridsPerCounty?: number;
  participantsPerGrid?: number;
}

export interface ScreeningDemoReport {
  grids: number;
  participants: number;
  exams: number;
  tasks: number;
}

/** Default counties: the first two city districts and the first rural county of the demo province. */
export function defaultScreeningCounties(): string[] {
  const counties = demoCounties();
  return [
    ...counties.filter((c) => c.urban).slice(0, 2),
    ...counties.filter((c) => !c.urban).slice(0, 1),
  ].map((c) => c.code);
}

const CHUNK = 500;
async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Loads a seeded screening season (@orca/demo `generateScreeningSeason`) into the database: grids,
 * participants (sealed, matched to registry persons by the ID blind index; some participants ARE
 * registry persons, so screen-detected and interval cancers link), scored assessments, exams and their
 * tasks (completed as the season says). One transaction; a no-op when the counties already have grids.
 * Call it after the registry's demo load, e.g. in start.ts right after `seedDemo(...)`:
 * `await seedScreeningDemo(database.db, sealer)`.
 *
 * @param db - migrated database (the registry demo loaded first, for the links)
 * @param sealer - the server's sealer
 * @param options - seed, year, counties, sizes
 * @returns what was written
 */
export async function seedScreeningDemo(
  db: Db,
  sealer: Sealer,
  options: ScreeningDemoOptions = {},
): Promise<ScreeningDemoReport> {
  const countyCodes = options.countyCodes ?? defaultScreeningCounties();
  const year = options.year ?? 2024;
  await syncProgrammes(db);
  const existing = await db
    .select({ id: screeningGrids.id })
    .from(screeningGrids)
    .where(inArray(screeningGrids.regionCode, countyCodes))
    .limit(1);
  if (existing.length > 0) return { grids: 0, participants: 0, exams: 0, tasks: 0 };

  // Registry persons of these counties whose ID agrees with sex and birth date: reused identities.
  const registry = await db
    .select({
      id: persons.id,
      regionCode: persons.regionCode,
      nameSealed: persons.nameSealed,
      idNumberSealed: persons.idNumberSealed,
      idNumberIndex: persons.idNumberIndex,
      sex: persons.sex,
      birthDate: persons.birthDate,
    })
    .from(persons)
    .where(inArray(persons.regionCode, countyCodes))
    .limit(3000);
  const known: KnownPerson[] = [];
  for (const r of registry) {
    const idNumber = sealer.unsealOrNull(r.idNumberSealed);
    if (!idNumber || !r.birthDate || (r.sex !== 1 && r.sex !== 2)) continue;
    if (residentIdConsistency(idNumber, { sex: r.sex, birthDate: r.birthDate }).length > 0) continue;
    known.push({
      regionCode: r.regionCode,
      name: sealer.unseal(r.nameSealed),
      idNumber,
      sex: r.sex,
      birthDate: r.birthDate,
    });
  }
  const personByIndex = new Map(registry.filter((r) => r.idNumberIndex).map((r) => [r.idNumberIndex!, r.id]));

  const urbanCodes = new Set(
    demoCounties()
      .filter((c) => c.urban)
      .map((c) => c.code),
  );
  const season = generateScreeningSeason(
    {
      programmes: PROGRAMMES,
      resultCategories: RESULT_CATEGORIES,
      questions: URBAN_QUESTIONNAIRE.questions,
      highRiskOf: (answers, sex, ageYears) =>
        scoreQuestionnaire(URBAN_QUESTIONNAIRE, answers, { sex, ageYears }).highRisk,
    },
    {
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      year,
      counties: countyCodes.map((code) => ({ code, urban: urbanCodes.has(code) })),
      ...(options.gridsPerCounty === undefined ? {} : { gridsPerCounty: options.gridsPerCounty }),
      ...(options.participantsPerGrid === undefined
        ? {}
        : { participantsPerGrid: options.participantsPerGrid }),
      knownPersons: known,
    },
  );

  return db.transaction(async (tx) => {
    const gridRows = await tx
      .insert(screeningGrids)
      .values([...season.grids])
      .returning({ id: screeningGrids.id });
    const participantRows: (typeof screeningParticipants.$inferInsert)[] = season.participants.map((p) => {
      const index = sealer.idNumberIndex(p.idNumber);
      return {
        programmeCode: p.programmeCode,
        regionCode: season.grids[p.grid]!.regionCode,
        gridId: gridRows[p.grid]!.id,
        nameSealed: sealer.seal(p.name),
        nameIndex: sealer.nameIndex(p.name),
        idNumberSealed: sealer.seal(p.idNumber),
        idNumberIndex: index,
        phoneSealed: sealer.seal(p.phone),
        sex: p.sex,
        birthDate: p.birthDate,
        residence: p.residence,
        personId: personByIndex.get(index) ?? null,
        consentDate: p.enrolledOn,
        enrolledOn: p.enrolledOn,
        optedOutOn: p.optedOut ? addMonths(p.enrolledOn, 1) : null,
      };
    });
    const ids: string[] = [];
    await insertChunks(participantRows, async (chunk) => {
      const rows = await tx
        .insert(screeningParticipants)
        .values(chunk)
        .returning({ id: screeningParticipants.id });
      ids.push(...rows.map((r) => r.id));
    });
    const assessments: (typeof screeningAssessments.$inferInsert)[] = [];
    const exams: (typeof screeningExams.$inferInsert & { completedAfterDays: number | null })[] = [];
    season.participants.forEach((p, i) => {
      if (p.answers && p.assessedOn) {
        const age =
          Number(p.assessedOn.slice(0, 4)) -
          Number(p.birthDate.slice(0, 4)) -
          (p.assessedOn.slice(5) < p.birthDate.slice(5) ? 1 : 0);
        const result = scoreQuestionnaire(URBAN_QUESTIONNAIRE, p.answers, { sex: p.sex, ageYears: age });
        assessments.push({
          participantId: ids[i]!,
          version: URBAN_QUESTIONNAIRE.version,
          assessedOn: p.assessedOn,
          answers: p.answers,
          result,
          highRisk: result.highRisk,
        });
      }
      for (const e of p.exams) {
        const category = resultCategoryOf(e.method as ScreeningMethod, e.resultCategory)!;
        exams.push({
          participantId: ids[i]!,
          programmeCode: p.programmeCode,
          regionCode: season.grids[p.grid]!.regionCode,
          cancer: e.cancer,
          method: e.method,
          appointmentDate: e.examDate,
          examDate: e.examDate,
          resultCategory: e.resultCategory,
          positive: category.positive,
          finalDiagnosis: e.finalDiagnosis,
          stage: e.stage,
          completedAfterDays: e.completedAfterDays,
        });
      }
    });
    await insertChunks(assessments, (chunk) => tx.insert(screeningAssessments).values(chunk));
    const tasks: (typeof screeningTasks.$inferInsert)[] = [];
    await insertChunks(exams, async (chunk) => {
      const rows = await tx
        .insert(screeningExams)
        .values(chunk.map(({ completedAfterDays: _, ...e }) => e))
        .returning({ id: screeningExams.id });
      chunk.forEach((e, k) => {
        const category = resultCategoryOf(e.method as ScreeningMethod, e.resultCategory)!;
        const participant = participantRows[ids.indexOf(e.participantId)]!;
        for (const t of tasksForExam(category, e.examDate)) {
          // Referrals are completed days after the exam; recalls around their due date, if that
          // falls inside the season's year (later ones are still open when the season is reported).
          const after = e.completedAfterDays;
          const recall = after === null ? null : addDays(t.dueDate, after - 10);
          const done =
            after === null
              ? null
              : t.kind === 'referral'
                ? addDays(e.examDate, after)
                : recall !== null && recall <= `${year}-12-31`
                  ? recall
                  : null;
          tasks.push({
            examId: rows[k]!.id,
            participantId: e.participantId,
            regionCode: e.regionCode,
            gridId: participant.gridId,
            kind: t.kind,
            dueDate: t.dueDate,
            completedOn: done,
            outcome: done ? (t.kind === 'referral' ? '已完成转诊确诊' : '已按期复查') : null,
          });
        }
      });
    });
    await insertChunks(tasks, (chunk) => tx.insert(screeningTasks).values(chunk));
    return { grids: gridRows.length, participants: ids.length, exams: exams.length, tasks: tasks.length };
  });
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
