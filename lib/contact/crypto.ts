// Server-only by nature (node:crypto, key material). Never import from client components.
//
// Field-level AES-256-GCM for personal data (phone, e-mail, message) so a leaked database dump or backup
// is useless without the key ring, which lives only in the environment.
//
// Always pass an AAD that binds the ciphertext to its place, e.g. `contact:${rowId}:phone`. GCM then
// refuses a ciphertext copied into another row or field, so someone with write access to the database
// cannot make staff see one visitor's phone number on another visitor's request.
//
// New data is sealed with `sealField` under a key derived per purpose (HKDF-SHA-256) from the configured key, so
// a key for one kind of data never opens another kind. Ciphertexts from before that carry no marker and were made
// with the configured key itself; `openField` still opens them and `npm run keys:rotate` re-seals them.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

export interface Keyring {
  /** Id of the key used for new ciphertexts: the first entry of the spec. */
  readonly currentKeyId: string;
  readonly keyIds: readonly string[];
}

export interface EncryptedField {
  keyId: string;
  /** base64url of iv(12) | tag(16) | data */
  ciphertext: string;
}

/**
 * The HKDF info of each purpose's key. Part of the stored format: changing a value makes its data unreadable.
 * A new kind of encrypted data gets its own line here.
 */
export const KEY_PURPOSES = {
  request: 'uitweg field key v1: contact request fields',
  note: 'uitweg field key v1: request notes',
  totp: 'uitweg field key v1: TOTP secrets',
  totpPending: 'uitweg field key v1: pending TOTP secrets',
} as const;

export type KeyPurpose = keyof typeof KEY_PURPOSES;

/** Marks a ciphertext sealed under a derived key; the raw-key form is plain base64url, which has no '.'. */
export const SEALED_PREFIX = 'v1.';

// Key bytes sit in a module-private WeakMap rather than on the object, so logging or serialising a
// Keyring (console.log, JSON.stringify, error reporters) can never leak them.
const material = new WeakMap<Keyring, ReadonlyMap<string, Buffer>>();
const derived = new WeakMap<Keyring, Map<string, Buffer>>();

/**
 * Parses `k2:BASE64,k1:BASE64`. The first key encrypts; all keys decrypt, which allows rotation by
 * prepending a new key and re-encrypting old rows at leisure. Error messages name the entry position and
 * the problem but never echo the entry, since a malformed entry may well be a key.
 */
export function parseKeyring(spec: string): Keyring {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error('Key ring is empty: expected "id:base64key[,id:base64key...]"');

  const keys = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    const where = `Key ring entry ${index + 1}`;
    const colon = entry.indexOf(':');
    if (colon === -1) throw new Error(`${where}: missing "id:" prefix`);
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID.test(id)) throw new Error(`${where}: key id must be 1-32 characters of A-Z a-z 0-9 _ -`);
    if (keys.has(id)) throw new Error(`${where}: duplicate key id "${id}"`);
    if (!BASE64.test(encoded)) throw new Error(`${where} ("${id}"): key is not base64`);
    const key = Buffer.from(encoded, encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64');
    if (key.length !== KEY_BYTES) {
      throw new Error(`${where} ("${id}"): key must be ${KEY_BYTES} bytes, got ${key.length}`);
    }
    keys.set(id, key);
  });

  const keyIds = Object.freeze([...keys.keys()]);
  const keyring: Keyring = Object.freeze({ currentKeyId: keyIds[0] ?? '', keyIds });
  material.set(keyring, keys);
  return keyring;
}

function keyFor(keyring: Keyring, keyId: string): Buffer {
  const key = material.get(keyring)?.get(keyId);
  if (!key) throw new Error(`Unknown encryption key id "${keyId}"`);
  return key;
}

function purposeKeyFor(keyring: Keyring, keyId: string, purpose: KeyPurpose): Buffer {
  let keys = derived.get(keyring);
  if (!keys) derived.set(keyring, (keys = new Map()));
  const name = `${keyId}\u0000${purpose}`;
  let key = keys.get(name);
  if (!key) {
    // The configured keys are 32 uniformly random bytes, so HKDF needs no salt to extract from them.
    const info = KEY_PURPOSES[purpose];
    key = Buffer.from(hkdfSync('sha256', keyFor(keyring, keyId), Buffer.alloc(0), info, KEY_BYTES));
    keys.set(name, key);
  }
  return key;
}

function encryptWith(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
}

/**
 * The raw-key form every ciphertext had before keys were separated per purpose. New data uses `sealField`; this
 * stays for `openField`'s fallback and for tests that need a row as it was stored then.
 */
export function encryptField(keyring: Keyring, plaintext: string, aad = ''): EncryptedField {
  const keyId = keyring.currentKeyId;
  return { keyId, ciphertext: encryptWith(keyFor(keyring, keyId), plaintext, aad) };
}

/** Opens the raw-key form (see `encryptField`). */
export function decryptField(keyring: Keyring, field: EncryptedField, aad = ''): string {
  return decryptWith(keyFor(keyring, field.keyId), field.ciphertext, aad);
}

/** Encrypts under the current key's derived key for this purpose. */
export function sealField(
  keyring: Keyring,
  purpose: KeyPurpose,
  plaintext: string,
  aad = '',
): EncryptedField {
  const keyId = keyring.currentKeyId;
  const key = purposeKeyFor(keyring, keyId, purpose);
  return { keyId, ciphertext: `${SEALED_PREFIX}${encryptWith(key, plaintext, aad)}` };
}

/** Opens a sealed field, or one in the older raw-key form. */
export function openField(keyring: Keyring, purpose: KeyPurpose, field: EncryptedField, aad = ''): string {
  if (!field.ciphertext.startsWith(SEALED_PREFIX)) return decryptField(keyring, field, aad);
  const key = purposeKeyFor(keyring, field.keyId, purpose);
  return decryptWith(key, field.ciphertext.slice(SEALED_PREFIX.length), aad);
}

/** True when rotation must re-seal a field: made with an older key, or in the raw-key form. */
export function needsResealing(keyring: Keyring, field: EncryptedField): boolean {
  return field.keyId !== keyring.currentKeyId || !field.ciphertext.startsWith(SEALED_PREFIX);
}

/** Opens a field with whichever key it names and seals it again under the current key. */
export function resealField(
  keyring: Keyring,
  purpose: KeyPurpose,
  field: EncryptedField,
  aad = '',
): EncryptedField {
  return sealField(keyring, purpose, openField(keyring, purpose, field, aad), aad);
}

function decryptWith(key: Buffer, ciphertext: string, aad: string): string {
  const raw = Buffer.from(ciphertext, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('Ciphertext is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    // OpenSSL's message ("Unsupported state or unable to authenticate data") hides the likely causes.
    throw new Error('Decryption failed: wrong key, wrong AAD or tampered ciphertext');
  }
}

/** True when a field was made with an older key. Rotation also re-seals the raw-key form: `needsResealing`. */
export function needsReencryption(keyring: Keyring, field: Pick<EncryptedField, 'keyId'>): boolean {
  return field.keyId !== keyring.currentKeyId;
}

/** For set-up scripts: prints a fresh entry to put (first) in the key ring environment variable. */
export function generateKeySpec(id = 'k1'): string {
  if (!KEY_ID.test(id)) throw new Error('Key id must be 1-32 characters of A-Z a-z 0-9 _ -');
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}
