import { addWorkdays, completedAgeYears, maskName } from '@orca/codes';
import type {
  AssessmentRequest,
  AssessmentView,
  CompleteTaskRequest,
  ExamRequest,
  ExamView,
  PageOf,
  ResultCategory,
  TaskListQuery,
  TaskView,
} from '@orca/contract';
import { and, asc, count, eq, isNull, lt, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { badRequest, notFound } from '../http/errors';
import { addMonths } from './dates';
import { participantInScope } from './enrolment.service';
import { programmeOf, resultCategoryOf } from './programmes';
import { questionnaireOf, scoreQuestionnaire } from './questionnaires';
import {
  screeningAssessments,
  screeningExams,
  screeningGrids,
  screeningParticipants,
  screeningTasks,
} from './screening.tables';

/**
 * Scores a risk questionnaire for an enrolled participant with the programme's questionnaire version
 * and stores answers, result and high-risk cancers together.
 */
export async function submitAssessment(
  ctx: RequestContext,
  participantId: string,
  body: AssessmentRequest,
): Promise<AssessmentView> {
  const { p } = await participantInScope(ctx, participantId);
  const programme = programmeOf(p.programmeCode);
  const questionnaire = programme?.questionnaire ? questionnaireOf(programme.questionnaire) : undefined;
  if (!questionnaire) throw badRequest(`Programme ${p.programmeCode} has no risk questionnaire`);
  if (body.assessedOn < p.enrolledOn) {
    throw badRequest('Assessment before enrolment', [{ field: 'assessedOn', reason: 'before_enrolment' }]);
  }
  const ageYears = completedAgeYears(p.birthDate, body.assessedOn) ?? 0;
  const result = scoreQuestionnaire(questionnaire, body.answers, { sex: p.sex, ageYears });
  const [row] = await ctx.db
    .insert(screeningAssessments)
    .values({
      participantId,
      version: questionnaire.version,
      assessedOn: body.assessedOn,
      answers: body.answers,
      result,
      highRisk: result.highRisk,
    })
    .returning();
  await ctx.audit({
    action: 'create',
    entity: 'screening_assessment',
    entityId: row!.id,
    detail: { participantId },
  });
  return { id: row!.id, participantId, assessedOn: body.assessedOn, result };
}

type TaskRow = typeof screeningTasks.$inferSelect;

/**
 * The tasks a result sets in motion: a referral due `dueWorkdays` working days after the exam
 * (`addWorkdays`, domain §4.6 counting), a recall `followUpMonths` calendar months after it, or the
 * doctor's own recall date.
 */
export function tasksForExam(
  category: ResultCategory,
  examDate: string,
  followUpDate?: string,
): { kind: 'referral' | 'follow_up'; dueDate: string }[] {
  const tasks: { kind: 'referral' | 'follow_up'; dueDate: string }[] = [];
  if (category.action === 'referral') {
    tasks.push({ kind: 'referral', dueDate: addWorkdays(examDate, category.dueWorkdays ?? 10) });
  }
  if (category.action === 'follow_up' || followUpDate) {
    tasks.push({
      kind: 'follow_up',
      dueDate: followUpDate ?? addMonths(examDate, category.followUpMonths ?? 12),
    });
  }
  return tasks;
}

function presentTask(
  ctx: RequestContext,
  t: TaskRow,
  extra: { cancer: string; nameSealed: string; village: string; doctorName: string },
  today: string,
): TaskView {
  return {
    id: t.id,
    examId: t.examId,
    participantId: t.participantId,
    participantName: maskName(ctx.sealer.unseal(extra.nameSealed)),
    kind: t.kind as TaskView['kind'],
    cancer: extra.cancer,
    dueDate: t.dueDate,
    completedOn: t.completedOn,
    outcome: t.outcome,
    overdue: t.completedOn === null && t.dueDate < today,
    regionCode: t.regionCode,
    village: extra.village,
    doctorName: extra.doctorName,
  };
}

/**
 * Checks an examination against the participant and the configuration, without writing: the method
 * belongs to the programme's cancer, the result code is in the method's list, the exam is not before
 * enrolment nor its appointment, a recall is not before the exam. Shared by entry and bulk import.
 *
 * @throws AppError validation_failed naming the field and reason
 * @returns the result category and the tasks it calls for
 */
export function prepareExam(
  p: { programmeCode: string; enrolledOn: string },
  body: Omit<ExamRequest, 'participantId'>,
): { category: ResultCategory; tasks: { kind: 'referral' | 'follow_up'; dueDate: string }[] } {
  const programme = programmeOf(p.programmeCode);
  const cancerConfig = programme?.cancers.find((c) => c.cancer === body.cancer);
  if (!cancerConfig) {
    throw badRequest(`${body.cancer} is not screened in ${p.programmeCode}`, [
      { field: 'cancer', reason: 'not_in_programme' },
    ]);
  }
  if (!cancerConfig.methods.includes(body.method)) {
    throw badRequest(`${body.method} is not a method for ${body.cancer}`, [
      { field: 'method', reason: 'not_in_programme' },
    ]);
  }
  const category = resultCategoryOf(body.method, body.resultCategory);
  if (!category) {
    throw badRequest(`Result ${body.resultCategory} is not a ${body.method} category`, [
      { field: 'resultCategory', reason: 'not_in_category_list' },
    ]);
  }
  if (body.examDate < p.enrolledOn) {
    throw badRequest('Examination before enrolment', [{ field: 'examDate', reason: 'before_enrolment' }]);
  }
  if (body.appointmentDate && body.examDate < body.appointmentDate) {
    throw badRequest('Examination before its appointment', [
      { field: 'examDate', reason: 'before_appointment' },
    ]);
  }
  if (body.followUpDate && body.followUpDate < body.examDate) {
    throw badRequest('The follow-up is dated before its examination', [
      { field: 'followUpDate', reason: 'before_exam' },
    ]);
  }
  return { category, tasks: tasksForExam(category, body.examDate, body.followUpDate) };
}

/**
 * Records an examination. Checks before writing: the participant is enrolled (and in scope); the
 * method belongs to the programme's cancer; the result code is in the method's category list; the
 * exam is not before enrolment nor the appointment; a recall date is not before the exam. The exam and
 * the referral or follow-up task its category calls for are written in one transaction.
 *
 * @param today - the date the caller records on (overdue flags)
 */
export async function recordExam(ctx: RequestContext, body: ExamRequest, today: string): Promise<ExamView> {
  const [row] = await ctx.db
    .select({ p: screeningParticipants, g: screeningGrids })
    .from(screeningParticipants)
    .innerJoin(screeningGrids, eq(screeningGrids.id, screeningParticipants.gridId))
    .where(and(eq(screeningParticipants.id, body.participantId), ctx.scoped.screeningParticipants()));
  if (!row) {
    throw badRequest('The person is not enrolled', [{ field: 'participantId', reason: 'not_enrolled' }]);
  }
  const { p, g } = row;
  const { category, tasks } = prepareExam(p, body);
  const { exam, taskRows } = await ctx.db.transaction(async (tx) => {
    const [exam] = await tx
      .insert(screeningExams)
      .values({
        participantId: p.id,
        programmeCode: p.programmeCode,
        regionCode: p.regionCode,
        cancer: body.cancer,
        method: body.method,
        appointmentDate: body.appointmentDate ?? null,
        examDate: body.examDate,
        resultCategory: category.code,
        positive: category.positive,
        pathology: body.pathology ?? null,
        finalDiagnosis: body.finalDiagnosis ?? null,
        stage: body.stage ?? null,
        createdBy: ctx.principal.userId,
      })
      .returning();
    const taskRows =
      tasks.length === 0
        ? []
        : await tx
            .insert(screeningTasks)
            .values(
              tasks.map((t) => ({
                examId: exam!.id,
                participantId: p.id,
                regionCode: p.regionCode,
                gridId: g.id,
                kind: t.kind,
                dueDate: t.dueDate,
              })),
            )
            .returning();
    return { exam: exam!, taskRows };
  });
  await ctx.audit({
    action: 'create',
    entity: 'screening_exam',
    entityId: exam.id,
    detail: { participantId: p.id, tasks: taskRows.length },
  });
  const extra = {
    cancer: exam.cancer,
    nameSealed: p.nameSealed,
    village: g.village,
    doctorName: g.doctorName,
  };
  return {
    id: exam.id,
    participantId: p.id,
    cancer: exam.cancer,
    method: exam.method,
    examDate: exam.examDate,
    resultCategory: exam.resultCategory,
    positive: exam.positive,
    finalDiagnosis: exam.finalDiagnosis,
    stage: exam.stage,
    tasks: taskRows.map((t) => presentTask(ctx, t, extra, today)),
  };
}

function taskQuery(ctx: RequestContext) {
  return ctx.db
    .select({
      t: screeningTasks,
      cancer: screeningExams.cancer,
      examDate: screeningExams.examDate,
      nameSealed: screeningParticipants.nameSealed,
      village: screeningGrids.village,
      doctorName: screeningGrids.doctorName,
    })
    .from(screeningTasks)
    .innerJoin(screeningExams, eq(screeningExams.id, screeningTasks.examId))
    .innerJoin(screeningParticipants, eq(screeningParticipants.id, screeningTasks.participantId))
    .innerJoin(screeningGrids, eq(screeningGrids.id, screeningTasks.gridId));
}

/**
 * Referral and follow-up tasks in scope, earliest due first. `mine`: only the grids whose responsible
 * doctor is the caller (the grid doctor's worklist); county staff see their whole region.
 */
export async function listTasks(
  ctx: RequestContext,
  query: TaskListQuery,
  today: string,
): Promise<PageOf<TaskView>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where: SQL[] = [ctx.scoped.screeningParticipants()];
  if (query.open || query.overdue) where.push(isNull(screeningTasks.completedOn));
  if (query.overdue) where.push(lt(screeningTasks.dueDate, today));
  if (query.mine) where.push(eq(screeningGrids.doctorUserId, ctx.principal.userId));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    taskQuery(ctx)
      .where(condition)
      .orderBy(asc(screeningTasks.dueDate), screeningTasks.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db
      .select({ n: count() })
      .from(screeningTasks)
      .innerJoin(screeningParticipants, eq(screeningParticipants.id, screeningTasks.participantId))
      .innerJoin(screeningGrids, eq(screeningGrids.id, screeningTasks.gridId))
      .where(condition),
  ]);
  await ctx.audit({
    action: 'read',
    entity: 'screening_task_list',
    detail: { ...query, returned: rows.length },
  });
  return {
    items: rows.map((r) => presentTask(ctx, r.t, r, today)),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/** Completes a task with its outcome; the completion date must not be before the examination. */
export async function completeTask(
  ctx: RequestContext,
  id: string,
  body: CompleteTaskRequest,
  today: string,
): Promise<TaskView> {
  const [row] = await taskQuery(ctx).where(
    and(eq(screeningTasks.id, id), ctx.scoped.screeningParticipants()),
  );
  if (!row) throw notFound('screening task', id);
  if (body.completedOn < row.examDate) {
    throw badRequest('The follow-up is dated before its examination', [
      { field: 'completedOn', reason: 'before_exam' },
    ]);
  }
  if (body.completedOn > today) {
    throw badRequest('The follow-up is dated in the future', [{ field: 'completedOn', reason: 'future' }]);
  }
  const [t] = await ctx.db
    .update(screeningTasks)
    .set({ completedOn: body.completedOn, outcome: body.outcome })
    .where(eq(screeningTasks.id, id))
    .returning();
  await ctx.audit({
    action: 'update',
    entity: 'screening_task',
    entityId: id,
    detail: { completedOn: body.completedOn },
  });
  return presentTask(ctx, t!, row, today);
}

/** A participant's examinations with their tasks, oldest first. */
export async function listExams(
  ctx: RequestContext,
  participantId: string,
  today: string,
): Promise<ExamView[]> {
  await participantInScope(ctx, participantId);
  const exams = await ctx.db
    .select()
    .from(screeningExams)
    .where(eq(screeningExams.participantId, participantId))
    .orderBy(screeningExams.examDate);
  const tasks = await taskQuery(ctx).where(eq(screeningTasks.participantId, participantId));
  await ctx.audit({ action: 'read', entity: 'screening_exam_list', entityId: participantId });
  return exams.map((e) => ({
    id: e.id,
    participantId,
    cancer: e.cancer,
    method: e.method,
    examDate: e.examDate,
    resultCategory: e.resultCategory,
    positive: e.positive,
    finalDiagnosis: e.finalDiagnosis,
    stage: e.stage,
    tasks: tasks.filter((t) => t.t.examId === e.id).map((t) => presentTask(ctx, t.t, t, today)),
  }));
}
