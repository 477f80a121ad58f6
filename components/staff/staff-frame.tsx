import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import {
  canManageAccounts,
  canManageHelplines,
  canManageSettings,
  canManageTeams,
  canManageWaves,
  canOpenTemplates,
  canReadRequests,
  canViewAudit,
  canViewDashboard,
  canViewStaffHome,
  type StaffSession,
} from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { LogoutButton } from './logout-button';

const NAV = [
  { key: 'home', path: '/staff', allowed: canViewStaffHome },
  { key: 'inbox', path: '/staff/inbox', allowed: canReadRequests },
  { key: 'templates', path: '/staff/templates', allowed: canOpenTemplates },
  { key: 'dashboard', path: '/staff/dashboard', allowed: canViewDashboard },
  { key: 'experiments', path: '/staff/experiments', allowed: canViewDashboard },
  { key: 'waves', path: '/staff/waves', allowed: canManageWaves },
  { key: 'helplines', path: '/staff/helplines', allowed: canManageHelplines },
  { key: 'teams', path: '/staff/teams', allowed: canManageTeams },
  { key: 'accounts', path: '/staff/accounts', allowed: canManageAccounts },
  { key: 'audit', path: '/staff/audit', allowed: canViewAudit },
  { key: 'settings', path: '/staff/settings', allowed: canManageSettings },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href.endsWith('/staff')) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The staff frame: skip link, header (name, language, security, sign out) and a navigation that shows only what the
 * signed-in person may open. Display only: every page checks its own permission on the server.
 */
export async function StaffFrame({
  locale,
  pathname,
  session,
  children,
}: {
  locale: Locale;
  pathname: string;
  session: StaffSession | null;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffFrame' });
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const switchHref = pathname.replace(/^\/(nl|en)(?=\/|$)/, `/${other}`);
  const showNav = session !== null && !session.mustEnrolTotp && !session.mustChangePassword;
  return (
    <div className="min-h-dvh bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-4 focus:py-3 focus:text-ink"
      >
        {t('skipLink')}
      </a>
      <header className="border-b border-line bg-brand-dark text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <p className="m-0 font-bold">{t('siteName')}</p>
          <div className="flex flex-wrap items-center gap-3">
            {session ? <p className="m-0 text-sm">{t('signedInAs', { name: session.name })}</p> : null}
            <a
              href={switchHref}
              hrefLang={other}
              lang={other}
              className="inline-flex min-h-11 items-center px-2 font-semibold text-white"
            >
              {t('languageSwitch')}
            </a>
            {session ? (
              <>
                <a
                  href={`/${locale}/staff/security`}
                  className="inline-flex min-h-11 items-center px-2 text-white"
                >
                  {t('security')}
                </a>
                <LogoutButton locale={locale} label={t('logout')} />
              </>
            ) : null}
          </div>
        </div>
        {showNav ? (
          <nav aria-label={t('navLabel')} className="bg-brand">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 py-1">
              {NAV.filter((item) => item.allowed(session)).map((item) => {
                const href = `/${locale}${item.path}`;
                const current = isCurrent(pathname, href);
                return (
                  <li key={item.key}>
                    <a
                      href={href}
                      aria-current={current ? 'page' : undefined}
                      className={`inline-flex min-h-11 items-center px-3 text-white ${current ? 'font-bold underline decoration-2' : 'no-underline'}`}
                    >
                      {t(`nav.${item.key}`)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
