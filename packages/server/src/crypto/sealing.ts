import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { normaliseName, normaliseResidentId } from '@orca/codes';
import type { Keys } from './keys';

const VERSION = 'v1';

/** Seals identifiers with AES-256-GCM: `v1.<base64 iv|ciphertext|tag>`; a fresh 96-bit IV each time. */
export interface Sealer {
  seal(plain: string): string;
  sealOrNull(plain: string | null | undefined): string | null;
  unseal(sealed: string): string;
  unsealOrNull(sealed: string | null): string | null;
  /** Keyed blind index of a name, for exact-match search. */
  nameIndex(name: string): string;
  /** Keyed blind index of a resident ID number (normalised: full-width, lower-case x). */
  idNumberIndex(idNumber: string): string;
}

export function createSealer(keys: Keys): Sealer {
  const seal = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keys.seal, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
  };
  const unseal = (sealed: string) => {
    const [version, payload] = sealed.split('.');
    if (version !== VERSION || !payload) throw new Error('unseal: unknown envelope version');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', keys.seal, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  };
  // The field name is part of the MAC input, so equal strings in different fields never share an index.
  const mac = (field: string, value: string) =>
    createHmac('sha256', keys.index).update(`${field}\u0000${value}`).digest('base64url');
  return {
    seal,
    unseal,
    sealOrNull: (plain) => (plain ? seal(plain) : null),
    unsealOrNull: (sealed) => (sealed ? unseal(sealed) : null),
    nameIndex: (name) => mac('name', normaliseName(name)),
    idNumberIndex: (idNumber) => mac('id_number', normaliseResidentId(idNumber)),
  };
}
