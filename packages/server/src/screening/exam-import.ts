import { FINAL_DIAGNOSES, type Issue, SCREENING_CANCERS, SCREENING_METHODS } from '@orca/contract';
import { and, inArray } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { normaliseDate } from '../files/column-aliases';
import type { TableRow } from '../files/table-reader';
import { AppError } from '../http/errors';
import { screeningExams, screeningParticipants, screeningTasks } from './screening.tables';
import { prepareExam } from './workflow.service';

/** Outcome of a bulk exam import: rows read, written, and each bad row with its line, field and reason. */
export interface ExamImportResult {
  rowsRead: number;
  rowsAccepted: number;
  rejections: Issue[];
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/**
 * Imports screening examinations from table rows (columns: programme, id_number, cancer, method,
 * exam_date, result_category, optional appointment_date, final_diagnosis, stage, pathology). Every row
 * is checked as a single entry is (enrolled in scope, category list, dates); the good rows and their
 * tasks are written in ONE transaction. Strict: any bad row rejects the file (`import_rejected`, 400)
 * and nothing is written — the registry import's guarantees (style.md §6).
 */
export async function importExams(
  ctx: RequestContext,
  rows: AsyncIterable<TableRow> | Iterable<TableRow>,
  strict: boolean,
): Promise<ExamImportResult> {
  type Prepared = {
    line: number;
    participant: typeof screeningParticipants.$inferSelect;
    exam: Omit<typeof screeningExams.$inferInsert, 'participantId' | 'programmeCode' | 'regionCode'>;
    tasks: { kind: 'referral' | 'follow_up'; dueDate: string }[];
  };
  const rejections: Issue[] = [];
  const raw: TableRow[] = [];
  for await (const row of rows) raw.push(row);
  const indexes = [...new Set(raw.map((r) => ctx.sealer.idNumberIndex(r.values.id_number ?? '')))];
  const participants =
    indexes.length === 0
      ? []
      : await ctx.db
          .select()
          .from(screeningParticipants)
          .where(
            and(inArray(screeningParticipants.idNumberIndex, indexes), ctx.scoped.screeningParticipants()),
          );
  const prepared: Prepared[] = [];
  for (const { line, values: v } of raw) {
    const reject = (field: string, reason: string) => rejections.push({ row: line, field, reason });
    const cancer = v.cancer ?? '';
    const method = v.method ?? '';
    if (!isOneOf(SCREENING_CANCERS, cancer)) {
      reject('cancer', 'unknown');
      continue;
    }
    if (!isOneOf(SCREENING_METHODS, method)) {
      reject('method', 'unknown');
      continue;
    }
    const finalDiagnosis = v.final_diagnosis || undefined;
    if (finalDiagnosis !== undefined && !isOneOf(FINAL_DIAGNOSES, finalDiagnosis)) {
      reject('final_diagnosis', 'unknown');
      continue;
    }
    const examDate = normaliseDate(v.exam_date ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(examDate)) {
      reject('exam_date', 'not_a_date');
      continue;
    }
    const index = ctx.sealer.idNumberIndex(v.id_number ?? '');
    const participant = participants.find(
      (p) => p.idNumberIndex === index && p.programmeCode === v.programme,
    );
    if (!participant) {
      reject('id_number', 'not_enrolled');
      continue;
    }
    const appointmentDate = v.appointment_date ? normaliseDate(v.appointment_date) : undefined;
    const body = {
      cancer,
      method,
      examDate,
      resultCategory: v.result_category ?? '',
      ...(appointmentDate ? { appointmentDate } : {}),
    };
    try {
      const { category, tasks } = prepareExam(participant, body);
      prepared.push({
        line,
        participant,
        tasks,
        exam: {
          cancer,
          method,
          appointmentDate: appointmentDate ?? null,
          examDate,
          resultCategory: category.code,
          positive: category.positive,
          pathology: v.pathology || null,
          finalDiagnosis: finalDiagnosis ?? null,
          stage: v.stage || null,
          createdBy: ctx.principal.userId,
        },
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      for (const d of err.details) reject(d.field ?? '', d.reason);
    }
  }
  if (strict && rejections.length > 0) {
    throw new AppError(
      'import_rejected',
      400,
      `${rejections.length} row(s) rejected; nothing was imported`,
      rejections,
    );
  }
  if (prepared.length > 0) {
    await ctx.db.transaction(async (tx) => {
      for (const x of prepared) {
        const [exam] = await tx
          .insert(screeningExams)
          .values({
            ...x.exam,
            participantId: x.participant.id,
            programmeCode: x.participant.programmeCode,
            regionCode: x.participant.regionCode,
          })
          .returning({ id: screeningExams.id });
        if (x.tasks.length > 0) {
          await tx.insert(screeningTasks).values(
            x.tasks.map((t) => ({
              examId: exam!.id,
              participantId: x.participant.id,
              regionCode: x.participant.regionCode,
              gridId: x.participant.gridId,
              kind: t.kind,
              dueDate: t.dueDate,
            })),
          );
        }
      }
    });
  }
  await ctx.audit({
    action: 'import',
    entity: 'screening_exams',
    detail: { rowsRead: raw.length, rowsAccepted: prepared.length, rowsRejected: rejections.length },
  });
  return { rowsRead: raw.length, rowsAccepted: prepared.length, rejections };
}
