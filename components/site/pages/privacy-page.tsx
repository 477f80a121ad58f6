import { translator } from '@/lib/i18n/translator';
import { ContentSection } from '@/components/site/content-section';
import type { VisitorLocale } from '@/lib/i18n/locales';

const COUNTED = ['visits', 'unique', 'taps', 'requests', 'tools', 'language'] as const;
const NEVER = ['cookies', 'ip', 'browser', 'days', 'thirdParties', 'ads', 'links'] as const;
const CONTACT = ['choose', 'alsoKept', 'encrypted', 'deleted'] as const;
const CONVERSATION = ['key', 'messages', 'team', 'noNotice', 'noCookie', 'delete'] as const;

/** Exactly what is counted and what never is, contact data, rights, and how to browse safely. */
export function PrivacyPage({
  locale,
  conversationRetentionDays,
}: {
  locale: VisitorLocale;
  conversationRetentionDays: number;
}) {
  const t = translator(locale, 'PrivacyPage');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ContentSection locale={locale} id="what-we-count" title={t('counted.title')}>
        <p>{t('counted.intro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          {COUNTED.map((item) => (
            <li key={item}>{t(`counted.${item}`)}</li>
          ))}
        </ul>
        <p>{t('counted.wave')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="what-we-never-do" title={t('never.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {NEVER.map((item) => (
            <li key={item}>{t(`never.${item}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="contact-data" title={t('contact.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {CONTACT.map((item) => (
            <li key={item}>{t(`contact.${item}`)}</li>
          ))}
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="conversation-data" title={t('conversation.title')}>
        <ul className="list-disc space-y-1 ps-6">
          {CONVERSATION.map((item) => (
            <li key={item}>{t(`conversation.${item}`)}</li>
          ))}
          <li>{t('conversation.expiry', { days: conversationRetentionDays })}</li>
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="your-rights" title={t('rights.title')}>
        <p>{t('rights.question')}</p>
        <p>{t('rights.complaint')}</p>
      </ContentSection>

      <ContentSection locale={locale} id="browse-safely" title={t('browseSafely.title')}>
        <p>{t('browseSafely.history')}</p>
        <p>{t('browseSafely.privateIntro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('browseSafely.iphone')}</li>
          <li>{t('browseSafely.android')}</li>
        </ul>
        <p>{t('browseSafely.clear')}</p>
        <p>{t('browseSafely.quickExit')}</p>
        <p>{t('browseSafely.quickExitNote')}</p>
        <p>{t('browseSafely.shift')}</p>
      </ContentSection>
    </>
  );
}
