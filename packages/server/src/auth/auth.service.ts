import { findRegion } from '@orca/codes';
import type { Role, SessionUser } from '@orca/contract';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service';
import type { Principal } from '../context/scope';
import type { Db } from '../db/database';
import { AppError, unauthenticated } from '../http/errors';
import { institutions } from '../institutions/institutions.tables';
import { apiTokens, sessions, users } from './auth.tables';
import { hashPassword, verifyPassword } from './password';
import { newSecret, secretHash } from './tokens';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

type UserRow = typeof users.$inferSelect;

function principalOf(user: UserRow): Principal {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as Role[],
    regionCode: user.regionCode,
    institutionId: user.institutionId,
  };
}

// A hash of a random password, so an unknown user costs as much time as a wrong password.
const dummyHash = hashPassword(newSecret());

export interface LoginResult {
  token: string;
  expiresAt: Date;
  principal: Principal;
}

/** Checks the password, locks the account after repeated failures, and opens a fresh session. */
export async function login(
  db: Db,
  username: string,
  password: string,
  ttlMinutes: number,
  now = new Date(),
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const fail = async (reason: string, userId: string | null) => {
    await appendAudit(
      db,
      { userId, username },
      { action: 'login_failed', entity: 'session', detail: { reason } },
    );
    return unauthenticated('Wrong username or password');
  };
  if (!user) {
    await verifyPassword(await dummyHash, password);
    throw await fail('unknown_user', null);
  }
  if (user.disabled) throw await fail('disabled', user.id);
  if (user.lockedUntil && user.lockedUntil > now) {
    await appendAudit(
      db,
      { userId: user.id, username },
      { action: 'login_failed', entity: 'session', detail: { reason: 'locked' } },
    );
    throw new AppError(
      'unauthenticated',
      401,
      `Account locked after ${MAX_FAILED_LOGINS} failed logins; try again later`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db
      .update(users)
      .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock })
      .where(eq(users.id, user.id));
    throw await fail(lock ? 'locked_now' : 'wrong_password', user.id);
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
  await db.insert(sessions).values({ tokenHash: secretHash(token), userId: user.id, expiresAt });
  await db.delete(sessions).where(lt(sessions.expiresAt, now)); // housekeeping: expired sessions go
  await appendAudit(db, { userId: user.id, username }, { action: 'login', entity: 'session' });
  return { token, expiresAt, principal: principalOf(user) };
}

export interface ResolvedSession {
  principal: Principal;
  expiresAt: Date;
  /** Set when the session was extended: the cookie must be re-sent with the new expiry. */
  renewed: boolean;
}

/** The session's user, extending a session past half its life (sliding expiry); null if expired. */
export async function resolveSession(
  db: Db,
  token: string,
  ttlMinutes: number,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const tokenHash = secretHash(token);
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  if (!row || row.user.disabled) return null;
  const ttlMs = ttlMinutes * 60_000;
  let expiresAt = row.expiresAt;
  const renewed = expiresAt.getTime() - now.getTime() < ttlMs / 2;
  if (renewed) {
    expiresAt = new Date(now.getTime() + ttlMs);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { principal: principalOf(row.user), expiresAt, renewed };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, secretHash(token)));
}

/** The API token's owner, if the token is known, unexpired and not revoked. */
export async function resolveApiToken(db: Db, token: string, now = new Date()): Promise<Principal | null> {
  const [row] = await db
    .select({ user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, secretHash(token)),
        gt(apiTokens.expiresAt, now),
        isNull(apiTokens.revokedAt),
      ),
    );
  return row && !row.user.disabled ? principalOf(row.user) : null;
}

export async function createApiToken(db: Db, userId: string, name: string, days: number, now = new Date()) {
  const token = newSecret('orca_');
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: secretHash(token), expiresAt })
    .returning({ id: apiTokens.id });
  return { id: row!.id, name, token, expiresAt: expiresAt.toISOString() };
}

export async function revokeApiToken(
  db: Db,
  userId: string,
  tokenId: string,
  now = new Date(),
): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The signed-in user as the web app shows it: names of region and institution included. */
export async function sessionUser(db: Db, principal: Principal, expiresAt: Date): Promise<SessionUser> {
  const [inst] = principal.institutionId
    ? await db
        .select({ name: institutions.name })
        .from(institutions)
        .where(eq(institutions.id, principal.institutionId))
    : [];
  return {
    id: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    roles: principal.roles,
    regionCode: principal.regionCode,
    regionName:
      findRegion(principal.regionCode)?.name ??
      (principal.regionCode === '000000' ? '全国' : principal.regionCode),
    institutionId: principal.institutionId,
    institutionName: inst?.name ?? null,
    expiresAt: expiresAt.toISOString(),
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  regionCode: string;
  institutionCode?: string | null;
}

/** Creates a user; the institution is named by its code. Throws `conflict` for a taken username. */
export async function createUser(db: Db, input: NewUser): Promise<string> {
  let institutionId: string | null = null;
  if (input.institutionCode) {
    const [inst] = await db
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.code, input.institutionCode));
    if (!inst)
      throw new AppError('validation_failed', 400, `institution ${input.institutionCode} not found`, [
        { field: 'institutionCode', reason: 'unknown institution' },
      ]);
    institutionId = inst.id;
  }
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${input.username})`);
  if (taken) throw new AppError('conflict', 409, `username ${input.username} is taken`);
  const [row] = await db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      roles: [...input.roles] as string[],
      regionCode: input.regionCode,
      institutionId,
    })
    .returning({ id: users.id });
  return row!.id;
}
