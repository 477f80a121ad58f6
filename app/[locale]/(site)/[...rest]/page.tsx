import { setRequestLocale } from 'next-intl/server';
import { NotFoundPage } from '@/components/site/pages/not-found-page';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Unknown paths under a locale. Rendered as a page, inside the site frame, rather than through notFound(): Next's
 * streamed not-found boundary leaves the HTML body empty until JavaScript runs, and the helpline must show without
 * it. The proxy gives these responses the 404 status.
 */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <NotFoundPage />;
}
