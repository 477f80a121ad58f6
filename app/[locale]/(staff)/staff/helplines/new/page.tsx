import { setRequestLocale } from 'next-intl/server';
import { HelplineEditPage } from '@/components/admin/helpline-edit-page';
import { canManageHelplines } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { createHelpline } from '../actions';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  await requireStaff(canManageHelplines, locale);
  return <HelplineEditPage locale={locale === 'en' ? 'en' : 'nl'} helpline={null} action={createHelpline} />;
}
