import { getTranslations } from 'next-intl/server';
import type { PooledComparison } from '@/lib/server/experiments/results';
import { points, pValue } from './format';

/** The pooled difference of two labels over waves, with its interval and the stratified test. */
export async function PooledResult({ locale, pooled }: { locale: 'nl' | 'en'; pooled: PooledComparison }) {
  const t = await getTranslations('StaffExperiments');
  const { difference, test } = pooled;
  return (
    <div className="mt-6 rounded-md border border-line p-4" data-testid="pooled-result" aria-live="polite">
      <h3 className="text-lg font-bold">
        {t('pooledTitle', { a: pooled.labelA, b: pooled.labelB, measure: t(`measures.${pooled.measure}`) })}
      </h3>
      <p className="mt-1">
        {t('pooledWaves', {
          count: pooled.waves.length,
          waves: pooled.waves.map((wave) => wave.name).join(', '),
        })}
      </p>
      {difference && test ? (
        <>
          <p className="mt-2" data-testid="pooled-difference">
            {t('pooledDifference', {
              difference: points(difference.estimate, locale),
              low: points(difference.low, locale),
              high: points(difference.high, locale),
            })}
          </p>
          <p className="mt-1">
            {t('pooledTest', { chi: test.chiSquare.toFixed(2), p: pValue(test.pValue, locale) })}
          </p>
          <p className="mt-1 text-sm text-muted">{t('pooledMethod', { strata: difference.strataUsed })}</p>
        </>
      ) : (
        <p className="mt-2">{t('pooledNothing')}</p>
      )}
      {pooled.anySmall ? <p className="mt-2 text-sm">{t('pooledSmall')}</p> : null}
    </div>
  );
}
