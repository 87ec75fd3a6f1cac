import type {
  AssessmentRequest,
  AssessmentView,
  CompleteTaskRequest,
  DrillQuery,
  EnrolmentRequestBody,
  EnrolRequest,
  ExamRequest,
  ExamView,
  Grid,
  IndicatorsQuery,
  IndicatorsView,
  PageOf,
  ParticipantDetail,
  ParticipantListItem,
  ProgrammeList,
  Questionnaire,
  RiskResult,
  SelfAssessmentRequest,
  TaskView,
} from '@orca/contract';
import { apiRequest, type QueryParams } from '../app/api-client';

/** Programmes with eligibility and the result categories by method: `GET /api/screening/programmes`. */
export const fetchProgrammes = (signal?: AbortSignal) =>
  apiRequest<ProgrammeList>('/screening/programmes', { signal });

/** Grids of the caller's region. */
export const fetchGrids = (signal?: AbortSignal) => apiRequest<Grid[]>('/screening/grids', { signal });

/** A page of participants, identifiers masked by the server. */
export const fetchParticipants = (query: QueryParams, signal?: AbortSignal) =>
  apiRequest<PageOf<ParticipantListItem>>('/screening/participants', { query, signal });

/** Enrols a resident (identity checked by the server). */
export const enrolParticipant = (body: EnrolRequest) =>
  apiRequest<ParticipantDetail>('/screening/participants', { method: 'POST', body });

/** Submits a risk questionnaire for a participant; the server scores it. */
export const submitAssessment = (participantId: string, body: AssessmentRequest) =>
  apiRequest<AssessmentView>(`/screening/participants/${participantId}/assessments`, {
    method: 'POST',
    body,
  });

/** Records an examination; the server creates the referral or follow-up tasks. */
export const recordExam = (body: ExamRequest) =>
  apiRequest<ExamView>('/screening/exams', { method: 'POST', body });

/** A page of referral and follow-up tasks. */
export const fetchTasks = (query: QueryParams, signal?: AbortSignal) =>
  apiRequest<PageOf<TaskView>>('/screening/tasks', { query, signal });

/** Completes a task with its outcome. */
export const completeTask = (id: string, body: CompleteTaskRequest) =>
  apiRequest<TaskView>(`/screening/tasks/${id}/complete`, { method: 'POST', body });

/** Indicators by programme, region and period. */
export const fetchIndicators = (query: IndicatorsQuery, signal?: AbortSignal) =>
  apiRequest<IndicatorsView>('/screening/indicators', { query: { ...query }, signal });

/** The masked participants behind one indicator's numerator or denominator. */
export const fetchDrill = (query: DrillQuery, signal?: AbortSignal) =>
  apiRequest<ParticipantListItem[]>('/screening/indicators/drill', { query: { ...query }, signal });

/** The public questionnaire (no login). */
export const fetchPublicQuestionnaire = (signal?: AbortSignal) =>
  apiRequest<Questionnaire>('/public/screening/questionnaire', { signal, sessionProbe: true });

/** Scores a resident's own answers (no login, nothing stored). */
export const selfAssess = (body: SelfAssessmentRequest) =>
  apiRequest<RiskResult>('/public/screening/self-assessment', { method: 'POST', body, sessionProbe: true });

/** A resident's consented enrolment request (no login). */
export const requestEnrolment = (body: EnrolmentRequestBody) =>
  apiRequest<{ received: boolean }>('/public/screening/enrolment-requests', {
    method: 'POST',
    body,
    sessionProbe: true,
  });
