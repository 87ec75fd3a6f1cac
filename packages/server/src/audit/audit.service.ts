import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { auditHead, auditLog } from './audit.tables';
import { type AuditFields, entryHash, GENESIS_HASH } from './audit-chain';

export interface AuditActor {
  userId: string | null;
  username: string | null;
}

export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | null;
  purpose?: string | null;
  detail?: unknown;
}

// Any constant works; it only has to be the same in every process that appends.
const AUDIT_LOCK_KEY = 7_201_234;

/**
 * Appends one entry to the hash chain. Appends are serialised by an advisory lock held to the end of
 * the transaction, so two servers on one PostgreSQL never fork the chain. Run inside the caller's
 * transaction when the audited change must commit with its entry.
 */
export async function appendAudit(
  db: Db,
  actor: AuditActor,
  event: AuditEvent,
  now = new Date(),
): Promise<void> {
  const run = async (tx: Db) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
    const entry: AuditFields = {
      seq: (head?.seq ?? 0) + 1,
      at: now.toISOString(),
      userId: actor.userId,
      username: actor.username,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      purpose: event.purpose ?? null,
      detail: event.detail ?? null,
    };
    const hash = entryHash(head?.hash ?? GENESIS_HASH, entry);
    await tx.insert(auditLog).values({ ...entry, prevHash: head?.hash ?? GENESIS_HASH, hash });
    await tx
      .insert(auditHead)
      .values({ id: 1, seq: entry.seq, hash })
      .onConflictDoUpdate({ target: auditHead.id, set: { seq: entry.seq, hash } });
  };
  await db.transaction((tx) => run(tx as unknown as Db));
}

export interface AuditProblem {
  seq: number;
  reason: 'hash_mismatch' | 'broken_link' | 'missing_entry' | 'head_mismatch';
}

export interface AuditVerification {
  entries: number;
  ok: boolean;
  problems: AuditProblem[];
}

/** Recomputes the whole chain: an edited row, a deleted row or a cut tail each shows as a problem. */
export async function verifyAudit(db: Db, batchSize = 5000): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} >= ${expectedSeq === 1 ? 0 : lastSeq + 1}`)
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      entries++;
      if (row.seq !== expectedSeq) problems.push({ seq: expectedSeq, reason: 'missing_entry' });
      if (row.prevHash !== prevHash) problems.push({ seq: row.seq, reason: 'broken_link' });
      if (entryHash(row.prevHash, row) !== row.hash) problems.push({ seq: row.seq, reason: 'hash_mismatch' });
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
    }
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
    problems.push({ seq: head.seq, reason: 'head_mismatch' });
  }
  return { entries, ok: problems.length === 0, problems };
}
