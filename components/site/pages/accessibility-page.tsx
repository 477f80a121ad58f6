import { getTranslations } from 'next-intl/server';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import type { PrimaryHelpline } from '@/lib/server/helpline';

const DONE = ['noScript', 'targets', 'readAloud', 'keyboard', 'zoom', 'small', 'language'] as const;

/** The accessibility statement: aim, what was done, how it is tested, known limits, and how to report a problem. */
export async function AccessibilityPage({ helpline }: { helpline: PrimaryHelpline }) {
  const t = await getTranslations('AccessibilityPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ContentSection id="aim" title={t('aim.title')}>
        <p>{t('aim.text')}</p>
      </ContentSection>

      <ContentSection id="what-we-did" title={t('done.title')}>
        <ul className="list-disc space-y-1 pl-6">
          {DONE.map((item) => (
            <li key={item}>{t(`done.${item}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection id="how-we-test" title={t('tested.title')}>
        <p>{t('tested.automated')}</p>
        <p>{t('tested.manual')}</p>
      </ContentSection>

      <ContentSection id="limitations" title={t('limits.title')}>
        <p>{t('limits.readAloud')}</p>
        <p>{t('limits.more')}</p>
      </ContentSection>

      <ContentSection id="report-a-problem" title={t('report.title')}>
        <p>
          {t.rich('report.text', {
            number: helpline.display,
            link: (chunks) => <Link href="/contact">{chunks}</Link>,
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
