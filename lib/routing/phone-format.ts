import { parsePhoneNumberFromString } from 'libphonenumber-js';

// Display formatting for phone numbers as Dutch readers expect to see them, by libphonenumber-js (Google's number
// plans): Dutch numbers in the national notation of the Dutch standard ('030 123 4567', '06 12345678', '0800 0113'),
// foreign ones internationally in their own country's grouping ('+32 2 123 45 67').

/** Drops the '(0)' of '+31 (0)20 …', a common way of writing numbers that would otherwise dial wrongly. */
function withoutTrunkHint(value: string): string {
  return value.trim().replace(/\(0\)/g, '');
}

/** Short codes such as '112' and anything that is not a valid number pass through as written. */
export function formatDutchNational(value: string): string {
  const parsed = parsePhoneNumberFromString(withoutTrunkHint(value), 'NL');
  if (!parsed?.isValid()) return value.trim();
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}

/** A `tel:` URI; keeps only a leading '+' and digits, which every dialer understands. */
export function telHref(e164: string): string {
  const raw = withoutTrunkHint(e164);
  const digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+')) return `tel:+${digits}`;
  if (raw.startsWith('00') && digits.length > 4) return `tel:+${digits.slice(2)}`;
  return `tel:${digits}`;
}
