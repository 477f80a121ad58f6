import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import type { PlainExperiment, PlainLesson, PlainShare } from '@/lib/analytics/experiments/plain-summary';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import type { PrimaryMeasure } from '@/lib/waves/arms';

const HOW = ['sameHelp', 'links', 'counts', 'plan', 'chance', 'small'] as const;

/** What the research page lists: `available` is false when the list could not be read. */
export interface ResearchList {
  available: boolean;
  experiments: PlainExperiment[];
}

type T = ReturnType<typeof translator<'ResearchPage'>>;

function shareText(t: T, measure: PrimaryMeasure, share: PlainShare): string {
  if (share.kind === 'unknown') return t('experiment.share.unknown');
  if (share.kind === 'fewerThanFive') return t(`experiment.share.${measure}.fewerThanFive`);
  return t(`experiment.share.${measure}.percent`, { percent: share.percent });
}

function lessonText(t: T, measure: PrimaryMeasure, lesson: PlainLesson): string {
  if (lesson.kind === 'difference') {
    return t(`experiment.learned.difference.${measure}`, { higher: lesson.higher, lower: lesson.lower });
  }
  if (lesson.kind === 'no-difference') {
    return t('experiment.learned.noDifference', { control: lesson.control, arm: lesson.arm });
  }
  return t('experiment.learned.noConclusion', { control: lesson.control, arm: lesson.arm });
}

function Experiment({ t, experiment, id }: { t: T; experiment: PlainExperiment; id: string }) {
  const [year = 1970, month = 1] = experiment.month.split('-').map(Number);
  // Midday on the 15th in UTC: the same month in Amsterdam whatever the server's time zone.
  const sent = new Date(Date.UTC(year, month - 1, 15, 12));
  const orderDiffers = experiment.differences.includes('channelOrder');
  return (
    <article aria-labelledby={`${id}-title`} className="space-y-3 rounded border border-line p-4">
      <h3 id={`${id}-title`} className="text-xl font-bold">
        {t('experiment.heading', { sent })}
      </h3>
      <p>{t('experiment.groups', { count: experiment.arms.length })}</p>

      <h4 className="font-bold">{t('experiment.compared')}</h4>
      {experiment.differences.length > 0 ? (
        <>
          <p>{t('experiment.differences.lead')}</p>
          <ul className="list-disc space-y-1 ps-6">
            {experiment.differences.map((difference) => (
              <li key={difference}>{t(`experiment.differences.${difference}`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('experiment.differences.none')}</p>
      )}

      <h4 className="font-bold">{t('experiment.measured')}</h4>
      <p>{t(`experiment.measure.${experiment.measure}`)}</p>
      <ul className="space-y-2">
        {experiment.arms.map((arm, index) => (
          <li key={index}>
            <strong className="block">{t('experiment.armName', { label: arm.label })}</strong>
            {orderDiffers
              ? `${t(arm.channelOrder === 'write-first' ? 'experiment.order.writeFirst' : 'experiment.order.callFirst')} `
              : ''}
            {shareText(t, experiment.measure, arm.share)}
          </li>
        ))}
      </ul>

      <h4 className="font-bold">{t('experiment.learned.title')}</h4>
      {experiment.lessons.map((lesson, index) => (
        <p key={index}>{lessonText(t, experiment.measure, lesson)}</p>
      ))}
    </article>
  );
}

/**
 * Openness about testing on the public: why we compare texts, how (same help for every group, no one identified),
 * and the finished experiments in plain words, without counts.
 */
export function ResearchPage({
  locale,
  helpline,
  research,
}: {
  locale: VisitorLocale;
  helpline: PrimaryHelpline;
  research: ResearchList;
}) {
  const t = translator(locale, 'ResearchPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ContentSection locale={locale} id="why-we-test" title={t('why.title')}>
        <p>{t('why.text')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="how-we-test" title={t('how.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {HOW.map((item) => (
            <li key={item}>{t(`how.${item}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="what-we-learned" title={t('results.title')}>
        {!research.available ? (
          <p>{t('results.unavailable')}</p>
        ) : research.experiments.length === 0 ? (
          <p>{t('results.empty')}</p>
        ) : (
          <>
            <p>{t('results.onlyFinished')}</p>
            {research.experiments.map((experiment, index) => (
              <Experiment key={index} t={t} experiment={experiment} id={`experiment-${index + 1}`} />
            ))}
          </>
        )}
      </ContentSection>

      <ContentSection locale={locale} id="questions" title={t('questions.title')}>
        <p>
          {t.rich('questions.text', {
            number: ltrInText(helpline.display, locale),
            link: (chunks) => (
              <Link locale={locale} href="/contact">
                {chunks}
              </Link>
            ),
            call: (chunks) => (
              <a href={helpline.href} className="whitespace-nowrap">
                {chunks}
              </a>
            ),
          })}
        </p>
      </ContentSection>
    </>
  );
}
