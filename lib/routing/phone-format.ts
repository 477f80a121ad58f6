// Display formatting for phone numbers as Dutch readers expect to see them ('030 123 4567').
// Kept dependency-free and deliberately small: numbers come from our own curated configuration, so we
// only need the number plans of the Netherlands plus a sensible generic grouping for anything else.

// Two-digit geographic area codes; every other geographic code has three digits (0575, 0341, …).
// The non-geographic "company" ranges 084, 085, 087, 088 and 091 are written the same way.
const TWO_DIGIT_AREA_CODES = new Set(
  (
    '10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79 ' +
    '84 85 87 88 91'
  ).split(' '),
);

const SERVICE_PREFIXES = new Set(['800', '900', '906', '909']);

/** ITU country codes of one or two digits; everything else is three. */
function countryCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  const two = Number(digits.slice(0, 2));
  const twoDigitCodes = [20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49];
  const twoDigitRanges = (two >= 51 && two <= 58) || (two >= 60 && two <= 66) || (two >= 90 && two <= 95);
  return twoDigitCodes.includes(two) || twoDigitRanges || [81, 82, 84, 86, 98].includes(two) ? 2 : 3;
}

/** Groups of three, ending in a group of two to four digits so no digit is left on its own. */
function groupDigits(digits: string): string[] {
  const groups: string[] = [];
  let rest = digits;
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  if (rest) groups.push(rest);
  return groups;
}

/** `national` starts with the trunk '0'; returns null when it fits no Dutch plan we know. */
function formatNationalDigits(national: string): string | null {
  const body = national.slice(1);
  const service = body.slice(0, 3);
  if (SERVICE_PREFIXES.has(service)) {
    const subscriber = body.slice(3);
    if (subscriber.length === 4) return `0${service} ${subscriber}`;
    if (subscriber.length === 7) return `0${service} ${subscriber.slice(0, 3)} ${subscriber.slice(3)}`;
    return null;
  }
  if (body.length !== 9) return null;
  if (body.startsWith('6')) return `06 ${body.slice(1, 5)} ${body.slice(5)}`;
  if (TWO_DIGIT_AREA_CODES.has(body.slice(0, 2))) {
    return `0${body.slice(0, 2)} ${body.slice(2, 5)} ${body.slice(5)}`;
  }
  return `0${body.slice(0, 3)} ${body.slice(3, 6)} ${body.slice(6)}`;
}

/** Drops the '(0)' of '+31 (0)20 …', a common way of writing numbers that would otherwise dial wrongly. */
function withoutTrunkHint(value: string): string {
  return value.trim().replace(/\(0\)/g, '');
}

function formatInternational(raw: string, digits: string): string {
  // An explicitly grouped number ('+32 2 123 45 67') already follows its own country's conventions.
  const given = raw
    .replace(/^\+/, '')
    .split(/[\s().\-/]+/)
    .filter(Boolean);
  if (given.length > 1 && given.every((group) => /^\d+$/.test(group))) return `+${given.join(' ')}`;
  const ccLength = countryCodeLength(digits);
  return ['+' + digits.slice(0, ccLength), ...groupDigits(digits.slice(ccLength))].join(' ');
}

/**
 * '+31301234567' → '030 123 4567', '+31612345678' → '06 1234 5678', '+318000113' → '0800 0113'.
 * Foreign numbers stay international; short codes such as '112' and unrecognised input pass through.
 */
export function formatDutchNational(e164: string): string {
  const raw = withoutTrunkHint(e164);
  const digits = raw.replace(/\D/g, '');
  const international = raw.startsWith('+') || raw.startsWith('00');
  const withoutPrefix = raw.startsWith('00') ? digits.slice(2) : digits;

  if (!international) {
    if (digits.startsWith('0') && digits.length >= 8) return formatNationalDigits(digits) ?? raw;
    return raw;
  }
  if (withoutPrefix.length < 4) return raw;
  if (withoutPrefix.startsWith('31')) {
    const formatted = formatNationalDigits(`0${withoutPrefix.slice(2)}`);
    if (formatted) return formatted;
  }
  return formatInternational(raw.startsWith('00') ? `+${raw.slice(2)}` : raw, withoutPrefix);
}

/** A `tel:` URI; keeps only a leading '+' and digits, which every dialer understands. */
export function telHref(e164: string): string {
  const raw = withoutTrunkHint(e164);
  const digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+')) return `tel:+${digits}`;
  if (raw.startsWith('00') && digits.length > 4) return `tel:+${digits.slice(2)}`;
  return `tel:${digits}`;
}
