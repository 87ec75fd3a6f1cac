import { createHash } from 'node:crypto';

export interface AuditFields {
  seq: number;
  at: string;
  userId: string | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  purpose: string | null;
  detail: unknown;
}

/** Hash of the first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys at every depth, so the same entry always hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, entry: AuditFields): string {
  const { seq, at, userId, username, action, entity, entityId, purpose, detail } = entry;
  const body = canonicalJson({ seq, at, userId, username, action, entity, entityId, purpose, detail });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
