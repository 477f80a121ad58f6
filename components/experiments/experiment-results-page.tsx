import { getTranslations } from 'next-intl/server';
import type { FunnelEstimate } from '@/lib/analytics/experiments/funnel';
import type { Comparison } from '@/lib/analytics/experiments/verdict';
import { SMALL_NUMBER_TEXT } from '@/lib/analytics/small-numbers';
import type { ArmResult, ExperimentResult } from '@/lib/server/experiments/results';
import { ScrollRegion } from '@/components/dashboard/scroll-region';
import { points, pValue, shareWithInterval } from './format';

const STEPS = ['visited', 'reachedOut', 'answered', 'answerRead'] as const;

export interface ExperimentResultsPageProps {
  locale: 'nl' | 'en';
  result: ExperimentResult;
}

/** One experiment: the plan as registered, the funnel per arm with intervals, and what the plan's rule says. */
export async function ExperimentResultsPage({ locale, result }: ExperimentResultsPageProps) {
  const t = await getTranslations('StaffExperiment');
  const { wave, plan, arms, verdict } = result;
  const armLabel = (code: string) => arms.find((arm) => arm.code === code)?.label ?? code;
  const cell = (step: FunnelEstimate | undefined) =>
    step ? (
      <>
        <span className="block font-semibold" data-testid="count">
          {step.suppressed ? SMALL_NUMBER_TEXT : step.count}
        </span>
        {step.ofPrevious ? (
          <span className="block text-xs">
            {t('ofPrevious', { share: shareWithInterval(step.ofPrevious, locale) })}
          </span>
        ) : null}
        {step.ofSent ? (
          <span className="block text-xs text-muted">
            {t('ofSent', { share: shareWithInterval(step.ofSent, locale) })}
          </span>
        ) : null}
      </>
    ) : null;
  const row = (arm: ArmResult) => (
    <tr key={arm.code} data-arm={arm.code} className="border-t border-line align-top">
      <th scope="row" className="py-2 pe-3 text-start">
        {arm.label}
        <span className="block text-xs font-normal text-muted">{arm.code}</span>
      </th>
      <td className="py-2 pe-3" data-step="sent">
        {arm.sent ?? t('sentMissing')}
      </td>
      {STEPS.map((key) => (
        <td key={key} className="py-2 pe-3" data-step={key}>
          {cell(arm.funnel?.find((step) => step.key === key))}
        </td>
      ))}
    </tr>
  );

  return (
    <>
      <p className="mb-4">
        <a href={`/${locale}/staff/experiments`} className="inline-flex min-h-11 items-center">
          {t('back')}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{t('title', { name: wave.name })}</h1>
      <p className="mt-2">
        {t('meta', { code: wave.code, sentOn: wave.sentOn })}{' '}
        <strong>{wave.finished ? t('finished') : t('running')}</strong>
      </p>

      <section aria-labelledby="plan-title" className="mt-6 max-w-3xl" data-testid="experiment-plan">
        <h2 id="plan-title" className="text-2xl font-bold">
          {t('planTitle')}
        </h2>
        {plan ? (
          <p className="mt-1">
            {t('plan', {
              measure: t(`measures.${plan.measure}`),
              baseline: plan.baselinePercent,
              difference: plan.differencePoints,
              perArm: plan.perArm ?? '–',
            })}{' '}
            {wave.markedSent ? t('planLocked') : t('planOpen')}
          </p>
        ) : (
          <p className="mt-1">{t('noPlan')}</p>
        )}
        <p className="mt-1">{result.rule === 'planned-size-test' ? t('rulePlanned') : t('ruleSequential')}</p>
      </section>

      <section aria-labelledby="funnel-title" className="mt-8">
        <h2 id="funnel-title" className="text-2xl font-bold">
          {t('funnelTitle')}
        </h2>
        <p className="mt-1 max-w-3xl">{t('funnelIntro')}</p>
        <ScrollRegion label={t('funnelTitle')}>
          <table className="mt-3 min-w-full text-sm" data-testid="arm-funnel">
            <thead>
              <tr className="text-start">
                <th scope="col" className="pe-3 text-start">
                  {t('arm')}
                </th>
                <th scope="col" className="pe-3 text-start">
                  {t('steps.sent')}
                </th>
                {STEPS.map((key) => (
                  <th key={key} scope="col" className="pe-3 text-start">
                    {t(`steps.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{arms.map(row)}</tbody>
          </table>
        </ScrollRegion>
        <p className="mt-2 text-sm text-muted">{t('suppression')}</p>
      </section>

      <section aria-labelledby="verdict-title" className="mt-8 max-w-3xl" data-testid="experiment-verdict">
        <h2 id="verdict-title" className="text-2xl font-bold">
          {t('verdictTitle')}
        </h2>
        {verdict ? (
          <ul className="mt-2 space-y-4">
            {verdict.comparisons.map((comparison) => (
              <li key={comparison.arm} data-comparison={comparison.arm}>
                <VerdictText
                  comparison={comparison}
                  arm={armLabel(comparison.arm)}
                  control={armLabel(comparison.control)}
                  suppressed={result.suppressed}
                  locale={locale}
                  correctedAlpha={verdict.correctedAlpha}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{plan ? t('waitingForSent') : t('noPlan')}</p>
        )}
      </section>
    </>
  );
}

async function VerdictText(props: {
  comparison: Comparison;
  arm: string;
  control: string;
  suppressed: boolean;
  locale: 'nl' | 'en';
  correctedAlpha: number;
}) {
  const t = await getTranslations('StaffExperiment');
  const { comparison, arm, control, suppressed, locale } = props;
  const status = {
    'not-final': t('status.notFinal'),
    'uneven-split': t('status.unevenSplit'),
    difference: t('status.difference', {
      higher: comparison.higher === 'arm' ? arm : control,
      lower: comparison.higher === 'arm' ? control : arm,
    }),
    'no-difference': t('status.noDifference'),
  }[comparison.status];
  return (
    <>
      <h3 className="font-bold">{t('comparison', { arm, control })}</h3>
      <p className="mt-1" data-testid="verdict-status">
        <strong>{status}</strong>
      </p>
      {comparison.decidedBy ? (
        <p className="mt-1" data-testid="verdict-rule">
          {comparison.decidedBy === 'sequential-rule'
            ? t('decidedBySequential', { threshold: comparison.sequential?.threshold ?? '–' })
            : t('decidedByPlanned', { alpha: (props.correctedAlpha * 100).toFixed(1) })}
        </p>
      ) : null}
      {comparison.interval && !suppressed ? (
        <p className="mt-1" data-testid="verdict-difference">
          {t('difference', {
            difference: points(comparison.interval.difference, locale),
            low: points(comparison.interval.low, locale),
            high: points(comparison.interval.high, locale),
          })}
          {comparison.test ? ` ${t('pValue', { p: pValue(comparison.test.pValue, locale) })}` : ''}
        </p>
      ) : null}
      {comparison.interval && suppressed ? <p className="mt-1">{t('differenceSuppressed')}</p> : null}
      {comparison.status === 'not-final' || comparison.status === 'uneven-split' ? (
        <p className="mt-1 text-sm">{t('noPeeking')}</p>
      ) : null}
    </>
  );
}
