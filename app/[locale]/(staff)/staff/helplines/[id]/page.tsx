import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { HelplineEditPage } from '@/components/admin/helpline-edit-page';
import { canManageHelplines } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { findHelpline } from '@/lib/server/admin/helplines';
import { requireStaff } from '@/lib/server/auth/guard';
import { updateHelpline } from '../actions';

export default async function Page({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canManageHelplines, locale);
  const helpline = await findHelpline(session, id);
  if (!helpline) notFound();
  return (
    <HelplineEditPage locale={locale === 'en' ? 'en' : 'nl'} helpline={helpline} action={updateHelpline} />
  );
}
