import type { InvitationRun, Programme, ScreeningCancer } from '@orca/contract';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { addMonths } from './dates';
import { PROGRAMMES, programmeOf } from './programmes';
import {
  screeningAssessments,
  screeningExams,
  screeningGrids,
  screeningMessages,
  screeningParticipants,
} from './screening.tables';

/** One invitation or reminder, rendered from a template. */
export interface OutgoingMessage {
  participantId: string;
  kind: 'invitation' | 'reminder';
  channel: 'sms' | 'letter';
  /** Phone for SMS; null for a letter handed out by the grid doctor. */
  to: string | null;
  cancer: ScreeningCancer;
  body: string;
}

/**
 * Where messages go: an SMS gateway, a letter printer. Pluggable so that a site wires its own gateway
 * and tests use `recordingChannel()`; every message is also kept (sealed) in screening_messages.
 */
export interface MessageChannel {
  send(message: OutgoingMessage): Promise<void>;
}

/** The test double: records what would have been sent. */
export function recordingChannel(): MessageChannel & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}

/** The default channel: the record in screening_messages is the outbox an SMS gateway or printer reads. */
export const outboxChannel: MessageChannel = { send: async () => {} };

export const CANCER_NAMES: Record<ScreeningCancer, string> = {
  lung: '肺癌',
  breast: '乳腺癌',
  liver: '肝癌',
  upper_gi: '上消化道癌',
  colorectal: '结直肠癌',
  cervical: '宫颈癌',
};

/** Message templates; `{name}`, `{programme}`, `{cancer}`, `{village}`, `{doctor}` are filled in. */
export const MESSAGE_TEMPLATES = {
  invitation: {
    sms: '【{programme}】{name}您好，根据评估，建议您参加免费{cancer}筛查，请联系{village}{doctor}医生预约。回复TD退订。',
    letter:
      '{name}同志：\n根据{programme}安排，诚邀您参加免费{cancer}筛查检查。请携带身份证与{village}责任医生{doctor}联系预约。',
  },
  reminder: {
    sms: '【{programme}】{name}您好，您尚未参加{cancer}筛查，请尽快联系{village}{doctor}医生预约。回复TD退订。',
    letter: '{name}同志：\n您尚未参加{cancer}筛查，请尽快与{village}责任医生{doctor}联系预约。',
  },
} as const;

/** Days after an invitation without an examination before a reminder goes out (ours [U]; configurable). */
export const REMINDER_AFTER_DAYS = 14;

function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The cancers a participant should be invited for: high-risk ones, or every eligible one without a questionnaire. */
function cancersToInvite(
  programme: Programme,
  sex: number,
  highRisk: readonly string[] | undefined,
): ScreeningCancer[] {
  const eligible = programme.cancers.filter((c) => c.sex === null || c.sex === sex).map((c) => c.cancer);
  if (programme.questionnaire === null) return eligible;
  return eligible.filter((c) => highRisk?.includes(c));
}

/**
 * Sends invitations to participants in scope who should be screened and were not invited yet, and
 * reminders to those invited ≥ REMINDER_AFTER_DAYS ago who have had no examination for that cancer
 * since; opted-out participants get nothing. Idempotent for a given day.
 *
 * @param today - the sending date (an argument: tests fix the clock)
 * @returns how many invitations and reminders went out
 */
export async function sendInvitations(
  ctx: RequestContext,
  channel: MessageChannel,
  today: string,
  programmeCode?: string,
): Promise<InvitationRun> {
  const programmeCodes = programmeCode ? [programmeCode] : PROGRAMMES.map((p) => p.code);
  const participants = await ctx.db
    .select({ p: screeningParticipants, g: screeningGrids })
    .from(screeningParticipants)
    .innerJoin(screeningGrids, eq(screeningGrids.id, screeningParticipants.gridId))
    .where(
      and(ctx.scoped.screeningParticipants(), inArray(screeningParticipants.programmeCode, programmeCodes)),
    );
  const active = participants.filter((r) => r.p.optedOutOn === null || r.p.optedOutOn > today);
  const ids = active.map((r) => r.p.id);
  if (ids.length === 0) return { invitations: 0, reminders: 0 };
  const [assessments, exams, messages] = await Promise.all([
    ctx.db
      .select()
      .from(screeningAssessments)
      .where(inArray(screeningAssessments.participantId, ids))
      .orderBy(screeningAssessments.assessedOn),
    ctx.db
      .select({
        participantId: screeningExams.participantId,
        cancer: screeningExams.cancer,
        examDate: screeningExams.examDate,
      })
      .from(screeningExams)
      .where(inArray(screeningExams.participantId, ids)),
    ctx.db.select().from(screeningMessages).where(inArray(screeningMessages.participantId, ids)),
  ]);
  const latestRisk = new Map<string, string[]>();
  for (const a of assessments)
    if (a.assessedOn <= today) latestRisk.set(a.participantId, a.highRisk as string[]);
  let invitations = 0;
  let reminders = 0;
  const rows: (typeof screeningMessages.$inferInsert)[] = [];
  const outgoing: OutgoingMessage[] = [];
  for (const { p, g } of active) {
    const programme = programmeOf(p.programmeCode);
    if (!programme) continue;
    for (const cancer of cancersToInvite(programme, p.sex, latestRisk.get(p.id))) {
      const interval = programme.cancers.find((c) => c.cancer === cancer)?.intervalMonths ?? 12;
      // An exam within the interval means the person is not due: no invitation, no reminder.
      const screened = exams.some(
        (e) => e.participantId === p.id && e.cancer === cancer && addMonths(e.examDate, interval) > today,
      );
      if (screened) continue;
      const mine = messages.filter((m) => m.participantId === p.id && m.cancer === cancer);
      const invitation = mine.find((m) => m.kind === 'invitation');
      let kind: OutgoingMessage['kind'] | null = null;
      if (!invitation) kind = 'invitation';
      else if (
        !mine.some((m) => m.kind === 'reminder') &&
        daysBetween(invitation.sentOn, today) >= REMINDER_AFTER_DAYS
      ) {
        kind = 'reminder';
      }
      if (!kind) continue;
      const phone = ctx.sealer.unsealOrNull(p.phoneSealed);
      const via: OutgoingMessage['channel'] = phone ? 'sms' : 'letter';
      const body = render(MESSAGE_TEMPLATES[kind][via], {
        name: ctx.sealer.unseal(p.nameSealed),
        programme: programme.name,
        cancer: CANCER_NAMES[cancer],
        village: g.village,
        doctor: g.doctorName,
      });
      outgoing.push({ participantId: p.id, kind, channel: via, to: phone, cancer, body });
      rows.push({
        participantId: p.id,
        kind,
        channel: via,
        cancer,
        bodySealed: ctx.sealer.seal(body),
        sentOn: today,
      });
      if (kind === 'invitation') invitations++;
      else reminders++;
    }
  }
  if (rows.length > 0) await ctx.db.insert(screeningMessages).values(rows);
  for (const m of outgoing) await channel.send(m);
  await ctx.audit({
    action: 'send',
    entity: 'screening_messages',
    detail: { invitations, reminders, today },
  });
  return { invitations, reminders };
}
