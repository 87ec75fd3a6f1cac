import { type Static, Type } from 'typebox';

/**
 * Roles of domain guide §1.2. Scope = role × region subtree × institution: a hospital reporter sees
 * its own institution's patients, region roles see their region and below, officials see aggregates.
 */
export const ROLES = [
  'administrator',
  'provincial_analyst',
  'registry_staff',
  'hospital_reporter',
  'screening_staff',
  'qc_staff',
  'official',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles allowed to see identified (person-level) data at all; the others see aggregates only. */
export const IDENTIFIED_DATA_ROLES: readonly Role[] = [
  'administrator',
  'provincial_analyst',
  'registry_staff',
  'hospital_reporter',
  'screening_staff',
  'qc_staff',
];

export const RoleSchema = Type.Unsafe<Role>({ type: 'string', enum: [...ROLES] });

export const LoginRequest = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type LoginRequest = Static<typeof LoginRequest>;

export const SessionUser = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  regionCode: Type.String(),
  regionName: Type.String(),
  institutionId: Type.Union([Type.String(), Type.Null()]),
  institutionName: Type.Union([Type.String(), Type.Null()]),
  /** When the session ends unless renewed by activity (ISO timestamp). */
  expiresAt: Type.String(),
});
export type SessionUser = Static<typeof SessionUser>;

export const CreateUserRequest = Type.Object({
  username: Type.String({ pattern: '^[a-zA-Z0-9_.-]{3,50}$' }),
  displayName: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 10, maxLength: 200 }),
  roles: Type.Array(RoleSchema, { minItems: 1 }),
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  institutionCode: Type.Optional(Type.String()),
});
export type CreateUserRequest = Static<typeof CreateUserRequest>;

export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  regionCode: Type.String(),
  institutionId: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
});
export type UserView = Static<typeof UserView>;

export const CreateTokenRequest = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  /** Days until the token expires. */
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730, default: 365 })),
});
export const TokenCreated = Type.Object({
  id: Type.String(),
  name: Type.String(),
  token: Type.String(),
  expiresAt: Type.String(),
});
export type TokenCreated = Static<typeof TokenCreated>;
