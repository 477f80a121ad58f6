// How the person sees the times of their conversation: days only (never hours, which say more about when someone
// wrote than the person needs), and for a throttled look-up when to try again. Pure, for the server actions and pages.
import { amsterdamDay } from '@/lib/counting/time';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { IsoDay } from '@/lib/counting/types';
import { replyDeadline } from '@/lib/conversations/reply-promise';
import { toAmsterdam } from '@/lib/routing/amsterdam-time';

export type PersonLocale = VisitorLocale;

// Western digits on Arabic pages too, as the keys and phone numbers beside them.
const INTL_LOCALE: Record<PersonLocale, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  pl: 'pl-PL',
  tr: 'tr-TR',
  ar: 'ar-u-nu-latn',
};

/** `2026-12-01` as "dinsdag 1 december 2026" / "Tuesday, 1 December 2026". */
export function formatDay(day: IsoDay, locale: PersonLocale): string {
  // Noon UTC of that date is the same date in every time zone the formatter could apply.
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** The last day of the team's promise for a message sent at `sentAt` (the deadline is midnight after it). */
export function answerExpectedBy(sentAt: Date, workingDays: number): IsoDay {
  return amsterdamDay(new Date(replyDeadline(sentAt, workingDays).getTime() - 1));
}

/** A throttled look-up: "in a moment" (the delay after a wrong key, at most half a minute) or at a clock time. */
export type RetryMoment = { kind: 'soon' } | { kind: 'at'; time: string };

const SOON_MS = 60_000;

export function retryMoment(retryAt: Date, now: Date): RetryMoment {
  if (retryAt.getTime() - now.getTime() <= SOON_MS) return { kind: 'soon' };
  // Rounded up to the minute, so "at 14:00" is never a moment too early.
  const { minutes } = toAmsterdam(new Date(Math.ceil(retryAt.getTime() / SOON_MS) * SOON_MS));
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { kind: 'at', time };
}
