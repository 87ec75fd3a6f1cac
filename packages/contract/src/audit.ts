import { type Static, Type } from 'typebox';

export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'read',
  'create',
  'update',
  'delete',
  'export',
  'import',
  'denied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntryView = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]),
  username: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Unknown(),
});
export type AuditEntryView = Static<typeof AuditEntryView>;
