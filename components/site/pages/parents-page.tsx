import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import { ChannelList } from '@/components/routing/channel-list';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import type { RouteResult } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';

const SIGNALS = ['money', 'friends', 'away', 'phone', 'sleep', 'school'] as const;
const TALK_TIPS = ['moment', 'ask', 'listen', 'care', 'threats', 'again'] as const;
const HELPLINE_OFFERS = ['advice', 'talk', 'plan', 'child'] as const;

/** For parents: signals (which are not proof), how to start the conversation, and what the helpline can do. */
export interface ParentsPageProps {
  helpline: PrimaryHelpline;
  locale: VisitorLocale;
  channels: RouteResult;
}

export function ParentsPage({ helpline, locale, channels }: ParentsPageProps) {
  const t = translator(locale, 'ParentsPage');
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

      <ContentSection locale={locale} id="conversation" title={t('talk.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {TALK_TIPS.map((tip) => (
            <li key={tip}>{t(`talk.${tip}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="what-we-do" title={t('helpline.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {HELPLINE_OFFERS.map((offer) => (
            <li key={offer}>{t(`helpline.${offer}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="contact-parents" title={t('contact.title')}>
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
