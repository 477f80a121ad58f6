import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';

import { describe, expect, it } from 'vitest';

import {
  decryptField,
  encryptField,
  generateKeySpec,
  KEY_PURPOSES,
  needsReencryption,
  needsResealing,
  openField,
  parseKeyring,
  resealField,
  sealField,
} from './crypto';

const key1 = randomBytes(32).toString('base64');
const key2 = randomBytes(32).toString('base64');

describe('parseKeyring', () => {
  it('uses the first key as the current one', () => {
    const keyring = parseKeyring(`k2:${key2}, k1:${key1}`);
    expect(keyring.currentKeyId).toBe('k2');
    expect(keyring.keyIds).toEqual(['k2', 'k1']);
  });

  it('accepts base64url keys and keys from generateKeySpec', () => {
    const url = randomBytes(32).toString('base64url');
    expect(parseKeyring(`a:${url}`).currentKeyId).toBe('a');
    expect(parseKeyring(generateKeySpec('set-up_1')).currentKeyId).toBe('set-up_1');
    expect(generateKeySpec()).toMatch(/^k1:[A-Za-z0-9+/]{43}=$/);
  });

  it('never exposes key material when logged or serialised', () => {
    const keyring = parseKeyring(`k1:${key1}`);
    expect(JSON.stringify(keyring)).not.toContain(key1);
    expect(inspect(keyring, { depth: 10, showHidden: true })).not.toContain(key1);
  });

  const short = randomBytes(16).toString('base64');
  const long = randomBytes(64).toString('base64');
  it.each([
    ['', /empty/],
    [` , `, /empty/],
    [key1, /entry 1: missing "id:" prefix/],
    [`k1:${key1},${key2}`, /entry 2: missing "id:" prefix/],
    [`k 1:${key1}`, /entry 1: key id must be/],
    [`:${key1}`, /entry 1: key id must be/],
    [`k1:${key1},k1:${key2}`, /entry 2: duplicate key id "k1"/],
    [`k1:${short}`, /entry 1 \("k1"\): key must be 32 bytes, got 16/],
    [`k1:${long}`, /entry 1 \("k1"\): key must be 32 bytes, got 64/],
    [`k1:${key1.slice(0, 20)}!${key1.slice(21)}`, /entry 1 \("k1"\): key is not base64/],
  ])('rejects %#', (spec, message) => {
    let error: unknown;
    try {
      parseKeyring(spec);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const text = String((error as Error).message);
    expect(text).toMatch(message);
    for (const secret of [key1, key2, short, long, key1.slice(0, 20), key1.slice(21)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('rejects a bad id in generateKeySpec', () => {
    expect(() => generateKeySpec('no spaces')).toThrow(/key id/i);
  });
});

describe('encryptField / decryptField', () => {
  const keyring = parseKeyring(`k1:${key1}`);

  it('round-trips text, including emoji and RTL scripts', () => {
    for (const plaintext of ['', '+31612345678', 'مرحبا 👋🏽 שלום\nregel 2']) {
      const field = encryptField(keyring, plaintext, 'contact:42:message');
      expect(field.keyId).toBe('k1');
      expect(decryptField(keyring, field, 'contact:42:message')).toBe(plaintext);
    }
  });

  it('lays out iv | tag | data as base64url and uses a fresh iv each time', () => {
    const a = encryptField(keyring, 'abc');
    const b = encryptField(keyring, 'abc');
    expect(a.ciphertext).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(a.ciphertext, 'base64url')).toHaveLength(12 + 16 + 3);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('detects tampering anywhere in the ciphertext', () => {
    const field = encryptField(keyring, 'bel me morgen', 'aad');
    const raw = Buffer.from(field.ciphertext, 'base64url');
    for (const index of [0, 11, 12, 27, 28, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[index] = (tampered[index] ?? 0) ^ 1;
      expect(() =>
        decryptField(keyring, { ...field, ciphertext: tampered.toString('base64url') }, 'aad'),
      ).toThrow(/Decryption failed/);
    }
    expect(() =>
      decryptField(keyring, { ...field, ciphertext: raw.subarray(0, 20).toString('base64url') }, 'aad'),
    ).toThrow(/truncated/);
  });

  it('refuses a ciphertext moved to another row or field (AAD)', () => {
    const field = encryptField(keyring, '+31612345678', 'contact:1:phone');
    expect(() => decryptField(keyring, field, 'contact:2:phone')).toThrow(/Decryption failed/);
    expect(() => decryptField(keyring, field, 'contact:1:email')).toThrow(/Decryption failed/);
    expect(() => decryptField(keyring, field)).toThrow(/Decryption failed/);
  });

  it('fails on an unknown key id', () => {
    const field = encryptField(keyring, 'x');
    expect(() => decryptField(keyring, { ...field, keyId: 'k9' })).toThrow(/Unknown encryption key id "k9"/);
  });

  it('fails with the right id but a different key', () => {
    const field = encryptField(keyring, 'x');
    expect(() => decryptField(parseKeyring(`k1:${key2}`), field)).toThrow(/Decryption failed/);
  });

  it('supports rotation: old rows still decrypt, new rows use the new key', () => {
    const old = encryptField(parseKeyring(`k1:${key1}`), 'oud bericht', 'row-7');
    const rotated = parseKeyring(`k2:${key2},k1:${key1}`);
    expect(decryptField(rotated, old, 'row-7')).toBe('oud bericht');
    expect(needsReencryption(rotated, old)).toBe(true);

    const fresh = encryptField(rotated, 'nieuw bericht', 'row-8');
    expect(fresh.keyId).toBe('k2');
    expect(needsReencryption(rotated, fresh)).toBe(false);
    expect(decryptField(rotated, fresh, 'row-8')).toBe('nieuw bericht');
    // Once k1 is retired, its rows are unreadable: re-encrypt before removing a key.
    expect(() => decryptField(parseKeyring(`k2:${key2}`), old, 'row-7')).toThrow(/Unknown encryption key id/);
  });
});

describe('sealField / openField: one derived key per purpose', () => {
  const ring1 = parseKeyring(`k1:${key1}`);
  const ring21 = parseKeyring(`k2:${key2},k1:${key1}`);
  const ring2 = parseKeyring(`k2:${key2}`);

  it('round-trips under the current key, marked as the derived-key form', () => {
    const field = sealField(ring21, 'request', 'bel me morgen', 'R1:message');
    expect(field.keyId).toBe('k2');
    expect(field.ciphertext).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(openField(ring21, 'request', field, 'R1:message')).toBe('bel me morgen');
    expect(openField(ring2, 'request', field, 'R1:message')).toBe('bel me morgen');
  });

  it('never encrypts with the raw key: the raw key does not open a sealed field', () => {
    const field = sealField(ring1, 'note', 'notitie', 'n1:note');
    const body = { keyId: field.keyId, ciphertext: field.ciphertext.slice('v1.'.length) };
    expect(() => decryptField(ring1, body, 'n1:note')).toThrow(/Decryption failed/);
  });

  it('keeps purposes apart: a field sealed for one purpose does not open as another, even with the same AAD', () => {
    const purposes = Object.keys(KEY_PURPOSES) as (keyof typeof KEY_PURPOSES)[];
    expect(purposes).toEqual(expect.arrayContaining(['request', 'note', 'totp', 'totpPending']));
    for (const sealedAs of purposes) {
      const field = sealField(ring1, sealedAs, 'geheim', 'same-aad');
      for (const openedAs of purposes) {
        if (openedAs === sealedAs) expect(openField(ring1, openedAs, field, 'same-aad')).toBe('geheim');
        else expect(() => openField(ring1, openedAs, field, 'same-aad')).toThrow(/Decryption failed/);
      }
    }
  });

  it('still opens a ciphertext made with the raw key before key separation', () => {
    const legacy = encryptField(ring1, 'oud bericht', 'R7:message');
    expect(openField(ring1, 'request', legacy, 'R7:message')).toBe('oud bericht');
    expect(openField(ring21, 'request', legacy, 'R7:message')).toBe('oud bericht');
    expect(() => openField(ring1, 'request', legacy, 'R8:message')).toThrow(/Decryption failed/);
  });

  it('opens what was sealed with a fixed key forever (the derivation is part of the stored format)', () => {
    const fixed = parseKeyring('k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=');
    const stored = { keyId: 'k1', ciphertext: 'v1.yuQZ36FfgLPTQDCLzndP294XFAS3ffOIt3zhIMgfLJg5m7fwsGRb' };
    expect(openField(fixed, 'request', stored, 'FIXTURE:message')).toBe('vaste tekst');
  });

  it('tells which fields rotation must re-seal: an older key or the raw-key form', () => {
    expect(needsResealing(ring21, encryptField(ring21, 'x'))).toBe(true);
    expect(needsResealing(ring21, sealField(ring1, 'note', 'x'))).toBe(true);
    expect(needsResealing(ring21, sealField(ring21, 'note', 'x'))).toBe(false);
  });

  it('re-seals an old field under the newest key so that the old key can go', () => {
    const legacy = encryptField(ring1, '+31612345678', 'R9:contact');
    const resealed = resealField(ring21, 'request', legacy, 'R9:contact');
    expect(resealed.keyId).toBe('k2');
    expect(needsResealing(ring21, resealed)).toBe(false);
    expect(openField(ring2, 'request', resealed, 'R9:contact')).toBe('+31612345678');
    expect(() => resealField(ring21, 'request', legacy, 'R10:contact')).toThrow(/Decryption failed/);
  });
});
