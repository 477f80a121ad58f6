// Server-only by nature (node:crypto, key material). Never import from client components.
//
// Field-level AES-256-GCM for personal data (phone, e-mail, message) so a leaked database dump or backup
// is useless without the key ring, which lives only in the environment.
//
// Always pass an AAD that binds the ciphertext to its place, e.g. `contact:${rowId}:phone`. GCM then
// refuses a ciphertext copied into another row or field, so someone with write access to the database
// cannot make staff see one visitor's phone number on another visitor's request.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

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

// Key bytes sit in a module-private WeakMap rather than on the object, so logging or serialising a
// Keyring (console.log, JSON.stringify, error reporters) can never leak them.
const material = new WeakMap<Keyring, ReadonlyMap<string, Buffer>>();

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

export function encryptField(keyring: Keyring, plaintext: string, aad = ''): EncryptedField {
  const keyId = keyring.currentKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(keyring, keyId), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const ciphertext = Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
  return { keyId, ciphertext };
}

export function decryptField(keyring: Keyring, field: EncryptedField, aad = ''): string {
  const key = keyFor(keyring, field.keyId);
  const raw = Buffer.from(field.ciphertext, 'base64url');
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

/** True when a row should be re-encrypted with the current key (used by rotation jobs). */
export function needsReencryption(keyring: Keyring, field: Pick<EncryptedField, 'keyId'>): boolean {
  return field.keyId !== keyring.currentKeyId;
}

/** For set-up scripts: prints a fresh entry to put (first) in the key ring environment variable. */
export function generateKeySpec(id = 'k1'): string {
  if (!KEY_ID.test(id)) throw new Error('Key id must be 1-32 characters of A-Z a-z 0-9 _ -');
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}
