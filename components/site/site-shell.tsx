import { translator } from '@/lib/i18n/translator';
import type { ReactNode } from 'react';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { ChannelStatus } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import { HelpBar } from './help-bar';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

export interface SiteShellProps {
  locale: VisitorLocale;
  /** The languages this installation offers, in menu order. */
  locales: readonly VisitorLocale[];
  pathname: string;
  exitUrl: string;
  helpline: PrimaryHelpline;
  helplineStatus: ChannelStatus | null;
  waveCode: string | null;
  children: ReactNode;
}

/** The frame of every visitor page: skip link, header with quick exit, the help bar, content, footer. */
export function SiteShell({
  locale,
  locales,
  pathname,
  exitUrl,
  helpline,
  helplineStatus,
  waveCode,
  children,
}: SiteShellProps) {
  const t = translator(locale, 'VisitorEnhancements');
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} locales={locales} pathname={pathname} exitUrl={exitUrl} />
      <HelpBar locale={locale} helpline={helpline} status={helplineStatus} waveCode={waveCode} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-4 pb-4 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
      {/* The script's voice: it announces a quick exit and the Shift presses left, in the page's language. */}
      <div
        id="exit-announcer"
        role="status"
        aria-live="polite"
        className="sr-only"
        data-exit-announcement={t('exitAnnouncement')}
        data-shift-remaining={t.raw('shiftRemaining') as string}
      />
    </>
  );
}
