import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';

const DONE = ['noScript', 'targets', 'readAloud', 'keyboard', 'zoom', 'small', 'language'] as const;

/** The accessibility statement: aim, what was done, how it is tested, known limits, and how to report a problem. */
export function AccessibilityPage({
  helpline,
  locale,
}: {
  helpline: PrimaryHelpline;
  locale: VisitorLocale;
}) {
  const t = translator(locale, 'AccessibilityPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ContentSection locale={locale} id="aim" title={t('aim.title')}>
        <p>{t('aim.text')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="what-we-did" title={t('done.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {DONE.map((item) => (
            <li key={item}>{t(`done.${item}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="how-we-test" title={t('tested.title')}>
        <p>{t('tested.automated')}</p>
        <p>{t('tested.manual')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="limitations" title={t('limits.title')}>
        <p>{t('limits.readAloud')}</p>
        <p>{t('limits.more')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="report-a-problem" title={t('report.title')}>
        <p>
          {t.rich('report.text', {
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
