import type { VisitorLocale } from '@/lib/i18n/locales';

// Shared vocabulary of the helpline router. Plain data only, so the same shapes can be stored as JSON,
// validated at the admin boundary and rendered by server components without conversion.

export const AUDIENCES = ['recipient', 'parent', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const TOPICS = ['addiction', 'money', 'exit', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const CHANNEL_KINDS = ['phone', 'sms', 'whatsapp', 'email', 'callback', 'chat'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A local calendar date in Europe/Amsterdam, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** A local wall-clock time, 'HH:MM'; '24:00' is allowed as a closing time only. */
export type TimeOfDay = string;

export interface TimeRange {
  opens: TimeOfDay;
  closes: TimeOfDay;
}

/** Never crosses midnight: an overnight service is two slots (…–24:00 and 00:00–…), merged when routing. */
export interface WeeklySlot extends TimeRange {
  weekday: Weekday;
}

/** Overrides the weekly slots (and the holiday rule) for one local date. */
export type ScheduleException =
  { date: LocalDate; closed: true } | { date: LocalDate; closed: false; slots: TimeRange[] };

export interface Schedule {
  alwaysOpen?: boolean;
  weekly: WeeklySlot[];
  exceptions: ScheduleException[];
  closedOnPublicHolidays: boolean;
}

export interface Channel {
  id: string;
  kind: ChannelKind;
  label: Record<Locale, string>;
  /** E.164 for phone/sms/whatsapp, an e-mail address, or a URL/path for chat and callback. */
  address: string;
  audiences: Audience[];
  topics: Topic[];
  /** Lower comes first. */
  priority: number;
  schedule: Schedule;
  /** The visitor languages it is answered in; absent means Dutch and English. */
  languages?: readonly VisitorLocale[];
}

export interface Fallback {
  id: string;
  kind: 'phone';
  label: Record<Locale, string>;
  /** E.164. */
  address: string;
  whenToUse: Record<Locale, string>;
}

/** A moment expressed in Europe/Amsterdam wall-clock terms, ready for "open until 17:00" style copy. */
export interface LocalMoment {
  date: LocalDate;
  weekday: Weekday;
  /** 'HH:MM'; a closing time at midnight is reported as '24:00' of the day it closes, not '00:00' of the next. */
  time: TimeOfDay;
  isToday: boolean;
  isTomorrow: boolean;
}

export type ChannelStatus =
  | { state: 'open'; until: LocalMoment | null }
  | { state: 'closed'; opensAt: LocalMoment | null }
  | { state: 'always' };

export interface RoutedChannel {
  channel: Channel;
  status: ChannelStatus;
}

export interface RouteResult {
  open: RoutedChannel[];
  closed: RoutedChannel[];
  fallbacks: Fallback[];
  primary: Fallback;
  anyPhoneOpen: boolean;
  callbackOffered: boolean;
}
