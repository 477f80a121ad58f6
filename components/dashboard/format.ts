import { displayCount } from '@/lib/analytics/small-numbers';

/** Number formatting for staff screens: locale digits, and "< 5" for 1 to 4 when privacy mode is on. */
export function countFormatter(locale: string, privacyMode: boolean) {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
  return (value: number) => displayCount(value, privacyMode, (n) => number.format(n));
}

export function decimalFormatter(locale: string) {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  return (value: number) => number.format(value);
}

export function dayFormatter(locale: string, style: 'short' | 'long' = 'short') {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}
