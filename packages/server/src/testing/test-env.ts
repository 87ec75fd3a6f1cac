import { deriveKeys } from '../crypto/keys';

/** Fixed test keys: tests compare blind indexes across processes. */
export const TEST_KEYS = deriveKeys(Buffer.alloc(32, 7));
export const TEMPLATE_DB = 'orca_test_template';

/** The same server URL pointed at another database. */
export function adminUrl(url: string, database = 'postgres'): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
