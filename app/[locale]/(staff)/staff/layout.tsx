import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { StaffFrame } from '@/components/staff/staff-frame';
import { routing } from '@/lib/i18n/routing';
import { getStaffSession } from '@/lib/server/auth/guard';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The frame of every staff screen. Showing the navigation is not a guard: every page, route handler and server
 * action below checks its own permission with `requireStaff`.
 */
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await getStaffSession();
  const pathname = (await headers()).get('x-uitweg-pathname') ?? `/${locale}/staff`;
  return (
    <StaffFrame locale={locale} pathname={pathname} session={session}>
      {children}
    </StaffFrame>
  );
}
