import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import type { Locale } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { primaryLineStatus } from '@/lib/server/helplines/route-for-request';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const pathname = (await headers()).get('x-uitweg-pathname') ?? `/${locale}`;
  // Taps on a wave's landing page are counted under that wave (the wave, never the person).
  const waveParam = /^\/w\/([a-z0-9-]+)\/?$/i.exec(pathname)?.[1];
  const wave = waveParam ? await findWaveByCode(waveParam) : null;
  return (
    <SiteShell
      locale={locale as Locale}
      pathname={pathname}
      exitUrl={getConfig().QUICK_EXIT_URL}
      helpline={getPrimaryHelpline()}
      helplineStatus={await primaryLineStatus()}
      waveCode={wave?.code ?? null}
    >
      {children}
    </SiteShell>
  );
}
