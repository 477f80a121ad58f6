import { setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { ExperimentListPage } from '@/components/experiments/experiment-list-page';
import { canViewDashboard } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getExperiments, getPoolableLabels, getPooledComparison } from '@/lib/server/experiments/results';
import { PRIMARY_MEASURES } from '@/lib/waves/arms';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const poolingQuery = z.object({
  a: z.string().min(1).max(60),
  b: z.string().min(1).max(60),
  measure: z.enum(PRIMARY_MEASURES),
});

/** `?a=<label>&b=<label>&measure=…` compares two arm labels over every wave that had both. */
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canViewDashboard, locale);
  const [experiments, labels] = await Promise.all([getExperiments(session), getPoolableLabels(session)]);
  const query = poolingQuery.safeParse(await searchParams);
  const chosen =
    query.success &&
    labels.includes(query.data.a) &&
    labels.includes(query.data.b) &&
    query.data.a !== query.data.b
      ? { measure: query.data.measure, labelA: query.data.a, labelB: query.data.b }
      : null;
  const pooled = chosen ? await getPooledComparison(session, chosen) : null;
  return (
    <ExperimentListPage
      locale={locale === 'en' ? 'en' : 'nl'}
      experiments={experiments}
      labels={labels}
      chosen={chosen}
      pooled={pooled}
    />
  );
}
