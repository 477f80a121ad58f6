import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ExperimentResultsPage } from '@/components/experiments/experiment-results-page';
import { canViewDashboard } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getExperimentResult } from '@/lib/server/experiments/results';

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function Page({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canViewDashboard, locale);
  const result = await getExperimentResult(session, id);
  if (!result) notFound();
  return <ExperimentResultsPage locale={locale === 'en' ? 'en' : 'nl'} result={result} />;
}
