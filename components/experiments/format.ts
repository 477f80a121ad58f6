import type { Interval } from '@/lib/analytics/experiments/proportion';

/** A share as a percentage with one decimal, in the page's language (8.0 % / 8,0 %). */
export function percent(share: number, locale: 'nl' | 'en'): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share * 100);
}

/** "8.0 % (6.2 – 10.3)": the estimate and its 95 % interval. */
export function shareWithInterval(interval: Interval, locale: 'nl' | 'en'): string {
  return `${percent(interval.estimate, locale)} % (${percent(interval.low, locale)}–${percent(interval.high, locale)})`;
}

/** A difference in percentage points with its sign: "+7.0". */
export function points(difference: number, locale: 'nl' | 'en'): string {
  const text = percent(Math.abs(difference), locale);
  return difference < 0 ? `−${text}` : `+${text}`;
}

/** A p-value to three decimals, or "< 0.001". */
export function pValue(p: number, locale: 'nl' | 'en'): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    }).format(value);
  return p < 0.001 ? `< ${format(0.001)}` : format(p);
}
