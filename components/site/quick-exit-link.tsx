import { translator } from '@/lib/i18n/translator';
import type { VisitorLocale } from '@/lib/i18n/locales';

/**
 * "Leave quickly", modelled on GOV.UK's Exit this page. Without JavaScript it is a plain link to a neutral site;
 * the enhancement (components/site/visitor-enhancements.tsx) replaces the history entry and hides the page at once.
 */
export function QuickExitLink({ exitUrl, locale }: { exitUrl: string; locale: VisitorLocale }) {
  const t = translator(locale, 'QuickExit');
  return (
    <a
      href={exitUrl}
      rel="nofollow noreferrer"
      data-quick-exit=""
      className="inline-flex min-h-11 items-center gap-2 rounded-md bg-exit px-3 py-2 font-bold text-white no-underline shadow-sm hover:bg-exit-dark focus-visible:bg-exit-dark"
    >
      <span className="sr-only">{t('srPrefix')} </span>
      {t('label')}
    </a>
  );
}
