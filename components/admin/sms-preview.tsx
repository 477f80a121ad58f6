import type { VisitorLocale } from '@/lib/i18n/locales';
import { getTranslations } from 'next-intl/server';
import { renderSmsText, smsSegments } from '@/lib/waves/sms-segments';

export interface SmsPreviewProps {
  template: string;
  code: string;
  siteUrl: string;
  locale: VisitorLocale;
  /** Unique per page when a page shows several previews (one per experiment arm). */
  headingId?: string;
  headingLevel?: 2 | 4;
}

/** The SMS as recipients get it, with its link, length, encoding and number of parts (what the provider bills). */
export async function SmsPreview(props: SmsPreviewProps) {
  const { template, code, siteUrl, locale, headingId = 'sms-preview-title', headingLevel = 2 } = props;
  const Heading = `h${headingLevel}` as const;
  const t = await getTranslations('AdminSmsPreview');
  const text = renderSmsText(template, siteUrl, code);
  const segments = smsSegments(text);
  return (
    <section aria-labelledby={headingId} className="mt-6 max-w-xl" data-testid="sms-preview">
      <Heading id={headingId} className={headingLevel === 2 ? 'text-xl font-bold' : 'font-bold'}>
        {t('title')}
      </Heading>
      <blockquote
        lang={locale}
        className="mt-2 rounded-lg border-l-4 border-brand bg-brand-soft p-4 whitespace-pre-line wrap-break-word"
      >
        {text}
      </blockquote>
      <p className="mt-2" data-testid="sms-segments">
        {t('count', {
          characters: segments.characters,
          encoding: segments.encoding,
          segments: segments.segments,
          remaining: segments.remaining,
        })}
      </p>
      {segments.encoding === 'UCS-2' ? (
        <p className="mt-1 text-sm">
          {t('ucs2', { characters: segments.nonGsmCharacters.map((char) => `“${char}”`).join(' ') })}
        </p>
      ) : null}
    </section>
  );
}
