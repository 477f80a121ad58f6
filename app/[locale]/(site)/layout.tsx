import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import type { Locale } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';
import { documentAssets } from '@/lib/server/documents/assets';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { primaryLineStatus } from '@/lib/server/helplines/route-for-request';

/**
 * The frame of the visitor pages that are still pages of Next's (the contact forms): the same shell as the
 * documents, and the same enhancement script, which needs this response's nonce under the App Router's CSP.
 */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const requestHeaders = await headers();
  const pathname = requestHeaders.get('x-uitweg-pathname') ?? `/${locale}`;
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  return (
    <>
      <SiteShell
        locale={locale as Locale}
        pathname={pathname}
        exitUrl={getConfig().QUICK_EXIT_URL}
        helpline={getPrimaryHelpline()}
        helplineStatus={await primaryLineStatus()}
        waveCode={null}
      >
        {children}
      </SiteShell>
      <script src={documentAssets().script} defer nonce={nonce} />
    </>
  );
}
