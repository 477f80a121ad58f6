import { translator } from '@/lib/i18n/translator';
import type { VisitorLocale } from '@/lib/i18n/locales';

/** Hidden until the enhancement finds speech synthesis in the browser: no dead button where it cannot work. */
export function ReadAloudButton({ sectionId, locale }: { sectionId: string; locale: VisitorLocale }) {
  const t = translator(locale, 'ReadAloud');
  return (
    <button
      type="button"
      hidden
      data-read-aloud={sectionId}
      data-label-stop={t('stop')}
      aria-pressed="false"
      aria-describedby={`${sectionId}-title`}
      className="no-print inline-flex min-h-11 items-center rounded-md border border-brand px-3 py-1 text-sm font-semibold text-brand-dark hover:bg-brand-soft"
    >
      {t('start')}
    </button>
  );
}
