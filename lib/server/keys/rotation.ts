import 'server-only';
import { type EncryptedField, type Keyring, resealField, SEALED_PREFIX } from '@/lib/contact/crypto';
import { openTotpSecret, sealTotpSecret } from '@/lib/server/auth/totp-secret';
import { contactAad, messageAad, noteAad } from '@/lib/server/contact/requests';
import type { Db } from '@/lib/server/db';

// For scripts/keys-rotate.mts: under tsx an ESM script that imports lib/contact/crypto itself gets a second
// instance of it, whose key rings this module cannot read (their key bytes live in a module-private WeakMap).
export { parseKeyring } from '@/lib/contact/crypto';

export interface RotationCounts {
  /** Rows re-sealed under the newest key, per kind. */
  requests: number;
  notes: number;
  totpSecrets: number;
  /** Rows that changed between reading and writing (left as the other writer made them; a next run takes them). */
  skipped: number;
  /** Rows no key in the ring opens: their key is already gone, or they were tampered with. */
  unreadable: number;
}

export interface RotationResult extends RotationCounts {
  /** False when the batch limit stopped the run before every row was looked at. */
  complete: boolean;
}

export interface RotationOptions {
  batchSize?: number;
  /** Stop after this many batches (over all kinds); a later run continues where this one left off. */
  maxBatches?: number;
  onBatch?: (counts: Readonly<RotationCounts>) => void;
}

type Outcome = 'resealed' | 'skipped' | 'unreadable';

interface RequestCiphers {
  id: string;
  reference: string;
  keyId: string;
  messageCipher: string | null;
  contactCipher: string | null;
}

/**
 * Re-seals one request's message and contact address under the newest key. The write only applies while the row
 * still holds exactly what was read, so a concurrent change (an erasure, the retention job) is never overwritten.
 */
export async function resealRequest(db: Db, keyring: Keyring, row: RequestCiphers): Promise<Outcome> {
  let messageCipher: string | null;
  let contactCipher: string | null;
  try {
    const reseal = (ciphertext: string | null, aad: string) =>
      ciphertext === null
        ? null
        : resealField(keyring, 'request', { keyId: row.keyId, ciphertext }, aad).ciphertext;
    messageCipher = reseal(row.messageCipher, messageAad(row.reference));
    contactCipher = reseal(row.contactCipher, contactAad(row.reference));
  } catch {
    return 'unreadable';
  }
  const { count } = await db.contactRequest.updateMany({
    where: {
      id: row.id,
      keyId: row.keyId,
      messageCipher: row.messageCipher,
      contactCipher: row.contactCipher,
    },
    data: { keyId: keyring.currentKeyId, messageCipher, contactCipher },
  });
  return count === 1 ? 'resealed' : 'skipped';
}

interface NoteCipher {
  id: string;
  keyId: string;
  bodyCipher: string;
}

export async function resealNote(db: Db, keyring: Keyring, row: NoteCipher): Promise<Outcome> {
  let field: EncryptedField;
  try {
    field = resealField(keyring, 'note', { keyId: row.keyId, ciphertext: row.bodyCipher }, noteAad(row.id));
  } catch {
    return 'unreadable';
  }
  const { count } = await db.requestNote.updateMany({
    where: { id: row.id, keyId: row.keyId, bodyCipher: row.bodyCipher },
    data: { keyId: field.keyId, bodyCipher: field.ciphertext },
  });
  return count === 1 ? 'resealed' : 'skipped';
}

export async function resealTotpSecret(
  db: Db,
  keyring: Keyring,
  row: { id: string; totpSecret: string },
): Promise<Outcome> {
  let sealed: string;
  try {
    sealed = sealTotpSecret(keyring, row.id, openTotpSecret(keyring, row.id, row.totpSecret));
  } catch {
    return 'unreadable';
  }
  // A person who resets or sets up their second factor meanwhile keeps the new secret.
  const { count } = await db.staffUser.updateMany({
    where: { id: row.id, totpSecret: row.totpSecret },
    data: { totpSecret: sealed },
  });
  return count === 1 ? 'resealed' : 'skipped';
}

/** Rows after the last one of the previous batch, in id order: progress does not depend on what was re-sealed. */
const after = (afterId: string | undefined) => (afterId === undefined ? {} : { id: { gt: afterId } });
const sealed = { startsWith: SEALED_PREFIX };

/**
 * Re-seals every contact request, note and TOTP secret that is not yet sealed under the newest key of the ring
 * (rows with an older key, and rows in the raw-key form from before per-purpose keys). Works in batches in id
 * order; it keeps no state, so a run after an interrupted one simply finds the rows that are left. Run it only once
 * every instance encrypts with the newest key, or new rows with the old key keep appearing behind it.
 */
export async function rotateKeys(
  db: Db,
  keyring: Keyring,
  options: RotationOptions = {},
): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 200;
  const current = keyring.currentKeyId;
  const counts: RotationCounts = { requests: 0, notes: 0, totpSecrets: 0, skipped: 0, unreadable: 0 };
  let batches = 0;

  async function sweep<Row extends { id: string }>(
    kind: 'requests' | 'notes' | 'totpSecrets',
    read: (afterId: string | undefined) => Promise<Row[]>,
    reseal: (row: Row) => Promise<Outcome>,
  ): Promise<boolean> {
    let afterId: string | undefined;
    for (;;) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) return false;
      const rows = await read(afterId);
      if (rows.length === 0) return true;
      batches += 1;
      for (const row of rows) {
        const outcome = await reseal(row);
        if (outcome === 'resealed') counts[kind] += 1;
        else counts[outcome] += 1;
      }
      options.onBatch?.({ ...counts });
      afterId = rows[rows.length - 1]!.id;
      if (rows.length < batchSize) return true;
    }
  }

  const page = { orderBy: { id: 'asc' as const }, take: batchSize };

  const complete =
    (await sweep(
      'requests',
      (afterId) =>
        db.contactRequest.findMany({
          where: {
            ...after(afterId),
            OR: [
              { keyId: { not: current } },
              { messageCipher: { not: null }, NOT: { messageCipher: sealed } },
              { contactCipher: { not: null }, NOT: { contactCipher: sealed } },
            ],
          },
          select: { id: true, reference: true, keyId: true, messageCipher: true, contactCipher: true },
          ...page,
        }),
      (row) => resealRequest(db, keyring, row),
    )) &&
    (await sweep(
      'notes',
      (afterId) =>
        db.requestNote.findMany({
          where: { ...after(afterId), OR: [{ keyId: { not: current } }, { NOT: { bodyCipher: sealed } }] },
          select: { id: true, keyId: true, bodyCipher: true },
          ...page,
        }),
      (row) => resealNote(db, keyring, row),
    )) &&
    (await sweep(
      'totpSecrets',
      async (afterId) => {
        const rows = await db.staffUser.findMany({
          where: {
            ...after(afterId),
            totpSecret: { not: null },
            NOT: { totpSecret: { startsWith: `${current}:${SEALED_PREFIX}` } },
          },
          select: { id: true, totpSecret: true },
          ...page,
        });
        return rows.flatMap((row) =>
          row.totpSecret === null ? [] : [{ id: row.id, totpSecret: row.totpSecret }],
        );
      },
      (row) => resealTotpSecret(db, keyring, row),
    ));
  return { ...counts, complete };
}
