import { getTranslations } from 'next-intl/server';
import { ROLES } from '@/lib/auth/permissions';
import { REQUEST_STATUSES } from '@/lib/auth/request-status';
import { AUDIENCES, REACHES, TOPICS, WHEN_PRESETS } from '@/lib/contact/options';
import type { Locale } from '@/lib/i18n/routing';

const lookup = (table: Map<string, string>) => (value: string) => table.get(value) ?? (value || '—');

/** Translations of stored codes (topic, audience, reach, wished time, status, role), falling back to the code. */
export async function staffLabels(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'StaffLabels' });
  return {
    topic: lookup(new Map(TOPICS.map((value) => [value, t(`topic.${value}`)]))),
    audience: lookup(new Map(AUDIENCES.map((value) => [value, t(`audience.${value}`)]))),
    reach: lookup(new Map(REACHES.map((value) => [value, t(`reach.${value}`)]))),
    when: lookup(new Map(WHEN_PRESETS.map((value) => [value, t(`when.${value}`)]))),
    status: lookup(new Map(REQUEST_STATUSES.map((value) => [value, t(`status.${value}`)]))),
    role: lookup(new Map(ROLES.map((value) => [value, t(`role.${value}`)]))),
  };
}

/** "12 maart 2026 om 14:00": requests are stored per hour, so the minutes are always :00. */
export function hourFormat(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
