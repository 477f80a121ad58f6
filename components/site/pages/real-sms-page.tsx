import { translator } from '@/lib/i18n/translator';
import type { ReactNode } from 'react';
import { ContentSection } from '@/components/site/content-section';
import { SiteLink as Link } from '@/components/site/site-link';
import type { WaveSummary } from '@/lib/server/waves/wave-directory';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';

export interface RealSmsPageProps {
  /** The SMS wave from the `?w=` code, or null for the generic example. */
  wave: Pick<WaveSummary, 'code' | 'locale' | 'smsText'> | null;
  /** The site's host (e.g. `uitweg.example.nl`), as it appears in the SMS link. */
  siteHost: string;
  locale: VisitorLocale;
}

const code = (chunks: ReactNode) => <code className="font-semibold wrap-break-word">{chunks}</code>;

/** "Is this SMS real?": who sent it and why, the exact wording, and how to check it without tapping any link. */
export function RealSmsPage({ wave, siteHost, locale }: RealSmsPageProps) {
  const t = translator(locale, 'RealSmsPage');
  const policeNumber = t('check.policeNumber');
  return (
    <>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>

      <ContentSection locale={locale} id="who-sent-it" title={t('who.title')}>
        <p>{t('who.sender')}</p>
        <p>{t('who.pilot')}</p>
        <p>{t('who.everyone')}</p>
        <p>{t('who.numberIntro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('who.once')}</li>
          <li>{t('who.notShared')}</li>
          <li>{t('who.notRegistered')}</li>
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="the-message" title={t('message.title')}>
        <p>{wave ? t('message.waveIntro') : t('message.exampleIntro')}</p>
        {/* Plain text, never a link: this page tells people not to tap links in messages they doubt. */}
        <blockquote
          lang={wave?.locale}
          className="rounded-lg border-s-4 border-brand bg-white p-4 whitespace-pre-line shadow-sm wrap-break-word"
        >
          {wave
            ? wave.smsText.replaceAll('{link}', `${siteHost}/w/${wave.code}`)
            : t('message.example', { site: siteHost })}
        </blockquote>
        {wave ? null : <p>{t('message.exampleNote')}</p>}
        <p>{t.rich('message.linkStart', { site: siteHost, code })}</p>
      </ContentSection>

      <ContentSection locale={locale} id="check-yourself" title={t('check.title')}>
        <p>{t('check.intro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('check.municipality')}</li>
          <li>{t('check.police')}</li>
          <li>{t('check.look')}</li>
          <li>
            {t.rich('check.call', {
              number: ltrInText(policeNumber, locale),
              call: (chunks) => (
                <a href={`tel:${policeNumber.replace(/[^\d+]/g, '')}`} className="whitespace-nowrap">
                  {chunks}
                </a>
              ),
            })}
          </li>
        </ul>
      </ContentSection>

      <ContentSection locale={locale} id="never-asked" title={t('never.title')}>
        <p>{t('never.intro')}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('never.money')}</li>
          <li>{t('never.passwords')}</li>
          <li>{t('never.bank')}</li>
          <li>{t('never.personal')}</li>
        </ul>
        <p>{t('never.attachments')}</p>
        <p>{t('never.choose')}</p>
        <p>{t('never.fake')}</p>
      </ContentSection>

      <p className="mt-10">
        <Link locale={locale} href="/help" className="inline-flex min-h-11 items-center font-semibold">
          {t('helpLink')}
        </Link>
      </p>
    </>
  );
}
