import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import type { Locale } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';
import { getPrimaryHelpline } from '@/lib/server/helpline';

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const pathname = (await headers()).get('x-uitweg-pathname') ?? `/${locale}`;
  return (
    <SiteShell
      locale={locale as Locale}
      pathname={pathname}
      exitUrl={getConfig().QUICK_EXIT_URL}
      helpline={getPrimaryHelpline()}
    >
      {children}
    </SiteShell>
  );
}
