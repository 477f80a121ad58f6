import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import { ChannelList } from '@/components/routing/channel-list';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import type { RouteResult } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';

const SIGNALS = ['money', 'absence', 'friends', 'phone', 'mood', 'results'] as const;
const RAISE_TIPS = ['moment', 'observe', 'ask', 'care', 'next'] as const;
const HELPLINE_OFFERS = ['consult', 'anonymous', 'handover'] as const;

/** For teachers, youth workers and GPs: signals, raising it, the reporting code, and consultation. */
export interface ProfessionalsPageProps {
  helpline: PrimaryHelpline;
  locale: VisitorLocale;
  channels: RouteResult;
}

export function ProfessionalsPage({ helpline, locale, channels }: ProfessionalsPageProps) {
  const t = translator(locale, 'ProfessionalsPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ContentSection locale={locale} id="signals" title={t('signals.title')}>
        <p>{t('signals.intro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          {SIGNALS.map((signal) => (
            <li key={signal}>{t(`signals.${signal}`)}</li>
          ))}
        </ul>
        <p className="font-semibold">{t('signals.caveat')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="raise-it" title={t('raise.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {RAISE_TIPS.map((tip) => (
            <li key={tip}>{t(`raise.${tip}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="reporting-code" title={t('rules.title')}>
        <p>{t('rules.text')}</p>
        <p>{t('rules.doubt')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="what-we-do" title={t('helpline.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {HELPLINE_OFFERS.map((offer) => (
            <li key={offer}>{t(`helpline.${offer}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="contact-professionals" title={t('contact.title')}>
        <p>
          {t.rich('contact.call', {
            number: ltrInText(helpline.display, locale),
            call: (chunks) => (
              <a href={helpline.href} className="font-semibold whitespace-nowrap">
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>
          {t.rich('contact.write', {
            link: (chunks) => (
              <Link locale={locale} href="/contact">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <ChannelList result={channels} locale={locale} waveCode={null} headingLevel={3} />
      </ContentSection>
    </>
  );
}
