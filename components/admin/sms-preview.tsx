import { getTranslations } from 'next-intl/server';
import { renderSmsText, smsSegments } from '@/lib/waves/sms-segments';

export interface SmsPreviewProps {
  template: string;
  code: string;
  siteUrl: string;
  locale: 'nl' | 'en';
}

/** The SMS as recipients get it, with its link, length, encoding and number of parts (what the provider bills). */
export async function SmsPreview({ template, code, siteUrl, locale }: SmsPreviewProps) {
  const t = await getTranslations('AdminSmsPreview');
  const text = renderSmsText(template, siteUrl, code);
  const segments = smsSegments(text);
  return (
    <section aria-labelledby="sms-preview-title" className="mt-6 max-w-xl" data-testid="sms-preview">
      <h2 id="sms-preview-title" className="text-xl font-bold">
        {t('title')}
      </h2>
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
