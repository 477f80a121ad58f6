import { setRequestLocale } from 'next-intl/server';
import { HelplineListPage } from '@/components/admin/helpline-list-page';
import { canManageHelplines } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { fromAmsterdam, toAmsterdam } from '@/lib/routing/amsterdam-time';
import { AUDIENCES, type Audience, TOPICS, type Topic } from '@/lib/routing/types';
import { getHelplinePreview, getHelplines } from '@/lib/server/admin/helplines';
import { requireStaff } from '@/lib/server/auth/guard';
import { requestNow } from '@/lib/server/clock';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canManageHelplines, locale);
  const query = await searchParams;
  const audience = (AUDIENCES as readonly unknown[]).includes(query.audience)
    ? (query.audience as Audience)
    : 'recipient';
  const topic = (TOPICS as readonly unknown[]).includes(query.topic) ? (query.topic as Topic) : undefined;
  // `at` is Amsterdam wall-clock time from a datetime-local field; without it, now.
  const match = typeof query.at === 'string' ? LOCAL_DATE_TIME.exec(query.at) : null;
  const at = match ? fromAmsterdam(match[1]!, Number(match[2]) * 60 + Number(match[3])) : await requestNow();
  const local = toAmsterdam(at);
  const atText = `${local.date}T${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`;
  const ui = locale === 'en' ? 'en' : 'nl';
  const [helplines, result] = await Promise.all([
    getHelplines(session),
    getHelplinePreview(session, { audience, ...(topic ? { topic } : {}), locale: ui, at }),
  ]);
  return (
    <HelplineListPage
      locale={ui}
      helplines={helplines}
      preview={{ audience, topic: topic ?? '', at: atText, result }}
    />
  );
}
