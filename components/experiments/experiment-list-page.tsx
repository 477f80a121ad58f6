import { getTranslations } from 'next-intl/server';
import type { ExperimentSummary, PooledComparison } from '@/lib/server/experiments/results';
import { PRIMARY_MEASURES, type PrimaryMeasure } from '@/lib/waves/arms';
import { PooledResult } from './pooled-result';

export interface ExperimentListPageProps {
  locale: 'nl' | 'en';
  experiments: ExperimentSummary[];
  labels: string[];
  chosen: { measure: PrimaryMeasure; labelA: string; labelB: string } | null;
  pooled: PooledComparison | null;
}

/** Every wave experiment, and a form to compare two arm labels over all the waves that had both. */
export async function ExperimentListPage({
  locale,
  experiments,
  labels,
  chosen,
  pooled,
}: ExperimentListPageProps) {
  const t = await getTranslations('StaffExperiments');
  const select = 'block min-h-11 w-full max-w-md border-2 border-ink bg-white px-2';
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      {experiments.length === 0 ? (
        <p className="mt-6">{t('none')}</p>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="experiment-list">
          {experiments.map((experiment) => (
            <li key={experiment.id}>
              <a
                href={`/${locale}/staff/experiments/${experiment.id}`}
                className="inline-flex min-h-11 items-center font-bold"
              >
                {experiment.name}
              </a>{' '}
              <span className="text-muted">
                {t('meta', {
                  sentOn: experiment.sentOn,
                  arms: experiment.arms.map((arm) => arm.label).join(' / '),
                  status: experiment.finished ? 'finished' : experiment.markedSent ? 'running' : 'draft',
                })}
              </span>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="pooling-title" className="mt-10 max-w-3xl">
        <h2 id="pooling-title" className="text-2xl font-bold">
          {t('poolingTitle')}
        </h2>
        <p className="mt-1">{t('poolingIntro')}</p>
        {labels.length < 2 ? (
          <p className="mt-3">{t('poolingNone')}</p>
        ) : (
          <form method="get" className="mt-4 flex flex-col gap-4">
            <div>
              <label htmlFor="pool-a" className="block font-bold">
                {t('labelA')}
              </label>
              <select id="pool-a" name="a" defaultValue={chosen?.labelA ?? labels[1]} className={select}>
                {labels.map((label) => (
                  <option key={label}>{label}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="pool-b" className="block font-bold">
                {t('labelB')}
              </label>
              <select id="pool-b" name="b" defaultValue={chosen?.labelB ?? labels[0]} className={select}>
                {labels.map((label) => (
                  <option key={label}>{label}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="pool-measure" className="block font-bold">
                {t('measure')}
              </label>
              <select
                id="pool-measure"
                name="measure"
                defaultValue={chosen?.measure ?? 'reachedOut'}
                className={select}
              >
                {PRIMARY_MEASURES.map((measure) => (
                  <option key={measure} value={measure}>
                    {t(`measures.${measure}`)}
                  </option>
                ))}
              </select>
            </div>
            <p>
              <button type="submit" className="min-h-11 bg-brand px-4 py-2 font-bold text-white">
                {t('compare')}
              </button>
            </p>
          </form>
        )}
        {pooled ? <PooledResult locale={locale} pooled={pooled} /> : null}
      </section>
    </>
  );
}
