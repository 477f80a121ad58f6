// Used in the browser (form hints) and on the server (the authoritative check), so it sticks to the
// 'min' metadata: 'max' would add ~65 KB to the contact page for cheap phones on slow connections.
import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/min';

export type PhoneResult = { ok: true; e164: string } | { ok: false };

// libphonenumber happily extracts a number from surrounding text ("bel 06..."), and converts vanity
// letters; for a callback number we want exactly what the visitor typed to be a number.
const PHONE_CHARACTERS = /^\+?[\d\s().\/-]+$/;
const MAX_INPUT_LENGTH = 32;

// The 'min' metadata is loose for the Netherlands (it takes "12345" as valid and cannot tell number
// types), so Dutch numbers must match the ranges where a person answers: geographic (01-05, 07), mobile
// (061-065, 068), VoIP (085, 091) and normal-rate business numbers (088). This rules out premium 090x
// (toll fraud via the callback), 0800, extra-cost 084/087, pagers, M2M and municipal 14xxx numbers.
// Geographic area codes are not checked one by one: a non-existent one merely fails to connect.
const DUTCH_PERSONAL = /^(?:[1-57]\d{8}|6[1-58]\d{7}|8[58]\d{7}|91\d{7})$/;
// Elsewhere the type is checked when the metadata knows it (e.g. UK premium 09).
const PERSONAL_TYPES = new Set<NumberType>(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'VOIP']);

export function normalizePhone(input: string): PhoneResult {
  const trimmed = input.normalize('NFKC').trim();
  if (trimmed.length > MAX_INPUT_LENGTH || !PHONE_CHARACTERS.test(trimmed)) return { ok: false };

  const phone = parsePhoneNumberFromString(trimmed, 'NL');
  if (!phone?.isValid()) return { ok: false };
  if (phone.countryCallingCode === '31' && !DUTCH_PERSONAL.test(phone.nationalNumber)) return { ok: false };
  const type = phone.getType();
  if (type !== undefined && !PERSONAL_TYPES.has(type)) return { ok: false };
  return { ok: true, e164: phone.number };
}
