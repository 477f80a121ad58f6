import { translator } from '@/lib/i18n/translator';
import { ChannelStatusText } from '@/components/routing/channel-status-text';
import { beaconUrl } from '@/lib/counting/beacon';
import { SiteLink as Link } from '@/components/site/site-link';
import type { ChannelStatus } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import type { VisitorLocale } from '@/lib/i18n/locales';

export interface HelpBarProps {
  helpline: PrimaryHelpline;
  /** Whether the line is staffed now; null when unknown (then only the number shows). */
  status: ChannelStatus | null;
  waveCode: string | null;
  locale: VisitorLocale;
}

/**
 * Consistent help (WCAG 3.2.6): the same call button and "write to us" link, in the same place, on every visitor
 * page. The number is server-rendered text inside a tel: link, so it works with JavaScript off and no database.
 * When the line is closed it says so next to the number and offers the callback request instead.
 */
export function HelpBar({ helpline, status, waveCode, locale }: HelpBarProps) {
  const t = translator(locale, 'HelpBar');
  const closed = status?.state === 'closed';
  return (
    <section aria-labelledby="help-bar-title" className="border-b border-line bg-brand-soft">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <h2 id="help-bar-title" className="sr-only">
          {t('title')}
        </h2>
        <a
          href={helpline.href}
          ping={beaconUrl({ kind: 'tap', channel: 'primary', wave: waveCode })}
          className="inline-flex min-h-11 items-center gap-2 rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="currentColor">
            <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
          </svg>
          <span>
            {t('call')}{' '}
            <span className="whitespace-nowrap" dir="ltr">
              {helpline.display}
            </span>
          </span>
        </a>
        <p className="flex flex-wrap items-center gap-x-3 text-sm" data-testid="help-bar-status">
          {status && <ChannelStatusText locale={locale} status={status} />}
          <Link locale={locale} href="/contact" className="inline-flex min-h-6 items-center font-semibold">
            {closed ? t('callback') : t('write')}
          </Link>
        </p>
      </div>
    </section>
  );
}
