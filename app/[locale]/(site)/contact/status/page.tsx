import { setRequestLocale } from 'next-intl/server';
import { ContactStatusPage } from '@/components/site/pages/contact-status-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { lookUpStatus } from './actions';

// Rendered per request, so it is sent with `Cache-Control: no-store`: the answer to a look-up holds a reference code.
export const dynamic = 'force-dynamic';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <ContactStatusPage action={lookUpStatus} helpline={getPrimaryHelpline()} />;
}
