import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { ChannelStatus } from '@/lib/routing/types';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import { HelpBar } from './help-bar';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { VisitorEnhancements } from './visitor-enhancements';

export interface SiteShellProps {
  locale: Locale;
  pathname: string;
  exitUrl: string;
  helpline: PrimaryHelpline;
  helplineStatus: ChannelStatus | null;
  waveCode: string | null;
  children: ReactNode;
}

/** The frame of every visitor page: skip link, header with quick exit, the help bar, content, footer. */
export async function SiteShell({
  locale,
  pathname,
  exitUrl,
  helpline,
  helplineStatus,
  waveCode,
  children,
}: SiteShellProps) {
  const t = await getTranslations('VisitorEnhancements');
  return (
    <>
      <SkipLink />
      <SiteHeader locale={locale} pathname={pathname} exitUrl={exitUrl} />
      <HelpBar helpline={helpline} status={helplineStatus} waveCode={waveCode} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-4 pb-4 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
      <VisitorEnhancements
        exitUrl={exitUrl}
        labels={{
          exitAnnouncement: t('exitAnnouncement'),
          shiftRemaining: t.raw('shiftRemaining') as string,
          readAloud: t('readAloud'),
          stopReading: t('stopReading'),
        }}
      />
    </>
  );
}
