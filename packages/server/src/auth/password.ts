import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id of @node-rs/argon2: a const enum, which isolated modules cannot import.
const ARGON2ID = 2;

// OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1): ~30 ms here, slow enough for offline guessing.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

/** Why a password is too weak, or null: at least 10 characters with letters and digits. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'at least 10 characters';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'letters and digits';
  return null;
}
