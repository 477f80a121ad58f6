import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import { ChannelList } from '@/components/routing/channel-list';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import type { RouteResult } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';

export type HelpTopic = 'addiction' | 'money' | 'exit';

export interface TopicPageProps {
  topic: HelpTopic;
  helpline: PrimaryHelpline;
  locale: VisitorLocale;
  channels: RouteResult;
}

const STEPS = ['first', 'after', 'who'] as const;

/** One help topic: what the help looks like, that it is free and confidential, and how to start. */
export function TopicPage({ topic, helpline, locale, channels }: TopicPageProps) {
  const t = translator(locale, 'TopicPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t(`${topic}.title`)}</h1>
        <p className="text-lg">{t(`${topic}.intro`)}</p>
      </div>

      <ContentSection locale={locale} id="what-help" title={t('stepsTitle')}>
        {STEPS.map((step) => (
          <div key={step}>
            <h3 className="font-bold">{t(`steps.${step}`)}</h3>
            <p>{t(`${topic}.${step}`)}</p>
          </div>
        ))}
        {topic === 'addiction' ? <p>{t('addiction.note')}</p> : null}
        {topic === 'money' ? (
          <p>
            {t.rich('money.dealerDebt', {
              link: (chunks) => (
                <Link locale={locale} href="/help/getting-out">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </ContentSection>

      {topic === 'exit' ? (
        <>
          <ContentSection locale={locale} id="without-losing-face" title={t('exit.face.title')}>
            <p>{t('exit.face.text')}</p>
          </ContentSection>
          <ContentSection locale={locale} id="safety" title={t('exit.safety.title')}>
            <p>{t('exit.safety.text')}</p>
            <p className="font-semibold">
              {t.rich('exit.safety.emergency', { call: (chunks) => <a href="tel:112">{chunks}</a> })}
            </p>
          </ContentSection>
          <ContentSection locale={locale} id="school-work-money" title={t('exit.support.title')}>
            <p>{t('exit.support.intro')}</p>
            <ul className="list-disc space-y-1 ps-6">
              <li>{t('exit.support.school')}</li>
              <li>{t('exit.support.work')}</li>
              <li>{t('exit.support.money')}</li>
            </ul>
          </ContentSection>
        </>
      ) : null}

      <ContentSection locale={locale} id="free-confidential" title={t('free.title')}>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('free.free')}</li>
          <li>{t('free.confidential')}</li>
          <li>{t('free.noName')}</li>
          <li>{t('free.pace')}</li>
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="how-to-start" title={t('start.title')}>
        <p>{t('start.intro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('start.call', { number: ltrInText(helpline.display, locale) })}</li>
          <li>{t('start.write')}</li>
          <li>{t('start.callback')}</li>
        </ul>
        <ChannelList result={channels} locale={locale} waveCode={null} headingLevel={3} />
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link locale={locale} href="/contact" className="inline-flex min-h-11 items-center font-semibold">
            {t('start.link')}
          </Link>
        </div>
      </ContentSection>

      <p className="mt-10">
        <Link locale={locale} href="/help" className="inline-flex min-h-11 items-center font-semibold">
          {t('back')}
        </Link>
      </p>
    </>
  );
}
