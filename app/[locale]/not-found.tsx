import { getLocale } from 'next-intl/server';
import { NotFoundPage } from '@/components/site/pages/not-found-page';
import type { Locale } from '@/lib/i18n/routing';

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  return <NotFoundPage locale={locale} standalone />;
}
