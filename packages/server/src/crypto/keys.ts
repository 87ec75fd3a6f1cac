import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Keys {
  /** AES-256-GCM key for sealing identifiers. */
  seal: Buffer;
  /** HMAC-SHA256 key for blind indexes; separate from `seal` so one leak does not give the other. */
  index: Buffer;
}

function parseMasterKey(raw: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    throw new Error('ORCA_SECRET_KEY must be 32 bytes, written as 64 hex digits or base64');
  }
  return key;
}

export function deriveKeys(master: Buffer): Keys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { seal: derive('orca/seal/v1'), index: derive('orca/blind-index/v1') };
}

/**
 * The master key from ORCA_SECRET_KEY, else from `<dataDir>/secret.key`, generated there on first run.
 * Losing that file makes every sealed identifier unreadable, hence the warning.
 */
export function loadKeys(secretKey: string | null, dataDir: string, warn: (msg: string) => void): Keys {
  if (secretKey) return deriveKeys(parseMasterKey(secretKey));
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return deriveKeys(parseMasterKey(fs.readFileSync(file, 'utf8').trim()));
  fs.mkdirSync(dataDir, { recursive: true });
  const master = randomBytes(32);
  fs.writeFileSync(file, master.toString('base64'), { mode: 0o600 });
  warn(
    `ORCA_SECRET_KEY is not set: generated a key into ${file}. Back it up; without it the names and ID numbers in the database cannot be read.`,
  );
  return deriveKeys(master);
}
