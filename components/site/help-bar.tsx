import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { PrimaryHelpline } from '@/lib/server/helpline';

/**
 * Consistent help (WCAG 3.2.6): the same call button and "write to us" link, in the same place, on every visitor
 * page. The number is server-rendered text inside a tel: link, so it works with JavaScript off and no database.
 */
export async function HelpBar({ helpline }: { helpline: PrimaryHelpline }) {
  const t = await getTranslations('HelpBar');
  return (
    <section aria-labelledby="help-bar-title" className="border-b border-line bg-brand-soft">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <h2 id="help-bar-title" className="sr-only">
          {t('title')}
        </h2>
        <a
          href={helpline.href}
          data-tap="primary"
          className="inline-flex min-h-12 items-center gap-2 rounded-md bg-brand px-4 py-2 text-lg font-bold text-white no-underline hover:bg-brand-dark"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="currentColor">
            <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
          </svg>
          <span>
            {t('call')} <span className="whitespace-nowrap">{helpline.display}</span>
          </span>
        </a>
        <Link href="/contact" className="inline-flex min-h-11 items-center font-semibold">
          {t('write')}
        </Link>
      </div>
    </section>
  );
}
